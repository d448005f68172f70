package org.evidencekit.render.pdf.internal;

/** Writing content-stream operators: numbers in a fixed, locale-free form; PDF strings. */
final class Ops {
  private Ops() {}

  /** A number with at most two decimals, no exponent, no trailing zeros: 12, 12.5, -0.25. */
  static StringBuilder num(StringBuilder sb, float v) {
    long hundredths = Math.round(v * 100.0);
    if (hundredths < 0) {
      sb.append('-');
      hundredths = -hundredths;
    }
    sb.append(hundredths / 100);
    int frac = (int) (hundredths % 100);
    if (frac != 0) {
      sb.append('.');
      if (frac % 10 == 0) {
        sb.append(frac / 10);
      } else {
        if (frac < 10) {
          sb.append('0');
        }
        sb.append(frac);
      }
    }
    return sb;
  }

  static StringBuilder nums(StringBuilder sb, float... vs) {
    for (float v : vs) {
      num(sb, v).append(' ');
    }
    return sb;
  }

  /** A literal string of ASCII text for marked-content properties: (Ticked: ). */
  static StringBuilder literal(StringBuilder sb, String ascii) {
    sb.append('(');
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c == '(' || c == ')' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c < 0x20 || c > 0x7e ? '?' : c);
    }
    return sb.append(')');
  }
}
