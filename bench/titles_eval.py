"""Score the titles, sources and chrome of plain-text articles against hand-judged gold.

Usage: python bench/titles_eval.py [--shared DIR] [--code TREE] [--show] [--ecb-titles]

The gold is ``bench/titles_gold.json``, judged by reading every file (no article text is stored:
titles are the public headlines, everything else is a line number). Lines are counted 1, 2, …
over the non-blank lines of a file.

- ``scraped-dev/census`` and ``scraped-dev/spotify`` (two one-story folders as a scraper saved
  them, ``--shared`` default ``../shared``): per file the headline (``title``; null when the page
  has none, and then the right title is the start of the article's first line of text,
  ``title_line``), the chrome lines (``chrome``: buttons, prompts, bylines, timestamps, captions
  and credits, other stories' headlines above the text; labels, notices and credits after it;
  advertisement lines among it) and the wire or outlet the text credits (``source``; null when it
  credits none).
- ``seeds``: the sample corpus's titles and sources.
- ``newswcl50-dev`` (held out: never looked at while the rules were written): its README says the
  first line of every file is the headline but for two datelines and a kicker; the title must come
  from that line (the line after, for those three).
- ``ecbplus-dev``: per file the chrome lines above its headline (page address, date lines; read
  off the list of every ECB+ title, ``--ecb-titles``, once each title was judged right); a title
  taken from one of them is counted as chrome taken as a title.

Printed per set: titles right, chrome marked (gold chrome lines the reader marks boilerplate),
body kept (lines of running text, 25 words or more, below the headline that the reader keeps:
a guard against marking too much) and sources right. ``--show`` lists every miss;
``--ecb-titles`` prints every ECB+ title for reading; ``--code TREE`` scores another work tree's
engine (say, main's, for a baseline) on this gold.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CODE = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv[:-1] else str(ROOT)
sys.path.insert(0, _CODE)  # (before the engine is imported)

from corpus.ingest import load_corpus  # noqa: E402
from corpus.ingest.site_names import site_in_file_name  # noqa: E402
from corpus.model import Article  # noqa: E402

GOLD = Path(__file__).with_name("titles_gold.json")
WIRE_NAMES = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
}
"""Spellings of one wire service that count as the same source."""


@dataclass
class Tally:
    titles: int = 0
    titles_right: int = 0
    chrome: int = 0
    chrome_marked: int = 0
    body: int = 0
    body_kept: int = 0
    sources: int = 0
    sources_right: int = 0
    misses: list[str] = field(default_factory=list)


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", (text or "").rstrip("…")).replace("’", "'").replace("‘", "'")
    return " ".join(text.replace("“", '"').replace("”", '"').split()).lower().removesuffix("...").strip()


def text_credit(article: Article) -> str | None:
    """The source the text credits: the gold's. An article crediting none shows the web address its
    file name holds ("00604_slate.com.txt"), which the loader adds, not the text."""
    return None if article.source == site_in_file_name(article.path) else article.source


def norm_source(name: str | None) -> str | None:
    if not name:
        return None
    key = norm(name).strip(" .")
    return WIRE_NAMES.get(key, key)


def line_starts(text: str) -> list[int]:
    """Offsets of the non-blank lines of ``text`` (where their first character is)."""
    starts, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            starts.append(pos + len(line) - len(line.lstrip()))
        pos += len(line)
    return starts


def kind_at(article: Article, offset: int) -> str:
    for p in article.paragraphs:
        if p.start <= offset < p.end or p.start == offset:
            return p.kind
    return "none"


def title_right(article: Article, gold: dict, lines: list[str]) -> bool:
    if gold.get("title"):  # a headline; else the title is the start of line ``title_line``
        return norm(article.title) == norm(gold["title"])
    got = norm(article.title)
    return bool(got) and norm(lines[gold["title_line"] - 1]).startswith(got)


def score_folder(folder: Path, gold: dict[str, dict], tally: Tally) -> None:
    articles = {a.name: a for a in load_corpus(folder)}
    for name, want in sorted(gold.items()):
        article = articles[name]
        text_lines = [line for line in article.text.splitlines() if line.strip()]
        starts = line_starts(article.text)
        tally.titles += 1
        if title_right(article, want, text_lines):
            tally.titles_right += 1
        else:
            tally.misses.append(f"title  {name}: got {article.title!r}")
        for number in want.get("chrome", []):
            tally.chrome += 1
            if kind_at(article, starts[number - 1]) == "boilerplate":
                tally.chrome_marked += 1
            else:
                tally.misses.append(f"chrome {name} line {number}: {text_lines[number - 1][:70]!r}")
        chrome = set(want.get("chrome", []))
        for number, line in enumerate(text_lines, start=1):
            if number > want["title_line"] and number not in chrome and len(line.split()) >= 25:
                tally.body += 1
                if kind_at(article, starts[number - 1]) != "boilerplate":
                    tally.body_kept += 1
                else:
                    tally.misses.append(f"body   {name} line {number} marked: {line[:70]!r}")
        if "source" in want:
            tally.sources += 1
            credited = text_credit(article)
            if norm_source(credited) == norm_source(want["source"]):
                tally.sources_right += 1
            else:
                tally.misses.append(f"source {name}: got {credited!r}, want {want['source']!r}")


def score_ecb(folder: Path, gold: dict[str, list[int]], show_titles: bool) -> tuple[int, int]:
    """(titles taken from a chrome line, articles)."""
    chrome_titles = 0
    articles = load_corpus(folder)
    for article in articles:
        lines = [line for line in article.text.splitlines() if line.strip()]
        chrome = gold.get(article.name, [])
        from_chrome = any(norm(lines[n - 1]).startswith(norm(article.title)) for n in chrome if article.title)
        chrome_titles += from_chrome
        if show_titles or from_chrome:
            print(f"  {'CHROME ' if from_chrome else ''}{article.name}: {article.title!r}")
    return chrome_titles, len(articles)


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--code", type=Path, default=ROOT, help="the work tree whose engine is scored")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--ecb-titles", action="store_true", help="print every ECB+ title")
    args = parser.parse_args()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    print(f"{'set':<20} {'titles right':>16} {'chrome marked':>18} {'body kept':>18} {'sources right':>16}")
    for key in ("scraped-dev/census", "scraped-dev/spotify", "seeds", "newswcl50-dev"):
        folder = ROOT / key if key == "seeds" else args.shared / key
        tally = Tally()
        score_folder(folder, gold[key], tally)
        figures = (
            f"{ratio(tally.titles_right, tally.titles):>16} {ratio(tally.chrome_marked, tally.chrome):>18}"
            f" {ratio(tally.body_kept, tally.body):>18} {ratio(tally.sources_right, tally.sources):>16}"
        )
        print(f"{key:<20} {figures}")
        if args.show:
            for miss in tally.misses:
                print("   ", miss)
    chrome_titles, total = score_ecb(args.shared / "ecbplus-dev", gold["ecbplus-dev"], args.ecb_titles)
    print(f"{'ecbplus-dev':<20} chrome lines taken as titles: {chrome_titles} of {total} articles")


if __name__ == "__main__":
    main()
