"""A cue in the passive (a form of "be" or "get", adverbs allowed between, and the participle of a
verb of saying, asking, naming or describing) does not make its subject the speaker: the subject was
told, asked or named, and the quote is the agent's when one is written, else no one's (issue 15).
A verb of saying of the subject's own after the participle (`was caught on tape saying`, `is
reported to have called`) makes it the speaker after all. On sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.article_quotes import read_article
from corpus.quotes.attribution import attribute
from corpus.quotes.cue_clauses import passive_cue_after
from corpus.quotes.spans import find_quote_spans
from tests.quote_texts import speakers_in


def rules_mentions(body: str) -> list[str | None]:
    """The rules' mention of each quote's speaker as written (before the ranker is asked)."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    found = attribute(article, find_quote_spans(article)).quotes
    return [None if a.mention is None else article.text[a.mention.start : a.mention.end] for a in found]


def mentions(body: str) -> list[str | None]:
    """The mention of each quote's speaker as written, the ranker asked where it is."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    found = read_article(article)[1]
    return [None if a.mention is None else article.text[a.mention.start : a.mention.end] for a in found]


def test_the_subject_of_a_passive_naming_is_no_speaker() -> None:
    body = 'Rodrigo Vance, who has been called the "Lion of the Hills", spoke on Monday.'
    assert rules_mentions(body) == [None]
    assert speakers_in(body) == [None]


def test_the_subject_of_a_passive_naming_set_off_by_an_apposition_is_no_speaker() -> None:
    body = 'The president of the island, Rodrigo Vance, has been called the "Lion of the Hills" for years.'
    assert mentions(body) == [None]


def test_a_learned_naming_participle_makes_a_passive() -> None:
    body = 'The mill is known as "the Old Lady of the River" in the town.'
    assert rules_mentions(body) == [None]


def test_the_one_told_is_no_speaker_for_the_ranker_either() -> None:
    body = 'The senator was told, "You will lose the vote next week, and badly so." He laughed.'
    assert mentions(body) == [None]


def test_the_agent_after_the_quote_a_passive_cue_opens_is_the_speaker() -> None:
    body = 'The plan was called "a disaster for working families" by Jane Roe on Monday.'
    assert rules_mentions(body) == ["Jane Roe"]
    assert speakers_in(body) == ["Jane Roe"]


def test_a_cue_of_the_subjects_own_after_the_passive_makes_it_the_speaker() -> None:
    body = 'Jane Roe is reported to have called the deal "a total betrayal of workers."'
    assert rules_mentions(body) == ["Jane Roe"]
    body = 'Tom Doyle was caught on tape saying "we will never sell the mill to them."'
    assert rules_mentions(body) == ["Tom Doyle"]


def test_what_reads_as_a_passive_cue_after_a_subject() -> None:
    text = "Tom Doyle, who could also be described as a fixer"
    assert passive_cue_after(text, len("Tom Doyle"))  # a modal, an adverb, a naming participle
    assert passive_cue_after("Anna Berg got asked about it", len("Anna Berg"))
    assert not passive_cue_after("Anna Berg was quoted as saying it", len("Anna Berg"))
    assert not passive_cue_after("Anna Berg was heard saying it", len("Anna Berg"))
    assert not passive_cue_after("Anna Berg was saying it", len("Anna Berg"))  # active
    assert not passive_cue_after("Anna Berg is said to have told them", len("Anna Berg"))


def test_the_words_a_passive_cue_reports_are_no_neighbours_and_no_previous_speakers() -> None:
    body = (
        '"We are ready," Tom Doyle said. Anna Berg was asked, "Would you have told her it was a bad idea?" '
        'She answered, "I have no idea at all."'
    )
    assert rules_mentions(body) == ["Tom Doyle", None, "She"]  # not "She" for the question
