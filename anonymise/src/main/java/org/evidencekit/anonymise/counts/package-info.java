/** Published counts with small-number suppression, secondary suppression and rounding. */
package org.evidencekit.anonymise.counts;
