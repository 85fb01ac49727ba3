"""The reader's margin on a long article: painting a screen of lines with a margin mark beside every
passage in a reprint family, against the same screens painted with no margin marks.

A long article (``--paragraphs`` paragraphs of made-up words) with a family passage every other
paragraph is laid out once in a reader-sized TextView; then every screen of it is painted top to
bottom, with and without the marks, interleaved, the same number of times in one run. Prints the
median time per screen of both and their ratio (aim: near 1: the marks are looked up per line, not
per article), and the time to lay the article out.

    python bench/reader_margin.py [--paragraphs 4000] [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.app import App, ComposeResult  # noqa: E402

from corpus.ingest.load import article_from_text  # noqa: E402
from corpus.model import Article  # noqa: E402
from tui.widgets.marks import Mark  # noqa: E402
from tui.widgets.text_view import TextView  # noqa: E402

SIZE = (120, 36)
SYLLABLES = "ka lo mi ren tu sa vi dor pel an ust ri mo bel fa gor ni te".split()


def long_article(paragraphs: int) -> Article:
    rng = random.Random(3)
    body = []
    for _ in range(paragraphs):
        words = [rng.choice(SYLLABLES) + rng.choice(SYLLABLES) for _ in range(rng.randint(30, 90))]
        body.append(" ".join(words).capitalize() + ".")
    return article_from_text("long.txt", Path("long.txt"), "A long article\n\n" + "\n\n".join(body))


def margin_marks(article: Article) -> list[Mark]:
    body = [p for p in article.paragraphs if p.kind == "body"]
    marks = [Mark(p.start, p.end, "family") for p in body[::2]]
    middle = body[len(body) // 2]
    return [*marks, Mark(middle.start, middle.end, "family-current", layer=1)]


class Bench(App[None]):
    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield TextView(self.article, gutter=True)


def paint_all(view: TextView) -> float:
    """Seconds per screen, painting every screen of the article once."""
    height = view.scrollable_content_region.height
    screens = 0
    start = time.perf_counter()
    for top in range(0, max(1, view.line_count - height), height):
        view.scroll_to(y=top, animate=False, immediate=True, force=True)
        for y in range(height):
            view.render_line(y)
        screens += 1
    return (time.perf_counter() - start) / max(1, screens)


async def measure(paragraphs: int, runs: int) -> None:
    article = long_article(paragraphs)
    marks = margin_marks(article)
    app = Bench(article)
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(TextView)
        start = time.perf_counter()
        view.set_article(article)
        view.line_of(0)  # lays it out
        layout = time.perf_counter() - start
        await pilot.pause()
        plain, marked = [], []
        for _ in range(runs):
            view.set_marks([], [])
            plain.append(paint_all(view))
            view.set_marks([], marks)
            marked.append(paint_all(view))
    p, m = statistics.median(plain), statistics.median(marked)
    print(f"{len(article.text):,} characters, {view.line_count:,} lines, {len(marks):,} margin marks")
    print(f"layout {layout * 1000:.0f} ms")
    print(f"per screen: no marks {p * 1000:.2f} ms, margin marks {m * 1000:.2f} ms, ratio {m / p:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(measure(args.paragraphs, args.runs))


if __name__ == "__main__":
    main()
