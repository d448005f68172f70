package org.evidencekit.render.docx.internal;

import java.util.Optional;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;

/**
 * One content control of a form: what it answers, and the three names it is known by. A reader
 * finds a control by its hidden bookmark (kept by Word and LibreOffice), else its tag (kept by
 * Word), else its title (kept by LibreOffice on plain-text controls).
 */
public final class Slot {
  /** What kind of control, and what it holds. */
  public enum Kind {
    /** A plain-text control: a short text, an email address or a count. */
    TEXT,
    /** A rich-text control in a box: one paragraph per line of a long text. */
    LONG_TEXT,
    /** A check box for one option of a choice question. */
    OPTION,
    /** The plain-text control beside an option that asks for a text. */
    SPECIFY,
    /** A check box answered true or not at all: a tick-box question or a part's declaration. */
    TICK;

    public boolean isCheckBox() {
      return this == OPTION || this == TICK;
    }
  }

  final int index;
  final Kind kind;
  /** The id the answer is keyed by: a question's or a declaration's. */
  final String answerId;
  /** The option, for OPTION and SPECIFY. */
  final String optionId;
  /** The question, absent for a declaration. */
  final Optional<Question> question;
  final String bookmark;
  final String tag;
  final String title;
  final String placeholder;
  /** How deep in groups its question is: 0 for a question of its own, 1 inside a group. */
  final int depth;

  Slot(
      int index,
      Kind kind,
      String answerId,
      String optionId,
      Optional<Question> question,
      String tag,
      String title,
      int depth) {
    this.index = index;
    this.depth = depth;
    this.kind = kind;
    this.answerId = answerId;
    this.optionId = optionId;
    this.question = question;
    this.bookmark = "_EK" + index;
    this.tag = tag;
    this.title = title;
    this.placeholder = placeholderFor(kind, question);
  }

  private static String placeholderFor(Kind kind, Optional<Question> question) {
    if (kind == Kind.SPECIFY) {
      return Placeholders.SPECIFY;
    }
    return question.map(q -> q.accept(PLACEHOLDER)).orElse(Placeholders.TEXT);
  }

  public int index() {
    return index;
  }

  public Kind kind() {
    return kind;
  }

  public String answerId() {
    return answerId;
  }

  public String optionId() {
    return optionId;
  }

  public String bookmark() {
    return bookmark;
  }

  public String tag() {
    return tag;
  }

  public String title() {
    return title;
  }

  /** The control's id in the document (w:id): unique, fixed. */
  int controlId() {
    return 0x4B0000 + index;
  }

  @Override
  public String toString() {
    return kind + " " + tag;
  }

  /** The placeholder a question's text control shows while it is empty. */
  private static final QuestionVisitor<String> PLACEHOLDER =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return Placeholders.TEXT;
        }

        @Override
        public String visit(LongTextQuestion question) {
          return Placeholders.TEXT;
        }

        @Override
        public String visit(EmailQuestion question) {
          return Placeholders.EMAIL;
        }

        @Override
        public String visit(CountQuestion question) {
          return Placeholders.NUMBER;
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return Placeholders.TEXT; // a tick box shows none
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return Placeholders.TEXT; // an option is a tick box; its details' field has its own
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return Placeholders.TEXT;
        }

        @Override
        public String visit(QuestionGroup group) {
          return Placeholders.TEXT; // a group has no control
        }
      };
}
