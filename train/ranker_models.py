"""The speaker ranker's models, fitted by ``train/attribution.py`` (numpy, scipy and scikit-learn:
the app and the CLI never import them; they score with the weights alone).

- :func:`fit_softmax`, the shipped one: a conditional logit (a softmax over each quote's candidates,
  plus a "no speaker" option) fitted by L-BFGS on the log-likelihood of the gold candidates: the
  ranker trained as a ranker. Each quote contributes ``log sum(exp(score of its gold candidates)) -
  log sum(exp(score of all))``; the "no speaker" option is a row with the one feature
  :data:`NO_SPEAKER`, the gold option of a quote whose gold attribution names no Source. A quote
  whose gold Source is none of its candidates teaches nothing about ranking them and is left out.
  L2 penalty ``1 / (2 C)``.
- :func:`fit_pairs`, the one shipped before: a logistic regression on pairs (a right candidate
  against a wrong one of the same quote), for comparison.
- :func:`fit_trees`: small gradient-boosted trees on each candidate alone, as a check.

:func:`softmax_design` lays the softmax's rows out and :func:`softmax_gradient` reads its loss and
gradient at any scores: ``train/ranker_trees.py`` boosts trees on the same loss
(``train/ranker_compare.py`` compares them, with crosses and weights of quotes, against the shipped
softmax).

Each takes :data:`Group` s: a quote's candidates' features, which are the gold Source, and whether
the gold names a Source at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

NO_SPEAKER = "no_speaker"
"""The feature of the "no speaker" option (its weight: the score a candidate must beat)."""
RULE_FEATURES = ("rules", "rules_exact", "kind=rules")

Group = tuple[list[dict[str, float]], list[bool], bool]
"""One quote: its candidates' features, which of them are the gold Source, whether it has one."""
Scorer = Callable[[list[dict[str, float]]], list[float]]
"""Scores a quote's candidates (their features) with a fitted model."""


@dataclass
class Design:
    """The rows the softmax is fitted on: each quote's candidates, then its "no speaker" option (the
    feature :data:`NO_SPEAKER` and the quote's own), as a sparse matrix over named columns."""

    x: Any
    """The rows' features (a ``scipy.sparse.csr_matrix``, one column per name of :attr:`index`)."""
    gold: Any
    """1.0 for a gold row (a gold Source, or the "no speaker" option of a quote whose gold names none)."""
    starts: Any
    """Where each quote's rows start (numpy ints)."""
    group: Any
    """The quote (its number among those kept) of each row."""
    index: dict[str, int]
    weight: Any
    """Each quote's weight in the likelihood (1.0 unless ``group_weights`` says otherwise)."""


def softmax_design(
    groups: Sequence[Group],
    quiet: Sequence[dict[str, float]] | None = None,
    group_weights: Sequence[float] | None = None,
) -> Design:
    """The :class:`Design` of ``groups`` (a quote whose gold Source is none of its candidates is left
    out: it teaches nothing about ranking them); ``quiet`` and ``group_weights``, one per group."""
    import numpy as np
    from scipy.sparse import csr_matrix

    index: dict[str, int] = {NO_SPEAKER: 0}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    gold: list[float] = []
    starts: list[int] = []
    weight: list[float] = []
    n = 0
    for at_group, (features, labels, has_source) in enumerate(groups):
        if has_source and not any(labels):
            continue  # the gold Source is no candidate: nothing to learn about ranking these
        starts.append(n)
        weight.append(1.0 if group_weights is None else group_weights[at_group])
        no_speaker = {NO_SPEAKER: 1.0, **(quiet[at_group] if quiet is not None else {})}
        for f, yes in [*zip(features, labels, strict=True), (no_speaker, not has_source)]:
            for k, v in f.items():
                rows.append(n)
                cols.append(index.setdefault(k, len(index)))
                vals.append(v)
            gold.append(float(yes))
            n += 1
    x = csr_matrix((vals, (rows, cols)), shape=(n, len(index)))
    at = np.array(starts)
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(at, n)))
    return Design(x, np.array(gold), at, group, index, np.array(weight))


