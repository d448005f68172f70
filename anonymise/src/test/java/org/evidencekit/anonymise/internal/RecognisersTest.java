package org.evidencekit.anonymise.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each recogniser on its own: a fresh {@link Doc} per text, only that rule run. A row names the
 * rule, the text, the part that must be found ("-" when nothing may be found) and its type.
 */
class RecognisersTest {
  private static final Lexicon LEX = Lexicon.standard();

  static Rule rule(String id) {
    for (Rule r : Engine.standardRules()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The spans one rule finds alone (with the kept-phrases rule first where it reads kept words). */
  static List<Span> alone(String id, String text) {
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    if (id.equals("name") || id.equals("initials") || id.equals("organisation")) {
      rule("kept-phrases").find(d);
    }
    rule(id).find(d);
    return new ArrayList<>(d.spans);
  }

  static String found(List<Span> spans, String text) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(s.type()).append(':').append(text, s.start(), s.end()).append(' ');
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    // numbers with checksums
    "nhs-number|NHS no 943 476 5919 on file|943 476 5919|NHS_NUMBER",
    "nhs-number|ref 9434765919 noted|9434765919|NHS_NUMBER",
    "ni-number|NI AB 12 34 56 C noted|AB 12 34 56 C|NI_NUMBER",
    "ni-number|gave his NI as ne 27 94 31 c|ne 27 94 31 c|NI_NUMBER",
    "ni-number|checked jm482719b today|jm482719b|NI_NUMBER",
    "ni-number|the word ab 12 34 56 e stays|-|-",
    // phones
    "phone|ring 07700 900123 now|07700 900123|PHONE",
    "phone|call +44 (0)20 7946 0521 today|+44 (0)20 7946 0521|PHONE",
    "phone|31 girls in 2011|-|-",
    // dates of birth and ordinary dates
    "date|DOB 02/05/1998 noted|02/05/1998|DATE_OF_BIRTH",
    "date|born 3rd of June 2000 in Leeds|3rd of June 2000|DATE_OF_BIRTH",
    "date|Kayla (14/09/2009) was seen|14/09/2009|DATE_OF_BIRTH",
    "date|a girl born 2 May 1998|2 May 1998|DATE_OF_BIRTH",
    "date|Sent: 14 March 2012 09:41|-|-",
    "date|the meeting on 21 March 2012 at 10am|-|-",
    "date|covers April 2011 to March 2012|-|-",
    // places and addresses
    "postcode|lives near OL1 3EF now|OL1 3EF|POSTCODE",
    "postcode|the postcode is bd7 1ax here|bd7 1ax|POSTCODE",
    "postcode|the code xx7 1ax is no postcode|-|-",
    "address|at 12b Hanover Street today|12b Hanover Street|ADDRESS",
    "address|took her to 23 mill street again|23 mill street|ADDRESS",
    "address|a house on harewood road near the park|harewood road|ADDRESS",
    "address|was The Old Forge, Back Lane, Ripley|The Old Forge|ADDRESS",
    "address|went down the ring road|-|-",
    // schools and organisations
    "school|at St Mary's Primary School today|St Mary's Primary School|SCHOOL",
    "school|the College of Policing said|-|-",
    "organisation|a coach at Northgate Boxing Club for years|Northgate Boxing Club|ORGANISATION",
    "organisation|the youth club on Fridays|-|-",
    // handles, emails, web addresses, file names, IP addresses
    "email|write to a.b-c@example.co.uk now|a.b-c@example.co.uk|EMAIL",
    "email|from bigdaddyj {at} example {dot} com today|bigdaddyj {at} example {dot} com|EMAIL",
    "handle|add @gr8_kid on there|@gr8_kid|SOCIAL_HANDLE",
    "handle|his snap is kayzo_99 and|kayzo_99|SOCIAL_HANDLE",
    "handle|add me on insta its realkingtee now|realkingtee|SOCIAL_HANDLE",
    "handle|she was on Snapchat with her friends|-|-",
    "url|her blog kirstyhalewrites.blogspot.com named him|kirstyhalewrites.blogspot.com|URL",
    "url|see facebook.com/shanice.grant.5 for it|facebook.com/shanice.grant.5|URL",
    "url|guidance at www.gov.uk/safeguarding-children today|-|-",
    "file-name|saved as statement_jsmith_2011.docx there|statement_jsmith_2011.docx|FILE_NAME",
    "file-name|read annual_report_2012.pdf first|-|-",
    "ip-address|from IP address 192.0.2.44 at night|192.0.2.44|IP_ADDRESS",
    "ip-address|the IPv6 address 2001:db8:4f2a::17 again|2001:db8:4f2a::17|IP_ADDRESS",
    "ip-address|at 10:30:00 and 999.1.1.1|-|-",
    // bank details, passports, PINs, case numbers, vehicles
    "bank|sort code 20-45-77, account number 41378809|20-45-77|BANK_ACCOUNT",
    "bank|sort code 20-45-77, account number 41378809|41378809|BANK_ACCOUNT",
    "bank|paid from card 4111 1111 1111 1111 twice|4111 1111 1111 1111|BANK_ACCOUNT",
    "passport|his passport number, 518839274, was found|518839274|PASSPORT",
    "passport|on a Nigerian passport, no. A07742193, with|A07742193|PASSPORT",
    "pin|the passcode for her phone is 190802 so|190802|PIN",
    "pin|the sort code 204577 was|-|-",
    "case-reference|Frameworki ID 558812 – closed|558812|CASE_REF",
    "case-reference|Crime ref 13/88214/11 relates|13/88214/11|CASE_REF",
    "case-reference|in case 2012 comes round|-|-",
    "vehicle-registration|reg yj11 tmv, red Peugeot 206|yj11 tmv|VEHICLE_REG",
    "vehicle-registration|car YG12 KMR seen|YG12 KMR|VEHICLE_REG",
    "vehicle-registration|the 4 men in the car|-|-",
    // names and initials
    "name|Harjit Bath, 42, a taxi driver|Harjit Bath|PERSON",
    "name|Will has been missing since Christmas|Will|PERSON",
    "name|Will the panel consider it|-|-",
    "name|rang paige back today|paige|PERSON",
    "name|spoke to will and his mum today|will|PERSON",
    "name|a man she calls 'Little K', is 26|Little K|PERSON",
    "name|the lads call cocaine charlie and cash|-|-",
    "initials|took the statement from C.|C|INITIALS",
    "initials|LM and DH were placed together|DH|INITIALS",
    "initials|her YOT worker came|-|-",
    "initials|under Plan B. it works|-|-",
    // context, not capitals (names that are words, names in no lexicon, small-letter initials)
    "name|Cotton told staff he was 19|Cotton|PERSON",
    "name|Staff told her to wait|-|-",
    "name|Dealers sold cannabis there|-|-",
    "name|we asked Marble whether he was safe|Marble|PERSON",
    "name|known as Tiny and Crumble by the others|Crumble|PERSON",
    "name|the carer said thembi comes home late|thembi|PERSON",
    "name|it fails with pdftk and qpdf|-|-",
    "name|Devon and Cornwall Police said so|-|-",
    "initials|the girls, v.b. and h.n., were seen|h.n.|INITIALS",
    "initials|meet at 10 a.m. e.g. at the gate|-|-",
    "initials|QRT drove them to the flat|QRT|INITIALS",
    "initials|The BBC said it would report|-|-",
    // a word-name before a surname, before a verb with a person as object; nicknames beside a group; initials in a state
    "name|a lift for Pebble Nwosu, 14, at noon|Pebble Nwosu|PERSON",
    "name|Flint dropped them off at the park|Flint|PERSON",
    "name|Snow closed the schools that week|-|-",
    "name|Valley Ogundipe drove them to Leeds|Valley Ogundipe|PERSON",
    "name|the older men, \u2018Rook\u2019 and \u2018Magpie\u2019, drove|Magpie|PERSON",
    "name|the older men, \u201cRook\u201d, drove|Rook|PERSON",
    "name|the report used the term \u201cGrooming\u201d throughout|-|-",
    "initials|VKD remains high risk, the MASH said|VKD|INITIALS",
    "address|she stays at 22 pelham rise with him|22 pelham rise|ADDRESS",
    "address|it took 3 more close calls|-|-",
    "date|Report written 21/11/2001 by the team|-|-",
    "date|her date of birth is 21/11/2001 so|21/11/2001|DATE_OF_BIRTH",
  })
  void eachRecogniserAlone(String id, String text, String part, String type) {
    List<Span> spans = alone(id, text);
    if (part.equals("-")) {
      assertTrue(spans.isEmpty(), id + " found " + found(spans, text) + "in: " + text);
      return;
    }
    int at = text.indexOf(part);
    boolean hit = false;
    for (Span s : spans) {
      if (s.start() <= at && at + part.length() <= s.end()) {
        assertEquals(EntityType.valueOf(type), s.type(), text);
        hit = true;
      }
    }
    assertTrue(hit, id + " missed '" + part + "' in: " + text + " (found " + found(spans, text) + ")");
  }

