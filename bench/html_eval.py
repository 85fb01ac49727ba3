"""Score main-content detection on saved web pages: is the article kept and the furniture left out?

Usage: python bench/html_eval.py [FOLDER] [--in-process] [--trafilatura PYTHON] [--repeat N] [-v]

FOLDER (default ../shared/html-dev) holds ``pages/*.html`` and ``cases.json``: per page, ``must``
snippets of the article and ``must_not`` snippets of page furniture. For each page this runs
``storydiff show PAGE --corpus PAGE --json`` as a user would and takes as the body the paragraphs the
reader shows (every kind but boilerplate). Scoring follows the folder's README: Markdown markup
dropped (links count as their text; ``*``, ``_``, ``#`` removed), whitespace collapsed, lower-cased;
a ``must`` snippet must appear in the body, a ``must_not`` snippet must not.

Printed: keep (share of ``must`` found), drop (share of ``must_not`` absent) and time per page, for
storydiff and, measured in the same run, two baselines: markdownify of the whole page (what the
foundation did) and, with ``--trafilatura PYTHON`` (an interpreter that has trafilatura), trafilatura.
``--in-process`` skips the console script and times ``load_article`` alone.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "html-dev"

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_MARKUP = re.compile(r"[*_#]")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Text as the README scores it: markup gone, links as their text, spaces collapsed, lower case."""
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


def shown_body(shown: dict) -> str:
    """What the reader shows of ``storydiff show --json``: every paragraph but boilerplate."""
    text = shown["text"]
    return "\n\n".join(text[p["start"] : p["end"]] for p in shown["paragraphs"] if p["kind"] != "boilerplate")


def storydiff_exe() -> str:
    beside = Path(sys.executable).parent / "storydiff"
    return str(beside) if beside.exists() else "storydiff"


def run_cli(path: Path, env: dict[str, str]) -> tuple[dict, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [storydiff_exe(), "show", path.name, "--corpus", str(path), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout), time.perf_counter() - started


def in_process(path: Path) -> tuple[str, float]:
    from corpus.ingest.load import load_article

    started = time.perf_counter()
    article = load_article(path)
    elapsed = time.perf_counter() - started
    body = "\n\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "boilerplate")
    return body, elapsed


def whole_page_markdown(path: Path) -> tuple[str, float]:
    """The foundation's baseline: the whole page through bs4 and markdownify, nothing marked."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    raw = path.read_text(encoding="utf-8", errors="replace")
    started = time.perf_counter()
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup.find_all(["script", "style", "noscript", "head"]):
        tag.decompose()
    text = MarkdownConverter(heading_style="ATX").convert_soup(soup)
    return text, time.perf_counter() - started


_TRAFILATURA_SCRIPT = """
import json, sys, time
started = time.perf_counter()
import trafilatura
imported = time.perf_counter() - started
out = {"_import": imported}
for name in sys.argv[1:]:
    raw = open(name, encoding="utf-8", errors="replace").read()
    t = time.perf_counter()
    text = trafilatura.extract(raw, output_format="markdown", include_comments=False) or ""
    out[name] = [text, time.perf_counter() - t]
print(json.dumps(out))
"""


def run_trafilatura(python: str, paths: list[Path]) -> tuple[dict[str, tuple[str, float]], float]:
    done = subprocess.run(
        [python, "-c", _TRAFILATURA_SCRIPT, *map(str, paths)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=600,
    )
    found = json.loads(done.stdout)
    imported = found.pop("_import")
    return {k: (v[0], v[1]) for k, v in found.items()}, imported


class Tally:
    def __init__(self, name: str) -> None:
        self.name = name
        self.kept = self.must = self.dropped = self.must_not = 0
        self.times: list[float] = []
        self.misses: list[str] = []

    def add(self, case: dict, body: str, seconds: float) -> None:
        missed, leaked = score(body, case)
        self.must += len(case["must"])
        self.kept += len(case["must"]) - len(missed)
        self.must_not += len(case["must_not"])
        self.dropped += len(case["must_not"]) - len(leaked)
        self.times.append(seconds)
        self.misses += [f"{case['file']}: missed {s!r}" for s in missed]
        self.misses += [f"{case['file']}: leaked {s!r}" for s in leaked]

    def line(self, baseline: float | None = None) -> str:
        mean = statistics.mean(self.times) * 1000 if self.times else 0.0
        worst = max(self.times) * 1000 if self.times else 0.0
        ratio = f"  ×{mean / baseline:.2f} of baseline" if baseline else ""
        return (
            f"{self.name:<28} keep {self.kept / max(self.must, 1):.3f} ({self.kept}/{self.must})"
            f"  drop {self.dropped / max(self.must_not, 1):.3f} ({self.dropped}/{self.must_not})"
            f"  {mean:6.1f} ms/page (worst {worst:.0f}){ratio}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--in-process", action="store_true", help="time load_article, not the CLI")
    parser.add_argument("--trafilatura", metavar="PYTHON", help="an interpreter with trafilatura, to compare")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and leak")
    parser.add_argument("--only", help="score only pages whose file name contains this")
    parser.add_argument("--repeat", type=int, default=2, help="runs per page; the fastest is timed")
    args = parser.parse_args(argv)

    folder = Path(args.folder)
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    if args.only:
        cases = [c for c in cases if args.only in c["file"]]
    paths = [folder / "pages" / c["file"] for c in cases]

    tallies: list[Tally] = []
    baseline = Tally("markdownify, whole page")
    ours = Tally("storydiff (load_article)" if args.in_process else "storydiff show --json")
    startup = None
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "STORYDIFF_CACHE_DIR": tmp}
        if not args.in_process:
            tiny = Path(tmp) / "tiny.txt"
            tiny.write_text("A headline\n\nOne paragraph of text.\n", encoding="utf-8")
            startup = min(run_cli(tiny, env)[1] for _ in range(3))
        # Interleaved page by page, best of --repeat runs each, so a busy machine hits both alike.
        for case, path in zip(cases, paths, strict=True):
            base_runs = []
            our_runs = []
            for _ in range(args.repeat):
                base_runs.append(whole_page_markdown(path))
                if args.in_process:
                    our_runs.append(in_process(path))
                else:
                    shown, seconds = run_cli(path, env)
                    our_runs.append((shown_body(shown), seconds))
            baseline.add(case, base_runs[0][0], min(t for _, t in base_runs))
            ours.add(case, our_runs[0][0], min(t for _, t in our_runs))
    tallies += [baseline, ours]

    if args.trafilatura:
        found, imported = run_trafilatura(args.trafilatura, paths)
        theirs = Tally("trafilatura (extract)")
        for case, path in zip(cases, paths, strict=True):
            text, seconds = found[str(path)]
            theirs.add(case, text, seconds)
        tallies.append(theirs)
        print(f"trafilatura import: {imported * 1000:.0f} ms")

    print(f"{len(cases)} pages, {baseline.must} must, {baseline.must_not} must_not snippets")
    base_ms = statistics.mean(baseline.times) * 1000
    for tally in tallies:
        print(tally.line(None if tally is baseline else base_ms))
    if startup is not None:
        mean = statistics.mean(ours.times)
        print(
            f"CLI start-up (tiny .txt): {startup * 1000:.0f} ms; "
            f"storydiff per page beyond start-up: {(mean - startup) * 1000:.1f} ms"
        )
    if args.verbose:
        for tally in tallies[1:]:
            print(f"\n{tally.name}:")
            for miss in tally.misses:
                print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
