"""Check that every parsed article is the same in two trees, and compare the CPU their parsing takes.

Usage: python bench/parse_check.py --against TREE [--corpora synthetic html-dev ...] [--rounds N]
       python bench/parse_check.py --load CORPUS   (one cold load, its CPU seconds printed)

A faster parser must parse the same: for every article of each corpus, loaded cold (no cache) by
:func:`corpus.ingest.load.load_corpus`, one line holds every field (name, path, text, title, source,
date, author, paragraphs and sentences with their kinds, words, problem). ``--against TREE`` writes
those lines with this tree's code and with ``TREE``'s (each in a fresh process with that tree's code)
and prints the first fields that differ. Exit status 1 when any differs.

``--rounds N`` then times a cold load of each corpus N times per tree, in fresh processes, the two
trees taking turns (the machine is shared: CPU time, best of the rounds), and prints the CPU seconds
of the load alone (imports and interpreter start left out) and their ratio (below 1: this tree is
faster). ``--load CORPUS`` is one such load: under ``valgrind --tool=callgrind`` it gives instruction
counts (subtract a ``--load none`` run, which only imports); ``--load synthetic`` reads the folder
``$PARSE_CHECK_SYNTHETIC`` names (the synthetic corpus written as files, as ``bench/cli_speed.py`` does).

The corpora: ``synthetic`` (the 4 MB corpus of ``bench/quotes_speed.py``, written to a temp folder),
and ``../shared``'s ``html-dev``, ``html-more``, ``scraped-dev``, ``ecbplus-dev`` and ``polnear-dev``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CHILD = "PARSE_CHECK_TREE"
"""Set in a child run: the code read is that of its PYTHONPATH, not this tree's."""
if _CHILD not in os.environ:
    sys.path.insert(0, str(ROOT))

SHARED = (ROOT / ".." / "shared").resolve()
CORPORA = {
    "synthetic": None,  # written to a temp folder: see _synthetic_folder
    "html-dev": SHARED / "html-dev" / "pages",
    "html-more": SHARED / "html-more" / "pages",
    "scraped-dev": SHARED / "scraped-dev",
    "ecbplus-dev": SHARED / "ecbplus-dev",
    "polnear-dev": SHARED / "polnear-dev" / "text",
}
SYNTHETIC_MB = 4.0
_SYNTHETIC_ENV = "PARSE_CHECK_SYNTHETIC"
"""The synthetic corpus' folder, handed to the child runs."""


def _folder(name: str) -> Path:
    if name == "synthetic":
        return Path(os.environ[_SYNTHETIC_ENV])
    folder = CORPORA[name]
    assert folder is not None
    return folder


def article_lines(folder: Path) -> list[str]:
    """One JSON line per article of the corpus in ``folder``, every field of it."""
    from corpus.ingest.load import load_corpus

    out = []
    for a in load_corpus(folder):
        fields = {
            "name": a.name,
            "path": str(a.path),
            "title": a.title,
            "source": a.source,
            "date": a.date,
            "author": a.author,
            "words": a.words,
            "problem": a.problem,
            "paragraphs": [list(row) for row in a.paragraphs.rows()],
            "sentences": [list(row) for row in a.sentences.rows()],
            "text": a.text,
        }
        out.append(json.dumps(fields, ensure_ascii=False))
    return out


def _child(tree: Path, args: list[str], synthetic: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree), **{_CHILD: str(tree), _SYNTHETIC_ENV: str(synthetic)})
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def _first_difference(here: str, there: str) -> str:
    a, b = json.loads(here), json.loads(there)
    for key in a:
        if a[key] != b.get(key):
            x, y = a[key], b.get(key)
            if isinstance(x, list) and isinstance(y, list):
                at = next(
                    (i for i, (u, v) in enumerate(zip(x, y, strict=False)) if u != v), min(len(x), len(y))
                )
                x, y = x[at : at + 2], y[at : at + 2]
            return f"{a['name']}: {key}\n  here:  {str(x)[:300]}\n  there: {str(y)[:300]}"
    return f"{a['name']}: same fields, different line"


def check(tree: Path, corpora: list[str], synthetic: Path) -> int:
    """Compare every article's fields, corpus by corpus; the count of corpora that differ."""
    differing_corpora = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in corpora:
            dumps = []
            for label, code in (("here", ROOT), ("there", tree)):
                out = Path(tmp) / f"{label}-{name}.jsonl"
                _child(code, ["--dump", str(out), "--corpora", name], synthetic)
                dumps.append(out.read_text(encoding="utf-8").splitlines())
            a, b = dumps
            differing = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
            digest = hashlib.sha256("\n".join(a).encode()).hexdigest()[:16]
            same = not differing and len(a) == len(b)
            verdict = "same" if same else f"{len(differing)} articles differ ({len(a)} here, {len(b)} there)"
            print(f"{name:<12} {len(a):5d} articles, digest {digest}: {verdict}", flush=True)
            for x, y in differing[:3]:
                print(_first_difference(x, y))
            differing_corpora += not same
    return differing_corpora


def load_cpu(name: str) -> float:
    """CPU seconds of one cold load of corpus ``name`` (``none``: nothing, the imports only)."""
    from corpus.ingest.load import load_corpus

    start = time.process_time()
    if name != "none":
        load_corpus(_folder(name))
    return time.process_time() - start


def timings(tree: Path, corpora: list[str], rounds: int, synthetic: Path) -> None:
    """Best CPU seconds of a cold load per tree and corpus, the trees taking turns."""
    best: dict[tuple[str, str], float] = {}
    trees = [("here", ROOT), ("there", tree)]
    for round_ in range(rounds):
        for name in corpora:
            for label, code in trees if round_ % 2 == 0 else trees[::-1]:
                cpu = float(_child(code, ["--load", name], synthetic))
                best[label, name] = min(best.get((label, name), float("inf")), cpu)
    print(f"cold load CPU, best of {rounds} (s): corpus, here, {tree}, ratio")
    for name in corpora:
        here, there = best["here", name], best["there", name]
        print(f"{name:<12} {here:7.3f} {there:7.3f}  {here / there:5.3f}x")


def _synthetic_folder(into: Path) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from cli_speed import write_synthetic

    into.mkdir(parents=True, exist_ok=True)
    write_synthetic(into, SYNTHETIC_MB)
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="the tree to compare with")
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=list(CORPORA))
    parser.add_argument("--rounds", type=int, default=0, help="time cold loads this many rounds per tree")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--load", choices=[*CORPORA, "none"], help="one cold load: print its CPU seconds")
    args = parser.parse_args()
    if args.dump:
        lines = [line for name in args.corpora for line in article_lines(_folder(name))]
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    if args.load:
        if args.load == "synthetic" and _SYNTHETIC_ENV not in os.environ:
            parser.error(
                f"--load synthetic reads the folder ${_SYNTHETIC_ENV} names (cli_speed.py writes one)"
            )
        print(f"{load_cpu(args.load):.4f}")
        return 0
    if args.against is None:
        parser.error("--against TREE, --load CORPUS or --dump FILE")
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = _synthetic_folder(Path(tmp) / "synthetic") if "synthetic" in args.corpora else Path(tmp)
        differing = check(args.against.resolve(), args.corpora, synthetic)
        if args.rounds:
            timings(args.against.resolve(), args.corpora, args.rounds, synthetic)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
