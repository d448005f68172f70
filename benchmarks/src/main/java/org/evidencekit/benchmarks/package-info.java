/** JMH benchmarks of EvidenceKit; run with ./bench. */
package org.evidencekit.benchmarks;
