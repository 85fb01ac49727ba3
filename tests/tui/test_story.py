"""corpus.story.Story: the lookups the screens use, computed once, consistent with the engine."""

from __future__ import annotations

from corpus.passages import swap_overlap
from corpus.quotes import find_quotes
from corpus.story import Story
from tests.tui.conftest import A000, A004, SEEDS


def test_lookups_match_the_engine_answers() -> None:
    story = Story.load(SEEDS)
    quotes, speakers = find_quotes([a for a in story.articles if a.paragraphs])
    assert len(story.quotes()) == len(quotes)
    assert {s.name for s in story.speakers()} == {s.name for s in speakers}
    ordered = story.quotes_of(A000)
    assert [q.start for q in ordered] == sorted(q.start for q in quotes if q.article == A000)
    top = story.speakers()[0]
    assert story.speaker_rank(top.name) == 0
    assert all(q.speaker == top.name for q in story.quotes_by(top.name))
    assert len(story.quotes_by(top.name)) == top.quotes
    signs = next(q for q in ordered if q.text.startswith("There are signs from Moscow"))
    wordings = {q.article for q in story.quotes_in_group(signs.group)}
    assert {A000, A004} <= wordings
    assert story.quotes() is story.quotes()  # computed once


def test_overlap_of_a_pair_is_the_swapped_overlap_of_the_other_order() -> None:
    story = Story.load(SEEDS)
    ab = story.overlap(A000, A004)
    ba = story.overlap(A004, A000)
    assert ab.passages, "000 and 004 share the Stoltenberg quote"
    assert (ab.a, ab.b, ba.a, ba.b) == (A000, A004, A004, A000)
    assert sorted((p.a_start, p.b_start) for p in ab.passages) == sorted(
        (p.b_start, p.a_start) for p in ba.passages
    )
    a, b = story.article(A000), story.article(A004)
    for p in ba.passages:
        assert b.text[p.a_start : p.a_end] == p.a_text and a.text[p.b_start : p.b_end] == p.b_text
    twice = swap_overlap(swap_overlap(ab))
    assert [(p.a_start, p.b_start, [o.op for o in p.ops]) for p in twice.passages] == [
        (p.a_start, p.b_start, [o.op for o in p.ops]) for p in ab.passages
    ]


def test_shares_count_each_articles_passages_from_the_graph() -> None:
    story = Story.load(SEEDS)
    shares = story.shares()
    graph = story.graph()
    assert sum(shares.values()) == 2 * sum(e.passages for e in graph.edges)
    assert story.shared_passages() == sum(e.passages for e in graph.edges)
    assert shares[A000] > 0


def test_articles_are_numbered_by_position_whatever_their_file_names(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # One numbering everywhere: the seeds' file names start 000…004, yet they are articles 1–5, as in
    # `storydiff list`; per-event folders ("10_1ecb.txt") are numbered the same way.
    seeds = Story.load(SEEDS)
    assert [seeds.tag(a.name) for a in seeds.articles] == ["1", "2", "3", "4", "5"]
    assert seeds.find("1") is seeds.articles[0] and seeds.find("5") is seeds.articles[4]
    for folder, name in [("10ecb", "10_1ecb.txt"), ("10ecb", "10_2ecb.txt"), ("11ecb", "11_1ecb.txt")]:
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(f"Title {name}\n\nSome words of the article {name}.\n")
    events = Story.load(tmp_path)
    assert [events.tag(a.name) for a in events.articles] == ["1", "2", "3"]
    assert events.number(events.articles[2].name) == 3
    assert events.index_of(events.articles[2].name) == 2
