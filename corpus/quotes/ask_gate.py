"""Which of the quotes the rules read with a cue near them the speaker ranker is asked about anyway.

The ranker is asked about every quote the rules are least sure of (no mention, no cue, a mention
farther than ``rerank.ASK_BEYOND`` characters: ``rerank.asks_ranker``). Of the others it would
change few (61 of 5,079 held-out PolNeAR train quotes), and reading a quote's candidates is the
costliest thing the quote finder does. This gate says where it is worth asking, from what the rules
already read (their mention's kind, side and distance, the cue, the quote's kind and length, where
they stand in the sentence and paragraph): the learned weights of :data:`WEIGHTS_FILE` summed over
the quote's traits, asked where the sum passes the file's threshold.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from corpus.quotes.attribution import Attribution
from corpus.quotes.context import ArticleReading
from corpus.quotes.feature_names import CUE_GROUP
from corpus.quotes.spans import QuoteSpan

WEIGHTS_FILE = Path(__file__).with_name("ask_gate.json")

GAP_EDGES = (0, 3, 12, 40)
"""Buckets of the characters between the rules' mention and the quote (the last: farther, up to
the ranker's own reach)."""
WORD_EDGES = (2, 4, 8, 16, 40)
"""Buckets of the quote's length in words (the last: longer)."""


class Gate(NamedTuple):
    """The gate's weights by trait and the sum a quote's traits must pass to be asked (the logistic
    model's threshold less its bias)."""

    weights: dict[str, float]
    threshold: float

    def asks(self, traits: list[str]) -> bool:
        get = self.weights.get
        return sum(get(t, 0.0) for t in traits) > self.threshold


@cache
def shipped_gate() -> Gate:
    """The gate of :data:`WEIGHTS_FILE` (read once): asked where the logistic model's score (its
    bias and its traits' weights) passes the file's threshold."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return Gate(weights, float(data["threshold"]) - float(data["bias"]))


def gate_traits(
    reading: ArticleReading,
    spans: Sequence[QuoteSpan],
    k: int,
    att: Attribution,
    previous: Attribution | None,
    route: str,
    gap: int,
) -> list[str]:
    """What the rules read for ``spans[k]`` (``att``, with a mention and a cue; ``route``,
    ``rerank.reading_kind``; ``gap``, the characters between mention and quote; ``previous``: the
    previous quote's attribution) as the gate's traits. (Read for most quotes of every article:
    a few slices, bisections and set lookups, no scan of the quote or its paragraph.)"""
    m, cue = att.mention, att.cue
    assert m is not None and cue is not None
    span = spans[k]
    text, masked = reading.text, reading.masked
    before = m.end <= span.open_at
    n = text.count(" ", span.start, span.end)
    out = [*_PLACE[(route, before, bisect_left(GAP_EDGES, gap))], *_QUOTE[(span.kind, before)]]
    out.append(_LENGTH[bisect_left(WORD_EDGES, n + 1)])
    sentences = reading.sentences
    if sentences:
        starts = sentences.starts
        if bisect_right(starts, m.start) != bisect_right(starts, span.open_at):
            out.append("other_sentence&before" if before else "other_sentence&after")
    p_start, p_end = reading.cues.paragraphs[span.paragraph]
    if not p_start <= m.start < p_end:
        out.append("other_paragraph")
    if _BLANK.fullmatch(text, p_start, span.open_at):
        out.append("opens_paragraph")
    out.append(_CUE_CLASS.get(text[cue[0] : cue[1]].lower(), "cue=other"))
    lo, hi = (m.end, span.open_at) if before else (span.close_at, m.start)
    if lo <= cue[0] and cue[1] <= hi:
        out.append("cue_between")
    else:
        out.append("cue_outside&before" if before else "cue_outside&after")
    if cue[1] <= m.start:
        out.append("cue_first")
    if ":" in masked[max(0, span.open_at - 3) : span.open_at]:
        out.append("colon_before")
    if previous is not None:
        if previous is att:
            out.append("carried")
        elif previous.mention is not None and previous.name == att.name:
            out.append("same_speaker")
    if before:
        if k > 0 and spans[k - 1].close_at > m.end and not spans[k - 1].nested:
            out.append("quote_between")
    elif k + 1 < len(spans) and spans[k + 1].open_at < m.start:
        out.append("quote_between")
    if m.pronoun and att.name is None:
        out.append("unresolved")
    if m.pair:
        out.append("pair")
    if text.count(" ", m.start, m.end) > 2:
        out.append("long_mention")
    return out


_GAPS = (*(f"gap<={e}" for e in GAP_EDGES), "gap>")
_ROUTES = ("named", "pronoun", "description", "no name")
_PLACE = {
    (route, before, bucket): (route, f"{route}&{side}", f"{route}&{gap}", f"{side}&{gap}")
    for route in _ROUTES
    for before, side in ((True, "before"), (False, "after"))
    for bucket, gap in enumerate(_GAPS)
}
"""(what the rules read, their mention before the quote, the gap's bucket) -> those traits."""
_QUOTE = {
    (kind, before): (kind, f"{kind}&{'before' if before else 'after'}")
    for kind in ("direct", "partial", "term")
    for before in (True, False)
}
_LENGTH = (*(f"words<={e}" for e in WORD_EDGES), "words>")
_CUE_CLASS = {w: f"cue={group}" for w, group in CUE_GROUP.items()}
_BLANK = re.compile(r"\s*")


def gateable(text: str, att: Attribution) -> bool:
    """Whether the gate reads a quote the rules read so: a mention and a cue, a word (not a signature's
    dash, "“…”" / "- Jane Roe": a reading by layout, which the ranker has no feature for)."""
    cue = att.cue
    return att.mention is not None and cue is not None and text[cue[0] : cue[0] + 1].isalpha()


def gated(
    gate: Gate,
    reading: ArticleReading,
    spans: Sequence[QuoteSpan],
    k: int,
    att: Attribution,
    previous: Attribution | None,
    route: str,
) -> bool:
    """Whether the gate asks the ranker about ``spans[k]``, which the rules read with a mention and a
    cue near it (else False: the caller asks about the others by its own rule)."""
    m = att.mention
    if m is None or not gateable(reading.text, att):
        return False
    span = spans[k]
    gap = max(0, span.open_at - m.end) if m.end <= span.open_at else max(0, m.start - span.close_at)
    return gate.asks(gate_traits(reading, spans, k, att, previous, route, gap))
