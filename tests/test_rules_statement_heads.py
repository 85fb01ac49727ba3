"""The author of a statement heads the quote under it (issue 15), on articles written for these tests:
a paragraph ending with a colon that names a statement's author ("Below is a statement by Jane Roe,
director of …:", "Jane Roe's full statement:", "From Roe's Facebook post:") gives the quoted
paragraph under it that author, not the office or group named after the author's name.
"""

from __future__ import annotations

from tests.quote_texts import speakers_in
from tests.test_rules_clause_cues import rules_mentions


def test_a_statement_by_an_author_heads_the_quote() -> None:
    body = (
        "The agency released the draft on Monday.\n\n"
        "Below is a statement by Jane Roe, director of the Streamify Integrity Program:\n\n"
        '"The draft guts the rule that protects the wolves."'
    )
    assert rules_mentions(body) == ["Jane Roe"]
    assert speakers_in(body) == ["Jane Roe"]


def test_an_authors_own_statement_heads_the_quote() -> None:
    body = 'Aides say he will stay.\n\nFrom Doyle\'s Facebook post:\n\n"We move on."'
    assert rules_mentions(body) == ["Doyle"]
    full = 'The board met on Friday.\n\nJane Roe\'s full statement:\n\n"We regret the decision."'
    assert rules_mentions(full) == ["Jane Roe"]


def test_a_report_by_an_outlet_names_no_author() -> None:
    body = 'The vote was close.\n\nA report by Streamify News:\n\n"The council split six to five."'
    assert rules_mentions(body) != ["Streamify News"]
