package org.evidencekit.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A web form in a separate Java process ({@link ServeMain}), so that a test can kill it with SIGKILL. */
final class ServerProcess implements AutoCloseable {
  final Process process;
  final int port;

  ServerProcess(String questionnaireId, String jdbcUrl, String adminPassword, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(ServeMain.class.getName());
    cmd.add(questionnaireId);
    cmd.add(jdbcUrl);
    if (adminPassword != null) {
      cmd.add(adminPassword);
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
    this.process = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("READY ")) {
      process.destroyForcibly();
      throw new IOException("the server process did not start (see " + log + "): " + line);
    }
    this.port = Integer.parseInt(line.substring("READY ".length()).strip());
  }

  /**
   * The test JVM's whole path as a class path for the child: on the module path (as Surefire runs
   * the tests) the modules are in jdk.module.path and the test classes are patched in, so both
   * paths and the test classes' folder are joined.
   */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    parts.add(Path.of(System.getProperty("basedir", "."), "target", "test-classes").toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** SIGKILL: the process gets no chance to finish anything. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the server process did not die");
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
