"""Learn which words before a term say that someone said it: the terms the speaker ranker is asked about.

Usage: python train/term_cues.py [--cache FILE] [--rates 0.5 0.6 0.7] [--min-count 5] [--write]
       [--show 40]

A term (few quoted words no cue gives to anyone, ``terms.is_term``) is said by no one
unless a cue says who (issue 15). Which words say so is learned here from PolNeAR train, not listed
by hand: PolNeAR's annotators mark the Cue of every attribution, direct or not ("said", "called it",
"her description of it as", "Comey's conclusion that"), so for every word, stemmed
(:func:`corpus.quotes.speakerless.stem`), the share of its occurrences in train's text that lie in
a Cue span says how often it introduces someone's words (:func:`cue_rates`). Words seen at least
``--min-count`` times with a share at least ``--rate`` are cue words (:func:`cue_stems`); a term with
one in lower case in its sentence before it (:func:`corpus.quotes.speakerless.learned_cue`, not
in the passive) is asked, the ranker's "no speaker" option deciding whether no one said it.

Each setting is measured as ``train/no_speaker.py`` measures (C=3, margin 0, asked beyond
``rerank.ASK_BEYOND``): CV (the words learned anew from each fold's training folds' articles, the
ranker refitted there), dev (learned from all of train), gap, and how many quotes that match no gold
quote get a speaker (held-out train folds / dev: PolNeAR marks no attribution there, so a speaker
given is most often junk); "regex" is the verb pattern asked before (``naming_verbs.SAYING``), "or"
both. ``--write`` writes the words of the setting given by ``--rates`` (one) and ``--min-count`` to
``corpus/quotes/term_cue_stems.json``.

What it read (h-term18, C=3, margin 0, asked beyond 80; CV / dev / unmatched given a speaker, held-out
train folds / dev; terms of train asked): the verb pattern 0.9047 / 0.9332 / 243 / 22, 15 asked;
shipped, rate 0.5, seen 5, not a list's item nor a quoted modifier (``speakerless.cue_window``):
0.9049 / 0.9332 / 241 / 21, 19 asked (rate 0.4 0.9048, 241 / 21; 0.3 0.9053, 243 / 21; 0.6 0.9048,
241 / 22; seen 3 0.9051, 241 / 21, but its words include artefacts seen 3 times, "cheyenn",
"teeth": tied on CV and unmatched, left out; seen 10 as 5). Or the verb pattern: 0.9052, 243 / 21.
Before lists and modifiers were left out: rate 0.4 0.9053 / 0.9332, 242 / 21, 23 asked (0.15 0.9070,
254 / 24; 0.2 0.9069, 252 / 24; 0.3 0.9058, 245 / 21), but on ECB+ dev it gave film titles in a list
(“Van Wilder”), a quoted modifier (an 85 percent “fresh” rating, the “Twilight” steering wheel) a
speaker; before the participle said of the thing named was left out ("was long known as", "Lazar,
44, known online as"), 0.9060 / 0.9332, 246 / 22: more junk. Only the last 5 or 8 words read:
0.9044 / 0.9046 (rate 0.4); the window's reach 80 characters 0.9047, 200 as 120. Retraining the
ranker's weights on the new ``term_cue`` moved 8 ECB+ dev speakers, most for the worse: not done.
Tried and left out: the noun after a possessive ("Comey's conclusion", "her description") as its own
learned shape: over train, the nouns after a possessive lie in a Cue too seldom and too sparsely to
learn (claim 13 of 39, assertion 5 of 8, description 1 of 4, attack 19 of 51); PolNeAR marks the
owner's verb as the Cue.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import FOLDS, annotated, fold_of  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.attribution import attribute  # noqa: E402
from corpus.quotes.context import ArticleReading  # noqa: E402
from corpus.quotes.rerank import ASK_BEYOND  # noqa: E402
from corpus.quotes.spans import find_quote_spans  # noqa: E402
from corpus.quotes.speakerless import CUE_TOKEN, cue_window, learned_cue, stem  # noqa: E402
from train.attribution import CUED, Setting, accuracy, chosen, is_right  # noqa: E402
from train.polnear_examples import Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
OUT = ROOT / "corpus" / "quotes" / "term_cue_stems.json"
Rates = dict[str, tuple[Counter[str], Counter[str]]]
"""Per article of train: how often each stem is written, and written inside an annotated Cue."""


def cue_rates(folder: Path) -> Rates:
    """For each article of a PolNeAR-style folder (the first annotator's file, as ``bench/polnear``
    reads gold), each stem's count in its text and in its Cue spans."""
    out: Rates = {}
    for article in annotated(folder):
        text = article.text
        inside = bytearray(len(text) + 1)
        for pieces in article.of_kind("Cue"):
            for a, b in pieces:
                inside[a:b] = b"\x01" * (b - a)
        seen: Counter[str] = Counter()
        cue: Counter[str] = Counter()
        for m in CUE_TOKEN.finditer(text):
            w = stem(m.group())
            seen[w] += 1
            cue[w] += inside[m.start()]
        out[f"{article.base}.txt"] = (seen, cue)
    return out


