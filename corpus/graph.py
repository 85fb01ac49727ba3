"""The reuse graph: which articles of a corpus share passages, without comparing all pairs.

Each article contributes a sample of its content-word 3-grams (stop words and
attribution words dropped; 3-grams made only of names dropped) to an inverted
index. 3-grams found in too many articles (more than a limit that grows with the
square root of the corpus) are dropped as common phrases, which still leaves
wire copy run by dozens of outlets. Pairs of articles that share at least two
sampled 3-grams are candidates, and only the candidates are aligned with
:func:`corpus.align.align_analysed`. Whole-article similarity would miss a
shared quote that is a few percent of an article; 3-grams do not.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Protocol

from corpus.align import Analysis, align_analysed, analyse, shared_words
from corpus.model import Article, Edge, Graph
from corpus.words import ATTRIBUTION, STOPWORDS, TOKEN, WordWeights, content_text, normalize, stem

Progress = Callable[[int, int], None]

SAMPLE = 4
"""In corpora over SAMPLED_FROM articles, one 3-gram in SAMPLE is indexed (chosen by hash, so
every copy of a passage samples the same ones): it keeps 100,000 articles within memory. Smaller
corpora index every 3-gram, so a four-word quote is found."""
SAMPLED_FROM = 5000
INDEX_VERSION = 2
"""Bumped whenever :func:`article_index` changes, so cached entries of the old kind are not used."""
MIN_SHARED_SHINGLES = 2
"""Articles sharing fewer sampled 3-grams than this are not aligned."""
_DROP = STOPWORDS | ATTRIBUTION


class IndexCache(Protocol):
    """Stored index entries of articles, keyed by article path and a hash of its text."""

    def get_index(self, article: Article) -> tuple[list[int], list[str]] | None: ...

    def put_index(self, article: Article, shingles: list[int], words: list[str]) -> None: ...

    def flush(self) -> None: ...


@lru_cache(maxsize=1 << 20)
def _stem_of(word: str) -> str:
    return stem(normalize(word))


def article_index(article: Article) -> tuple[list[int], list[str]]:
    """An article's content-word 3-gram hashes and its distinct words (for document frequencies).

    Hashes are CRC-32 of the stemmed 3-gram: stable across runs, so they can be cached.
    """
    words = TOKEN.findall(content_text(article))
    content = []
    for word in words:
        key = _stem_of(word)
        if key not in _DROP:
            content.append((key, word[:1].isupper()))
    shingles = set()
    for (x, cx), (y, cy), (z, cz) in zip(content, content[1:], content[2:], strict=False):
        if cx and cy and cz:
            continue  # "Nato Secretary-General Jens": names alone join nothing
        shingles.add(zlib.crc32(f"{x} {y} {z}".encode("utf-8", "surrogatepass")))
    return sorted(shingles), sorted(set(words))


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
    n = len(articles)
    sample = SAMPLE if n > SAMPLED_FROM else 1
    shingles: list[list[int]] = []
    surface: Counter[str] = Counter()
    counted = 0
    for done, article in enumerate(articles, start=1):
        entry = cache.get_index(article) if cache is not None else None
        if entry is None:
            entry = article_index(article)
            if cache is not None:
                cache.put_index(article, *entry)
        shingles.append([h for h in entry[0] if h % sample == 0] if sample > 1 else entry[0])
        if entry[1]:
            counted += 1
            surface.update(entry[1])
        if progress is not None and (done % 256 == 0 or done == n):
            progress(done, 2 * n)
    if cache is not None:
        cache.flush()
    weights = WordWeights.from_counts(surface, counted)
    candidates = candidate_pairs(shingles, posting_limit(n))
    total = n + len(candidates)
    if progress is not None:
        progress(n, total)
    edges = []
    analyses: OrderedDict[int, Analysis] = OrderedDict()

    def analysis(k: int) -> Analysis:
        found = analyses.get(k)
        if found is None:
            found = analyses[k] = analyse(articles[k], weights)
            if len(analyses) > 2048:
                analyses.popitem(last=False)
        else:
            analyses.move_to_end(k)
        return found

    for done, (i, j) in enumerate(candidates, start=n + 1):
        a, b = articles[i], articles[j]
        overlap = align_analysed(a, analysis(i), b, analysis(j), weights)
        if overlap.passages:
            edges.append(Edge(a.name, b.name, len(overlap.passages), shared_words(overlap.passages)))
        if progress is not None and (done % 256 == 0 or done == total):
            progress(done, total)
    return Graph([a.name for a in articles], edges)


def candidate_pairs(shingles: Sequence[Iterable[int]], limit: int) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, sharing at least MIN_SHARED_SHINGLES indexed 3-grams, in order."""
    postings: dict[int, list[int]] = {}
    for k, hashes in enumerate(shingles):
        for h in hashes:
            found = postings.get(h)
            if found is None:
                postings[h] = [k]
            else:
                found.append(k)
    shared: Counter[int] = Counter()
    n = len(shingles)
    for members in postings.values():
        if len(members) < 2 or len(members) > limit:
            continue
        for x, i in enumerate(members):
            base = i * n
            shared.update(base + j for j in members[x + 1 :])
    pairs = [divmod(key, n) for key, count in shared.items() if count >= MIN_SHARED_SHINGLES]
    pairs.sort()
    return pairs
