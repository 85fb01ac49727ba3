"""The tokens the phrase grammar reads (:data:`TOKEN`), listed in a stretch (:func:`tokens_in`) or
read on from those a reader has already listed, rather than listed again from the start.

A reader that lists a few tokens lazily (``after_cue``'s phrase after a cue reads six) and then wants
more from the same start listed them again from that start with a second scan. A regular
expression's scan depends only on where it starts and where it must stop (the tokenisers here look
neither behind nor ahead of their bounds), so the tokens after the last one read are the scan from
its end: the list read so far and that scan are what a fresh scan from the start would give.
"""

from __future__ import annotations

import re
from itertools import islice

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.roles import Token

# ASCII letters are listed before \w (a subset of it): the regex engine tests them as a bitmap before
# asking Unicode for the category of a character, which is most of the cost of reading a word
TOKEN_PATTERN = r"[A-Za-z0-9_\w.’'-]+|\(\s*[^()\n]{1,20}\)|[^\w\s]"
"""A token: a word (with its periods, apostrophes and hyphens), a short bracket, or one other mark.
Every character but a blank opens one (a letter, a digit or "_" the word, any other the mark)."""
TOKEN = compiled_on_first_use(TOKEN_PATTERN)
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
"""A letter or digit (exactly what ``str.isalnum`` accepts): ``search`` tells at C speed whether a
stretch holds one, where a test of each character would loop in Python."""
_BLANKS_AND_TOKEN = compiled_on_first_use(r"(\s*+)(" + TOKEN_PATTERN + ")")
"""A token and the blanks before it: since only blanks stand between two tokens, these pairs cover
a stretch up to its last token, and their lengths give each token's place (the blanks are taken
possessively, none given back: no token opens with one)."""


def tokens_in(text: str, lo: int, hi: int) -> list[Token]:
    """The tokens of ``text[lo:hi]`` as ``(start, end, token)``: what ``TOKEN().finditer(text, lo,
    hi)`` finds, listed without a match object per token (``findall`` returns the strings alone,
    their places counted here: a quarter faster for the 160 characters read before a cue)."""
    tokens: list[Token] = []
    at = lo
    for blanks, token in _BLANKS_AND_TOKEN().findall(text, lo, hi):
        at += len(blanks)
        end = at + len(token)
        tokens.append((at, end, token))
        at = end
    return tokens


def tokens_on(pattern: re.Pattern[str], text: str, toks: list[Token], hi: int, count: int) -> list[Token]:
    """The first ``count`` tokens of ``pattern`` in ``text`` from ``toks[0]``'s start up to ``hi``,
    given ``toks``: the first tokens of that scan, read already (one at least)."""
    if len(toks) >= count:
        return toks[:count]
    more = pattern.finditer(text, toks[-1][1], hi)
    return toks + [m.span() + (m[0],) for m in islice(more, count - len(toks))]  # noqa: RUF005
