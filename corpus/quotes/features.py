"""The candidates of one quote and their features: what :mod:`corpus.quotes.ranking` scores.

Features are named (``"cue_right_after"``, ``"side=before"``…) so the learned weights file reads as
a table and a feature the model never uses is visible as a weight near zero; a candidate carries
their numbers (:mod:`corpus.quotes.feature_names`), and the features of where it stands are read
from tables made once (:data:`_PLACE`, :data:`_PATTERN_AT`), so no name is written per candidate.
Those of the mention itself are read once per article
(:class:`corpus.quotes.article_features.MentionFeatures`); here are those of the mention as a
candidate for one quote: where it stands and what lies between.

Features of a mention's clause role read without a parser (a verb after it, the object of a verb, a
prepositional phrase, opening its clause), cheap coreference, features relative to the rules'
mention and the words beside a mention beyond the closed class were tried and left out: none moved
the cross-validated figure beyond the quotes it moved each way (``train/ranker_checks.py``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from itertools import product
from operator import attrgetter
from typing import NamedTuple

from corpus.quotes.article_features import ArticleCounts, MentionFeatures, last_word
from corpus.quotes.candidates import (
    NEXT_SENTENCE_REACH,
    QUOTE_SENTENCE_REACH,
    WINDOW,
    Candidate,
    MentionIndex,
    Span,
    cue_phrases,
)
from corpus.quotes.colon_heads import colon_heads
from corpus.quotes.context import ArticleReading, Sentences
from corpus.quotes.cue_clauses import passive_cue_after
from corpus.quotes.cues import Cue, Cues
from corpus.quotes.feature_names import (
    CUE_CLASSES,
    CUE_GROUP,
    DISTANCE_EDGES,
    FEATURE_ID,
    PATTERNS,
    QUOTE_KINDS,
    RULES_CROSSED,
    WHERE,
)
from corpus.quotes.no_one import object_set_off
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.verb_objects import verb_object_set_off

_WORD = re.compile(r"[A-Za-z’'-]+")


def article_candidates(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Span | None],
    names: list[str | None],
    asked: list[bool],
    routes: list[str] | None = None,
) -> list[list[Candidate] | None]:
    """The candidates of each quote of one article where ``asked`` says so (else None), read from
    attribution's own ``reading`` of it. ``rules`` holds the rules' mention of each quote, ``names``
    the name each stands for: the ranker learned on the rules' own previous speakers and names.
    ``routes`` says what the rules read for each (``rerank.reading_kind``: "named", "no cue"…)."""
    mentions = MentionIndex(reading.masked, reading.sentences, reading.sentences.starts)
    described = MentionFeatures(reading.text, reading.masked, ArticleCounts(reading.text, names))
    out: list[list[Candidate] | None] = []
    previous: Span | None = None
    previous_paragraph = -1
    quoted: set[str] = set()
    passives: dict[int, bool] = {}  # whether a mention ending here is a passive cue's subject
    routes = routes or [""] * len(spans)
    for span, mention, name, ask, route in zip(spans, rules, names, asked, routes, strict=True):
        if ask and not span.nested:
            said_before = Said(previous, previous_paragraph == span.paragraph, quoted)
            ruled = (mention, route)
            out.append(candidates_for(reading, mentions, described, span, ruled, said_before, passives))
        else:
            out.append(None)
        if not span.nested and mention is not None:
            previous, previous_paragraph = mention, span.end_paragraph
        if name:
            quoted.add(name.split()[-1].lower())
    return out


_START_END = attrgetter("start", "end")
"""A candidate's place in the text, as the key of its order."""
_RULES, _RULES_EXACT = FEATURE_ID["rules"], FEATURE_ID["rules_exact"]
_RULES_READ = {
    route[len("rules_read=") :]: i for route, i in FEATURE_ID.items() if route.startswith("rules_read=")
}
_PREVIOUS_MENTION = FEATURE_ID["previous_mention"]
_SUBJECT = FEATURE_ID["sentence_subject"]
_PREVIOUS_SPEAKER, _IN_PARAGRAPH = FEATURE_ID["previous_speaker"], FEATURE_ID["previous_speaker_in_paragraph"]
_QUOTED_BEFORE = FEATURE_ID["quoted_before"]
_PLACE_TAIL = FEATURE_ID["place_after_city"]
_PASSIVE_SUBJECT = FEATURE_ID["passive_subject"]
_OBJECT_SET_OFF = FEATURE_ID["object_set_off"]
_VERB_OBJECT_SET_OFF = FEATURE_ID["verb_object_set_off"]


