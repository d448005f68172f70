package org.evidencekit.anonymise;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencekit.model.testing.ModuleArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The packages of the module's main code depend on each other one way, every package its own
 * slice: {@code spi} (the values and the recogniser interface) on nothing of ours, {@code
 * internal} (the engine and its recognisers) on {@code spi}, the façade ({@code
 * org.evidencekit.anonymise}) on both, {@code response} and {@code counts} above it. The rule is
 * the shared one ({@link ModuleArchitecture#noPackageCycles()}, also run by {@link
 * SharedArchitectureTest}); here it is checked to find every package and to catch a cycle.
 */
class PackageCyclesTest {
  @Test
  void mainCodeIsFreeOfPackageCycles() {
    JavaClasses main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.evidencekit.anonymise");
    Set<String> packages = main.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    assertTrue(packages.containsAll(Set.of("org.evidencekit.anonymise", "org.evidencekit.anonymise.spi",
        "org.evidencekit.anonymise.internal", "org.evidencekit.anonymise.response",
        "org.evidencekit.anonymise.counts")), "the import found every package: " + packages);
    ModuleArchitecture.noPackageCycles().check(main);
  }

  @Test
  void theRuleCatchesACycle() {
    JavaClasses fixture = new ClassFileImporter().importPackages("org.evidencekit.anonymise.archfixture");
    assertThrows(AssertionError.class, () -> ModuleArchitecture.noPackageCycles().check(fixture));
  }
}
