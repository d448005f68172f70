package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.web.internal.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed with SIGKILL while respondents are sending responses, then restarted on the
 * same database: every response the server acknowledged is there, whole, and nothing stored is
 * half-written.
 */
class KillRestartTest {
  static final int RESPONDENTS = 48;
  static final int CONCURRENT = 12;

  @TempDir Path dir;

  @Test
  void nothingAcknowledgedIsLostAndNothingHalfWrittenAppears() throws Exception {
    Questionnaire q = Questionnaires.referralScreening();
    String url = TestForms.h2(dir.resolve("db"));
    List<Robot> robots = new ArrayList<>();
    Map<String, Response> intendedByName = new HashMap<>();
    AtomicInteger acknowledged = new AtomicInteger();
    List<String> inFlight;
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    try (ServerProcess server = new ServerProcess(q.id(), url, null, dir.resolve("server-1.log"))) {
      for (int i = 0; i < RESPONDENTS; i++) {
        Response intended = named(q, ExampleResponses.random(q, 1000 + i), "Kill Test Respondent " + i);
        intendedByName.put("Kill Test Respondent " + i, intended);
        Robot robot = new Robot(server.uri(), q, intended);
        robots.add(robot);
        pool.submit(() -> {
          try {
            robot.run();
            acknowledged.incrementAndGet();
          } catch (Exception | AssertionError e) {
            // Killed mid-way: not acknowledged (unless the flag was set before the kill).
          }
          return null;
        });
      }
      // Kill once some responses are in and others are on their way.
      // Kill once some responses are in and at least one submission is on its way.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while ((acknowledged.get() < RESPONDENTS / 4 || robots.stream().noneMatch(r -> r.submitting))
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      inFlight = robots.stream().filter(r -> r.submitting).map(r -> r.intendedName()).collect(java.util.stream.Collectors.toList());
      server.kill9();
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
    List<String> acked = new ArrayList<>();
    for (Robot r : robots) {
      if (r.acknowledged) {
        acked.add(nameOf(q, r));
      }
    }
    assertTrue(acked.size() >= RESPONDENTS / 4 && acked.size() < RESPONDENTS,
        "the kill should fall among the submissions: " + acked.size() + " of " + RESPONDENTS + " acknowledged");

    // Restart on the same database: it opens, and takes responses again.
    try (ServerProcess again = new ServerProcess(q.id(), url, null, dir.resolve("server-2.log"))) {
      Response late = named(q, ExampleResponses.random(q, 5), "After Restart");
      new Robot(again.uri(), q, late).run();
    }

    // Then read the database as it is on disk.
    try (Store store = new Store(url, 2)) {
      Map<String, Response> storedByName = new LinkedHashMap<>();
      for (Store.SubmissionRow row : store.submissions()) {
        assertEquals(Store.sha256(row.responseJson()), row.responseSha256(), row.reference() + " is damaged");
        Response r = EvidenceJson.standard().readResponse(row.responseJson());
        assertTrue(ResponseValidator.standard().validate(q, r).isValid(), row.reference() + " is not a whole, valid response");
        assertEquals(row.reference(), r.id().orElseThrow());
        storedByName.put(r.respondent().name().orElseThrow(), r);
      }
      for (String name : acked) {
        Response stored = storedByName.get(name);
        assertTrue(stored != null, "an acknowledged response is missing: " + name);
        assertEquals(TestForms.expected(q, intendedByName.get(name), stored.id().orElseThrow(), List.of()), stored);
      }
      assertTrue(storedByName.containsKey("After Restart"));
      long inFlightStored = inFlight.stream().filter(storedByName::containsKey).count();
      System.out.printf("kill -9 test: %d of %d acknowledged before the kill, %d submissions in flight at the kill"
              + " (%d of them committed, unacknowledged), %d stored in all, 0 missing, 0 damaged%n",
          acked.size(), RESPONDENTS, inFlight.size(), inFlightStored, storedByName.size() - 1);
    }
  }

  static Response named(Questionnaire q, Response r, String name) {
    Map<String, Answer> answers = new LinkedHashMap<>(Responses.answersOf(q, r));
    answers.put("referrer-name", TextAnswer.of(name));
    return Responses.assemble(q, answers).build();
  }

  static String nameOf(Questionnaire q, Robot r) {
    return r.intendedName();
  }
}
