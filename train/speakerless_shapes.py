"""Count shapes of quotes that may have no speaker on all of PolNeAR train, before writing a rule.

Usage: python train/speakerless_shapes.py [--show SHAPE] [--cache FILE]

For each shape of :data:`SHAPES` (read from the text around the quote and the rules' reading), the
matched quotes of train are counted by whether gold names a Source and whether the shipped setting
(``train/no_speaker.py --c 3 --margins 0``, held-out folds) gets their speaker right; and the
unmatched quotes (PolNeAR marks no attribution) by how many it gives a speaker. A rule that makes
the shape's quotes said by no one gains the "gold none, wrong" ones and loses the "gold Source,
right" ones. ``--show`` prints one shape's quotes in context (``train/error_classes.in_context``).

What it read at 34e04c7 (h-none29; gold none right / wrong, gold Source right / wrong as shipped;
unmatched, given a speaker):
    crowd noun of, unowned ("chants of “…”")      1 / 3, 4 / 0; 0, 0
    the same, a term                              1 / 2, 0 / 0; 0, 0 (built: ``corpus.quotes.cue_nouns``)
    passive of naming + as, no agent              0 / 2, 1 / 1; 1, 0 (built, wider: ``passive_names``)
    a modifier of a noun of saying ("…" comment)  1 / 2, 3 / 0; 2, 1
    "was asked," before the quote                 0 / 1, 1 / 0; 0, 0
    a work noun before (book, show, slogan)       0 / 0, 29 / 7; 21, 11
    the rules' uncued possessive ("{Roe's} …")    0 / 5, 22 / 13; 8, 8
    a preposition's object before the cue         0 / 0, 3 / 2; 0, 0
PolNeAR gives such quotes a Source far more often than not, and where it does not the shapes are
one to three quotes each.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.lexicon import CUE_WORDS  # noqa: E402
from corpus.quotes.speakerless import WORK_NOUNS, shipped_cue_stems, stem  # noqa: E402
from train.attribution import NOBODY, chosen, is_right  # noqa: E402
from train.error_classes import in_context  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402
from train.wrong_class import shipped_setting  # noqa: E402

Shape = Callable[[str, Example], bool]

_OWNERS = frozenset("their his her its our my your".split())
_NOUN_OF = re.compile(r"(\b[\w’'-]+\s+)?\b([a-z]+)\s+of\s+(?:(?:the|a|an)\s+)?\Z")
_PASSIVE_AS = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+|often\s+|still\s+|now\s+)?"
    r"(?:designated|marked|classified|label(?:l)?ed|listed|described|characteri[sz]ed|billed|branded"
    r"|known|dubbed|termed|deemed|rated|portrayed|identified)"
    r"(?:\s+(?!by\b)[A-Za-z]+){0,3}?\s+as\s+(?:(?:the|a|an)\s+)?\Z"
)
_AGENT = re.compile(r"[”\"’',.]*\s+by\s")
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|their|its|this|that)\s+\Z")
_NOUN_AFTER = re.compile(r"\s([a-z][a-z-]+)\b")
_SAYING_NOUNS = frozenset(
    "comment comments remark remarks moniker label line slogan phrase speech quote statement tweet "
    "rhetoric nickname term tag claim jibe insult attack criticism message mantra motto promise "
    "pledge argument assertion charge refrain narrative".split()
)
_ASKED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:also\s+|then\s+|later\s+)?asked\s*[,:]?\s*\Z")
_WORK = re.compile(r"\b([a-z-]+),?\s*\Z")
_PREPOSITION = re.compile(r"\b(?:in|during|at|on|with)\s+\Z", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)")
_REACH = 60


def _before(text: str, e: Example, reach: int = _REACH) -> tuple[int, int]:
    """Where the words read before a quote's opening mark lie (the mark itself left out)."""
    return max(0, e.quote[0] - reach), e.quote[0] - 1


