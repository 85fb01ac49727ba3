"""The Speakers screen at the widths people use: columns use the room, values are cut visibly, / filters."""

from __future__ import annotations

from textual.widgets import Input

from tests.tui.conftest import SEEDS, press, settle
from tui.app import StorydiffApp
from tui.screens.speakers import SpeakersScreen, SpeakerTable, column_widths, fit_counts


async def open_speakers(pilot) -> SpeakersScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await press(pilot, "s")
    screen = pilot.app.screen
    assert isinstance(screen, SpeakersScreen)
    return screen


def rows(table: SpeakerTable) -> dict[str, list[str]]:
    """Each row's cells as shown, by speaker (the row's key), in the table's order."""
    return {str(key.value): [str(cell) for cell in table.get_row(key)] for key in table.rows}


async def test_a_wide_terminal_gives_the_table_room_and_roles_are_whole(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=(200, 50)) as pilot:
        screen = await open_speakers(pilot)
        table = screen.query_one(SpeakerTable)
        assert table.size.width > 120
        shown = rows(table)
        assert shown["Vladimir Chizhov"][1] == "Russian Ambassador to the European Union"  # 40 characters
        assert shown["Jens Stoltenberg"][-1] == "1×3 2×1 4×1 5×1"
        painted = [strip.text for strip in pilot.app.screen._compositor.render_strips()]
        assert any("Russian Ambassador to the European Union" in line for line in painted)


async def test_a_cut_value_ends_in_an_ellipsis_and_nothing_scrolls_sideways() -> None:
    for size in ((120, 36), (80, 24)):
        async with StorydiffApp(SEEDS).run_test(size=size) as pilot:
            screen = await open_speakers(pilot)
            table = screen.query_one(SpeakerTable)
            per_article = rows(table)["Jens Stoltenberg"][-1]
            assert per_article == "1×3 2×1 4×1 5×1" or per_article.endswith(("+1", "+2", "+3")), size
            assert all(entry.count("×") == 1 for entry in per_article.split()[:-2]), per_article
            assert table.virtual_size.width <= table.scrollable_content_region.width, size
            role = rows(table)["Vladimir Chizhov"]
            assert any(cell.startswith("Russian") for cell in role), role


def test_column_widths_fit_the_room_and_drop_columns_when_narrow() -> None:
    natural = {"name": 19, "role": 40, "aliases": 25, "quotes": 6, "articles": 23}
    wide = column_widths(natural, 200)
    assert wide == {key: max(value, 11 if key == "articles" else 0) for key, value in natural.items()} | {
        "aliases": 25
    }
    narrow = column_widths(natural, 50)
    assert "aliases" not in narrow and sum(narrow.values()) + 2 * len(narrow) <= 50
    assert narrow["name"] >= 12


def test_fit_counts_keeps_whole_entries_and_says_how_many_more() -> None:
    parts = ["000×1", "001×2", "004×3"]
    assert fit_counts(parts, 17) == "000×1 001×2 004×3"
    assert fit_counts(parts, 16) == "000×1 001×2 … +1"
    assert fit_counts(parts, 11) == "000×1 … +2"
    # all of them fit exactly, though the entries before the last with a count would not
    assert fit_counts(["1×3", "2×1", "4×1", "5×1"], 15) == "1×3 2×1 4×1 5×1"


async def test_slash_filters_the_speakers_and_escape_brings_them_back(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=(120, 36)) as pilot:
        screen = await open_speakers(pilot)
        table = screen.query_one(SpeakerTable)
        everyone = table.row_count
        await press(pilot, "slash", "v", "l", "a", "d")
        assert screen.query_one("#speakers-filter", Input).has_focus
        assert sorted(rows(table)) == ["Vladimir Chizhov", "Vladimir Makey", "Vladimir Putin"]
        await press(pilot, "enter")
        assert table.has_focus
        assert screen.selected_speaker() == "Vladimir Chizhov"
        await press(pilot, "escape")
        assert table.row_count == everyone
        assert screen.selected_speaker() == "Vladimir Chizhov"  # the cursor stays on the speaker
        await press(pilot, "slash", "k", "u", "l", "e", "b")  # one of his spellings finds him too
        assert list(rows(table)) == ["Dmytro Kuleba"]
