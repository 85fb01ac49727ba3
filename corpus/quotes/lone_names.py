"""The full name an article gives a speaker it quotes by one word that opens that name: "Kim" of "Kim
Jong Un", "Tsai" of "Tsai Ing-wen".

A speaker quoted by one word is joined to a full name by that name's last word ("Clinton" of
"Hillary Clinton": ``find._full_names``) or, when the full name is someone's sighting, by its first
(``speakers.SpeakerIndex``). A name that opens with the word and that no one is quoted by is found
here: a run of two or three capitalised words in an article, the word first and the words after it
no ordinary, organisation's, role's or date's words (not "Trump Organization", "Python Software
Foundation", "ACLU Thursday"). Only when the article writes exactly one such name, and nothing
contradicts it: the word is no surname of another there ("Jane Kim"), and the name's last word is
not the surname of a speaker of the corpus (then the word is a given name, which the last-word
pairing joins).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from corpus.model import Article
from corpus.quotes.given_syllables import spelled_alike
from corpus.quotes.lexicon import DATE_WORDS, NAME_PARTICLES, ORG_WORDS, ROLE_WORDS, is_nationality
from corpus.quotes.names import NameTables
from corpus.quotes.spelling import fold
from corpus.quotes.word_places import WORD_JOINERS

_MOST_WORDS_AFTER = 2
"""A name opened by the lone word has at most this many words after it ("Kim Jong Un"); a longer run
of capitalised words is a headline's or an organisation's."""
_CAPITAL_WORD = r"[A-Z][\w’'-]*"


def lone_word_names(
    articles: Iterable[Article],
    lone: Mapping[str, set[str]],
    spoken: set[str],
    surnames: set[str],
    tables: NameTables,
    opened: Callable[[Article, str], frozenset[str] | None] | None = None,
) -> list[tuple[str, str, str | None]]:
    """(article, full name, None) for each speaker an article quotes by one word (``lone``: by
    article, the speakers' and relayed persons' names that are such a word, :func:`is_lone_word`)
    that one full name of that article opens; ``spoken``: the corpus's speakers' names written with
    a space, ``surnames`` the folded last words of all of them (:class:`sighted_names.SightedNames`
    gathers both). ``opened``: :func:`names_opened` of an article and a word, read before (as the
    readings came in: :mod:`corpus.quotes.step_ahead`), or read here."""
    if not lone:
        return []
    said = _Spoken(spoken)
    out: list[tuple[str, str, str | None]] = []
    for article in articles:
        words = lone.get(article.name)
        if not words:
            continue  # an article that quotes no one by one word: nothing to read
        text = article.text
        for word in sorted(words):
            named = names_opened(word, text, tables) if opened is None else opened(article, word)
            full = _the_one_name(word, named, surnames, said) if named else None
            if full is not None and not _written_as_a_surname(word, text, tables):
                out.append((article.name, full, None))
    return out


def is_lone_word(name: str) -> bool:
    """Whether a speaker's name is one word a full name may open: title case, all letters (an acronym,
    "ACLU", is an organisation's name, which no person's opens)."""
    return " " not in name and name.isalpha() and name[:1].isupper() and name[1:].islower()


def names_opened(word: str, text: str, tables: NameTables) -> frozenset[str] | None:
    """What ``text`` writes after ``word`` that may end a person's name the word opens (``Jong Un``
    of "Kim Jong Un"): runs of name words (:func:`_name_word`); None where there is none, or where
    the word opens a longer run of capitalised words (a headline's or an organisation's: the word is
    not surely a person's). The article alone settles it (the corpus's names choose among them)."""
    tails = _tails(word, text)
    named = set()
    for tail in tails:
        after = tail.split()
        words = [w for w in after if w.lower() not in NAME_PARTICLES]  # "bin" of "Alwaleed bin Talal"
        if len(words) > _MOST_WORDS_AFTER:
            return None
        if words and all(_name_word(w, tables) for w in words):
            named.add(" ".join(after))
    return frozenset(named) if named else None


class _Spoken:
    """The full names of the corpus's speakers as compared across articles (``spelled_alike``), read
    the first time an article writes several names a lone word opens (rarely: most never do)."""

    def __init__(self, names: set[str]) -> None:
        self._names = names
        self._alike: set[str] | None = None

    def holds(self, name: str) -> bool:
        if self._alike is None:
            self._alike = {spelled_alike(n) for n in self._names}
        return spelled_alike(name) in self._alike


_PARTICLE_WORD = r"(?:" + "|".join(sorted(NAME_PARTICLES)) + r")"
_TAIL = re.compile(
    r"(?:[ \u00a0](?:(?i:" + _PARTICLE_WORD + r")[ \u00a0])*" + _CAPITAL_WORD + r"(?![\w’'-]))+"
)
"""The capitalised words written after a word, each after one space, particles of any case among
them ("Alwaleed bin Talal", "Alwaleed Bin Talal", "Marta van der Berg"): the name goes on past them."""


_TAIL_OPENERS = (" ", "\u00a0")
"""What a :data:`_TAIL` opens with."""


def _tails(word: str, text: str) -> set[str]:
    """The runs of capitalised words ``text`` writes after ``word`` (written as a word of its own:
    the places of :func:`word_places.places_alone`, a lone word being all letters). Only a place
    followed by a space can open a run, so that is asked first, and the run read from it; asking
    every place whether it stands alone, a call each, was most of the cost (a lone word such as
    "Biden" is written some six times an article, mostly before a comma or a period)."""
    tails: set[str] = set()
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if text[end : end + 1] in _TAIL_OPENERS:  # (no letter, digit or joiner after the word)
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before in WORD_JOINERS):
                tail = _TAIL.match(text, end)
                if tail is not None:
                    tails.add(tail.group())
        at = text.find(word, end)
    return tails


def _the_one_name(word: str, named: frozenset[str], surnames: set[str], spoken: _Spoken) -> str | None:
    """The one full name ``word`` opens, given the rests of names written after it
    (:func:`names_opened`), or None. Of several ("Kim Il-sung", "Kim Jong-un"), the one a speaker of
    the corpus is named by, however spaced, hyphened and capitalised (``spoken``: "kim jong un" of
    "Kim Jong Un")."""
    if len(named) > 1:
        named = frozenset(rest for rest in named if spoken.holds(f"{word} {rest}"))
    if len(named) != 1:
        return None
    (rest,) = named
    if fold(rest.split()[-1]) in surnames:
        return None  # "Hillary Clinton": the word is a given name; the last-word pairing joins it
    return f"{word} {rest}"


def _name_word(word: str, tables: NameTables) -> bool:
    plain = word.lower().strip(".,")
    if word.endswith(("’s", "'s", "’", "'")):
        return False  # an owner's word: "Kim Jong Un's" is read without it
    return not (
        plain in tables.ordinary
        or plain in ORG_WORDS
        or plain in ROLE_WORDS
        or plain in tables.titles
        or plain in DATE_WORDS  # "Acme Thursday": a day after the name
        or is_nationality(word)
    )


def _written_as_a_surname(word: str, text: str, tables: NameTables) -> bool:
    """Whether the article writes the word after a given name ("Jane Kim"): the surname of someone
    else, perhaps (a title before it is no contradiction: "President Tsai" is Tsai Ing-wen)."""
    for m in re.finditer(r"(" + _CAPITAL_WORD + r"\.?)[ \u00a0]" + re.escape(word) + r"\b", text):
        before = m.group(1).lower().rstrip(".")
        if before in tables.given_names and before not in tables.titles:  # "Prince Alwaleed": a title
            return True
    return False
