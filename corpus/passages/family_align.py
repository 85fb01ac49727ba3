"""Step 4 of the families' build (see :mod:`corpus.passages.families`): the passages of each
planned pair of articles that a reader can trust, as plain tuples, in this process or in the
helper (:func:`align_sent`, on the articles it is sent and the weights it holds).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from operator import itemgetter
from pathlib import Path
from typing import TypeAlias

from corpus import processes as helper
from corpus.model import Article, Blocks, Tier
from corpus.passages.align import (
    MEMO,
    NOT_WEIGHED,
    Analysis,
    analyse,
    judge_passage,
    passage_keys,
)
from corpus.passages.sentence_pairs import sentence_matches
from corpus.passages.tiers import TIER_RULE, content_similarity, copied_in_place, shared_trigrams
from corpus.passages.weights import WordWeights

__all__ = [
    "CHAIN_GAP",
    "JOIN_GAP",
    "TIER_CODES",
    "SentArticle",
    "SpanPair",
    "align_sent",
    "align_shard",
    "chained",
    "passage_tier",
    "sent_for",
]

CHAIN_GAP = 2
"""Sentence matches at most this many sentences on in both articles are one passage (one
sentence skipped on either side)."""
JOIN_GAP = 2
"""Most sentences between two passages of one alignment that are still one piece of text."""
Range = tuple[int, int]

SpanPair: TypeAlias = tuple[int, int, int, int, int, int, int, int]
"""One passage two articles share, as step 4 hands it on: (article i, start, end, article j,
start, end, tier (1 copied, 2 reworded), similarity in thousandths)."""
TIER_CODES: dict[Tier, int] = {"copied": 1, "reworded": 2}
SentArticle = tuple[str, str, str, Blocks]
"""What alignment reads of an article, as sent to the helper: name, path, text, sentences (as
their compact array: see ``Blocks.__reduce__``)."""


def sent_for(
    articles: Sequence[Article], pairs: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], dict[int, SentArticle]]:
    """What the helper is sent to align ``pairs``: the pairs, and their articles."""
    return pairs, {i: _sendable(articles[i]) for i in {i for pair in pairs for i in pair}}


def _sendable(article: Article) -> SentArticle:
    return (article.name, str(article.path), article.text, article.sentences)


def align_sent(
    pairs: list[tuple[int, int]], sent: dict[int, SentArticle], copies_only: Collection[tuple[int, int]] = ()
) -> list[SpanPair]:
    """:func:`align_shard` in the helper, on the articles sent and the weights it holds.

    An article sent again (a reprint aligned with two bases, a base whose reprints span two
    shards) is the object the helper kept from the first time, so the analysis the weights
    remember of it is found, not made again (it was each time: the helper analysed its share
    of a wire corpus about twice over)."""
    kept: dict[int, Article] = helper.held("family-articles")
    for k, (name, path, text, sentences) in sent.items():
        if k not in kept:
            kept[k] = Article(name, Path(path), text, sentences=sentences)
    for k in list(kept)[: max(0, len(kept) - MEMO)]:  # as many as analyses are remembered, the latest
        if k not in sent:
            del kept[k]
    return align_shard(kept, helper.held("family-weights"), pairs, copies_only)


def align_shard(
    articles: Sequence[Article] | dict[int, Article],
    weights: WordWeights,
    pairs: Sequence[tuple[int, int]],
    copies_only: Collection[tuple[int, int]] = (),
) -> list[SpanPair]:
    """Step 4: the passages of each planned pair that a reader can trust (see
    :mod:`corpus.passages.tiers`), passages next to each other in both articles joined into
    one span, as plain tuples. Of the pairs in ``copies_only`` (the second pass's pairs of two
    articles each in a family already, where a rewording is not kept), copied text only: a
    rewording is not weighed (a third of the second pass's time went to weighing rewordings
    its caller drops), nor joined to a copied passage next to it, which it made a rewording."""
    rows: list[SpanPair] = []
    for i, j in pairs:
        a, b = articles[i], articles[j]
        an_a, an_b = analyse(a, weights), analyse(b, weights)
        kept: list[tuple[Range, Range, Tier, float]] = []
        matches = sentence_matches(an_a, an_b)
        left_out: list[tuple[Range, Range]] = []
        copied_only = (i, j) in copies_only
        for ra, rb in chained(matches):
            # copied passages are weighed below, once joined (a reprint's often are)
            tier: Tier | None
            if copied_only:
                tier = "copied" if _copied(a, an_a, ra, b, an_b, rb) else None
                similarity = NOT_WEIGHED
            else:
                tier, similarity = judge_passage(a, an_a, ra, b, an_b, rb, weights, weigh_copied=False)
            if tier is not None:
                kept.append((ra, rb, tier, similarity))
            else:
                left_out.append((ra, rb))
        if left_out and _second_copies(a, an_a, b, an_b, weights, matches, kept, left_out):
            kept.sort()
        for ra, rb, tier, similarity in _joined(kept):
            sa, sb = an_a.sentences, an_b.sentences
            if similarity < 0:  # copied, or joined from several: weighed as a whole
                similarity = content_similarity(
                    [s.content for s in sa[ra[0] : ra[1] + 1]], [s.content for s in sb[rb[0] : rb[1] + 1]]
                )
            rows.append(
                (
                    i,
                    sa[ra[0]].start,
                    sa[ra[1]].end,
                    j,
                    sb[rb[0]].start,
                    sb[rb[1]].end,
                    TIER_CODES[tier],
                    round(similarity * 1000),
                )
            )
    return rows


_PLACE = itemgetter(1, 2)
_SCORE = itemgetter(0)


def chained(matches: list[tuple[float, int, int]]) -> list[tuple[Range, Range]]:
    """Sentence ranges of A and B of the passages the matches make: each sentence keeps its best
    match (one to one, best first), and matches following each other in both articles, at most
    CHAIN_GAP sentences on, are one passage. Linear after the sort, where the aligner's grouping
    weighs each match against every passage so far (its time grew with the square of a long
    reprint's sentences)."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    kept: list[tuple[int, int]] = []
    # best first, then in the order of i and j: two sorts at C speed (the second keeps the
    # first's order among equal scores), where a key made by a Python call for each match was
    # most of this function's time
    by_score = sorted(sorted(matches, key=_PLACE), key=_SCORE, reverse=True)
    for _, i, j in by_score:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            kept.append((i, j))
    kept.sort()
    runs: list[tuple[Range, Range]] = []
    for i, j in kept:
        if runs:
            (a0, a1), (b0, b1) = runs[-1]
            if 0 < i - a1 <= CHAIN_GAP and 0 < j - b1 <= CHAIN_GAP:
                runs[-1] = ((a0, i), (b0, j))
                continue
        runs.append(((i, i), (j, j)))
    return runs


def _second_copies(
    a: Article,
    an_a: Analysis,
    b: Article,
    an_b: Analysis,
    weights: WordWeights,
    matches: list[tuple[float, int, int]],
    kept: list[tuple[Range, Range, Tier, float]],
    left_out: list[tuple[Range, Range]],
) -> bool:
    """Adds to ``kept`` the copied text among the matches that passages left out kept from
    being chained (a sentence of A chained first, at the same score, with a near-copy of B the
    tiers reject, where B copies it word for word further on), chained again around the
    passages kept until none is left out; whether it added any. Only copied text is kept of
    these second choices (see :func:`corpus.passages.align.kept_passages`)."""
    added = False
    while left_out:
        # chained is one to one: a match not chained shares a sentence with one that was, and
        # only one of a run left out (outside that run) may be chained now; most runs left out
        # hold sentences matching nothing else, so this is the only look most of them cost
        rows = {i for ra, _ in left_out for i in range(ra[0], ra[1] + 1)}
        columns = {j for _, rb in left_out for j in range(rb[0], rb[1] + 1)}
        matches = [
            m
            for m in matches
            if (m[1] in rows or m[2] in columns)
            and not any(ra[0] <= m[1] <= ra[1] and rb[0] <= m[2] <= rb[1] for ra, rb in left_out)
        ]
        if not matches:
            break
        in_a = {i for ra, _, _, _ in kept for i in range(ra[0], ra[1] + 1)}
        in_b = {j for _, rb, _, _ in kept for j in range(rb[0], rb[1] + 1)}
        matches = [m for m in matches if m[1] not in in_a and m[2] not in in_b]
        left_out = []
        for ra, rb in chained(matches):
            if _copied(a, an_a, ra, b, an_b, rb):
                kept.append((ra, rb, "copied", NOT_WEIGHED))
                added = True
            else:
                left_out.append((ra, rb))
    return added


def _copied(a: Article, an_a: Analysis, ra: Range, b: Article, an_b: Analysis, rb: Range) -> bool:
    """Whether :func:`~corpus.passages.align.judge_passage` calls the passage of sentences ``ra``
    of A and ``rb`` of B copied, decided as it decides it, without weighing a rewording (the
    second choices' tier read that way took most of their time, and kept none)."""
    keys_a, keys_b = passage_keys(a, an_a, *ra), passage_keys(b, an_b, *rb)
    least = TIER_RULE.copied_share
    if keys_a == keys_b or copied_in_place(keys_a, keys_b, least):
        return True
    return shared_trigrams(keys_a, keys_b) >= least


def passage_tier(
    a: Article, an_a: Analysis, ra: Range, b: Article, an_b: Analysis, rb: Range, weights: WordWeights
) -> Tier | None:
    """The tier of the passage of sentences ``ra`` of A and ``rb`` of B, or None (no passage)."""
    return judge_passage(a, an_a, ra, b, an_b, rb, weights)[0]


def _joined(passages: list[tuple[Range, Range, Tier, float]]) -> list[tuple[Range, Range, Tier, float]]:
    """Passages following each other in both articles, at most JOIN_GAP sentences apart, as one
    (similarity -1: to be weighed again): a reprint with a sentence changed beyond recognition
    is still one piece of text."""
    joined: list[tuple[Range, Range, Tier, float]] = []
    for ra, rb, tier, similarity in passages:
        if joined:
            (a0, a1), (b0, b1), last, _ = joined[-1]
            if 0 < ra[0] - a1 <= JOIN_GAP + 1 and 0 < rb[0] - b1 <= JOIN_GAP + 1:
                both: Tier = "copied" if last == tier == "copied" else "reworded"
                joined[-1] = ((a0, ra[1]), (b0, rb[1]), both, -1.0)
                continue
        joined.append((ra, rb, tier, similarity))
    return joined
