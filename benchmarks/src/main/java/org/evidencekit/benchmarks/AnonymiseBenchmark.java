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
 *   <li>{@link #newKinds}: the same on sentences with the kinds issue 12 added ({@link #NEW_KINDS}).
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

  /**
   * Sentences with the kinds issue 12 added (bank details, IP addresses, web addresses, file
   * names, passports, PINs, cued case numbers, rural addresses, small-letter names and
   * registrations, ordinary dates and kept phrases), for {@link #newKinds}.
   */
  static final String[] NEW_KINDS = {
    "The money came from sort code 20-45-77, account number 41378809, held in his mother's name.",
    "Images were uploaded from 198.51.100.23 on 8 January 2012 and from 2001:db8:4f2a::17 later.",
    "Her blog, kirstyhalewrites.blogspot.com, and youtube.com/@tyzeek_official named the men.",
    "The statement is saved as statement_jsmith_2011.docx on the shared drive for the team.",
    "Passport No: BK4470192 (Pakistan) was issued in 2009, and the passcode for her phone is 190802.",
    "Frameworki ID 558812 and NRM referral 2012/114 relate to the same girl in Rochdale.",
    "The address given was The Old Forge, Back Lane, Ripley, a remote property near Harrogate.",
    "rang paige back, she said becky had gone off with kieran and his mate tommo again.",
    "reg yj11 tmv, a silver Vauxhall Corsa, parked on the Co-op car park most evenings.",
    "Sent: 14 March 2012 16:02 Subject: strategy meeting for the reporting period April 2011 to March 2012.",
    "Under the Protection of Freedoms Bill, West Yorkshire Police and the YOT shared the SERAF scores.",
    "Will has been missing four times; his NI number is ne 27 94 31 c and the postcode is bd7 1ax.",
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
    return lines(SENTENCES);
  }

  static List<String> lines(String[] sentences) {
    List<String> out = new ArrayList<>(LINES);
    for (int i = 0; i < LINES; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 1 + i % 3; k++) {
        sb.append(sentences[(i * 7 + k * 3) % sentences.length]).append(' ');
      }
      out.add(sb.toString().strip());
    }
    return out;
  }

  /** The text for {@link #newKinds}. */
  @State(Scope.Benchmark)
  public static class NewKindsState {
    List<String> lines;
    long bytes;
    final TextAnonymiser anonymiser = TextAnonymiser.standard();

    @Setup
    public void setUp() {
      lines = lines(NEW_KINDS);
      bytes = 0;
      for (String l : lines) {
        bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
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

  private static void cpu(String name, List<String> lines) {
    TextAnonymiser a = TextAnonymiser.standard();
    long bytes = 0;
    for (String l : lines) {
      bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sink = 0;
    double best = 0;
    double sum = 0;
    for (int round = 0; round < 20; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (String l : lines) {
        sink += a.anonymise(l).text().length();
      }
      double mbs = bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
      if (round >= 10) {
        best = Math.max(best, mbs);
        sum += mbs;
      }
    }
    System.out.printf("%s: %d bytes; MB per CPU second, mean of 10 warm rounds %.1f, best %.1f (%d)%n",
        name, bytes, sum / 10, best, sink % 7);
  }

  @Benchmark
  public void freeText(TextState s, Blackhole bh) {
    for (String line : s.lines) {
      bh.consume(s.anonymiser.anonymise(line));
    }
  }

  /** As {@link #freeText}, on {@link #NEW_KINDS}: MB/s = ops/s x {@link NewKindsState#bytes} / 10^6. */
  @Benchmark
  public void newKinds(NewKindsState s, Blackhole bh) {
    for (String line : s.lines) {
      bh.consume(s.anonymiser.anonymise(line));
    }
  }

  @Benchmark
  public AnonymisedResponse wholeResponses(ResponseState s) {
    Response r = s.responses.get(s.next++ & 31);
    return s.anonymiser.anonymise(r);
  }

  /**
   * Prints the size of the free-text workloads, to turn ops/s into MB/s; with {@code --cpu},
   * also runs them (ten warm-up rounds, then ten measured) and prints MB per second of this
   * thread's CPU time, a figure that a busy shared machine disturbs far less than JMH's wall-clock
   * throughput. Run: {@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*"
   * org.evidencekit.benchmarks.AnonymiseBenchmark --cpu}.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--cpu")) {
      cpu("freeText", lines(SENTENCES));
      cpu("newKinds", lines(NEW_KINDS));
      return;
    }
    TextState s = new TextState();
    s.setUp();
    System.out.println("freeText: " + LINES + " lines, " + s.bytes + " bytes");
    NewKindsState n = new NewKindsState();
    n.setUp();
    System.out.println("newKinds: " + LINES + " lines, " + n.bytes + " bytes");
  }
}
