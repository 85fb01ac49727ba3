"""App-wide behaviour: help, command palette, themes, tiny terminals, hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from corpus.ingest.inert import visible
from tests.tui.conftest import A004, SIZE, press, settle
from tui.app import StorydiffApp
from tui.screens.articles import ArticlesScreen
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen
from tui.screens.too_small import TooSmallScreen
from tui.widgets.text_view import TextView


async def test_help_lists_the_keys_of_the_screen_it_was_opened_on(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter", "question_mark")
        assert isinstance(seeds_app.screen, HelpScreen)
        keys = str(seeds_app.screen.query_one("#help-keys", Static).render())
        sections = {title for title, _ in seeds_app.screen._sections()}
        assert {"Reader", "In the article text", "Everywhere"} <= sections
        ids = {b.id for _, bindings in seeds_app.screen._sections() for b in bindings}
        assert {"reader.next", "reader.find", "reader.copy", "text.down", "app.quit"} <= ids
        assert keys
        await press(pilot, "escape")
        assert isinstance(seeds_app.screen, ReaderScreen)


async def test_the_palette_opens_an_article_by_title(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        seeds_app.screen.query_one(Input).value = "retreat from"  # typing it key by key is slow
        await pilot.pause(0.6)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(pilot)
        assert isinstance(seeds_app.screen, ReaderScreen)
        assert seeds_app.screen.article.name == A004


async def test_ctrl_t_switches_between_dark_and_light(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert seeds_app.theme == "storydiff-dark"
        await press(pilot, "ctrl+t")
        assert seeds_app.theme == "storydiff-light"
        assert not seeds_app.current_theme.dark


async def test_a_tiny_terminal_gets_a_message_until_it_grows(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        assert isinstance(seeds_app.screen, TooSmallScreen)
        message = str(seeds_app.screen.query_one("#too-small-message", Static).render())
        assert "too small (40×12)" in message
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        assert isinstance(seeds_app.screen, ArticlesScreen)
        await pilot.resize_terminal(50, 30)
        await settle(pilot)
        assert isinstance(seeds_app.screen, TooSmallScreen)


async def test_markup_and_escapes_in_an_article_are_shown_not_obeyed(tmp_path: Path) -> None:
    body = "Plain [bold]not bold[/] and [@click=app.quit]click[/] and \x1b[2J and \u202eevil."
    (tmp_path / "hostile.txt").write_text(f"Hostile [red]title[/red]\n\n{body}\n", encoding="utf-8")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "enter")
        view = app.screen.query_one(TextView)
        painted = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "[bold]not bold[/]" in painted
        assert "[@click=app.quit]click[/]" in painted
        assert "␛[2J" in painted and "\x1b" not in painted
        assert "⇄evil" in painted
        title = str(app.screen.query_one("#reader-title", Static).render())
        assert title == visible(app.screen.article.title or "")
        assert "[" in title
        await pilot.click(TextView, offset=(20, 3))
        await settle(pilot)
        assert app.is_running


async def search_palette(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    pilot.app.screen.query_one(Input).value = query
    await pilot.pause(0.6)
    await pilot.press("enter")
    await pilot.pause(0.3)
    await settle(pilot)


async def test_the_palette_finds_an_article_by_its_source(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search_palette(pilot, "Wales")
        assert isinstance(seeds_app.screen, ReaderScreen)
        assert seeds_app.screen.article.source == "Wales Online"


async def test_the_palette_finds_a_speaker_and_opens_their_quotes(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search_palette(pilot, "Zakharova")
        speakers = seeds_app.screen
        assert isinstance(speakers, SpeakersScreen)
        assert speakers.selected_speaker() == "Maria Zakharova"  # not the first row: chosen


async def test_the_palette_lists_help_theme_and_screenshot_once(seeds_app: StorydiffApp) -> None:
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in seeds_app.get_system_commands(seeds_app.screen)]
        assert len(titles) == len(set(titles))
        assert sum("theme" in t.casefold() for t in titles) == 1
        assert sum("help" in t.casefold() or t == "Keys" for t in titles) == 1
        assert titles.count("Screenshot") == 1


async def test_a_screenshot_goes_to_the_current_folder_or_says_why_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_app: StorydiffApp
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home-without-downloads"))
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    async with seeds_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seeds_app.action_save_screenshot()
        await pilot.pause()
        saved = list(here.glob("*.svg"))
        assert len(saved) == 1 and "<svg" in saved[0].read_text(encoding="utf-8")
        assert any(str(saved[0]) in n.message for n in seeds_app._notifications)
        seeds_app.clear_notifications()
        saved[0].unlink()
        here.rmdir()  # the folder the app was started in is gone: the reason is given, the app runs on
        seeds_app.action_save_screenshot()
        await pilot.pause()
        assert any("could not be saved" in n.message for n in seeds_app._notifications)
        assert seeds_app.is_running
