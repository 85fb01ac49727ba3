"""Where the article writes a one-word role or a name: "in Florida", "Jane Roe", "the Kremlin".

Each was a regex built per word (``re.escape(word)`` inside a pattern), compiled afresh for every
word re's small cache had not kept: on a cold ``storydiff quotes`` most words are new, and a compile
costs far more than the search. ``str.find`` jumps to each place the word is written, and the
setting is read beside it. Each function says which regex it answers as, and answers the same.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from corpus.quotes.word_places import word_char

__all__ = ["given_name_before", "written_after_the", "written_as_a_place"]

_JOINERS = "’'-"
"""Characters that join a word to a longer one in a place's look-arounds (``[\\w’'-]``)."""


def _joined(char: str) -> bool:
    return word_char(char) or char in _JOINERS


def _upper(char: str) -> bool:
    """``[A-Z]``: an ASCII capital (an empty string is none)."""
    return "A" <= char <= "Z" and len(char) == 1


def written_as_a_place(word: str, text: str) -> bool:
    """Whether ``text`` writes "in" and ``word`` as a place, not inside a longer name ("in Florida",
    not "in Florida State"):
    ``re.search(r"(?<![\\w’'-])in " + re.escape(word) + r"(?![\\w’'-])(?! [A-Z])", text)``."""
    head = "in " + word
    size, length = len(head), len(text)
    at = text.find(head)
    while at >= 0:
        end = at + size
        if (
            (at == 0 or not _joined(text[at - 1]))
            and (end >= length or not _joined(text[end]))
            and not (text[end : end + 1] == " " and _upper(text[end + 1 : end + 2]))
        ):
            return True
        at = text.find(head, at + 1)
    return False


def given_name_before(word: str, text: str, given: Collection[str]) -> bool:
    """Whether ``text`` writes ``word`` after a capitalised word of letters that is a given name
    (folded, in ``given``): ``any(m.group(1).lower() in given for m in
    re.finditer(r"\\b([A-Z][a-z]+) " + re.escape(word) + r"\\b", text))``, the places as finditer
    takes them (one after another, none inside the one before)."""
    if not word:
        pattern = r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b"
        return any(m.group(1).lower() in given for m in re.finditer(pattern, text))
    closes_word, size, length = word_char(word[-1]), len(word) + 1, len(text)
    after_last = 0  # where the match before ended: finditer goes on from there
    at = text.find(" " + word)
    while at >= 0:
        end = at + size
        if (end < length and word_char(text[end])) != closes_word:  # \b after the word
            start = at
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            start -= 1  # the capital before the lower-case letters
            if (
                start >= after_last
                and start < at - 1
                and _upper(text[start])
                and (start == 0 or not word_char(text[start - 1]))
            ):
                if text[start:at].lower() in given:
                    return True
                after_last = end
        at = text.find(" " + word, at + 1)
    return False


def written_after_the(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` after "the" ("the Kremlin", "the Navy"):
    ``re.search(r"\\b[Tt]he +" + re.escape(name) + r"\\b", text)``."""
    if not name:
        return re.search(r"\b[Tt]he +\b", text) is not None
    closes_word, size, length = word_char(name[-1]), len(name), len(text)
    at = text.find(name)
    while at >= 0:
        end = at + size
        spaces = at
        while spaces > 0 and text[spaces - 1] == " ":
            spaces -= 1
        the = spaces - 3
        if (
            spaces < at
            and the >= 0
            and text[the] in "Tt"
            and text[the + 1 : spaces] == "he"
            and (the == 0 or not word_char(text[the - 1]))
            and (end < length and word_char(text[end])) != closes_word
        ):
            return True
        at = text.find(name, at + 1)
    return False
