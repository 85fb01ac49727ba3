"""Speakers named after a role written in two nouns joined by "and", or after a description set off
by a comma before the name: text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.story import Story


def _speakers_of(tmp_path: Path, body: str) -> list[tuple[str | None, str | None]]:
    (tmp_path / "a.txt").write_text("Streamify dairy\n\n" + body, encoding="utf-8")
    story = Story.load(tmp_path)
    roles = {s.name: s.role for s in story.speakers()}
    return [(q.speaker, roles.get(q.speaker or "")) for q in story.quotes()]


def test_two_role_nouns_joined_by_and_stay_the_role_of_the_name_after_them(tmp_path: Path) -> None:
    body = (
        "The state put more money into the dairy.\n\n"
        '"In July alone, they lost $300,000," said Anchorage businessman and blogger Andrew Halcroft.\n\n'
        '"We knew it would fail," said actor and director Jon Favell.\n'
    )
    assert _speakers_of(tmp_path, body) == [
        ("Andrew Halcroft", "Anchorage businessman and blogger"),
        ("Jon Favell", "actor and director"),
    ]


def test_a_description_set_off_before_a_name_is_that_person_s_role(tmp_path: Path) -> None:
    body = (
        "The trial ended on Friday.\n\n"
        '"I just say thank God it is over," the deputy\'s mother, Rosa Ortello, said.\n\n'
        'Several weeks ago, Jane Quill stated that she would "speak in a few weeks." She has not.\n'
    )
    found = _speakers_of(tmp_path, body)
    assert found[0] == ("Rosa Ortello", "the deputy's mother")
    assert found[1][0] == "Jane Quill"  # a time set off before the name is no description of her


def test_a_role_owned_by_someone_before_a_name_is_that_person_s(tmp_path: Path) -> None:
    body = (
        "The actress left the clinic on Monday.\n\n"
        '"She is resting and thanks her fans," the actress\'s rep Jack Ketsoyane told reporters.\n'
    )
    assert _speakers_of(tmp_path, body) == [("Jack Ketsoyane", "the actress's rep")]
