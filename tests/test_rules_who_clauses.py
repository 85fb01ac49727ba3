"""A quote inside a relative clause opened by ", who" is the relative's words, standing for the name
before it ("Reyes, who estimates that the budget will cost “…”"), asked after the ranker where the rules'
answer stands; not where the clause closed unmarked before the quote ("Smith, who died in the fire is
“…”") nor in a restrictive relative (:mod:`corpus.quotes.who_clauses`)."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers

_OPENING = "Mayor faces critics\n\nThe mayor met the council on Monday to talk about the budget.\n\n"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_speakers(text)
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes if q.kind != "term"]


def test_the_relative_whose_clause_holds_the_quote_said_it() -> None:
    text = _OPENING + (
        "The loudest voice was Tom Reyes, who estimates that the new budget will cost “a fortune for "
        "the city and for every family in it” over ten years.\n\nThe vote comes next week."
    )
    assert ("Tom Reyes", "who") in _speakers(text)
    closed = _OPENING + (
        "Councilwoman Ana Ortiz said Patricia Smith, the mother of Sean Smith, who died in the fire is "
        "“absolutely wrong” about the budget.\n\nThe vote comes next week."
    )
    assert all(speaker != "Sean Smith" for speaker, _ in _speakers(closed))
