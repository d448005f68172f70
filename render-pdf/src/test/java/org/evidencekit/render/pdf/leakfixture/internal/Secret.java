package org.evidencekit.render.pdf.leakfixture.internal;

/** An internal type that LeakyApi exposes. */
public final class Secret {}
