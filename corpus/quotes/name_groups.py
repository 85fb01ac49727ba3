"""A name before a plural noun of people is a group, not the person: "Clinton supporters", "Cruz
backers", "Sanders protesters", "ACLU attorneys", "Trump's top aides" (issue 15).

The rules and the candidates read a name as a run of capitalised words and stop at the lower-case
noun after it: "Sanders protesters interrupted her speech, shouting “…”" gave Bernie Sanders the
words his opponents shouted. PolNeAR's gold marks the whole group as the Source, and a reader wants
the group as the mention with no named speaker, as "officials said" and "White House officials said"
read already. The nouns are learned (:data:`GROUP_NOUNS`, ``train/group_nouns.py``).

Not a group: a person named after the noun ("Clinton aides Huma Abedin and Jake Sullivan said": the
grammar reads the names after), and a singular noun ("the Sanders campaign said", "Clinton aide
Huma Abedin"): read as before.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.affiliated import described_by_name
from corpus.quotes.lexicon import CUE_WORDS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS
from corpus.quotes.names import shipped_tables
from corpus.quotes.roles import Phrase

GROUP_NOUNS_FILE = Path(__file__).with_name("group_nouns.json")


@cache
def group_nouns() -> frozenset[str]:
    """The plural nouns of people a name may stand before ("supporters", "aides", "attorneys"):
    learned from PolNeAR train's Sources and text by ``train/group_nouns.py``."""
    return frozenset(json.loads(GROUP_NOUNS_FILE.read_text(encoding="utf-8"))["nouns"])


_NOUN_AFTER = re.compile(r"(?:’s|'s|’|')?[ \t\u00a0]+([a-z]+)\b(?![’'-])")
"""A name's possessive (if any) and the lower-case word after it: the plural noun, or its one
modifier ("Trump's top aides")."""
_NOUN = re.compile(r"[ \t\u00a0]+([a-z]+)\b(?![’'-])")
_NAMED_AFTER = re.compile(r"[ \t\u00a0]+(?:(?:like|such as|including)\s+)?(?:[A-Z][a-z]|[A-Z]\.)")
"""A capitalised word right after the noun, or after "like", "such as", "including": the people are
named there ("Trump advisers Kellyanne Conway and …", "Roe advisers like Mary Kane"), and the grammar
reads their names."""
_OPENS = compiled_on_first_use(r"(?:\A|[.!?:][”\"’']?\s+|\n\s*)[“\"‘]?\Z")
"""What stands before a word opening a sentence or a paragraph."""
_OPEN_REACH = 5
VERBS_BEFORE_PEOPLE = frozenset(
    """is are was were be been have has had do does did see sees saw show shows meant met won lost led
    gave took made kill kills award awards than among between against""".split()
)
"""A name's own verb (auxiliaries, irregular pasts and verbs with no verb ending) or a comparison or
preposition between it and a plural noun: no modifier ("Roe met donors", "Findings show voters",
"Fury among supporters", "more to Israel than people"), seen before plural nouns of people in PolNeAR
train, ECB+, NewsWCL50 and scraped-dev. (Also barred as a bare plural's modifier,
``descriptions.group_start``, "it {shows people}" -> "people": the only output moved on the golden
corpora was a transcript's label, WALLACE, given up for "people", on PolNeAR dev: left out.)"""
MODIFIER_STOPS = (
    CUE_WORDS
    | FUNCTION_WORDS
    | PREPOSITIONS
    | DETERMINERS
    | VERBS_BEFORE_PEOPLE
    | frozenset("not also".split())
)
"""Words between a name and a plural noun that are no modifier of the noun: the name's own verb
("Trump told supporters", "Clinton said private contractors"), a preposition or a determiner."""
_VERB_ENDS = ("s", "ed", "ing", "ly")
"""A modifier ending so is a verb's form or an adverb ("Netanyahu rallied supporters", "Trump
thanks donors"), no adjective of the noun."""


def group_end(text: str, start: int, end: int) -> int | None:
    """Where the group ends when the name ``text[start:end]`` stands before a plural noun of people
    ("{Sanders} protesters", "{Cruz}’s lawyers", "{Clinton} economic advisers"); else None. Not an
    ordinary word opening a sentence ("{Perhaps} young voters", "{About} four in 10 …", "{Small}
    groups of protesters": :func:`ordinary_opener`)."""
    nouns = group_nouns()
    found = _NOUN_AFTER.match(text, end)
    if found is None:
        return None
    if found.group(1) not in nouns:  # at most one modifier: "Clinton economic advisers"
        modifier = found.group(1)
        if modifier in MODIFIER_STOPS or modifier.endswith(_VERB_ENDS):
            return None
        found = _NOUN.match(text, found.end())
        if found is None or found.group(1) not in nouns:
            return None
    if _NAMED_AFTER.match(text, found.end()) or ordinary_opener(text, start, end):
        return None
    return found.end()


OWNED_COLLECTIVES = frozenset("team staff camp".split())
"""Singular nouns of a body of people a possessive may own ("what her team calls “…”"): the group
speaks, as a plural noun of people does ("his supporters call"). Not "campaign", "office": before a
noun of saying they make one noun ("his campaign promise", "her campaign message"), whose owner
PolNeAR marks as the Source."""


def owned_people(word: str) -> bool:
    """Whether a word after a possessive is a noun of people ("team", "supporters", "aides"): the
    possessive owns a group that speaks, not the speech (``candidates.OWNERS``: "her team calls",
    "his supporters call" are the group's words, not the owner's)."""
    return word in OWNED_COLLECTIVES or word in group_nouns()


def ordinary_opener(text: str, start: int, end: int) -> bool:
    """A word of running text capitalised only for opening its sentence ("Perhaps", "About",
    "Small"): one word that PolNeAR's running text writes in lower case (``NameTables.common``)."""
    word = text[start:end]
    if " " in word or not _OPENS().search(text, max(0, start - _OPEN_REACH), start):
        return False
    common = shipped_tables().common
    return common is not None and word.lower() in common


def as_group(text: str, mention: Phrase) -> Phrase | None:
    """The group a named mention opens ("{Sanders} protesters": "Sanders protesters", a mention with
    no named speaker, as "White House officials" is), or the unnamed person a determiner's name
    describes ("one {Obama} insider": :func:`corpus.quotes.affiliated.described_by_name`); None where
    it is neither."""
    if mention.name is None or mention.pronoun or mention.description:
        return None
    start, end = mention.start, group_end(text, mention.start, mention.end)
    if end is None:
        described = described_by_name(text, mention.start, mention.end)
        if described is None:
            return None
        start, end = described
    return Phrase(start, end, None, " ".join(text[start:end].split()), description=True)
