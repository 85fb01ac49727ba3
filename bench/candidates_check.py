"""Check that the speaker ranker's candidates and their features are the same in two trees.

Usage: python bench/candidates_check.py --against TREE [--corpora seeds polnear-dev polnear-train]
       python bench/candidates_check.py --dump FILE [--corpora ...]
       python bench/candidates_check.py --reprints MB [--corpora ...]

The ranker's weights were learned on the candidates :func:`corpus.quotes.features.article_candidates`
reads (their spans, kinds, feature numbers and distances): a faster candidate stage must read
exactly the same ones, or the weights no longer mean what they were trained to mean. For every
quote of each corpus, asked about as if the ranker decided every quote, each candidate is written
as one line (the quote, the candidate's span and kind, its features' numbers sorted, its distance,
the cue grammar's phrase and cue); ``--against TREE`` writes those lines with this tree's code and
with ``TREE``'s (each in a fresh process with that tree's code), and prints the first lines that
differ and the count of candidates compared. Exit status 1 when they differ. ``--reprints MB`` reads
the candidates of MB of the synthetic bench corpus (reprinted seeds) and of the corpora with the memo
of reprinted text (:mod:`corpus.quotes.reprints`) and afresh, features in order: the same.
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
    "census": SHARED / "scraped-dev" / "census",
}


def candidate_lines(folder: Path, in_order: bool = False) -> list[str]:
    """One line per candidate of every quote of the corpus in ``folder`` (every quote asked; the
    features' numbers sorted, or ``in_order`` as the candidate holds them: their sum's order)."""
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
                    f"{c.ids if in_order else sorted(c.ids)} {c.log_distance!r} {phrase} {c.cue}"
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


def reprints(corpora: list[str], megabytes: float) -> int:
    """The candidates of the synthetic bench corpus (``megabytes`` of it: the seeds reprinted, names
    and words varied) and of ``corpora``, read with the memo of reprinted text
    (:mod:`corpus.quotes.reprints`) and afresh: the same, features in the same order."""
    from corpus.quotes import features

    sys.path.insert(0, str(ROOT / "bench"))
    from cli_speed import write_synthetic

    with tempfile.TemporaryDirectory() as tmp:
        write_synthetic(Path(tmp), megabytes)
        folders = [Path(tmp)] + [CORPORA[name] for name in corpora]
        with_memo = [line for folder in folders for line in candidate_lines(folder, True)]
        keep = features.remembered
        features.remembered = lambda key, masked, known: None  # type: ignore[assignment]
        try:
            afresh = [line for folder in folders for line in candidate_lines(folder, True)]
        finally:
            features.remembered = keep
    differing = [(x, y) for x, y in zip(with_memo, afresh, strict=False) if x != y]
    for x, y in differing[:5]:
        print(f"memo:   {x}\nafresh: {y}")
    same = not differing and len(with_memo) == len(afresh)
    print(
        f"{len(with_memo)} candidates (synthetic {megabytes} MB, {', '.join(corpora)}): "
        + ("the same with the memo of reprints" if same else f"{len(differing)} lines differ")
    )
    return 0 if same else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="the tree to compare with")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=list(CORPORA))
    parser.add_argument("--reprints", type=float, metavar="MB", help="memo against afresh, synthetic MB")
    args = parser.parse_args()
    if args.reprints:
        return reprints(args.corpora, args.reprints)
    if args.dump:
        lines = [line for name in args.corpora for line in candidate_lines(CORPORA[name])]
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return 0
    if args.against is None:
        parser.error("--against TREE or --dump FILE")
    return against(args.against.resolve(), args.corpora)


if __name__ == "__main__":
    sys.exit(main())
