"""The word diff of an aligned passage: ops that tile both sides (they rebuild both texts),
its similarity, and how many words the two sides have verbatim in common.

Split from :mod:`corpus.passages.align`, which finds the passages and weighs their tiers."""

from __future__ import annotations

from difflib import SequenceMatcher

from corpus.model import Article, Passage, Tier, WordOp
from corpus.passages.weights import TOKEN, WordWeights, word_forms


def passage_diff(
    a: Article,
    a_start: int,
    a_end: int,
    b: Article,
    b_start: int,
    b_end: int,
    weights: WordWeights,
    tier: Tier,
) -> Passage:
    """A passage with its word diff: ops tile both spans, so they reproduce both texts."""
    a_starts, a_keys, a_weights = _words(a.text, a_start, a_end, weights)
    b_starts, b_keys, b_weights = _words(b.text, b_start, b_end, weights)
    matcher = SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    ops: list[WordOp] = []
    equal_weight = 0.0
    equal_words = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ops.append(
            WordOp(
                tag,  # type: ignore[arg-type]  # difflib's tags are our OpKind names
                _boundary(a_starts, i1, a_start, a_end),
                _boundary(a_starts, i2, a_start, a_end),
                _boundary(b_starts, j1, b_start, b_end),
                _boundary(b_starts, j2, b_start, b_end),
            )
        )
        if tag == "equal":
            equal_weight += sum(a_weights[i1:i2])
            equal_words += i2 - i1
    total = sum(a_weights) + sum(b_weights)
    similarity = round(2 * equal_weight / total, 3) if total else 0.0
    return Passage(
        a_start,
        a_end,
        b_start,
        b_end,
        a.text[a_start:a_end],
        b.text[b_start:b_end],
        similarity,
        tier,
        ops,
        shared_words=equal_words,
    )


def _words(text: str, start: int, end: int, weights: WordWeights) -> tuple[list[int], list[str], list[float]]:
    """Start offsets, compared forms and similarity weights of the words of ``text[start:end]``."""
    starts: list[int] = []
    keys: list[str] = []
    weight_of: list[float] = []
    diff_weight = weights.diff_weight
    for match in TOKEN.finditer(text, start, end):
        key, word_stem = word_forms(match.group())
        if key:
            starts.append(match.start())
            keys.append(key)
            weight_of.append(diff_weight(word_stem))
    return starts, keys, weight_of


def _boundary(starts: list[int], index: int, start: int, end: int) -> int:
    """Where op ``index`` begins: at its first word (the passage's start for the first op)."""
    if index == 0:
        return start
    return starts[index] if index < len(starts) else end


def shared_words(passages: list[Passage]) -> int:
    """Words the two sides have verbatim in common across passages (equal ops)."""
    return sum(p.shared_words for p in passages)
