"""A bare "another", "one" or "most" opening a clause as a cue's subject said the quote the clause
holds (issue 15), on words written for these tests: not the speaker quoted before it, nor the
nearest name; a passive or a relayed quote is left to the rules."""

from __future__ import annotations

from corpus.quotes.bare_subjects import bare_subject
from corpus.quotes.context import Sentences
from tests.article_reads import speakers_and_mentions


def test_yet_another_is_not_the_previous_speaker() -> None:
    body = (
        "Party insiders in Concord were asked about the race.\n\n"
        "“He will win the state,” added one Republican from Concord. Yet another said, “Rubio is in a "
        "five-way fight for second place.”"
    )
    assert speakers_and_mentions(body)[1] == (None, "another")


def test_most_after_a_semicolon_is_not_the_place_before_it() -> None:
    body = (
        "Voters in Ohio and Kentucky were asked about jobs.\n\n"
        "Nine of ten Republicans in Ohio and Kentucky were worried about jobs; most said they were "
        "“very worried.” Jane Roe, a pollster, called that unusual."
    )
    assert speakers_and_mentions(body)[0] == (None, "most")


def test_another_opening_a_paragraph_with_a_colon() -> None:
    body = (
        "Readers wrote in by the hundreds.\n\n"
        "“It is about jobs,” said Jane Roe, a nurse from Dayton.\n\n"
        "Another wrote: “She cannot follow the simplest rules.”"
    )
    assert speakers_and_mentions(body)[1] == (None, "Another")


def _bare(text: str) -> tuple[int, int] | None:
    """Where the bare subject of the quote opening at the end of ``text`` stands, if any."""
    cut = text.index(". ") + 2  # two sentences, as attribution's reading splits them
    found = bare_subject(text, Sentences([(0, cut, 0), (cut, len(text), 0)]), len(text) - 1)
    return None if found is None else (found[0].start, found[0].end)


def test_a_passive_a_relayed_quote_or_a_word_inside_its_clause_is_no_bare_subject() -> None:
    assert _bare("Tom spoke. One was asked “") is None
    assert _bare("Tom spoke. One said the mayor told him “") is None
    assert _bare("Tom spoke. Edwards and others said “") is None
    assert _bare("Tom spoke. Someone said “") is None
    assert _bare("Tom spoke. Yet another said, “") == (len("Tom spoke. Yet "), len("Tom spoke. Yet another"))
    semicolon = "Tom spoke. Ann left; most also said that “"
    assert _bare(semicolon) == (len("Tom spoke. Ann left; "), len("Tom spoke. Ann left; most"))


def test_a_connector_or_a_bare_word_is_read_in_either_case() -> None:
    assert _bare("Tom spoke. but Several said “") == (len("Tom spoke. but "), len("Tom spoke. but Several"))
    assert _bare("Tom spoke. BOTH said “") == (len("Tom spoke. "), len("Tom spoke. BOTH"))
    assert _bare("Tom spoke. “Many also wrote “") == (len("Tom spoke. “"), len("Tom spoke. “Many"))
    assert _bare("Tom spoke. Ivan said “") is None
