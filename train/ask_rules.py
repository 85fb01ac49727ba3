"""Which quotes to ask the speaker ranker about: what each ask rule reads on held-out train folds.

Usage: python train/ask_rules.py [--c 3] [--cache FILE]

The ranker is asked about some quotes only (``rerank.asks_ranker``: no mention, no cue, or the
rules' mention farther than ``rerank.ASK_BEYOND`` characters from the quote), because reading a
quote's candidates costs CPU time (``bench/quotes_speed.py --ask``). This script scores ask rules
the way ``train/attribution.py`` scores the ranker (the same examples, folds, softmax and decision:
C as given, every candidate competing, no floor): for each quote of held-out train folds and of
dev, whether the speaker is right asked and not asked; then, per rule, 5-fold CV accuracy, dev
accuracy, the gap, and the share of quotes asked (the CPU it costs grows with it). First a table of
classes (what the rules read, and how far their mention is): how many quotes, and how many more
the ranker gets right than the rules (CV, dev). Rules are to be chosen on the CV column, never dev.

What it read (h-cand10, C=3): the gain is spread thin. Beyond a distance, every kind of reading
gains about alike; the named quotes within 120 characters that a cheaper class test could pick
(by side, sentence, quote kind, a cue beside the mention or not) gain at most 0.06 of their count,
and rules by kind (pronouns and descriptions asked nearer than names) read no better for the share
they ask than one distance: beyond 80, CV 0.8987 asking 0.238 of train; names beyond 120, the rest
beyond 40, 0.8988 asking 0.225; beyond 60, 0.9005 asking 0.283; names beyond 120, descriptions
always, pronouns beyond 40, 0.9010 asking 0.283.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from train.attribution import FOLDS, Setting, chosen, fold_scorers, gap_of  # noqa: E402
from train.polnear_examples import Example, groups, read_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402

Rule = Callable[[Example], bool]
GAP_EDGES = (3, 12, 40, 120)
"""Buckets of the characters between the rules' mention and the quote, for the table of classes."""


def always(e: Example) -> bool:
    """Asked whatever the rule: the rules read no mention, or a mention with no cue."""
    return e.kind in ("no mention", "no cue")


def beyond(chars: int, named: int | None = None) -> Rule:
    """Asked where the rules' mention lies farther than ``chars`` (``named``: than this, for a
    mention with a name)."""
    far = chars if named is None else named
    return lambda e: always(e) or gap_of(e) > (far if e.kind == "named" else chars)


RULES: dict[str, Rule] = {
    "every quote": lambda e: True,
    **{f"beyond {b}": beyond(b) for b in (40, 60, 80, 100, 120, 140)},
    "names beyond 120, the rest beyond 40": beyond(40, named=120),
    "names beyond 120, the rest beyond 12": beyond(12, named=120),
    "names beyond 100, the rest beyond 40": beyond(40, named=100),
}


Row = tuple[Example, bool]
"""A quote, and whether the ranker asked about it gets its speaker right."""


def rights(data: list[Example], scorer_of: Callable[[Example], Scorer], c: float) -> list[Row]:
    """Each quote and whether the ranker, asked, gets its speaker right."""
    every = Setting(c, False, float("-inf"), None)
    out = []
    for e in data:
        pick = chosen(e, scorer_of(e), every)
        out.append((e, e.rules_right if pick is None else e.labels[pick]))
    return out


def _accuracy(rows: list[Row], rule: Rule) -> float:
    return sum(right if rule(e) else e.rules_right for e, right in rows) / len(rows)


def _bucket(e: Example) -> str:
    if always(e):
        return "any"
    gap = gap_of(e)
    return next((f"<= {edge}" for edge in GAP_EDGES if gap <= edge), f"> {GAP_EDGES[-1]}")


def classes(train: list[Row], dev: list[Row]) -> None:
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for k, rows in ((0, train), (2, dev)):
        for e, right in rows:
            row = table[(e.kind, _bucket(e))]
            row[k] += 1
            row[k + 1] += int(right) - int(e.rules_right)
    print(f"{'rules read':12} {'gap':7} {'train':>6} {'gained':>6} {'dev':>5} {'gained':>6}")
    order = ["any", *(f"<= {edge}" for edge in GAP_EDGES), f"> {GAP_EDGES[-1]}"]
    for (kind, gap), (n, gain, n_dev, gain_dev) in sorted(
        table.items(), key=lambda kv: (kv[0][0], order.index(kv[0][1]))
    ):
        print(f"{kind:12} {gap:7} {n:6} {gain:6} {n_dev:5} {gain_dev:6}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=3.0, help="the softmax's C")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    args = parser.parse_args()
    train, dev = read_examples(args.cache)
    scorers = fold_scorers(train, lambda data: linear(fit_softmax(groups(data), args.c)))
    whole = linear(fit_softmax(groups(train), args.c))
    train_rows = rights(train, lambda e: scorers[e.fold], args.c)
    dev_rows = rights(dev, lambda e: whole, args.c)
    classes(train_rows, dev_rows)
    print(f"\n{'ask rule':40} {'CV':>6} {'dev':>6} {'gap':>7} {'asked':>6}")
    for name, rule in RULES.items():
        folds = [[row for row in train_rows if row[0].fold == k] for k in range(FOLDS)]
        cv = sum(_accuracy(fold, rule) for fold in folds) / FOLDS
        dev_acc = _accuracy(dev_rows, rule)
        asked = sum(rule(e) for e, _ in train_rows) / len(train_rows)
        print(f"{name:40} {cv:6.4f} {dev_acc:6.4f} {cv - dev_acc:+7.4f} {asked:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
