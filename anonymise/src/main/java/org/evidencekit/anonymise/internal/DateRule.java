package org.evidencekit.anonymise.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Dates of birth, in every common format (02/05/1998, 2.5.98, 1998-05-02, 2 May 1998, 2nd of
 * May '98, May 2nd 1998, 19980502). A complete date is a date of birth when a cue says so (born,
 * DOB, d.o.b., date of birth, birthday, YOB; "was born" after it), when it stands in brackets or
 * after a comma right after a name ("Kayla (14/09/1999)"), or when its year is 2004 or earlier and
 * nothing marks it as an event's date ("on", "since", a weekday, an email's "Sent:"). Later
 * complete dates, and months, years and days without a cue, are ordinary dates and stay:
 * reporting periods, meetings, an email's headers.
 */
final class DateRule extends Rule {
  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
  private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern DMY =
      Pattern.compile("\\d{1,2}" + ORD + "(?:\\s+of)?[\\s\\-]+" + MONTH + ",?[\\s\\-]+((?:19|20)\\d{2}|'?\\d{2})(?![\\d:])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DM =
      Pattern.compile("\\d{1,2}" + ORD + "(?:\\s+of)?\\s+" + MONTH + "(?![a-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern MDY =
      Pattern.compile(MONTH + "\\s+\\d{1,2}" + ORD + ",?\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MY = Pattern.compile(MONTH + ",?\\s+(?:19|20)\\d{2}(?!\\d)", Pattern.CASE_INSENSITIVE);
  static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("\\d{1,2}[/.\\-](?:(?:19|20)\\d{2}|\\d{2})(?![\\d/])");
  /** "14 03 1999": a date written with spaces, read only after a cue. */
  private static final Pattern SPACED = Pattern.compile("(\\d{1,2}) (\\d{1,2}) ((?:19|20)\\d{2}|\\d{2})(?!\\d)");
  /** "(DOB)", "- d.o.b." right after a date. */
  private static final Pattern CUE_AFTER = Pattern.compile("^\\s*[(\\[,\\-\u2013]?\\s*(?:dob|d\\.o\\.b|date of birth|born)\\b");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}(?!\\d)");
  static final Pattern CUE =
      Pattern.compile("(?:\\bborn\\b|\\bdob\\b|\\bd\\.\\s?o\\.\\s?b\\b|\\bdate of birth|\\bbirth ?date|\\bbirthday|\\byob\\b"
          + "|\\byear of birth|\\bb\\.\\s*$)[^0-9]{0,28}$");
  private static final Pattern BORN_AFTER = Pattern.compile("^[^.;!?0-9]{0,30}\\b(?:was|were|is) born\\b");
  static final Set<String> MONTHS =
      Words.set("jan january feb february mar march apr april may jun june jul july aug august sep"
          + " sept september oct october nov november dec december");
  private static final Set<String> DOB_WORDS = Words.set("born in dob b of birth is was yob");
  private static final Pattern DOB_YEAR_CUE =
      Pattern.compile("(?:born(?: in)?|dob|d\\.o\\.b\\.?|date of birth|yob|year of birth)\\s*:?\\s*$");
  /** Words before a date that make it the date of an event, not of a birth. */
  private static final Set<String> EVENT_WORDS =
      Words.set("on since until till from by before after between dated and to than held of until"
          + " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri"
          + " sat sun sent date received created modified updated printed the next last review meeting"
          + " hearing trial visit");

  @Override
  String id() {
    return "date";
  }

  @Override
  boolean needsDigit() {
    return true; // each of its findings holds a digit
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    boolean months = d.anyHas(Vocab.MONTH);
    for (int i = 0; i < t.n; i++) {
      if (d.covered[i]) {
        continue;
      }
      int s = t.start[i];
      // a token that starts with a digit has one (the flag is read before the character)
      if (t.is(i, Tokens.DIGIT) && Character.isDigit(d.at(s))) {
        digitStart(d, i, s);
      } else if (months && d.has(i, Vocab.MONTH)) {
        monthStart(d, i, s);
      }
    }
  }

  private void digitStart(Doc d, int i, int s) {
    Tokens t = d.t;
    int te = t.end[i];
    char after = te < d.length() ? d.at(te) : ' ';
    int tokLen = te - s;
    boolean allDigits = t.is(i, Tokens.ALL_DIGITS);
    int e;
    if ((after == '/' || after == '.' || after == '-') && allDigits && te + 1 < d.length() && isAsciiDigit(d.at(te + 1))) {
      if (tokLen == 4 && (e = d.look(ISO, s)) > 0 && valid(d, ISO, true)) {
        date(d, s, e, year(d, ISO, 1), "date-iso");
        return;
      }
      if (tokLen <= 2 && numericShape(d, te) && (e = d.look(NUMERIC, s)) > 0 && valid(d, NUMERIC, false)) {
        date(d, s, e, year(d, NUMERIC, 4), "date-numeric");
        return;
      }
      if (tokLen <= 2 && monthYearShape(d, te) && cued(d, s) && (e = d.look(MONTH_YEAR_NUMERIC, s)) > 0) {
        d.add(EntityType.DATE_OF_BIRTH, s, e, 0.8, "dob-month-year");
        return;
      }
    }
    if (allDigits && tokLen <= 2 && after == ' ' && te + 1 < d.length() && isAsciiDigit(d.at(te + 1))
        && cued(d, s) && (e = d.look(SPACED, s)) > 0) {
      java.util.regex.Matcher m = d.matcher(SPACED);
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a >= 1 && a <= 31 && b >= 1 && b <= 12) {
        d.add(EntityType.DATE_OF_BIRTH, s, e, 0.85, "dob-spaced");
        return;
      }
    }
    int ni = i + 1 < t.n ? i + 1 : -1;
    // The keys read in place (a number's neighbours are often words of no class, whose keys
    // would be new strings); a month's word has class MONTH, which is the set MONTHS.
    boolean aged = i > 0 && (Window.keyIs(d, i - 1, "aged") || Window.keyIs(d, i - 1, "age"));
    boolean monthNext = !aged && ni >= 0 && (d.has(ni, Vocab.MONTH) || Window.keyIs(d, ni, "of"));
    if (tokLen <= 4 && monthNext && (e = d.look(DMY, s)) > 0) {
      date(d, s, e, year(d, DMY, 1), "date-dmy");
      return;
    }
    if (tokLen <= 4 && monthNext && (e = d.look(DM, s)) > 0) {
      if (cued(d, s)) {
        d.add(EntityType.DATE_OF_BIRTH, s, e, 0.8, "dob-day-month");
      }
      return;
    }
    if (allDigits && (tokLen == 4 || tokLen == 8) && i > 0 && DOB_WORDS.contains(t.key(i - 1))) {
      String b = d.before(s, 30);
      if (b.indexOf("born") < 0 && b.indexOf("dob") < 0 && b.indexOf("d.o") < 0 && b.indexOf("birth") < 0
          && b.indexOf("yob") < 0) {
        return;
      }
      if (tokLen == 4 && (e = d.look(YEAR, s)) > 0 && DOB_YEAR_CUE.matcher(b).find()) {
        d.add(EntityType.DATE_OF_BIRTH, s, e, 0.7, "dob-year");
        return;
      }
      if (tokLen == 8 && (e = d.look(EIGHT_DIGITS, s)) > 0 && cueIn(b)) {
        d.add(EntityType.DATE_OF_BIRTH, s, e, 0.7, "dob-digits");
      }
    }
  }

  private void monthStart(Doc d, int i, int s) {
    int e;
    // Both expressions need the month's word whole, then spaces and a digit (MDY) or a year's
    // first digit (MY): test that first.
    int k = d.t.end[i];
    if (k < d.length() && d.at(k) == '.') {
      k++;
    }
    int comma = k < d.length() && d.at(k) == ',' ? k + 1 : k;
    if (spacesThenDigit(d, k, false) && (e = d.look(MDY, s)) > 0) {
      date(d, s, e, year(d, MDY, 1), "date-mdy");
      return;
    }
    if (spacesThenDigit(d, comma, true) && cued(d, s) && (e = d.look(MY, s)) > 0) {
      d.add(EntityType.DATE_OF_BIRTH, s, e, 0.75, "dob-month-year");
    }
  }

  /** The year of group {@code g} of {@code p}'s last look ("1998", "98", "'98"), read in place. */
  private static int year(Doc d, Pattern p, int g) {
    Matcher m = d.matcher(p);
    int a = m.start(g);
    if (d.at(a) == '\'') {
      a++;
    }
    int v = number(d, a, m.end(g));
    if (m.end(g) - a == 2) {
      v += v <= 30 ? 2000 : 1900;
    }
    return v;
  }

  /** The value of the ASCII digits from {@code a} to {@code e} (a group of \d). */
  private static int number(Doc d, int a, int e) {
    int v = 0;
    for (int k = a; k < e; k++) {
      v = v * 10 + d.at(k) - '0';
    }
    return v;
  }

  /**
   * Whether {@link #NUMERIC} can match where one or two digits end at {@code sep} (a '/', '.' or
   * '-'): one or two digits (ASCII, as \d reads them) follow it, then the same separator. With
   * more, neither split of them is followed by the separator.
   */
  static boolean numericShape(Doc d, int sep) {
    int r = digitRun(d, sep + 1);
    int k = sep + 1 + r;
    return r >= 1 && r <= 2 && k < d.length() && d.at(k) == d.at(sep);
  }

  /**
   * Whether {@link #MONTH_YEAR_NUMERIC} can match where one or two digits end at {@code sep}: two
   * or four digits follow it (any other count leaves a digit after the year's two or four).
   */
  static boolean monthYearShape(Doc d, int sep) {
    int r = digitRun(d, sep + 1);
    return r == 2 || r == 4;
  }

  /** How many ASCII digits stand from {@code k}. */
  private static int digitRun(Doc d, int k) {
    int r = k;
    while (r < d.length() && isAsciiDigit(d.at(r))) {
      r++;
    }
    return r - k;
  }

  /**
   * Whether a date-of-birth cue stands in the 48 characters before {@code s} (in its line): the
   * words looked for in place, the string made only for the expression where one of them stands.
   */
  private static boolean cued(Doc d, int s) {
    int w = Window.before(d, s, 48);
    if (!mayHaveCue(d.lower(), w, s)) {
      return false; // none of the cues' words: spare the expression
    }
    return cueIn(d.lower().substring(w, s));
  }

  /**
   * {@code CUE.matcher(b).find()}, tried only where a match can start: after the last digit, where
   * the first letters of a cue stand, the bounds transparent so that {@code \b} sees the character
   * before.
   */
  private static boolean cueIn(String b) {
    int from = b.length();
    while (from > 0 && !isAsciiDigit(b.charAt(from - 1))) {
      from--;
    }
    Matcher m = null;
    for (int p = from; p < b.length(); p++) {
      if (!startsCue(b, p)) {
        continue;
      }
      if (m == null) {
        m = CUE.matcher(b);
        m.useTransparentBounds(true);
      }
      m.region(p, b.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@link #CUE}'s alternatives can start at {@code p}: its first letters stand there. */
  private static boolean startsCue(String b, int p) {
    char c = b.charAt(p);
    if (c == 'b') {
      return b.startsWith("born", p) || b.startsWith("birth", p) || b.startsWith("b.", p);
    }
    if (c == 'd') {
      return b.startsWith("dob", p) || b.startsWith("d.", p) || b.startsWith("date of birth", p);
    }
    return c == 'y' && (b.startsWith("yob", p) || b.startsWith("year of birth", p));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * At least one space ({@code \s}) from {@code k}, then the digits MDY's day can be (one or two)
   * or MY's year (four, from 19 or 20).
   */
  private static boolean spacesThenDigit(Doc d, int k, boolean year) {
    int n = d.length();
    int j = k;
    while (j < n && isRegexSpace(d.at(j))) {
      j++;
    }
    if (j == k || j >= n) {
      return false;
    }
    int r = j;
    while (r < n && isAsciiDigit(d.at(r))) {
      r++;
    }
    // MDY's day: one or two digits (then a suffix, a comma or a space, never a third digit);
    // MY's year: exactly four, 19.. or 20.. (a digit may not follow).
    if (!year) {
      return r - j == 1 || r - j == 2;
    }
    return r - j == 4 && (d.at(j) == '1' && d.at(j + 1) == '9' || d.at(j) == '2' && d.at(j + 1) == '0');
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether {@link #CUE} can match {@code b}: its match has no digit 0-9, so it lies after the
   * last one, and it holds one of "born", "dob", "of birth", "birthdate", "birth date",
   * "birthday", "yob", "d.o." (a space allowed after each full stop) or ends with "b." and spaces
   * (not "birth" alone: the anonymiser's own "[DATE_OF_BIRTH]" has it).
   */
  static boolean mayHaveCue(String b) {
    return mayHaveCue(b, 0, b.length());
  }

  /**
   * {@link #mayHaveCue(String)} of {@code s}'s characters from {@code w} to {@code to}, read in
   * place, in one pass over the words' first letters.
   */
  static boolean mayHaveCue(String s, int w, int to) {
    int from = to;
    while (from > w && !isAsciiDigit(s.charAt(from - 1))) {
      from--;
    }
    for (int k = from; k < to; k++) {
      switch (s.charAt(k)) {
        case 'b' -> {
          if (Window.at(s, k, to, "born") || Window.at(s, k, to, "birthdate") || Window.at(s, k, to, "birth date")
              || Window.at(s, k, to, "birthday")) {
            return true;
          }
        }
        case 'd' -> {
          if (Window.at(s, k, to, "dob") || dotO(s, k, to)) {
            return true;
          }
        }
        case 'o' -> {
          if (Window.at(s, k, to, "of birth")) {
            return true;
          }
        }
        case 'y' -> {
          if (Window.at(s, k, to, "yob")) {
            return true;
          }
        }
        default -> {
        }
      }
    }
    // The text without its trailing white space ends with "b."
    int q = to;
    while (q > w && Character.isWhitespace(s.charAt(q - 1))) {
      q--;
    }
    return q - w >= 2 && s.charAt(q - 2) == 'b' && s.charAt(q - 1) == '.';
  }

  /** "d." at {@code k}, then a white space or none, then "o." (all before {@code to}). */
  private static boolean dotO(String s, int k, int to) {
    if (k + 2 > to || s.charAt(k + 1) != '.') {
      return false;
    }
    int o = k + 2;
    if (o < to && Character.isWhitespace(s.charAt(o))) {
      o++;
    }
    return o + 1 < to && s.charAt(o) == 'o' && s.charAt(o + 1) == '.';
  }

  /**
   * Whether the day and month of {@code p}'s last look (ISO or NUMERIC) are a day and a month: read
   * from its groups in place (the same groups as a match of the matched text alone: the only
   * look-ahead is at the end, and sees the same character or none).
   */
  private static boolean valid(Doc d, Pattern p, boolean iso) {
    Matcher dm = d.matcher(p);
    int ga = iso ? 4 : 1;
    int a = number(d, dm.start(ga), dm.end(ga));
    int b = number(d, dm.start(3), dm.end(3));
    if (iso) {
      return a >= 1 && a <= 31 && b >= 1 && b <= 12;
    }
    return a >= 1 && b >= 1 && (a <= 31 && b <= 12 || a <= 12 && b <= 31);
  }

  /** A complete date: a date of birth, or an ordinary date that stays (see the class comment). */
  private static void date(Doc d, int s, int e, int year, String rule) {
    if (cued(d, s)) {
      d.add(EntityType.DATE_OF_BIRTH, s, e, 0.95, rule + "-cued");
      return;
    }
    // The words of the cues after the date looked for in place; the string made only for the
    // expressions, where one stands.
    String low = d.lower();
    int to = Window.after(d, e, 40);
    boolean born = Window.has(low, "born", e, to);
    if (born || cueAfter(low, e, to)) {
      String after = low.substring(e, to);
      if (born && BORN_AFTER.matcher(after).find() || CUE_AFTER.matcher(after).find()) {
        d.add(EntityType.DATE_OF_BIRTH, s, e, 0.9, rule + "-cued-after");
        return;
      }
    }
    Tokens t = d.t;
    int i = t.firstFrom(s) - 1;
    if (i >= 0 && besideName(d, i, s)) {
      d.add(EntityType.DATE_OF_BIRTH, s, e, 0.8, rule + "-beside-name");
      return;
    }
    if (year > 2004) {
      return; // an event of the years the evidence covers
    }
    String prev = i >= 0 ? t.key(i) : "";
    if (i >= 0 && EVENT_WORDS.contains(prev)) {
      return; // "on 12 March 2003": the date of an event
    }
    if (eventBefore(d, i)) {
      return; // "Report written 21/11/2001", "the review, 5 June 2002": a record's or a meeting's date
    }
    d.add(EntityType.DATE_OF_BIRTH, s, e, 0.6, rule);
  }

  /**
   * Whether "dob", "d.o.b" or "date of birth" stands between {@code e} and {@code to} of the lower
   * case: one pass over the letter 'd' they start with.
   */
  private static boolean cueAfter(String low, int e, int to) {
    for (int k = e; k < to; k++) {
      if (low.charAt(k) == 'd' && (Window.at(low, k, to, "dob") || Window.at(low, k, to, "d.o.b")
          || Window.at(low, k, to, "date of birth"))) {
        return true;
      }
    }
    return false;
  }

  /** Words of records and meetings, and verbs of writing and holding them, before a date. */
  private static final Set<String> EVENT_NOUNS =
      Words.set("meeting meetings report reports review reviews conference conferences minutes hearing visit"
          + " visits incident incidents referral referrals interview interviews assessment assessments letter"
          + " letters email emails notes note session sessions court trial entry entries log logged written"
          + " wrote dated held met reviewed convened completed submitted signed recorded reported received"
          + " closed opened referred visited interviewed arrested charged convicted sentenced happened"
          + " occurred discussed agreed updated issued published strategy plan plans statement statements"
          + " record records appointment appointments call calls chronology");
  private static final Set<String> BIRTH_WORDS = Words.set("born birth dob birthday age aged yob");

  /**
   * Whether a word of a record, a meeting or an event stands within the four words before the date
   * (in its sentence), and no word of birth does.
   */
  private static boolean eventBefore(Doc d, int i) {
    Tokens t = d.t;
    boolean event = false;
    for (int k = i; k >= 0 && k > i - 4; k--) {
      String key = t.key(k);
      if (BIRTH_WORDS.contains(key)) {
        return false;
      }
      event |= EVENT_NOUNS.contains(key);
      if (t.is(k, Tokens.SENTENCE_START)) {
        break;
      }
    }
    return event;
  }

  /** "Kayla (14/09/1999)", "Jodie Greenwood, 14.09.99,": a date right after a name. */
  private static boolean besideName(Doc d, int i, int s) {
    Tokens t = d.t;
    String gap = d.text.substring(t.end[i], s).strip();
    if (!(gap.equals("(") || gap.equals(",") || gap.equals("-") || gap.equals("\u2013") || gap.equals("[")
        || gap.equals(", (") || gap.equals(", born"))) {
      return false;
    }
    if (d.hasBase(i, Vocab.RELATION) && !gap.equals(",")) {
      return true; // "her baby (14/06/2011)"
    }
    return t.is(i, Tokens.CAP) && !MONTHS.contains(t.key(i)) && !Words.FUNCTION.contains(t.key(i))
        && !EVENT_WORDS.contains(t.key(i)) && !t.is(i, Tokens.DIGIT)
        && (d.spanAt(EntityType.PERSON, t.start[i]) || d.isNameWord(t.base(i)) || !d.isWordish(t.base(i)))
        && !d.kept[i];
  }
}
