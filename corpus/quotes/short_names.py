"""The part of a canonical speaker's name that tight lists show: a person's surname, an
organisation's or a group's whole name.

The app leads each quote with its speaker in a narrow column, and lists the most quoted on one
line. The last word serves a person ("Hofeller") but not "Supreme Court" ("Court"), "University
of California Irvine" ("Irvine"), "Martin Luther King Jr." ("Jr.") or "Rosa Del Rio" ("Rio"). A
name that an organisation's words or an ordinary word after its first mark as no person's is
shown whole (the list clips it): a clipped name misleads less than a wrong surname.
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import NAME_PARTICLES, NAME_SUFFIXES, ORG_ADJECTIVES, ORG_HEADS
from corpus.quotes.name_keys import words_before_suffixes
from corpus.quotes.names import NameTables, shipped_tables
from corpus.quotes.spelling import fold

_INITIAL = re.compile(r"(?:[A-Z]\.)+(?:-[A-Z]\.)?")
"""An initial or initials opening a person's name ("J.", "A.J.", "J.-P.")."""
CONNECTORS = frozenset("of for and & the on at in".split())
"""Small words inside a name that make it an organisation's or a place's ("Court of Appeals")."""
ORGANISATION_WORDS = ORG_HEADS | ORG_ADJECTIVES | CONNECTORS
"""Words that, after a name's first, make it an organisation's: "Supreme Court", "Amnesty
International", "University of California Irvine"."""


def short_name(name: str, tables: NameTables | None = None) -> str:
    """A person's surname with its particle and without a suffix ("Del Rio", "King" of "Martin
    Luther King Jr."); any other name whole ("Supreme Court", "ACLU", "Human Rights Watch")."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:  # (most names end with none)
        words = words[: words_before_suffixes(words)]
    if len(words) < 2 or not _is_a_persons(words, shipped_tables() if tables is None else tables):
        return name
    last = len(words) - 1
    while last > 1 and words[last - 1].lower() in NAME_PARTICLES:
        last -= 1
    return " ".join(words[last:])


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
