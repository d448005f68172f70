package org.evidencekit.anonymise.internal;

import java.util.Set;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * Small organisations that point at a child or a family: a named care home, club, nursery, youth
 * project, shop, café or car wash ({@code Bramley Lodge}, {@code Little Stars Nursery},
 * {@code Top Flight Barbers}). Capitalised words ending in such a head go, unless every word
 * before the head is generic ("the Youth Club"). Councils, police forces, courts, services and
 * national charities stay (the kept-phrases rule knows them).
 */
final class OrganisationRule extends Rule {
  static final Set<String> VENUE_HEADS =
      Words.set("club clubs nursery nurseries project lodge house cottage farm barn cafe caf\u00e9 coffee barbers"
          + " barber barbershop barber's gym salon salons takeaway kebabs kebab pizza pizzas chippy shop stores"
          + " store garage hostel arms inn tavern lounge studio studios carwash launderette minimart"
          + " supermarket mart motors cars taxis private hire valeting wash bakery bistro grill diner"
          + " restaurant hut express snooker pool boxing gymnasium leisure playgroup preschool pre-school"
          + " creche home homes");
  /** Qualifiers that do not name one place ("the Youth Club"). */
  static final Set<String> GENERIC =
      Words.set("the a an youth community sports sport leisure boxing football rugby cricket martial arts"
          + " local village town church parish school family families children's children kids kid"
          + " women's men's girls' boys' girls boys day night late drop-in after-school breakfast holiday"
          + " residential care foster children's secure new old our their his her my this that"
          + " hand car taxi private hire wash snooker pool public main central city county");
  private static final Set<String> HEADS_NEEDING_TWO = Words.set("house home homes hut express arms");

  @Override
  String id() {
    return "organisation";
  }

  /** "the Golden Dragon takeaway": a capitalised name before a venue written in small letters. */
  private static void lowerHead(Doc d, int i) {
    Tokens t = d.t;
    if (!LOWER_HEADS.contains(t.base(i))) {
      return;
    }
    int b = i;
    while (b - 1 >= 0 && i - b < 4 && t.is(b - 1, Tokens.CAP) && !t.gapHasPunctuation(b - 1, b) && !d.covered[b - 1]
        && !d.kept[b - 1] && !t.is(b - 1, Tokens.ALL_CAPS) && !t.is(b - 1, Tokens.SENTENCE_START)
        && !d.has(b - 1, Vocab.FUNCTION)) {
      b--;
    }
    if (b == i || !d.has(b - 1, Vocab.DETERMINER)) {
      return;
    }
    for (int k = b; k < i; k++) {
      if (!GENERIC.contains(t.key(k)) && !d.lex.nonPersons.contains(t.key(k))) {
        d.add(EntityType.ORGANISATION, t.start[b], t.end[i - 1], 0.7, "organisation-named");
        return;
      }
    }
  }

  /** Venues named before a head in small letters ("the Golden Dragon takeaway"). */
  private static final Set<String> LOWER_HEADS =
      Words.set("takeaway kebab kebabs chippy cafe caf\u00e9 barbers barber's barbershop shop salon gym carwash"
          + " launderette garage hostel pub restaurant hotel club nursery snooker minimart");

  /**
   * Every finding ends at, or just before, a token whose base is of class {@link
   * Vocab#VENUE_HEAD} (a small-letter head is read only at such a token).
   */
  @Override
  boolean mayFind(Doc d) {
    return d.anyHas(Vocab.VENUE_HEAD);
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    for (int i = 1; i < t.n; i++) {
      if (d.covered[i] || !d.hasBase(i, Vocab.VENUE_HEAD)) {
        continue;
      }
      if (t.is(i, Tokens.LOWER)) {
        lowerHead(d, i);
        continue;
      }
      if (!t.is(i, Tokens.CAP)) {
        continue;
      }
      if (i + 1 < t.n && !t.gapHasPunctuation(i, i + 1) && (t.key(i + 1).equals("of") || t.is(i + 1, Tokens.CAP)
          && VENUE_HEADS.contains(t.base(i + 1)))) {
        continue; // "House of Commons"; "Youth Club" is read at "Club"
      }
      int b = i;
      boolean named = false;
      int words = 0;
      while (b - 1 >= 0 && words < 4) {
        int p = b - 1;
        String gap = t.gapAfter(p);
        if (!gap.isEmpty() && !gap.equals("'") && !gap.equals("&")) {
          break;
        }
        String pk = t.base(p);
        if (!(t.is(p, Tokens.CAP) || t.is(p, Tokens.DIGIT) || pk.equals("&") || (pk.equals("and") || pk.equals("of"))
            && p > 0 && t.is(p - 1, Tokens.CAP))) {
          break;
        }
        if (t.is(p, Tokens.SENTENCE_START) && Words.FUNCTION.contains(pk)) {
          break;
        }
        if (d.kept[p] && d.lex.organisations.match(t, p) > 0) {
          named = false;
          b = i;
          break; // "NSPCC House": a national charity's own
        }
        if (!GENERIC.contains(pk) && !Words.TITLES.contains(pk)) {
          named = true;
        }
        b = p;
        words++;
      }
      if (!named) {
        continue;
      }
      if (HEADS_NEEDING_TWO.contains(t.base(i)) && i - b < 1) {
        continue;
      }
      if (t.is(b, Tokens.SENTENCE_START) && i - b == 1 && d.isNameWord(t.base(b)) && !d.isWordish(t.base(b))
          && Words.NAME_PREDICATES.contains(d.nextKey(i))) {
        continue; // "Kayleigh Hall said": a person
      }
      d.add(EntityType.ORGANISATION, t.start[b], t.baseEnd(i), 0.75, "organisation");
    }
  }
}
