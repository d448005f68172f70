package org.evidencekit.render.pdf;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/** The shared architecture rules ({@link AbstractArchitectureTest}) for render-pdf. */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(PdfFormat.class));
  }
}
