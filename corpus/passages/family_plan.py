"""The first steps of building reprint families, over shards of the corpus, with plain data
(ints, strings, tuples) between them so that they could run out of core or on other machines:

1. :func:`index_shard` — each article's content-word 3-grams and word counts, shard by shard
   (:mod:`corpus.passages.ngrams`);
2. :func:`holder_pairs` — each article paired with the first article holding enough of its
   3-grams, and the rare 3-grams each pair of articles shares, bucket by bucket;
3. :func:`plan_alignments` — which pairs to align: each article with the *base* of each family
   it shares text with, not with every other member, so a wire story run by 200 outlets costs
   200 alignments, not 20,000;
3b. :func:`corpus.passages.rare_partners.rare_partners` — for a second pass: each article's
   best partners by *rare* keys among the pairs not planned, from the counts step 2 makes.

The last steps (alignment and the union of families) are in :mod:`corpus.passages.families`.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, combinations, compress, pairwise, repeat
from operator import getitem
from typing import TypeAlias

from corpus.passages.ngrams import (
    HASH_BITS,
    MIN_SHARED_SHINGLES,
    NAME_KEYS_FROM,
    buckets_for,
    posting_limit,
    text_keys,
)
from corpus.passages.weights import TOKEN

BASE_HOLDS = 0.5
"""An article sharing text with a reprint is aligned with that reprint's base instead when
the base holds at least this share of the 3-grams they share (the usual case: both reprint
the same wire story); otherwise the text they share is not the base's, and the reprint
itself is aligned with."""


BASE_LACKS = 0.3
"""...and the reprint is aligned with as well only when the base lacks at least this share of
them: reprints of one text share the words the base changed (an edit in the base leaves
every reprint's original 3-grams there unexplained), which is no passage of their own."""


RARE_HOLDERS = 10
"""A 3-gram held by at most this many articles is rare: every pair of its holders counts it
towards :func:`corpus.passages.rare_partners.rare_partners` (at most 45 pairs a 3-gram, so the
cost stays linear). Chosen on ECB+ dev as a whole, with every second-pass passage kept (6: 0.334
of same-event pairs linked, 10 and 15: 0.340, all at 0.97 inside one event). Name bigrams are
rare by the same count."""


@dataclass(slots=True)
class IndexShard:
    """Step 1's output for a run of articles: each one's sorted distinct 3-gram hashes and name
    bigram keys after them (4 bytes a hash: as lists of ints they took 36, about 1.8 GB for
    100,000 articles; see :func:`~corpus.passages.ngrams.text_keys`), how many of them
    each written word occurs in, and how many have words at all."""

    ids: list[int]
    shingles: list[array[int]]
    surface: Counter[str]
    counted: int
    cuts: array[int] = field(default_factory=lambda: array("I"))
    """Where each article's hashes reach each inner bound of the hash buckets (see
    :func:`index_shard`), article after article: step 2 slices each article's part of a
    bucket at these, with no search (see :func:`cut_parts`)."""


def index_shard(
    ids: Sequence[int], texts: Sequence[str], bounds: Sequence[int] = (), counts: Counter[str] | None = None
) -> IndexShard:
    """The index of articles ``ids`` from their content texts (runs in the helper process too),
    with the position in each article's sorted hashes of the first one at or above each of
    ``bounds`` (the inner bounds of step 2's hash buckets, :func:`inner_bounds`).

    The articles each word occurs in are counted into ``counts`` when given (the caller's running
    count: the shard's own Counter is then empty), else into the shard's own: a shard's Counter
    added to a running one is a Python loop over its words (0.7 s of 20,000 articles)."""
    surface: Counter[str] = Counter() if counts is None else counts
    shingles: list[array[int]] = []
    cuts = array("I")
    counted = 0
    for text in texts:
        hashes, keys, words = text_keys(text)
        hashes += keys  # above every 3-gram: still sorted
        shingles.append(array("I", hashes))
        cuts.extend(map(bisect_left, repeat(hashes), bounds))  # in the list: 1.6x faster than in the array
        surface.update(words)
        if words or TOKEN.search(text) is not None:
            counted += 1
    return IndexShard(list(ids), shingles, Counter() if counts is not None else surface, counted, cuts)


@dataclass(slots=True)
class HolderPairs:
    """Step 2's output: the first-holder pairs (see :func:`holder_pairs`), and how many rare
    3-grams (held by 2 to RARE_HOLDERS articles) and rare name bigram keys each pair of articles
    (i < j) shares."""

    first: list[tuple[int, int]]
    rare: Counter[tuple[int, int]]
    named: Counter[tuple[int, int]] = field(default_factory=Counter)


def holder_pairs(
    order: Sequence[int], shingles: Sequence[Sequence[int]], min_shared: int = MIN_SHARED_SHINGLES
) -> HolderPairs:
    """Step 2: pairs (i, j) of articles where ``i`` is the first article (in ``order``) holding
    at least ``min_shared`` of the 3-grams ``j`` holds too, and the pairs' rare 3-grams,
    counted one hash range (bucket) at a time (:func:`bucket_holders`; the buckets are
    independent, so the helper process can take some, see :func:`pack_parts`).

    Each article is paired with the first holder of each of its 3-grams only, not with every
    holder: a wire story run by 200 outlets makes 199 pairs, not 19,900, and the cost stays
    linear (dict and Counter work at C speed). 3-grams in more articles than
    :func:`family_posting_limit` are common phrases and make no pairs. Every pair of holders
    of a rare 3-gram counts it (at most 45 pairs a 3-gram); posting lists are made for the
    rare ones only.
    """
    limit = family_posting_limit(len(shingles))
    buckets = hash_buckets(buckets_for(len(shingles)))
    cuts = bucket_cuts(shingles, inner_bounds(buckets))
    counted = (bucket_holders(order, cut_parts(order, shingles, cuts, k), limit) for k in range(len(buckets)))
    return merged_holders(counted, min_shared)


Pairs: TypeAlias = "Counter[tuple[int, int]]"
BucketCounts: TypeAlias = "tuple[Pairs, Pairs, Pairs]"
"""One bucket's part of step 2: (first holder, article) -> 3-grams of the article the first
holder holds (common ones left out), and (i, j), i < j -> rare 3-grams, and rare name bigram
keys, the two share."""


def hash_buckets(buckets: int) -> list[tuple[int, int]]:
    """The hash ranges (low, high: excluded) of ``buckets`` buckets."""
    bounds = [0, *((b << HASH_BITS) // buckets for b in range(1, buckets)), 1 << HASH_BITS]
    return list(pairwise(bounds))


def inner_bounds(buckets: Sequence[tuple[int, int]]) -> list[int]:
    """Where one bucket of ``buckets`` (:func:`hash_buckets`) ends and the next begins."""
    return [high for _, high in buckets[:-1]]


def bucket_cuts(shingles: Sequence[Sequence[int]], bounds: Sequence[int]) -> list[array[int]]:
    """For each of ``bounds``, the position in each article's sorted hashes (articles in corpus
    order) of its first hash at or above the bound: :func:`cut_parts` slices at these."""
    return [array("I", map(bisect_left, shingles, repeat(bound))) for bound in bounds]


def shard_cuts(shards: Sequence[IndexShard], bounds: int) -> list[array[int]]:
    """:func:`bucket_cuts` read from the index shards (in corpus order) that found them,
    ``bounds`` of them an article."""
    return [array("I", chain.from_iterable(s.cuts[b::bounds] for s in shards)) for b in range(bounds)]


def cut_parts(
    order: Sequence[int], shingles: Sequence[Sequence[int]], cuts: Sequence[array[int]], bucket: int
) -> list[Sequence[int]]:
    """Each article's hashes in bucket number ``bucket`` (slices of its sorted hashes at the
    ``cuts`` of :func:`bucket_cuts`), articles in ``order``. Sliced at C speed: a bucket a
    hundredth of the corpus wide holds a few hashes of each article, and two searches an article
    and bucket (a Python call each) made this grow with the articles times the buckets (1 s of
    the step's 10 at 40,000 articles, 10 buckets)."""
    starts = map(cuts[bucket - 1].__getitem__, order) if bucket > 0 else repeat(0)
    ends = map(cuts[bucket].__getitem__, order) if bucket < len(cuts) else repeat(None)
    return list(map(getitem, map(shingles.__getitem__, order), map(slice, starts, ends)))


def bucket_holders(order: Sequence[int], parts: Sequence[Sequence[int]], limit: int) -> BucketCounts:
    """Step 2 over one bucket: the articles' hashes there (``parts``, in ``order``)."""
    return flat_holders(order, list(map(len, parts)), list(chain.from_iterable(parts)), limit)


def flat_holders(order: Sequence[int], counts: Sequence[int], flat: list[int], limit: int) -> BucketCounts:
    """Step 2 over one bucket, its hashes end to end (``flat``: the first ``counts[0]`` are article
    ``order[0]``'s, and so on). Each step runs over all of the bucket's hashes at C speed, none
    article by article: a bucket holds some 10 hashes an article at 100,000 articles (25
    buckets), and the per-article work (a Counter, two set intersections, a dict, each bucket)
    made the step grow faster than the corpus (3.3 s at 10,000 articles, 16.5 s at 40,000).

    Most hashes are held by one article and make no pair: only 3-grams held by 2 to ``limit``
    articles, and rare name bigram keys, are followed. A 3-gram's first holder is the first of
    them in ``order`` (a dict made from the occurrences backwards keeps the first), and each
    occurrence of it in a later article counts one for the pair (first holder, that article)."""
    holders = Counter(flat)
    pairing = {h for h, count in holders.items() if 1 < count <= limit}
    rare = {h for h, count in holders.items() if 1 < count <= RARE_HOLDERS}
    del holders
    followed = list(map(pairing.__contains__, flat))
    hashes = list(compress(flat, followed))
    owners = list(compress(chain.from_iterable(map(repeat, order, counts)), followed))
    grams = list(map(NAME_KEYS_FROM.__gt__, hashes))
    first_of, by = hashes, owners
    if not all(grams):  # name bigram keys count towards the rare pairs only
        first_of, by = list(compress(hashes, grams)), list(compress(owners, grams))
    first = dict(zip(reversed(first_of), reversed(by), strict=True))
    counted = Counter(zip(map(first.__getitem__, first_of), by, strict=True))
    shared = Counter({pair: c for pair, c in counted.items() if pair[0] != pair[1]})
    # each rare hash's holders, appended at C speed (a Python loop over the occurrences was a
    # seventh of the step), then every pair of them counted
    postings: defaultdict[int, list[int]] = defaultdict(list)
    is_rare = list(map(rare.__contains__, hashes))
    holders_of = map(postings.__getitem__, compress(hashes, is_rare))
    deque(map(list.append, holders_of, compress(owners, is_rare)), maxlen=0)
    named = list(map(postings.pop, list(filter(NAME_KEYS_FROM.__le__, postings))))
    return shared, _pairs_of(postings.values()), _pairs_of(named)


def _pairs_of(postings: Iterable[list[int]]) -> Pairs:
    """How many of the ``postings`` (each the articles holding one key) each pair of articles is in."""
    pairs_of = map(combinations, map(sorted, postings), repeat(2))
    return Counter(chain.from_iterable(pairs_of))  # type: ignore[arg-type]


def merged_holders(counted: Iterable[BucketCounts], min_shared: int = MIN_SHARED_SHINGLES) -> HolderPairs:
    """Step 2's output from every bucket's counts (in any order: they are sums)."""
    shared: Pairs = Counter()
    rare_shared: Pairs = Counter()
    named: Pairs = Counter()
    for bucket_shared, bucket_rare, bucket_named in counted:
        shared.update(bucket_shared)
        rare_shared.update(bucket_rare)
        named.update(bucket_named)
    pairs = sorted((min(i, j), max(i, j)) for (i, j), c in shared.items() if c >= min_shared)
    return HolderPairs(pairs, rare_shared, named)


def pack_parts(parts: Sequence[Sequence[int]]) -> tuple[array[int], array[int]]:
    """A bucket's parts as two 4-byte arrays (how many hashes each article has there, and the
    hashes end to end), to send to the helper process: compact to pickle."""
    counts = array("I", map(len, parts))
    hashes = array("I", chain.from_iterable(parts))
    return counts, hashes


def packed_holders(order: Sequence[int], counts: array[int], hashes: array[int], limit: int) -> BucketCounts:
    """:func:`bucket_holders` of parts packed by :func:`pack_parts` (runs in the helper)."""
    return flat_holders(order, counts, hashes.tolist(), limit)


def family_posting_limit(articles: int) -> int:
    """Most articles a 3-gram may appear in and still pair articles into families: a third of
    the corpus (one wire story is often run by that many of a story's outlets), and never less
    than the reuse graph's limit."""
    return max(posting_limit(articles), articles // 3)


def plan_alignments(
    order: Sequence[int],
    pairs: Iterable[tuple[int, int]],
    shingles: Sequence[Sequence[int]],
    min_shared: int = MIN_SHARED_SHINGLES,
) -> list[tuple[int, int]]:
    """(article, earlier article) pairs to align, articles taken in ``order`` (likeliest
    origins first): :func:`planned_targets`, article after article."""
    return [(j, t) for j, targets in planned_targets(order, pairs, shingles, min_shared) for t in targets]


def planned_targets(
    order: Sequence[int],
    pairs: Iterable[tuple[int, int]],
    shingles: Sequence[Sequence[int]],
    min_shared: int = MIN_SHARED_SHINGLES,
) -> Iterator[tuple[int, list[int]]]:
    """Each article with earlier articles to align it with (in ``order``) and those targets, as
    soon as they are known: an article's targets depend on the articles before it only, so its
    alignments can start while the rest is planned (the families' build sends the first ones to
    the helper process, which has nothing else to do meanwhile).

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
    held = _held_sets(shingles)
    for j in order:
        others = earlier.get(j)
        if not others:
            continue
        mine = held(j)
        # mine's 3-grams each earlier article holds, made once: what a candidate shares with a
        # base, what the base lacks and what a target explains are all read from these (as
        # subsets of mine, a smaller set than the base's), where each was an intersection of
        # its own with a whole article's set (half of the step's intersections)
        shared_with = {c: mine.intersection(held(c)) for c in others}
        ranked = sorted(others, key=lambda c: (-len(shared_with[c]), rank[c]))
        explained: set[int] = set()
        targets: list[int] = []
        for c in ranked:
            shared = shared_with[c]
            new = shared - explained
            if len(new) < min_shared:
                continue
            base = lead.get(c, c)
            in_base = _shared_with(shared_with, mine, base, held) if base != c else shared
            if base != c and len(shared.intersection(in_base)) >= BASE_HOLDS * len(shared):
                lacking = len(new.difference(in_base))
                chosen = [base] if lacking < max(min_shared, BASE_LACKS * len(shared)) else [base, c]
            else:
                chosen = [c]
            for target in chosen:
                if target not in targets:
                    targets.append(target)
                    explained |= shared_with[target]
        if targets:
            lead[j] = targets[0]
            yield j, targets


def _shared_with(
    shared_with: dict[int, set[int]], mine: set[int], k: int, held: Callable[[int], set[int]]
) -> set[int]:
    """``mine``'s 3-grams article ``k`` holds, from ``shared_with`` (made and kept there when
    ``k`` is a base that is not among the candidates)."""
    found = shared_with.get(k)
    if found is None:
        found = shared_with[k] = mine.intersection(held(k))
    return found


def grouped_by_base(plan: Iterable[tuple[int, int]], sent: int = 0) -> list[tuple[int, int]]:
    """The (article, target) pairs of :func:`plan_alignments` (in its order) grouped by the base
    of the target's text (followed from target to target's first target up to one with none),
    then by target: an article's alignments with a base and with that base's reprints fall in
    one alignment shard, so one process analyses the article. Sorted by target alone, they fell
    in shards far apart, often one in each process: 4,000 wire articles were analysed 6,319
    times, 4,744 so.

    The first ``sent`` pairs (sent to the helper process while the plan was made) are left out,
    and the groups of the bases they hold come last: the helper takes the last shards, and has
    analysed those bases already."""
    pairs = list(plan)
    root: dict[int, int] = {}
    for article, target in pairs:  # plan order: a target's own first target is seen before it
        if article not in root:
            root[article] = root.get(target, target)
    known = {root.get(target, target) for _, target in pairs[:sent]}

    def key(pair: tuple[int, int]) -> tuple[bool, int, int, int]:
        base = root.get(pair[1], pair[1])
        return base in known, base, pair[1], pair[0]

    return sorted(pairs[sent:], key=key)


HELD_SETS = 1024
"""Articles' 3-grams :func:`plan_alignments` keeps as sets (about 30 KB each), the latest used:
a base is intersected with each of its reprints, and a set meets a set without making an int
object of each hash of a 4-byte array (the plan took 40% longer on arrays than on lists)."""


def _held_sets(shingles: Sequence[Sequence[int]]) -> Callable[[int], set[int]]:
    """The 3-gram set of an article (its name bigram keys left out: they plan nothing), those of
    the HELD_SETS articles last asked for kept (functools' LRU cache, at C speed: a hand-made
    one, a Python call each time, was a sixth of the step)."""

    def grams(k: int) -> set[int]:
        held = shingles[k]
        return set(held[: bisect_left(held, NAME_KEYS_FROM)])

    return lru_cache(maxsize=HELD_SETS)(grams)
