"""SVG snapshots of each screen at 120×36 on the seeds (tests/tui/__snapshots__)."""

from __future__ import annotations

from tests.tui.conftest import A000, A004, SEEDS, SIZE, calm, press, settle
from tui.app import StorydiffApp


def seeds() -> StorydiffApp:
    return StorydiffApp(SEEDS)


def test_articles(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)


def test_reader_000_with_a_quote_selected(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await press(pilot, "enter")
        screen = pilot.app.screen
        target = next(i for i, q in enumerate(screen.quotes) if q.text.startswith("There are signs"))
        for _ in range(target + 1):
            await press(pilot, "n")
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)


def test_compare_000_004_passages(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        pilot.app.open_compare(A000, A004)
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)


def test_compare_000_004_full_text(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        pilot.app.open_compare(A000, A004)
        await settle(pilot)
        await press(pilot, "m")
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)


def test_speakers(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await press(pilot, "s")
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)


def test_help(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await press(pilot, "enter", "question_mark")
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)


def test_families_and_one_family(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        pilot.app.open_families()
        await settle(pilot)
        await press(pilot, "enter")
        await calm(pilot)

    assert snap_compare(seeds(), terminal_size=SIZE, run_before=ready)
