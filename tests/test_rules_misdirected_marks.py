"""An opening-shaped mark typed where a quote closes (issue 15), on text written for these tests:
", “said Tom Baker." closes the quote before it, and a “ left at a paragraph's end opens nothing;
neither lets a quote run over into the next paragraph's quote. A real quote over paragraphs
("“…¶“…”", the newspaper convention) stays one."""

from __future__ import annotations

from tests.article_reads import spoken


def test_a_mark_glued_to_said_closes_the_quote_before_it() -> None:
    body = (
        "The team fired its coach on Saturday.\n\n“I made the decision because we were not improving, “said "
        "Tom Baker, the general manager.\n\n“I feel we were not playing the way we want to play.\n\nWe are "
        "better than this, “said Baker.\n\n“We are going to make it better.”"
    )
    assert spoken(body) == [
        ("I made the decision because we were not improving,", "Tom Baker"),
        ("I feel we were not playing the way we want to play.", "Tom Baker"),
        ("We are going to make it better.", "Tom Baker"),
    ]


def test_a_mark_left_at_a_paragraphs_end_opens_and_closes_nothing_beyond_it() -> None:
    body = (
        "The mayor has the final say “\n\n“This vote stands out for its calm,” an election official told "
        "reporters.\n\nJane Roe spoke later. “We will win this. “\n\n“We have the votes,” Roe said."
    )
    assert [text for text, _ in spoken(body)] == [
        "This vote stands out for its calm,",
        "We will win this.",
        "We have the votes,",
    ]
    # a real quote over paragraphs ("“…¶“…”", the newspaper convention) stays one
    over = (
        "Jane Roe spoke on Monday.\n\n“We will win,” Roe said. “We have the votes.\n\n“And we have the time.”"
    )
    assert spoken(over)[-1] == ("We have the votes.\n\n“And we have the time.", "Jane Roe")
