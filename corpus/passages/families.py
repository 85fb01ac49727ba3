"""Reprint families: one piece of text and every reprint of it across a corpus (as passim's
clusters), where each came from, and how much of each article is its own.

The build runs as steps over shards of the corpus with plain data between them (see
:mod:`corpus.passages.family_plan` for the first three): index → candidate pairs → plan →
alignment (:func:`align_shard`) → union of families (:class:`SpanUnion`) → families
(:func:`assemble`). Each article is aligned with the base of each family it shares text
with, not with every other member, so the cost grows with the corpus, not with the square
of a wire story's reprints; a second pass aligns each article with its best partners by rare
keys (3-grams and name bigrams) when the first left the two in no family together (at most
RARE_PARTNERS alignments an article; none for the reprints of a wire story, which the first
pass links). On a big
corpus the helper process (:mod:`corpus.processes`) takes half of the index,
candidate-pair (one hash bucket at least) and alignment steps.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from functools import partial
from importlib import import_module
from itertools import pairwise
from typing import TypeAlias, TypeVar

from corpus import processes as helper
from corpus.model import Article, Families
from corpus.passages.family_align import (
    SpanPair,
    align_sent,
    align_shard,
    chained,
    passage_tier,
    sent_for,
)
from corpus.passages.family_build import SpanUnion, assemble
from corpus.passages.family_plan import (
    BucketCounts,
    HolderPairs,
    IndexShard,
    bucket_holders,
    cut_parts,
    family_posting_limit,
    grouped_by_base,
    hash_buckets,
    index_shard,
    inner_bounds,
    merged_holders,
    pack_parts,
    packed_holders,
    planned_targets,
    shard_cuts,
)
from corpus.passages.ngrams import HASH_BITS, buckets_for
from corpus.passages.rare_partners import in_family_of, may_copy, rare_partners, second_kept, unlinked
from corpus.passages.weights import WordWeights, content_text
from corpus.passages.wire import wire_credit

__all__ = ["SpanPair", "align_shard", "build_families", "chained", "origin_order", "passage_tier"]

Progress = Callable[[int, int], None]
T = TypeVar("T")
PARALLEL_FROM = 2000
"""Least articles worth starting the helper process for (it takes a fraction of a second to start)."""
SWITCH_INTERVAL = 0.0005
"""Seconds this process's busy thread holds the GIL while another waits for it, during a build
with the helper (Python's default: 0.005). The threads that send the helper its tasks and read
its results wait that long for each piece of a message while this process computes: a bucket
of step 2 (1.7 MB through a 64 KB pipe) reached the helper 0.13 s after this process had begun
its own at 4,000 articles, and this process then waited for the helper's."""
SHARD = 256
"""Articles per index shard and alignments per alignment shard."""
EARLY_QUEUED = 2
"""Alignment shards queued for the helper at once while the plan is made (see :func:`_planned`).
Families of 4,000 wire articles (bench/families_scale.py's), best wall of 4 interleaved runs:
1 queued 3.74 s, 2 queued 3.51 / 3.63 s, 3 queued 3.74 s (base10, planning alone: 3.74 / 4.41 s)."""
MEETING = (0.25, 0.7)
"""Where in the alignment plan (as shares of it) this process, working from the start, and the
helper, from the end, meet: the helper aligned the plan's first pairs while the plan was made,
and this process took 14 to 16 of the 34 shards of 4,000 wire articles' in five runs. Past the
last shard, this process waits for the one the helper is aligning (0.07 to 0.26 s of those
runs, the helper then idle through the families' assembly too): shards a quarter as long there
make that wait a quarter as long."""


def build_families(articles: Sequence[Article], *, progress: Progress | None = None) -> Families:
    """The reprint families of ``articles`` (readable ones), largest first.

    The cyclic garbage collector is paused meanwhile, as it was for the old pairwise graph: the build makes
    millions of acyclic objects, and each collection would walk them all again (15% of the time
    on a 1,000-article wire corpus)."""
    with helper.collector_paused():
        return _build_families(articles, progress)


HERE_SHARE = 0.45
"""This process's share of the hash range in step 2 when there are two buckets (up to 8,000
articles with the helper): besides its bucket it packs the helper's and makes the word weights
(0.085 s CPU of 4,000 wire articles). With halves the helper idled about 0.1 s waiting for it
(its bucket 0.32-0.41 s CPU, this process's step 0.42-0.50 s in three interleaved timelines);
with 0.4 this process waited for the helper (0.34-0.42 against 0.40-0.49 s). A hash range is
as much work in either process (0.74 and 0.77 s CPU for the whole range): 0.45 evens them."""


def holder_bucket_bounds(n: int, *, parallel: bool) -> list[int]:
    """The inner bounds of step 2's hash buckets for ``n`` articles: :func:`hash_buckets`'s,
    with the helper (which takes the last bucket) given the larger part when there are two.

    With the helper, as many buckets for each process: of three (8,001 to 12,000 articles), one
    process took two and the other idled meanwhile, the helper or this one as the timing fell
    (families of 10,000 of bench/graph_scale.py's articles: 0.48 and 0.54 s idle in two runs, of
    builds of about 5 s)."""
    buckets = max(buckets_for(n), helper.WORKERS if parallel else 1)
    if parallel:
        buckets = -(-buckets // helper.WORKERS) * helper.WORKERS
        if buckets == 2:
            return [int(HERE_SHARE * (1 << HASH_BITS))]
    return inner_bounds(hash_buckets(buckets))


def _build_families(articles: Sequence[Article], progress: Progress | None) -> Families:
    n = len(articles)
    pool = helper.start_helper() if helper.workers(n, PARALLEL_FROM) > 1 else None
    switch_interval = sys.getswitchinterval()
    built = False
    if pool is not None:
        sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        if pool is not None:  # the helper starts and imports the build now: it is ready for step 1
            pool.submit(import_module, __name__)
        # meanwhile, what needs no index (a tenth of the helper's start-up at 4,000 articles)
        credits = [wire_credit(a) for a in articles]
        order = origin_order(articles, credits)
        bounds = holder_bucket_bounds(n, parallel=pool is not None)
        shards, surface = _index(articles, bounds, pool, progress)
        shingles: list[array[int]] = [array("I") for _ in range(n)]
        for shard in shards:
            for k, hashes in zip(shard.ids, shard.shingles, strict=True):
                shingles[k] = hashes
        cuts = shard_cuts(shards, len(bounds))
        # the weights are made once the helper has its bucket of step 2 (it waited for them)
        weigh = partial(WordWeights.from_counts, surface, sum(s.counted for s in shards))
        found, weights = _holders(order, shingles, cuts, pool, weigh)
        del surface
        # the weights reach the helper while the plan is made
        held = [_send_ahead(pool, "family-weights", weights), _send_ahead(pool, "family-articles", {})]
        plan, early = _planned(articles, order, found.first, shingles, pool)
        partners = rare_partners(order, found.rare, plan, named=found.named)
        copies = may_copy(partners, found.rare)
        del shards, shingles, cuts, found
        # grouped by base: a shard analyses a base once, and an article in one process
        rest = grouped_by_base(plan, sent=sum(len(pairs) for pairs, _ in early))
        union = SpanUnion()  # the first pass's passages are joined as they come
        _align(articles, weights, rest, pool, progress, early, union)
        wait([future for future in held if future is not None])  # see _send_ahead
        groups = union.groups()
        second_pairs = unlinked(groups, partners, copies)
        in_family = in_family_of(groups)
        copies_only = frozenset((i, j) for i, j in second_pairs if i in in_family and j in in_family)
        # a second pass under one shard (8 pairs of 4,000 wire articles) is aligned here: sent
        # to the helper, this process waited for the round trip
        helper_too = pool if len(second_pairs) >= SHARD else None
        second = second_kept(
            groups, _align(articles, weights, second_pairs, helper_too, None, copies_only=copies_only)
        )
        if second:  # else the families are the groups already made
            union.add(second)
            groups = union.groups()
        built = True
    finally:
        if pool is not None:
            # built, no task is left to cancel; and a helper that died has its pending tasks
            # marked failed by the pool's thread, which fails with a traceback on stderr when
            # this process has cancelled one meanwhile
            pool.shutdown(wait=False, cancel_futures=not built)
            sys.setswitchinterval(switch_interval)
    return assemble(articles, groups, order, credits, union.joined_parts)


Early: TypeAlias = "list[tuple[list[tuple[int, int]], Future[list[SpanPair]]]]"
"""Alignment shards sent to the helper while the plan was made, and their results to come."""


def _planned(
    articles: Sequence[Article],
    order: list[int],
    first: list[tuple[int, int]],
    shingles: list[array[int]],
    pool: ProcessPoolExecutor | None,
) -> tuple[list[tuple[int, int]], Early]:
    """Step 3 (:func:`~corpus.passages.family_plan.plan_alignments`), its first pairs sent to the
    helper as shards while the rest is planned: this process alone plans (a tenth of the build
    of 4,000 wire articles), and the helper waited meanwhile. EARLY_QUEUED shards at most are
    queued for it at once, so the plan's end finds it with little left to do."""
    plan: list[tuple[int, int]] = []
    early: Early = []
    sent = 0
    for j, targets in planned_targets(order, first, shingles):
        plan.extend((j, t) for t in targets)
        if pool is not None and len(plan) - sent >= SHARD:
            if sum(not future.done() for _, future in early[-EARLY_QUEUED:]) >= EARLY_QUEUED:
                continue
            pairs = plan[sent : sent + SHARD]
            try:
                early.append((pairs, pool.submit(align_sent, *sent_for(articles, pairs))))
            except (BrokenProcessPool, RuntimeError):
                pool = None  # the helper died: this process aligns everything
                continue
            sent += SHARD
    return plan, early


def _send_ahead(pool: ProcessPoolExecutor | None, key: str, value: object) -> Future[None] | None:
    """:func:`~corpus.processes.hold` ``value`` in the helper, not waited for: the helper runs its
    tasks in the order sent, so the alignment tasks sent after it find it there (waited for, it
    was a round trip on the critical path between step 2 and the plan). A helper that died is
    left to :func:`~corpus.processes.shared_out`. The caller waits for the task before the pool is
    shut down: a task of a dead helper still pending then is cancelled, and the pool's thread
    fails to mark it broken with a traceback on stderr."""
    if pool is None:
        return None
    with suppress(BrokenProcessPool, RuntimeError):
        return pool.submit(helper.hold, key, value)
    return None


def origin_order(articles: Sequence[Article], credits: Sequence[str | None]) -> list[int]:
    """Article numbers, likeliest origins first: dated before undated, earliest first; then
    those crediting a wire service; then the longest; then by name."""
    return sorted(
        range(len(articles)),
        key=lambda k: (
            articles[k].date is None,
            articles[k].date or "",
            credits[k] is None,
            -len(articles[k].text),
            articles[k].name,
        ),
    )


def _index(
    articles: Sequence[Article],
    bounds: list[int],
    pool: ProcessPoolExecutor | None,
    progress: Progress | None,
) -> tuple[list[IndexShard], Counter[str]]:
    """Step 1 over every shard (each article's hashes cut at the buckets' ``bounds``), and how
    many articles each written word occurs in.

    Each shard's word counts are merged as it comes back and then dropped: kept to the end, one
    Counter a shard of 256 articles (1 MB each on bench/graph_scale.py's text) came to ~400 MB
    at 100,000 articles, the biggest part of the build's memory."""
    n = len(articles)
    chunks = [list(range(k, min(k + SHARD, n))) for k in range(0, n, SHARD)]

    def texts(k: int) -> tuple[list[int], list[str], list[int]]:
        return chunks[k], [content_text(articles[i]) for i in chunks[k]], bounds

    shards: list[IndexShard] = []
    surface: Counter[str] = Counter()
    for _, shard in helper.shared_out(
        pool, index_shard, texts, lambda k: index_shard(*texts(k), counts=surface), len(chunks)
    ):
        surface.update(shard.surface)  # the helper's shards: this process's own counted into it already
        shard.surface = Counter()
        shards.append(shard)
        if progress is not None:
            progress(sum(len(s.ids) for s in shards), 2 * n)
    shards.sort(key=lambda s: s.ids[0] if s.ids else 0)
    return shards, surface


def _holders(
    order: list[int],
    shingles: list[array[int]],
    cuts: list[array[int]],
    pool: ProcessPoolExecutor | None,
    meanwhile: Callable[[], T],
) -> tuple[HolderPairs, T]:
    """Step 2 (:func:`~corpus.passages.family_plan.holder_pairs`) over the buckets the ``cuts``
    of the index mark, shared out with the helper: one each at least when there is one (it
    waits otherwise: the step was a tenth of the time of 4,000 wire articles, and a third of
    10,000 of the reuse graph's). ``meanwhile`` runs here once the helper has been sent its
    bucket, before this process counts its own, and its result comes with the step's."""
    limit = family_posting_limit(len(shingles))
    made: list[T] = []

    def packed(k: int) -> tuple[list[int], array[int], array[int], int]:
        return (order, *pack_parts(cut_parts(order, shingles, cuts, k)), limit)

    def here(k: int) -> BucketCounts:
        if not made:
            made.append(meanwhile())
        return bucket_holders(order, cut_parts(order, shingles, cuts, k), limit)

    # half the buckets queued for the helper at once (one of two): it is sent a task only when this
    # process is between two of its own, so with one queued it idled through this process's
    # bucket whenever its own was done first
    ahead = max(1, (len(cuts) + 1) // helper.WORKERS)
    counted = helper.shared_out(pool, packed_holders, packed, here, len(cuts) + 1, ahead=ahead)
    found = merged_holders(result for _, result in counted)
    if not made:  # (the helper counted every bucket)
        made.append(meanwhile())
    return found, made[0]


def _shards(plan: list[tuple[int, int]], *, meeting: bool) -> list[list[tuple[int, int]]]:
    """The ``plan`` cut into alignment shards of SHARD pairs; where this process and the helper
    are likely to meet (``meeting``: the plan's MEETING share), of SHARD // 4, so that neither
    waits long for the other's last shard (see MEETING)."""
    a, b = (int(len(plan) * share) for share in MEETING) if meeting else (0, 0)
    starts = [*range(0, a, SHARD), *range(a, b, max(1, SHARD // 4)), *range(b, len(plan), SHARD)]
    return [plan[start:end] for start, end in pairwise([*starts, len(plan)])]


def _align(
    articles: Sequence[Article],
    weights: WordWeights,
    plan: list[tuple[int, int]],
    pool: ProcessPoolExecutor | None,
    progress: Progress | None,
    early: Early | None = None,
    union: SpanUnion | None = None,
    copies_only: frozenset[tuple[int, int]] = frozenset(),
) -> list[SpanPair]:
    """Step 4 over the ``plan``, shared out with the helper, and the rows of the ``early`` shards
    (sent to it while the plan was made; aligned here if it died), sorted; or, given a ``union``,
    each shard's rows added to it as they come (the helper still aligns meanwhile), and none
    returned. Of the pairs in ``copies_only``, copied text only (see ``align_shard``)."""
    n = len(articles)
    early = early or []
    total = len(plan) + sum(len(pairs) for pairs, _ in early)
    chunks = _shards(plan, meeting=pool is not None and len(plan) >= 4 * SHARD)
    found: list[SpanPair] = []

    def joined(rows: list[SpanPair]) -> None:
        if union is not None:
            union.add(rows)
        else:
            found.extend(rows)

    later: Early = []  # the early shards done by now are joined while the helper aligns
    for pairs, future in early:
        if future.done() and not future.cancelled() and future.exception() is None:
            joined(future.result())
        else:
            later.append((pairs, future))
    done = 0
    for k, rows in helper.shared_out(
        pool,
        align_sent,
        lambda k: (*sent_for(articles, chunks[k]), copies_only.intersection(chunks[k])),
        lambda k: align_shard(articles, weights, chunks[k], copies_only),
        len(chunks),
    ):
        joined(rows)
        done += len(chunks[k])
        if progress is not None:
            progress(n + done * n // max(total, 1), 2 * n)
    for pairs, future in later:
        try:
            joined(future.result())
        except BrokenProcessPool:
            joined(align_shard(articles, weights, pairs))
    found.sort()
    return found
