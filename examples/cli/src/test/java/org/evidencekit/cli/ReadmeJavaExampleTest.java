package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example in README.md ("Using the library") is compiled and run as the README shows it:
 * each {@code ```java} block becomes a class, its imports at the top and its statements in
 * {@code main}; it is compiled with the system compiler (all lints on, warnings are errors) against
 * this module's test class path, which has every module on it as a user's would, and run in a
 * fresh JVM in a folder that holds the files it reads: {@code my-form.yaml} (the README's own
 * definition example) and {@code response.json} (the README's own response example). Here, not in
 * core-model, because the example writes a PDF through the formats it discovers.
 */
class ReadmeJavaExampleTest {
  private static final Path README = Path.of("..", "..", "README.md");

  @TempDir Path dir;

  private static List<String> blocks(String language) throws IOException {
    String readme = Files.readString(README);
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    assertFalse(out.isEmpty(), "README.md has a " + language + " block");
    return out;
  }

  /** The block as a class: its import lines first, everything else the body of main. */
  static String asClass(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports + "\npublic class " + name + " {\n"
        + "  public static void main(String[] args) throws Exception {\n" + body + "  }\n}\n";
  }

  private static String classPath() {
    return Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(p -> !p.isEmpty())
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void theJavaExampleCompilesAndRunsAsWritten() throws Exception {
    Files.writeString(dir.resolve("my-form.yaml"), blocks("yaml").get(0));
    Files.writeString(dir.resolve("response.json"), blocks("json").get(0));
    Path classes = Files.createDirectory(dir.resolve("classes"));
    List<String> javaBlocks = blocks("java");
    for (int i = 0; i < javaBlocks.size(); i++) {
      String name = "ReadmeExample" + (i + 1);
      Path source = dir.resolve(name + ".java");
      Files.writeString(source, asClass(name, javaBlocks.get(i)));

      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter diagnostics = new StringWriter();
      boolean compiled = javac.getTask(diagnostics, null, null,
          List.of("-classpath", classPath(), "-d", classes.toString(), "-Xlint:all,-processing", "-Werror",
              "-proc:none", "--release", "17"),
          null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
          .call();
      assertTrue(compiled, "the README's java block " + (i + 1) + " compiles:\n" + diagnostics + "\n" + Files.readString(source));

      Path log = dir.resolve(name + ".log");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classes + File.pathSeparator + classPath(), name)
          .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the example finishes");
      assertEquals(0, p.exitValue(), "the README's java block " + (i + 1) + " runs:\n" + Files.readString(log));
    }
    byte[] pdf = Files.readAllBytes(dir.resolve("response.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "the example wrote the PDF it says");
  }
}
