"""Reprint families: one piece of text and every reprint of it across a corpus (as passim's
clusters), where each came from, and how much of each article is its own.

The build runs as steps over shards of the corpus with plain data between them (see
:mod:`corpus.passages.family_plan` for the first three): index → candidate pairs → plan →
alignment (:func:`align_shard`) → union of families (:func:`union_spans`) → families
(:func:`assemble`). Each article is aligned with the base of each family it shares text
with, not with every other member, so the cost grows with the corpus, not with the square
of a wire story's reprints; a second pass aligns each article with its best partner by rare
3-grams when the first left the two in no family together (at most one alignment an
article; none for the reprints of a wire story, which the first pass links). On a big
corpus the helper process (:mod:`corpus.processes`) takes half of the index,
candidate-pair (one hash bucket at least) and alignment steps.
"""

from __future__ import annotations

import gc
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from importlib import import_module
from operator import itemgetter
from pathlib import Path
from typing import TypeAlias

from corpus import processes as helper
from corpus.model import Article, Blocks, Families, Tier
from corpus.passages.align import MEMO, Analysis, analyse, judge_passage, sentence_matches
from corpus.passages.family_build import assemble, union_spans
from corpus.passages.family_plan import (
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
    rare_partners,
    shard_cuts,
)
from corpus.passages.ngrams import buckets_for
from corpus.passages.tiers import content_similarity
from corpus.passages.weights import WordWeights, content_text
from corpus.passages.wire import wire_credit

__all__ = ["SpanPair", "align_shard", "build_families", "chained", "origin_order", "passage_tier"]

Progress = Callable[[int, int], None]
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


def build_families(articles: Sequence[Article], *, progress: Progress | None = None) -> Families:
    """The reprint families of ``articles`` (readable ones), largest first.

    The cyclic garbage collector is paused meanwhile, as it was for the old pairwise graph: the build makes
    millions of acyclic objects, and each collection would walk them all again (15% of the time
    on a 1,000-article wire corpus)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_families(articles, progress)
    finally:
        if was_enabled:
            gc.enable()


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
        buckets = hash_buckets(max(buckets_for(n), helper.WORKERS if pool is not None else 1))
        bounds = inner_bounds(buckets)
        shards, surface = _index(articles, bounds, pool, progress)
        weights = WordWeights.from_counts(surface, sum(s.counted for s in shards))
        del surface
        shingles: list[array[int]] = [array("I") for _ in range(n)]
        for shard in shards:
            for k, hashes in zip(shard.ids, shard.shingles, strict=True):
                shingles[k] = hashes
        cuts = shard_cuts(shards, len(bounds))
        found = _holders(order, shingles, cuts, pool)
        # the weights reach the helper while the plan is made
        held = [_send_ahead(pool, "family-weights", weights), _send_ahead(pool, "family-articles", {})]
        plan, early = _planned(articles, order, found.first, shingles, pool)
        partners = rare_partners(order, found.rare, plan)
        del shards, shingles, cuts
        # grouped by base: a shard analyses a base once, and an article in one process
        rest = grouped_by_base(plan, sent=sum(len(pairs) for pairs, _ in early))
        spans = _align(articles, weights, rest, pool, progress, early)
        wait([future for future in held if future is not None])  # see _send_ahead
        groups = union_spans(spans)
        second = _second_kept(groups, _align(articles, weights, _unlinked(groups, partners), pool, None))
        if second:  # else the families are the groups already made (spans are sorted)
            groups = union_spans(sorted(spans + second))
        built = True
    finally:
        if pool is not None:
            # built, no task is left to cancel; and a helper that died has its pending tasks
            # marked failed by the pool's thread, which fails with a traceback on stderr when
            # this process has cancelled one meanwhile
            pool.shutdown(wait=False, cancel_futures=not built)
            sys.setswitchinterval(switch_interval)
    return assemble(articles, groups, order, credits)


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
                early.append((pairs, pool.submit(_align_sent, *_sent(articles, pairs))))
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


def _unlinked(
    groups: Sequence[Sequence[tuple[int, ...]]], pairs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``pairs`` of articles that no family of ``groups`` (spans, article first) holds both
    of: the second pass aligns only those (reprints of one wire story are linked by the first)."""
    families_of: defaultdict[int, set[int]] = defaultdict(set)
    for number, group in enumerate(groups):
        for span in group:
            families_of[span[0]].add(number)
    return [(i, j) for i, j in pairs if families_of[i].isdisjoint(families_of[j])]


