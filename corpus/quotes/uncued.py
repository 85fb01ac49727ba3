"""Whether a mention that no cue ties to its quote can name a speaker at all.

Where no verb of saying stands near a quote (a partial quote inside a sentence, a title, a line of
dialogue in a table), the rules give it to its sentence's subject or to the previous quote's
speaker. That subject is often a capitalised word that names no one: an ordinary word opening the
sentence ("{Embryonic} stem cells are master cells that … “regenerative medicine”", "{Guns} are “the
ultimate public health crisis”", "{Optimism} is even higher … (34% “strongly agree”)") or a pronoun
with a verb contracted onto it ("{It’s} been common to portray his candidacy as a “working-class”
rebellion", "{That’s} one reason the “new” Nixon…"; a wiki page's dialogue lines all given to
"It's", carried from quote to quote as the previous speaker).

What a speaker is, is learned from PolNeAR train: the words its articles write in lower case
(``NameTables.common``, ``train/name_tables.py``) are ordinary words, and the head nouns its
annotators' Sources are written with (``source_heads.json``, ``train/source_heads.py``: "officials",
"supporters", "voters", "outlets") and the rules' role, organisation and outlet words name those who
speak. A lone ordinary word names no one unless it is such a head, a given name or a title, or opens
a noun phrase ending in one ("{Multiple} outlets reported", "{About} four in 10 voters said": the
speaker is the phrase, PolNeAR's Source holds the word).

``corpus.quotes.rerank`` asks the ranker about such a quote; its choice may not be that mention, and
where it trusts no other, no one said the quote (the rules' answer does not stand, as it does for
the mentions of :mod:`corpus.quotes.no_one`, which a cue ties to the quote). Nor may the ranker's
own choice be such a word ("If", "Hearts" of a wiki's dialogue tables: ``rerank.trusted``). A word
the article writes as a speaker's is kept ("Young said", "George Will": ``name_evidence``), and so
is the first word of a name joined by "and" or "of" ("Securities and Exchange Commission").

A hashtag ("#MakeAmericaGreatAgain") and a capitalised word hyphened to a lower-case one ("{No-one}
was injured in the fire, which police treat as “potentially suspicious”", "Republican-leaning",
"T-shirts") name no one either: CV the same, on PolNeAR train 4 quotes changed (a retweet given to
Trump, a junk mention gone; "T-shirts" saying “We won.” given to a party's chairman: worse), ECB+ 1
("No-one" -> police, better).

Checked against PolNeAR's annotations (``train/uncued_words.py``): of the capitalised words opening
a sentence of train's articles, those called "ordinary" here lie in a Source 56 times of 5,402
(0.010; dev 7 of 604), "contraction" 1 of 416, "interjection" 0 of 22; the words let pass, 7,283
of 22,753 (0.32). Quantifiers and a word before a name were let pass for that: "Many", "About",
"Only", "Presumptive", "Billionaire" open Sources 80 times (0.028 before).

Measured (h-nocue19, ``train/no_speaker.py --c 3 --margins 0``, the weights as shipped; CV refitted
per fold / dev; unmatched quotes given a speaker, held-out train folds / dev): asked beyond 80
0.9073 / 0.9332 -> 0.9079 / 0.9332, unmatched 239 / 22 -> 234 / 22; every quote 0.9158 / 0.9332
-> 0.9164 / 0.9332, 236 / 22 -> 231 / 22 (asked beyond 80 without the headings: 0.9076, 237 / 22).
Reading PolNeAR's own table of ordinary words (``common``) instead of the larger one with a
dictionary's: 0.9075 ("Apples were “the best”" kept). Tried and left out: no one for every such
quote, whatever the ranker's next choice (0.9070: "About four in 10 voters", "Multiple outlets"
lost before the noun-phrase test), or its next choice only where a cue is beside it (0.9067, 230 /
22 unmatched); a feature of the rules' candidate instead of the bar (0.9075, 238 / 22); a lone word
in capitals that PolNeAR writes in lower case as a headline's ("TODAY", "FROM": 0.9073, its Sources
hold some).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.attribution import Attribution
from corpus.quotes.descriptions import source_heads
from corpus.quotes.lexicon import (
    DEMONSTRATIVES,
    DESCRIPTION_OPENERS,
    NUMBER_WORDS,
    NUMERALS,
    ORG_WORDS,
    OUTLET_WORDS,
    PEOPLE_ENDINGS,
    PRONOUNS,
    ROLE_WORDS,
)
from corpus.quotes.name_evidence import name_evidence
from corpus.quotes.names import NameTables, shipped_tables

CONTRACTED_SUBJECTS = frozenset("it that there here what this".split())
"""Words that, with a verb contracted onto them, open a clause about a thing ("It’s been…",
"That’s why…", "There’s no…"): no one's mention. Not the personal pronouns ("He’s", "They’re"),
which the rules resolve as pronouns."""
_CONTRACTED = re.compile(r"([A-Za-z]+)[’'](?:s|re|ll|d|ve)")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_COMPOUND = re.compile(r"[A-Z][A-Za-z]*-([a-z]+)")
"""A capitalised word joined by a hyphen to a lower-case one: a compound modifier or a thing
("Republican-leaning", "Bush-era", "T-shirts"), not a name ("Kingsley-Hughes") nor people
("Asylum-seekers")."""
_HEADING = compiled_on_first_use(r"[A-Z][A-Z’'.&-]*(?:\s+[A-Z0-9][A-Z0-9’'.&-]*){2,}")
"""Three words or more in capitals: a headline or a section's heading ("INDIANA’S DEMOGRAPHICS FAVOR
CRUZ" opening a newsletter's item), whose words name no one; two may be a name ("JANE ROE")."""
_PHRASE_WORD = compiled_on_first_use(r"[ \t]+([a-z][a-z’'-]*|\d[\d,.]*%?)")
"""A word of the lower-case noun phrase a capitalised word may open ("Multiple news outlets")."""
_NAME_EVIDENCE = frozenset({"cue_subject", "after_a_name_word", "described"})
"""What the article writes of an ordinary word that makes it a surname (``name_evidence``): "Young
said", "George Will", "Small, a retiree,". Not a past verb after it ("Boos rained down")."""
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:and|of|for|&)[ \t]+)?[A-Z]")
"""A name's first word before its rest ("{Securities} and Exchange Commission", "{Economic} and
Policy Research") or a word describing the name after it ("{Presumptive} GOP nominee Donald Trump",
"{Billionaire} Sheldon Adelson"): a speaker's name cut short."""
PHRASE_REACH = 5
"""How many words after the mention are read for the head of the noun phrase it opens."""
INTERJECTIONS = frozenset(
    "um umm uh uhh er erm hmm hm ah aah oh ooh wow hey hi hello yeah yep nope okay ok".split()
)
"""Words opening a line of dialogue ("Hi... {Um}, are you doing okay?"): no one's name, and words the
running text of news seldom writes, so the learned table of ordinary words lacks most."""
QUANTIFIERS = frozenset(
    "all many most more much none only nearly almost about each every few both other such".split()
)
"""Words that open a longer noun phrase naming a group ("{Many} Republicans", "{Nearly} half of
voters"): the phrase may speak, though the rules' mention holds its first word only."""
_NOT_OPENERS = PRONOUNS | DESCRIPTION_OPENERS | DEMONSTRATIVES | NUMBER_WORDS | NUMERALS | QUANTIFIERS
"""Pronouns, determiners and quantifiers: a mention they open is resolved as such, or opens a group's
noun phrase, not read here."""


