"""Reprint families: a wire story and its reprints are one family, its origin said with a
reason, a passage two other articles share is a family of its own, and weak look-alikes
are no passage at all."""

from __future__ import annotations

import random
from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.passages import build_families
from corpus.passages.family_build import union_spans
from corpus.passages.family_plan import (
    grouped_by_base,
    plan_alignments,
)
from corpus.passages.wire import Candidate, choose_origin, wire_credit
from corpus.story import Story
from tests.made_up_text import PLANTED, WIRE, filler


def _article(name: str, paragraphs: list[str]) -> Article:
    return article_from_text(name, Path(name), "\n\n".join(paragraphs))


def _reprint(
    rng: random.Random, name: str, headline: str, dateline: str, extra: list[str] | None = None
) -> Article:
    """The wire story under a headline of the outlet's own, one word changed per paragraph."""
    body = []
    for paragraph in WIRE:
        words = paragraph.split()
        words[rng.randrange(3, len(words) - 3)] = "reportedly"
        body.append(" ".join(words))
    return _article(name, [headline, dateline, *body, *(extra or [])])


def _corpus() -> list[Article]:
    rng = random.Random(5)
    return [
        _reprint(rng, "a.txt", "Crane falls on ship", "March 6, 2024"),
        _reprint(rng, "b.txt", "Port terminal shut", "PORT ELMSWICK (AP) — March 5, 2024"),
        _reprint(rng, "c.txt", "Dock accident injures four", "March 7, 2024", extra=[PLANTED]),
        _reprint(rng, "d.txt", "Fruit shortage feared", "Published March 8, 2024"),
        _article("e.txt", ["An unrelated item", filler(rng, 90), PLANTED, filler(rng, 60)]),
        _article("f.txt", ["Nothing shared", filler(rng, 150)]),
    ]


def test_a_wire_story_and_its_reprints_are_one_family_with_its_origin() -> None:
    articles = _corpus()
    found = build_families(articles)
    wire = found.families[0]
    assert sorted(wire.articles) == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert wire.origin is not None
    assert (wire.origin.article, wire.origin.why) == ("b.txt", "earliest, 2024-03-05")
    text = {a.name: a.text for a in articles}
    for member in wire.members:
        version = text[member.article][member.start : member.end]
        assert "counterweight cable" in version
        assert member.tier == "copied"
        assert 0.5 < member.similarity <= 1.0
    assert wire.base.article == "b.txt"
    assert wire.text == text["b.txt"][wire.base.start : wire.base.end]


def test_a_passage_two_other_articles_share_is_a_family_of_its_own() -> None:
    found = build_families(_corpus())
    planted = [f for f in found.families if sorted(f.articles) == ["c.txt", "e.txt"]]
    assert len(planted) == 1
    assert "eel spawning grounds" in planted[0].text
    assert "counterweight" not in planted[0].text
    assert all("f.txt" not in f.articles for f in found.families)


def test_own_share_and_the_wire_service_each_article_reprints() -> None:
    found = build_families(_corpus())
    reuse = found.reuse
    assert reuse["f.txt"].own_share == 1.0
    assert reuse["f.txt"].wire is None
    assert reuse["a.txt"].own_share < 0.2  # all but its headline is the wire story
    assert 0.5 < reuse["e.txt"].own_share < 0.9  # one paragraph of three is shared
    assert reuse["b.txt"].wire == "AP"  # credits it
    assert reuse["a.txt"].wire == "AP"  # reprints the story AP's version of is the origin of


def test_a_different_event_told_in_the_same_words_is_no_passage() -> None:
    rng = random.Random(2)
    first = (
        "The navy captured 23 pirates who attacked a merchant vessel in the Gulf of Aden on Saturday morning."
    )
    second = "The navy captured 26 pirates who attacked an oil tanker in the Gulf of Aden on Friday night."
    articles = [
        _article("x.txt", ["Navy captures pirates", filler(rng, 80), first, filler(rng, 80)]),
        # (headlines in other words: two headlines of one claim are a rewording, which the second
        # pass now aligns through the names the two articles share)
        _article("y.txt", ["Tanker crew freed after raid", filler(rng, 80), second, filler(rng, 80)]),
    ]
    assert build_families(articles).families == []


