"""User keymaps: a TOML file rebinds keys by binding id; a broken file is reported, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import SEEDS, SIZE, press, settle
from tests.tui.test_reader_screen import open_000
from tui.app import StorydiffApp
from tui.keymap import binding_ids, load_keymap
from tui.screens.help import HelpScreen
from tui.widgets.text_view import TextView


def test_binding_ids_cover_every_screen() -> None:
    ids = binding_ids()
    for expected in ("app.quit", "reader.next", "compare.next", "articles.mark", "help.close"):
        assert expected in ids


def test_a_good_keymap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('[keymap]\n"reader.next" = "ctrl+n, down"\n', encoding="utf-8")
    keymap = load_keymap(path, {"reader.next"})
    assert keymap.keys == {"reader.next": "ctrl+n,down"} and keymap.problems == []


def test_a_missing_keymap_is_no_keymap(tmp_path: Path) -> None:
    keymap = load_keymap(tmp_path / "absent.toml", {"reader.next"})
    assert keymap.keys == {} and keymap.problems == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[keymap\n"reader.next" = "x"', "not valid TOML"),
        (b"\xff\xfe\x00garbage", "not valid TOML"),
        ('keymap = "n"\n', "should be a table"),
        ('[keymap]\n"reader.nxt" = "x"\n', "no binding has the id reader.nxt"),
        ('[keymap]\n"reader.next" = 3\n', "should be keys"),
        ('[keymap]\n"reader.next" = "a b"\n', "should be keys"),
    ],
)
def test_a_broken_keymap_says_what_is_wrong(tmp_path: Path, content: str | bytes, problem: str) -> None:
    path = tmp_path / "keymap.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    keymap = load_keymap(path, {"reader.next"})
    assert keymap.keys == {}
    assert any(problem in line for line in keymap.problems), keymap.problems


def _app_with_keymap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> StorydiffApp:
    """The app on the seeds, with ``content`` as the user's keymap file."""
    path = tmp_path / "keymap.toml"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("STORYDIFF_KEYMAP", str(path))
    return StorydiffApp(SEEDS)


async def test_a_remapped_key_moves_through_the_quotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app_with_keymap(tmp_path, monkeypatch, '[keymap]\n"reader.next" = "ctrl+j"\n')
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        await press(pilot, "n")  # no longer bound to "next quote"
        assert reader.current is None
        await press(pilot, "ctrl+j")
        assert reader.current == 0
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        painted = [strip.text for strip in app.screen._compositor.render_strips()]
        line = next(line for line in painted if "reader.next" in line and "reader.next_same" not in line)
        assert "^j" in line or "ctrl+j" in line, line  # the help shows the user's key


async def test_a_broken_keymap_is_a_notification_and_the_app_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app_with_keymap(tmp_path, monkeypatch, "[keymap\n")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("not valid TOML" in n.message for n in app._notifications)
        reader = await open_000(pilot)
        await press(pilot, "n")  # the default keys still work
        assert reader.current == 0


async def test_a_users_key_wins_over_the_widgets_own_binding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The README's example: down, which the article text scrolls with, moves to the next quote.
    app = _app_with_keymap(tmp_path, monkeypatch, '[keymap]\n"reader.next" = "n,down"\n')
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        assert reader.query_one(TextView).has_focus
        await press(pilot, "down")
        assert reader.current == 0
        await press(pilot, "down")
        assert reader.current == 1
        await press(pilot, "up")  # keys the user did not rebind keep doing what they did
        assert reader.current == 1


async def test_a_users_letter_is_still_typed_in_a_text_box(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app_with_keymap(tmp_path, monkeypatch, '[keymap]\n"reader.next" = "n,z"\n')
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_000(pilot)
        await press(pilot, "z")
        assert reader.current == 0
        await press(pilot, "slash", "z")
        assert reader.query_one("#find", Input).value == "z"
        assert reader.current == 0