def candidates_for(
    reading: ArticleReading,
    mentions: MentionIndex,
    described: MentionFeatures,
    span: QuoteSpan,
    ruled: tuple[Span | None, str],
    said_before: Said,
    passives: dict[int, bool] | None = None,
) -> list[Candidate]:
    """Every candidate speaker of ``span`` with its features.

    ``ruled`` is the rules' mention for this quote and what they read (see ``article_candidates``),
    ``said_before`` who spoke the quotes before it; ``passives``: whether a mention ending at an
    offset is a passive cue's subject, read once per article (the quotes of a paragraph share their
    candidates)."""
    passives = {} if passives is None else passives
    rules, route = ruled
    previous, quoted = said_before.previous, said_before.quoted
    text, masked = reading.text, reading.masked
    lo = max(0, span.open_at - WINDOW)
    hi = min(len(masked), span.close_at + QUOTE_SENTENCE_REACH)
    sentences = _sentences_around(reading.sentences, span, lo, hi)
    p_start, _, e_end, n_end = sentences
    n_end = min(n_end, max(e_end, span.close_at + NEXT_SENTENCE_REACH))
    paragraph = reading.cues.paragraphs[span.paragraph]
    near = _CuesNear(reading.cues, p_start, n_end)  # (listed once: the phrases and the gaps read them)
    found = _gathered(reading, mentions, span, near)
    if rules is not None:
        hit = [c for c in found.values() if c.start < rules[1] and rules[0] < c.end]
        if not hit:
            c = found[rules] = Candidate(rules[0], rules[1], "rules")
            hit = [c]
        read = _RULES_READ[route]
        for c in hit:
            c.ids += (_RULES, _RULES_EXACT, read) if (c.start, c.end) == rules else (_RULES, read)
    if previous is not None and previous not in found and previous[1] <= span.open_at:
        found[previous] = Candidate(previous[0], previous[1], "previous", [_PREVIOUS_MENTION])
    prev_key = last_word(text, previous[0], previous[1]) if previous else None
    out = sorted(found.values(), key=_START_END)
    subject_of_same, subject_of_other = _first_word(masked, sentences[1]), _first_word(masked, p_start)
    for c in out:
        fixed, last, place_tail, patterns = described.of(c.start, c.end, c.kind)
        own = c.ids
        ids = c.ids = [*fixed, *own]
        if place_tail:
            ids.append(_PLACE_TAIL)
        where = _place(c, span, paragraph, sentences)
        _between(c, masked, near, span)
        if c.start == (subject_of_same if where == 1 else subject_of_other):
            ids.append(_SUBJECT)
        if prev_key is not None and last == prev_key:
            ids.append(_PREVIOUS_SPEAKER)
            if said_before.same_paragraph:
                ids.append(_IN_PARAGRAPH)
        before = c.end <= span.open_at
        # (the patterns are the mention's own, read once, and the cue grammar's phrase beside it; most
        # mentions have none: no list made for them)
        if patterns:
            ids += [_PATTERN_AT[p][before][where] for p in patterns]
        if own:
            ids += [_PATTERN_AT[p][before][where] for p in own if p in _PATTERN_AT]
        if c.kind in ("name", "phrase") and last in quoted:
            ids.append(_QUOTED_BEFORE)
        if where == 1:  # (in the quote's own sentence: the one told it, `The senator was told, “…”`)
            passive = passives.get(c.end)
            if passive is None:
                passive = passives[c.end] = passive_cue_after(masked, c.end)
            if passive:
                ids.append(_PASSIVE_SUBJECT)
            if object_set_off(text, c.start, c.end):
                ids.append(_OBJECT_SET_OFF)
            elif verb_object_set_off(text, c.start, c.end):
                ids.append(_VERB_OBJECT_SET_OFF)
    _rank_by_side(out, span)
    for c in out:
        if _RULES in c.ids:
            c.ids += [*map(RULES_CROSSED.__getitem__, filter(RULES_CROSSED.__contains__, c.ids))]
    return out


