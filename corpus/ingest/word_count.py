"""An article's word count: the words of its title and body, boilerplate left out.

Counted at C speed where it can be (the tokens of an ASCII text told apart on its bytes), since a
word regex over every paragraph cost more than the rest of the loading put together.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

from corpus.ingest.chrome import NON_WORD_MARKS, as_ascii
from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.model import Block, Blocks

__all__ = ["LONG_TOKEN", "count_words"]


def count_words(text: str, paragraphs: Sequence[Block]) -> int:
    """Words of the article proper (title and body; boilerplate left out), split at white space:
    a word regex over every paragraph cost more than the rest of the loading put together."""
    spans = (
        paragraphs.spans()
        if isinstance(paragraphs, Blocks)
        else [(p.start, p.end, p.kind) for p in paragraphs]
    )
    total = 0
    run_start = run_end = -1
    for start, end, kind in spans:
        if kind == "boilerplate":
            continue
        # paragraphs with only white space between them are counted as one stretch of text (the
        # same tokens, split in one call): a call per paragraph cost twice as much
        if run_end >= 0 and text[run_end:start].isspace():
            run_end = end
            continue
        if run_end >= 0:
            total += _words_in(text[run_start:run_end])
        run_start, run_end = start, end
    if run_end >= 0:
        total += _words_in(text[run_start:run_end])
    return total


def _words_in(stretch: str) -> int:
    """The words of a stretch of text: its tokens between white space, bare punctuation left out."""
    plain = as_ascii(stretch, _TOKEN_STAND_INS)
    if plain is not None:  # the tokens told apart on its bytes, none of them made (in C: 4 calls)
        shape = plain.encode().translate(_TOKEN_SHAPE)
        if _LONG_RUN not in shape:
            return (b" " + plain.encode().translate(_TOKEN_SHAPE, _NOT_WORD_BYTES)).count(b" w")
    tokens = stretch.split()
    total = sum(map(bool, map(str.strip, tokens, repeat(_NOT_WORD))))  # (in C: one call a stretch)
    if tokens and max(map(len, tokens)) > LONG_TOKEN:
        for token in tokens:
            if len(token) > LONG_TOKEN:  # counted by its runs of letters instead
                total += len(_word_run().findall(token)) - bool(token.strip(_NOT_WORD))
    return total


LONG_TOKEN = 30
"""A token longer than this is words run together by punctuation ("a"a"a…), or a URL."""


_word_run = compiled_on_first_use(r"[^\W_]+")


_NOT_WORD = "#*_-–—•·|/\\“”\"'‘’()[]{}.,;:!?…<>=+~"
"""Tokens made only of these (a heading mark, a dash, a bullet) are not words."""
_TOKEN_STAND_INS = {
    mark: " " if mark.isspace() else "-" if mark in _NOT_WORD else "x" for mark in NON_WORD_MARKS
}
"""An ASCII character of the same kind (white space, of :data:`_NOT_WORD`, neither) for each of the
marks beyond ASCII news text holds: a text written so has the same tokens, of the same lengths, and
the same of them are words."""
_TOKEN_SHAPE = bytes(ord(" ") if chr(b).isspace() else ord("w") for b in range(256))
"""Each byte of an ASCII text to a space where ``str.split`` splits, else to "w"."""
_NOT_WORD_BYTES = "".join(c for c in _NOT_WORD if c.isascii()).encode()
_LONG_RUN = b"w" * (LONG_TOKEN + 1)
