"""How the lexicon writes its word classes: sets of words from a line of text, abbreviations with
and without their period, and a word alternation as a trie for the regexes made from them."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str], *, word_start: bool = False) -> str:
    """An alternation of ``words`` as a trie (`sa(?:id|ys?)`): the regex engine then tries one
    branch per letter instead of ~200 whole words at every word start.

    With ``word_start``, each word must start a word (as after ``\\b``). The check is written after
    the first letter, not before it as ``\\b`` would be: a pattern that opens with a letter lets the
    engine skip straight to the places where such a letter stands, and one that opens with ``\\b``
    tries every position of the text (3× slower for title words, which few letters start)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict], lead: str = "") -> str:
        branches = [re.escape(c) + lead + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    # (?<!\w.) after the first letter: the character before that letter is no word character
    return emit(trie, r"(?<!\w.)" if word_start else "")


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def dotted(abbreviations: Iterable[str]) -> frozenset[str]:
    return frozenset(a + "." for a in abbreviations)


def with_and_without_period(abbreviations: Iterable[str]) -> frozenset[str]:
    listed = tuple(abbreviations)
    return frozenset(listed) | dotted(listed)
