"""The pairs of capitalised words an article writes that could be a person's full name ("Olaf
Scholz"): the candidates from which the quote finder gives a speaker quoted by surname a full name.
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import (
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_WORDS,
    PERSON_TITLES,
    ROLE_WORDS,
    is_nationality,
)
from corpus.quotes.names import NameTables, is_descriptor, ordinary_word
from corpus.quotes.roles import strip_possessive
from corpus.quotes.word_places import word_char

__all__ = ["NamePairs"]


# Two capitalised words in a row, the second one read ahead (not consumed) so that it can be the
# first word of the next pair: "Jens Stoltenberg Said" gives both pairs of the run, each a match.
# The words are read possessively (*+): a space never follows a shorter part of a word, so giving
# letters back can find nothing, and a capitalised word with no pair fails at once. The word class is
# \w with the ASCII letters and digits listed first: they are tested as a bitmap, and only the other
# characters go on to the slower Unicode test of \w (the same set, so the same pairs, "Müller" too).
# Middle initials and lower-case particles between the two are kept with the given name ("Emmet G.
# Sullivan", "Marta van der Berg", "Alwaleed bin Talal"): else the article's own full name is missed,
# and a speaker it quotes by surname alone is merged into another person of that surname named
# elsewhere in the corpus; and the name shown is the one the article gives in full, initials and all.
# Most capitalised words are followed by a lower-case word ("The economy"), and most pairs by a second
# word with no initial or particle before it ("Jens Stoltenberg"): the character after the space is
# tested first, and only a capital with a period after it or a particle's first letter goes on to
# read initials and particles (the same pairs; a tenth fewer instructions on the bench corpus).
_CAPITAL_PAIR = compiled_on_first_use(
    r"([A-Z][a-zA-Z0-9_’'\-\w]*+)[ \u00a0](?=[A-Z"
    + "".join(sorted({p[0] for p in NAME_PARTICLES}))
    + r"])((?=[A-Z][^.])|(?:[A-Z]\.[ \u00a0]){0,2}+(?:(?:"
    + "|".join(sorted(NAME_PARTICLES))
    + r")[ \u00a0]){0,2}+)(?=([A-Z][a-zA-Z0-9_’'\-\w]*+))"
)


class NamePairs:
    """Every "First Last" pair of capitalised words of an article that could be a person's full name
    (the last word without its possessive), each distinct word judged once per corpus.

    Which of them name a speaker depends on the whole corpus (:func:`corpus.quotes.find.find_quotes`
    keeps those whose last word is a speaker's surname); the pairs themselves on the article alone,
    so they are read with its quotes, by whichever process reads it."""

    def __init__(self, tables: NameTables) -> None:
        self.tables = tables
        self._first_ok: dict[str, bool] = {}
        self._surname: dict[str, str | None] = {}
        self._nationalities: set[str] = set()

    def of(self, text: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        first_ok, surnames = self._first_ok, self._surname
        relatives: set[tuple[str, str]] | None = None
        for first, between, last in _CAPITAL_PAIR().findall(text):
            # the first word first: most pairs' is no given name ("The", "President", "NATO")
            ok = first_ok.get(first)
            if ok is None:
                ok = first_ok[first] = _could_be_first_name(first, self.tables)
            if not ok:
                continue
            surname = surnames.get(last, "")
            if surname == "":
                surname = surnames[last] = self._surname_or_none(last)
            if surname is None:
                continue
            if surname in self._nationalities and first.lower() not in self.tables.given_names:
                continue  # "Mark Cuban": a nationality is a surname only after a given name
            if relatives is None:  # read once per article, when it first matters
                relatives = _relatives(text)
            if (first, last) not in relatives:
                if out and out[-1][1] == first and self._middle(out[-1][0], first, last, text):
                    # "Ruth Bader Ginsburg", not "Bader Ginsburg"
                    out[-1] = (f"{out[-1][0]} {first}", surname)
                else:
                    out.append((f"{first} {between.strip()}" if between else first, surname))
        return out

    def _middle(self, given: str, middle: str, last: str, text: str) -> bool:
        """True when ``middle`` stands between a given name and a surname as one name's middle or first
        surname ("Ruth Bader Ginsburg", "Debbie Wasserman Schultz"), the three written in a row. A
        middle word that is a given name too must never open the pair without the given name before
        it ("Bader Ginsburg"): else two names run together ("Clinton Donald Trump")."""
        names = self.tables.given_names
        if " " in given or given.lower() not in names or "-" in middle:
            return False  # "Esther Williams-Esther Williams": a headline's name written twice
        whole = text.count(f"{given} {middle} {last}") + text.count(f"{given}\u00a0{middle} {last}")
        if not whole:
            return False
        return middle.lower() not in names or whole == text.count(f"{middle} {last}")

    def _surname_or_none(self, word: str) -> str | None:
        if word.isupper() or not any(c.islower() for c in word):
            return None  # (an acronym's capitals, read in C first: "NATO")
        word = strip_possessive(word)
        if word.lower() in ORG_WORDS:
            return None
        if is_nationality(word):
            self._nationalities.add(word)
        return word


_RELATIVES = "lady|wife|husband|spouse|widow|widower"
"""Spouses: the relatives who share a surname and stand beside the person quoted by it ("her father
Thomas Hofeller" may well be who is quoted, so parents and children are not listed)."""
_RELATIVE_WORDS = tuple(
    w for w in _RELATIVES.split("|") if not any(o != w and o in w for o in _RELATIVES.split("|"))
)
"""The words of :data:`_RELATIVES` no other of them is part of, looked for as plain text first: a text
without "widow" holds no "widower" (one scan of each text fewer)."""
_NAME_PAIR = r"([A-Z][\w’'-]*)[ \u00a0]([A-Z][\w’'-]*)"
# `\b(?:relative)[ ,]+First Last` or `First Last,? +(?:the |his |her |their )?(?:first )?relative\b`,
# written to open with one character class: a capital (the pair's first letter) or a relative's first
# letter, each alternative then reading the rest with a look-behind at the letter read. So the engine
# skips to those letters, where the two alternatives as written opened with \b and a group, and were
# tried at every position of the text. A pair's first word is read from the match's start.
_AS_RELATIVE = compiled_on_first_use(
    "[A-Z"
    + "".join(sorted({w[0] for w in _RELATIVES.split("|")}))
    + r"](?:(?<!\w.)(?:"
    + "|".join(f"(?<={w[0]}){w[1:]}" for w in _RELATIVES.split("|"))
    + r")[ ,]+"
    + _NAME_PAIR
    + r"|(?<=[A-Z])([\w’'-]*)[ \u00a0]([A-Z][\w’'-]*),? +(?:the |his |her |their )?(?:first )?(?:"
    + _RELATIVES
    + r")\b)"
)


def _relatives(text: str) -> set[tuple[str, str]]:
    """The "First Last" pairs the article names as someone's relative ("first lady Melania Trump",
    "Melania Trump, the first lady", "his wife Jane Roe"): not the full name of the person quoted by
    that surname (a spouse would take the president's quotes and title)."""
    out: set[tuple[str, str]] = set()
    # Most articles name no spouse (str's search jumps through the text). Where one does, the pattern
    # reads only the sentences that write a relative's word: a pair named so and its word stand in one
    # sentence (what stands between them holds no period nor line break), so no match crosses one, and
    # each sentence is read as the whole text's scan reads it (a look-behind sees before ``pos``; the
    # pattern reads nothing after its match but a \b, which the sentence's end answers as its period
    # or line break would). The scan from the first such sentence to the end of the text was 92 ns a
    # character on PolNeAR dev: every capital after it a match attempt.
    read_to = 0
    for at in _relative_word_places(text):
        if at < read_to:
            continue  # (in the sentence read last)
        start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        read_to = _sentence_end(text, at)
        for m in _AS_RELATIVE().finditer(text, start, read_to):
            out.add((m.group(1), m.group(2)) if m.group(1) else (text[m.start() : m.end(3)], m.group(4)))
    return out


def _relative_word_places(text: str) -> list[int]:
    """Where a word of :data:`_RELATIVE_WORDS` starts a word of ``text`` (no word character before it,
    as both ways the pattern reads one need: not "already"), in text order."""
    places: list[int] = []
    for word in _RELATIVE_WORDS:
        at = text.find(word)
        while at >= 0:
            if at == 0 or not word_char(text[at - 1]):
                places.append(at)
            at = text.find(word, at + 1)
    return sorted(places)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: its period or line break, else the end of ``text``."""
    ends = [end for end in (text.find(".", at), text.find("\n", at)) if end >= 0]
    return min(ends, default=len(text))


def _could_be_first_name(word: str, tables: NameTables) -> bool:
    low = word.lower()
    if low.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Korea's Kim": the possessive's owner is no first name
    if ordinary_word(low, tables) and low not in NAME_PARTICLES:
        return False  # "Free Spotify", "Asks Spotify": a headline's or sentence's word before a name
    parts = low.split("-")
    if len(parts) > 1 and all(p in tables.ordinary for p in parts):
        return False  # "Production-Ready Python", "Long-Term Care": ordinary words joined, no given name
    if is_descriptor(word, tables):
        return False  # "Oscar-winner Sarandon": a description before the surname
    return not (
        not word[1:2].islower()
        or low in ROLE_WORDS
        or low in NON_NAME_WORDS
        or low in ORG_WORDS
        or low in PERSON_TITLES
        or is_nationality(word)
    )
