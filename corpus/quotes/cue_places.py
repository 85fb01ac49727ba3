"""Whether a cue verb stands right after or right before a name where the article writes it ("Roe
said", "Roe's aide said", "Roe, the host, said", "said Rep. G.K. Roe"): two readings of
:func:`corpus.quotes.name_evidence.name_evidence`'s "cue_subject".

They were two patterns each holding the trie of every cue word (``trie_pattern(CUE_WORDS)``), compiled
on the first name read: 60 M instructions of a cold ``storydiff quotes`` (0.4 %), the compile of the
tries. Here the few places a cue can stand are read by hand and the word there looked up in
:data:`CUE_WORDS`; each function says which pattern it answers as, and answers the same.
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import CUE_WORDS
from corpus.quotes.word_places import word_char

__all__ = ["a_cue_after", "a_cue_before"]

_CONJUNCTIONS = ("and ", "or ", "but ", "nor ")
"""A word not read between a name and its cue ("rapists from Mexico and demands that")."""
_OWNER_MARKS = ("’s", "’", "'s", "'")
_ACCORDING = "according to"


def _lower(char: str) -> bool:
    return "a" <= char <= "z"


# The runs read forward from a place, each one anchored match (C code), not a Python step per
# character: a name's cue is looked for after every place the article writes it.
_WORD_RUN = re.compile(r"\w*")
"""Word characters: ``word_places.word_char``'s test (``str.isalnum`` or ``_``), as ``\\w``."""
_NAME_WORD_RUN = re.compile(r"[\w’'-]*")
_SPACES = re.compile(" *")
_LOWER_RUN = re.compile("[a-z]*")
"""Lower-case letters: :func:`_lower`'s test."""
_LONGEST_ASIDE = 80
_ASIDE_RUN = re.compile(rf"[^,.\n]{{0,{_LONGEST_ASIDE + 1}}}")
"""An aside's characters, read one past the longest: a longer run is no aside, however long it goes
on (read a character per Python step up to the paragraph's next comma or period, it cost 31 M of the
750 M instructions the names of the bench corpus took to clean)."""


def _run_end(run: re.Pattern[str], text: str, at: int) -> int:
    """Where the run of ``run`` (one of the patterns above) starting at ``at`` ends."""
    found = run.match(text, at)
    return at if found is None else found.end()


def _spaces_end(text: str, at: int) -> int:
    return _run_end(_SPACES, text, at)


def _cue_at(text: str, at: int) -> bool:
    """Whether a cue word starts at ``at`` and ends a word there (``trie(CUE_WORDS) + \\b``): a word
    ending at a word's end is the whole run of letters from ``at``, or two runs and a space."""
    size = len(text)
    end = _run_end(_LOWER_RUN, text, at)
    if end == at:
        return False
    if (end == size or not word_char(text[end])) and text[at:end] in CUE_WORDS:
        return True
    if end < size and text[end] == " ":
        second = _run_end(_LOWER_RUN, text, end + 1)
        closed = second == size or not word_char(text[second])
        return second > end + 1 and closed and text[at:second] in CUE_WORDS
    return False


def _ends_before_cue(text: str, end: int) -> list[int]:
    """Where what may stand between a name ending at ``end`` and its cue ends: ``(?:’s?|'s?)?
    (?:,[^,.\\n]{1,80},| +(?:and|&) +[A-Z][\\w’'-]*)? +(?:(?!(?:and|or|but|nor) )\\w+ +)?``, every
    way it can be read (the pattern backtracks over each)."""
    owned = [end] + [end + len(mark) for mark in _OWNER_MARKS if text.startswith(mark, end)]
    asides: list[int] = []
    for at in owned:
        asides.append(at)
        if text.startswith(",", at):  # `,[^,.\n]{1,80},`
            close = _run_end(_ASIDE_RUN, text, at + 1)
            if 1 <= close - at - 1 <= _LONGEST_ASIDE and text.startswith(",", close):
                asides.append(close + 1)
        spaces = _spaces_end(text, at)  # ` +(?:and|&) +[A-Z][\w’'-]*`
        if spaces > at:
            joined = "and" if text.startswith("and", spaces) else "&" if text.startswith("&", spaces) else ""
            word = spaces + len(joined)
            name = _spaces_end(text, word)
            if joined and name > word and "A" <= text[name : name + 1] <= "Z":
                asides.append(_run_end(_NAME_WORD_RUN, text, name + 1))
    ends: list[int] = []
    for at in asides:
        spaces = _spaces_end(text, at)
        if spaces == at:
            continue
        ends.append(spaces)
        if not text.startswith(_CONJUNCTIONS, spaces):  # `(?:(?!(?:and|or|but|nor) )\w+ +)?`
            word = _run_end(_WORD_RUN, text, spaces)
            after = _spaces_end(text, word)
            if word > spaces and after > word:
                ends.append(after)
    return ends


def a_cue_after(text: str, end: int) -> bool:
    """Whether a reporting verb follows a name ending at ``end`` as its subject's ("Roe said", "Roe's
    aide said", "Roe, the host, said", "Roe and Doe added"): whether ``re.compile(r"(?:’s?|'s?)?
    (?:,[^,.\\n]{1,80},| +(?:and|&) +[A-Z][\\w’'-]*)? +(?:(?!(?:and|or|but|nor) )\\w+ +)?" +
    trie_pattern(CUE_WORDS) + r"\\b").match(text, end)`` matches."""
    spaces = _spaces_end(text, end)
    if spaces > end and _cue_at(text, spaces):
        return True  # "Roe said": the first way the pattern reads, and the commonest, asked first
    return any(_cue_at(text, at) for at in _ends_before_cue(text, end))


def _cue_ends_at(text: str, end: int, lo: int) -> bool:
    """Whether a cue word or "according to" ends at ``end``, starting a word at or after ``lo``."""
    start = end
    while start > lo and _lower(text[start - 1]):
        start -= 1
    if start == end:
        return False
    if (start == 0 or not word_char(text[start - 1])) and text[start:end] in CUE_WORDS:
        return True
    if start - 1 <= lo or text[start - 1] != " ":
        return False
    first = start - 1
    while first > lo and _lower(text[first - 1]):
        first -= 1
    opens = first == 0 or not word_char(text[first - 1])
    two = text[first:end]
    return first < start - 1 and opens and (two in CUE_WORDS or two == _ACCORDING)


_MOST_NAME_WORDS = 3
_NAME_MARKS = "’'.-"


def a_cue_before(text: str, lo: int, hi: int) -> bool:
    """Whether a reporting verb stands before its inverted subject ending at ``hi`` ("said Roe", "said
    Rep. G.K. Roe"), within ``text[lo:hi]``: whether ``re.compile(r"\\b(?:" + trie_pattern(CUE_WORDS)
    + r"|according to) +(?:[A-Z][\\w’'.-]* +){0,3}$").search(text, lo, hi)`` finds it."""
    ends = [hi] + ([hi - 1] if hi - 1 >= lo and text[hi - 1 : hi] == "\n" else [])
    for end in ends:  # `$` holds at the end and before a newline ending the text
        at = end
        for words in range(_MOST_NAME_WORDS + 1):
            spaces = at
            while spaces > lo and text[spaces - 1] == " ":
                spaces -= 1
            if spaces == at:
                break
            if _cue_ends_at(text, spaces, lo):
                return True
            if words == _MOST_NAME_WORDS:
                break
            start = spaces
            while start > lo and (word_char(text[start - 1]) or text[start - 1] in _NAME_MARKS):
                start -= 1
            if start == spaces or not "A" <= text[start] <= "Z":
                break
            at = start
    return False
