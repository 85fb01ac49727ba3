"""From the engine's answers (quotes, passages) to marks on the text: no textual here, easy to test."""

from __future__ import annotations

from collections.abc import Callable

from corpus.model import Overlap, Passage, Quote
from tui.widgets.marks import Mark, speaker_component

QUOTE_MARKS = '"“”„«»‟'


def quote_span(text: str, quote: Quote) -> tuple[int, int]:
    """The quote widened to its quote marks when they sit right around it (offsets exclude them)."""
    start, end = quote.start, quote.end
    if start > 0 and text[start - 1] in QUOTE_MARKS:
        start -= 1
    if end < len(text) and text[end] in QUOTE_MARKS:
        end += 1
    return start, end


def quote_marks(
    text: str,
    quotes: list[Quote],
    rank: Callable[[str | None], int | None],
    current: int | None = None,
) -> list[Mark]:
    """Each quote in its speaker's colour, the mention underlined, the current quote emphasised; where
    the speaker relays someone's words, that person's mention marked in a style of its own
    ("quoted-mention": whose words they are said to be, beside who vouches for them)."""
    marks: list[Mark] = []
    for i, quote in enumerate(quotes):
        start, end = quote_span(text, quote)
        marks.append(Mark(start, end, speaker_component(rank(quote.speaker)), layer=1))
        if quote.mention is not None:
            marks.append(Mark(quote.mention.start, quote.mention.end, "mention", layer=2))
        if quote.quoting is not None:
            quoted = quote.quoting.mention
            marks.append(Mark(quoted.start, quoted.end, "quoted-mention", layer=2))
        if i == current:
            marks.append(Mark(start, end, "current", layer=3))
    return marks


def find_marks(matches: list[tuple[int, int]], current: int | None) -> list[Mark]:
    return [
        Mark(s, e, "match-current" if i == current else "match", layer=5) for i, (s, e) in enumerate(matches)
    ]


def diff_marks(passage: Passage, side: str) -> list[Mark]:
    """The words of a passage that differ on one side: deleted on A ("a"), added on B ("b")."""
    marks: list[Mark] = []
    for op in passage.ops:
        if op.op == "equal":
            continue
        if side == "a" and op.a_end > op.a_start:
            marks.append(Mark(op.a_start, op.a_end, "deleted", layer=4))
        elif side == "b" and op.b_end > op.b_start:
            marks.append(Mark(op.b_start, op.b_end, "added", layer=4))
    return marks


def tint(index: int) -> str:
    return f"tint-{index % 8 + 1}"


def passage_tints(overlap: Overlap, side: str, current: int | None = None) -> tuple[list[Mark], list[Mark]]:
    """Full-text compare: each shared passage tinted in its own colour (same on both sides), the
    differing words marked, the current passage emphasised; and the gutter marks beside them."""
    marks: list[Mark] = []
    gutter: list[Mark] = []
    for i, passage in enumerate(overlap.passages):
        start, end = (passage.a_start, passage.a_end) if side == "a" else (passage.b_start, passage.b_end)
        marks.append(Mark(start, end, tint(i), layer=1))
        gutter.append(Mark(start, end, tint(i), layer=1))
        marks.extend(diff_marks(passage, side))
        if i == current:
            marks.append(Mark(start, end, "quote", layer=3))
    return marks, gutter


Spans = list[tuple[int, int]]


def wording_differences(overlap: Overlap, a: Quote, b: Quote) -> tuple[Spans, Spans]:
    """Where two wordings of one statement differ, from the engine's alignment of their articles.

    ``overlap`` aligns ``a.article`` (side A) with ``b.article`` (side B). Returns the spans (offsets
    into each article's text) of the words of ``a`` and of ``b`` that the word diff of the passage
    holding both quotes marks as changed; empty lists when no shared passage holds them.
    """
    a_spans: Spans = []
    b_spans: Spans = []
    for passage in overlap.passages:
        if passage.a_end <= a.start or passage.a_start >= a.end:
            continue
        if passage.b_end <= b.start or passage.b_start >= b.end:
            continue
        for op in passage.ops:
            if op.op == "equal":
                continue
            if op.a_end > op.a_start and op.a_start < a.end and op.a_end > a.start:
                a_spans.append((max(op.a_start, a.start), min(op.a_end, a.end)))
            if op.b_end > op.b_start and op.b_start < b.end and op.b_end > b.start:
                b_spans.append((max(op.b_start, b.start), min(op.b_end, b.end)))
    return a_spans, b_spans
