"""Measure :mod:`corpus.quotes.relayed_guards` on PolNeAR: is a cue's subject the gold Source where a
class says it did not say the quote?

Usage: python train/inner_guards.py [--split train|dev] [--show CLASS] [--limit N]

A relayed quote's quoted person is read by the steps that read a quote's own cue
(:func:`corpus.quotes.relayed_inner.cue_subject`); PolNeAR annotates few relayed quotes (about 20
on train), so the classes are measured on every quote the steps read a cue's subject for, relay or
none: where a class marks the subject, how often it overlaps the gold Source (it should seldom),
beside how often the unmarked subjects do. ``--show CLASS`` prints the marked quotes in context
(quote in [brackets], the subject in {braces}, the gold Source in <angles>).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.polnear import Pred, best_gold, read_gold, speaker_right
from corpus.ingest.load import load_article
from corpus.quotes.context import ArticleReading
from corpus.quotes.relayed_guards import not_the_speaker
from corpus.quotes.relayed_inner import cue_subject
from corpus.quotes.spans import find_quote_spans

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--show", default=None)
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()
    folder = SHARED / f"polnear-{args.split}"
    gold = read_gold(folder)
    tally: Counter[tuple[str, bool]] = Counter()
    shown = 0
    for name, golds in sorted(gold.items()):
        article = load_article(folder / "text" / name)
        spans = find_quote_spans(article)
        if not spans:
            continue
        reading = ArticleReading.of(article, spans)
        text = article.text
        for span in spans:
            if span.nested:
                continue
            g = best_gold(Pred(span.start, span.end, None), golds)
            if g is None:
                continue
            quote = reading.context(span)
            found = cue_subject(quote)
            if found is None:
                continue
            mention, cue = found
            cls = not_the_speaker(text, quote.masked, quote.open_at, mention, cue) or "-"
            right = speaker_right((mention.start, mention.end), g)
            tally[(cls, right)] += 1
            if cls == args.show and shown < args.limit:
                shown += 1
                marks = [(span.start, "["), (span.end, "]"), (mention.start, "{"), (mention.end, "}")]
                marks += [(a, "<") for a, _ in g.source] + [(b, ">") for _, b in g.source]
                lo = max(0, min(at for at, _ in marks) - 60)
                hi = max(at for at, _ in marks) + 40
                shown_text = text
                for at, mark in sorted(marks, reverse=True):
                    shown_text = shown_text[:at] + mark + shown_text[at:]
                print(
                    ("RIGHT " if right else "wrong ") + shown_text[lo : hi + len(marks)].replace("\n", " / ")
                )
    print(f"PolNeAR {args.split}: the steps' cue subject, gold Source or not, by class")
    for cls in sorted({c for c, _ in tally}):
        right, wrong = tally[(cls, True)], tally[(cls, False)]
        print(f"  {cls:12} gold {right:5}  not gold {wrong:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
