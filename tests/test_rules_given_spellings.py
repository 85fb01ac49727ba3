"""Two given names a letter apart beside one surname are one person when one is a slip, written once
("Mario" for Marco), and two people when each article writes its own again and again (Ivana and
Ivanka, mother and daughter): text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def _speakers(*texts: str) -> dict[str, int]:
    articles = [article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate(texts)]
    return {s.name: s.quotes for s in find_quotes(articles)[1]}


def test_a_given_name_written_again_and_again_is_not_a_slip_for_a_close_one() -> None:
    daughter = (
        "Daughter Joins Campaign\n\n"
        "Ivanka Drask joined her father's campaign on Monday. Ivanka Drask spoke first.\n\n"
        "“My father will fight for every family in this state,” Ivanka Drask said.\n"
    )
    mother = (
        "Court Keeps Records Sealed\n\n"
        "Lawyers for Ivana Drask asked the judge to keep the divorce records sealed.\n\n"
        "“Those reports were never my view of the marriage,” Ivana Drask said in a statement.\n"
    )
    senator = (
        "Senator Tours Farms\n\n"
        "The senator visited three farms on Tuesday.\n\n"
        "“Farmers need a new trade deal before the harvest,” Marco Vantreo said.\n"
    )
    slip = (
        "Farm Bill Stalls\n\n"
        "The farm bill stalled in committee on Friday.\n\n"
        "“We will bring it back to the floor next week,” Mario Vantreo said.\n"
    )
    assert _speakers(daughter, mother, senator, slip) == {
        "Ivanka Drask": 1,
        "Ivana Drask": 1,
        "Marco Vantreo": 2,
    }
