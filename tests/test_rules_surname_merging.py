"""A speaker quoted by surname alone is not merged into another person of that surname named in
another article when the article itself names its own person of that surname, by a full name written
with a middle initial ("Judge Emmet Q. Dalloway"): text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Speaker
from corpus.quotes import find_quotes
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import shipped_tables


def _corpus(*texts: str) -> tuple[list[str | None], list[Speaker]]:
    articles = [article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate(texts)]
    quotes, speakers = find_quotes(articles)
    return [q.speaker for q in quotes], speakers


_ADVISER = (
    "Campaign Adds Staff\n\n"
    "Jake Dalloway, the campaign's foreign policy adviser, spoke to donors on Tuesday.\n\n"
    "“We will win the state by ten points,” Jake Dalloway said.\n"
)


def test_a_full_name_with_a_middle_initial_is_a_pair_of_given_name_and_surname() -> None:
    pairs = NamePairs(shipped_tables()).of(
        "U.S. District Judge Emmet Q. Dalloway ruled, and Mary P. T. Okonkwo spoke after Anna Brill."
    )
    assert ("Emmet", "Dalloway") in pairs
    assert ("Mary", "Okonkwo") in pairs
    assert ("Anna", "Brill") in pairs


def test_a_surname_alone_takes_the_article_s_own_full_name_written_with_a_middle_initial() -> None:
    judge = (
        "Court Orders Discovery\n\n"
        "The order by U.S. District Judge Emmet Q. Dalloway came in a records lawsuit on Monday.\n\n"
        "“The public has a right to know how the records were kept,” Dalloway said.\n"
    )
    said, speakers = _corpus(_ADVISER, judge)
    assert said == ["Jake Dalloway", "Emmet Dalloway"]
    assert {s.name: s.quotes for s in speakers} == {"Jake Dalloway": 1, "Emmet Dalloway": 1}


def test_a_surname_alone_joins_the_one_of_two_people_the_article_names_with_a_middle_initial() -> None:
    columnist = (
        "Columnist Weighs In\n\n"
        "Mary Dalloway, a newspaper columnist, wrote about the race on Sunday.\n\n"
        "“The campaign has lost its way,” Mary Dalloway said.\n\n"
        "“It needs a new message before the fall,” Mary Dalloway added.\n"
    )
    again = (
        "Adviser Speaks Again\n\n"
        "Jake R. Dalloway, the adviser, spoke in the capital on Friday.\n\n"
        "“The numbers are moving our way,” Dalloway said.\n"
    )
    said, speakers = _corpus(_ADVISER, columnist, again)
    assert said[-1] == "Jake Dalloway"
    assert {s.name: s.quotes for s in speakers} == {"Jake Dalloway": 2, "Mary Dalloway": 2}
