"""Learn the speaker ranker's weights from PolNeAR train; report CV / dev / gap; write the weights.

Usage: python train/attribution.py [--write] [--confusion] [--c 1.0 ...] [--margins 1 3 ...]

Run only when retraining (it needs scikit-learn; the app and the CLI never import it). For every
quote the shipped quote finder finds in ``../shared/polnear-train`` and ``../shared/polnear-dev``,
the candidates of :mod:`corpus.quotes.features` are labelled by whether they overlap the gold
Source (``bench/polnear.py``'s fair score). A logistic regression scores each candidate; a quote's
speaker is its best candidate. Printed, for the rules alone, the ranker alone and the ranker with
the rules' answer as a feature: 5-fold cross-validated speaker accuracy on train (folds by article,
the folds of ``bench/quotes_eval.py``), accuracy on dev, and the gap; and the ceiling (a quote
whose candidates include the gold Source). Settings (C) are chosen on dev, never on train.
The "shipped" rows score what ``corpus.quotes.rerank`` ships: the ranker is asked only about the
rules' readings in ``rerank.ASKED_ABOUT`` and mentions farther than ``rerank.FAR`` from their quote
(other sets are printed below it), and replaces the rules' answer only when it scores
``rerank.MARGIN`` above it. FAR and the margin were chosen on dev: the best dev figure, 0.937, came
with margins 2 and 3 and FAR 200 or none (100 and 40: 0.935); of those, the one with the higher
cross-validated figure was kept (margin 2, FAR 200: CV 0.877). Asking also about pronouns and
descriptions gave 0.878 / 0.937 but made the whole quote finder 1.4 times slower: left out.
``--write`` trains the chosen model on all of train and writes ``corpus/quotes/ranker_weights.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import FOLDS, best_gold, fold_of, overlap, read_gold  # noqa: E402
from bench.polnear import Pred as _Pred  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.attribution import attribute  # noqa: E402
from corpus.quotes.context import ArticleReading  # noqa: E402
from corpus.quotes.features import article_candidates  # noqa: E402
from corpus.quotes.rerank import (  # noqa: E402
    ASKED_ABOUT,
    FAR,
    MARGIN,
    gap_to_quote,
    may_replace,
    reading_kind,
    trusted,
)
from corpus.quotes.spans import find_quote_spans  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
WEIGHTS = ROOT / "corpus" / "quotes" / "ranker_weights.json"
NEVER = 10**9
_MORE_ASKED = ASKED_ABOUT | {"pronoun", "description"}
ASKED_VARIANTS = (
    (ASKED_ABOUT, NEVER),
    (ASKED_ABOUT, 100),
    (ASKED_ABOUT, 40),
    (_MORE_ASKED, FAR),
    (_MORE_ASKED, NEVER),
)
"""Other sets of the rules' readings (and distances of a named one) the ranker could be asked about,
scored beside the shipped one."""
RULE_FEATURES = ("rules", "rules_exact", "kind=rules")


@dataclass
class Example:
    article: str
    fold: int
    features: list[dict[str, float]]
    labels: list[bool]
    rules_right: bool
    kind: str
    """What the rules read (``rerank.reading_kind``): the ranker is asked only about some kinds."""
    gap: int
    """How far the rules' mention is from the quote (-1: no mention), for ``rerank.FAR``."""
    allowed: list[bool]
    """Whether each candidate may replace the rules' answer (``rerank.may_replace``), or is it."""
    kinds: list[str]
    """Each candidate's kind ("name", "pronoun", "phrase"…; "+rules" when it is the rules' answer)."""
    has_source: bool
    """Whether the gold attribution names a Source at all."""
    trusted: list[bool]
    """Whether each candidate, chosen, may stand (``rerank.trusted``: a name the article gives
    evidence for)."""


