"""What the phrase readers' tokenising costs, and what one tokenisation per paragraph would cost instead.

The cue grammar lists tokens (``after_cue.TOKEN``) in bounded windows: 160 characters before a cue
(``phrases.phrase_before``, remembered per stretch by ``stretch_memo``), up to 140 after one
(``after_cue``, lazily), and a quote's neighbourhood for its candidates (``candidates``). The idea
tried here: list each paragraph's tokens once and let every reader slice them by offsets. This records
every window the quote finder tokenises over a corpus (the command's work, in this process), then
times, best of ``--repeat``: (1) each window listed whole as recorded (more than the readers list,
since ``after_cue`` stops early), (2) each paragraph holding a window listed once (split at line
breaks, the windows' boundary fix-ups left out: a lower bound) and each window sliced from it by
bisection. Also prints how many characters the windows cover, with and without overlaps.

On the 4 MB bench corpus (h-tok27): 11,252 windows, 1.14 M characters, 0.65 M once each; (1) 0.10 s,
(2) 0.14 s of a 4 s run on a quiet machine (0.71 / 1.04 s at load 11): the paragraphs hold far more
text than the windows read in them (the stretch memo already spares the windows read again), so one
tokenisation per paragraph costs more than it saves. Left out.

    python bench/token_windows.py [--corpus PATH | --mb 4] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

Window = tuple[str, int, int]


def recorded_windows(folder: Path) -> list[Window]:
    """Every (text, lo, hi) the quote finder tokenises with ``after_cue.TOKEN`` over ``folder``."""
    from corpus.quotes import after_cue, candidates, phrases, quote_helper
    from corpus.story import Story
    from storydiff.cli_quotes import quotes_json

    pattern = after_cue.TOKEN()
    windows: list[Window] = []

    class Recording:
        def finditer(self, text: str, lo: int = 0, hi: int = sys.maxsize) -> Iterator[re.Match[str]]:
            windows.append((text, lo, min(hi, len(text))))
            return pattern.finditer(text, lo, hi)

    recording = Recording()
    modules = (after_cue, phrases, candidates)
    shipped = [module.TOKEN for module in modules]
    for module in modules:
        module.TOKEN = lambda: recording  # type: ignore[assignment,method-assign,return-value]
    quote_helper.PARALLEL_FROM = sys.maxsize  # no helper process: every article read here
    try:
        with tempfile.TemporaryDirectory() as cache:
            os.environ["STORYDIFF_CACHE_DIR"] = cache
            quotes_json(Story.load(folder, quotes_ahead=True).quotes_alone())
    finally:  # (the timings below list tokens with the pattern itself)
        for module, token in zip(modules, shipped, strict=True):
            module.TOKEN = token  # type: ignore[method-assign]
    return windows


def listed_whole(windows: list[Window]) -> None:
    from corpus.quotes.after_cue import TOKEN

    pattern = TOKEN()
    for text, lo, hi in windows:
        [m.span() + (m[0],) for m in pattern.finditer(text, lo, hi)]  # noqa: RUF005


def listed_per_paragraph(windows: list[Window]) -> None:
    from corpus.quotes.after_cue import TOKEN

    pattern = TOKEN()
    paragraphs: dict[tuple[int, int], tuple[list[int], list[tuple[int, int, str]]]] = {}
    for text, lo, hi in windows:
        start = text.rfind("\n", 0, lo) + 1
        known = paragraphs.get((id(text), start))
        if known is None:
            end = text.find("\n", lo)
            toks = [m.span() + (m[0],) for m in pattern.finditer(text, start, len(text) if end < 0 else end)]  # noqa: RUF005
            known = paragraphs[(id(text), start)] = ([t[0] for t in toks], toks)
        starts, toks = known
        toks[bisect_left(starts, lo) : bisect_right(starts, hi)]


def covered(windows: list[Window]) -> int:
    """Characters the windows cover, each once."""
    by_text: dict[int, list[tuple[int, int]]] = {}
    for text, lo, hi in windows:
        by_text.setdefault(id(text), []).append((lo, hi))
    total = 0
    for spans in by_text.values():
        reached = -1
        for lo, hi in sorted(spans):
            if hi > reached:
                total += hi - max(lo, reached)
                reached = hi
    return total


def best(run: Callable[[list[Window]], None], windows: list[Window], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run(windows)
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: synthetic)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus")
    parser.add_argument("--repeat", type=int, default=5, help="timings of each; the best is kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        from cli_speed import synthetic_in

        corpus = args.corpus or synthetic_in(Path(scratch), args.mb)
        began = time.process_time()
        windows = recorded_windows(corpus)
        run = time.process_time() - began
    characters = sum(hi - lo for _, lo, hi in windows)
    print(f"{len(windows):,} windows, {characters:,} characters, {covered(windows):,} once each")
    print(f"the run: {run:.2f} s CPU (recording included)")
    print(f"windows listed whole:        {best(listed_whole, windows, args.repeat):.3f} s")
    print(f"paragraphs listed once:      {best(listed_per_paragraph, windows, args.repeat):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
