"""Learn the plural nouns of people a name may stand before ("Clinton supporters", "Cruz backers",
"ACLU attorneys"); write them as data.

Usage: python train/group_nouns.py [--min N] [--print]

A name written right before such a noun is no speaker: the group is ("Sanders protesters
interrupted her speech, shouting “…”" was Bernie Sanders's). PolNeAR train's gold marks the whole
group as the Source ("Clinton supporters", "Sanders’ aides", "ACLU attorneys"). The nouns are read
from its annotations and its text:

- a plural head of a Source written as a noun phrase (``source_heads.head_of``'s reading: "many of
  the protesters", "officials") at least ``--min`` times, or written right after a capitalised name
  in a Source ("Cruz backers", "Trump's lawyers") at least once;
- a noun of people: it or its singular is written before "who" in the train text at least
  :data:`WHO_MIN` times ("supporters who", "an attorney who"), or its singular is a role word the
  rules know (``lexicon.ROLE_WORDS``, ``role_heads.json``: "attorney", "moderator"). That leaves out
  the documents a name also stands before ("FEC records", "Gallup polls", "the Clinton emails":
  the name may stand for the organisation there, as read today);
- not a quantity or a pronoun's word (:data:`NOT_PEOPLE`), nor a verb's "-s" as the text writes
  it after "he", "she", "it" or "who" (:data:`VERB_MIN` times: "she hosts", "it states").

The plural role words of the rules (``lexicon.ROLE_WORDS``: "officials", "aides", "staffers") are
added: the rules read them already, the candidates (``candidates.read_mentions``) do not.

Writes ``corpus/quotes/group_nouns.json``: the words and a note. Word counts, not the text: they may
ship (PolNeAR README). Run it only to relearn the table.
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

from corpus.quotes.lexicon import PLURALS_WITHOUT_S, ROLE_WORDS, ends_as_plural  # noqa: E402
from train.source_heads import head_of, sources_and_texts  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
OUT = ROOT / "corpus" / "quotes" / "group_nouns.json"
ROLE_HEADS = ROOT / "corpus" / "quotes" / "role_heads.json"
MIN_COUNT = 2
WHO_MIN = 2
NOT_PEOPLE = frozenset("numbers figures ones others themselves its sides eyes fields".split())
"""Plurals a Source is headed by that name no group of people after a name: quantities ("GOP
numbers"), pronouns' words ("the other ones"), a body's parts, a role's field ("security
fields")."""
_AFTER_NAME = re.compile(
    r"(?:[A-Za-z]+\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:’s|'s|’|')?\s+(?:[a-z-]+\s+){0,2}([a-z]+)"
)
"""A Source that is a name and a lower-case head after it ("Bernie Sanders supporters", "Cruz’s
top aides", "the ACLU attorneys")."""
_WHO = re.compile(r"\b([a-z]+),? who\b")
_AFTER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho)\s+(?:also\s+|then\s+)?([a-z]+s)\b")
"""A verb's "-s" after a subject pronoun ("he states", "she hosts"): such a word after a name is
the name's verb ("Roe states that …"), no group."""
VERB_MIN = 1


def singular(word: str) -> str:
    if word.endswith("people"):
        return word[: -len("people")] + "person"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _plural(word: str) -> bool:
    return word in PLURALS_WITHOUT_S or ends_as_plural(word) or word.endswith("people")


def learn(folder: Path, min_count: int) -> dict[str, int]:
    sources, texts = sources_and_texts(folder)
    heads: Counter[str] = Counter()
    after_names: Counter[str] = Counter()
    for source in sources:
        found = head_of(source)
        if found is not None and found[1] and _plural(found[0]):  # written in lower case
            heads[found[0]] += 1
        named = _AFTER_NAME.fullmatch(source)
        if named is not None and _plural(named.group(1)):
            after_names[named.group(1)] += 1
    who: Counter[str] = Counter(m.group(1) for text in texts for m in _WHO.finditer(text))
    verbs: Counter[str] = Counter(m.group(1) for text in texts for m in _AFTER_PRONOUN.finditer(text))
    roles = ROLE_WORDS | frozenset(json.loads(ROLE_HEADS.read_text(encoding="utf-8"))["words"])
    out: dict[str, int] = {}
    for word in set(heads) | set(after_names):
        if heads[word] < min_count and not after_names[word]:
            continue
        one = singular(word)
        people = who[word] + who[one] >= WHO_MIN or one in roles
        if people and word not in NOT_PEOPLE and len(word) > 3 and verbs[word] < VERB_MIN:
            out[word] = heads[word] + after_names[word]
    for word in ROLE_WORDS:
        if (
            len(word) > 3
            and _plural(word)
            and singular(word) in ROLE_WORDS
            and word not in NOT_PEOPLE | verbs.keys()
        ):
            out.setdefault(word, 0)  # "officials", "aides", "staffers"
    return dict(sorted(out.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=MIN_COUNT, help="keep Source heads written this often")
    parser.add_argument("--print", action="store_true", help="print the table, do not write it")
    args = parser.parse_args()
    nouns = learn(SHARED / "polnear-train", args.min)
    if args.print:
        print(len(nouns), " ".join(f"{w}:{n}" for w, n in nouns.items()))
        return 0
    note = (
        "Plural nouns of people a name may stand before ('Clinton supporters'), learned by "
        f"train/group_nouns.py from PolNeAR v1.0.0 train (840 articles): plural heads of its Sources "
        f"(at least {args.min} times, or once right after a name) that it or its singular writes before "
        f"'who' at least {WHO_MIN} times or whose singular is a role word; with the rules' plural role "
        "words. Counts of Sources; words only: no text of the corpus."
    )
    OUT.write_text(json.dumps({"note": note, "nouns": nouns}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(nouns)} nouns to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
