package org.evidencekit.anonymise.archfixture.b;

import org.evidencekit.anonymise.archfixture.a.A;

/** The other half of the deliberate package cycle. */
public final class B {
  public A a() {
    return new A();
  }
}
