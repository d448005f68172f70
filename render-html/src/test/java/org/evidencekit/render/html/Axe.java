package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core run on a page in headless Chromium, as the GOV.UK Design System's feature tests do.
 * axe-core {@value #VERSION} comes from the npm registry the first time (into {@code
 * target/axe}); Chromium is Debian's, which {@code ./run-tests} installs when it is missing. The
 * page gets axe and a small runner added before {@code </body>}; Chromium loads it from a file,
 * with no network, and {@code --dump-dom} gives back the page with axe's results in it.
 */
final class Axe {
  static final String VERSION = "4.14.1";

  private static final Path TARGET = Path.of("target").toAbsolutePath();

  /** What axe found on one page. */
  record Result(String axeVersion, List<String> violations, List<String> incomplete, int passes) {}

  private Axe() {}

  static Result check(String name, byte[] page) throws Exception {
    Path dir = TARGET.resolve("axe-pages");
    Files.createDirectories(dir);
    Files.copy(axeScript(), dir.resolve("axe.min.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (InputStream runner = Axe.class.getResourceAsStream("/axe/runner.js")) {
      assertNotNull(runner, "the runner script");
      Files.write(dir.resolve("runner.js"), runner.readAllBytes());
    }
    String html = new String(page, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    Path checked = dir.resolve(name + ".axe.html");
    Files.writeString(checked, html.replace("</body>",
        "<script src=\"axe.min.js\"></script><script src=\"runner.js\"></script></body>"), StandardCharsets.UTF_8);
    String dom = dumpDom(checked);
    Element pre = Jsoup.parse(dom).getElementById("axe-results");
    if (pre == null) {
      fail("axe gave no results for " + name + " (Chromium printed " + dom.length() + " characters)");
    }
    JsonNode json = JsonMapper.builder().build().readTree(pre.wholeText());
    if (json.has("error")) {
      fail("axe failed on " + name + ": " + json.get("error").asString());
    }
    return new Result(json.get("version").asString(), describe(json.get("violations")),
        describe(json.get("incomplete")), json.get("passes").size());
  }

  private static List<String> describe(JsonNode rules) {
    List<String> out = new ArrayList<>();
    for (JsonNode rule : rules) {
      StringBuilder s = new StringBuilder(rule.get("id").asString());
      if (rule.has("impact") && !rule.get("impact").isNull()) {
        s.append(" (").append(rule.get("impact").asString()).append(')');
      }
      s.append(": ").append(rule.get("help").asString());
      for (JsonNode node : rule.get("nodes")) {
        s.append("\n    ").append(node.asString());
      }
      out.add(s.toString());
    }
    return out;
  }

  /** axe.min.js, fetched once with npm into target/axe. */
  private static synchronized Path axeScript() throws Exception {
    Path prefix = TARGET.resolve("axe");
    Path script = prefix.resolve("node_modules/axe-core/axe.min.js");
    if (Files.exists(script)) {
      return script;
    }
    Files.createDirectories(prefix);
    String npm = command("npm").orElseThrow(() -> new AssertionError(
        "npm is needed to fetch axe-core " + VERSION + " for the accessibility test: ./run-tests installs it"));
    run(List.of(npm, "install", "--prefix", prefix.toString(), "axe-core@" + VERSION, "--no-save",
        "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"), prefix.resolve("npm.log"), 300);
    if (!Files.exists(script)) {
      fail("npm did not install axe-core " + VERSION + ": see " + prefix.resolve("npm.log"));
    }
    return script;
  }

  private static String dumpDom(Path page) throws Exception {
    String chromium = command("chromium", "chromium-browser", "google-chrome").orElseThrow(() -> new AssertionError(
        "Chromium is needed for the accessibility test: ./run-tests installs Debian's chromium"));
    Path profile = Files.createTempDirectory(TARGET, "chromium-profile");
    try {
      Path out = profile.resolve("dom.html");
      run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-extensions", "--user-data-dir=" + profile, "--virtual-time-budget=30000", "--dump-dom",
          page.toUri().toString()), out, 180);
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void run(List<String> command, Path output, int seconds) throws Exception {
    Process p = new ProcessBuilder(command).redirectOutput(output.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command.get(0) + " did not finish in " + seconds + " s");
    }
    assertEquals(0, p.exitValue(), command.get(0) + " failed; output in " + output);
  }

  private static java.util.Optional<String> command(String... names) throws IOException {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : names) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return java.util.Optional.of(candidate.toString());
        }
      }
    }
    return java.util.Optional.empty();
  }
}
