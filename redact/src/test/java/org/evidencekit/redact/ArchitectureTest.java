package org.evidencekit.redact;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/** The shared architecture rules ({@link AbstractArchitectureTest}) for redact. */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(Redactor.class));
  }
}
