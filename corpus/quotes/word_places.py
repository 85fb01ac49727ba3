"""Where a word stands alone in an article's text, read once per text.

A speaker phrase asks whether the article writes one of its words elsewhere ("Rival" in lower case,
"Long" inside a sentence). Asked with ``str.find`` for each phrase, a word the article never writes
again scans the whole text every time, and an article of many short lines then costs the square of
its length. So the places of every run of letters and digits in a long text are indexed once; a
short text, or a word that is not one such run ("O'Neil", "al-Assad"), is still scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from corpus.ingest.lazy_regex import compiled_on_first_use

_LETTER_RUN = compiled_on_first_use(r"[^\W_]+")
"""A run of letters and digits: what ``str.isalnum`` accepts, so a run's neighbours are not."""

_INDEXED_FROM = 20_000
"""Characters of text from which its words are indexed: in a shorter one, the few words a quote's
phrases ask about cost less to find by scanning than the whole text costs to index (every text of
2,000 characters or more indexed, as most articles are: cold instructions 1.29 times as many on 1 MB
of the bench corpus, h-speed28)."""
_TEXTS_KEPT = 4
"""Texts whose index is kept: the quote finder reads one article at a time."""


@lru_cache(maxsize=_TEXTS_KEPT)
def _places_by_word(text: str) -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    for match in _LETTER_RUN().finditer(text):
        places.setdefault(match.group(), []).append(match.start())
    return places


WORD_JOINERS = "_’'-"
"""Characters that, beside a word, make it part of a longer one for a reader of names ("game-changer",
"O’Neil"): the ``[\\w’'-]`` of a pattern's look-arounds, less the letters and digits."""


def places_alone(text: str, word: str, joiners: str = "") -> Iterator[int]:
    """The offsets, in order, where ``word`` stands alone (not inside a longer word, nor beside one
    of ``joiners``) in ``text``."""
    if len(text) >= _INDEXED_FROM and _LETTER_RUN().fullmatch(word):
        # a run's neighbours are no letters or digits; only the joiners are left to check
        yield from (at for at in _places_by_word(text).get(word, ()) if _alone(text, at, len(word), joiners))
        return
    # str.find jumps to each place the word is written (a pattern opening with a look-behind
    # tries every position of the text)
    at = text.find(word) if word else -1
    while at >= 0:
        if _alone(text, at, len(word), joiners):
            yield at
        at = text.find(word, at + len(word))


def _alone(text: str, at: int, length: int, joiners: str) -> bool:
    """Whether the word of ``length`` at ``at`` has no letter, digit or joiner beside it."""
    before = text[at - 1] if at else " "
    after = text[at + length] if at + length < len(text) else " "
    return not (before.isalnum() or before in joiners or after.isalnum() or after in joiners)


def written_lower(word: str, text: str) -> bool:
    """Whether the article writes the (folded) word in lower case: an ordinary word in its text,
    whatever the word tables say ("The Mezcal Soup (which has no mezcal)")."""
    return word.isalpha() and next(places_alone(text, word, WORD_JOINERS), None) is not None


def places_as_a_word(text: str, word: str) -> list[int]:
    """Where ``re.finditer(r"\\b" + re.escape(word) + r"\\b", text)`` finds ``word``, without the
    pattern: one built per name opens with ``\\b``, so the regex engine tried it at every position of
    the article (a tenth of the name cleaner's time), where ``str.find`` jumps to each place."""
    if not word:
        return [m.start() for m in re.finditer(r"\b\b", text)]
    if _LETTER_RUN().fullmatch(word):
        # no place of a word of letters and digits overlaps another where both stand alone
        return list(places_alone(text, word, "_"))
    # \b holds where a word character and a non-word one meet; the edge of the text is non-word
    opens_word, closes_word = word_char(word[0]), word_char(word[-1])
    places: list[int] = []
    size, length = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        end = at + size
        before = at > 0 and word_char(text[at - 1])
        after = end < length and word_char(text[end])
        if before != opens_word and after != closes_word:
            places.append(at)
            at = text.find(word, end)  # finditer goes on after a match
        else:
            at = text.find(word, at + 1)
    return places


