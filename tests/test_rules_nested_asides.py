"""The speaker of "Jane Roe, a lawyer who, as she put it, …, said" is the name the sentence opens
with, not a name or a phrase inside the asides nested in her appositive: text written for these
tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = find_quotes([article_from_text("a.txt", Path("a.txt"), text)])
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes]


def test_an_aside_nested_in_a_relative_clause_is_read_to_the_name_it_describes() -> None:
    text = (
        "Organizers Dig In\n\n"
        "The rally went on past midnight on Saturday.\n\n"
        "Priya Kunin, an organizer who, in the words of Mayor Tom Hale, built the movement, said: "
        "“We are not going anywhere.”\n"
    )
    assert _speakers(text) == [("Priya Kunin", "Priya Kunin")]


def test_a_place_ending_the_relative_clause_is_not_the_speaker() -> None:
    text = (
        "Voters Hold Out\n\n"
        "Many activists are still angry about the primary.\n\n"
        "Marco Dell, who lives in a small town outside the state capital, Lakeford, said he still "
        "“hopes the count will change before the convention.”\n"
    )
    assert _speakers(text) == [("Marco Dell", "Marco Dell")]
