"""The wrong speakers of held-out train folds sorted into classes, for ``train/attribution.py
--classes`` (never dev: the classes choose what to fix).

Each wrong quote gets the first class of :data:`CLASSES` it fits, checked in that order: what no
mention could fix (gold names no Source, or names the cue verb), what the strict score calls wrong
though the person is right (another mention of the same name), what no ranking could fix (the gold
Source is no candidate, by what it is), then what the system chose wrongly (an outlet as gold, the
object of a preposition chosen, the rules' answer where the ranker was not asked, and the ranker's
own choices by the kind of the gold and the chosen candidate).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol

from corpus.quotes.lexicon import OBJECT_PREPOSITIONS, OUTLET_WORDS, PRONOUNS
from corpus.quotes.roles import word_key

CLASSES = (
    "gold names no Source",
    "gold Source is the cue verb",
    "a term (no one said it), gold names a Source",
    "no one chosen, gold names a Source",
    "same person, another mention",
    "gold Source no candidate",
    "gold Source an outlet or report",
    "chose the object of a preposition",
    "rules' answer, ranker not asked",
    "ranker's choice",
)
"""The classes in the order they are checked (each wrong quote gets the first it fits)."""

_CUE_VERB = re.compile(r"(?:said|says|say|told|tells|wrote|writes|added|adds|asked|asks|noted|notes)")
_POSSESSIVE = frozenset("his her their its my our your".split())
_RELATIVE = frozenset("that which who it".split())
_CAPITALISED = re.compile(r"[A-Z][a-z’']+")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(OBJECT_PREPOSITIONS | {"with"})) + r")\s+(?:the\s+)?\Z", re.IGNORECASE
)


class Wrong(Protocol):
    """What a wrong quote's example holds (``train.polnear_examples.Example``)."""

    labels: list[bool]
    kinds: list[str]
    kind: str
    has_source: bool
    spans: list[tuple[int, int]]
    rules: tuple[int, int] | None
    source: list[tuple[int, int]]
    term: bool
    quote: tuple[int, int]
    features: list[dict[str, float]]


def classify(
    e: Wrong, pick: int | None, text: str, asked: bool, terms_asked: bool = False
) -> tuple[str, str]:
    """The class of a wrong quote (one of :data:`CLASSES`) and a detail: ``pick`` is the candidate
    the ranker chose (None: the rules' answer; -1: no one, its "no speaker" option),
    ``asked`` whether the ranker was asked at all, ``terms_asked`` whether it is asked about terms."""
    if not e.has_source:
        return CLASSES[0], "no one predicted" if e.rules is None and pick is None else "someone predicted"
    source = " ".join(text[a:b] for a, b in e.source).strip()
    if _CUE_VERB.fullmatch(source.lower()):
        return CLASSES[1], ""
    if e.term and not terms_asked:
        return CLASSES[2], _what_source(source)
    if pick == -1:
        return CLASSES[3], ("term; " if e.term else "") + _what_source(source)
    got = e.rules if pick is None else e.spans[pick]
    written = text[got[0] : got[1]] if got else ""
    if _same_name(written, source):
        return CLASSES[4], ""
    if not any(e.labels):
        return CLASSES[5], _what_source(source)
    if any(word_key(w) in OUTLET_WORDS for w in source.split()):
        return CLASSES[6], ""
    if got and _PREPOSITION_BEFORE.search(text, max(0, got[0] - 20), got[0]):
        return CLASSES[7], f"rules' {e.kind}" if pick is None else e.kinds[pick]
    if pick is None and not asked:
        return CLASSES[8], f"rules read {e.kind}; gold {_what_source(source)}"
    gold = next(k for k, yes in zip(e.kinds, e.labels, strict=True) if yes)
    return CLASSES[9], f"gold {gold}, chose " + (f"rules' {e.kind}" if pick is None else e.kinds[pick])


def _same_name(written: str, source: str) -> bool:
    """Whether a chosen mention and the gold Source share a capitalised name word ("Chuck Todd" and
    "Todd"): the same person, another mention of them."""
    ours = {w.removesuffix("’s").removesuffix("'s") for w in _CAPITALISED.findall(written)}
    return bool(ours) and not ours.isdisjoint(_CAPITALISED.findall(source))


def _what_source(source: str) -> str:
    low = source.lower()
    if low in _POSSESSIVE:
        return "a possessive (his comments)"
    if low in _RELATIVE:
        return "a relative or 'it'"
    if low in PRONOUNS:
        return "a pronoun"
    if low.split()[0] in ("the", "a", "an", "one", "some", "another", "many", "most"):
        return "a description"
    return "a name" if source[:1].isupper() else "other"


def print_classes(wrong: list[tuple[str, str]], total: int, label: str) -> None:
    """The table of classes (with their details seen 5 times or more) of ``total`` quotes."""
    heads = Counter(head for head, _ in wrong)
    details = Counter(wrong)
    print(f"wrong speakers by class, {label}: {len(wrong)} of {total} ({1 - len(wrong) / total:.3f} right)")
    for head in CLASSES:
        if heads[head]:
            print(f"  {head:40} {heads[head]:5}")
        for (h, detail), n in details.most_common():
            if h == head and detail and n >= 5:
                print(f"      {detail:54} {n:5}")


CONTEXT = 60
"""Characters of text shown around a wrong quote's marks."""


def in_context(
    text: str, quote: tuple[int, int], source: list[tuple[int, int]], got: tuple[int, int] | None
) -> str:
    """A wrong quote in its text: the quote in [brackets], the gold Source in <angles>, the chosen
    mention in {braces}; paragraphs joined by " / "."""
    marks = [(quote[0], "["), (quote[1], "]")] + [(a, "<") for a, _ in source] + [(b, ">") for _, b in source]
    marks += [(got[0], "{"), (got[1], "}")] if got else []
    lo = max(0, min(at for at, _ in marks) - CONTEXT)
    hi = min(len(text), max(at for at, _ in marks) + CONTEXT)
    out, at = [], lo
    for where, mark in sorted(m for m in marks if lo <= m[0] <= hi):
        out += [text[at:where], mark]
        at = where
    return ("".join(out) + text[at:hi]).replace("\n", " / ")


def where_best(e: Wrong, scores: list[float], trusted: list[bool]) -> str:
    """Where the ranker's best candidate lies for a wrong quote whose gold Source is a candidate:
    the rules' answer (the gold nearer or farther than it in the quote's sentence, or in another
    sentence), the gold itself blocked because the article gives no evidence it names someone
    (``rerank.trusted``), or another candidate (by kind). ``e.features`` are read for the rules'
    mark and the sentence; ``scores`` are the ranker's, one per candidate."""
    best = max(range(len(scores)), key=scores.__getitem__)
    if e.labels[best]:
        return "best is the gold, not trusted" if not trusted[best] else "best is the gold"
    if not e.features[best].get("rules"):
        return f"best another candidate: {e.kinds[best].split('+')[0]}"
    gold = max((i for i, yes in enumerate(e.labels) if yes), key=scores.__getitem__)
    if not e.features[gold].get("sentence=same"):
        return "best the rules' answer; gold in another sentence"
    nearer = _distance(e.spans[gold], e.quote) < _distance(e.spans[best], e.quote)
    return f"best the rules' answer; gold in the quote's sentence, {'nearer' if nearer else 'farther'}"


def _distance(span: tuple[int, int], quote: tuple[int, int]) -> int:
    return quote[0] - span[1] if span[1] <= quote[0] else span[0] - quote[1]
