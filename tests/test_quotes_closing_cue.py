"""A sentence that quotes a few words and closes with its cue and speaker after a comma
(`Acme “drew well” in the primary, said Jane Roe, a pollster.`): the speaker is the cue's, not the
sentence's subject."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), "Polls tighten in Ohio\n\n" + body)
    quotes, _ = find_quotes([article])
    return [(q.text, q.speaker, q.cue) for q in quotes]


def test_the_speaker_after_a_closing_cue_owns_a_quoted_phrase() -> None:
    body = (
        "Martin Kessler “drew quite well from working-class voters” in the last primary, said "
        "Dana Whitfield, a pollster at Ridgeway College.\n\n"
        "The count goes on."
    )
    assert speakers(body) == [("drew quite well from working-class voters", "Dana Whitfield", "said")]


def test_a_closing_cue_with_a_title_before_the_name() -> None:
    body = (
        "The council's decision marks “the beginning of the end” for the plan, said analyst Rolf Brandt."
        "\n\nNo vote was held."
    )
    assert speakers(body) == [("the beginning of the end", "Rolf Brandt", "said")]


def test_a_cue_whose_name_goes_on_into_a_clause_is_not_a_closing_cue() -> None:
    # "said Lena Ortiz would…": Ortiz is what was said about, not who said it
    body = (
        "Martin Kessler called the bill “a disgrace” on Monday, and said Lena Ortiz would lose."
        "\n\nThe vote is next week."
    )
    found = speakers(body)
    assert found[0][1] != "Lena Ortiz"
