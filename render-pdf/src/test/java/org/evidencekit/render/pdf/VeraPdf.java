package org.evidencekit.render.pdf;

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

/** veraPDF, the reference validator of PDF/A and PDF/UA, as the tests call it. */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** The result of validating against one flavour: whether compliant, and each failed rule. */
  static final class Result {
    final boolean compliant;
    final List<String> failures;

    Result(boolean compliant, List<String> failures) {
      this.compliant = compliant;
      this.failures = failures;
    }

    @Override
    public String toString() {
      return (compliant ? "compliant" : "NOT compliant") + " " + failures;
    }
  }

  static Result validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String> failed = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          failed.putIfAbsent(rule, rule + " " + a.getMessage() + " @ " + a.getLocation().getContext());
        }
      }
      return new Result(result.isCompliant(), new ArrayList<>(failed.values()));
    }
  }
}
