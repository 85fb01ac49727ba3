"""Passive cues on PolNeAR train: learn the naming participles, and count the class.

Usage: python train/passive_cues.py [--examples N]

1. The naming participles (``lexicon.LEARNED_NAMING_PARTICIPLES``): the participles (a word ending
   in -ed, -en or -wn that the cue list lacks) that PolNeAR train's text writes after a form of "be"
   with a quote as their complement (`are considered the “…”`, `was designated as “…”`, `has been
   known to be “…”`): the subject is named or described by the quoted words, no speaker of them.
   (A quote right after the participle, with no "as", article or "to be" between, is left out:
   `people who are bullied “gotta get over it”` is a clause of its own.)
2. The class: the gold direct quotes whose sentence has a passive cue of saying, asking or naming
   (:func:`corpus.quotes.cue_clauses.passive_cue_after`) before the quote, and what gold names as
   their Source: the passive's subject, its agent (`by X`), someone else, or no one.

Run only when revising that list or measuring the class; it reads ``../shared/polnear-train``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import read_gold  # noqa: E402
from corpus.quotes.cue_clauses import passive_cue_after  # noqa: E402
from corpus.quotes.lexicon import CUE_WORDS  # noqa: E402

TRAIN = (ROOT / ".." / "shared" / "polnear-train").resolve()
_BE = r"\b(?:is|are|was|were|be|been|being|gets?|got|gotten)\s+"
_ADVERB = r"(?:(?:[a-z]+ly|not|also|never|often|once|even)\s+)?"
_NAMED_BY_QUOTE = re.compile(
    _BE + _ADVERB + r"([a-z]+(?:ed|en|wn))\s+(?:as\s+|to\s+be\s+)?(?:(?:the|a|an)\s+)?[“\"]"
)
_WITH_COMPLEMENT = re.compile(r"\s+(?:as|to\s+be|the|a|an)\s")
_SUBJECT_END = re.compile(r"(?:[A-Za-z’'.)]+)(?=\s*,?\s*(?:(?:who|which|that)\s+)?\w+\s)")
_SENTENCE_START = re.compile(r"(?:[.!?][”\"’]?\s+|\n)")
_QUOTE_REACH = 160
"""Characters before a gold quote's opening mark read for a passive cue (within its sentence)."""


def naming_participles(folder: Path) -> Counter[str]:
    """The naming participles of :data:`_NAMED_BY_QUOTE` in ``folder``'s texts, with their counts."""
    found: Counter[str] = Counter()
    for path in sorted((folder / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for match in _NAMED_BY_QUOTE.finditer(text):
            word = match.group(1)
            if word not in CUE_WORDS and _WITH_COMPLEMENT.match(text, match.end(1)):
                found[word] += 1
    return found


def passive_class(folder: Path, show: int) -> Counter[str]:
    """What gold names as the Source of the gold direct quotes with a passive cue before them."""
    counts: Counter[str] = Counter()
    shown = 0
    for name, golds in read_gold(folder).items():
        text = (folder / "text" / name).read_text(encoding="utf-8")
        for gold in golds:
            start, end = gold.content[0]
            mark = next((i for i in range(start, end) if text[i] in '“"'), start)
            lo = max(0, mark - _QUOTE_REACH)
            starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, mark)]
            lo = starts[-1] if starts else lo
            subject_ends = [m.end() for m in _SUBJECT_END.finditer(text, lo, mark)]
            passive = next((at for at in subject_ends if passive_cue_after(text, at)), None)
            if passive is None:
                continue
            by = re.match(r"[^.!?]{0,120}?\bby\s+", text[mark:])
            if not gold.source:
                kind = "no Source"
            elif any(s[1] <= passive and passive - s[1] < 40 for s in gold.source):
                kind = "the passive's subject"
            elif by is not None and any(s[0] == mark + by.end() for s in gold.source):
                kind = "its agent (by X)"
            else:
                kind = "someone else"
            counts[kind] += 1
            if shown < show:
                shown += 1
                print(f"  {kind:22} <{gold.source_text}> | {text[lo : mark + 60]!r}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="print this many quotes of the class")
    args = parser.parse_args()
    learned = naming_participles(TRAIN)
    print("naming participles (not cue words) with a quote as complement:", dict(learned.most_common()))
    counts = passive_class(TRAIN, args.examples)
    print(f"gold direct quotes with a passive cue before them in their sentence: {sum(counts.values())}")
    for kind, n in counts.most_common():
        print(f"  gold Source {kind:24} {n:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
