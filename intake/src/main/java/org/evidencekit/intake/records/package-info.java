/**
 * What intake finds and does: the record of one file ({@link
 * org.evidencekit.intake.records.ReturnRecord}, its {@link
 * org.evidencekit.intake.records.ReturnStatus} and {@link
 * org.evidencekit.intake.records.ReturnProblem}s), what a run did ({@link
 * org.evidencekit.intake.records.IntakeResult}) and how it reports its progress ({@link
 * org.evidencekit.intake.records.Progress}). Values, immutable; they need nothing else of intake.
 */
package org.evidencekit.intake.records;
