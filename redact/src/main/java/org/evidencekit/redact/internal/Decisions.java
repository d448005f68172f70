package org.evidencekit.redact.internal;

import java.util.List;

/** A person's decisions, as the redactors use them (the public ReviewList, copied). */
public record Decisions(List<String> keep, List<String> add, List<Area> keepAreas, List<Area> addAreas) {
  public static final Decisions NONE = new Decisions(List.of(), List.of(), List.of(), List.of());

  /** A page area: page from 1; x, y, width, height in points from the top left. */
  public record Area(int page, double x, double y, double width, double height) {}

  @Override
  public String toString() {
    return "Decisions[" + keep.size() + " kept, " + add.size() + " added]";
  }
}
