"""The loader's byte-level fast paths (words counted on UTF-8, Latin-1 texts told Latin at once) give
what the plain code gives, written out here as the specification, on text built from the characters
that could tell them apart: letters beyond ASCII, white space beyond ASCII, marks, lone surrogates,
tokens longer than a word."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.chrome import NON_WORD_MARKS, is_named_byline
from corpus.ingest.headline import could_be_byline, has_words, read_header
from corpus.ingest.meta import is_mostly_latin
from corpus.ingest.structure import split_paragraphs
from corpus.ingest.word_count import LONG_TOKEN, WIDE_SPACES, count_words, token_bytes
from corpus.model import Block, BlockKind

NOT_WORD = "#*_-–—•·|/\\“”\"'‘’()[]{}.,;:!?…<>=+~"


def words_spec(text: str) -> int:
    """Tokens between white space, bare punctuation left out, a long token counted by its runs of
    letters and digits."""
    total = 0
    for token in text.split():
        if len(token) > LONG_TOKEN:
            total += len(re.findall(r"[^\W_]+", token))
        else:
            total += bool(token.strip(NOT_WORD))
    return total


def test_the_wide_spaces_are_every_white_space_beyond_ascii() -> None:
    wide = [chr(c) for c in range(128, sys.maxunicode + 1) if chr(c).isspace()]
    assert "".join(wide) == WIDE_SPACES


def test_every_mark_of_a_word_s_edge_beyond_ascii_is_written_ascii() -> None:
    """What lets the bytes of a character beyond ASCII count as a word's: none of them is punctuation
    a bare token is made of, once the marks are written as ASCII."""
    assert all(c in NON_WORD_MARKS for c in NOT_WORD if not c.isascii())


ALPHABET = [*"ab .-_’“—\n", "é", "Я", "\u2009", "\u3000", "\x85", "\xa0", "©", "\ud800", "x" * 31, "é" * 16]
TEXTS = st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_words_of_any_text_are_its_tokens_counted(text: str) -> None:
    assert count_words(text, [Block(0, len(text), "body", 0)]) == words_spec(text)


def test_words_read_as_people_write_them() -> None:
    text = "Café owners—and “détente” — said: https://example.org/a-very-long-address-of-a-page ok"
    assert count_words(text, [Block(0, len(text), "body", 0)]) == words_spec(text) == 15


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_token_bytes_keep_every_token_and_where_it_splits(text: str) -> None:
    data = token_bytes(text)
    if any(c in WIDE_SPACES and c not in NON_WORD_MARKS for c in text):
        assert data is None
        return
    assert data is not None
    shaped = data.translate(bytes(32 if b < 128 and chr(b).isspace() else 119 for b in range(256)))
    assert len(shaped.split()) == len(text.split())


def mostly_latin_spec(text: str) -> bool:
    head = text[:5_000]
    letters = [c for c in head if c.isalpha()]
    other = [c for c in letters if c > "\u024f"]
    return len(letters) - len(other) >= 0.8 * len(letters)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab .", "é", "ÿ", "ª", "×", "ć", "ɏ", "Я", "Ж", "語", "’", "—", "€", "\xa0", "1"]),
        max_size=30,
    ).map("".join)
)
def test_a_text_is_latin_when_four_letters_in_five_are(text: str) -> None:
    assert is_mostly_latin(text) == mostly_latin_spec(text)


def test_every_character_of_latin_extended_a_and_b_is_a_letter() -> None:
    # (is_mostly_latin counts them as letters without asking each)
    assert all(chr(c).isalpha() for c in range(0x100, 0x250))


def test_latin_read_as_people_write_them() -> None:
    assert is_mostly_latin("“Détente,” she said — in Zürich.")
    assert not is_mostly_latin("Москва заявила, что «диалог» возможен.")
    # a Latin text with a few letters of another script and signs beyond Latin-1 is Latin
    assert is_mostly_latin("The Ωmega Trust paid €4m to Łukasz Nowak’s firm in Kraków, and δ rose.")
    assert not is_mostly_latin("Ελλάδα: η Łódź και ο Nowak — αγώνας στην Αθήνα.")


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab \n\t", "\u2009", "\xa0", "é"]), max_size=40).map("".join),
    st.integers(1, 8),
)
def test_a_line_has_as_many_words_as_its_split_gives(line: str, least: int) -> None:
    assert has_words(line, least) == (len(line.split()) >= least)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(["By ", "by", "BY", "İ", "y", "Jane ", "Roe", ", ", "x" * 40, "\n"]), max_size=8)
)
def test_no_byline_is_passed_over_unread(pieces: list[str]) -> None:
    text = "Lead.\n" + "".join(pieces)
    start, end = 6, len(text)
    if is_named_byline(text[start:end]):
        assert could_be_byline(text, start, end)


def test_a_byline_under_the_standfirst_is_chrome_and_the_text_is_not_read_as_one() -> None:
    lead = "Jane Roe said on Tuesday that the council would vote on the budget next week, " * 2
    text = "Council to vote on budget\n\n" + lead + "\n\nBy Jane Roe, Associated Press\n\n" + lead
    paragraphs = split_paragraphs(text)
    kinds: list[BlockKind] = ["body"] * len(paragraphs)
    header = read_header(text, paragraphs, kinds)
    assert kinds == ["title", "body", "boilerplate", "body"]
    assert header.source == "Associated Press"


def line_paragraphs_spec(text: str) -> list[tuple[int, int]]:
    """Each line with text, stripped, as a paragraph: what a text of one-line blocks, or of blocks
    with a line too long to be hard-wrapped, is split into."""
    spans, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = at + len(line) - len(line.lstrip())
            spans.append((start, start + len(line.strip())))
        at += len(line) + 1
    return spans


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\n\n", " ", "\t", "\u2028", "Go. ", "é", "x" * 101]), max_size=30))
def test_lines_of_text_are_the_paragraphs_where_none_can_be_joined(pieces: list[str]) -> None:
    text = "".join(pieces)
    blocks = [b for b in re.split(r"\n[^\S\n]*\n", text) if b.strip()]
    joinable = any(
        len([ln for ln in b.split("\n") if ln.strip()]) > 1
        and max(len(ln.strip()) for ln in b.split("\n")) <= 100
        for b in blocks
    )
    if not joinable:
        assert split_paragraphs(text) == line_paragraphs_spec(text)
        assert split_paragraphs(text.replace("\n", "\r")) == line_paragraphs_spec(text)
