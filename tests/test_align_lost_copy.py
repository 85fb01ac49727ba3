"""A sentence copied word for word is found even when the aligner first pairs it with a
near-copy the tiers reject (the shape test_align_properties' shared-sentence property once
found: a sentence of A matches two of B at the same score, the earlier one with words glued
on that carry no content, and the articles tell two stories, so that pair is no passage)."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.passages import WordWeights, align_articles
from corpus.passages.align import analyse, judge_passage
from corpus.passages.families import build_families
from corpus.passages.sentence_pairs import sentence_matches

COPIED = "Four cranes were damaged when the storm reached the container terminal."
# A scraped page's pagination digits glued to the sentence: no content word, and enough words
# that the near-copy is no longer copied text.
PAGINATION = "1 2 3 4 5 6 7 8 9"

ROTTERDAM = (
    "Storm closes Rotterdam harbour\n\n"
    "Maersk and Hapag-Lloyd diverted their ships from Rotterdam overnight as the storm reached "
    "the Dutch coast.\n\n" + COPIED + " Ferries to Harwich were cancelled for the rest of the day."
)
ANTWERP = (
    "Antwerp counts the cost of the storm\n\n"
    "MSC said on Wednesday that ships bound for Antwerp would wait off Zeebrugge until Friday.\n\n"
    + PAGINATION
    + " "
    + COPIED
    + "\n\nRepairs are expected to take several weeks, officials in Ghent added. Insurers have not "
    "yet put a figure on the losses. The terminal reopens on Monday.\n\n" + COPIED
)


def _article(name: str, text: str) -> Article:
    return article_from_text(name, Path(name), text)


def test_the_exact_copy_is_found_when_its_near_copy_comes_first_and_is_rejected() -> None:
    a, b = _article("a.txt", ROTTERDAM), _article("b.txt", ANTWERP)
    weights = WordWeights.from_articles([a, b])
    an_a, an_b = analyse(a, weights), analyse(b, weights)
    texts_b = [b.text[s.start : s.end] for s in an_b.sentences]
    near, exact = texts_b.index(f"{PAGINATION} {COPIED}"), texts_b.index(COPIED)
    (i,) = {i for _, i, _ in sentence_matches(an_a, an_b)}
    # the shape of the case: one sentence of A, two matches at one score, the near-copy first
    assert [(j, score) for score, _, j in sentence_matches(an_a, an_b)] == [(near, 1.0), (exact, 1.0)]
    assert judge_passage(a, an_a, (i, i), b, an_b, (near, near), weights)[0] is None
    assert judge_passage(a, an_a, (i, i), b, an_b, (exact, exact), weights)[0] == "copied"

    forward, backward = align_articles(a, b, weights), align_articles(b, a, weights)
    (passage,) = forward.passages  # the rejected near-copy stays out
    assert passage.tier == "copied"
    assert passage.a_text == passage.b_text == COPIED
    assert (passage.a_start, passage.b_start) == (an_a.sentences[i].start, an_b.sentences[exact].start)
    (mirrored,) = backward.passages
    assert (mirrored.a_start, mirrored.b_start, mirrored.tier) == (passage.b_start, passage.a_start, "copied")


def test_the_families_build_keeps_the_exact_copy_too() -> None:
    """The families' build chains matches one to one (corpus.passages.family_align.chained):
    the near-copy took the sentence of A there too, and the pair was no family."""
    a, b = _article("a.txt", ROTTERDAM), _article("b.txt", ANTWERP)
    (family,) = build_families([a, b]).families
    spans = sorted(
        (m.article, m.tier, (a if m.article == "a.txt" else b).text[m.start : m.end]) for m in family.members
    )
    assert spans == [("a.txt", "copied", COPIED), ("b.txt", "copied", COPIED)]
    assert family.text == COPIED
