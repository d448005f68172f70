package org.evidencekit.anonymise.internal;

import java.util.Set;

/** Small fixed word sets the recognisers use as cues and stops (all lower case). */
final class Words {
  private Words() {}

  static Set<String> set(String words) {
    // A HashSet, not Set.copyOf: an immutable set's slots depend on a salt drawn per run, and so
    // did the cost of its lookups (and the order in which Vocab's table was filled); a HashSet
    // places a word by its hash alone, the same in every run, and finds its slot with a mask.
    return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words.trim().split("\\s+"))));
  }

  /** Titles and ranks before a name. */
  static final Set<String> TITLES =
      set("mr mrs ms miss mx dr dc ds di dci dsi dsu det pc wpc pcso sgt sergeant insp inspector"
          + " detective constable cllr councillor prof professor rev revd reverend fr father sister"
          + " brother imam rabbi pastor judge lord lady sir dame uncle aunt auntie aunty nurse"
          + " coach master madam");

  /** Titles that are also ordinary words: the name after them must look like a name. */
  static final Set<String> WORD_TITLES =
      set("father sister brother judge lord lady master madam coach nurse uncle aunt auntie aunty"
          + " sergeant inspector detective constable professor reverend councillor");

  /** Words after which the next word is someone's name (or nickname). */
  static final Set<String> STRONG_CUES = set("called named nicknamed aka alias");

  /** People words after which a name often follows ("her brother Blessing"). */
  static final Set<String> RELATIONS =
      set("friend friends boyfriend girlfriend partner ex mother mum mam mummy father dad daddy"
          + " brother sister cousin uncle aunt auntie aunty nan nana nanna gran granny grandma"
          + " grandmother grandad granddad grandfather son daughter stepdad stepfather stepmum"
          + " stepmother stepbrother stepsister niece nephew husband wife carer worker teacher"
          + " victim girl boy woman man child pupil student perpetrator suspect offender defendant"
          + " neighbour mate colleague manager officer lad sibling twin baby teenager youngster"
          + " client patient resident landlord fiance fiancee bestie babe hun mentor keyworker"
          + " practitioner adviser advisor nurse doctor sis bro cousins");

  /** Words that are never a name after a cue. */
  static final Set<String> FUNCTION =
      set("the a an and or but if of in on at to by for with from into onto about as is was are"
          + " were be been being he she it they we you i me him her them us his hers its their"
          + " our your my this that these those who whom whose which what when where why how"
          + " not no yes so too very also just then there here has have had do does did will"
          + " would can could should may might must shall all any some each every other another"
          + " one two three four five six seven eight nine ten up down out over off again"
          + " told said says asked went got came back after before because while since until"
          + " himself herself themselves myself yourself s t");

  /** Personal pronouns (subjects and objects). */
  static final Set<String> PRONOUNS = set("i you he she we they me him her us them it");

  /** Words after which a capitalised word is a thing, not a person ("the Summer term"). */
  static final Set<String> DETERMINERS =
      set("the a an this these those our their your its every each no any some");

  /** Words that follow a name at the start of a sentence ("Faith said ..."). */
  static final Set<String> NAME_PREDICATES =
      set("said says told tells was is has had have were went goes got gets met meets came comes"
          + " and or who whose whom would will could can did does didn't wasn't isn't hasn't"
          + " asked explained disclosed reported became started stayed lived lives ran left"
          + " returned agreed refused wanted wants felt feels knew knows thought thinks saw sees"
          + " arrived attended attends disappeared texted messaged phoned rang showed took gave"
          + " made needed needs tried tries used uses works worked lost found spoke speaks talked"
          + " talks admitted denied alleged claims claimed also then later now never often always"
          + " aged age turned must should might shall herself himself kept keeps began begins"
          + " moved moves stole sent sends received receives smoked drank missed misses loves"
          + " loved likes liked hates hated wrote writes walked walks answered");

  /** Words before a month that make it a month, not a name ("in May"). */
  static final Set<String> TEMPORAL =
      set("in since during until till by from of last next this early late mid end before after"
          + " between throughout through over into across every each start beginning");

  /** Words before a date that make it the date of an event, not of a birth. */
  static final Set<String> EVENT_PREPS =
      set("on since until till from by before after between dated and to than held of monday tuesday"
          + " wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun");

  /** The last word of the name of a place or organisation. */
  static final Set<String> HEADS =
      set("street road lane avenue close drive way grove court crescent terrace gardens place"
          + " square park hill church chapel mosque temple gurdwara synagogue cathedral hall house"
          + " centre center hospital clinic surgery practice school academy college university"
          + " nursery station airport council borough county city town police constabulary force"
          + " trust foundation project service services team unit board partnership group network"
          + " agency authority commission commissioner department office ministry prison club"
          + " society association charity forum panel committee company ltd limited plc hotel"
          + " estate bridge river valley market cafe bar restaurant takeaway cinema arena stadium"
          + " library museum gallery theatre institute village ward district region tribunal"
          + " inquiry review programme initiative campaign fund news times post echo gazette herald"
          + " mail guardian telegraph media radio fm shop shops store stores centres services"
          + " alliance coalition collective network consortium federation union league"
          + " service's team's foundation's trust's protocol convention act law report declaration"
          + " treaty strategy framework guidance studies study");

  /** Heads of places (a first name before them is not a person: "Grace Church"). */
  static final Set<String> PLACE_HEADS =
      set("street road lane avenue close drive way grove court crescent terrace gardens place"
          + " square park hill church chapel mosque temple gurdwara synagogue cathedral hall house"
          + " centre center hospital clinic surgery school academy college university nursery"
          + " station airport estate bridge market cafe bar hotel library museum theatre village"
          + " ward line road's");

  /** Street suffixes of an address. */
  static final String STREET_SUFFIX =
      "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Grove|Gardens|Gdns|Place|Pl"
          + "|Court|Ct|Crescent|Cres|Terrace|Tce|Walk|Mews|Row|Hill|Square|Sq|Park|Rise|View"
          + "|Parade|Green|Vale|Fields|Meadow|Meadows|Mead|Yard|Wharf|Quay|Boulevard|Brow|Bank"
          + "|Croft|Gate|Chase|Heights|Villas|Cottages|Estate|Wynd|Grange|Lea|Crest|Garth|Fold"
          + "|Approach|Circle|Hollow|Nook|End|Side";

  /** Words before a place name that make it the place ("in Bath", "near Whitby"). */
  static final Set<String> PLACE_WORDS_BEFORE =
      set("in at from to near around across into via outside of north south east west central"
          + " through towards toward within throughout");

  /** Colours, before a car's make or model ("a silver Corsa"). */
  static final Set<String> COLOURS =
      set("black white silver grey gray red blue green yellow orange purple pink brown gold golden"
          + " maroon navy beige cream bronze burgundy dark light bright metallic matte champagne"
          + " turquoise teal lime charcoal");

  /** Street suffixes that name a street even in small letters ("23 mill street"). */
  static final String STRONG_STREET_SUFFIX =
      "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Terrace|Crescent|Grove|Gardens|Drive|Mews|Boulevard";

  /** The last word of a house's own name ("Glebe House", "Holme Farm Cottage"). */
  static final Set<String> HOUSE_HEADS =
      set("house cottage cottages farm farmhouse barn grange manor mill forge lodge hall villa bungalow"
          + " croft view lea bank rise end");

  /** Words that may stand inside a name ("Tran Van Minh", "Ibn Saud"). */
  static final Set<String> PARTICLES =
      set("van von de da del della di du le la bin binti ibn al el ap mac abu bint ben ter den"
          + " der dos das st");

  /** Words that make a school's name generic ("the local primary school"). */
  static final Set<String> GENERIC_SCHOOL =
      set("the a primary secondary high junior infant infants grammar community sixth form"
          + " special free independent boarding faith catholic church c e of england girls boys"
          + " girls' boys' local our their further higher education technical city state private"
          + " studio middle upper first nursery new his her my your and & comprehensive"
          + " mainstream alternative provision village pupil referral unit residential virtual hospital"
          + " online summer sunday night driving police medical business art arts drama dance music"
          + " language languages football sports sport forest secure training");

  /** Roman numerals, never initials. */
  static final Set<String> ROMAN = set("ii iii iv vi vii viii ix xi xii xiii xiv xv xx");
}
