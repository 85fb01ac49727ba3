"""The 3-gram index of the reprint families: each article's content-word 3-grams, from which
:mod:`corpus.passages.family_plan` finds the pairs of articles worth aligning.

Stop words and attribution words are dropped, the rest are stemmed; 3-grams made only
of names ("Nato Secretary-General Jens") join nothing and are left out. 3-grams found in
too many articles (more than a limit that grows with the square root of the corpus) are
common phrases and make no pairs, which still leaves wire copy run by dozens of outlets.

A 3-gram is a 30-bit hash: ints below 2**30 are one CPython digit, which sorting and
sets handle on their fast paths, and 100,000 articles' hashes fit in about 110 MB as
4-byte arrays. The hashes are kept grouped by hash range ("buckets"), so that the pairs
can be counted one range at a time (see :mod:`corpus.passages.family_plan`) without ever holding a set
of all 3-grams of the corpus.
"""

from __future__ import annotations

import math
import sys
import zlib
from collections.abc import Iterable
from itertools import chain, compress
from typing import Any

from corpus.passages.weights import ATTRIBUTION, STOPWORDS, Memo, chunk_words, word_forms

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

    The words and their stems are read through the memos the alignment reads them from later
    (``chunk_words``, ``word_forms``): the chunks this process indexes are then found there,
    not read again by the regex and stemmed again (callgrind: the families of 1,000 wire
    articles in one process took 3.4% fewer instructions).
    """
    entry: list[int | bool | str] = []
    for word in chunk_words(chunk):
        key = word_forms(word)[1]  # (as stem(normalize(word)), and as the alignment reads it later)
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
    if _NAMES_ONLY in names:
        hashes = compress(hashes, _not_names_only(names))
    shingles = sorted(set(map(_MASK.__and__, hashes)))
    return shingles, list(set(entries[2::3]))


def _not_names_only(names: bytes) -> bytes:
    """A byte a 3-gram of words whose capitalisation is ``names`` (a byte a word, 1 for a
    capitalised one): 0 where all three are capitalised, else 1. Read as one big int, the bytes
    of the word and of the next two are ANDed by two shifts, where three maps of a Python
    operator a 3-gram took 4.7% of the index's instructions (1,000 wire articles, callgrind): 196
    of 200 of its articles have three capitalised words in a row somewhere, not a rare case."""
    words = len(names)
    held = int.from_bytes(names, "big")
    three = held & (held << 8) & (held << 16)  # byte k: words k, k + 1 and k + 2 all capitalised
    ones = int.from_bytes(b"\x01" * words, "big")
    return ((three ^ ones) & ones).to_bytes(words, "big")[: max(words - 2, 0)]


def posting_limit(articles: int) -> int:
    """Most articles a 3-gram may appear in and still be indexed: grows with the corpus."""
    return max(50, 2 * math.isqrt(articles))


def buckets_for(articles: int) -> int:
    """How many hash ranges the index of a corpus of ``articles`` is cut into."""
    return max(1, -(-articles // ARTICLES_PER_BUCKET))
