"""The families' n-gram index and plan: holder pairs counted whole or bucket by bucket in the
helper's packed form, the index's cuts and shards, and each article's rare partners."""

from __future__ import annotations

import random
from collections import Counter
from itertools import chain

from corpus.passages import families as families_module
from corpus.passages.family_plan import (
    RARE_HOLDERS,
    bucket_cuts,
    cut_parts,
    family_posting_limit,
    hash_buckets,
    holder_pairs,
    index_shard,
    inner_bounds,
    merged_holders,
    pack_parts,
    packed_holders,
    shard_cuts,
)
from corpus.passages.rare_partners import rare_partners
from tests.made_up_text import WIRE, filler


def test_rare_partners_pair_each_article_with_its_best_unplanned_sharer_of_rare_3grams() -> None:
    common = list(range(1000, 1000 + 20))  # held by every article: more than RARE_HOLDERS
    count = RARE_HOLDERS + 2
    shingles = [sorted(common + [2000 + k * 10 + x for x in range(3)]) for k in range(count)]
    shingles[5] = sorted(shingles[5] + [7001, 7002, 7003])
    shingles[9] = sorted(shingles[9] + [7001, 7002, 7003, 7004, 7005])
    shingles[10] = sorted(shingles[10] + [7004, 7005])
    order = list(range(count))
    rare = holder_pairs(order, shingles).rare
    assert rare_partners(order, rare, planned=[]) == [(9, 5), (10, 9)]
    # a pair already planned is not proposed again: 9's next best is 10
    assert rare_partners(order, rare, planned=[(9, 5)]) == [(10, 9)]


def test_holder_pairs_counted_bucket_by_bucket_in_the_helpers_form_are_the_same() -> None:
    """Step 2 split into hash ranges, each packed into arrays as sent to the helper process and
    counted there, gives the pairs and rare counts of one pass over every hash."""
    rng = random.Random(7)
    source = [rng.randrange(1 << 30) for _ in range(300)]
    shingles = []
    for k in range(60):  # reprints of three sources with hashes of their own, and a shared passage
        own = source[(k % 3) * 100 : (k % 3) * 100 + 100]
        kept = [h for h in own if rng.random() > 0.2] + [rng.randrange(1 << 30) for _ in range(20)]
        if k % 7 == 0:
            kept += source[250:260]
        shingles.append(sorted(set(kept)))
    order = list(range(60))
    rng.shuffle(order)
    whole = holder_pairs(order, shingles)
    limit = family_posting_limit(len(shingles))
    cuts = bucket_cuts(shingles, inner_bounds(hash_buckets(3)))
    split = merged_holders(
        packed_holders(order, *pack_parts(cut_parts(order, shingles, cuts, k)), limit) for k in range(3)
    )
    parts = [cut_parts(order, shingles, cuts, k) for k in range(3)]  # each hash in one bucket
    rejoined = [sorted(chain.from_iterable(p[x] for p in parts)) for x in range(60)]
    assert rejoined == [shingles[a] for a in order]
    assert whole.first and whole.rare
    assert split.first == whole.first
    assert split.rare == whole.rare


def test_the_helpers_larger_bucket_counts_the_same_holder_pairs() -> None:
    """With the helper and two buckets, this process's bucket is the first HERE_SHARE of the hash
    range (it packs the helper's and makes the weights besides): the pairs counted bucket by
    bucket at that bound are those counted whole; without the helper, or past two buckets, the
    buckets are even, and with the helper as many for each process."""
    rng = random.Random(13)
    source = [rng.randrange(1 << 30) for _ in range(200)]
    shingles = [
        sorted({h for h in source[(k % 2) * 100 : (k % 2) * 100 + 100] if rng.random() > 0.2})
        for k in range(40)
    ]
    order = list(range(40))
    rng.shuffle(order)
    bounds = families_module.holder_bucket_bounds(4000, parallel=True)
    assert bounds == [int(families_module.HERE_SHARE * (1 << 30))] and 0 < bounds[0] < 1 << 29
    cuts = bucket_cuts(shingles, bounds)
    parts = [cut_parts(order, shingles, cuts, k) for k in range(2)]
    assert all(parts[0][x] and parts[1][x] for x in range(40))  # both buckets hold hashes of each
    limit = family_posting_limit(len(shingles))
    split = merged_holders(packed_holders(order, *pack_parts(part), limit) for part in parts)
    whole = holder_pairs(order, shingles)
    assert whole.first and split.first == whole.first and split.rare == whole.rare
    assert families_module.holder_bucket_bounds(4000, parallel=False) == []
    assert families_module.holder_bucket_bounds(20000, parallel=True) == inner_bounds(hash_buckets(6))
    assert families_module.holder_bucket_bounds(20000, parallel=False) == inner_bounds(hash_buckets(5))
    assert len(families_module.holder_bucket_bounds(10000, parallel=True)) == 3  # four buckets: two each


