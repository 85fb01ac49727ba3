"""The rules' mentions that name no one: how many of the wrong quotes they are, and what the ranker
reads for them if the rules' answer may not stand.

Usage: python train/named_mentions.py [--c 3] --cache FILE [--show 20]

Run only when retraining (numpy, scipy and scikit-learn, as ``train/attribution.py``). The rules read
a mention beside a cue, or a sentence's subject, as the speaker; some name no one: a place ("in
Salem, {New Hampshire}, Trump went after…"), a dateline or heading in capitals, a demonym ("admit
250,000 {Syrians}, said he…"), an ordinary word opening a sentence ("{Guns} are “…”, Howard Dean
proclaimed"). :func:`corpus.quotes.no_one.names_no_one` reads these classes from general data.
For every quote of PolNeAR train (held-out folds) and dev with a rules' mention, this prints, by
class: how many quotes, how often the shipped setting (``train/no_speaker.py``: C=3, margin 0,
cued terms asked, asked beyond 120) was right before these classes were told apart, and how often
it is right when the ranker is asked and the rules' answer may not be its choice (:data:`ACTIONS`;
shipped: "asked, rules barred, else rules"); then CV and dev of each. Choose on CV, never dev.

What it read (h-acc13, C=3): train 21 quotes marked (dateline 10, place 7, opener 4), right before
6, asked 7, barred else the rules 11, barred else no one 10; CV 0.8977 before, 0.8986 barred else
the rules (0.8984 as ``train/attribution.py`` decides, which reads the "no speaker" option first);
dev none marked, 0.9306 alike. In ``train/no_speaker.py``'s figures (its ranker decides as
``corpus.quotes.rerank`` does, the rules' answer barred where it names no one): 0.8977 -> 0.8984 CV,
0.9104 -> 0.9110 every quote (+4 quotes). A first reading of the classes marked 110 quotes (a
demonym alone, any ordinary word opening a sentence, "City, " before any capitalised words) right 69
times before and 53-60 with the rules' answer barred: too wide, narrowed to the classes here.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import FOLDS  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.names import shipped_tables  # noqa: E402
from corpus.quotes.no_one import names_no_one  # noqa: E402
from corpus.quotes.rerank import ASK_BEYOND  # noqa: E402
from train.attribution import NOBODY, Setting, chosen, fold_scorers, is_right  # noqa: E402
from train.error_classes import in_context  # noqa: E402
from train.polnear_examples import SHARED, Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402

SHIPPED = Setting(3.0, False, float("-inf"), ASK_BEYOND, 0.0, "cued")
EVERY = Setting(3.0, False, float("-inf"), None, 0.0, "cued")


def before(e: Example, scorer: Scorer, setting: Setting = SHIPPED) -> int | None:
    """The choice for ``e`` as before ``names_no_one``: its mention not told apart."""
    return chosen(replace(e, no_one=False), scorer, setting)


def without_rules(e: Example, scorer: Scorer, fallback: bool) -> int | None:
    """The ranker's choice for ``e`` asked, its "no speaker" option deciding as shipped, the rules'
    answer barred: the best other trusted candidate, else the rules' answer (``fallback``) or no one."""
    pick = before(e, scorer, EVERY)
    if pick == NOBODY or (pick is not None and not e.features[pick].get("rules")):
        return pick
    scores = scorer(e.features)
    others = [i for i in range(len(scores)) if not e.features[i].get("rules")]
    if others:
        best = max(others, key=scores.__getitem__)
        if e.trusted[best]:
            return best
    return None if fallback else NOBODY


ACTIONS: dict[str, Callable[[Example, Scorer], int | None]] = {
    "asked": lambda e, s: before(e, s, EVERY),
    "asked, rules barred, else rules": lambda e, s: without_rules(e, s, True),
    "asked, rules barred, else no one": lambda e, s: without_rules(e, s, False),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=3.0)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0, help="print this many marked train quotes in context")
    args = parser.parse_args()
    train, dev, _, _ = read_all_examples(args.cache)

    def fit(part: list[Example]) -> Scorer:
        return linear(fit_softmax(groups(part), args.c, [e.quiet for e in part]))

    scorers, whole = fold_scorers(train, fit), fit(train)
    tables = shipped_tables()
    for part, data, scorer_of in (("train", train, lambda e: scorers[e.fold]), ("dev", dev, lambda e: whole)):
        texts = {a.name: a.text for a in load_corpus(SHARED / f"polnear-{part}" / "text")}
        marks = [None if e.rules is None else names_no_one(texts[e.article], *e.rules, tables) for e in data]
        table: dict[str, list[int]] = defaultdict(lambda: [0] * (2 + len(ACTIONS)))
        rows: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        shown = 0
        for e, mark in zip(data, marks, strict=True):
            s = scorer_of(e)
            shipped_ok = is_right(e, before(e, s), SHIPPED)
            rows["before"].append((e.fold, shipped_ok))
            if mark is None:
                for label in ACTIONS:
                    rows[label].append((e.fold, shipped_ok))
                continue
            t = table[mark]
            t[0] += 1
            t[1] += shipped_ok
            for k, (label, act) in enumerate(ACTIONS.items()):
                ok = is_right(e, act(e, s), EVERY)
                t[2 + k] += ok
                rows[label].append((e.fold, ok))
            if part == "train" and shown < args.show:
                shown += 1
                ctx = in_context(texts[e.article], e.quote, e.source, e.rules)
                print(f"  --- {mark} (before {'right' if shipped_ok else 'wrong'}): {ctx}")
        print(f"{part}: by class, quotes / right before / right for each of {list(ACTIONS)}")
        for mark, t in sorted(table.items()):
            print(f"  {mark:10} {t[0]:5} {t[1]:5} " + " ".join(f"{x:5}" for x in t[2:]))
        for label, r in rows.items():
            print(f"  {label:36} {_figure(r, part == 'train'):.4f}")
    return 0


def _figure(rows: list[tuple[int, bool]], folds: bool) -> float:
    if not folds:
        return sum(ok for _, ok in rows) / len(rows)
    per = [[ok for f, ok in rows if f == k] for k in range(FOLDS)]
    return sum(sum(p) / len(p) for p in per) / FOLDS


if __name__ == "__main__":
    sys.exit(main())
