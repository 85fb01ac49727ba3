"""The candidates of one quote and their features: what :mod:`corpus.quotes.ranking` scores.

Features are named (``"cue_right_after"``, ``"side=before"``…) so the learned weights file reads as
a table and a feature the model never uses is visible as a weight near zero; a candidate carries
their numbers (:mod:`corpus.quotes.feature_names`), and the features of where it stands are read
from tables made once (:data:`_PLACE_ROWS`, :data:`_PATTERN_AT`), so no name is written per candidate.
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
    own_sentence: OwnSentence = {}
    routes = routes or [""] * len(spans)
    for span, mention, name, ask, route in zip(spans, rules, names, asked, routes, strict=True):
        if ask and not span.nested:
            said_before = _new(Said, (previous, previous_paragraph == span.paragraph, quoted))
            ruled = (mention, route)
            out.append(candidates_for(reading, mentions, described, span, ruled, said_before, own_sentence))
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
    own_sentence: OwnSentence | None = None,
) -> list[Candidate]:
    """Every candidate speaker of ``span`` with its features.

    ``ruled`` is the rules' mention for this quote and what they read (see ``article_candidates``),
    ``said_before`` who spoke the quotes before it; ``own_sentence``: the features a mention has in
    its quote's own sentence, read once per article (:data:`OwnSentence`; the quotes of a paragraph
    share their candidates)."""
    rules, route = ruled
    previous = said_before.previous
    masked = reading.masked
    lo = max(0, span.open_at - WINDOW)
    hi = min(len(masked), span.close_at + QUOTE_SENTENCE_REACH)
    sentences = _sentences_around(reading.sentences, span, lo, hi)
    p_start, _, e_end, n_end = sentences
    n_end = min(n_end, max(e_end, span.close_at + NEXT_SENTENCE_REACH))
    paragraph = reading.cues.paragraphs[span.paragraph]
    near = _CuesNear(reading.cues, p_start, n_end)  # (listed once: the phrases and the gaps read them)
    found = _gathered(reading, mentions, span, near)
    hit: list[Candidate] = []  # (the candidates with the feature "rules": only they are crossed with it)
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
    out = sorted(found.values(), key=_START_END)
    quote = _new(_Quote, (span, sentences, paragraph, near))
    _quote_features(out, quote, reading, described, said_before, own_sentence)
    _rank_by_side(out, span)
    for c in hit:
        c.ids += [*map(RULES_CROSSED.__getitem__, filter(RULES_CROSSED.__contains__, c.ids))]
    return out


_new = tuple.__new__
"""How a quote's :class:`Said` and :class:`_Quote` are made: as a plain tuple is, not by their own
constructors (a Python call each, per quote asked; as ``article_features.MentionRead``)."""

OwnSentence = dict[Span, tuple[int, ...]]
"""The features a mention has where it stands in its quote's own sentence, whichever quote asks (a
passive cue's subject, an object set off before a cue: :func:`_in_own_sentence`), by its span."""


class _Quote(NamedTuple):
    """Where one quote stands: the quote, its sentences (``_sentences_around``), its paragraph, and
    the cue words around it."""

    span: QuoteSpan
    sentences: tuple[int, int, int, int]
    paragraph: Span
    near: _CuesNear


