"""Reprint families: a wire story and its reprints are one family, its origin said with a
reason, a passage two other articles share is a family of its own, and weak look-alikes
are no passage at all."""

from __future__ import annotations

import random
from collections import Counter
from itertools import chain
from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.passages import build_families
from corpus.passages import families as families_module
from corpus.passages.family_build import union_spans
from corpus.passages.family_plan import (
    RARE_HOLDERS,
    bucket_cuts,
    cut_parts,
    family_posting_limit,
    grouped_by_base,
    hash_buckets,
    holder_pairs,
    index_shard,
    inner_bounds,
    merged_holders,
    pack_parts,
    packed_holders,
    plan_alignments,
    shard_cuts,
)
from corpus.passages.rare_partners import rare_partners
from corpus.passages.wire import Candidate, choose_origin, wire_credit
from corpus.story import Story

WIRE = [
    "The harbour authority of Port Elmswick closed the northern container terminal on Tuesday after a "
    "crane collapsed onto a cargo ship, injuring four dock workers and spilling 37 containers into the "
    "basin.",
    "Investigators from the national transport safety board arrived within hours and said the crane's "
    "counterweight cable had snapped during a routine lift, according to a preliminary statement.",
    "Shipping lines diverted at least nine vessels to the southern terminal, where queues of lorries "
    "stretched for six kilometres along the coastal motorway by the evening.",
    "The terminal handles roughly a fifth of the country's refrigerated imports, and fruit wholesalers "
    "warned that shortages of bananas and citrus could reach supermarkets by the weekend.",
]
PLANTED = (
    "Local fishermen staged a silent protest at the marina against the planned dredging of the estuary, "
    "holding banners that demanded an independent study of the eel spawning grounds first."
)


def _filler(rng: random.Random, words: int) -> str:
    """Sentences of made-up words: text that shares nothing with anything by chance."""
    parts = "ka lo mi ren tu sa vi dor pel an ust ri mo bel fa gor ni te".split()
    sentences = []
    while words > 0:
        n = rng.randint(8, 16)
        sentences.append(
            " ".join(rng.choice(parts) + rng.choice(parts) + rng.choice(parts) for _ in range(n))
        )
        sentences[-1] = sentences[-1].capitalize() + "."
        words -= n
    return " ".join(sentences)


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
        _article("e.txt", ["An unrelated item", _filler(rng, 90), PLANTED, _filler(rng, 60)]),
        _article("f.txt", ["Nothing shared", _filler(rng, 150)]),
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
        _article("x.txt", ["Navy captures pirates", _filler(rng, 80), first, _filler(rng, 80)]),
        # (headlines in other words: two headlines of one claim are a rewording, which the second
        # pass now aligns through the names the two articles share)
        _article("y.txt", ["Tanker crew freed after raid", _filler(rng, 80), second, _filler(rng, 80)]),
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
    mentions = " ".join(_filler(rng, 8).rstrip(".") + " " + p + " " + _filler(rng, 4) for p in WIRE_PHRASES)
    articles = [
        _article("a.txt", ["Crane falls on ship", "March 5, 2024", *WIRE]),
        _article("b.txt", ["Port terminal shut", "March 6, 2024", *WIRE, QUAY_QUOTE]),
        _article("c.txt", ["Inspections missed", "March 7, 2024", mentions, QUAY_QUOTE, _filler(rng, 60)]),
    ]
    families = build_families(articles).families
    quote = next(f for f in families if "c.txt" in f.articles)
    assert sorted(quote.articles) == ["b.txt", "c.txt"]
    assert quote.text == QUAY_QUOTE
    version = next(m for m in quote.members if m.article == "c.txt")
    assert articles[2].text[version.start : version.end] == QUAY_QUOTE
    assert version.tier == "copied"
    assert sorted(next(f for f in families if "a.txt" in f.articles).articles) == ["a.txt", "b.txt"]


