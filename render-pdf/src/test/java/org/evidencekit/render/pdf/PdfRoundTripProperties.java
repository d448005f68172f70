package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.validation.ResponseValidator;

/**
 * A response rendered as a filled form and read back is the same response: its answers, the
 * respondent's details, consent and oral evidence (bound questions), and its id, date and
 * attachments (kept in the document's metadata). For the fixture and the bundled questionnaires.
 */
class PdfRoundTripProperties {
  private static final Questionnaire FIXTURE = Fixtures.allKinds();
  private static final PdfReader READER = PdfReader.standard();

  @Property(tries = 150)
  void fixtureFormRoundTrips(@ForAll long seed) throws Exception {
    roundTrip(FIXTURE, ExampleResponses.random(FIXTURE, seed));
  }

  @Property(tries = 150)
  void callForEvidence2012FormRoundTrips(@ForAll long seed) throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    roundTrip(q, ExampleResponses.random(q, seed));
  }

  @Property(tries = 60)
  void referralScreeningFormRoundTrips(@ForAll long seed) throws Exception {
    Questionnaire q = Questionnaires.referralScreening();
    roundTrip(q, ExampleResponses.random(q, seed));
  }

  @Property(tries = 30)
  void archivalFormRoundTrips(@ForAll long seed) throws Exception {
    Response r = ExampleResponses.random(FIXTURE, seed);
    byte[] pdf = Pdfs.render(FIXTURE, Optional.of(r), RenderOptions.builder().archival(true).build());
    assertEquals(r, READER.read(FIXTURE, new ByteArrayInputStream(pdf), ReadOptions.defaults()));
  }

  private static void roundTrip(Questionnaire q, Response r) throws Exception {
    byte[] pdf = Pdfs.render(q, Optional.of(r), RenderOptions.defaults());
    Response read = READER.read(q, new ByteArrayInputStream(pdf), ReadOptions.defaults());
    assertEquals(r, read);
    assertTrue(ResponseValidator.standard().validate(q, read).isValid());
  }
}
