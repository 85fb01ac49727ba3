"""The reuse graph: which articles of a corpus share passages, without comparing all pairs.

Each article's content-word 3-grams go into an index (:mod:`corpus.passages.ngrams`); pairs of
articles that share two 3-grams or more are candidates, and only the candidates are
aligned, with the steps of :func:`corpus.passages.align.align_articles`. Whole-article similarity
would miss a shared quote that is a few percent of an article; 3-grams do not. On a big
corpus a helper process (:mod:`corpus.passages.graph_helper`) takes half of each step.
"""

from __future__ import annotations

import gc
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Protocol, TypeAlias

from corpus.model import Article, Block, BlockKind, Edge, Graph, Progress
from corpus.passages import graph_helper as helper

# The graph counts what align_articles finds, from the same steps (see shared_passages).
from corpus.passages.align import analyse, comparison_key, kept_passages
from corpus.passages.ngrams import (
    INDEX_VERSION,
    MIN_SHARED_SHINGLES,
    IndexPart,
    Piece,
    article_index,
    bucket_pairs,
    buckets_for,
    candidate_pairs,
    index_part,
    pairs_sharing,
    posting_limit,
    text_index,
)
from corpus.passages.weights import TOKEN, Memo, WordWeights, content_text, word_forms

__all__ = [
    "INDEX_VERSION",
    "IndexCache",
    "article_index",
    "build_graph",
    "candidate_pairs",
    "posting_limit",
    "shared_passages",
]


class IndexCache(Protocol):
    """Stored index entries of articles, keyed by article path and a hash of its text."""

    def get_index(self, article: Article) -> tuple[list[int], list[str]] | None: ...

    def put_index(self, article: Article, shingles: list[int], words: list[str]) -> None: ...

    def flush(self) -> None: ...


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
    pool = helper.start_helper() if helper.workers(n) > 1 else None  # None: no process could start
    try:
        parts, surface, counted = _index_all(articles, cache, progress, pool)
        weights = WordWeights.from_counts(surface, counted)
        del surface
        candidates = _by_cluster(_candidates(parts, buckets_for(n), posting_limit(n), pool))
        del parts
        helper.hold_in(pool, "weights", weights)
        found = _align_all(articles, weights, candidates, pool, progress)
    finally:
        if pool is not None:
            # Not waited for: the helper takes a second to free what it holds as it exits.
            pool.shutdown(wait=False, cancel_futures=True)
    rows = sorted(zip(found[::4], found[1::4], found[2::4], found[3::4], strict=True))
    edges = [Edge(articles[i].name, articles[j].name, count, words) for i, j, count, words in rows]
    return Graph([a.name for a in articles], edges)


IndexChunk: TypeAlias = (
    "tuple[list[array[int]], list[array[int]], Counter[str], int, list[tuple[list[int], list[str]]]]"
)
"""An :class:`~corpus.passages.ngrams.IndexPart`'s counts and hashes for a run of articles, document
counts of their words, how many have words, and (only when they are to be cached) each
one's hashes and words."""


