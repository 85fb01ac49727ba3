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

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence

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
    counted, needs, owners = _filed(words, needed, max_posting)
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
            run = needs.get(w)
            if run is not None:  # w is among this set's first words for a pair needing last - at or fewer
                # (last: one more than the words, so the first len - t + 2 are read)
                got = owners[w][: bisect_right(run, min(most, last - at))]
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


def _filed(
    words: Sequence[frozenset[str]], needed: list[int], max_posting: int
) -> tuple[list[list[str] | None], dict[str, list[int]], dict[str, list[int]]]:
    """Each set's counted words, rarest first (None: too few words to pair), and per word, the words
    needed by the sets that filed it among their first words (ascending) and those sets, in that order."""
    seen = Counter(w for ws in words for w in ws)
    order = {w: r for r, w in enumerate(sorted(seen, key=seen.__getitem__)) if seen[w] <= max_posting}
    counted: list[list[str] | None] = [None] * len(words)
    filed: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for k, ws in enumerate(words):
        if len(ws) < MIN_WORDS:
            continue
        mine = counted[k] = sorted([w for w in ws if w in order], key=order.__getitem__)
        least = needed[len(ws)]
        for w in mine[: len(mine) - least + 2]:
            filed[w].append((least, k))
    needs: dict[str, list[int]] = {}
    owners: dict[str, list[int]] = {}
    for w, files in filed.items():
        files.sort()
        needs[w] = [least for least, _ in files]
        owners[w] = [k for _, k in files]
    return counted, needs, owners
