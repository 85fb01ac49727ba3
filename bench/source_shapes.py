"""Count the shapes of the gold Sources no candidate reaches, and how pronoun Sources are scored.

Usage: python bench/source_shapes.py [FOLDER] [--show SHAPE N] [--dump FILE]

For every direct quote the shipped quote finder finds in a PolNeAR-style folder (default
``../shared/polnear-train``) it reads the candidates of :mod:`corpus.quotes.features` (every quote,
as ``train/attribution.py`` reads them) and the gold Source (``bench/polnear.py``). It prints:

- the quotes whose gold Source no candidate overlaps, by the Source's shape: a pronoun, a name
  (capitalised words), a plural noun phrase ("officials", "the two men"), a lower-case description
  with a person or group noun ("a person familiar with the matter"), an organisation, a document
  ("the agency's statement"), and so on; with the commonest head words of each shape;
- the shipped speakers that are wrong, by the pair (what the shipped mention is, what the gold
  Source is): "rules read a name, gold is a pronoun" and the like;
- the quotes whose gold names no Source, by what the rules read (a cue, a mention with no cue, no
  one), beside all the quotes read so: whether some reading could mean "no one said it".

``--show SHAPE N`` prints N examples of a shape in context; ``--dump FILE`` writes every quote's
record as JSON lines for further reading. Measuring only: it reads ``../shared/``; nothing in the
product reads its output.
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

from bench.polnear import Pred, best_gold, overlap, read_gold  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes import find_quotes  # noqa: E402
from corpus.quotes.attribution import attribute  # noqa: E402
from corpus.quotes.context import ArticleReading  # noqa: E402
from corpus.quotes.features import article_candidates  # noqa: E402
from corpus.quotes.lexicon import DOCUMENTS, ORG_WORDS, PRONOUNS, ROLE_WORDS  # noqa: E402
from corpus.quotes.spans import find_quote_spans  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
_WORD = re.compile(r"[A-Za-z][A-Za-z’'.-]*")
_DETERMINERS = frozenset("the a an his her their its one another some two three several both many".split())


_HEAD_ENDS = re.compile(r",|\b(?:who|which|that|of|familiar|with|at|in|for|from)\b")


def head_word(source: str) -> str:
    """The head of a Source as written: its last word before a comma, "who", "of", "familiar"…"""
    cut = _HEAD_ENDS.split(source)
    words = _WORD.findall(cut[0]) or _WORD.findall(source)
    return words[-1].lower().removesuffix("’s").removesuffix("'s") if words else ""


def shape(source: str) -> str:
    """The shape of a gold Source as written (see the module's doc)."""
    if not source.strip():
        return "no source"
    words = _WORD.findall(source)
    if not words:
        return "other"
    low = source.strip().lower()
    if low in PRONOUNS or low in ("i", "we", "you", "us", "them", "him", "her"):
        return "pronoun"
    head = head_word(source)
    capitals = [w for w in words if w[:1].isupper()]
    if head in DOCUMENTS:
        return "document"
    if head in ORG_WORDS:
        return "organisation"
    if words[0][:1].isupper() and words[0].lower() not in _DETERMINERS and len(capitals) * 2 >= len(words):
        return "name"
    if (head.endswith("s") and not head.endswith("ss")) or head in ("people", "police"):
        return "plural"
    if head in ROLE_WORDS:
        return "role description"
    return "other description"


def records(folder: Path) -> list[dict[str, object]]:
    gold = read_gold(folder)
    out: list[dict[str, object]] = []
    shipped_by_article: dict[str, list[tuple[int, int, tuple[int, int] | None, str | None]]] = {}
    corpus = load_corpus(folder / "text")
    quotes, _ = find_quotes(corpus)
    for q in quotes:
        m = q.mention
        shipped_by_article.setdefault(q.article, []).append(
            (q.start, q.end, (m.start, m.end) if m else None, q.speaker)
        )
    for article in corpus:
        golds = gold.get(article.name)
        spans = find_quote_spans(article)
        if golds is None or not spans:
            continue
        text = article.text
        reading = ArticleReading.of(article, spans)
        atts = attribute(article, spans, reading).quotes
        mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
        every = article_candidates(reading, spans, mentions, [a.name for a in atts], [True] * len(spans))
        shipped = {(s, e): (m, name) for s, e, m, name in shipped_by_article.get(article.name, [])}
        for span, att, cands in zip(spans, atts, every, strict=True):
            g = best_gold(Pred(span.start, span.end, None), golds)
            if g is None or cands is None:
                continue
            reached = any(overlap((c.start, c.end), s) for c in cands for s in g.source)
            mention, name = shipped.get((span.start, span.end), (None, None))
            right = mention is not None and any(overlap(mention, s) for s in g.source)
            out.append(
                {
                    "article": article.name,
                    "quote": [span.start, span.end],
                    "source": g.source_text,
                    "source_spans": g.source,
                    "shape": shape(g.source_text),
                    "head": head_word(g.source_text),
                    "reached": reached,
                    "mention": text[mention[0] : mention[1]] if mention else None,
                    "mention_span": mention,
                    "rules_mention": text[att.mention.start : att.mention.end] if att.mention else None,
                    "rules_cue": text[att.cue[0] : att.cue[1]] if att.cue else None,
                    "speaker": name,
                    "right": right,
                    "mention_shape": shape(text[mention[0] : mention[1]]) if mention else "no source",
                    "context": _context(text, span.start, span.end, g.source),
                }
            )
    return out


def _context(text: str, start: int, end: int, source: list[tuple[int, int]]) -> str:
    lo = max(0, min([start] + [a for a, _ in source]) - 100)
    hi = min(len(text), max([end] + [b for _, b in source]) + 60)
    return text[lo:hi].replace("\n", " / ")


def report(recs: list[dict[str, object]]) -> None:
    total = len(recs)
    unreached = [r for r in recs if not r["reached"] and r["shape"] != "no source"]
    share = len(unreached) / total
    print(f"{total} matched quotes; gold Source reached by no candidate: {len(unreached)} ({share:.3f})")
    shapes = Counter(str(r["shape"]) for r in unreached)
    for name, n in shapes.most_common():
        heads = Counter(str(r["head"]) for r in unreached if r["shape"] == name)
        print(f"  {name:18} {n:4}  heads: " + ", ".join(f"{h} {k}" for h, k in heads.most_common(12)))
    wrong = [r for r in recs if not r["right"]]
    print(f"wrong shipped speakers: {len(wrong)} ({len(wrong) / total:.3f}), by (shipped mention, gold):")
    pairs = Counter((str(r["mention_shape"]), str(r["shape"])) for r in wrong)
    for (said, gold), n in pairs.most_common(16):
        print(f"  {said:18} -> gold {gold:18} {n:4}")
    report_no_source(recs)


def _rules_read(r: dict[str, object]) -> str:
    if r["rules_mention"] is None:
        return "no mention"
    return "no cue" if r["rules_cue"] is None else "a cue"


def report_no_source(recs: list[dict[str, object]]) -> None:
    """When no one should be the speaker: the quotes whose gold attribution names no Source, by what
    the rules read, against all the quotes the rules read so (could that reading mean "no one"?)."""
    nobody = Counter(_rules_read(r) for r in recs if not r["source"])
    every = Counter(_rules_read(r) for r in recs)
    right = Counter(_rules_read(r) for r in recs if r["right"])
    print(f"gold with no Source: {sum(nobody.values())}, by what the rules read:")
    for read, n in every.most_common():
        no_source, shipped = nobody[read], right[read]
        print(f"  rules read {read:10} {no_source:4} of {n:5} with no Source; shipped right {shipped:5}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(SHARED / "polnear-train"))
    parser.add_argument("--show", nargs=2, metavar=("SHAPE", "N"), help="print N unreached Sources of SHAPE")
    parser.add_argument("--dump", help="write every quote's record here (JSON lines)")
    args = parser.parse_args()
    recs = records(Path(args.folder).resolve())
    report(recs)
    if args.show:
        name, n = args.show[0], int(args.show[1])
        for r in [r for r in recs if not r["reached"] and r["shape"] == name][:n]:
            print(f"  {{G:{r['source']}}}  {r['context']}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for r in recs:
                out.write(json.dumps(r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