def word_char(char: str) -> bool:
    """What ``\\w`` matches in a str pattern: a letter, a digit (``str.isalnum``'s test) or ``_``."""
    return char.isalnum() or char == "_"


# Where a name cleaner asks whether the article writes a word in some setting: each was a regex built
# per word, whose classes of curly marks or of \w cost 0.1-1.2 ms to compile (re's charset
# optimisation), a sixth of the quote finder's time on PolNeAR; ``str.find`` jumps to each place,
# and the setting is read beside it. Each says which regex it answers as.


def written_after_capitalised(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` after a capitalised word (a closing mark between) and a space:
    ``re.search(r"\\b[A-Z][\\w’'.-]*[\\"”’]? " + re.escape(word) + r"\\b", text)``."""
    if not word:
        return False
    ends_word, size, length = word_char(word[-1]), len(word) + 1, len(text)
    at = text.find(" " + word)
    while at >= 0:
        end = at + size
        if (end < length and word_char(text[end])) != ends_word and _capitalised_before(text, at):
            return True
        at = text.find(" " + word, at + 1)
    return False


def _capitalised_before(text: str, space: int) -> bool:
    """Whether a word opening with a capital (``\\b[A-Z][\\w’'.-]*``) ends right before ``space``, a
    closing mark (``[\\"”’]?``) between."""
    end = space - 1 if space > 0 and text[space - 1] in '"”' else space
    start = end
    while start > 0 and (word_char(text[start - 1]) or text[start - 1] in "’'.-"):
        start -= 1
    # a capital at the run's start, or after one of its marks (a \b: "O’Neil", "Jean-Luc")
    return any(
        "A" <= text[k] <= "Z" and (k == start or not word_char(text[k - 1])) for k in range(start, end)
    )


def opens_a_line(word: str, text: str, then: re.Pattern[str]) -> bool:
    """Whether ``text`` opens a line (blanks before) with ``word`` and ``then`` right after it:
    ``re.search(r"(?m)^\\s*" + re.escape(word) + then.pattern, text)``."""
    if not word:
        return re.search(r"(?m)^\s*" + then.pattern, text) is not None
    at = text.find(word)
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        if (blank == 0 or "\n" in text[blank:at]) and then.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def written_inside_a_sentence(word: str, after: str, text: str) -> bool:
    """Whether ``text`` writes "word after" after a word or a comma:
    ``re.search(r"[\\w,] +" + re.escape(word) + r" +" + re.escape(after), text)`` (words without spaces)."""
    if not word or not after:
        return re.search(r"[\w,] +" + re.escape(word) + r" +" + re.escape(after), text) is not None
    at = text.find(word)
    while at >= 0:
        start, end = _spaces_before(text, at), _spaces_after(text, at + len(word))
        if (
            0 < start < at
            and (word_char(text[start - 1]) or text[start - 1] == ",")
            and end > at + len(word)
            and text.startswith(after, end)
        ):
            return True
        at = text.find(word, at + 1)
    return False


def written_after_one_of(word: str, before: frozenset[str], text: str) -> bool:
    """Whether ``text`` writes ``word`` after one of the words ``before`` and spaces:
    ``re.search(r"\\b(?:" + "|".join(before) + r") +" + re.escape(word) + r"\\b", text)``, ``before``
    being words of letters."""
    if not word:
        return re.search(r"\b(?:" + "|".join(map(re.escape, before)) + r") +\b", text) is not None
    ends_word, size, length = word_char(word[-1]), len(word), len(text)
    at = text.find(word)
    while at >= 0:
        end = at + size
        start = _spaces_before(text, at)
        if 0 < start < at and (end < length and word_char(text[end])) != ends_word:
            opens = start
            while opens > 0 and word_char(text[opens - 1]):
                opens -= 1
            if text[opens:start] in before:
                return True
        at = text.find(word, at + 1)
    return False


def _spaces_before(text: str, at: int) -> int:
    """Where the run of spaces ending at ``at`` starts."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return at


def _spaces_after(text: str, at: int) -> int:
    """Where the run of spaces starting at ``at`` ends."""
    while at < len(text) and text[at] == " ":
        at += 1
    return at
