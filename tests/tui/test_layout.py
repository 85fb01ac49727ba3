"""Unit tests for the pieces under the screens: line layout on offsets, marks, quote spans."""

from __future__ import annotations

from rich.cells import cell_len

from corpus.model import Quote
from tui.highlights import quote_marks, quote_span
from tui.widgets.marks import Mark, MarkIndex
from tui.widgets.wrap import BLANK, LineMap, shown, wrap_span


def test_wrap_keeps_every_character_and_fits_the_width() -> None:
    text = "Some troops in Russia’s military districts are returning to their bases, the ministry said."
    lines = wrap_span(text, 0, len(text), 20)
    assert "".join(text[s:e] for s, e in lines) == text
    assert all(cell_len(shown(text[s:e]).rstrip()) <= 20 for s, e in lines)
    assert len(lines) > 3


def test_wrap_breaks_at_newlines_and_cuts_words_wider_than_the_screen() -> None:
    text = "short\n" + "x" * 25
    lines = wrap_span(text, 0, len(text), 10)
    assert [text[s:e] for s, e in lines] == ["short", "x" * 10, "x" * 10, "x" * 5]


def test_wide_characters_count_as_two_cells() -> None:
    text = "日本語のテキスト " * 6
    lines = wrap_span(text, 0, len(text), 16)
    assert all(cell_len(text[s:e].rstrip()) <= 16 for s, e in lines)


def test_no_wrap_only_breaks_at_newlines() -> None:
    text = "a" * 300 + "\nb"
    assert wrap_span(text, 0, len(text), None) == [(0, 300), (301, 302)]


def test_a_megabyte_paragraph_lays_out_in_one_pass() -> None:
    text = "word " * 200_000
    lines = wrap_span(text, 0, len(text), 80)
    assert lines[-1][1] == len(text)
    assert len(lines) == len(text) // 80  # 16 words and their spaces fill each line exactly


def test_line_map_finds_the_line_of_an_offset() -> None:
    lines = [(0, 10), BLANK, (12, 20), (20, 30)]
    line_map = LineMap(lines)
    assert line_map.line_of(0) == 0
    assert line_map.line_of(15) == 2
    assert line_map.line_of(25) == 3


def test_mark_index_finds_long_marks_that_start_before_a_line() -> None:
    index = MarkIndex([Mark(0, 100, "quote"), Mark(40, 45, "mention", layer=2), Mark(200, 210, "quote")])
    found = index.touching(50, 60)
    assert [m.component for m in found] == ["quote"]
    assert [m.component for m in index.touching(40, 50)] == ["quote", "mention"]
    assert index.touching(120, 150) == []


def test_quote_marks_cover_the_quote_marks_and_underline_the_mention() -> None:
    text = "He said “we will see”, Kuleba added."
    start = text.index("we")
    quote = Quote("a", start, start + len("we will see"), "we will see", "direct", speaker="Kuleba")
    assert quote_span(text, quote) == (start - 1, start + len("we will see") + 1)
    marks = quote_marks(text, [quote], lambda name: 0, current=0)
    assert {m.component for m in marks} == {"speaker-1", "current"}
