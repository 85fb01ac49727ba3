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
- ``short_forms``: each given name and its short forms ("william": "bill billy will …") from the
  ``nicknames`` package's hand-curated table of English names and nicknames (Apache-2.0; needed only
  here: ``pip install nicknames``), a short form kept only when it is shorter than the name: a person
  named by both is one person when the surname agrees (``names.same_given_name``).
Tables learned from the annotated text, not the text: they may ship (PolNeAR README).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import read_gold  # noqa: E402
from corpus.quotes.lexicon import ORG_WORDS, ROLE_WORDS, is_nationality  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
OUT = ROOT / "corpus" / "quotes" / "name_tables.json"
_MIN_LOWER = 3
_LOWER_SHARE = 0.8
_WORD = re.compile(r"(?<![\w’'])([A-Za-z][a-z’'-]*)")
_SENTENCE_END = re.compile(r"[.!?:;\"“”\n]\s*$")


def _person_like(words: list[str]) -> bool:
    """Two or three title-case words, none an organisation's, a role's or a nationality's."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    lows = {w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s") for w in words}
    return words[0].isalpha() and not (lows & (ORG_WORDS | ROLE_WORDS)) and not is_nationality(words[0])


def short_forms() -> dict[str, str]:
    """Each given name and its shorter nicknames, space-separated, from the ``nicknames`` package."""
    try:
        from nicknames import NickNamer
    except ImportError:
        sys.exit("train/name_tables.py needs the nicknames package: pip install nicknames")
    table = NickNamer().nickname_lookup
    kept = {name: sorted(n for n in nicks if len(n) < len(name)) for name, nicks in sorted(table.items())}
    return {name: " ".join(nicks) for name, nicks in kept.items() if nicks}


def main() -> int:
    folder = SHARED / "polnear-train"
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    openers: Counter[str] = Counter()
    for path in sorted((folder / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in _WORD.finditer(text):
            word = m.group(1)
            if _SENTENCE_END.search(text[max(0, m.start() - 3) : m.start()]) or m.start() == 0:
                continue  # a sentence's first word is capitalised whatever it is
            (lower if word[0].islower() else upper)[word.lower()] += 1
    for article, golds in read_gold(folder).items():
        text = (folder / "text" / article).read_text(encoding="utf-8")
        # a surname that stands alone as a Source: the word before it where it is written in full
        # ("Hillary Clinton" … "Clinton said") is a first name
        alone = {text[a:b] for g in golds for a, b in g.source if re.fullmatch(r"[A-Z][a-z’'-]+", text[a:b])}
        for surname in alone:
            for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b", text):
                if _person_like([m.group(1), surname]):
                    openers[m.group(1).lower()] += 1
    ordinary = sorted(
        w for w, n in lower.items() if n >= _MIN_LOWER and n >= _LOWER_SHARE * (n + upper[w]) and len(w) > 1
    )
    ordinary_set = set(ordinary)
    firsts = sorted(w for w, n in openers.items() if n >= 2 and len(w) > 2 and w not in ordinary_set)
    note = (
        "Word tables of the speaker-name cleaner (corpus/quotes/names.py), learned by train/name_tables.py "
        "from PolNeAR v1.0.0 train (840 articles): word counts only, no text of the corpus. short_forms: "
        "from the nicknames package (1.0.1, Apache-2.0), a hand-curated table of English nicknames."
    )
    shorts = short_forms()
    tables = {"note": note, "ordinary": ordinary, "first_names": firsts, "short_forms": shorts}
    OUT.write_text(json.dumps(tables) + "\n")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(ordinary)} ordinary words, {len(firsts)} first names, "
        f"short forms of {len(shorts)} names"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
