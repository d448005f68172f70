package org.evidencekit.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.Part;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.web.internal.Store;

/** Helpers the web form's tests share. */
final class TestForms {
  private TestForms() {}

  static String h2(Path dir) {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("evidencekit") + ";WRITE_DELAY=0";
  }

  /** What the service should have stored for an intended response sent today with these files. */
  static Response expected(Questionnaire q, Response intended, String reference, List<Attachment> files) {
    return Responses.assemble(q, asked(q, intended))
        .id(reference)
        .submitted(LocalDate.now(ZoneOffset.UTC))
        .addAllAttachments(files)
        .build();
  }

  /**
   * The intended answers as the web form records them: it asks every declaration, so a part that
   * applies because it is answered has its declaration ticked.
   */
  static Map<String, Answer> asked(Questionnaire q, Response intended) {
    Map<String, Answer> answers = new LinkedHashMap<>(Responses.answersOf(q, intended));
    AnswerSheet sheet = AnswerSheet.of(q, intended);
    for (Part part : q.parts()) {
      if (part.declaration().isPresent() && sheet.applies(part)) {
        answers.put(part.declaration().get().id(), BooleanAnswer.of(true));
      }
    }
    return answers;
  }

  static Response stored(Store store, String reference) {
    Store.SubmissionRow row = store.submission(reference).orElseThrow(() -> new AssertionError("no submission " + reference));
    return EvidenceJson.standard().readResponse(row.responseJson());
  }
}
