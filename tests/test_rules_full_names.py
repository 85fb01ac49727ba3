"""The name a speaker is shown by is the article's full name, as the articles write it: particles
("bin", "van der") and middle initials kept, a title before a lone word no contradiction, middle
initials that differ two people, and the form most written shown: text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Speaker
from corpus.quotes import find_quotes


def _corpus(*texts: str) -> tuple[list[str | None], list[Speaker]]:
    articles = [article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate(texts)]
    quotes, speakers = find_quotes(articles)
    return [q.speaker for q in quotes], speakers


def test_a_lone_given_name_after_a_title_takes_the_full_name_written_with_a_particle() -> None:
    text = (
        "Investor Answers Critics\n\n"
        "Prince Khalid bin Omran, the investor, met bankers in the capital on Monday.\n\n"
        "“We will put more money into the region,” said Prince Khalid.\n\n"
        "“Our critics do not read the accounts,” Khalid said.\n"
    )
    said, speakers = _corpus(text)
    assert said == ["Khalid bin Omran", "Khalid bin Omran"]
    assert [s.name for s in speakers] == ["Khalid bin Omran"]


def test_a_surname_with_its_particle_takes_the_article_s_full_name() -> None:
    text = (
        "Bank Backs Plan\n\n"
        "The investors met bankers in the capital on Monday. Marta van der Velde, a banker, joined them.\n\n"
        "“We agree with the investors on the whole plan,” said van der Velde.\n\n"
        "“The terms of the plan are fair to every side,” Van der Velde said.\n"
    )
    said, _ = _corpus(text)
    assert said == ["Marta van der Velde", "Marta van der Velde"]


def test_a_surname_alone_is_shown_with_the_middle_initial_the_article_gives() -> None:
    text = (
        "Court Orders Records Kept\n\n"
        "U.S. District Judge Emmet Q. Dalloway ruled in the records lawsuit on Monday.\n\n"
        "“The public has a right to know how the records were kept,” Dalloway said.\n"
    )
    said, speakers = _corpus(text)
    assert said == ["Emmet Q. Dalloway"]
    assert speakers[0].name == "Emmet Q. Dalloway"


def _said(name: str, words: str) -> str:
    return f"“{words},” {name} said.\n\n"


def test_the_name_shown_is_the_full_form_most_written_with_or_without_initials() -> None:
    often = (
        "Adviser Speaks\n\nThe campaign met donors on Monday.\n\n"
        + _said("Jake Dalloway", "We will win the state by ten points")
        + _said("Jake Dalloway", "The numbers are moving our way this month")
    )
    once = "Adviser Again\n\nThe campaign met voters on Friday.\n\n" + _said(
        "Jake R. Dalloway", "Our voters are ready for the fall campaign"
    )
    said, speakers = _corpus(often, once)
    assert said == ["Jake Dalloway"] * 3
    assert [s.name for s in speakers] == ["Jake Dalloway"]


def test_a_misspelling_written_once_with_an_initial_is_not_the_name_shown() -> None:
    text = (
        "Sentence Set for May\n\n"
        "The defendant is to be sentenced in May, the court said.\n\n"
        + _said("Judge Owen P. Tarick", "The court has heard enough from both sides today")
        + _said("Owen Tarrick", "The jury did its work with great care in this case")
        + _said("Owen Tarrick", "No one in this room wanted the trial to end this way")
        + _said("Tarrick", "I will read every letter the families send me")
    )
    _, speakers = _corpus(text)
    assert [s.name for s in speakers] == ["Owen Tarrick"]


def test_full_names_whose_middle_initials_differ_are_two_people() -> None:
    father = "The Elder Speaks\n\nThe former governor spoke on Monday.\n\n" + _said(
        "Walter H. J. Pruitt", "My son will make a fine governor of this state"
    )
    son = (
        "The Son Speaks\n\nThe governor spoke on Tuesday.\n\n"
        + _said("Walter J. Pruitt", "My father taught me everything about this state")
        + _said("Walter J. Pruitt", "We will cut the state budget this year")
    )
    said, speakers = _corpus(father, son)
    assert said == ["Walter H. J. Pruitt", "Walter J. Pruitt", "Walter J. Pruitt"]
    assert {s.name: s.quotes for s in speakers} == {"Walter H. J. Pruitt": 1, "Walter J. Pruitt": 2}
