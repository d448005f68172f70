package org.evidencekit.web.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.Condition;
import org.evidencekit.model.ContentBlock;
import org.evidencekit.model.EnableBehavior;
import org.evidencekit.model.Item;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.Section;

/**
 * The pages of a questionnaire as a web form, and which of them a response sees. Every part
 * with questions is a page (a long part one page per section); a part with a declaration is
 * preceded by a page that asks it; and a question whose condition looks at a question on the same
 * page starts a new page, so that conditions are worked out on the server, without JavaScript.
 * Parts with no questions (front matter, annexes) are information pages.
 */
public final class Flow {
  /** A part with more answerable questions than this is split at its sections. */
  static final int LONG_PART = 12;

  /** One page of questions, or the page that asks a part's declaration. */
  public static final class Page {
    final String slug;
    final Part part;
    final boolean declaration;
    final List<Item> items;
    final int index;

    Page(String slug, Part part, boolean declaration, List<Item> items, int index) {
      this.slug = slug;
      this.part = part;
      this.declaration = declaration;
      this.items = List.copyOf(items);
      this.index = index;
    }

    public String slug() {
      return slug;
    }

    public Part part() {
      return part;
    }

    public boolean isDeclaration() {
      return declaration;
    }

    public List<Item> items() {
      return items;
    }

    /** The questions on the page, top level (groups, not their sub-questions). */
    public List<Question> questions() {
      List<Question> out = new ArrayList<>();
      for (Item i : items) {
        if (i instanceof Question) {
          out.add((Question) i);
        }
      }
      return out;
    }

    /** Every question on the page, sub-questions of groups included. */
    public List<Question> allQuestions() {
      List<Question> out = new ArrayList<>();
      for (Question q : questions()) {
        addAll(q, out);
      }
      return out;
    }
  }

  private final Questionnaire questionnaire;
  private final List<Page> pages = new ArrayList<>();
  private final Map<String, Page> bySlug = new LinkedHashMap<>();
  private final List<Part> infoParts = new ArrayList<>();

  public Flow(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    for (Part part : questionnaire.parts()) {
      if (countQuestions(part) == 0) {
        if (part.declaration().isEmpty()) {
          infoParts.add(part);
        }
        continue;
      }
      if (part.declaration().isPresent()) {
        add(new Page(part.id() + "/applies", part, true, List.of(), pages.size()));
      }
      List<List<Item>> steps = steps(part);
      for (int i = 0; i < steps.size(); i++) {
        add(new Page(i == 0 ? part.id() : part.id() + "/" + (i + 1), part, false, steps.get(i), pages.size()));
      }
    }
  }

