"""Try ranker features read from a quote's context rather than the words beside a candidate: what
the article's other quotes, paragraphs and pronouns say of it. All left out (h-acc22); this script
keeps the experiment so it can be run again on a later tree.

Usage: python train/context_features.py [--only NAME ...] [--cache FILE]

Run only when retraining (numpy, scipy and scikit-learn, as ``train/attribution.py``). The features
are added to the candidates ``corpus.quotes.features.article_candidates`` reads (patched here, the
engine unchanged), then ``train/no_speaker.py``'s comparison runs with the shipped setting (C=3,
margin 0): CV refitted per fold, so each feature is learned on the training folds alone.

- ``paragraph_speaker``: the candidate's name (its last word) is the rules' name of another quote
  of the same paragraph, before or after it;
- ``turn_back``: it is the rules' name of the speaker before the previous one, where those two
  differ (an interview's turns, A B A);
- ``sentence_uncued``: no cue word stands anywhere in the candidate's sentence;
- ``paragraph_subject``: it is the first word of its paragraph (the paragraph's topic, "{Perez} is
  winning nods … as he keeps talking about “…”");
- ``paragraph_topic``: its name is that first word's, written again further on;
- ``gender_clash`` / ``gender_agrees``: a name whose given name (written there, or where the
  article writes its surname after one) is a man's or a woman's (``subject_traits.gender_of``),
  against the one "he" or "she" beside a cue among the quote's candidates.

What it read (h-acc22, on main of 2026-12-05, 2b718db: shipped row asked beyond 80, CV / dev
0.9168 / 0.9332, every quote 0.9207 / 0.9332, unmatched quotes given a speaker 218 / 23):
``paragraph_speaker`` 0.9168 / 0.9319 (4,357 candidates of train, 2,321 of them gold: the previous
speaker's features say it already); ``turn_back`` 0.9168 / 0.9332 (1,154, 229 gold);
``sentence_uncued`` 0.9168 / 0.9306 (14,052, 840 gold); the three together 0.9167 / 0.9306;
``gender_clash`` / ``gender_agrees`` 0.9166 / 0.9319 (a clash on 784 candidates, 55 of them gold:
the "he" or "she" beside a cue is often another speaker's); ``paragraph_topic`` (the paragraph's first
word's name written again) 0.9168 / 0.9332. ``paragraph_subject`` read 0.9174 / 0.9332, every quote
0.9212 (2,063 candidates, 975 gold; learned at -0.24 on all of train), only on the paragraph's own
sentence 0.9169, elsewhere 0.9168, only where it is the rules' answer 0.9172 / 0.9344: 6 quotes
moved (5 up, 1 down), refit noise as much as the feature. Built into the finder with its weight
alone added to the shipped ones, it moved PolNeAR dev 0.938 -> 0.934 (``bench/quotes_eval.py``:
"Oversight Committee Republicans" -> an unnamed "she" for two scare quotes) and 15 quotes of PolNeAR
train's 7,193 (4 better, 4 worse: "Vermont" for Sanders's "political revolution", "his Benghazi
committee" for Gowdy's office's "meritless"; 7 moot), 2 of ECB+ dev (1 better, 1 worse): left out.
None lifts CV: the place, cue and previous-speaker features carry what these say.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.quotes import feature_names  # noqa: E402

NEW = (
    "paragraph_speaker",
    "turn_back",
    "sentence_uncued",
    "paragraph_subject",
    "paragraph_topic",
    "gender_clash",
    "gender_agrees",
)
# (added to the feature tables before any other module reads them: the engine's names stay as shipped)
feature_names.FEATURE_NAMES = (*feature_names.FEATURE_NAMES, *NEW)
for _name in NEW:
    feature_names.FEATURE_ID[_name] = feature_names.FEATURE_NAMES.index(_name)

from corpus.quotes import features  # noqa: E402
from corpus.quotes.article_features import last_word  # noqa: E402
from corpus.quotes.candidates import Candidate  # noqa: E402
from corpus.quotes.context import ArticleReading  # noqa: E402
from corpus.quotes.lexicon import PRONOUNS  # noqa: E402
from corpus.quotes.spans import QuoteSpan  # noqa: E402
from corpus.quotes.subject_traits import gender_of  # noqa: E402

FID = feature_names.FEATURE_ID
ON: set[str] = set(NEW)
_FIRST_WORD = re.compile(r"[A-Za-z’'-]+")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z’'-]+)\b")
_PRONOUN_SEX = {FID["pronoun=he"]: "he", FID["pronoun=she"]: "she"}
_CUED = frozenset((FID["cue_right_after"], FID["cue_right_before"]))
_NAMED_KINDS = ("name", "phrase", "rules", "previous")


def _key(name: str | None) -> str | None:
    return name.split()[-1].lower().removesuffix("’s").removesuffix("'s") if name else None


def _around(spans: list[QuoteSpan], names: list[str | None]) -> list[tuple[frozenset[str], str | None]]:
    """Per quote: the other quotes' names in its paragraph, and the speaker before the previous."""
    keys = [_key(n) for n in names]
    counted: dict[int, Counter[str]] = {}
    for span, key in zip(spans, keys, strict=True):
        if key is not None and not span.nested:
            counted.setdefault(span.paragraph, Counter())[key] += 1
    out = []
    turns: list[str] = []
    for span, key in zip(spans, keys, strict=True):
        here = counted.get(span.paragraph, Counter())
        own = 1 if key is not None and not span.nested else 0
        others = frozenset(k for k, n in here.items() if n > (own if k == key else 0))
        out.append((others, turns[-2] if len(turns) >= 2 else None))
        if key is not None and not span.nested and (not turns or turns[-1] != key):
            turns.append(key)
    return out


