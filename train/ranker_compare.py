"""Compare stronger speaker rankers with the shipped linear softmax, each read as the shipped row reads.

Usage: python train/ranker_compare.py [--cache FILE] [--models linear crosses families weights trees
       average binary] [--rounds 50 100 200] [--zero-rounds 100 300] [--depths 2 3] [--only TEXT...]

With no argument it reads the examples anew (``train/polnear_examples.py``) and prints every row
(about an hour on a loaded two-core machine; ``--cache`` keeps the examples for the next run,
``--only`` prints the rows whose label holds one of its words, beside the shipped one).

Every model is fitted per fold on four of PolNeAR train's five folds and read on the fifth (CV), and
fitted on all of train and read on dev, exactly as ``train/no_speaker.py`` reads its shipped row:
asked beyond ``rerank.ASK_BEYOND``, no one at margin 0, cued terms asked, the ask gate refitted on
each model's own held-out choices at the shipped threshold, relays guarded (unasked). Printed for
each: CV / dev / gap, the same asked about every quote, the quotes matching no gold quote given a
speaker (held-out train folds / dev: junk speakers, it must not grow) and the wrong quotes held out.

The models:

- ``linear``: the shipped softmax (``train/ranker_models.fit_softmax``) at several C.
- ``crosses``: the softmax with pairwise crosses of feature families (:data:`CROSSES`: the kind of
  mention by its side and sentence, by the cues around it, by what the rules read, by its nearness),
  one family at a time and all together.
- ``families``: the softmax with a C of its own for one family of features (:data:`FAMILIES`: the
  words beside a mention, the "no speaker" option's traits, the rules' answer's crosses).
- ``weights``: the softmax with the quotes the ranker is asked about as shipped weighted more
  (:func:`asked_alone`: the model is only ever used there), or the quotes whose gold names no Source.
- ``trees``: small trees boosted on the softmax's own loss, from the linear softmax's scores
  (``train/ranker_trees.fit_boosted``: they learn the crosses the linear weights miss) and from zero.
- ``average``: the mean of the softmax's scores and those of the trees from zero.
- ``binary``: scikit-learn's HistGradientBoosting on each candidate and "no speaker" option alone,
  the argmax of their log-odds per quote.

The choice: a model is worth shipping only where it lifts CV by :data:`CLEAR` or more over the shipped
softmax, dev does not fall and the unmatched quotes given a speaker do not grow.

What it read on dd3244f (integ27's tree, h-model28; CV / dev / gap of the shipped row, the same asked
about every quote, unmatched quotes given a speaker held out / dev, wrong quotes held out of 6,633)::

    softmax C=3 (shipped)                          0.9264 0.9395 -0.0130  0.9280 0.9395  215/23  488
    softmax C=0.3 / 1 / 10 / 30                    0.9243 0.9254 0.9241 0.9239 (dev 0.9369-0.9382;
                                                   wrong 502 495 503 504; unmatched 214-218)
    crosses kind x side, sentence                  0.9252 0.9382 -0.0130  0.9261 0.9382  215/22  495
    crosses kind x cues                            0.9233 0.9395 -0.0161  0.9234 0.9382  214/23  508
    crosses kind x route                           0.9253 0.9382 -0.0129  0.9260 0.9382  215/22  495
    crosses kind x nearness                        0.9242 0.9382 -0.0140  0.9247 0.9382  214/23  502
    crosses pronoun x place                        0.9240 0.9395 -0.0155  0.9247 0.9395  216/22  503
    every cross, C=1 / C=3                         0.9233 0.9344 / 0.9214 0.9332         508 / 521
    every cross x0.3 / x0.1 (C of crosses /11, /100) 0.9250 0.9357 / 0.9255 0.9395       497 / 493
    kind x side, sentence x0.3 / x0.1              0.9256 0.9369 / 0.9262 0.9382         493 / 489
    words beside a mention C x0.25 / x4            0.9254 0.9369 / 0.9254 0.9395         494 / 495
    "no speaker" traits C x0.25 / x4               0.9269 0.9382 / 0.9263 0.9395         485 / 489
    rules' crosses C x0.25 / x4                    0.9264 0.9395 / 0.9264 0.9382         488 / 488
    asked quotes x2 / x4                           0.9246 0.9369 / 0.9237 0.9369  214/22 213/22  500 / 505
    no-Source quotes x2                            0.9240 0.9395 -0.0154  0.9250 0.9382  208/21  504
    trees on the softmax, depth 2, 25/50/100/200   0.9260 0.9260 0.9261 0.9255 (dev 0.9369, 0.9357 x3;
                                                   unmatched 214-216; wrong 491 491 490 494)
    trees on the softmax, depth 3, 25/50/100/200   0.9262 0.9259 0.9254 0.9262 (dev 0.9357;
                                                   unmatched 214-216; wrong 489 491 494 489)
    trees from zero, depth 3, 100/300/600/1000     0.9199 0.9256 0.9263 0.9261 (dev 0.9369 0.9382
                                                   0.9395 0.9369; unmatched 224 219 216 215;
                                                   wrong 529 491 487 489)
    trees from zero, depth 4, 300/600/1000         0.9265 0.9257 0.9237 (dev 0.9382 0.9357 0.9344;
                                                   unmatched 215 213 212; wrong 486 492 505)
    binary trees (HistGradientBoosting, 3, 200)    0.9133 0.9395 -0.0262  0.9135 0.9395  219/26  572
                                                   (read ungated: asked about the quotes the gate
                                                   may ask about, it bettered none, so none to fit)
    mean of the softmax and trees from zero        0.9262 0.9395 -0.0133  0.9278 0.9395  217/22  488
      (depth 3, 600 rounds)

(trees: rate 0.1, leaves of 40 rows or more, L2 1.) No model clears :data:`CLEAR`: the best CV, the
"no speaker" traits' C x0.25, is +0.0005 (3 quotes) with dev -0.0013 (1 quote); the next, trees from
zero of depth 4 and 300 rounds, +0.0001 with dev -0.0013. Everything lies within fold-refit noise of
the shipped softmax or below it: crosses and deeper or longer trees overfit (CV and "every quote"
fall together, so it is the ranking itself, not the ask gate refitted on them), weighting the asked
quotes more seems to lose what the others teach, and trees alone reach the linear figure only after
600 rounds. So what the ranker gets wrong seems no cross of the features it has: the classes left
(``no_speaker.py --classes``) need features or candidates it lacks.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.quotes.rerank import ASK_BEYOND  # noqa: E402
from train.attribution import (  # noqa: E402
    FOLDS,
    Setting,
    accuracy,
    asked,
    chosen,
    cross_validated,
    is_right,
    wrong_quotes,
)
from train.no_speaker import RELAY_GUARD, gate_settings  # noqa: E402
from train.polnear_examples import Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402
from train.ranker_trees import (  # noqa: E402
    Boosted,
    Boosting,
    boosted_scorer,
    fit_binary_trees,
    fit_boosted,
    memo_scorer,
    no_speaker_row,
)

Data = tuple[list[Example], list[Example], list[Example], list[Example]]
"""Train, dev, and the quotes of each that match no gold quote."""
Fit = Callable[[list[Example]], Scorer]
"""Fits a model on some quotes of train and returns its scorer."""

SHIPPED_C = 3.0
CLEAR = 0.002
"""The CV lift (about 13 of train's 6,633 quotes) a model must show to be worth shipping: fold-refit
noise moves CV by about 0.0007."""

CROSSES: dict[str, tuple[tuple[str, str], ...]] = {
    "kind x side, sentence": (("kind=", "side="), ("kind=", "sentence=")),
    "kind x cues": (
        ("kind=", "cue_right_"),
        ("kind=", "cue_between"),
        ("kind=", "nothing_between"),
        ("kind=", "colon_between"),
        ("kind=", "comma_"),
    ),
    "kind x route": (("kind=", "rules_read="), ("rules", "rules_read="), ("pronoun=", "rules_read=")),
    "kind x nearness": (("kind=", "nearest"), ("kind=", "distance<="), ("kind=", "log_distance")),
    "pronoun x place": (("pronoun=", "side="), ("pronoun=", "sentence="), ("pronoun=", "nearest")),
}
"""Families of candidate features crossed pairwise (a feature of the first family by one of the
second: ``kind=pronoun*side=before``). A family is a prefix of feature names; "rules" alone is the
one feature (the rules' mention)."""


def _in(name: str, family: str) -> bool:
    return name == family if family == "rules" else name.startswith(family)


def crossed(
    features: dict[str, float], pairs: tuple[tuple[str, str], ...], scale: float = 1.0
) -> dict[str, float]:
    """``features`` and their crosses of the families ``pairs`` (products of their values, times
    ``scale``: below 1 the penalty on a cross's weight is the larger, by its square's inverse)."""
    out = dict(features)
    for first, second in pairs:
        for a, u in features.items():
            if _in(a, first):
                for b, v in features.items():
                    if b != a and _in(b, second):
                        out[f"{a}*{b}"] = u * v * scale
    return out


def asked_alone(e: Example) -> bool:
    """Whether the shipped row asks the ranker about ``e`` whatever the model (the ask gate aside)."""
    setting = Setting(SHIPPED_C, False, float("-inf"), ASK_BEYOND, 0.0, "cued")
    return (not e.term or "no_speaker&term_cue" in e.quiet) and asked(e, setting)


@dataclass
class Figures:
    label: str
    cv: float
    dev: float
    every_cv: float
    every_dev: float
    unmatched: tuple[int, int]
    wrong: int
    seconds: float

    def line(self) -> str:
        said = f"{self.unmatched[0]:4} / {self.unmatched[1]:2}"
        return (
            f"{self.label:58} {self.cv:6.4f} {self.dev:6.4f} {self.cv - self.dev:+7.4f}   "
            f"{self.every_cv:6.4f} {self.every_dev:6.4f}   {said}   {self.wrong:4}  {self.seconds:4.0f} s"
        )


HEADER = (
    f"{'model':58} {'CV':>6} {'dev':>6} {'gap':>7}   {'every quote':>13}   {'unmatched':>9}   {'wrong':>5}"
)


def shipped_figures(label: str, data: Data, fit: Fit) -> Figures:
    """The model ``fit`` makes, read as ``train/no_speaker.py``'s shipped row reads the softmax."""
    started = time.perf_counter()
    train, dev, loose_train, loose_dev = data
    scorers = [fit([e for e in train if e.fold != k]) for k in range(FOLDS)]
    whole = fit(train)
    base = Setting(SHIPPED_C, False, float("-inf"), ASK_BEYOND, 0.0, "cued", relay_guard=RELAY_GUARD)
    try:
        held, dev_gate, gate_label, _ = gate_settings(train, dev, scorers, whole, SHIPPED_C, ())[0]
        on_cv = replace(base, gate=held, gate_label=gate_label)
        on_dev = replace(base, gate=dev_gate, gate_label=gate_label)
    except ValueError:  # asking this model bettered no quote the gate may ask about: no gate to fit
        on_cv, on_dev, label = base, base, f"{label} (no gate: asking it betters none)"
    every = replace(base, beyond=None)
    said = sum(not is_right(e, chosen(e, scorers[e.fold], on_cv), on_cv) for e in loose_train)
    said_dev = sum(not is_right(e, chosen(e, whole, on_dev), on_dev) for e in loose_dev)
    return Figures(
        label,
        cross_validated(train, scorers, on_cv),
        accuracy(dev, whole, on_dev),
        cross_validated(train, scorers, every),
        accuracy(dev, whole, every),
        (said, said_dev),
        len(wrong_quotes(train, scorers, on_cv)),
        time.perf_counter() - started,
    )


def softmax_fit(
    c: float,
    pairs: tuple[tuple[str, str], ...] = (),
    weigh: Callable[[Example], float] | None = None,
    scale: float = 1.0,
    families: tuple[tuple[str, float], ...] = (),
) -> Fit:
    """The linear softmax at ``c``, over the features crossed by ``pairs`` (their values times
    ``scale``), each quote weighted by ``weigh`` (None: 1 each); a feature starting with one of
    ``families``' prefixes has its value times that family's factor (its own C: ``c`` times the
    factor's square)."""

    def reshaped(features: dict[str, float]) -> dict[str, float]:
        out = crossed(features, pairs, scale) if pairs else features
        if families:
            out = {k: v * next((x for p, x in families if k.startswith(p)), 1.0) for k, v in out.items()}
        return out

    def fit(part: list[Example]) -> Scorer:
        rows = [([reshaped(f) for f in fs], labels, has) for fs, labels, has in groups(part)]
        weights = None if weigh is None else [weigh(e) for e in part]
        score = linear(fit_softmax(rows, c, [reshaped(e.quiet) for e in part], weights))
        plain = not pairs and not families
        return score if plain else lambda features: score([reshaped(f) for f in features])

    return fit


FAMILIES = (
    ("word_", "the words beside a mention"),
    ("no_speaker&", '"no speaker" traits'),
    ("rules&", "rules' crosses"),
)
"""Families of features given a C of their own by ``--models families``."""


def boosted_fits(how: Boosting, counts: list[int]) -> list[tuple[str, Fit]]:
    """The trees of ``how`` read after each of ``counts`` rounds (fitted once per part of train:
    the first rounds of a longer fit are the shorter fit)."""
    fitted: dict[tuple[int, ...], Boosted] = {}

    def at(n: int) -> Fit:
        def fit(part: list[Example]) -> Scorer:
            key = tuple(sorted({e.fold for e in part}))
            if key not in fitted:
                fitted[key] = fit_boosted(groups(part), [e.quiet for e in part], how)
            model = fitted[key]
            return memo_scorer(boosted_scorer(Boosted(model.weights, model.trees[:n])))

        return fit

    return [(replace(how, rounds=n).label(), at(n)) for n in sorted(counts)]


def averaged_fit(how: Boosting) -> Fit:
    """The mean of the linear softmax's scores and those of trees boosted from zero (two models of
    one loss, one linear, one of crosses: their errors differ)."""
    lin, trees = softmax_fit(SHIPPED_C), boosted_fits(how, [how.rounds])[0][1]

    def fit(part: list[Example]) -> Scorer:
        first, second = lin(part), trees(part)
        return lambda f: [(a + b) / 2 for a, b in zip(first(f), second(f), strict=True)]

    return fit


def binary_fit(data: Data) -> Fit:
    """HistGradientBoosting on each row, scoring at once every row it will be asked about (the
    held-out fold's quotes, matched or not, or dev's where fitted on all of train)."""
    train, dev, loose_train, loose_dev = data

    def fit(part: list[Example]) -> Scorer:
        folds = {e.fold for e in part}
        held = [e for e in (*train, *loose_train) if e.fold not in folds] or [*dev, *loose_dev]
        rows = [f for e in held for f in (*e.features, no_speaker_row(e.quiet))]
        return fit_binary_trees(groups(part), [e.quiet for e in part], rows)

    return fit


def models(
    which: list[str], rounds: list[int], zero_rounds: list[int], depths: list[int], data: Data
) -> list[tuple[str, Fit]]:
    out: list[tuple[str, Fit]] = [(f"softmax C={SHIPPED_C:g} (shipped)", softmax_fit(SHIPPED_C))]
    if "linear" in which:
        out += [(f"softmax C={c:g}", softmax_fit(c)) for c in (0.3, 1.0, 10.0, 30.0)]
    if "crosses" in which:
        out += [
            (f"softmax C=3, crosses {name}", softmax_fit(SHIPPED_C, pairs)) for name, pairs in CROSSES.items()
        ]
        every = tuple(p for pairs in CROSSES.values() for p in pairs)
        out += [(f"softmax C={c:g}, every cross", softmax_fit(c, every)) for c in (1.0, 3.0)]
        for scale in (0.3, 0.1):
            out.append((f"softmax C=3, every cross x{scale:g}", softmax_fit(SHIPPED_C, every, scale=scale)))
            pairs = CROSSES["kind x side, sentence"]
            out.append(
                (
                    f"softmax C=3, crosses kind x side, sentence x{scale:g}",
                    softmax_fit(SHIPPED_C, pairs, scale=scale),
                )
            )
    if "families" in which:
        for prefix, name in FAMILIES:
            for x in (0.5, 2.0):
                label = f"softmax C=3, {name} C x{x * x:g}"
                out.append((label, softmax_fit(SHIPPED_C, families=((prefix, x),))))
    if "weights" in which:
        for k in (2.0, 4.0):
            out.append((f"softmax C=3, asked quotes x{k:g}", softmax_fit(SHIPPED_C, weigh=_weigh_asked(k))))
        out.append(("softmax C=3, no-Source quotes x2", softmax_fit(SHIPPED_C, weigh=_weigh_no_source(2.0))))
    if "trees" in which:
        for depth in depths:
            out += boosted_fits(Boosting(depth=depth, rounds=max(rounds)), rounds)
        for depth in depths:
            how = Boosting(depth=depth, rounds=max(zero_rounds), from_linear=False)
            out += boosted_fits(how, zero_rounds)
    if "average" in which:
        how = Boosting(depth=3, rounds=max(zero_rounds), from_linear=False)
        out.append((f"mean of the softmax (C=3) and {how.label()}", averaged_fit(how)))
    if "binary" in which:
        out.append(("binary trees (HistGradientBoosting, depth 3, 200)", binary_fit(data)))
    return out


def _weigh_asked(k: float) -> Callable[[Example], float]:
    return lambda e: k if asked_alone(e) else 1.0


def _weigh_no_source(k: float) -> Callable[[Example], float]:
    return lambda e: 1.0 if e.has_source else k


def _wanted(label: str, only: list[str]) -> bool:
    return not only or any(part in label for part in only)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument(
        "--models",
        nargs="+",
        default=["linear", "crosses", "families", "weights", "trees", "average", "binary"],
        choices=("linear", "crosses", "families", "weights", "trees", "average", "binary"),
    )
    parser.add_argument("--rounds", type=int, nargs="+", default=[50, 100, 200], help="boosting rounds")
    parser.add_argument(
        "--zero-rounds", type=int, nargs="+", default=[100, 300], help="rounds of the trees from zero"
    )
    parser.add_argument("--depths", type=int, nargs="+", default=[2, 3], help="tree depths")
    parser.add_argument(
        "--only", nargs="+", default=[], help="only the models whose label holds one of these"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    data = read_all_examples(args.cache)
    print(
        f"matched quotes: train {len(data[0])}, dev {len(data[1])};",
        f"asked whatever the model {sum(map(asked_alone, data[0]))}",
    )
    print(HEADER, flush=True)
    rows = []
    listed = models(args.models, args.rounds, args.zero_rounds, args.depths, data)
    listed = listed[:1] + [(label, fit) for label, fit in listed[1:] if _wanted(label, args.only)]
    for label, fit in listed:
        rows.append(shipped_figures(label, data, fit))
        print(rows[-1].line(), flush=True)
    base, best = rows[0], max(rows, key=lambda r: r.cv)
    clears = best.cv >= base.cv + CLEAR and best.dev >= base.dev and best.unmatched[0] <= base.unmatched[0]
    print(
        f"best on CV: {best.label}: {best.cv - base.cv:+.4f} CV,",
        f"{best.dev - base.dev:+.4f} dev against the shipped",
    )
    print(
        "clears the bar" if clears else f"no model clears the bar (+{CLEAR} CV, dev and unmatched no worse)"
    )
    print(f"took {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
