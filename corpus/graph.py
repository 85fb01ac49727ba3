"""The reuse graph: which articles of a corpus share passages, without comparing all pairs.

Each article's content-word 3-grams (stop words and attribution words dropped;
3-grams made only of names dropped) go into an inverted index. 3-grams found in too
many articles (more than a limit that grows with the square root of the corpus) are
dropped as common phrases, which still leaves wire copy run by dozens of outlets. Pairs of articles that share
two 3-grams or more are candidates, and only the candidates are aligned with
:func:`corpus.align.align_analysed`. Whole-article similarity would miss a shared
quote that is a few percent of an article; 3-grams do not.
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import os
import threading
import zlib
from array import array
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager, nullcontext
from difflib import SequenceMatcher
from functools import partial
from itertools import combinations
from typing import Any, Protocol, TypeVar

# The graph counts what align_articles finds, from the same steps (see shared_passages).
from corpus.align import _order_key, _passages, _sentence_matches, analyse
from corpus.model import Article, Edge, Graph
from corpus.words import (
    ATTRIBUTION,
    STOPWORDS,
    Memo,
    WordWeights,
    content_text,
    normalize,
    split_words,
    stem,
    word_forms,
)

Progress = Callable[[int, int], None]
T = TypeVar("T")

INDEX_VERSION = 4
"""Bumped whenever :func:`article_index` changes, so cached entries of the old kind are not used."""
MIN_SHARED_SHINGLES = 2
"""Articles sharing fewer indexed 3-grams than this are not aligned: one shared 3-gram is
often chance, and chance pairs would chain most of a big corpus together."""
_DROP = STOPWORDS | ATTRIBUTION


class IndexCache(Protocol):
    """Stored index entries of articles, keyed by article path and a hash of its text."""

    def get_index(self, article: Article) -> tuple[list[int], list[str]] | None: ...

    def put_index(self, article: Article, shingles: list[int], words: list[str]) -> None: ...

    def flush(self) -> None: ...


def _index_code_of(word: str) -> int:
    """A written word as the index sees it: 0 when dropped, else a stable hash of its stem
    shifted left, with the low bit set for a capitalised word (a likely name)."""
    key = stem(normalize(word))
    if not key or key in _DROP:
        return 0
    return (zlib.crc32(key.encode("utf-8", "surrogatepass")) << 1) | word[:1].isupper()


_index_code = Memo(_index_code_of)


_MASK = 0xFFFFFFFF


def article_index(article: Article) -> tuple[list[int], list[str]]:
    """An article's content-word 3-gram hashes and its distinct words (for document frequencies).

    Hashes combine CRC-32s of the stems: stable across runs of one Python version, so they
    can be cached (the cache key includes INDEX_VERSION and the Python version).
    3-grams of capitalised words only ("Nato Secretary-General Jens") join nothing and are left out.
    """
    words = split_words(content_text(article))
    codes = [c for c in map(_index_code.__getitem__, words) if c]
    # hash() of a tuple of ints is deterministic (only str hashing is salted per process).
    shingles = {
        hash((x >> 1, y >> 1, z >> 1)) & _MASK
        for x, y, z in zip(codes, codes[1:], codes[2:], strict=False)
        if not x & y & z & 1
    }
    return sorted(shingles), list(set(words))


def posting_limit(articles: int) -> int:
    """Most articles a 3-gram may appear in and still be indexed: grows with the corpus."""
    return max(50, 2 * math.isqrt(articles))


def build_graph(
    articles: Sequence[Article],
    *,
    cache: IndexCache | None = None,
    progress: Progress | None = None,
) -> Graph:
    """The reuse graph of ``articles``: an edge for each pair that shares at least one passage.

    ``progress(done, total)`` is called as work advances; ``total`` is first an
    estimate (two steps per article) and becomes exact once the candidates are known.
    """
    with _no_cyclic_gc():
        return _build_graph(articles, cache, progress)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the index is built: it makes millions of
    acyclic objects, and each collection would walk the whole corpus again (a third of the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_graph(articles: Sequence[Article], cache: IndexCache | None, progress: Progress | None) -> Graph:
    n = len(articles)
    shingles, surface, counted = _index_all(articles, cache, progress)
    weights = WordWeights.from_counts(surface, counted)
    del surface
    # One pool for candidates and alignment, forked once the weights are known.
    pool = _pool(articles, weights, shingles) if _workers(n) > 1 else None
    with pool if pool is not None else nullcontext():
        candidates = _by_cluster(_candidates(shingles, posting_limit(n), MIN_SHARED_SHINGLES, pool))
        del shingles
        found = _align_all(articles, weights, candidates, pool, progress)
    rows = sorted(zip(found[::4], found[1::4], found[2::4], found[3::4], strict=True))
    edges = [Edge(articles[i].name, articles[j].name, count, words) for i, j, count, words in rows]
    return Graph([a.name for a in articles], edges)


def _align_all(
    articles: Sequence[Article],
    weights: WordWeights,
    candidates: list[tuple[int, int]],
    pool: ProcessPoolExecutor | None,
    progress: Progress | None,
) -> array[int]:
    """(i, j, passages, shared words) of each candidate pair that shares a passage, end to end."""
    n = len(articles)
    total = n + len(candidates)
    if progress is not None:
        progress(n, total)
    found = array("I")
    done = n
    if pool is not None:
        size = max(200, min(2000, len(candidates) // (WORKERS * 32) + 1))
        chunks = [(_pack(candidates[k : k + size]),) for k in range(0, len(candidates), size)]
        local = partial(_align_packed, articles, weights)
        for k, result in _shared_out(pool, _align_chunk, local, chunks):
            found.frombytes(result)
            done += len(chunks[k][0]) // 8
            if progress is not None:
                progress(done, total)
    else:
        for start in range(0, len(candidates), 256):
            found.extend(_align_pairs(articles, weights, candidates[start : start + 256]))
            done = min(done + 256, total)
            if progress is not None:
                progress(done, total)
    return found


def _index_all(
    articles: Sequence[Article], cache: IndexCache | None, progress: Progress | None
) -> tuple[list[array[int]], Counter[str], int]:
    """Each article's 3-gram hashes (4 bytes each: 100,000 articles fit in 100 MB), how many
    articles each written word occurs in, and how many articles have words.

    Cached entries are read here; the others are made in worker processes when there are
    enough of them to pay for the start-up."""
    n = len(articles)
    shingles: list[array[int]] = [_EMPTY] * n
    surface: Counter[str] = Counter()
    counted = 0
    missing: list[int] = []
    for k, article in enumerate(articles):
        entry = cache.get_index(article) if cache is not None else None
        if entry is None:
            missing.append(k)
            continue
        shingles[k] = array("I", sorted(entry[0]))  # entries cached before they were sorted
        if entry[1]:
            counted += 1
            surface.update(entry[1])
    done = n - len(missing)
    if progress is not None and done:
        progress(done, 2 * n)
    keep = cache is not None
    if _workers(len(missing)) > 1:
        size = max(250, min(2000, len(missing) // (WORKERS * 16) + 1))
        chunks = [(missing[k : k + size], keep) for k in range(0, len(missing), size)]
        with _pool(articles, None, []) as pool:
            for k, result in _shared_out(pool, _index_chunk, partial(_index_of, articles), chunks):
                counted += _take(articles, chunks[k][0], result, shingles, surface, cache)
                done += len(chunks[k][0])
                if progress is not None:
                    progress(done, 2 * n)
    else:
        for start in range(0, len(missing), 256):
            chunk = missing[start : start + 256]
            counted += _take(articles, chunk, _index_of(articles, chunk, keep), shingles, surface, cache)
            done += len(chunk)
            if progress is not None:
                progress(done, 2 * n)
    if cache is not None:
        cache.flush()
    return shingles, surface, counted


_EMPTY: array[int] = array("I")
IndexChunk = tuple[bytes, bytes, Counter[str], int, list[list[str]]]
"""3-gram hashes of a run of articles end to end, how many each article has, document counts
of their words, how many have words, and (only when they are to be cached) each one's words."""


