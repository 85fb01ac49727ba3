"""An adverb between a name or a pronoun and its cue verb ("the Treasury now says", "she jokingly
tells") leaves the name the cue's subject; a noun in "-ly", a possessive's noun and a preposition's
object do not become subjects by it: text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.spans import find_quote_spans


def rules_mentions(body: str) -> list[str | None]:
    """The rules' mention of each quote's speaker as written (before the ranker is asked)."""
    article = article_from_text("a.txt", Path("a.txt"), f"Reports held back\n\n{body}\n")
    found = attribute(article, find_quote_spans(article)).quotes
    return [None if a.mention is None else article.text[a.mention.start : a.mention.end] for a in found]


def test_a_name_before_now_and_a_cue_is_its_subject_not_the_sentences() -> None:
    body = (
        "Paula Grant has pushed for the reports to be made public, even the ones the Treasury now "
        "says are “secret.”"
    )
    assert rules_mentions(body) == ["the Treasury"]


def test_a_pronoun_before_an_ly_adverb_and_a_cue_is_its_subject() -> None:
    body = (
        "Paula Grant often speaks of the old mill, and Mayor Ruth Kell has said little. "
        "Asked about the vote, Mayor Kell smiled while she jokingly told the crowd that “it is time.”"
    )
    assert rules_mentions(body) == ["she"]


def test_an_adverb_is_stepped_over_only_after_a_subject_and_before_a_verb_of_saying() -> None:
    found = rules_mentions(
        "Paula Grant has pushed for the reports, even the ones the Treasury now says are “secret.”\n\n"
        "A letter filed on Monday with the Port Authority rightly says that the fee was “a trick” all "
        "along.\n\n"
        "Tom Reed’s family has called on the board to release the tapes “as a matter of the "
        "public good.”\n\n"
        "If Tom Reed actually read it, Lee Vance would have been surprised, telling the paper, “I doubt "
        "that he has read a book in years.”"
    )
    assert found[0] == "the Treasury"
    # a preposition's object is no subject; "family" after a possessive is its noun, no adverb;
    # someone who "actually read" a thing read it (the cue "read" is a text's: "the sign read")
    assert found[1] not in ("the Port Authority", "Port Authority")
    assert found[2] == "Tom Reed’s family"
    assert found[3] == "Lee Vance"
