package org.evidencekit.anonymise.internal;

import java.util.Set;

/** Validators of identifiers with a structure: NHS numbers, NI number prefixes, drama phones. */
public final class Checksums {
  private Checksums() {}

  private static final Set<String> NI_UNUSED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  /** NHS number: ten digits, weights 10..2 on the first nine, check = 11 - (sum mod 11). */
  public static boolean nhsValid(String digits) {
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    if (check == 10) {
      return false;
    }
    return check == digits.charAt(9) - '0';
  }

  /** The check digit that makes these nine digits a valid NHS number, or -1 if none does. */
  public static int nhsCheckDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      return 0;
    }
    return check == 10 ? -1 : check;
  }

  /**
   * HMRC rules for the two prefix letters of a National Insurance number: D, F, I, Q, U, V never
   * used; O never second; BG, GB, KN, NK, NT, TN, ZZ not allocated.
   */
  public static boolean niPrefixValid(String prefix) {
    if (prefix.length() != 2) {
      return false;
    }
    char a = prefix.charAt(0);
    char b = prefix.charAt(1);
    if ("DFIQUV".indexOf(a) >= 0 || "DFIQUV".indexOf(b) >= 0 || b == 'O') {
      return false;
    }
    return !NI_UNUSED.contains(prefix);
  }

  /**
   * Ofcom's numbers kept for drama (national significant number, no leading 0): 07700 900000-999,
   * 01632 960000-999, the 496 0xxx ranges of the big cities, 020 7946 0xxx and others. Invented
   * data uses them; libphonenumber's strict validity rejects some of them.
   */
  public static boolean isDramaNumber(String nsn) {
    if (nsn.length() != 10) {
      return false;
    }
    if (nsn.startsWith("7700900") || nsn.startsWith("1632960")) {
      return true;
    }
    String area = nsn.substring(0, 3);
    if (nsn.startsWith("4960", 3)) {
      switch (area) {
        case "113": case "114": case "115": case "116": case "117": case "118":
        case "121": case "131": case "141": case "151": case "161":
          return true;
        default:
          break;
      }
    }
    return nsn.startsWith("2079460") || nsn.startsWith("1914980") || nsn.startsWith("2896496")
        || nsn.startsWith("2920180") || nsn.startsWith("3069990") || nsn.startsWith("8081570")
        || nsn.startsWith("9098790");
  }
}
