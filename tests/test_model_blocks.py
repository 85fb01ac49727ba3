"""An Article keeps its paragraphs and sentences as compact arrays (``Blocks``) and hands them out
as the same Block objects, offsets and kinds a list of them would hold."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article, Block, Blocks

TEXT = (
    "Storm closes the coast road\n\n"
    "The coast road was closed on Tuesday after the storm brought down trees. "
    "Crews expect to open it by Friday.\n\n"
    "“We are doing what we can,” the mayor said. Residents were told to stay home.\n\n"
    "Share this article on social media"
)


def _blocks_by_scan(text: str) -> list[Block]:
    """The paragraphs as a plain scan of the text finds them: runs between blank lines."""
    found, start = [], 0
    for index, part in enumerate(text.split("\n\n")):
        found.append((start, start + len(part), index))
        start += len(part) + 2
    return [Block(s, e, "body", i) for s, e, i in found]


def test_blocks_hand_out_the_blocks_they_were_given() -> None:
    given = _blocks_by_scan(TEXT)
    blocks = Blocks(given)
    assert len(blocks) == len(given) == 4
    assert list(blocks) == given and blocks == given
    assert [blocks[k] for k in range(-4, 4)] == given[-4:] + given
    assert blocks[1:3] == given[1:3] and blocks[::2] == given[::2] and blocks[3:1] == []
    assert [TEXT[b.start : b.end] for b in blocks] == TEXT.split("\n\n")


def test_an_index_past_the_end_is_an_index_error() -> None:
    blocks = Blocks(_blocks_by_scan(TEXT))
    for index in (4, -5):
        try:
            blocks[index]
        except IndexError:
            continue
        raise AssertionError(f"index {index} was found")


def test_an_article_packs_what_it_is_given_and_assigned() -> None:
    article = article_from_text("storm.txt", Path("storm.txt"), TEXT)
    assert isinstance(article.paragraphs, Blocks) and isinstance(article.sentences, Blocks)
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[0] == "title" and "body" in kinds
    relabelled = [Block(p.start, p.end, "boilerplate", p.paragraph) for p in article.paragraphs]
    article.paragraphs = relabelled
    assert isinstance(article.paragraphs, Blocks) and article.paragraphs == relabelled
    assert article.body_paragraphs() == []


def test_kind_at_finds_the_paragraph_holding_an_offset() -> None:
    article = article_from_text("storm.txt", Path("storm.txt"), TEXT)
    for p in article.paragraphs:
        assert article.kind_at(p.start) == p.kind and article.kind_at(p.end - 1) == p.kind
        assert article.kind_at(p.end) is None  # the blank line after it
    assert article.kind_at(len(TEXT) + 10) is None


def test_an_article_survives_pickling_and_compares_by_its_fields() -> None:
    article = article_from_text("storm.txt", Path("storm.txt"), TEXT)
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article and copy.sentences == article.sentences
    copy.title = "Another title"
    assert copy != article


def test_outlet_names_are_held_once() -> None:
    made = [
        Article(f"{k}.txt", Path(f"{k}.txt"), "text", source="".join(["Daily ", "Planet"])) for k in range(3)
    ]
    assert made[0].source == "Daily Planet"
    assert made[0].source is made[1].source is made[2].source


def test_rows_round_trip_as_the_cache_writes_and_reads_them() -> None:
    article = article_from_text("storm.txt", Path("storm.txt"), TEXT)
    rows = article.sentences.rows()
    assert rows == [(s.start, s.end, s.kind, s.paragraph) for s in article.sentences]
    assert Blocks.from_rows([list(row) for row in rows]) == article.sentences
    assert article.sentences.spans() == [(s.start, s.end, s.kind) for s in article.sentences]


def test_rows_a_block_cannot_hold_are_refused() -> None:
    for bad in ([[0, 5, "sidebar", 0]], [[-1, 5, "body", 0]], [[0, 5, "body"]]):
        try:
            Blocks.from_rows(bad)
        except (KeyError, OverflowError, ValueError):
            continue
        raise AssertionError(f"{bad} was taken")


def test_blocks_pickle_as_their_numbers() -> None:
    """The families' helper is sent each article it aligns: its sentences go as the array of
    numbers they are kept in (16 bytes a block), not as a Block object each."""
    article = article_from_text("storm.txt", Path("storm.txt"), TEXT * 20)
    sentences = article.sentences
    data = pickle.dumps(sentences)
    copy = pickle.loads(data)
    assert isinstance(copy, Blocks) and copy == sentences and len(sentences) > 40
    assert [(b.start, b.end, b.kind, b.paragraph) for b in copy] == sentences.rows()
    assert len(data) < 16 * len(sentences) + 200


def test_bytes_round_trip_as_the_cache_writes_and_reads_them() -> None:
    article = article_from_text("storm.txt", Path("storm.txt"), TEXT)
    for blocks in (article.paragraphs, article.sentences, Blocks()):
        data = blocks.to_bytes()
        assert len(data) == 16 * len(blocks)
        again = Blocks.from_bytes(data)
        assert again == blocks and again.rows() == blocks.rows()


def test_bytes_that_are_no_blocks_are_refused() -> None:
    good = article_from_text("storm.txt", Path("storm.txt"), TEXT).sentences.to_bytes()
    unknown_kind = good[:8] + (7).to_bytes(4, sys.byteorder) + good[12:]
    for bad in (good[:-1], good[:-4], unknown_kind):
        try:
            Blocks.from_bytes(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was taken")
