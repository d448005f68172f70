package org.evidencekit.anonymise.archfixture.a;

import org.evidencekit.anonymise.archfixture.b.B;

/** Half of a deliberate package cycle, to show that {@code PackageCyclesTest}'s rule catches one. */
public final class A {
  public B b() {
    return new B();
  }
}
