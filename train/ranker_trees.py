"""Small boosted trees for the speaker ranker, fitted by ``train/ranker_compare.py`` (numpy, scipy and
scikit-learn; the app and the CLI never import them).

- :func:`fit_boosted`: trees fitted to the softmax's own loss (the conditional logit of
  ``train/ranker_models.fit_softmax``: each quote's candidates and its "no speaker" option compete),
  by Newton boosting: each round a regression tree of depth ``depth`` on the rows' gradient over
  their curvature, its leaves set to a Newton step, shrunk by ``rate``. Started from zero or from the
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
        return f"softmax trees {start}, depth {self.depth}, {self.rounds} x {self.rate:g}, leaf >={self.min_leaf}"


def fit_boosted(
    groups: Sequence[Group],
    quiet: Sequence[dict[str, float]],
    how: Boosting,
    group_weights: Sequence[float] | None = None,
) -> Boosted:
    """Trees fitted by Newton boosting on the softmax's loss (see the module's note)."""
    import numpy as np
    from sklearn.tree import DecisionTreeRegressor

    design = softmax_design(groups, quiet, group_weights)
    names = sorted(design.index, key=design.index.__getitem__)
    weights = fit_softmax(groups, how.c, quiet, group_weights) if how.from_linear else {}
    w = np.array([weights.get(k, 0.0) for k in names])
    scores = design.x @ w
    dense = design.x.toarray().astype(np.float32)
    model = Boosted(weights)
    for _ in range(how.rounds):
        _, gradient, p = softmax_gradient(design, scores)
        curvature = np.maximum(p * (1 - p) * design.weight[design.group], 1e-6)
        tree = DecisionTreeRegressor(max_depth=how.depth, min_samples_leaf=how.min_leaf, random_state=0)
        tree.fit(dense, -gradient / curvature, sample_weight=curvature)
        leaves = tree.apply(dense)
        sums = np.bincount(leaves, -gradient, tree.tree_.node_count)
        step = how.rate * sums / (np.bincount(leaves, curvature, tree.tree_.node_count) + how.l2)
        scores = scores + step[leaves]
        model.trees.append(_nodes(tree, names, step))
    return model


def _nodes(tree: Any, names: list[str], step: Any) -> list[Node]:
    """A fitted scikit-learn tree as :data:`Node` s, its leaves scoring ``step``."""
    t = tree.tree_
    out: list[Node] = []
    for k in range(t.node_count):
        left = int(t.children_left[k])
        if left == -1:
            out.append(float(step[k]))
        else:
            out.append((names[int(t.feature[k])], float(t.threshold[k]), left, int(t.children_right[k])))
    return out


def batch_scorer(predict: Callable[[list[dict[str, float]]], list[float]], rows: list[dict[str, float]]) -> Scorer:
    """A scorer of the rows ``predict`` scored at once (a library's cost is per call), each known
    by its features; a row not among them is scored alone."""
    known = dict(zip(map(_key, rows), predict(rows), strict=True))

    def score(features: list[dict[str, float]]) -> list[float]:
        return [known[k] if (k := _key(f)) in known else predict([f])[0] for f in features]

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
