package org.evidencekit.web.internal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random codes: session tokens, CSRF tokens, save-and-return codes and submission references.
 * Codes people read or type use letters and digits that cannot be confused (no 0/O, 1/I/L, U).
 */
public final class Codes {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] READABLE = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

  private Codes() {}

  /** A token of 256 random bits, URL-safe. */
  public static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Groups of readable characters joined by '-', such as "K7PX-M3QD-9RTA". */
  public static String readable(int groups, int perGroup) {
    StringBuilder sb = new StringBuilder();
    for (int g = 0; g < groups; g++) {
      if (g > 0) {
        sb.append('-');
      }
      for (int i = 0; i < perGroup; i++) {
        sb.append(READABLE[RANDOM.nextInt(READABLE.length)]);
      }
    }
    return sb.toString();
  }

  /**
   * A typed code made canonical: upper case, spaces and dashes dropped, letters people confuse
   * read as what they meant (O as 0 is not in the alphabet, so as ... it stays and fails).
   */
  public static String canonical(String typed) {
    StringBuilder sb = new StringBuilder();
    for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether two secrets are equal, in time that does not depend on where they differ. */
  public static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return java.security.MessageDigest.isEqual(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8), b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
