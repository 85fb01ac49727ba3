"""Count the class :mod:`corpus.quotes.colon_objects` guards on PolNeAR: quotes a colon heads, the
objects in the colon's clause among their candidates, how often one is the gold Source, and how often
the ranker (refitted per fold, held-out folds; all of train for dev) chooses one.

Usage: python train/colon_objects.py [--cache FILE] [--show N]

Read (h-gate28): train 253 quotes a colon heads, 56 with objects among their candidates (84 objects);
an object is the gold Source 4 times, each where PolNeAR's Source span runs over the subject's own
aside ("Jane Roe, who was an adviser to {Smith}, wrote:", 3) or the words' noun ("voiced in his
famous demand in {Berlin}:", 1); the ranker asked about every quote chooses an object 0 times on
held-out folds. Dev: 26 quotes a colon heads, 3 with objects (4), none gold, none chosen.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from train.attribution import NOBODY, Setting, chosen, fold_scorers  # noqa: E402
from train.polnear_examples import SHARED, Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402

_HEAD_MARKS = "“\"‘'"


def colon_headed(text: str, quote_start: int) -> bool:
    """Whether a colon heads the quote whose words start at ``quote_start`` (blanks and its
    opening mark between)."""
    k = quote_start - 1
    while k >= 0 and (text[k].isspace() or text[k] in _HEAD_MARKS):
        k -= 1
    return k >= 0 and text[k] == ":"


def count(
    data: list[Example], texts: dict[str, str], scorer_of: dict[int, Scorer], show: int
) -> Counter[str]:
    """The counts of ``data``'s quotes, printing up to ``show`` quotes whose gold Source is an object."""
    every = Setting(3.0, False, float("-inf"), None, 0.0, "cued")
    out: Counter[str] = Counter()
    for e in data:
        text = texts[e.article]
        out["colon-headed quotes"] += colon_headed(text, e.quote[0])
        if not any(e.colon_objects):
            continue
        out["with objects among their candidates"] += 1
        out["objects"] += sum(e.colon_objects)
        gold = [i for i, (g, o) in enumerate(zip(e.labels, e.colon_objects, strict=True)) if g and o]
        out["an object the gold Source"] += bool(gold)
        pick = chosen(e, scorer_of[e.fold], every)
        if pick is not None and pick != NOBODY and e.colon_objects[pick]:
            out["an object chosen, every quote asked"] += 1
            out["  of which right"] += e.labels[pick]
        if gold and show > 0:
            show -= 1
            a, b = e.spans[gold[0]]
            print(f"  gold object {text[a:b]!r}: {text[max(0, e.quote[0] - 160) : e.quote[0]]!r}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--show", type=int, default=10, help="print this many gold objects")
    args = parser.parse_args()
    train, dev, _, _ = read_all_examples(args.cache)

    def fit(part: list[Example]) -> Scorer:
        return linear(fit_softmax(groups(part), 3.0, [e.quiet for e in part]))

    whole = fit(train)
    for name, data, scorer_of in (
        ("train", train, dict(enumerate(fold_scorers(train, fit)))),
        ("dev", dev, dict.fromkeys(range(5), whole)),
    ):
        texts = {a.name: a.text for a in load_corpus(SHARED / f"polnear-{name}" / "text")}
        counts = count(data, texts, scorer_of, args.show)
        print(name, ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
