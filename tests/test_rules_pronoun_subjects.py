"""Whom a later "he" or "she" stands for, beyond the subjects written before a cue: the name after an
inverted cue closing a sentence ("…, said Tomas Heller, a budget analyst."), a person a sentence
introduces with a relative clause where its subject is no person ("the lawyers attached a
deposition of Tomas Heller, who …"), a speaker read as "she" is no later "he"
(:mod:`corpus.quotes.inverted_subjects`, :mod:`corpus.quotes.introduced_people`), and a subject
after "however," set off behind an opening adverbial (:mod:`corpus.quotes.openings`). On sentences
written for these tests."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions

_HEADLINE = "Transit money splits the council\n\n"


def test_the_name_after_an_inverted_cue_is_whom_the_next_he_stands_for() -> None:
    text = _HEADLINE + (
        "The council voted on Tuesday to keep the fare freeze for another year.\n\n"
        "Mayor Pavel Markov would have backed the plan anyway, said Tomas Heller, a budget analyst "
        "who advised the council.\n\n"
        "“They looked at the numbers and saw no other way,” he said."
    )
    assert speakers_and_mentions(text) == [("Tomas Heller", "he")]
    # a name right after the cue that opens a clause is what was said, no one who spoke
    clause = text.replace("said Tomas Heller, a budget analyst who", "said Tomas Heller would have")
    assert ("Tomas Heller", "he") not in speakers_and_mentions(clause)


def test_a_person_introduced_with_who_is_whom_the_next_he_stands_for() -> None:
    text = _HEADLINE + (
        "Judge Ana Ruiz said Pavel Markov's stated reason for the fare rise was a pretext.\n\n"
        "In the filing, the lawyers attached a deposition of Tomas Heller, who they say was Markov's "
        "adviser.\n\n"
        "He testified that the fare rise was “the mayor's own idea.”"
    )
    assert speakers_and_mentions(text) == [("Tomas Heller", "He")]
    # where the sentence's subject is a person, the next "he" goes on with that subject
    subject = text.replace("the lawyers attached", "Pavel Markov attached")
    assert speakers_and_mentions(subject) == [("Pavel Markov", "He")]
    # a relative whose clause has a subject of its own ("who he called …") introduces no one
    object_relative = text.replace("who they say was Markov's adviser", "who he called a liar")
    assert ("Tomas Heller", "He") not in speakers_and_mentions(object_relative)


def test_a_person_introduced_as_she_is_no_later_he() -> None:
    text = _HEADLINE + (
        "The depot reopened on Monday after a month of repairs.\n\n"
        "My favourite verdict on the mayor came from night driver Rorie Vance, who made the whole "
        "room laugh when she called him “the bus whisperer.”\n\n"
        "Does the nickname stick? The crowds suggest it might.\n\n"
        "“What matters is that the buses run on time,” he told me."
    )
    assert speakers_and_mentions(text) == [("Rorie Vance", "she"), (None, "he")]


def test_an_adverb_set_off_after_an_opening_adverbial_is_stepped_over_to_the_subject() -> None:
    text = _HEADLINE + (
        "The council voted on Tuesday to keep the fare freeze for another year.\n\n"
        "At a breakfast with Mayor Pavel Markov, however, Senator Ana Ruiz sounded upbeat. She called "
        "the plan “a fair deal for riders.”"
    )
    assert speakers_and_mentions(text) == [("Ana Ruiz", "She")]
