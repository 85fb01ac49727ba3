"""A quote a participle names a thing by is the thing's name, a term said by no one (issue 15:
:mod:`corpus.quotes.named_things`), whatever its length or its closing full stop; on sentences
written for these tests."""

from __future__ import annotations

from corpus.quotes.named_things import names_the_quote
from tests.article_reads import quotes_and_speakers as quotes_of


def test_a_name_after_called_the_is_a_term_with_its_full_stop() -> None:
    quotes, speakers = quotes_of(
        "Marta Vance flew to Leeds on Monday. The banner linked to a charity called the "
        "“Friends Of The Northern Moors.”"
    )
    assert [(q.text, q.kind, q.speaker, q.mention) for q in quotes] == [
        ("Friends Of The Northern Moors.", "term", None, None)
    ]
    assert speakers == []


def test_a_long_label_is_a_term_and_its_description_no_speaker() -> None:
    quotes, _ = quotes_of(
        "New polls came out on Friday.\n\nThe mayor labeled “a builder who has fixed real roads before, "
        "and paid for them” still leads the field, ahead of Tom Ruiz."
    )
    assert [(q.kind, q.speaker, q.mention) for q in quotes] == [("term", None, None)]


def test_a_things_name_set_off_by_a_comma_is_a_term() -> None:
    quotes, _ = quotes_of("The council also runs a weekly podcast, called “Open Door Hour,” for residents.")
    assert [(q.kind, q.mention) for q in quotes] == [("term", None)]


def test_a_naming_verb_after_a_subject_or_a_name_names_nothing() -> None:
    text = "Critics, called “the Usual Five” by the mayor, met. The mayor called them “cranks.”"
    assert not names_the_quote(text, 0, len("Critics"), text.index("“the"))  # no description
    mayor = text.index("The mayor")
    # the description is the subject, "them" stands between: the quote is their words
    assert not names_the_quote(text, mayor, mayor + len("The mayor"), text.index("“cranks"))
    charity = "Roe gave to a charity called the “Open Hands.”"
    start = charity.index("a charity")
    assert names_the_quote(charity, start, start + len("a charity"), charity.index("“"))
