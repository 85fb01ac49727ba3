"""The writer's own "I" and "we": outside every quote they stand for whoever wrote the article, not
for the last person it named, so a quote they introduce gets no one's name."""

from __future__ import annotations

from tests.article_reads import spoken


def test_a_columnist_quoting_their_own_column_is_not_the_official_named_before() -> None:
    body = (
        "Solicitor General Martin Okafor told the justices on Tuesday that the new rule served the "
        "voters of every district.\n\n"
        "In my column about the hearing last spring, I wrote that “it is hard not to doubt the "
        "official reasons given for this rule.”"
    )
    assert spoken(body) == [("it is hard not to doubt the official reasons given for this rule.", None)]


def test_a_narrator_asking_a_question_is_not_the_judge_they_describe() -> None:
    body = (
        "Judge Harriet Vance looked up from her papers and asked the defendant to stand.\n\n"
        "“Do you understand why you are here today?” I asked, my voice shaking a little in the "
        "crowded courtroom."
    )
    assert spoken(body) == [("Do you understand why you are here today?", None)]


def test_a_first_person_speaker_inside_a_quote_is_still_read_as_before() -> None:
    # the pronoun is the quote's own: the speaker is named by the cue after the quote
    body = (
        "The mayor opened the meeting at noon.\n\n"
        "“We will rebuild the bridge before winter,” said Mayor Colin Ashdown, to applause from the "
        "residents."
    )
    assert spoken(body) == [("We will rebuild the bridge before winter,", "Colin Ashdown")]
