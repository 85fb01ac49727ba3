"""The wrong quotes of held-out train folds whose gold Source is no candidate, with their text.

Usage: python train/no_candidate.py [--cache FILE] [--c 3] [--class "gold Source no candidate"] [--shapes]

For the setting ``train/no_speaker.py`` ships (the ask gate at its shipped threshold, margin 0, cued
terms, relays guarded), each wrong quote of one class (``train/error_classes.py``; by default the
gold Source no candidate generator proposes) is printed in context (the quote in [brackets], the
gold Source in <angles>, the chosen mention in {braces}) with the class's detail and the candidates
the generators proposed, nearest the gold first: the way to see which construction they miss.
Never dev: the classes choose what to fix.

``--shapes`` counts instead, on all of train, how often each shape of mention the candidate stage
does not read (a run's lead paragraph, the paragraph after, a document's owner, a document as a cue's
subject) is the gold Source, and whether it is a candidate already (``train/candidate_shapes.py``).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.rerank import ASK_BEYOND  # noqa: E402
from train.attribution import NOBODY, Setting, asked, fold_scorers, term_asked, wrong_quotes  # noqa: E402
from train.candidate_shapes import print_shapes  # noqa: E402
from train.error_classes import CLASSES, classify, in_context  # noqa: E402
from train.no_speaker import RELAY_GUARD, gate_settings  # noqa: E402
from train.polnear_examples import SHARED, Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402

SHOWN = 6
"""Candidates printed per quote (those nearest the gold Source)."""


def shipped(train: list[Example], dev: list[Example], c: float) -> tuple[Setting, list[Scorer]]:
    """The shipped setting with its gate fitted per fold, and the fold scorers."""

    def fit(part: list[Example]) -> Scorer:
        return linear(fit_softmax(groups(part), c, [e.quiet for e in part]))

    scorers = fold_scorers(train, fit)
    setting = Setting(c, False, float("-inf"), ASK_BEYOND, 0.0, "cued", None, relay_guard=RELAY_GUARD)
    held, _, label, _ = gate_settings(train, dev, scorers, fit(train), c, ())[0]
    return replace(setting, gate=held, gate_label=label), scorers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--c", type=float, default=3.0)
    parser.add_argument("--class", dest="wanted", default=CLASSES[5], choices=CLASSES)
    parser.add_argument("--shapes", action="store_true", help="count the shapes on all of train instead")
    args = parser.parse_args()
    train, dev, _, _ = read_all_examples(args.cache)
    if args.shapes:
        print_shapes(train)
        return 0
    setting, scorers = shipped(train, dev, args.c)
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    shown = 0
    for e, pick in wrong_quotes(train, scorers, setting):
        text = texts[e.article]
        head, detail = classify(e, pick, text, asked(e, setting, scorers[e.fold]), term_asked(e, setting))
        if head != args.wanted:
            continue
        shown += 1
        got = e.rules if pick is None else None if pick == NOBODY else e.spans[pick]
        chose = f"rules' {e.kind}" if pick is None else "no one" if pick == NOBODY else e.kinds[pick]
        print(f"--- {e.article} [{detail}] (chosen: {chose})")
        print(in_context(text, e.quote, e.source, got))
        gold = e.source[0][0] if e.source else e.quote[0]
        near = sorted(range(len(e.spans)), key=lambda i: abs(e.spans[i][0] - gold))[:SHOWN]
        print(
            "   candidates: "
            + "; ".join(f"{text[a:b]!r} {e.kinds[i]}" for i in near for a, b in [e.spans[i]])
        )
    print(f"{shown} quotes of class {args.wanted!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