def _sexes(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _FULL_NAME.finditer(text):
        sex = gender_of(m.group(1))
        if sex is not None:
            key = m.group(2).lower()
            out[key] = sex if out.get(key) in (None, sex) else "?"
    return out


def _add(
    found: list[Candidate], reading: ArticleReading, span: QuoteSpan, around: tuple, sexes: dict
) -> None:
    text, sentences, cues = reading.text, reading.sentences, reading.cues
    others, back = around
    paragraph = reading.cues.paragraphs[span.paragraph]
    first = _FIRST_WORD.search(reading.masked, paragraph[0], paragraph[1])
    cued = (c for c in found if c.kind == "pronoun" and not _CUED.isdisjoint(c.ids))
    spoken = {_PRONOUN_SEX[i] for c in cued for i in c.ids if i in _PRONOUN_SEX}
    said = next(iter(spoken)) if len(spoken) == 1 else None
    for c in found:
        last = last_word(text, c.start, c.end)
        named = c.kind in _NAMED_KINDS and last is not None and last not in PRONOUNS
        if named and "paragraph_speaker" in ON and last in others:
            c.ids.append(FID["paragraph_speaker"])
        if named and "turn_back" in ON and last == back:
            c.ids.append(FID["turn_back"])
        if "sentence_uncued" in ON and sentences:
            lo, hi, _ = sentences[sentences.index_of(c.start)]
            if cues.first(lo, hi) is None:
                c.ids.append(FID["sentence_uncued"])
        if "paragraph_subject" in ON and first is not None and c.start == first.start():
            c.ids.append(FID["paragraph_subject"])
        if "paragraph_topic" in ON and first is not None and named and c.start != first.start():
            topic = last_word(text, first.start(), first.end()) if first.group()[:1].isupper() else None
            if topic is not None and last == topic:
                c.ids.append(FID["paragraph_topic"])
        if named and said is not None and "gender_clash" in ON:
            words = text[c.start : c.end].split()
            sex = gender_of(words[0]) if len(words) > 1 else None
            sex = sex or sexes.get(last or "")
            if sex in ("he", "she"):
                c.ids.append(FID["gender_agrees"] if sex == said else FID["gender_clash"])


_SHIPPED = features.article_candidates


def _with_context(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list,
    names: list[str | None],
    asked: list[bool],
    routes: list[str] | None = None,
) -> list[list[Candidate] | None]:
    out = _SHIPPED(reading, spans, rules, names, asked, routes)
    around = _around(spans, names)
    sexes = _sexes(reading.text) if "gender_clash" in ON else {}
    for found, span, near in zip(out, spans, around, strict=True):
        if found is not None:
            _add(found, reading, span, near, sexes)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", nargs="+", choices=[n for n in NEW if n != "gender_agrees"], help="these alone"
    )
    parser.add_argument(
        "--cache", type=Path, help="as train/attribution.py --cache (of this script's features)"
    )
    args = parser.parse_args()
    if args.only:
        ON.clear()
        ON.update(args.only)
    features.article_candidates = _with_context  # read by train.polnear_examples when imported
    from train.no_speaker import compare_nobody
    from train.polnear_examples import read_all_examples

    four = read_all_examples(args.cache)
    cv, dev, setting, _ = compare_nobody(four, [3.0], [0.0], [])
    print(f"with {sorted(ON)}: {setting.label()}: CV {cv:.4f} dev {dev:.4f} gap {cv - dev:+.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
