"""Which of the quotes the rules read with a cue near them the speaker ranker is asked about anyway.

The ranker is asked about every quote the rules are least sure of (no mention, no cue, a mention
farther than ``rerank.ASK_BEYOND`` characters: ``rerank.asks_ranker``). Of the others it would
change few (61 of 5,079 held-out PolNeAR train quotes), and reading a quote's candidates is the
costliest thing the quote finder does. This gate says where it is worth asking, from what the rules
already read (their mention's kind, side and distance, the cue, the quote's kind and length, where
they stand in the sentence and paragraph): the learned weights of :data:`WEIGHTS_FILE` summed over
the quote's traits, asked where the sum passes the file's threshold.

Learned by ``train/ask_gate.py`` (h-ask25): a logistic model of "asking changes the speaker for the
better", the ranker refitted per fold and read on held-out folds, the gate itself fitted on four
folds and scored on the fifth. Asked about 1.8 % more of train's quotes (0.234 -> 0.251), CV / dev
0.9218 / 0.9357 -> 0.9241 / 0.9357 (518 -> 503 wrong of 6,633), where asking every quote reads
0.9261 / 0.9382: 15 of those 27 quotes for a fourteenth of the asking; a distance asks 0.345 of
train for 14 (beyond 40). What it learned: a speaker the rules carried over from another paragraph
or sentence while someone speaks in the quote's own ("When Mayor Hale wrapped up — “…” —", "But he
wanted to know, “…”"), a quote between mention and quote, pronouns and descriptions more than names.
A signature's dash ("“…”" / "- Jane Roe") is never gated: a reading by layout the ranker has no
feature for (it gave such quotes to the name before them). Nor is a quote the rules read as the words
of their cue's subject before it in one sentence ("the spokesman said {the witness} told detectives
“…”"): asked, the ranker gives them to the one relaying them (``rerank._asked``,
:mod:`corpus.quotes.relay_guard`, h-gate27: the same CV for 0.248 of train asked instead of 0.253).

h-gate28: the threshold lowered from -3.0502 to -5 (0.328 of train asked), once the ranker's choices
that made asking more go wrong off PolNeAR were guarded: an object in the clause of a colon heading
the quote (:mod:`corpus.quotes.colon_objects`: ECB+'s "advice for the prison guards who will handle
Nichols:" gave the judge's words to Nichols), a colon's head paragraphs above a quote its own
sentence gives a cue (``colon_heads.head_over_own_cue``), a relayer before a preposition's object
(``relay_guard``); and no relay's relayer asked about (``relay_guard.relayer_read``). Each guard
alone moves no held-out quote. CV / dev / gap 0.9264 / 0.9395 / -0.013 -> 0.9277 / 0.9395 / -0.012
(488 -> 480 wrong held out of 6,633); thresholds -3.5 0.9269, -4 0.9271, -4.5 0.9273, -5.5 and -6
0.9279 (0.385 and 0.456 asked; dev 0.9395 at each). Golden: train 4 better, 1 worse, 4 moot;
NewsWCL50 1 moot; ECB+, seeds, census, spotify, html-more and dev unchanged.

h-gate30: the threshold lowered to -5.2, once the two ECB+ quotes every lower threshold asked and the
ranker got wrong were of classes it may not choose: a name given as an example ("an entertainer such
as {Jackman}": :mod:`corpus.quotes.example_names`) and an earlier quote's speaker across that quote
where the rules name another after it (:mod:`corpus.quotes.crossed_quotes`). CV / dev / gap 0.9291 /
0.9395 / -0.0104 -> 0.9294 / 0.9395 / -0.0100 (0.312 -> 0.331 of train asked); -5.5 0.9294 (0.362),
-6 0.9296 (0.432). Cold instructions on the bench corpus against base30's 12.876 G: -5.2 12.879 G
(x1.0002), -5.5 12.885 G (x1.0007), -6 13.614 G (x1.057): -5.5 reads no better than -5.2, -6 one
held-out quote more for 5.7 % of the command's instructions.
Golden: train 2 better by PolNeAR (a quote that opens with "said" is the one who relays it, "He said
his wife, Melania, “said …”", and its nested quote), 1 moot; ECB+ 1 better; the rest unchanged.
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
    model's threshold less its bias); the least and the most :func:`other_traits` can add to it."""

    weights: dict[str, float]
    threshold: float
    other_least: float = 0.0
    other_most: float = 0.0
    heads: dict[tuple[str, bool, int, str], float] | None = None
    """The summed weights of each head of traits (what the rules read and where), as first read."""

    def asks(self, traits: list[str]) -> bool:
        return sum(map(self.weights.__getitem__, traits)) > self.threshold


