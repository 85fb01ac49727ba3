"""The speaker of a quote whose cue's subject is set off from it by an aside: the subject the aside
hangs from, never the aside's last phrase ("Jane Roe, clad in a cape that spelled {Acme}, said"):
text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def _said(text: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = find_quotes([article_from_text("a.txt", Path("a.txt"), text)])
    return [(q.speaker, None if q.mention is None else q.mention.text) for q in quotes]


def test_the_object_of_an_aside_before_the_cue_is_not_the_speaker_the_subject_is() -> None:
    said = _said(
        "Fair Opens\n\n"
        "Ohio delegate Mary Quill, clad in a green cape with lights that spelled the name Acme, said the "
        "fair could be a “disaster” if the rain came.\n\n"
        "Comic Dan Ferrow, playing the old mayor on a late-night show, explained: “The young people love "
        "me because I have big plans and no idea how to pay for them.”\n\n"
        "The council met on Monday, and its treasurer, Jane Roeburn, said the budget was "
        "“balanced at last.”\n"
    )
    # (the name's own appositive before the cue is no aside: the treasurer is Jane Roeburn)
    assert said == [
        ("Mary Quill", "Mary Quill"),
        ("Dan Ferrow", "Comic Dan Ferrow"),
        ("Jane Roeburn", "Jane Roeburn"),
    ]


def test_an_aside_after_a_long_opening_clause_still_hangs_from_its_subject() -> None:
    # the sentence's start lies further back than the first stretch searched for a sentence's end
    opening = (
        "After a summer of storms that flooded the lower fields twice and a spring so dry that the "
        "growers along the river road had feared for the whole season, and after the county board had "
        "argued for months about moving the grounds to the old airfield north of town, where the "
        "parking would be easier and the drainage better, and where the neighbours had no houses to "
        "flood, the fair opened on Friday without its usual parade"
    )
    said = _said(
        "Fair Opens\n\n"
        f"{opening}, and Ohio delegate Mary Quill, clad in a green cape with lights that spelled the "
        "name Acme, said the fair could be a “disaster” if the rain came.\n"
    )
    assert len(opening) > 400
    assert said == [("Mary Quill", "Mary Quill")]
