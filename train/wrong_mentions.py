"""The held-out wrong quotes of some classes, with the rules' mention and the gold Source; and how
often PolNeAR marks a sentence's name or a pronoun after it where both stand before a quote.

Usage: python train/wrong_mentions.py [--cache FILE] [--class "rules' answer" ...] [--constructions]

Run only when retraining (as ``train/no_speaker.py``, whose shipped setting it reads). ``--class``
prints, on held-out train folds (never dev), each wrong quote whose class (``train/error_classes.py``)
starts with one of the given heads or details: the rules' mention and the chosen one, the gold Source,
and the quote in context. ``--constructions`` counts, on train and dev, the quotes whose rules'
mention is a name before the quote with a pronoun candidate between them in the sentence, by the
word before the pronoun ("which", "as", "because"…), and whether gold is the name, the pronoun or
neither; and the reverse (the rules' mention a pronoun, a name before it in its sentence).

What it read (h-pron28, the examples of the integ27 tree): where the rules read a name and a pronoun
of its sentence stands nearer the quote, gold is the name 254 times, the pronoun 22, neither 73 (dev
32 / 0 / 16): "as" 5 : 4, "what" 8 : 2, "whom" 5 : 2, "which" 1 : 2, "when" 3 : 1, "and" 2 : 1; after
"that", "said", "says", "saying", "if", "because" always the name. Where the rules read a pronoun
with a name before it in its sentence, gold is the pronoun 127 times, the name 8, neither 15 (dev 14 /
1 / 3): "when" 10 : 1, "which" 6 : 0, "and" 4 : 1, "said" 0 : 2. The rules' choice is PolNeAR's
majority in every construction with more than three quotes: the pronoun classes of the wrong quotes
are the minority side of each, one person written two ways.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from train.attribution import NOBODY, asked, term_asked, wrong_quotes  # noqa: E402
from train.error_classes import classify, in_context  # noqa: E402
from train.no_speaker import compare_nobody  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402

SUBJECT_PRONOUNS = frozenset("he she they it we".split())
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")


Four = tuple[list[Example], list[Example], list[Example], list[Example]]


def print_classes(four: Four, heads: list[str]) -> None:
    """The wrong quotes of held-out train folds whose class or detail starts with one of ``heads``."""
    train = four[0]
    with contextlib.redirect_stdout(io.StringIO()):  # the rows it prints: train/no_speaker.py's
        _, _, setting, scorers = compare_nobody(four, [3.0], [0.0], [])
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    for e, pick in wrong_quotes(train, scorers, setting):
        text = texts[e.article]
        head, detail = classify(e, pick, text, asked(e, setting, scorers[e.fold]), term_asked(e, setting))
        if not any(head.startswith(h) or detail.startswith(h) for h in heads):
            continue
        got = e.rules if pick is None else None if pick == NOBODY else e.spans[pick]
        rules = text[e.rules[0] : e.rules[1]] if e.rules else None
        chose = text[got[0] : got[1]] if got else None
        gold = [text[a:b] for a, b in e.source]
        print(f"=== {head} | {detail} | {e.article} | rules {rules!r} chose {chose!r} gold {gold}")
        print(in_context(text, e.quote, e.source, got))


def constructions(part: list[Example], folder: str) -> None:
    """The two tables of the module's doc for one split."""
    texts = {a.name: a.text for a in load_corpus(SHARED / folder / "text")}
    names: defaultdict[str, Counter[str]] = defaultdict(Counter)
    pronouns: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for e in part:
        if e.rules is None or not e.has_source or e.rules[1] > e.quote[0]:
            continue
        text, (r0, r1), gold = texts[e.article], e.rules, set(e.source)
        read = text[r0:r1].lower()
        if read not in SUBJECT_PRONOUNS and read not in ("who", "i"):
            between = [s for s in e.spans if r1 <= s[0] and s[1] <= e.quote[0]]
            nearer = [s for s in between if text[s[0] : s[1]].lower() in SUBJECT_PRONOUNS]
            if nearer and not _SENTENCE_END.search(text, r1, nearer[-1][0]):
                word = _word_before(text, nearer[-1][0])
                names[word]["name" if (r0, r1) in gold else "pronoun" if nearer[-1] in gold else "other"] += 1
        elif read in SUBJECT_PRONOUNS:
            leads = [s for s in e.spans if s[1] <= r0 and text[s[0] : s[1]].lower() not in SUBJECT_PRONOUNS]
            leads = [s for s in leads if not _SENTENCE_END.search(text, s[1], r0)]
            if leads:
                word = _word_before(text, r0)
                won = "pronoun" if (r0, r1) in gold else "name" if gold & set(leads) else "other"
                pronouns[word][won] += 1
    for title, table in (("rules read a name, a pronoun nearer", names), ("rules read a pronoun", pronouns)):
        total = sum(table.values(), Counter())
        print(f"{folder}: {title}: name {total['name']}, pronoun {total['pronoun']}, other {total['other']}")
        for word, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))[:25]:
            print(f"  {word:14} name {c['name']:4} pronoun {c['pronoun']:4} other {c['other']:4}")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 16) : at].split()
    return words[-1].lower().strip(",") if words else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument(
        "--class", dest="heads", nargs="+", default=[], help="class heads or details to print"
    )
    parser.add_argument("--constructions", action="store_true", help="count the constructions")
    args = parser.parse_args()
    four = read_all_examples(args.cache)
    train, dev, _, _ = four
    if args.heads:
        print_classes(four, args.heads)
    if args.constructions:
        constructions(train, "polnear-train")
        constructions(dev, "polnear-dev")
    return 0


if __name__ == "__main__":
    sys.exit(main())
