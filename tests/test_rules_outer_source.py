"""PolNeAR's outer source (issue 15), on articles written for these tests: where the sentence of a
quote credits it to a source after its speaker's cue ("“…,” Roe said, according to Streamify News.",
"…, the Streamify Tribune reported."), PolNeAR's annotators mark that source as the quote's Source,
and the rules follow them; "as reported by X" keeps the speaker.
"""

from __future__ import annotations

from tests.test_rules_clause_cues import rules_mentions


def test_according_to_after_the_cue_is_the_source() -> None:
    body = '"We will not protest on the floor," Jane Roe said, according to Streamify News.'
    assert rules_mentions(body) == ["Streamify News"]


def test_a_report_closing_the_sentence_is_the_source() -> None:
    body = 'Chief Tom Doyle said the fire was "suspicious," the Streamify Tribune reported.'
    assert rules_mentions(body) == ["the Streamify Tribune"]


def test_as_reported_by_keeps_the_speaker() -> None:
    body = '"I would take action," Jane Roe noted in an interview, as reported by Streamify News.'
    assert rules_mentions(body) == ["Jane Roe"]
