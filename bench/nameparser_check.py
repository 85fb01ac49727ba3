"""nameparser's ``HumanName`` against the hand-written name cleaning, on the names the engine reads.

Usage: python bench/nameparser_check.py [--corpora train dev wcl ecb census spotify seeds htmlmore]
                                        [--show 8] [--no-speed] [--no-lists]

Needs nameparser (LGPL-2.1-or-later; measured with 2.6.0): ``pip install nameparser``. It is
imported here only; the engine does not depend on it.

The inputs are every name the engine cleans for a quote's speaker: the engine reads each corpus
one article at a time (``article_reading.quotes_of``, one process) and every call of its name
cleaner (``names.reader_name``) is recorded with the raw name the rules read ("Interior Secretary
Ken Salazar", "Rep. Jim Jordan (R-Ohio)", "Clinton"). On each raw name, side by side:
- the engine: ``reader_name`` (edges that are not the name trimmed; None: no name), then what the
  speakers step keys the person by (``speakers.clean_name``: courtesy titles and suffixes off);
- nameparser: ``HumanName(raw)``'s first, middle and last (its title, suffix and nickname off).
Where they differ, the difference is put in a class and judged:
- words one side keeps at the front and the other drops ("House Speaker", "Rep.", "National" of
  "National Rifle Association"): judged by :class:`WrittenWithout` (written lower case, a possessive,
  a number, or the corpus writes the rest without them, or the rest opens with a given name: no part
  of the name; else unjudged, printed to read);
- a name one side refuses (the engine's None, nameparser's empty name) or the end it keeps ("(D-Mo.)",
  "of Napa County"): by gold where there is gold: on PolNeAR, the gold Source a quote's mention
  overlaps (``bench/polnear``): a name is right when its last word is one of the Source's capitalised
  name words (``speaker_names_check.name_words``), and refusing is right when the Source has none; on
  NewsWCL50 the gold person's mentions play the Source's part. Without gold the pair is printed to read.

Then the lists: nameparser's titles, suffixes and particles against the engine's (``name_tables.json``
titles, ``lexicon`` titles and role words, ``names.RANKS``, ``person_titles.HONORIFIC_ROLES``; any
word the name tables call ordinary is trimmed before a given name too), with how often PolNeAR train
writes each missing one capitalised before a given name. Last, the speed: nameparser's import (its own
interpreter, ``-X importtime``) and both functions' time per name on the same inputs.

Measured (2026-12-06, nameparser 2.6.0, base b6037d5, 8 corpora): on the 3,930 raw names the cleaner
reads they agree on 3,773 (96%): the cue grammar has already taken titles and descriptions off. Where
they differ nameparser is right by the judges above in 19 (17 of them names the engine refuses for want
of the article's evidence, "Price", "Small", and loose gold: "Florida" for "Florida officials"), the
engine in 32; nameparser reads "King", "Law", "Baron", "State" as titles and leaves no name, and takes
"National", "Federal", "United", "Supreme" off organisations' names. Of the 45 raw names in which it
finds a title, the engine's name kept it in 33: all organisations ("State Department") or surnames
("King", "Law") but one, "United Auto Workers Secretary-Treasurer Gary Casteel" (nameparser: "Auto
Workers Secretary-Treasurer Gary Casteel"), which the engine now shows "Gary Casteel" (32). Given the
4,584 speaker mentions as written (what a caller without the cue grammar would pass), nameparser keeps
a description or an office in 591 ("Interior Secretary Dirk Kempthorne", "Angels general manager Tony
Reagins"), wrong in 430, moot ("The") 127, to read 34, right in none. No shown speaker of the golden
output holds a title (the "Coach Jane Roe" class is empty there); nameparser's titles the engine lacks,
written before a given name in PolNeAR train, are "Pope" (9, "Pope Francis", shown whole) and "Adm."
(3, no speaker) beside words that are no title there ("Supreme Court", "St. Paul", "Royal Dutch
Shell"). Its abbreviated ranks the engine lacked ("Pvt.", "Msgr.", "Brig.") were taken into the lexicon
by hand. Speed: reader_name 60-72 us a name, HumanName 105-117 us (x1.5-1.9), import 34-45 ms.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import read_gold  # noqa: E402
from bench.speaker_names_check import name_words  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.model import Article, Quote  # noqa: E402
from corpus.quotes import article_reading  # noqa: E402
from corpus.quotes.lexicon import NAME_PARTICLES, NAME_SUFFIXES, PRONOUNS, ROLE_WORDS  # noqa: E402
from corpus.quotes.name_pairs import NamePairs  # noqa: E402
from corpus.quotes.names import RANKS, NameTables, reader_name, shipped_tables  # noqa: E402
from corpus.quotes.person_titles import HONORIFIC_ROLES  # noqa: E402
from corpus.quotes.speakers import clean_name  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
CORPORA = {
    "train": SHARED / "polnear-train" / "text",
    "dev": SHARED / "polnear-dev" / "text",
    "wcl": SHARED / "newswcl50-dev",
    "ecb": SHARED / "ecbplus-dev",
    "census": SHARED / "scraped-dev" / "census",
    "spotify": SHARED / "scraped-dev" / "spotify",
    "seeds": SHARED / "seeds",
    "htmlmore": SHARED / "html-more" / "pages",
}
POLNEAR = {"train": SHARED / "polnear-train", "dev": SHARED / "polnear-dev"}
WCL_GOLD = SHARED / "newswcl50-dev"


@dataclass
class NameRow:
    """One raw name the engine cleaned in one article, and both readings of it."""

    corpus: str
    article: str
    raw: str
    engine: str | None
    """``reader_name``'s answer, as the engine gave it."""
    engine_key: str | None
    """What the speakers step keys the person by (``clean_name``), None where the engine refused."""
    parsed: str
    """nameparser's first, middle and last, joined."""
    title: str
    suffix: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """The spans of the quotes' speaker mentions the engine gave this name in the article."""


