package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The storage scenarios on a real PostgreSQL: a throw-away cluster made with Debian's initdb and
 * started with pg_ctl on a free port (as the postgres user when the tests run as root, which
 * PostgreSQL refuses to run as). ./run-tests installs the postgresql package when it is missing.
 */
class PostgresStorageTest {
  static Path root;
  static Path data;
  static int port;
  static Path bin;
  static final String PASSWORD = "pg-test-password";

  @BeforeAll
  static void startPostgres() throws Exception {
    bin = findBin();
    root = Files.createTempDirectory("ek-pg");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    data = root.resolve("data");
    Files.createDirectories(data);
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    if (isRoot()) {
      exec(List.of("chown", "-R", "postgres:postgres", root.toString()));
    }
    // Password authentication (SCRAM), so that the password given apart from the URL is used.
    Path pwfile = root.resolve("pw");
    Files.writeString(pwfile, PASSWORD + "\n");
    if (isRoot()) {
      exec(List.of("chown", "postgres:postgres", pwfile.toString()));
    }
    exec(asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "scram-sha-256", "-U", "ek", "-E", "UTF8",
        "--pwfile=" + pwfile, "--no-sync", "--locale=C"));
    exec(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", root.resolve("log").toString(), "-w",
        "-t", "60", "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (data != null) {
      exec(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }
    if (root != null) {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void responsesDraftsFilesAndThePasswordSurviveARestart() throws Exception {
    StorageScenarios.run("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=ek", PASSWORD);
  }

  static Path findBin() throws IOException {
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Comparator.comparing(Path::toString));
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw new IllegalStateException("PostgreSQL's initdb is not installed (Debian's postgresql package): ./run-tests installs it");
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static List<String> asPostgres(String... cmd) {
    List<String> out = new ArrayList<>();
    if (isRoot()) {
      out.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    out.addAll(List.of(cmd));
    return out;
  }

  static void exec(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + output);
  }
}
