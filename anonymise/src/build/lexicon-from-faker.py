#!/usr/bin/env python3
"""Regenerates first-names-faker.txt and surnames-faker.txt (the anonymiser's extra name lexicons)
from the person providers of Python Faker (MIT licence; `pip install faker==40.40.0`).
Latin-script names only, accents folded, lower case, grouped by the communities the locales stand
for; names already in an earlier group, and names that are English words, are left out. Not part of the build: run it by hand and
commit its output.  usage: python3 anonymise/src/build/lexicon-from-faker.py"""
import gzip, importlib, re, unicodedata
from pathlib import Path

GROUPS = {
    'British': ['en_GB'], 'Irish': ['en_IE'], 'South Asian': ['en_IN', 'en_PK'],
    'West African': ['en_NG', 'ha_NG', 'ig_NG', 'yo_NG', 'tw_GH'],
    'East and Southern African': ['en_KE', 'sw', 'zu_ZA'],
    'Eastern European': ['pl_PL', 'ro_RO', 'cs_CZ', 'sk_SK', 'lt_LT', 'lv_LV', 'hu_HU', 'hr_HR', 'sl_SI', 'et_EE'],
    'Turkish': ['tr_TR'], 'Chinese (romanised)': ['zh_CN'], 'Vietnamese': ['vi_VN'],
    'American and Caribbean': ['en_US'],
    'Southern and Western European': ['es_ES', 'pt_PT', 'it_IT', 'fr_FR', 'de_DE'],
}
FIRST = ['first_names', 'first_names_male', 'first_names_female', 'first_names_nonbinary',
         'first_romanized_names', 'first_romanized_names_male', 'first_romanized_names_female']
LAST = ['last_names', 'last_romanized_names', 'last_names_male', 'last_names_female', 'male_last_names',
        'unisex_last_names']
TEXT_SPEAK = set('hes shes ive im wont cant didnt wasnt isnt thats whats ur pls gonna wanna lol omg bae fam'
                 ' ting peng innit mandem wagwan dont doesnt youre theyre were ill'.split())
PARTICLES = {'van', 'von', 'de', 'del', 'der', 'den', 'la', 'le', 'da', 'di', 'dos', 'das', 'du', 'al', 'el',
             'bin', 'ben', 'ibn', 'mac', 'st'}
OUT = Path(__file__).resolve().parents[1] / 'main/resources/org/evidencekit/anonymise/internal'


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def names(provider, attrs):
    out = set()
    for a in attrs:
        v = getattr(provider, a, None)
        if v is None or isinstance(v, str):
            continue
        out |= {n for n in (v.keys() if isinstance(v, dict) else v) if isinstance(n, str)}
    return out


def english_words():
    """SCOWL's words (lexicon.txt.gz): a Faker name that is also an English word ("made", "long") is
    left out; names that are words and that we mean (Will, Rose, Grace) are in the hand-written lists."""
    with gzip.open(OUT / 'lexicon.txt.gz', 'rt', encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip() and not line.startswith('#')}


def main():
    words = english_words()
    head = ['# {} drawn from the person providers of Python Faker 40.40.0 (MIT licence, see',
            '# NOTICE-faker.txt), Latin-script ones only, accents folded, lower case, English words left out. Regenerate with',
            '# anonymise/src/build/lexicon-from-faker.py. Grouped by the communities the locales stand for.']
    first = [head[0].format('First names')] + head[1:]
    last = [head[0].format('Surnames')] + head[1:]
    seen_f, seen_l = set(), set()
    for group, locales in GROUPS.items():
        f, l = set(), set()
        for loc in locales:
            p = importlib.import_module('faker.providers.person.' + loc).Provider
            for n in names(p, FIRST):
                k = fold(n).lower()
                if re.fullmatch(r"[a-z][a-z'\-]{2,}", k) and k not in TEXT_SPEAK and k not in words:
                    f.add(k)
            for n in names(p, LAST):
                for part in fold(n).lower().split():
                    if re.fullmatch(r"[a-z][a-z'\-]{2,}", part) and part not in TEXT_SPEAK | PARTICLES \
                            and part not in words:
                        l.add(part)
        f -= seen_f
        l -= seen_l
        seen_f |= f
        seen_l |= l
        for out, got in ((first, f), (last, l)):
            out.append('# ' + group)
            s = sorted(got)
            out += [' '.join(s[i:i + 14]) for i in range(0, len(s), 14)]
    (OUT / 'first-names-faker.txt').write_text('\n'.join(first) + '\n')
    (OUT / 'surnames-faker.txt').write_text('\n'.join(last) + '\n')


if __name__ == '__main__':
    main()
