package org.evidencekit.anonymise.response;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evidencekit.model.InputException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ProblemCode;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;

/**
 * The responses that can be counted against one questionnaire, and those left out and why: a
 * response to another questionnaire (or another version of it), an invalid response (one with
 * errors; warnings do not count), a file that cannot be read as a response. Counts and tables
 * are made from {@link #counted()} only, and say how many were left out.
 *
 * <p>Immutable. Nothing here holds or says what a respondent wrote: a response left out is named
 * by its file (or its place in the list) and the reason.
 */
public final class CountedResponses {
  /** Why a response is left out of the counts. */
  public enum Reason {
    /** The response has errors (see the validate command). */
    INVALID("invalid"),
    /** The response answers another questionnaire, or another version of it. */
    OTHER_QUESTIONNAIRE("another questionnaire or version"),
    /** The file cannot be read as a response (not JSON, not a response). */
    UNREADABLE("unreadable");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /** The reason in words: "invalid", "another questionnaire or version", "unreadable". */
    public String words() {
      return words;
    }
  }

  /** One response left out: where it came from (a file name, or "response 3"), and why. */
  public record LeftOut(String source, Reason reason, String detail) {
    public LeftOut {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    /** "r3.json: left out, invalid (2 errors)". */
    @Override
    public String toString() {
      return source + ": left out, " + reason.words() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  private final Questionnaire questionnaire;
  private final List<Response> counted;
  private final List<LeftOut> leftOut;
  private final Set<QuestionnaireRef> others;

  private CountedResponses(
      Questionnaire questionnaire, List<Response> counted, List<LeftOut> leftOut, Set<QuestionnaireRef> others) {
    this.questionnaire = questionnaire;
    this.counted = List.copyOf(counted);
    this.leftOut = List.copyOf(leftOut);
    this.others = Collections.unmodifiableSet(new LinkedHashSet<>(others));
  }

  /** Sorts responses already read; each left out is named "response N" (from 1). */
  public static CountedResponses of(Questionnaire questionnaire, List<Response> responses) {
    Sorter s = new Sorter(questionnaire);
    for (int i = 0; i < responses.size(); i++) {
      s.add("response " + (i + 1), responses.get(i));
    }
    return s.done();
  }

  /** Reads each file as a response (JSON) and sorts them; each left out is named by its file. */
  public static CountedResponses read(Questionnaire questionnaire, List<Path> files) {
    Sorter s = new Sorter(questionnaire);
    EvidenceJson json = EvidenceJson.standard();
    for (Path f : files) {
      Response r;
      try {
        r = json.readResponse(f);
      } catch (InputException e) {
        if (e.isUnreadable()) {
          s.leave(f.toString(), Reason.UNREADABLE, e.problems().get(0).message());
        } else {
          int n = e.problems().size();
          s.leave(f.toString(), Reason.INVALID, n + (n == 1 ? " error" : " errors") + " in its structure");
        }
        continue;
      }
      s.add(f.toString(), r);
    }
    return s.done();
  }

  /** The questionnaire counted against. */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The responses counted: valid responses to this questionnaire and version. */
  public List<Response> counted() {
    return counted;
  }

  /** The responses left out, in the order given. */
  public List<LeftOut> leftOut() {
    return leftOut;
  }

  /** How many were left out for this reason. */
  public int leftOut(Reason reason) {
    return (int) leftOut.stream().filter(l -> l.reason() == reason).count();
  }

  /** The other questionnaires (and versions) that responses left out answer. */
  public Set<QuestionnaireRef> otherQuestionnaires() {
    return others;
  }

  /**
   * "Counted 10 responses to 'Title' (version 1.0); left out 3: 1 invalid, 1 another
   * questionnaire or version, 1 unreadable."
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Counted ")
        .append(plural(counted.size(), "response"))
        .append(" to '").append(questionnaire.title()).append("' (version ").append(questionnaire.version())
        .append(")");
    if (leftOut.isEmpty()) {
      return sb.append("; left out none.").toString();
    }
    sb.append("; left out ").append(leftOut.size()).append(":");
    Map<Reason, Integer> by = new EnumMap<>(Reason.class);
    for (LeftOut l : leftOut) {
      by.merge(l.reason(), 1, Integer::sum);
    }
    String sep = " ";
    for (Map.Entry<Reason, Integer> e : by.entrySet()) {
      sb.append(sep).append(e.getValue()).append(' ').append(e.getKey().words());
      sep = ", ";
    }
    return sb.append('.').toString();
  }

  @Override
  public String toString() {
    return "CountedResponses[" + counted.size() + " counted, " + leftOut.size() + " left out]";
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static final class Sorter {
    private final Questionnaire q;
    private final ResponseValidator validator = ResponseValidator.standard();
    private final List<Response> counted = new ArrayList<>();
    private final List<LeftOut> leftOut = new ArrayList<>();
    private final Set<QuestionnaireRef> others = new LinkedHashSet<>();

    Sorter(Questionnaire q) {
      this.q = Objects.requireNonNull(q, "questionnaire");
    }

    void add(String source, Response r) {
      ValidationReport report = validator.validate(q, r);
      boolean other = false;
      for (Problem p : report.errors()) {
        if (p.code() == ProblemCode.WRONG_QUESTIONNAIRE || p.code() == ProblemCode.WRONG_VERSION) {
          other = true;
        }
      }
      if (other) {
        others.add(r.questionnaire());
        leave(source, Reason.OTHER_QUESTIONNAIRE, "");
      } else if (!report.isValid()) {
        int n = report.errors().size();
        leave(source, Reason.INVALID, n + (n == 1 ? " error" : " errors"));
      } else {
        counted.add(r);
      }
    }

    void leave(String source, Reason reason, String detail) {
      leftOut.add(new LeftOut(source, reason, detail));
    }

    CountedResponses done() {
      return new CountedResponses(q, counted, leftOut, others);
    }
  }
}
