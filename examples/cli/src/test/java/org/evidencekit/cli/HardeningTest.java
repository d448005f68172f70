package org.evidencekit.cli;

import static org.evidencekit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: hostile and careless input on the command line. Each ends with a clear message and
 * exit 1 or 2: never 70, never a stack trace, never a value from the input.
 */
class HardeningTest {
  @TempDir Path dir;

  static void clean(CliTest.Run r) {
    assertFalse(r.err().contains("unexpected"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().matches("(?s).*[A-Za-z]+(Exception|Error)\\b.*"), r.err());
    assertFalse(r.err().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), r.err());
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private Path example() throws Exception {
    CliTest.Run r = run("example-response");
    assertEquals(0, r.exit(), r.err());
    return write("r.json", r.out().getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------ item 5

  @Test
  void issue10_item5_responseFileHoldingNull() throws Exception {
    Path f = write("null.json", "null\n".getBytes(StandardCharsets.UTF_8));
    for (String[] args : new String[][] {
        {"validate", f.toString()}, {"anonymise", f.toString()}, {"render", "--response", f.toString(), "-o",
            dir.resolve("x.docx").toString()}, {"questionnaire", "--definition", f.toString()}}) {
      CliTest.Run r = run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains("holds only null"), r.err());
      assertEquals("", r.out());
      clean(r);
    }
  }

  @Test
  void issue10_item5_readOnAFolder() throws Exception {
    CliTest.Run r = run("read", dir.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().endsWith(": is a folder, not a file\n"), r.err());
    clean(r);
    CliTest.Run v = run("validate", dir.toString());
    assertEquals(2, v.exit(), v.err());
    assertTrue(v.err().contains("folder"), v.err());
    clean(v);
  }

  @Test
  void issue10_item5_passwordFileDevZeroReadsOneBoundedLine() throws Exception {
    Path zero = Path.of("/dev/zero");
    if (!Files.exists(zero)) {
      zero = write("zeros", new byte[1 << 20]);
    }
    CliTest.Run r = run("render", "--response", example().toString(), "--password-file", zero.toString(), "-o",
        dir.resolve("x.docx").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("first line is longer than 1024 bytes"), r.err());
    assertFalse(Files.exists(dir.resolve("x.docx")));
    clean(r);
  }

  // ------------------------------------------------------------------ item 9

  @Test
  void issue10_item9_passwordByteOrderMarkSameForDocxAndPdf() throws Exception {
    Path bom = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's', 'e', 'c', 'r', 'e', 't', '\n'});
    Path plain = write("plain.txt", "secret\n".getBytes(StandardCharsets.UTF_8));
    Path response = example();
    for (String ext : new String[] {"docx", "pdf"}) {
      Path out = dir.resolve("r." + ext);
      CliTest.Run r = run("render", "--response", response.toString(), "--fillable", "--password-file", bom.toString(),
          "-o", out.toString());
      assertEquals(0, r.exit(), r.err());
      CliTest.Run read = run("read", out.toString(), "--password-file", plain.toString());
      assertEquals(0, read.exit(), ext + ": " + read.err());
    }
    Path inside = write("inside.txt", "sec\u200Bret\n".getBytes(StandardCharsets.UTF_8));
    CliTest.Run r = run("render", "--response", response.toString(), "--password-file", inside.toString(), "-o",
        dir.resolve("y.pdf").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("invisible character"), r.err());
    clean(r);
  }

  @Test
  void issue10_item9_unknownOptionValueNeverEchoed() {
    for (String[] args : new String[][] {
        {"render", "--password=SECRET-VALUE", "-o", "x.docx"}, {"render", "--pasword", "SECRET-VALUE", "-o", "x.docx"},
        {"validate", "--strict=SECRET-VALUE", "f.json"}, {"render", "-p", "SECRET-VALUE", "-o", "x.pdf"},
        {"read", "--format", "SECRET VALUE", "f.pdf"}, {"render", "--format", "SECRET VALUE", "-o", "x.pdf"}}) {
      CliTest.Run r = run(args);
      assertEquals(2, r.exit(), r.err());
      assertFalse(r.err().contains("SECRET"), r.err());
      clean(r);
    }
  }

