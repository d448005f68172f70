package org.evidencekit.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.ReadOptions;

/**
 * What every reader may do with a hostile input: read it, or refuse it with one of our
 * exceptions. Anything else (another exception, an error, running out of memory or time) is a
 * finding.
 */
final class Readers {
  static final Questionnaire FORM = Questionnaires.callForEvidence2012();

  static {
    // Warm up (class loading and the fuzzer's instrumentation of it) before the first input is
    // timed: the form's definition read, each reader run once on nothing.
    FORM.questions().size();
  }

  private Readers() {}

  /** Identifies and reads the document; our exceptions are expected answers to bad input. */
  static void readDocument(DocumentFormat format, byte[] bytes) {
    DocumentReader reader = format.reader().orElseThrow();
    try {
      reader.identify(new ByteArrayInputStream(bytes), ReadOptions.defaults());
    } catch (EvidenceKitException expected) {
      // refused, with a message of ours
    } catch (IOException e) {
      throw new AssertionError("an I/O error reading from memory", e);
    }
    try {
      reader.read(FORM, new ByteArrayInputStream(bytes), ReadOptions.defaults());
    } catch (EvidenceKitException expected) {
      // refused, with a message of ours
    } catch (IOException e) {
      throw new AssertionError("an I/O error reading from memory", e);
    }
  }

  /** The message says nothing of the library underneath. */
  static void checkMessage(EvidenceKitException e) {
    String m = String.valueOf(e.getMessage());
    if (m.matches("(?s).*\\b(java|javax|tools\\.jackson|com\\.fasterxml|org\\.apache|org\\.yaml)\\.[a-z].*")
        || m.matches("(?s).*\\b[A-Z][A-Za-z]*(Exception|Error)\\b.*")) {
      throw new AssertionError("a message shows internals: " + m, e);
    }
  }
}
