"""A description by age ("said the 46-year-old", "The 57-year-old scientist says") is a candidate
speaker, and "the" such description stands for the person the article gave that age, or else the
person named just before: text written for these tests, with invented names."""

from __future__ import annotations

from pathlib import Path

from corpus.quotes.candidates import read_mentions
from corpus.story import Story


def _descriptions(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "description"]


def _speakers_of(tmp_path: Path, body: str) -> list[str | None]:
    (tmp_path / "a.txt").write_text("Harbor town votes\n\n" + body, encoding="utf-8")
    return [q.speaker for q in Story.load(tmp_path).quotes()]


def test_an_age_after_its_determiner_is_a_description() -> None:
    assert _descriptions("“We will build it,” said the 46-year-old. “Soon.”") == ["the 46-year-old"]
    assert _descriptions("The 57-year-old chemist says it works.") == ["The 57-year-old chemist"]
    assert _descriptions("It was, said the Ohio-born 29-year-old, too late.") == ["the Ohio-born 29-year-old"]
    assert _descriptions("“Go home,” said a 21-year-old from Dayton.") == ["a 21-year-old"]


def test_an_age_that_is_no_modifier_makes_no_description() -> None:
    assert _descriptions("The 46 delegates said no.") == []
    assert _descriptions("The 2016-year-old tree fell.") == []


def test_the_age_stands_for_the_person_given_that_age(tmp_path: Path) -> None:
    body = (
        "Marta Quillen, 46, opened the meeting. Then Doran Pike, 70, spoke about the pier.\n\n"
        "“The harbor will be rebuilt,” said the 46-year-old. “Now we go to work.”\n"
    )
    assert _speakers_of(tmp_path, body) == ["Marta Quillen", "Marta Quillen"]


def test_the_age_stands_for_the_person_named_before(tmp_path: Path) -> None:
    body = (
        "Elsa Vardin took the stage on Monday night. “The harbor will be rebuilt,” said the 52-year-old.\n\n"
        "Elsa Vardin then met the mayor. The 52-year-old engineer says “it is worth every cent.”\n"
    )
    assert _speakers_of(tmp_path, body) == ["Elsa Vardin", "Elsa Vardin"]


def test_a_person_named_in_another_paragraph_is_not_the_age_s(tmp_path: Path) -> None:
    body = (
        "Jon Abbot took the stage on Monday night.\n\n"
        "Photo by Rene Carr via Wire Images.\n\n"
        "“The harbor will be rebuilt,” said the 52-year-old.\n"
    )
    assert _speakers_of(tmp_path, body) == [None]


def test_someone_new_or_someone_s_relative_by_age_is_not_the_person_before(tmp_path: Path) -> None:
    body = (
        "Elsa Vardin took the stage on Monday night.\n\n"
        "“It was too loud,” said a 19-year-old from Dayton.\n\n"
        "Later the 12-year-old son said “I liked it.”\n"
    )
    assert "Elsa Vardin" not in _speakers_of(tmp_path, body)


def test_a_kinship_noun_with_of_describes_the_person_herself(tmp_path: Path) -> None:
    body = (
        "Nora Pellham, the mayor's eldest daughter, spoke to the council on Monday. Asked about the "
        "budget, the 38-year-old mother of two replied, “It is meant to help every family.”\n"
    )
    assert _speakers_of(tmp_path, body) == ["Nora Pellham"]


def test_the_age_stands_for_the_person_an_apposition_gave_it(tmp_path: Path) -> None:
    body = (
        "Marta Quillen, a 46-year-old engineer, opened the meeting. Doran Pike spoke next.\n\n"
        "“It is far too late for that,” said the 46-year-old.\n"
    )
    assert _speakers_of(tmp_path, body) == ["Marta Quillen"]


def test_someone_brought_in_by_age_is_not_the_speaker_before(tmp_path: Path) -> None:
    body = (
        "“We will build it,” Elsa Vardin said.\n\n"
        "“It is far too late for that,” said a 19-year-old from Dayton.\n\n"
        "“Nobody asked us,” the 19-year-old added.\n"
    )
    assert _speakers_of(tmp_path, body) == ["Elsa Vardin", None, None]
