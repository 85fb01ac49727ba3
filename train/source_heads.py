"""Learn the head nouns of the speakers PolNeAR writes as descriptions; write them as data.

Usage: python train/source_heads.py [--min N] [--print]

Reads every attribution's Source in ``../shared/polnear-train`` (840 articles; the first annotator's
file of each, as ``bench/polnear.py`` reads them) and keeps the Sources written as a noun phrase in
lower case: "officials", "a person familiar with the matter", "many of the protesters", "the
agency's statement", "one attendee". Each one's head is the last word before what follows it (a
comma, "who", "of", "familiar", "with"…; "one of the protesters" is headed by "protesters"). The
heads written at least ``--min`` times (default 3) are written to
``corpus/quotes/source_heads.json`` with their counts: :mod:`corpus.quotes.candidates` proposes a
noun phrase headed by one of them as a candidate speaker ("description"), so a quote whose speaker
is a group or an unnamed person has a candidate to rank. A capitalised first word counts when it is
a head written in lower case elsewhere ("Officials said" and "officials said").

A table learned from the annotations, not their text: it may ship (PolNeAR README). Run it only to
relearn the table; the product reads the JSON file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import annotated  # noqa: E402
from corpus.quotes.lexicon import (  # noqa: E402
    DETERMINERS,
    FUNCTION_WORDS,
    NON_NAME_WORDS,
    NUMBER_WORDS,
    NUMERALS,
    PREPOSITIONS,
    PRONOUNS,
    SHARE_WORDS,
)

SHARED = (ROOT / ".." / "shared").resolve()
OUT = ROOT / "corpus" / "quotes" / "source_heads.json"
MIN_COUNT = 3
_HEAD_ENDS = re.compile(
    r",|\(|\b(?:who|whom|whose|which|that|familiar|with|at|in|for|from|on|to|of|close|involved|"
    r"working|speaking|according|said|says)\b"
)
_QUANTIFIERS = (
    frozenset("one some many most all several none both each few two three four half".split())
    | frozenset("number lot handful".split())
    | SHARE_WORDS
    | NUMERALS
)
"""Words whose "of" phrase holds the head: "one of the protesters", "52 percent of voters"."""
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_NOT_HEADS = (
    PRONOUNS
    | DETERMINERS
    | NUMBER_WORDS
    | _QUANTIFIERS
    | PREPOSITIONS
    | FUNCTION_WORDS
    | NON_NAME_WORDS
    | frozenset("me him her them us you i we its his their our my your this these those others other".split())
    | frozenset("than much more here out self com left third quarter".split())
) - frozenset("someone somebody anyone anybody everyone everybody nobody".split())
"""Words that head no noun phrase (closed-class words, quantities). Not the indefinite pronouns of
people, though ``NON_NAME_WORDS`` holds them since they begin no name (690b094): PolNeAR writes them as
Sources ("someone close to the campaign", "anyone who …"), heads the candidates need; the table kept
the four written thrice (anyone, everyone, nobody, someone) from before, which this script no longer
wrote."""


def sources(folder: Path) -> list[str]:
    """Every attribution's Source as written (its first piece), one annotator per article."""
    return sources_and_texts(folder)[0]


def sources_and_texts(folder: Path) -> tuple[list[str], list[str]]:
    """:func:`sources`, and the texts of the articles they were read in."""
    out: list[str] = []
    texts: list[str] = []
    for article in annotated(folder):
        texts.append(article.text)
        out += [article.text[a:b] for (a, b), *_ in article.of_kind("Source")]
    return out, texts


def head_of(source: str) -> tuple[str, bool] | None:
    """The head word of a Source written as a noun phrase, and whether it is written in lower case;
    None for a name, a pronoun or a phrase with no noun head."""
    words = source.split()
    if not words:
        return None
    pieces = _HEAD_ENDS.split(source)
    tokens = _WORD.findall(pieces[0])
    if tokens and tokens[-1].lower() in _QUANTIFIERS and len(pieces) > 1:
        tokens = _WORD.findall(pieces[1]) or tokens  # "one of the protesters"
    if not tokens:
        return None
    capitals = [t for t in tokens if t[:1].isupper()]
    if len(capitals) > 1 or (capitals and capitals[0] is not tokens[0]):
        return None  # a name ("Sen. Jane Roe", "the White House")
    head = tokens[-1].removesuffix("’s").removesuffix("'s")
    low = head.lower()
    if low in _NOT_HEADS or len(low) < 3 or not low.isalpha() or low.endswith(("ed", "self", "selves")):
        return None  # a past participle ("those surveyed", "people briefed") or a reflexive
    return low, head.islower()


def learn(folder: Path, min_count: int) -> dict[str, int]:
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for source in sources(folder):
        found = head_of(source)
        if found is not None:
            (lower if found[1] else capitalised)[found[0]] += 1
    counts = Counter({w: n + capitalised[w] for w, n in lower.items()})
    return {w: n for w, n in sorted(counts.items()) if n >= min_count}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=MIN_COUNT, help="keep heads written this often")
    parser.add_argument("--print", action="store_true", help="print the table, do not write it")
    args = parser.parse_args()
    heads = learn(SHARED / "polnear-train", args.min)
    if args.print:
        print(len(heads), " ".join(f"{w}:{n}" for w, n in sorted(heads.items(), key=lambda x: -x[1])))
        return 0
    note = (
        "Head nouns of the Sources PolNeAR v1.0.0 train (840 articles) writes as lower-case noun phrases, "
        f"each written at least {args.min} times, with their counts; learned by train/source_heads.py. "
        "Words only: no text of the corpus."
    )
    OUT.write_text(json.dumps({"note": note, "heads": heads}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(heads)} heads to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
