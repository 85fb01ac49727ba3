"""The reader, driven with the keys its help lists: quotes, same speaker, other articles, find, copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.tui.conftest import A000, A004, SEEDS, SIZE, calm, press, settle
from tui.app import StorydiffApp
from tui.screens.compare import CompareScreen
from tui.screens.pickers import ArticlePicker, OtherQuotesScreen
from tui.screens.reader import ReaderScreen
from tui.screens.too_small import TooSmallScreen
from tui.widgets.quote_list import QuoteList
from tui.widgets.text_view import TextView


async def open_000(pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await press(pilot, "enter")
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen) and screen.article.name == A000
    return screen


async def walk_to(pilot, reader: ReaderScreen, prefix: str) -> int:  # type: ignore[no-untyped-def]
    """In an article just opened (no current quote yet), press ``n`` up to the first quote starting
    with ``prefix``; returns its index."""
    target = next(i for i, q in enumerate(reader.quotes) if q.text.startswith(prefix))
    for _ in range(target + 1):
        await press(pilot, "n")
    return target


async def test_n_and_p_walk_the_quotes_and_wrap_at_the_ends(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        assert len(reader.quotes) >= 5 and reader.current is None
        await press(pilot, "n")
        assert reader.current == 0
        assert reader.current_quote is not None
        assert reader.current_quote.text == "any de-escalation on the ground"
        assert reader.query_one(QuoteList).highlighted == 0
        for _ in range(len(reader.quotes) - 1):
            await press(pilot, "n")
        assert reader.current == len(reader.quotes) - 1
        await press(pilot, "n")  # the help says: n at the last quote wraps to the first
        assert reader.current == 0
        await press(pilot, "p")
        assert reader.current == len(reader.quotes) - 1


async def test_the_current_quote_is_centred_and_shown_in_the_status(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        target = await walk_to(pilot, reader, "There are signs from Moscow")
        view = reader.query_one(TextView)
        line = view.line_of(reader.quotes[target].start)
        centred = line - view.scrollable_content_region.height // 2
        assert view.scroll_y == min(centred, view.max_scroll_y)  # centred, unless the text ends first
        assert view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height
        status = str(reader.query_one("#reader-speaker").render())
        assert status.startswith("Jens Stoltenberg")
        assert f"quote {target + 1}/{len(reader.quotes)}" == str(
            reader.query_one("#reader-position").render()
        )


async def test_brackets_jump_between_quotes_of_the_same_speaker(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        await press(pilot, "n", "n")  # the first Kuleba quote
        speaker = reader.current_quote.speaker if reader.current_quote else None
        assert speaker == "Dmytro Kuleba"
        same = [i for i, q in enumerate(reader.quotes) if q.speaker == speaker]
        start = reader.current
        await press(pilot, "right_square_bracket")
        assert reader.current == same[(same.index(start) + 1) % len(same)]
        await press(pilot, "left_square_bracket")
        assert reader.current == start


async def test_selecting_in_the_quote_list_moves_the_text(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        reader.query_one(QuoteList).focus()
        await press(pilot, "down", "down", "down")
        assert reader.current == 2
        await press(pilot, "enter")
        assert reader.query_one(TextView).has_focus


async def test_find_counts_matches_and_n_steps_through_them(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        await press(pilot, "slash", "R", "u", "s", "s", "i", "a", "enter")
        text = reader.article.text
        expected = sum(
            len(re.findall("russia", text[p.start : p.end], re.IGNORECASE)) for p in reader.article.paragraphs
        )
        assert expected > 5
        assert len(reader.matches) == expected
        assert all(text[s:e].lower() == "russia" for s, e in reader.matches)
        first = reader.match_index
        assert first is not None
        assert f"find: {first + 1}/{expected} matches" == str(reader.query_one("#reader-position").render())
        await press(pilot, "n")
        assert reader.match_index == (first + 1) % expected
        await press(pilot, "escape")
        assert not reader.finding and reader.matches == []
        await press(pilot, "n")
        assert reader.current == 0  # n is back to walking the quotes


async def test_o_shows_the_other_articles_wording_of_the_statement(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        await walk_to(pilot, reader, "There are signs from Moscow")
        await press(pilot, "o")
        others = seeds_app.screen
        assert isinstance(others, OtherQuotesScreen)
        quote_list = others.query_one(QuoteList)
        prompts = [str(quote_list.get_option_at_index(i).prompt) for i in range(quote_list.option_count)]
        assert prompts[0].startswith("The same statement")
        assert any(p.startswith("5 ") and "There are signs from Moscow" in p for p in prompts)
        wording = next(i for i, p in enumerate(prompts) if p.startswith("5 ") and "signs from Moscow" in p)
        quote_list.highlighted = wording
        await press(pilot, "enter")
        reader_004 = seeds_app.screen
        assert isinstance(reader_004, ReaderScreen) and reader_004.article.name == A004
        assert reader_004.current_quote is not None
        assert "could continue" in reader_004.current_quote.text


async def test_c_picks_another_article_to_compare_with(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await open_000(pilot)
        await press(pilot, "c")
        assert isinstance(seeds_app.screen, ArticlePicker)
        await press(pilot, "enter")  # the first: the article sharing the most words with 000
        compare = seeds_app.screen
        assert isinstance(compare, CompareScreen)
        assert seeds_app.story is not None
        shared = seeds_app.story.shared_words(A000)
        assert len(shared) >= 2 and (compare.a.name, compare.b.name) == (A000, next(iter(shared)))


async def test_y_copies_the_quote_with_speaker_and_article(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await open_000(pilot)
        await press(pilot, "n", "y")
        assert seeds_app.clipboard.startswith("“any de-escalation on the ground” — NATO")
        assert A000 in seeds_app.clipboard


async def test_d_hides_boilerplate_and_clicking_a_quote_selects_it(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        view = reader.query_one(TextView)
        lines_with = view.line_count
        await press(pilot, "d")
        assert view.line_count < lines_with
        await press(pilot, "d")
        quote = reader.quotes[0]
        line = view.line_of(quote.start + 3)
        view.scroll_to(y=max(0, line - 2), animate=False, immediate=True)
        await settle(pilot)
        start, _ = view.line_span(line)
        column = quote.start + 3 - start
        # + 2: the view's border and left padding; + 1: its top border
        await pilot.click(TextView, offset=(column + 2, line - int(view.scroll_y) + 1))
        await settle(pilot)
        assert reader.current == 0


async def test_an_article_without_quotes_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "plain.txt").write_text(
        "Council approves budget\n\nThe council approved the budget on Monday after a short debate.\n"
    )
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_reader("plain.txt")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.quotes == []
        painted = "\n".join(strip.text for strip in reader._compositor.render_strips())
        assert "No quotes found in this article." in painted
        assert "No quotes in this article" in painted
        await press(pilot, "n")  # nothing to walk: nothing happens, nothing breaks
        assert reader.current is None and app.screen is reader


async def test_quote_lists_use_their_width_and_follow_a_resize(seeds_app: StorydiffApp) -> None:
    """A dialog's quote list is filled before its first layout: quotes are clipped to the width it
    gets, not to a guess, and again when the terminal is resized."""
    async with seeds_app.run_test(size=(160, 40)) as pilot:
        reader = await open_000(pilot)
        await walk_to(pilot, reader, "There are signs from Moscow")
        await press(pilot, "o")
        quote_list = seeds_app.screen.query_one(QuoteList)

        def longest() -> int:
            return max(
                len(str(quote_list.get_option_at_index(i).prompt)) for i in range(quote_list.option_count)
            )

        wide = longest()
        assert wide > 70, wide  # the 60-column guess clipped everything to under 60
        await pilot.resize_terminal(90, 40)
        await settle(pilot)
        assert longest() < wide


def quote_on_screen(reader: ReaderScreen) -> bool:
    view = reader.query_one(TextView)
    assert reader.current_quote is not None
    line = view.line_of(reader.current_quote.start)
    return view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 50)])
async def test_the_text_gets_the_larger_share_and_z_hides_the_quote_list(size: tuple[int, int]) -> None:
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=size) as pilot:
        reader = await open_000(pilot)
        view, quotes = reader.query_one(TextView), reader.query_one(QuoteList)
        assert view.size.width > quotes.size.width >= 20, (view.size, quotes.size)
        await walk_to(pilot, reader, "We continuously hear")
        painted = [str(quotes.get_option_at_index(i).prompt) for i in range(quotes.option_count)]
        assert all(len(line) <= quotes.scrollable_content_region.width for line in painted), painted
        await press(pilot, "z")
        assert not quotes.display and view.outer_size.width == size[0]
        assert quote_on_screen(reader)  # the text wrapped anew around the current quote
        await press(pilot, "z")
        assert quotes.display and view.size.width > quotes.size.width
        assert quote_on_screen(reader)
        await press(pilot, "question_mark")
        keys = app.screen.query_one("#help-keys", Static)
        rows = ["".join(seg.text for seg in keys.render_line(y)) for y in range(keys.size.height)]
        assert any(re.search(r"^\s*z\s.*reader\.list", row) for row in rows), rows


async def test_a_long_title_ends_in_an_ellipsis_clear_of_the_counter(tmp_path: Path) -> None:
    title = "Ministers meet after the strike on the port and the bombing of UN schools " * 3
    body = "The minister said “we will not accept this” on Monday.\n\nTalks went on all week.\n"
    (tmp_path / "long.txt").write_text(f"{title.strip()}\n\n{body}", encoding="utf-8")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.open_reader("long.txt")
        await settle(pilot)
        cells = [" "] * 120  # the header row as painted: its title and counter where they sit
        for part in app.screen.query("#reader-header > *"):
            painted = "".join(seg.text for seg in part.render_line(0))
            cells[part.region.x : part.region.x + len(painted)] = painted
        row = "".join(cells)
        counter = re.search(r"\d+ quotes?", row)
        assert counter is not None, row
        before = row[: counter.start()]
        assert before.rstrip().endswith("…"), row  # the title is cut with an ellipsis …
        assert before.endswith("  "), row  # … and a gap of two cells before the counter


@pytest.mark.parametrize(
    ("start", "small", "back"),
    [((120, 36), (40, 12), (80, 24)), ((200, 50), (40, 12), (120, 36)), ((200, 50), None, (80, 24))],
)
async def test_resizing_keeps_the_current_quote_in_view(
    start: tuple[int, int], small: tuple[int, int] | None, back: tuple[int, int]
) -> None:
    """Below the minimum size and back (or to another size), the text wraps anew around the
    current quote instead of keeping a line number that now shows other text."""
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=start) as pilot:
        reader = await open_000(pilot)
        await walk_to(pilot, reader, "most serious security crisis")
        assert quote_on_screen(reader)
        if small is not None:
            await pilot.resize_terminal(*small)
            await settle(pilot)
            assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(*back)
        await settle(pilot)
        assert app.screen is reader
        assert quote_on_screen(reader)
        await press(pilot, "g", "j", "j", "j")  # scrolled away by hand: the text at the top stays there
        assert not quote_on_screen(reader)
        view = reader.query_one(TextView)
        top = view.visible_span()[0]
        await pilot.resize_terminal(*start)
        await settle(pilot)
        assert view.line_of(top) == int(view.scroll_y) > 0


def styled_text(view: TextView, component: str) -> list[str]:
    """The words on screen drawn in a component's background (the hits' highlight)."""
    background = view.get_component_rich_style(f"text-view--{component}").bgcolor
    return [
        segment.text
        for y in range(view.scrollable_content_region.height)
        for segment in view.render_line(y)
        if segment.style is not None and segment.style.bgcolor == background
    ]


async def test_a_search_hit_opens_with_every_hit_marked_and_n_steps_through_them(
    seeds_app: StorydiffApp,
) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"russia", "enter", "enter")
        reader = seeds_app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.name == A000
        text = reader.article.text
        expected = [m.span() for m in re.finditer(r"\brussia\b", text, re.IGNORECASE)]  # words, not "Russian"
        assert len(expected) > 2 and reader.matches == expected  # every hit, offsets into the text
        position = reader.query_one("#reader-position")
        first = reader.match_index
        assert first is not None and str(position.render()) == f"hit {first + 1}/{len(expected)}"
        view = reader.query_one(TextView)
        assert [w.lower() for w in styled_text(view, "match-current")] == ["russia"]
        assert "russia" in [w.lower() for w in styled_text(view, "match")] or len(expected) == 1
        assert "“russia”" in str(reader.query_one("#reader-speaker").render())
        await press(pilot, "n")
        assert str(position.render()) == f"hit {(first + 1) % len(expected) + 1}/{len(expected)}"
        await press(pilot, "N")
        assert reader.match_index == first
        await press(pilot, "escape")  # the hits are cleared; the next escape goes back to the list
        assert reader.matches == [] and reader.hits_query is None
        assert str(position.render()).endswith("quotes")
        await press(pilot, "escape")
        assert not isinstance(seeds_app.screen, ReaderScreen)


def test_snapshot_reader_at_a_search_hit(snap_compare) -> None:  # type: ignore[no-untyped-def]
    """Opened from a search of the list: every hit of "troops" tinted, the current one bold, the
    count at the top right and the query on the line below."""

    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await press(pilot, "slash", *"troops", "enter", "enter")
        await press(pilot, "n")
        await calm(pilot)

    assert snap_compare(StorydiffApp(SEEDS), terminal_size=SIZE, run_before=ready)
