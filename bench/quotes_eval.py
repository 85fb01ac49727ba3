"""Score the quote finder against PolNeAR attribution annotations: train (whole and per fold), dev, gap.

Usage: python bench/quotes_eval.py [FOLDER] [--baseline] [--errors N] [--misses]

With no FOLDER it scores ``../shared/polnear-train`` (840 articles: the whole split and each of its
5 folds, cut by article as ``train/attribution.py`` cuts them) and ``../shared/polnear-dev`` (84),
and prints the gap train − dev of quote F1 and speaker accuracy. The rules learn nothing, so their
cross-validated figure is the mean of the per-fold figures; the learned ranker's own 5-fold figures
are printed by ``train/attribution.py``. With a FOLDER it scores that folder alone. The fair score
(``bench/polnear.py``, after the folders' READMEs): a predicted quote matches a gold one when their
spans overlap; its speaker is right when its mention overlaps the gold Source ("same person", a
looser figure printed beside it: see ``bench/polnear.py``).

``--baseline`` scores a bare regex scan of double quote marks (no speakers) in the same run, for
comparison. ``--errors N`` prints N misses of each kind. ``--misses`` prints every wrong speaker in
context (``[[quote]]``, ``<P:predicted mention>``, ``{G:gold source}``) and counts the misses no
mention could fix: gold with no Source, and a Source that is the cue verb itself.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import polnear  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes import find_quotes  # noqa: E402

FOLDS, Counts, Gold, Pred = polnear.FOLDS, polnear.Counts, polnear.Gold, polnear.Pred
best_gold, count_article, fold_of = polnear.best_gold, polnear.count_article, polnear.fold_of
read_gold, speaker_right, _overlap = polnear.read_gold, polnear.speaker_right, polnear.overlap
SHARED = ROOT / ".." / "shared"
Predictor = Callable[[Path], dict[str, list[Pred]]]


def storydiff_quotes(text_dir: Path) -> dict[str, list[Pred]]:
    """What ``storydiff quotes --json`` gives, computed in this process."""
    quotes, _ = find_quotes(load_corpus(text_dir))
    preds: dict[str, list[Pred]] = defaultdict(list)
    for q in quotes:
        m = q.mention
        preds[q.article].append(Pred(q.start, q.end, (m.start, m.end) if m else None, q.speaker))
    return preds


_BARE = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")


def bare_regex(text_dir: Path) -> dict[str, list[Pred]]:
    preds: dict[str, list[Pred]] = defaultdict(list)
    for path in sorted(text_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        preds[path.name] = [Pred(m.start(1), m.end(1), None) for m in _BARE.finditer(text)]
    return preds


def show_errors(
    gold: dict[str, list[Gold]], preds: dict[str, list[Pred]], folder: Path, errors: int, misses: bool
) -> None:
    unfixable = {"no gold source": 0, "gold source is the cue verb": 0}
    shown = {"fp": 0, "fn": 0, "speaker": 0}
    for article, golds in gold.items():
        text = (folder / "text" / article).read_text(encoding="utf-8")
        ps = preds.get(article, [])
        for g in golds:
            if shown["fn"] < errors and not any(_overlap((p.start, p.end), c) for p in ps for c in g.content):
                shown["fn"] += 1
                print(f"MISS {article}: {' … '.join(text[a:b] for a, b in g.content)[:160]!r}")
        for p in ps:
            best = best_gold(p, golds)
            if best is None:
                if shown["fp"] < errors:
                    shown["fp"] += 1
                    print(f"FALSE {article}: {text[p.start : p.end][:120]!r}")
                continue
            if speaker_right(p.mention, best):
                continue
            if misses:
                _show_miss(article, text, p, best, unfixable)
            elif best.source and shown["speaker"] < errors:
                shown["speaker"] += 1
                said = text[p.mention[0] : p.mention[1]] if p.mention else None
                gold_src = " | ".join(text[a:b] for a, b in best.source)
                print(f"SPEAKER {article}: {said!r} != {gold_src!r} for {text[p.start : p.end][:70]!r}")
    if misses:
        print("misses no mention can fix: " + ", ".join(f"{k} {v}" for k, v in unfixable.items()))


_CUE_ONLY = re.compile(r"(?:said|says|told|wrote|added)", re.IGNORECASE)


def _show_miss(article: str, text: str, p: Pred, best: Gold, unfixable: dict[str, int]) -> None:
    """One wrong speaker in its context, the quote, predicted mention and gold Source marked."""
    if not best.source:
        unfixable["no gold source"] += 1
    elif all(_CUE_ONLY.fullmatch(text[a:b]) for a, b in best.source):
        unfixable["gold source is the cue verb"] += 1
    marks = [(p.start, "[["), (p.end, "]]")]
    if p.mention:
        marks += [(p.mention[0], "<P:"), (p.mention[1], ">")]
    marks += [m for a, b in best.source for m in ((a, "{G:"), (b, "}"))]
    lo = max(0, min(pos for pos, _ in marks) - 120)
    hi = min(len(text), max(pos for pos, _ in marks) + 80)
    seg = text[lo:hi]
    for pos, mark in sorted(marks, reverse=True):
        seg = seg[: pos - lo] + mark + seg[pos - lo :]
    print(f"SPEAKER {article} (predicted {p.speaker!r}):\n    " + seg.replace("\n", " / ") + "\n")


def per_fold(gold: dict[str, list[Gold]], preds: dict[str, list[Pred]]) -> tuple[Counts, list[Counts]]:
    whole, folds = Counts(), [Counts() for _ in range(FOLDS)]
    for article, golds in gold.items():
        counts = count_article(golds, preds.get(article, []))
        whole.add(counts)
        folds[fold_of(article)].add(counts)
    return whole, folds


def _line(label: str, counts: Counts) -> str:
    figures = counts.figures()
    head = f"gold {counts.gold:5}  predicted {counts.predicted:5}"
    return f"{label:22} {head}  " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items())


def score_split(folder: Path, run: Predictor, with_folds: bool) -> dict[str, float]:
    gold = read_gold(folder)
    whole, folds = per_fold(gold, run(folder / "text"))
    print(_line(f"{folder.name} (all)", whole))
    if not with_folds:
        return whole.figures()
    for k, counts in enumerate(folds):
        print(_line(f"  fold {k}", counts))
    keys = whole.figures().keys()
    cv = {key: mean(c.figures()[key] for c in folds) for key in keys}
    print(f"{'  fold mean':22} " + " " * 28 + "  ".join(f"{k} {v:.3f}" for k, v in cv.items()))
    return cv


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="score this folder alone (default: train and dev)")
    parser.add_argument("--baseline", action="store_true", help="also score a bare regex scan")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--misses", action="store_true", help="print every wrong speaker in context")
    args = parser.parse_args()
    runs: list[tuple[str, Predictor]] = [("storydiff quotes", storydiff_quotes)]
    if args.baseline:
        runs.append(("bare regex", bare_regex))
    for label, run in runs:
        print(f"== {label}")
        if args.folder:
            folder = Path(args.folder).resolve()
            score_split(folder, run, with_folds=False)
            if run is storydiff_quotes and (args.errors or args.misses):
                show_errors(read_gold(folder), run(folder / "text"), folder, args.errors, args.misses)
            continue
        train = score_split((SHARED / "polnear-train").resolve(), run, with_folds=True)
        dev = score_split((SHARED / "polnear-dev").resolve(), run, with_folds=False)
        print(
            f"CV / dev / gap: speaker accuracy {train['speaker_accuracy']:.3f} / "
            f"{dev['speaker_accuracy']:.3f} / {train['speaker_accuracy'] - dev['speaker_accuracy']:+.3f}"
            f"   quote F1 {train['f1']:.3f} / {dev['f1']:.3f} / {train['f1'] - dev['f1']:+.3f}"
            f"   same person {train['same_person']:.3f} / {dev['same_person']:.3f}"
            f" / {train['same_person'] - dev['same_person']:+.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
