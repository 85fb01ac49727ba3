"""A sentence that opens with a quote, goes on in the writer's words and closes with an inverted cue
(`“…” for Mayor Dunne, said Priya Kunin.`) is the words of the name after the cue, not of the one
before its comma, which is a preposition's or a verb's object; the name after the cue may follow a
role set off by a comma (`said the bureau’s director, James Corbin, on Monday`). A name after the
cue that opens a reported clause (`said the plan …`) leaves the cue's subject before it (issue 15).
On sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.spans import find_quote_spans
from tests.quote_texts import speakers_in


def rules_mentions(body: str) -> list[str | None]:
    """The rules' mention of each quote's speaker as written (before the ranker is asked)."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    found = attribute(article, find_quote_spans(article)).quotes
    return [None if a.mention is None else article.text[a.mention.start : a.mention.end] for a in found]


def test_a_preposition_s_object_before_an_inverted_cue_is_no_speaker() -> None:
    body = "“This will be a challenge” for Mayor Dunne, said Priya Kunin. She spoke at noon."
    assert rules_mentions(body) == ["Priya Kunin"]
    assert speakers_in(body) == ["Priya Kunin"]


def test_an_opening_quote_takes_the_inverted_cue_closing_its_sentence() -> None:
    body = (
        "“We are extremely happy” about the ruling, said Rosa Delmar, director of the nurses union.\n\n"
        "Ana Ruiz spoke first. “He can say it, but it seems unlikely” that Oakes can catch Harlow, "
        "said Sam Ewing, a strategist."
    )
    assert rules_mentions(body) == ["Rosa Delmar", "Sam Ewing"]


def test_the_name_after_a_role_set_off_after_an_inverted_cue_is_the_speaker() -> None:
    body = (
        "The two men knew each other only “casually” from the same gym, said the bureau’s director, "
        "James Corbin, on Monday."
    )
    assert rules_mentions(body) == ["James Corbin"]
    assert speakers_in(body) == ["James Corbin"]


def test_the_subject_before_a_cue_stays_where_no_inverted_subject_follows() -> None:
    body = (
        "“We will win,” Jane Roe, 45, said on Tuesday. "
        "“We will not,” Omar Bell said, adding that the plan, said to cost a lot, would fail.\n\n"
        "“They lost,” for all their money, said Dana Voss. “It was close,” Voss said Friday."
    )
    assert rules_mentions(body) == ["Jane Roe", "Omar Bell", "Dana Voss", "Voss"]
