package org.evidencekit.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;

/** Rendering and reading in memory, for tests. */
final class Docs {
  static final DocxRenderer RENDERER = DocxRenderer.standard();
  static final DocxReader READER = DocxReader.standard();

  private Docs() {}

  static byte[] blank(Questionnaire q) {
    return render(q, null, RenderOptions.defaults());
  }

  static byte[] filled(Questionnaire q, Response r) {
    return render(q, r, RenderOptions.defaults());
  }

  static byte[] render(Questionnaire q, Response r, Layout layout) {
    return render(q, r, RenderOptions.of(layout));
  }

  static byte[] render(Questionnaire q, Response r, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RENDERER.render(q, Optional.ofNullable(r), options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The response with one answer added or replaced. */
  static Response withAnswer(Response r, String id, org.evidencekit.model.Answer answer) {
    java.util.Map<String, org.evidencekit.model.Answer> answers = new java.util.LinkedHashMap<>(r.answers());
    answers.put(id, answer);
    return Response.builder()
        .questionnaire(r.questionnaire())
        .id(r.id())
        .submitted(r.submitted())
        .respondent(r.respondent())
        .consent(r.consent())
        .oralEvidence(r.oralEvidence())
        .putAllAnswers(answers)
        .addAllAttachments(r.attachments())
        .build();
  }

  static Response read(Questionnaire q, byte[] docx) {
    return read(q, docx, ReadOptions.defaults());
  }

  static Response read(Questionnaire q, byte[] docx, ReadOptions options) {
    try {
      return READER.read(q, new ByteArrayInputStream(docx), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