def cue_stems(rates: Rates, min_count: int, rate: float, fold: int | None = None) -> frozenset[str]:
    """The stems written at least ``min_count`` times, a share ``rate`` or more of them in a Cue,
    in the articles of ``rates`` (not those of ``fold``, when given); not an adverb in "-ly" (a
    general class: "repeatedly", "publicly" stand in Cue spans beside the verb that says it)."""
    seen: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for name, (s, c) in rates.items():
        if fold is None or fold_of(name) != fold:
            seen.update(s)
            cue.update(c)
    return frozenset(
        w for w, n in seen.items() if n >= min_count and cue[w] >= rate * n and not w.endswith("ly")
    )


def windows(folder: Path) -> dict[tuple[str, int, int], str | None]:
    """The text read before each quote the rules read no cue for (``speakerless.cue_window``: None
    for a list's item or a quoted modifier), by article and quote span (every term is such a quote)."""
    out: dict[tuple[str, int, int], str | None] = {}
    for article in load_corpus(folder / "text"):
        spans = find_quote_spans(article)
        if not spans:
            continue
        reading = ArticleReading.of(article, spans)
        for k, (span, att) in enumerate(zip(spans, attribute(article, spans, reading).quotes, strict=True)):
            if not span.nested and att.cue is None:
                out[(article.name, span.start, span.end)] = cue_window(reading, spans, k)
    return out


@dataclass(frozen=True)
class Way:
    """Which terms are asked: those with a cue word before them (``learned``: stems seen at least
    ``min_count`` times, ``rate`` of them in a Cue), the verb pattern's (``regex``), or either."""

    learned: bool
    regex: bool
    rate: float = 0.0
    min_count: int = 5
    reach: int | None = None
    """Only the last this many words before the term are read (None: all of its window)."""

    def label(self) -> str:
        near = "" if self.reach is None else f", last {self.reach}"
        words = f"cue words (rate >= {self.rate:g}, seen >= {self.min_count}{near})" if self.learned else ""
        return " or ".join(x for x in (words, "the verb pattern" if self.regex else "") if x)


def marked(
    data: list[Example], way: Way, stems: frozenset[str], seen: dict[tuple[str, int, int], str | None]
) -> list[Example]:
    """``data`` with the terms asked as ``way`` says marked cued (:data:`CUED` among their "no
    speaker" features, as ``speakerless.quote_traits`` writes it), the others not."""
    out = []
    for e in data:
        if not e.term:
            out.append(e)
            continue
        regex = CUED in e.quiet
        window = seen.get((e.article, *e.quote))
        cued = (way.regex and regex) or (
            way.learned and window is not None and learned_cue(window, stems, way.reach)
        )
        quiet = {k: v for k, v in e.quiet.items() if k != CUED} | ({CUED: 1.0} if cued else {})
        out.append(replace(e, quiet=quiet))
    return out


SETTING = Setting(3.0, False, float("-inf"), ASK_BEYOND, 0.0, "cued")
"""As shipped (``train/no_speaker.py``'s choice): C=3, margin 0, cued terms asked."""


