"""The part of a canonical speaker's name that tight lists show: a person's surname, an
organisation's, a place's or a group's whole name.

The app leads each quote with its speaker in a narrow column, and lists the most quoted on one
line. The last word serves a person ("Hofeller") but not "Supreme Court" ("Court"), "University
of California Irvine" ("Irvine"), "Martin Luther King Jr." ("Jr."), "Rosa Del Rio" ("Rio"),
"South Korea" ("Korea") or "Associated Press" ("Press"). A name that an organisation's words or an
ordinary word after its first mark as no person's, that no pronoun of a person could stand for
(:func:`antecedents.not_a_person`: a place, a group, an acronym), or that the articles quoting it
write after "the" (no person's name takes an article) is shown whole (the list clips it): a clipped
name misleads less than a wrong surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpus.quotes.antecedents import not_a_person
from corpus.quotes.lexicon import NAME_CONNECTORS, NAME_PARTICLES, NAME_SUFFIXES, ORG_ADJECTIVES, ORG_HEADS
from corpus.quotes.name_keys import words_before_suffixes
from corpus.quotes.names import NameTables, shipped_tables
from corpus.quotes.spelling import fold

_INITIAL = re.compile(r"(?:[A-Z]\.)+(?:-[A-Z]\.)?")
"""An initial or initials opening a person's name ("J.", "A.J.", "J.-P.")."""
ORGANISATION_WORDS = ORG_HEADS | ORG_ADJECTIVES | NAME_CONNECTORS
"""Words that, after a name's first, make it an organisation's: "Supreme Court", "Amnesty
International", "University of California Irvine"."""
DEFINITE_ARTICLE = "the"
"""The article that news writes before an organisation's or a publication's name ("the Associated
Press", "the Red Sox", "the American Legion") and before no person's."""
_ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?:{DEFINITE_ARTICLE}|{DEFINITE_ARTICLE.title()})\s+\Z")
"""The article ending the text before a writing of a name (its last few characters)."""
_LOOK_BACK = 8
"""How many characters before a writing of a name are read for the article: "the" and a space or
two, and the character before it that says "the" is a word of its own."""


def short_name(name: str, tables: NameTables | None = None, texts: Iterable[str] = ()) -> str:
    """A person's surname with its particle and without a suffix ("Del Rio", "King" of "Martin
    Luther King Jr."); any other name whole ("Supreme Court", "ACLU", "Human Rights Watch").
    ``texts``: the articles that quote the speaker, whose writing of the name may say it is no
    person's (:func:`written_after_the`)."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:  # (most names end with none)
        words = words[: words_before_suffixes(words)]
    if len(words) < 2 or not _is_a_persons(words, shipped_tables() if tables is None else tables):
        return name
    if not_a_person(name) or written_after_the(name, texts):
        return name
    last = len(words) - 1
    while last > 1 and words[last - 1].lower() in NAME_PARTICLES:
        last -= 1
    return " ".join(words[last:])


def written_after_the(name: str, texts: Iterable[str]) -> bool:
    """Whether the texts write the name after "the" more often than not ("the Associated Press
    said"): a person's name is written so only now and then, before a noun ("the Bernie Sanders
    campaign"). The name opening a longer one ("the Rachel Maddow Show") is not counted."""
    # the name found as a literal, what is before it read apart: one pattern with the article as an
    # optional group before the name tried it at every character (61 ms for Donald Trump's 183
    # articles on PolNeAR train)
    writing = re.compile(rf"{re.escape(name)}(?![\w-]|\s+[A-Z])")
    after, total = 0, 0
    for text in texts:
        if name in text:  # (most articles quoting a speaker by a full name write it once or twice)
            for found in writing.finditer(text):
                start = found.start()
                before = text[max(0, start - _LOOK_BACK) : start]
                if before[-1:].isalnum() or before.endswith(("_", ".")):
                    continue  # the name's words inside longer ones
                total += 1
                after += _ARTICLE_BEFORE.search(before) is not None
    return after * 2 > total


def _is_a_persons(words: list[str], tables: NameTables) -> bool:
    """No word after the first says organisation or place ("Court", "of", "International"), nor is
    an ordinary word of the news unless a given name opens the name ("Human Rights Watch", "Zero
    Hedge"; not "Bill Rose")."""
    if any(_plain(w) in ORGANISATION_WORDS for w in words[1:]):
        return False
    first = words[0]
    if _INITIAL.fullmatch(first) or fold(first) in tables.given_names:
        return True
    common = tables.ordinary if tables.common is None else tables.common
    # a particle is no ordinary word of the name ("bin" of "Osama bin Laden")
    return not any(fold(w) in common for w in words[1:] if w not in NAME_PARTICLES)


def _plain(word: str) -> str:
    return word.lower().strip(".,")