def _quote_features(
    out: list[Candidate],
    quote: _Quote,
    reading: ArticleReading,
    described: MentionFeatures,
    said_before: Said,
    own_sentence: OwnSentence | None,
) -> None:
    """The features of each candidate of one quote, in the order they have always been added (a score
    is their weights summed in that order): the mention's own (``described``), its side, distance,
    sentence and paragraph (by table, :data:`_PLACE_ROWS`: read per candidate, with no key made), the
    cue or marks between it and the quote (:meth:`_CuesNear.add_between`), the sentence's subject,
    the previous speaker, the patterns crossed with the place, and those of the quote's own sentence
    (``own_sentence``, read once per mention)."""
    own_sentence = {} if own_sentence is None else own_sentence
    span, (p_start, s_start, e_end, _), (para_lo, para_hi), near = quote
    open_at, close_at = span.open_at, span.close_at
    text, masked = reading.text, reading.masked
    places = _PLACE_ROWS[span.kind]
    previous, same_paragraph, quoted = said_before
    prev_key = last_word(text, previous[0], previous[1]) if previous else None
    subject_of_same, subject_of_other = _first_word(masked, s_start), _first_word(masked, p_start)
    for c in out:
        start, end = c.start, c.end
        fixed, last, place_tail, patterns, c.cued = described.of(start, end, c.kind)
        own = c.ids
        ids = c.ids = [*fixed, *own]
        if place_tail:
            ids.append(_PLACE_TAIL)
        before = end <= open_at
        gap_lo, gap_hi = (end, open_at) if before else (close_at, start)
        distance = gap_hi - gap_lo if gap_hi > gap_lo else 0
        c.log_distance = math.log1p(distance) / 6
        where = 1 if s_start <= start < e_end else (0 if start < s_start else 2)
        ids += places[before][where][bisect_left(DISTANCE_EDGES, distance)]
        if not (para_lo <= start < para_hi):
            ids.append(_OTHER_PARAGRAPH)
        near.add_between(ids, masked, gap_lo, gap_hi)
        if start == (subject_of_same if where == 1 else subject_of_other):
            ids.append(_SUBJECT)
        if prev_key is not None and last == prev_key:
            ids.append(_PREVIOUS_SPEAKER)
            if same_paragraph:
                ids.append(_IN_PARAGRAPH)
        # (the patterns are the mention's own, read once, and the cue grammar's phrase beside it; most
        # mentions have none: no list made for them)
        if patterns:
            ids += [_PATTERN_AT[p][before][where] for p in patterns]
        if own:
            ids += [_PATTERN_AT[p][before][where] for p in own if p in _PATTERN_AT]
        if last in quoted and c.kind in ("name", "phrase"):
            ids.append(_QUOTED_BEFORE)
        if where == 1:  # (in the quote's own sentence: the one told it, `The senator was told, “…”`)
            key = (start, end)
            extra = own_sentence.get(key)
            if extra is None:
                extra = own_sentence[key] = _in_own_sentence(text, masked, start, end)
            if extra:
                ids += extra


def _in_own_sentence(text: str, masked: str, start: int, end: int) -> tuple[int, ...]:
    """The features of a mention in its quote's own sentence, whichever quote it is: the subject of a
    passive cue (`The senator was told, “…”`), a preposition's or a verb's object set off before a
    cue (:func:`corpus.quotes.no_one.object_set_off`, :mod:`corpus.quotes.verb_objects`)."""
    out: tuple[int, ...] = (_PASSIVE_SUBJECT,) if passive_cue_after(masked, end) else ()
    if object_set_off(text, start, end):
        return (*out, _OBJECT_SET_OFF)
    if verb_object_set_off(text, start, end):
        return (*out, _VERB_OBJECT_SET_OFF)
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


def _place_ids(kind: str, before: bool, where: int, bucket: int) -> tuple[int, ...]:
    side = "before" if before else "after"
    names = [f"side={side}", f"{kind}&side={side}", f"sentence={WHERE[where]}"]
    names.append(f"sentence={WHERE[where]}&side={side}")
    if bucket < len(DISTANCE_EDGES):
        names.append(f"distance<={DISTANCE_EDGES[bucket]}")
    return tuple(FEATURE_ID[n] for n in names)