def _index_of(articles: Sequence[Article], chunk: list[int], keep_words: bool) -> IndexChunk:
    flat, lengths = array("I"), array("I")
    surface: Counter[str] = Counter()
    counted = 0
    kept: list[list[str]] = []
    for k in chunk:
        hashes, words = article_index(articles[k])
        flat.extend(hashes)
        lengths.append(len(hashes))
        if words:
            counted += 1
            surface.update(words)
        if keep_words:
            kept.append(words)
    return flat.tobytes(), lengths.tobytes(), surface, counted, kept


def _take(
    articles: Sequence[Article],
    chunk: list[int],
    result: IndexChunk,
    shingles: list[array[int]],
    surface: Counter[str],
    cache: IndexCache | None,
) -> int:
    """Stores a chunk's index entries (and caches them); returns how many of its articles have words."""
    flat_bytes, length_bytes, chunk_surface, counted, kept = result
    flat, lengths = array("I"), array("I")
    flat.frombytes(flat_bytes)
    lengths.frombytes(length_bytes)
    position = 0
    for x, (k, length) in enumerate(zip(chunk, lengths, strict=True)):
        shingles[k] = flat[position : position + length]
        position += length
        if cache is not None:
            cache.put_index(articles[k], shingles[k].tolist(), kept[x])
    surface.update(chunk_surface)  # at C speed into an empty Counter, then a loop over the chunk's words
    return counted


