package org.evidencekit.anonymise.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Web addresses that point at a person: a profile, channel or page on a social platform
 * ({@code facebook.com/shanice.grant.5}, {@code youtube.com/@name}), a blog on a hosting platform
 * ({@code name.blogspot.com}), or any address whose path carries a name or a user name. The
 * whole address goes. Addresses of organisations ({@code www.ceop.police.uk},
 * {@code gov.uk/guidance}) stay.
 */
final class UrlRule extends Rule {
  private static final String TLD =
      "com|org|net|uk|fm|me|tv|io|ly|be|gl|info|biz|ie|app|gg|to|cc|us|eu|co|ac|gov|nhs|police|sch|blog|live"
          + "|xyz|site|online|pk|in|ng|gh|so|ro|pl|lt|sk|cz|vn|cn|de|fr|es|it|nl|ru|ua|tk|ws|link|page|social";
  private static final Pattern URL =
      Pattern.compile("(?:https?://)?(?:[A-Za-z0-9](?:[A-Za-z0-9_\\-]*[A-Za-z0-9])?\\.)+(?:" + TLD + ")"
          + "(?![A-Za-z0-9\\-])(?::\\d{2,5})?(?:/[^\\s<>\"'\\u201c\\u201d\\u2018\\u2019]*)?", Pattern.CASE_INSENSITIVE);
  /** Sites where a path names an account or person. */
  static final Set<String> SOCIAL =
      Words.set("facebook fb instagram instagr twitter x tiktok youtube youtu snapchat ask linkedin reddit twitch"
          + " onlyfans soundcloud pinterest vk kik t wa telegram discord spotify tumblr threads bsky mastodon"
          + " patreon cash venmo paypal linktr linktree wattpad deviantart flickr vimeo myspace bebo habbo"
          + " roblox steamcommunity github medium substack");
  /** Hosts whose subdomain is a user's own (name.blogspot.com). */
  static final Set<String> HOSTING =
      Words.set("blogspot wordpress tumblr wixsite weebly github substack livejournal blogger squarespace"
          + " carrd neocities webs yolasite jimdo");
  /** Path words of the platforms themselves, not a user. */
  static final Set<String> STRUCTURAL =
      Words.set("c channel user u users profile profiles p watch status statuses photo photos video videos"
          + " posts post pages page groups group in pub people story stories reel reels shorts tv live"
          + " home index search explore feed share sharer hashtag tag tags s v embed playlist list about"
          + " html htm php aspx en gb uk www com org net login signup help");

  private static final Set<String> TLDS = Words.set(TLD.replace('|', ' '));

  /**
   * Whether {@link #URL} can match at {@code s}: after an optional scheme, a run of host
   * characters holds a full stop followed by a whole top-level domain (letters, digits and
   * hyphens up to the next other character).
   */
  static boolean tldAhead(String text, int s) {
    int h = s;
    if (text.regionMatches(true, h, "https://", 0, 8)) {
      h += 8;
    } else if (text.regionMatches(true, h, "http://", 0, 7)) {
      h += 7;
    }
    return tldIn(text, s) || h != s && tldIn(text, h);
  }

  private static boolean tldIn(String text, int h) {
    int len = text.length();
    for (int k = h; k < len && hostChar(text.charAt(k)); k++) {
      if (text.charAt(k) != '.') {
        continue;
      }
      int w = k + 1;
      while (w < len && labelChar(text.charAt(w))) {
        w++;
      }
      if (w > k + 1 && w - k - 1 <= 6 && TLDS.contains(text.substring(k + 1, w).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean labelChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
  }

  private static boolean hostChar(char c) {
    return labelChar(c) || c == '_' || c == '.';
  }

  @Override
  String id() {
    return "url";
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    String text = d.text;
    int len = text.length();
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i]) {
        continue;
      }
      int e0 = t.end[i];
      if (!(e0 + 1 < len && text.charAt(e0) == '.' && Character.isLetterOrDigit(text.charAt(e0 + 1)))) {
        continue;
      }
      int s = t.start[i];
      // a scheme before the host: https://
      if (s >= 3 && text.startsWith("://", s - 3)) {
        int k = t.firstFrom(s) - 1;
        if (k >= 0) {
          s = t.start[k];
        }
      }
      if (!tldAhead(text, s)) {
        continue; // no ".com", ".uk" ... ends a host here: spare the expression
      }
      int e = d.look(URL, s, 300);
      if (e < 0 || !d.standsAlone(s, e)) {
        continue;
      }
      while (e > s && ".,;:!?)]}".indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      String url = text.substring(s, e);
      if (personal(d, url)) {
        d.add(EntityType.URL, s, e, 0.85, "url");
      } else {
        // an organisation's address: its words are not names
        for (int k = i; k < t.n && t.start[k] < e; k++) {
          d.kept[k] = true;
          d.covered[k] = true;
        }
      }
      i = t.firstFrom(e) - 1;
    }
  }

  static boolean personal(Doc d, String url) {
    String u = url.replaceFirst("(?i)^https?://", "");
    int slash = u.indexOf('/');
    String host = (slash >= 0 ? u.substring(0, slash) : u).toLowerCase(Locale.ROOT);
    String path = slash >= 0 ? u.substring(slash + 1) : "";
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    String[] labels = host.split("\\.");
    int first = labels[0].equals("www") || labels[0].equals("m") ? 1 : 0;
    boolean social = false;
    boolean hosting = false;
    for (int k = first; k < labels.length; k++) {
      social |= SOCIAL.contains(labels[k]) && k >= labels.length - 3;
      hosting |= HOSTING.contains(labels[k]) && k > first;
    }
    if (hosting && !HOSTING.contains(labels[first]) && !labels[first].equals("www")) {
      return true; // name.blogspot.com
    }
    if (path.isEmpty()) {
      return false;
    }
    String[] segs = path.split("[/?#&=]");
    for (String seg : segs) {
      if (seg.isEmpty()) {
        continue;
      }
      if (seg.startsWith("@") || seg.startsWith("~")) {
        return true;
      }
      String low = seg.toLowerCase(Locale.ROOT);
      if (social && !STRUCTURAL.contains(low) && !low.matches("[0-9]+") && !low.matches("[a-z]{1,2}")) {
        return true; // an account on a social platform
      }
      if (seg.indexOf('_') >= 0 && !low.matches("[a-z]+(?:_[a-z]+)*")) {
        return true; // a user name
      }
      List<String> parts = Segments.parts(seg);
      for (String p : parts) {
        if (Segments.personal(d, p, true)) {
          return true;
        }
      }
    }
    return false;
  }
}
