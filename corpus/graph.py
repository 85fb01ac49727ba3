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
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import combinations
from typing import Protocol

from corpus.align import align_analysed, analyse, shared_words
from corpus.model import Article, Edge, Graph
from corpus.words import ATTRIBUTION, STOPWORDS, Memo, WordWeights, content_text, normalize, split_words, stem

Progress = Callable[[int, int], None]

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
_BITMAP_BYTES = 1 << 25
"""32 MB: one bit per 3-gram hash bucket (collisions only let a few lone 3-grams through)."""


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
    return list(shingles), list(set(words))


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
    shingles: list[array[int]] = []
    surface: Counter[str] = Counter()
    counted = 0
    for done, article in enumerate(articles, start=1):
        entry = cache.get_index(article) if cache is not None else None
        if entry is None:
            entry = article_index(article)
            if cache is not None:
                cache.put_index(article, *entry)
        shingles.append(array("I", entry[0]))  # 4 bytes a 3-gram: 100,000 articles fit in 100 MB
        if entry[1]:
            counted += 1
            surface.update(entry[1])
        if progress is not None and (done % 256 == 0 or done == n):
            progress(done, 2 * n)
    if cache is not None:
        cache.flush()
    weights = WordWeights.from_counts(surface, counted)
    candidates = candidate_pairs(shingles, posting_limit(n))
    del shingles
    total = n + len(candidates)
    if progress is not None:
        progress(n, total)
    found: list[tuple[int, int, Edge]] = []
    for done, (i, j) in enumerate(_by_cluster(candidates), start=n + 1):
        a, b = articles[i], articles[j]
        overlap = align_analysed(a, analyse(a, weights), b, analyse(b, weights), weights)
        if overlap.passages:
            found.append((i, j, Edge(a.name, b.name, len(overlap.passages), shared_words(overlap.passages))))
        if progress is not None and (done % 256 == 0 or done == total):
            progress(done, total)
    found.sort(key=lambda f: (f[0], f[1]))
    return Graph([a.name for a in articles], [edge for _, _, edge in found])


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

    3-grams in more than ``limit`` articles are common phrases and make no pairs. Most
    3-grams occur once; a first pass over a bitmap finds the ones seen twice, so only
    those get posting lists (100,000 articles' 3-grams would not fit in memory as lists).
    """
    seen = bytearray(_BITMAP_BYTES)
    repeated: set[int] = set()
    for hashes in shingles:
        for h in hashes:
            slot, bit = (h >> 3) & (_BITMAP_BYTES - 1), 1 << (h & 7)
            if seen[slot] & bit:
                repeated.add(h)
            else:
                seen[slot] |= bit
    del seen
    postings: dict[int, list[int]] = {h: [] for h in repeated}
    for k, hashes in enumerate(shingles):
        for h in hashes:
            found = postings.get(h)
            if found is not None:
                found.append(k)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if 1 < len(members) <= limit:
            shared.update(combinations(members, 2))  # members are in article order: i < j
    return sorted(pair for pair, count in shared.items() if count >= min_shared)
