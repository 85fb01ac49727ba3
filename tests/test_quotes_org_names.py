"""An organisation named by a unit's word ("Council", "Department", "House") after a capitalised
word is a speaker by name; the unit's word alone after "the" is a description."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes
from corpus.quotes.after_cue import phrase_after
from corpus.quotes.phrases import phrase_before
from tests.quote_texts import speakers_in


def speakers(body: str) -> list[str | None]:
    return speakers_in(body, "Quotas cut again")


def test_a_named_council_ministry_or_house_before_the_cue_is_the_speaker() -> None:
    assert speakers("“We cannot fish as if the stocks were endless,” the Global Fisheries Council said.") == [
        "Global Fisheries Council"
    ]
    assert speakers("“The talks will go on next week,” the Russian Foreign Ministry said on Monday.") == [
        "Russian Foreign Ministry"
    ]
    assert speakers("“The president has no plans to travel,” the White House said in a statement.") == [
        "White House"
    ]


def test_a_named_department_after_the_cue_is_the_speaker() -> None:
    found = speakers("“No records were found,” said the Justice Department, adding that it would look again.")
    assert found == ["Justice Department"]


def test_the_unit_alone_is_still_a_description() -> None:
    assert speakers("“We cannot fish as if the stocks were endless,” the council said.") == [None]


def test_a_unit_name_that_modifies_a_noun_after_the_cue_is_no_speaker() -> None:
    found = speakers(
        "“He did not pick a nominee to please anyone,” wrote Post White House bureau chief Jane Roe, "
        "citing two people in the meeting."
    )
    assert found != ["White House"]


def test_an_indefinite_pronoun_is_no_name() -> None:
    text = "The insiders do not understand it. Someone called it a revolution"
    assert phrase_before(text, 0, text.index(" called")) is None
    assert phrase_after(text, text.index("Someone"), len(text)) is None


def test_a_named_unit_before_its_verb_is_the_speaker_and_before_a_report_is_not() -> None:
    found = speakers(
        "The Justice Department denied the allegations on Thursday, saying the study “played no role” "
        "in the request."
    )
    assert found == ["Justice Department"]
    phrase = phrase_after("A Government Accountability Office report found that", 0, 52)
    assert phrase is not None and phrase.name is None


def test_the_company_is_the_organisation_named_before() -> None:
    found = speakers(
        "Acmetune is dropping its new playlist policy after artists who use Acmetune criticised it.\n\n"
        "Later, the rapper Dax was restored to the playlists after an outcry from fans.\n\n"
        "“We did not spend enough time asking our own team before we shared it,” the company said."
    )
    assert found == ["Acmetune"]


def test_a_dateline_is_no_organisation() -> None:
    found = speakers(
        "NEW YORK (AP) — The playlist policy is gone after artists criticised it.\n\n"
        "“We did not spend enough time asking our own team before we shared it,” the company said."
    )
    assert found == [None]


def test_a_group_with_an_owner_or_an_indefinite_article_is_not_the_last_organisation() -> None:
    found = speakers(
        "Acmetune is dropping its new playlist policy after artists criticised it.\n\n"
        "“We were never asked about any of this,” a group of songwriters said."
    )
    assert found == [None]


def test_two_organisations_with_one_head_word_stay_two() -> None:
    _, speakers_found = find_quotes(
        [
            article_from_text(
                "a.txt", Path("a.txt"), "Gun sale\n\n“We pulled the listing,” United Gun Group said."
            ),
            article_from_text("b.txt", Path("b.txt"), "Insurers\n\n“We may leave,” UnitedHealth Group said."),
        ]
    )
    assert sorted(s.name for s in speakers_found) == ["United Gun Group", "UnitedHealth Group"]


def test_a_group_a_name_owns_is_named_as_the_article_names_it() -> None:
    found = speakers("“We expect to win the state by a wide margin,” the Roe campaign said in a statement.")
    assert found == ["Roe campaign"]
    bare = speakers("“We expect to win the state by a wide margin,” the campaign said in a statement.")
    assert bare == [None]
