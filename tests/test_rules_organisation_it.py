""" "it" after a sentence whose subject is an organisation described, not named ("The French
foreign ministry said …. But it added, “…”"): the description, never a name read further back.
Text written for the test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.article_quotes import read_article


def mentions_and_names(text: str) -> list[tuple[str | None, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), text)
    _spans, said, _terms = read_article(article)
    return [(article.text[a.mention.start : a.mention.end] if a.mention else None, a.name) for a in said]


def test_it_stands_for_the_organisation_described_just_before_not_an_earlier_name() -> None:
    text = (
        "Talks resume in Brussels\n\n"
        "Norway rejected the plan on Monday. The Danish foreign ministry said the checks were “thorough.”\n\n"
        "But it added, “The new figures could also show the need for longer assurances.”"
    )
    assert mentions_and_names(text)[-1] == ("The Danish foreign ministry", None)


def test_it_still_stands_for_an_organisation_named_just_before() -> None:
    text = (
        "Talks resume in Brussels\n\n"
        "Acme Corp said on Monday that the checks were “thorough.” "
        "It added, “The new figures show the need for longer assurances.”"
    )
    assert mentions_and_names(text)[-1][1] == "Acme Corp"
