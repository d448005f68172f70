package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencekit.model.testing.ModuleArchitecture;
import org.evidencekit.render.pdf.leakfixture.LeakyApi;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules bite: given the test package {@code leakfixture} as if a module exported
 * it, the leak rule that every module's ArchitectureTest applies reports each member of
 * {@link LeakyApi} that names PDFBox or an internal type, and nothing private or package-private;
 * the printing rule reports System.err and printStackTrace. So a public class that leaks, added
 * to any module, fails that module's tests.
 */
class LeakRuleBitesTest {
  private static final String FIXTURE = "org.evidencekit.render.pdf.leakfixture";
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

  @Test
  void theLeakRuleReportsEveryLeakingMember() {
    ArchRule rule = ModuleArchitecture.exposesNoLibraryOrInternalType(Set.of(FIXTURE));
    EvaluationResult result = rule.evaluate(CLASSES);
    assertTrue(result.hasViolation());
    List<String> details = result.getFailureReport().getDetails();
    String report = String.join("\n", details);
    String api = LeakyApi.class.getName();
    for (String expected : List.of(
        api + ".box org.apache.pdfbox.pdmodel.common.PDRectangle (a library type",
        api + ".document() returns org.apache.pdfbox.pdmodel.PDDocument",
        api + ".names(java.util.List) takes org.apache.pdfbox.cos.COSName",
        api + ".secret() returns " + FIXTURE + ".internal.Secret (an internal package)",
        api + ".open() throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException",
        api + ".page(java.lang.Class) type parameter T org.apache.pdfbox.pdmodel.PDPage",
        api + "$Nested extends org.apache.pdfbox.cos.COSDictionary",
        api + "$Pages implements org.apache.pdfbox.pdmodel.PDPage")) {
      assertTrue(report.contains(expected), "reported: " + expected + "\nin:\n" + report);
    }
    assertTrue(details.stream().noneMatch(d -> d.contains("hidden()") || d.contains("$Quiet")),
        "private and package-private members are not exposed:\n" + report);
    assertThrows(AssertionError.class, () -> rule.check(CLASSES));
  }

  @Test
  void withoutTheExportTheSameClassesPass() {
    ModuleArchitecture.exposesNoLibraryOrInternalType(Set.of("org.evidencekit.render.pdf")).check(CLASSES);
  }

  @Test
  void thePrintingRuleReportsPrinting() {
    EvaluationResult result = ModuleArchitecture.neverPrints().evaluate(CLASSES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    List<String> printers = result.getFailureReport().getDetails().stream()
        .filter(d -> d.contains("Printer.say")).collect(Collectors.toList());
    assertEquals(2, printers.size(), report);
    assertTrue(report.contains("System.err"), report);
    assertTrue(report.contains("printStackTrace"), report);
  }
}
