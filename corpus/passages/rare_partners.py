"""The second pass of building reprint families (:mod:`corpus.passages.family_plan` holds steps
1-3, :mod:`corpus.passages.families` runs them all). Step 3b: each article's best partners by
*rare* keys, 3-grams and name bigrams, among the pairs the plan did not align (a rewording shares
a few keys with the one version it rewords, seldom with the base, and two reports of one event in
their own words share names more than 3-grams); which of those pairs the first pass left
unlinked are aligned, and which of the passages found may join families."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from heapq import heappush, heapreplace

from corpus.passages.family_align import TIER_CODES, SpanPair
from corpus.passages.ngrams import MIN_SHARED_SHINGLES

RARE_PARTNERS = 3
"""Partners an article proposes to the second pass (its best sharers of rare keys). On ECB+ dev's
even topics (where it is chosen; bench/families_missed_pairs.py), same-event pairs linked with 1 to
5 partners: 0.490, 0.520, 0.532, 0.539, 0.560, all at 0.99 inside one event; three, for the cost:
each partner the first pass left unlinked is one more alignment (wire corpus of 1,000 articles,
whose sources are reprinted about three times each: 291 with one partner and 3-grams alone,
1,178 with three and name keys; at 4,000 articles, 10 and 33)."""


def rare_partners(
    order: Sequence[int],
    rare_shared: Counter[tuple[int, int]],
    planned: Iterable[tuple[int, int]],
    min_shared: int = MIN_SHARED_SHINGLES,
    partners: int = RARE_PARTNERS,
    named: Counter[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Step 3b: (article, partner) pairs, the partner earlier in ``order``: each article with the
    ``partners`` articles, not planned with it, that share the most rare keys with it (at least
    ``min_shared``; 3-grams, ``rare_shared``, and name bigrams, ``named``, held by at most
    RARE_HOLDERS articles, counted by :func:`holder_pairs`), the earlier ones on a tie.

    The plan aligns an article with the base of the text it shares; a rewording of one
    member's version shares a few 3-grams with that member and none with the base, and is
    lost; two reports of one event in their own words share names and few 3-grams. A few
    partners an article bound the second pass to a few alignments an article."""
    rank = {k: r for r, k in enumerate(order)}
    done = {(min(i, j), max(i, j)) for i, j in planned}
    best: dict[int, list[tuple[int, int, int]]] = {}
    if named:
        rare_shared = Counter(rare_shared)
        rare_shared.update(named)
    for (i, j), count in rare_shared.items():
        if count < min_shared or (i, j) in done:
            continue
        for k, other in ((i, j), (j, i)):
            key = (count, -rank[other], other)
            kept = best.get(k)
            if kept is None:
                best[k] = [key]
            elif len(kept) < partners:
                heappush(kept, key)
            elif kept[0] < key:
                heapreplace(kept, key)
    pairs = {
        (k, other) if rank[other] < rank[k] else (other, k)
        for k, kept in best.items()
        for _, _, other in kept
    }
    return sorted(pairs, key=lambda p: (rank[p[1]], rank[p[0]]))


def unlinked(
    groups: Sequence[Sequence[tuple[int, ...]]], pairs: list[tuple[int, int]], copies: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``pairs`` of articles that no family of ``groups`` (spans, article first) holds both
    of: the second pass aligns only those (reprints of one wire story are linked by the first).
    Of two articles each in a family already, only those that may share copied text (``copies``,
    see :func:`may_copy`): a rewording between them is not kept (see :func:`second_kept`)."""
    families_of: defaultdict[int, set[int]] = defaultdict(set)
    for number, group in enumerate(groups):
        for span in group:
            families_of[span[0]].add(number)
    in_family = in_family_of(groups)
    return [
        (i, j)
        for i, j in pairs
        if families_of[i].isdisjoint(families_of[j])
        and (i not in in_family or j not in in_family or (min(i, j), max(i, j)) in copies)
    ]


def may_copy(pairs: list[tuple[int, int]], rare: Counter[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ``pairs`` that share a rare 3-gram or more (``rare``, i < j): only those may share
    copied text the first pass left out (copied text shares its 3-grams; names alone are no copy).
    On ECB+ dev, asking for two left out copies linking 0.011 of the held-out topics' same-event
    pairs; one changes nothing there, and saves 102 of the 1,178 second-pass alignments of
    1,000 wire articles."""
    found = ((min(i, j), max(i, j)) for i, j in pairs)
    return {pair for pair in found if pair in rare}


def in_family_of(groups: Sequence[Sequence[tuple[int, ...]]]) -> set[int]:
    """The articles in a family with another article."""
    return {span[0] for group in groups if len({s[0] for s in group}) > 1 for span in group}


def second_kept(groups: Sequence[Sequence[tuple[int, ...]]], rows: list[SpanPair]) -> list[SpanPair]:
    """The second pass's passages that may join families: copied text always; a rewording only
    when one of its articles is in no family yet. A rewording between two articles each in
    families of their own would merge those families whole on one sentence's evidence (on ECB+
    dev with the tiers' sentence-level rewordings: 0.953 of links inside one event, against
    0.969 so)."""
    in_family = in_family_of(groups)
    copied = TIER_CODES["copied"]
    return [row for row in rows if row[6] == copied or row[0] not in in_family or row[3] not in in_family]