def test_holder_pairs_are_each_articles_first_holders_sharing_enough_of_its_3grams() -> None:
    """Step 2 against its definition, counted hash by hash: (first holder in ``order``, article)
    pairs sharing at least two 3-grams held by fewer articles than the common limit, and every
    pair of holders of a 3-gram held by 2 to RARE_HOLDERS articles."""
    rng = random.Random(11)
    common = [rng.randrange(1 << 30) for _ in range(5)]
    sources = [[rng.randrange(1 << 30) for _ in range(40)] for _ in range(4)]
    shingles = []
    for k in range(90):
        kept = [h for h in sources[k % 4] if rng.random() > 0.3] + [rng.randrange(1 << 30) for _ in range(15)]
        kept += common if k % 2 else common[:2]
        shingles.append(sorted(set(kept)))
    order = list(range(90))
    rng.shuffle(order)
    limit = family_posting_limit(len(shingles))
    holders: dict[int, list[int]] = {}
    for k in order:
        for h in shingles[k]:
            holders.setdefault(h, []).append(k)
    shared: dict[tuple[int, int], int] = {}
    rare: dict[tuple[int, int], int] = {}
    for held in holders.values():
        if len(held) <= limit:
            for k in held[1:]:
                shared[(held[0], k)] = shared.get((held[0], k), 0) + 1
        if len(held) <= RARE_HOLDERS:
            for x, i in enumerate(sorted(held)):
                for j in sorted(held)[x + 1 :]:
                    rare[(i, j)] = rare.get((i, j), 0) + 1
    expected = sorted((min(pair), max(pair)) for pair, count in shared.items() if count >= 2)
    found = holder_pairs(order, shingles)
    assert any(len(h) > limit for h in holders.values())  # the common 3-grams are left out
    assert len(expected) > 40 and found.first == expected
    assert dict(found.rare) == rare


def test_the_index_cuts_each_articles_hashes_where_the_buckets_meet() -> None:
    """The cuts index_shard finds while indexing (shard by shard) are the positions of each
    article's first hash at or above each bound, as a search in its hashes finds them."""
    rng = random.Random(3)
    texts = [" ".join([*WIRE[: 1 + k % 4], filler(rng, 40)]) for k in range(7)]
    bounds = inner_bounds(hash_buckets(4))
    shards = [index_shard(range(0, 4), texts[:4], bounds), index_shard(range(4, 7), texts[4:], bounds)]
    shingles = [h for shard in shards for h in shard.shingles]
    assert shard_cuts(shards, len(bounds)) == bucket_cuts(shingles, bounds)
    for k, hashes in enumerate(shingles):
        assert len(hashes) > 20
        for bound, cut in zip(bounds, (c[k] for c in bucket_cuts(shingles, bounds)), strict=True):
            assert all(h < bound for h in hashes[:cut]) and all(h >= bound for h in hashes[cut:])


def test_index_shards_counted_into_one_running_count_are_the_sum_of_their_own_counts() -> None:
    rng = random.Random(5)
    texts = [" ".join([*WIRE[k % 4 :], filler(rng, 30)]) for k in range(6)]
    own = [index_shard(range(0, 3), texts[:3]), index_shard(range(3, 6), texts[3:])]
    running: Counter[str] = Counter()
    into = [index_shard(range(k, k + 3), texts[k : k + 3], counts=running) for k in (0, 3)]
    assert running == own[0].surface + own[1].surface
    assert running["crane"] == 2 and running["Investigators"] == 4  # one count an article holding the word
    assert not into[0].surface and not into[1].surface
    assert [s.shingles for s in into] == [s.shingles for s in own]