def _align_pairs(
    articles: Sequence[Article], weights: WordWeights, pairs: Iterable[tuple[int, int]]
) -> array[int]:
    """(i, j, passages, shared words) of each pair that shares a passage, end to end."""
    out = array("I")
    for i, j in pairs:
        count, words = shared_passages(articles[i], articles[j], weights)
        if count:
            out.extend((i, j, count, words))
    return out


def shared_passages(a: Article, b: Article, weights: WordWeights) -> tuple[int, int]:
    """How many passages ``a`` and ``b`` share and how many words of them are verbatim in both:
    what :func:`corpus.align.align_articles` finds, without the offsets, texts and word
    operations an edge does not show (making those was a third of the graph's time)."""
    an_a, an_b = analyse(a, weights), analyse(b, weights)
    if _order_key(b) < _order_key(a):  # the order align_articles compares them in
        a, an_a, b, an_b = b, an_b, a, an_a
    spans = _passages(_sentence_matches(an_a, an_b))
    words = 0
    for (i0, i1), (j0, j1) in spans:
        keys_a = _keys(a.text[an_a.sentences[i0].start : an_a.sentences[i1].end])
        keys_b = _keys(b.text[an_b.sentences[j0].start : an_b.sentences[j1].end])
        blocks = SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_matching_blocks()
        words += sum(block.size for block in blocks)
    return len(spans), words


def _keys(text: str) -> list[str]:
    """The compared forms of the words of ``text``, as the passage diff compares them."""
    return [key for key, _ in map(word_forms, split_words(text)) if key]


def _pack(pairs: list[tuple[int, int]]) -> bytes:
    return array("I", [k for pair in pairs for k in pair]).tobytes()


# Worker processes. They are forked, so the corpus (and the word weights) reach them without
# being pickled: only chunk numbers go in and compact arrays come out.
WORKERS = 2
"""Processes used on a big corpus, this one included (this runs on 2-core machines)."""
PARALLEL_FROM = 2000
"""Least work items (articles to index, pairs to align) worth starting worker processes for."""
_job: tuple[Sequence[Article], WordWeights | None, Sequence[array[int]]] = ((), None, [])
"""What a worker works on: set by the pool's initializer in the worker process only."""


def _workers(items: int) -> int:
    """How many processes to use: one when the work is small, fork is missing, or other threads
    run (forking a threaded process can copy a lock held by another thread; the app builds its
    graph in a thread and stays in one process)."""
    if (
        items < PARALLEL_FROM
        or (os.cpu_count() or 1) < 2
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.active_count() > 1
    ):
        return 1
    return WORKERS


def _shared_out(
    pool: ProcessPoolExecutor,
    job: Callable[..., T],
    local: Callable[..., T],
    tasks: Sequence[tuple[Any, ...]],
) -> Iterator[tuple[int, T]]:
    """(task number, result) of each task as it is done: the worker process takes tasks from
    the end of the list, this process works through them from the start meanwhile."""
    pending = deque(range(len(tasks)))
    running: dict[Future[T], int] = {}
    while pending or running:
        while pending and len(running) < 4:  # queued ahead: the worker never waits for this process
            k = pending.pop()
            running[pool.submit(job, *tasks[k])] = k
        if pending:
            k = pending.popleft()
            yield k, local(*tasks[k])
        else:
            wait(running, return_when=FIRST_COMPLETED)
        for future in [f for f in running if f.done()]:
            yield running.pop(future), future.result()


def _pool(
    articles: Sequence[Article], weights: WordWeights | None, shingles: Sequence[array[int]]
) -> ProcessPoolExecutor:
    """WORKERS - 1 forked processes: this one works too (see :func:`_shared_out`), and each
    worker copies the corpus pages it touches, so fewer workers take less memory."""
    return ProcessPoolExecutor(
        WORKERS - 1,
        multiprocessing.get_context("fork"),
        initializer=_set_job,
        initargs=(articles, weights, shingles),
    )


