"""A quote signed on the line after it ("“…”" / "- Jane Roe."), as quote roundups, letters and
embedded posts write them: the name after the dash said it (:mod:`corpus.quotes.signatures`), not a
name in the paragraph before; not a heading set between dashes, an outlet's credit, or words quoted
inside a paragraph. On articles written for these tests."""

from __future__ import annotations

from tests.article_reads import names_read

ROUNDUP = (
    "Talks resume in Brussels\n\n"
    "Mark Doe voted for the bill in the end.\n\n"
    '"I will look into it. I don\'t know the status, but I will certainly look into it."\n\n'
    "- Jane Roe.\n\n"
    "Roe has been looking into it for a long time.\n\n"
    '"Great speech. She\'s ready."\n\n'
    "-President Mark Doe, tweeting after the speech.\n\n"
    '"The whole idea is wrong."\n\n'
    "—Michelle Marks, Springfield.\n"
)


def test_the_name_signing_a_quote_said_it() -> None:
    assert names_read(ROUNDUP) == ["Jane Roe", "Mark Doe", "Michelle Marks"]


def test_an_outlet_credit_or_a_heading_signs_nothing() -> None:
    text = (
        "Talks resume in Brussels\n\n"
        '"Nothing changed today, and nothing will change tomorrow."\n\n'
        "- Reuters.\n\n"
        '"We came here with nothing, and we built everything you see."\n\n'
        "– An immigrant himself –.\n\n"
        "Ramos, who lives in Miami, spoke later."
    )
    assert names_read(text) == [None, None]


def test_words_quoted_inside_a_paragraph_are_not_signed() -> None:
    text = 'Talks resume in Brussels\n\nWhat do you call a bear with no ear? A "B"\n\n—Alexis Roe.\n'
    assert "Alexis Roe" not in names_read(text)