@cache
def speaker_heads() -> frozenset[str]:
    """The words that name those who speak: the heads of PolNeAR train's described Sources and the
    rules' role, organisation and outlet words."""
    return source_heads()[0] | ROLE_WORDS | ORG_WORDS | OUTLET_WORDS


def names_no_speaker(
    text: str, start: int, end: int, tables: NameTables, heads: frozenset[str]
) -> str | None:
    """The class of a mention ``text[start:end]`` that can name no speaker: "heading" (three words or
    more in capitals), "hashtag", "compound" ("No-one", "Republican-leaning"), "contraction"
    ("It’s", "That’s"), "interjection" ("Um") or "ordinary" (a lone ordinary word of running text,
    "Embryonic", "Guns", "Questions"); None where it may name someone. ``heads``:
    :func:`speaker_heads`."""
    written = text[start:end]
    if not written[:1].isupper():
        return None  # a pronoun or a description in lower case
    if written.isupper():
        # a headline in capitals ("RED STATES OUTNUMBER BLUE STATES"), not a transcript's label
        heading = _HEADING().fullmatch(written) is not None and text[end : end + 1] != ":"
        return "heading" if heading else None  # an acronym, a name in capitals, a transcript's label
    if any(c.isspace() for c in written):
        return None  # several words: a name, a description
    if text[start - 1 : start] == "#":
        return "hashtag"  # "#MakeAmericaGreatAgain": a slogan, no one's name (an "@" handle is someone's)
    compound = _COMPOUND.fullmatch(written)
    if compound is not None and not _people(compound.group(1), heads):
        return "compound"  # "Republican-leaning voters", "T-shirts", "Bush-era": a modifier or a thing
    contracted = _CONTRACTED.fullmatch(written)
    if contracted is not None:
        return "contraction" if contracted.group(1).lower() in CONTRACTED_SUBJECTS else None
    word = _WORD.fullmatch(written)
    if word is None:
        return None
    low = written.lower()
    if low in INTERJECTIONS:
        return "interjection"
    if low not in tables.ordinary or low in _NOT_OPENERS or _people(low, heads):
        return None
    if low in tables.given_names or low in tables.titles or _NAME_GOES_ON.match(text, end):
        return None
    if _opens_a_speaker(text, end, heads):
        return None
    # (last, and only for the few words left: it reads the places the article writes the word)
    return None if _written_as_a_name(written, text, tables) else "ordinary"


