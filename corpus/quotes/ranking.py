"""Score a quote's candidate speakers with the learned weights, in plain Python.

The weights (``ranker_weights.json`` beside this file) are a linear model learned by
``train/attribution.py`` from PolNeAR train (see the file's ``note``); scoring a candidate is the
sum of the weights of its features (their numbers, :mod:`corpus.quotes.feature_names`) over a
weight list, plus its distance's; the "no speaker" option's score is the sum of the weights of the
quote's own features (:mod:`corpus.quotes.speakerless`). No model library is imported here: the
app and the CLI read a small JSON file.

Used by :mod:`corpus.quotes.rerank`, which ``find_quotes`` asks.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from corpus.quotes.candidates import Candidate
from corpus.quotes.feature_names import FEATURE_ID, FEATURE_NAMES, NO_SPEAKER

WEIGHTS_FILE = Path(__file__).with_name("ranker_weights.json")


@dataclass(frozen=True, slots=True)
class Ranker:
    """A linear scorer of candidates: one weight per feature name, and a floor for "no speaker"."""

    weights: dict[str, float]
    floor: float = float("-inf")
    """A best candidate scoring below this is no choice (``train/attribution.py`` tries floors on
    held-out train folds: none reads better, so none is shipped)."""
    may_replace: bool = True
    """Whether only the candidates that may replace the rules' answer compete with it
    (``rerank.may_replace``; chosen on CV by ``train/attribution.py``, written beside the weights)."""
    nobody: float | None = None
    """The margin of the "no speaker" option, scored with its own features
    (:mod:`corpus.quotes.speakerless`): where it, plus this, outweighs all the candidates together,
    no one said the quote (:meth:`says_nobody`; None: that option never decides)."""
    terms: str = ""
    """Which terms the ranker is asked about: "" none (no one said them), "cued" those a verb of
    saying or naming stands before (:func:`corpus.quotes.speakerless.cued`)."""
    by_id: list[float] = field(init=False, repr=False, compare=False)
    """The weights by feature number (a name the features do not have is an error: a typo)."""
    distance_weight: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.weights) - set(FEATURE_ID)
        if unknown:
            raise ValueError(f"weights of features that do not exist: {sorted(unknown)[:5]}")
        object.__setattr__(self, "by_id", [self.weights.get(name, 0.0) for name in FEATURE_NAMES])
        object.__setattr__(self, "distance_weight", self.weights.get("log_distance", 0.0))

    def score(self, candidate: Candidate) -> float:
        """A candidate's score (:meth:`scores`)."""
        return self.scores([candidate])[0]

    def scores(self, candidates: list[Candidate]) -> list[float]:
        """Each candidate's score, in one pass (no call per candidate): a dot product of 0/1 features,
        the weights of those it has at C speed, and its distance's."""
        weight, distance = self.by_id.__getitem__, self.distance_weight
        return [sum(map(weight, c.ids)) + distance * c.log_distance for c in candidates]

    def quiet_score(self, traits: list[int]) -> float:
        """The score of a quote's "no speaker" option with its features ``traits``."""
        return self.by_id[_NO_SPEAKER] + sum(map(self.by_id.__getitem__, traits))

    def says_nobody(self, traits: list[int], scores: list[float]) -> bool:
        """Whether no one said the quote: its "no speaker" option, plus the margin :attr:`nobody`,
        outscores all its candidates (their ``scores``) together, the log of their summed
        exponentials (:func:`together`): more than half the softmax's mass. Never where the margin
        is None, nor where there is no candidate."""
        if self.nobody is None or not scores:
            return False
        return self.quiet_score(traits) + self.nobody > together(scores)

    def nobody_outweighed(self, known: list[int], added: list[int], mass: float) -> bool:
        """Whether the "no speaker" option cannot win (:meth:`says_nobody` is False) whatever features
        of ``added`` the quote has beside those ``known``: its score, with the positive weights of all
        of those, stays below its candidates' together (``mass``, :func:`together`) by more than a
        sum's rounding. True where the margin is None."""
        if self.nobody is None:
            return True
        most = self.quiet_score(known) + sum(filter((0.0).__lt__, map(self.by_id.__getitem__, added)))
        return most + self.nobody < mass - _ROUNDING

    def best(self, candidates: list[Candidate], scores: list[float] | None = None) -> Candidate | None:
        """The highest scoring candidate (the first of equals), or None when none clears the floor
        (``scores``: theirs, where they are scored already)."""
        best, best_score = None, self.floor
        for c, s in zip(candidates, self.scores(candidates) if scores is None else scores, strict=True):
            if s > best_score:
                best, best_score = c, s
        return best


@cache
def shipped_ranker() -> Ranker:
    """The ranker of the shipped weights file (read once)."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    nobody = data.get("no_speaker_margin")
    return Ranker(
        weights,
        may_replace=bool(data.get("may_replace", True)),
        nobody=None if nobody is None else float(nobody),
        terms=str(data.get("terms_asked", "")),
    )


def together(scores: list[float]) -> float:
    """The log of the summed exponentials of ``scores`` (the softmax's mass of them all)."""
    top = max(scores)
    return top + math.log(sum(math.exp(s - top) for s in scores))


_NO_SPEAKER = FEATURE_ID[NO_SPEAKER]
_ROUNDING = 1e-9
"""A margin above the rounding of a sum of weights taken in another order: a bound that close decides
nothing."""
