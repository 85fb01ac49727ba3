"""Issue 15's rules for names spelled otherwise, on speakers found across articles: a surname spelled a
letter off is one person's when the first names agree or one is absent (a surname alone); initials
are one however they are spaced or dotted. (Short forms and two people kept apart:
``test_quotes_name_merging``.) Text written for the test."""

from __future__ import annotations

from tests.article_reads import speakers_of


def _named(found: list) -> list[tuple[str, int, list[str]]]:
    return sorted((s.name, s.quotes, sorted(s.aliases)) for s in found)


def test_a_surname_alone_spelled_a_letter_off_is_the_one_full_names_person() -> None:
    found = speakers_of(
        "“The grain ships will sail,” said Oleksandr Tkachenko, the port's director.",
        "“The corridor holds,” Tkatchenko said on Tuesday.",  # a letter added, no first name
    )
    assert [(s.name, s.quotes) for s in found] == [("Oleksandr Tkachenko", 2)]
    assert {"Oleksandr Tkachenko", "Tkatchenko"} <= set(found[0].aliases)


def test_a_full_name_spelled_a_letter_off_takes_the_surname_quoted_alone_before() -> None:
    found = speakers_of(
        "“Tariffs will stay,” Halvorssen told reporters.",
        "“We will not move,” said Ingrid Halvorsen, the trade minister.",
    )
    assert [(s.name, s.quotes) for s in found] == [("Ingrid Halvorsen", 2)]


def test_a_surname_alone_goes_to_the_person_its_article_names_of_two_spelled_alike() -> None:
    found = speakers_of(
        "“The bridge is safe,” said Anna Kowalski, an engineer.",
        "“The bridge must close,” said Peter Kowalsky, a councillor.\n\n“We cannot wait,” Kowalsky added.",
    )
    assert _named(found) == [
        ("Anna Kowalski", 1, ["Anna Kowalski"]),
        ("Peter Kowalsky", 2, ["Kowalsky", "Peter Kowalsky"]),
    ]


def test_initials_dotted_or_not_spaced_or_not_are_one_person() -> None:
    found = speakers_of(
        "“The mill will reopen,” said R. T. Okafor, the owner.",
        "“We hire in May,” said R.T. Okafor.",
        "“Orders are up,” said RT Okafor.",
        "“Wages will rise,” said R T Okafor.",
    )
    assert len(found) == 1 and found[0].quotes == 4
    assert {"R. T. Okafor", "R.T. Okafor", "RT Okafor"} <= set(found[0].aliases)


def test_initials_that_differ_are_two_people_of_one_surname() -> None:
    found = speakers_of(
        "“The mill will reopen,” said R. T. Okafor, the owner.",
        "“The mill stays shut,” said R. K. Okafor, her brother.",
    )
    assert sorted(s.name for s in found) == ["R. K. Okafor", "R. T. Okafor"]
