"""Learn the word tables the speaker-name cleaner uses, from PolNeAR train; write them as data.

Usage: python train/name_tables.py

Writes ``corpus/quotes/name_tables.json``:
- ``ordinary``: words written lower case at least ``_MIN_LOWER`` times and in at least ``_LOWER_SHARE``
  of their uses outside a sentence's first word ("save", "walk", "later", "citing", "free"): a
  capitalised one of these at the edge of a speaker's name is a sentence opener or a headline word,
  not part of the name;
- ``first_names``: words written before a surname that stands alone as a PolNeAR Source in the same
  article ("Hillary" of "Hillary Clinton" … "Clinton said"), at least twice, and not ordinary: words
  that can open a person's name;
- ``titles``: words written before such a name or before such a surname alone at least ``_MIN_TITLE``
  times ("Sen.", "Secretary", "Judge"), not given names nor clause openers: a title glued before a
  name ("Interior Secretary Ken Salazar");
- ``given_names``: the names of the nicknames table, the first names, the US Census 1990 first names
  (5,494, public domain, as the ``names`` package ships them: ``pip install names``) and the given
  names of PolNeAR train's Source spans (``source_openers``: "Reince" of "Reince Priebus" … "Priebus
  said"), less ordinary words; the census's and the Sources' also less the words PolNeAR writes as
  a place ("in Georgia", "from Dallas"): a lone one beside a quote is no person;
- ``dictionary_words``: words an English dictionary writes in lower case only (Debian's
  ``wamerican`` word list, SCOWL: ``apt-get install wamerican``) that are no given name and that
  PolNeAR uses too seldom to count (``_SEEN_IN_NEWS``): the everyday words political news rarely
  uses ("carrot", "soup", "clinic"), which the ordinary words above lack; the name cleaner takes them
  as ordinary too (not "times", "trump", "pence": PolNeAR has them capitalised);
- ``short_forms``: each given name and its short forms ("william": "bill billy will …") from the
  ``nicknames`` package's hand-curated table of English names and nicknames (Apache-2.0; needed only
  here: ``pip install nicknames``), a short form kept only when it is shorter than the name: a person
  named by both is one person when the surname agrees (``names.same_given_name``).
Tables learned from the annotated text, not the text: they may ship (PolNeAR README). The other
sources are needed only here, where they are read; the shipped JSON is all the app loads.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import annotated, read_gold  # noqa: E402
from corpus.quotes.lexicon import (  # noqa: E402
    CLAUSE_JOINS,
    FUNCTION_WORDS,
    LINK_WORDS,
    ORG_WORDS,
    PREPOSITIONS,
    ROLE_WORDS,
    SOURCE_OPENERS,
    SUBORDINATORS,
    is_nationality,
)


class NickNamerLike(Protocol):
    @property
    def nickname_lookup(self) -> dict[str, set[str]]: ...


SHARED = (ROOT / ".." / "shared").resolve()
OUT = ROOT / "corpus" / "quotes" / "name_tables.json"
_MIN_LOWER = 3
_LOWER_SHARE = 0.8
_WORD = re.compile(r"(?<![\w’'])([A-Za-z][a-z’'-]*)")
_MIN_TITLE = 3
_LONGEST_ABBREVIATION = 5
"""A word before a name that ends with a period is an abbreviated title ("Sen.", "Gov.") when this
short; a longer one ends a sentence ("Tuesday.")."""
_NOT_TITLES = SUBORDINATORS | CLAUSE_JOINS | LINK_WORDS | SOURCE_OPENERS | PREPOSITIONS | FUNCTION_WORDS
"""Words before a name that open a clause or a phrase ("But", "While", "The"), not a title."""
_SENTENCE_END = re.compile(r"[.!?:;\"“”\n]\s*$")


def _person_like(words: list[str]) -> bool:
    """Two or three title-case words, none an organisation's, a role's or a nationality's."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    lows = {w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s") for w in words}
    return words[0].isalpha() and not (lows & (ORG_WORDS | ROLE_WORDS)) and not is_nationality(words[0])


def nicknamer() -> NickNamerLike:
    try:
        from nicknames import NickNamer
    except ImportError:
        sys.exit("train/name_tables.py needs the nicknames package: pip install nicknames")
    return NickNamer()


