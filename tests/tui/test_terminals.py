"""Terminal sizes and colour limits: every screen survives resizing; NO_COLOR keeps quotes visible."""

from __future__ import annotations

import pytest

from tests.tui.conftest import A000, A004, SEEDS, press, settle
from tui.app import StorydiffApp
from tui.screens.too_small import TooSmallScreen
from tui.widgets.text_view import TextView

SIZES = [(40, 12), (80, 24), (250, 70), (61, 15), (120, 36)]


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
