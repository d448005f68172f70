package org.evidencekit.render.docx;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/** The shared architecture rules ({@link AbstractArchitectureTest}) for render-docx. */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(DocxFormat.class));
  }
}
