"""Save an SVG screenshot of each screen of the app, on the sample corpus, into docs/screens/.

The README shows these pictures; run this again whenever a screen changes:

    python scripts/screenshots.py [--size 120x36] [--out docs/screens]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.pilot import Pilot  # noqa: E402
from textual.widgets import Input  # noqa: E402

from tui.app import StorydiffApp  # noqa: E402

A000 = "000_001046f2ce72b2e4.txt"
A004 = "004_2a2727772e1582b5.txt"

Steps = Callable[[Pilot], Awaitable[None]]


async def settle(pilot: Pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    for screen in pilot.app.screen_stack:
        for box in screen.query(Input):
            box.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause(0.1)


async def keys(pilot: Pilot, *names: str) -> None:
    for name in names:
        await pilot.press(name)
        await settle(pilot)


async def articles(pilot: Pilot) -> None:
    pass


async def reader(pilot: Pilot) -> None:
    await keys(pilot, "enter")
    quotes = pilot.app.screen.quotes  # type: ignore[attr-defined]
    target = next((i for i, q in enumerate(quotes) if q.text.startswith("There are signs")), 0)
    await keys(pilot, *["n"] * (target + 1))


async def reader_find(pilot: Pilot) -> None:
    await keys(pilot, "enter", "slash", *"troops", "enter")


async def reader_reprint(pilot: Pilot) -> None:
    await keys(pilot, "enter", "right_curly_bracket")


async def compare_picker(pilot: Pilot) -> None:
    await keys(pilot, "enter", "c")


async def compare_passages(pilot: Pilot) -> None:
    pilot.app.open_compare(A000, A004)  # type: ignore[attr-defined]
    await settle(pilot)


async def compare_full(pilot: Pilot) -> None:
    await compare_passages(pilot)
    await keys(pilot, "m")


async def speakers(pilot: Pilot) -> None:
    await keys(pilot, "s", "j", "enter")


async def families(pilot: Pilot) -> None:
    pilot.app.open_families()  # type: ignore[attr-defined]
    await settle(pilot)


async def family(pilot: Pilot) -> None:
    await families(pilot)
    await keys(pilot, "enter")


async def help_screen(pilot: Pilot) -> None:
    await keys(pilot, "enter", "question_mark")


async def reader_light(pilot: Pilot) -> None:
    await keys(pilot, "ctrl+t")
    await reader(pilot)


SHOTS: dict[str, Steps] = {
    "articles": articles,
    "reader": reader,
    "reader-find": reader_find,
    "reader-reprint": reader_reprint,
    "compare-picker": compare_picker,
    "compare-passages": compare_passages,
    "compare-full": compare_full,
    "speakers": speakers,
    "families": families,
    "family": family,
    "help": help_screen,
    "reader-light": reader_light,
}


async def shoot(name: str, steps: Steps, size: tuple[int, int], out: Path) -> Path:
    os.environ["COLORTERM"] = "truecolor"  # full colour whatever terminal runs the script
    app = StorydiffApp(ROOT / "seeds")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await steps(pilot)
        await settle(pilot)
        path = out / f"{name}.svg"
        app.save_screenshot(filename=path.name, path=str(out))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="120x36", help="terminal size, COLUMNSxLINES")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, steps in SHOTS.items():
        path = asyncio.run(shoot(name, steps, (width, height), args.out))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
