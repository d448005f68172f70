package org.evidencekit.anonymise.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word knowledge of the name finder, loaded once from the resources beside this class: first
 * names and surnames across the communities of England, common English words, places, kept
 * organisations, nationalities and other capitalised words that never name a person, and
 * abbreviations that are not initials. All lookups take lower-case keys. Immutable after
 * loading; thread-safe.
 */
public final class Lexicon {
  private static volatile Lexicon standard;

  final Set<String> firstNames;
  final Set<String> surnames;
  final Set<String> words;
  final Set<String> nonPersons;
  final Set<String> acronyms;
  final PhraseSet places;
  final PhraseSet organisations;
  final Set<String> carMakes;
  final Set<String> carModels;
  private volatile Vocab vocab;

  /** The word classes of this lexicon's words and of the recognisers' word lists. */
  Vocab vocab() {
    Vocab v = vocab;
    if (v == null) {
      synchronized (this) {
        v = vocab;
        if (v == null) {
          v = new Vocab(this);
          vocab = v;
        }
      }
    }
    return v;
  }

  /** Words of the internet and of file names that are no one's name ("vlogs", "official"). */
  static final Set<String> TECH_WORDS =
      Words.set("vlog vlogs vlogger blog blogs blogger blogspot wordpress youtube facebook instagram insta"
          + " tiktok snapchat twitter www http https html htm php aspx index home official channel page"
          + " pics pic pix vids vid video videos photo photos img jpg png doc docx pdf xls xlsx csv txt"
          + " final draft v1 v2 v3 copy scan scanned transcript chronology minutes notes statement"
          + " report referral signed redacted app apps online offline login admin info uk co com org net"
          + " xbox psn roblox fortnite gamer tv hd fm live feed");

  private Lexicon() {
    firstNames = union(words("first-names.txt"), words("first-names-faker.txt"));
    surnames = union(words("surnames.txt"), words("surnames-faker.txt"));
    Set<String> w = new HashSet<>(80_000);
    readLines("lexicon.txt.gz", line -> w.add(line.strip()));
    // Informal and newer words that the dictionary lacks.
    for (String extra :
        ("nan nana nanna nanny mum mam mummy mumma dad daddy bro bruv sis lads lad innit takeaway"
                + " takeaways wellbeing sexting online offline app apps selfie selfies groomer groomers"
                + " safeguarding multi-agency referral referrals signpost signposting outreach"
                + " caseworker caseload looked-after carer carers stepdad stepmum stepbrother stepsister"
                + " foster fostering kinship kebab shisha vape vaping weed skunk spice county"
                + " lines trafficker traffickers pimp pimping bestie fella blokes bloke mate mates"
                + " hun babe babes hubby dob d.o.b aka a.k.a ok okay etc e.g i.e url www http https com"
                // text speak: words written without their apostrophe, or shortened
                + " hadnt hasnt havent wasnt werent isnt arent didnt doesnt dont cant wont couldnt wouldnt"
                + " shouldnt mustnt aint im ive id ill youre youve theyre theyve thats whats wheres whos"
                + " hes shes lets u ur r ya yeah yh yeh ye pls plz cos coz cuz bc tho thru gonna wanna"
                + " gotta innit lol omg tbh idk ffs wtf bruv fam peng ting mandem gyal wagwan nah bro"
                + " bestie bezzie hmu dm dms pm pms snapped snapping sexted nudes nude wifi"
                + " bf gf bff ppl rn smh wyd hbu ty np ily xx xxx xo gn gm brb ttyl imo btw fyi asap cba"
                + " mins hrs nvm obvs deffo defo wiv wid dat dis dem tht wat wen ppl bday pic pics vid vids"
                + " txt txts msg msgs ans yrs yr mth mths wk wks approx info nino nin dob dod")
            .split(" ")) {
      w.add(extra);
    }
    words = Collections.unmodifiableSet(w);
    acronyms = Collections.unmodifiableSet(new HashSet<>(rawWords("acronyms.txt")));
    Set<String> np = new HashSet<>(words("nationalities.txt"));
    places = new PhraseSet(lines("places.txt"));
    organisations = new PhraseSet(lines("organisations.txt"));
    nonPersons = Collections.unmodifiableSet(np);
    carMakes = words("car-makes.txt");
    carModels = words("car-models.txt");
  }

