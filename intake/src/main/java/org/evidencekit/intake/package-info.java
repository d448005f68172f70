/**
 * Intake of returns: {@link org.evidencekit.intake.Intake} (configured once with its builder,
 * thread-safe), and {@link org.evidencekit.intake.InventedReturns}, a folder of invented returns
 * for demonstrations, tests and benchmarks. The records it makes are in {@link
 * org.evidencekit.intake.records}.
 */
package org.evidencekit.intake;