  // ------------------------------------------------------------------ item 2

  private Path withCount(String name, String number) throws Exception {
    String json = new String(Files.readAllBytes(example()), StandardCharsets.UTF_8);
    String changed = json.replaceFirst("\"cse-victims-per-year\" : [0-9]+", "\"cse-victims-per-year\" : " + number);
    assertFalse(changed.equals(json));
    return write(name, changed.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void issue10_item2_countBeyondTheMaximumRefusedBeforeArithmetic() throws Exception {
    Path huge = withCount("huge.json", "1e999999999");
    for (String[] args : new String[][] {{"validate", huge.toString()}, {"anonymise", huge.toString()},
        {"render", "--response", huge.toString(), "--allow-invalid", "-o", dir.resolve("h.pdf").toString()},
        {"render", "--response", huge.toString(), "--allow-invalid", "-o", dir.resolve("h.docx").toString()}}) {
      CliTest.Run r = run(args);
      assertTrue(r.exit() == 1 || r.exit() == 2, String.join(" ", args) + ": " + r.err());
      assertTrue((r.out() + r.err()).contains("a number beyond the largest an answer holds (999,999,999,999,999"),
          r.out() + r.err());
      clean(r);
    }
    assertFalse(Files.exists(dir.resolve("h.pdf")));
  }

  // ------------------------------------------------------------------ item 10

  @Test
  void issue10_item10_digitCountAndNestingDepthExitTwoEverywhere() throws Exception {
    Path digits = withCount("digits.json", "7".repeat(5000));
    Path deep = write("deep.json", ("{\"zz\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + "}")
        .getBytes(StandardCharsets.UTF_8));
    for (Path f : new Path[] {digits, deep}) {
      for (String[] args : new String[][] {{"validate", f.toString()}, {"anonymise", f.toString()},
          {"render", "--response", f.toString(), "-o", dir.resolve("x.docx").toString()}}) {
        CliTest.Run r = run(args);
        assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains(f == digits ? "a number longer than 1000 digits" : "nested more than 64 levels deep"),
            r.err());
        clean(r);
      }
    }
  }

  // ------------------------------------------------------------------ item 4

  /** A PDF whose information dictionary holds these (PDF literal string) values. */
  private static byte[] pdfNaming(String id, String version, String layout) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.util.List<Integer> offsets = new java.util.ArrayList<>();
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
      "<< /EvidenceKitQuestionnaire (" + id + ") /EvidenceKitQuestionnaireVersion (" + version
          + ") /EvidenceKitLayout (" + layout + ") >>"};
    out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
    for (int i = 0; i < objects.length; i++) {
      offsets.add(out.size());
      out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    int xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
    offsets.forEach(o -> x.append(String.format("%010d 00000 n \n", o)));
    x.append("trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  @Test
  void issue10_item4_noControlCharacterFromADocumentReachesTheTerminal() throws Exception {
    String esc = "\u001b]0;owned\u0007\u001b[31m";
    for (byte[] pdf : new byte[][] {
        pdfNaming("occ-csegg-call-for-evidence-2012" + esc, "1.0", "form"),
        pdfNaming("occ-csegg-call-for-evidence-2012", "1.0" + esc, "form"),
        pdfNaming("occ-csegg-call-for-evidence-2012", "1.0", "printed" + esc),
        pdfNaming("no-such-form", "1.0", esc)}) {
      Path f = write("evil\u001b[2J.pdf", pdf);
      CliTest.Run r = run("read", f.toString());
      assertEquals(2, r.exit(), r.err());
      assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r.err());
      assertFalse(r.out().contains("\u001b"), r.out());
      clean(r);
      Files.delete(f);
    }
  }
}
