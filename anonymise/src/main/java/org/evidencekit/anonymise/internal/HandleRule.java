package org.evidencekit.anonymise.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Social media handles and user names: {@code @name}; names written like user names anywhere
 * ({@code kayzo_99}, {@code bradboi.x}, {@code tyzeek99}); and plain words after a platform and a
 * link word ("add me on insta its realkingtee", "BBM PIN 2A4F91C3", "his snap is kayzo").
 * A folder written like a user name after "folder" or "file" is a file name.
 */
final class HandleRule extends Rule {
  private static final Pattern AT_HANDLE = Pattern.compile("@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");
  static final Set<String> PLATFORMS =
      Words.set("snapchat snap snaps sc instagram insta ig gram tiktok tok kik twitter facebook fb messenger"
          + " whatsapp username usernames handle handles gamertag gamertags bbm skype youtube yt telegram"
          + " discord xbox psn playstation roblox fortnite twitch steam oovoo omegle tumblr reddit wechat"
          + " viber signal threads grindr tinder badoo bumble hinge plenty pof yubo wizz houseparty"
          + " onlyfans linkedin pinterest vsco ask.fm askfm line imo hangouts meetme minecraft netflix"
          + " spotify zoom teams facetime imessage bebo myspace habbo msn hotmail gmail");
  /** Words that may stand between a platform and the name on it. */
  static final Set<String> LINKS =
      Words.set("is was its it's called named as by on me add added name names username user id handle"
          + " account profile page tag pin code his her their my your the a an of under goes went go"
          + " uses used using from at with");
  private static final Set<String> FILE_CUES =
      Words.set("folder folders file files saved save named called directory drive document attachment"
          + " spreadsheet album");

  @Override
  String id() {
    return "handle";
  }

  @Override
  void find(Doc d) {
    atHandles(d);
    shapedHandles(d);
    cuedHandles(d);
  }

