"""The plain-Python scoring of the speaker ranker's boosted trees (``train/ranker_trees.py``) and the
feature crosses ``train/ranker_compare.py`` fits, on candidates built by hand for "Roe said on Monday
that she had met Poe, who called the plan “a mess.”": Roe (the rules' name, before the quote, in
its sentence), she (a pronoun) and Poe (a name right before "who called")."""

from __future__ import annotations

from train.ranker_compare import crossed
from train.ranker_trees import Boosted, boosted_scorer, memo_scorer, tree_score

ROE = {"kind=name": 1.0, "rules": 1.0, "side=before": 1.0, "sentence=same": 1.0, "log_distance": 3.9}
SHE = {"kind=pronoun": 1.0, "side=before": 1.0, "sentence=same": 1.0, "log_distance": 3.4}
POE = {"kind=name": 1.0, "who_clause_after": 1.0, "side=before": 1.0, "log_distance": 2.6}

# a pronoun scores +1; a name near the quote (log distance at most 3) +2, a farther one -1
TREE = [("kind=pronoun", 0.5, 1, 2), ("log_distance", 3.0, 3, 4), 1.0, 2.0, -1.0]


def test_a_tree_sends_each_candidate_to_its_leaf() -> None:
    assert [tree_score(TREE, f) for f in (ROE, SHE, POE)] == [-1.0, 1.0, 2.0]


def test_a_feature_the_candidate_lacks_reads_zero() -> None:
    assert tree_score([("who_clause_after", 0.5, 1, 2), -0.5, 0.5], ROE) == -0.5
    assert tree_score([("who_clause_after", 0.5, 1, 2), -0.5, 0.5], POE) == 0.5


def test_the_boosted_score_adds_the_linear_weights_and_every_tree() -> None:
    model = Boosted({"rules": 1.5, "log_distance": -0.5}, [TREE, [("rules", 0.5, 1, 2), 0.25, -0.25]])
    scores = boosted_scorer(model)([ROE, SHE, POE])
    assert scores == [1.5 - 0.5 * 3.9 - 1.0 - 0.25, -0.5 * 3.4 + 1.0 + 0.25, -0.5 * 2.6 + 2.0 + 0.25]
    assert max(range(3), key=scores.__getitem__) == 2


def test_a_memo_scores_each_row_once_and_keeps_the_order() -> None:
    seen: list[dict[str, float]] = []

    def scorer(rows: list[dict[str, float]]) -> list[float]:
        seen.extend(rows)
        return [tree_score(TREE, f) for f in rows]

    memo = memo_scorer(scorer)
    assert memo([ROE, SHE]) == [-1.0, 1.0]
    assert memo([POE, dict(SHE), ROE]) == [2.0, 1.0, -1.0]
    assert seen == [ROE, SHE, POE]


def test_crosses_pair_the_kind_with_the_side_and_leave_the_rest() -> None:
    pairs = (("kind=", "side="), ("rules", "sentence="))
    out = crossed(ROE, pairs, scale=0.5)
    assert out["kind=name*side=before"] == 0.5
    assert out["rules*sentence=same"] == 0.5
    assert {k: v for k, v in out.items() if "*" not in k} == ROE
    assert not [k for k in crossed(POE, pairs) if k.startswith("rules*")]
