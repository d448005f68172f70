package org.evidencekit.anonymise.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * IP addresses: IPv4 dotted quads with every part at most 255, and IPv6 addresses (eight groups,
 * or fewer around one {@code ::}), validated by their structure; an optional port or prefix length
 * goes with them.
 */
final class IpAddressRule extends Rule {
  private static final Pattern V4 =
      Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/\\d{1,2})?(?!\\d|\\.\\d)");
  private static final Pattern V6 = Pattern.compile("(?<![0-9A-Za-z:.])[0-9A-Fa-f:]{2,39}(?:%[0-9A-Za-z]+)?(?:/\\d{1,3})?(?![0-9A-Za-z:])");

  @Override
  String id() {
    return "ip-address";
  }

  @Override
  void find(Doc d) {
    String text = d.text;
    Tokens t = d.t;
    int len = text.length();
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i]) {
        continue;
      }
      int s = t.start[i];
      int e0 = t.end[i];
      if (e0 + 1 >= len) {
        continue;
      }
      char after = text.charAt(e0);
      if (after == '.' && t.is(i, Tokens.ALL_DIGITS) && e0 - s <= 3 && Character.isDigit(text.charAt(e0 + 1))) {
        int e = d.look(V4, s, 24);
        if (e > 0 && valid4(d.matcher(V4))) {
          d.add(EntityType.IP_ADDRESS, s, e, 0.9, "ipv4");
          i = t.firstFrom(e) - 1;
        }
      } else if (after == ':' && e0 - s <= 4 && hex(text, s, e0) && (text.charAt(e0 + 1) == ':'
          || Character.digit(text.charAt(e0 + 1), 16) >= 0) || s >= 2 && text.startsWith("::", s - 2)) {
        int from = s >= 2 && text.startsWith("::", s - 2) ? s - 2 : s;
        int e = d.look(V6, from, 60);
        if (e > 0) {
          String c = text.substring(from, e);
          int cut = c.indexOf('%') >= 0 ? c.indexOf('%') : c.indexOf('/');
          if (valid6(cut >= 0 ? c.substring(0, cut) : c)) {
            d.add(EntityType.IP_ADDRESS, from, e, 0.9, "ipv6");
            i = t.firstFrom(e) - 1;
          }
        }
      }
    }
  }

  private static boolean hex(String text, int s, int e) {
    for (int k = s; k < e; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean valid4(Matcher m) {
    for (int g = 1; g <= 4; g++) {
      String p = m.group(g);
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 address: hex groups of one to four digits, eight of them or fewer around one "::". */
  static boolean valid6(String s) {
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    String[] parts = s.split(":", -1);
    int groups = 0;
    boolean letter = false;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        boolean edge = (i == 0 || i == parts.length - 1) && dbl >= 0;
        boolean inDouble = dbl >= 0;
        if (!edge && !inDouble) {
          return false;
        }
        continue;
      }
      if (p.length() > 4) {
        return false;
      }
      for (int k = 0; k < p.length(); k++) {
        char ch = p.charAt(k);
        if (Character.digit(ch, 16) < 0) {
          return false;
        }
        letter |= !Character.isDigit(ch);
      }
      groups++;
    }
    if (dbl < 0) {
      return groups == 8;
    }
    return groups >= 2 && groups <= 7 && (letter || groups >= 3);
  }
}
