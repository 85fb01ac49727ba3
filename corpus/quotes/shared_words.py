"""Which pairs of word sets share most of the smaller one's words: the candidates of statement groups.

Comparing every quote with every quote that shares a word with it (counting the shared words of each
pair) cost, on a corpus of many stories, far more than the few pairs that share most of their words:
on PolNeAR train's 7,193 quotes some 2.3 million counts and 278,000 pairs sharing two words or more,
for 4,529 that share enough. Here a pair is looked at only where it can share enough (prefix
filtering, as in set-similarity joins): with the words of every set in one order, rarest first, two
sets that share ``t`` words or more share at least two among the first ``len - t + 2`` words of each
(the first two words they share stand there in both). Each set files its first words under the
number of words it must share as the smaller of a pair; each set looks, with its own first words
for each such number, for the sets met twice in what the others filed (sets met at C speed); those
pairs alone are counted exactly: 13,000 on PolNeAR train (149,000 met once).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import chain

MIN_WORDS = 3
"""A set of fewer words is never paired: too few words to tell one statement from another."""


def words_needed(size: int, share: float) -> int:
    """How many words a set of ``size`` words must share as the smaller of a pair: at least two, and
    ``share`` of its words (compared as the float product, as it always was)."""
    needed = 2
    while needed < share * size:
        needed += 1
    return needed


def close_pairs(
    words: Sequence[frozenset[str]], share: float, max_posting: int
) -> list[tuple[int, int, int]]:
    """Every pair ``(small, large, shared)`` of indexes of ``words`` (``len(words[small]) <=
    len(words[large])``, the lower index first where they are as long) whose sets both have
    ``MIN_WORDS`` words or more and share ``shared`` words, counting only words in ``max_posting`` sets
    or fewer, where that is at least :func:`words_needed` of the smaller set's size. Each pair once."""
    sizes = [len(ws) for ws in words]
    needed = [words_needed(size, share) for size in range(max(sizes, default=0) + 1)]
    counted, filed = _filed(words, sizes, needed, max_posting)
    sets = [frozenset(mine or ()) for mine in counted]
    pairs: list[tuple[int, int, int]] = []
    for k, mine in enumerate(counted):
        if mine is None:
            continue
        size = sizes[k]
        most = needed[size]
        seen: set[int] = set()
        found: set[int] = set()
        last = len(mine) + 1
        for at, w in enumerate(mine):
            files = filed.get(w)
            if files is not None:  # w is among the first words of sets needing ``files[0]`` words
                # (last: one more than the words, so the first len - t + 2 are read)
                room = last - at
                needs, owners = files
                cut = bisect_right(needs, most if most < room else room)
                got = owners if cut == len(owners) else owners[:cut]
                found.update(seen.intersection(got))
                seen.update(got)
        both = sets[k]
        for x in found:
            other = sizes[x]
            if other < size or (other == size and x < k):
                shared = len(sets[x] & both)
                if shared >= needed[other]:
                    pairs.append((x, k, shared))
    return pairs


_Filed = dict[int, tuple[list[int], list[int]]]
"""Per word (its rank), the words needed by the sets that filed it among their first words (ascending)
and those sets, in that order."""


def _filed(
    words: Sequence[frozenset[str]], sizes: list[int], needed: list[int], max_posting: int
) -> tuple[list[list[int] | None], _Filed]:
    """Each set's counted words as their ranks, rarest first (None: too few words to pair), and the
    :data:`_Filed` lists. Words are ranked by how many sets hold them (those in more than
    ``max_posting`` last, cut off each set's list), so each set's list is one sort of small ints; the
    sets file their first words in the order of the words they need, so each word's lists come out
    in order, with no tuple per filing nor sort per word (with those, and each set's words sorted by
    a rank looked up per word, :func:`close_pairs` took x1.23 the CPU on PolNeAR train's 7,017
    quotes: 0.228 s against 0.185, the same pairs in the same order)."""
    seen = Counter(chain.from_iterable(words))
    ranked = sorted(seen, key=seen.__getitem__)
    rank = {w: r for r, w in enumerate(ranked)}
    counted_below = bisect_right([seen[w] for w in ranked], max_posting)  # the ranks of words counted
    counted: list[list[int] | None] = [None] * len(words)
    by_least: dict[int, list[int]] = {}
    for k, ws in enumerate(words):
        if sizes[k] < MIN_WORDS:
            continue
        mine = counted[k] = sorted(map(rank.__getitem__, ws))
        if mine[-1] >= counted_below:
            del mine[bisect_left(mine, counted_below) :]
        by_least.setdefault(needed[sizes[k]], []).append(k)
    filed: _Filed = {}
    for least in sorted(by_least):
        for k in by_least[least]:
            mine = counted[k] or []
            for w in mine[: len(mine) - least + 2]:
                files = filed.get(w)
                if files is None:
                    filed[w] = ([least], [k])
                else:
                    files[0].append(least)
                    files[1].append(k)
    return counted, filed