@contextmanager
def recorded_names() -> Iterator[list[tuple[str, str | None]]]:
    """Every (raw name, answer) of the engine's name cleaner while the block runs: the quote finder's
    own calls, on the raw names its rules read, so both functions see the same inputs."""
    calls: list[tuple[str, str | None]] = []
    original: Callable[..., str | None] = article_reading.reader_name

    def recording(name: str, tables: NameTables | None = None, text: str = "") -> str | None:
        answer = original(name, tables, text)
        calls.append((name, answer))
        return answer

    article_reading.reader_name = recording  # type: ignore[assignment]
    try:
        yield calls
    finally:
        article_reading.reader_name = original  # type: ignore[assignment]


def parsed_name(raw: str) -> tuple[str, str, str]:
    """nameparser's reading of a raw name: first, middle and last joined; its title; its suffix."""
    from nameparser import HumanName

    human = HumanName(raw.replace("\u00a0", " "))
    name = " ".join(part for part in (human.first, human.middle, human.last) if part)
    return name, human.title, human.suffix


def engine_rows(
    corpus: str, articles: list[Article], tables: NameTables
) -> tuple[list[NameRow], list[NameRow]]:
    """Each distinct raw name the engine cleans in each article, with both readings; and each named
    quote's speaker mention as written (no pronoun), with the engine's name for it and nameparser's."""
    pairs = NamePairs(tables)
    rows: list[NameRow] = []
    written: list[NameRow] = []
    for article in articles:
        with recorded_names() as calls:
            quotes, named, _, _ = article_reading.quotes_of(article, tables, pairs)
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        unnamed: list[tuple[int, int, str]] = []  # mentions of quotes whose name the cleaner refused
        for quote, name in zip(quotes, named, strict=True):
            if quote.mention is None:
                continue
            if name is not None:
                spans[name].append((quote.mention.start, quote.mention.end))
            else:
                unnamed.append((quote.mention.start, quote.mention.end, quote.mention.text))
        for raw, answer in dict(calls).items():
            parsed, title, suffix = parsed_name(raw)
            key = None if answer is None else clean_name(answer)
            if answer:
                mentions = spans.get(answer, [])
            else:  # the mentions that hold the refused name (or that it holds)
                mentions = [(a, b) for a, b, said in unnamed if raw in said or said in raw]
            rows.append(NameRow(corpus, article.name, raw, answer, key, parsed, title, suffix, mentions))
        written.extend(_mention_rows(corpus, article.name, quotes, named))
    return rows, written


