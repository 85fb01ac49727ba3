"""What tight lists show of each canonical speaker (``Story.short_name``): the names clipped to a
surname and the names shown whole, per corpus, scored against hand labels where given.

Usage: python bench/short_names_check.py CORPUS_DIR... [--labels TSV] [--all]

``--labels``: a table with columns corpus (the corpus folder's name), name, label (person /
organisation / place / group / other): a person's name of two words or more should be clipped to a
surname, any other shown whole. Printed: per corpus, the names of two words or more and how many are
clipped; with labels, how many are right and the wrong ones; ``--all`` prints every name.

Measured (2026-12-06, h-people35's labels of the speaker names of the eight golden corpora, 895 of
two words or more, as `--labels /tmp/people35/labels.tsv` after its make_labels.py): base 871 right
(0.973: "Associated Press" -> "Press", "South Korea" -> "Korea", "Senate Democrats" -> "Democrats");
with a pronoun's test of no person (``antecedents.not_a_person``) and "the" before the name in the
articles quoting it 882 (0.985): 21 names changed on the eight corpora, all better, none worse; left
wrong: organisations and places that carry neither ("Downing Street", "Saudi Arabia", "Protect
Democracy"). ``Story.short_name`` of PolNeAR train's 1,264 speakers: 0.14 s, 5.7 ms the most.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.story import Story  # noqa: E402


def read_labels(path: Path | None) -> dict[tuple[str, str], str]:
    if path is None:
        return {}
    with path.open(encoding="utf-8") as rows:
        return {(r["corpus"], r["name"]): r["label"] for r in csv.DictReader(rows, delimiter="\t")}


def check(root: Path, labels: dict[tuple[str, str], str], corpus: str, show_all: bool) -> tuple[int, int]:
    """Print the corpus's names of two words or more as shown; (right, labelled)."""
    story = Story.load(root)
    names = [s.name for s in story.speakers() if len(s.name.split()) > 1]
    right = labelled = clipped = 0
    for name in names:
        shown = story.short_name(name)
        clipped += shown != name
        label = labels.get((corpus, name))
        verdict = ""
        if label is not None:
            labelled += 1
            good = (shown != name) == (label == "person")
            right += good
            verdict = "" if good else f"  WRONG ({label})"
        if show_all or verdict:
            print(f"  {name} -> {shown}{verdict}")
    print(f"{corpus}: {len(names)} names of two words or more, {clipped} clipped", end="")
    print(f"; labelled {right} of {labelled} right" if labelled else "")
    return right, labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="corpus folders")
    parser.add_argument("--names", nargs="*", help="each corpus's name in the labels (default: folder)")
    parser.add_argument("--labels", type=Path, default=None)
    parser.add_argument("--all", action="store_true", help="print every name as shown")
    args = parser.parse_args()
    labels = read_labels(args.labels)
    names = args.names or [p.name for p in args.corpora]
    right = labelled = 0
    for root, corpus in zip(args.corpora, names, strict=True):
        got, of = check(root, labels, corpus, args.all)
        right, labelled = right + got, labelled + of
    if labelled:
        print(f"all: {right} of {labelled} labelled names right ({right / labelled:.3f})")


if __name__ == "__main__":
    main()
