"""The reuse graph read off the reprint families: two articles are joined when they share a family.

Nothing is aligned here: the families (:func:`corpus.passages.build_families`) already hold every
passage the corpus reprints, each member with its span, tier and similarity to the family's base.
An edge counts the families two articles share (``passages``) and, per family, the words of the
shorter of their two versions (``shared_words``: what the compare picker ranks by, see
:func:`corpus.passages.family_lookup.words_shared_through_families`). So the graph, the Articles
screen's Shares column and the families cost one build, not two.

The pairs of a family grow with the square of its articles (a wire story run by 200 outlets joins
19,900 pairs), so the per-article counts (:func:`shares_from_families`) are summed per family
without making pairs; only the graph itself lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corpus import processes
from corpus.model import Edge, Families, Graph
from corpus.passages.family_lookup import words_per_article

__all__ = ["graph_from_families", "shared_passage_count", "shares_from_families"]


def graph_from_families(names: Sequence[str], families: Families, text_of: Callable[[str], str]) -> Graph:
    """The reuse graph of the articles ``names`` (the corpus, in its order) from their families:
    an edge per pair of articles holding a version of the same family, in corpus order
    (``a`` before ``b``); ``text_of`` gives an article's text.

    The cyclic garbage collector is paused meanwhile: the edges are many small acyclic objects
    made next to the families' millions, and each collection their making sets off walks all of
    those again (1.2 s of 1.6 s on 10,000 synthetic articles, bench/graph_scale.py)."""
    with processes.collector_paused():
        return _graph(names, families, text_of)


_WORD_BITS = 32
PAIR_PASSAGE = 1 << _WORD_BITS
"""What one shared family adds to a pair's count in :func:`_graph`: the families it shares are
counted above bit :data:`_WORD_BITS`, the words below (an article's words are far fewer than 2**32)."""


def _graph(names: Sequence[str], families: Families, text_of: Callable[[str], str]) -> Graph:
    position = {name: k for k, name in enumerate(names)}
    n = len(names)
    # One int per pair (i * n + j, i < j) holding both counts: one dict of ints, where a dict per
    # count or a tuple per pair took two or three times the memory the edges themselves take.
    counts: dict[int, int] = {}
    for family in families.families:
        words = words_per_article(family, text_of)
        versions = sorted((position[name], count) for name, count in words.items() if name in position)
        for x, (i, mine) in enumerate(versions):
            row = i * n
            for j, theirs in versions[x + 1 :]:
                key = row + j
                counts[key] = counts.get(key, 0) + PAIR_PASSAGE + min(mine, theirs)
    low = PAIR_PASSAGE - 1
    edges = [
        Edge(names[key // n], names[key % n], value >> _WORD_BITS, value & low)
        for key, value in sorted(counts.items())
    ]
    return Graph(list(names), edges)


def shares_from_families(names: Sequence[str], families: Families) -> dict[str, int]:
    """Per article of ``names``, how many passages it shares with the others: the passages of its
    edges in :func:`graph_from_families`, summed per family (its other articles) without listing
    the pairs."""
    counts = dict.fromkeys(names, 0)
    for family in families.families:
        held = [name for name in family.articles if name in counts]
        for name in held:
            counts[name] += len(held) - 1
    return counts


def shared_passage_count(names: Sequence[str], families: Families) -> int:
    """Passages shared between pairs of articles over the corpus: the passages of every edge of
    :func:`graph_from_families` (each family counts once per pair of its articles)."""
    known = set(names)
    total = 0
    for family in families.families:
        held = sum(1 for name in family.articles if name in known)
        total += held * (held - 1) // 2
    return total