def _mention_rows(corpus: str, article: str, quotes: list[Quote], named: list[str | None]) -> list[NameRow]:
    """Each named quote's speaker mention as written, once per span, where it holds a capitalised
    word and is no pronoun ("He"): the engine's name for it against nameparser's of the mention."""
    out: dict[tuple[int, int], NameRow] = {}
    for quote, name in zip(quotes, named, strict=True):
        m = quote.mention
        if m is None or name is None or (m.start, m.end) in out:
            continue
        if m.text.lower() in PRONOUNS or not any(w[:1].isupper() for w in m.text.split()):
            continue
        parsed, title, suffix = parsed_name(m.text)
        out[(m.start, m.end)] = NameRow(
            corpus, article, m.text, name, clean_name(name), parsed, title, suffix, [(m.start, m.end)]
        )
    return list(out.values())


def _norm(name: str | None) -> str:
    return " ".join((name or "").replace("\u00a0", " ").split())


@dataclass
class WrittenWithout:
    """Whether front words belong to a name, read off the corpus's own text and the given names'
    table (US Census and nicknames, ``name_tables.json``), not off either side's title lists:
    - no part of it where the corpus also writes the rest without them ("Paul Ryan" alone: "House
      Speaker" is no part of "Paul Ryan"), or where the rest opens with a given name and none of them
      is one ("Spokeswoman Haley Morris", "Times' Ben Sisario": a person's name after a description);
    - else unjudged, to read: a one-word rest ("Bush" of "Jeb Bush", written alone as a surname), or
      one never written alone that opens with no given name of the table ("National" of "National
      Rifle Association" is the name's; "Belarusian Foreign Minister" of "Vladimir Makey" is not)."""

    text: str
    given_names: frozenset[str]

    def part_of_name(self, extra: list[str], rest: str) -> bool | None:
        words = rest.split()
        if any(_DESCRIBES.search(w) for w in extra):
            return False  # "spokeswoman", "Italy's", "32-year-old": a description, written so
        if len(words) < 2:
            return None
        together = self.text.count(f"{' '.join(extra)} {rest}")
        alone = len(re.findall(rf"(?<![\w’'.-]){re.escape(rest)}(?![\w-])", self.text)) - together
        if alone > 0:
            return False
        if _folded(words[0]) in self.given_names and not any(_folded(w) in self.given_names for w in extra):
            return False
        return None  # a rest never written alone, no given name's: an organisation's or a foreign name


_DESCRIBES = re.compile(r"^[a-z]|[’']s?$|\d")
"""A word no name opens with: written lower case, a possessive, a number."""


def _folded(word: str) -> str:
    return word.lower().strip(".,;:").removesuffix("’s").removesuffix("'s")


CLASSES = (
    "agree",
    "nameparser keeps front words",
    "engine keeps front words",
    "ends differ",
    "engine refuses",
    "nameparser gives no name",
    "other",
)


def difference(row: NameRow) -> tuple[str, list[str]]:
    """The class of a row's disagreement and the words one side has and the other not."""
    mine, theirs = _norm(row.engine_key).split(), _norm(row.parsed).split()
    if row.engine_key is None:
        return ("agree", []) if not theirs else ("engine refuses", theirs)
    if mine == theirs:
        return "agree", []
    if not theirs:
        return "nameparser gives no name", mine
    if len(theirs) > len(mine) and theirs[-len(mine) :] == mine:
        return "nameparser keeps front words", theirs[: len(theirs) - len(mine)]
    if len(mine) > len(theirs) and mine[-len(theirs) :] == theirs:
        return "engine keeps front words", mine[: len(mine) - len(theirs)]
    if mine[:1] == theirs[:1] or mine[-1:] == theirs[-1:]:
        return "ends differ", [w for w in mine + theirs if w not in mine or w not in theirs]
    return "other", mine + theirs


