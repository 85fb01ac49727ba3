"""One reading of `according to X` wherever it stands: the relayer is the source the article gives,
an outlet as well as a person (PolNeAR's convention, :mod:`corpus.quotes.relayed`'s), its phrase read
whole (`its Amazon summary`), and `according to their preference` ("in keeping with") names no one,
also where the relay is followed by a clause of its own or stands inside the sentence (the steps
before and after a quote, :mod:`corpus.quotes.relayers`). On sentences written for these tests."""

from __future__ import annotations

from tests.test_rules_passive_cues import rules_mentions


def test_an_outlet_relaying_words_inside_the_sentence_is_their_source() -> None:
    body = "The levy “is dead and buried,” according to Acme News, and the council met on Friday."
    assert rules_mentions(body) == ["Acme News"]
    # as a person relaying them there is, and as an outlet is where the relay closes the sentence
    assert rules_mentions(body.replace("Acme News", "Marta Vance")) == ["Marta Vance"]
    assert rules_mentions("The levy “is dead and buried,” according to Acme News.") == ["Acme News"]


def test_the_relayer_s_phrase_is_read_whole_inside_the_sentence() -> None:
    body = "Okafor met a man whose book, according to its Amazon summary, “draws a grim portrait of him.”"
    assert rules_mentions(body) == ["its Amazon summary"]


def test_according_to_a_preference_names_no_source_inside_the_sentence() -> None:
    body = "Voters mark “aye” or “nay” according to their instinctive preference, and the clerk counts them."
    assert "their instinctive preference" not in rules_mentions(body)
