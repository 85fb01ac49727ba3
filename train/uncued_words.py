"""How often the words ``corpus.quotes.uncued`` says name no speaker lie in a PolNeAR Source.

Usage: python train/uncued_words.py [--split polnear-train] [--show 15]

Reads every capitalised word opening a sentence of PolNeAR's articles (the sentence subjects the
rules give a quote with no cue) and every attribution's Source span (the first annotator's file of
each article, as ``bench/polnear.py`` reads them), and counts, for each class of
:func:`corpus.quotes.uncued.names_no_speaker` ("ordinary", "contraction", "interjection") and for
the words it lets pass, how many lie inside a Source: a word that names no speaker should seldom be
one (those that are open a longer Source, "Former prosecutor … Giuliani", or are a surname the
table has as an ordinary word). Prints the words of each class seen inside Sources most often.
A check of the rule against the annotations, written nowhere: the product reads no output of it.

Measured (h-nocue19): polnear-train, in a Source / seen, "ordinary" 56 / 5,402 (0.010), "contraction"
1 / 416, "interjection" 0 / 22, the words let pass 7,283 / 22,753 (0.32); polnear-dev "ordinary"
7 / 604 (0.012). Before quantifiers and a word before a name were let pass, "ordinary" 209 / 7,523
(0.028: "Many" 20, "About" 10, "Presumptive" 9).
"""

from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_right
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import annotated  # noqa: E402
from corpus.quotes.names import shipped_tables  # noqa: E402
from corpus.quotes.uncued import names_no_speaker, speaker_heads  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
_OPENING = re.compile(r"(?:\A|\n|[.!?][”\"’']?[ \t]+)([A-Z][A-Za-z-]*(?:[’'](?:s|re|ll|d|ve))?)\b")
"""A capitalised word opening a sentence or a paragraph (a verb contracted onto it kept)."""


def sources(folder: Path) -> dict[str, list[tuple[int, int]]]:
    """Every attribution's Source pieces in each article's text, the first annotator's file."""
    return {
        article.base: sorted(piece for pieces in article.of_kind("Source") for piece in pieces)
        for article in annotated(folder)
    }


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``..``end`` overlaps one of the sorted ``spans``."""
    i = bisect_right(spans, (start, 1 << 30))
    return any(a < end and start < b for a, b in spans[max(0, i - 8) : i + 1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="polnear-train", help="the PolNeAR folder under ../shared")
    parser.add_argument("--show", type=int, default=15, help="words of each class shown")
    args = parser.parse_args()
    folder = SHARED / args.split
    tables, heads = shipped_tables(), speaker_heads()
    seen: Counter[str] = Counter()
    in_source: Counter[str] = Counter()
    words_in: dict[str, Counter[str]] = {}
    for base, spans in sources(folder).items():
        text = (folder / "text" / f"{base}.txt").read_text(encoding="utf-8")
        for m in _OPENING.finditer(text):
            start, end = m.span(1)
            kind = names_no_speaker(text, start, end, tables, heads) or "may name someone"
            seen[kind] += 1
            if inside(spans, start, end):
                in_source[kind] += 1
                words_in.setdefault(kind, Counter())[m.group(1)] += 1
    print(f"{args.split}: capitalised words opening a sentence, by class: in a Source / seen")
    for kind, n in seen.most_common():
        print(f"  {kind:20} {in_source[kind]:6} / {n:6}  ({in_source[kind] / n:.3f})")
        if kind != "may name someone":
            common = words_in.get(kind, Counter()).most_common(args.show)
            print("      in a Source: " + ", ".join(f"{w} {c}" for w, c in common))
    return 0


if __name__ == "__main__":
    sys.exit(main())
