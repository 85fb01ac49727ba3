"""A direct quote with no cue near it, inside a sentence of its own whose subject brings it in
(`… Abernathy then turned to the crowd with a grin, “…”`), is that subject's, not the previous quote's
speaker's; a quote opening its sentence still goes on from the speaker before it."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.spans import find_quote_spans


def rules_speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote, the rules' mention as written and the name it stands for (the ranker aside)."""
    article = article_from_text("a.txt", Path("a.txt"), "Budget talks stall in Albany\n\n" + body)
    spans = find_quote_spans(article)
    atts = attribute(article, spans).quotes
    return [
        (
            article.text[s.start : s.end],
            article.text[a.mention.start : a.mention.end] if a.mention else None,
            a.name,
        )
        for s, a in zip(spans, atts, strict=True)
    ]


def test_the_subject_of_the_quotes_own_sentence_brings_it_in() -> None:
    found = rules_speakers(
        "“We will win this state,” Marta Quell wrote in a letter to donors.\n\n"
        "Gov. Tom Abernathy then turned to the crowd with a grin, “Who is going to pay for it?”"
    )
    assert found[0][2] == "Marta Quell"
    assert found[1][1:] == ("Gov. Tom Abernathy", "Tom Abernathy")


def test_a_quote_opening_its_sentence_goes_on_from_the_speaker_before() -> None:
    found = rules_speakers(
        "“We will win this state,” Marta Quell wrote in a letter to donors.\n\n"
        "“A plan, a team and a lot of patience is what it takes.”"
    )
    assert [name for _, _, name in found] == ["Marta Quell", "Marta Quell"]


def test_an_opening_time_word_is_passed_over_for_the_subject() -> None:
    found = rules_speakers(
        "“We will win this state,” Marta Quell wrote in a letter to donors.\n\n"
        "On Tuesday, Abernathy turned to the crowd with a grin, “Who is going to pay for it?”"
    )
    assert found[1][2] == "Abernathy"


def test_a_pronoun_subject_stands_for_the_speaker_it_resolves_to() -> None:
    found = rules_speakers(
        "“We will win this state,” Marta Quell wrote in a letter to donors.\n\n"
        "She then turned to the crowd with a grin, “Who is going to pay for it?”"
    )
    assert found[1][1:] == ("She", "Marta Quell")


def test_the_subject_right_after_a_quote_ending_with_a_comma_is_its_speaker_whatever_the_verb() -> None:
    found = rules_speakers(
        "“We will win this state,” Marta Quell wrote in a letter to donors.\n\n"
        "“A plan, a team and a lot of patience,” Tom Abernathy answers.\n\n"
        "“Who is going to pay for it?” Abernathy barked."
    )
    assert [name for _, _, name in found] == ["Marta Quell", "Tom Abernathy", "Abernathy"]


def test_a_quote_ending_its_sentence_is_not_the_next_sentences_subjects() -> None:
    found = rules_speakers(
        "“We will win this state,” Marta Quell wrote in a letter to donors.\n\n"
        "“A plan is all we need.” Tom Abernathy left the room before the vote."
    )
    assert [name for _, _, name in found] == ["Marta Quell", "Marta Quell"]