@cache
def shipped_gate() -> Gate:
    """The gate of :data:`WEIGHTS_FILE` (read once): asked where the logistic model's score (its
    bias and its traits' weights) passes the file's threshold."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights = _Weights({str(k): float(v) for k, v in data["weights"].items()})
    least = sum(min(weights[t] for t in group) for group in OTHER_GROUPS)
    most = sum(max(weights[t] for t in group) for group in OTHER_GROUPS)
    least += sum(min(0.0, weights[t]) for t in OTHER_FLAGS)
    most += sum(max(0.0, weights[t]) for t in OTHER_FLAGS)
    return Gate(weights, float(data["threshold"]) - float(data["bias"]), least, most, {})


class _Weights(dict[str, float]):
    """The weights by trait, 0 for a trait the model gave none (summed at C speed)."""

    def __missing__(self, trait: str) -> float:
        return 0.0


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
    previous quote's attribution) as the gate's traits: :func:`first_traits` and :func:`other_traits`."""
    return first_traits(reading, spans, k, att, previous, route, gap) + other_traits(reading, spans[k], att)


def first_traits(
    reading: ArticleReading,
    spans: Sequence[QuoteSpan],
    k: int,
    att: Attribution,
    previous: Attribution | None,
    route: str,
    gap: int,
) -> list[str]:
    """The traits read first: what the rules read and where (kind, side, gap, the quote's kind), the
    sentence and paragraph between, a quote between, the previous quote's speaker carried on. They
    weigh most; the others (:func:`other_traits`) are read only where they can tip the sum."""
    m = att.mention
    assert m is not None
    span = spans[k]
    m_start, m_end, open_at = m.start, m.end, span.open_at
    before = m_end <= open_at
    side = _SIDE[before]
    out = list(_HEAD[(route, before, bisect_left(GAP_EDGES, gap), span.kind)])
    # (the sentence and paragraph of the quote's end nearest the mention: a quote may run over several)
    sentences, paragraphs = reading.sentences, reading.cues.paragraphs
    if sentences:
        starts = sentences.starts
        end = open_at if before else max(open_at, span.close_at - 1)
        if bisect_right(starts, m_start) != bisect_right(starts, end):
            out.append(side.other_sentence)
    p_start, p_end = paragraphs[span.paragraph if before else span.end_paragraph]
    if not p_start <= m_start < p_end:
        out.append("other_paragraph")
    if span.end_paragraph != span.paragraph:
        out.append(side.paragraphs)  # a quote over paragraphs
    if previous is not None:
        if previous is att:
            out.append("carried")
        elif previous.mention is not None and previous.name == att.name:
            out.append("same_speaker")
    if before:
        if k > 0 and spans[k - 1].close_at > m_end and not spans[k - 1].nested:
            out.append("quote_between")
    elif k + 1 < len(spans) and spans[k + 1].open_at < m_start:
        out.append("quote_between")
    return out


def other_traits(reading: ArticleReading, span: QuoteSpan, att: Attribution) -> list[str]:
    """The traits of lesser weight: the quote's length, the cue's word and place, a colon before the
    quote, the quote opening its paragraph, an unresolved pronoun, a pair, a long mention."""
    m, cue = att.mention, att.cue
    assert m is not None and cue is not None
    text = reading.text
    m_start, m_end, open_at = m.start, m.end, span.open_at
    before = m_end <= open_at
    n = text.count(" ", span.start, span.end)
    out = [_LENGTH[bisect_left(WORD_EDGES, n + 1)]]
    if _BLANK.fullmatch(text, reading.cues.paragraphs[span.paragraph][0], open_at):
        out.append("opens_paragraph")
    a, b = cue
    out.append(_CUE_CLASS.get(text[a:b].lower(), "cue=other"))
    lo, hi = (m_end, open_at) if before else (span.close_at, m_start)
    out.append("cue_between" if lo <= a and b <= hi else _SIDE[before].cue_outside)
    if b <= m_start:
        out.append("cue_first")
    if ":" in reading.masked[max(0, open_at - 3) : open_at]:
        out.append("colon_before")
    if m.pronoun and att.name is None:
        out.append("unresolved")
    if m.pair:
        out.append("pair")
    if text.count(" ", m_start, m_end) > 2:
        out.append("long_mention")
    return out


