"""Learn the ask gate: which quotes the rules read with a cue near them the speaker ranker is asked about.

Usage: python train/ask_gate.py [--c 3] [--gate-c 0.1 0.3 1] [--target better] [--cache FILE] [--write SHARE]

The ranker (``train/no_speaker.py``'s setting: C, margin 0, cued terms) is asked about the quotes
``rerank.asks_ranker`` asks about; asked about every quote it reads better on held-out train folds,
but each quote asked costs the finder its candidates. For each quote it is not asked about (the
rules read a mention with a cue within ``rerank.ASK_BEYOND`` characters), whether asking would
change its speaker for the better, the worse, or not at all, as read by the fold's ranker on
held-out train folds (by the ranker of all of train on dev). A logistic model on the gate's traits
(``corpus.quotes.ask_gate.gate_traits``: what the rules read, where, the quote's kind and length)
learns which are worth asking: nested, fitted on four folds' quotes and scored on the fifth's, so its
CV figure is held out twice. Printed for each gate C and threshold: the share of train asked in all,
CV / dev / gap and the held-out quotes right; beside them the rows asked beyond a distance alone.
``--write SHARE`` writes the weights of the gate C of the best CV figure, fitted on all of train,
with the threshold whose held-out share asked of train is nearest SHARE, to
``corpus/quotes/ask_gate.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.quotes.ask_gate import WEIGHTS_FILE  # noqa: E402
from corpus.quotes.rerank import ASK_BEYOND  # noqa: E402
from train.attribution import FOLDS, Setting, asked, chosen, fold_scorers, gap_of, is_right  # noqa: E402
from train.polnear_examples import Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402


@dataclass
class Row:
    """One quote: asked as shipped or not, right as shipped, right asked, and its gate traits."""

    e: Example
    asked: bool
    right: bool
    right_asked: bool

    @property
    def gain(self) -> int:
        return int(self.right_asked) - int(self.right)


def rows_of(data: list[Example], scorer_of: dict[int, Scorer] | Scorer, c: float) -> list[Row]:
    """Each quote read as shipped and asked (the shipped guards applied to both: :func:`guarded`)."""
    shipped = guarded(Setting(c, False, float("-inf"), ASK_BEYOND, 0.0, "cued"))
    every = replace(shipped, beyond=None)
    out = []
    for e in data:
        s = scorer_of[e.fold] if isinstance(scorer_of, dict) else scorer_of
        out.append(
            Row(
                e,
                asked(e, shipped, s) or (e.term and not e.gate),
                is_right(e, chosen(e, s, shipped), shipped),
                is_right(e, chosen(e, s, every), every),
            )
        )
    return out


AS_SHIPPED = False
"""Whether the gate learns from the quotes as ``rerank`` reads them (``--as-shipped``, h-gate29; not
how the shipped gate was learned, so off by default and in ``train/no_speaker.py``): the ranker's
choices with the shipped guards (a relay's words kept from its relayer, a
colon's objects and heads kept from its quote: ``train/no_speaker.py``'s), and only the quotes the
gate decides (not those ``rerank`` never asks about whatever the gate says: :func:`decided`)."""


def guarded(setting: Setting) -> Setting:
    """``setting`` with the guards ``rerank`` applies to a choice of the ranker's (where
    :data:`AS_SHIPPED`)."""
    if not AS_SHIPPED:
        return setting
    from train.no_speaker import COLON_GUARD, CROSS_GUARD, HEAD_GUARD, RELAY_GUARD, RELAYER_GUARD

    return replace(
        setting,
        relay_guard=RELAY_GUARD,
        colon_guard=COLON_GUARD,
        head_guard=HEAD_GUARD,
        relayer_guard=RELAYER_GUARD,
        cross_guard=CROSS_GUARD,
    )


def decided(row: Row) -> bool:
    """Whether the gate decides ``row``'s quote: not asked anyway, the rules read a mention and a cue,
    and (:data:`AS_SHIPPED`) ``rerank`` asks where the gate says so: not speech the rules' mention may
    relay, nor a relay's relayer (``corpus.quotes.relay_guard``)."""
    e = row.e
    return not row.asked and bool(e.gate) and not (AS_SHIPPED and (e.relay or e.relayer))


def target(row: Row, kind: str) -> int:
    if kind == "better":
        return int(row.gain > 0)
    if kind == "changed":
        return int(row.gain != 0)
    raise ValueError(kind)


DROPPED: tuple[str, ...] = ()
"""Traits left out (``--drop``: those starting with these), to see what each family is worth."""


def traits(e: Example) -> dict[str, float]:
    return {t: 1.0 for t in e.gate if not t.startswith(DROPPED)}


