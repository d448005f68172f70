package org.evidencekit.render.html;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/** The shared architecture rules ({@link AbstractArchitectureTest}) for render-html. */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(HtmlFormat.class));
  }
}
