"""Step 3b of building reprint families (:mod:`corpus.passages.family_plan` holds steps 1-3): for
a second pass, each article's best partners by *rare* keys, 3-grams and name bigrams, among the
pairs the plan did not align (a rewording shares a few keys with the one version it rewords,
seldom with the base, and two reports of one event in their own words share names more than
3-grams), aligned when the first pass left the two unlinked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from heapq import heappush, heapreplace

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
