"""Patterns that find a word only where it starts a word, written so the regex engine skips to the
letters they open with (the word-start test after the first letter, not a ``\\b`` before it): the
same places as the ``\\b`` form, on text built here."""

from __future__ import annotations

import re

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
    counts = ArticleCounts(TEXT, ["Jane Roe", None]).written
    assert counts["roe"] == 2  # "Jane Roe", "Roe added"; not inside "McRoe", "ÉRoe" or "_Roe"
    assert counts["roe’s"] == 1
    assert counts["mcroe"] == 1
    assert "oe" not in counts and "r" not in counts
    assert counts["emmy"] == 3


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