def examples(folder: Path) -> list[Example]:
    gold = read_gold(folder)
    out: list[Example] = []
    for article in load_corpus(folder / "text"):
        golds = gold.get(article.name)
        if golds is None:
            continue
        spans = find_quote_spans(article)
        if not spans:
            continue
        reading = ArticleReading.of(article, spans)
        atts = attribute(article, spans, reading).quotes
        mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
        every = article_candidates(reading, spans, mentions, [a.name for a in atts], [True] * len(spans))
        for span, att, rules, cands in zip(spans, atts, mentions, every, strict=True):
            g = best_gold(_Pred(span.start, span.end, None), golds)
            if g is None or cands is None:
                continue
            labels = [any(overlap((c.start, c.end), s) for s in g.source) for c in cands]
            rules_right = rules is not None and any(overlap(rules, s) for s in g.source)
            feats = [c.features for c in cands]
            fold = fold_of(article.name)
            gap = -1 if rules is None else gap_to_quote(rules[0], rules[1], span)
            allowed = [may_replace(c, article.text) or "rules" in c.features for c in cands]
            trust = [
                ok and ("rules" in c.features or trusted(c, article.text))
                for c, ok in zip(cands, allowed, strict=True)
            ]
            kind = reading_kind(att)
            ruled = ["+rules" if "rules" in c.features and c.kind != "rules" else "" for c in cands]
            kinds = [c.kind + mark for c, mark in zip(cands, ruled, strict=True)]
            out.append(
                Example(
                    article.name, fold, feats, labels, rules_right, kind, gap, allowed, kinds, bool(g.source),
                    trust,
                )
            )
    return out


def _strip(features: dict[str, float], with_rules: bool) -> dict[str, float]:
    return (
        features
        if with_rules
        else {k: v for k, v in features.items() if k not in RULE_FEATURES and not k.startswith("rules&")}
    )


def fit(train: list[Example], c: float, with_rules: bool):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    # pairwise: each right candidate against each wrong one of the same quote, so the weights learn
    # what makes one candidate beat another (the argmax is what is used), not an absolute score
    xs: list[dict[str, float]] = []
    ys: list[int] = []
    for e in train:
        feats = [_strip(f, with_rules) for f in e.features]
        for i, yes in enumerate(e.labels):
            if not yes:
                continue
            for j, no in enumerate(e.labels):
                if no:
                    continue
                diff = dict(feats[i])
                for k, v in feats[j].items():
                    diff[k] = diff.get(k, 0.0) - v
                sign = 1 if len(xs) % 2 == 0 else -1
                xs.append({k: sign * v for k, v in diff.items()})
                ys.append(int(sign > 0))
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    model.fit(vec.fit_transform(xs), ys)
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0], strict=True))
    return {k: float(v) for k, v in weights.items()}, 0.0


def accuracy(
    data: list[Example],
    weights: dict[str, float] | None,
    with_rules: bool,
    shipped: bool = False,
    margin: float = MARGIN,
    asked: tuple[frozenset[str], int] = (ASKED_ABOUT, FAR),
) -> float:
    """The share of ``data`` whose chosen candidate (:func:`chosen`) is the gold Source."""
    right = 0
    for e in data:
        pick = chosen(e, weights, with_rules, shipped, margin, asked)
        right += e.rules_right if pick is None else e.labels[pick]
    return right / len(data) if data else 0.0


def chosen(
    e: Example,
    weights: dict[str, float] | None,
    with_rules: bool,
    shipped: bool = False,
    margin: float = MARGIN,
    asked: tuple[frozenset[str], int] = (ASKED_ABOUT, FAR),
) -> int | None:
    """The candidate the ranker chooses for ``e``, or None for the rules' answer (no weights: the
    rules alone); ``shipped`` as ``corpus.quotes.rerank`` decides: only the quotes it asks about,
    only by ``margin`` over the rules' answer, and only a candidate that may replace it."""
    if weights is None or not e.features:
        return None
    if shipped and e.kind not in asked[0] and e.gap <= asked[1]:
        return None
    scores = [sum(weights.get(k, 0.0) * v for k, v in _strip(f, with_rules).items()) for f in e.features]
    choices = [i for i in range(len(scores)) if e.allowed[i]] if shipped else range(len(scores))
    if not choices:
        return None
    best = max(choices, key=scores.__getitem__)
    ruled = [s for s, f in zip(scores, e.features, strict=True) if "rules" in f]
    if shipped and ("rules" in e.features[best] or (ruled and scores[best] - max(ruled) < margin)):
        return None
    if shipped and not e.trusted[best]:
        return None  # a name the article gives no evidence for: the rules' answer stands
    return best


