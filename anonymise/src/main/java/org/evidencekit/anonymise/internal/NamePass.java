package org.evidencekit.anonymise.internal;

import java.util.Set;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.Span;

/**
 * The walk of the name rules over one text (shared by {@link NameRule} and {@link InitialsRule}):
 * names of people, decided by the words around them and by lexicons of first names and surnames
 * from many communities, in any case: after a title ("DS Mark Fenwick"), after a cue ("called",
 * "known as", "her brother"), in quotes as a nickname, from the lexicons ("Zainab Akhtar"), a
 * capitalised word that is no English word ("Ousmane Sow"), a first name that is also a word when
 * the context makes it a name ("Will has been missing", "Faith Okafor"), a surname with a verb of
 * speech ("Brown said"), and names written in small letters ("rang paige back"). Places,
 * organisations and other kept phrases stop a name.
 */
final class NamePass {
  private static final Set<String> MONTHS =
      Words.set("jan january feb february mar march apr april may jun june jul july aug august sep"
          + " sept september oct october nov november dec december");
  private static final Set<String> SURNAME_VERBS =
      Words.set("said says told was is has had admitted denied pleaded claimed groomed raped");
  private static final Set<String> SPEECH_VERBS =
      Words.set("said says told admitted denied pleaded claimed groomed raped");
  private static final Set<String> COMPASS = Words.set("north south east west");
  static final Set<String> PLACE_PREPS = Words.set("in near around across outside throughout");
  /** Words before a quoted word that make it a term, not a nickname: "the term 'Gang'". */
  private static final Set<String> TERM_WORDS =
      Words.set("term terms word words phrase phrases label labels category categories definition concept notion"
          + " heading headings title titles theme themes");

  /** Words after a surname that make "the X" a family: "the Okafor family". */
  private static final Set<String> FAMILY_WORDS =
      Words.set("family families household brothers sisters twins children kids boys girls brothers'"
          + " family's siblings clan");

  /** Form labels after which a name stands: "Name: ...", "Child: ...", "From: ...". */
  static final Set<String> LABELS =
      Words.set("name names child victim suspect perpetrator offender alleged mother father mum dad parent"
          + " parents carer carers worker referrer contact from to cc bcc author signed yp client pupil student"
          + " patient sibling siblings brother sister aka alias nickname girlfriend boyfriend partner friend"
          + " associate associates nominal subject's person persons attendees present apologies chair officer"
          + " interviewer interviewee complainant witness witnesses dc ds pc sw keyworker lead");
  static final Set<String> CUE_KEYS =
      Words.set("called named nicknamed aka alias as by is was himself herself themselves name's names calls call name nickname"
          + " him her them");

  private final Doc d;
  final Tokens t;
  final String text;
  final boolean[] covered;
  final boolean[] kept;
  final Lexicon lex;
  final java.util.List<Span> spans;
  boolean strongRun;
  boolean weakStart;
  /** cue(i) + 1 once known, else 0. */
  private final int[] cues;

  NamePass(Doc d) {
    this.d = d;
    this.t = d.t;
    this.text = d.text;
    this.covered = d.covered;
    this.kept = d.kept;
    this.lex = d.lex;
    this.spans = d.spans;
    this.cues = new int[t.n];
  }

  void add(EntityType type, int s, int e, double score, String rule) {
    d.add(type, s, e, score, rule);
  }

  boolean isWordish(String b) {
    return d.isWordish(b);
  }

  boolean isNameWord(String b) {
    return d.isNameWord(b);
  }

  /** Whether token j can stand inside a name that has begun. */
  boolean nameContinues(int j) {
    if (covered[j] || !t.is(j, Tokens.CAP) || t.is(j, Tokens.DIGIT)) {
      return false;
    }
    String b = t.base(j);
    boolean headSurname = d.hasBase(j, Vocab.HEAD) && d.hasBase(j, Vocab.SURNAME)
        && !(j + 1 < t.n && t.is(j + 1, Tokens.CAP) && !t.gapHasPunctuation(j, j + 1));
    boolean titleCaseAhead = j + 1 < t.n && t.is(j + 1, Tokens.CAP) && !t.gapHasPunctuation(j, j + 1);
    if (strongRun && !(weakStart && d.wordishAt(j) && titleCaseAhead)
        && (!d.hasBase(j, Vocab.HEAD) || headSurname) && !d.hasBase(j, Vocab.NON_PERSON) && !d.hasBase(j, Vocab.TITLE)
        && !(kept[j] && !d.hasBase(j, Vocab.SURNAME)) && !d.acronym(j) && !d.hasBase(j, Vocab.FUNCTION)
        && !t.is(j, Tokens.ALL_CAPS)) {
      return true; // after a known first name or a title: Sarah Fielding, Adnan Sheikh
    }
    if (d.hasBase(j, Vocab.FIRST_NAME) || d.hasBase(j, Vocab.SURNAME)) {
      return !d.hasBase(j, Vocab.HEAD) || !d.hasBase(j, Vocab.WORD);
    }
    if (kept[j] || d.hasBase(j, Vocab.NON_PERSON) || d.hasBase(j, Vocab.TITLE) || d.hasBase(j, Vocab.HEAD)) {
      return false;
    }
    if (t.is(j, Tokens.ALL_CAPS) && d.acronym(j)) {
      return false;
    }
    if (t.end[j] - t.start[j] == 1) {
      return true; // a middle initial
    }
    return !d.wordishAt(j);
  }


  /** The last token of the name that starts at token i. */
  int run(int i) {
    String b = t.base(i);
    // After a known name, a title, a cue or an unknown capitalised word (Ousmane Sow), the next
    // capitalised word is part of the name unless it is a place, organisation or head word.
    boolean strong = d.hasBase(i, Vocab.FIRST_NAME) && !d.hasBase(i, Vocab.WORD) || d.hasBase(i, Vocab.SURNAME) && !d.hasBase(i, Vocab.WORD)
        || i > 0 && d.has(i - 1, Vocab.TITLE) || cue(i) > 0
        || !d.wordishAt(i) && !d.nameWordAt(i) && !t.is(i, Tokens.ALL_CAPS);
    strongRun = strong;
    weakStart = !d.nameWordAt(i) && !(i > 0 && d.has(i - 1, Vocab.TITLE)) && cue(i) == 0;
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
      if (t.is(k, Tokens.POSSESSIVE)) {
        break; // "Chelsea's Choice", "Tyler's mum": a possessive ends the name
      }
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
        if (d.isClearName(t.base(j)) && d.hasBase(j, Vocab.FIRST_NAME)) {
          strongRun = true; // "Jade Amber Louise Pickles": after a clear first name, a surname
          weakStart = false;
        }
        continue;
      }
      String jk = t.key(j);
      if (Words.PARTICLES.contains(jk) && j + 1 < t.n && t.singleSpace(j, j + 1)
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
    // Each rule of this walk needs a person found (personAt), which most texts do not have.
    if (!anyPerson()) {
      return;
    }
    for (int i = 0; i < t.n; i++) {
      if (listedBesidePeople(i)) {
        person(i, i, 0.6, "name-listed"); // "Brook, Hazel and Winter": a one-word organisation's name, here a person
        continue;
      }
      if (covered[i] || kept[i]) {
        continue;
      }
      // each rule below needs a person found two tokens before or after, or right after (a list)
      if (!(i >= 2 && covered[i - 2] || i + 2 < t.n && (covered[i + 1] || covered[i + 2]))) {
        continue;
      }
      boolean quoted = t.is(i, Tokens.CAP) && isQuoteOpen(i) && t.end[i] < text.length()
          && "'\"\u2019\u201d".indexOf(text.charAt(t.end[i])) >= 0;
      boolean capitalName = t.is(i, Tokens.CAP) && !t.is(i, Tokens.SENTENCE_START) && !d.hasBase(i, Vocab.WORD)
          && !t.is(i, Tokens.DIGIT) && !d.hasBase(i, Vocab.HEAD) && !d.hasBase(i, Vocab.NON_PERSON)
          && !t.is(i, Tokens.ALL_CAPS);
      boolean word = t.is(i, Tokens.CAP) && nameableWord(i);
      if (!(quoted || capitalName || word || d.hasBase(i, Vocab.FIRST_NAME)) || d.has(i, Vocab.FUNCTION)) {
        continue;
      }
      boolean before = i >= 2 && isJoin(i - 1) && covered[i - 2] && (quoted || !t.gapHasPunctuation(i - 1, i));
      boolean after = i + 2 < t.n && isJoin(i + 1) && covered[i + 2] && (quoted || !t.gapHasPunctuation(i, i + 1));
      if ((before || after) && (t.is(i, Tokens.LOWER) || t.is(i, Tokens.CAP)) && personAt(before ? i - 2 : i + 2)) {
        person(i, i, 0.6, "name-joined");
        continue;
      }
      // a list of people: "Brook, Hazel and Winter", "Hazel, Brook, Winter and ..."
      if ((word || capitalName || d.hasBase(i, Vocab.FIRST_NAME)) && t.is(i, Tokens.CAP) && i + 2 < t.n
          && t.gapIs(i, ",") && covered[i + 1] && personAt(i + 1) && t.is(i + 1, Tokens.CAP)
          && (isJoin(i + 2) || t.gapIs(i + 1, ","))) {
        person(i, i, 0.6, "name-listed");
      }
    }
  }