_BUCKETS = range(len(DISTANCE_EDGES) + 1)
_PLACE_ROWS = {
    kind: tuple(
        tuple(tuple(_place_ids(kind, bool(b), w, k) for k in _BUCKETS) for w in range(3)) for b in (0, 1)
    )
    for kind in QUOTE_KINDS
}
"""[quote kind][before the quote][which sentence][distance bucket] -> the numbers of the features of
that place: side, quote kind & side, sentence, sentence & side, distance bucket (by index: no key
made per candidate). (Crossed with the quote's kind, direct or partial, and so with the nearness
rank: the softmax ranker's CV 0.901 -> 0.899, the pairs' 0.880 -> 0.881, dev 0.930 / 0.934 -> 0.930
/ 0.935; cue class x side x distance, mention kind x pattern, previous speaker x place: CV +0.001 at
most, dev down to 0.004: left out.)"""
_OTHER_PARAGRAPH = FEATURE_ID["other_paragraph"]


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

    def add_between(self, ids: list[int], masked: str, gap_lo: int, gap_hi: int) -> None:
        """The features of the cue between a mention and its quote (``gap_lo``..``gap_hi``), or of the
        punctuation alone ("X: “…”"), added to ``ids``."""
        # the cue words come from the article's index (a bisection), not a scan of the gap; the first
        # one read here, per candidate, with no call of its own
        cue: Cue | None = None
        if gap_hi > gap_lo:
            if gap_lo < self.lo or gap_hi > self.hi:  # the rules' or the previous quote's mention, farther
                cue = self.cues.first(gap_lo, gap_hi)
            else:
                starts = self.starts
                i = bisect_left(starts, gap_lo)
                if i < len(starts) and starts[i] < gap_hi:
                    cue = self.found[i]
                    if cue.end() > gap_hi:
                        cue = None
        if cue is not None:
            ids += (_CUE_BETWEEN, _CUE_CLASS_BETWEEN[CUE_GROUP.get(cue.group(), "other")])
        elif gap_hi <= gap_lo or _WORD.search(masked, gap_lo, gap_hi) is None:
            ids.append(_NOTHING)
            stripped = masked[gap_lo:gap_hi].strip()
            if stripped.endswith(":"):
                ids.append(_COLON)
            elif stripped.endswith(","):
                ids.append(_COMMA)


def _first_word(masked: str, at: int) -> int:
    while at < len(masked) and not masked[at].isalnum():
        at += 1
    return at


def _rank_by_side(cands: list[Candidate], span: QuoteSpan) -> None:
    """Which candidate is nearest the quote on its side (0), next nearest (1), and so on; and the
    nearest on its side that is a cue's subject or after "according to" (``Candidate.cued``), the
    nearest name and the nearest pronoun (``Candidate.kind``, which gives its "kind=" feature)."""
    # (``cands`` are in text order: those after the quote are already nearest first, and those
    # before it are nearest first by their ends, a stable sort keeping text order among equals, as
    # a reversed sort does: its key read in C, no Python call per candidate)
    open_at = span.open_at
    before = sorted([c for c in cands if c.end <= open_at], key=_END, reverse=True)
    after = [c for c in cands if c.end > open_at]
    for side in (before, after):
        cued = name = pronoun = False  # (whether the nearest of each is marked yet)
        for k, c in enumerate(side):
            ids = c.ids
            ids.append(_NEAREST[k] if k < 3 else _NEAREST[3])
            # (a candidate's marks in the order they have always been added: cued, name, pronoun)
            if not cued and c.cued:
                ids.append(_NEAREST_CUED)
                cued = True
            if not name and c.kind == "name":
                ids.append(_NEAREST_NAME)
                name = True
            elif not pronoun and c.kind == "pronoun":
                ids.append(_NEAREST_PRONOUN)
                pronoun = True


_END = attrgetter("end")


_NEAREST = [FEATURE_ID[f"nearest={k}"] for k in range(4)]
_NEAREST_CUED, _NEAREST_NAME, _NEAREST_PRONOUN = (
    FEATURE_ID[mark] for mark in ("nearest_cued", "nearest_name", "nearest_pronoun")
)
"""The marks of the nearest candidates on a side: of every one by rank, of a cue's subject, of a name,
of a pronoun."""