Verdict = str  # "engine", "nameparser", "both right", "both wrong", "moot", "unjudged"


def judge_front(row: NameRow, kind: str, extra: list[str], written: WrittenWithout) -> Verdict:
    """Who is right about front words one side keeps (:class:`WrittenWithout`)."""
    keeper = "nameparser" if kind == "nameparser keeps front words" else "engine"
    if all(w.lower() == "the" for w in extra):
        return "moot"  # "The New York Post" / "New York Post": the article, which the speakers step drops
    rest = _norm(row.engine_key if keeper == "nameparser" else row.parsed)
    part = written.part_of_name(extra, rest)
    if part is None:
        return "unjudged"
    return keeper if part else ("engine" if keeper == "nameparser" else "nameparser")


@dataclass
class GoldNames:
    """The gold name words of a speaker mention's person: a PolNeAR Source's or a NewsWCL50 person's."""

    by_article: dict[str, list[tuple[int, int, set[str]]]]

    def words_at(self, article: str, spans: list[tuple[int, int]]) -> set[str] | None:
        """The name words of the gold the mentions overlap most; None where they overlap no gold."""
        best: tuple[int, set[str]] | None = None
        for start, end in spans:
            for a, b, words in self.by_article.get(article, []):
                o = min(end, b) - max(start, a)
                if o > 0 and (best is None or o > best[0]):
                    best = (o, words)
        return None if best is None else best[1]


def polnear_gold(folder: Path) -> GoldNames:
    by_article: dict[str, list[tuple[int, int, set[str]]]] = defaultdict(list)
    for article, golds in read_gold(folder).items():
        for g in golds:
            if g.source:
                a, b = g.source[0][0], g.source[-1][1]
                by_article[article].append((a, b, {w.lower() for w in name_words(g.source_text)}))
    return GoldNames(by_article)


