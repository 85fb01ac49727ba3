"""A name before a plural noun of people is the group, not the person (issue 15): "Roe supporters",
"Doe protesters", "Acme attorneys", "Roe's top aides" are the mention, with no named speaker, as
"officials said" is; a person named after the noun ("Roe aides Mary Kane and …"), a singular noun
("Roe aide Mary Kane", "the Roe campaign") read as before. On sentences written for these tests.
"""

from __future__ import annotations

from corpus.quotes.candidates import read_mentions
from tests.quote_texts import speakers_in
from tests.test_rules_passive_cues import mentions, rules_mentions


def test_the_group_a_name_stands_before_is_the_mention_with_no_speaker() -> None:
    body = (
        "Jane Roe spoke in Ohio on Monday. Doe protesters interrupted her speech, shouting "
        '"Go home, go home now, nobody wants you here!"'
    )
    assert rules_mentions(body) == ["Doe protesters"]
    assert mentions(body) == ["Doe protesters"]
    assert speakers_in(body) == [None]


def test_a_group_after_its_cue_and_with_a_possessive() -> None:
    body = (
        '"We will win this state and the next one too," said Roe supporters at the rally. '
        'Doe\'s lawyers said the suit was "frivolous and without any merit at all."'
    )
    assert mentions(body) == ["Roe supporters", "Doe's lawyers"]
    assert speakers_in(body) == [None, None]


def test_an_organisations_people_are_a_group_too() -> None:
    body = 'Acme attorneys said the new rule was "plainly unlawful and will not stand in court."'
    assert mentions(body) == ["Acme attorneys"]


def test_a_person_named_after_the_noun_or_a_singular_noun_is_read_as_before() -> None:
    body = (
        '"We will win this state and the next one too," Roe aide Mary Kane said on Monday. '
        'The Doe campaign said the ad was "a lie from start to finish, and they know it." '
        'Doe supporters said the speech was "the best one of the whole year."'
    )
    assert speakers_in(body) == ["Mary Kane", "Doe campaign", None]


def test_group_end_reads_one_modifier_and_no_verb() -> None:
    from corpus.quotes.name_groups import group_end, group_nouns  # (new: base21 has no such module)

    assert {"supporters", "protesters", "attorneys", "aides", "voters"} <= group_nouns()
    text = (
        "Roe economic advisers met. Roe told supporters to vote. Roe thanks donors. Roe advisers "
        "Mary Kane left. Doe advisers like Tom Bell left. Perhaps young voters stayed."
    )
    assert group_end(text, 0, len("Roe")) == len("Roe economic advisers")
    for before in ("Roe told", "Roe thanks", "Roe advisers Mary", "Doe advisers like"):
        at = text.index(before)
        # the name's own verb; the people named after the noun
        assert group_end(text, at, at + 3) is None, before
    perhaps = text.index("Perhaps")
    assert group_end(text, perhaps, perhaps + len("Perhaps")) is None  # an ordinary word opening it


def test_the_candidates_read_the_group_not_the_name() -> None:
    masked = "Then Roe supporters booed the judge and Doe aides cheered."
    found = [(masked[a:b], kind) for a, b, kind in read_mentions(masked, 0, len(masked))]
    assert ("Roe supporters", "group") in found
    assert ("Doe aides", "group") in found
    assert ("Roe", "name") not in found
