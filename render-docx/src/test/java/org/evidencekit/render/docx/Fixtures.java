package org.evidencekit.render.docx;

import java.time.LocalDate;
import java.util.List;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.Condition;
import org.evidencekit.model.Contact;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Definition;
import org.evidencekit.model.DefinitionsBlock;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Heading;
import org.evidencekit.model.ListBlock;
import org.evidencekit.model.ListItem;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Operator;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.questionnaires.Questionnaires;

/**
 * Questionnaires the tests render. {@link #everyKind()} has every question kind, groups, options
 * that ask for a text, declarations, bound respondent fields, consent and oral evidence, a
 * condition, every kind of content block, and the printed-number quirks of the 2012 form (two
 * questions numbered "1." with the same text, two options lettered "c."). All text is invented.
 */
final class Fixtures {
  private Fixtures() {}

  static Questionnaire everyKind() {
    return EVERY_KIND;
  }

  /** The same questionnaire under another version: its forms must not be read as forms of the first. */
  static Questionnaire everyKindVersion2() {
    Questionnaire q = EVERY_KIND;
    return Questionnaire.builder()
        .id(q.id())
        .version("2")
        .title(q.title())
        .subtitle(q.subtitle())
        .issuer(q.issuer())
        .closingDate(q.closingDate())
        .contact(q.contact())
        .addAllDefinitions(q.definitions())
        .addAllParts(q.parts())
        .build();
  }

  /** A questionnaire with no bound questions: the respondent, consent and oral evidence live in the record. */
  static Questionnaire unbound() {
    return UNBOUND;
  }

  /**
   * Every bundled questionnaire (the 2012 call for evidence among them). One that is listed but
   * cannot be read fails the test that asks for them, with the reason.
   */
  static List<Questionnaire> bundled() {
    List<Questionnaire> all = Questionnaires.ids().stream().sorted()
        .map(id -> Questionnaires.byId(id)
            .orElseThrow(() -> new AssertionError("the bundled questionnaire " + id + " is listed but not found")))
        .collect(java.util.stream.Collectors.toList());
    if (all.stream().noneMatch(q -> q.id().equals(Questionnaires.CALL_FOR_EVIDENCE_2012))) {
      throw new AssertionError("the 2012 call for evidence is not among the bundled questionnaires: " + Questionnaires.ids());
    }
    return all;
  }

  private static Option option(String id, String label, String text) {
    return Option.of(id, label, text);
  }

  private static Option specify(String id, String label, String text) {
    return Option.builder().id(id).label(label).text(text).specify(true).build();
  }

