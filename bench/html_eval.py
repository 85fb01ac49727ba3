"""Score main-content detection on saved web pages: article kept, furniture left out, headline right.

Usage: python bench/html_eval.py [FOLDER ...] [--cli] [--no-trafilatura] [--repeat N] [--only S] [-v]
       python bench/html_eval.py --load-against TREE [--rounds N]

Each FOLDER (default ../shared/html-dev and ../shared/html-more) holds ``pages/*.html`` and
``cases.json``: per page, ``must`` snippets of the article, ``must_not`` snippets of page furniture
and, in html-more, the headline (``title``, with accepted variants in ``title_alt``). Scoring follows
the folders' READMEs: the body is what the reader shows (every paragraph but boilerplate); Markdown
markup dropped (links count as their text; ``*``, ``_``, ``#`` removed), whitespace collapsed,
lower-cased; a ``must`` snippet must appear in the body, a ``must_not`` snippet must not; the headline
is right when the reader's title, normalised the same way, equals ``title`` or a ``title_alt``.

Printed per folder and for all pages together: keep, drop, headline and time per page, for
storydiff (``load_article``, or ``storydiff show --json`` with ``--cli``) and, measured in the same
run and interleaved page by page, markdownify of the whole page (what the foundation did) and
trafilatura (``extract`` with its defaults; the headline from its metadata).

``--load-against TREE`` times loading all the pages as one corpus with this tree and with another
checkout (say, the code before a change), in fresh processes, alternated, and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_FOLDERS = (SHARED / "html-dev", SHARED / "html-more")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_MARKUP = re.compile(r"[*_#]")
_SPACE = re.compile(r"\s+")

# What one extractor gives for one page: body, headline (None: it gives none), seconds taken.
Extracted = tuple[str, str | None, float]


def normalize(text: str) -> str:
    """Text as the READMEs score it: markup gone, links as their text, spaces collapsed, lower case."""
    text = _IMAGE.sub(r"\1", text)
    for _ in range(2):  # a link inside a link's text
        text = _LINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _MARKUP.sub("", text)
    return _SPACE.sub(" ", text).strip().lower()


def score(body: str, case: dict) -> tuple[list[str], list[str]]:
    """The ``must`` snippets missing from the body and the ``must_not`` snippets present in it."""
    norm = normalize(body)
    missed = [s for s in case["must"] if normalize(s) not in norm]
    leaked = [s for s in case["must_not"] if normalize(s) in norm]
    return missed, leaked


def headline_right(found: str | None, case: dict) -> bool:
    wanted = {normalize(t) for t in [case["title"], *case.get("title_alt", [])]}
    return found is not None and normalize(found) in wanted


@dataclass
class Tally:
    name: str
    kept: int = 0
    must: int = 0
    dropped: int = 0
    must_not: int = 0
    titles_right: int = 0
    titled: int = 0
    times: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, case: dict, found: Extracted) -> None:
        body, title, seconds = found
        missed, leaked = score(body, case)
        self.must += len(case["must"])
        self.kept += len(case["must"]) - len(missed)
        self.must_not += len(case["must_not"])
        self.dropped += len(case["must_not"]) - len(leaked)
        self.times.append(seconds)
        self.misses += [f"{case['file']}: missed {s!r}" for s in missed]
        self.misses += [f"{case['file']}: leaked {s!r}" for s in leaked]
        if case.get("title"):
            self.titled += 1
            if headline_right(title, case):
                self.titles_right += 1
            else:
                self.misses.append(f"{case['file']}: headline {title!r}, not {case['title']!r}")

    def merge(self, other: Tally) -> None:
        for name in ("kept", "must", "dropped", "must_not", "titles_right", "titled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.times += other.times

    def line(self, baseline_ms: float | None) -> str:
        mean = statistics.mean(self.times) * 1000 if self.times else 0.0
        ratio = f" ×{mean / baseline_ms:5.2f}" if baseline_ms else "      "
        headline = (
            f"headline {self.titles_right / self.titled:.3f} ({self.titles_right}/{self.titled})"
            if self.titled
            else "headline    -       "
        )
        return (
            f"  {self.name:<24} keep {self.kept / max(self.must, 1):.3f} ({self.kept}/{self.must})"
            f"  drop {self.dropped / max(self.must_not, 1):.3f} ({self.dropped}/{self.must_not})"
            f"  {headline}  {mean:6.1f} ms/page{ratio}"
        )


def whole_page_markdown(path: Path) -> Extracted:
    """The foundation's baseline: the whole page through bs4 and markdownify, nothing marked."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    raw = path.read_text(encoding="utf-8", errors="replace")
    started = time.perf_counter()
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup.find_all(["script", "style", "noscript", "head"]):
        tag.decompose()
    text = MarkdownConverter(heading_style="ATX").convert_soup(soup)
    return text, None, time.perf_counter() - started


def storydiff_in_process(path: Path) -> Extracted:
    from corpus.ingest.load import load_article

    started = time.perf_counter()
    article = load_article(path)
    elapsed = time.perf_counter() - started
    body = "\n\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "boilerplate")
    return body, article.title, elapsed


