package org.evidencekit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of {@link ModuleArchitecture}, applied to one module. A module adopts
 * them with a few lines in its tests:
 *
 * <pre>{@code
 * class ArchitectureTest extends AbstractArchitectureTest {
 *   ArchitectureTest() {
 *     super(ModuleArchitecture.library(SomeMainClass.class));
 *   }
 * }
 * }</pre>
 *
 * <p>and adds its own rules (layering) as further tests there. A rule a module cannot meet yet is
 * overridden there with {@code @Disabled("why, and who fixes it")}, so the report shows it.
 */
public abstract class AbstractArchitectureTest {
  /** The module under test. */
  protected final ModuleArchitecture module;

  protected AbstractArchitectureTest(ModuleArchitecture module) {
    this.module = module;
  }

  @Test
  protected void theImportFoundTheModule() {
    assertFalse(module.classes().isEmpty(), "no classes imported for " + module.descriptor().name());
  }

  @Test
  protected void exportedSignaturesExposeNoLibraryOrInternalType() {
    module.exposesNoLibraryOrInternalType().check(module.classes());
  }

  @Test
  protected void mainCodeHasNoPackageCycles() {
    ModuleArchitecture.noPackageCycles().check(module.classes());
  }

  @Test
  protected void neverPrints() {
    assumeTrue(module.kind() == ModuleArchitecture.Kind.LIBRARY, "an example program prints: that is its job");
    ModuleArchitecture.neverPrints().check(module.classes());
  }

  @Test
  protected void usesOnlyWhatOtherModulesExportToIt() {
    module.usesOnlyWhatOtherModulesExportToIt().check(module.classes());
  }

  @Test
  protected void exportsNoInternalPackageToEveryone() {
    assertEquals(Set.of(), module.exportedInternalPackages());
  }
}
