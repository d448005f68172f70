package org.evidencekit.cli;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;

/**
 * The shared architecture rules ({@link AbstractArchitectureTest}) for the command line, an
 * example: it uses only what the other modules export to everyone (never an internal package),
 * and, being a program, it prints.
 */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.example(Main.class));
  }
}
