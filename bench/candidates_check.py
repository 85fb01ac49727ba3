"""Check that the speaker ranker's candidates and their features are the same in two trees.

Usage: python bench/candidates_check.py --against TREE [--corpora seeds polnear-dev polnear-train]
       python bench/candidates_check.py --dump FILE [--corpora ...]

The ranker's weights were learned on the candidates :func:`corpus.quotes.features.article_candidates`
reads (their spans, kinds, feature numbers and distances): a faster candidate stage must read
exactly the same ones, or the weights no longer mean what they were trained to mean. For every
quote of each corpus, asked about as if the ranker decided every quote, each candidate is written
as one line (the quote, the candidate's span and kind, its features' numbers sorted, its distance,
the cue grammar's phrase and cue); ``--against TREE`` writes those lines with this tree's code and
with ``TREE``'s (each in a fresh process with that tree's code), and prints the first lines that
differ and the count of candidates compared. Exit status 1 when they differ.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CHILD = "CANDIDATES_CHECK_TREE"
"""Set in a child run: the code read is that of its PYTHONPATH, not this tree's."""
if _CHILD not in os.environ:
    sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.attribution import attribute  # noqa: E402
from corpus.quotes.context import ArticleReading  # noqa: E402
from corpus.quotes.features import article_candidates  # noqa: E402
from corpus.quotes.rerank import reading_kind  # noqa: E402
from corpus.quotes.spans import find_quote_spans  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
CORPORA = {
    "seeds": ROOT / "seeds",
    "polnear-dev": SHARED / "polnear-dev" / "text",
    "polnear-train": SHARED / "polnear-train" / "text",
}


def candidate_lines(folder: Path) -> list[str]:
    """One line per candidate of every quote of the corpus in ``folder`` (every quote asked)."""
    out: list[str] = []
    for article in load_corpus(folder):
        spans = find_quote_spans(article)
        if not spans:
            continue
        reading = ArticleReading.of(article, spans)
        if not reading.english:
            continue
        atts = attribute(article, spans, reading).quotes
        mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
        routes = [reading_kind(a) for a in atts]
        names = [a.name for a in atts]
        every = article_candidates(reading, spans, mentions, names, [True] * len(spans), routes)
        for span, cands in zip(spans, every, strict=True):
            for c in cands or []:
                phrase = None if c.phrase is None else tuple(c.phrase)
                out.append(
                    f"{article.name} {span.start}:{span.end} {c.start}:{c.end} {c.kind} "
                    f"{sorted(c.ids)} {c.log_distance!r} {phrase} {c.cue}"
                )
    return out


def _run(tree: Path, corpora: list[str], into: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree), **{_CHILD: str(tree)})
    child = [sys.executable, str(Path(__file__).resolve()), "--dump", str(into), "--corpora", *corpora]
    subprocess.run(child, env=env, cwd=tree, check=True)


def against(tree: Path, corpora: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        here, there = Path(tmp) / "here.txt", Path(tmp) / "there.txt"
        _run(ROOT, corpora, here)
        _run(tree, corpora, there)
        a = here.read_text(encoding="utf-8").splitlines()
        b = there.read_text(encoding="utf-8").splitlines()
    differing = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    digest = hashlib.sha256("\n".join(a).encode()).hexdigest()[:16]
    print(f"{len(a)} candidates here, {len(b)} in {tree} ({', '.join(corpora)}); here's digest {digest}")
    for x, y in differing[:5]:
        print(f"here:  {x}\nthere: {y}")
    same = not differing and len(a) == len(b)
    print("same candidates and features" if same else f"{len(differing)} lines differ")
    return 0 if same else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="the tree to compare with")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=list(CORPORA))
    args = parser.parse_args()
    if args.dump:
        lines = [line for name in args.corpora for line in candidate_lines(CORPORA[name])]
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    if args.against is None:
        parser.error("--against TREE or --dump FILE")
    return against(args.against.resolve(), args.corpora)


if __name__ == "__main__":
    sys.exit(main())
