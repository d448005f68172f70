package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidencekit.intake.InventedReturns;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.Password;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidencekit intake} as a user runs it: every output written, every file accounted for. */
class IntakeCommandTest {
  @TempDir Path dir;

  @Test
  void readsAFolderOfReturnsAndSaysWhereTheReportIs() throws Exception {
    Path returns = dir.resolve("returns");
    Map<String, ReturnStatus> made;
    try (Password p = Password.of("demo-password-1".toCharArray())) {
      made = InventedReturns.builder().questionnaire(Questionnaires.callForEvidence2012()).count(9).password(p)
          .build().write(returns);
    }
    Files.writeString(dir.resolve("pw.txt"), "demo-password-1\n");
    Path out = dir.resolve("out");
    CliTest.Run r = CliTest.run("intake", returns.toString(), "-o", out.toString(), "--password-file",
        dir.resolve("pw.txt").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("summary.html"), r.out());
    assertTrue(r.err().contains(made.size() + " files found"), r.err());
    assertTrue(r.err().contains(made.size() + " of " + made.size() + " files"), "plain progress lines: " + r.err());
    for (String f : List.of("returns.jsonl", "returns.csv", "returns.xlsx", "problems.csv", "summary.html",
        "summary.pdf", "evidence-pack.docx")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertEquals(made.size(), Files.readAllLines(out.resolve("returns.jsonl")).size());
    assertFalse(r.err().contains("Exception"), r.err());

    // counts, as a view of the same analysis: the valid returns intake kept.
    CliTest.Run counts = CliTest.run("counts", "--question", "specialist-groups", "--intake", out.toString());
    assertEquals(0, counts.exit(), counts.err());
    assertTrue(counts.out().contains("Disclosure control"), counts.out());
    assertTrue(counts.err().contains("left out by intake, duplicate"), counts.err());
    long valid = made.values().stream().filter(s -> s == ReturnStatus.READ_VALID).count();
    assertTrue(counts.out().contains("Counted " + valid + " responses"), counts.out());
  }

  @Test
  void aMissingFolderIsUnusableInput() {
    CliTest.Run r = CliTest.run("intake", dir.resolve("nowhere").toString(), "-o", dir.resolve("out").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such folder"), r.err());
  }
}
