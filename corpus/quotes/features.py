"""The candidates of one quote and their features: what :mod:`corpus.quotes.ranking` scores.

Features are named (``"cue_right_after"``, ``"side=before"``…) so the learned weights file reads as
a table and a feature the model never uses is visible as a weight near zero. Those of the mention
itself are read once per article (:class:`corpus.quotes.article_features.MentionFeatures`); here
are those of the mention as a candidate for one quote: where it stands and what lies between.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from corpus.quotes.article_features import ArticleCounts, MentionFeatures, last_word
from corpus.quotes.candidates import CUE_GROUP, WINDOW, Candidate, MentionIndex, Span, cue_phrases
from corpus.quotes.context import ArticleReading, Sentences
from corpus.quotes.cues import Cues
from corpus.quotes.spans import QuoteSpan

_WORD = re.compile(r"[A-Za-z’'-]+")
_DISTANCE_BUCKETS = (0, 3, 12, 40, 100, 200)


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
    mentions = MentionIndex(reading.masked, [(start, end) for start, end, _ in reading.sentences])
    described = MentionFeatures(reading.text, reading.masked, ArticleCounts(reading.text, names))
    out: list[list[Candidate] | None] = []
    previous: Span | None = None
    previous_paragraph = -1
    quoted: set[str] = set()
    routes = routes or [""] * len(spans)
    for span, mention, name, ask, route in zip(spans, rules, names, asked, routes, strict=True):
        if ask and not span.nested:
            said_before = Said(previous, previous_paragraph == span.paragraph, quoted)
            out.append(candidates_for(reading, mentions, described, span, (mention, route), said_before))
        else:
            out.append(None)
        if not span.nested and mention is not None:
            previous, previous_paragraph = mention, span.end_paragraph
        if name:
            quoted.add(name.split()[-1].lower())
    return out


def candidates_for(
    reading: ArticleReading,
    mentions: MentionIndex,
    described: MentionFeatures,
    span: QuoteSpan,
    ruled: tuple[Span | None, str],
    said_before: Said,
) -> list[Candidate]:
    """Every candidate speaker of ``span`` with its features.

    ``ruled`` is the rules' mention for this quote and what they read (see ``article_candidates``),
    ``said_before`` who spoke the quotes before it."""
    rules, route = ruled
    previous, quoted = said_before.previous, said_before.quoted
    text, masked = reading.text, reading.masked
    lo = max(0, span.open_at - WINDOW)
    hi = min(len(masked), span.close_at + WINDOW)
    sentences = _sentences_around(reading.sentences, span, lo, hi)
    p_start, _, _, n_end = sentences
    paragraph = reading.cues.paragraphs[span.paragraph]
    found = _gathered(reading, mentions, span, p_start, n_end)
    if rules is not None:
        hit = [c for c in found.values() if c.start < rules[1] and rules[0] < c.end]
        if not hit:
            c = found[rules] = Candidate(rules[0], rules[1], "rules")
            hit = [c]
        for c in hit:
            c.features["rules"] = 1.0
            c.features["rules_exact"] = float((c.start, c.end) == rules)
            c.features[f"rules_read={route}"] = 1.0
    if previous is not None and previous not in found and previous[1] <= span.open_at:
        found[previous] = Candidate(previous[0], previous[1], "previous", {"previous_mention": 1.0})
    prev_key = last_word(text, previous[0], previous[1]) if previous else None
    out = sorted(found.values(), key=lambda c: (c.start, c.end))
    subject_of_same, subject_of_other = _first_word(masked, sentences[1]), _first_word(masked, p_start)
    for c in out:
        fixed, last = described.of(c.start, c.end, c.kind)
        f = c.features = fixed | c.features
        gap_lo, gap_hi, where = _place(f, c, span, paragraph, sentences)
        _between(f, masked, reading.cues, gap_lo, gap_hi)
        if c.start == (subject_of_same if where == "same" else subject_of_other):
            f["sentence_subject"] = 1.0
        if prev_key is not None and last == prev_key:
            f["previous_speaker"] = 1.0
            if said_before.same_paragraph:
                f["previous_speaker_in_paragraph"] = 1.0
        for pattern in _PATTERNS.intersection(f):
            f[f"{pattern}&{_SIDE_KEY[c.end <= span.open_at]}&{where}"] = 1.0
        if c.kind in ("name", "phrase") and last in quoted:
            f["quoted_before"] = 1.0
    _rank_by_side(out, span)
    for c in out:
        if "rules" in c.features:
            _with_rules(c.features)
    return out


def _gathered(
    reading: ArticleReading, mentions: MentionIndex, span: QuoteSpan, lo: int, hi: int
) -> dict[Span, Candidate]:
    """The mentions and the cue grammar's phrases between ``lo`` and ``hi`` outside the quote, one
    candidate per stretch of text (a phrase read where a mention is adds its features to it)."""
    found: dict[Span, Candidate] = {}
    phrases = cue_phrases(reading.masked, lo, hi, reading.cues, mentions.phrases)
    # (only the cue grammar's phrases in the sentence after the quote's: a third fewer candidates,
    # and the gold speaker lost for 10 of 2,100 on PolNeAR dev, but CV and dev 0.001 lower: left out)
    for c in mentions.between(lo, hi) + phrases:
        if span.open_at <= c.start < span.close_at:
            continue  # masked words of the quote itself
        known = found.get((c.start, c.end))
        if known is None:
            found[(c.start, c.end)] = c
        else:
            known.features.update(c.features)
            if known.phrase is None:
                known.phrase, known.cue = c.phrase, c.cue
    return found


class Said(NamedTuple):
    """Who spoke the quotes before one: the rules' mention of the last one, whether it was in the
    same paragraph, and the last words (lower case) of all their names."""

    previous: Span | None
    same_paragraph: bool
    quoted: set[str]


_PATTERNS = frozenset(
    {
        "cue_right_after",
        "cue_right_before",
        "according_to",
        "who_clause_after",
        "possessive",
        "as_before",
        "phrase_before_cue",
        "phrase_after_cue",
    }
)
"""The sentence patterns around a mention ("X said", "said X", "according to X", "X, who…, said",
"X's claim", "as X put it", the cue grammar's subject or object), each crossed with the side of
the quote and the sentence the mention is in: "X said: “…”" is not "“…,” X said"."""
_SIDE_KEY = {True: "before", False: "after"}


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


_TRUSTED_WITH = ("kind=", "sentence=", "side=", "cue_right", "nearest_cued", "nearest=0", "other_paragraph")
"""Features crossed with the rules' answer: when the rules are worth trusting depends on them."""


def _with_rules(f: dict[str, float]) -> None:
    for key in [k for k in f if k.startswith(_TRUSTED_WITH) and "&" not in k]:
        f[f"rules&{key}"] = 1.0


def _place(
    f: dict[str, float],
    c: Candidate,
    span: QuoteSpan,
    paragraph: Span,
    sentences: tuple[int, int, int, int],
) -> tuple[int, int, str]:
    """Side, distance, sentence and paragraph; returns the gap between mention and quote and which
    sentence the mention is in."""
    before = c.end <= span.open_at
    side = "before" if before else "after"
    f[f"side={side}"] = 1.0
    f[f"{span.kind}&side={side}"] = 1.0
    gap_lo, gap_hi = (c.end, span.open_at) if before else (span.close_at, c.start)
    distance = max(0, gap_hi - gap_lo)
    f["log_distance"] = math.log1p(distance) / 6
    for edge in _DISTANCE_BUCKETS:
        if distance <= edge:
            f[f"distance<={edge}"] = 1.0
            break
    _, s_start, e_end, _ = sentences
    where = "same" if s_start <= c.start < e_end else ("previous" if c.start < s_start else "next")
    f[f"sentence={where}"] = 1.0
    f[f"sentence={where}&side={side}"] = 1.0
    # (crossed with the quote's kind, direct or partial, and so with the nearness rank: the softmax
    # ranker's CV 0.901 -> 0.899, the pairs' 0.880 -> 0.881, dev 0.930 / 0.934 -> 0.930 / 0.935;
    # cue class x side x distance, mention kind x pattern, previous speaker x place: CV +0.001 at
    # most, dev down to 0.004: left out, ``train/attribution.py --softmax``)
    if not (paragraph[0] <= c.start < paragraph[1]):
        f["other_paragraph"] = 1.0
    return gap_lo, gap_hi, where


def _between(f: dict[str, float], masked: str, cues: Cues, gap_lo: int, gap_hi: int) -> None:
    """The cue between the mention and the quote, or the punctuation alone ("X: “…”")."""
    # the cue words come from the article's index (a bisection), not a scan of the gap
    cue = cues.first(gap_lo, gap_hi) if gap_hi > gap_lo else None
    if cue is not None:
        f["cue_between"] = 1.0
        f[f"cue_between={CUE_GROUP.get(cue.group(), 'other')}"] = 1.0
    if gap_hi <= gap_lo or _WORD.search(masked, gap_lo, gap_hi) is None:
        f["nothing_between"] = 1.0
        stripped = masked[gap_lo:gap_hi].strip()
        if stripped.endswith(":"):
            f["colon_between"] = 1.0
        elif stripped.endswith(","):
            f["comma_between"] = 1.0


def _first_word(masked: str, at: int) -> int:
    while at < len(masked) and not masked[at].isalnum():
        at += 1
    return at


def _rank_by_side(cands: list[Candidate], span: QuoteSpan) -> None:
    """Which candidate is nearest the quote on its side (0), next nearest (1), and so on."""
    before = sorted((c for c in cands if c.end <= span.open_at), key=lambda c: -c.end)
    after = sorted((c for c in cands if c.end > span.open_at), key=lambda c: c.start)
    for side in (before, after):
        for k, c in enumerate(side):
            c.features[f"nearest={min(k, 3)}"] = 1.0
        for mark, wanted in _NEAREST_OF_A_KIND:
            first = next((c for c in side if wanted & c.features.keys()), None)
            if first is not None:
                first.features[mark] = 1.0


_NEAREST_OF_A_KIND = (
    ("nearest_cued", {"cue_right_after", "cue_right_before", "according_to"}),
    ("nearest_name", {"kind=name"}),
    ("nearest_pronoun", {"kind=pronoun"}),
)
"""The candidate nearest the quote on its side among those with one of these features gets a mark."""
