package org.evidencekit.cli;

import static org.evidencekit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Issue 9: the mistakes a new user makes get a clear message and exit 2 (or 1), never 70. */
class RoughEdgesTest {
  @TempDir Path dir;

  private Path example(String name, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("example-response"));
    all.addAll(List.of(args));
    CliTest.Run r = run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    Path f = dir.resolve(name);
    Files.writeString(f, r.out());
    return f;
  }

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  /** A partner's own form: the referral screening under another id, written as YAML. */
  private Path ownDefinition() throws Exception {
    return write("own.yaml", EvidenceJson.standard().write(Questionnaires.referralScreening(), Format.YAML)
        .replace(Questionnaires.REFERRAL_SCREENING, "partner-own-form"));
  }

  // ------------------------------------------------------------------ counts

  @Test
  void issue9_countsUnknownQuestion() throws Exception {
    CliTest.Run r = run("counts", "--question", "no-such-question", "--responses", example("a.json").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("evidencekit: 'Inquiry into child sexual exploitation in gangs and groups: call for"
        + " evidence' (version 1.0) has no question 'no-such-question': give the id of a choice question"
        + " (specialist-groups (question 4), "), r.err());
    assertFalse(r.err().contains("unexpected"), r.err());
  }

  @Test
  void issue9_countsCountQuestion() throws Exception {
    CliTest.Run r = run("counts", "--question", "cse-victims-per-year", "--responses", example("a.json").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("evidencekit: 'cse-victims-per-year' is a count question (question 1): only the"
        + " answers to a choice question can be counted; the choice questions of"), r.err());
  }

  @Test
  void issue9_countsTickBoxQuestion() throws Exception {
    CliTest.Run r = run("counts", "--question", "oral-evidence", "--responses", example("a.json").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("evidencekit: 'oral-evidence' is a tick box"), r.err());
    CliTest.Run by = run("counts", "--question", "specialist-groups", "--by", "oral-evidence", "--responses",
        example("b.json").toString());
    assertEquals(2, by.exit(), by.err());
    assertTrue(by.err().startsWith("evidencekit: 'oral-evidence' is a tick box"), by.err());
  }

  @Test
  void issue9_countsThresholdZeroOrOne() throws Exception {
    for (String t : new String[] {"0", "1", "-3"}) {
      CliTest.Run r = run("counts", "--question", "specialist-groups", "--threshold", t, "--responses",
          example("a.json").toString());
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().startsWith("evidencekit: --threshold is 2 or more: counts from 1 to N-1 are withheld, so "
          + t + " would withhold nothing\nTry 'evidencekit counts --help'"), r.err());
    }
    CliTest.Run words = run("counts", "--question", "specialist-groups", "--threshold", "five", "--responses",
        example("a.json").toString());
    assertEquals(2, words.exit());
    assertEquals("evidencekit: the value given for --threshold is not a whole number\n"
        + "Try 'evidencekit counts --help' for how to use it.\n", words.err());
  }

  @Test
  void issue9_countsResponsesToACustomFormWithoutItsDefinition() throws Exception {
    Path def = ownDefinition();
    Path response = example("own.json", "--definition", def.toString());
    CliTest.Run r = run("counts", "--question", "risk-level", "--responses", response.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("evidencekit: no response can be counted: Counted 0 responses to 'Inquiry into child"
        + " sexual exploitation in gangs and groups: call for evidence' (version 1.0); left out 1: 1 another"
        + " questionnaire or version. The responses answer 'partner-own-form' version 2.1, not"
        + " 'occ-csegg-call-for-evidence-2012' version 1.0: give that questionnaire's id, or its definition with"
        + " --definition FILE."), r.err());
    CliTest.Run own = run("counts", "--definition", def.toString(), "--question", "risk-level", "--responses",
        response.toString());
    assertEquals(0, own.exit(), own.err());
  }

  @Test
  void issue9_countsSaysWhatItCountedAndWhatItLeftOut() throws Exception {
    List<String> files = new ArrayList<>();
    for (int seed = 1; seed <= 6; seed++) {
      files.add(example("r" + seed + ".json", "--seed", String.valueOf(seed)).toString());
    }
    String ok = Files.readString(Path.of(files.get(0)));
    files.add(write("invalid.json", ok.replaceFirst("\"cse-victims-per-year\" : \\d+", "\"cse-victims-per-year\" : -1"))
        .toString());
    files.add(write("other.json", ok.replace("\"version\" : \"1.0\"", "\"version\" : \"0.9\"")).toString());
    files.add(write("broken.json", ok.substring(0, ok.length() / 2)).toString());
    List<String> args = new ArrayList<>(List.of("counts", "--question", "specialist-groups", "--responses"));
    args.addAll(files);
    CliTest.Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("\tRespondents\n"), r.out());
    assertTrue(r.out().contains("\n\nEach count is the number of respondents who chose the option in question 4; the"
        + " total is the number of respondents who answered it, each counted once.\n"), r.out());
    assertTrue(r.out().contains("Disclosure control: counts from 1 to 4 are shown as 'fewer than 5'"), r.out());
    assertTrue(r.out().contains("Counted 6 responses to 'Inquiry into child sexual exploitation in gangs and groups:"
        + " call for evidence' (version 1.0); left out 3: 1 invalid, 1 another questionnaire or version, 1"
        + " unreadable."), r.out());
    assertTrue(r.err().contains(dir.resolve("invalid.json") + ": left out, invalid (1 error)"), r.err());
    assertTrue(r.err().contains(dir.resolve("other.json") + ": left out, another questionnaire or version"), r.err());
    assertTrue(r.err().contains(dir.resolve("broken.json") + ": left out, unreadable ("), r.err());
  }

  @Test
  void issue9_countsByCountsRespondentsNotTicks() throws Exception {
    List<String> args = new ArrayList<>(List.of("counts", "--question", "specialist-groups", "--by",
        "specialist-issues", "--threshold", "2", "--responses"));
    for (int seed = 1; seed <= 8; seed++) {
      args.add(example("r" + seed + ".json", "--seed", String.valueOf(seed)).toString());
    }
    CliTest.Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    String total = lines[0].endsWith("\tTotal") ? "Total" : "";
    assertEquals("Total", total, r.out());
    String[] last = null;
    for (String line : lines) {
      if (line.startsWith("Total\t")) {
        last = line.split("\t");
      }
    }
    String grand = last[last.length - 1];
    assertTrue(grand.equals("[c]") || Integer.parseInt(grand) <= 8, "the grand total counts respondents: " + r.out());
    assertTrue(r.out().contains("Each total is the number of respondents in its row or column, and the grand total"
        + " the number who answered both questions, each counted once."), r.out());
  }

  // ------------------------------------------------------------------ render and anonymise

  @Test
  void issue9_renderRefusesAFormatItsOutputContradicts() throws Exception {
    Path out = dir.resolve("x.pdf");
    CliTest.Run r = run("render", "--format", "docx", "-o", out.toString());
    assertEquals(2, r.exit());
    assertEquals("evidencekit: --format docx does not match the output's name, x.pdf, which says pdf: end its name in"
        + " .docx for docx, or leave out --format\n", r.err());
    assertFalse(Files.exists(out));
    CliTest.Run inferred = run("render", "-o", out.toString());
    assertEquals(0, inferred.exit(), inferred.err());
    assertEquals("wrote " + out + " (pdf, form)\n", inferred.err());
    assertTrue(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
  }

  @Test
  void issue9_anonymiseTakesADefinitionLikeEveryOtherCommand() throws Exception {
    Path def = ownDefinition();
    Path response = example("own.json", "--definition", def.toString());
    CliTest.Run r = run("anonymise", response.toString(), "--definition", def.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"id\" : \"partner-own-form\""), r.out());
    CliTest.Run without = run("anonymise", response.toString());
    assertEquals(2, without.exit());
    assertEquals("evidencekit: there is no bundled questionnaire 'partner-own-form': the bundled ones are"
        + " occ-csegg-call-for-evidence-2012, westvale-cse-referral-screening; for your own, use --definition FILE\n",
        without.err());
    Path invalid = write("invalid.json", Files.readString(example("bad.json"))
        .replaceFirst("\"cse-victims-per-year\" : \\d+", "\"cse-victims-per-year\" : -1"));
    CliTest.Run bad = run("anonymise", invalid.toString());
    assertEquals(1, bad.exit(), bad.err());
    assertEquals("", bad.out());
    assertTrue(bad.err().endsWith(invalid + ": invalid, not anonymised (use --allow-invalid to anonymise it anyway)\n"),
        bad.err());
  }

  @Test
  void issue9_anArgumentThatIsNotAnOptionIsNeverRepeated() {
    CliTest.Run r = run("anonymise-text", "Jo ZZSECRET-arg Smith lives at 1 High Street");
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("ZZSECRET"), r.err());
    assertTrue(r.err().startsWith("evidencekit: one argument more than the command takes (not repeated here"), r.err());
    CliTest.Run option = run("validate", "--definitoin", "x.yaml", "y.json");
    assertEquals(2, option.exit());
    assertTrue(option.err().startsWith("evidencekit: unknown option --definitoin (did you mean --definition?)"),
        option.err());
  }

  // ------------------------------------------------------------------ help

  @Test
  void issue9_helpReadsWellAtEightyColumns() {
    List<String> texts = new ArrayList<>();
    CliTest.Run top = run("--help");
    assertEquals(0, top.exit());
    texts.add(top.out());
    CommandLine cli = new CommandLine(new Main());
    for (String name : cli.getSubcommands().keySet()) {
      CliTest.Run r = run(name, "--help");
      assertEquals(0, r.exit(), name);
      texts.add(r.out());
    }
    Pattern article = Pattern.compile("\\ba ([aeiou]\\w*)", Pattern.CASE_INSENSITIVE);
    for (String text : texts) {
      for (String line : text.split("\n")) {
        assertTrue(line.length() <= 80, "longer than 80 columns: " + line);
        assertFalse(line.endsWith(" ."), "a word broken at a dot: " + line);
        Matcher m = article.matcher(line);
        while (m.find()) {
          assertTrue(m.group(1).toLowerCase(Locale.ROOT).startsWith("u"), "'a' before a vowel: " + line);
        }
      }
    }
    // The top-level list shows each command's first sentence whole.
    for (CommandLine sub : cli.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      String[] description = spec.usageMessage().description();
      assertTrue(description.length > 0, spec.name());
      for (String paragraph : description) {
        String p = paragraph.replace("%n", "").strip(); // %n: picocli's own help command ends lines so
        assertTrue(p.endsWith("."), spec.name() + ": a description ends with a full stop: " + paragraph);
      }
      String[] header = spec.usageMessage().header(); // picocli lists a command by its header, else its description
      String summary = (header.length > 0 ? header[0] : description[0]).replace("%n", "").strip();
      assertTrue(top.out().replaceAll("\\s+", " ").contains(summary),
          "the command list shows " + spec.name() + "'s first sentence whole: " + summary);
      for (OptionSpec o : spec.options()) {
        String d = String.join(" ", o.description());
        assertTrue(d.endsWith("."), spec.name() + " " + o.longestName() + ": " + d);
      }
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String d = String.join(" ", p.description());
        assertTrue(d.endsWith("."), spec.name() + " " + p.paramLabel() + ": " + d);
      }
    }
  }
}
