"""Tight lists show a person's surname and an organisation's whole name."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.quotes import short_name
from corpus.story import Story


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Jens Stoltenberg", "Stoltenberg"),  # a given name no English table holds
        ("Joe Biden", "Biden"),
        ("Martin Luther King Jr.", "King"),
        ("John Smith III", "Smith"),
        ("Rosa Del Rio", "Del Rio"),
        ("Ursula von der Leyen", "von der Leyen"),
        ("A.J. Smith", "Smith"),
        ("NATO", "NATO"),
        ("Supreme Court", "Supreme Court"),
        ("University of California Irvine", "University of California Irvine"),
        ("Amnesty International", "Amnesty International"),
        ("New York Times", "New York Times"),
        ("Human Rights Watch", "Human Rights Watch"),
        # a place, a group of a party: no pronoun of a person stands for them (not_a_person)
        ("East Timor", "East Timor"),
        ("North Dakota", "North Dakota"),
        ("Senate Republicans", "Senate Republicans"),
    ],
)
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


def test_a_name_the_articles_write_after_the_is_shown_whole() -> None:
    texts = [
        "The mill will close, the Lakeside Ledger reported.",
        "“Nobody will buy it,” the Lakeside Ledger said.",
        "Lakeside Ledger editors declined to comment.",
    ]
    assert short_name("Lakeside Ledger") == "Ledger"  # no word of the name says it is no person's
    assert short_name("Lakeside Ledger", texts=texts) == "Lakeside Ledger"


def test_a_persons_name_opening_a_longer_one_after_the_is_not_counted() -> None:
    texts = [
        "She spoke on “The Dana Whitcombe Hour” last week. “We will win,” Dana Whitcombe said.",
        "The Dana Whitcombe campaign hired staff, and Dana Whitcombe toured the mill.",
    ]
    assert short_name("Dana Whitcombe", texts=texts) == "Whitcombe"


def test_the_story_shows_whole_a_speaker_its_articles_write_after_the(tmp_path: Path) -> None:
    (tmp_path / "mill.txt").write_text(
        "Mill to close\n\nThe mill will close in March.\n\n“Nobody will buy the plant,” the "
        "Lakeside Ledger said in an editorial.\n\n“We saw no way to keep it open,” said Tom Kessling, "
        "the owner.\n",
        encoding="utf-8",
    )
    story = Story.load(tmp_path)
    assert {s.name for s in story.speakers()} == {"Lakeside Ledger", "Tom Kessling"}
    assert story.short_name("Lakeside Ledger") == "Lakeside Ledger"
    assert story.short_name("Tom Kessling") == "Kessling"


def test_the_story_gives_the_short_name_of_each_speaker_of_the_seeds(seeds_dir: Path) -> None:
    story = Story.load(seeds_dir)
    names = {s.name: story.short_name(s.name) for s in story.speakers()}
    assert names["Jens Stoltenberg"] == "Stoltenberg" and names["NATO"] == "NATO"
    assert story.short_name(None) == "(unknown)"
