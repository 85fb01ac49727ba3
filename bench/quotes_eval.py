"""Score ``storydiff quotes --json`` against PolNeAR-style attribution annotations.

Usage: python bench/quotes_eval.py [FOLDER] [--baseline] [--errors N] [--misses]

FOLDER (default ``../shared/polnear-dev``) holds ``text/*.txt`` and
``attributions/*_<annotator>.ann`` (brat standoff). Following its README:

- gold quotes are the attributions whose Content holds a ``"``, ``“`` or ``”``
  (one annotator per article: the first file in name order);
- a predicted quote matches a gold one when their spans overlap;
  precision = matched predictions / predictions, recall = matched gold / gold;
- speaker accuracy: over matched predictions, the share whose ``mention``
  overlaps the Source of the gold attribution it overlaps most.

``--baseline`` scores a bare regex scan of double quote marks (no speakers) in
the same run, for comparison. ``--errors N`` prints N misses of each kind.
``--misses`` prints every wrong speaker in context (``[[quote]]``, ``<P:predicted
mention>``, ``{G:gold source}``) and counts the misses no mention could fix: gold
with no Source, and a Source that is the cue verb itself (``{G:said} <P:Hester>``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]


@dataclass
class Gold:
    content: list[Span]
    source: list[Span]


@dataclass
class Pred:
    start: int
    end: int
    mention: Span | None
    speaker: str | None = None


def read_gold(folder: Path) -> dict[str, list[Gold]]:
    by_article: dict[str, list[Gold]] = {}
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        base = re.sub(r"_[0-9a-f]+$", "", ann.stem)
        if base in seen:
            continue
        seen.add(base)
        text = (folder / "text" / f"{base}.txt").read_text(encoding="utf-8")
        spans: dict[str, list[Span]] = {}
        events: list[dict[str, str]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("T") and len(parts) >= 2:
                _kind, _, offsets = parts[1].partition(" ")
                pieces = [piece.split() for piece in offsets.split(";")]
                spans[parts[0]] = [(int(a), int(b)) for a, b in pieces]
            elif parts[0].startswith("E") and len(parts) >= 2:
                events.append(dict(x.split(":", 1) for x in parts[1].split()))
        golds = []
        for event in events:
            content = spans.get(event.get("Content", ""), [])
            if not any(ch in text[a:b] for a, b in content for ch in '"“”'):
                continue
            golds.append(Gold(content, spans.get(event.get("Source", ""), [])))
        by_article[f"{base}.txt"] = golds
    return by_article


def storydiff_quotes(text_dir: Path) -> dict[str, list[Pred]]:
    exe = Path(sys.executable).parent / "storydiff"
    command = str(exe) if exe.exists() else shutil.which("storydiff") or "storydiff"
    out = subprocess.run([command, "quotes", str(text_dir), "--json"], capture_output=True, check=True)
    preds: dict[str, list[Pred]] = defaultdict(list)
    for q in json.loads(out.stdout):
        m = q["mention"]
        preds[q["article"]].append(
            Pred(q["start"], q["end"], (m["start"], m["end"]) if m else None, q["speaker"])
        )
    return preds


_BARE = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")


def bare_regex(text_dir: Path) -> dict[str, list[Pred]]:
    preds: dict[str, list[Pred]] = defaultdict(list)
    for path in sorted(text_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        preds[path.name] = [Pred(m.start(1), m.end(1), None) for m in _BARE.finditer(text)]
    return preds


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(
    gold: dict[str, list[Gold]], preds: dict[str, list[Pred]], folder: Path, errors: int, misses: bool = False
) -> dict[str, float]:
    n_gold = matched_gold = n_pred = matched_pred = right = 0
    unfixable = {"no gold source": 0, "gold source is the cue verb": 0}
    shown = {"fp": 0, "fn": 0, "speaker": 0}
    for article, golds in gold.items():
        text = (folder / "text" / article).read_text(encoding="utf-8")
        ps = preds.get(article, [])
        n_gold += len(golds)
        n_pred += len(ps)
        for g in golds:
            if any(_overlap((p.start, p.end), c) for p in ps for c in g.content):
                matched_gold += 1
            elif shown["fn"] < errors:
                shown["fn"] += 1
                print(f"MISS {article}: {' … '.join(text[a:b] for a, b in g.content)[:160]!r}")
        for p in ps:
            best, best_overlap = None, 0
            for g in golds:
                o = sum(_overlap((p.start, p.end), c) for c in g.content)
                if o > best_overlap:
                    best, best_overlap = g, o
            if best is None:
                if shown["fp"] < errors:
                    shown["fp"] += 1
                    print(f"FALSE {article}: {text[p.start : p.end][:120]!r}")
                continue
            matched_pred += 1
            ok = p.mention is not None and any(_overlap(p.mention, s) for s in best.source)
            right += ok
            if not ok and misses:
                _show_miss(article, text, p, best, unfixable)
            if not ok and best.source and shown["speaker"] < errors:
                shown["speaker"] += 1
                said = text[p.mention[0] : p.mention[1]] if p.mention else None
                gold_src = " | ".join(text[a:b] for a, b in best.source)
                print(f"SPEAKER {article}: {said!r} != {gold_src!r} for {text[p.start : p.end][:70]!r}")
    if misses:
        print("misses no mention can fix: " + ", ".join(f"{k} {v}" for k, v in unfixable.items()))
    precision = matched_pred / n_pred if n_pred else 0.0
    recall = matched_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker_accuracy": right / matched_pred if matched_pred else 0.0,
    }


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(Path(__file__).resolve().parents[1] / "../shared/polnear-dev")
    )
    parser.add_argument("--baseline", action="store_true", help="also score a bare regex scan")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    parser.add_argument("--misses", action="store_true", help="print every wrong speaker in context")
    args = parser.parse_args()
    folder = Path(args.folder).resolve()
    gold = read_gold(folder)
    runs = [("storydiff quotes", storydiff_quotes)]
    if args.baseline:
        runs.append(("bare regex", bare_regex))
    for label, run in runs:
        ours = run is storydiff_quotes
        result = score(gold, run(folder / "text"), folder, args.errors if ours else 0, args.misses and ours)
        figures = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items())
        print(f"{label:18} {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
