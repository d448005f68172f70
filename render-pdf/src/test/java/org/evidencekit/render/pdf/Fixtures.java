package org.evidencekit.render.pdf;

import java.time.LocalDate;
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
 * Questionnaires the tests render. {@link #allKinds()} is invented for these tests and holds every
 * kind of content block and question, groups, options that ask for a text, a part declaration, a
 * conditional question, bound respondent fields, consent and oral evidence, Welsh letters, and the
 * printed-number quirks of the 2012 form (two questions numbered "1.", two options lettered
 * "c.").
 */
final class Fixtures {
  private Fixtures() {}

  static final String WELSH = "Caerdydd: ŵyr, ŷd";

  /** The questionnaires every rendering test runs on: this fixture and the bundled ones. */
  static java.util.List<Questionnaire> all() {
    return java.util.List.of(
        allKinds(), Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  static Questionnaire allKinds() {
    return allKinds("fixture-all-kinds", "1");
  }

  static Questionnaire allKinds(String id, String version) {
    return Questionnaire.builder()
        .id(id)
        .version(version)
        .title("Call for evidence on safer neighbourhoods (test fixture)")
        .subtitle("Invented for the tests of the PDF renderer")
        .issuer("The Office of Invented Inquiries")
        .closingDate(LocalDate.of(2012, 11, 30))
        .contact(Contact.builder().name("The inquiry team").email("inquiry@example.org").build())
        .addDefinitions(
            Definition.builder()
                .id("child")
                .term("Child")
                .text("Anyone who has not yet reached their 18th birthday.\n\nThe fact that a child"
                    + " has reached 16 years of age does not change their status.")
                .source("Invented guidance, section 1")
                .build(),
            Definition.builder()
                .id("group")
                .term("Group")
                .text("Two or more people of any age connected through formal or informal means.")
                .source("Invented guidance, section 2")
                .build())
        .addParts(front(), aboutYou(), intervention(), annex())
        .build();
  }

  private static Part front() {
    return Part.builder()
        .id("front")
        .addSections(
            Section.builder()
                .id("foreword")
                .title("Foreword")
                .addItems(
                    Paragraph.of("This invented call for evidence asks what works. " + WELSH + "."),
                    Heading.of("What we ask", 3),
                    ListBlock.builder()
                        .addItems(
                            ListItem.of("1.", "Practice that you identify as good and effective"),
                            ListItem.of("2.", "Barriers impeding effective practice"),
                            ListItem.bullet("Proposals for improved action"))
                        .build(),
                    Quotation.builder()
                        .text("There is no such thing as a troubled child.")
                        .attribution("An invented young person")
                        .build(),
                    CaseStudy.builder()
                        .title("Sam (not a real person)")
                        .text("Sam was helped by an invented youth project.\n\nThe project worked"
                            + " with the school and the family.")
                        .build())
                .build())
        .build();
  }

  private static Part aboutYou() {
    return Part.builder()
        .id("about-you")
        .title("About you")
        .addSections(
            Section.builder()
                .id("contact")
                .addItems(
                    QuestionGroup.builder()
                        .id("contact")
                        .label("1.")
                        .text("Please provide:")
                        .addQuestions(
                            ShortTextQuestion.builder()
                                .id("contact.name")
                                .label("a)")
                                .text("Contact name")
                                .required(true)
                                .responseField(ResponseField.RESPONDENT_NAME)
                                .build(),
                            ShortTextQuestion.builder()
                                .id("contact.organisation")
                                .label("b)")
                                .text("Organisation")
                                .responseField(ResponseField.RESPONDENT_ORGANISATION)
                                .build(),
                            EmailQuestion.builder()
                                .id("contact.email")
                                .label("c)")
                                .text("Contact email")
                                .responseField(ResponseField.RESPONDENT_EMAIL)
                                .build(),
                            ShortTextQuestion.builder()
                                .id("contact.area")
                                .label("d)")
                                .text("Area covered")
                                .maxLength(120)
                                .build())
                        .build(),
                    SingleChoiceQuestion.builder()
                        .id("consent")
                        .label("2.")
                        .text("May we publish your evidence?")
                        .responseField(ResponseField.CONSENT)
                        .addOptions(
                            Option.of("attributed", "a.", "Yes, with my name and organisation"),
                            Option.of("anonymised", "b.", "Yes, without anything that identifies me"),
                            Option.of("in-confidence", "c.", "No, it is in confidence"))
                        .build(),
                    TickBoxQuestion.builder()
                        .id("oral-evidence")
                        .label("3.")
                        .text("I would be willing to give oral evidence")
                        .responseField(ResponseField.ORAL_EVIDENCE)
                        .build())
                .build())
        .build();
  }

  private static Part intervention() {
    return Part.builder()
        .id("intervention")
        .title("Intervention")
        .declaration(
            Declaration.builder()
                .id("intervention.applies")
                .prompt("If your service offers interventions or support please complete the"
                    + " following section:")
                .build())
        .addSections(
            Section.builder()
                .id("intervention-questions")
                .title("Your service")
                .addItems(
                    LongTextQuestion.builder()
                        .id("service")
                        .label("1.")
                        .text("Please describe your service.")
                        .hint("The same number as the first question of the form, as printed.")
                        .maxLength(2000)
                        .build(),
                    CountQuestion.builder()
                        .id("victims")
                        .label("2.")
                        .text("How many children did you work with last year?")
                        .max(100000L)
                        .build(),
                    MultipleChoiceQuestion.builder()
                        .id("referrals")
                        .label("3.")
                        .text("Where do referrals come from? Tick all that apply.")
                        .columns(2)
                        .addOptions(
                            Option.of("police", "a.", "Police"),
                            Option.of("schools", "b.", "Schools"),
                            Option.of("health", "c.", "Health services"),
                            Option.of("parents", "c.", "Parents and carers (printed as c. too)"),
                            Option.builder()
                                .id("faith")
                                .label("e.")
                                .text("Faith communities: please specify")
                                .specify(true)
                                .specifyMaxLength(100)
                                .build(),
                            Option.builder()
                                .id("other")
                                .label("f.")
                                .text("Other (please explain):")
                                .specify(true)
                                .build())
                        .build(),
                    LongTextQuestion.builder()
                        .id("other-detail")
                        .label("4.")
                        .text("You ticked 'other': tell us more about those referrals.")
                        .addEnableWhen(Condition.of("referrals", Operator.SELECTED, "other"))
                        .build(),
                    SingleChoiceQuestion.builder()
                        .id("funding")
                        .label("5.")
                        .text("How is your service funded?")
                        .addOptions(
                            Option.of("statutory", "a.", "Statutory funding"),
                            Option.of("charitable", "b.", "Charitable funding"),
                            Option.builder()
                                .id("mixed")
                                .label("c.")
                                .text("Other (please specify)")
                                .specify(true)
                                .specifyMaxLength(80)
                                .build())
                        .build())
                .build())
        .build();
  }

  private static Part annex() {
    return Part.builder()
        .id("annex-a")
        .label("Annex A:")
        .title("Definitions")
        .addSections(
            Section.builder()
                .id("definitions")
                .addItems(DefinitionsBlock.builder().build())
                .build())
        .build();
  }
}
