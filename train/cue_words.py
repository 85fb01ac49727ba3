"""Count the reporting verbs of PolNeAR train's Cue spans, against the lexicon's cue list.

Usage: python train/cue_words.py [--top N]

For each Cue text of the annotations (lower case, as written), prints how many direct quotes
(Content holding a double quote mark) and how many attributions it cues, how often the article text
writes it as a word, the share of those that are a Cue, and MISSING where ``lexicon.CUE_WORDS``
lacks it. The words taken into ``lexicon.LEARNED_CUES`` were read off this table (a cue of at least 4
direct quotes, a Cue in at least half its uses); run only when revising that list.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import annotated  # noqa: E402
from corpus.quotes.lexicon import CUE_WORDS  # noqa: E402

TRAIN = (ROOT / ".." / "shared" / "polnear-train").resolve()
_WORD = re.compile(r"[A-Za-z]+")


def count(folder: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Cue texts of direct quotes, of every attribution, and every word of the texts."""
    direct: Counter[str] = Counter()
    every: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for article in annotated(folder):
        text = article.text
        words.update(w.lower() for w in _WORD.findall(text))
        for event in article.events:
            cue = " ".join(text[a:b] for a, b in article.pieces(event.get("Cue", ""))).lower().strip()
            if not cue:
                continue
            every[cue] += 1
            content = article.pieces(event.get("Content", ""))
            if any(mark in text[a:b] for a, b in content for mark in '"“”'):
                direct[cue] += 1
    return direct, every, words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=120, help="how many cue texts to print")
    args = parser.parse_args()
    direct, every, words = count(TRAIN)
    print(f"direct quotes' cues: {sum(direct.values())}")
    for cue, n in direct.most_common(args.top):
        uses = words.get(cue, 0)
        share = f"{every[cue] / uses:.2f}" if uses else "  - "
        missing = "" if cue in CUE_WORDS else "MISSING"
        print(f"{cue:24} direct {n:4}  all {every[cue]:4}  text {uses:5}  share {share}  {missing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
