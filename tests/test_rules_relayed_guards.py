"""Whom a relayer quotes is read from the quote's own verb of saying, but not every subject of a
verb near the quote said it (``corpus.quotes.relayed_guards``): a quote that is a label a
participle gives ("items labeled “…”"), a verb in a clause of time before the quote's own clause
("After Okafor asked about it, the council became “…”"), an object inside an aside set off before
the verb ("The memo, sent to the mayor and {Okafor}, said: “…”"). The relayer stays the speaker;
only ``quoting`` goes. On sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Quote
from corpus.quotes import find_quotes


def _quotes(body: str) -> list[Quote]:
    article = article_from_text("a.txt", Path("a.txt"), f"Council talks resume\n\n{body}")
    return find_quotes([article])[0]


def _quoting(quote: Quote) -> str | None:
    return None if quote.quoting is None else quote.quoting.mention.text


def test_a_label_a_participle_gives_is_no_ones_speech() -> None:
    body = (
        "Most voters in Millbrook say they prefer cheaper goods to items labeled “Grown in the Valley,” "
        "according to a Valley Ledger poll released Tuesday."
    )
    (quote,) = _quotes(body)
    assert quote.mention is not None and "poll" in quote.mention.text  # the relayer stays
    assert quote.quoting is None


def test_a_passive_name_is_a_label_but_what_a_person_called_something_is_their_speech() -> None:
    labelled = (
        "The farmers gather each week in Millbrook, called the “Orchard of the North” by its founders, "
        "and they back the levy, according to the Valley Ledger."
    )
    called = (
        "According to the Valley Ledger, the levy, which Mayor Jon Okafor called “a lifeline for the "
        "county,” passed on Monday."
    )
    (label,) = _quotes(labelled)
    (speech,) = _quotes(called)
    assert label.quoting is None
    assert _quoting(speech) == "Mayor Jon Okafor"


def test_a_verb_in_a_clause_before_the_quotes_own_is_not_its_speaker_unless_a_pronoun_reads_back() -> None:
    other_subject = (
        "After reporter Dana Whitfield asked about the trip in an interview, the councillors became "
        "“agitated” once the cameras were off, according to a source at the station."
    )
    same_person = (
        "When Jon Okafor announced his run last spring, he called the levy “a tax on hope,” "
        "according to the Valley Ledger."
    )
    (quote,) = _quotes(other_subject)
    (own,) = _quotes(same_person)
    assert quote.quoting is None
    assert own.quoting is not None and own.quoting.name == "Jon Okafor"


def test_an_object_in_an_aside_before_the_verb_is_not_its_subject() -> None:
    body = (
        "One memo, apparently written about the dispute between the county and its contractors, said: "
        "“The county will not pay another cent for the bridge,” according to a letter from the auditor."
    )
    quote = next(q for q in _quotes(body) if q.text.startswith("The county"))
    assert _quoting(quote) != "its contractors"
    assert quote.quoting is None


def test_a_modal_before_an_inverted_verb_is_no_part_of_the_quoted_person() -> None:
    body = (
        "“Nothing prepares you for the demands of the job,” the retiring mayor will say tonight, "
        "according to excerpts released by the city."
    )
    (quote,) = _quotes(body)
    assert _quoting(quote) == "the retiring mayor"
