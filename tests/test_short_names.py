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
    ],
)
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


def test_the_story_gives_the_short_name_of_each_speaker_of_the_seeds(seeds_dir: Path) -> None:
    story = Story.load(seeds_dir)
    names = {s.name: story.short_name(s.name) for s in story.speakers()}
    assert names["Jens Stoltenberg"] == "Stoltenberg" and names["NATO"] == "NATO"
    assert story.short_name(None) == "(unknown)"
