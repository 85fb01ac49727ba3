"""Try ranker features of the clause a candidate stands in against the quote's: whether another
clause's subject stands between a candidate and its quote, and whether a candidate is a verb's or a
preposition's object while a subject stands before it in its clause (issue 15, h-obj23).

Usage: python train/clause_features.py [--only NAME ...] [--cache FILE] [--count]

Run only when retraining (numpy, scipy and scikit-learn, as ``train/attribution.py``). The features
are read from the article's text and the candidates' spans the examples keep, added to the examples
``train/polnear_examples.py`` reads (the engine unchanged), then ``train/no_speaker.py``'s comparison
runs with the shipped setting (C=3, margin 0): CV refitted per fold, so each feature is learned on
the training folds alone. ``--count`` prints, for each feature, how many candidates of train carry it
and how many of those are gold.

- ``clause_subject_between``: a candidate before its quote in the quote's sentence with another
  clause's subject between them (a name or pronoun right after "while", "as", "which", "when"… and
  right before a lower-case verb: "{Jindal} signed an order, while Huckabee proposed we “…”");
- ``quote_clause_subject``: that subject itself, with no cue word between it and the quote;
- ``named_object``: a candidate right after a verb of naming ("call {Trump} “very flexible”");
- ``object_after_subject``: a candidate right after a lower-case verb not a cue, or a preposition,
  with the sentence's subject among the candidates before it.

What it read (h-obj23, on base23 = main c1ca4fd: shipped row asked beyond 80, CV / dev 0.9176 /
0.9344, unmatched 217 / 23): the four together 0.9161 / 0.9332; ``clause_subject_between`` 0.9172 /
0.9332 (452 candidates of train, 63 gold), 0.9170 / 0.9332 on h-obj23's tree with ``cue_adverbs``
(0.9185 without); ``quote_clause_subject`` 0.9171 / 0.9344 (74, 26 gold: a clause subject after
"while" or "as" is as often someone the quote's speaker speaks of); ``named_object`` 0.9172 / 0.9344
(193, 8 gold: the features of the cue before it and the side say it already); ``object_after_subject``
0.9177 / 0.9344 (2,799, 620 gold), one quote, refit noise. All left out: the ranker's place, cue and
pattern features carry what a clause role read without a parser says (as ``ranker_checks.py``
found for h-acc11r's).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.lexicon import CUE_WORDS, DETERMINERS, PREPOSITIONS, PRONOUNS  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402

SUBORDINATE = frozenset(
    "while whereas as when which whom where whereby because though although after before".split()
)
"""Words after which a name or pronoun and a verb open a clause of their own ("…, while {Huckabee}
proposed “…”", "an incident {Trump} brought up as “…”" has none: the relative is bare)."""
NAMING_VERBS = frozenset(
    "call calls called calling label labels labeled labelled labeling dub dubs dubbed dubbing "
    "describe describes described describing brand brands branded branding deride derides derided "
    "deriding term termed terming name named naming".split()
)
_NOT_VERBS = frozenset(
    "is was are were be been being has have had will would could should can may might "
    "not also and or but to of".split()
)
_WORD = re.compile(r"[A-Za-z’'-]+")
NEW = ("clause_subject_between", "quote_clause_subject", "named_object", "object_after_subject")
ON: set[str] = set(NEW)


def _words_before(text: str, start: int, n: int) -> list[str]:
    return _WORD.findall(text[max(0, start - 60) : start])[-n:]


def _word_after(text: str, end: int) -> str | None:
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m.group() if m else None


def _opens_clause(text: str, start: int, end: int) -> bool:
    """A mention right after a subordinating word and right before a lower-case word (its verb)."""
    before = _words_before(text, start, 1)
    if not before or before[0].lower() not in SUBORDINATE:
        return False
    if text[start - 1 : start] != " ":
        return False
    after = _word_after(text, end)
    return after is not None and after.islower() and after not in _NOT_VERBS | PREPOSITIONS


def _add(e: Example, text: str) -> None:
    q0 = e.quote[0]
    same = [("sentence=same" in f) for f in e.features]
    before = [s[1] <= q0 and same[i] for i, s in enumerate(e.spans)]
    opens = [before[i] and _opens_clause(text, *s) for i, s in enumerate(e.spans)]
    for i, (s, f) in enumerate(zip(e.spans, e.features, strict=True)):
        between = (opens[j] and e.spans[j][0] >= s[1] for j in range(len(e.spans)) if j != i)
        if before[i] and "clause_subject_between" in ON and any(between):
            f["clause_subject_between"] = 1.0
        if opens[i] and "quote_clause_subject" in ON:
            cue = any(w.lower() in CUE_WORDS for w in _WORD.findall(text[s[1] : q0]))
            if not cue:
                f["quote_clause_subject"] = 1.0
        words = _words_before(text, s[0], 2)
        if words and words[-1].lower() in DETERMINERS:
            words = _words_before(text, s[0], 3)[:-1]
        if before[i] and words and words[-1] in NAMING_VERBS and "named_object" in ON:
            f["named_object"] = 1.0
        if before[i] and words and "object_after_subject" in ON:
            verb = words[-1]
            if (
                verb in PREPOSITIONS or (verb.islower() and verb not in CUE_WORDS | _NOT_VERBS | PRONOUNS)
            ) and any(
                e.spans[j][1] <= s[0] and same[j] and "sentence_subject" in e.features[j]
                for j in range(len(e.spans))
            ):
                f["object_after_subject"] = 1.0


def add_features(four: tuple) -> None:
    for part, folder in zip(
        four, ("polnear-train", "polnear-dev", "polnear-train", "polnear-dev"), strict=True
    ):
        texts = {a.name: a.text for a in load_corpus(SHARED / folder / "text")}
        for e in part:
            _add(e, texts[e.article])


def count(train: list[Example]) -> None:
    seen: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for e in train:
        for f, label in zip(e.features, e.labels, strict=True):
            for name in NEW:
                if name in f:
                    seen[name] += 1
                    gold[name] += label
    for name in NEW:
        print(f"{name:28} {seen[name]:6} candidates, {gold[name]:5} gold")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=NEW, help="these alone (none: the shipped features)")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--count", action="store_true", help="print how many candidates carry each")
    args = parser.parse_args()
    if args.only is not None:
        ON.clear()
        ON.update(args.only)
    from train.no_speaker import compare_nobody

    four = read_all_examples(args.cache)
    add_features(four)
    if args.count:
        count(four[0])
    cv, dev, setting, _ = compare_nobody(four, [3.0], [0.0], [])
    print(f"with {sorted(ON)}: {setting.label()}: CV {cv:.4f} dev {dev:.4f} gap {cv - dev:+.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