def crowd_noun_of(text: str, e: Example, term_only: bool = False) -> bool:
    """A learned cue word, no possessive before it, right before "of" and the quote ("chants of")."""
    found = _NOUN_OF.search(text, *_before(text, e, 50))
    if found is None or stem(found.group(2)) not in shipped_cue_stems():
        return False
    owner = (found.group(1) or "").strip()
    owned = owner.lower() in _OWNERS or owner.endswith(("’s", "'s"))
    return not owned and (e.term or not term_only)


def passive_naming_as(text: str, e: Example) -> bool:
    """A passive of naming and "as" before the quote, no "by" agent after it ("was designated as")."""
    return bool(_PASSIVE_AS.search(text, *_before(text, e, 80))) and not _AGENT.match(text, e.quote[1])


def modifies_a_saying_noun(text: str, e: Example) -> bool:
    """A determiner before the quote and a noun of saying right after it ("the “…” comment")."""
    a, b = e.quote
    if not _DETERMINER.search(text, max(0, a - 12), a - 1):
        return False
    if text[a:b].rstrip().endswith((".", ",", "!", "?", "…", ":", ";")):
        return False
    noun = _NOUN_AFTER.match(text, b + 1)
    return noun is not None and noun.group(1) in _SAYING_NOUNS


def work_before(text: str, e: Example) -> bool:
    """A work noun right before the quote, a comma allowed ("his memoir, “…”")."""
    found = _WORK.search(text, *_before(text, e, 30))
    return found is not None and found.group(1) in WORK_NOUNS


def uncued_possessive(text: str, e: Example) -> bool:
    """The rules read a possessive with no cue as the speaker ("{Trump's} victories …")."""
    return e.kind == "no cue" and e.rules is not None and text[e.rules[0] : e.rules[1]].endswith(("’s", "'s"))


def object_before_cue(text: str, e: Example) -> bool:
    """The rules' mention follows a preposition, a finite cue right after it ("Roe in {a speech} said")."""
    if e.rules is None or e.kind not in ("description", "named", "pronoun"):
        return False
    a, b = e.rules
    if not _PREPOSITION.search(text, max(0, a - 10), a):
        return False
    verb = _VERB_AFTER.match(text, b)
    return verb is not None and verb.group(1) in CUE_WORDS and not verb.group(1).endswith("ing")


SHAPES: dict[str, Shape] = {
    "crowd noun of, unowned": crowd_noun_of,
    "crowd noun of, unowned, a term": lambda text, e: crowd_noun_of(text, e, term_only=True),
    "passive of naming + as, no agent": passive_naming_as,
    "a modifier of a noun of saying": modifies_a_saying_noun,
    "was asked, before": lambda text, e: bool(_ASKED.search(text, *_before(text, e, 40))),
    "a work noun before": work_before,
    "the rules' uncued possessive": uncued_possessive,
    "a preposition's object before the cue": object_before_cue,
}
"""The shapes counted, by name."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=tuple(SHAPES), help="print this shape's quotes in context")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    args = parser.parse_args()
    four = read_all_examples(args.cache)
    setting, scorers = shipped_setting(four)
    train, _, loose_train, _ = four
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    for name, shape in SHAPES.items():
        tally: Counter[tuple[str, str]] = Counter()
        for e in train:
            text = texts[e.article]
            if not shape(text, e):
                continue
            pick = chosen(e, scorers[e.fold], setting)
            right = is_right(e, pick, setting)
            tally[("gold Source" if e.has_source else "gold none", "right" if right else "wrong")] += 1
            if args.show == name:
                got = e.rules if pick is None else None if pick == NOBODY else e.spans[pick]
                print(f"  {'right' if right else 'wrong'}: " + in_context(text, e.quote, e.source, got))
        loose = [e for e in loose_train if shape(texts[e.article], e)]
        said = sum(not is_right(e, chosen(e, scorers[e.fold], setting), setting) for e in loose)
        print(
            f"{name:42} gold none {tally['gold none', 'right']} / {tally['gold none', 'wrong']}, "
            f"gold Source {tally['gold Source', 'right']} / {tally['gold Source', 'wrong']}; "
            f"unmatched {len(loose)}, given a speaker {said}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
