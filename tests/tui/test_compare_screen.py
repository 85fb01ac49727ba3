"""Compare and speakers, driven with their keys: aligned rows, modes, swap, wrap, synced panes."""

from __future__ import annotations

from tests.tui.conftest import A000, A004, SIZE, press, settle
from tui.app import StorydiffApp
from tui.screens.compare import FULL, ROWS, CompareScreen
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen, SpeakerTable
from tui.widgets.passage_rows import PassageRows
from tui.widgets.quote_list import QuoteList, parse_quote_id
from tui.widgets.text_view import TextView


async def open_compare(pilot) -> CompareScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.open_compare(A000, A004)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen) and screen.overlap is not None
    return screen


async def test_rows_put_each_aligned_pair_side_by_side(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        compare = await open_compare(pilot)
        overlap = compare.overlap
        assert overlap is not None and overlap.passages
        rows = compare.query_one(PassageRows)
        for i, passage in enumerate(overlap.passages):
            lines = [line for line in rows.lines if line.passage == i and line.kind == "text"]
            left = "".join(compare.a.text[s:e] for s, e in (line.a for line in lines if line.a))
            right = "".join(compare.b.text[s:e] for s, e in (line.b for line in lines if line.b))
            assert left == passage.a_text.replace("\n", "")
            assert right == passage.b_text.replace("\n", "")
        painted = "\n".join(rows.render_line(y).text for y in range(rows.size.height))
        assert "There are signs from Moscow that diplomacy should" in painted
        assert "There are signs from Moscow that diplomacy could" in painted


async def test_m_switches_mode_and_n_brings_both_sides_to_the_passage(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        compare = await open_compare(pilot)
        assert compare.mode == ROWS and compare.current == 0
        await press(pilot, "m")
        assert compare.mode == FULL
        left, right = compare.query_one("#left", TextView), compare.query_one("#right", TextView)
        passage = compare.overlap.passages[0]  # type: ignore[union-attr]
        for view, offset in ((left, passage.a_start), (right, passage.b_start)):
            line = view.line_of(offset)
            assert view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height
        count = len(compare.overlap.passages)  # type: ignore[union-attr]
        await press(pilot, "n")
        assert compare.current == (1 % count)
        await press(pilot, "m")
        assert compare.mode == ROWS


async def test_the_panes_scroll_together_and_the_shorter_cannot_drag_the_longer_back(
    seeds_app: StorydiffApp,
) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        compare = await open_compare(pilot)
        await press(pilot, "m")
        left, right = compare.query_one("#left", TextView), compare.query_one("#right", TextView)
        left.scroll_to(y=0, animate=False, immediate=True)
        right.scroll_to(y=0, animate=False, immediate=True)
        await settle(pilot)
        left.focus()
        await press(pilot, "j", "j", "j")
        assert left.scroll_y == 3 and right.scroll_y == 3
        short, long = (left, right) if left.max_scroll_y < right.max_scroll_y else (right, left)
        long.focus()
        await press(pilot, "G")
        assert long.scroll_y == long.max_scroll_y
        assert short.scroll_y == short.max_scroll_y  # it went as far as it could …
        await settle(pilot)
        assert long.scroll_y == long.max_scroll_y  # … and did not pull the longer one back


async def test_x_swaps_the_sides_and_keeps_the_passage(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        compare = await open_compare(pilot)
        before = compare.overlap.passages[compare.current or 0]  # type: ignore[union-attr]
        await press(pilot, "x")
        assert (compare.a.name, compare.b.name) == (A004, A000)
        after = compare.overlap.passages[compare.current or 0]  # type: ignore[union-attr]
        assert (after.a_text, after.b_text) == (before.b_text, before.a_text)
        header = str(compare.query_one("#compare-header").render())
        assert header.startswith("5 ")  # article 5 (004_…) is now on the left


async def test_w_turns_wrapping_off_and_on(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        compare = await open_compare(pilot)
        rows = compare.query_one(PassageRows)
        wrapped = len(rows.lines)
        await press(pilot, "w")
        assert not rows.wrap and len(rows.lines) < wrapped
        assert all(not view.wrap for view in compare.query(TextView))
        await press(pilot, "w")
        assert rows.wrap and len(rows.lines) == wrapped


async def speakers_at(pilot, name: str) -> SpeakersScreen:  # type: ignore[no-untyped-def]
    """Open the speakers screen from the article list and move its cursor to ``name``."""
    await settle(pilot)
    await press(pilot, "s")
    speakers = pilot.app.screen
    assert isinstance(speakers, SpeakersScreen)
    table = speakers.query_one(SpeakerTable)
    names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
    for _ in range(names.index(name)):
        await press(pilot, "j")
    return speakers


async def test_speakers_lead_to_the_reader_at_the_quote(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        speakers = await speakers_at(pilot, "Jens Stoltenberg")
        await press(pilot, "enter")
        quote_list = speakers.query_one(QuoteList)
        assert quote_list.has_focus
        first = quote_list.get_option_at_index(0)
        assert first.disabled and str(first.prompt).startswith("One statement, 3 articles")
        await press(pilot, "down")
        option = quote_list.get_option_at_index(quote_list.highlighted or 0)
        assert option.id is not None
        article, start = parse_quote_id(option.id)
        await press(pilot, "enter")
        reader = seeds_app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.name == article
        assert reader.current_quote is not None and reader.current_quote.start == start
        assert reader.current_quote.speaker == "Jens Stoltenberg"


async def test_speakers_mark_where_the_wordings_of_one_statement_differ(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        speakers = await speakers_at(pilot, "Jens Stoltenberg")
        quote_list = speakers.query_one(QuoteList)
        prompts = [quote_list.get_option_at_index(i).prompt for i in range(quote_list.option_count)]
        wording_004 = next(p for p in prompts if str(p).startswith("5 There are signs from Moscow"))
        text = str(wording_004)
        changed = {text[span.start : span.end].strip() for span in wording_004.spans if span.start > 3}
        assert "could" in changed  # 000 says "should"
        assert "diplomacy" not in changed


A001 = "001_585f0ca8fba6610a.txt"


def passage_rows(compare: CompareScreen, index: int) -> tuple[int, int]:
    """The screen rows of the start of passage ``index`` in the left and the right text."""
    assert compare.overlap is not None
    passage = compare.overlap.passages[index]
    left, right = compare.query_one("#left", TextView), compare.query_one("#right", TextView)
    return (
        left.line_of(passage.a_start) - int(left.scroll_y),
        right.line_of(passage.b_start) - int(right.scroll_y),
    )


def passage_shown(compare: CompareScreen, index: int) -> bool:
    """Both texts show the start of passage ``index``."""
    height = compare.query_one("#left", TextView).scrollable_content_region.height
    return all(0 <= row < height for row in passage_rows(compare, index))


async def test_m_brings_the_passage_in_view_along(seeds_app: StorydiffApp) -> None:
    """Scrolled to a later passage by hand (not with n), m opens the full texts at that passage,
    and back from the full texts at the passage they were scrolled to."""
    async with seeds_app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        seeds_app.open_compare(A000, A001)
        await settle(pilot)
        compare = seeds_app.screen
        assert isinstance(compare, CompareScreen) and compare.overlap is not None
        assert len(compare.overlap.passages) >= 3 and compare.current == 0
        rows = compare.query_one(PassageRows)

        def at_top() -> int | None:
            return rows.passage_at_line(int(rows.scroll_y))

        for _ in range(60):
            if at_top() != 0:
                break
            await press(pilot, "j")
        in_view = at_top()
        assert in_view is not None and in_view > 0
        await press(pilot, "m")
        assert compare.mode == FULL and compare.current == in_view
        assert passage_shown(compare, in_view) and len(set(passage_rows(compare, in_view))) == 1
        await press(pilot, "g")  # the full texts scrolled back to the top, to the first passage
        await press(pilot, "m")
        assert compare.mode == ROWS and compare.current == 0
        assert at_top() == 0


async def test_with_wrap_off_the_sides_stay_side_by_side(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seeds_app.open_compare(A000, A001)
        await settle(pilot)
        compare = seeds_app.screen
        assert isinstance(compare, CompareScreen)
        await press(pilot, "m", "n")
        assert compare.current == 1 and passage_shown(compare, 1)
        await press(pilot, "w")
        assert passage_shown(compare, 1)  # both laid out anew, both still at the passage …
        left_row, right_row = passage_rows(compare, 1)
        assert left_row == right_row  # … side by side, on the same row
        left, right = compare.query_one("#left", TextView), compare.query_one("#right", TextView)
        assert left.has_focus
        await press(pilot, "l", "l", "l")  # sideways too, the two move together
        assert left.scroll_x == right.scroll_x == 3
        assert left.render_line(left_row).text.startswith("▌")  # the gutter stays put
        await press(pilot, "w")
        assert passage_shown(compare, 1)
        assert len(set(passage_rows(compare, 1))) == 1


async def test_the_marked_note_goes_when_compare_opens(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "space")
        assert list(seeds_app.screen.query("Toast"))  # "Marked for comparison: mark a second …"
        await press(pilot, "down", "space")
        assert isinstance(seeds_app.screen, CompareScreen)
        assert not list(seeds_app.screen.query("Toast"))
