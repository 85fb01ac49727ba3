"""Patterns that find a word only where it starts a word, written so the regex engine skips to the
letters they open with (the word-start test after the first letter, not a ``\\b`` before it): the
same places as the ``\\b`` form, on text built here."""

from __future__ import annotations

import re
from collections import Counter

from corpus.quotes.article_features import ArticleCounts
from corpus.quotes.cues import CUE
from corpus.quotes.lexicon import CUE_WORDS
from corpus.quotes.name_evidence import a_thing_as_the_article_writes_it, named_as_a_speaker
from corpus.quotes.names import shipped_tables

TEXT = (
    "“We will see,” Jane Roe said on Monday. Her aide, McRoe, unsaid nothing; the Santa Emmy award "
    "went to Acme. A Primetime Emmy nomination, (said) an aide: “told”. Officials told reporters "
    "at_said and re-said it. The head of Acme said so, and a spokesman for Acme said more. "
    "ÉRoe and _Roe wrote to Roe’s office. Roe added that an Emmy was won."
)


def test_cue_words_are_found_at_word_starts_only() -> None:
    words = [m.group() for m in CUE.finditer(TEXT)]
    assert words == ["said", "said", "told", "told", "said", "said", "said", "wrote", "added"]
    # the \b form, with the old lookahead: the same places
    old = re.compile(CUE.pattern.replace(r"\b", r"\b(?=[a-z]{3})", 1))
    assert [m.span() for m in old.finditer(TEXT)] == [m.span() for m in CUE.finditer(TEXT)]
    assert all(w[:3].isalpha() and w[:3].islower() for w in CUE_WORDS)


def test_capitalised_words_are_counted_where_they_start_a_word() -> None:
    counts = ArticleCounts(TEXT, ["Jane Roe", None])
    # "Jane Roe", "Roe added" and the possessive "Roe’s"; not inside "McRoe", "ÉRoe" or "_Roe"
    assert counts.written("roe") == 3
    assert counts.written("mcroe") == 1
    assert counts.written("oe") == 0 and counts.written("r") == 0
    assert counts.written("emmy") == 3
    assert counts.quoted["roe"] == 1


def test_a_word_inside_a_hyphened_or_marked_name_is_not_counted_alone() -> None:
    text = "Jean-Pierre Roux met Pierre Lemaire and O'Brien. JEAN-PIERRE ROUX said so; OBrien left."
    counts = ArticleCounts(text, [])
    assert counts.written("pierre") == 1  # "Pierre Lemaire"; "Pierre" of "Jean-Pierre" is no word of its own
    assert counts.written("jean-pierre") == 2  # any case: "JEAN-PIERRE" too
    assert counts.written("brien") == 0
    assert counts.written("o'brien") == 1
    assert counts.written("obrien") == 1


def test_the_counts_are_those_of_every_capitalised_word_of_the_text() -> None:
    text = (
        "Mayor Ana Ruiz-Soto said Tuesday that the Ruiz plan, which RUIZ’s aides call “Ruiz 2.0,” would "
        "pass. McAllister, of the U.S. Senate’s staff, disagreed; ex-Ruiz adviser DeShawn O’Neil said "
        "Ruiz's critics were wrong. “Ruiz,” he said, “knows Ruiz-Soto's friends.”"
    )
    # (a text with a letter whose lower case is longer, "İ", is counted another way: the same counts)
    for page in (text, text + " Ruiz flew to İstanbul."):
        every = Counter(map(str.lower, re.findall(r"[A-Z](?<!\w[A-Z])[A-Za-z’'-]+", page)))
        counts = ArticleCounts(page, [])
        for word in {w.lower() for w in re.findall(r"[A-Za-z’'-]+", page)}:
            want = every[word] + every[word + "’s"] + every[word + "'s"]
            assert counts.written(word) == want, word
    counts = ArticleCounts(text, [])
    # "Ruiz plan", "RUIZ’s", "ex-Ruiz" (a lower-case word's hyphen before it), "Ruiz's", "Ruiz,"
    # and "Ruiz 2.0"; not "Ruiz-Soto" (another word), nor "Ruiz" of it
    assert counts.written("ruiz") == 6
    assert counts.written("ruiz-soto") == 2


def test_a_name_only_written_after_a_or_an_is_a_thing() -> None:
    tables = shipped_tables()
    assert a_thing_as_the_article_writes_it("Primetime Emmy", "He won a Primetime Emmy nomination.", tables)
    # "Santa Emmy": the "a" ends a word, no article before the name
    assert not a_thing_as_the_article_writes_it("Emmy", "The Santa Emmy went home.", tables)
    assert not a_thing_as_the_article_writes_it("Emmy", "Emmy said so. A friend of Emmy.", tables)


def test_a_name_after_a_preposition_is_no_subject_unless_one_speaks_for_it() -> None:
    tables = shipped_tables()
    # "the head of Acme said": Acme is the object of "of", the verb is the head's
    assert not named_as_a_speaker("Zorblax", "The head of Zorblax said it would go.", tables)
    # "a spokesman for Zorblax said": the spokesman speaks for it
    assert named_as_a_speaker("Zorblax", "A spokesman for Zorblax said it would go.", tables)
    assert named_as_a_speaker("Zorblax", "Zorblax said it would go.", tables)
