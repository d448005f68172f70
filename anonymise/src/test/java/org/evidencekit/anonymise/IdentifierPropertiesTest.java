package org.evidencekit.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.evidencekit.anonymise.internal.Checksums;
import org.evidencekit.anonymise.internal.Lexicon;

/**
 * Generated identifiers of every type, embedded in generated prose, are always removed; prose
 * without identifiers comes back unchanged; anonymising is idempotent.
 */
class IdentifierPropertiesTest {
  private static final TextAnonymiser ANON = TextAnonymiser.standard();

  private static final List<String> OPENINGS =
      List.of(
          "The outreach team met", "Staff were worried about", "We referred", "Police spoke to",
          "The panel discussed", "Our worker visited", "Records show", "The school contacted",
          "Last year we supported", "In the review we noted");
  private static final List<String> WORDS =
      List.of(
          "young", "people", "support", "weekly", "sessions", "with", "the", "team", "after",
          "school", "in", "Leeds", "Bradford", "Rochdale", "and", "their", "carers", "older",
          "men", "a", "referral", "to", "CAMHS", "Barnardo's", "Childline", "missing", "episodes",
          "training", "for", "staff", "aged 14", "31 girls", "girls", "boys", "2011", "September",
          "West", "Yorkshire", "Police", "local", "authority", "health", "services", "safety",
          "planning", "multi-agency", "meetings", "were", "held", "monthly", "on", "Fridays",
          "outreach", "workers", "take-up", "improved", "NSPCC", "Brook", "partnership", "panel");

  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> sentence =
        Combinators.combine(
                Arbitraries.of(OPENINGS), Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(14))
            .as((o, w) -> o + " " + String.join(" ", w) + ".");
    return sentence.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void proseWithoutIdentifiersIsUnchanged(@ForAll("prose") String text) {
    assertEquals(text, ANON.anonymise(text).text());
  }

  @Provide
  Arbitrary<String> nhsNumber() {
    return Arbitraries.strings().numeric().ofLength(9)
        .filter(s -> Checksums.nhsCheckDigit(s) >= 0 && s.charAt(0) != '0')
        .flatMap(s -> Arbitraries.of(" ", "", "-").map(sep -> {
          String d = s + Checksums.nhsCheckDigit(s);
          return d.substring(0, 3) + sep + d.substring(3, 6) + sep + d.substring(6);
        }));
  }

  @Provide
  Arbitrary<String> niNumber() {
    Arbitrary<String> prefix =
        Arbitraries.strings().withChars("ABCEGHJKLMNPRSTWXYZ").ofLength(2).filter(Checksums::niPrefixValid);
    return Combinators.combine(prefix, Arbitraries.strings().numeric().ofLength(6), Arbitraries.of("A", "B", "C", "D"),
            Arbitraries.of(true, false))
        .as((p, d, s, spaced) -> spaced
            ? p + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + s
            : p + d + s);
  }

  @Provide
  Arbitrary<String> postcode() {
    Arbitrary<String> area = Arbitraries.of("B", "M", "L", "S", "BS", "OL", "LS", "WN", "SW", "NG", "BD", "EC", "WC");
    Arbitrary<String> inwardLetters = Arbitraries.strings().withChars("ABDEFGHJLNPQRSTUWXYZ").ofLength(2);
    return Combinators.combine(area, Arbitraries.integers().between(1, 29), Arbitraries.integers().between(0, 9), inwardLetters)
        .as((a, d, i, l) -> a + d + " " + i + l);
  }

  @Provide
  Arbitrary<String> dramaPhone() {
    Arbitrary<String> mobile = Arbitraries.integers().between(0, 999).map(n -> String.format("07700 900%03d", n));
    Arbitrary<String> geo = Combinators.combine(Arbitraries.of("0113", "0114", "0115", "0116", "0117", "0121", "0161", "0191"),
            Arbitraries.integers().between(0, 999))
        .as((a, n) -> a + " 496 0" + String.format("%03d", n));
    Arbitrary<String> london = Arbitraries.integers().between(0, 999).map(n -> String.format("020 7946 0%03d", n));
    Arbitrary<String> intl = Arbitraries.integers().between(0, 999).map(n -> String.format("+44 7700 900%03d", n));
    Arbitrary<String> fictional = Arbitraries.integers().between(0, 999).map(n -> String.format("01632 960%03d", n));
    return Arbitraries.oneOf(mobile, geo, london, intl, fictional);
  }

