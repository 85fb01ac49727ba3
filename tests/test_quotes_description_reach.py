"""How far back a description ("the senator") is compared with the roles of earlier subjects: back to
the first earlier sentence within its reach that writes its head or an abbreviated title for it, or
has a speaker holding a fitting role; only its own sentence where none does (the sentences before
are then not read for it). Text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.context import ArticleReading
from corpus.quotes.spans import find_quote_spans
from corpus.quotes.subjects import Subjects
from tests.quote_texts import speakers_in

_FILLER = (
    "Staff handed out copies of the draft to reporters waiting in the hall.\n\n"
    "The committee then broke for lunch and met again at two in the afternoon.\n\n"
    "Several amendments were read aloud before the vote was put off until Friday.\n\n"
)


def _subjects(body: str) -> tuple[str, Subjects]:
    article = article_from_text("a.txt", Path("a.txt"), f"Budget talks stall\n\n{body}")
    reading = ArticleReading.of(article, find_quote_spans(article))
    return reading.masked, Subjects(reading.masked, reading.sentences, reading.cues)


def _sentences_from(subjects: Subjects, earlier: int, at: int) -> int:
    """How many sentences from the one holding ``earlier`` to the one holding ``at``, both counted."""
    return subjects.sentences.index_of(at) - subjects.sentences.index_of(earlier) + 1


def test_a_head_written_sentences_before_reaches_back_to_its_holder() -> None:
    body = (
        "Sen. Jane Roe opened the hearing on Tuesday with a list of complaints about the bill.\n\n"
        + _FILLER
        + "“This budget cuts the very programs our towns depend on,” the senator said."
    )
    masked, subjects = _subjects(body)
    at = masked.rindex("the senator")
    # back to the sentence that writes "Sen." (an abbreviated title holding "senator"), no further
    assert subjects.description_reach("the senator", at) == _sentences_from(
        subjects, masked.index("Sen."), at
    )
    assert speakers_in(body, "Budget talks stall") == ["Jane Roe"]


def test_an_abbreviated_title_reaches_back_for_the_word_it_stands_for() -> None:
    body = (
        "Rep. John Doe opened the hearing on Tuesday with a list of complaints about the bill.\n\n"
        + _FILLER
        + "“This budget cuts the very programs our towns depend on,” the congressman said."
    )
    masked, subjects = _subjects(body)
    at = masked.rindex("the congressman")
    assert subjects.description_reach("the congressman", at) == _sentences_from(
        subjects, masked.index("Rep."), at
    )
    assert speakers_in(body, "Budget talks stall") == ["John Doe"]


def test_no_earlier_sentence_holding_the_head_keeps_the_description_in_its_own_sentence() -> None:
    body = (
        "Jane Roe opened the hearing on Tuesday with a list of complaints about the bill.\n\n"
        + _FILLER
        + "“This budget cuts the very programs our towns depend on,” the treasurer said."
    )
    masked, subjects = _subjects(body)
    assert subjects.description_reach("the treasurer", masked.rindex("the treasurer")) == 1


def test_an_earlier_speaker_holding_the_role_reaches_back_though_the_text_does_not_write_it() -> None:
    body = (
        "Jane Roe opened the hearing on Tuesday with a list of complaints about the bill.\n\n"
        + _FILLER
        + "“This budget cuts the very programs our towns depend on,” the treasurer said."
    )
    masked, subjects = _subjects(body)
    at = masked.rindex("the treasurer")
    # a speaker whose role was read for them elsewhere (a pronoun's antecedent's, say)
    roe = masked.index("Jane Roe")
    subjects.add_speaker(roe, "Jane Roe", "city treasurer", pronoun=False)
    assert subjects.description_reach("the treasurer", at) == _sentences_from(subjects, roe, at)


def test_the_reach_ends_at_the_first_sentence_holding_the_head_not_a_later_one() -> None:
    body = (
        "The mayor of Easton opened the hearing on Tuesday with a list of complaints about the bill.\n\n"
        + _FILLER
        + "The mayor then left for another meeting across town.\n\n"
        + "“This budget cuts the very programs our towns depend on,” the mayor said."
    )
    masked, subjects = _subjects(body)
    at = masked.rindex("the mayor")
    assert subjects.description_reach("the mayor", at) == _sentences_from(subjects, masked.index("mayor"), at)
