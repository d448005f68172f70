package org.evidencekit.intake;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator of PDF/UA, as render-pdf's tests run it: the failed rules. */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  static List<String> pdfUaFailures(byte[] pdf) throws Exception {
    PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String> failed = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          failed.putIfAbsent(rule, rule + " " + a.getMessage() + " @ " + a.getLocation().getContext());
        }
      }
      List<String> out = new ArrayList<>(failed.values());
      if (out.isEmpty() && !result.isCompliant()) {
        out.add("not compliant");
      }
      return out;
    }
  }
}
