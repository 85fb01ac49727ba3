"""The candidates of one quote and their features: what :mod:`corpus.quotes.ranking` scores.

Features are named (``"cue_right_after"``, ``"side=before"``…) so the learned weights file reads as
a table and a feature the model never uses is visible as a weight near zero.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from corpus.quotes.article_features import ArticleCounts, side_words
from corpus.quotes.candidates import CUE_GROUP, WINDOW, Candidate, MentionIndex, Span, cue_phrases
from corpus.quotes.context import ArticleReading, Sentences
from corpus.quotes.cues import Cues
from corpus.quotes.lexicon import CUE_WORDS, ORG_WORDS, OUTLET_WORDS
from corpus.quotes.names import reader_name
from corpus.quotes.spans import QuoteSpan

_WORD = re.compile(r"[A-Za-z’'-]+")
_ACCORDING = re.compile(r"according\s+to\s*$", re.IGNORECASE)
_AS_PUT = re.compile(r"\bas\s*$", re.IGNORECASE)
_SKIPPABLE = frozenset("also has had have later then again once recently previously further".split())
"""Words that may stand between a subject and its cue ("Smith also said")."""
_DISTANCE_BUCKETS = (0, 3, 12, 40, 100, 200)


def article_candidates(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Span | None],
    names: list[str | None],
    asked: list[bool],
) -> list[list[Candidate] | None]:
    """The candidates of each quote of one article where ``asked`` says so (else None), read from
    attribution's own ``reading`` of it. ``rules`` holds the rules' mention of each quote, ``names``
    the name each stands for: the ranker learned on the rules' own previous speakers and names."""
    mentions = MentionIndex(reading.masked, [(start, end) for start, end, _ in reading.sentences])
    out: list[list[Candidate] | None] = []
    previous: Span | None = None
    quoted: set[str] = set()
    counts = ArticleCounts(reading.text, names) if any(asked) else None
    for span, mention, name, ask in zip(spans, rules, names, asked, strict=True):
        if ask and not span.nested:
            out.append(candidates_for(reading, mentions, span, mention, previous, frozenset(quoted), counts))
        else:
            out.append(None)
        if not span.nested and mention is not None:
            previous = mention
        if name:
            quoted.add(name.split()[-1].lower())
    return out


def candidates_for(
    reading: ArticleReading,
    mentions: MentionIndex,
    span: QuoteSpan,
    rules: Span | None,
    previous: Span | None,
    quoted: frozenset[str] = frozenset(),
    counts: ArticleCounts | None = None,
) -> list[Candidate]:
    """Every candidate speaker of ``span`` with its features.

    ``rules`` is the rules' mention for this quote, ``previous`` the mention chosen for the quote
    before it in the article (or None), ``quoted`` the last words (lower case) of the names that
    spoke earlier quotes of the article."""
    text, masked = reading.text, reading.masked
    lo = max(0, span.open_at - WINDOW)
    hi = min(len(masked), span.close_at + WINDOW)
    p_start, s_start, e_end, n_end = _sentences_around(reading.sentences, span, lo, hi)
    paragraph = reading.cues.paragraphs[span.paragraph]
    found: dict[Span, Candidate] = {}
    phrases = cue_phrases(masked, p_start, n_end, reading.cues, mentions.phrases)
    for c in mentions.between(p_start, n_end) + phrases:
        if span.open_at <= c.start < span.close_at:
            continue  # masked words of the quote itself
        known = found.get((c.start, c.end))
        if known is None:
            found[(c.start, c.end)] = c
        else:
            known.features.update(c.features)
            if known.phrase is None:
                known.phrase, known.cue = c.phrase, c.cue
    if rules is not None:
        hit = [c for c in found.values() if c.start < rules[1] and rules[0] < c.end]
        if not hit:
            c = found[rules] = Candidate(rules[0], rules[1], "rules")
            hit = [c]
        for c in hit:
            c.features["rules"] = 1.0
            c.features["rules_exact"] = float((c.start, c.end) == rules)
    if previous is not None and previous not in found and previous[1] <= span.open_at:
        found[previous] = Candidate(previous[0], previous[1], "previous", {"previous_mention": 1.0})
    prev_key = _last_word(text, previous) if previous else None
    sentences = (p_start, s_start, e_end, n_end)
    out = sorted(found.values(), key=lambda c: (c.start, c.end))
    for c in out:
        _describe(text, masked, reading.cues, c, span, paragraph, sentences, prev_key)
        last = _last_word(text, (c.start, c.end))
        if c.kind in ("name", "phrase") and last in quoted:
            c.features["quoted_before"] = 1.0
        side_words(c.features, masked, c.start, c.end)
        if counts is not None and c.kind in ("name", "phrase", "rules", "previous"):
            counts.describe(c.features, last)
    _rank_by_side(out, span)
    for c in out:
        if "rules" in c.features:
            _with_rules(c.features)
    return out


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


