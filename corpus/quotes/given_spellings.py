"""Two given names a letter or two apart beside one surname: one person's name and a slip ("Mario
Rubio" once for Marco Rubio, "Kristen Gillibrand" for Kirsten), or two people of one family
("Ivana Trump" and "Ivanka Trump", mother and daughter).

Spelling tolerance joins them (:class:`corpus.quotes.speakers.SpeakerIndex`). A slip is written once
in its article; a name written there again and again, both spellings being given names of their own
(the census's or PolNeAR's Sources'), and neither a short form of the other, is someone else's name.
Transliterations ("Dmytro" / "Dymytro") are not both listed given names, so they still join.
"""

from __future__ import annotations

from corpus.quotes.names import NameTables, same_given_name

MOST_TIMES_A_SLIP = 1
"""A misspelt given name is written this many times in its article at most (read on PolNeAR: "Mario
Rubio", "Hilary Clinton", "Kristen Gillibrand", "Madeline Albright" once each; "Ivana Trump" two and
three times in the articles about her)."""


def another_given_name(first: str, other: str, written: int, tables: NameTables) -> bool:
    """Whether the given name ``first`` (folded, of a name its article writes ``written`` times) is
    another person's than ``other`` (folded) beside the same surname, though spelled close to it."""
    if written <= MOST_TIMES_A_SLIP or first == other:
        return False
    names = tables.given_names
    return first in names and other in names and not same_given_name(first, other, tables)
