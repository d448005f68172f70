package org.evidencekit.intake.records;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did: how many files it found, how many of each status, how many it did not read
 * again (their record came from the previous run), and the files it wrote.
 */
public record IntakeResult(int files, Map<ReturnStatus, Integer> byStatus, int fromCache, int published,
    List<Path> written) {
  public IntakeResult {
    EnumMap<ReturnStatus, Integer> m = new EnumMap<>(ReturnStatus.class);
    for (ReturnStatus s : ReturnStatus.values()) {
      m.put(s, byStatus.getOrDefault(s, 0));
    }
    byStatus = java.util.Collections.unmodifiableMap(m);
    written = List.copyOf(written);
  }

  /** How many files have this status. */
  public int count(ReturnStatus status) {
    return byStatus.get(status);
  }

  /** "240 files: 200 read-valid, 10 read-invalid, …". */
  public String summary() {
    StringBuilder sb = new StringBuilder().append(files).append(files == 1 ? " file: " : " files: ");
    String sep = "";
    for (Map.Entry<ReturnStatus, Integer> e : byStatus.entrySet()) {
      sb.append(sep).append(e.getValue()).append(' ').append(e.getKey().id());
      sep = ", ";
    }
    return sb.append(fromCache > 0 ? "; " + fromCache + " unchanged since the last run, not read again" : "").toString();
  }
}