def storydiff_cli(env: dict[str, str]) -> Callable[[Path], Extracted]:
    beside = Path(sys.executable).parent / "storydiff"
    exe = str(beside) if beside.exists() else "storydiff"

    def run(path: Path) -> Extracted:
        started = time.perf_counter()
        done = subprocess.run(
            [exe, "show", path.name, "--corpus", str(path), "--json"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=True,
        )
        elapsed = time.perf_counter() - started
        shown = json.loads(done.stdout)
        text = shown["text"]
        body = "\n\n".join(
            text[p["start"] : p["end"]] for p in shown["paragraphs"] if p["kind"] != "boilerplate"
        )
        return body, shown.get("title"), elapsed

    return run


def trafilatura_extractor() -> tuple[Callable[[Path], Extracted], float]:
    """trafilatura's ``extract`` with its defaults (the pages' bytes: it decodes them itself), and
    the seconds its import took."""
    started = time.perf_counter()
    import trafilatura

    imported = time.perf_counter() - started

    def run(path: Path) -> Extracted:
        raw = path.read_bytes()
        t = time.perf_counter()
        text = trafilatura.extract(raw) or ""
        elapsed = time.perf_counter() - t
        meta = trafilatura.extract_metadata(raw)
        return text, meta.title if meta is not None else None, elapsed

    return run, imported


def best_of(extract: Callable[[Path], Extracted], path: Path, repeat: int) -> Extracted:
    runs = [extract(path) for _ in range(repeat)]
    return runs[0][0], runs[0][1], min(r[2] for r in runs)


def score_folders(args: argparse.Namespace) -> int:
    extractors: list[tuple[str, Callable[[Path], Extracted]]] = [
        ("markdownify, whole page", whole_page_markdown)
    ]
    tmp = tempfile.TemporaryDirectory()
    if args.cli:
        env = {**os.environ, "STORYDIFF_CACHE_DIR": tmp.name, "PYTHONPATH": str(ROOT)}
        extractors.append(("storydiff show --json", storydiff_cli(env)))
    else:
        extractors.append(("storydiff", storydiff_in_process))
    if not args.no_trafilatura:
        try:
            run, imported = trafilatura_extractor()
        except ImportError as exc:
            print(f"trafilatura cannot be imported ({exc}); scored without it", file=sys.stderr)
        else:
            extractors.append(("trafilatura", run))
            print(f"trafilatura import: {imported * 1000:.0f} ms")

    totals = [Tally(name) for name, _ in extractors]
    per_folder: list[tuple[str, int, list[Tally]]] = []
    for folder in map(Path, args.folders):
        cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
        if args.only:
            cases = [c for c in cases if args.only in c["file"]]
        tallies = [Tally(name) for name, _ in extractors]
        # Interleaved page by page, best of --repeat runs each, so a busy machine hits all alike.
        for case in cases:
            path = folder / "pages" / case["file"]
            for tally, (_, extract) in zip(tallies, extractors, strict=True):
                tally.add(case, best_of(extract, path, args.repeat))
        for total, tally in zip(totals, tallies, strict=True):
            total.merge(tally)
        per_folder.append((folder.name, len(cases), tallies))
    tmp.cleanup()

    for name, count, tallies in [*per_folder, ("all", sum(n for _, n, _ in per_folder), totals)]:
        print(f"{name}: {count} pages (time × against markdownify of the whole page)")
        base_ms = statistics.mean(tallies[0].times) * 1000 if tallies[0].times else None
        for tally in tallies:
            print(tally.line(None if tally is tallies[0] else base_ms))
    if args.verbose:
        for _, _, tallies in per_folder:
            for tally in tallies[1:]:
                print(f"\n{tally.name}:")
                for miss in tally.misses:
                    print("  " + miss)
    return 0


_LOAD_SCRIPT = """
import sys, time
from pathlib import Path
started = time.perf_counter()
from corpus.ingest.load import load_corpus
articles = load_corpus(Path(sys.argv[1]))
print(time.perf_counter() - started, len(articles))
"""


def load_against(args: argparse.Namespace) -> int:
    """Load every page as one corpus with this tree and with ``TREE``, alternated, best of rounds."""
    other = Path(args.load_against).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "pages"
        corpus.mkdir()
        for folder in map(Path, args.folders):
            for page in (folder / "pages").iterdir():
                (corpus / f"{folder.name}-{page.name}").symlink_to(page)
        times: dict[str, list[float]] = {str(other): [], str(ROOT): []}
        # Other entries of PYTHONPATH (where a library may live) stay for both trees.
        extra = [
            p
            for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
            if p and Path(p).resolve() not in (ROOT, other)
        ]
        for _ in range(args.rounds):
            for tree in times:
                env = {
                    **os.environ,
                    "PYTHONPATH": os.pathsep.join([tree, *extra]),
                    "STORYDIFF_CACHE_DIR": tmp,
                }
                done = subprocess.run(
                    [sys.executable, "-c", _LOAD_SCRIPT, str(corpus)],
                    capture_output=True,
                    text=True,
                    env=env,
                    check=True,
                    timeout=600,
                )
                seconds, count = done.stdout.split()
                times[tree].append(float(seconds))
        before, after = min(times[str(other)]), min(times[str(ROOT)])
        print(f"{count} pages loaded as one corpus (fresh process, imports included, best of {args.rounds}):")
        print(f"  {other}: {before:.2f} s   {ROOT}: {after:.2f} s   ratio ×{after / before:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(f) for f in DEFAULT_FOLDERS])
    parser.add_argument("--cli", action="store_true", help="run `storydiff show --json`, not load_article")
    parser.add_argument("--no-trafilatura", action="store_true", help="leave trafilatura out")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and leak")
    parser.add_argument("--only", help="score only pages whose file name contains this")
    parser.add_argument("--repeat", type=int, default=1, help="runs per page; the fastest is timed")
    parser.add_argument("--load-against", metavar="TREE", help="time corpus loading against another tree")
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds for --load-against")
    args = parser.parse_args(argv)
    return load_against(args) if args.load_against else score_folders(args)


if __name__ == "__main__":
    raise SystemExit(main())
