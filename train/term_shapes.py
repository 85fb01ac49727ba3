"""Sort the terms said by no one on PolNeAR train by the shape of the words before them.

Usage: python train/term_shapes.py [--show SHAPE] [--cache FILE]

A term (few quoted words or a title that no cue of its own gives to anyone, ``terms.term_flags``)
is given no speaker unless a learned cue word stands before it in its sentence
(``speakerless.learned_cue``): then the ranker is asked. This sorts the terms of train that are not
asked (and so said by no one as shipped, ``train/no_speaker.py --c 3 --margins 0``) by the first shape
of :data:`SHAPES` they fit, counting those gold gives a Source (each a wrong quote held out), those
it gives none (right), and the unmatched quotes (PolNeAR marks no attribution there). ``--show``
prints one shape's quotes in context (``train/error_classes.in_context``: the quote in [brackets],
the gold Source in <angles>).

What it read at 07dbc05 (h-terms30; gold Source / gold none / unmatched; 57 gold Source, 56 of them
in ``--classes``' "a term (no one said it), gold names a Source", one whose gold Source is a cue verb):
    a list's item                                       3 / 1 / 4
    a quoted modifier of the noun after it             14 / 5 / 23
    a work's name (a work noun, called, known as)      10 / 11 / 14
    a learned cue word the term's window leaves out     4 / 6 / 8
    a verb of saying outside the learned words         11 / 1 / 0 (its verbs read from these terms)
    a capitalised cue word (a headline)                 2 / 2 / 0
    no cue word before it in its sentence              13 / 3 / 31
Read by hand, the gold Sources are mostly PolNeAR's habit of crediting a scare quote, a title or a
nickname to the article's person (a reader wants no speaker there): "the former governor loves
“…”", "a book called “…”", "the neurosurgeon's repeated mispronunciations of “…”". Some fifteen are
someone's words, each shape a quote or two: a verb outside the learned words ("identified the judge
as", "label as", "Legal observers note", "orders his team to “…”", "rated both aspects of it"), an
item after a cued one ("calls Roe a “…” and a “…”"), a cue the rules' reading of another quote
blocks ("chanting “…”" after a paragraph of someone's speech), "what the Times each called". Asking
the ranker about them (the cue read past a rules' mention outside the term's sentence, "each" as no
noun before a participle, those verbs as cue words) moved 6 of them to "no one chosen": its "no
speaker" option wins for a term, CV and wrong held out unchanged (471).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.lexicon import CUE_WORDS  # noqa: E402
from corpus.quotes.naming_verbs import NAMED_AS  # noqa: E402
from corpus.quotes.speakerless import CUE_FOLLOWS, WORK_NOUNS, shipped_cue_stems, stem  # noqa: E402
from train.attribution import CUED  # noqa: E402
from train.error_classes import in_context  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402

Shape = Callable[[str, Example], bool]

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])|\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_LISTED_AFTER = re.compile(r"[ \t]*(?:,|,?[ \t]*(?:and|or))[ \t]*[“\"]")
_LISTED_BEFORE = re.compile(r"[”\"][ \t]*(?:,|,?[ \t]*(?:and|or))[ \t]*\Z")
_NOUN_AFTER = re.compile(r"\s([a-z][a-z-]+)\b")
_NAMING_PARTICIPLE = re.compile(
    r"\b(?:called|named|titled|entitled|dubbed|known\s+as)\s+(?:(?:the|a|an)\s+)?\Z"
)
_OTHER_VERBS = frozenset(
    "note notes noted order orders ordered identified identifies label labels labeled labelled rated "
    "rates repeat repeats repeated talk talks talking listed named".split()
)
"""Verbs of saying or naming that neither the learned stems nor the cue list hold, read by hand from
this sort's terms: counted, not used by the engine."""
_REACH = 150


def _window(text: str, e: Example) -> str:
    """The words before a quote's opening mark back to its sentence's start (at most :data:`_REACH`)."""
    before = text[max(0, e.quote[0] - 1 - _REACH) : e.quote[0] - 1]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def listed(text: str, e: Example) -> bool:
    a, b = e.quote
    return bool(_LISTED_AFTER.match(text, b + 1) or _LISTED_BEFORE.search(text, max(0, a - 10), a - 1))


def modifier(text: str, e: Example) -> bool:
    a, b = e.quote
    word = _NOUN_AFTER.match(text, b + 1)
    ends = text[a:b].rstrip().endswith((".", ",", "!", "?", "…", ":", ";"))
    return not ends and word is not None and word.group(1) not in CUE_FOLLOWS


def work_name(text: str, e: Example) -> bool:
    before = _window(text, e)
    last = _WORD.findall(before)[-1:]
    low = before.lower()
    named = bool(_NAMING_PARTICIPLE.search(low) or NAMED_AS.search(low))
    return named or (bool(last) and last[0].lower() in WORK_NOUNS)


def learned_word(text: str, e: Example) -> bool:
    stems = shipped_cue_stems()
    return any(w.islower() and stem(w) in stems for w in _WORD.findall(_window(text, e)))


def other_verb(text: str, e: Example) -> bool:
    return any(w in _OTHER_VERBS or w in CUE_WORDS for w in _WORD.findall(_window(text, e)))


def capitalised_cue(text: str, e: Example) -> bool:
    stems = shipped_cue_stems()
    return any(w[:1].isupper() and stem(w) in stems for w in _WORD.findall(_window(text, e)))


SHAPES: dict[str, Shape] = {
    "a list's item": listed,
    "a quoted modifier of the noun after it": modifier,
    "a work's name (a work noun, called, known as)": work_name,
    "a learned cue word the term's window leaves out": learned_word,
    "a verb of saying outside the learned words": other_verb,
    "a capitalised cue word (a headline)": capitalised_cue,
    "no cue word before it in its sentence": lambda text, e: True,
}
"""The shapes, checked in this order: each term gets the first it fits."""


def shape_of(text: str, e: Example) -> str:
    return next(name for name, fits in SHAPES.items() if fits(text, e))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=tuple(SHAPES), help="print this shape's terms in context")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    args = parser.parse_args()
    train, _, loose_train, _ = read_all_examples(args.cache)
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    tally: Counter[tuple[str, str]] = Counter()
    for data, loose in ((train, False), (loose_train, True)):
        for e in data:
            if not e.term or CUED in e.quiet:
                continue
            text = texts[e.article]
            name = shape_of(text, e)
            gold = "unmatched" if loose else "gold Source" if e.has_source else "gold none"
            tally[(name, gold)] += 1
            if args.show == name:
                print(f"  {gold}: " + in_context(text, e.quote, e.source, None))
    for name in SHAPES:
        counts = " / ".join(str(tally[(name, g)]) for g in ("gold Source", "gold none", "unmatched"))
        print(f"{name:50} {counts}")
    print("(gold Source / gold none / unmatched)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
