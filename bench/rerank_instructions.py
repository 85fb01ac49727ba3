"""The speaker ranker's second opinion (``rerank.rerank``) alone, counted by callgrind: this tree
against another.

``bench/cold_instructions.py`` counts the whole command (~12 G on the 4 MB bench corpus), where a
change to the ranker's stage moves a few tens of millions; here every article's quote spans, reading,
rules' attributions and terms are read first, uncounted, and only the ``rerank`` calls that follow
are counted (callgrind started with instrumentation off, turned on and off around them by
``callgrind_control``), in a fresh process per tree, PYTHONHASHSEED fixed. Two runs of one tree
counted the same within a few dozen instructions (the median of ``--runs`` is printed). The two
trees' answers (each quote's speaker name and mention) are compared too. A quarter of the bench
corpus (every fourth file) counts in about a minute a tree.

    python bench/rerank_instructions.py --corpus PATH [--against ../base33] [--runs 2]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CHILD = "--child"


def _count_in_child(corpus: Path) -> None:
    """In a child under callgrind: read every article up to the ranker, then count its calls."""
    from corpus.ingest.load import load_corpus
    from corpus.quotes.attribution import attribute
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.ranking import shipped_ranker
    from corpus.quotes.rerank import rerank
    from corpus.quotes.spans import find_quote_spans
    from corpus.quotes.terms import term_flags

    inputs = []
    for article in load_corpus(corpus):
        spans = find_quote_spans(article)
        if not spans:
            continue
        reading = ArticleReading.of(article, spans)
        speech = attribute(article, spans, reading)
        if reading.english:
            terms = term_flags(article, spans, speech.quotes)
            inputs.append((reading, spans, speech.quotes, terms, speech.subjects))
    shipped_ranker()
    toggle = ["callgrind_control", "-i"]
    subprocess.run([*toggle, "on", str(os.getpid())], capture_output=True, check=True)
    said = [rerank(r, s, q, t, subjects=sub) for r, s, q, t, sub in inputs]
    subprocess.run([*toggle, "off", str(os.getpid())], capture_output=True, check=True)
    answers = repr([[(a.name, a.mention and (a.mention.start, a.mention.end)) for a in o] for o in said])
    print(len(inputs), hashlib.sha256(answers.encode()).hexdigest()[:16])


def count(tree: Path, corpus: Path) -> tuple[int, str]:
    """The instructions of ``tree``'s ``rerank`` calls over ``corpus``, and a digest of its answers."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
        argv = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
        argv += [sys.executable, str(Path(__file__).resolve()), _CHILD, str(corpus)]
        run = subprocess.run(argv, env=env, cwd=tree, capture_output=True, text=True, check=True)
        collected = re.search(r"Collected : (\d+)", run.stderr)
        if collected is None:
            raise RuntimeError(f"no count from callgrind: {run.stderr[-400:]}")
        return int(collected.group(1)), run.stdout.strip()


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == _CHILD:
        _count_in_child(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a folder of articles")
    parser.add_argument("--against", type=Path, help="another checkout of the project")
    parser.add_argument("--runs", type=int, default=2, help="runs per tree, taking turns (median)")
    args = parser.parse_args()
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    counts: dict[Path, list[int]] = {tree: [] for tree in trees}
    answers: dict[Path, str] = {}
    for _ in range(args.runs):
        for tree in trees:
            n, digest = count(tree, args.corpus.resolve())
            counts[tree].append(n)
            answers[tree] = digest
    for tree in trees:
        got = counts[tree]
        median = statistics.median(got) / 1e6
        print(f"{tree.name:14} rerank {median:9.1f} M  {got}  (articles, answers: {answers[tree]})")
    if args.against:
        here, there = (statistics.median(counts[tree]) for tree in trees)
        same = "same answers" if answers[trees[0]] == answers[trees[1]] else "ANSWERS DIFFER"
        print(f"ratio {here / there:.4f}; {same}")


if __name__ == "__main__":
    main()
