"""The Articles screen with right-to-left and wide (CJK) titles: columns aligned, titles clipped at
a character boundary with an ellipsis, no bidirectional control reaching the terminal."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from rich.cells import cell_len

from tests.tui.conftest import SIZE, press, settle
from tui.app import StorydiffApp
from tui.labels import clip
from tui.widgets.article_list import ArticleList

# Titles written for this test, long enough to be clipped at 120 columns; the Arabic one carries
# the right-to-left marks web pages put around numbers and names, and an override a page could hide.
TITLES = {
    "a_arabic.txt": "مجلس الأمن يدعو\u200f إلى وقف فوري لإطلاق النار في المنطقة الحدودية"
    " بعد أسبوع من القتال العنيف بين الطرفين",
    "b_hebrew.txt": "הממשלה אישרה את התקציב החדש לאחר דיון ארוך בכנסת"
    " \u202eשנמשך עד שעות הלילה המאוחרות של יום שלישי",
    "c_chinese.txt": "联合国安理会呼吁立即停火，各方代表在纽约举行紧急会议讨论边境局势并要求撤军",
    "d_japanese.txt": "国連安全保障理事会は即時停戦を求める声明を発表し、各国代表が東京で記者会見を開いた",
    "e_english.txt": "Council calls for a ceasefire along the border",
}
BODY = "\n\nThe council met on Tuesday and issued a statement after a long debate.\n"
BIDI_CONTROLS = (
    {"\u200e", "\u200f", "\u061c"}
    | {chr(c) for c in range(0x202A, 0x202F)}
    | {chr(c) for c in range(0x2066, 0x206A)}
)


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, title in TITLES.items():
        (folder / name).write_text(title + BODY, encoding="utf-8")
    return folder


def cell_offset(line: str, token: str) -> int:
    """Where ``token`` starts in ``line``, in terminal cells (a wide character is two)."""
    return cell_len(line[: line.rindex(token)])


async def test_rtl_and_cjk_titles_keep_the_columns_aligned(tmp_path: Path) -> None:
    app = StorydiffApp(write_corpus(tmp_path / "corpus"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        assert table.row_count == len(TITLES)
        width = table.scrollable_content_region.width
        painted = [table.render_line(y).text for y in range(len(TITLES) + 1)]
        header = painted[0]
        words_end = cell_offset(header, "Words") + len("Words")
        shares_end = cell_offset(header, "Shares") + len("Shares")
        own_end = cell_offset(header, "Own") + len("Own")
        for row, line in zip(table.rows, painted[1:], strict=True):
            assert cell_len(line) == width, line
            # the right-aligned counts end under their headings on every row
            words, shares = row.cells["words"], row.cells["shares"]
            assert cell_offset(line, f"{words}  ") + len(words) == words_end, line
            assert cell_offset(line, f"{shares}  ") + len(shares) == shares_end, line
            assert line.rstrip().endswith(row.cells["own"]) and cell_len(line.rstrip()) == own_end, line
            assert not BIDI_CONTROLS & set(line), f"a bidi control reached the screen: {line!r}"


async def test_long_wide_titles_are_clipped_at_a_character_with_an_ellipsis(tmp_path: Path) -> None:
    app = StorydiffApp(write_corpus(tmp_path / "corpus"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        painted = {row.key: table.render_line(y + 1).text for y, row in enumerate(table.rows)}
        title_at = cell_offset(table.render_line(0).text, "Title")
        source_at = cell_offset(table.render_line(0).text, "Source")
        for name in ("a_arabic.txt", "c_chinese.txt", "d_japanese.txt"):
            line = painted[name]
            shown = line[_char_at_cell(line, title_at) : _char_at_cell(line, source_at)].rstrip()
            assert shown.endswith("…"), shown
            kept = shown[:-1]
            full = TITLES[name].replace("\u200f", "⇄")
            assert full.startswith(kept), (kept, full)  # a prefix of whole characters
            assert not unicodedata.combining(full[len(kept)]), "a mark was cut from its letter"
            assert cell_len(shown) <= source_at - title_at
        english = painted["e_english.txt"]
        assert TITLES["e_english.txt"] in english and "…" not in english


async def test_the_filter_finds_a_title_in_another_script(tmp_path: Path) -> None:
    app = StorydiffApp(write_corpus(tmp_path / "corpus"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await pilot.press(*"联合国")
        await settle(pilot)
        table = app.screen.query_one(ArticleList)
        assert [row.key for row in table.rows] == ["c_chinese.txt"]
        await press(pilot, "escape")
        assert table.row_count == len(TITLES)


def _char_at_cell(line: str, cell: int) -> int:
    """The index of the character that starts at terminal cell ``cell`` of ``line``."""
    used = 0
    for index, char in enumerate(line):
        if used >= cell:
            return index
        used += cell_len(char)
    return len(line)


def test_clip_counts_cells_and_keeps_a_mark_with_its_letter() -> None:
    assert clip("联合国安理会", 7) == "联合国…"  # three wide characters (6 cells) and the ellipsis
    assert cell_len(clip("联合国安理会", 8)) <= 8
    vowelled = "مُحَمَّد قال"  # every letter of the first word carries a combining vowel mark
    assert clip(vowelled, 4) == "مُحَمَّ…"  # three letters with all their marks: 3 cells, and "…"
    assert clip("short", 10) == "short" and clip("联合", 4) == "联合"
