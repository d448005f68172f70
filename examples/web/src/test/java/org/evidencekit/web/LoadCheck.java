package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.web.internal.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test (not part of the suite; run it with examples/web/load-test): 200 respondents at
 * once, each filling in the partner form page by page over HTTP on localhost and sending it, against
 * a server in its own process on an H2 file. Every response must be stored; the 95th-percentile
 * time of a request is reported (to target/load-test.txt), with the throughput.
 */
class LoadCheck {
  static final int RESPONDENTS = Integer.getInteger("load.respondents", 200);

  @TempDir Path dir;

  @Test
  void twoHundredRespondentsAtOnceLoseNothing() throws Exception {
    Questionnaire q = Questionnaires.byId(System.getProperty("load.questionnaire", Questionnaires.REFERRAL_SCREENING)).orElseThrow();
    String url = TestForms.h2(dir.resolve("db"));
    List<Robot> robots = new ArrayList<>();
    List<String> references = Collections.synchronizedList(new ArrayList<>());
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    long wall;
    try (ServerProcess server = new ServerProcess(q.id(), url, null, dir.resolve("server.log"))) {
      // Warm the server up a little (class loading, JIT) with a few respondents first.
      for (int i = 0; i < 5; i++) {
        new Robot(server.uri(), q, ExampleResponses.random(q, 99_000 + i)).run();
      }
      ExecutorService pool = Executors.newFixedThreadPool(RESPONDENTS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < RESPONDENTS; i++) {
        Response intended = ExampleResponses.random(q, i);
        Robot robot = new Robot(server.uri(), q, intended);
        robots.add(robot);
        futures.add(pool.submit(() -> {
          go.await();
          try {
            references.add(robot.run());
          } catch (Exception | AssertionError e) {
            failures.add(e);
          }
          return null;
        }));
      }
      long t0 = System.nanoTime();
      go.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.MINUTES);
      }
      wall = System.nanoTime() - t0;
      pool.shutdown();
    }
    List<Long> all = new ArrayList<>();
    for (Robot r : robots) {
      all.addAll(r.nanos);
    }
    Collections.sort(all);
    int stored;
    try (Store store = new Store(url, 2)) {
      stored = 0;
      for (String ref : references) {
        if (store.submission(ref).isPresent()) {
          stored++;
        }
      }
    }
    String report = String.format(Locale.ROOT,
        "load test: %d respondents at once (%s), %d requests in %.1f s: %.0f requests/s, %.1f responses/s;"
            + " request time p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; acknowledged %d, stored %d, lost %d, failed %d%n"
            + "conditions: server in its own JVM (-Xmx512m) on an H2 file, clients in the test JVM, one machine with %d cores%n",
        RESPONDENTS, q.id(), all.size(), wall / 1e9, all.size() / (wall / 1e9), references.size() / (wall / 1e9),
        pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1e6,
        references.size(), stored, references.size() - stored, failures.size(), Runtime.getRuntime().availableProcessors());
    System.out.print(report);
    Files.writeString(Path.of("target", "load-test.txt"), report);
    assertTrue(failures.isEmpty(), failures.isEmpty() ? "" : failures.size() + " failed, first: " + failures.get(0));
    assertEquals(RESPONDENTS, references.size());
    assertEquals(RESPONDENTS, stored, "responses lost");
  }

  static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
