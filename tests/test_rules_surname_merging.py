"""A speaker quoted by surname alone is not merged into another person of that surname named in
another article when the article itself names its own person of that surname, by a full name written
with a middle initial ("Judge Emmet Q. Dalloway"), or gives them a judge's title the other person is
never given: text written for these tests."""

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
    assert ("Emmet Q.", "Dalloway") in pairs  # the initials kept: the name shown is the article's
    assert ("Mary P. T.", "Okonkwo") in pairs
    assert ("Anna", "Brill") in pairs


def test_a_full_name_with_particles_is_a_pair_and_a_lower_case_word_ends_none() -> None:
    pairs = NamePairs(shipped_tables()).of(
        "Marta van der Berg met Hamid bin Dalloway in Leiden. Officials said Anna Brill would stay."
    )
    assert ("Marta van der", "Berg") in pairs  # the particles kept with the given name
    assert ("Hamid bin", "Dalloway") in pairs
    assert ("Anna", "Brill") in pairs
    assert not any(last in ("met", "in", "said", "would") for _, last in pairs)


def test_a_surname_alone_takes_the_article_s_own_full_name_written_with_a_middle_initial() -> None:
    judge = (
        "Court Orders Discovery\n\n"
        "The order by U.S. District Judge Emmet Q. Dalloway came in a records lawsuit on Monday.\n\n"
        "“The public has a right to know how the records were kept,” Dalloway said.\n"
    )
    said, speakers = _corpus(_ADVISER, judge)
    assert said == ["Jake Dalloway", "Emmet Q. Dalloway"]
    assert {s.name: s.quotes for s in speakers} == {"Jake Dalloway": 1, "Emmet Q. Dalloway": 1}


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


_LOBBYIST = (
    "Donors Gather\n\n"
    "Acme lobbyist Wayne Roeburn is organizing a call day for donors on Friday.\n\n"
    "“Our donors are ready for the fall,” Wayne Roeburn said.\n"
)


def test_a_surname_alone_under_a_judge_s_title_is_not_a_person_of_that_surname_never_titled_so() -> None:
    court = (
        "Sentence Handed Down\n\n"
        "The hearing lasted two hours on Tuesday.\n\n"
        "“I do not think it is necessary for the defendant to go to jail,” Judge Roeburn said.\n"
    )
    said, speakers = _corpus(_LOBBYIST, court)
    assert said == ["Wayne Roeburn", "Roeburn"]
    assert {(s.name, s.role) for s in speakers} == {("Wayne Roeburn", None), ("Roeburn", "Judge")}
    # an office of state contradicts nothing (people move between them): the senator is the one person
    senate = court.replace("Judge Roeburn", "Sen. Roeburn")
    said, speakers = _corpus(_LOBBYIST, senate)
    assert said == ["Wayne Roeburn", "Wayne Roeburn"]


def test_a_surname_alone_under_a_judge_s_title_joins_a_person_titled_judge_elsewhere() -> None:
    bench = (
        "Judge Rules\n\n"
        "The records were at issue on Monday.\n\n"
        "“The records must be produced,” U.S. District Judge Wayne Roeburn said.\n"
    )
    court = "Hearing Goes On\n\n“Discovery will go on for a month,” Judge Roeburn said.\n"
    # Ann Roeburn is named first: by name alone, the judge's words would be hers
    said, speakers = _corpus(_LOBBYIST.replace("Wayne", "Ann"), bench, court)
    assert said == ["Ann Roeburn", "Wayne Roeburn", "Wayne Roeburn"]
    assert {s.name: s.quotes for s in speakers} == {"Ann Roeburn": 1, "Wayne Roeburn": 2}