def _gathered(
    reading: ArticleReading, mentions: MentionIndex, span: QuoteSpan, near: _CuesNear
) -> dict[Span, Candidate]:
    """The mentions and the cue grammar's phrases in the stretch of ``near`` (its cues) outside the
    quote, one candidate per stretch of text (a phrase read where a mention is adds its features to it)."""
    found: dict[Span, Candidate] = {}
    lo, hi = near.lo, near.hi
    phrases = cue_phrases(reading.masked, lo, hi, near.found, mentions.phrases)
    # (only the cue grammar's phrases in the sentence after the quote's: a third fewer candidates,
    # and the gold speaker lost for 10 of 2,100 on PolNeAR dev, but CV and dev 0.001 lower: left out)
    heads = colon_heads(reading.masked, reading.cues.paragraphs, span.paragraph, mentions)
    for c in mentions.between(lo, hi, whole=False) + phrases + heads:
        if span.open_at <= c.start < span.close_at:
            continue  # masked words of the quote itself
        known = found.get((c.start, c.end))
        if known is None:
            found[(c.start, c.end)] = c
        else:
            known.ids += [i for i in c.ids if i not in known.ids]
            if known.phrase is None:
                known.phrase, known.cue = c.phrase, c.cue
    return found


class Said(NamedTuple):
    """Who spoke the quotes before one: the rules' mention of the last one, whether it was in the
    same paragraph, and the last words (lower case) of all their names."""

    previous: Span | None
    same_paragraph: bool
    quoted: set[str]


_PATTERN_AT = {
    FEATURE_ID[p]: {
        before: [FEATURE_ID[f"{p}&{'before' if before else 'after'}&{w}"] for w in WHERE]
        for before in (True, False)
    }
    for p in PATTERNS
}
"""A sentence pattern's number -> [before the quote or not][which sentence] -> its crossed number."""


def _sentences_around(sentences: Sentences, span: QuoteSpan, lo: int, hi: int) -> tuple[int, int, int, int]:
    """Where the sentence before the quote's starts, where the quote's first sentence starts, where
    its last one ends and where the sentence after ends, all within ``lo``..``hi``."""
    if not sentences:
        return lo, lo, hi, hi
    first = sentences.index_of(span.open_at)
    last = sentences.index_of(max(span.open_at, span.close_at - 1))
    s_start = max(lo, sentences[first][0])
    e_end = min(hi, max(sentences[last][1], span.close_at))
    p_start = max(lo, sentences[first - 1][0]) if first > 0 and s_start > lo else s_start
    n_end = min(hi, sentences[last + 1][1]) if last + 1 < len(sentences) and e_end < hi else e_end
    return p_start, s_start, e_end, n_end


def _place_table() -> dict[tuple[str, bool, int, int], tuple[int, ...]]:
    out = {}
    for kind, before, where, bucket in product(
        QUOTE_KINDS, (True, False), range(3), range(len(DISTANCE_EDGES) + 1)
    ):
        side = "before" if before else "after"
        names = [f"side={side}", f"{kind}&side={side}", f"sentence={WHERE[where]}"]
        names.append(f"sentence={WHERE[where]}&side={side}")
        if bucket < len(DISTANCE_EDGES):
            names.append(f"distance<={DISTANCE_EDGES[bucket]}")
        out[(kind, before, where, bucket)] = tuple(FEATURE_ID[n] for n in names)
    return out


_PLACE = _place_table()
"""(quote kind, before the quote, which sentence, distance bucket) -> the numbers of the features of
that place: side, quote kind & side, distance bucket, sentence, sentence & side. (Crossed with the
quote's kind, direct or partial, and so with the nearness rank: the softmax ranker's CV 0.901 ->
0.899, the pairs' 0.880 -> 0.881, dev 0.930 / 0.934 -> 0.930 / 0.935; cue class x side x distance,
mention kind x pattern, previous speaker x place: CV +0.001 at most, dev down to 0.004: left out.)"""
_OTHER_PARAGRAPH = FEATURE_ID["other_paragraph"]


