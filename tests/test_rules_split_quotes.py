"""One quotation split by its cue (`“A,” Roe said, citing …. “B.”`): the second part, with no cue of
its own, is the first part's speaker's, not the subject of the last cue word in the sentence between
(`a group called Acme`) nor the subject of another clause there (issue 15). On text written for
these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.spans import find_quote_spans
from tests.quote_texts import speakers_in


def rules_names(body: str) -> list[str | None]:
    """The named speaker the rules give each quote (before the ranker is asked)."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    return [a.name for a in attribute(article, find_quote_spans(article)).quotes]


def test_the_second_part_is_not_given_to_a_naming_verbs_subject() -> None:
    body = (
        "“They are spending against me in Ohio as we speak,” Jane Roe said, pointing to a fund called "
        "Bright Future run by Tom Sell. “So they clearly think I will win.”"
    )
    assert rules_names(body) == ["Jane Roe", "Jane Roe"]
    assert speakers_in(body) == ["Jane Roe", "Jane Roe"]
    # a second part with a cue of its own keeps it
    own = (
        "“The deal stands,” Dan Wirth said on Monday. “These contracts bind both sides,” Lou Brandt replied."
    )
    assert rules_names(own) == ["Dan Wirth", "Lou Brandt"]


def test_the_second_part_is_not_given_to_someone_named_after_the_cue() -> None:
    body = (
        "“The deal stands,” Acme spokesman Dan Wirth told reporters, after Mayor Lou Brandt said he "
        "would end it. “These contracts bind both sides.”"
    )
    assert rules_names(body) == ["Dan Wirth", "Dan Wirth"]
    # a quote opening a sentence of the next paragraph is no second part
    apart = (
        "“The deal stands,” Dan Wirth said, after Mayor Lou Brandt said he would end it.\n\n"
        "Lou Brandt spoke at noon. “These contracts are void.”"
    )
    assert rules_names(apart)[1] == "Lou Brandt"


def rules_mentions(body: str) -> list[tuple[str, int] | None]:
    """The mention the rules give each quote and where it stands in ``body``."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    text, at = article.text, article.text.index(body[:20])
    out: list[tuple[str, int] | None] = []
    for att in attribute(article, find_quote_spans(article)).quotes:
        m = att.mention
        out.append(None if m is None else (text[m.start : m.end], m.start - at))
    return out


def test_a_second_part_running_on_over_paragraphs_is_the_first_cues() -> None:
    # the second part opens after "Nadia Sexton said." and runs into the next paragraph, whose cue
    # ("she said") closes only its last part: the mention is the cue's it opens after
    body = (
        "“Some of it is a casual kind of hate,” Nadia Sexton said. “The rallies are outlets for it.\n\n"
        "“Another side wants to burn everything down,” she said. “I do not know why.”"
    )
    first, she = ("Nadia Sexton", body.index("Nadia")), ("she", body.index("she said"))
    assert rules_mentions(body) == [first, first, she]
    # where the quote ends in its own paragraph, the cue after it is its own
    one = "“Some of it is a casual kind of hate,” Nadia Sexton said. “The rallies are outlets,” she said."
    assert rules_mentions(one) == [first, ("she", one.index("she said"))]


def test_a_second_part_running_on_keeps_a_closing_cue_naming_someone_else() -> None:
    body = (
        "“The vote was a warning,” Rep. Nadia Sexton said on Friday. “If the party ignores it, we lose.\n\n"
        "“Nobody can say we were not told,” added Rep. Omar Tillis, the whip. “We were.”"
    )
    assert rules_names(body) == ["Nadia Sexton", "Omar Tillis", "Omar Tillis"]