def fit(part: list[Example]) -> Scorer:
    return linear(fit_softmax(groups(part), SETTING.c, [e.quiet for e in part]))


def measure(
    four: tuple[list[Example], list[Example], list[Example], list[Example]],
    way: Way,
    rates: Rates,
    seen: dict[tuple[str, int, int], str | None],
    every: bool = False,
) -> tuple[float, float, int, int, int]:
    """CV, dev, the unmatched quotes of held-out train folds and of dev given a speaker, and the
    terms of train asked, with the terms asked as ``way`` says (``every``: every quote asked)."""
    train, dev, loose_train, loose_dev = four
    setting = replace(SETTING, beyond=None) if every else SETTING
    figures, said, asked = [], 0, 0
    for k in range(FOLDS):
        stems = cue_stems(rates, way.min_count, way.rate, k)
        part = marked(train, way, stems, seen)
        scorer = fit([e for e in part if e.fold != k])
        held = [e for e in part if e.fold == k]
        figures.append(accuracy(held, scorer, setting))
        asked += sum(e.term and CUED in e.quiet for e in held)
        loose = marked([e for e in loose_train if e.fold == k], way, stems, seen)
        said += sum(not is_right(e, chosen(e, scorer, setting), setting) for e in loose)
    stems = cue_stems(rates, way.min_count, way.rate)
    whole = fit(marked(train, way, stems, seen))
    d = accuracy(marked(dev, way, stems, seen), whole, setting)
    said_dev = sum(
        not is_right(e, chosen(e, whole, setting), setting) for e in marked(loose_dev, way, stems, seen)
    )
    return sum(figures) / FOLDS, d, said, said_dev, asked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--rates", type=float, nargs="+", default=[0.4, 0.5, 0.6, 0.7])
    parser.add_argument("--min-count", type=int, nargs="+", default=[5])
    parser.add_argument("--reach", type=int, nargs="+", default=[0], help="last words read (0: all)")
    parser.add_argument("--no-regex", action="store_true", help="not the rows with the verb pattern too")
    parser.add_argument("--show", type=int, default=0, help="print this many cue words")
    parser.add_argument("--write", action="store_true", help="write the words of the setting given")
    args = parser.parse_args()
    started = time.perf_counter()
    four = read_all_examples(args.cache)
    rates = cue_rates(SHARED / "polnear-train")
    seen = windows(SHARED / "polnear-train") | windows(SHARED / "polnear-dev")
    ways = [Way(False, True)] + [
        Way(True, regex, rate, n, reach or None)
        for n in args.min_count
        for rate in args.rates
        for reach in args.reach
        for regex in ((False,) if args.no_regex else (False, True))
    ]
    print(f"{'terms asked':58} {'CV':>6} {'dev':>6} {'gap':>7}  unmatched  terms asked (train)")
    for way in ways:
        for every in (False, True):
            cv, d, said, said_dev, asked = measure(four, way, rates, seen, every)
            label = way.label() + (", every quote" if every else "")
            print(f"{label:58} {cv:6.4f} {d:6.4f} {cv - d:+7.4f}  {said:4} / {said_dev:2}  {asked}")
    if args.show or args.write:
        stems = cue_stems(rates, args.min_count[0], args.rates[0])
        print(f"{len(stems)} cue words (rate >= {args.rates[0]:g}, seen >= {args.min_count[0]}):")
        print(" ".join(sorted(stems)[: args.show or None]))
        if args.write:
            note = (
                "Stems (corpus/quotes/speakerless.py's stem) of the words PolNeAR v1.0.0 train's "
                "annotators (840 articles) mark inside an attribution's Cue for at least "
                f"{args.rates[0]:g} of the {args.min_count[0]} or more times train writes them, "
                "learned by train/term_cues.py: a term with one before it is asked. Word counts only."
            )
            OUT.write_text(json.dumps({"note": note, "stems": sorted(stems)}) + "\n", encoding="utf-8")
    print(f"took {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
