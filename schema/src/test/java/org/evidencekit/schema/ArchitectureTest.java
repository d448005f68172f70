package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The shared architecture rules ({@link AbstractArchitectureTest}) for the schema module; and its
 * API is its own: not even Jackson (which does the work with networknt) appears in it, every public
 * type is final or an interface, and SLF4J, which networknt logs through, finds a provider, so it
 * prints no warnings.
 */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(JsonSchema.class));
  }

  @Test
  void exportedSignaturesExposeNoJacksonTypeEither() {
    module.exposesNoLibraryOrInternalTypeNorOneOf(List.of("tools.jackson..", "com.fasterxml.jackson.."))
        .check(module.classes());
  }

  @Test
  void everyPublicTypeIsFinalOrAnInterface() throws ClassNotFoundException {
    Set<String> open = new TreeSet<>();
    for (String name : module.apiTypes()) {
      Class<?> c = Class.forName(name);
      if (!Modifier.isFinal(c.getModifiers()) && !c.isInterface()) {
        open.add(name);
      }
    }
    assertTrue(module.apiTypes().size() >= 9, "the API was found: " + module.apiTypes());
    assertEquals(Set.of(), open);
  }

  /**
   * The stricter rule of examples bites on real code: this module uses core-model's internal
   * helpers, which core-model exports to it alone, so an example doing the same would fail.
   */
  @Test
  void theExamplesRuleRefusesWhatCoreModelExportsToThisModuleAlone() {
    assertTrue(ModuleArchitecture.usesOnlyWhatOtherModulesExport("org.evidencekit.schema", false)
        .evaluate(module.classes()).hasViolation());
  }

  /** Named, not imported: the module's own code uses no SLF4J type (networknt brings it). */
  @Test
  void slf4jFindsAProviderSoItPrintsNoWarnings() {
    assertTrue(org.evidencekit.model.testing.Services.anyProvider("org.slf4j.spi.SLF4JServiceProvider"),
        "without a provider SLF4J prints three warning lines when networknt first logs");
  }
}
