"""Which sentences of two analysed articles state one thing (:func:`sentence_matches`: shared
content words, weighed, dense enough), and how the matches group into passages, best first
(:func:`passage_ranges`). Split from :mod:`corpus.passages.align`, which judges and builds the
passages."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import compress
from typing import TYPE_CHECKING

from corpus.passages.tiers import density

if TYPE_CHECKING:  # align imports this module
    from corpus.passages.align import Analysis, Sentence

Range = tuple[int, int]

MIN_SHARED = 3.0
"""Least summed weight of the content words two sentences share (about three ordinary words)."""
MIN_CONTAINMENT = 0.4
"""Least share of the smaller sentence's content weight that the other sentence shares."""
MIN_COSINE = 0.2
"""Least shared weight relative to both sentences (keeps a long sentence from matching everything)."""
MIN_DENSITY = 0.3
"""Least share of shared words among the content words between the first and last shared one, in
both sentences: one statement keeps its words together, false friends scatter them."""
NEAR = 2
"""Matches at most this many sentences apart (counting both articles) belong to one passage: the
next sentence in both, or one sentence skipped in one of them."""


def sentence_index(analysis: Analysis) -> dict[str, int]:
    """:attr:`Analysis.index`, made the first time it is asked for."""
    index = analysis.index
    if index is None:
        index = analysis.index = {}
        index_get = index.get
        for number, sentence in enumerate(analysis.sentences):
            bit = 1 << number
            for word in sentence.content:
                index[word] = index_get(word, 0) | bit
    return index


def sentence_matches(an_a: Analysis, an_b: Analysis) -> list[tuple[float, int, int]]:
    """Sentence pairs (score, i, j) that share enough content to be one statement, in the order
    of i and then j.

    Only pairs sharing two content words or more are weighed (summing in the order of i's
    words, so the sums, and the matches, are the same whichever way they are found). The
    sentences of B sharing two words with sentence i of A are the bits set in two of the masks
    of i's words (see :attr:`Analysis.index`), found with one AND and two OR of ints a word:
    the pairs counted one by one (a Counter over the products of both articles' postings) were
    a tenth of a wire corpus's alignment.
    """
    masks_b = sentence_index(an_b)
    sentences_b = an_b.sentences
    matches: list[tuple[float, int, int]] = []
    sqrt = math.sqrt
    for i, sentence in enumerate(an_a.sentences):
        content = sentence.content
        once = twice = thrice = 0
        for mask in filter(None, map(masks_b.get, content)):
            thrice |= twice & mask
            twice |= once & mask
            once |= mask
        if not twice:
            continue
        # what every candidate of this sentence reads of it, read once (most have two or more)
        weights = list(content.values())
        wa = sentence.weight
        words_a = len(sentence.sequence)
        # A candidate sharing two words only (half of them, nine in ten of those too weak)
        # shares at most the weight of i's two heaviest: the tests below on that bound reject
        # most of them without the byte map (a float sum is monotone: the bound is never less)
        pair = sum(sorted(weights)[-2:]) if twice != thrice else MIN_SHARED
        if pair < MIN_SHARED:
            twice = thrice
        while twice:
            lowest = twice & -twice
            twice ^= lowest
            j = lowest.bit_length() - 1
            other = sentences_b[j]
            if not lowest & thrice:
                wb = other.weight
                if pair < MIN_CONTAINMENT * (wa if wa < wb else wb) or pair / sqrt(wa * wb) < MIN_COSINE:
                    continue
            shared = bytes(map(other.content.__contains__, content))
            s = sum(compress(weights, shared))
            if s < MIN_SHARED:
                continue
            wb = other.weight
            cosine = s / sqrt(wa * wb)
            if s < MIN_CONTAINMENT * (wa if wa < wb else wb) or cosine < MIN_COSINE:
                continue
            # Dense whatever the order of their words: each shared stem stands at least once
            # among a sentence's content words, so the density is at least shared / all. A
            # reprint's sentence and its source's share most of their words: this spares most
            # matches the two byte maps of _dense (inline: a call a candidate cost more than the test).
            common = shared.count(1)
            if (common / words_a >= MIN_DENSITY and common / len(other.sequence) >= MIN_DENSITY) or _dense(
                sentence, other
            ):
                matches.append((cosine, i, j))
    return matches


def _dense(sentence: Sentence, other: Sentence) -> bool:
    """Whether the stems two sentences share stand close enough together in both (MIN_DENSITY)."""
    common = sentence.content.keys() & other.content.keys()
    return min(density(sentence.sequence, common), density(other.sequence, common)) >= MIN_DENSITY


def passage_ranges(
    matches: list[tuple[float, int, int]],
    every: list[tuple[float, int, int]] | None = None,
    placed: Sequence[tuple[Range, Range]] = (),
) -> list[tuple[Range, Range]]:
    """Sentence ranges of A and B, built from the best matches down.

    A match joins a passage it lies next to (see NEAR) when the grown passage overlaps
    no other one; otherwise it starts a passage of its own where that overlaps nothing.
    So a sentence pairs with several others only when they lie together, and a weak
    match cannot drag a passage over a better one.

    ``placed`` are passages already kept (grouped again, see :func:`kept_passages`): new
    ones overlap none of them and grow into none; ``every`` are all the matches of the two
    articles (a skipped sentence is bridged only when it matches nothing), ``matches`` by
    default.
    """
    every = matches if every is None else every
    matched_a = {i for _, i, _ in every}
    matched_b = {j for _, _, j in every}
    passages: list[tuple[list[tuple[int, int]], Range, Range]] = [([], ra, rb) for ra, rb in placed]
    for _, i, j in sorted(matches, key=lambda m: (-m[0], m[1], m[2])):
        home = next(
            (
                k
                for k, (pairs, _, _) in enumerate(passages)
                if any(_near(i, j, p, matched_a, matched_b) for p in pairs)
            ),
            None,
        )
        if home is None:
            ra, rb = (i, i), (j, j)
        else:
            _, pa, pb = passages[home]
            ra, rb = (min(pa[0], i), max(pa[1], i)), (min(pb[0], j), max(pb[1], j))
        others = (q for k, q in enumerate(passages) if k != home)
        if any(_overlaps(ra, qa) or _overlaps(rb, qb) for _, qa, qb in others):
            continue
        if home is None:
            passages.append(([(i, j)], ra, rb))
        else:
            passages[home][0].append((i, j))
            passages[home] = (passages[home][0], ra, rb)
    return [(ra, rb) for _, ra, rb in passages[len(placed) :]]


def _near(i: int, j: int, pair: tuple[int, int], matched_a: set[int], matched_b: set[int]) -> bool:
    """Next to each other in both articles; a skipped sentence is bridged only when it matches nothing."""
    di, dj = abs(i - pair[0]), abs(j - pair[1])
    if di + dj > NEAR:
        return False
    if di == 2 and min(i, pair[0]) + 1 in matched_a:
        return False
    return not (dj == 2 and min(j, pair[1]) + 1 in matched_b)


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]