def _people(word: str, heads: frozenset[str]) -> bool:
    """A head naming those who speak ("officials"), or a plural of people ("demonstrators")."""
    return word in heads or word.endswith(PEOPLE_ENDINGS)


def _written_as_a_name(word: str, text: str, tables: NameTables) -> bool:
    """Whether the article writes ``word`` as a speaker's name (:data:`_NAME_EVIDENCE`), read once per
    word and article with the shipped tables: asked of every quote a word is the mention of, and each
    reading is linear in the places the article writes it (a record of 100,000 lines "Line 5 of…")."""
    if tables is shipped_tables():
        return _shipped_evidence(word, text)
    return any(e in _NAME_EVIDENCE for e in name_evidence(word, text, tables))


@lru_cache(maxsize=256)
def _shipped_evidence(word: str, text: str) -> bool:
    # (a text's hash is computed once and kept by the string: the key costs no scan)
    return any(e in _NAME_EVIDENCE for e in name_evidence(word, text, shipped_tables()))


def _opens_a_speaker(text: str, end: int, heads: frozenset[str]) -> bool:
    """Whether the lower-case words after a mention end in a head naming those who speak: the mention
    opens their noun phrase ("Multiple outlets", "About four in 10 voters", "Former prosecutor")."""
    at = end
    for _ in range(PHRASE_REACH):
        word = _PHRASE_WORD().match(text, at)
        if word is None:
            return False
        if word.group(1) in heads:
            return True
        at = word.end()
    return False


def uncued_no_speaker(text: str, rules: list[Attribution]) -> list[bool]:
    """Whether each of the rules' answers has no cue and a mention that names no speaker
    (:func:`names_no_speaker`): the ranker is asked, may not choose that mention, and where it
    trusts no other, no one said the quote."""
    out = [False] * len(rules)
    tables: NameTables | None = None
    heads: frozenset[str] = frozenset()
    for k, att in enumerate(rules):
        m = att.mention
        # (the cheap tests first: most quotes have a cue)
        if att.cue is not None or m is None or not text[m.start : m.start + 1].isupper():
            continue
        if tables is None:
            tables, heads = shipped_tables(), speaker_heads()
        out[k] = names_no_speaker(text, m.start, m.end, tables, heads) is not None
    return out
