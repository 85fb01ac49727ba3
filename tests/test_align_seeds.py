"""Aligning two seed articles: real quotes and rewordings found, false friends left alone."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from corpus.ingest.load import load_corpus
from corpus.model import Article, Overlap, Passage
from corpus.passages import WordWeights, align_articles


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    return {a.name[:3]: a for a in load_corpus(seeds_dir)}


@pytest.fixture(scope="module")
def weights(seeds: dict[str, Article]) -> WordWeights:
    return WordWeights.from_articles(seeds.values())


def _find(overlap: Overlap, a_words: str, b_words: str) -> Passage:
    found = [p for p in overlap.passages if a_words in p.a_text and b_words in p.b_text]
    assert len(found) == 1, [(p.a_text, p.b_text) for p in overlap.passages]
    return found[0]


def test_the_stoltenberg_quote_in_two_wordings_is_reworded_not_copied(seeds, weights) -> None:
    # One statement quoted by two outlets: "should"/"could", a sentence cut, other framing.
    # Under a third of its word 3-grams are shared, so it is no verbatim reuse.
    a, b = seeds["000"], seeds["004"]
    overlap = align_articles(a, b, weights)
    passage = _find(overlap, "There are signs from Moscow that diplomacy should", "diplomacy could continue")
    assert passage.tier == "reworded"
    # Widened to whole sentences: the three quoted sentences of 000, the one of 004.
    assert passage.a_text.startswith("“There are signs from Moscow")
    assert passage.a_text.endswith("defence ministers in Brussels.")
    assert "This gives grounds for cautious optimism." in passage.a_text
    assert passage.b_text.endswith("talks in Brussels.")
    replaced = [
        (a.text[o.a_start : o.a_end].strip(), b.text[o.b_start : o.b_end].strip())
        for o in passage.ops
        if o.op == "replace"
    ]
    assert ("should", "could") in replaced
    deleted = " ".join(a.text[o.a_start : o.a_end] for o in passage.ops if o.op == "delete")
    assert "cautious optimism" in deleted  # 004 cut that sentence
    assert 0.3 < passage.similarity < 1


def test_the_100000_troops_rewording_is_found_as_reworded(seeds, weights) -> None:
    overlap = align_articles(seeds["000"], seeds["001"], weights)
    passage = _find(overlap, "amassed over 100,000 troops", "More than 100,000 Russian troops have masse")
    assert passage.tier == "reworded"
    assert passage.b_text == "More than 100,000 Russian troops have masse at Ukraine’s border."
    assert passage.similarity < 0.75


def test_false_friends_sharing_names_titles_and_verbs_do_not_align(seeds, weights) -> None:
    overlap = align_articles(seeds["000"], seeds["001"], weights)
    for passage in overlap.passages:
        assert "Stoltenberg told reporters in Brussels" not in passage.b_text
        assert "Peskov told a briefing" not in passage.a_text
        assert "Dmitry Peskov told journalists" not in passage.b_text


def test_a_quote_fragment_in_other_words_is_found(seeds, weights) -> None:
    overlap = align_articles(seeds["000"], seeds["003"], weights)
    passage = _find(
        overlap, "This gives grounds for cautious optimism.", "some grounds for cautious optimism"
    )
    assert passage.a_text == "This gives grounds for cautious optimism."
    equal = [seeds["003"].text[o.b_start : o.b_end] for o in passage.ops if o.op == "equal"]
    assert any("grounds for cautious optimism" in e for e in equal)


def test_unrelated_seed_pairs_share_little(seeds, weights) -> None:
    # 003 (AP video text) and 004 (dpa) tell the story with different facts.
    assert align_articles(seeds["003"], seeds["004"], weights).passages == []


def test_boilerplate_never_aligns(seeds, weights) -> None:
    for a, b in itertools.permutations(seeds.values(), 2):
        for passage in align_articles(a, b, weights).passages:
            assert a.kind_at(passage.a_start) != "boilerplate"
            assert b.kind_at(passage.b_start) != "boilerplate"


@pytest.mark.parametrize("pair", list(itertools.combinations(["000", "001", "002", "003", "004"], 2)))
def test_every_seed_pair_is_symmetric_and_slices_exactly(seeds, weights, pair) -> None:
    a, b = seeds[pair[0]], seeds[pair[1]]
    forward = align_articles(a, b, weights)
    backward = align_articles(b, a, weights)
    assert (forward.a, forward.b, backward.a, backward.b) == (a.name, b.name, b.name, a.name)
    assert [p.a_start for p in forward.passages] == sorted(p.a_start for p in forward.passages)
    swapped = sorted(
        (p.b_start, p.b_end, p.a_start, p.a_end, p.similarity, p.tier) for p in backward.passages
    )
    assert sorted(
        (p.a_start, p.a_end, p.b_start, p.b_end, p.similarity, p.tier) for p in forward.passages
    ) == (swapped)
    for p in forward.passages:
        assert p.a_text == a.text[p.a_start : p.a_end]
        assert p.b_text == b.text[p.b_start : p.b_end]
        assert "".join(a.text[o.a_start : o.a_end] for o in p.ops) == p.a_text
        assert "".join(b.text[o.b_start : o.b_end] for o in p.ops) == p.b_text


def test_weights_rank_rare_content_above_names_and_attribution(weights) -> None:
    assert weights.weight("100000") > weights.weight("troop") > weights.weight("told")
    assert weights.weight("the") == 0
    assert not weights.is_content("stoltenberg")
    assert not weights.is_content("told")
    assert weights.is_content("optimism")


def _pair(text_a: str, text_b: str) -> Overlap:
    from corpus.ingest.load import article_from_text

    filler = [
        article_from_text(f"f{i}.txt", Path(f"f{i}.txt"), f"Story {i}\n\nThe weather on day {i} was mild.")
        for i in range(8)
    ]
    a = article_from_text("a.txt", Path("a.txt"), "First report\n\n" + text_a)
    b = article_from_text("b.txt", Path("b.txt"), "Second report\n\n" + text_b)
    return align_articles(a, b, WordWeights.from_articles([a, b, *filler]))


def test_a_shared_noun_phrase_in_two_wordings_is_reworded_not_copied() -> None:
    # ECB+-like: two outlets report one fact and share a 7-word phrase, nothing more.
    overlap = _pair(
        "Almost all of the 288 candidates running for 125 seats in the parliament are loyal to President"
        " Berdymukhamedov, who won the last election with 97 percent of the vote.",
        "Critics say the 288 candidates running for 125 seats were all vetted by the government and are"
        " loyal to Berdymukhamedov, re-elected with 97 percent in 2012.",
    )
    assert [p.tier for p in overlap.passages] == ["reworded"]


def test_a_long_verbatim_run_is_copied() -> None:
    overlap = _pair(
        "Officials said the bridge across the northern river would stay closed until engineers finish"
        " their inspection next week, a spokesman said.",
        "The bridge across the northern river would stay closed until engineers finish their"
        " inspection, according to the regional council.",
    )
    assert [p.tier for p in overlap.passages] == ["copied"]
