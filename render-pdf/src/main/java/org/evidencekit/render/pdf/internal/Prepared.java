package org.evidencekit.render.pdf.internal;

import java.io.ByteArrayOutputStream;
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
  private volatile Composition form;
  private volatile FastForm fastForm;
  private volatile FastForm fastArchivalForm;
  private volatile Composition recordForm;
  private volatile FastForm fastRecordForm;
  private volatile FastForm fastArchivalRecordForm;

  private Prepared(Questionnaire questionnaire, Fonts fonts) {
    this.questionnaire = questionnaire;
    this.fonts = DocumentFonts.of(fonts, questionnaire);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    EvidenceJson.standard().write(questionnaire, Format.JSON, json);
    this.digest = sha256(json.toByteArray());
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
    Composition c = form;
    if (c == null) {
      synchronized (this) {
        c = form;
        if (c == null) {
          c = Layouter.compose(questionnaire, fonts, Layouter.Mode.FORM, Optional.empty());
          form = c;
        }
      }
    }
    return c;
  }

  /** The blank form serialised for filling, made on first use (one for PDF/A, one not). */
  public FastForm fastForm(boolean archival) {
    FastForm f = archival ? fastArchivalForm : fastForm;
    if (f == null) {
      synchronized (this) {
        f = archival ? fastArchivalForm : fastForm;
        if (f == null) {
          DocumentMeta meta = new DocumentMeta(questionnaire.title(), questionnaire.language(),
              questionnaire.id(), questionnaire.version(), "form", archival, Optional.empty(),
              new byte[16], Optional.empty());
          try {
            f = FastForm.of(form(), meta);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          if (archival) {
            fastArchivalForm = f;
          } else {
            fastForm = f;
          }
        }
      }
    }
    return f;
  }

  /** The form with a last page kept for a response's record, made on first use (issue 10). */
  public Composition recordForm() {
    Composition c = recordForm;
    if (c == null) {
      synchronized (this) {
        c = recordForm;
        if (c == null) {
          c = Layouter.formWithRecordPage(questionnaire, fonts);
          recordForm = c;
        }
      }
    }
    return c;
  }

  /** {@link #recordForm} serialised for filling, made on first use (one for PDF/A, one not). */
  public FastForm fastRecordForm(boolean archival) {
    FastForm f = archival ? fastArchivalRecordForm : fastRecordForm;
    if (f == null) {
      synchronized (this) {
        f = archival ? fastArchivalRecordForm : fastRecordForm;
        if (f == null) {
          DocumentMeta meta = new DocumentMeta(questionnaire.title(), questionnaire.language(),
              questionnaire.id(), questionnaire.version(), "form", archival, Optional.empty(),
              new byte[16], Optional.empty());
          try {
            f = FastForm.of(recordForm(), meta);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          if (archival) {
            fastArchivalRecordForm = f;
          } else {
            fastRecordForm = f;
          }
        }
      }
    }
    return f;
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
