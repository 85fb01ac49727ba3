"""Terminal sizes and colour limits: every screen survives resizing; NO_COLOR keeps quotes visible."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from rich.color import ColorSystem
from rich.style import Style

from tests.tui.conftest import A000, A004, SEEDS, press, settle
from tui.app import StorydiffApp
from tui.screens.reader import ReaderScreen
from tui.screens.too_small import TooSmallScreen
from tui.widgets.marks import SPEAKER_COLOURS
from tui.widgets.quote_list import QuoteList
from tui.widgets.styling import component_style
from tui.widgets.text_view import TextView
from tui.widgets.wrap import shown

SIZES = [(40, 12), (80, 24), (250, 70), (61, 15), (120, 36)]


async def open_reader(pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await press(pilot, "enter")
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.article.name == A000
    return reader


async def resize_around(pilot) -> None:  # type: ignore[no-untyped-def]
    for width, height in SIZES:
        await pilot.resize_terminal(width, height)
        await settle(pilot)
        if width < 60 or height < 15:
            assert isinstance(pilot.app.screen, TooSmallScreen)
        else:
            assert not isinstance(pilot.app.screen, TooSmallScreen)


@pytest.mark.parametrize("screen", ["articles", "reader", "compare", "speakers"])
async def test_every_screen_survives_resizing(screen: str) -> None:
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        if screen == "reader":
            await press(pilot, "enter", "n", "n")
        elif screen == "compare":
            app.open_compare(A000, A004)
            await settle(pilot)
            await press(pilot, "m", "n")
        elif screen == "speakers":
            await press(pilot, "s")
        before = type(app.screen)
        await resize_around(pilot)
        assert type(app.screen) is before
        await press(pilot, "j", "k", "n", "p")
        assert app.is_running


async def test_without_colour_quotes_are_still_marked(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    app = StorydiffApp(SEEDS)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.no_color
        await press(pilot, "enter", "n")
        view = app.screen.query_one(TextView)
        quote = app.screen.quotes[1]  # type: ignore[attr-defined]  # not the current one
        assert quote.text == "believe in de-escalation"
        line = view.line_of(quote.start) - int(view.scroll_y)
        strip = view.render_line(line)
        styles = [seg.style for seg in strip if seg.style and "believe in" in seg.text]
        assert styles and all(s.bold for s in styles)  # colour is gone: bold marks the quote
        rest = [seg.style for seg in strip if seg.style and seg.text.strip() and seg.text not in quote.text]
        assert any(not s.bold for s in rest)  # … and only the quote
        quotes = app.screen.query_one(QuoteList)
        selected = [seg.style for seg in quotes.render_line(0) if seg.style and seg.text.strip()]
        others = [seg.style for seg in quotes.render_line(1) if seg.style and seg.text.strip()]
        assert all(s.underline for s in selected) and not any(s.underline for s in others)


def sgr_background(style: Style) -> str | None:
    """The background a 256-colour terminal is sent for ``style``: the N of ``48;5;N``."""
    sgr = style.render("x", color_system=ColorSystem.EIGHT_BIT)
    found = re.search(r"\x1b\[[0-9;]*?\b48;5;(\d+)", sgr)
    return found.group(1) if found else None


def background_at(view: TextView, offset: int) -> str | None:
    """The 256-colour background of the cell showing ``article.text[offset]``."""
    line = view.line_of(offset)
    view.scroll_to(y=line, animate=False, immediate=True)
    start, _ = view.line_span(line)
    assert view.article is not None
    column = cell_len(shown(view.article.text[start:offset])) + (2 if view.show_gutter else 0)  # the margin
    strip = view.render_line(line - int(view.scroll_y))
    for segment in strip:
        if column < segment.cell_length:
            return sgr_background(segment.style or Style())
        column -= segment.cell_length
    raise AssertionError(f"offset {offset} is not on screen")


@pytest.mark.parametrize("theme", ["storydiff-dark", "storydiff-light", "textual-dark"])
async def test_256_colours_give_each_speaker_a_colour_apart_from_the_selection(
    monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """tmux's default TERM without COLORTERM: Rich rounds colours to the 256-colour cube, where the
    blended tints all became the grey of the quote list's selected row."""
    monkeypatch.setenv("TERM", "tmux-256color")
    monkeypatch.delenv("COLORTERM", raising=False)
    app = StorydiffApp(SEEDS, theme=theme)
    async with app.run_test(size=(120, 36)) as pilot:
        assert app.console.color_system == "256"
        await settle(pilot)
        reader = await open_reader(pilot)
        await press(pilot, "n")  # the first quote is current (reversed): the others show their tint
        view = reader.query_one(TextView)
        by_speaker: dict[str | None, set[str | None]] = {}
        for quote in reader.quotes[1:]:
            by_speaker.setdefault(quote.speaker, set()).add(background_at(view, quote.start))
        plain = background_at(view, reader.quotes[1].start - 30)
        quote_list = reader.query_one(QuoteList)
        selected = quote_list.render_line(quote_list.highlighted or 0)
        selection = {sgr_background(seg.style or Style()) for seg in selected if seg.text.strip()}
        assert len(by_speaker) >= 3, by_speaker  # Kuleba, Peskov, Stoltenberg after NATO's quote
        for speaker, looks in by_speaker.items():
            assert len(looks) == 1 and None not in looks, (speaker, looks)  # one colour per speaker …
        colours = [next(iter(looks)) for looks in by_speaker.values()]
        assert len(set(colours)) == len(colours), by_speaker  # … a different one for each …
        assert not set(colours) & (selection | {plain}), (by_speaker, selection)  # … not the selection's
        palette = [
            sgr_background(component_style(view, f"text-view--speaker-{rank + 1}"))
            for rank in range(SPEAKER_COLOURS)
        ]
        assert len(set(palette)) == SPEAKER_COLOURS and not set(palette) & (selection | {plain}), palette
