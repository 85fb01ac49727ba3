"""Reading the reprint families from one article's side: its passages in families, the family
at a place in its text, and how many of its words it shares with each other article.

Plain functions over built :class:`~corpus.model.Families`: look-ups and sums, no alignment.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeAlias

from corpus.model import Article, Families, Family, FamilyMember
from corpus.passages.family_build import version_differences

__all__ = [
    "FamilyPassage",
    "FamilyVersion",
    "family_versions",
    "passage_at",
    "passages_by_article",
    "words_per_article",
    "words_shared_through_families",
]

FamilyPassage: TypeAlias = tuple[FamilyMember, Family]
"""One article's version of a reprint family, and the family."""
FamilyVersion: TypeAlias = tuple[FamilyMember, Article, str, list[tuple[int, int]]]
"""A family member, its article, its version's text and the spans where it differs from the base."""


def family_versions(family: Family, article_of: Callable[[str], Article]) -> list[FamilyVersion]:
    """Each member of ``family`` with its article, its version's text and the spans of that text
    that differ from the family's base text (offsets into the version)."""
    versions: list[FamilyVersion] = []
    for member in family.members:
        article = article_of(member.article)
        text = article.text[member.start : member.end]
        versions.append((member, article, text, version_differences(family.text, text)))
    return versions


def passages_by_article(families: Families) -> dict[str, list[FamilyPassage]]:
    """Per article, its versions of families, each with its family, in text order."""
    by_article: dict[str, list[FamilyPassage]] = {}
    for family in families.families:
        for member in family.members:
            by_article.setdefault(member.article, []).append((member, family))
    for passages in by_article.values():
        passages.sort(key=lambda passage: (passage[0].start, passage[0].end, passage[1].id))
    return by_article


def passage_at(passages: Sequence[FamilyPassage], offset: int) -> FamilyPassage | None:
    """The passage holding ``offset``; the shortest where families overlap (the most specific
    text). None when the offset is in no family."""
    holding = [p for p in passages if p[0].start <= offset < p[0].end]
    return min(holding, key=lambda p: p[0].end - p[0].start, default=None)


def words_shared_through_families(
    name: str, passages: Sequence[FamilyPassage], text_of: Callable[[str], str], order: Mapping[str, int]
) -> dict[str, int]:
    """Per other article, how many words article ``name`` shares with it through families, most
    first (ties in ``order``); articles sharing none are left out.

    Per family the two share, the words of the shorter of their two versions: a family is one
    piece of text, and a reprint of the whole wire story shares only a lead's words with an
    article that borrowed just the lead. Words are split at white space (``text_of`` gives an
    article's text)."""
    counts: dict[str, int] = {}
    for family in {family.id: family for _, family in passages}.values():
        words = words_per_article(family, text_of)
        mine = words.pop(name, 0)
        for other, theirs in words.items():
            counts[other] = counts.get(other, 0) + min(mine, theirs)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order.get(item[0], len(order))))
    return {other: words for other, words in ranked if words}


def words_per_article(family: Family, text_of: Callable[[str], str]) -> dict[str, int]:
    """Words of each article's version of ``family`` (the union of its members there)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for member in family.members:
        spans.setdefault(member.article, []).append((member.start, member.end))
    return {article: _words_in(text_of(article), found) for article, found in spans.items()}


def _words_in(text: str, spans: list[tuple[int, int]]) -> int:
    """Words (split at white space) of ``text`` inside the union of ``spans``."""
    words, reached = 0, 0
    for start, end in sorted(spans):
        start = max(start, reached)
        if end > start:
            words += len(text[start:end].split())
            reached = end
    return words
