"""Helpers for driving the app as a person would: start it on a corpus, wait for its workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import StorydiffApp

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
A000 = "000_001046f2ce72b2e4.txt"
A004 = "004_2a2727772e1582b5.txt"
SIZE = (120, 36)


async def settle(pilot: Pilot) -> None:
    """Wait until every worker is done and the screen has caught up."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.pause(0.05)


async def press(pilot: Pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def calm(pilot: Pilot) -> None:
    """Steady state for a snapshot: workers done, no blinking cursor, no notifications."""
    await settle(pilot)
    for box in pilot.app.query(Input):
        box.cursor_blink = False
    for screen in pilot.app.screen_stack:
        for box in screen.query(Input):
            box.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause(0.1)


@pytest.fixture
def seeds_app() -> StorydiffApp:
    return StorydiffApp(SEEDS)
