"""A family is one text: a passage inside a longer one of another family is a part of that text,
and joins it only where it is a part of one family's text (family_build.OVERLAP_TIE)."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.passages.family_build import SpanUnion, assemble, union_spans

COPIED = 1

# rows: (article, start, end, partner, start, end, tier, similarity in thousandths)
AP_STORY = (1, 0, 1000, 0, 0, 1000, COPIED, 990)  # an outlet runs the AP story (article 0)
REUTERS_STORY = (3, 0, 900, 2, 0, 900, COPIED, 980)  # another runs the Reuters story (article 2)
QUOTE_IN_AP = (4, 100, 150, 0, 400, 450, COPIED, 1000)  # a statement both stories carry...
QUOTE_IN_REUTERS = (4, 100, 150, 2, 300, 350, COPIED, 1000)  # ...quoted by a fifth article
AP_PARAGRAPH = (5, 0, 200, 0, 200, 400, COPIED, 950)  # a sixth reprints one AP paragraph


def _articles_in(groups: list[list[tuple[int, ...]]]) -> list[set[int]]:
    return [{node[0] for node in group} for group in groups]


def test_a_quote_two_wire_stories_carry_leaves_them_two_families() -> None:
    groups = _articles_in(union_spans([AP_STORY, REUTERS_STORY, QUOTE_IN_AP, QUOTE_IN_REUTERS]))  # type: ignore[list-item]
    assert {0, 1} in groups and {2, 3} in groups  # the two stories apart
    assert {0, 2, 4} in groups  # the quote's versions, a family of their own


def test_a_part_of_one_family_s_text_joins_it() -> None:
    groups = _articles_in(union_spans([AP_STORY, REUTERS_STORY, AP_PARAGRAPH]))  # type: ignore[list-item]
    assert {0, 1, 5} in groups and {2, 3} in groups


def test_the_same_paragraph_reached_from_two_sides_ties_two_families() -> None:
    first = (1, 100, 300, 0, 0, 200, COPIED, 900)
    second = (1, 110, 310, 2, 0, 200, COPIED, 900)  # article 1's same paragraph, aligned with 2
    assert _articles_in(union_spans([first, second])) == [{0, 1, 2}]  # type: ignore[list-item]


def test_the_base_is_a_version_of_the_family_s_own_text() -> None:
    texts = ["Wire story. " * 90, "Wire story. " * 90, "One quoted paragraph here. " * 8]
    articles = [article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate(texts)]
    part = (2, 0, 200, 0, 100, 300, COPIED, 950)  # article 2, first in origin order, holds a part
    union = SpanUnion()
    union.add([(1, 0, 1000, 0, 0, 1000, COPIED, 990), part])  # type: ignore[list-item]
    groups = union.groups()
    assert _articles_in(groups) == [{0, 1, 2}]  # type: ignore[arg-type]
    assert union.joined_parts  # the part's spans
    family = assemble(
        articles, groups, order=[2, 0, 1], credits=[None] * 3, parts=union.joined_parts
    ).families[0]
    assert family.base.article == "0.txt"  # not the part's version, though its article comes first
    assert (family.base.start, family.base.end) == (0, 1000)
