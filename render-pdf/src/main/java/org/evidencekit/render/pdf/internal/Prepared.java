package org.evidencekit.render.pdf.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;

/**
 * What a renderer prepares once per questionnaire and reuses for every document: the fonts with
 * their subsets, the laid-out blank form, and a digest of the definition (part of each document's
 * id). Thread-safe; the cache keeps the few most recently used questionnaires.
 */
public final class Prepared {
  private final Questionnaire questionnaire;
  private final DocumentFonts fonts;
  private final byte[] digest;
  private final Supplier<Composition> form;
  private final Supplier<FastForm> fastForm;
  private final Supplier<FastForm> fastArchivalForm;
  private final Supplier<Composition> recordForm;
  private final Supplier<FastForm> fastRecordForm;
  private final Supplier<FastForm> fastArchivalRecordForm;

  private Prepared(Questionnaire questionnaire, Fonts fonts) {
    this.questionnaire = questionnaire;
    this.fonts = DocumentFonts.of(fonts, questionnaire);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    EvidenceJson.standard().write(questionnaire, Format.JSON, json);
    this.digest = sha256(json.toByteArray());
    this.form = Suppliers.memoize(
        () -> Layouter.compose(questionnaire, this.fonts, Layouter.Mode.FORM, Optional.empty()));
    this.fastForm = Suppliers.memoize(() -> fast(form.get(), false));
    this.fastArchivalForm = Suppliers.memoize(() -> fast(form.get(), true));
    this.recordForm = Suppliers.memoize(() -> Layouter.formWithRecordPage(questionnaire, this.fonts));
    this.fastRecordForm = Suppliers.memoize(() -> fast(recordForm.get(), false));
    this.fastArchivalRecordForm = Suppliers.memoize(() -> fast(recordForm.get(), true));
  }

  public DocumentFonts fonts() {
    return fonts;
  }

  /** The SHA-256 of the questionnaire's JSON form. */
  public byte[] digest() {
    return digest.clone();
  }

  /** The blank form's layout, made on first use. */
  public Composition form() {
    return form.get();
  }

  /** The blank form serialised for filling, made on first use (one for PDF/A, one not). */
  public FastForm fastForm(boolean archival) {
    return (archival ? fastArchivalForm : fastForm).get();
  }

  /** The form with a last page kept for a response's record, made on first use (issue 10). */
  public Composition recordForm() {
    return recordForm.get();
  }

  /** {@link #recordForm} serialised for filling, made on first use (one for PDF/A, one not). */
  public FastForm fastRecordForm(boolean archival) {
    return (archival ? fastArchivalRecordForm : fastRecordForm).get();
  }

  private FastForm fast(Composition layout, boolean archival) {
    DocumentMeta meta = new DocumentMeta(questionnaire.title(), questionnaire.language(), questionnaire.id(),
        questionnaire.version(), "form", archival, Optional.empty(), new byte[16], Optional.empty());
    try {
      return FastForm.of(layout, meta);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A small cache of prepared questionnaires, by equality, with a fast path for the last one. */
  public static final class Cache {
    private final int capacity;
    private final Map<Questionnaire, Prepared> entries;
    private volatile Prepared last;

    public Cache(int capacity) {
      this.capacity = capacity;
      this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    public Prepared get(Questionnaire q) {
      Prepared p = last;
      if (p != null && p.questionnaire == q) {
        return p;
      }
      synchronized (entries) {
        p = entries.get(q);
      }
      if (p == null) {
        Prepared made = new Prepared(q, Fonts.shared());
        synchronized (entries) {
          p = entries.putIfAbsent(q, made);
          if (p == null) {
            p = made;
          }
          while (entries.size() > capacity) {
            Questionnaire eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
          }
        }
      }
      last = p;
      return p;
    }
  }
}
