"""The rules' reading of a cue's clause (issue 15): whose verb a participle, a passive or a naming
word is, on sentences written for these tests.

- A participle set off after a finite cue is that cue's subject's (`…, Spicer said, adding, “…”`),
  not the sentence's opening subject.
- The subject of a passive cue (`was asked`, `were told`) heard the words: it is no speaker; the
  agent after `by` is.
- A quote ending with its own question or exclamation mark ends the sentence as the text is split:
  the cue opening the next sentence (`“…?” Trump asked.`) is the quote's, not one before it.
"""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.spans import find_quote_spans
from tests.quote_texts import speakers_in


def rules_mentions(body: str) -> list[str | None]:
    """The rules' mention of each quote's speaker as written (before the ranker is asked)."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    found = attribute(article, find_quote_spans(article)).quotes
    return [None if a.mention is None else article.text[a.mention.start : a.mention.end] for a in found]


def test_a_participle_after_a_finite_cue_is_that_cues_subjects() -> None:
    body = 'Anna Berg and Tom Doyle will meet next week, Paul Rusk said, adding, "They need to sit down."'
    assert speakers_in(body) == ["Paul Rusk"]


def test_a_participle_after_an_inverted_cue_is_its_inverted_subjects() -> None:
    body = (
        'Tom Doyle left the board in May. "It is not new here," said Paul Rusk at the time, '
        'adding that "we have been electing women to this board for a long time." Anna Berg agreed that '
        "the shift was real."
    )
    assert rules_mentions(body) == ["Paul Rusk", "Paul Rusk"]  # not the next sentence's cue


def test_a_participle_with_no_cue_before_is_still_the_sentences_subjects() -> None:
    body = 'Anna Berg was defensive about the vote on Monday, saying, "We did what the law asks of us."'
    assert speakers_in(body) == ["Anna Berg"]


def test_the_subject_of_a_passive_cue_is_no_speaker() -> None:
    body = 'In an interview published on Monday, Tom Doyle was asked, "What is the worst place you saw?"'
    assert rules_mentions(body) == [None]
    told = 'According to the company playbook, its salesmen were told, "You sell feelings, not products."'
    assert rules_mentions(told) == ["the company playbook"]  # the source named, not those told


def test_the_agent_of_a_passive_cue_is_the_speaker() -> None:
    body = 'Tom Doyle was asked by the moderator Anna Berg whether the plan would risk "adding a program."'
    assert speakers_in(body) == ["Anna Berg"]


def test_a_question_is_said_by_the_cue_opening_the_next_sentence() -> None:
    body = (
        "Paul Rusk said the board could keep its chair. "
        '"Isn\'t that a kind of bribe? Isn\'t it?" Tom Doyle asked. "I think it is."'
    )
    assert speakers_in(body)[0] == "Tom Doyle"


def test_a_name_inside_the_first_verbs_object_is_not_the_subject_of_and_said() -> None:
    possessive = (
        'The Civic League strongly denounced Trump\'s rhetoric and said it would "redirect" the money.'
    )
    assert rules_mentions(possessive) == ["The Civic League"]
    adjective = (
        'Tom Doyle then adopted a fake Southern accent and joked, "I am going to make it easy for them."'
    )
    assert rules_mentions(adjective) == ["Tom Doyle"]
    assert rules_mentions('Tom Doyle laughed and said, "I am going to make it easy."') == ["Tom Doyle"]


def test_a_participle_after_a_coordinate_clause_is_that_clauses_subjects() -> None:
    body = (
        "Gov. Anna Berg made the port a priority, but the effort stalled, and she has battled Acme since, "
        'at one point calling the mayor a "liar."'
    )
    assert rules_mentions(body) == ["she"]
    subordinate = (
        "Tom Doyle was defensive about an architect who was not paid after he designed a clubhouse, "
        'saying, "Maybe he did not do a good job."'
    )
    assert rules_mentions(subordinate) == ["Tom Doyle"]


def test_they_never_stands_for_one_persons_name() -> None:
    assert speakers_in('Tom Doyle visited the plant on Monday. They said, "We will not sign it."') == [None]
    pair = 'Tom Doyle and Anna Berg visited the plant on Monday. They said, "We will not sign it."'
    assert speakers_in(pair) == [None]


def test_a_medium_or_listener_before_a_participle_is_not_its_subject() -> None:
    medium = 'Anna Berg responded to the question on Facebook writing, "Yes, I will. It was a poor choice."'
    assert rules_mentions(medium) == ["Anna Berg"]
    listener = 'Paul Rusk wrote in a statement to Wired explaining his vote, "but most people agree with me."'
    assert rules_mentions(listener) == ["Paul Rusk"]
    assert rules_mentions('The video shows footage of Anna Berg asking, "Where is the money?"') == [
        "Anna Berg"
    ]
