"""Score a quote's candidate speakers with the learned weights, in plain Python.

The weights (``ranker_weights.json`` beside this file) are a linear model learned by
``train/attribution.py`` from PolNeAR train (see the file's ``note``); scoring a candidate is the
sum of the weights of its named features (:mod:`corpus.quotes.features`). No model library is
imported here: the app and the CLI read a small JSON file.

Used by :mod:`corpus.quotes.rerank`, which ``find_quotes`` asks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from operator import mul
from pathlib import Path

from corpus.quotes.candidates import Candidate

WEIGHTS_FILE = Path(__file__).with_name("ranker_weights.json")


@dataclass(frozen=True, slots=True)
class Ranker:
    """A linear scorer of candidates: one weight per feature name, and a floor for "no speaker"."""

    weights: dict[str, float]
    floor: float = float("-inf")
    """A best candidate scoring below this is no speaker."""
    margin: float = 0.0
    """How much higher than the rules' answer a candidate must score to replace it (chosen on dev
    by ``train/attribution.py``, written beside the weights)."""

    def score(self, candidate: Candidate) -> float:
        # the sparse dot product at C speed: each feature's weight (0 when unknown) times its value
        f = candidate.features
        return sum(map(mul, map(self.weights.get, f, repeat(0.0)), f.values()))

    def best(self, candidates: list[Candidate]) -> Candidate | None:
        """The highest scoring candidate (the first of equals), or None when none clears the floor."""
        best, best_score = None, self.floor
        for c in candidates:
            s = self.score(c)
            if s > best_score:
                best, best_score = c, s
        return best


@cache
def shipped_ranker() -> Ranker:
    """The ranker of the shipped weights file (read once)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return Ranker(weights, margin=float(data.get("margin", 0.0)))