  private void atHandles(Doc d) {
    String text = d.text;
    int from = 0;
    while ((from = text.indexOf('@', from)) >= 0) {
      boolean free = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)) && text.charAt(from - 1) != ']';
      if (free && !coveredAt(d, from + 1)) {
        int he = d.look(AT_HANDLE, from);
        if (he > from + 1) {
          d.add(EntityType.SOCIAL_HANDLE, from, he, 0.85, "handle-at");
          from = he;
          continue;
        }
      }
      from++;
    }
  }

  private static boolean coveredAt(Doc d, int offset) {
    int i = d.t.firstFrom(offset);
    return i < d.t.n && d.t.start[i] == offset && d.covered[i];
  }

  /** Runs of letters, digits, '_' and '.' that only a user name has. */
  /**
   * Whether {@link #shapedHandles} may find one: each token it reads is joined to the next by '_'
   * or by '.' before a letter or digit, follows a '_', or has a digit ({@code RuleSkipTest}).
   */
  static boolean mayHaveShaped(Doc d) {
    return d.digits || d.text.indexOf('_') >= 0 || dotBeforeLetterOrDigit(d.text);
  }

  private void shapedHandles(Doc d) {
    if (mayHaveShaped(d)) {
      readShapes(d);
    }
  }

  /** The shaped handles of {@code d} (see {@link #mayHaveShaped}). */
  void readShapes(Doc d) {
    Tokens t = d.t;
    String text = d.text;
    int len = text.length();
    // Without a '_' beside a token not yet covered (the second look's tags, "[DATE_OF_BIRTH]",
    // are covered) or a '.' before a letter or digit, no token the loop reads is joined: then only
    // a token with both letters and digits is read, and a text without one not at all.
    boolean anyJoin = underscoreJoins(d) || dotBeforeLetterOrDigit(text);
    if (!anyJoin && !TokenFlags.any(t, Tokens.DIGIT | Tokens.LETTER)) {
      return; // nor has any token both letters and digits
    }
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i]) {
        continue;
      }
      int s = t.start[i];
      int te = t.end[i];
      boolean joined = anyJoin && (te < len && (text.charAt(te) == '_' || text.charAt(te) == '.' && te + 1 < len
          && Character.isLetterOrDigit(text.charAt(te + 1))) || s > 0 && text.charAt(s - 1) == '_');
      if (!joined && !(t.is(i, Tokens.DIGIT) && t.is(i, Tokens.LETTER))) {
        continue;
      }
      int e = s;
      boolean underscore = false;
      boolean dot = false;
      while (e < len) {
        char c = text.charAt(e);
        if (Character.isLetterOrDigit(c)) {
          e++;
        } else if (c == '_') {
          underscore = true;
          e++;
        } else if (c == '.' && e + 1 < len && Character.isLetterOrDigit(text.charAt(e + 1)) && e > s) {
          dot = true;
          e++;
        } else {
          break;
        }
      }
      // a leading underscore belongs too: _dez_
      if (s > 0 && text.charAt(s - 1) == '_') {
        underscore = true;
        while (s > 0 && (text.charAt(s - 1) == '_' || Character.isLetterOrDigit(text.charAt(s - 1)))) {
          s--;
        }
      }
      int last = t.firstFrom(e) - 1;
      if (!underscore && !dot) {
        if (mixedHandle(d, i)) {
          d.add(EntityType.SOCIAL_HANDLE, s, t.end[i], 0.6, "handle-shape");
        }
        continue;
      }
      if (last < i) {
        continue;
      }
      String run = text.substring(s, e);
      if (s > 0 && text.charAt(s - 1) == '@') {
        i = last;
        continue;
      }
      if (underscore ? handleParts(d, run) : dottedHandle(d, run, e)) {
        boolean file = d.wordBefore(i, FILE_CUES, 3);
        d.add(file ? EntityType.FILE_NAME : EntityType.SOCIAL_HANDLE, s, e, underscore ? 0.8 : 0.7,
            underscore ? "handle-underscore" : "handle-dotted");
      }
      i = last;
    }
  }

  /** An underscore run is a user name unless every part is a word, a number or an abbreviation. */
  private static boolean handleParts(Doc d, String run) {
    for (String p : run.split("[_.]")) {
      if (p.isEmpty()) {
        continue;
      }
      String low = p.toLowerCase(Locale.ROOT);
      if (low.chars().allMatch(Character::isDigit)) {
        continue;
      }
      if (low.length() >= 2 && (d.lex.isWord(low) || d.lex.isDerivedWord(low, false)
          || d.lex.acronyms.contains(p.toUpperCase(Locale.ROOT)) || Lexicon.TECH_WORDS.contains(low))
          && !d.isClearName(low)) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** "bradboi.x", "g.man", "prince.k" : small letters joined by dots, not an abbreviation. */
  private static boolean dottedHandle(Doc d, String run, int e) {
    if (!run.equals(run.toLowerCase(Locale.ROOT)) && !run.matches(".*\\d.*")) {
      return false; // "Leeds.Then": two sentences run together
    }
    String[] parts = run.split("\\.");
    int longest = 0;
    boolean odd = false;
    for (String p : parts) {
      longest = Math.max(longest, p.length());
      String low = p.toLowerCase(Locale.ROOT);
      if (!low.chars().allMatch(Character::isDigit) && !(low.length() >= 2 && d.lex.isWord(low)) || d.isClearName(low)) {
        odd = true;
      }
    }
    if (longest < 3 || run.matches("[0-9.]+") || run.matches("(?i)(?:[a-z]\\.)+[a-z]")) {
      return false; // 1.5, e.g, a.m
    }
    return odd;
  }

  /** "tyzeek99": four or more small letters that are no word, then digits. */
  private static boolean mixedHandle(Doc d, int i) {
    Tokens t = d.t;
    if (!t.is(i, Tokens.DIGIT) || !t.is(i, Tokens.LETTER) || t.is(i, Tokens.CAP) && !d.prevKey(i).isEmpty()
        && !d.wordBefore(i, PLATFORMS, 4)) {
      return false;
    }
    String k = t.key(i);
    int letters = 0;
    int cut = 0;
    while (cut < k.length() && Character.isLetter(k.charAt(cut))) {
      cut++;
    }
    String head = k.substring(0, cut);
    String tail = k.substring(cut);
    letters = head.length();
    if (letters < 4 || !tail.chars().allMatch(Character::isDigit) || tail.isEmpty() || tail.length() > 4) {
      return false;
    }
    return !d.lex.isWord(head) && !Lexicon.TECH_WORDS.contains(head) && !d.lex.acronyms.contains(head.toUpperCase(Locale.ROOT))
        || d.isClearName(head);
  }

  /**
   * Whether a '_' stands right after or right before a token that is not covered. Tokens only
   * become covered as the rules run, so none the loop below reads is joined by a '_' if none is
   * here.
   */
  private static boolean underscoreJoins(Doc d) {
    Tokens t = d.t;
    String text = d.text;
    for (int k = text.indexOf('_'); k >= 0; k = text.indexOf('_', k + 1)) {
      int next = t.firstFrom(k + 1);
      if (next < t.n && t.start[next] == k + 1 && !d.covered[next]
          || next > 0 && t.end[next - 1] == k && !d.covered[next - 1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean dotBeforeLetterOrDigit(String text) {
    for (int k = text.indexOf('.'); k >= 0 && k + 1 < text.length(); k = text.indexOf('.', k + 1)) {
      if (Character.isLetterOrDigit(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A plain word after a platform and link words: "snap is kayzo", "insta its realkingtee". */
  private void cuedHandles(Doc d) {
    Tokens t = d.t;
    if (!d.anyHas(Vocab.PLATFORM)) {
      return;
    }
    int lastPlatform = -100;
    for (int i = 1; i < t.n; i++) {
      if (d.has(i - 1, Vocab.PLATFORM)) {
        lastPlatform = i - 1;
      }
      if (i - lastPlatform > 5 || d.covered[i] || d.kept[i] || d.has(i, Vocab.PLATFORM)) {
        continue;
      }
      int p = -1;
      boolean linked = false;
      for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
        String g = t.gapAfter(k);
        if (!(g.isEmpty() || g.equals(":") || g.equals("-") || g.equals("\u2013") || g.equals("=") || g.equals("'")
            || g.equals("\""))) {
          break;
        }
        String kk = t.key(k);
        if (PLATFORMS.contains(kk)) {
          p = k;
          break;
        }
        if (!LINKS.contains(kk)) {
          break;
        }
        linked = true;
      }
      if (p < 0) {
        continue;
      }
      String key = t.key(i);
      String b = t.base(i);
      boolean gapColon = t.gapIs(i - 1, ":");
      if (Words.FUNCTION.contains(key) && !t.is(i, Tokens.DIGIT) || LINKS.contains(key)) {
        continue;
      }
      boolean word = d.isWordish(b) && !d.isNameWord(b);
      boolean odd = t.is(i, Tokens.DIGIT) || !d.isWordish(b) || d.isNameWord(b);
      if (!odd || word && !gapColon) {
        continue;
      }
      if (!linked && !gapColon && !t.is(i, Tokens.DIGIT) && t.is(i, Tokens.CAP)) {
        continue; // "Snapchat Stories", "Facebook Messenger"
      }
      if (!linked && !gapColon && !t.is(i, Tokens.DIGIT) && !d.isNameWord(b) && p == i - 1
          && !t.is(i, Tokens.LOWER)) {
        continue;
      }
      int e = t.end[i];
      d.add(EntityType.SOCIAL_HANDLE, t.start[i], e, 0.75, "handle-cued");
    }
  }
}
