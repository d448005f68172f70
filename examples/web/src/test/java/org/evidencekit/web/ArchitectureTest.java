package org.evidencekit.web;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/**
 * The shared architecture rules ({@link AbstractArchitectureTest}) for the web form, an example:
 * it uses only what the other modules export to everyone (never their internal packages).
 */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.example(WebForm.class));
  }
}
