"""Speech a sentence relays stays with the one who spoke it (issue 15), on sentences written for these
tests: where the rules read the subject of the cue opening onto a quote ("the protester shouted:
“…”"), the ranker's choice of someone else in that sentence (the mayor who "said as" it happened, the
spokesman who "said the neighbour told" detectives) relays the words and is not taken, and the ask
gate never asks the ranker about such quotes."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.context import ArticleReading
from corpus.quotes.relay_guard import Relay, relaying_stretch, relays_rules
from corpus.quotes.spans import find_quote_spans
from tests.article_reads import speakers_and_mentions


def test_words_shouted_while_another_speaks_are_the_shouters() -> None:
    body = (
        "The mayor of Riverton spoke to a crowd of supporters on Sunday.\n\n"
        '"There seems to be a young man who is having some trouble," Mayor Dana Whitcombe said as the '
        'protester shouted: "Go home!"\n\n"Thank you, friend," Whitcombe replied.'
    )
    assert speakers_and_mentions(body) == [
        ("Dana Whitcombe", "Mayor Dana Whitcombe"),
        (None, "the protester"),  # not the mayor, who only spoke as he shouted
        ("Dana Whitcombe", "Whitcombe"),
    ]


def _relay(body: str, k: int = 0) -> tuple[str, Relay | None]:
    """The text of an article of ``body`` and the relaying stretch of its ``k``-th quote."""
    text = "Title\n\n" + body
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    rules = attribute(article, spans, reading).quotes
    return article.text, relaying_stretch(reading, spans, k, rules[k])


def _relays(text: str, relay: Relay | None, words: str) -> bool:
    at = text.index(words)
    return relays_rules(relay, at, at + len(words))


def test_the_outer_subject_of_a_cues_clause_relays_it() -> None:
    text, relay = _relay(
        "A neighbour spoke to the Ledger.\n\nBut a police spokesman said the neighbour told detectives she "
        "could not see the street “from the angle I was at.”"
    )
    assert _relays(text, relay, "a police spokesman")
    assert not _relays(text, relay, "the neighbour told")  # the rules' own mention
    assert not _relays(text, relay, "A neighbour")  # another sentence: the ranker may still choose it
    text, relay = _relay(
        "Senators met on Tuesday.\n\nOne official said Harry Reid quieted the room, telling his "
        "colleagues, “We have to treat him fairly.”"
    )
    assert _relays(text, relay, "One official")  # a participle after a comma is the subject's
    text, relay = _relay("He said the head of Acme called the plan “a disaster” last week.")
    assert _relays(text, relay, "He said") and not _relays(text, relay, "the head")
    text, relay = _relay(
        "Jane Roe was in the office with aides when a member of the family suggested a photo of her "
        "“Mexican” lunch."
    )
    assert _relays(text, relay, "Jane Roe")  # "of" ends the subject's phrase: she only was there
    assert not _relays(text, relay, "a member")


def test_no_stretch_where_the_rules_mention_is_no_subject_of_its_cue() -> None:
    # a relative pronoun: its antecedent may be the one the ranker chooses
    assert _relay("Donald Trump, who said he would “bomb them all,” spoke on Monday.")[1] is None
    # a possessive, an aside set off by commas
    assert _relay("The judge said Ross' stated rationale was “a pretext” all along.")[1] is None
    assert _relay("Trump, in a speech to Congress, called it “a disaster” on Monday.")[1] is None
    # the rules' mention in another sentence, or another quote between it and this one
    assert _relay("Jane Roe spoke on Monday. She called it “a disaster.”")[1] is not None
    assert _relay("Jane Roe spoke on Monday.\n\nShe later added a line. “It is a disaster.”")[1] is None
    chant = "He said, “We will win” - at which point the crowd chanted “Win!” - “and soon.”"
    assert _relay(chant, 2)[1] is None


def test_a_prepositions_object_before_the_cue_ends_the_subjects_phrase() -> None:
    text, relay = _relay(
        "Marta Quiles said she was glad to see that a banner hanging over the gate read, “Welcome home.”"
    )
    assert _relays(text, relay, "Marta Quiles")  # she saw the banner: its words are not hers
    assert not _relays(text, relay, "a banner")  # the phrase the rules' mention ends
    # a preposition's object opening the sentence is no subject of the cue
    assert _relay("For Acme it was “a disaster,” and the board agreed.")[1] is None
