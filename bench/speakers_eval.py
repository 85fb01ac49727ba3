"""Are the speakers a reader sees people, each listed once? NewsWCL50 purity and completeness, and the
most quoted speakers of ECB+ dev, each scraped-dev corpus, html-dev and html-more printed for a
person to look at.

Usage: python bench/speakers_eval.py [--top 40] [--no-lists] [--evidence]

NewsWCL50 (``../shared/newswcl50-dev``, scored story by story as its README says): each speaker
mention the reader gives (the span it names as a quote's speaker) is matched to the gold mention it
overlaps most; speakers that overlap none are left out. Purity: the share of canonical speakers with
a match whose matches are all one gold person. Completeness: the share of gold persons matched in
two or more files whose matches all carry the same canonical name. The impure speakers and the
split persons are printed, so a change can be judged by what it merged or split.

``--evidence`` also scores the names refused for want of the article's evidence
(``quotes/name_evidence.py``) on PolNeAR train and dev: of the finder's speaker mentions, those the
name cleaner reads as a name without the article and refuses with it, split into mentions of the
gold Source (right names lost) and mentions of a name that is no Source of the article (junk dropped).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import Pred, best_gold, read_gold, speaker_right  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes import find_quotes  # noqa: E402
from corpus.quotes.lexicon import DESCRIPTION_OPENERS  # noqa: E402
from corpus.quotes.names import reader_name, shipped_tables  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()

GoldMention = tuple[str, int, int, str]  # file, start, end, chain


def _gold_by_file(gold: dict[str, list[dict[str, object]]]) -> dict[str, list[GoldMention]]:
    by_file: dict[str, list[GoldMention]] = defaultdict(list)
    for chain, mentions in gold.items():
        for m in mentions:
            file, start, end = str(m["file"]), int(str(m["start"])), int(str(m["end"]))
            by_file[file].append((file, start, end, chain))
    return by_file


def _match(start: int, end: int, golds: list[GoldMention]) -> str | None:
    """The chain of the gold mention a speaker mention overlaps most."""
    best, best_overlap = None, 0
    for _file, a, b, chain in golds:
        o = min(end, b) - max(start, a)
        if o > best_overlap:
            best, best_overlap = chain, o
    return best


def newswcl50(verbose: bool) -> tuple[float, float]:
    folder = SHARED / "newswcl50-dev"
    gold = _gold_by_file(json.loads((folder / "gold.json").read_text(encoding="utf-8")))
    pure = with_match = complete = several = 0
    for story in sorted(p for p in folder.iterdir() if p.is_dir()):
        quotes, _ = find_quotes(load_corpus(story))
        chains_of: dict[str, set[str]] = defaultdict(set)  # canonical speaker -> gold chains
        names_of: dict[str, set[str]] = defaultdict(set)  # gold chain -> canonical names
        files_of: dict[str, set[str]] = defaultdict(set)
        for q in quotes:
            if q.speaker is None or q.mention is None:
                continue
            file = f"{story.name}/{q.article}"
            chain = _match(q.mention.start, q.mention.end, gold.get(file, []))
            if chain is None:
                continue
            chains_of[q.speaker].add(chain)
            names_of[chain].add(q.speaker)
            files_of[chain].add(file)
        for speaker, chains in chains_of.items():
            with_match += 1
            pure += len(chains) == 1
            if len(chains) > 1 and verbose:
                print(f"  impure {story.name}: {speaker!r} holds {sorted(chains)}")
        for chain, files in files_of.items():
            if len(files) < 2:
                continue
            several += 1
            complete += len(names_of[chain]) == 1
            if len(names_of[chain]) > 1 and verbose:
                print(f"  split {story.name}: {chain} named {sorted(names_of[chain])}")
    purity = pure / with_match if with_match else 0.0
    completeness = complete / several if several else 0.0
    print(
        f"NewsWCL50: purity {purity:.3f} ({pure}/{with_match})  completeness {completeness:.3f} "
        f"({complete}/{several})"
    )
    return purity, completeness


def refused_names(split: str) -> None:
    """How many right and wrong names of the finder the article's evidence refuses (see the module)."""
    folder = SHARED / split
    gold = read_gold(folder)
    articles = load_corpus(folder / "text")
    texts = {a.name: a.text for a in articles}
    quotes, _ = find_quotes(articles)
    tables = shipped_tables()
    right, wrong = Counter[str](), Counter[str]()
    named_right = named_wrong = 0
    for q in quotes:
        if q.mention is None or q.article not in gold:
            continue
        golds = gold[q.article]
        g = best_gold(Pred(q.start, q.end, (q.mention.start, q.mention.end)), golds)
        name = reader_name(q.mention.text, tables)
        if g is None or not g.source or name is None or not name[:1].isupper():
            continue
        if name.split()[0].lower() in DESCRIPTION_OPENERS:
            continue  # "The complaint", "His aide": a description, which the finder names no one by
        text = texts[q.article]
        is_right = speaker_right((q.mention.start, q.mention.end), g)
        sources = " ".join(text[a:b] for other in golds for a, b in other.source)
        if not is_right and name in sources:
            continue  # a wrong mention of someone who is a Source elsewhere in the article: no junk
        named_right += is_right
        named_wrong += not is_right
        if reader_name(q.mention.text, tables, text) is None:
            (right if is_right else wrong)[name] += 1
    print(
        f"{split}: refused {sum(right.values())} of {named_right} right names, "
        f"{sum(wrong.values())} of {named_wrong} junk ones"
    )
    print(f"  right: {', '.join(f'{n} {c}' for n, c in right.most_common(12))}")
    print(f"  junk:  {', '.join(f'{n} {c}' for n, c in wrong.most_common(12))}")


def most_quoted(label: str, folder: Path, top: int) -> None:
    _, speakers = find_quotes(load_corpus(folder))
    print(f"\n{label}: {len(speakers)} speakers, the {top} most quoted")
    for s in speakers[:top]:
        aliases = [a for a in s.aliases if a != s.name][:4]
        extra = f"  aka {', '.join(aliases)}" if aliases else ""
        print(f"  {s.quotes:4}  {s.name}" + (f"  [{s.role}]" if s.role else "") + extra)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40, help="how many speakers of each corpus to print")
    parser.add_argument("--no-lists", action="store_true", help="only the NewsWCL50 figures")
    parser.add_argument("--quiet", action="store_true", help="no impure speakers or split persons")
    parser.add_argument("--evidence", action="store_true", help="names refused on PolNeAR train and dev")
    args = parser.parse_args()
    newswcl50(not args.quiet)
    if args.evidence:
        refused_names("polnear-train")
        refused_names("polnear-dev")
    if args.no_lists:
        return 0
    most_quoted("ECB+ dev", SHARED / "ecbplus-dev", args.top)
    for corpus in sorted(p for p in (SHARED / "scraped-dev").iterdir() if p.is_dir()):
        most_quoted(f"scraped-dev/{corpus.name}", corpus, args.top)
    for pages in ("html-dev", "html-more"):  # web pages of every kind: junk names show here first
        most_quoted(pages, SHARED / pages / "pages", args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