  private static final Questionnaire EVERY_KIND =
      Questionnaire.builder()
          .id("fixture-every-kind")
          .version("1")
          .title("Invented call for evidence on youth services")
          .subtitle("A test questionnaire with every kind of question")
          .issuer("The Invented Commission")
          .closingDate(LocalDate.of(2012, 11, 30))
          .contact(Contact.builder().name("Inquiry team").email("inquiry@example.org").build())
          .addDefinitions(
              Definition.builder()
                  .id("child")
                  .term("Children and young people")
                  .text("Any person aged up to 18 years.\n\nThe term 'children' includes 'young people'.")
                  .source("Invented guidance, 2012")
                  .build(),
              Definition.builder()
                  .id("group")
                  .term("Group")
                  .text("Two or more people connected through formal or informal networks.")
                  .source("Invented report")
                  .build())
          .addParts(
              Part.builder()
                  .id("intro")
                  .title("Foreword & introduction")
                  .addSections(
                      Section.builder()
                          .id("intro-s")
                          .addItems(
                              Heading.of("About this call", 3),
                              Paragraph.of("We invite evidence on <good> practice & lessons.\nA second line."),
                              ListBlock.builder()
                                  .addItems(
                                      ListItem.of("1.", "Call for evidence (this document)"),
                                      ListItem.of("2.", "Data requests"),
                                      ListItem.bullet("Workshops and focus groups"))
                                  .build(),
                              Quotation.builder()
                                  .text("\u201CThere is no such thing as a troubled child.\u201D")
                                  .attribution("Young person")
                                  .build(),
                              CaseStudy.builder()
                                  .title("Case studies (names changed)")
                                  .text("Ava was helped by a youth worker.\n\nBen joined a group programme.")
                                  .build())
                          .build(),
                      Section.builder()
                          .id("defs-s")
                          .title("What we mean")
                          .addItems(DefinitionsBlock.builder().build())
                          .build())
                  .build(),
              Part.builder()
                  .id("about")
                  .title("About you")
                  .addSections(
                      Section.builder()
                          .id("about-s")
                          .addItems(
                              QuestionGroup.builder()
                                  .id("contact")
                                  .label("1.")
                                  .text("Please provide:")
                                  .addQuestions(
                                      ShortTextQuestion.builder().id("contact-name").label("a)").text("Contact name")
                                          .responseField(ResponseField.RESPONDENT_CONTACT_NAME).build(),
                                      ShortTextQuestion.builder().id("organisation").label("b)")
                                          .text("Organisation (if applicable)")
                                          .responseField(ResponseField.RESPONDENT_ORGANISATION).build(),
                                      LongTextQuestion.builder().id("area").label("c)")
                                          .text("Area covered e.g. name of local authority, region")
                                          .responseField(ResponseField.RESPONDENT_AREA).build(),
                                      ShortTextQuestion.builder().id("name").label("d)")
                                          .text("Name of the individual completing the return")
                                          .required(true)
                                          .responseField(ResponseField.RESPONDENT_NAME).build(),
                                      ShortTextQuestion.builder().id("job-title").label("e)").text("Job title")
                                          .responseField(ResponseField.RESPONDENT_JOB_TITLE).build(),
                                      EmailQuestion.builder().id("email").label("f)").text("Email address")
                                          .responseField(ResponseField.RESPONDENT_EMAIL).build())
                                  .build(),
                              LongTextQuestion.builder().id("service").text("Please describe your service:")
                                  .hint("Say where you work and who with.").build(),
                              CountQuestion.builder().id("victims").label("1.")
                                  .text("How many victims do you work with each year?").build(),
                              CountQuestion.builder().id("victims-again").label("1.")
                                  .text("How many victims do you work with each year?")
                                  .addNotes("Printed twice with the same number and text").build(),
                              CountQuestion.builder().id("perpetrators").label("3.")
                                  .text("How many perpetrators do you work with each year?").max(10000L).build(),
                              MultipleChoiceQuestion.builder()
                                  .id("groups")
                                  .label("4.")
                                  .text("Do you specialise in work with any of the following groups of children:")
                                  .columns(2)
                                  .addOptions(
                                      option("bme", "a.", "BME children"),
                                      option("disabled", "b.", "Disabled children"),
                                      option("local-training", "c.", "Local training"),
                                      option("national-training", "c.", "National training"),
                                      specify("other", "j.", "Other (please explain):"))
                                  .build(),
                              LongTextQuestion.builder()
                                  .id("other-detail")
                                  .label("4a.")
                                  .text("Tell us more about the other groups")
                                  .addEnableWhen(Condition.of("groups", Operator.SELECTED, "other"))
                                  .build())
                          .build())
                  .build(),
              Part.builder()
                  .id("intervention")
                  .title("Intervention")
                  .declaration(
                      Declaration.builder()
                          .id("intervention-applies")
                          .prompt("If your service offers interventions or support please complete the following section:")
                          .build())
                  .addSections(
                      Section.builder()
                          .id("intervention-s")
                          .addItems(
                              MultipleChoiceQuestion.builder()
                                  .id("support")
                                  .label("6.")
                                  .text("What type of support or intervention/s do you offer:")
                                  .addOptions(
                                      option("early", "a.", "Early intervention"),
                                      option("risk", "e.", "Risk assessment"),
                                      specify("other", "j.", "Other (please explain):"))
                                  .build(),
                              QuestionGroup.builder()
                                  .id("explain")
                                  .label("7.")
                                  .text("In the box below, for each intervention you offer please explain:")
                                  .addQuestions(
                                      LongTextQuestion.builder().id("activities").label("a.")
                                          .text("What activities you undertake and their aims").build(),
                                      LongTextQuestion.builder().id("outcomes").label("b.")
                                          .text("The outcomes, and how you measure success").build(),
                                      LongTextQuestion.builder().id("barriers").label("c.")
                                          .text("What barriers you face").build())
                                  .build())
                          .build())
                  .build(),
              Part.builder()
                  .id("publishing")
                  .title("Publishing your evidence")
                  .addSections(
                      Section.builder()
                          .id("publishing-s")
                          .title("Consent")
                          .addItems(
                              SingleChoiceQuestion.builder()
                                  .id("consent")
                                  .text("May we publish your evidence?")
                                  .responseField(ResponseField.CONSENT)
                                  .addOptions(
                                      option("attributed", "a.", "Yes, with my name and organisation"),
                                      option("anonymised", "b.", "Yes, anonymised"),
                                      option("in-confidence", "c.", "No, it is confidential"))
                                  .build(),
                              SingleChoiceQuestion.builder()
                                  .id("heard")
                                  .label("14.")
                                  .text("How did you hear about this call for evidence?")
                                  .addOptions(
                                      option("email", "a.", "By email"),
                                      specify("elsewhere", "b.", "Elsewhere: please specify"))
                                  .build(),
                              TickBoxQuestion.builder()
                                  .id("oral")
                                  .text("If you are interested in providing oral evidence, please tick here")
                                  .responseField(ResponseField.ORAL_EVIDENCE)
                                  .build(),
                              TickBoxQuestion.builder()
                                  .id("read-notes")
                                  .label("15.")
                                  .text("I have read the notes on confidentiality")
                                  .build())
                          .build())
                  .build(),
              Part.builder()
                  .id("annex-a")
                  .label("Annex A:")
                  .title("Definitions again, in another order")
                  .addSections(
                      Section.builder()
                          .id("annex-a-s")
                          .addItems(DefinitionsBlock.builder().addDefinitions("group", "child").build())
                          .build())
                  .build())
          .build();

  private static final Questionnaire UNBOUND =
      Questionnaire.builder()
          .id("fixture-unbound")
          .version("0.1")
          .title("A form with nothing bound")
          .language("cy")
          .addParts(
              Part.builder()
                  .id("only")
                  .addSections(
                      Section.builder()
                          .id("only-s")
                          .addItems(
                              (Question) ShortTextQuestion.builder().id("what").text("What do you do?").build())
                          .build())
                  .build())
          .build();
}
