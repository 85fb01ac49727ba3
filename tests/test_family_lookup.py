"""The families read from one article's side (Story.family_passages, shared_words, passage_at):
a reprint shares all of the wire story's words with the other reprints, a paragraph borrowed
alone shares only that paragraph's words, and an article that borrows nothing shares none."""

from __future__ import annotations

import random
from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.passages import passage_at
from corpus.story import Story
from tests.made_up_text import PLANTED, WIRE, filler


def _article(name: str, paragraphs: list[str]) -> Article:
    return article_from_text(name, Path(name), "\n\n".join(paragraphs))


def _story() -> Story:
    rng = random.Random(11)
    articles = [
        _article("a.txt", ["Crane falls on ship", *WIRE]),
        _article("b.txt", ["Port terminal shut", *WIRE, filler(rng, 80)]),
        _article("c.txt", ["Only the lead", filler(rng, 70), WIRE[0], filler(rng, 60), PLANTED]),
        _article("d.txt", ["Fishermen protest", filler(rng, 90), PLANTED]),
        _article("e.txt", ["Nothing shared", filler(rng, 150)]),
    ]
    return Story(Path("."), articles)


def test_shared_words_rank_the_articles_by_the_words_they_share() -> None:
    story = _story()
    shared = story.shared_words("a.txt")
    wire_words = sum(len(p.split()) for p in WIRE)
    assert list(shared) == ["b.txt", "c.txt"]  # most first; d and e share nothing with a
    assert wire_words - 3 <= shared["b.txt"] <= wire_words + 3  # the whole story
    assert abs(shared["c.txt"] - len(WIRE[0].split())) <= 3  # its lead only
    assert story.shared_words("e.txt") == {}


def test_a_family_counts_the_shorter_of_the_two_versions() -> None:
    story = _story()
    shared = story.shared_words("c.txt")
    assert set(shared) == {"a.txt", "b.txt", "d.txt"}
    assert abs(shared["d.txt"] - len(PLANTED.split())) <= 3
    assert shared["a.txt"] == shared["b.txt"]  # the same lead, shared with both
    assert story.shared_words("b.txt")["c.txt"] == shared["b.txt"]  # the same count from either side


def test_the_family_at_a_place_is_the_one_holding_it() -> None:
    story = _story()
    c = story.article("c.txt")
    passages = story.family_passages("c.txt")
    assert [m.start for m, _ in passages] == sorted(m.start for m, _ in passages)
    lead = c.text.index(WIRE[0][:40])
    found = passage_at(passages, lead + 10)
    assert found is not None
    member, family = found
    assert member.article == "c.txt" and member.start <= lead + 10 < member.end
    assert set(family.articles) >= {"a.txt", "b.txt", "c.txt"}
    assert passage_at(passages, lead - 5) is None  # in the filler before it
    assert story.family_passages("e.txt") == []


def test_families_ready_says_whether_they_are_built() -> None:
    story = _story()
    assert not story.families_ready()
    story.shared_words("a.txt")
    assert story.families_ready()
