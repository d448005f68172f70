package org.evidencekit.cli;

/** The evidencekit command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("evidencekit");
  }
}