def test_rare_partners_pair_each_article_with_its_best_unplanned_sharer_of_rare_3grams() -> None:
    common = list(range(1000, 1000 + 20))  # held by every article: more than RARE_HOLDERS
    count = RARE_HOLDERS + 2
    shingles = [sorted(common + [2000 + k * 10 + x for x in range(3)]) for k in range(count)]
    shingles[5] = sorted(shingles[5] + [7001, 7002, 7003])
    shingles[9] = sorted(shingles[9] + [7001, 7002, 7003, 7004, 7005])
    shingles[10] = sorted(shingles[10] + [7004, 7005])
    order = list(range(count))
    rare = holder_pairs(order, shingles).rare
    assert rare_partners(order, rare, planned=[]) == [(9, 5), (10, 9)]
    # a pair already planned is not proposed again: 9's next best is 10
    assert rare_partners(order, rare, planned=[(9, 5)]) == [(10, 9)]


def test_holder_pairs_counted_bucket_by_bucket_in_the_helpers_form_are_the_same() -> None:
    """Step 2 split into hash ranges, each packed into arrays as sent to the helper process and
    counted there, gives the pairs and rare counts of one pass over every hash."""
    rng = random.Random(7)
    source = [rng.randrange(1 << 30) for _ in range(300)]
    shingles = []
    for k in range(60):  # reprints of three sources with hashes of their own, and a shared passage
        own = source[(k % 3) * 100 : (k % 3) * 100 + 100]
        kept = [h for h in own if rng.random() > 0.2] + [rng.randrange(1 << 30) for _ in range(20)]
        if k % 7 == 0:
            kept += source[250:260]
        shingles.append(sorted(set(kept)))
    order = list(range(60))
    rng.shuffle(order)
    whole = holder_pairs(order, shingles)
    limit = family_posting_limit(len(shingles))
    cuts = bucket_cuts(shingles, inner_bounds(hash_buckets(3)))
    split = merged_holders(
        packed_holders(order, *pack_parts(cut_parts(order, shingles, cuts, k)), limit) for k in range(3)
    )
    parts = [cut_parts(order, shingles, cuts, k) for k in range(3)]  # each hash in one bucket
    rejoined = [sorted(chain.from_iterable(p[x] for p in parts)) for x in range(60)]
    assert rejoined == [shingles[a] for a in order]
    assert whole.first and whole.rare
    assert split.first == whole.first
    assert split.rare == whole.rare


def test_the_helpers_larger_bucket_counts_the_same_holder_pairs() -> None:
    """With the helper and two buckets, this process's bucket is the first HERE_SHARE of the hash
    range (it packs the helper's and makes the weights besides): the pairs counted bucket by
    bucket at that bound are those counted whole; without the helper, or past two buckets, the
    buckets are even, and with the helper as many for each process."""
    rng = random.Random(13)
    source = [rng.randrange(1 << 30) for _ in range(200)]
    shingles = [
        sorted({h for h in source[(k % 2) * 100 : (k % 2) * 100 + 100] if rng.random() > 0.2})
        for k in range(40)
    ]
    order = list(range(40))
    rng.shuffle(order)
    bounds = families_module.holder_bucket_bounds(4000, parallel=True)
    assert bounds == [int(families_module.HERE_SHARE * (1 << 30))] and 0 < bounds[0] < 1 << 29
    cuts = bucket_cuts(shingles, bounds)
    parts = [cut_parts(order, shingles, cuts, k) for k in range(2)]
    assert all(parts[0][x] and parts[1][x] for x in range(40))  # both buckets hold hashes of each
    limit = family_posting_limit(len(shingles))
    split = merged_holders(packed_holders(order, *pack_parts(part), limit) for part in parts)
    whole = holder_pairs(order, shingles)
    assert whole.first and split.first == whole.first and split.rare == whole.rare
    assert families_module.holder_bucket_bounds(4000, parallel=False) == []
    assert families_module.holder_bucket_bounds(20000, parallel=True) == inner_bounds(hash_buckets(6))
    assert families_module.holder_bucket_bounds(20000, parallel=False) == inner_bounds(hash_buckets(5))
    assert len(families_module.holder_bucket_bounds(10000, parallel=True)) == 3  # four buckets: two each


