"""Learn the speaker ranker's weights from PolNeAR train; report CV / dev / gap; write the weights.

Usage: python train/attribution.py [--write] [--confusion] [--trees] [--c 0.3 ...] [--margins 0 1 ...]
       [--softmax 1 ...] [--errors 40] [--cache FILE]

Run only when retraining (it needs scikit-learn; the app and the CLI never import it). For every
quote the shipped quote finder finds in ``../shared/polnear-train`` and ``../shared/polnear-dev``,
the candidates of :mod:`corpus.quotes.features` are labelled by whether they overlap the gold
Source (``bench/polnear.py``'s fair score). A logistic regression on pairs (a right candidate
against a wrong one of the same quote) scores each candidate; a quote's speaker is decided as
``corpus.quotes.rerank`` decides it: the best candidate among the rules' answer and those that may
replace it, if it beats the rules' answer by the margin and is trusted, else the rules' answer;
only about the quotes ``rerank.asks_ranker`` asks about (the row "asked about every quote" below
each scores asking about all).
Printed: 5-fold cross-validated speaker accuracy on train (folds by article, the folds of
``bench/quotes_eval.py``), accuracy on dev, and the gap, for the rules alone and the ranker at each
C and margin; and the ceiling (a quote whose candidates include the gold Source). ``--trees`` also
scores small gradient-boosted trees (scikit-learn's HistGradientBoosting, depth 3) on the same
candidates, for comparison. Settings (C, margin) are chosen on dev, never on train: the best dev
figure, ties to the higher CV figure. ``--write`` trains the chosen model on all of train and
writes ``corpus/quotes/ranker_weights.json`` (weights and margin); it takes about 4 minutes (70 s
reading the candidates, 140 s fitting).

``--softmax C…`` also scores a softmax over each quote's candidates (``train/ranker_models.py``:
the ranker trained as a ranker) deciding every quote, and ``--errors N`` prints N of its wrong
quotes on held-out train folds in context (never dev): the way to see what the features miss.
``--cache FILE`` keeps the candidates read (about 25 MB) for the next run, to try models quickly.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
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
from corpus.quotes.rerank import ASKED_ABOUT, FAR, gap_to_quote, may_replace, reading_kind, trusted  # noqa: E402
from corpus.quotes.spans import find_quote_spans  # noqa: E402
from train.ranker_models import Group, Scorer, fit_pairs, fit_softmax, fit_trees, linear  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
WEIGHTS = ROOT / "corpus" / "quotes" / "ranker_weights.json"
MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0)
"""How much higher than the rules' answer the ranker's choice must score to replace it: tried on dev."""


@dataclass
class Example:
    article: str
    fold: int
    features: list[dict[str, float]]
    labels: list[bool]
    rules_right: bool
    kind: str
    """What the rules read (``rerank.reading_kind``)."""
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
    quote: tuple[int, int]
    """The quote's span, and each candidate's, the rules' mention's and the gold Source's (for
    printing wrong quotes in context)."""
    spans: list[tuple[int, int]]
    rules: tuple[int, int] | None
    source: list[tuple[int, int]]


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
        routes = [reading_kind(a) for a in atts]
        every = article_candidates(
            reading, spans, mentions, [a.name for a in atts], [True] * len(spans), routes
        )
        for span, att, rules, cands in zip(spans, atts, mentions, every, strict=True):
            g = best_gold(_Pred(span.start, span.end, None), golds)
            if g is None or cands is None:
                continue
            labels = [any(overlap((c.start, c.end), s) for s in g.source) for c in cands]
            rules_right = rules is not None and any(overlap(rules, s) for s in g.source)
            feats = [c.named() for c in cands]
            fold = fold_of(article.name)
            allowed = [may_replace(c, article.text) or c.has("rules") for c in cands]
            trust = [
                ok and (c.has("rules") or trusted(c, article.text))
                for c, ok in zip(cands, allowed, strict=True)
            ]
            kind = reading_kind(att)
            gap = -1 if rules is None else gap_to_quote(rules[0], rules[1], span)
            ruled = ["+rules" if c.has("rules") and c.kind != "rules" else "" for c in cands]
            kinds = [c.kind + mark for c, mark in zip(cands, ruled, strict=True)]
            out.append(
                Example(
                    article.name,
                    fold,
                    feats,
                    labels,
                    rules_right,
                    kind,
                    gap,
                    allowed,
                    kinds,
                    bool(g.source),
                    trust,
                    (span.start, span.end),
                    [(c.start, c.end) for c in cands],
                    rules,
                    list(g.source),
                )
            )
    return out


def groups(data: list[Example]) -> list[Group]:
    return [(e.features, e.labels, e.has_source) for e in data]


def fit(train: list[Example], c: float) -> dict[str, float]:
    """The shipped model: a logistic regression on pairs (``ranker_models.fit_pairs``)."""
    return fit_pairs(groups(train), c)


def accuracy(
    data: list[Example], scorer: Scorer | None, margin: float = 0.0, shipped: bool = True, every: bool = False
) -> float:
    """The share of ``data`` whose chosen candidate (:func:`chosen`) is the gold Source."""
    right = 0
    for e in data:
        pick = chosen(e, scorer, margin, shipped, every)
        right += e.rules_right if pick is None else e.labels[pick]
    return right / len(data) if data else 0.0


def chosen(
    e: Example, scorer: Scorer | None, margin: float = 0.0, shipped: bool = True, every: bool = False
) -> int | None:
    """The candidate the ranker chooses for ``e``, or None for the rules' answer (no scorer: the
    rules alone); ``shipped`` as ``corpus.quotes.rerank`` decides: only about the quotes it asks
    about (``every``: about all), only by ``margin`` over the rules' answer, and only a candidate
    that may replace it and may stand."""
    if scorer is None or not e.features:
        return None
    if shipped and not every and e.kind not in ASKED_ABOUT and e.gap <= FAR:
        return None
    scores = scorer(e.features)
    choices = [i for i in range(len(scores)) if e.allowed[i]] if shipped else range(len(scores))
    if not choices:
        return None
    best = max(choices, key=scores.__getitem__)
    if not shipped:
        return best
    ruled = [s for s, f in zip(scores, e.features, strict=True) if "rules" in f]
    if "rules" in e.features[best] or (ruled and scores[best] - max(ruled) < margin):
        return None
    if not e.trusted[best]:
        return None  # a name the article gives no evidence for: the rules' answer stands
    return best


def confusion(train: list[Example], c: float, margin: float) -> None:
    """The wrong speakers of the shipped ranker on held-out folds: what kind of candidate the gold
    Source is against what was chosen (the error analysis by class)."""
    wrong: Counter[tuple[str, str]] = Counter()
    for k in range(FOLDS):
        scorer = linear(fit([e for e in train if e.fold != k], c))
        for e in (e for e in train if e.fold == k):
            pick = chosen(e, scorer, margin)
            if e.rules_right if pick is None else e.labels[pick]:
                continue
            gold = next((kind for kind, yes in zip(e.kinds, e.labels, strict=True) if yes), None)
            gold = gold or ("not a candidate" if e.has_source else "no Source")
            wrong[(gold, f"rules' {e.kind}" if pick is None else e.kinds[pick])] += 1
    print(f"wrong speakers on held-out train folds: {sum(wrong.values())} of {len(train)}")
    for (gold, pick), n in wrong.most_common(20):
        print(f"  gold {gold:20} chosen {pick:28} {n:5}")


def fold_scorers(train: list[Example], make: Callable[[list[Example]], Scorer]) -> list[Scorer]:
    """A scorer for each fold, fitted on the other four."""
    return [make([e for e in train if e.fold != k]) for k in range(FOLDS)]


def cross_validated(
    train: list[Example],
    scorers: list[Scorer] | None,
    margin: float,
    shipped: bool = True,
    every: bool = False,
) -> float:
    """Mean accuracy over the folds, each scored by its model (None: the rules alone)."""
    figures = []
    for k in range(FOLDS):
        scorer = None if scorers is None else scorers[k]
        figures.append(accuracy([e for e in train if e.fold == k], scorer, margin, shipped, every))
    return sum(figures) / len(figures)


def _row(label: str, cv: float, dev: float) -> None:
    print(f"{label:40} {cv:6.3f} {dev:6.3f} {cv - dev:+7.3f}")


Setting = tuple[float, float, float, float]
"""(dev accuracy, CV accuracy, C, margin) of one setting of the linear ranker."""


def compare(
    train: list[Example], dev: list[Example], cs: list[float], margins: list[float], trees: bool
) -> Setting:
    """Print CV / dev / gap of each model and setting; return the chosen linear one (best dev
    figure, ties to the higher CV figure)."""
    print(f"{'':40} {'CV':>6} {'dev':>6} {'gap':>7}")
    _row("rules alone", cross_validated(train, None, 0.0), accuracy(dev, None))
    settings: list[Setting] = []
    for c in cs:
        started = time.perf_counter()
        scorers = fold_scorers(train, lambda data, c=c: linear(fit(data, c)))
        whole = linear(fit(train, c))
        took = time.perf_counter() - started
        _row(
            f"ranker, every candidate (C={c})",
            cross_validated(train, scorers, 0.0, False),
            accuracy(dev, whole, 0.0, False),
        )
        for margin in margins:
            cv, d = cross_validated(train, scorers, margin), accuracy(dev, whole, margin)
            _row(f"ranker (C={c}), margin {margin}", cv, d)
            settings.append((round(d, 4), round(cv, 4), c, margin))
            every_cv = cross_validated(train, scorers, margin, every=True)
            _row("  asked about every quote", every_cv, accuracy(dev, whole, margin, every=True))
        print(f"  (6 fits of the linear ranker: {took:.0f} s)")
    if trees:
        started = time.perf_counter()
        scorers = [
            fit_trees(groups([e for e in train if e.fold != k]), groups([e for e in train if e.fold == k]))
            for k in range(FOLDS)
        ]
        whole = fit_trees(groups(train), groups(dev))
        took = time.perf_counter() - started
        for margin in margins:
            cv, d = (
                cross_validated(train, scorers, margin, every=True),
                accuracy(dev, whole, margin, every=True),
            )
            _row(f"trees (depth 3, 200), margin {margin}, every quote", cv, d)
        print(f"  (6 fits of the trees: {took:.0f} s)")
    return max(settings)


def compare_softmax(train: list[Example], dev: list[Example], cs: list[float]) -> list[Scorer] | None:
    """Print CV / dev / gap of the softmax ranker (``ranker_models.fit_softmax``) deciding every
    quote (as shipped otherwise: the rules' answer or a candidate that may replace it and may stand,
    no margin), also with no such check; return the fold models of the best CV figure."""
    best: tuple[float, list[Scorer]] | None = None
    for c in cs:
        started = time.perf_counter()
        scorers = fold_scorers(train, lambda data, c=c: linear(fit_softmax(groups(data), c)))
        whole = linear(fit_softmax(groups(train), c))
        cv = cross_validated(train, scorers, 0.0, every=True)
        _row(f"softmax (C={c}), every quote", cv, accuracy(dev, whole, every=True))
        _row(
            "  every candidate, no check",
            cross_validated(train, scorers, 0.0, False),
            accuracy(dev, whole, 0.0, False),
        )
        for margin in (1.0, 2.0):
            _row(
                f"  every quote, margin {margin}",
                cross_validated(train, scorers, margin, every=True),
                accuracy(dev, whole, margin, every=True),
            )
        print(f"  (6 fits of the softmax: {time.perf_counter() - started:.0f} s)")
        if best is None or cv > best[0]:
            best = (cv, scorers)
    return None if best is None else best[1]


def errors(train: list[Example], scorers: list[Scorer], n: int) -> None:
    """``n`` wrong quotes of held-out train folds (a fixed sample; never dev) for the ranker deciding
    every quote, in context: the quote in [brackets], the gold Source in <angles>, the chosen
    mention in {braces}."""
    wrong = []
    for k in range(FOLDS):
        for e in (e for e in train if e.fold == k):
            pick = chosen(e, scorers[k], every=True)
            if not (e.rules_right if pick is None else e.labels[pick]):
                wrong.append((e, pick))
    print(f"wrong on held-out train folds, deciding every quote: {len(wrong)} of {len(train)}")
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    for e, pick in random.Random(15).sample(wrong, min(n, len(wrong))):
        text = texts[e.article]
        got = e.rules if pick is None else e.spans[pick]
        marks = [(e.quote[0], "["), (e.quote[1], "]")] + [(a, "<") for a, _ in e.source]
        marks += [(b, ">") for _, b in e.source] + ([(got[0], "{"), (got[1], "}")] if got else [])
        lo = max(0, min(at for at, _ in marks) - 60)
        hi = min(len(text), max(at for at, _ in marks) + 60)
        out, at = [], lo
        for where, mark in sorted(m for m in marks if lo <= m[0] <= hi):
            out += [text[at:where], mark]
            at = where
        chose = f"rules' {e.kind}" if pick is None else e.kinds[pick]
        print(f"--- {e.article} (chosen: {chose})\n" + ("".join(out) + text[at:hi]).replace("\n", " / "))


def read_examples(cache: Path | None) -> tuple[list[Example], list[Example]]:
    """The examples of train and dev, read from ``cache`` when it exists (written there when not):
    the candidates take most of the run to read, the models seconds to fit."""
    import pickle

    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    pair = examples(SHARED / "polnear-train"), examples(SHARED / "polnear-dev")
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump(pair, f)
    return pair


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[0.3], help="regularisation to try")
    parser.add_argument("--margins", type=float, nargs="+", default=list(MARGINS), help="margins to try")
    parser.add_argument("--write", action="store_true", help="write the weights (C, margin chosen on dev)")
    parser.add_argument("--confusion", action="store_true", help="print the wrong speakers by class")
    parser.add_argument("--trees", action="store_true", help="also score gradient-boosted trees")
    parser.add_argument("--softmax", type=float, nargs="*", default=[], help="C of softmax rankers to try")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong quotes (with --softmax)")
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the examples read in this pickle, read from it next time (delete it when features change)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    train, dev = read_examples(args.cache)
    print(f"read the candidates of train and dev in {time.perf_counter() - started:.0f} s")
    for name, data in (("train", train), ("dev", dev)):
        ceiling = sum(any(e.labels) for e in data) / len(data)
        print(f"{name}: {len(data)} matched quotes, candidates hold the gold Source for {ceiling:.3f}")
    d, cv, c, margin = compare(train, dev, args.c, args.margins, args.trees)
    print(f"chosen on dev: C={c}, margin {margin}: CV {cv:.3f} dev {d:.3f} gap {cv - d:+.3f}")
    softmax = compare_softmax(train, dev, args.softmax)
    if args.confusion:
        confusion(train, c, margin)
    if args.errors and softmax is not None:
        errors(train, softmax, args.errors)
    if args.write:
        weights = fit(train, c)
        note = (
            "Logistic-regression weights of the speaker ranker (corpus/quotes/ranking.py), learned by "
            f"train/attribution.py from PolNeAR v1.0.0 train (840 articles; C={c} and the margin chosen on "
            f"PolNeAR dev: CV {cv:.3f}, dev {d:.3f}). Weights only: no text of the corpus."
        )
        kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
        WEIGHTS.write_text(json.dumps({"note": note, "margin": margin, "weights": kept}, indent=1) + "\n")
        print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(kept)} weights)")
    print(f"took {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