def _set_job(
    articles: Sequence[Article], weights: WordWeights | None, shingles: Sequence[array[int]]
) -> None:
    global _job
    _job = (articles, weights, shingles)


def _index_chunk(chunk: list[int], keep_words: bool) -> IndexChunk:
    return _index_of(_job[0], chunk, keep_words)


def _align_chunk(packed: bytes) -> bytes:
    articles, weights, _ = _job
    assert weights is not None
    return _align_packed(articles, weights, packed)


def _align_packed(articles: Sequence[Article], weights: WordWeights, packed: bytes) -> bytes:
    flat = array("I")
    flat.frombytes(packed)
    return _align_pairs(articles, weights, zip(flat[::2], flat[1::2], strict=True)).tobytes()


def _by_cluster(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs ordered cluster by cluster (articles joined by candidate pairs), so each
    article's analysis is made once and reused while it is still remembered."""
    parent: dict[int, int] = {}

    def root(k: int) -> int:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, j in pairs:
        parent[root(i)] = root(j)
    return sorted(pairs, key=lambda p: (root(p[0]), p))


def candidate_pairs(
    shingles: Sequence[Iterable[int]], limit: int, min_shared: int = MIN_SHARED_SHINGLES
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, sharing at least ``min_shared`` indexed 3-grams, in order.

    3-grams in more than ``limit`` articles are common phrases and make no pairs.
    """
    return _candidates([array("I", sorted(set(hashes))) for hashes in shingles], limit, min_shared)


_PER_PASS = 2_000_000
"""3-grams looked at in one pass of :func:`_candidates` (a set of them takes about 130 MB)."""


def _candidates(
    shingles: Sequence[array[int]], limit: int, min_shared: int, pool: ProcessPoolExecutor | None = None
) -> list[tuple[int, int]]:
    """:func:`candidate_pairs` of each article's distinct 3-gram hashes in ascending order.

    Most 3-grams occur once, and 100,000 articles' 3-grams would not fit in memory as one
    set. So the hash range is cut into passes (shared out to the workers when there are
    some), each counting the pairs its repeated 3-grams make (see :func:`_pass_pairs`).
    """
    passes = sum(map(len, shingles)) // _PER_PASS + 1
    if pool is not None:
        passes = max(passes, 8 * WORKERS)
        tasks = [(part, passes, limit) for part in range(passes)]
        local = partial(_pass_bytes, shingles)
        counted: Iterable[bytes] = (result for _, result in _shared_out(pool, _pass_chunk, local, tasks))
    else:
        counted = (_pass_pairs(shingles, p, passes, limit).tobytes() for p in range(passes))
    shared: Counter[tuple[int, int]] = Counter()
    for packed in counted:
        triples = array("I")
        triples.frombytes(packed)
        for i, j, count in zip(triples[::3], triples[1::3], triples[2::3], strict=True):
            shared[i, j] += count
    return sorted(pair for pair, count in shared.items() if count >= min_shared)


def _pass_pairs(shingles: Sequence[array[int]], part: int, passes: int, limit: int) -> array[int]:
    """(i, j, shared 3-grams) of the pairs made by the hashes of one of ``passes`` equal ranges.

    Every article's slice of the range (found by bisection, as its hashes are sorted) goes
    through set operations at C speed: hashes seen before are repeated, and only repeated
    ones get posting lists.
    """
    low, high = (part << 32) // passes, ((part + 1) << 32) // passes
    seen: set[int] = set()
    repeated: set[int] = set()
    slices = []
    for hashes in shingles:
        start = bisect_left(hashes, low)
        end = bisect_left(hashes, high, start)
        slices.append((start, end))
        if end > start:
            piece = hashes[start:end]
            repeated |= seen.intersection(piece)
            seen.update(piece)
    del seen
    postings: dict[int, list[int]] = {h: [] for h in repeated}
    for k, (hashes, (start, end)) in enumerate(zip(shingles, slices, strict=True)):
        if end > start:
            for h in repeated.intersection(hashes[start:end]):
                postings[h].append(k)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= limit:
            shared.update(combinations(members, 2))  # members are in article order: i < j
    return array("I", [x for (i, j), count in shared.items() for x in (i, j, count)])


def _pass_bytes(shingles: Sequence[array[int]], part: int, passes: int, limit: int) -> bytes:
    return _pass_pairs(shingles, part, passes, limit).tobytes()


def _pass_chunk(part: int, passes: int, limit: int) -> bytes:
    return _pass_bytes(_job[2], part, passes, limit)
