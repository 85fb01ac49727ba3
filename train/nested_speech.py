"""Reported speech inside reported speech on PolNeAR: who gold names where a quote's mention is the
subject pronoun of a clause a finite cue reports (`Trump said he responded: “…”`).

Usage: python train/nested_speech.py [--split polnear-train] [--examples N]

For every quote the shipped quote finder finds whose rules' mention, as first found
(``attribution.find_speaker``), is such a pronoun (``cue_clauses.reporting_subject``), prints what
``reported_speech.same_reporter`` decides (the outer subject, when the pronoun stands for it; else the
pronoun stays: someone else spoke) against gold's Source: the outer subject, the pronoun, or another
mention. Where the pronoun stands for someone else PolNeAR's annotators may still mark the outer
subject (the reporter): there the reader's speaker is kept, and this counts how often gold disagrees.
Run when revising those rules; it reads ``../shared``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import Pred, best_gold, overlap, read_gold  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.attribution import attribute, find_speaker  # noqa: E402
from corpus.quotes.context import ArticleReading, QuoteContext  # noqa: E402
from corpus.quotes.cue_clauses import reporting_subject  # noqa: E402
from corpus.quotes.spans import find_quote_spans  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()


def _where(gold: list[tuple[int, int]], outer: tuple[int, int], inner: tuple[int, int]) -> str:
    if not gold:
        return "no Source"
    if any(overlap(outer, s) for s in gold):
        return "the outer subject"
    if any(overlap(inner, s) for s in gold):
        return "the pronoun"
    return "another mention"


def count(split: str, show: int) -> Counter[tuple[str, str]]:
    """(what the rules decide, where gold's Source is) for each such quote of ``split``."""
    folder = SHARED / split
    golds = read_gold(folder)
    out: Counter[tuple[str, str]] = Counter()
    shown = 0
    for article in load_corpus(folder / "text"):
        spans = find_quote_spans(article)
        if article.name not in golds or not spans:
            continue
        reading = ArticleReading.of(article, spans)
        if not reading.english:
            continue
        final = attribute(article, spans, reading).quotes
        text, masked = reading.text, reading.masked
        for span, att in zip(spans, final, strict=True):
            if span.nested:
                continue
            found = find_speaker(QuoteContext.of(text, masked, span, reading.sentences, reading.cues))
            inner = found[0] if found else None
            if inner is None or not inner.pronoun or not reading.sentences:
                continue
            lo = reading.sentences[reading.sentences.index_of(inner.start)][0]
            outer = reporting_subject(masked, lo, inner)
            gold = best_gold(Pred(span.start, span.end, None), golds[article.name])
            if outer is None or gold is None:
                continue
            m = att.mention
            decided = "outer" if m is not None and (m.start, m.end) == (outer.start, outer.end) else "pronoun"
            where = _where(gold.source, (outer.start, outer.end), (inner.start, inner.end))
            out[(decided, where)] += 1
            if shown < show:
                shown += 1
                print(f"  {decided:8} gold {where:18} <{gold.source_text}> | {text[lo : span.start + 40]!r}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="polnear-train")
    parser.add_argument("--examples", type=int, default=0, help="print this many quotes in context")
    args = parser.parse_args()
    counts = count(args.split, args.examples)
    total = sum(counts.values())
    print(f"{args.split}: quotes whose mention is a pronoun opening a reported clause: {total}")
    for (decided, where), n in sorted(counts.items()):
        print(f"  rules give the {decided:8} gold Source is {where:18} {n:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