def _index_all(
    articles: Sequence[Article],
    cache: IndexCache | None,
    progress: Progress | None,
    pool: ProcessPoolExecutor | None,
) -> tuple[list[IndexPart], Counter[str], int]:
    """The index in parts, how many articles each written word occurs in, and how many
    articles have words. Cached entries are read here; the others are made in chunks,
    shared with the helper."""
    n = len(articles)
    buckets = buckets_for(n)
    surface: Counter[str] = Counter()
    counted = 0
    missing: list[int] = []
    cached: list[int] = []
    cached_shingles: list[list[int]] = []
    for k, article in enumerate(articles):
        entry = cache.get_index(article) if cache is not None else None
        if entry is None:
            missing.append(k)
            continue
        cached.append(k)
        cached_shingles.append(sorted(entry[0]))
        if entry[1] or _has_words(content_text(article)):
            counted += 1
        surface.update(entry[1])
    parts = [index_part(cached, cached_shingles, buckets)] if cached else []
    del cached_shingles
    done = n - len(missing)
    if progress is not None and done:
        progress(done, 2 * n)
    keep = cache is not None
    size = max(250, min(1000, len(missing) // (helper.WORKERS * 16) + 1)) if pool is not None else 256
    chunks = [missing[k : k + size] for k in range(0, len(missing), size)]

    def texts(k: int) -> tuple[list[str], int, bool]:
        return [content_text(articles[i]) for i in chunks[k]], buckets, keep

    for k, (counts, hashes, chunk_surface, chunk_counted, kept) in helper.shared_out(
        pool, _index_texts, texts, lambda k: _index_texts(*texts(k), surface), len(chunks)
    ):
        parts.append(IndexPart(array("I", chunks[k]), counts, hashes))
        # the helper's counts (this process counts straight into surface): a loop over their words
        surface.update(chunk_surface)
        counted += chunk_counted
        if cache is not None:
            for i, (shingles, words) in zip(chunks[k], kept, strict=True):
                cache.put_index(articles[i], shingles, words)
        done += len(chunks[k])
        if progress is not None:
            progress(done, 2 * n)
    if cache is not None:
        cache.flush()
    return parts, surface, counted


def _index_texts(texts: list[str], buckets: int, keep: bool, into: Counter[str] | None = None) -> IndexChunk:
    """The index entries of a run of articles' texts (runs in the helper too). Words are counted
    ``into`` the corpus's counts when given (in this process: merging a chunk's counts costs a
    Python loop over its words), else into counts of their own, returned."""
    surface: Counter[str] = Counter() if into is None else into
    counted = 0
    shingles: list[list[int]] = []
    kept: list[tuple[list[int], list[str]]] = []
    for text in texts:
        hashes, words = text_index(text)
        shingles.append(hashes)
        if words or _has_words(text):
            counted += 1
        surface.update(words)
        if keep:
            kept.append((hashes, words))
    part = index_part((), shingles, buckets)
    return part.counts, part.hashes, Counter() if into is not None else surface, counted, kept


def _has_words(text: str) -> bool:
    """Whether ``text`` has a word: an article counts towards document frequencies when it has
    any, even if all are stop words (which the index does not count, see text_index)."""
    return TOKEN.search(text) is not None


_EMPTY: array[int] = array("I")


def _candidates(
    parts: list[IndexPart], buckets: int, limit: int, pool: ProcessPoolExecutor | None
) -> list[tuple[int, int]]:
    """Pairs sharing at least MIN_SHARED_SHINGLES 3-grams, bucket by bucket (shared with the helper)."""

    def pieces(b: int) -> tuple[list[Piece], int]:
        return [(part.ids, part.counts[b], part.hashes[b]) for part in parts], limit

    def counted() -> Iterator[array[int]]:
        for b, triples in helper.shared_out(
            pool, bucket_pairs, pieces, lambda b: bucket_pairs(*pieces(b)), buckets
        ):
            for part in parts:  # the bucket is done with: its memory goes back
                part.counts[b] = part.hashes[b] = _EMPTY
            yield triples

    return pairs_sharing(counted(), MIN_SHARED_SHINGLES)


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
    size = max(200, min(2000, len(candidates) // (helper.WORKERS * 32) + 1)) if pool is not None else 256
    chunks = [candidates[k : k + size] for k in range(0, len(candidates), size)]

    def sent(k: int) -> tuple[bytes, dict[int, SentArticle]]:
        pairs = chunks[k]
        return _pack(pairs), {i: _sendable(articles[i]) for i in set(chain.from_iterable(pairs))}

    for k, result in helper.shared_out(
        pool, _align_sent, sent, lambda k: _align_pairs(articles, weights, chunks[k]), len(chunks)
    ):
        found.frombytes(result)
        done += len(chunks[k])
        if progress is not None:
            progress(done, total)
    return found


SentArticle = tuple[str, str, str, list[tuple[int, int, BlockKind]]]
"""What alignment reads of an article, as sent to the helper: name, path, text, sentences."""


def _sendable(article: Article) -> SentArticle:
    return (
        article.name,
        str(article.path),
        article.text,
        [(s.start, s.end, s.kind) for s in article.sentences],
    )


def _align_sent(packed: bytes, sent: dict[int, SentArticle]) -> bytes:
    """:func:`_align_pairs` in the helper, of pairs packed in an array and the articles sent."""
    articles = {
        k: Article(name, Path(path), text, sentences=[Block(s, e, kind) for s, e, kind in sentences])
        for k, (name, path, text, sentences) in sent.items()
    }
    flat = array("I")
    flat.frombytes(packed)
    weights: WordWeights = helper.held("weights")
    weights.analyses.clear()  # the last chunk's articles: they come as new objects if sent again
    return _align_pairs(articles, weights, zip(flat[::2], flat[1::2], strict=True))


def _align_pairs(
    articles: Sequence[Article] | dict[int, Article], weights: WordWeights, pairs: Iterable[tuple[int, int]]
) -> bytes:
    """(i, j, passages, shared words) of each pair that shares a passage, end to end."""
    out = array("I")
    for i, j in pairs:
        count, words = shared_passages(articles[i], articles[j], weights)
        if count:
            out.extend((i, j, count, words))
    return out.tobytes()


def shared_passages(a: Article, b: Article, weights: WordWeights) -> tuple[int, int]:
    """How many passages ``a`` and ``b`` share and how many words of them are verbatim in both:
    what :func:`corpus.passages.align.align_articles` finds, without the offsets, texts and word
    operations an edge does not show (making those was a third of the graph's time)."""
    an_a, an_b = analyse(a, weights), analyse(b, weights)
    if comparison_key(b) < comparison_key(a):  # the order align_articles compares them in
        a, an_a, b, an_b = b, an_b, a, an_a
    spans = [(ra, rb) for ra, rb, _ in kept_passages(a, an_a, b, an_b, weights)]
    words = 0
    for (i0, i1), (j0, j1) in spans:
        keys_a = _keys(a.text[an_a.sentences[i0].start : an_a.sentences[i1].end])
        keys_b = _keys(b.text[an_b.sentences[j0].start : an_b.sentences[j1].end])
        words += verbatim_words(keys_a, keys_b)
    return len(spans), words


def verbatim_words(a: Sequence[str], b: Sequence[str]) -> int:
    """The size of the matching blocks ``difflib.SequenceMatcher(None, a, b, autojunk=False)``
    finds, summed: the words the passage diff marks equal.

    The same recursion (the longest block, leftmost in ``a`` then in ``b``, then the same on
    each side of it) without what an edge does not need: junk, popular elements, the blocks
    themselves; a fifth of the graph's alignment time went into SequenceMatcher's generality.
    """
    if a == b:
        return len(a)  # copied text: one block
    positions: dict[str, list[int]] = {}
    for j, word in enumerate(b):
        positions.setdefault(word, []).append(j)
    nothing: list[int] = []
    total = 0
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        best_i, best_j, best = alo, blo, 0
        run: dict[int, int] = {}  # j -> length of the block ending at (i - 1, j)
        for i in range(alo, ahi):
            run_at = run.get
            new_run = {}
            for j in positions.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_run[j] = run_at(j - 1, 0) + 1
                if k > best:
                    best_i, best_j, best = i - k + 1, j - k + 1, k
            run = new_run
        if best:
            total += best
            if alo < best_i and blo < best_j:
                queue.append((alo, best_i, blo, best_j))
            if best_i + best < ahi and best_j + best < bhi:
                queue.append((best_i + best, ahi, best_j + best, bhi))
    return total


def _keys(text: str) -> list[str]:
    """The compared forms of the words of ``text``, as the passage diff compares them."""
    return list(chain.from_iterable(map(_chunk_keys.__getitem__, text.split())))


_chunk_keys = Memo(lambda chunk: tuple(key for key, _ in map(word_forms, TOKEN.findall(chunk)) if key))
"""The compared forms of the words of a run of text without white space (news repeats its chunks)."""


def _pack(pairs: list[tuple[int, int]]) -> bytes:
    return array("I", [k for pair in pairs for k in pair]).tobytes()


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
