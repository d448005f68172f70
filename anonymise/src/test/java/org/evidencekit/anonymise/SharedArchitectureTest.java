package org.evidencekit.anonymise;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/**
 * The shared architecture rules ({@link AbstractArchitectureTest}) for anonymise, beside its own
 * {@link ArchitectureTest} (the text API never refers to the core model) and {@link
 * PackageCyclesTest} (which packages there are, and that the cycle rule bites). The package-cycle
 * rule holds since the recogniser split (issue 12): {@code spi} depends on nothing of ours, {@code
 * internal} on {@code spi}, the façade on both.
 */
class SharedArchitectureTest extends AbstractArchitectureTest {
  SharedArchitectureTest() {
    super(ModuleArchitecture.library(TextAnonymiser.class));
  }
}
