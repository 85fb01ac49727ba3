"""What a pronoun of the body never stands for (issue 15): the words of a headline in title case, and,
for "he", "she" and "who", anything that is no person, whatever the name tables make of its words;
read by :mod:`corpus.quotes.subjects` as it resolves a pronoun."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import (
    ORG_HEADS,
    OUTLET_WORDS,
    PARTY_MEMBERS,
    PLACE_QUALIFIERS,
    TITLE_CASE_SMALL_WORDS,
    is_nationality,
)
from corpus.quotes.name_ends import is_given_name
from corpus.quotes.roles import Phrase, is_outlet

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
TITLE_CASE_HEADING_WORDS = 3
"""A short paragraph of at least this many words, each capitalised but the small words of a title
("The Pinocchio Test.", "Acme Chief Laughs, Evades Question."), is a headline even with a stop at its
end: its words run into a name, no subject a later pronoun reads back to (but "Jane Roe: …")."""

_RELATIVE_AFTER_COMMON_NOUN = re.compile(r"\b[a-z]+,\s*\Z")
"""A relative "who" after a comma stands for the phrase before it: a common noun there names no one
("one Democrat familiar with the talks, who added"; "activists, who praised the company")…"""
_APPOSITIVE_REACH = 100
_APPOSITIVE_BEFORE = compiled_on_first_use(r"[A-Z][\w’'.-]*,\s+[^,;.]{3,60},\s*\Z")
"""…unless that phrase is the appositive of a name ("said Jane Roe, the group's strategist, who",
"Jane Roe, now the majority leader, who")."""
_RELATIVE_REACH = 40


def relative_names_no_one(text: str, at: int) -> bool:
    """Whether the relative "who" at ``at`` stands for a common noun before its comma, no one named."""
    return (
        _RELATIVE_AFTER_COMMON_NOUN.search(text, max(0, at - _RELATIVE_REACH), at) is not None
        and _APPOSITIVE_BEFORE().search(text, max(0, at - _APPOSITIVE_REACH), at) is None
    )


def _ordinary_word(low: str) -> bool:
    """:func:`corpus.quotes.names.ordinary_word` with the shipped tables ("free" opens no name)."""
    from corpus.quotes.names import ordinary_word, shipped_tables  # names reads the quote modules

    return ordinary_word(low, shipped_tables())


def title_case(line: str) -> bool:
    """A line whose words are all capitalised but a title's small words ("of", "the", "in")."""
    for chunk in line.split():  # most lines are sentences: a lower-case word early rejects them cheaply
        if chunk[0].islower() and chunk.lower() not in TITLE_CASE_SMALL_WORDS:
            return False
    words = _WORD.findall(line)
    return len(words) >= TITLE_CASE_HEADING_WORDS and all(
        w[0].isupper() or w.lower() in TITLE_CASE_SMALL_WORDS for w in words
    )


def headline_name(masked: str, lead: Phrase | None) -> str | None:
    """The name a title-case headline opens with, where it is plain: before a colon ("Hacker Roe:
    …"), or a given name and the word after it ("Jane Roe Featured In …" is Jane Roe's); None for
    "Obama Claims Hillary …", "The Pinocchio Test."."""
    if lead is None or not lead.name or is_outlet(lead, masked):
        return None
    if masked.startswith(":", lead.end):
        return lead.name
    words = lead.name.split()
    if len(words) < 2 or not is_given_name(words[0]):
        return None
    return f"{words[0]} {words[1]}"


@lru_cache(maxsize=4096)
def not_a_person(name: str) -> bool:
    """A subject "he", "she" or "who" never stands for, whatever the tables know of its words: an
    organisation or an outlet ("Academy of …", "Washington Post"), an acronym ("IMF", "HP"), a place
    ("New Hampshire", "South Carolina"), a party or a nationality in the plural ("Republicans"), or a
    name opening with two ordinary lower-case words ("Footage of …", "Right Wing Watch"). (Cached: a
    pronoun's search asks of the same few subjects again and again.)"""
    words = name.split()
    if not words:
        return True
    keys = [w.lower() for w in words]
    if any(k in ORG_HEADS for k in keys) or (len(words) == 1 and keys[0] in OUTLET_WORDS):
        return True  # not "Michael Bloomberg": an outlet's name is a surname too
    first = words[0]
    if len(first) > 1 and first.isalpha() and first.isupper():
        return True
    if keys[0] in PLACE_QUALIFIERS and len(words) > 1:
        return True
    plural = len(words) == 1 and keys[0].endswith("s")
    if plural and (keys[0][:-1] in PARTY_MEMBERS or is_nationality(first[:-1])):
        return True
    # "Footage of …", "Right Wing Watch"; not "Hope Hicks", "Will Doyle", nor a lone surname that is
    # an ordinary word ("Page", "Law"): only two such words in a row are no one's name
    return len(keys) > 1 and _ordinary_word(keys[0]) and _ordinary_word(keys[1])