def _place(c: Candidate, span: QuoteSpan, paragraph: Span, sentences: tuple[int, int, int, int]) -> int:
    """Side, distance, sentence and paragraph; returns which sentence the mention is in (0 the one
    before the quote's, 1 the quote's, 2 the one after)."""
    before = c.end <= span.open_at
    distance = max(0, span.open_at - c.end) if before else max(0, c.start - span.close_at)
    c.log_distance = math.log1p(distance) / 6
    _, s_start, e_end, _ = sentences
    where = 1 if s_start <= c.start < e_end else (0 if c.start < s_start else 2)
    c.ids += _PLACE[(span.kind, before, where, bisect_left(DISTANCE_EDGES, distance))]
    if not (paragraph[0] <= c.start < paragraph[1]):
        c.ids.append(_OTHER_PARAGRAPH)
    return where


_CUE_BETWEEN = FEATURE_ID["cue_between"]
_CUE_CLASS_BETWEEN = {k: FEATURE_ID[f"cue_between={k}"] for k in CUE_CLASSES}
_NOTHING, _COLON, _COMMA = (FEATURE_ID[k] for k in ("nothing_between", "colon_between", "comma_between"))


class _CuesNear:
    """The cue words around one quote (``Cues.between`` its candidates' stretch, listed once), so that
    the first cue between each candidate and the quote is one bisection of them: the same answer as
    ``Cues.first`` (a cue running past the stretch's end is left out, and ends any range it starts in)."""

    __slots__ = ("cues", "found", "hi", "lo", "starts")

    def __init__(self, cues: Cues, lo: int, hi: int) -> None:
        self.cues, self.lo, self.hi = cues, lo, hi
        self.found = cues.between(lo, hi)
        self.starts = [cue.start() for cue in self.found]

    def first(self, lo: int, hi: int) -> Cue | None:
        if lo < self.lo or hi > self.hi:  # the rules' or the previous quote's mention, farther away
            return self.cues.first(lo, hi)
        i = bisect_left(self.starts, lo)
        if i < len(self.starts) and self.starts[i] < hi:
            cue = self.found[i]
            return cue if cue.end() <= hi else None
        return None


def _between(c: Candidate, masked: str, cues: _CuesNear, span: QuoteSpan) -> None:
    """The cue between the mention and the quote, or the punctuation alone ("X: “…”")."""
    gap_lo, gap_hi = (c.end, span.open_at) if c.end <= span.open_at else (span.close_at, c.start)
    # the cue words come from the article's index (a bisection), not a scan of the gap
    cue = cues.first(gap_lo, gap_hi) if gap_hi > gap_lo else None
    if cue is not None:
        c.ids += (_CUE_BETWEEN, _CUE_CLASS_BETWEEN[CUE_GROUP.get(cue.group(), "other")])
    elif gap_hi <= gap_lo or _WORD.search(masked, gap_lo, gap_hi) is None:
        c.ids.append(_NOTHING)
        stripped = masked[gap_lo:gap_hi].strip()
        if stripped.endswith(":"):
            c.ids.append(_COLON)
        elif stripped.endswith(","):
            c.ids.append(_COMMA)


def _first_word(masked: str, at: int) -> int:
    while at < len(masked) and not masked[at].isalnum():
        at += 1
    return at


def _rank_by_side(cands: list[Candidate], span: QuoteSpan) -> None:
    """Which candidate is nearest the quote on its side (0), next nearest (1), and so on."""
    # (``cands`` are in text order: those after the quote are already nearest first, and those
    # before it are nearest first by their ends, a stable sort keeping text order among equals)
    open_at = span.open_at
    before = sorted((c for c in cands if c.end <= open_at), key=_minus_end)
    after = [c for c in cands if c.end > open_at]
    for side in (before, after):
        for k, c in enumerate(side):
            c.ids.append(_NEAREST[k] if k < 3 else _NEAREST[3])
        for mark, wanted in _NEAREST_OF_A_KIND:
            for c in side:
                if not wanted.isdisjoint(c.ids):
                    c.ids.append(mark)
                    break


def _minus_end(c: Candidate) -> int:
    return -c.end


_NEAREST = [FEATURE_ID[f"nearest={k}"] for k in range(4)]
_NEAREST_OF_A_KIND = tuple(
    (FEATURE_ID[mark], frozenset(FEATURE_ID[w] for w in wanted))
    for mark, wanted in (
        ("nearest_cued", ("cue_right_after", "cue_right_before", "according_to")),
        ("nearest_name", ("kind=name",)),
        ("nearest_pronoun", ("kind=pronoun",)),
    )
)
"""The candidate nearest the quote on its side among those with one of these features gets a mark."""
