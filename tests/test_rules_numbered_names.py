"""Someone named by a number ("Juror No. 12") keeps the number in their name: two jurors are two
speakers, not one "Juror No". Text written for the test."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers


def test_jurors_named_by_number_are_each_their_own_speaker() -> None:
    quotes, speakers = quotes_and_speakers(
        "“We were searching,” Juror No. 12 said.\n\n"
        "“We did not agree on the sentence,” said Juror No. 3, a nurse."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We were searching,", "Juror No. 12"),
        ("We did not agree on the sentence,", "Juror No. 3"),
    ]
    assert sorted(s.name for s in speakers) == ["Juror No. 12", "Juror No. 3"]
