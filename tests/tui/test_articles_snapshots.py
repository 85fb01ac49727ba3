"""SVG snapshots of the article list while it is searched and sorted (tests/tui/__snapshots__)."""

from __future__ import annotations

from tests.tui.conftest import SEEDS, SIZE, calm, press
from tui.app import StorydiffApp


def test_articles_searched_and_sorted_by_hits(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def search(pilot) -> None:  # type: ignore[no-untyped-def]
        await calm(pilot)
        await press(pilot, "slash", *'troops "cautious optimism"', "enter", "H")
        await calm(pilot)

    assert snap_compare(StorydiffApp(SEEDS), terminal_size=SIZE, run_before=search)


def test_articles_sorted_by_own_words(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def sort(pilot) -> None:  # type: ignore[no-untyped-def]
        await calm(pilot)
        await press(pilot, "O")
        await calm(pilot)

    assert snap_compare(StorydiffApp(SEEDS), terminal_size=SIZE, run_before=sort)
