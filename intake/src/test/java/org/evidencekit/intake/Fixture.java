package org.evidencekit.intake;

import org.evidencekit.intake.records.ReturnStatus;
import java.nio.file.Path;
import java.util.Map;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.render.docx.DocxFormat;
import org.evidencekit.render.pdf.PdfFormat;

/** A generated folder of mixed returns, every kind of awkward file among them, and intake set up for it. */
final class Fixture {
  static final Questionnaire Q = Questionnaires.callForEvidence2012();
  static final FormatRegistry FORMATS = FormatRegistry.builder().add(DocxFormat.standard()).add(PdfFormat.standard())
      .build();
  static final long MAX_BYTES = 2L << 20;

  private Fixture() {}

  static Password password() {
    return Password.of("correct-horse-battery".toCharArray());
  }

  static Map<String, ReturnStatus> generate(Path dir, int count) throws Exception {
    try (Password p = password()) {
      return InventedReturns.builder().questionnaire(Q).formats(FORMATS).count(count).seed(42).password(p)
          .hugeFile(MAX_BYTES + 1024).build().write(dir);
    }
  }

  static Intake intake(Password password) {
    return Intake.builder().questionnaire(Q).formats(FORMATS).password(password).maxBytes(MAX_BYTES).build();
  }
}
