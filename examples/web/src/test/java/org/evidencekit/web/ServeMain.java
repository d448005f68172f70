package org.evidencekit.web;

import java.time.Duration;
import org.evidencekit.model.Password;
import org.evidencekit.model.questionnaires.Questionnaires;

/**
 * Starts a web form in a process of its own, for the tests that kill it: {@code ServeMain
 * QUESTIONNAIRE-ID JDBC-URL}; prints "READY port" when it listens. Not part of the product.
 */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) throws Exception {
    WebForm.Builder b = WebForm.builder()
        .questionnaire(Questionnaires.byId(args[0]).orElseThrow())
        .database(args[1])
        .port(0)
        .submissionsPerMinute(100_000)
        .sessionTimeout(Duration.ofMinutes(10));
    if (args.length > 2) {
      b.adminPassword(Password.of(args[2].toCharArray()));
    }
    WebForm.Running running = b.build().start();
    System.out.println("READY " + running.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