def short_forms(namer: NickNamerLike) -> dict[str, str]:
    """Each given name and its shorter nicknames, space-separated, from the ``nicknames`` package."""
    table = namer.nickname_lookup
    kept = {name: sorted(n for n in nicks if len(n) < len(name)) for name, nicks in sorted(table.items())}
    return {name: " ".join(nicks) for name, nicks in kept.items() if nicks}


def given_names(namer: NickNamerLike, firsts: list[str], ordinary: set[str]) -> list[str]:
    """Every name of the nicknames table and every learned first name, but words written lower case
    in running text ("will", "bill", "may", "rich"): a given name a title is glued before."""
    table = namer.nickname_lookup
    names = set(table) | {n for nicks in table.values() for n in nicks} | set(firsts)
    return sorted(n for n in names if n not in ordinary and len(n) > 1 and n.isalpha())


CENSUS_FILES = ("dist.male.first", "dist.female.first")
"""The US Census 1990 first names as the ``names`` package ships them: "JAMES  3.318 ..." a line."""
DICTIONARY = Path("/usr/share/dict/american-english")
_MIN_PLACE = 2
"""A given name written after "in" or "from" this often in PolNeAR train is a place there ("Georgia",
"Dallas", "China"): a lone one beside a quote is no person called by a given name."""
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|across|throughout) +([A-Z][a-z]+)\b")


_SEEN_IN_NEWS = 10
"""A dictionary word PolNeAR writes this often inside sentences is ordinary or not by PolNeAR's own
count (``_LOWER_SHARE``): "Times", "Trump", "Pence" are names there, though the dictionary has them;
rarer ones it takes from the dictionary ("carrot", "clinic", "alderman": a few capitals in PolNeAR are
names' words and titles, "Cleveland Clinic")."""


