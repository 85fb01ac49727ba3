"""The first steps of building reprint families, over shards of the corpus, with plain data
(ints, strings, tuples) between them so that they could run out of core or on other machines:

1. :func:`index_shard` — each article's content-word 3-grams and word counts, shard by shard
   (:mod:`corpus.passages.ngrams`);
2. :func:`shard_candidates` — the pairs of articles sharing enough 3-grams, bucket by bucket;
3. :func:`plan_alignments` — which pairs to align: each article with the *base* of each family
   it shares text with, not with every other member, so a wire story run by 200 outlets costs
   200 alignments, not 20,000.

The last steps (alignment and the union of families) are in :mod:`corpus.passages.families`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from corpus.passages.ngrams import (
    MIN_SHARED_SHINGLES,
    bucket_pairs,
    buckets_for,
    index_part,
    pairs_sharing,
    posting_limit,
    text_index,
)
from corpus.passages.weights import TOKEN

BASE_HOLDS = 0.5
"""An article sharing text with a reprint is aligned with that reprint's base instead when
the base holds at least this share of the 3-grams they share (the usual case: both reprint
the same wire story); otherwise the text they share is not the base's, and the reprint
itself is aligned with."""


@dataclass(slots=True)
class IndexShard:
    """Step 1's output for a run of articles: each one's sorted distinct 3-gram hashes, how
    many of them each written word occurs in, and how many have words at all."""

    ids: list[int]
    shingles: list[list[int]]
    surface: Counter[str]
    counted: int


def index_shard(ids: Sequence[int], texts: Sequence[str]) -> IndexShard:
    """The index of articles ``ids`` from their content texts (runs in the helper process too)."""
    surface: Counter[str] = Counter()
    shingles: list[list[int]] = []
    counted = 0
    for text in texts:
        hashes, words = text_index(text)
        shingles.append(hashes)
        surface.update(words)
        if words or TOKEN.search(text) is not None:
            counted += 1
    return IndexShard(list(ids), shingles, surface, counted)


def shard_candidates(shards: Sequence[IndexShard], articles: int) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of articles sharing at least MIN_SHARED_SHINGLES indexed 3-grams,
    counted one hash range (bucket) at a time over every shard."""
    buckets = buckets_for(articles)
    parts = [index_part(shard.ids, shard.shingles, buckets) for shard in shards]
    limit = posting_limit(articles)

    def counted() -> Iterator[Sequence[int]]:
        for b in range(buckets):
            yield bucket_pairs([(part.ids, part.counts[b], part.hashes[b]) for part in parts], limit)

    return pairs_sharing(counted(), MIN_SHARED_SHINGLES)  # type: ignore[arg-type]  # arrays of ints


def plan_alignments(
    order: Sequence[int],
    pairs: Iterable[tuple[int, int]],
    shingles: Sequence[Sequence[int]],
    min_shared: int = MIN_SHARED_SHINGLES,
) -> list[tuple[int, int]]:
    """(article, earlier article) pairs to align, articles taken in ``order`` (likeliest
    origins first).

    An article is aligned with the earlier articles it shares 3-grams with, most shared
    first, each taken as its *lead* (the article it was itself mostly aligned with, the base
    of its text) when the lead holds most of the 3-grams in question. 3-grams explained by
    an alignment already planned start no other, so a reprint of a wire story is aligned
    once, with the first version, and a passage it shares with another outlet's article on
    top of that is still found.
    """
    rank = {k: r for r, k in enumerate(order)}
    earlier: defaultdict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        first, later = (i, j) if rank[i] < rank[j] else (j, i)
        earlier[later].append(first)
    lead: dict[int, int] = {}
    plan: list[tuple[int, int]] = []
    for j in order:
        others = earlier.get(j)
        if not others:
            continue
        mine = set(shingles[j])
        ranked = sorted(others, key=lambda c: (-len(mine.intersection(shingles[c])), rank[c]))
        explained: set[int] = set()
        targets: list[int] = []
        for c in ranked:
            new = mine.intersection(shingles[c])
            new -= explained
            if len(new) < min_shared:
                continue
            base = lead.get(c, c)
            if base != c and len(new.intersection(shingles[base])) >= BASE_HOLDS * len(new):
                chosen = [base] if len(new.difference(shingles[base])) < min_shared else [base, c]
            else:
                chosen = [c]
            for target in chosen:
                if target not in targets:
                    targets.append(target)
                    explained |= mine.intersection(shingles[target])
        if targets:
            lead[j] = targets[0]
            plan.extend((j, t) for t in targets)
    return plan
