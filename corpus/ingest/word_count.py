"""An article's word count: the words of its title and body, boilerplate left out.

Counted at C speed where it can be (the tokens of an ASCII text told apart on its bytes), since a
word regex over every paragraph cost more than the rest of the loading put together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import itemgetter

from corpus.ingest.chrome import NON_WORD_MARKS
from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.model import Block, BlockKind, Blocks

__all__ = ["LONG_TOKEN", "WIDE_SPACES", "count_words", "token_bytes", "words_of_spans"]


def count_words(text: str, paragraphs: Sequence[Block]) -> int:
    """Words of the article proper (title and body; boilerplate left out), split at white space:
    a word regex over every paragraph cost more than the rest of the loading put together."""
    rows = (
        paragraphs.spans()
        if isinstance(paragraphs, Blocks)
        else [(p.start, p.end, p.kind) for p in paragraphs]
    )
    return words_of_spans(text, map(_SPAN_OF_ROW, rows), map(_KIND_OF_ROW, rows))


_SPAN_OF_ROW = itemgetter(0, 1)
_KIND_OF_ROW = itemgetter(2)


def words_of_spans(text: str, spans: Iterable[tuple[int, int]], kinds: Iterable[BlockKind]) -> int:
    """:func:`count_words` of the paragraphs at ``spans`` of these ``kinds``: the parse has them at
    hand (the (start, end, kind) of each made again from their :class:`Blocks` was a sixth of
    counting their words)."""
    total = 0
    run_start = run_end = -1
    for (start, end), kind in zip(spans, kinds, strict=True):
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
    data = token_bytes(stretch)
    if data is None:
        return _split_words(stretch)
    # the tokens told apart on its bytes, none of them made (in C: a few calls)
    total = (b" " + data.translate(_TOKEN_SHAPE, _NOT_WORD_BYTES)).count(b" w")
    shape = data.translate(_TOKEN_SHAPE)
    one_byte_each = len(data) == len(stretch)  # (UTF-8 writes a character beyond ASCII in 2-4 bytes)
    at = shape.find(_LONG_RUN)
    while at >= 0:  # a token that may be longer than LONG_TOKEN: counted by its runs of letters
        start = shape.rfind(b" ", 0, at) + 1
        end = shape.find(b" ", at)
        end = len(shape) if end < 0 else end
        token = (
            stretch[start:end] if one_byte_each else stretch[_chars_in(data, start) : _chars_in(data, end)]
        )
        if len(token) > LONG_TOKEN:
            total += len(_word_run().findall(token)) - bool(token.strip(_NOT_WORD))
        at = shape.find(_LONG_RUN, end)
    return total


def _chars_in(data: bytes, end: int) -> int:
    """The characters of the UTF-8 ``data[:end]`` (``end`` at a character's first byte)."""
    return len(data[:end].decode("utf-8", "surrogatepass"))


def _split_words(stretch: str) -> int:
    """:func:`_words_in` token by token (a text with white space beyond ASCII)."""
    tokens = stretch.split()
    total = sum(map(bool, map(str.strip, tokens, repeat(_NOT_WORD))))  # (in C: one call a stretch)
    if tokens and max(map(len, tokens)) > LONG_TOKEN:
        for token in tokens:
            if len(token) > LONG_TOKEN:  # counted by its runs of letters instead
                total += len(_word_run().findall(token)) - bool(token.strip(_NOT_WORD))
    return total


def token_bytes(stretch: str) -> bytes | None:
    """``stretch`` as bytes whose runs of :data:`_TOKEN_SHAPE` "w" are its tokens (``str.split``'s),
    each as long or longer, and whose bytes of :data:`_NOT_WORD_BYTES` are its characters of
    :data:`_NOT_WORD`; None when no such bytes are made cheaply (white space beyond ASCII in it).

    Each of :data:`NON_WORD_MARKS` is written as its ASCII stand-in, and what is left is encoded as
    UTF-8: every byte of a character beyond ASCII is then 128 or more, a word's byte in the shape,
    and none of those characters is white space (checked) or of :data:`_NOT_WORD` (those are marks).
    A third of the bench corpus's texts hold a letter beyond ASCII ("détente"): split into tokens,
    they cost ten times what the rest of the texts did."""
    if stretch.isascii():  # (a flag of the string: no scan)
        return stretch.encode()
    for mark in NON_WORD_MARKS:
        if mark in stretch:
            stretch = stretch.replace(mark, _TOKEN_STAND_INS[mark])
            if stretch.isascii():
                return stretch.encode()
    # (a text of Latin-1 letters finds no wider character in C at once: only two of these are read)
    if any(map(stretch.__contains__, WIDE_SPACES)):
        return None
    return stretch.encode("utf-8", "surrogatepass")


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
_TOKEN_SHAPE = bytes(ord(" ") if b < 128 and chr(b).isspace() else ord("w") for b in range(256))
"""Each byte of an ASCII text, or of UTF-8, to a space where ``str.split`` splits, else to "w" (a byte
of 128 or more is part of a character beyond ASCII: see :func:`token_bytes`)."""
WIDE_SPACES = (
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
"""The white space beyond ASCII (every character above 127 for which ``str.isspace`` holds, as the
tests check): where ``str.split`` splits, though no byte of its UTF-8 is white space."""
_NOT_WORD_BYTES = "".join(c for c in _NOT_WORD if c.isascii()).encode()
_LONG_RUN = b"w" * (LONG_TOKEN + 1)
