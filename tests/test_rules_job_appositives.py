"""A name set off before its cue by a job with no article ("Jon Berg, president of the union,
said") or by someone's possessive ("Jeff Roe, Sanders’ campaign manager, said"): the name is the
speaker and the job their role. Text written for the test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.article_quotes import read_article
from corpus.quotes.phrases import phrase_before


def speaker_and_role(body: str) -> list[tuple[str | None, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)
    _spans, said, _terms = read_article(article)
    return [(att.name, att.role) for att in said]


def test_a_job_with_no_article_set_off_before_the_cue_is_the_name_s_role() -> None:
    assert speaker_and_role("“We take no side,” Jon Berg, president of the union, said.") == [
        ("Jon Berg", "president of the union")
    ]
    assert speaker_and_role(
        "“We take no side,” Ann Lund, co-director of the Tenants Fund, told reporters."
    ) == [("Ann Lund", "co-director of the Tenants Fund")]


def test_a_possessive_appositive_before_the_cue_is_the_name_s_role() -> None:
    assert speaker_and_role("“We will win,” Jeff Roe, Sanders’ campaign manager, said.") == [
        ("Jeff Roe", "Sanders’ campaign manager")
    ]


def test_a_description_with_no_name_before_it_stays_a_description() -> None:
    text = "After the vote, the union "
    phrase = phrase_before(text, 0, len(text))
    assert phrase is not None and phrase.name is None and phrase.description
