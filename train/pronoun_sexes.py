"""Whose "he" / "she": the quotes of a ``storydiff quotes --json`` output whose mention is "he" or
"she", and whether the speaker named for them is of the pronoun's sex by what the article says of
that name (its given name, a gendered title, a subject pronoun right after it:
:class:`corpus.quotes.sighting_genders.ArticleGenders`).

Usage: python train/pronoun_sexes.py QUOTES.json CORPUS_DIR [--show N]

PolNeAR marks no coreference, so whose pronoun a quote's "he" is cannot be scored against gold; a
speaker of the other sex is a sure error, and the count of them (and of speakers the article says
nothing of) is the figure a change to pronoun resolution is read by, beside the golden diffs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.sighting_genders import ArticleGenders  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("quotes")
    parser.add_argument("corpus")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    articles = load_corpus(Path(args.corpus))
    texts = {a.name: a.text for a in articles}
    genders = ArticleGenders(articles)
    counts: Counter[str] = Counter()
    shown = 0
    for q in json.loads(Path(args.quotes).read_text(encoding="utf-8")):
        mention = q["mention"]
        if not mention or mention["text"].lower() not in ("he", "she"):
            continue
        word = mention["text"].lower()
        if not q["speaker"]:
            counts["no speaker"] += 1
            continue
        sex = genders.of(q["article"], q["speaker"])
        verdict = "unknown" if sex is None else "agrees" if sex == word else "other sex"
        counts[verdict] += 1
        if verdict == "other sex" and shown < args.show:
            shown += 1
            text = texts[q["article"]]
            at = mention["start"]
            context = text[max(0, at - 240) : q["end"] + 20].replace("\n", " / ")
            print(f"--- {q['article']} {word} -> {q['speaker']}\n{context}")
    print(dict(counts))


if __name__ == "__main__":
    main()
