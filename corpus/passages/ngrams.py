"""The 3-gram index of the reuse graph: each article's content-word 3-grams, and the pairs
of articles that share enough of them to be worth aligning.

Stop words and attribution words are dropped, the rest are stemmed; 3-grams made only
of names ("Nato Secretary-General Jens") join nothing and are left out. 3-grams found in
too many articles (more than a limit that grows with the square root of the corpus) are
common phrases and make no pairs, which still leaves wire copy run by dozens of outlets.

A 3-gram is a 30-bit hash: ints below 2**30 are one CPython digit, which sorting and
sets handle on their fast paths, and 100,000 articles' hashes fit in about 110 MB as
4-byte arrays. The hashes are kept grouped by hash range ("buckets"), so that the pairs
can be counted one range at a time (see :func:`bucket_pairs`) without ever holding a set
of all 3-grams of the corpus.
"""

from __future__ import annotations

import math
import sys
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, combinations, compress, repeat
from operator import and_, lshift, not_, or_
from typing import Any, TypeAlias

from corpus.model import Article
from corpus.passages.weights import ATTRIBUTION, STOPWORDS, TOKEN, Memo, content_text, normalize, stem

INDEX_VERSION = 6
"""Bumped whenever :func:`text_index` changes, so cached entries of the old kind are not used."""
MIN_SHARED_SHINGLES = 2
"""Articles sharing fewer indexed 3-grams than this are not aligned: one shared 3-gram is
often chance, and chance pairs would chain most of a big corpus together."""
HASH_BITS = 30
_MASK = (1 << HASH_BITS) - 1
ARTICLES_PER_BUCKET = 4000
"""A bucket per this many articles (about 1.1 million 3-grams): the set of one bucket's
3-grams stays near 100 MB however big the corpus."""
_DROP = STOPWORDS | ATTRIBUTION
_NAMES_ONLY = b"\x01\x01\x01"


def _chunk_entry(chunk: str) -> tuple[int | bool | str, ...]:
    """What the index takes from a run of text without white space, three items a kept word,
    end to end: the CRC-32 of its stem, whether it is capitalised (a likely name), the word.
    Flat, so that an article's entries are one list cut into the three by slicing at C speed
    (transposing a tuple of three per chunk was a quarter of the index's time).

    Only kept words are counted for document frequencies: a stop or attribution word's weight
    does not depend on how many articles use it (see ``WordWeights.weight``), and leaving them
    out halves the words each article counts. They are interned, so one word written in many
    chunks ("Russia", "Russia's") is one object, and the counting touches less memory.
    """
    entry: list[int | bool | str] = []
    for word in TOKEN.findall(chunk):
        key = stem(normalize(word))
        if key and key not in _DROP:
            entry += (zlib.crc32(key.encode("utf-8", "surrogatepass")), word[:1].isupper(), sys.intern(word))
    return tuple(entry)


_chunk_entries = Memo(_chunk_entry)


def text_index(text: str) -> tuple[list[int], list[str]]:
    """The sorted distinct 3-gram hashes of ``text`` and its distinct kept words (for document
    frequencies: stop and attribution words are left out, see :func:`_chunk_entry`).

    Every step runs at C speed over words looked up by white-space chunk (news repeats its
    chunks). Hashes of tuples of ints are deterministic (only str hashing is salted), so
    they can be cached (the cache key includes INDEX_VERSION and the Python version).
    """
    entries: list[Any] = list(chain.from_iterable(map(_chunk_entries.__getitem__, text.split())))
    if not entries:
        return [], []
    codes: list[int] = entries[0::3]
    hashes: Iterable[int] = map(hash, zip(codes, codes[1:], codes[2:], strict=False))
    names = bytes(entries[1::3])
    if _NAMES_ONLY in names:  # rare: most articles have no three names in a row
        hashes = compress(hashes, map(not_, map(and_, map(and_, names, names[1:]), names[2:])))
    shingles = sorted(set(map(_MASK.__and__, hashes)))
    return shingles, list(set(entries[2::3]))


def article_index(article: Article) -> tuple[list[int], list[str]]:
    """:func:`text_index` of the article's title and body (boilerplate left out)."""
    return text_index(content_text(article))


def posting_limit(articles: int) -> int:
    """Most articles a 3-gram may appear in and still be indexed: grows with the corpus."""
    return max(50, 2 * math.isqrt(articles))


