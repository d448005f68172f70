package org.evidencekit.intake;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/** The shared architecture rules ({@link AbstractArchitectureTest}) for intake. */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(Intake.class));
  }
}
