"""Names and roles of speakers in phrases that join words with "and", "of" and "for", on small texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.model import Speaker
from corpus.quotes import find_quotes
from corpus.quotes.lexicon import FIRST_NAMES_LIKE_NATIONALITIES, NATIONALITIES, NATIONALITY, is_nationality
from tests.test_quotes_speakers import said


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each quote of ``body``, in text order."""
    article = article_from_text("a.txt", Path("a.txt"), "The flood hits the valley\n\n" + body)
    quotes, people = find_quotes([article])
    roles: dict[str, Speaker] = {p.name: p for p in people}
    return [(q.speaker, roles[q.speaker].role if q.speaker else None) for q in quotes]


def test_an_organisation_keeps_its_inner_and() -> None:
    found = speakers("“The building is a total loss,” said Surrey Fire and Rescue Service.")
    assert found == [("Surrey Fire and Rescue Service", None)]


def test_a_nationality_before_an_organisation_word_is_the_organisations_name() -> None:
    found = speakers("“The deal stands,” the European Union said. “The ship is safe,” said the Indian Navy.")
    assert found == [("European Union", None), ("Indian Navy", None)]
    found = speakers(
        "“The rule is void,” the American Bar Association said. "
        "“It stands,” said the National Rifle Association."
    )
    assert found == [("American Bar Association", None), ("National Rifle Association", None)]
    found = speakers("“We will not pay,” said Greek Finance Minister Petros Tallis.")
    assert found == [("Petros Tallis", "Greek Finance Minister")]


def test_an_organisation_keeps_its_inner_for_and_and() -> None:
    found = speakers("“The vote was flawed,” the Organization for Security and Cooperation said.")
    assert found == [("Organization for Security and Cooperation", None)]


def test_a_person_of_an_organisation_is_the_person_with_their_role() -> None:
    found = speakers(
        "“They are just making that up,” said attorney Kassie Siegel of the Center for Biological Diversity."
    )
    assert found == [("Kassie Siegel", "attorney")]


def test_two_people_joined_by_and_are_not_a_role() -> None:
    found = speakers("“He is a consummate entertainer,” said Producers Laurence Mark and Bill Condon.")
    assert found == [("Laurence Mark", None)]  # "Producers" names the two: no role of one of them


def test_two_people_with_titles_joined_by_and() -> None:
    found = speakers(
        "“Science must come first,” said Secretary of Commerce Gary Locke and Secretary of the Interior "
        "Ken Salazar."
    )
    assert found == [("Gary Locke", "Secretary of Commerce")]


def test_a_representative_for_a_person_speaks_not_the_person() -> None:
    found = speakers("“He was walking the red carpet,” a representative for Mr. Jackman said.")
    assert found[0][0] != "Jackman"
    assert found[0][1] is None or not found[0][1].endswith(("for", "Mr."))


def test_a_spokesman_for_an_organisation_speaks_for_it_and_the_job_is_not_its_role() -> None:
    found = speakers("“No one has been hurt,” a spokesman for Waitrose said.")
    assert found == [("Waitrose", None)]  # not "spokesman": Waitrose is no spokesman


def test_a_governor_of_a_place_is_not_the_place() -> None:
    found = speakers("“We did nothing wrong,” the governor of California said.")
    assert found == [(None, None)]


def test_a_middle_initial_is_part_of_the_name() -> None:
    found = speakers(
        "“We will introduce a bill,” said House Natural Resources Committee Chairman Nick J. Rahall II."
    )
    assert found == [("Nick J. Rahall", "House Natural Resources Committee Chairman")]


def test_a_cue_verb_is_not_part_of_a_role() -> None:
    found = speakers("It is, said Rep. Jay Inslee, the administration's “last sour note.”")
    assert found == [("Jay Inslee", "Rep.")]


def test_a_title_of_a_place_before_a_name_is_the_role() -> None:
    found = speakers("“We stand firm,” said Secretary of State Condoleezza Rice.")
    assert found == [("Condoleezza Rice", "Secretary of State")]


def test_a_title_word_before_a_name_is_a_role_not_a_first_name() -> None:
    found = speakers("“This was an assassination,” Sheriff Lee Baca said.")
    assert found == [("Lee Baca", "Sheriff")]


def test_a_company_name_is_no_she() -> None:
    found = speakers(
        "Bettie Page posed for photographs in the 1950s.\n\n"
        "Time Warner Inc. and HBO Films released a film about her in 2005.\n\n"
        "“I want people to remember me as I was,” she said."
    )
    assert found == [("Bettie Page", None)]


def test_an_organisation_keeps_in_and_the_place_its_name_ends_with() -> None:
    found = speakers("“The vote was flawed,” said the Organization for Security and Cooperation in Europe.")
    assert found == [("Organization for Security and Cooperation in Europe", None)]
    found = speakers("“The ship was a pirate base,” the Indian Navy in November said.")
    assert found == [("Indian Navy", None)]


def test_a_field_before_one_word_names_an_organisation() -> None:
    found = speakers(
        "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, "
        "said smugglers “may try to use new methods.”"
    )
    assert found[0][0] == "Homeland Security Investigations"


def test_an_abbreviated_title_is_a_role_and_ends_no_sentence() -> None:
    found = speakers("“This is the kind of crime the law was made for,” said Dist. Atty. Steve Cooley.")
    assert found == [("Steve Cooley", "Dist. Atty.")]


def test_a_name_without_its_first_name_is_the_same_person() -> None:
    found = speakers(
        "“The rule is a mistake,” said Jamie Rappaport Clark, a former director of the agency.\n\n"
        "“It is hard for the biologists,” Rappaport Clark said."
    )
    assert [name for name, _ in found] == ["Jamie Rappaport Clark", "Jamie Rappaport Clark"]


def test_a_common_word_opening_a_sentence_is_no_first_name() -> None:
    body = (
        "The rival campaign was quiet on Monday. Rival Hillary Clinton had mocked the complaint, saying "
        "it “is not a good night.”"
    )
    assert said(body, "is not")[0] == "Hillary Clinton"


def test_a_based_modifier_is_no_part_of_the_name() -> None:
    body = "New York-based Human Rights Watch said the vote was “neither free nor fair.”"
    assert said(body, "neither")[0] == "Human Rights Watch"


@pytest.mark.parametrize(
    "word", [*NATIONALITIES, "US", "U.S.", "U.S", "UK", "U.K.", "EU", "UN", "U.N.", "Kenyan"]
)
def test_every_listed_nationality_is_one(word: str) -> None:
    assert is_nationality(word)


@pytest.mark.parametrize("word", FIRST_NAMES_LIKE_NATIONALITIES)
def test_a_first_name_with_a_nationality_s_ending_is_none(word: str) -> None:
    assert not is_nationality(word)
    assert is_nationality(word[:-3] + "ese")  # the ending alone would have made it one
    assert is_nationality("Estonian") and is_nationality("Lebanese") and is_nationality("Danish")


@settings(max_examples=500)
@given(st.text(alphabet="ABEGKNRSUaeinshkbcrtv.'\n", max_size=12))
def test_nationality_check_agrees_with_the_pattern(word: str) -> None:
    assert is_nationality(word) == (NATIONALITY().match(word) is not None)