def fit_gate(rows: list[Row], c: float, kind: str) -> dict[str, float]:
    """Logistic weights (and "bias") of the gate's traits, fitted on the quotes not asked."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    data = [r for r in rows if decided(r)]
    vec = DictVectorizer()
    x = vec.fit_transform([traits(r.e) for r in data])
    y = [target(r, kind) for r in data]
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    out = dict(zip(vec.get_feature_names_out(), model.coef_[0], strict=True))
    out["bias"] = float(model.intercept_[0])
    return {k: float(v) for k, v in out.items()}


def gate_score(weights: dict[str, float], gate: list[str]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(t, 0.0) for t in gate)


def accuracy(rows: list[Row], ask: list[bool]) -> float:
    return sum(r.right_asked if a else r.right for r, a in zip(rows, ask, strict=True)) / len(rows)


def cv_of(rows: list[Row], ask: list[bool]) -> float:
    figures = []
    for k in range(FOLDS):
        part = [(r, a) for r, a in zip(rows, ask, strict=True) if r.e.fold == k]
        figures.append(accuracy([r for r, _ in part], [a for _, a in part]))
    return sum(figures) / FOLDS


def report(label: str, train: list[Row], ask: list[bool], dev: list[Row], ask_dev: list[bool]) -> float:
    cv, d = cv_of(train, ask), accuracy(dev, ask_dev)
    share = sum(ask) / len(ask)
    right = sum(r.right_asked if a else r.right for r, a in zip(train, ask, strict=True))
    wrong = len(train) - right
    print(f"{label:34} asked {share:5.3f}  {cv:6.4f} {d:6.4f} {cv - d:+7.4f}  wrong {wrong}")
    return cv


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=3.0, help="the ranker's C")
    parser.add_argument("--gate-c", type=float, nargs="+", default=[0.1, 0.3, 1.0], help="the gate's C")
    parser.add_argument("--target", default="better", choices=("better", "changed"))
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[-2.5, -3, -3.5, -4, -4.5, -5, -5.5])
    parser.add_argument("--write", type=float, help="write the gate asking about this share of train")
    parser.add_argument("--at", type=float, help="write the gate with this threshold (not --write's share)")
    parser.add_argument("--drop", nargs="+", default=[], help="leave out the traits starting with these")
    parser.add_argument("--as-shipped", action="store_true", help="learn from quotes as rerank reads them")
    args = parser.parse_args()
    global DROPPED, AS_SHIPPED
    DROPPED = tuple(args.drop)
    AS_SHIPPED = args.as_shipped
    train, dev, _, _ = read_all_examples(args.cache)

    def fit(part: list[Example]) -> Scorer:
        return linear(fit_softmax(groups(part), args.c, [e.quiet for e in part]))

    scorers = dict(enumerate(fold_scorers(train, fit)))
    train_rows, dev_rows = rows_of(train, scorers, args.c), rows_of(dev, fit(train), args.c)
    gains = [r.gain for r in train_rows if decided(r)]
    print(f"not asked: {len(gains)} of {len(train_rows)}; better {gains.count(1)}, worse {gains.count(-1)}")
    base = [r.asked for r in train_rows], [r.asked for r in dev_rows]
    report("as shipped", train_rows, *base[:1], dev_rows, base[1])
    for beyond in (60, 40, 20, 0):
        ask = [r.asked or (decided(r) and gap_of(r.e) > beyond) for r in train_rows]
        ask_dev = [r.asked or (decided(r) and gap_of(r.e) > beyond) for r in dev_rows]
        report(f"beyond {beyond}", train_rows, ask, dev_rows, ask_dev)
    best: tuple[float, float] | None = None
    for gate_c in args.gate_c:
        held = {
            k: fit_gate([r for r in train_rows if r.e.fold != k], gate_c, args.target) for k in range(FOLDS)
        }
        whole = fit_gate(train_rows, gate_c, args.target)
        for t in args.thresholds:
            ask = [r.asked or (decided(r) and gate_score(held[r.e.fold], r.e.gate) > t) for r in train_rows]
            ask_dev = [r.asked or (decided(r) and gate_score(whole, r.e.gate) > t) for r in dev_rows]
            cv = report(f"gate C={gate_c} > {t}", train_rows, ask, dev_rows, ask_dev)
            if best is None or cv > best[0]:
                best = (cv, gate_c)
    if args.write is not None or args.at is not None:
        assert best is not None
        write_gate(train_rows, best[1], args.target, args.write, args.at)
    return 0


def write_gate(
    rows: list[Row], gate_c: float, kind: str, share: float | None, at: float | None = None
) -> None:
    """Fit the gate on all of train and write it with the threshold ``at``, or else the one asking
    ``share`` of train's quotes in all (those ``rerank.asks_ranker`` asks about and the gate's)."""
    weights = fit_gate(rows, gate_c, kind)
    scores = sorted((gate_score(weights, r.e.gate) for r in rows if decided(r)), reverse=True)
    if at is None:
        assert share is not None
        more = max(0, round(share * len(rows)) - sum(r.asked for r in rows))
        threshold = (scores[min(more, len(scores) - 1)] + scores[min(more + 1, len(scores) - 1)]) / 2
    else:
        threshold = at
    share = (sum(r.asked for r in rows) + sum(s > threshold for s in scores)) / len(rows)
    bias = weights.pop("bias")
    kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
    note = (
        "The ask gate (corpus/quotes/ask_gate.py), learned by train/ask_gate.py on PolNeAR v1.0.0 train: a "
        f"logistic model (C={gate_c}) of whether asking the ranker changes a quote's speaker for the {kind} "
        "(the ranker refitted per fold, read on held-out folds"
        + (", its choices guarded as rerank guards them" if AS_SHIPPED else "")
        + "), over the quotes the rules read with a cue within rerank.ASK_BEYOND"
        + (" that rerank asks about where the gate says so" if AS_SHIPPED else "")
        + f"; its threshold ({threshold:g}) asks {share:.3f} of train's quotes in all. Weights only."
    )
    data = {"note": note, "c": gate_c, "target": kind, "bias": round(bias, 4)}
    data |= {"threshold": round(threshold, 4), "weights": kept}
    WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)} ({len(kept)} weights, threshold {threshold:.3f})")


if __name__ == "__main__":
    sys.exit(main())