  @Test
  void keptPhrasesRuleKeepsPlacesActsAndCars() {
    String text = "Under the Protection of Freedoms Bill a silver Vauxhall Corsa was seen in West Yorkshire.";
    Doc d = new Doc(text, Terms.NONE, LEX, Set.of());
    rule("kept-phrases").find(d);
    for (String w : List.of("Protection", "Freedoms", "Bill", "Vauxhall", "Corsa", "West", "Yorkshire")) {
      int i = d.t.firstFrom(text.indexOf(w));
      assertTrue(d.kept[i], w + " is kept");
    }
    assertTrue(d.spans.isEmpty());
    assertFalse(d.kept[d.t.firstFrom(text.indexOf("silver"))]);
  }

  @Test
  void validatorsFollowTheirStandards() {
    assertTrue(BankRule.luhn("4111111111111111"));
    assertFalse(BankRule.luhn("4111111111111112"));
    assertTrue(BankRule.ibanValid("GB82 WEST 1234 5698 7654 32"));
    assertFalse(BankRule.ibanValid("GB82 WEST 1234 5698 7654 33"));
    assertTrue(IpAddressRule.valid6("2001:db8::1"));
    assertTrue(IpAddressRule.valid6("2001:0db8:aa10:0002:0000:0000:0000:beef"));
    assertFalse(IpAddressRule.valid6("10:30:00"));
    assertFalse(IpAddressRule.valid6("1::2::3"));
  }

  @Test
  void everyRuleHasAUniqueId() {
    List<String> ids = Engine.standardIds();
    assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    Supplier<String> list = ids::toString;
    assertTrue(ids.size() >= 20, list);
  }
}