def softmax_gradient(design: Design, scores: Any) -> tuple[float, Any, Any]:
    """The weighted negative log-likelihood of the gold rows at ``scores`` (one per row), its
    gradient by row (the softmax's mass less the gold rows' share of it, times the quote's weight),
    and each row's softmax probability."""
    import numpy as np

    at, group = design.starts, design.group
    top = np.maximum.reduceat(scores, at)
    e = np.exp(scores - top[group])
    total = np.add.reduceat(e, at)
    wanted = np.add.reduceat(e * design.gold, at)
    value = -np.sum(design.weight * (np.log(wanted) - np.log(total)))
    p_all = e / total[group]
    p_gold = e * design.gold / wanted[group]
    return float(value), (p_all - p_gold) * design.weight[group], p_all


def fit_softmax(
    groups: Sequence[Group],
    c: float,
    quiet: Sequence[dict[str, float]] | None = None,
    group_weights: Sequence[float] | None = None,
) -> dict[str, float]:
    """The weights of a conditional logit over ``groups`` (see the module's note); ``quiet``, one per
    group, the "no speaker" option's own features besides :data:`NO_SPEAKER` (the quote's kind,
    length, the words before its marks…: ``corpus.quotes.speakerless``), where it has them;
    ``group_weights``, one per group, each quote's weight in the likelihood (None: 1 each)."""
    import numpy as np
    from scipy.optimize import minimize

    design = softmax_design(groups, quiet, group_weights)
    x = design.x

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        value, by_row, _ = softmax_gradient(design, x @ w)
        return value + w @ w / (2 * c), x.T @ by_row + w / c

    w0 = np.zeros(len(design.index))
    result = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {k: float(result.x[i]) for k, i in design.index.items()}


def _strip(features: dict[str, float], with_rules: bool) -> dict[str, float]:
    return (
        features
        if with_rules
        else {k: v for k, v in features.items() if k not in RULE_FEATURES and not k.startswith("rules&")}
    )


def fit_pairs(groups: Sequence[Group], c: float, with_rules: bool = True) -> dict[str, float]:
    """The weights of a logistic regression on pairs: each right candidate against each wrong one of
    the same quote, so the weights learn what makes one candidate beat another (the argmax is what
    is used), not an absolute score."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs: list[dict[str, float]] = []
    ys: list[int] = []
    for features, labels, _ in groups:
        feats = [_strip(f, with_rules) for f in features]
        for i, yes in enumerate(labels):
            if not yes:
                continue
            for j, no in enumerate(labels):
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
    return {k: float(v) for k, v in weights.items()}


def linear(weights: dict[str, float], with_rules: bool = True) -> Scorer:
    def score(features: list[dict[str, float]]) -> list[float]:
        return [sum(weights.get(k, 0.0) * v for k, v in _strip(f, with_rules).items()) for f in features]

    return score


def fit_trees(train: Sequence[Group], held: Sequence[Group], depth: int = 3, rounds: int = 200) -> Scorer:
    """Small gradient-boosted trees (scikit-learn's HistGradientBoosting) on each candidate alone,
    labelled by whether it is the gold Source, scoring the candidates of ``held`` by their log-odds
    (all at once: the library's cost is per call), for comparison."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    vec = DictVectorizer(dtype=np.float32, sparse=False)
    xs = vec.fit_transform([f for features, _, _ in train for f in features])
    ys = [y for _, labels, _ in train for y in labels]
    model = HistGradientBoostingClassifier(max_depth=depth, max_iter=rounds, random_state=0).fit(xs, ys)
    flat = model.decision_function(vec.transform([f for features, _, _ in held for f in features]))
    scores: dict[int, list[float]] = {}
    at = 0
    for features, _, _ in held:
        scores[id(features)] = [float(s) for s in flat[at : at + len(features)]]
        at += len(features)
    return lambda features: scores[id(features)]
