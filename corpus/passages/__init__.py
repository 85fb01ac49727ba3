"""Shared passages between articles: the public API the app and the CLI use.

- :class:`WordWeights` — how rare each word is in a corpus (``WordWeights.from_articles``);
- :func:`align_articles` — every passage two articles share, with word diffs;
- :func:`swap_overlap` — the same overlap seen from B's side;
- :func:`build_families` — reprint families: each piece of text and every reprint of it;
- :func:`graph_from_families`, :func:`shares_from_families`, :func:`shared_passage_count` — which
  articles share passages (a family), read off the families;
- :func:`version_differences` — the words of one version of a family's text that differ from its base;
  :func:`family_versions` — each version of a family with those words;
- :func:`passages_by_article`, :func:`passage_at`, :func:`words_shared_through_families` — the
  families read from one article's side.
"""

from __future__ import annotations

from corpus.passages.align import align_articles, swap_overlap
from corpus.passages.families import build_families
from corpus.passages.family_build import version_differences
from corpus.passages.family_graph import graph_from_families, shared_passage_count, shares_from_families
from corpus.passages.family_lookup import (
    FamilyPassage,
    FamilyVersion,
    family_versions,
    passage_at,
    passages_by_article,
    words_shared_through_families,
)
from corpus.passages.weights import WordWeights
from corpus.passages.word_diff import shared_words

__all__ = [
    "FamilyPassage",
    "FamilyVersion",
    "WordWeights",
    "align_articles",
    "build_families",
    "family_versions",
    "graph_from_families",
    "passage_at",
    "passages_by_article",
    "shared_passage_count",
    "shared_words",
    "shares_from_families",
    "swap_overlap",
    "version_differences",
    "words_shared_through_families",
]
