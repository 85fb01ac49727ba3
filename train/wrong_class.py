"""Print every held-out wrong quote of one error class, in context, for reading by hand.

Usage: python train/wrong_class.py "gold names no Source" [--detail "someone predicted"] [--cache FILE]

The shipped setting is the one ``train/no_speaker.py --c 3 --margins 0`` chooses on CV; its wrong
quotes on held-out train folds (never dev) are sorted by ``train/error_classes.py`` and those of the
class asked for printed all, in article order: the quote in [brackets], the gold Source in <angles>,
the chosen mention in {braces}, with what chose it (the rules' reading or the ranker's candidate).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from train.attribution import NOBODY, Setting, asked, term_asked, wrong_quotes  # noqa: E402
from train.error_classes import CLASSES, classify, in_context  # noqa: E402
from train.no_speaker import COLON_GUARD, HEAD_GUARD, RELAYER_GUARD, compare_nobody  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402
from train.ranker_models import Scorer  # noqa: E402


def shipped_setting(
    four: tuple[list[Example], list[Example], list[Example], list[Example]],
) -> tuple[Setting, list[Scorer]]:
    """The setting ``train/no_speaker.py --c 3 --margins 0`` chooses on CV, and its fold models
    (the rows it prints while choosing are not shown)."""
    with contextlib.redirect_stdout(io.StringIO()):
        _, _, setting, scorers = compare_nobody(
            four, [3.0], [0.0], [], colon_guard=COLON_GUARD, heads=HEAD_GUARD, relayers=RELAYER_GUARD
        )
    return setting, scorers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("head", choices=CLASSES, help="the class to print")
    parser.add_argument("--detail", default="", help="only the quotes of this detail of the class")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    args = parser.parse_args()
    four = read_all_examples(args.cache)
    setting, scorers = shipped_setting(four)
    train = four[0]
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    shown = 0
    for e, pick in sorted(wrong_quotes(train, scorers, setting), key=lambda w: (w[0].article, w[0].quote)):
        text = texts[e.article]
        head, detail = classify(e, pick, text, asked(e, setting, scorers[e.fold]), term_asked(e, setting))
        if head != args.head or (args.detail and detail != args.detail):
            continue
        got = e.rules if pick is None else None if pick == NOBODY else e.spans[pick]
        chose = f"rules' {e.kind}" if pick is None else "no one" if pick == NOBODY else e.kinds[pick]
        shown += 1
        print(f"--- {shown}. {e.article} {e.quote} ({detail}; chosen: {chose}; term {e.term})")
        print(in_context(text, e.quote, e.source, got))
    print(f"{shown} quotes of class {args.head!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
