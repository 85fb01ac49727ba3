"""Tokens read on from those a reader has already listed, rather than listed again from the start.

A reader that lists a few tokens lazily (``after_cue``'s phrase after a cue reads six) and then wants
more from the same start listed them again from that start with a second scan. A regular
expression's scan depends only on where it starts and where it must stop (the tokenisers here look
neither behind nor ahead of their bounds), so the tokens after the last one read are the scan from
its end: the list read so far and that scan are what a fresh scan from the start would give.
"""

from __future__ import annotations

import re
from itertools import islice

from corpus.quotes.roles import Token


def tokens_on(pattern: re.Pattern[str], text: str, toks: list[Token], hi: int, count: int) -> list[Token]:
    """The first ``count`` tokens of ``pattern`` in ``text`` from ``toks[0]``'s start up to ``hi``,
    given ``toks``: the first tokens of that scan, read already (one at least)."""
    if len(toks) >= count:
        return toks[:count]
    more = pattern.finditer(text, toks[-1][1], hi)
    return toks + [m.span() + (m[0],) for m in islice(more, count - len(toks))]  # noqa: RUF005
