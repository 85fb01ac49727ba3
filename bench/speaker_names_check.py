"""Speakers right by PolNeAR's overlap score whose name a reader sees is not the gold Source's.

Usage: python bench/speaker_names_check.py [--show 20] [--split train|dev|both]

``bench/quotes_eval.py`` scores a speaker right when its mention overlaps the gold Source. The name a
reader sees is read from that mention (its cleaning, a pronoun's antecedent, a description's holder),
and can be wrong while the mention overlaps: "said Clinton’s spokesman, Brian Fallon" once gave
"Clinton" (the mention "Clinton’s" overlaps the Source "Clinton’s spokesman, Brian Fallon"), "David
and Jeanne Heidler" gave "Thomas Davis" (a spelling merge). Printed: of the quotes right by overlap
whose gold Source is written with capitalised words (a name, not a pronoun or a plain description),
how many get a name sharing none of those words, and a sample of them to read. A gold Source with a
name the article also writes otherwise ("Keidis" for Anthony Kiedis) is counted too: read the sample.

Measured (2026-12-05): base18 train 19 of 3,928, dev 3 of 489; integ18 train 16 of 3,932, dev 3 of 488.
Most left are right for a reader (a spelling the article varies, a description's holder: "the New
Jersey governor" for Chris Christie); the wrong ones are single cases ("Al" of "Al From").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import Gold, Pred, best_gold, read_gold, speaker_right  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.model import Quote  # noqa: E402
from corpus.quotes import find_quotes  # noqa: E402

SHARED = ROOT / ".." / "shared"
_CAPITALISED = re.compile(r"\b[A-Z][a-z’'.-]+")
_NOT_NAME_WORDS = frozenset(
    "She He They It We I You The A An His Her Their Its Mr Mrs Ms Dr Sen Rep Gov President Former "
    "Republican Democratic Democrat".split()
)
"""Capitalised words of a Source that name no one: pronouns, articles, titles, parties."""


def name_words(source: str) -> set[str]:
    """The capitalised words of a gold Source that may name someone."""
    words = {w.rstrip(".’'s") for w in _CAPITALISED.findall(source)}
    return {w for w in words - _NOT_NAME_WORDS if len(w) > 2}


def unnamed(quote: Quote, gold: Gold) -> bool:
    """Whether the name given ``quote`` shares no word with its gold Source's name words."""
    words = name_words(gold.source_text)
    if not words or quote.speaker is None:
        return False
    speaker = quote.speaker.lower()
    return not any(w.lower() in speaker for w in words)


def check(split: str, show: int) -> None:
    folder = SHARED / f"polnear-{split}"
    gold = read_gold(folder)
    articles = load_corpus(folder / "text")
    texts = {a.name: a.text for a in articles}
    quotes, _ = find_quotes(articles)
    right = 0
    flagged: list[tuple[Quote, Gold]] = []
    for q in quotes:
        golds = gold.get(q.article)
        m = q.mention
        if not golds or m is None or q.speaker is None:
            continue
        g = best_gold(Pred(q.start, q.end, (m.start, m.end)), golds)
        if g is None or not g.source or not name_words(g.source_text):
            continue
        if not speaker_right((m.start, m.end), g):
            continue
        right += 1
        if unnamed(q, g):
            flagged.append((q, g))
    print(f"polnear-{split}: right by overlap, gold Source named: {right}; no word shared: {len(flagged)}")
    for q, g in random.Random(18).sample(flagged, min(show, len(flagged))):
        m = q.mention
        assert m is not None
        text = texts[q.article]
        context = text[max(0, min(m.start, q.start) - 60) : max(m.end, q.end) + 20][:260].replace("\n", " ")
        print(f"  {q.speaker!r} (mention {m.text!r}) / gold {g.source_text!r}\n    {context}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="how many flagged quotes to print")
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    args = parser.parse_args()
    for split in ("train", "dev") if args.split == "both" else (args.split,):
        check(split, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