  boolean isJoin(int j) {
    String k = t.key(j);
    return k.equals("and") || k.equals("or") || k.equals("&");
  }

  /** Whether a person has been found in the text. */
  private boolean anyPerson() {
    for (Span sp : spans) {
      if (sp.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
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
    if (t.is(i, Tokens.DIGIT)) {
      return i;
    }
    if (t.is(i, Tokens.CAP)) {
      return capitalAt(i);
    }
    // A word in small letters (or in letters without case): three tokens in four. The rules of
    // capitals (titles, quoted nicknames, capitalised unknown words ...) do not apply to it.
    int cued = cue(i);
    if (cued > 0) {
      int q = quotedNickname(i);
      if (q >= 0) {
        return q;
      }
      if (t.is(i, Tokens.LOWER) && !d.has(i, Vocab.FUNCTION) && !kept[i] && !d.hasBase(i, Vocab.NON_PERSON)
          && !d.has(i, Vocab.TITLE) && cuedLower(i)) {
        person(i, i, 0.8, "cue-lower");
        return i;
      }
    }
    if (kept[i] || !t.is(i, Tokens.LOWER)) {
      return i;
    }
    // Most of these are function words and words of the dictionary, which smallAt never takes for
    // a name: a function word unless it is a first name too ("will"), a word of the dictionary
    // unless it is a name too ("rose"), anything else only if not one of the non-persons. Decided
    // here by the word classes alone, before the calls (this method is small enough for the
    // compiler to inline the tests; the long method it was split from called each one).
    long bm = d.baseMask(i);
    boolean none = (bm & 1L << Vocab.FUNCTION) != 0 ? (bm & 1L << Vocab.FIRST_NAME) == 0
        : (bm & 1L << Vocab.NON_PERSON) != 0 || (bm & 1L << Vocab.WORD) != 0 && !nameWord(i, bm);
    if (none || d.hasBase(i, Vocab.SLANG) && slang(i)) {
      return i; // slang: "charlie and cash": drugs
    }
    return smallAt(i);
  }

  /**
   * {@link Doc#nameWordAt} of token i, whose base has the word classes {@code bm}: a first name or
   * surname, or a hyphenated name. Only a hyphenated word asks the Doc (its base's string, its
   * parts), since a hyphen in the base is one in the token as written (a token never starts with
   * one, and lower case neither makes nor takes one).
   */
  boolean nameWord(int i, long bm) {
    if ((bm & (1L << Vocab.FIRST_NAME | 1L << Vocab.SURNAME)) != 0) {
      return true;
    }
    int e = t.baseEnd(i);
    for (int k = t.start[i] + 1; k < e; k++) {
      if (text.charAt(k) == '-') {
        return d.nameWordAt(i);
      }
    }
    return false;
  }

  /** The name rules at a word in small letters after no cue, not kept: the last token used, or i. */
  private int smallAt(int i) {
    String b = t.base(i);
    // 4. A name in lower case ("rang tasha back", "bridie mcdonagh", "spoke to will and his mum").
    if (d.hasBase(i, Vocab.FUNCTION) && d.hasBase(i, Vocab.FIRST_NAME)
        && LEFT_NAME_CONTEXT.contains(d.prevKey(i)) && d.nextKey(i).equals("and") && i + 2 < t.n && POSSESSIVE_PRONOUNS.contains(t.key(i + 2))) {
      person(i, i, 0.6, "name-lower-context");
      return i;
    }
    if (!d.hasBase(i, Vocab.NON_PERSON) && !d.hasBase(i, Vocab.FUNCTION)) {
      boolean clear = b.length() >= 3 && d.nameWordAt(i) && !d.wordishAt(i) && (b.length() >= 4 || nameContext(i));
      boolean possessive = !clear && b.length() >= 5 && b.endsWith("s") && !d.wordishAt(i)
          && d.isClearName(b.substring(0, b.length() - 1));
      boolean ambiguous = !clear && !possessive && d.hasBase(i, Vocab.FIRST_NAME) && b.length() >= 3 && nameContext(i);
      boolean gaelic = !clear && b.length() >= 5 && (b.startsWith("mc") || b.startsWith("o'")) && !d.wordishAt(i);
      boolean unknown = !clear && !possessive && !ambiguous && !gaelic && unknownLower(i)
          && (LEFT_UNKNOWN.contains(d.prevKey(i)) || pickedUp(i) || lowerSubject(i));
      if (clear || possessive || ambiguous || gaelic || unknown) {
        int last = i;
        while (last + 1 < t.n && t.is(last + 1, Tokens.LOWER) && t.singleSpace(last, last + 1)
            && lowerSurname(last + 1)) {
          last++;
        }
        person(i, last, ambiguous ? 0.6 : 0.65, ambiguous ? "name-lower-context" : "name-lower");
        return last;
      }
    }
    return i;
  }

  /** Whether a word in small letters after a cue is a name: "called destiny", "her friend kayla". */
  private boolean cuedLower(int i) {
    String b = t.base(i);
    return d.nameWordAt(i) || !d.wordishAt(i) && b.length() >= 3 && !lex.isDerivedWord(b, true)
        && !Lexicon.TECH_WORDS.contains(b);
  }

  /** The name rules at a word that starts with a capital: the last token used, or i. */
  private int capitalAt(int i) {
    String key = t.key(i);
    boolean allCaps = t.is(i, Tokens.ALL_CAPS);
    // 1. A title before a name: Mr Patel, DS Mark Fenwick, Mrs Bernadette Quinn.
    if (d.has(i, Vocab.TITLE) && i + 1 < t.n && !covered[i + 1]) {
      int j = i + 1;
      String gap = text.substring(t.end[i], t.start[j]);
      if ((gap.equals(" ") || gap.equals(". ")) && t.is(j, Tokens.CAP) && !t.is(j, Tokens.DIGIT)) {
        String jb = t.base(j);
        boolean wordTitle = Words.WORD_TITLES.contains(key);
        boolean nameLike = isNameWord(jb) || !isWordish(jb);
        boolean fine = !d.hasBase(j, Vocab.TITLE) && !d.hasBase(j, Vocab.NON_PERSON)
            && !(t.is(j, Tokens.ALL_CAPS) && d.acronym(j))
            && !d.hasBase(j, Vocab.HEAD);
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
      if (!d.has(i, Vocab.FUNCTION) && !kept[i] && !d.hasBase(i, Vocab.NON_PERSON) && !d.has(i, Vocab.TITLE)
          && !(allCaps && d.acronym(i))) {
        if (cued == 2 && t.gapIs(i - 1, ":") && headAfter(i)) {
          return i; // "To: Duty Team"
        }
        boolean titleCase = t.is(i - 1, Tokens.CAP)
            || i + 1 < t.n && t.is(i + 1, Tokens.CAP) && d.wordishAt(i + 1) && !t.gapHasPunctuation(i, i + 1);
        if (cued == 2 || d.nameWordAt(i) || !d.wordishAt(i)
            || !titleCase && !t.is(i, Tokens.SENTENCE_START) && !d.hasBase(i, Vocab.HEAD) && !d.hasBase(i, Vocab.TITLE)) {
          int last = run(i);
          person(i, last, cued == 2 ? 0.9 : 0.85, cued == 2 ? "cue-called" : "cue-relation");
          return last;
        }
      }
    }
    // A quoted nickname: the man, 'Daddy G', ...; Dwayne and 'Bones' took her ...
    if (isQuoteOpen(i)) {
      int q = quotedNicknameInContext(i);
      if (q >= 0) {
        return q;
      }
    }
    if (allCaps) {
      // the word classes before the abbreviations' set: most words in capitals are no names
      if (key.length() >= 3 && d.nameWordAt(i) && !d.hasBase(i, Vocab.WORD) && !d.acronym(i)) {
        person(i, run(i), 0.7, "name-caps");
        return run(i);
      }
      return i;
    }
    if (kept[i] && !(d.nameWordAt(i) && !d.hasBase(i, Vocab.WORD) && isNameBefore(i))) {
      return i;
    }
    if (i > 0 && t.is(i - 1, Tokens.CAP) && !t.gapHasPunctuation(i - 1, i)
        && (t.key(i - 1).equals("operation") || t.key(i - 1).equals("op"))) {
      return i; // Operation Willow: a police operation
    }
    if (d.has(i, Vocab.FUNCTION) && d.hasBase(i, Vocab.FIRST_NAME) && modalName(i)) {
      int last = run(i);
      person(i, last, 0.7, "name-modal"); // "Will has been missing", not "Will the panel ..."
      return last;
    }
    if (slang(i)) {
      return i; // "charlie and cash", "ecstasy Mandy": drugs
    }
    return capitalWordAt(i);
  }

  /** The rules of a capitalised word that no title, cue or quotation made a name: the last token used, or i. */
  private int capitalWordAt(int i) {
    String key = t.key(i);
    String b = t.base(i);
    if (d.has(i, Vocab.FUNCTION) || d.acronym(i) || t.isCamelCase(i)) {
      return i; // "He is 19", "Do you ...", "ThinkUKnow"
    }
    if (wordBeforeSurname(i)) {
      int last = Math.max(i + 1, run(i + 1));
      person(i, last, 0.7, "word-before-surname"); // "Penny Okonkwo, 13,", "took Frost Adeyemi to"
      return last;
    }
    if (!d.nameWordAt(i) && wordAsName(i)) {
      person(i, i, 0.6, "word-as-name"); // "Penny said", "Storm's mother", "asked Frost whether"
      return i;
    }
    if (d.hasBase(i, Vocab.NON_PERSON) && !d.nameWordAt(i)) {
      return i;
    }
    if (d.has(i, Vocab.TITLE) || d.hasBase(i, Vocab.HEAD) && !d.nameWordAt(i)) {
      return i;
    }
    if (t.end[i] - t.start[i] == 1) {
      return i;
    }
    boolean nameWord = d.nameWordAt(i);
    boolean wordish = d.wordishAt(i) || d.hasBase(i, Vocab.NON_PERSON)
        || t.is(i, Tokens.SENTENCE_START) && !nameWord && lex.isDerivedWord(b, true);
    if (nameWord && !wordish) {
      if (placeHeadAfter(i)) {
        return i;
      }
      int last = run(i);
      person(i, last, d.hasBase(i, Vocab.FIRST_NAME) ? 0.85 : 0.8, "name-list");
      return last;
    }
    if (nameWord && d.hasBase(i, Vocab.FIRST_NAME)) {
      // A first name that is also a word: Faith, Grace, Summer, Will, May.
      if (ambiguousIsName(i)) {
        int last = run(i);
        person(i, last, 0.7, "name-ambiguous");
        return last;
      }
      return i;
    }
    if (nameWord && d.hasBase(i, Vocab.SURNAME) && i + 1 < t.n && !t.gapHasPunctuation(i, i + 1)
        && (t.is(i, Tokens.SENTENCE_START) ? SPEECH_VERBS : SURNAME_VERBS).contains(t.key(i + 1))
        && !COMPASS.contains(b)
        && !(i > 0 && d.has(i - 1, Vocab.DETERMINER))
        && !(i > 0 && t.is(i - 1, Tokens.CAP) && !t.gapHasPunctuation(i - 1, i))) {
      person(i, i, 0.6, "surname-predicate"); // "Brown was convicted"
      return i;
    }
    if (!wordish && !nameWord) {
      if (Words.ROMAN.contains(key) || orgAfter(i) || d.hasBase(i, Vocab.NON_PERSON)) {
        return i;
      }
      if (t.is(i, Tokens.POSSESSIVE) && d.hasBase(i, Vocab.PLACE_FIRST)) {
        return i; // "England's schools", "Rochdale's taxis": a place's
      }
      if (i > 0 && d.has(i - 1, Vocab.PLACE_PREP) && !t.gapHasPunctuation(i - 1, i)
          && !(i + 1 < t.n && t.is(i + 1, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1))) {
        return i; // "a party in Heckmondwike": a place
      }
      if (i > 0 && (d.has(i - 1, Vocab.THING_VERB) || HandleRule.PLATFORMS.contains(key))
          && !t.is(i, Tokens.POSSESSIVE)) {
        return i; // "drank Lambrini", "on Oovoo"
      }
      if (i > 0 && d.has(i - 1, Vocab.DETERMINER) && !t.gapHasPunctuation(i - 1, i)
          && !FAMILY_WORDS.contains(d.nextKey(i)) && !t.is(i, Tokens.POSSESSIVE)) {
        return i; // "the Travelodge wifi": a thing or a place, not a person
      }
      int last = run(i);
      person(i, last, 0.6, "capitalised-unknown");
      return last;
    }
    return i;
  }

  /**
   * A capitalised word kept alone as an organisation's name (not a place) that stands first in a
   * list of people: "Brook, Hazel and Winter were named".
   */
  boolean listedBesidePeople(int i) {
    if (!kept[i] || covered[i] || !t.is(i, Tokens.CAP) || t.is(i, Tokens.ALL_CAPS) || d.has(i, Vocab.PLACE_FIRST)
        || i + 2 >= t.n || i > 0 && kept[i - 1] && !t.gapHasPunctuation(i - 1, i) || !t.gapIs(i, ",")) {
      return false;
    }
    return personAt(i + 1) && t.is(i + 1, Tokens.CAP) && (isJoin(i + 2) || t.gapIs(i + 1, ","));
  }

  /** Verbs whose subject is a person: after a capitalised word they make it a name ("Penny said"). */
  static final Set<String> SUBJECT_VERBS =
      Words.set("said says told tells disclosed discloses admitted admits denied denies alleged alleges claimed"
          + " cried ran went goes disappeared texted messaged rang phoned lives lived attended"
          + " refused wanted wants felt feels knew knows thought thinks arrived returned stayed stays"
          + " stole smoked drank explained reported described agreed asked answered spoke talked met"
          + " collected drove took takes gave sent picked paid bought"
          + " sold sells dealt hit threatened groomed raped abused kept"
          + " brought introduced offered promised warned shouted screamed"
          + " laughed lied begged whispered invited befriended followed controlled recruited"
          + " ordered forced made became started stopped missed skipped came");
  /** Seasons and feasts, which come round too: "When Christmas came". */
  private static final Set<String> SEASONS =
      Words.set("spring summer autumn winter christmas easter eid diwali ramadan halloween xmas hanukkah");
  /** What is one person's, after a possessive: "Rain's phone", "Penny's bedroom". */
  private static final Set<String> POSSESSIONS =
      Words.set("phone phones mobile bedroom room house flat home address statement account accounts profile"
          + " car bag clothes behaviour attendance file records birthday disclosure disclosures laptop"
          + " tablet snapchat instagram facebook messages texts number name nickname age"
          + " placement bed hair body injuries school");
  /** Words between an auxiliary and a subject verb: "Sterling had been driving". */
  private static final Set<String> AUXILIARIES =
      Words.set("had has was is would will could did didnt didn't hadn't wasn't isn't");
  private static final Set<String> ADVERBS =
      Words.set("then also later never always often once soon first allegedly reportedly apparently"
          + " immediately quickly eventually still just regularly repeatedly");
  /** Words before a capitalised word that leave it the subject of what follows. */
  private static final Set<String> SUBJECT_BEFORE =
      Words.set("and but that when then because so while until after before where both or as if though"
          + " although once whereas whilst nor");
  /** Words after an object ("asked Frost whether"): the object was a person. */
  private static final Set<String> AFTER_OBJECT =
      Words.set("whether if not to about what why how when where that");
  /**
   * Capitalised words that name people in general or in groups, never one person: the subject
   * rule leaves them ("Staff said", "Police told us", "Everyone knew").
   */
  static final Set<String> GROUP_WORDS =
      Words.set("police staff officers officer everyone everybody someone somebody nobody anyone anybody"
          + " noone no-one none people person parents parent carers teachers professionals practitioners"
          + " workers children child kids girls boys victims witnesses friends neighbours residents agencies"
          + " services schools colleagues managers management others many some most few several both all"
          + " each either neither respondents participants interviewees families mothers fathers detectives"
          + " investigators doctors nurses survivors adults men women offenders perpetrators suspects"
          + " defendants youths youngsters teenagers pupils students clients patients members member"
          + " volunteers mentors social health education research evidence intelligence records reports"
          + " data sources media press journalists government ministers council councillors court courts"
          + " judge judges jury magistrates prosecutors lawyers solicitors barristers counsel paramedics"
          + " partners relatives siblings brothers sisters sons daughters cousins lads gangs gang groups"
          + " group team teams unit units panel board committee everyone's nobody's someone's somebody's"
          + " whoever whichever another which what who whom whose one two three four five six seven"
          + " eight nine ten mum mom dad mam nan gran nana nanna grandma grandad granddad auntie aunty"
          + " uncle sir madam miss ma'am boss manager chair author authors we i you he she they it"
          + " this that these those there here today tonight yesterday tomorrow later then also only"
          + " sometimes everything something nothing anything somewhere");
  static final Set<String> WEEKDAYS =
      Words.set("monday tuesday wednesday thursday friday saturday sunday");

  /**
   * Whether a capitalised word that is an ordinary word could stand for a person here: not a
   * function word, title, role, relation, month or weekday, nor a word for people in general, nor
   * an adverb in -ly, nor kept.
   */
  boolean nameableWord(int i) {
    if (kept[i] || (d.mask(i) & UNNAMEABLE) != 0 || (d.baseMask(i) & UNNAMEABLE_BASE) != 0
        || t.is(i, Tokens.DIGIT | Tokens.ALL_CAPS)) {
      return false;
    }
    String b = t.base(i);
    return b.length() >= 3 && !(b.endsWith("ly") && !d.hasBase(i, Vocab.FIRST_NAME)) && !d.acronym(i)
        && !pluralAgent(b);
  }

  /** The word classes of a key that no nameable word has (one test instead of one per class). */
  private static final long UNNAMEABLE = 1L << Vocab.FUNCTION | 1L << Vocab.MONTH | 1L << Vocab.GROUP
      | 1L << Vocab.LABEL | 1L << Vocab.DETERMINER;
  /** The word classes of a base that no nameable word has. */
  private static final long UNNAMEABLE_BASE = 1L << Vocab.TITLE | 1L << Vocab.HEAD | 1L << Vocab.RELATION
      | 1L << Vocab.WEEKDAY | 1L << Vocab.GROUP | 1L << Vocab.TEMPORAL;

  /**
   * A capitalised word that could stand for a person (an ordinary word: "Penny", "Frost", "Cash")
   * directly before a capitalised word that is no English word, no place, organisation or
   * abbreviation (a surname: "Okonkwo"): both are one person's name, wherever they stand and
   * whatever the same word means elsewhere in the sentence ("paid in cash").
   */
  boolean wordBeforeSurname(int i) {
    int j = i + 1;
    // the tests of token j's flags first: they are the cheapest, and most words are followed by no
    // capital (every test here only reads, so their order does not change the answer)
    if (j >= t.n || t.is(i, Tokens.ALL_CAPS) || !t.singleSpace(i, j)
        || t.is(i, Tokens.POSSESSIVE) || !t.is(j, Tokens.CAP) || t.is(j, Tokens.ALL_CAPS) || t.is(j, Tokens.DIGIT)
        || kept[j] || t.end[j] - t.start[j] < 3 || !(nameableWord(i) || d.hasBase(i, Vocab.FIRST_NAME) && !kept[i]
            || headFirst(i)) // "Valley Ogundipe"; not "Calder Valley"
        || d.has(i, Vocab.FUNCTION) || d.hasBase(i, Vocab.NON_PERSON) || verbLike(i)) {
      return false;
    }
    if (!t.is(j, Tokens.CAP) || t.is(j, Tokens.ALL_CAPS) || t.is(j, Tokens.DIGIT) || kept[j]
        || covered[j] && !personAt(j) || t.end[j] - t.start[j] < 3 || t.isCamelCase(j)) {
      return false;
    }
    String jb = t.base(j);
    return !d.wordishAt(j) && !lex.isDerivedWord(jb, true) && !d.hasBase(j, Vocab.NON_PERSON)
        && !d.hasBase(j, Vocab.HEAD) && !d.hasBase(j, Vocab.TITLE) && !d.has(j, Vocab.PLACE_FIRST)
        && !d.hasBase(j, Vocab.PLACE_FIRST) && !d.acronym(j)
        && !(d.hasBase(j, Vocab.FIRST_NAME) && !d.hasBase(j, Vocab.SURNAME)) && !orgAfter(j)
        && !Words.ROMAN.contains(t.key(j));
  }

  /** A place's head word ("Valley", "Brook") standing first, not after a capitalised word. */
  boolean headFirst(int i) {
    return d.hasBase(i, Vocab.HEAD) && !kept[i] && !d.hasBase(i, Vocab.TITLE) && !d.hasBase(i, Vocab.RELATION)
        && !(i > 0 && t.is(i - 1, Tokens.CAP) && !t.gapHasPunctuation(i - 1, i));
  }

  /** A capitalised word that reads as a verb here ("Met", "Visited", "Contacted"), not a name. */
  boolean verbLike(int i) {
    String b = t.base(i);
    return SUBJECT_VERBS.contains(b) || PERSON_VERBS.contains(b) || INITIAL_BEFORE.contains(b)
        || OBJECT_VERBS.contains(b) || !d.hasBase(i, Vocab.FIRST_NAME)
            && (b.endsWith("ed") || b.endsWith("ing") || b.endsWith("ion") || b.endsWith("ness") || b.endsWith("ment"))
            && (b.endsWith("ed") || lex.isDerivedWord(b, false)); // "Visited", "Grooming"; not "Sterling"
  }

  /** Object pronouns after a verb: "dropped them off", "handed her a package". */
  private static final Set<String> OBJECT_PRONOUNS = Words.set("her him them me us");
  /** Past tenses that do not end in -ed. */
  private static final Set<String> IRREGULAR_PAST =
      Words.set("took gave brought drove sent got put let kept left led held caught sold told found bought"
          + " met saw rang fed lent showed shown hid struck threw took tore woke bit shook dragged");
  /** Particles of a phrasal verb: "picks her up", "takes him round". */
  private static final Set<String> PARTICLES =
      Words.set("up off round around out back in over home down away along across");

  /**
   * A verb with a person as its object, whose subject is a person too: any past tense ("dropped
   * them off", "handed her a package") or a present tense with a particle ("picks her up").
   */
  boolean verbOfPersonObject(int j) {
    if (j + 1 >= t.n || t.gapHasPunctuation(j, j + 1) || !OBJECT_PRONOUNS.contains(t.key(j + 1))
        || !t.is(j, Tokens.LOWER)) {
      return false;
    }
    String v = t.key(j);
    if (IRREGULAR_PAST.contains(v) || v.length() >= 5 && v.endsWith("ed") && (d.has(j, Vocab.WORD) || lex.isDerivedWord(v, false))) {
      return true;
    }
    return v.length() >= 4 && v.endsWith("s") && j + 2 < t.n && !t.gapHasPunctuation(j + 1, j + 2)
        && PARTICLES.contains(t.key(j + 2));
  }

  /** "Traffickers", "Groomers", "Abusers", "Cyclists": people in general, by a plural ending. */
  static boolean pluralAgent(String b) {
    return b.length() > 5 && (b.endsWith("ers") || b.endsWith("ors") || b.endsWith("ists") || b.endsWith("ians")
        || b.endsWith("ants") || b.endsWith("ents") || b.endsWith("ees"));
  }

  /**
   * A capitalised ordinary word that the context makes a person (names that are words: "Penny",
   * "Storm", "Miles"; nicknames: "Bones", "Sleepy"): the subject of a verb only a person does,
   * at the start of a sentence or after a conjunction or a comma ("Penny said", "that Sterling had
   * been driving", "The youngest, Breeze, told"); a possessive before a relation ("Storm's
   * mother", "Ocean's foster carer"); the object of asking or telling before "whether", "to" ...
   * ("asked Frost whether").
   */
  boolean wordAsName(int i) {
    if (!nameableWord(i) || i > 0 && d.has(i - 1, Vocab.DETERMINER) && !t.gapHasPunctuation(i - 1, i)) {
      return false;
    }
    int gapBefore = i > 0 ? t.gapMark(i - 1) : 0; // read in place: 0 for nothing but spaces
    String prev = i > 0 ? t.key(i - 1) : "";
    boolean start = i == 0 || t.is(i, Tokens.SENTENCE_START);
    boolean afterPunct = gapBefore == ',' || gapBefore == ':' || gapBefore == ';' || gapBefore == '('
        || gapBefore == '-' || gapBefore == '\u2013';
    boolean afterJoin = gapBefore == 0 && SUBJECT_BEFORE.contains(prev)
        && !(t.is(i - 1, Tokens.CAP) && !t.is(i - 1, Tokens.SENTENCE_START)); // "When Pounds came round"
    // possessive before a relation: "Storm's mother", "Ocean's foster carer"
    if (t.is(i, Tokens.POSSESSIVE) && !d.hasBase(i, Vocab.PLACE_FIRST) && (start || afterPunct || afterJoin || gapBefore == 0 && !t.is(i - 1, Tokens.CAP))) {
      for (int k = i + 1; k < t.n && k <= i + 2; k++) {
        if (t.gapHasPunctuation(k - 1, k)) {
          break;
        }
        if (d.hasBase(k, Vocab.RELATION) || POSSESSIONS.contains(t.key(k))) {
          return true;
        }
      }
    }
    // object of asking or telling: "asked Frost whether"
    if (gapBefore == 0 && OBJECT_VERBS.contains(prev) && i + 1 < t.n && !t.gapHasPunctuation(i, i + 1)
        && AFTER_OBJECT.contains(t.key(i + 1))) {
      return true;
    }
    if (!(start || afterPunct || afterJoin)) {
      return false;
    }
    int j = i + 1;
    if (j >= t.n) {
      return false;
    }
    int gapAfter = t.gapMark(i);
    if (gapAfter == ',' && gapBefore == ',') {
      // an appositive: "The youngest, Breeze, told staff"
      return SUBJECT_VERBS.contains(t.key(j));
    }
    if (gapAfter != 0) {
      return false;
    }
    if (ADVERBS.contains(t.key(j)) && j + 1 < t.n && !t.gapHasPunctuation(j, j + 1)) {
      j++;
    }
    if (SUBJECT_VERBS.contains(t.key(j))) {
      return !(t.key(j).equals("came") && SEASONS.contains(t.base(i)));
    }
    if (verbOfPersonObject(j) && !verbLike(i)) {
      return true; // "Sterling dropped them off", "Pebble handed her a package"
    }
    if (!start && AUXILIARIES.contains(t.key(j))) {
      // "that Sterling had been driving"
      for (int k = j + 1; k < t.n && k <= j + 2; k++) {
        if (t.gapHasPunctuation(k - 1, k)) {
          return false;
        }
        String kk = t.key(k);
        if (SUBJECT_VERBS.contains(kk) || kk.endsWith("ing") && !kk.equals("being") && !kk.equals("nothing")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A small-letter word of at least three letters that is no word, no abbreviation, no technical term. */
  boolean unknownLower(int i) {
    String b = t.base(i);
    return b.length() >= 3 && !d.wordishAt(i) && !lex.isDerivedWord(b, true) && !Lexicon.TECH_WORDS.contains(b)
        && !lex.acronyms.contains(b.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(b.charAt(0))
        && sayable(t.raw(i));
  }

  /**
   * Whether a small-letter word could be a name said aloud: no capital inside ("veraPDF"), a vowel,
   * and no run of four consonants after its first letter ("pdftk", "networknt"; "schmidt" is fine).
   */
  static boolean sayable(String raw) {
    boolean vowel = false;
    int run = 0;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (Character.isUpperCase(c)) {
        return false;
      }
      if ("aeiouy\u00e0\u00e1\u00e2\u00e4\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc".indexOf(c) >= 0) {
        vowel = true;
        run = 0;
      } else if (Character.isLetter(c)) {
        run++;
        if (run >= 4 && k - run + 1 > 0) {
          return false;
        }
      } else {
        run = 0;
      }
    }
    return vowel;
  }

  /** "picked up ayanda", "dropped off lerato": a phrasal verb whose object is a person. */
  boolean pickedUp(int i) {
    if (i < 2 || t.gapHasPunctuation(i - 1, i) || t.gapHasPunctuation(i - 2, i - 1)) {
      return false;
    }
    String p = t.key(i - 1);
    String pp = t.key(i - 2);
    return (p.equals("up") || p.equals("off")) && (pp.startsWith("pick") || pp.startsWith("drop")
        || pp.equals("picked") || pp.equals("dropped"));
  }

  /** Words after which an unknown small-letter word before a verb is a person: "said kajan had". */
  private static final Set<String> REPORTING =
      Words.set("said says say that thinks thought knew know heard hear believes believed");
  private static final Set<String> STATE_VERBS =
      Words.set("had has was is comes came goes went gets got stays stayed lives lived were");

  /**
   * Whether an unknown word in small letters is a person by what follows it: a verb only a person
   * does ("prabin cried", "sujan's brother"), a state verb after a verb of saying ("the carer said
   * nokuthula comes home"), or a pair joined by "and" before a verb ("wiremu and tinashe were").
   */
  boolean lowerSubject(int i) {
    if (i > 0 && d.has(i - 1, Vocab.DETERMINER) && !t.gapHasPunctuation(i - 1, i)) {
      return false;
    }
    String next = d.nextKey(i);
    boolean joined = i + 1 < t.n && !t.gapHasPunctuation(i, i + 1);
    if (t.is(i, Tokens.POSSESSIVE)) {
      return joined && d.hasBase(i + 1, Vocab.RELATION);
    }
    if (!joined) {
      return false;
    }
    String prev = d.prevKey(i);
    boolean prevJoined = i > 0 && !t.gapHasPunctuation(i - 1, i);
    if (SUBJECT_VERBS.contains(next)) {
      return true;
    }
    if (prevJoined && REPORTING.contains(prev) && STATE_VERBS.contains(next)) {
      return true;
    }
    if (next.equals("and") && i + 3 < t.n && t.is(i + 2, Tokens.LOWER) && !t.gapHasPunctuation(i + 1, i + 2)
        && !t.gapHasPunctuation(i + 2, i + 3) && unknownLower(i + 2)
        && (SUBJECT_VERBS.contains(t.key(i + 3)) || STATE_VERBS.contains(t.key(i + 3)) || t.key(i + 3).equals("both"))) {
      return true;
    }
    return prevJoined && prev.equals("and") && i >= 2 && covered[i - 2] && personAt(i - 2)
        && (STATE_VERBS.contains(next) || next.equals("both"));
  }

  /** A small-letter word after a first name that is a surname: listed, or no English word. */
  boolean lowerSurname(int j) {
    String b = t.base(j);
    if (d.hasBase(j, Vocab.FUNCTION) || d.hasBase(j, Vocab.NON_PERSON) || kept[j] || b.length() < 3) {
      return false;
    }
    if (d.nameWordAt(j) && !d.wordishAt(j)) {
      return true;
    }
    return !d.wordishAt(j) && !lex.isDerivedWord(b, true) && !Lexicon.TECH_WORDS.contains(b)
        && !lex.acronyms.contains(b.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(b.charAt(0));
  }

  /** Verbs that a person's name, not a modal verb, comes before ("Will has", "May said"). */
  private static final Set<String> MODAL_NAME_NEXT =
      Words.set("has had was is said says told went goes and 's wants wanted likes liked lives lived"
          + " who was's hasn't wasn't isn't didn't doesn't texted rang asked admitted disclosed came");

  /** "Will has been missing", "Will's mum": a first name that is also a modal or function word. */
  boolean modalName(int i) {
    if (t.is(i, Tokens.POSSESSIVE)) {
      return true;
    }
    String next = d.nextKey(i);
    if (MODAL_NAME_NEXT.contains(next)) {
      return true;
    }
    return i + 1 < t.n && t.is(i + 1, Tokens.CAP) && !t.gapHasPunctuation(i, i + 1)
        && d.isClearName(t.base(i + 1));
  }

  /** Slang names of drugs ("charlie", "Mandy", "molly", "tina") where drugs are the subject. */
  static final Set<String> SLANG_NAMES = Words.set("charlie charly mandy molly tina henry lucy billy bob");
  private static final Set<String> DRUG_CUES =
      Words.set("cocaine coke crack heroin ecstasy mdma pills pill weed cannabis skunk drugs drug ketamine ket"
          + " meth speed spice lsd acid gear dealing dealt deal deals dealer dealers bag bags gram grams line"
          + " lines score wraps wrap high sniffing snorting snorted smoking sell selling sold supply supplying"
          + " cash money");

  boolean slang(int i) {
    if (!d.hasBase(i, Vocab.SLANG) || cue(i) > 0 || i > 0 && d.has(i - 1, Vocab.TITLE)) {
      return false;
    }
    if (i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && t.is(i + 1, Tokens.CAP) && d.isClearName(t.base(i + 1))) {
      return false; // "Charlie Briggs"
    }
    String prev = i > 0 ? t.key(i - 1) : "";
    if (prev.equals("had") || prev.equals("some") || prev.equals("of") || prev.equals("on") || prev.equals("got")
        || prev.equals("and") && i > 1 && DRUG_CUES.contains(t.key(i - 2))) {
      return true;
    }
    int from = i;
    while (from > 0 && !t.is(from, Tokens.SENTENCE_START)) {
      from--;
    }
    for (int k = from; k < t.n && k <= i + 8; k++) {
      if (k > i && t.is(k, Tokens.SENTENCE_START)) {
        break;
      }
      if (k != i && (DRUG_CUES.contains(t.key(k)) || d.has(k, Vocab.SLANG) && k != i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words around token i make it a person: a verb of speech or action or a
   * preposition before it ("spoke to will", "asked winnie", "thats patsy") and after it a verb, a
   * pronoun that refers back, or "and his/her" ("will and his mum", "patsy, hes my cousin").
   */
  boolean nameContext(int i) {
    String prev = d.prevKey(i);
    String next = d.nextKey(i);
    String gapAfter = t.gapAfter(i);
    boolean left = LEFT_NAME_CONTEXT.contains(prev) || cue(i) > 0;
    boolean object = OBJECT_VERBS.contains(prev) && (next.equals("not") || next.equals("to") || next.equals("that")
        || next.equals("about") || next.equals("if") || next.equals("what") || next.equals("why"));
    boolean right = object || PERSON_VERBS.contains(next) || TIME_AFTER.contains(next) && !next.equals("to")
        || Words.NAME_PREDICATES.contains(next) && !next.equals("and")
        && !next.equals("or") || next.equals("and") && i + 2 < t.n && POSSESSIVE_PRONOUNS.contains(t.key(i + 2))
        || t.is(i, Tokens.POSSESSIVE) && i + 1 < t.n && d.hasBase(i + 1, Vocab.RELATION);
    boolean refers = (gapAfter.equals(",") || gapAfter.equals("(")) && i + 1 < t.n
        && (REFERS.contains(t.key(i + 1)) || d.hasBase(i + 1, Vocab.RELATION));
    return left && (right || refers || gapAfter.startsWith(",") || gapAfter.startsWith(".") || gapAfter.startsWith("?"))
        || refers && !prev.isEmpty() && !Words.DETERMINERS.contains(prev);
  }

  /** Verbs and prepositions after which an unknown word in small letters is a person: "text from zaynab". */
  private static final Set<String> LEFT_UNKNOWN =
      Words.set("from with rang texted messaged met told asked called phoned visited saw took drove collected"
          + " fetched followed hugged kissed dating seeing fancies fancied likes loves including between");
  private static final Set<String> LEFT_NAME_CONTEXT =
      Words.set("to with asked told rang called phoned texted messaged met saw visited followed collected"
          + " picked took gave sent thats that's it's its was is named called aka and hit groomed abused raped"
          + " for from by tell ask call ring text meet see visit message invite invited warned contacted"
          + " emailed interviewed supported helped drove seen");
  /** Verbs whose object is a person who is then told or asked something: "told ruby not to go". */
  private static final Set<String> OBJECT_VERBS =
      Words.set("told asked warned begged persuaded encouraged wanted got made let helped reminded tell ask"
          + " warn beg persuade remind convinced forced pressured paid");
  /** Verbs whose object is never a person: "drank Lambrini", "played Fortnite". */
  static final Set<String> THING_VERBS =
      Words.set("drank drinking drink drinks smoked smoking sniffed snorted injected ate eating wearing wore"
          + " played playing watched watching downloaded installed ordered");
  private static final Set<String> POSSESSIVE_PRONOUNS = Words.set("his her their my your");
  private static final Set<String> REFERS =
      Words.set("he she hes shes he's she's who whose his her aged age mum dad mother father brother sister"
          + " cousin friend boyfriend girlfriend my our");

  boolean isNameBefore(int i) {
    return i > 0 && covered[i - 1] && t.singleSpace(i - 1, i);
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
    // Every cue needs a label, a cue word or a relation before token i; most words follow none:
    // one test of the word classes before the memo.
    int p = i - 1;
    if ((d.mask(p) & CUE_CLASSES) == 0 && (d.baseMask(p) & 1L << Vocab.RELATION) == 0) {
      return 0;
    }
    int c = cues[i];
    if (c == 0) {
      c = cueOf(i) + 1;
      cues[i] = c;
    }
    return c - 1;
  }

  private static final long CUE_CLASSES = 1L << Vocab.LABEL | 1L << Vocab.CUE_KEY;

  private int cueOf(int i) {
    int p = i - 1;
    if (covered[p] && kept[p]) {
      return 0; // the anonymiser's own output is no cue
    }
    if (d.has(p, Vocab.LABEL) && t.gapIs(p, ":")) {
      return 2; // "Name: Ayaan Abdi", "Child: kayla"
    }
    if (!d.has(p, Vocab.CUE_KEY) && !d.hasBase(p, Vocab.RELATION)) {
      return 0;
    }
    int gap = t.gapMark(p);
    if (!(gap == 0 || gap == ',' || gap == ':' || gap == '\'' || gap == '"' || gap == '\u2018' || gap == '\u201c'
        || gap == '-')) {
      return 0;
    }
    if (d.has(p, Vocab.STRONG_CUE)) {
      return t.is(p, Tokens.CAP) ? 0 : 2; // "Named Doctor" is a title, "named Destiny" a cue
    }
    String pk = t.key(p);
    // "[NAME] was made to ...": a word of the anonymiser's output is no part of a cue either
    String before = p > 0 && !(covered[p - 1] && kept[p - 1]) ? t.key(p - 1) : "";
    // The cue words' own tests, by the word (one lookup of its hash, not an equals per test)
    switch (pk) {
      case "as":
        if (knownAs(p) || before.equals("known") || isQuoteOpen(i)) {
          return 2; // "known to staff as Bubbles", "known as Bubbles", 'saved as "Babe"'
        }
        break;
      case "by":
        if (before.equals("goes")) {
          return 2;
        }
        break;
      case "is":
      case "was":
        if (before.equals("name")) {
          return 2;
        }
        break;
      case "himself":
      case "herself":
      case "themselves":
        if (before.startsWith("call")) {
          return 2;
        }
        break;
      case "him":
      case "her":
      case "them":
        if (!t.is(p, Tokens.CAP) && (before.equals("call") || before.equals("calls") || before.equals("called")
            || before.equals("calling") || before.equals("nicknamed") || before.equals("dubbed"))) {
          return 2; // "they call him Chunky"
        }
        break;
      case "name's":
      case "names":
        return 2;
      case "name":
      case "nickname":
        if (isQuoteOpen(i)) {
          return 2; // 'used the name "Kingpin"'
        }
        break;
      case "calls":
      case "call":
        if (!t.is(p, Tokens.CAP)
            && (isQuoteOpen(i) || p > 0 && (Words.PRONOUNS.contains(before) || before.equals("they")))) {
          return 2; // "a man she calls 'Little K'"
        }
        break;
      default:
        break;
    }
    if (d.hasBase(p, Vocab.RELATION) && gap != ':') {
      return 1;
    }
    return 0;
  }

  /** "known to staff as", "known locally as": "known" a few words before "as" at p, in one clause. */
  private boolean knownAs(int p) {
    for (int k = p - 1; k >= 0 && k >= p - 4; k--) {
      if (t.gapHasPunctuation(k, k + 1)) {
        return false;
      }
      if (t.key(k).equals("known")) {
        return true;
      }
    }
    return false;
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
      if ((gap.isEmpty() || gap.equals(",")) && (d.hasBase(p, Vocab.RELATION) || Words.STRONG_CUES.contains(pb)
          || pb.equals("as") || d.hasBase(p, Vocab.TITLE))) {
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
      if ((gap.isEmpty() || gap.equals(",")) && (openContext && d.has(close + 1, Vocab.NAME_PREDICATE) && !nk.equals("and")
          || covered[close + 1] && gap.isEmpty())) {
        person = true;
      }
    }
    if (!person && close == i && p >= 0 && inApposition(i, p)) {
      person = true; // "two of the lads, “Tank” and ...", "the older men, ‘Bishop’", "“Spider”, “Razor”"
    }
    if (!person) {
      return -1;
    }
    add(EntityType.PERSON, t.start[i], t.end[close], 0.75, "nickname-quoted");
    return close;
  }

  /** Words for people in a group, before a nickname in apposition: "the lads, 'Tank' and 'Smoke'". */
  private static final Set<String> PEOPLE_WORDS =
      Words.set("men man lads lad boys boy girls girl adults adult males male females youths youth brothers"
          + " friends cousins associates guys blokes gang gangs group groups them others people drivers"
          + " members older younger peers nominals suspects offenders perpetrators");

  /**
   * A quoted single word (token i, the word before it p) in apposition to people: after a comma,
   * colon, bracket or "among them"/"including"/"namely" with a word for people earlier in the same
   * sentence, or after another quoted nickname and a comma.
   */
  boolean inApposition(int i, int p) {
    String gap = text.substring(t.end[p], t.start[i]).replaceAll("[\\s'\"\u2018\u2019\u201c\u201d]", "");
    String pk = t.key(p);
    if (gap.equals(",") && covered[p] && personAt(p)) {
      return true; // the next in a list of nicknames
    }
    boolean opens = gap.equals(",") || gap.equals(":") || gap.equals("(") || gap.equals("-") || gap.equals("\u2013")
        || gap.isEmpty() && (pk.equals("them") || pk.equals("including") || pk.equals("namely"));
    if (!opens || TERM_WORDS.contains(pk)) {
      return false;
    }
    for (int k = p; k >= 0 && k >= p - 8; k--) {
      if (k < p && (text.substring(t.end[k], t.start[k + 1]).contains(".") || t.is(k + 1, Tokens.SENTENCE_START))) {
        return false;
      }
      String kb = t.base(k);
      if (PEOPLE_WORDS.contains(kb) || PEOPLE_WORDS.contains(t.key(k)) || pluralAgent(kb)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- initials

  static final java.util.regex.Pattern INITIALS_DOTTED =
      java.util.regex.Pattern.compile("[A-Z]\\.\\s?[A-Z]\\.?(?:\\s?[A-Z]\\.?)?(?![A-Za-z])");

  /**
   * Whether {@link #INITIALS_DOTTED} can match at {@code s}: a capital A to Z and a full stop, its
   * first two characters (so never at a word of two or more letters, whose second is a letter).
   */
  static boolean dottedStart(String text, int s) {
    return s + 1 < text.length() && text.charAt(s) >= 'A' && text.charAt(s) <= 'Z' && text.charAt(s + 1) == '.';
  }

  /** Nouns that a letter labels ("Plan B.", "class A", "Appendix C."): not an initial. */
  private static final Set<String> LABEL_NOUNS =
      Words.set("plan class part appendix annex annexe section schedule category type grade year vitamin"
          + " hepatitis option options level stage key box form block wing ward room flat unit floor gate"
          + " platform route bus line team group tier phase step point item figure table chart exhibit model"
          + " size division zone area court junction exit column row question paragraph page chapter list"
          + " band range scale set version series letter letters word plot sector site"
          + " tower house building bay terminal door car cell pod hall lot channel radio mark");
  /** Words before a letter that make it someone's initial: "the statement from C.", "while T. told". */
  private static final Set<String> INITIAL_BEFORE =
      Words.set("by from with to for and or while when whilst than that as about told asked saw met"
          + " visited called interviewed supported spoke spoken talked worked helped drove took gave"
          + " sent rang phoned texted messaged collected picked followed groomed abused raped assaulted"
          + " between both including include includes included victim victims child children girl boy"
          + " young person pupil student client sister brother cousin friend mother father mum dad"
          + " named where whom whose because if but so until after before since then also was is were"
          + " against like beside behind alongside towards toward via per be been");
  /** Verbs after a name that only a person does ("DH said", "MS went missing"). */
  static final Set<String> PERSON_VERBS =
      Words.set("said says told tells disclosed discloses admitted admits denied denies alleged alleges"
          + " claimed claims cried ran went goes disappeared texted messaged rang phoned lives lived"
          + " attended attends refused refuses wanted wants felt feels knew knows thought thinks saw sees"
          + " arrived returned stayed stays moved stole smoked drank herself himself aged explained"
          + " reported described agreed asked answered spoke talked met");

  /** A person's state in a case note, after initials: "XKD remains high risk", "TLN continues to". */
  private static final Set<String> PERSON_STATES =
      Words.set("remains remained continues continued appears appeared seems seemed presents presented"
          + " struggles struggled absconds absconded");

  /** Finds initials over the whole text: K.L., KL, JT, "from C.", "spoke to jt". */
  void initialsAll() {
    for (int i = 0; i < t.n; i++) {
      if (covered[i] || t.is(i, Tokens.DIGIT)) {
        continue;
      }
      int len = t.end[i] - t.start[i];
      if (t.is(i, Tokens.LOWER)) {
        // dotted initials start at a single letter, bare ones are two or three letters long
        if (len == 1) {
          int e = lowerDotted(i);
          if (e > i) {
            i = e;
          }
        } else if (len <= 3 && (d.mask(i) & 1L << Vocab.FUNCTION) == 0 && (d.baseMask(i) & 1L << Vocab.WORD) == 0) {
          lowerInitials(i); // its first tests, here before the call: most short words are function words
        }
        continue;
      }
      if (!t.is(i, Tokens.CAP)) {
        continue;
      }
      if (len == 1 || t.is(i, Tokens.ALL_CAPS)) {
        int e = initials(i);
        if (e > i) {
          i = e;
        }
      }
    }
  }

  /** Initials at token i (K.L., JT, KL, "C."); the last token used, or -1. */
  int initials(int i) {
    int s = t.start[i];
    int e = dottedStart(text, s) ? d.look(INITIALS_DOTTED, s) : -1;
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
    if (t.end[i] - s == 1) {
      if (singleInitial(i)) {
        add(EntityType.INITIALS, s, s + 1, 0.75, "initial-single");
        return i;
      }
      return -1;
    }
    if (!t.is(i, Tokens.ALL_CAPS)) {
      return -1;
    }
    int rawLength = t.baseEnd(i) - s;
    if (rawLength < 2 || rawLength > 3) {
      return -1; // before the token's string: most words in capitals are longer
    }
    String raw = t.raw(i);
    String key = t.key(i);
    if (Words.ROMAN.contains(key) || kept[i] && !lex.acronyms.contains(raw)) {
      return -1;
    }
    if (i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && (covered[i + 1] || t.is(i + 1, Tokens.DIGIT))
        && !d.spanAt(EntityType.PERSON, t.start[i + 1]) && !d.spanAt(EntityType.INITIALS, t.start[i + 1])
        && !personCue(i)) {
      return -1; // "CAD 1789", "IP 10.0.0.12": the label of an identifier
    }
    boolean acronym = lex.acronyms.contains(raw) || d.has(i, Vocab.NON_PERSON)
        || i > 0 && kept[i - 1] && !t.gapHasPunctuation(i - 1, i); // "Rotherham MBC"
    if (d.has(i, Vocab.TITLE)) {
      int j = i + 1;
      if (j < t.n && !t.gapHasPunctuation(i, j) && t.is(j, Tokens.CAP) || acronym && !personCue(i)) {
        return -1; // "DC Segun Oladipo": a rank
      }
    }
    String prev = d.prevKey(i);
    if (acronym && i > 0 && !t.gapHasPunctuation(i - 1, i) && (Words.DETERMINERS.contains(prev)
        || POSSESSIVE_PRONOUNS.contains(prev) || prev.equals("our"))) {
      return -1; // "The BBC said", "her SW said": a body or a role, not someone's initials
    }
    if (acronym) {
      if (personCue(i)) {
        add(EntityType.INITIALS, s, t.baseEnd(i), 0.8, "initials-cued");
        return i;
      }
      return -1;
    }
    if (Words.DETERMINERS.contains(prev) || prev.equals("his") || prev.equals("her") || prev.equals("my")) {
      return -1; // "the RVI", "her YOT worker": an organisation
    }
    boolean shouting = (i > 0 && t.is(i - 1, Tokens.ALL_CAPS) && t.end[i - 1] - t.start[i - 1] > 3)
        || (i + 1 < t.n && t.is(i + 1, Tokens.ALL_CAPS) && t.end[i + 1] - t.start[i + 1] > 3);
    boolean cued = personCue(i) || cue(i) > 0
        || (i + 1 < t.n && d.has(i + 1, Vocab.NAME_PREDICATE) && !t.gapHasPunctuation(i, i + 1))
        || (i + 1 < t.n && PERSON_STATES.contains(t.key(i + 1)) && !t.gapHasPunctuation(i, i + 1))
        || (i > 0 && (t.key(i - 1).equals("for") || t.key(i - 1).equals("with") || t.key(i - 1).equals("and")));
    if (!cued && modifierAfter(i)) {
      return -1; // "an ABE interviewer", "the LCS system": an abbreviation
    }
    if (d.has(i, Vocab.WORD) && !cued) {
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

  /**
   * Context that makes even a known abbreviation someone's initials: "her friend NB", "LM and
   * DH", "MS, a 14-year-old", "DH said".
   */
  boolean personCue(int i) {
    if (i > 0 && !t.gapHasPunctuation(i - 1, i) && d.hasBase(i - 1, Vocab.RELATION)) {
      return true;
    }
    if (i > 0 && INITIAL_CUES.contains(t.key(i - 1))) {
      return true; // "initials LB", "aka KD"
    }
    if (i >= 2 && isJoin(i - 1) && !t.gapHasPunctuation(i - 2, i - 1) && !t.gapHasPunctuation(i - 1, i)
        && (d.spanAt(EntityType.INITIALS, t.start[i - 2]) || d.spanAt(EntityType.PERSON, t.start[i - 2]))) {
      return true;
    }
    if (i + 2 < t.n && isJoin(i + 1) && !t.gapHasPunctuation(i, i + 1) && !t.gapHasPunctuation(i + 1, i + 2)
        && t.is(i + 2, Tokens.ALL_CAPS)
        && t.end[i + 2] - t.start[i + 2] <= 3 && !d.acronym(i + 2)) {
      return true;
    }
    if (i + 1 >= t.n) {
      return false;
    }
    int gap = t.gapMark(i); // the gap read in place, not as a string (personCue runs up to four times a word)
    if (gap == ',') {
      String a = d.after(t.end[i], 24);
      if (a.matches("^,\\s*(?:a |an |aged |\\d{1,2}\\b|\\(\\d|who |whose |now |then ).*")) {
        return true; // "MS, a 14-year-old", "KL, 15,"
      }
    }
    if (gap == '(' || gap == -1 && t.firstMark(i) == '(') {
      String a = d.after(t.end[i], 16);
      if (a.matches("^\\s*\\(\\s*(?:\\d{1,2}|aged \\d{1,2})\\s*(?:yrs|years|y/o|yo)?\\s*\\).*")) {
        return true; // "KL (14)"
      }
    }
    if (gap == 0) {
      return ONLY_PERSON_VERBS.contains(t.key(i + 1));
    }
    return false;
  }

  /** Words right before initials: "initials LB", "aka KD". */
  private static final Set<String> INITIAL_CUES = Words.set("initials initial initialled aka alias");
  /** Verbs only a person does, after a known abbreviation ("DH said"; not "BT reported"). */
  private static final Set<String> ONLY_PERSON_VERBS =
      Words.set("said says told tells disclosed discloses admitted admits denied denies cried ran went goes"
          + " disappeared texted messaged rang phoned lives lived smoked drank stole herself himself aged"
          + " felt feels wants wanted");

  /** Whether a common noun follows, as after an abbreviation used as a modifier ("YOT worker"). */
  boolean modifierAfter(int i) {
    if (i + 1 >= t.n || t.gapHasPunctuation(i, i + 1) || !t.is(i + 1, Tokens.LOWER)) {
      return false;
    }
    String nk = t.key(i + 1);
    if (d.has(i + 1, Vocab.FUNCTION) || d.has(i + 1, Vocab.NAME_PREDICATE) || d.has(i + 1, Vocab.PERSON_VERB)
        || SUBJECT_VERBS.contains(nk)) {
      return false; // "HJK collected her": a person's verb, not a noun the abbreviation qualifies
    }
    return d.has(i + 1, Vocab.WORD) || lex.isDerivedWord(nk, false);
  }

  private static final java.util.regex.Pattern LOWER_DOTTED =
      java.util.regex.Pattern.compile("[a-z]\\.\\s?[a-z]\\.(?:\\s?[a-z]\\.)?(?![\\p{L}\\d])");
  /** Dotted abbreviations in small letters that are nobody's initials. */
  private static final Set<String> LOWER_DOTTED_WORDS =
      Words.set("eg ie am pm nb ps aka cf eta rip vs ok bc ad pp cc wef eod qv uk us id tv etc ea asap");

  /**
   * Initials in small letters with full stops ("m.k. and t.j.", "a.b. told her teacher"): the
   * shape is enough, as for capitals, unless it is a dotted abbreviation ("e.g.", "a.m.") or
   * follows a number ("10 a.m."). The last token used, or -1.
   */
  int lowerDotted(int i) {
    int s = t.start[i];
    if (t.end[i] - s != 1 || s + 1 >= text.length() || text.charAt(s + 1) != '.'
        || s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      return -1;
    }
    int e = d.look(LOWER_DOTTED, s);
    if (e < 0) {
      return -1;
    }
    String letters = text.substring(s, e).replaceAll("[^a-z]", "");
    if (LOWER_DOTTED_WORDS.contains(letters) || i > 0 && t.is(i - 1, Tokens.DIGIT) && !t.gapHasPunctuation(i - 1, i)) {
      return t.firstFrom(e) - 1;
    }
    add(EntityType.INITIALS, s, e, 0.8, "initials-lower-dotted");
    return t.firstFrom(e) - 1;
  }

  /** Initials in small letters where a person stands: "spoke to jt", "kl said", "jt and her mum". */
  void lowerInitials(int i) {
    int len = t.end[i] - t.start[i];
    if (len < 2 || len > 3 || d.has(i, Vocab.FUNCTION) || d.hasBase(i, Vocab.WORD) || kept[i]
        || lex.acronyms.contains(t.raw(i).toUpperCase(java.util.Locale.ROOT)) || d.isWordish(t.key(i))
        || Lexicon.TECH_WORDS.contains(t.key(i))) {
      return;
    }
    String prev = d.prevKey(i);
    String next = d.nextKey(i);
    boolean left = INITIAL_BEFORE.contains(prev) && !prev.equals("and") || d.hasBase(i - 1, Vocab.RELATION)
        || OBJECT_VERBS.contains(prev);
    boolean right = PERSON_VERBS.contains(next) || next.equals("and") && POSSESSIVE_PRONOUNS.contains(d.key(i + 2))
        || t.is(i, Tokens.POSSESSIVE) && d.hasBase(i + 1, Vocab.RELATION);
    if (left && (right || t.gapAfter(i).startsWith(",") || t.gapAfter(i).startsWith(".") || i + 1 == t.n
        || d.has(i + 1, Vocab.NAME_PREDICATE) || TIME_AFTER.contains(next)) || right) {
      add(EntityType.INITIALS, t.start[i], t.baseEnd(i), 0.6, "initials-lower");
    }
  }

  private static final Set<String> TIME_AFTER =
      Words.set("today yesterday tonight again earlier later last this about on at before after not to that if");

  /** A single capital that stands for a person: "from C.", "T. told us", "taken by R". */
  boolean singleInitial(int i) {
    int s = t.start[i];
    int e = t.end[i];
    if (e < text.length() && text.charAt(e) != '.') {
      // no full stop: only at the end, or before a comma, where a person stands ("taken by R, who")
      char c = text.charAt(e);
      if (!(c == ',' || c == ';' || c == ')') || text.charAt(s) == 'I' || text.charAt(s) == 'A') {
        return false;
      }
      String prev = i > 0 && !t.gapHasPunctuation(i - 1, i) ? t.key(i - 1) : "";
      return (prev.equals("by") || prev.equals("from") || prev.equals("with") || d.hasBase(i - 1, Vocab.RELATION))
          && !LABEL_NOUNS.contains(prev);
    }
    if (e >= text.length()) {
      String prev = i > 0 && !t.gapHasPunctuation(i - 1, i) ? t.key(i - 1) : "";
      return (prev.equals("by") || prev.equals("from") || prev.equals("with") || d.hasBase(i - 1, Vocab.RELATION))
          && text.charAt(s) != 'I' && text.charAt(s) != 'A';
    }
    if (e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1))) {
      return false; // "e.g", a dotted abbreviation
    }
    char c = text.charAt(s);
    String prev = i > 0 ? t.key(i - 1) : "";
    boolean prevJoined = i > 0 && !t.gapHasPunctuation(i - 1, i);
    if (prevJoined && (LABEL_NOUNS.contains(prev) || t.is(i - 1, Tokens.CAP) && !Words.TITLES.contains(prev)
        || t.is(i - 1, Tokens.DIGIT))) {
      return false; // "Plan B.", "Appendix C.", "Year 6 C."
    }
    if (prevJoined && Words.TITLES.contains(prev)) {
      // "Mr T." stands alone; "Mr G. Fielding" is a name that the name rule reads whole
      return !(e + 2 < text.length() && text.charAt(e + 1) == ' ' && Character.isUpperCase(text.charAt(e + 2)));
    }
    if (c == 'I' && !(prevJoined && (prev.equals("by") || prev.equals("from") || prev.equals("with")))) {
      return false; // the pronoun
    }
    if (prevJoined && (INITIAL_BEFORE.contains(prev) || PERSON_VERBS.contains(prev))) {
      return true;
    }
    boolean sentenceStart = i == 0 || t.is(i, Tokens.SENTENCE_START);
    if (sentenceStart && i + 1 < t.n && t.is(i + 1, Tokens.LOWER)) {
      String nk = t.key(i + 1);
      return d.has(i + 1, Vocab.PERSON_VERB) || d.has(i + 1, Vocab.NAME_PREDICATE);
    }
    if (prevJoined && t.is(i - 1, Tokens.LOWER) && !Words.FUNCTION.contains(prev)) {
      return prev.endsWith("ed") || prev.endsWith("ing"); // "signed R.", "according to notes by"
    }
    return false;
  }

  /** Whether a capitalised first name that is also a word is a name here. */
  boolean ambiguousIsName(int i) {
    String b = t.base(i);
    if (i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && t.is(i + 1, Tokens.LOWER) && !t.is(i, Tokens.POSSESSIVE)) {
      String nk = t.key(i + 1);
      if (d.has(i + 1, Vocab.WORD) && !d.has(i + 1, Vocab.FUNCTION) && !d.has(i + 1, Vocab.NAME_PREDICATE)
          && !d.has(i + 1, Vocab.PERSON_VERB) && !nk.endsWith("ed") && !MODAL_NAME_NEXT.contains(nk)) {
        return false; // "Faith groups", "Summer term": a word before a noun
      }
    }
    if (isQuoteOpen(i) && t.end[i] < text.length() && "'\"\u2019\u201d".indexOf(text.charAt(t.end[i])) >= 0) {
      return !TERM_WORDS.contains(i > 0 ? t.key(i - 1) : ""); // "Tony", not "the term 'Gang'"
    }
    int j = i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) ? i + 1 : -1;
    if (j >= 0 && t.is(j, Tokens.CAP) && !t.is(j, Tokens.DIGIT)) {
      String jb = t.base(j);
      if (isNameWord(jb) && !d.hasBase(j, Vocab.HEAD) || !isWordish(jb) && !d.hasBase(j, Vocab.NON_PERSON) && !kept[j]) {
        return true; // Faith Okafor
      }
      return false; // Grace Church, Summer Term, Hope Street
    }
    boolean month = d.hasBase(i, Vocab.NON_PERSON); // May, April, June, August, Summer ...
    if (month) {
      if (j >= 0 && t.is(j, Tokens.DIGIT)) {
        return false;
      }
      for (int k = Math.max(0, i - 2); k < Math.min(t.n, i + 3); k++) {
        if (k != i && d.has(k, Vocab.MONTH)) {
          return false; // "May and June"
        }
      }
      if (i > 0 && Words.TEMPORAL.contains(t.key(i - 1))) {
        return false;
      }
      for (int k = Math.max(0, i - 2); k < Math.min(t.n, i + 3); k++) {
        if (k != i && (d.hasBase(k, Vocab.NON_PERSON) || kept[k]) && t.is(k, Tokens.CAP)) {
          return false; // "Gypsy and Traveller families", "Irish and Roma"
        }
      }
    }
    if (i > 0 && d.has(i - 1, Vocab.DETERMINER) && !t.gapHasPunctuation(i - 1, i)) {
      return false;
    }
    if (t.is(i, Tokens.POSSESSIVE) && !t.is(i, Tokens.SENTENCE_START)) {
      return true; // Joy's school
    }
    if (j >= 0 && (d.hasBase(j, Vocab.HEAD))) {
      return false;
    }
    if (t.is(i, Tokens.SENTENCE_START) || (i > 0 && isQuoteOpen(i))) {
      if (t.is(i, Tokens.POSSESSIVE)) {
        return true;
      }
      if (j < 0) {
        String gap = t.gapAfter(i);
        if (gap.startsWith(",") && i + 1 < t.n && t.is(i + 1, Tokens.LOWER) && d.has(i + 1, Vocab.WORD)
            && !d.has(i + 1, Vocab.FUNCTION) && !REFERS.contains(t.key(i + 1))) {
          return false; // "Hope, trust and safety": a list of things
        }
        return gap.startsWith(",") && !month;
      }
      return d.has(j, Vocab.NAME_PREDICATE);
    }
    return true;
  }

  /** Whether capitalised words after token i end in the head of a place: "Victoria Station". */
  boolean placeHeadAfter(int i) {
    int j = i + 1;
    if (j < t.n && !t.gapHasPunctuation(i, j) && t.is(j, Tokens.CAP) && Words.PLACE_HEADS.contains(t.base(j))) {
      if (d.hasBase(j, Vocab.SURNAME)) {
        // "Kayleigh Hall said" is a person, "at Victoria Park" a place
        String p = i > 0 && !t.gapHasPunctuation(i - 1, i) ? t.key(i - 1) : "";
        return PLACE_PREPS.contains(p) || p.equals("at") || p.equals("to") || p.equals("from")
            || p.equals("the") || p.equals("of") || p.equals("into");
      }
      return true;
    }
    return false;
  }

  /** Whether capitalised words right after token i end in the head of an organisation ("Duty Team"). */
  boolean headAfter(int i) {
    for (int j = i + 1; j < t.n && j <= i + 3; j++) {
      if (t.gapHasPunctuation(j - 1, j) || !t.is(j, Tokens.CAP)) {
        return false;
      }
      if (d.hasBase(j, Vocab.HEAD)) {
        return true;
      }
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
      if (d.hasBase(j, Vocab.HEAD) || kept[j]) {
        // "Hyun-woo Park, 15," is a person: an age follows
        return !(j + 1 < t.n && t.gapIs(j, ",") && t.is(j + 1, Tokens.ALL_DIGITS)
            && t.end[j + 1] - t.start[j + 1] <= 2);
      }
      if (isNameWord(jb) && !isWordish(jb)) {
        return false; // another name: "Tavistock Okoro"
      }
    }
    return false;
  }
}
