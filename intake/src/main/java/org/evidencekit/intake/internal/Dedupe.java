package org.evidencekit.intake.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which records are duplicates, and of which file kept: the same bytes as a file earlier in path
 * order (that one is kept), or a response of the same respondent and organisation as another
 * (the latest submitted is kept; on the same date, the last in path order). Only the keys are
 * held, hashed: never the respondent's name itself.
 */
public final class Dedupe {
  /** A duplicate: the file kept, and why. */
  public record Verdict(String kept, String why) {}

  private final Map<String, String> firstBySha = new HashMap<>();
  private final Map<String, Candidate> latestByWho = new HashMap<>();
  private final Map<String, Verdict> verdicts = new HashMap<>();

  private record Candidate(String path, String submitted) {}

  /**
   * Sees the records in path order ({@code sha} is the record's SHA-256, as the store's index has
   * it; {@code who}, what {@link Codec#who} read of its line).
   */
  public void see(String path, String sha, Codec.Who who) {
    String first = sha.isEmpty() ? null : firstBySha.putIfAbsent(sha, path);
    if (first != null) {
      verdicts.put(path, new Verdict(first, SAME_CONTENT));
      return;
    }
    String status = who.status();
    if (!who.hasResponse() || !(status.equals("read-valid") || status.equals("read-invalid"))) {
      return;
    }
    String name = who.name() == null ? "" : normal(who.name());
    if (name.isEmpty()) {
      return;
    }
    String org = who.organisation() == null ? "" : normal(who.organisation());
    String key = Examiner.sha256((name + "\u0000" + org).getBytes(StandardCharsets.UTF_8));
    String submitted = who.submitted() == null ? "" : who.submitted();
    Candidate now = new Candidate(path, submitted);
    Candidate before = latestByWho.get(key);
    if (before == null) {
      latestByWho.put(key, now);
      return;
    }
    // Paths come in order, so on the same date the later path wins.
    Candidate keep = now.submitted().compareTo(before.submitted()) >= 0 ? now : before;
    Candidate drop = keep == now ? before : now;
    latestByWho.put(key, keep);
    verdicts.put(drop.path(), new Verdict(keep.path(), SAME_RESPONDENT));
  }

  // The reasons, as markers: the sentence is made when a verdict is asked for, not kept per file.
  private static final String SAME_RESPONDENT = "";
  private static final String SAME_CONTENT = "\u0000";

  /** The verdict on a file, or null if it is not a duplicate. */
  public Verdict verdict(String path) {
    Verdict v = verdicts.get(path);
    if (v == null) {
      return null;
    }
    if (SAME_CONTENT.equals(v.why())) {
      return new Verdict(v.kept(), "the same content as " + v.kept() + ", which is kept");
    }
    String kept = v.kept();
    for (Verdict next = verdicts.get(kept); next != null && next.why().isEmpty(); next = verdicts.get(kept)) {
      kept = next.kept(); // dropped in its turn for a later return
    }
    return new Verdict(kept, "an earlier return of the same respondent and organisation as " + kept
        + ", the latest, which is kept");
  }

  public int size() {
    return verdicts.size();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static String normal(String s) {
    return String.join(" ", List.of(SPACES.split(s.trim().toLowerCase(Locale.ROOT))));
  }
}