  /** The standard lexicon, loaded on first use. */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = standard;
        if (l == null) {
          l = new Lexicon();
          standard = l;
        }
      }
    }
    return l;
  }

  public boolean isFirstName(String lower) {
    return firstNames.contains(lower);
  }

  public boolean isSurname(String lower) {
    return surnames.contains(lower);
  }

  /** Whether this is an ordinary English word (lower case). */
  public boolean isWord(String lower) {
    return words.contains(lower);
  }

  private static final String[][] SUFFIXES = {
    {"isation", "ise"}, {"isation", "ize"}, {"isation", ""}, {"ization", ""}, {"ise", ""}, {"ised", ""}, {"ization", "ize"}, {"isations", "ise"}, {"ised", "ise"},
    {"ising", "ise"}, {"ness", ""}, {"ments", "ment"}, {"ment", ""}, {"ings", "ing"}, {"ing", ""},
    {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"ers", ""}, {"er", ""}, {"ly", ""}, {"s", ""}, {"es", ""},
    {"ies", "y"}, {"ity", ""}, {"al", ""}, {"ful", ""}, {"less", ""}, {"ism", ""}, {"ist", ""}, {"ists", ""}
  };

  /** Whether this is an ordinary word by its form: a known word with a common ending. */
  public boolean isDerivedWord(String lower, boolean compounds) {
    if (firstNames.contains(lower) || surnames.contains(lower)) {
      return false;
    }
    for (String[] s : SUFFIXES) {
      if (lower.length() > s[0].length() + 2 && lower.endsWith(s[0])) {
        String stem = lower.substring(0, lower.length() - s[0].length()) + s[1];
        if (words.contains(stem) && !firstNames.contains(lower)) {
          return true;
        }
      }
    }
    if (lower.startsWith("re") || lower.startsWith("un") || lower.startsWith("co") || lower.startsWith("pre")
        || lower.startsWith("sub") || lower.startsWith("over") || lower.startsWith("under")) {
      for (String p : new String[] {"re", "un", "co", "pre", "sub", "over", "under"}) {
        if (lower.startsWith(p) && lower.length() > p.length() + 3 && words.contains(lower.substring(p.length()))) {
          return true;
        }
      }
    }
    // compounds: dataset, lifeline, takeaway
    for (int k = 4; compounds && k <= lower.length() - 4; k++) {
      if (words.contains(lower.substring(0, k)) && words.contains(lower.substring(k))
          && !firstNames.contains(lower) && !surnames.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** Drawn names, for tests and generators. */
  public List<String> firstNameList() {
    List<String> l = new ArrayList<>(firstNames);
    Collections.sort(l);
    return l;
  }

  public List<String> surnameList() {
    List<String> l = new ArrayList<>(surnames);
    Collections.sort(l);
    return l;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return Collections.unmodifiableSet(u);
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String w : rawWords(resource)) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(out);
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static List<String> rawWords(String resource) {
    List<String> out = new ArrayList<>();
    for (String line : lines(resource)) {
      for (String w : SPACES.split(line)) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    readLines(resource, line -> {
      int hash = line.indexOf('#');
      String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!l.isEmpty()) {
        out.add(l);
      }
    });
    return out;
  }

  private static void readLines(String resource, java.util.function.Consumer<String> sink) {
    try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("The anonymiser's word list " + resource + " is missing");
      }
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        if (first && resource.endsWith(".gz") && line.startsWith("#")) {
          first = false;
          continue;
        }
        first = false;
        if (!line.isEmpty()) {
          sink.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Multi-word names matched as a whole on lower-case tokens; the longest match wins.
   */
  static final class PhraseSet {
    private final Map<String, List<String[]>> byFirst = new HashMap<>();

    PhraseSet(List<String> phrases) {
      for (String p : phrases) {
        String[] toks = Tokens.words(p.toLowerCase(Locale.ROOT));
        if (toks.length == 0) {
          continue;
        }
        byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(toks);
      }
      for (List<String[]> l : byFirst.values()) {
        l.sort((a, b) -> b.length - a.length);
      }
    }

    /** The number of word tokens of the longest phrase starting at word token {@code i}, or 0. */
    int match(Tokens t, int i) {
      List<String[]> candidates = byFirst.get(t.key(i));
      if (candidates == null) {
        return 0;
      }
      outer:
      for (String[] p : candidates) {
        int j = i;
        for (int k = 0; k < p.length; k++, j = t.nextWord(j)) {
          if (j < 0 || !t.key(j).equals(p[k])) {
            continue outer;
          }
          if (k > 0 && t.gapHasPunctuation(t.prevWord(j), j)) {
            continue outer;
          }
        }
        return p.length;
      }
      return 0;
    }

    /** The first words of the phrases. */
    java.util.Set<String> firstWords() {
      return byFirst.keySet();
    }

    boolean containsSingle(String lower) {
      List<String[]> candidates = byFirst.get(lower);
      if (candidates == null) {
        return false;
      }
      for (String[] p : candidates) {
        if (p.length == 1) {
          return true;
        }
      }
      return false;
    }
  }
}
