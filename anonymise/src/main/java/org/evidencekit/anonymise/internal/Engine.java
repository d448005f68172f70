package org.evidencekit.anonymise.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.EntityType;
import org.evidencekit.anonymise.Span;

/**
 * Finds personal details in one text: pattern recognisers (with validators and context words)
 * tried only where a token can start them, then the name rules over the word tokens, then the
 * caller's own terms; spans over protected text (the anonymiser's own replacements) are dropped
 * and overlapping spans merged. Immutable and thread-safe; each call keeps its state in a
 * {@link Ctx}.
 */
public final class Engine {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final Pattern DATE_NUMERIC =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
  private static final Pattern DATE_ISO =
      Pattern.compile("((?:19|20)\\d{2})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern DATE_DMY =
      Pattern.compile(
          "\\d{1,2}" + ORD + "(?:\\s+of)?[\\s\\-]+" + MONTH + ",?[\\s\\-]+(?:(?:19|20)\\d{2}|'?\\d{2})(?![\\d:])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_DM =
      Pattern.compile("\\d{1,2}" + ORD + "(?:\\s+of)?\\s+" + MONTH + "(?![a-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_MDY =
      Pattern.compile(MONTH + "\\s+\\d{1,2}" + ORD + ",?\\s+(?:19|20)\\d{2}(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_MY =
      Pattern.compile(MONTH + ",?\\s+(?:19|20)\\d{2}(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}(?!\\d)");
  private static final Pattern DOB_CUE =
      Pattern.compile(
          "(?:\\bborn\\b|\\bdob\\b|\\bd\\.\\s?o\\.\\s?b\\b|date of birth|birth ?date|birthday|\\bb\\.\\s*$)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BORN_AFTER =
      Pattern.compile("^[^.;!?]{0,30}\\b(?:was|were|is) born\\b");
  private static final java.util.Set<String> MONTHS =
      Words.set("jan january feb february mar march apr april may jun june jul july aug august sep"
          + " sept september oct october nov november dec december");
  private static final java.util.Set<String> DOB_WORDS = Words.set("born in dob b of birth is was");
  private static final Pattern DOB_YEAR_CUE =
      Pattern.compile("(?:born(?: in)?|dob|d\\.o\\.b\\.?|date of birth)\\s*:?\\s*$");
  private static final java.util.Set<String> CODE_CUES =
      Words.set("reg registration plate plates vrm index crime case incident log occurrence file court"
          + " police reference ref urn report job custody referral number no num nos");
  private static final java.util.Set<String> SURNAME_VERBS =
      Words.set("said says told was is has had admitted denied pleaded claimed groomed raped");
  private static final java.util.Set<String> SPEECH_VERBS =
      Words.set("said says told admitted denied pleaded claimed groomed raped");
  private static final java.util.Set<String> COMPASS = Words.set("north south east west");
  private static final java.util.Set<String> SCHOOL_HEADS =
      Words.set("school academy college infants juniors prep unit high primary");
  private static final java.util.Set<String> PLACE_PREPS =
      Words.set("in near around across outside throughout");
  private static final java.util.Set<String> CUE_KEYS =
      Words.set("called named nicknamed aka alias as by is was himself herself themselves name's names");
  private static final java.util.Set<String> FLAT_WORDS = Words.set("flat apartment apt");
  private static final java.util.Set<String> STREET_WORDS =
      Words.set("street st road rd lane avenue ave close drive grove crescent terrace gardens mews way");
  private static final Pattern NHS = Pattern.compile("\\d{3}([\\s\\-]?)\\d{3}\\1\\d{4}(?![\\d])");
  private static final Pattern NHS_CUE = Pattern.compile("\\bnhs\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PHONE =
      Pattern.compile(
          "(?:\\+\\s?\\d{1,3}[\\s.\\-]?(?:\\(0\\)\\s?)?\\(?|\\(?0)\\d[\\d\\s.\\-()]{6,16}\\d(?!\\d)");
  private static final Pattern CASE_SLASH =
      Pattern.compile("\\d{2,4}/\\d{3,8}/\\d{2,4}(?![\\d/])");
  private static final Pattern CASE_LETTERS =
      Pattern.compile("[A-Z]{1,6}[/\\-]?\\d{2,}(?:[/\\-][A-Z0-9]{2,})+(?![A-Za-z0-9])");
  private static final Pattern CASE_CUE =
      Pattern.compile(
          "(?:crime|case|incident|log|occurrence|file|court|police|reference|ref|urn|report|job|"
              + "custody|referral)\\s*(?:ref(?:erence)?\\.?|no\\.?|number|num|nos?\\.?|#)?\\s*(?:is|was|:|#)?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CASE_CUED_TOKEN =
      Pattern.compile("[A-Za-z]{0,6}[/\\-]?\\d[A-Za-z0-9]*(?:[/\\-][A-Za-z0-9]+)*");
  private static final Pattern NI =
      Pattern.compile("([A-Z]{2})\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D](?![A-Za-z0-9])");
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?:GIR\\s?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW]?|\\d{2}|[A-HK-Y]\\d[ABEHMNPRVWXY]?|[A-HK-Y]\\d{2})"
              + "\\s?\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])");
  private static final Pattern VEHICLE_CURRENT =
      Pattern.compile("[A-HJ-PR-Y][A-HJ-PR-Y]\\d{2}\\s?[A-HJ-PR-Z]{3}(?![A-Za-z0-9])");
  private static final Pattern VEHICLE_PREFIX =
      Pattern.compile("[A-HJ-NP-Y]\\d{1,3}\\s?[A-HJ-PR-Y]{3}(?![A-Za-z0-9])");
  private static final Pattern VEHICLE_SUFFIX =
      Pattern.compile("[A-HJ-PR-Y]{3}\\s?\\d{1,3}[A-HJ-NP-Y](?![A-Za-z0-9])");
  private static final Pattern VEHICLE_DATELESS =
      Pattern.compile("(?:[A-Z]{1,3}\\s?\\d{1,4}|\\d{1,4}\\s?[A-Z]{1,3})(?![A-Za-z0-9])");
  private static final Pattern VEHICLE_CUE =
      Pattern.compile("(?:reg(?:istration)?|number ?plate|plate|vrm|index)\\.?\\s*(?:no\\.?|number|mark)?\\s*:?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-']+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
  private static final Pattern EMAIL_SPOKEN =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]+\\s*(?:\\s+at\\s+|\\(at\\)|\\[at\\])\\s*[A-Za-z0-9\\-]+"
              + "(?:(?:\\s*(?:\\s+dot\\s+|\\(dot\\)|\\[dot\\])\\s*|\\.(?=[A-Za-z0-9]))[A-Za-z0-9\\-]+)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");
  private static final Pattern HANDLE_CUE =
      Pattern.compile(
          "(?:snapchat|snap|instagram|insta|ig|tiktok|tik tok|kik|twitter|facebook|fb|whatsapp|"
              + "username|user name|user|handle|gamertag|gamer tag|profile|account|bbm|skype|"
              + "youtube|telegram|discord|xbox|psn|roblox)"
              + "(?:\\s+(?:name|username|handle|account|id|profile|page))?\\s*(?:is|was|called|named|:|-|of)?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLE_CUE_STRONG =
      Pattern.compile(
          "(?:snapchat|snap|instagram|insta|ig|tiktok|tik tok|kik|twitter|facebook|fb|whatsapp|"
              + "gamertag|gamer tag|bbm|skype|youtube|telegram|discord|xbox|psn|roblox|user|online)"
              + "(?:\\s+(?:name|username|user name|handle|account|id|profile|page|tag))?\\s*(?:is|was|called|named|as|:|-)\\s*$"
              + "|(?:snapchat|snap|instagram|insta|ig|tiktok|kik|twitter|facebook|fb|whatsapp|xbox|psn|roblox|discord|skype|telegram)"
              + "\\s+(?:name|username|user name|handle|id|tag)\\s*$|(?:username|user name|handle|gamertag)\\s*(?:is|was|:|-)?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final java.util.Set<String> PLATFORMS =
      Words.set("snapchat snap instagram insta ig tiktok tok kik twitter facebook fb whatsapp username"
          + " handle gamertag bbm skype youtube telegram discord xbox psn roblox");
  private static final Pattern HANDLE_BODY = Pattern.compile("[A-Za-z0-9_.]{2,30}");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:(?:Flat|Apartment|Apt|Unit|Room)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?,?\\s+"
              + "(?:[A-Z][\\p{L}'\\u2019\\-]*\\s+){1,3}(?:" + Words.STREET_SUFFIX + ")(?![\\p{L}])");
  private static final Pattern FLAT =
      Pattern.compile("(?:Flat|Apartment|Apt)\\s+\\d{1,4}[A-Za-z]?(?![A-Za-z0-9])");
  private static final Pattern STREET_ONLY =
      Pattern.compile(
          "(?:[A-Z][\\p{L}'\\u2019\\-]*\\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Grove"
              + "|Crescent|Terrace|Gardens|Mews|Way)(?![\\p{L}])");
  private static final Pattern INITIALS_DOTTED =
      Pattern.compile("[A-Z]\\.\\s?[A-Z]\\.?(?:\\s?[A-Z]\\.?)?(?![A-Za-z])");
  private static final Pattern PROTECTED_TAG = Pattern.compile("\\[[A-Z][A-Z_]*(?::[0-9a-f]{4,})?\\]");

  private final Lexicon lex;
  private final Set<String> pseudonymLabels;

  public Engine(Lexicon lex, Set<String> pseudonymLabels) {
    this.lex = lex;
    this.pseudonymLabels = pseudonymLabels;
  }

  /** All spans found in {@code text}, overlaps merged, sorted by start. */
  public List<Span> detect(String text, Terms terms) {
    Ctx c = new Ctx(text, terms);
    c.run();
    return Spans.resolve(c.spans, c.protectedRanges, c.allowed);
  }

  /** Merges overlapping spans as detection does (the higher score names the merged span). */
  public static List<Span> merge(List<Span> spans) {
    return Spans.resolve(spans, List.of(), List.of());
  }

  /** The per-call state of one detection. */
  private final class Ctx {
    final String text;
    final Terms terms;
    final Tokens t;
    final List<Span> spans = new ArrayList<>();
    final List<int[]> protectedRanges = new ArrayList<>();
    final List<int[]> allowed = new ArrayList<>();
    final boolean[] covered;
    final boolean[] kept;
    boolean strongRun;
    boolean weakStart;
    final java.util.IdentityHashMap<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();
    String lowerText;

    Ctx(String text, Terms terms) {
      this.text = text;
      this.terms = terms;
      this.t = new Tokens(text, lower());
      this.covered = new boolean[t.n];
      this.kept = new boolean[t.n];
    }

    String lower() {
      if (lowerText == null) {
        lowerText = text.toLowerCase(Locale.ROOT);
      }
      return lowerText;
    }

    void run() {
      protect();
      terms();
      symbols();
      patterns();
      keptPhrases();
      schools();
      cuedHandles();
      names();
    }

    void add(EntityType type, int s, int e, double score, String rule) {
      if (e <= s) {
        return;
      }
      spans.add(new Span(type, s, e, Math.min(1, score), rule));
      int i = t.firstFrom(s);
      // mark tokens overlapping the span
      int k = i > 0 ? i - 1 : 0;
      for (; k < t.n && t.start[k] < e; k++) {
        if (t.end[k] > s) {
          covered[k] = true;
        }
      }
    }

    /** Runs {@code p} anchored at {@code pos}; the end of the match, or -1. */
    int look(Pattern p, int pos) {
      Matcher mm = matchers.get(p);
      if (mm == null) {
        mm = p.matcher(text);
        mm.useTransparentBounds(true);
        mm.useAnchoringBounds(false);
        matchers.put(p, mm);
      }
      mm.region(pos, Math.min(text.length(), pos + 80));
      return mm.lookingAt() ? mm.end() : -1;
    }

    /** Lower-case text of up to {@code chars} before {@code pos}, within the sentence. */
    String before(int pos, int chars) {
      int b = Math.max(0, pos - chars);
      String s = lower().substring(b, pos);
      int nl = s.lastIndexOf('\n');
      return nl >= 0 ? s.substring(nl + 1) : s;
    }

    // ---------------------------------------------------------------- protected text

    void protect() {
      int from = 0;
      while ((from = text.indexOf('[', from)) >= 0) {
        int e = look(PROTECTED_TAG, from);
        if (e > 0) {
          protectedRanges.add(new int[] {from, e});
          from = e;
        } else {
          from++;
        }
      }
      if (!pseudonymLabels.isEmpty()) {
        for (int i = 0; i + 1 < t.n; i++) {
          if (t.is(i, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1)
              && isPseudonymCode(i + 1)) {
            for (String label : pseudonymLabels) {
              int li = matchesLabel(label, i);
              if (li >= 0) {
                protectedRanges.add(new int[] {t.start[li], t.end[i + 1]});
                break;
              }
            }
          }
        }
      }
    }

    boolean isPseudonymCode(int j) {
      int len = t.end[j] - t.start[j];
      if (len > 2) {
        return false;
      }
      for (int k = t.start[j]; k < t.end[j]; k++) {
        char ch = text.charAt(k);
        if (!(ch >= 'A' && ch <= 'Z')) {
          return false;
        }
      }
      return true;
    }

    /** If the label's words end at token i, the index of its first token; else -1. */
    int matchesLabel(String label, int i) {
      String[] w = Tokens.words(label.toLowerCase(Locale.ROOT));
      int first = i - w.length + 1;
      if (first < 0) {
        return -1;
      }
      for (int k = 0; k < w.length; k++) {
        if (!t.key(first + k).equals(w[k])) {
          return -1;
        }
      }
      return first;
    }

    // ---------------------------------------------------------------- caller's terms

    void terms() {
      if (terms == null || terms.isEmpty()) {
        return;
      }
      for (Terms.Term term : terms.remove()) {
        find(term.text(), term.caseSensitive(), (s, e) -> add(term.type(), s, e, 1.0, "term"));
      }
      for (String a : terms.allow()) {
        find(a, false, (s, e) -> allowed.add(new int[] {s, e}));
      }
    }

    void find(String needle, boolean caseSensitive, java.util.function.BiConsumer<Integer, Integer> hit) {
      String hay = caseSensitive ? text : lower();
      String n = caseSensitive ? needle : needle.toLowerCase(Locale.ROOT);
      if (n.isBlank()) {
        return;
      }
      int from = 0;
      while ((from = hay.indexOf(n, from)) >= 0) {
        int e = from + n.length();
        boolean left = from == 0 || !Character.isLetterOrDigit(hay.charAt(from - 1));
        boolean right = e >= hay.length() || !Character.isLetterOrDigit(hay.charAt(e));
        if (left && right) {
          hit.accept(from, e);
        }
        from = from + 1;
      }
    }

    // ---------------------------------------------------------------- emails, handles

    void symbols() {
      int from = 0;
      while ((from = text.indexOf('@', from)) >= 0) {
        int b = from;
        while (b > 0 && isEmailChar(text.charAt(b - 1))) {
          b--;
        }
        int e = b < from ? look(EMAIL, b) : -1;
        if (e > from) {
          while (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-') {
            e--;
          }
          add(EntityType.EMAIL, b, e, 0.95, "email");
          from = e;
          continue;
        }
        if (b == from && (from == 0 || text.charAt(from - 1) != ']')) {
          int he = look(HANDLE, from);
          if (he > from + 1) {
            add(EntityType.SOCIAL_HANDLE, from, he, 0.85, "handle-at");
            from = he;
            continue;
          }
        }
        from++;
      }
      String low = lower();
      if (low.indexOf("dot") >= 0 || low.indexOf("at)") >= 0 || low.indexOf("at]") >= 0) {
        Matcher sm = EMAIL_SPOKEN.matcher(text);
        while (sm.find()) {
          add(EntityType.EMAIL, sm.start(), sm.end(), 0.85, "email-spoken");
        }
      }
    }

    boolean isEmailChar(char ch) {
      return Character.isLetterOrDigit(ch) || ch == '.' || ch == '_' || ch == '-' || ch == '+'
          || ch == '%' || ch == '\'';
    }

    // ---------------------------------------------------------------- number-like patterns

    void patterns() {
      for (int i = 0; i < t.n; i++) {
        if (covered[i]) {
          continue;
        }
        int s = t.start[i];
        boolean digitStart = Character.isDigit(text.charAt(s));
        if (digitStart) {
          digitPatterns(i, s);
        } else if (t.is(i, Tokens.CAP)) {
          capPatterns(i, s);
        }
      }
    }

    void digitPatterns(int i, int s) {
      int len = text.length();
      int te = t.end[i];
      char after = te < len ? text.charAt(te) : ' ';
      int tokLen = te - s;
      boolean allDigits = t.is(i, Tokens.ALL_DIGITS);
      // A phone number may start with "+" or "(" just before the token.
      int ps = s;
      if (s > 0 && (text.charAt(s - 1) == '(' || text.charAt(s - 1) == '+')) {
        ps = s - 1;
        if (ps > 0 && text.charAt(ps - 1) == '+') {
          ps--;
        }
      }
      int e;
      boolean sep = after == '/' || after == '.' || after == '-';
      // Dates first: they are read before numbers that look like phones.
      if (sep && allDigits) {
        if (tokLen == 4 && (e = look(DATE_ISO, s)) > 0 && validDate(s, e, true)) {
          date(s, e, true, "date-iso");
          return;
        }
        if (tokLen <= 2 && (e = look(DATE_NUMERIC, s)) > 0 && validDate(s, e, false)) {
          date(s, e, true, "date-numeric");
          return;
        }
      }
      int ni = i + 1 < t.n ? i + 1 : -1;
      boolean aged = i > 0 && (t.key(i - 1).equals("aged") || t.key(i - 1).equals("age"));
      boolean monthNext = !aged && ni >= 0 && (MONTHS.contains(t.key(ni)) || t.key(ni).equals("of"));
      if (tokLen <= 4 && monthNext && (e = look(DATE_DMY, s)) > 0) {
        date(s, e, true, "date-dmy");
        return;
      }
      if (after == '/' && allDigits && (e = look(CASE_SLASH, s)) > 0) {
        add(EntityType.CASE_REF, s, e, 0.8, "case-ref");
        return;
      }
      boolean nhsShape = allDigits && (tokLen == 3 || tokLen == 10);
      // NHS numbers before phones: loose phone matching would take a bare NHS number.
      if (nhsShape && (e = look(NHS, s)) > 0) {
        String digits = digits(s, e);
        boolean cued = NHS_CUE.matcher(before(s, 40)).find();
        if (Checksums.nhsValid(digits)) {
          add(EntityType.NHS_NUMBER, s, e, cued ? 1.0 : 0.9, "nhs-checksum");
          return;
        }
        if (cued) {
          add(EntityType.NHS_NUMBER, s, e, 0.75, "nhs-cued");
          return;
        }
      }
      if ((text.charAt(s) == '0' || ps < s) && (e = phone(ps)) > 0) {
        return;
      }
      if (nhsShape && text.charAt(s) != '0' && (e = look(NHS, s)) > 0) {
        // Ten digits grouped like an NHS number, checksum wrong, no cue: where unsure, remove.
        add(EntityType.NHS_NUMBER, s, e, 0.55, "nhs-shape");
        return;
      }
      if (tokLen <= 4 && monthNext && (e = look(DATE_DM, s)) > 0) {
        if (DOB_CUE.matcher(before(s, 40)).find()) {
          add(EntityType.DATE_OF_BIRTH, s, e, 0.8, "dob-day-month");
        }
        return;
      }
      String b = null;
      if (allDigits && (tokLen == 4 || tokLen == 8) && i > 0 && DOB_WORDS.contains(t.key(i - 1))) {
        b = before(s, 30);
        if (tokLen == 4 && (e = look(YEAR, s)) > 0 && DOB_YEAR_CUE.matcher(b).find()) {
          add(EntityType.DATE_OF_BIRTH, s, e, 0.7, "dob-year");
          return;
        }
        if (tokLen == 8 && (e = look(EIGHT_DIGITS, s)) > 0 && DOB_CUE.matcher(b).find()) {
          add(EntityType.DATE_OF_BIRTH, s, e, 0.7, "dob-digits");
          return;
        }
      }
      if (i > 0 && cueWordBefore(i, CODE_CUES)) {
        b = b != null ? b : before(s, 30);
        if (VEHICLE_CUE.matcher(b).find() && (e = look(VEHICLE_DATELESS, s)) > 0) {
          add(EntityType.VEHICLE_REG, s, e, 0.7, "vehicle-cued");
          return;
        }
        if (CASE_CUE.matcher(b).find() && (e = look(CASE_CUED_TOKEN, s)) > 0 && digitCount(s, e) >= 4
            && !(e - s == 4 && look(YEAR, s) == e)) {
          add(EntityType.CASE_REF, s, e, 0.75, "case-ref-cued");
          return;
        }
      }
      if (tokLen <= 5 && ni >= 0 && t.is(ni, Tokens.CAP) && (e = look(ADDRESS, s)) > 0) {
        add(EntityType.ADDRESS, s, e, 0.85, "address");
      }
    }

    /** Whether a digit follows at {@code pos}, after at most one space, slash or hyphen. */
    boolean digitSoonAfter(int pos) {
      int len = text.length();
      if (pos < len && (text.charAt(pos) == ' ' || text.charAt(pos) == '/' || text.charAt(pos) == '-')) {
        pos++;
      }
      return pos < len && text.charAt(pos) >= '0' && text.charAt(pos) <= '9';
    }

    /** Whether one of the three words before token i is in the set. */
    boolean cueWordBefore(int i, java.util.Set<String> cues) {
      for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
        if (cues.contains(t.key(k))) {
          return true;
        }
      }
      return false;
    }

    void capPatterns(int i, int s) {
      int e;
      char c0 = text.charAt(s);
      if (c0 < 'A' || c0 > 'Z') {
        return;
      }
      int tokLen = t.end[i] - s;
      boolean hasDigit = t.is(i, Tokens.DIGIT);
      boolean codeLike = hasDigit
          || (t.is(i, Tokens.ALL_CAPS) || tokLen == 1) && tokLen <= 6 && digitSoonAfter(t.end[i]);
      if (codeLike) {
        if ((hasDigit || tokLen == 3) && (e = look(POSTCODE, s)) > 0 && hasDigit(s, e)) {
          add(EntityType.POSTCODE, s, e, 0.9, "postcode");
          return;
        }
        if ((e = look(NI, s)) > 0) {
          String prefix = text.substring(s, s + 2);
          boolean valid = Checksums.niPrefixValid(prefix);
          add(EntityType.NI_NUMBER, s, e, valid || prefix.equals("QQ") ? 0.9 : 0.6, "ni-number");
          return;
        }
        if ((e = look(VEHICLE_CURRENT, s)) > 0) {
          add(EntityType.VEHICLE_REG, s, e, 0.85, "vehicle-current");
          return;
        }
        if ((e = look(CASE_LETTERS, s)) > 0) {
          add(EntityType.CASE_REF, s, e, 0.8, "case-ref-letters");
          return;
        }
        boolean cueNear = i > 0 && cueWordBefore(i, CODE_CUES);
        String b = cueNear ? before(s, 30) : "";
        boolean vehicleCue = cueNear && VEHICLE_CUE.matcher(b).find();
        if ((e = look(VEHICLE_PREFIX, s)) > 0 || (e = look(VEHICLE_SUFFIX, s)) > 0) {
          add(EntityType.VEHICLE_REG, s, e, vehicleCue ? 0.9 : 0.65, "vehicle-old");
          return;
        }
        if (vehicleCue && (e = look(VEHICLE_DATELESS, s)) > 0 && hasDigit(s, e)) {
          add(EntityType.VEHICLE_REG, s, e, 0.7, "vehicle-cued");
          return;
        }
        if (cueNear && hasDigitToken(i) && CASE_CUE.matcher(b).find() && (e = look(CASE_CUED_TOKEN, s)) > 0
            && digitCount(s, e) >= 3) {
          add(EntityType.CASE_REF, s, e, 0.75, "case-ref-cued");
          return;
        }
      }
      String key = t.key(i);
      if (MONTHS.contains(key)) {
        if ((e = look(DATE_MDY, s)) > 0) {
          date(s, e, true, "date-mdy");
          return;
        }
        if ((e = look(DATE_MY, s)) > 0) {
          if (DOB_CUE.matcher(before(s, 40)).find()) {
            add(EntityType.DATE_OF_BIRTH, s, e, 0.75, "dob-month-year");
          }
          return;
        }
      }
      if (FLAT_WORDS.contains(key) && (e = look(FLAT, s)) > 0) {
        int a = look(ADDRESS, s);
        add(EntityType.ADDRESS, s, Math.max(a, e), 0.8, "address-flat");
        return;
      }
      boolean suffixAhead = false;
      for (int k = i + 1; k < t.n && k <= i + 3; k++) {
        if (STREET_WORDS.contains(t.key(k))) {
          suffixAhead = true;
          break;
        }
      }
      if (suffixAhead && (e = look(STREET_ONLY, s)) > 0 && !Words.FUNCTION.contains(key)) {
        // A street without a house number: street level still points at a home.
        int last = t.firstFrom(e) - 1;
        if (last >= 0 && !covered[last] && !streetIsOrg(i, last)) {
          add(EntityType.ADDRESS, s, e, 0.6, "street");
        }
      }
    }

    boolean streetIsOrg(int first, int last) {
      // "Downing Street" and other kept names.
      return lex.organisations.match(t, first) > 0 || lex.places.match(t, first) >= last - first + 1;
    }

    boolean hasDigit(int s, int e) {
      for (int k = s; k < e; k++) {
        if (Character.isDigit(text.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    boolean hasDigitToken(int i) {
      return t.is(i, Tokens.DIGIT) || (i + 1 < t.n && t.is(i + 1, Tokens.DIGIT) && t.start[i + 1] - t.end[i] <= 1);
    }

    int digitCount(int s, int e) {
      int c = 0;
      for (int k = s; k < e; k++) {
        if (Character.isDigit(text.charAt(k))) {
          c++;
        }
      }
      return c;
    }

    String digits(int s, int e) {
      StringBuilder sb = new StringBuilder(e - s);
      for (int k = s; k < e; k++) {
        char ch = text.charAt(k);
        if (Character.isDigit(ch)) {
          sb.append(ch);
        }
      }
      return sb.toString();
    }

    boolean validDate(int s, int e, boolean iso) {
      Matcher dm = (iso ? DATE_ISO : DATE_NUMERIC).matcher(text.substring(s, e));
      if (!dm.matches()) {
        return false;
      }
      int a = Integer.parseInt(iso ? dm.group(4) : dm.group(1));
      int b = Integer.parseInt(dm.group(3));
      if (iso) {
        return a >= 1 && a <= 31 && b >= 1 && b <= 12;
      }
      // day/month (UK) or month/day (US)
      return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
    }

    /** A complete date: a date of birth when cued, or when nothing says it is an event's. */
    void date(int s, int e, boolean complete, String rule) {
      String b = before(s, 48);
      if (DOB_CUE.matcher(b).find()) {
        add(EntityType.DATE_OF_BIRTH, s, e, 0.95, rule + "-cued");
        return;
      }
      String after = lower().substring(e, Math.min(text.length(), e + 40));
      if (BORN_AFTER.matcher(after).find()) {
        add(EntityType.DATE_OF_BIRTH, s, e, 0.9, rule + "-cued-after");
        return;
      }
      int i = t.firstFrom(s) - 1;
      String prev = i >= 0 && !t.gapHasPunctuation(i, i + 1 < t.n ? i + 1 : i) ? t.key(i) : "";
      if (i >= 0 && t.end[i] <= s && Words.EVENT_PREPS.contains(prev)) {
        return; // "on 12 March 2013": the date of an event
      }
      if (i >= 0 && t.end[i] <= s && (prev.equals("the") || prev.equals("until") || prev.equals("date"))) {
        return;
      }
      add(EntityType.DATE_OF_BIRTH, s, e, 0.55, rule);
    }

    int phone(int s) {
      int e = look(PHONE, s);
      if (e < 0) {
        return -1;
      }
      // Trim trailing groups until the number is valid (a phone followed by other numbers).
      String cand = text.substring(s, e);
      for (int tries = 0; tries < 4 && !cand.isEmpty(); tries++) {
        double score = phoneScore(cand);
        if (score > 0) {
          int end = s + cand.length();
          while (end > s && !Character.isDigit(text.charAt(end - 1))) {
            end--;
          }
          add(EntityType.PHONE, s, end, score, "phone");
          return end;
        }
        int cut = Math.max(cand.lastIndexOf(' '), Math.max(cand.lastIndexOf('-'), cand.lastIndexOf('.')));
        if (cut <= 0) {
          break;
        }
        cand = cand.substring(0, cut).strip();
      }
      return -1;
    }

    // ---------------------------------------------------------------- places and organisations

    void keptPhrases() {
      for (int i = 0; i < t.n; i++) {
        if (covered[i] || !(t.is(i, Tokens.CAP) || t.is(i, Tokens.ALL_CAPS) || t.is(i, Tokens.DIGIT))) {
          continue;
        }
        int n = lex.organisations.match(t, i);
        if (n > 0) {
          for (int k = i; k < i + n; k++) {
            kept[k] = true;
          }
          i += n - 1;
          continue;
        }
        n = lex.places.match(t, i);
        if (n > 0) {
          if (n == 1 && (lex.isFirstName(t.base(i)) || isTitleBefore(i))
              && !placeContext(i)) {
            continue; // "Jordan said": a name, not the country
          }
          for (int k = i; k < i + n; k++) {
            kept[k] = true;
          }
          i += n - 1;
        }
      }
    }

    boolean placeContext(int i) {
      if (i > 0 && !t.gapHasPunctuation(i - 1, i)) {
        String p = t.key(i - 1);
        if (p.equals("in") || p.equals("at") || p.equals("from") || p.equals("to") || p.equals("near")
            || p.equals("around") || p.equals("across") || p.equals("into") || p.equals("via")
            || p.equals("outside") || p.equals("of") || p.equals("north")
            || p.equals("south") || p.equals("east") || p.equals("west") || p.equals("central")) {
          return true;
        }
      }
      if (i > 1 && (t.key(i - 1).equals("and") || t.gapAfter(i - 1).equals(",")) && kept[i - 2]) {
        return true; // "Leeds and Bradford"
      }
      if (i > 0 && t.gapAfter(i - 1).equals(",") && kept[i - 1]) {
        return true; // "Telford, Oldham"
      }
      return i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && Words.HEADS.contains(t.base(i + 1));
    }

    boolean isTitleBefore(int i) {
      return i > 0 && Words.TITLES.contains(t.key(i - 1)) && t.is(i - 1, Tokens.CAP)
          && !Words.WORD_TITLES.contains(t.key(i - 1));
    }

    // ---------------------------------------------------------------- schools

    void schools() {
      for (int i = 0; i < t.n; i++) {
        if (!t.is(i, Tokens.CAP) || covered[i] || !SCHOOL_HEADS.contains(t.base(i))) {
          continue;
        }
        String k = t.base(i);
        boolean bareHead = (k.equals("high") || k.equals("primary") || k.equals("juniors"))
            && !(i + 1 < t.n && t.is(i + 1, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1));
        boolean head = bareHead || k.equals("school") || k.equals("academy") || k.equals("college")
            || k.equals("infants") || k.equals("juniors") || k.equals("prep")
            || (k.equals("unit") && i > 0 && t.key(i - 1).equals("referral"));
        if (!head) {
          continue;
        }
        if (i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && t.key(i + 1).equals("of")) {
          continue; // "College of Policing"
        }
        int b = i;
        boolean named = false;
        while (b - 1 >= 0) {
          int p = b - 1;
          String gap = text.substring(t.end[p], t.start[b]);
          if (!gap.isBlank() && !gap.equals(".") && !gap.equals(". ") && !gap.equals("-")) {
            break;
          }
          String pk = t.base(p);
          boolean cap = t.is(p, Tokens.CAP) || t.is(p, Tokens.DIGIT);
          boolean joiner = (pk.equals("of") || pk.equals("and") || pk.equals("the") || pk.equals("&"))
              && p - 1 >= 0 && t.is(p - 1, Tokens.CAP);
          if (!cap && !joiner) {
            break;
          }
          if (t.is(p, Tokens.SENTENCE_START) && lex.isWord(pk) && !Words.GENERIC_SCHOOL.contains(pk)
              && !lex.isFirstName(pk) && !pk.equals("st")) {
            break; // "Schools ..." / "Every Academy ..."
          }
          if (!Words.GENERIC_SCHOOL.contains(pk)) {
            named = true;
          }
          b = p;
        }
        while (b < i && Words.GENERIC_SCHOOL.contains(t.base(b)) && t.is(b, Tokens.SENTENCE_START)) {
          b++;
        }
        while (b < i && (t.base(b).equals("the") || t.base(b).equals("a"))) {
          b++;
        }
        if (named) {
          add(EntityType.SCHOOL, t.start[b], t.end[i], 0.9, "school");
        }
      }
    }

    // ---------------------------------------------------------------- handles after a cue

    void cuedHandles() {
      boolean[] platformAt = new boolean[t.n];
      boolean anyPlatform = false;
      for (int i = 0; i < t.n; i++) {
        if (t.is(i, Tokens.LETTER) && !t.is(i, Tokens.DIGIT) && PLATFORMS.contains(t.key(i))) {
          platformAt[i] = true;
          anyPlatform = true;
        }
      }
      if (!anyPlatform) {
        return;
      }
      for (int i = 1; i < t.n; i++) {
        if (covered[i]) {
          continue;
        }
        if (t.gapHasPunctuation(i - 1, i)) {
          String g = t.gapAfter(i - 1);
          if (!(g.equals(":") || g.equals("-"))) {
            continue;
          }
        }
        boolean platform = false;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
          if (platformAt[k]) {
            platform = true;
            break;
          }
        }
        if (!platform) {
          continue;
        }
        String key = t.key(i);
        if (Words.FUNCTION.contains(key)) {
          continue;
        }
        String b = before(t.start[i], 40);
        boolean strong = HANDLE_CUE_STRONG.matcher(b).find();
        boolean weak = !strong && HANDLE_CUE.matcher(b).find();
        if (!strong && !weak) {
          continue;
        }
        int e = look(HANDLE_BODY, t.start[i]);
        if (e < 0) {
          continue;
        }
        while (e > t.start[i] && text.charAt(e - 1) == '.') {
          e--;
        }
        String body = text.substring(t.start[i], e);
        boolean odd = body.matches(".*[0-9_.].*") || !isWordish(t.base(i));
        if (strong || odd && !kept[i] && !lex.nonPersons.contains(t.base(i))) {
          add(EntityType.SOCIAL_HANDLE, t.start[i], e, strong ? 0.85 : 0.7, "handle-cued");
        }
      }
    }

    // ---------------------------------------------------------------- names

    /** Whether token j can stand inside a name that has begun. */
    boolean nameContinues(int j) {
      if (covered[j] || !t.is(j, Tokens.CAP) || t.is(j, Tokens.DIGIT)) {
        return false;
      }
      String b = t.base(j);
      boolean headSurname = Words.HEADS.contains(b) && lex.isSurname(b)
          && !(j + 1 < t.n && t.is(j + 1, Tokens.CAP) && !t.gapHasPunctuation(j, j + 1));
      boolean titleCaseAhead = j + 1 < t.n && t.is(j + 1, Tokens.CAP) && !t.gapHasPunctuation(j, j + 1);
      if (strongRun && !(weakStart && isWordish(b) && titleCaseAhead)
          && (!Words.HEADS.contains(b) || headSurname) && !lex.nonPersons.contains(b) && !Words.TITLES.contains(b)
          && !(kept[j] && !lex.isSurname(b)) && !lex.acronyms.contains(t.raw(j)) && !Words.FUNCTION.contains(b)
          && !t.is(j, Tokens.ALL_CAPS)) {
        return true; // after a known first name or a title: Sarah Fielding, Adnan Sheikh
      }
      if (lex.isFirstName(b) || lex.isSurname(b)) {
        return !Words.HEADS.contains(b) || !lex.isWord(b);
      }
      if (kept[j] || lex.nonPersons.contains(b) || Words.TITLES.contains(b) || Words.HEADS.contains(b)) {
        return false;
      }
      if (t.is(j, Tokens.ALL_CAPS) && lex.acronyms.contains(t.raw(j))) {
        return false;
      }
      if (t.end[j] - t.start[j] == 1) {
        return true; // a middle initial
      }
      return !isWordish(b);
    }

    boolean isWordish(String b) {
      if (lex.isWord(b) || lex.isDerivedWord(b, false)) {
        return true;
      }
      int h = b.indexOf('-');
      if (h > 0) {
        boolean allNames = true;
        for (String part : b.split("-")) {
          if (!lex.isWord(part)) {
            return false;
          }
          allNames &= lex.isFirstName(part) || lex.isSurname(part);
        }
        return !allNames; // "Destiny-Rose" is a name, "long-term" a word
      }
      return false;
    }

    boolean isNameWord(String b) {
      if (lex.isFirstName(b) || lex.isSurname(b)) {
        return true;
      }
      int h = b.indexOf('-');
      if (h > 0) {
        boolean any = false;
        for (String part : b.split("-")) {
          if (lex.isFirstName(part) || lex.isSurname(part)) {
            any = true;
          } else if (lex.isWord(part)) {
            return false;
          }
        }
        return any;
      }
      return false;
    }

    /** The last token of the name that starts at token i. */
    int run(int i) {
      String b = t.base(i);
      // After a known name, a title, a cue or an unknown capitalised word (Ousmane Sow), the next
      // capitalised word is part of the name unless it is a place, organisation or head word.
      boolean strong = lex.isFirstName(b) && !lex.isWord(b) || lex.isSurname(b) && !lex.isWord(b)
          || i > 0 && Words.TITLES.contains(t.key(i - 1)) || cue(i) > 0
          || !isWordish(b) && !isNameWord(b) && !t.is(i, Tokens.ALL_CAPS);
      strongRun = strong;
      weakStart = !isNameWord(b) && !(i > 0 && Words.TITLES.contains(t.key(i - 1))) && cue(i) == 0;
      try {
        return runFrom(i);
      } finally {
        strongRun = false;
        weakStart = false;
      }
    }

    int runFrom(int i) {
      int k = i;
      while (k + 1 < t.n) {
        int j = k + 1;
        String gap = text.substring(t.end[k], t.start[j]);
        boolean initialDot = t.end[k] - t.start[k] == 1 && (gap.equals(". ") || gap.equals("."));
        if (!gap.equals(" ") && !initialDot) {
          if (gap.length() == 2 && gap.charAt(0) == ' ' && isQuoteGap(gap) && j < t.n) {
            // Anthony 'Tony' Okoro
            int close = quotedEnd(k);
            if (close > 0 && close + 1 < t.n && nameContinues(close + 1)) {
              k = close + 1;
              continue;
            }
          }
          break;
        }
        if (nameContinues(j)) {
          k = j;
          continue;
        }
        String jk = t.key(j);
        if (Words.PARTICLES.contains(jk) && j + 1 < t.n && " ".equals(text.substring(t.end[j], t.start[j + 1]))
            && nameContinues(j + 1)) {
          k = j + 1;
          continue;
        }
        break;
      }
      return k;
    }

    boolean isQuoteGap(String gap) {
      String g = gap.strip();
      return g.equals("'") || g.equals("\"") || g.equals("\u2018") || g.equals("\u201c");
    }

    /** The last token inside a quotation that opens right after token k, or -1. */
    int quotedEnd(int k) {
      for (int j = k + 1; j < t.n && j <= k + 6; j++) {
        String gap = text.substring(t.end[j], j + 1 < t.n ? t.start[j + 1] : text.length()).strip();
        if (gap.startsWith("'") || gap.startsWith("\"") || gap.startsWith("\u2019") || gap.startsWith("\u201d")) {
          return j;
        }
        if (!gap.isEmpty()) {
          return -1;
        }
      }
      return -1;
    }

    void person(int i, int last, double score, String rule) {
      add(EntityType.PERSON, t.start[i], t.baseEnd(last), score, rule);
    }

    void names() {
      for (int i = 0; i < t.n; i++) {
        if (covered[i]) {
          continue;
        }
        int next = nameAt(i);
        if (next > i) {
          i = next;
        }
      }
      // A first name that is also a word, joined to a name found: "jade and Kyle", "Kyle and jade".
      for (int i = 0; i < t.n; i++) {
        boolean quoted = t.is(i, Tokens.CAP) && isQuoteOpen(i) && t.end[i] < text.length()
            && "'\"\u2019\u201d".indexOf(text.charAt(t.end[i])) >= 0;
        if (covered[i] || kept[i] || !(quoted || lex.isFirstName(t.base(i))) || Words.FUNCTION.contains(t.key(i))) {
          continue;
        }
        boolean before = i >= 2 && isJoin(i - 1) && covered[i - 2] && (quoted || !t.gapHasPunctuation(i - 1, i));
        boolean after = i + 2 < t.n && isJoin(i + 1) && covered[i + 2] && (quoted || !t.gapHasPunctuation(i, i + 1));
        if ((before || after) && (t.is(i, Tokens.LOWER) || t.is(i, Tokens.CAP)) && personAt(before ? i - 2 : i + 2)) {
          person(i, i, 0.6, "name-joined");
        }
      }
    }

    boolean isJoin(int j) {
      String k = t.key(j);
      return k.equals("and") || k.equals("or") || k.equals("&");
    }

    boolean personAt(int j) {
      int at = t.start[j];
      for (Span sp : spans) {
        if (sp.type() == EntityType.PERSON && sp.start() <= at && at < sp.end()) {
          return true;
        }
      }
      return false;
    }

    /** Tries every name rule at token i; returns the last token used, or i. */
    int nameAt(int i) {
      String key = t.key(i);
      String b = t.base(i);
      boolean cap = t.is(i, Tokens.CAP);
      boolean allCaps = t.is(i, Tokens.ALL_CAPS);
      boolean letters = !t.is(i, Tokens.DIGIT);
      if (!letters) {
        return i;
      }
      // 1. A title before a name: Mr Patel, DS Mark Fenwick, Mrs Bernadette Quinn.
      if (cap && Words.TITLES.contains(key) && i + 1 < t.n && !covered[i + 1]) {
        int j = i + 1;
        String gap = text.substring(t.end[i], t.start[j]);
        if ((gap.equals(" ") || gap.equals(". ")) && t.is(j, Tokens.CAP) && !t.is(j, Tokens.DIGIT)) {
          String jb = t.base(j);
          boolean wordTitle = Words.WORD_TITLES.contains(key);
          boolean nameLike = isNameWord(jb) || !isWordish(jb);
          boolean fine = !Words.TITLES.contains(jb) && !lex.nonPersons.contains(jb)
              && !(t.is(j, Tokens.ALL_CAPS) && lex.acronyms.contains(t.raw(j)))
              && !Words.HEADS.contains(jb);
          if (fine && (nameLike || !wordTitle)) {
            int last = Math.max(j, run(j));
            person(j, last, 0.95, "title");
            return last;
          }
        }
      }
      // 2. A cue before: "called Destiny", "known as 'Big Sam'", "her brother Blessing".
      int cued = cue(i);
      if (cued > 0) {
        int q = quotedNickname(i);
        if (q >= 0) {
          return q;
        }
        if (!Words.FUNCTION.contains(key) && !kept[i] && !lex.nonPersons.contains(b) && !Words.TITLES.contains(key)
            && !(allCaps && lex.acronyms.contains(t.raw(i)))) {
          if (cap) {
            boolean titleCase = t.is(i - 1, Tokens.CAP)
                || i + 1 < t.n && t.is(i + 1, Tokens.CAP) && isWordish(t.base(i + 1)) && !t.gapHasPunctuation(i, i + 1);
            if (cued == 2 || isNameWord(b) || !isWordish(b)
                || !titleCase && !t.is(i, Tokens.SENTENCE_START) && !Words.HEADS.contains(b) && !Words.TITLES.contains(b)) {
              int last = run(i);
              person(i, last, cued == 2 ? 0.9 : 0.85, cued == 2 ? "cue-called" : "cue-relation");
              return last;
            }
          } else if (t.is(i, Tokens.LOWER)) {
            if (isNameWord(b) || (cued == 2 && !isWordish(b))) {
              person(i, i, 0.8, "cue-lower");
              return i;
            }
          }
        }
      }
      // A quoted nickname: the man, 'Daddy G', ...; Dwayne and 'Bones' took her ...
      if (cap && isQuoteOpen(i)) {
        int q = quotedNicknameInContext(i);
        if (q >= 0) {
          return q;
        }
      }
      // 3. Initials: K.L., P.W., JT.
      if (cap && (t.end[i] - t.start[i] == 1 || allCaps)) {
        int ie = initials(i);
        if (ie >= 0) {
          return ie;
        }
      }
      if (allCaps) {
        if (key.length() >= 3 && !lex.acronyms.contains(t.raw(i)) && isNameWord(b) && !lex.isWord(b)) {
          person(i, run(i), 0.7, "name-caps");
          return run(i);
        }
        return i;
      }
      if (kept[i] && !(cap && isNameWord(b) && !lex.isWord(b) && isNameBefore(i))) {
        return i;
      }
      if (cap && i > 0 && t.is(i - 1, Tokens.CAP) && !t.gapHasPunctuation(i - 1, i)
          && (t.key(i - 1).equals("operation") || t.key(i - 1).equals("op"))) {
        return i; // Operation Willow: a police operation
      }
      if (cap) {
        if (lex.acronyms.contains(t.raw(i)) || Words.FUNCTION.contains(key) || t.isCamelCase(i)) {
          return i; // "He is 19", "Do you ...", "ThinkUKnow"
        }
        if (lex.nonPersons.contains(b) && !isNameWord(b)) {
          return i;
        }
        if (Words.TITLES.contains(key) || Words.HEADS.contains(b) && !isNameWord(b)) {
          return i;
        }
        if (t.end[i] - t.start[i] == 1) {
          return i;
        }
        boolean nameWord = isNameWord(b);
        boolean wordish = isWordish(b) || lex.nonPersons.contains(b)
            || t.is(i, Tokens.SENTENCE_START) && !nameWord && lex.isDerivedWord(b, true);
        if (nameWord && !wordish) {
          if (placeHeadAfter(i)) {
            return i;
          }
          int last = run(i);
          person(i, last, lex.isFirstName(b) ? 0.85 : 0.8, "name-list");
          return last;
        }
        if (nameWord && lex.isFirstName(b)) {
          // A first name that is also a word: Faith, Grace, Summer, Will, May.
          if (ambiguousIsName(i)) {
            int last = run(i);
            person(i, last, 0.7, "name-ambiguous");
            return last;
          }
          return i;
        }
        if (nameWord && lex.isSurname(b) && i + 1 < t.n && !t.gapHasPunctuation(i, i + 1)
            && (t.is(i, Tokens.SENTENCE_START) ? SPEECH_VERBS : SURNAME_VERBS).contains(t.key(i + 1))
            && !COMPASS.contains(b)
            && !(i > 0 && Words.DETERMINERS.contains(t.key(i - 1)))
            && !(i > 0 && t.is(i - 1, Tokens.CAP) && !t.gapHasPunctuation(i - 1, i))) {
          person(i, i, 0.6, "surname-predicate"); // "Brown was convicted"
          return i;
        }
        if (!wordish && !nameWord) {
          if (Words.ROMAN.contains(key) || orgAfter(i) || lex.nonPersons.contains(b)) {
            return i;
          }
          if (i > 0 && PLACE_PREPS.contains(t.key(i - 1)) && !t.gapHasPunctuation(i - 1, i)
              && !(i + 1 < t.n && t.is(i + 1, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1))) {
            return i; // "a party in Heckmondwike": a place
          }
          int last = run(i);
          person(i, last, 0.6, "capitalised-unknown");
          return last;
        }
        return i;
      }
      // 4. A name in lower case ("rang tasha back").
      if (t.is(i, Tokens.LOWER) && b.length() >= 4 && isNameWord(b) && !isWordish(b)
          && !lex.nonPersons.contains(b) && !Words.FUNCTION.contains(b) && !kept[i]) {
        int last = i;
        while (last + 1 < t.n && t.is(last + 1, Tokens.LOWER) && " ".equals(text.substring(t.end[last], t.start[last + 1]))
            && isNameWord(t.base(last + 1)) && !isWordish(t.base(last + 1))) {
          last++;
        }
        person(i, last, 0.65, "name-lower");
        return last;
      }
      return i;
    }

    boolean isNameBefore(int i) {
      return i > 0 && covered[i - 1] && " ".equals(text.substring(t.end[i - 1], t.start[i]));
    }

    boolean isQuoteOpen(int i) {
      if (t.start[i] == 0) {
        return false;
      }
      char ch = text.charAt(t.start[i] - 1);
      return ch == '\'' || ch == '"' || ch == '\u2018' || ch == '\u201c';
    }

    /** 2 after a strong cue (called, named, known as), 1 after a relation, else 0. */
    int cue(int i) {
      if (i == 0) {
        return 0;
      }
      int p = i - 1;
      String pk0 = t.key(p);
      if (!CUE_KEYS.contains(pk0) && !Words.RELATIONS.contains(t.base(p))) {
        return 0;
      }
      String gap = text.substring(t.end[p], t.start[i]).strip();
      if (!(gap.isEmpty() || gap.equals(",") || gap.equals(":") || gap.equals("'") || gap.equals("\"")
          || gap.equals("\u2018") || gap.equals("\u201c") || gap.equals("-"))) {
        return 0;
      }
      String pk = t.key(p);
      if (Words.STRONG_CUES.contains(pk)) {
        return t.is(p, Tokens.CAP) ? 0 : 2; // "Named Doctor" is a title, "named Destiny" a cue
      }
      if (p > 0 && (pk.equals("as") && t.key(p - 1).equals("known")
          || pk.equals("by") && t.key(p - 1).equals("goes")
          || pk.equals("is") && t.key(p - 1).equals("name")
          || pk.equals("was") && t.key(p - 1).equals("name")
          || (pk.equals("himself") || pk.equals("herself") || pk.equals("themselves"))
              && t.key(p - 1).startsWith("call"))) {
        return 2;
      }
      if (pk.equals("name's") || pk.equals("names")) {
        return 2;
      }
      String pb = t.base(p);
      if (Words.RELATIONS.contains(pb) && !gap.equals(":")) {
        return 1;
      }
      return 0;
    }

    /** A quoted nickname starting at token i after a cue; the last token, or -1. */
    int quotedNickname(int i) {
      if (!isQuoteOpen(i)) {
        return -1;
      }
      int close = i - 1;
      for (int j = i; j < t.n && j <= i + 5; j++) {
        int ge = j + 1 < t.n ? t.start[j + 1] : text.length();
        String gap = text.substring(t.end[j], ge).strip();
        if (gap.startsWith("'") || gap.startsWith("\"") || gap.startsWith("\u2019") || gap.startsWith("\u201d")) {
          close = j;
          break;
        }
        if (!gap.isEmpty()) {
          return -1;
        }
      }
      if (close < i) {
        return -1;
      }
      add(EntityType.PERSON, t.start[i], t.end[close], 0.9, "nickname-quoted");
      return close;
    }

    /** A quoted capitalised phrase that stands for a person here; the last token, or -1. */
    int quotedNicknameInContext(int i) {
      int close = -1;
      for (int j = i; j < t.n && j <= i + 2; j++) {
        int ge = j + 1 < t.n ? t.start[j + 1] : text.length();
        String gap = text.substring(t.end[j], ge).strip();
        if (gap.startsWith("'") || gap.startsWith("\"") || gap.startsWith("\u2019") || gap.startsWith("\u201d")) {
          close = j;
          break;
        }
        if (!gap.isEmpty() || !(t.is(j + 1, Tokens.CAP))) {
          return -1;
        }
      }
      if (close < 0) {
        return -1;
      }
      boolean person = false;
      int p = i - 1;
      if (p >= 0) {
        String gap = text.substring(t.end[p], t.start[i]).replaceAll("[\\s'\"\u2018\u201c]", "");
        String pb = t.base(p);
        if ((gap.isEmpty() || gap.equals(",")) && (Words.RELATIONS.contains(pb) || Words.STRONG_CUES.contains(pb)
            || pb.equals("as") || Words.TITLES.contains(pb))) {
          person = true;
        }
        if ((pb.equals("and") || pb.equals("with") || pb.equals("by")) && p > 0 && covered[p - 1]) {
          person = true;
        }
      }
      if (close + 1 < t.n) {
        String nk = t.key(close + 1);
        String gap = text.substring(t.end[close], t.start[close + 1]).replaceAll("[\\s'\"\u2019\u201d]", "");
        String before = p >= 0 ? t.key(p) : "";
        boolean openContext = p < 0 || t.is(i, Tokens.SENTENCE_START) || before.equals("that") || before.equals("and")
            || before.equals("but") || before.equals("then") || before.equals("when") || before.equals("because");
        if ((gap.isEmpty() || gap.equals(",")) && (openContext && Words.NAME_PREDICATES.contains(nk) && !nk.equals("and")
            || covered[close + 1] && gap.isEmpty())) {
          person = true;
        }
      }
      if (!person) {
        return -1;
      }
      add(EntityType.PERSON, t.start[i], t.end[close], 0.75, "nickname-quoted");
      return close;
    }

    /** Initials at token i (K.L., JT, KL); the last token used, or -1. */
    int initials(int i) {
      int s = t.start[i];
      int e = look(INITIALS_DOTTED, s);
      if (e > 0 && (e - s) >= 3) {
        String letters = text.substring(s, e).replaceAll("[^A-Z]", "");
        if (letters.length() >= 2 && !lex.acronyms.contains(letters)) {
          while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
          }
          add(EntityType.INITIALS, s, e, 0.85, "initials-dotted");
          return t.firstFrom(e) - 1;
        }
        return t.firstFrom(e) - 1;
      }
      if (!t.is(i, Tokens.ALL_CAPS)) {
        return -1;
      }
      String raw = t.raw(i);
      String key = t.key(i);
      if (raw.length() < 2 || raw.length() > 3 || lex.acronyms.contains(raw) || Words.ROMAN.contains(key)
          || kept[i] || lex.nonPersons.contains(key)
          || Words.TITLES.contains(key)) {
        return -1;
      }
      if (i > 0 && t.key(i - 1).equals("the") && !t.gapHasPunctuation(i - 1, i)) {
        return -1; // "the RVI": an organisation
      }
      boolean shouting = (i > 0 && t.is(i - 1, Tokens.ALL_CAPS) && t.end[i - 1] - t.start[i - 1] > 3)
          || (i + 1 < t.n && t.is(i + 1, Tokens.ALL_CAPS) && t.end[i + 1] - t.start[i + 1] > 3);
      boolean cued = cue(i) > 0
          || (i + 1 < t.n && Words.NAME_PREDICATES.contains(t.key(i + 1)) && !t.gapHasPunctuation(i, i + 1))
          || (i > 0 && (t.key(i - 1).equals("for") || t.key(i - 1).equals("with") || t.key(i - 1).equals("and")));
      if (lex.isWord(key) && !cued) {
        return -1;
      }
      if (shouting && !cued) {
        return -1;
      }
      if (raw.length() == 3 && !cued) {
        add(EntityType.INITIALS, s, t.baseEnd(i), 0.5, "initials-bare");
        return i;
      }
      add(EntityType.INITIALS, s, t.baseEnd(i), cued ? 0.85 : 0.6, "initials-bare");
      return i;
    }

    /** Whether a capitalised first name that is also a word is a name here. */
    boolean ambiguousIsName(int i) {
      String b = t.base(i);
      if (isQuoteOpen(i) && t.end[i] < text.length() && "'\"\u2019\u201d".indexOf(text.charAt(t.end[i])) >= 0) {
        return true; // "Tony"
      }
      int j = i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) ? i + 1 : -1;
      if (j >= 0 && t.is(j, Tokens.CAP) && !t.is(j, Tokens.DIGIT)) {
        String jb = t.base(j);
        if (isNameWord(jb) && !Words.HEADS.contains(jb) || !isWordish(jb) && !lex.nonPersons.contains(jb) && !kept[j]) {
          return true; // Faith Okafor
        }
        return false; // Grace Church, Summer Term, Hope Street
      }
      boolean month = lex.nonPersons.contains(b); // May, April, June, August, Summer ...
      if (month) {
        if (j >= 0 && t.is(j, Tokens.DIGIT)) {
          return false;
        }
        for (int k = Math.max(0, i - 2); k < Math.min(t.n, i + 3); k++) {
          if (k != i && MONTHS.contains(t.key(k))) {
            return false; // "May and June"
          }
        }
        if (i > 0 && Words.TEMPORAL.contains(t.key(i - 1))) {
          return false;
        }
      }
      if (i > 0 && Words.DETERMINERS.contains(t.key(i - 1)) && !t.gapHasPunctuation(i - 1, i)) {
        return false;
      }
      if (t.key(i).endsWith("'s") && !t.is(i, Tokens.SENTENCE_START)) {
        return true; // Joy's school
      }
      if (j >= 0 && (Words.HEADS.contains(t.base(j)))) {
        return false;
      }
      if (t.is(i, Tokens.SENTENCE_START) || (i > 0 && isQuoteOpen(i))) {
        if (t.key(i).endsWith("'s")) {
          return true;
        }
        if (j < 0) {
          String gap = t.gapAfter(i);
          return gap.startsWith(",") && !month;
        }
        return Words.NAME_PREDICATES.contains(t.key(j));
      }
      return true;
    }

    /** Whether capitalised words after token i end in the head of a place: "Victoria Station". */
    boolean placeHeadAfter(int i) {
      int j = i + 1;
      if (j < t.n && !t.gapHasPunctuation(i, j) && t.is(j, Tokens.CAP) && Words.PLACE_HEADS.contains(t.base(j))) {
        if (lex.isSurname(t.base(j))) {
          // "Kayleigh Hall said" is a person, "at Victoria Park" a place
          String p = i > 0 && !t.gapHasPunctuation(i - 1, i) ? t.key(i - 1) : "";
          return PLACE_PREPS.contains(p) || p.equals("at") || p.equals("to") || p.equals("from")
              || p.equals("the") || p.equals("of") || p.equals("into");
        }
        return true;
      }
      return false;
    }

    /** Whether capitalised words after token i end in the head of an organisation or place. */
    boolean orgAfter(int i) {
      for (int j = i + 1; j < t.n && j <= i + 4; j++) {
        if (t.gapHasPunctuation(j - 1, j) || !(t.is(j, Tokens.CAP) || t.key(j).equals("of")
            || t.key(j).equals("and") || t.key(j).equals("&"))) {
          return false;
        }
        String jb = t.base(j);
        if (Words.HEADS.contains(jb) || kept[j]) {
          // "Hyun-woo Park, 15," is a person: an age follows
          return !(j + 1 < t.n && t.gapAfter(j).equals(",") && t.is(j + 1, Tokens.ALL_DIGITS)
              && t.end[j + 1] - t.start[j + 1] <= 2);
        }
        if (isNameWord(jb) && !isWordish(jb)) {
          return false; // another name: "Tavistock Okoro"
        }
      }
      return false;
    }
  }

  static double phoneScore(String cand) {
    String digits = cand.replaceAll("[^0-9]", "");
    if (digits.length() < 9 || digits.length() > 15) {
      return 0;
    }
    try {
      PhoneNumber n = PHONES.parse(cand, "GB");
      String nsn = PHONES.getNationalSignificantNumber(n);
      if (n.getCountryCode() == 44 && Checksums.isDramaNumber(nsn)) {
        return 0.9;
      }
      if (PHONES.isValidNumber(n)) {
        return 0.9;
      }
      if (PHONES.isPossibleNumber(n)) {
        return 0.6;
      }
    } catch (NumberParseException ex) {
      return 0;
    }
    return 0;
  }
}
