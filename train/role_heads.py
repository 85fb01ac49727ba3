"""Learn the nouns written before a person's name as its role ("front-runner", "neurosurgeon",
"mogul"), from PolNeAR train's text; write them as data.

Usage: python train/role_heads.py [--min-articles 3] [--verb-share 0.05]

The reader of a speaker's noun phrase (``corpus.quotes.after_cue.phrase_after``, which also reads
each sentence's opening subject) reads capitalised words and known role words
(``lexicon.ROLE_WORDS``) and stops at any other lower-case word: "GOP front-runner Donald Trump
said" gave the speaker "GOP", "Real estate mogul Donald Trump" gave "Real", and "Democratic
presidential front-runner Hillary Clinton stretched the truth … she said" left "she" unresolved.
The words a text writes right before a given name and a surname ("front-runner Donald Trump",
"neurosurgeon Ben Carson") are mostly such role nouns, but also verbs ("told Donald Trump") and
closed-class words ("against Donald Trump"). Kept: a word written so in at least
``--min-articles`` articles; not a closed-class word (``_CLOSED_CLASS``: prepositions,
conjunctions, determiners, pronouns, auxiliaries: grammar, not a fitted list) nor a known role
word; not shaped as a participle, an adverb, a plural or a verb's "-s" ("-ed", "-ing", "-ly", "-s":
"poll shows Hillary Clinton"); and rarely a verb: after "he", "she", "they", "we", "I", "who",
"to", "will", "would", "can", "not" … in at most ``--verb-share`` of its lower-case uses ("told",
"beat", "endorse" are; "rival", "mogul" are not). Given names: ``name_tables.json``'s.

Writes ``corpus/quotes/role_heads.json``: the words and a note. Learned from the annotated split's
text (word counts, not the text): they may ship (PolNeAR README).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.quotes.after_cue import shaped_as_verb_or_plural  # noqa: E402
from corpus.quotes.lexicon import CUE_WORDS, DETERMINERS, LINK_WORDS, PREPOSITIONS, PRONOUNS, ROLE_WORDS  # noqa: E402
from corpus.quotes.names import shipped_tables  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
OUT = ROOT / "corpus" / "quotes" / "role_heads.json"
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_BEFORE_VERBS = frozenset("he she they we i who to will would could can cannot not did does didn't".split())
"""Words a verb follows far more often than a noun does ("he beat", "to endorse", "would help")."""
_BEFORE_NAME = re.compile(r"(?<![\w’'-])([a-z][\w’'-]*) ([A-Z][a-z]+) [A-Z][\w’'-]+")
"""A lower-case word, a space, a capitalised word (a given name, checked) and another: no stop between."""
_CLOSED_CLASS = frozenset(
    (
        "against among around behind below beneath beside besides between beyond despite down "
        "except inside like near outside past since than through throughout toward towards upon via "
        "within without before after including regarding versus whom whose whether because although "
        "though unless "
        "until when where while why how what which that if or nor but and so yet both either neither "
        "not no is are was were be been being am has have had do does did will would shall should can "
        "could may might must then also only even just still"
    ).split()
)
"""Words of closed classes (prepositions, conjunctions, auxiliaries, adverbs of degree): written
before a name, never its role."""


def learn(folder: Path, min_articles: int, verb_share: float) -> tuple[list[str], list[str]]:
    """The role nouns, and the verbs: lower-case words PolNeAR train writes after a verb's opener
    ("he", "to", "would" …) in more than ``verb_share`` of their uses, at least twice, not shaped as
    a participle or a plural (the readers reject those by their shape)."""
    given = shipped_tables().given_names
    before: dict[str, set[str]] = defaultdict(set)
    uses: Counter[str] = Counter()
    after_verb_opener: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words = _WORD.findall(text)
        for prev, word in pairwise(words):
            if word.islower():
                uses[word] += 1
                after_verb_opener[word] += prev.lower() in _BEFORE_VERBS
        for match in _BEFORE_NAME.finditer(text):
            if match.group(2).lower() in given:
                before[match.group(1)].add(path.name)
    skip = _CLOSED_CLASS | LINK_WORDS | DETERMINERS | PREPOSITIONS | PRONOUNS | CUE_WORDS | ROLE_WORDS
    heads = sorted(
        word
        for word, articles in before.items()
        if len(articles) >= min_articles
        and word not in skip
        and not shaped_as_verb_or_plural(word)
        and after_verb_opener[word] <= verb_share * uses[word]
    )
    verbs = sorted(
        word
        for word, count in after_verb_opener.items()
        if count >= 2
        and count > verb_share * uses[word]
        and word not in _CLOSED_CLASS
        and not shaped_as_verb_or_plural(word)
    )
    return heads, verbs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-articles", type=int, default=3)
    parser.add_argument("--verb-share", type=float, default=0.05)
    parser.add_argument("--print", action="store_true", help="print the words, write nothing")
    args = parser.parse_args()
    words, verbs = learn(SHARED / "polnear-train" / "text", args.min_articles, args.verb_share)
    if args.print:
        print(len(words), words)
        print(len(verbs), "verbs")
        return
    note = (
        "Nouns written before a person's name as its role, learned from PolNeAR train's text by "
        f"train/role_heads.py (--min-articles {args.min_articles} --verb-share {args.verb_share}): "
        "word counts, not the text. verbs: lower-case words written after a verb's opener "
        f"('he', 'to', 'would' ...) in more than {args.verb_share} of their uses (no role's word)."
    )
    shipped = {"note": note, "words": words, "verbs": verbs}
    OUT.write_text(json.dumps(shipped, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} words, {len(verbs)} verbs -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
