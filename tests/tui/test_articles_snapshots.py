"""SVG snapshots of the article list while it is searched and sorted (tests/tui/__snapshots__)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import SEEDS, SIZE, calm, press
from tests.tui.test_articles_list_tools import corpus_with_folders
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


def test_articles_of_a_corpus_with_folders_and_wire_reprints(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await calm(pilot)

    app = StorydiffApp(corpus_with_folders(tmp_path))
    assert snap_compare(app, terminal_size=SIZE, run_before=ready)