def _last_word(text: str, span: Span) -> str | None:
    words = _WORD.findall(text[span[0] : span[1]])
    return words[-1].lower().removesuffix("’s").removesuffix("'s") if words else None


def _describe(
    text: str,
    masked: str,
    cues: Cues,
    c: Candidate,
    span: QuoteSpan,
    paragraph: Span,
    sentences: tuple[int, int, int, int],
    prev_key: str | None,
) -> None:
    """The candidate's features, in three groups: where it stands, what lies between it and the
    quote, and what the mention itself is."""
    f = c.features
    f[f"kind={c.kind}"] = 1.0
    gap_lo, gap_hi, where = _place(f, c, span, paragraph, sentences)
    _between(f, masked, cues, c, gap_lo, gap_hi)
    _mention(f, text, masked, c, span, sentences, where, prev_key)


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
    if not (paragraph[0] <= c.start < paragraph[1]):
        f["other_paragraph"] = 1.0
    return gap_lo, gap_hi, where


def _between(f: dict[str, float], masked: str, cues: Cues, c: Candidate, gap_lo: int, gap_hi: int) -> None:
    """The cue between the mention and the quote, and the words right around the mention."""
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
    after_words = [w.lower() for w in _WORD.findall(masked[c.end : c.end + 40])][:3]
    after_words = [w for w in after_words if w not in _SKIPPABLE] or after_words
    if after_words and after_words[0] in CUE_WORDS:
        f["cue_right_after"] = 1.0  # "X said"
        f[f"cue_right_after={CUE_GROUP.get(after_words[0], 'other')}"] = 1.0
    if masked[c.end : c.end + 6].lstrip().startswith(", who"):
        f["who_clause_after"] = 1.0  # "X, who …, said"
    before_text = masked[max(0, c.start - 40) : c.start]
    before_words = [w.lower() for w in _WORD.findall(before_text)]
    if before_words and before_words[-1] in CUE_WORDS:
        f["cue_right_before"] = 1.0  # "said X"
        f[f"cue_right_before={CUE_GROUP.get(before_words[-1], 'other')}"] = 1.0
    if _ACCORDING.search(before_text):
        f["according_to"] = 1.0
    elif _AS_PUT.search(before_text):
        f["as_before"] = 1.0  # "as X put it"
    if masked[c.end : c.end + 2] in ("’s", "'s"):
        f["possessive"] = 1.0  # "X's claim that"


def _mention(
    f: dict[str, float],
    text: str,
    masked: str,
    c: Candidate,
    span: QuoteSpan,
    sentences: tuple[int, int, int, int],
    where: str,
    prev_key: str | None,
) -> None:
    """What the mention is: a sentence's subject, an outlet, a name, a pronoun, the last speaker."""
    p_start, s_start = sentences[0], sentences[1]
    if c.start == _first_word(masked, s_start if where == "same" else p_start):
        f["sentence_subject"] = 1.0
    mention = text[c.start : c.end]
    last = mention.split()[-1].lower() if mention.split() else ""
    if last in OUTLET_WORDS:
        f["outlet_word"] = 1.0
    elif last in ORG_WORDS:
        f["org_word"] = 1.0
    if c.kind == "name" and not _could_name_someone(mention):
        f["not_a_name"] = 1.0
    if c.kind == "name" and mention.isupper() and len(mention) > 4:
        f["all_caps"] = 1.0
    if c.kind == "pronoun":
        f[f"pronoun={mention.lower()}"] = 1.0
    if prev_key is not None and _last_word(text, (c.start, c.end)) == prev_key:
        f["previous_speaker"] = 1.0
    if span.nested:
        f["nested_quote"] = 1.0


_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow".split()
)
"""Capitalised words that name a time, never a speaker."""


@lru_cache(maxsize=4096)
def _could_name_someone(written: str) -> bool:
    """Whether a run of capitalised words could be a speaker's name (not "Thursday", "Ironically")."""
    words = written.split()
    if any(w.lower().strip(".,") in _NOT_NAMES for w in words):
        return False
    if len(words) == 1 and words[0].lower().endswith("ly"):
        return False  # an adverb opening the sentence
    return reader_name(written) is not None


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
