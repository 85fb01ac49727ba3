"""Whether the words read as a speaker's name are a label: a shouted all-caps phrase, or a word that
opens a dateline ("WASHINGTON, D.C. -") or that the article also writes in lower case letters.
(Split from :mod:`corpus.quotes.names`, whose :func:`~corpus.quotes.names.reader_name` asks it.)"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.word_places import opens_a_line, places_as_a_word

__all__ = ["is_label"]

_SHOUTED = compiled_on_first_use(r"[A-Z][A-Z’'-]{4,}")
"""An all-caps word long enough to be a shouted word rather than an acronym ("WASHINGTON", not "NATO")."""


def is_label(words: list[str], text: str) -> bool:
    """A shouted all-caps phrase, or a word that opens a dateline ("WASHINGTON, D.C. -") or that the
    article also writes in lower case letters ("Washington"; "MSNBC" is an acronym): a label."""
    if not any(map(str.isupper, words)):
        return False  # each answer below needs a word in capitals (most names: none)
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) >= 2 and all(w.isupper() for w in letters):
        return True
    if len(letters) != 1 or _SHOUTED().fullmatch(letters[0]) is None:
        return False
    dateline = opens_a_line(letters[0], text, _DATELINE_AFTER())
    return dateline or bool(places_as_a_word(text, letters[0].title()))


_DATELINE_AFTER = compiled_on_first_use(r"\b[ ,]*(?:[A-Z][\w.]*[ ,]*)?(?:—|–|-|\()")
"""What follows a dateline's shouted word ("WASHINGTON, D.C. -", "SALEM (")."""