  private void add(Page p) {
    pages.add(p);
    bySlug.put(p.slug, p);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public List<Page> pages() {
    return pages;
  }

  public Optional<Page> page(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  public List<Part> infoParts() {
    return infoParts;
  }

  private static int countQuestions(Part part) {
    int n = 0;
    for (Section s : part.sections()) {
      for (Item i : s.items()) {
        if (i instanceof Question) {
          List<Question> all = new ArrayList<>();
          addAll((Question) i, all);
          n += all.size();
        }
      }
    }
    return n;
  }

  static void addAll(Question q, List<Question> out) {
    out.add(q);
    if (q instanceof QuestionGroup) {
      for (Question sub : ((QuestionGroup) q).questions()) {
        addAll(sub, out);
      }
    }
  }

  /** The part's items cut into pages. */
  private static List<List<Item>> steps(Part part) {
    boolean bySection = countQuestions(part) > LONG_PART && part.sections().size() > 1;
    List<List<Item>> steps = new ArrayList<>();
    List<Item> current = new ArrayList<>();
    Set<String> idsInCurrent = new HashSet<>();
    boolean currentHasQuestion = false;
    for (Section section : part.sections()) {
      if (bySection && currentHasQuestion) {
        steps.add(current);
        current = new ArrayList<>();
        idsInCurrent = new HashSet<>();
        currentHasQuestion = false;
      }
      for (Item item : section.items()) {
        if (item instanceof Question) {
          List<Question> all = new ArrayList<>();
          addAll((Question) item, all);
          boolean dependsOnCurrent = false;
          for (Question q : all) {
            for (Condition c : q.enableWhen()) {
              dependsOnCurrent |= idsInCurrent.contains(c.question());
            }
          }
          if (dependsOnCurrent && currentHasQuestion) {
            // Content blocks just before the question go with it.
            List<Item> carried = new ArrayList<>();
            while (!current.isEmpty() && current.get(current.size() - 1) instanceof ContentBlock) {
              carried.add(0, current.remove(current.size() - 1));
            }
            steps.add(current);
            current = carried;
            idsInCurrent = new HashSet<>();
          }
          current.add(item);
          for (Question q : all) {
            idsInCurrent.add(q.id());
          }
          currentHasQuestion = true;
        } else {
          current.add(item);
        }
      }
    }
    if (!current.isEmpty()) {
      if (currentHasQuestion || steps.isEmpty()) {
        steps.add(current);
      } else {
        steps.get(steps.size() - 1).addAll(current);
      }
    }
    return steps;
  }

  // ---------------------------------------------------------------- what a response sees

  /** Whether a page is shown to a respondent with these answers. */
  public boolean shows(Page page, AnswerSheet sheet) {
    if (page.declaration) {
      return holds(sheet, page.part.enableWhen(), page.part.enableBehavior());
    }
    if (!sheet.applies(page.part)) {
      return false;
    }
    for (Question q : page.questions()) {
      if (sheet.applies(q)) {
        return true;
      }
    }
    return false;
  }

  static boolean holds(AnswerSheet sheet, List<Condition> conditions, EnableBehavior behavior) {
    if (conditions.isEmpty()) {
      return true;
    }
    boolean any = false;
    boolean all = true;
    for (Condition c : conditions) {
      boolean h = sheet.holds(c);
      any |= h;
      all &= h;
    }
    return behavior == EnableBehavior.ANY ? any : all;
  }

  /** The first page shown after {@code page} (or from the start if empty), if any. */
  public Optional<Page> next(Optional<Page> page, Response draft) {
    AnswerSheet sheet = AnswerSheet.of(questionnaire, draft);
    for (int i = page.map(p -> p.index + 1).orElse(0); i < pages.size(); i++) {
      if (shows(pages.get(i), sheet)) {
        return Optional.of(pages.get(i));
      }
    }
    return Optional.empty();
  }

  /** The last page shown before {@code page}, if any. */
  public Optional<Page> previous(Page page, Response draft) {
    AnswerSheet sheet = AnswerSheet.of(questionnaire, draft);
    for (int i = page.index - 1; i >= 0; i--) {
      if (shows(pages.get(i), sheet)) {
        return Optional.of(pages.get(i));
      }
    }
    return Optional.empty();
  }

  /** The pages this response sees, in order. */
  public List<Page> shown(Response draft) {
    AnswerSheet sheet = AnswerSheet.of(questionnaire, draft);
    List<Page> out = new ArrayList<>();
    for (Page p : pages) {
      if (shows(p, sheet)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The response to send: answers to questions that do not apply (left from an earlier choice)
   * taken out, and declarations answered "no" left out, as documents leave them out.
   */
  public Response pruned(Response draft) {
    Map<String, Answer> answers = new LinkedHashMap<>(Responses.answersOf(questionnaire, draft));
    Response r = draft;
    for (int round = 0; round < 20; round++) {
      AnswerSheet sheet = AnswerSheet.of(questionnaire, r);
      boolean changed = false;
      for (Question q : questionnaire.questions()) {
        if (!(q instanceof QuestionGroup) && answers.containsKey(q.id()) && !sheet.applies(q)) {
          answers.remove(q.id());
          changed = true;
        }
      }
      r = rebuild(draft, answers);
      if (!changed) {
        break;
      }
    }
    for (Part part : questionnaire.parts()) {
      part.declaration().ifPresent(d -> {
        Answer a = answers.get(d.id());
        if (a instanceof BooleanAnswer && !((BooleanAnswer) a).value()) {
          answers.remove(d.id());
        }
      });
    }
    return rebuild(draft, answers);
  }

  /** The draft with these answers (bound ones in their response fields). */
  Response rebuild(Response draft, Map<String, Answer> answers) {
    Response.Builder b = Responses.assemble(questionnaire, answers);
    draft.id().ifPresent(b::id);
    draft.submitted().ifPresent(b::submitted);
    b.addAllAttachments(draft.attachments());
    return b.build();
  }
}
