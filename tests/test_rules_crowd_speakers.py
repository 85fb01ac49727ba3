"""A crowd right before a participle of its speech said the quote after it (issue 15), on words
written for these tests: "with supporters chanting “…”" is the supporters', not the sentence's
subject, and a list of quotes under one participle is the crowd's throughout."""

from __future__ import annotations

from corpus.quotes.participle_groups import crowd_speaker
from tests.article_reads import speakers_and_mentions


def test_a_crowd_after_with_is_not_the_sentences_subject() -> None:
    body = (
        "The mayor spoke for an hour at the rally in Dayton.\n\n"
        "Governor Jane Holt left the stage at nine, with supporters chanting “Four more years” as she waved."
    )
    assert speakers_and_mentions(body) == [(None, "supporters")]


def test_two_nouns_and_a_quantifier_make_one_crowd_for_every_quote_listed() -> None:
    body = (
        "Thousands walked down Main Street on Sunday.\n\n"
        "Lakeside was on everyone's mind, with many marchers and spectators chanting “We stand with "
        "Lakeside” and “No more silence.” In Salem, the chants were louder."
    )
    crowd = (None, "many marchers and spectators")
    assert speakers_and_mentions(body) == [crowd, crowd]


def test_a_person_shouting_is_no_crowd() -> None:
    body = (
        "The hearing ended in uproar.\n\n"
        "Councilman Ray Dunn left the room, shouting “This is a sham” at the chair."
    )
    assert speakers_and_mentions(body) == [("Ray Dunn", "Councilman Ray Dunn")]


def test_only_a_participle_right_before_the_mark_and_a_crowd_before_it() -> None:
    assert (
        crowd_speaker("as striking dockworkers chanting: “", len("as striking dockworkers chanting: "))
        is not None
    )
    assert crowd_speaker("as signs chanting “", len("as signs chanting ")) is None  # no people
    assert crowd_speaker("as the fans shouting loudly “", len("as the fans shouting loudly ")) is None


def test_a_crowd_before_a_finite_verb_in_a_subordinate_clause() -> None:
    body = (
        "The governor took questions.\n\n"
        "Jane Holt left the hall as angry students loudly shouted, “Shame on you.”"
    )
    assert speakers_and_mentions(body) == [(None, "angry students")]


def test_a_named_crowd_keeps_its_name_and_a_counted_crowd_is_left_to_the_rules() -> None:
    body = (
        "The game was ugly.\n\n"
        "Lakeside High School fans also chanted, “Go back home,” at the visiting team.\n\n"
        "On the beach, a group of about 100 people chanted, “No walls!” as they marched."
    )
    assert speakers_and_mentions(body) == [
        ("Lakeside High School", "Lakeside High School"),
        (None, "a group"),
    ]