OTHER_GROUPS: tuple[tuple[str, ...], ...] = (
    (*(f"words<={e}" for e in WORD_EDGES), "words>"),
    tuple(sorted({f"cue={g}" for g in CUE_GROUP.values()} | {"cue=other"})),
    ("cue_between", "cue_outside&before", "cue_outside&after"),
)
"""The traits of :func:`other_traits` of which a quote has exactly one (the others it has or not:
:data:`OTHER_FLAGS`): the bounds of what they can add to the sum are read from them."""
OTHER_FLAGS = ("opens_paragraph", "cue_first", "colon_before", "unresolved", "pair", "long_mention")


class _Side(NamedTuple):
    other_sentence: str
    paragraphs: str
    cue_outside: str


_SIDE = {
    before: _Side(f"other_sentence&{side}", f"paragraphs&{side}", f"cue_outside&{side}")
    for before, side in ((True, "before"), (False, "after"))
}
"""The traits that say which side of the quote the rules' mention stands, by ``before``."""
_GAPS = (*(f"gap<={e}" for e in GAP_EDGES), "gap>")
_ROUTES = ("named", "pronoun", "description", "no name")
_HEAD = {
    (route, before, bucket, kind): (
        route,
        f"{route}&{side}",
        f"{route}&{gap}",
        f"{side}&{gap}",
        kind,
        f"{kind}&{side}",
    )
    for route in _ROUTES
    for before, side in ((True, "before"), (False, "after"))
    for bucket, gap in enumerate(_GAPS)
    for kind in ("direct", "partial", "term")
}
"""(what the rules read, their mention before the quote, the gap's bucket, the quote's kind) -> the
traits of them and of their pairs."""
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
    cue near it (else False: the caller asks about the others by its own rule). The weights of
    :func:`first_traits` are summed as it reads them, without listing their names (the gate reads most
    quotes of every article); :func:`other_traits` only where they can tip the sum."""
    m, cue = att.mention, att.cue
    if m is None or cue is None or not reading.text[cue[0]].isalpha():
        return False  # (as :func:`gateable` says)
    span = spans[k]
    m_start, m_end, open_at = m.start, m.end, span.open_at
    before = m_end <= open_at
    gap = open_at - m_end if before else m_start - span.close_at
    head = (route, before, bisect_left(GAP_EDGES, gap), span.kind)
    w = gate.weights
    heads = gate.heads
    total = None if heads is None else heads.get(head)
    if total is None:
        total = sum(map(w.__getitem__, _HEAD[head]))
        if heads is not None:
            heads[head] = total
    side = _SIDE[before]
    sentences, paragraphs = reading.sentences, reading.cues.paragraphs
    if sentences:
        starts = sentences.starts
        end = open_at if before else max(open_at, span.close_at - 1)
        if bisect_right(starts, m_start) != bisect_right(starts, end):
            total += w[side.other_sentence]
    p_start, p_end = paragraphs[span.paragraph if before else span.end_paragraph]
    if not p_start <= m_start < p_end:
        total += w["other_paragraph"]
    if span.end_paragraph != span.paragraph:
        total += w[side.paragraphs]
    if previous is not None:
        if previous is att:
            total += w["carried"]
        elif previous.mention is not None and previous.name == att.name:
            total += w["same_speaker"]
    if before:
        if k > 0 and spans[k - 1].close_at > m_end and not spans[k - 1].nested:
            total += w["quote_between"]
    elif k + 1 < len(spans) and spans[k + 1].open_at < m_start:
        total += w["quote_between"]
    if total + gate.other_most <= gate.threshold:
        return False
    if total + gate.other_least > gate.threshold:
        return True
    return total + sum(map(w.__getitem__, other_traits(reading, span, att))) > gate.threshold
