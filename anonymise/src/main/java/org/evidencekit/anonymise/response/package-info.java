/** Applying a respondent's consent to whole responses (needs the core model). */
package org.evidencekit.anonymise.response;