def census_first_names() -> set[str]:
    try:
        import names
    except ImportError:
        sys.exit("train/name_tables.py needs the names package (US Census first names): pip install names")
    folder = Path(names.__file__).parent
    return {
        line.split()[0].lower()
        for file in CENSUS_FILES
        for line in (folder / file).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def _source_spans(folder: Path) -> dict[str, list[str]]:
    """Every Source span of each article's first annotator (direct and indirect speech), as written."""
    return {
        article.base: [" ".join(article.text[a:b] for a, b in pieces) for pieces in article.of_kind("Source")]
        for article in annotated(folder)
    }


def source_openers(folder: Path, ordinary: set[str], titles: set[str]) -> set[str]:
    """The given names of Source spans: the word before the last of a Source's two or three title-case
    words ("Vladimir" of "Russian President Vladimir Putin"), when the article also has that last word
    alone as a Source ("Putin said"): a person named in full, then by surname (not "Wall Street
    Journal", "New York Times"). Neither ordinary, a title, nor an organisation's or a role's word."""
    out: set[str] = set()
    for spans in _source_spans(folder).values():
        alone = {s for s in spans if re.fullmatch(r"[A-Z][a-z’'-]+", s)}
        for span in spans:
            words = span.replace("\u00a0", " ").split()
            if len(words) < 2 or words[-1] not in alone:
                continue
            first = words[-2]
            if not _person_like([first, words[-1]]) or not first.isalpha() or len(first) < 2:
                continue
            if first.lower() not in ordinary and first.lower() not in titles:
                out.add(first.lower())
    return out


def places(folder: Path) -> set[str]:
    counts: Counter[str] = Counter()
    for path in sorted((folder / "text").glob("*.txt")):
        counts.update(m.group(1).lower() for m in _PLACE_BEFORE.finditer(path.read_text(encoding="utf-8")))
    return {w for w, n in counts.items() if n >= _MIN_PLACE}


def dictionary_words(lower: Counter[str], upper: Counter[str], names: set[str]) -> list[str]:
    """Words the dictionary writes lower case only, no given name, that PolNeAR's sentences too
    seldom use to tell whether they are ordinary."""
    if not DICTIONARY.exists():
        sys.exit(f"train/name_tables.py needs {DICTIONARY}: apt-get install wamerican")
    entries = set(DICTIONARY.read_text(encoding="utf-8").split())
    capitalised = {w.lower() for w in entries if w[:1].isupper()}
    return sorted(
        w
        for w in entries
        if w.isalpha()
        and w.islower()
        and w.isascii()
        and len(w) > 2
        and w not in capitalised
        and w not in names
        and lower[w] + upper[w] < _SEEN_IN_NEWS
    )


def _word_counts(folder: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written lower case and capitalised, outside a sentence's first word."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for path in sorted((folder / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in _WORD.finditer(text):
            word = m.group(1)
            if _SENTENCE_END.search(text[max(0, m.start() - 3) : m.start()]) or m.start() == 0:
                continue  # a sentence's first word is capitalised whatever it is
            (lower if word[0].islower() else upper)[word.lower()] += 1
    return lower, upper


def _before_names(folder: Path) -> tuple[Counter[str], Counter[str], set[str]]:
    """Words written before a surname that stands alone as a Source in the same article: the
    capitalised word right before it ("Hillary" of "Hillary Clinton" … "Clinton said"), and the
    word before that or before the bare surname ("Secretary" of "Secretary Hillary Clinton", "Sen."
    of "Sen. Sanders"); and the surnames."""
    openers: Counter[str] = Counter()
    before: Counter[str] = Counter()
    surnames: set[str] = set()
    for article, golds in read_gold(folder).items():
        text = (folder / "text" / article).read_text(encoding="utf-8")
        alone = {text[a:b] for g in golds for a, b in g.source if re.fullmatch(r"[A-Z][a-z’'-]+", text[a:b])}
        surnames.update(w.lower() for w in alone)
        for surname in alone:
            for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b", text):
                if _person_like([m.group(1), surname]):
                    openers[m.group(1).lower()] += 1
            pattern = r"(?<![\w.’'])([A-Z][\w.’'-]*) (?:[A-Z][a-z]+ )?" + re.escape(surname) + r"\b"
            for m in re.finditer(pattern, text):
                before[m.group(1).lower()] += 1
    return openers, before, surnames


def main() -> int:
    folder = SHARED / "polnear-train"
    lower, upper = _word_counts(folder)
    openers, before, surnames = _before_names(folder)
    ordinary = sorted(
        w for w, n in lower.items() if n >= _MIN_LOWER and n >= _LOWER_SHARE * (n + upper[w]) and len(w) > 1
    )
    ordinary_set = set(ordinary)
    firsts = sorted(w for w, n in openers.items() if n >= 2 and len(w) > 2 and w not in ordinary_set)
    namer = nicknamer()
    census = census_first_names()
    learned_titles = {w.rstrip(".") for w, n in before.items() if n >= _MIN_TITLE}
    spoken = source_openers(folder, ordinary_set, learned_titles)
    added = (census | spoken) - places(folder)  # the nicknames table's names stay as they were
    givens = given_names(namer, sorted(set(firsts) | added), ordinary_set)
    given_set = set(givens)
    dictionary = dictionary_words(lower, upper, given_set | census | set(firsts) | ordinary_set)
    # a word seen before names, but a given name, a surname ("Bush" of "Jeb Bush"), an initial, a
    # link or opener word, or a sentence's end
    titles = sorted(
        w.rstrip(".")
        for w, n in before.items()
        if n >= _MIN_TITLE
        and len(w.rstrip(".")) > 1
        and w.rstrip(".") not in given_set | surnames | _NOT_TITLES
        and (not w.endswith(".") or len(w) <= _LONGEST_ABBREVIATION)
    )
    note = (
        "Word tables of the speaker-name cleaner (corpus/quotes/names.py), learned by train/name_tables.py "
        "from PolNeAR v1.0.0 train (840 articles): word counts only, no text of the corpus. short_forms and "
        "given_names: from the nicknames package (1.0.1, Apache-2.0), a hand-curated table of English "
        "nicknames. given_names also from the US Census 1990 first names (public domain, as the names 0.3.0 "
        "package ships them) and PolNeAR train's Source spans; dictionary_words from Debian's wamerican "
        "word list (SCOWL, free to use with its copyright notice: Kevin Atkinson), lower-case entries only."
    )
    shorts = short_forms(namer)
    tables = {
        "note": note,
        "ordinary": ordinary,
        "first_names": firsts,
        "titles": titles,
        "given_names": givens,
        "dictionary_words": dictionary,
        "short_forms": shorts,
    }
    OUT.write_text(json.dumps(tables) + "\n")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(ordinary)} ordinary words, {len(firsts)} first names, "
        f"{len(titles)} titles, {len(givens)} given names, short forms of {len(shorts)} names, "
        f"{len(dictionary)} dictionary words"
    )
    print("titles:", " ".join(titles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
