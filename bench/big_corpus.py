"""A folder of 10,000 articles: how long until the article list is usable, cold and warm cache, and
the peak memory it takes.

    python bench/big_corpus.py [--articles 10000] [--folder PATH]

Each measurement runs in a fresh process (so imports, caches and memory start from nothing), with
``STORYDIFF_CACHE_DIR`` in a temp folder: "cold" is the first run on an empty cache, "warm" the
second. Measured:

- loader: ``load_corpus`` with the on-disk cache (what every command and the app build on);
- cli: ``storydiff list --json`` (the installed script);
- app: the Textual app, headless, from start until its article list holds every article, with the
  number of progress updates the loading screen received on the way.

Aims (issue 7): the list usable within 2 s warm, peak memory under 1 GB. Figures are printed with
their ratio to the aim; nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AIM_SECONDS = 2.0
AIM_MB = 1024.0

_SENTENCES = [
    "Officials said the talks would resume on Monday after a week of threats.",
    "“We are ready to talk, but not under pressure,” the minister told reporters.",
    "Troops were seen moving away from the border, according to satellite images.",
    "The agreement, if signed, would be the first in almost a decade.",
    "Critics called the plan “a gift to the other side” and vowed to fight it.",
    "Markets rose slightly as traders bet on a diplomatic outcome.",
]


def build(folder: Path, count: int) -> None:
    """``count`` articles of about 150 words, each a distinct mix of a few sentences."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = [_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(6)]
        body.insert(i % 6, f"Report {i} adds that {i * 7 % 1000} people were affected in district {i % 97}.")
        paragraphs = [" ".join(body[k : k + 2]) for k in (0, 2, 4, 6)]
        text = f"Story {i}: talks and troops\n\n" + "\n\n".join(paragraphs)
        (folder / f"{i:05d}.txt").write_text(text + "\n", encoding="utf-8")


# -- what each child process measures -----------------------------------------------------------------


def child_loader(folder: Path) -> dict[str, float]:
    from corpus.cache import Cache
    from corpus.ingest.load import load_corpus

    start = time.perf_counter()
    cache = Cache.open()
    articles = load_corpus(folder, cache=cache)
    if cache is not None:
        cache.close()
    return {"seconds": time.perf_counter() - start, "articles": len(articles)}


def child_app(folder: Path) -> dict[str, float]:
    import asyncio

    from tui.app import StorydiffApp
    from tui.screens.articles import ArticlesScreen
    from tui.widgets.article_list import ArticleList

    progress_updates = 0
    real_show = ArticlesScreen.show_progress

    def counting(self: ArticlesScreen, done: int, total: int) -> None:
        nonlocal progress_updates
        progress_updates += 1
        real_show(self, done, total)

    ArticlesScreen.show_progress = counting  # type: ignore[method-assign]

    async def run() -> dict[str, float]:
        start = time.perf_counter()
        app = StorydiffApp(folder)
        async with app.run_test(size=(120, 36)) as pilot:
            rows = 0
            while time.perf_counter() - start < 300:
                lists = list(app.screen.query(ArticleList)) if isinstance(app.screen, ArticlesScreen) else []
                rows = lists[0].row_count if lists and lists[0].display else 0
                if rows:
                    break
                await pilot.pause(0.01)
            usable = time.perf_counter() - start
            while rows < 10_000 and time.perf_counter() - start < 300:  # rows may come in as read
                rows = lists[0].row_count
                if rows < 10_000:
                    await pilot.pause(0.01)
            complete = time.perf_counter() - start
            # The list answers keys while quotes and passages are still being found: the time from a
            # key to the cursor moving (the Pilot's own press() also waits for idle, which a busy
            # worker's progress reports postpone, so it is not the measure).
            table = lists[0]
            worst = 0.0
            for _ in range(5):
                before, key_start = table.cursor, time.perf_counter()
                pressing = asyncio.create_task(pilot.press("down"))
                while table.cursor == before and time.perf_counter() - key_start < 30:
                    await asyncio.sleep(0.002)
                worst = max(worst, time.perf_counter() - key_start)
                await pressing
            app.exit()
        return {
            "seconds": usable,
            "complete": complete,
            "rows": rows,
            "progress": progress_updates,
            "keys": worst,
        }

    return asyncio.run(run())


def measure(kind: str, folder: Path, cache: Path) -> dict[str, float]:
    """Run one measurement in a fresh process; adds its wall time and peak memory (MB)."""
    env = {**os.environ, "STORYDIFF_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    if kind == "cli":
        script = Path(sys.executable).parent / "storydiff"
        command = [str(script), "list", str(folder), "--json"]
    else:
        command = [sys.executable, __file__, "--child", kind, "--folder", str(folder)]
    # Output goes to files, not pipes: a child writing more than a pipe holds would wait for us forever.
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out_file, stderr=err_file, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{kind} failed ({code}):\n{err[-2000:]}")
    result = {"seconds": wall} if kind == "cli" else json.loads(out.strip().splitlines()[-1])
    if kind == "cli":
        result["articles"] = len(json.loads(out))
    result["wall"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--folder", type=Path, help="use (or build) the corpus here")
    parser.add_argument("--child", choices=["loader", "app"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        result = child_loader(args.folder) if args.child == "loader" else child_app(args.folder)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="storydiff-big-") as tmp:
        folder = args.folder or Path(tmp) / "corpus"
        if not folder.is_dir() or not any(folder.iterdir()):
            start = time.perf_counter()
            build(folder, args.articles)
            took = time.perf_counter() - start
            print(f"built {args.articles} articles in {took:.1f} s: {folder}", flush=True)
        count = sum(1 for _ in folder.iterdir())
        print(f"{count} files · aim: list usable < {AIM_SECONDS:.0f} s warm, peak memory < {AIM_MB:.0f} MB")
        print(f"{'what':<8} {'cache':<6} {'usable s':>9} {'/aim':>6} {'wall s':>7} {'peak MB':>8}  notes")
        for kind in ("loader", "cli", "app"):
            cache = Path(tmp) / f"cache-{kind}"
            for state in ("cold", "warm"):
                r = measure(kind, folder, cache)
                notes = ""
                if kind == "app":
                    notes = (
                        f"first rows; all {int(r['rows'])} at {r['complete']:.2f} s, "
                        f"{int(r['progress'])} progress updates, "
                        f"slowest of 5 keys while indexing: {r['keys'] * 1000:.0f} ms"
                    )
                else:
                    notes = f"{int(r['articles'])} articles"
                print(
                    f"{kind:<8} {state:<6} {r['seconds']:>9.2f} {r['seconds'] / AIM_SECONDS:>5.2f}x "
                    f"{r['wall']:>7.2f} {r['peak_mb']:>8.0f}  {notes}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