def test_holder_pairs_are_each_articles_first_holders_sharing_enough_of_its_3grams() -> None:
    """Step 2 against its definition, counted hash by hash: (first holder in ``order``, article)
    pairs sharing at least two 3-grams held by fewer articles than the common limit, and every
    pair of holders of a 3-gram held by 2 to RARE_HOLDERS articles."""
    rng = random.Random(11)
    common = [rng.randrange(1 << 30) for _ in range(5)]
    sources = [[rng.randrange(1 << 30) for _ in range(40)] for _ in range(4)]
    shingles = []
    for k in range(90):
        kept = [h for h in sources[k % 4] if rng.random() > 0.3] + [rng.randrange(1 << 30) for _ in range(15)]
        kept += common if k % 2 else common[:2]
        shingles.append(sorted(set(kept)))
    order = list(range(90))
    rng.shuffle(order)
    limit = family_posting_limit(len(shingles))
    holders: dict[int, list[int]] = {}
    for k in order:
        for h in shingles[k]:
            holders.setdefault(h, []).append(k)
    shared: dict[tuple[int, int], int] = {}
    rare: dict[tuple[int, int], int] = {}
    for held in holders.values():
        if len(held) <= limit:
            for k in held[1:]:
                shared[(held[0], k)] = shared.get((held[0], k), 0) + 1
        if len(held) <= RARE_HOLDERS:
            for x, i in enumerate(sorted(held)):
                for j in sorted(held)[x + 1 :]:
                    rare[(i, j)] = rare.get((i, j), 0) + 1
    expected = sorted((min(pair), max(pair)) for pair, count in shared.items() if count >= 2)
    found = holder_pairs(order, shingles)
    assert any(len(h) > limit for h in holders.values())  # the common 3-grams are left out
    assert len(expected) > 40 and found.first == expected
    assert dict(found.rare) == rare


def test_the_index_cuts_each_articles_hashes_where_the_buckets_meet() -> None:
    """The cuts index_shard finds while indexing (shard by shard) are the positions of each
    article's first hash at or above each bound, as a search in its hashes finds them."""
    rng = random.Random(3)
    texts = [" ".join([*WIRE[: 1 + k % 4], _filler(rng, 40)]) for k in range(7)]
    bounds = inner_bounds(hash_buckets(4))
    shards = [index_shard(range(0, 4), texts[:4], bounds), index_shard(range(4, 7), texts[4:], bounds)]
    shingles = [h for shard in shards for h in shard.shingles]
    assert shard_cuts(shards, len(bounds)) == bucket_cuts(shingles, bounds)
    for k, hashes in enumerate(shingles):
        assert len(hashes) > 20
        for bound, cut in zip(bounds, (c[k] for c in bucket_cuts(shingles, bounds)), strict=True):
            assert all(h < bound for h in hashes[:cut]) and all(h >= bound for h in hashes[cut:])


def test_index_shards_counted_into_one_running_count_are_the_sum_of_their_own_counts() -> None:
    rng = random.Random(5)
    texts = [" ".join([*WIRE[k % 4 :], _filler(rng, 30)]) for k in range(6)]
    own = [index_shard(range(0, 3), texts[:3]), index_shard(range(3, 6), texts[3:])]
    running: Counter[str] = Counter()
    into = [index_shard(range(k, k + 3), texts[k : k + 3], counts=running) for k in (0, 3)]
    assert running == own[0].surface + own[1].surface
    assert running["crane"] == 2 and running["Investigators"] == 4  # one count an article holding the word
    assert not into[0].surface and not into[1].surface
    assert [s.shingles for s in into] == [s.shingles for s in own]
