"""Small boosted trees for the speaker ranker, fitted by ``train/ranker_compare.py`` (numpy, scipy and
scikit-learn; the app and the CLI never import them).

- :func:`fit_boosted`: trees fitted to the softmax's own loss (the conditional logit of
  ``train/ranker_models.fit_softmax``: each quote's candidates and its "no speaker" option compete),
  by Newton boosting: each round a tree of depth ``depth`` whose splits gain the most on the sums of
  the rows' gradients and curvatures (XGBoost's gain; every split of a node read at once by a
  sparse product), its leaves a Newton step shrunk by ``rate``. Started from zero or from the
  linear softmax's scores (then the trees learn what the linear weights miss: the crosses of
  features). The model is the linear weights and the trees, scored on a candidate's feature dict in
  plain Python (:func:`boosted_scorer`), as the engine would score them.
- :func:`fit_binary_trees`: scikit-learn's HistGradientBoosting on each row alone (a candidate or a
  "no speaker" option, labelled by whether it is gold), its log-odds the score: the plain
  classifier, for comparison (scored through :func:`batch_scorer`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from train.ranker_models import NO_SPEAKER, Group, Scorer, fit_softmax, softmax_design, softmax_gradient

Node = tuple[str, float, int, int] | float
"""A tree node: a split (the feature's name, the threshold at or below which the row goes left, the
left and the right node's places) or a leaf's score."""


@dataclass
class Boosted:
    """A linear softmax and trees fitted after it: a row's score is the sum of both."""

    weights: dict[str, float]
    trees: list[list[Node]] = field(default_factory=list)


def tree_score(nodes: Sequence[Node], features: dict[str, float]) -> float:
    """The leaf a candidate's ``features`` reach in a tree (a feature it lacks reads 0)."""
    node = nodes[0]
    while not isinstance(node, float):
        name, threshold, left, right = node
        node = nodes[left if features.get(name, 0.0) <= threshold else right]
    return node


def boosted_score(model: Boosted, features: dict[str, float]) -> float:
    linear = sum(model.weights.get(k, 0.0) * v for k, v in features.items())
    return linear + sum(tree_score(t, features) for t in model.trees)


def boosted_scorer(model: Boosted) -> Scorer:
    def score(features: list[dict[str, float]]) -> list[float]:
        return [boosted_score(model, f) for f in features]

    return score


@dataclass(frozen=True)
class Boosting:
    """How the trees are grown: their depth, how many, the shrinkage, the fewest rows a leaf
    holds, the L2 penalty on a leaf's step, and whether they start from the linear softmax (fitted
    with ``c``) or from zero."""

    depth: int = 3
    rounds: int = 100
    rate: float = 0.1
    min_leaf: int = 40
    l2: float = 1.0
    from_linear: bool = True
    c: float = 3.0

    def label(self) -> str:
        start = f"on the softmax (C={self.c:g})" if self.from_linear else "from zero"
        grown = f"depth {self.depth}, {self.rounds} x {self.rate:g}, leaf >={self.min_leaf}"
        return f"softmax trees {start}, {grown}"


def fit_boosted(
    groups: Sequence[Group],
    quiet: Sequence[dict[str, float]],
    how: Boosting,
    group_weights: Sequence[float] | None = None,
) -> Boosted:
    """Trees fitted by Newton boosting on the softmax's loss (see the module's note)."""
    import numpy as np

    design = softmax_design(groups, quiet, group_weights)
    names = sorted(design.index, key=design.index.__getitem__)
    weights = fit_softmax(groups, how.c, quiet, group_weights) if how.from_linear else {}
    scores = design.x @ np.array([weights.get(k, 0.0) for k in names])
    splits = _Splits.of(design.x, names)
    model = Boosted(weights)
    for _ in range(how.rounds):
        _, gradient, p = softmax_gradient(design, scores)
        curvature = np.maximum(p * (1 - p) * design.weight[design.group], 1e-6)
        nodes: list[Node] = []
        reached = np.zeros(len(scores), dtype=np.int64)
        _grow(splits, gradient, curvature, np.ones(len(scores), dtype=bool), how, how.depth, nodes, reached)
        leaves = np.array([n if isinstance(n, float) else 0.0 for n in nodes])
        scores = scores + leaves[reached]
        model.trees.append(nodes)
    return model


@dataclass
class _Splits:
    """Every split a tree may make, as 0/1 columns of the rows (a row goes right where 1): a 0/1
    feature present, or a feature of other values above one of its quantiles."""

    right: Any
    """The columns transposed (a ``scipy.sparse.csr_matrix``: one row per split), for the sums of a
    node's gradients that go right, all splits at once."""
    dense: Any
    """The same as a boolean matrix (rows by splits), to send a node's rows on."""
    named: list[tuple[str, float]]
    """Each split's feature and threshold."""

    @staticmethod
    def of(x: Any, names: list[str], quantiles: int = 16) -> _Splits:
        import numpy as np
        from scipy.sparse import csc_matrix

        cols = csc_matrix(x)
        columns: list[Any] = []
        named: list[tuple[str, float]] = []
        for j, name in enumerate(names):
            column = cols[:, j].toarray().ravel()
            values = column[column != 0]
            if values.size and np.all(values == 1.0):
                columns.append(column > 0.5)
                named.append((name, 0.5))
                continue
            for t in sorted(set(np.quantile(values, np.linspace(0, 1, quantiles + 1)[1:-1]))):
                columns.append(column > t)
                named.append((name, float(t)))
        dense = np.column_stack(columns)
        return _Splits(csc_matrix(dense.astype(np.float64)).T.tocsr(), dense, named)


def _grow(
    splits: _Splits,
    gradient: Any,
    curvature: Any,
    rows: Any,
    how: Boosting,
    depth: int,
    nodes: list[Node],
    reached: Any,
) -> int:
    """Grow the node of ``rows`` (a boolean mask) into ``nodes``: the split of the largest Newton
    gain where ``depth`` allows one and each side keeps ``how.min_leaf`` rows, else a leaf scoring
    the Newton step times ``how.rate``; ``reached`` gets each row's leaf. Return the node's place."""
    import numpy as np

    at = len(nodes)
    g, h = gradient[rows].sum(), curvature[rows].sum()
    nodes.append(float(-how.rate * g / (h + how.l2)))
    reached[rows] = at
    if depth == 0:
        return at
    mask = rows.astype(np.float64)
    g_right = splits.right @ (gradient * mask)
    h_right = splits.right @ (curvature * mask)
    n_right = splits.right @ mask
    g_left, h_left, n_left = g - g_right, h - h_right, mask.sum() - n_right
    gain = g_left**2 / (h_left + how.l2) + g_right**2 / (h_right + how.l2) - g**2 / (h + how.l2)
    gain[(n_right < how.min_leaf) | (n_left < how.min_leaf)] = -np.inf
    best = int(np.argmax(gain))
    if not gain[best] > 1e-9:
        return at
    goes_right = splits.dense[:, best]
    left = _grow(splits, gradient, curvature, rows & ~goes_right, how, depth - 1, nodes, reached)
    right = _grow(splits, gradient, curvature, rows & goes_right, how, depth - 1, nodes, reached)
    name, threshold = splits.named[best]
    nodes[at] = (name, threshold, left, right)
    return at


def batch_scorer(
    predict: Callable[[list[dict[str, float]]], list[float]], rows: list[dict[str, float]]
) -> Scorer:
    """A scorer of the rows ``predict`` scored at once (a library's cost is per call), each known
    by its features; a row not among them is scored alone."""
    known = dict(zip(map(_key, rows), predict(rows), strict=True))

    def score(features: list[dict[str, float]]) -> list[float]:
        return [known[k] if (k := _key(f)) in known else predict([f])[0] for f in features]

    return score


def memo_scorer(scorer: Scorer) -> Scorer:
    """``scorer``, each row scored once (plain-Python trees are slow and the same quotes are read
    by several settings)."""
    known: dict[frozenset[tuple[str, float]], float] = {}

    def score(features: list[dict[str, float]]) -> list[float]:
        keys = [_key(f) for f in features]
        missing = [f for f, k in zip(features, keys, strict=True) if k not in known]
        if missing:
            known.update(zip(map(_key, missing), scorer(missing), strict=True))
        return [known[k] for k in keys]

    return score


def _key(features: dict[str, float]) -> frozenset[tuple[str, float]]:
    return frozenset(features.items())


def fit_binary_trees(
    groups: Sequence[Group],
    quiet: Sequence[dict[str, float]],
    held: list[dict[str, float]],
    depth: int = 3,
    rounds: int = 200,
) -> Scorer:
    """HistGradientBoosting on each row alone (candidates and "no speaker" options, as
    :func:`softmax_design` lays them out), scoring the rows ``held`` by their log-odds."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    design = softmax_design(groups, quiet)
    names = sorted(design.index, key=design.index.__getitem__)
    vec = DictVectorizer(dtype=np.float32, sparse=False).fit([dict.fromkeys(names, 1.0)])
    columns = [names.index(n) for n in vec.get_feature_names_out()]
    x = design.x.toarray().astype(np.float32)[:, columns]
    model = HistGradientBoostingClassifier(max_depth=depth, max_iter=rounds, random_state=0)
    model.fit(x, design.gold)

    def predict(rows: list[dict[str, float]]) -> list[float]:
        return [float(s) for s in model.decision_function(vec.transform(rows))]

    return batch_scorer(predict, held)


def no_speaker_row(quiet: dict[str, float]) -> dict[str, float]:
    """A quote's "no speaker" option as ``train/attribution.quiet_score`` scores it."""
    return {NO_SPEAKER: 1.0, **quiet}