def test_each_reprint_is_aligned_with_the_base_not_with_every_other_reprint() -> None:
    shared = list(range(100, 160))
    shingles = [sorted(shared + [k * 1000 + x for x in range(5)]) for k in range(8)]
    pairs = [(i, j) for i in range(8) for j in range(i + 1, 8)]
    plan = plan_alignments(list(range(8)), pairs, shingles)
    assert plan == [(j, 0) for j in range(1, 8)]


def test_a_passage_shared_on_top_of_a_reprint_is_aligned_with_the_article_holding_it() -> None:
    # 1 and 3 reprint 0's story and both add a paragraph of their own (a third as long)
    story = list(range(100, 160))
    planted = list(range(500, 530))
    shingles = [story, sorted(story + planted), [*story], sorted(story + planted)]
    pairs = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    plan = plan_alignments([0, 1, 2, 3], pairs, shingles)
    assert (3, 0) in plan and (3, 1) in plan
    assert (2, 1) not in plan and (3, 2) not in plan


def test_alignments_are_grouped_by_base_so_each_articles_pairs_lie_together() -> None:
    # two stories (bases 0 and 1), their reprints taken in turn; 5 and 7 share a paragraph
    # with the reprints 2 and 3 of their own story
    story_a, story_b = list(range(100, 160)), list(range(300, 360))
    added_a, added_b = list(range(500, 530)), list(range(700, 730))
    with_a, with_b = sorted(story_a + added_a), sorted(story_b + added_b)
    shingles = [story_a, story_b, with_a, with_b, [*story_a], [*with_a], [*story_b], [*with_b]]
    pairs = [(i, j) for i in range(8) for j in range(i + 1, 8) if set(shingles[i]) & set(shingles[j])]
    plan = plan_alignments(list(range(8)), pairs, shingles)
    assert (5, 0) in plan and (5, 2) in plan and (7, 1) in plan and (7, 3) in plan
    grouped = grouped_by_base(plan)
    assert sorted(grouped) == sorted(plan)
    bases = [0 if pair[1] in (0, 2) else 1 for pair in grouped]
    assert bases == sorted(bases)  # story a's alignments, then story b's
    first_b = bases.index(1)
    assert grouped[:first_b] == [(2, 0), (4, 0), (5, 0), (5, 2)]
    assert grouped[first_b:] == [(3, 1), (6, 1), (7, 1), (7, 3)]
    # the plan's first pairs sent to the helper while the rest was planned: left out, and the
    # bases they hold (story a's, here the first pair's) last, where the helper takes its shards
    assert plan[0] == (2, 0)
    assert grouped_by_base(plan, sent=1) == [(3, 1), (6, 1), (7, 1), (7, 3), (4, 0), (5, 0), (5, 2)]


def test_a_few_words_two_reprints_share_beyond_the_base_are_no_reason_to_align_them() -> None:
    # the base changed some words: both reprints keep the original 3-grams there
    story = list(range(100, 160))
    shingles = [story[5:], story, story]
    plan = plan_alignments([0, 1, 2], [(0, 1), (0, 2), (1, 2)], shingles)
    assert plan == [(1, 0), (2, 0)]


def test_spans_of_one_article_tie_families_only_when_they_overlap_enough() -> None:
    # article 0's span 0-100 is aligned with 1 and with 2: one family of three
    tied = union_spans([(0, 0, 100, 1, 0, 100, 1, 900), (0, 10, 100, 2, 0, 90, 1, 900)])
    assert len(tied) == 1
    # a passage that only grazes another (5 of 100 characters) keeps its own family
    apart = union_spans([(0, 0, 100, 1, 0, 100, 1, 900), (0, 95, 200, 2, 0, 105, 1, 900)])
    assert len(apart) == 2


