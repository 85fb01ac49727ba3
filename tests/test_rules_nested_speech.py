"""Reported speech inside reported speech (issue 15): where the subject pronoun of a clause a cue
reports stands for that cue's own subject (`Doyle said he responded: “…”`), the speaker's mention
is the outer subject, the one a reader and PolNeAR's annotators take; where it stands for someone
else (`prosecutors say he told an agent “…”`, `Anna Berg said he told her …`), the inner one stays:
the reader wants who spoke. On sentences written for these tests.
"""

from __future__ import annotations

from tests.quote_texts import speakers_in
from tests.test_rules_passive_cues import rules_mentions


def test_a_pronoun_reported_by_its_own_antecedent_gives_the_outer_mention() -> None:
    body = (
        "His wife had warned him not to get too nasty, but Tom Doyle said he responded: "
        '"When you have incoming, you cannot be too careful."'
    )
    assert rules_mentions(body) == ["Tom Doyle"]
    assert speakers_in(body) == ["Tom Doyle"]


def test_a_description_reporting_its_own_words_is_the_mention() -> None:
    body = 'A spokesman said he told reporters "there is nothing more to say about the matter today."'
    assert rules_mentions(body) == ["A spokesman"]


def test_a_pronoun_that_stands_for_someone_else_stays() -> None:
    body = 'Prosecutors say that he told one agent, "I would do it all again, every single time."'
    assert rules_mentions(body) == ["he"]
    body = 'Anna Berg said he told her "we will never give up on this town, not ever."'
    assert rules_mentions(body) == ["he"]  # not Anna Berg: "he" is someone else
