package org.evidencekit.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evidencekit.anonymise.internal.Checksums;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnonymiserTest {
  private final TextAnonymiser standard = TextAnonymiser.standard();

  private String anon(String s) {
    return standard.anonymise(s).text();
  }

  private EntityType typeOf(String text, String part) {
    int at = text.indexOf(part);
    for (Span s : PiiDetector.standard().detect(text)) {
      if (s.start() <= at && at + part.length() <= s.end()) {
        return s.type();
      }
    }
    return null;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DOB 02/05/1998 noted|02/05/1998|DATE_OF_BIRTH",
        "born 2.5.98 in Leeds|2.5.98|DATE_OF_BIRTH",
        "born 2 May 1998 in Leeds|2 May 1998|DATE_OF_BIRTH",
        "born May 2nd 1998 in Leeds|May 2nd 1998|DATE_OF_BIRTH",
        "date of birth 1998-05-02 noted|1998-05-02|DATE_OF_BIRTH",
        "Kayla (14/09/1999) was seen|14/09/1999|DATE_OF_BIRTH",
        "NHS number 943 476 5919 noted|943 476 5919|NHS_NUMBER",
        "number 9434765919 noted|9434765919|NHS_NUMBER",
        "NHS no 123 456 7890 noted|123 456 7890|NHS_NUMBER",
        "NI AB 12 34 56 C noted|AB 12 34 56 C|NI_NUMBER",
        "NI QQ123456C noted|QQ123456C|NI_NUMBER",
        "lives in BS7 8AA now|BS7 8AA|POSTCODE",
        "lives in M1 1AE now|M1 1AE|POSTCODE",
        "call 07700 900123 now|07700 900123|PHONE",
        "call 01632 960001 now|01632 960001|PHONE",
        "call +44 (0)114 496 0987 now|+44 (0)114 496 0987|PHONE",
        "call 020 7946 0999 now|020 7946 0999|PHONE",
        "call (0161) 496 0000 now|0161) 496 0000|PHONE",
        "mail a.b-c@example.co.uk now|a.b-c@example.co.uk|EMAIL",
        "add @gr8_kid on there|@gr8_kid|SOCIAL_HANDLE",
        "car YG12 KMR seen|YG12 KMR|VEHICLE_REG",
        "car P123 ABC seen|P123 ABC|VEHICLE_REG",
        "car ABC 123D seen|ABC 123D|VEHICLE_REG",
        "crime reference 44/12345/11 closed|44/12345/11|CASE_REF",
        "file CR/1234/20 closed|CR/1234/20|CASE_REF",
        "at 12b Hanover Street today|12b Hanover Street|ADDRESS",
        "at St Mary's Primary School today|St Mary's Primary School|SCHOOL",
        "at Westvale Academy today|Westvale Academy|SCHOOL",
        "the man called 'Big Sam' paid|Big Sam|PERSON",
        "Mr O'Neill said so|O'Neill|PERSON",
        "picked K.L. up|K.L.|INITIALS",
      })
  void findsEachType(String text, String part, EntityType type) {
    assertEquals(type, typeOf(text, part), text);
    assertFalse(anon(text).contains(part), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We worked with 31 young people in 2011, most of them girls aged 13 to 16.",
        "Barnardo's, CAMHS, Childline and West Yorkshire Police ran joint training in Bradford.",
        "The Local Safeguarding Children Board met in September 2011 and again on 12 March 2012.",
        "Referrals rose from 240 to 310 across three local authorities last year.",
        "Summer term sessions ran in Bolton with support from the Brook sexual health service.",
        "The National Referral Mechanism and the Crown Prosecution Service were involved.",
      })
  void keepsOrdinaryText(String text) {
    assertEquals(text, anon(text));
  }

  @Test
  void nhsChecksumFollowsTheModulus11Rule() {
    assertTrue(Checksums.nhsValid("9434765919"));
    assertFalse(Checksums.nhsValid("9434765918"));
    assertEquals(9, Checksums.nhsCheckDigit("943476591"));
  }

  @Test
  void niPrefixesFollowHmrcRules() {
    assertTrue(Checksums.niPrefixValid("AB"));
    assertFalse(Checksums.niPrefixValid("DA"), "D never first");
    assertFalse(Checksums.niPrefixValid("AO"), "O never second");
    assertFalse(Checksums.niPrefixValid("GB"), "GB unallocated");
    assertFalse(Checksums.niPrefixValid("QQ"), "the dummy prefix is not valid, yet still removed");
  }

  @Test
  void dramaRangesAreTakenAsPhones() {
    assertTrue(Checksums.isDramaNumber("7700900123"));
    assertTrue(Checksums.isDramaNumber("1632960001"));
    assertTrue(Checksums.isDramaNumber("1144960987"));
    assertFalse(Checksums.isDramaNumber("7700800123"));
  }

  @Test
  void aBareNhsNumberIsAnNhsNumberNotAPhone() {
    assertEquals(EntityType.NHS_NUMBER, typeOf("ref 4505577104 noted", "4505577104"));
  }

  @Test
  void reportNeverHoldsTheOriginalText() {
    String text = "Jasmine Boateng (DOB 02/05/1998) rang 07700 900123.";
    AnonymisedText a = standard.anonymise(text);
    assertEquals(3, a.report().size());
    String report = a.report().toString() + a;
    for (String secret : List.of("Jasmine", "Boateng", "02/05/1998", "07700")) {
      assertFalse(report.contains(secret), secret);
    }
    ReportEntry first = a.report().get(0);
    assertEquals(EntityType.PERSON, first.type());
    assertEquals(0, first.start());
    assertEquals(15, first.end());
    assertEquals("[NAME]", a.text().substring(first.outputStart(), first.outputEnd()));
    assertEquals(Operator.Action.REPLACED, first.action());
  }

  @Test
  void pseudonymsAreConsistentWithinADocumentAndAcrossABatch() {
    TextAnonymiser a =
        TextAnonymiser.builder().operator(EntityType.PERSON, Operator.pseudonym("Child")).build();
    assertEquals(
        "Child A met Child B; later Child A told her teacher.",
        a.anonymise("Jasmine Boateng met Aaliyah; later Jasmine told her teacher.").text());
    TextAnonymiser.Batch batch = a.newBatch();
    assertEquals("Child A was seen.", batch.anonymise("Aaliyah was seen.").text());
    assertEquals("Child B and Child A were seen.", batch.anonymise("Kwame and Aaliyah were seen.").text());
    assertEquals("Child A was seen.", a.anonymise("Kwame was seen.").text(), "a new document starts again");
  }

  @Test
  void maskKeepsLengthAndPunctuation() {
    TextAnonymiser a = TextAnonymiser.builder().operator(Operator.mask('#')).build();
    assertEquals("Call ##### ####### on ##### ######.", a.anonymise("Call Sarah Dunmore on 07700 900123.").text());
    assertThrows(IllegalArgumentException.class, () -> Operator.mask('x'));
  }

  @Test
  void hmacTokensDependOnTheKeyAndAreStable() {
    byte[] k1 = "0123456789abcdef0123".getBytes(StandardCharsets.UTF_8);
    byte[] k2 = "fedcba9876543210fedc".getBytes(StandardCharsets.UTF_8);
    TextAnonymiser a = TextAnonymiser.builder().operator(Operator.hmac(k1)).build();
    TextAnonymiser b = TextAnonymiser.builder().operator(Operator.hmac(k2)).build();
    String one = a.anonymise("Kwame rang.").text();
    assertTrue(one.matches("\\[NAME:[0-9a-f]{10}\\] rang\\."), one);
    assertEquals(one, a.anonymise("Kwame rang.").text());
    assertNotEquals(one, b.anonymise("Kwame rang.").text());
    assertFalse(Operator.hmac(k1).toString().contains("0123"));
    assertEquals(one, a.anonymise(one).text(), "idempotent");
    assertThrows(IllegalArgumentException.class, () -> Operator.hmac(new byte[4]));
  }

  @Test
  void anonymisingTwiceChangesNothingMore() {
    String text =
        "DS Mark Fenwick met JT and her friend amber at 5 Mill Lane, Oldham OL1 3EF on 2 May 1998;"
            + " call 07700 900123 or email s.dunmore@westvale.gov.uk, NHS 943 476 5919.";
    for (TextAnonymiser a :
        List.of(
            standard,
            TextAnonymiser.builder().operator(Operator.pseudonym()).build(),
            TextAnonymiser.builder().operator(EntityType.PERSON, Operator.pseudonym("Child")).build(),
            TextAnonymiser.builder().operator(Operator.mask()).build())) {
      String once = a.anonymise(text).text();
      AnonymisedText twice = a.anonymise(once);
      assertEquals(once, twice.text());
      assertTrue(twice.report().isEmpty());
    }
  }

  @Test
  void onlyItsOwnTagsAreTakenForItsOutput() {
    // capitals in brackets that are no tag of the anonymiser are the writer's: an email address
    // written out in capitals is found like any other
    String text = "HER FRIEND SAYS THE MEN MESSAGE HER FROM KAYLEIGH.B [AT] EXAMPLE [DOT] COM EVERY NIGHT.";
    String out = standard.anonymise(text).text();
    assertFalse(out.contains("KAYLEIGH"), out);
    assertTrue(out.contains("[EMAIL]"), out);
    // its own tags, plain or keyed, are still left alone
    String own = "[NAME] and [NAME:3f9a0c12de] met [INITIALS] at [ADDRESS].";
    assertEquals(own, standard.anonymise(own).text());
  }

  @Test
  void knownTermsAreRemovedAndKept() {
    KnownTerms terms =
        KnownTerms.builder().removePerson("Harriet Oyelaran").removeOrganisation("Northdale Safe Steps Project").build();
    String out = standard.anonymise("Harriet set up Northdale Safe Steps Project (NSSP) with Oyelaran's team.", terms).text();
    assertFalse(out.contains("Harriet"), out);
    assertFalse(out.contains("Oyelaran"), out);
    assertFalse(out.contains("Northdale"), out);
    assertFalse(out.contains("NSSP"), out);
    assertFalse(terms.toString().contains("Harriet"));

    KnownTerms keep = KnownTerms.builder().keep("Harriet Oyelaran").build();
    assertEquals(
        "Harriet Oyelaran met [NAME] (DOB [DATE_OF_BIRTH]).",
        standard.anonymise("Harriet Oyelaran met Kwame (DOB 02/05/1998).", keep).text());
  }

  @Test
  void isThreadSafe() throws Exception {
    String text = "Jasmine Boateng (DOB 02/05/1998) rang 07700 900123 from 5 Mill Lane, Oldham OL1 3EF.";
    String expected = anon(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        all.add(pool.submit(() -> anon(text)));
      }
      for (Future<String> f : all) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void spansAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new Span(EntityType.PERSON, 3, 3, 0.5, "r"));
    assertThrows(IllegalArgumentException.class, () -> new Span(EntityType.PERSON, 0, 3, 1.5, "r"));
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().threshold(2));
  }

  @Test
  void thresholdAndTypesFilter() {
    PiiDetector onlyPhones = PiiDetector.builder().types(java.util.EnumSet.of(EntityType.PHONE)).build();
    List<Span> spans = onlyPhones.detect("Kwame rang 07700 900123.");
    assertEquals(1, spans.size());
    assertEquals(EntityType.PHONE, spans.get(0).type());
  }
}
