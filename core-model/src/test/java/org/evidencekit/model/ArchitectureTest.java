package org.evidencekit.model;

import org.evidencekit.model.testing.AbstractArchitectureTest;
import org.evidencekit.model.testing.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The shared architecture rules ({@link AbstractArchitectureTest}) for core-model, and its
 * layering: it uses no format library, and its packages depend on each other one way (the rules
 * and the internal helpers on nothing else of ours).
 */
class ArchitectureTest extends AbstractArchitectureTest {
  ArchitectureTest() {
    super(ModuleArchitecture.library(Questionnaire.class));
  }

  @Test
  void usesNoFormatLibrary() {
    ModuleArchitecture.usesNoneOf(ModuleArchitecture.LIBRARIES).check(module.classes());
  }

  @Test
  void rulesAndInternalHelpersNeedNothingElseOfOurs() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAnyPackage("org.evidencekit.model.rules..", "org.evidencekit.model.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("org.evidencekit.model",
            "org.evidencekit.model.json..", "org.evidencekit.model.validation..", "org.evidencekit.model.spi..",
            "org.evidencekit.model.questionnaires..")
        .check(module.classes());
  }
}