def wcl_gold(folder: Path) -> GoldNames:
    """NewsWCL50's linked mentions, each with the capitalised words of all its person's mentions."""
    import json

    words_of: dict[str, set[str]] = {}
    by_article: dict[str, list[tuple[int, int, set[str]]]] = defaultdict(list)
    for story in sorted(p for p in folder.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
        for chain, mentions in gold.items():
            words = words_of.setdefault(f"{story.name}/{chain}", set())
            for m in mentions:
                words.update(w.lower() for w in name_words(str(m["text"])))
            for m in mentions:
                by_article[str(m["file"])].append((int(m["start"]), int(m["end"]), words))
    return GoldNames(by_article)


def judge_by_gold(row: NameRow, gold: GoldNames | None) -> Verdict:
    """Who is right by gold about a name one side refuses or whose end differs: a name is right when its
    last word is a gold name word; refusing is right when the gold holds no name word."""
    if gold is None:
        return "unjudged"
    words = gold.words_at(row.article, row.mentions) if row.mentions else None
    if words is None:
        return "unjudged"

    def right(name: str | None) -> bool:
        parts = _norm(name).split()
        if not parts:
            return not words
        return parts[-1].lower().strip(".,").removesuffix("’s").removesuffix("'s") in words

    mine, theirs = right(row.engine_key), right(row.parsed)
    if mine == theirs:
        return "both right" if mine else "both wrong"
    return "engine" if mine else "nameparser"


def compare(rows: list[NameRow], written: WrittenWithout, gold: GoldNames | None, show: int) -> Counter[str]:
    """Print the classes of disagreement of one corpus's rows, judged, with a few of each."""
    tally: Counter[str] = Counter()
    by_class: dict[str, list[tuple[NameRow, list[str], Verdict]]] = defaultdict(list)
    for row in rows:
        kind, extra = difference(row)
        if kind == "agree":
            tally[kind] += 1
            continue
        if kind in ("nameparser keeps front words", "engine keeps front words"):
            verdict = judge_front(row, kind, extra, written)
        else:
            verdict = judge_by_gold(row, gold)
        tally[kind] += 1
        tally[f"{kind}: {verdict}"] += 1
        by_class[kind].append((row, extra, verdict))
    for kind in CLASSES[1:]:
        items = by_class.get(kind, [])
        if not items:
            continue
        verdicts = Counter(v for _, _, v in items)
        said = ", ".join(f"{v} {n}" for v, n in verdicts.most_common())
        print(f"  {kind}: {len(items)} ({said})")
        seen: set[tuple[str, str | None, str]] = set()
        for row, _extra, verdict in items:
            if len(seen) >= show:
                break
            key = (row.raw, row.engine_key, row.parsed)
            if key in seen:
                continue
            seen.add(key)
            print(f"    {row.raw!r}: engine {row.engine_key!r}, nameparser {row.parsed!r} -> {verdict}")
    return tally


def ours_titles(tables: NameTables) -> frozenset[str]:
    """Every word the engine takes off the front of a name as a title or a role, folded."""
    return frozenset(
        tables.titles | {w.rstrip(".") for w in ROLE_WORDS} | RANKS | {w.rstrip(".") for w in HONORIFIC_ROLES}
    )


def _plain_ascii(words: set[str]) -> set[str]:
    return {w for w in words if w.isascii() and w.replace("-", "").replace(".", "").isalpha()}


def compare_lists(tables: NameTables, show: int) -> None:
    """nameparser's titles, suffixes and particles against the engine's, and the missing titles PolNeAR
    train writes capitalised before a given name."""
    from nameparser.config import CONSTANTS

    theirs_titles = _plain_ascii(set(CONSTANTS.titles))
    ours = ours_titles(tables)
    missing = theirs_titles - ours
    missing_everywhere = missing - tables.ordinary
    print(
        f"titles: nameparser {len(CONSTANTS.titles)} ({len(theirs_titles)} in ASCII letters), engine "
        f"{len(ours)}; nameparser's not the engine's titles or roles {len(missing)}, nor ordinary words "
        f"(which the engine trims before a given name too) {len(missing_everywhere)}; the engine's not "
        f"nameparser's {len(ours - theirs_titles)}: {' '.join(sorted(ours - theirs_titles))}"
    )
    before: Counter[str] = Counter()
    before_given: Counter[str] = Counter()
    example: dict[str, str] = {}
    capital_pair = re.compile(r"(?<![\w.])([A-Z][A-Za-z.-]*) ([A-Z][a-z]+)")
    for path in sorted((POLNEAR["train"] / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in capital_pair.finditer(text):
            word = m.group(1).lower().rstrip(".")
            if word not in missing:
                continue
            before[word] += 1
            if m.group(2).lower() in tables.given_names:
                before_given[word] += 1
                example.setdefault(word, text[max(0, m.start() - 25) : m.end() + 15].replace("\n", " "))
    print(
        f"  nameparser titles the engine lacks, written capitalised before a capitalised word in PolNeAR "
        f"train: {len(before)} words, {sum(before.values())} times; before a given name: "
        f"{len(before_given)} words, {sum(before_given.values())} times"
    )
    for word, n in before_given.most_common(show):
        kind = "ordinary (trimmed already)" if word in tables.ordinary else "not trimmed today"
        print(f"    {word:10} {n:4d}  {kind}: {example[word]!r}")
    their_suffixes = _plain_ascii(set(CONSTANTS.suffix_not_acronyms) | set(CONSTANTS.suffix_acronyms))
    our_suffixes = {s.rstrip(".") for s in NAME_SUFFIXES}
    print(
        f"suffixes: nameparser {len(their_suffixes)} in ASCII, engine {len(our_suffixes)} "
        f"({' '.join(sorted(our_suffixes))}); the engine's not nameparser's: "
        f"{' '.join(sorted(our_suffixes - their_suffixes)) or 'none'}"
    )
    their_particles = _plain_ascii(set(CONSTANTS.prefixes))
    print(
        f"particles: nameparser {len(their_particles)} in ASCII, engine {len(NAME_PARTICLES)}; "
        f"nameparser's not the engine's: {' '.join(sorted(their_particles - NAME_PARTICLES))}; "
        f"the engine's not nameparser's: {' '.join(sorted(NAME_PARTICLES - their_particles)) or 'none'}"
    )


def titled_and_suffixed(rows: list[NameRow]) -> None:
    """The raw names in which nameparser finds a title or a suffix, and whether the engine's name kept
    them (a title left in the name a reader sees is the "Coach Jane Roe" class)."""
    titled = [r for r in rows if r.title and r.engine_key]
    kept = [r for r in titled if _norm(r.title).split()[-1] in _norm(r.engine_key).split()]
    suffixed = [r for r in rows if r.suffix and r.engine]
    print(
        f"raw names nameparser finds a title in: {len(titled)}, the engine's name keeps it in {len(kept)}"
        f"{': ' + ', '.join(repr(r.engine_key) for r in kept[:10]) if kept else ''}; "
        f"with a suffix: {len(suffixed)}, the speakers step keys them without it"
    )


def import_ms(runs: int = 5) -> float:
    """nameparser's import in a fresh interpreter, the least of ``runs`` (``-X importtime``, ms)."""
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import nameparser"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        last = [line for line in out.splitlines() if line.rstrip().endswith("| nameparser")][-1]
        best = min(best, int(last.split("|")[1]) / 1000)
    return best


def per_call(rows: list[NameRow], texts: dict[tuple[str, str], str], tables: NameTables) -> None:
    """Both functions' time per name on the same raw names (the engine's with the article's text)."""
    from nameparser import HumanName

    inputs = [(row.raw, texts[(row.corpus, row.article)]) for row in rows]
    t0 = time.perf_counter()
    for raw, text in inputs:
        reader_name(raw, tables, text)
    t1 = time.perf_counter()
    for raw, _ in inputs:
        HumanName(raw)
    t2 = time.perf_counter()
    n = max(1, len(inputs))
    print(
        f"per name ({len(inputs)} names): reader_name {1e6 * (t1 - t0) / n:.1f} us, "
        f"HumanName {1e6 * (t2 - t1) / n:.1f} us (x{(t2 - t1) / max(t1 - t0, 1e-9):.1f}); "
        f"nameparser import {import_ms():.1f} ms (fresh interpreter, least of 5)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", choices=sorted(CORPORA), default=list(CORPORA))
    parser.add_argument("--show", type=int, default=8, help="pairs printed per class")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-lists", action="store_true")
    args = parser.parse_args()
    try:
        import nameparser
    except ImportError:
        sys.exit("bench/nameparser_check.py needs nameparser: pip install nameparser")
    print(f"nameparser {nameparser.__version__}")
    tables = shipped_tables()
    all_rows: list[NameRow] = []
    texts: dict[tuple[str, str], str] = {}
    total: Counter[str] = Counter()
    on_mentions: Counter[str] = Counter()
    for corpus in args.corpora:
        articles = load_corpus(CORPORA[corpus])
        texts.update(((corpus, a.name), a.text) for a in articles)
        rows, as_written = engine_rows(corpus, articles, tables)
        joined = "\n".join(a.text.replace("\u00a0", " ") for a in articles)
        without = WrittenWithout(joined, tables.given_names)
        gold = (
            polnear_gold(POLNEAR[corpus])
            if corpus in POLNEAR
            else wcl_gold(WCL_GOLD)
            if corpus == "wcl"
            else None
        )
        print(f"== {corpus} ({len(articles)} articles): {len(rows)} raw names the engine's cleaner read")
        total.update(compare(rows, without, gold, args.show))
        print(f"== {corpus}: {len(as_written)} speaker mentions as written (no pronoun), the engine's name")
        on_mentions.update(compare(as_written, without, gold, args.show))
        all_rows.extend(rows)
    for title, tally in (("raw names the cleaner read", total), ("speaker mentions as written", on_mentions)):
        print(f"== all corpora, {title}")
        for kind in CLASSES:
            verdicts = {k.split(": ")[1]: n for k, n in tally.items() if k.startswith(f"{kind}: ")}
            print(f"  {kind}: {tally[kind]} {verdicts or ''}")
    titled_and_suffixed(all_rows)
    if not args.no_lists:
        compare_lists(tables, args.show * 3)
    if not args.no_speed:
        per_call(all_rows, texts, tables)
    return 0


if __name__ == "__main__":
    sys.exit(main())
