package org.evidencekit.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.spi.DocumentRenderer;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.html.internal.DocumentWriter;

/**
 * Renders a questionnaire as one accessible, self-contained HTML5 page (UTF-8, its style sheet
 * inline, no script, nothing fetched from elsewhere), in the language the questionnaire states:
 *
 * <ul>
 *   <li>{@link Layout#FORM}: the whole document as a web form: headings that mirror its parts and
 *       sections, every control with a {@code <label for>}, each choice question a {@code
 *       <fieldset>} with a {@code <legend>}, hints tied to their controls with {@code
 *       aria-describedby}, optional questions marked "(optional)" in words; blank, or filled with
 *       a response (values, checked boxes, text areas' content);
 *   <li>{@link Layout#PRINTED}: the whole document with the response's answers as text, "Not
 *       answered" where there is none;
 *   <li>{@link Layout#ANSWERS_ONLY}: the questions answered and their answers.
 * </ul>
 *
 * <p>Controls are named from stable ids, never printed labels: a text, email or count question or
 * a tick box by its id; a choice question's radio buttons or check boxes by the question's id, each
 * with its option's id as value; the text an option asks for by {@code questionId:optionId:text};
 * a part's declaration by its id. A tick box's value is {@code true}. So a web form can post the
 * page as it is, and {@link HtmlReader} reads it back. Meta elements name the questionnaire, its
 * version and the layout, and hold the response's id, date and attachments.
 *
 * <p>Same input, same bytes. An HTML page cannot be encrypted, archival or restricted: asking for
 * that is an {@link EvidenceKitException} before anything is written. Thread-safe.
 */
public final class HtmlRenderer implements DocumentRenderer {

  private HtmlRenderer(Builder b) {}

  public static Builder builder() {
    return new Builder();
  }

  /** A renderer with the default settings. */
  public static HtmlRenderer standard() {
    return builder().build();
  }

  @Override
  public void render(
      Questionnaire questionnaire, Optional<Response> response, RenderOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    options.checkFor(questionnaire, response);
    if (options.password().isPresent()) {
      throw new EvidenceKitException(
          "An HTML page cannot be protected with a password: leave out the password, or use a format that encrypts");
    }
    if (options.archival()) {
      throw new EvidenceKitException(
          "An HTML page cannot be an archival document: leave out archival, or use a format that makes them");
    }
    if (options.restrictEditing()) {
      throw new EvidenceKitException(
          "An HTML page cannot restrict editing: leave it out, or use a format that can");
    }
    out.write(DocumentWriter.write(questionnaire, options.layout(), response,
        response.map(r -> options.withheldIn(questionnaire, r)).orElse(options.withheld())));
  }

  /** Configures an {@link HtmlRenderer}. */
  public static final class Builder {
    private Builder() {}

    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
