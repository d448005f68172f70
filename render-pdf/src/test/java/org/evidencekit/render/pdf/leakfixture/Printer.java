package org.evidencekit.render.pdf.leakfixture;

/** A deliberately printing class for {@link org.evidencekit.render.pdf.LeakRuleBitesTest}. */
final class Printer {
  private Printer() {}

  static void say(Exception e) {
    System.err.println("a library must not print");
    e.printStackTrace();
  }
}