def confusion(train: list[Example], c: float) -> None:
    """The wrong speakers of the shipped ranker on held-out folds: what kind of candidate the gold
    Source is against what was chosen (the error analysis by class)."""
    wrong: Counter[tuple[str, str]] = Counter()
    for k in range(FOLDS):
        weights, _ = fit([e for e in train if e.fold != k], c, True)
        for e in (e for e in train if e.fold == k):
            pick = chosen(e, weights, True, shipped=True)
            if e.rules_right if pick is None else e.labels[pick]:
                continue
            gold = next((kind for kind, yes in zip(e.kinds, e.labels, strict=True) if yes), None)
            gold = gold or ("not a candidate" if e.has_source else "no Source")
            wrong[(gold, f"rules' {e.kind}" if pick is None else e.kinds[pick])] += 1
    print(f"wrong speakers on held-out train folds: {sum(wrong.values())} of {len(train)}")
    for (gold, pick), n in wrong.most_common(20):
        print(f"  gold {gold:20} chosen {pick:28} {n:5}")


def cross_validated(
    train: list[Example],
    c: float,
    with_rules: bool | None,
    margin: float = MARGIN,
    asked: tuple[frozenset[str], int] = (ASKED_ABOUT, FAR),
) -> tuple[float, float]:
    """Mean accuracy over the folds, each scored by a model fitted on the other four; and the same
    as ``corpus.quotes.rerank`` decides (see ``accuracy``)."""
    figures, names = [], []
    for k in range(FOLDS):
        held = [e for e in train if e.fold == k]
        if with_rules is None:
            figures.append(accuracy(held, None, False))
            names.append(figures[-1])
            continue
        weights, _ = fit([e for e in train if e.fold != k], c, with_rules)
        figures.append(accuracy(held, weights, with_rules))
        names.append(accuracy(held, weights, with_rules, True, margin, asked))
    return sum(figures) / len(figures), sum(names) / len(names)


def _row(label: str, cv: float, dev: float) -> None:
    print(f"{label:40} {cv:6.3f} {dev:6.3f} {cv - dev:+7.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[0.3], help="regularisation to try")
    parser.add_argument("--margins", type=float, nargs="*", default=[], help="other margins to try")
    parser.add_argument("--write", action="store_true", help="write the weights (C chosen on dev)")
    parser.add_argument("--confusion", action="store_true", help="print the wrong speakers by class")
    args = parser.parse_args()
    train = examples(SHARED / "polnear-train")
    dev = examples(SHARED / "polnear-dev")
    for name, data in (("train", train), ("dev", dev)):
        ceiling = sum(any(e.labels) for e in data) / len(data)
        print(f"{name}: {len(data)} matched quotes, candidates hold the gold Source for {ceiling:.3f}")
    print(f"{'':40} {'CV':>6} {'dev':>6} {'gap':>7}")
    _row("rules alone", cross_validated(train, 0, None)[0], accuracy(dev, None, False))
    best: tuple[float, float, bool] | None = None
    for with_rules in (False, True):
        for c in args.c:
            cv, cv_names = cross_validated(train, c, with_rules)
            weights, _ = fit(train, c, with_rules)
            d = accuracy(dev, weights, with_rules)
            label = f"ranker {'+ rules' if with_rules else 'alone'} (C={c})"
            _row(label, cv, d)
            _row(label + ", shipped", cv_names, accuracy(dev, weights, with_rules, shipped=True))
            for margin in args.margins if with_rules else []:
                cv_m = cross_validated(train, c, with_rules, margin)[1]
                dev_m = accuracy(dev, weights, with_rules, shipped=True, margin=margin)
                _row(f"{label}, shipped, margin {margin}", cv_m, dev_m)
            for extra in ASKED_VARIANTS if with_rules else ():
                cv_a = cross_validated(train, c, with_rules, MARGIN, extra)[1]
                dev_a = accuracy(dev, weights, with_rules, True, MARGIN, extra)
                far = "never" if extra[1] == NEVER else extra[1]
                _row(f"  asked about {'+'.join(sorted(extra[0]))}, far {far}", cv_a, dev_a)
            if with_rules and (best is None or d > best[0]):
                best = (d, c, with_rules)
    if args.confusion:
        confusion(train, args.c[0])
    if args.write and best is not None:
        _, c, with_rules = best
        weights, bias = fit(train, c, with_rules)
        note = (
            "Logistic-regression weights of the speaker ranker (corpus/quotes/ranking.py), learned by "
            f"train/attribution.py from PolNeAR v1.0.0 train (840 articles; C={c}, chosen on PolNeAR dev). "
            "Weights only: no text of the corpus."
        )
        kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
        WEIGHTS.write_text(
            json.dumps({"note": note, "bias": round(bias, 4), "weights": kept}, indent=1) + "\n"
        )
        print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(kept)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
