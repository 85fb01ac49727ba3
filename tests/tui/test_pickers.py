"""The small dialogs, driven with keys: the compare picker (j/k/g/G, type to filter) and `o`."""

from __future__ import annotations

from textual.widgets import Input

from tests.tui.conftest import A000, A004, SIZE, press
from tests.tui.test_reader_screen import open_000, walk_to
from tui.app import StorydiffApp
from tui.screens.compare import CompareScreen
from tui.screens.pickers import ArticlePicker, OtherQuotesScreen, PickerList
from tui.screens.reader import ReaderScreen
from tui.widgets.quote_list import QuoteList


def _ids(picker: ArticlePicker) -> list[str | None]:
    options = picker.query_one(PickerList)
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_the_picker_moves_with_j_k_g_and_G(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await open_000(pilot)
        await press(pilot, "c")
        picker = seeds_app.screen
        assert isinstance(picker, ArticlePicker)
        options = picker.query_one(PickerList)
        assert options.highlighted == 0  # enter works at once
        await press(pilot, "j", "j")
        assert options.highlighted == 2
        await press(pilot, "k")
        assert options.highlighted == 1
        await press(pilot, "G")
        assert options.highlighted == options.option_count - 1
        await press(pilot, "g")
        assert options.highlighted == 0
        assert picker.query_one("#picker-filter", Input).value == ""  # j, k, g, G never typed


async def test_typing_in_the_picker_filters_it_and_enter_takes_the_first_match(
    seeds_app: StorydiffApp,
) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await open_000(pilot)
        await press(pilot, "c")
        picker = seeds_app.screen
        assert isinstance(picker, ArticlePicker)
        await press(pilot, "W", "a", "l", "e", "s")  # a source, not in the titles
        assert picker.query_one("#picker-filter", Input).value == "Wales"
        assert [name[:3] for name in _ids(picker) if name] == ["002"]
        await press(pilot, "enter")
        compare = seeds_app.screen
        assert isinstance(compare, CompareScreen)
        assert (compare.a.name, compare.b.name[:3]) == (A000, "002")


async def test_a_space_typed_before_the_box_has_the_focus_goes_on_the_filter(seeds_app: StorydiffApp) -> None:
    """Typed fast, the keys after the first reach the list before the box takes the focus: a
    space there belongs to the words typed, not to the list (it was dropped: 'stillsees')."""
    async with seeds_app.run_test(size=SIZE) as pilot:
        await open_000(pilot)
        await press(pilot, "c")
        picker = seeds_app.screen
        assert isinstance(picker, ArticlePicker)
        options, box = picker.query_one(PickerList), picker.query_one("#picker-filter", Input)
        await press(pilot, "space")  # nothing typed yet: a space starts no filter
        assert box.value == "" and options.has_focus
        await press(pilot, "s", "t", "i", "l", "l")
        options.focus()  # as when the next keys were already queued for the list
        await press(pilot, "space", "s", "e", "e", "s")
        assert box.value == "still sees"
        assert [name[:3] for name in _ids(picker) if name] == ["004"]


async def test_a_number_reaches_an_article_and_escape_clears_then_cancels(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await open_000(pilot)
        await press(pilot, "c")
        picker = seeds_app.screen
        assert isinstance(picker, ArticlePicker)
        await press(pilot, "slash")  # as on the other screens, / goes to the filter
        assert picker.query_one("#picker-filter", Input).has_focus
        await press(pilot, "0", "0", "4")
        assert _ids(picker) == [A004]
        await press(pilot, "escape")
        assert seeds_app.screen is picker and len(_ids(picker)) == 4  # the filter is cleared
        await press(pilot, "escape")
        assert isinstance(seeds_app.screen, ReaderScreen)


async def test_the_o_dialog_opens_on_its_first_quote(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        await walk_to(pilot, reader, "There are signs from Moscow")
        await press(pilot, "o")
        others = seeds_app.screen
        assert isinstance(others, OtherQuotesScreen)
        quote_list = others.query_one(QuoteList)
        assert quote_list.highlighted is not None
        first = quote_list.get_option_at_index(quote_list.highlighted)
        assert first.id is not None and not first.disabled
        await press(pilot, "enter")  # no arrow needed first
        assert isinstance(seeds_app.screen, ReaderScreen) and seeds_app.screen is not reader
