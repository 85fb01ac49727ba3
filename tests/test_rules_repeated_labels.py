"""The corpus-wide pass that finds repeated chrome (a short label several articles carry and none is
about) reads the short paragraphs picked from the blocks' array, each paragraph's kind from it, and
another article's paragraph keys once however many of its labels ask: the same labels found."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from corpus.ingest import repeats
from corpus.ingest.repeats import repeated_chrome
from corpus.model import Article, Block, Blocks


def _article(name: str, paragraphs: list[tuple[str, str]]) -> Article:
    text = ""
    blocks = []
    for n, (words, kind) in enumerate(paragraphs):
        if text:
            text += "\n\n"
        blocks.append(Block(len(text), len(text) + len(words), kind, n))  # type: ignore[arg-type]
        text += words
    return Article(name=name, path=Path("/nowhere") / name, text=text, paragraphs=blocks, sentences=blocks)


def _story(n: int, topic: str) -> list[tuple[str, str]]:
    return [
        (f"Ferry {topic} number {n} reopens", "title"),
        (f"The port authority said the {topic} service {n} would run again from May after repairs.", "body"),
        ("Tap here to follow us", "body"),
        (
            f"Crews of the {topic} line spent the winter training on the new boats, the authority said.",
            "body",
        ),
    ]


def test_short_blocks_and_kinds_are_read_from_the_array() -> None:
    blocks = Blocks.of(
        [Block(0, 10, "title", 0), Block(12, 200, "body", 1), Block(202, 220, "boilerplate", 2)]
    )
    assert blocks.short(20) == [(0, 0, 10), (2, 202, 220)]
    assert blocks.short(10) == [(0, 0, 10)]
    assert blocks.short(9) == []
    assert [blocks.kind_of(i) for i in range(3)] == ["title", "body", "boilerplate"]
    assert Blocks.of([]).short(100) == []


def test_a_label_in_several_articles_that_none_is_about_is_chrome() -> None:
    articles = [
        _article(f"a{n}.txt", _story(n, topic)) for n, topic in enumerate(("harbour", "island", "bay"))
    ]
    assert repeated_chrome(articles) == {0: [2], 1: [2], 2: [2]}
    alone = [articles[0], _article("other.txt", _story(9, "river")[:2])]
    assert repeated_chrome(alone) == {}  # in one article only: not repeated


def test_another_articles_keys_are_made_once_however_many_labels_ask() -> None:
    # every article repeats the same three labels, each beside a paragraph (its neighbour) that only
    # it has: each label asks every other article whether that neighbour is copied there too
    def story(n: int) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = [(f"Council vote number {n}", "title")]
        for label, topic in (
            ("Tap here to follow us", "roads"),
            ("Read more below", "parks"),
            ("Sign up for alerts", "schools"),
        ):
            rows.append((f"Councillor {n} spoke of the {topic} budget for an hour.", "body"))
            rows.append((label, "body"))
        return rows

    articles = [_article(f"c{n}.txt", story(n)) for n in range(5)]
    made = []
    real = repeats.paragraph_keys

    def counted(article: Article) -> set[str]:
        made.append(article.name)
        return real(article)

    with mock.patch.object(repeats, "paragraph_keys", counted):
        found = repeated_chrome(articles)
    assert found == {n: [2, 4, 6] for n in range(5)}
    assert sorted(made) == sorted(set(made))  # each article's keys made once
    assert len(made) == 5


def test_a_label_beside_a_copied_paragraph_is_a_copied_passage() -> None:
    shared = "The port authority said the ferry would run again from May after repairs."
    first = _article(
        "w1.txt", [("Ferry back in May", "title"), (shared, "body"), ("Ferry news in brief", "body")]
    )
    second = _article(
        "w2.txt", [("Ferry returns", "title"), (shared, "body"), ("Ferry news in brief", "body")]
    )
    assert repeated_chrome([first, second]) == {}


def test_a_line_repeated_across_the_corpus_is_judged_once_for_each_way_it_is_written() -> None:
    articles = [
        _article(f"s{n}.txt", _story(n, topic)) for n, topic in enumerate(("tram", "bus", "rail", "taxi"))
    ]
    articles.append(_article("s9.txt", [*_story(9, "bike"), ("Tap here  to follow us", "body")]))
    judged = []
    real = repeats._is_label

    def counted(line: str) -> bool:
        judged.append(line)
        return real(line)

    with mock.patch.object(repeats, "_is_label", counted):
        found = repeated_chrome(articles)
    # the button in every article, and written with other spacing once more: chrome wherever it stands
    assert found == {0: [2], 1: [2], 2: [2], 3: [2], 4: [2, 4]}
    assert judged.count("Tap here to follow us") == 1 and judged.count("Tap here  to follow us") == 1
    assert len(judged) == len(set(judged))  # each title a line of its own, judged once
