"""A name after a cue verb that a modal follows is the subject of the reported clause, not an
inverted speaker (issue 15), on sentences written for these tests: in "Vance said Clinton will visit
…, saying “…”" the one saying it is Vance; in "an official said Reid quieted the room, telling …" the
reported clause tells what Reid did, and the participle stays his."""

from __future__ import annotations

from corpus.quotes.reported_clauses import opens_reported_clause
from tests.article_reads import speakers_and_mentions


def test_a_participle_after_a_clause_with_a_modal_is_the_cues_subjects() -> None:
    body = (
        "A campaign aide, Peter Vance, spoke on Monday.\n\nVance said Clinton will visit the state next "
        "week, saying “she cares about these voters more than anyone in the race.”"
    )
    assert speakers_and_mentions(body) == [("Peter Vance", "Vance")]
    did = (
        "Senators met on Tuesday.\n\nOne official who was there said Harry Reid quieted the room, telling "
        "his colleagues, “We have to treat him fairly.”"
    )
    assert speakers_and_mentions(did)[0][0] == "Harry Reid"  # what he did: the participle is his


def test_only_a_modal_after_the_name_opens_a_reported_clause() -> None:
    def opens(text: str) -> bool:
        return opens_reported_clause(text, text.index("Roe") + 3)

    assert opens("said Roe will go, adding") and opens("said Roe would, adding")
    assert not opens("said Roe on Tuesday, adding") and not opens("said Roe, adding")
    assert not opens("said Roe as she left, adding") and not opens("said Roe quieted the room, telling")