def _second_kept(groups: Sequence[Sequence[tuple[int, ...]]], rows: list[SpanPair]) -> list[SpanPair]:
    """The second pass's passages that may join families: copied text always; a rewording only
    when one of its articles is in no family yet. A rewording between two articles each in
    families of their own would merge those families whole on one sentence's evidence (on ECB+
    dev with the tiers' sentence-level rewordings: 0.953 of links inside one event, against
    0.969 so)."""
    in_family = {span[0] for group in groups if len({s[0] for s in group}) > 1 for span in group}
    copied = TIER_CODES["copied"]
    return [row for row in rows if row[6] == copied or row[0] not in in_family or row[3] not in in_family]


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
    order: list[int], shingles: list[array[int]], cuts: list[array[int]], pool: ProcessPoolExecutor | None
) -> HolderPairs:
    """Step 2 (:func:`~corpus.passages.family_plan.holder_pairs`) over the buckets the ``cuts``
    of the index mark, shared out with the helper: one each at least when there is one (it
    waits otherwise: the step was a tenth of the time of 4,000 wire articles, and a third of
    10,000 of the reuse graph's)."""
    limit = family_posting_limit(len(shingles))

    def packed(k: int) -> tuple[list[int], array[int], array[int], int]:
        return (order, *pack_parts(cut_parts(order, shingles, cuts, k)), limit)

    counted = helper.shared_out(
        pool,
        packed_holders,
        packed,
        lambda k: bucket_holders(order, cut_parts(order, shingles, cuts, k), limit),
        len(cuts) + 1,
        ahead=1,
    )
    return merged_holders(result for _, result in counted)


def _align(
    articles: Sequence[Article],
    weights: WordWeights,
    plan: list[tuple[int, int]],
    pool: ProcessPoolExecutor | None,
    progress: Progress | None,
    early: Early | None = None,
) -> list[SpanPair]:
    """Step 4 over the ``plan``, shared out with the helper, and the rows of the ``early`` shards
    (sent to it while the plan was made; aligned here if it died)."""
    n = len(articles)
    early = early or []
    total = len(plan) + sum(len(pairs) for pairs, _ in early)
    chunks = [plan[k : k + SHARD] for k in range(0, len(plan), SHARD)]
    found: list[SpanPair] = []
    done = 0
    for k, rows in helper.shared_out(
        pool,
        _align_sent,
        lambda k: _sent(articles, chunks[k]),
        lambda k: align_shard(articles, weights, chunks[k]),
        len(chunks),
    ):
        found.extend(rows)
        done += len(chunks[k])
        if progress is not None:
            progress(n + done * n // max(total, 1), 2 * n)
    for pairs, future in early:
        try:
            found.extend(future.result())
        except BrokenProcessPool:
            found.extend(align_shard(articles, weights, pairs))
    found.sort()
    return found


def _sent(
    articles: Sequence[Article], pairs: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], dict[int, SentArticle]]:
    """What the helper is sent to align ``pairs``: the pairs, and their articles."""
    return pairs, {i: _sendable(articles[i]) for i in {i for pair in pairs for i in pair}}


def _sendable(article: Article) -> SentArticle:
    return (article.name, str(article.path), article.text, article.sentences)


def _align_sent(pairs: list[tuple[int, int]], sent: dict[int, SentArticle]) -> list[SpanPair]:
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
    return align_shard(kept, helper.held("family-weights"), pairs)


def align_shard(
    articles: Sequence[Article] | dict[int, Article], weights: WordWeights, pairs: Sequence[tuple[int, int]]
) -> list[SpanPair]:
    """Step 4: the passages of each planned pair that a reader can trust (see
    :mod:`corpus.passages.tiers`), passages next to each other in both articles joined into
    one span, as plain tuples."""
    rows: list[SpanPair] = []
    for i, j in pairs:
        a, b = articles[i], articles[j]
        an_a, an_b = analyse(a, weights), analyse(b, weights)
        kept: list[tuple[Range, Range, Tier, float]] = []
        for ra, rb in chained(sentence_matches(an_a, an_b)):
            # copied passages are weighed below, once joined (a reprint's often are)
            tier, similarity = judge_passage(a, an_a, ra, b, an_b, rb, weights, weigh_copied=False)
            if tier is not None:
                kept.append((ra, rb, tier, similarity))
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
