"""Names whose given name is written in syllables joined by a hyphen, as East Asian names are in the
news ("Ban Ki-moon", "Moon Jae-in", "Kim Jong-un", "Tsai Ing-wen"), and spelled otherwise elsewhere
("Kim Jong Un", "Kim Jong-Un"): the surname comes first and may be an ordinary English word ("Ban",
"Moon", "Park"), and the spacing, hyphen and capitals of the given name's syllables part no one."""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.spelling import fold
from corpus.quotes.word_places import WORD_JOINERS, places_alone

_GIVEN_SYLLABLES = r"[A-Z][a-z]{1,5}-(?:[a-z]{1,5}|[A-Z][a-z]?)(?![\w-])"
"""A given name of two short syllables joined by a hyphen, the second lower case or of two letters at
most ("Ki-moon", "Jae-in", "Jong-Un"): a double-barrelled surname's halves are both capitalised and
longer ("Strauss-Kahn", "Lopez-Cantera")."""


def written_before_given_syllables(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` capitalised before a hyphened given name ("Ban Ki-moon"): a
    surname written first, a name though the word is an ordinary one."""
    if not word[:1].isupper() or not text:
        return False
    size = len(word)
    return any(_AFTER_SURNAME().match(text, at + size) for at in places_alone(text, word, WORD_JOINERS))


_AFTER_SURNAME = compiled_on_first_use(r"[ \u00a0]" + _GIVEN_SYLLABLES)

_PARTS = compiled_on_first_use(r"[\s\u00a0-]+")


def spelled_alike(name: str) -> str:
    """A name's words as compared across articles: accents folded, lower case, hyphens as spaces
    ("Kim Jong-un", "Kim Jong Un" and "Kim Jong-Un" all give "kim jong un")."""
    return " ".join(fold(part).lower() for part in _PARTS().split(name) if part)


_GIVEN_SYLLABLES_WORD = compiled_on_first_use(_GIVEN_SYLLABLES)


def opens_surname_first(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a surname written first: capitalised, before a hyphened given name
    ("Ban" of "Secretary-General Ban Ki-moon", "Moon" of "Moon Jae-in")."""
    return (
        at + 1 < len(words)
        and words[at][:1].isupper()
        and _GIVEN_SYLLABLES_WORD().fullmatch(words[at + 1].rstrip(".,;:")) is not None
    )