def buckets_for(articles: int) -> int:
    """How many hash ranges the index of a corpus of ``articles`` is cut into."""
    return max(1, -(-articles // ARTICLES_PER_BUCKET))


@dataclass(slots=True)
class IndexPart:
    """The 3-gram hashes of some articles, bucket by bucket: ``hashes[b]`` holds, article
    after article, each one's hashes in bucket ``b`` (ascending), ``counts[b]`` how many."""

    ids: array[int]
    """Article numbers, ascending."""
    counts: list[array[int]] = field(default_factory=list)
    hashes: list[array[int]] = field(default_factory=list)


def index_part(ids: Iterable[int], shingles: Iterable[Sequence[int]], buckets: int) -> IndexPart:
    """The part of articles ``ids`` with sorted distinct hashes ``shingles``, cut into ``buckets``."""
    part = IndexPart(array("I", ids))
    part.counts = [array("I") for _ in range(buckets)]
    part.hashes = [array("I") for _ in range(buckets)]
    bounds = [(b << HASH_BITS) // buckets for b in range(1, buckets)]
    for hashes in shingles:
        start = 0
        for b, bound in enumerate(bounds):
            end = bisect_left(hashes, bound, start)
            part.counts[b].append(end - start)
            part.hashes[b].extend(hashes[start:end])
            start = end
        part.counts[-1].append(len(hashes) - start)
        part.hashes[-1].extend(hashes[start:])
    return part


Piece: TypeAlias = "tuple[array[int], array[int], array[int]]"
"""One part's share of a bucket: (article numbers, counts, hashes)."""


def bucket_pairs(pieces: Sequence[Piece], limit: int) -> array[int]:
    """(i, j, shared 3-grams) of the pairs, i < j, made by the hashes of one bucket, end to end.

    Every step runs at C speed over each part's hashes as a whole (a loop per article was
    most of the time): hashes seen in an earlier part, or twice in one, are repeated, and
    only repeated ones get posting lists.
    """
    seen: set[int] = set()
    repeated: set[int] = set()
    for _, _, hashes in pieces:
        distinct = set(hashes)
        if len(distinct) < len(hashes):  # articles of this part share some (an article's are distinct)
            repeated.update(h for h, count in Counter(hashes).items() if count > 1)
        repeated |= seen.intersection(distinct)
        seen |= distinct
    del seen
    postings: dict[int, list[int]] = {h: [] for h in repeated}
    for ids, counts, hashes in pieces:
        owners = chain.from_iterable(map(repeat, ids, counts))
        for h, k in compress(zip(hashes, owners, strict=True), map(repeated.__contains__, hashes)):
            postings[h].append(k)
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= limit:
            members.sort()  # parts may interleave (cached articles): pairs need i < j
            shared.update(combinations(members, 2))
    return array("I", [x for (i, j), count in shared.items() for x in (i, j, count)])


def pairs_sharing(counted: Iterable[array[int]], min_shared: int) -> list[tuple[int, int]]:
    """The pairs sharing at least ``min_shared`` 3-grams in all, from each bucket's
    :func:`bucket_pairs`, in order.

    Counted at C speed: a pair is the int ``i << 32 | j`` (article numbers are 32-bit), and a
    bucket's count for it is that many repeats of it."""
    shared: Counter[int] = Counter()
    for triples in counted:
        keys = map(or_, map(lshift, triples[::3], repeat(_PAIR_BITS)), triples[1::3])
        shared.update(chain.from_iterable(map(repeat, keys, triples[2::3])))
    kept = sorted(compress(shared.keys(), map(min_shared.__le__, shared.values())))
    return [divmod(key, 1 << _PAIR_BITS) for key in kept]


_PAIR_BITS = 32
"""Bits of the second article number in a pair's int (numbers are stored as 32-bit "I" arrays)."""


def candidate_pairs(
    shingles: Sequence[Iterable[int]], limit: int, min_shared: int = MIN_SHARED_SHINGLES
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, sharing at least ``min_shared`` indexed 3-grams, in order.

    3-grams in more than ``limit`` articles are common phrases and make no pairs.
    """
    buckets = buckets_for(len(shingles))
    part = index_part(range(len(shingles)), [sorted(set(s)) for s in shingles], buckets)
    pieces = [[(part.ids, part.counts[b], part.hashes[b])] for b in range(buckets)]
    return pairs_sharing((bucket_pairs(piece, limit) for piece in pieces), min_shared)