  @Provide
  Arbitrary<String> email() {
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_').ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && Character.isLetterOrDigit(s.charAt(s.length() - 1)));
    Arbitrary<String> domain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
    return Combinators.combine(local, domain, Arbitraries.of(".org.uk", ".gov.uk", ".com", ".co.uk", ".nhs.uk"))
        .as((l, d, tld) -> l + "@" + d + tld);
  }

  @Provide
  Arbitrary<String> dateOfBirth() {
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    return Combinators.combine(Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1960, 2011), Arbitraries.integers().between(0, 6))
        .as((d, m, y, f) -> {
          switch (f) {
            case 0: return String.format("%02d/%02d/%d", d, m, y);
            case 1: return d + "." + m + "." + String.format("%02d", y % 100);
            case 2: return d + " " + months[m - 1] + " " + y;
            case 3: return months[m - 1] + " " + d + ordinal(d) + " " + y;
            case 4: return String.format("%d-%02d-%02d", y, m, d);
            case 5: return d + ordinal(d) + " " + months[m - 1].substring(0, 3) + " " + y;
            default: return d + "/" + m + "/" + String.format("%02d", y % 100);
          }
        });
  }

  private static String ordinal(int d) {
    if (d % 10 == 1 && d != 11) return "st";
    if (d % 10 == 2 && d != 12) return "nd";
    if (d % 10 == 3 && d != 13) return "rd";
    return "th";
  }

  @Provide
  Arbitrary<String> listedName() {
    Lexicon lex = Lexicon.standard();
    List<String> firsts = lex.firstNameList().stream().filter(n -> !lex.isWord(n) && n.length() > 2).toList();
    List<String> surs = lex.surnameList().stream().filter(n -> !lex.isWord(n) && n.length() > 2).toList();
    return Combinators.combine(Arbitraries.of(firsts), Arbitraries.of(surs)).as((f, s) -> cap(f) + " " + cap(s));
  }

  @Provide
  Arbitrary<String> syllableName() {
    Arbitrary<String> syl = Arbitraries.of("ka", "lo", "mi", "ze", "tu", "ran", "bek", "dro", "sha", "vin", "qu", "ol",
        "ny", "ade", "ji", "wen", "por", "xi", "usa", "el");
    return syl.list().ofMinSize(2).ofMaxSize(3).map(l -> cap(String.join("", l)));
  }

  private static String cap(String s) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char c : s.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == '-' || c == '\'' || c == ' ';
    }
    return b.toString();
  }

  private static void assertRemoved(String prose, String id, String text) {
    AnonymisedText a = ANON.anonymise(text);
    assertFalse(a.text().contains(id), () -> "left in: " + text + " -> " + a.text());
    assertTrue(a.changed());
  }

  @Property(tries = 200)
  void nhsNumbersAreRemoved(@ForAll("prose") String p, @ForAll("nhsNumber") String id) {
    assertRemoved(p, id, p + " The number " + id + " was on the notes.");
  }

  @Property(tries = 200)
  void niNumbersAreRemoved(@ForAll("prose") String p, @ForAll("niNumber") String id) {
    assertRemoved(p, id, p + " His NI number is " + id + ", he said.");
  }

  @Property(tries = 200)
  void postcodesAreRemoved(@ForAll("prose") String p, @ForAll("postcode") String id) {
    assertRemoved(p, id, p + " She lives near " + id + " with her nan.");
  }

  @Property(tries = 200)
  void phonesAreRemoved(@ForAll("prose") String p, @ForAll("dramaPhone") String id) {
    assertRemoved(p, id, p + " Ring " + id + " after six.");
  }

  @Property(tries = 200)
  void emailsAreRemoved(@ForAll("prose") String p, @ForAll("email") String id) {
    assertRemoved(p, id, p + " Write to " + id + " for help.");
  }

  @Property(tries = 300)
  void datesOfBirthAreRemoved(@ForAll("prose") String p, @ForAll("dateOfBirth") String id,
      @ForAll boolean cued) {
    String text = cued ? p + " Her date of birth is " + id + "." : p + " Kayla (" + id + ") was referred.";
    assertRemoved(p, id, text);
  }

  @Property(tries = 300)
  void listedNamesAreRemoved(@ForAll("prose") String p, @ForAll("listedName") String name,
      @ForAll("cues") String cue) {
    String text = p + " " + cue.replace("%s", name);
    AnonymisedText a = ANON.anonymise(text);
    for (String part : name.split(" ")) {
      // as a whole word: "Wes" may stand inside "West" in the generated prose
      assertFalse(java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(part) + "(?![\\p{L}])")
          .matcher(a.text()).find(), () -> "left in: " + text + " -> " + a.text());
    }
  }

  @Property(tries = 300)
  void unknownNamesAfterCuesAreRemoved(@ForAll("prose") String p, @ForAll("syllableName") String name,
      @ForAll("cues") String cue) {
    // Without a cue word, a capitalised English word ("Tutu said ...") cannot be told from a
    // word; with one ("her friend Tutu"), it must be removed.
    boolean cued = !cue.startsWith("%s") && !cue.startsWith("Then");
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    net.jqwik.api.Assume.that(cued || !Lexicon.standard().isWord(lower) && !Lexicon.standard().isDerivedWord(lower, true));
    String text = p + " " + cue.replace("%s", name);
    AnonymisedText a = ANON.anonymise(text);
    assertFalse(a.text().contains(name), () -> "left in: " + text + " -> " + a.text());
  }

  @Provide
  Arbitrary<String> cues() {
    return Arbitraries.of(
        "A girl called %s was seen.", "Her friend %s told us.", "We spoke to Mr %s about it.",
        "DC %s took the statement.", "%s said the men gave her vodka.", "She is known as %s locally.",
        "Her brother %s, aged 15, was there.", "The boy named %s ran off.", "Mrs %s rang the team.",
        "Then %s went missing again.");
  }

  @Property(tries = 300)
  void anonymisingIsIdempotent(@ForAll("prose") String p, @ForAll("listedName") String name,
      @ForAll("dateOfBirth") String dob, @ForAll("dramaPhone") String phone, @ForAll("postcode") String pc) {
    String text = p + " " + name + " (DOB " + dob + ") rang " + phone + " from " + pc + ". " + p;
    for (TextAnonymiser a : List.of(ANON, TextAnonymiser.builder().operator(Operator.pseudonym()).build())) {
      String once = a.anonymise(text).text();
      assertEquals(once, a.anonymise(once).text(), text);
    }
  }

  @Property(tries = 100)
  void reportOffsetsPointAtTheReplacements(@ForAll("prose") String p, @ForAll("listedName") String name,
      @ForAll("email") String email) {
    String text = p + " " + name + " wrote from " + email + ".";
    AnonymisedText a = ANON.anonymise(text);
    for (ReportEntry e : a.report()) {
      assertEquals(e.type().tag(), a.text().substring(e.outputStart(), e.outputEnd()));
      assertTrue(e.end() <= text.length());
    }
    Tuple.of(1, 2);
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> chunk = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("aAbB .,'\"-/@:()[]0123456789\u2019").ofMaxLength(20),
        Arbitraries.of("Mr", "DC", "called", "born", "DOB", "NHS", "@", "[NAME]", "Child A", "K.L.", "07700",
            "900123", "OL1", "3EF", "'", "\"", "Snapchat:", "reg", "crime reference", "at", "dot", "İ", "ß", "\uD83D\uDE00"));
    return chunk.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }

  @Property(tries = 1000)
  void anyTextIsAnonymisedWithoutFailingAndOnlyOnce(@ForAll("anyText") String text) {
    AnonymisedText a = ANON.anonymise(text);
    for (ReportEntry e : a.report()) {
      assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= text.length());
    }
    assertEquals(a.text(), ANON.anonymise(a.text()).text(), text);
  }
}
