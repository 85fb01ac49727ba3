"""The mention a quote's speaker is written as: a relative "who", a pronoun, a description, a group."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def said(body: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, mention as written) of each quote of an article with this body."""
    article = article_from_text("a.txt", Path("a.txt"), "Council votes on the budget\n\n" + body)
    quotes, _ = find_quotes([article])
    return [(q.text, q.speaker, q.mention.text if q.mention else None) for q in quotes]


def test_a_quote_in_a_who_clause_is_said_by_who_standing_for_the_name() -> None:
    body = (
        "The vote was welcomed by Mayor Anna Lindqvist, who has repeatedly called the budget "
        "“a plan for the next decade” and urged the council to pass it.\n\n"
        "“We waited long enough,” said Tomas Berg, who said the delay had cost the city "
        "“more than anyone will admit.”"
    )
    found = said(body)
    assert ("a plan for the next decade", "Anna Lindqvist", "who") in found
    assert ("We waited long enough,", "Tomas Berg", "Tomas Berg") in found
    assert ("more than anyone will admit.", "Tomas Berg", "who") in found


def test_a_who_clause_before_the_names_own_cue_leaves_the_name_as_the_mention() -> None:
    body = (
        "Anna Lindqvist, who has told aides she sees the two votes as one, said in a statement: "
        "“The budget and the tax plan stand or fall together.”\n\n"
        "The vote was welcomed by Tomas Berg, who wrote about the delay in his blog. "
        "“It cost the city a year,” Berg said."
    )
    found = said(body)
    whole = ("The budget and the tax plan stand or fall together.", "Anna Lindqvist", "Anna Lindqvist")
    assert whole in found
    assert [m for t, _, m in found if t.startswith("It cost")] == ["Berg"]


def test_a_word_opening_a_sentence_is_no_speaker_unless_the_article_names_someone_so() -> None:
    body = (
        "This makes the budget harder to pass, Anna Lindqvist said. Good budgets can still pass, "
        "but only when “the numbers add up.”\n\n"
        "Moreno spoke after her. Moreno called the plan “a gift to the suburbs.”"
    )
    found = said(body)
    assert ("the numbers add up.", "Anna Lindqvist", "Anna Lindqvist") in found
    assert ("a gift to the suburbs.", "Moreno", "Moreno") in found