def test_origin_without_dates_goes_to_the_wire_credit_then_the_longest() -> None:
    credited = choose_origin([Candidate("x", None, None, 900), Candidate("y", None, "Reuters", 400)])
    assert credited is not None and (credited.article, credited.why) == ("y", "credited to Reuters")
    longest = choose_origin([Candidate("x", None, None, 900), Candidate("y", None, None, 400)])
    assert longest is not None and (longest.article, longest.why) == ("x", "longest version")
    tied_day = choose_origin(
        [Candidate("x", "2024-01-02", None, 900), Candidate("y", "2024-01-02", "AFP", 400)]
    )
    assert tied_day is not None and tied_day.why == "earliest, 2024-01-02; credited to AFP"
    assert choose_origin([Candidate("x", None, None, 500), Candidate("y", None, None, 500)]) is None


def test_wire_credits_are_read_in_datelines_and_bylines_not_in_citations() -> None:
    assert wire_credit(_article("a", ["Title", "LONDON (Reuters) - Shares fell."])) == "Reuters"
    assert wire_credit(_article("b", ["Title", "By The Associated Press", "Shares fell."])) == "AP"
    assert wire_credit(_article("c", ["Title", "Shares fell, Reuters reported on Monday."])) is None


def test_story_computes_families_once(seeds_dir: Path) -> None:
    story = Story.load(seeds_dir)
    first = story.families()
    assert story.families() is first
    assert first.articles == [a.name for a in story.articles if a.paragraphs]
    quote = next(f for f in first.families if "signs from Moscow" in f.text)
    assert len(quote.articles) == 2


def test_a_reprint_with_one_figure_updated_stays_in_the_family() -> None:
    rng = random.Random(9)
    updated = _article(
        "u.txt", ["Crane toll rises", *(p.replace("37 containers", "41 containers") for p in WIRE)]
    )
    articles = [_reprint(rng, "a.txt", "Crane falls on ship", "March 6, 2024"), updated]
    families = build_families(articles).families
    assert len(families) == 1
    assert sorted(families[0].articles) == ["a.txt", "u.txt"]


QUAY_QUOTE = "Ilse Brandvold called the crane unsafe."
WIRE_PHRASES = [
    "northern container terminal",
    "national transport safety board",
    "queues of lorries stretched",
    "refrigerated imports and citrus",
    "coastal motorway by the evening",
    "fruit wholesalers warned",
    "preliminary statement",
    "routine lift",
    "southern terminal where queues",
    "dock workers and spilling",
    "cargo ship injuring four",
    "shortages of bananas",
    "counterweight cable had snapped",
]


def test_a_passage_of_one_reprints_addition_is_linked_though_the_base_lacks_it() -> None:
    # b reprints a's wire story and adds a short quote; c runs the quote and mentions the
    # story's phrases in passing, so c shares far more 3-grams with a (the base) than the
    # quote gives it with b: the plan aligns c with a only, which shares no passage with it,
    # and the second pass aligns c with b, its best partner by rare 3-grams
    rng = random.Random(11)
    mentions = " ".join(filler(rng, 8).rstrip(".") + " " + p + " " + filler(rng, 4) for p in WIRE_PHRASES)
    articles = [
        _article("a.txt", ["Crane falls on ship", "March 5, 2024", *WIRE]),
        _article("b.txt", ["Port terminal shut", "March 6, 2024", *WIRE, QUAY_QUOTE]),
        _article("c.txt", ["Inspections missed", "March 7, 2024", mentions, QUAY_QUOTE, filler(rng, 60)]),
    ]
    families = build_families(articles).families
    quote = next(f for f in families if "c.txt" in f.articles)
    assert sorted(quote.articles) == ["b.txt", "c.txt"]
    assert quote.text == QUAY_QUOTE
    version = next(m for m in quote.members if m.article == "c.txt")
    assert articles[2].text[version.start : version.end] == QUAY_QUOTE
    assert version.tier == "copied"
    assert sorted(next(f for f in families if "a.txt" in f.articles).articles) == ["a.txt", "b.txt"]
