"""Start-up time of the app: launch to the first painted article list, against a bare Textual app.

Both run in a fresh Python process, headless, the same number of times in the same run. Each child
notes the wall-clock time at its first paint (the bare app: one Static; storydiff: the article table
filled with the seeds) and the parent subtracts the moment it spawned the child, so interpreter
start-up and imports count, and shutdown does not. Prints the medians and their ratio (aim: <= 1.3).

    python bench/startup.py [--runs 7] [--corpus seeds]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("storydiff")

    def on_mount(self):
        self.call_after_refresh(self.painted)

    def painted(self):
        print(time.time())
        self.exit()

Bare().run(headless=True, size=(120, 36))
"""

STORYDIFF = """
import sys, time
from pathlib import Path
from tui.app import StorydiffApp

class Timed(StorydiffApp):
    def on_articles_screen_list_ready(self, message):
        self.call_after_refresh(self.painted)

    def painted(self):
        from tui.widgets.article_list import ArticleList
        assert self.screen.query_one(ArticleList).row_count > 0
        print(time.time())
        sys.stdout.flush()
        import os
        os._exit(0)  # the figure is taken; do not wait for the quote/passage workers

Timed(Path(sys.argv[1])).run(headless=True, size=(120, 36))
"""


def launch_to_paint(code: str, *args: str) -> float:
    env_python = sys.executable
    start = time.time()
    result = subprocess.run(
        [env_python, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    )
    painted = float(result.stdout.strip().splitlines()[-1])
    return painted - start


def heavy_modules() -> list[str]:
    """Modules the app must not import before its first paint."""
    code = (
        "import sys; import tui.app; "
        "print(' '.join(m for m in ('markdownify', 'bs4', 'corpus.quotes.find', 'corpus.passages', "
        "'corpus.passages.graph', 'corpus.ingest.html') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return out.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    args = parser.parse_args()
    launch_to_paint(BARE)  # warm the file system cache and .pyc files for both
    launch_to_paint(STORYDIFF, args.corpus)
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, so machine load hits both alike
        bare.append(launch_to_paint(BARE))
        app.append(launch_to_paint(STORYDIFF, args.corpus))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare Textual app, one Static:     median {b * 1000:6.0f} ms  (runs: {len(bare)})")
    print(f"storydiff, article list painted:  median {a * 1000:6.0f} ms  ({args.corpus})")
    print(f"ratio: {a / b:.2f}x  (aim <= 1.3x)")
    print(f"heavy modules imported at start-up: {', '.join(heavy_modules()) or 'none'}")


if __name__ == "__main__":
    main()
