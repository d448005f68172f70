package org.evidencekit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evidencekit.anonymise.TextAnonymiser;
import org.evidencekit.anonymise.response.AnonymisedResponse;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the anonymiser on one core.
 *
 * <ul>
 *   <li>{@link #freeText}: one operation anonymises {@link #LINES} lines of invented evidence
 *       (about 1 MB of UTF-8 in all, a mix of sentences full of personal details and ordinary
 *       prose), line by line as {@code anonymise-text} does. MB/s = ops/s × {@code bytes} / 10^6,
 *       where {@code bytes} is {@link TextState#bytes} (printed by {@link #main}).
 *   <li>{@link #wholeResponses}: one operation anonymises one whole response (the 2012 call for
 *       evidence when it is bundled, otherwise a fixture questionnaire), answers from {@link
 *       ExampleResponses#random} with invented evidence in the long answers. Ops/s = responses per
 *       second.
 * </ul>
 *
 * Run: {@code java -cp benchmarks/target/classes:benchmarks/target/lib/* org.openjdk.jmh.Main
 * AnonymiseBenchmark -f 1 -t 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnonymiseBenchmark {
  static final int LINES = 8_000;

  static final String[] SENTENCES = {
    "Jasmine Boateng (DOB 02/05/1998) was referred by her social worker in September 2011.",
    "The older men picked K.L. up from 5 Mill Lane, Oldham OL1 3EF, and took her to a flat above a takeaway.",
    "Please call Sarah Dunmore on 07700 900123 or email s.dunmore@westvale.gov.uk about the referral.",
    "We worked with 31 young people in 2011, most of them girls aged 13 to 16, in partnership with CAMHS.",
    "Outreach workers meet young people weekly in schools and youth clubs and offer one-to-one support.",
    "NHS number 943 476 5919 appears in the A&E notes, and her NI number is AB 12 34 56 C.",
    "A blue Ford Focus, registration YG12 KMR, was seen outside the care home several nights running.",
    "Crime reference 44/12345/11 covers the incident involving Danielle at the bus station.",
    "The Local Safeguarding Children Board commissioned an audit of missing episodes across the county.",
    "Her mother, Mrs Bernadette Quinn, phoned the out-of-hours team on 0300 123 4567 the next morning.",
    "Training for staff in schools, health and police services improved confidence in spotting the signs.",
    "Tomasz Kowalczyk, 22, drove the girls in a white van and messaged them on Snapchat as kaybabes.",
    "Multi-agency panels review cases monthly and the evaluation shows reduced missing episodes.",
    "Aaliyah told her teacher, Mr Jonathan Reece at Ridgeway Academy, about the parties in Rochdale.",
  };

  /** The text for {@link #freeText}. */
  @State(Scope.Benchmark)
  public static class TextState {
    List<String> lines;
    long bytes;
    final TextAnonymiser anonymiser = TextAnonymiser.standard();

    @Setup
    public void setUp() {
      lines = lines();
      bytes = 0;
      for (String l : lines) {
        bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
  }

  static List<String> lines() {
    List<String> out = new ArrayList<>(LINES);
    for (int i = 0; i < LINES; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 1 + i % 3; k++) {
        sb.append(SENTENCES[(i * 7 + k * 3) % SENTENCES.length]).append(' ');
      }
      out.add(sb.toString().strip());
    }
    return out;
  }

  /** The responses for {@link #wholeResponses}. */
  @State(Scope.Benchmark)
  public static class ResponseState {
    List<Response> responses;
    final ResponseAnonymiser anonymiser = ResponseAnonymiser.standard();
    int next;

    @Setup
    public void setUp() {
      Questionnaire q;
      try {
        q = Questionnaires.callForEvidence2012();
      } catch (RuntimeException notBundledYet) {
        q = fixture();
      }
      responses = new ArrayList<>();
      for (int seed = 0; seed < 32; seed++) {
        Response r = ExampleResponses.random(q, seed);
        Response.Builder b = Response.builder().questionnaire(r.questionnaire()).respondent(r.respondent())
            .oralEvidence(r.oralEvidence()).addAllAttachments(r.attachments());
        r.id().ifPresent(b::id);
        r.consent().ifPresent(b::consent);
        int k = seed;
        for (var e : r.answers().entrySet()) {
          Optional<String> text = e.getValue().asText().map(TextAnswer::value);
          if (text.isPresent() && text.get().length() > 80) {
            b.putAnswers(e.getKey(), TextAnswer.of(text.get() + " "
                + SENTENCES[k++ % SENTENCES.length] + " " + SENTENCES[k++ % SENTENCES.length]));
          } else {
            b.putAnswers(e.getKey(), e.getValue());
          }
        }
        responses.add(b.build());
      }
    }
  }

  static Questionnaire fixture() {
    Section.Builder s = Section.builder().id("s");
    s.addItems(ShortTextQuestion.builder().id("org").text("Organisation").build());
    s.addItems(MultipleChoiceQuestion.builder().id("kind").label("1.").text("Kind of organisation")
        .addOptions(Option.of("police", "a.", "Police"), Option.of("vcs", "b.", "Voluntary sector"))
        .build());
    for (int i = 1; i <= 12; i++) {
      s.addItems(LongTextQuestion.builder().id("q" + i).label(i + 1 + ".").text("Explain " + i).build());
      s.addItems(CountQuestion.builder().id("n" + i).text("How many " + i).build());
    }
    return Questionnaire.builder().id("bench").version("1").title("Benchmark")
        .addParts(Part.builder().id("p").addSections(s.build()).build()).build();
  }

  @Benchmark
  public void freeText(TextState s, Blackhole bh) {
    for (String line : s.lines) {
      bh.consume(s.anonymiser.anonymise(line));
    }
  }

  @Benchmark
  public AnonymisedResponse wholeResponses(ResponseState s) {
    Response r = s.responses.get(s.next++ & 31);
    return s.anonymiser.anonymise(r);
  }

  /** Prints the size of the free-text workload, to turn ops/s into MB/s. */
  public static void main(String[] args) {
    TextState s = new TextState();
    s.setUp();
    System.out.println(LINES + " lines, " + s.bytes + " bytes");
  }
}
