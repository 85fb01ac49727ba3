"""Learn the speaker ranker's weights from PolNeAR train; report CV / dev / gap; write the weights.

Usage: python train/attribution.py [--write] [--c 0.3 1 3] [--floors 0 -1] [--confusion] [--trees]
       [--errors 40] [--cache FILE] [--beyond 40 100 140]

Run only when retraining (it needs numpy, scipy and scikit-learn; the app and the CLI never import
them). For every quote the shipped quote finder finds in ``../shared/polnear-train`` and
``../shared/polnear-dev``, the candidates of :mod:`corpus.quotes.features` are labelled by whether
they overlap the gold Source (``bench/polnear.py``'s fair score). A softmax over each quote's
candidates (``train/ranker_models.py``: the ranker trained as a ranker) scores them; a quote's
speaker is decided as ``corpus.quotes.rerank`` decides it: the best candidate among the rules'
answer and those that may replace it (``rerank.may_replace``; the rows "no may_replace" let every
candidate compete), if it may stand (``rerank.trusted``), else the rules' answer. A quote the
shipped finder calls a term (``terms.is_term``) is said by no one, as there: right only
where gold names no Source (before h-acc9 the rules' answer was scored for it: CV 0.901 then, 0.897
so, asked beyond 120).
Printed: 5-fold cross-validated speaker accuracy on train (folds by article, the folds of
``bench/quotes_eval.py``), accuracy on dev, and the gap, for the rules alone and the ranker at each
setting (C, may_replace or not, a floor below which the rules' answer stands, relative to the "no
speaker" option's score); and the ceiling (a quote whose candidates include the gold Source).
Settings are chosen on CV, the best cross-validated figure (dev is reported beside it, never used
to choose), asked about the quotes ``rerank.asks_ranker`` asks about (``rerank.ASK_BEYOND``, chosen
by CPU time, ``bench/quotes_speed.py --against``); the rows "every quote" say what asking about
every quote would read. ``--trees`` also scores small gradient-boosted trees (scikit-learn's
HistGradientBoosting, depth 3) on the same candidates, for comparison. ``--write`` trains the
chosen model on all of train and writes ``corpus/quotes/ranker_weights.json`` (the weights, and
whether may_replace is asked); ``--write`` with one C takes about 2 minutes (35-70 s reading the
candidates, 5 s a fit, 6 fits a setting).

``train/no_speaker.py`` trains the "no speaker" option with features of its own
(:mod:`corpus.quotes.speakerless`) and lets it decide "no one" (``Setting.nobody``), asks about the
terms a verb of saying or naming stands before (``Setting.terms``), and counts the quotes matching
no gold quote that get a speaker (``train/polnear_examples.read_all_examples``); the shipped weights
are its.

``--classes`` sorts the wrong quotes of held-out train folds into classes (``train/error_classes.py``)
for the chosen setting and for every quote. ``--errors N`` prints N wrong quotes of the chosen
setting on held-out train folds in context (never dev): the way to see what the features miss.
``--cache FILE`` keeps the candidates read (about 25 MB) for the next run, to try models quickly.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.polnear import FOLDS  # noqa: E402
from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.ranking import together  # noqa: E402
from corpus.quotes.rerank import ASK_BEYOND, gap_to_quote  # noqa: E402
from train.error_classes import classify, in_context, print_classes  # noqa: E402
from train.polnear_examples import SHARED, Example, groups, read_examples  # noqa: E402
from train.ranker_models import NO_SPEAKER, Scorer, fit_softmax, fit_trees, linear  # noqa: E402

WEIGHTS = ROOT / "corpus" / "quotes" / "ranker_weights.json"
FLOORS = (float("-inf"), 0.0)
"""Floors tried: a best candidate scoring below the "no speaker" option's score plus this leaves the
rules' answer (-inf: never)."""


@dataclass(frozen=True)
class Setting:
    """How the ranker decides: its C, whether only candidates that may replace the rules' answer
    compete (``rerank.may_replace``), and its floor (see :data:`FLOORS`)."""

    c: float
    replace_check: bool = True
    floor: float = float("-inf")
    beyond: int | None = ASK_BEYOND
    """Which quotes it is asked about (``rerank.asks_ranker``; None: every quote)."""
    nobody: float | None = None
    """No one said the quote where the "no speaker" option (with its own features) scores above its
    best candidate less this margin (None: that option never decides; ``train/no_speaker.py``)."""
    terms: str = ""
    """Which terms are asked too (their "no speaker" option deciding), not left to no one: "" none,
    "all", "cued" those with a cue or a naming verb in their sentence (:data:`CUED`)."""
    quiet_ask: float | None = None
    """Also asked: the quotes whose "no speaker" option alone scores above this (None: none)."""
    gate: Callable[[Example], bool] | None = None
    """Also asked: the quotes this says so of (the ask gate, ``corpus.quotes.ask_gate``, as
    ``train/ask_gate.py`` fits it; None: none)."""
    gate_label: str = ""
    relay_guard: str = ""
    """Speech another may relay (``corpus.quotes.relay_guard``): "" the ranker decides as elsewhere;
    "kept" the rules' answer kept over a choice that relays it; "unasked" that, and the ask gate never
    asks about such quotes (as ``rerank`` does)."""
    colon_guard: str = ""
    """Objects in the clause of a colon heading the quote (``corpus.quotes.colon_objects``): "" the
    ranker decides as elsewhere; "kept" the rules' answer kept over such a choice; "next" the ranker's
    best among the other candidates."""
    relayer_guard: bool = False
    """Whether the ask gate never asks about a quote the rules read as a relay's relayer
    (``corpus.quotes.relay_guard.relayer_read``; with ``relay_guard`` "unasked")."""
    head_guard: bool = False
    """Whether the rules' answer is kept over the head of a colon paragraphs above where the quote's
    own sentence has the rules' mention and cue and the quote does not open its paragraph
    (``corpus.quotes.colon_heads.head_over_own_cue``)."""
    cross_guard: bool = False
    """Whether the rules' answer is kept over an earlier quote's speaker across that quote, where the
    rules name another speaker after it (``corpus.quotes.crossed_quotes``)."""

    def label(self) -> str:
        check = "" if self.replace_check else ", no may_replace"
        floor = "" if self.floor == float("-inf") else f", floor {self.floor:+g}"
        asked = "every quote" if self.beyond is None else f"asked beyond {self.beyond}"
        if self.nobody is not None:
            asked += f", no one at {self.nobody:+g}" + (f", {self.terms} terms asked" if self.terms else "")
            asked += "" if self.quiet_ask is None else f", quiet >{self.quiet_ask:g} asked"
        asked += f", {self.gate_label}" if self.gate is not None else ""
        asked += f", relays guarded ({self.relay_guard})" if self.relay_guard else ""
        asked += f", colon objects guarded ({self.colon_guard})" if self.colon_guard else ""
        asked += ", colon heads guarded" if self.head_guard else ""
        asked += ", relayers unasked" if self.relayer_guard else ""
        asked += ", crossed quotes guarded" if self.cross_guard else ""
        return f"softmax (C={self.c}{check}{floor}), {asked}"


def accuracy(data: list[Example], scorer: Scorer | None, setting: Setting | None = None) -> float:
    """The share of ``data`` whose chosen candidate (:func:`chosen`) is the gold Source."""
    right = 0
    for e in data:
        right += is_right(e, chosen(e, scorer, setting), setting)
    return right / len(data) if data else 0.0


NOBODY = -1
""":func:`chosen` for "no one said it" (the "no speaker" option won)."""


def is_right(e: Example, pick: int | None, setting: Setting | None) -> bool:
    """Whether ``pick`` (:func:`chosen`) gives ``e`` its gold speaker."""
    if e.agent_right is not None:
        return e.agent_right  # the agent of a passive of naming the engine gives over any answer
    if e.role_right is not None and pick is not None and pick != NOBODY:
        return e.role_right  # the participle's subject the engine gives over the ranker's own choice
    if pick == NOBODY:
        return not e.has_source
    if pick is None:  # the rules' answer: no one for a term, unless terms are asked
        if e.later_right is not None and not e.term:
            return e.later_right  # the later clause's subject the engine gives after the ranker
        return (
            e.rules_said_right if e.term and setting is not None and term_asked(e, setting) else e.rules_right
        )
    return e.labels[pick]


def chosen(e: Example, scorer: Scorer | None, setting: Setting | None = None) -> int | None:
    """The candidate the ranker chooses for ``e``, or None for the rules' answer (no scorer: the
    rules alone), as ``corpus.quotes.rerank`` decides with ``setting``."""
    if scorer is None or setting is None or not e.features:
        return None
    if (e.term and not term_asked(e, setting)) or not asked(e, setting, scorer):
        return None  # a term (no one said it), or not asked (``rerank.asks_ranker``): the rules' answer
    scores = scorer(e.features)
    if setting.nobody is not None and quiet_score(e, scorer) + setting.nobody > together(scores):
        return NOBODY
    choices = [i for i in range(len(scores)) if e.allowed[i] or not setting.replace_check]
    if e.no_one or e.dropped:  # the rules' mention names no one: it may not be the choice
        choices = [i for i in choices if not e.features[i].get("rules")]
    if setting.colon_guard == "next" and e.colon_objects:
        choices = [i for i in choices if not e.colon_objects[i]]
    # (where the rules' mention has no cue and names no speaker, no one said it rather than they)
    fallback = NOBODY if e.dropped else None
    if not choices:
        return fallback
    best = max(choices, key=scores.__getitem__)
    if setting.floor != float("-inf") and scores[best] < setting.floor + scorer([{NO_SPEAKER: 1.0}])[0]:
        return fallback
    if e.features[best].get("rules") or not e.trusted[best]:
        return fallback  # the rules' answer, or a name the article gives no evidence for: the rules'
    # answer (no one, where it was dropped)
    if e.relayed and e.relayed[best] and _guarded(e, setting):
        return None  # one who relays what the rules' mention said: the rules' answer
    if setting.colon_guard == "kept" and e.colon_objects and e.colon_objects[best] and not e.no_one:
        return None  # an object in the clause of the colon heading the quote: the rules' answer
    if setting.head_guard and e.features[best].get("colon_head") and _own_cue(e) and not e.no_one:
        return None  # a colon's head above, where the quote's own sentence has a cue: the rules' answer
    if setting.cross_guard and e.crossed and e.crossed[best] and not e.no_one:
        return None  # an earlier quote's speaker across it, the rules naming another after it
    return best


def _guarded(e: Example, setting: Setting) -> bool:
    """Whether ``setting.relay_guard`` guards ``e``'s answer (``corpus.quotes.relay_guard``)."""
    return setting.relay_guard in ("kept", "unasked") and not e.no_one


def _own_cue(e: Example) -> bool:
    """Whether the rules read a mention and a cue in the sentence of ``e``'s quote, which does not open
    its paragraph (read from its ask gate's traits: ``corpus.quotes.ask_gate``)."""
    return (
        bool(e.gate)
        and "opens_paragraph" not in e.gate
        and not any(t.startswith("other_sentence") for t in e.gate)
    )


CUED = "no_speaker&term_cue"
"""A term with this "no speaker" feature has a cue that may say who said it (``speakerless.cued``)."""


def term_asked(e: Example, setting: Setting) -> bool:
    """Whether the ranker is asked about a term (``setting.terms``)."""
    return setting.terms == "all" or (setting.terms == "cued" and CUED in e.quiet)


def asked(e: Example, setting: Setting, scorer: Scorer | None = None) -> bool:
    """Whether the ranker is asked about ``e`` (``rerank.asks_ranker``)."""
    if setting.beyond is None or e.kind in ("no mention", "no cue") or e.no_one or gap_of(e) > setting.beyond:
        return True
    if setting.gate is not None and setting.gate(e):
        return not (setting.relay_guard == "unasked" and (e.relay or (setting.relayer_guard and e.relayer)))
    return setting.quiet_ask is not None and scorer is not None and quiet_score(e, scorer) > setting.quiet_ask


def quiet_score(e: Example, scorer: Scorer) -> float:
    """The score of ``e``'s "no speaker" option (its own features with :data:`NO_SPEAKER`)."""
    return scorer([{NO_SPEAKER: 1.0, **e.quiet}])[0]


def gap_of(e: Example) -> int:
    assert e.rules is not None
    return gap_to_quote(e.rules[0], e.rules[1], _Span(e.quote))


class _Span:
    """A quote's marks as ``rerank.gap_to_quote`` reads them (the span's ends)."""

    def __init__(self, quote: tuple[int, int]) -> None:
        self.open_at, self.close_at = quote


def wrong_quotes(
    train: list[Example], scorers: list[Scorer], setting: Setting
) -> list[tuple[Example, int | None]]:
    """The quotes of held-out train folds whose speaker ``setting`` gets wrong, with its choice."""
    wrong = []
    for k in range(FOLDS):
        for e in (e for e in train if e.fold == k):
            pick = chosen(e, scorers[k], setting)
            if not is_right(e, pick, setting):
                wrong.append((e, pick))
    return wrong


def confusion(train: list[Example], scorers: list[Scorer], setting: Setting) -> None:
    """The wrong speakers of the ranker on held-out folds: what kind of candidate the gold Source is
    against what was chosen (the error analysis by class)."""
    wrong: Counter[tuple[str, str]] = Counter()
    for e, pick in wrong_quotes(train, scorers, setting):
        gold = next((kind for kind, yes in zip(e.kinds, e.labels, strict=True) if yes), None)
        gold = gold or ("not a candidate" if e.has_source else "no Source")
        wrong[(gold, f"rules' {e.kind}" if pick is None else e.kinds[pick])] += 1
    print(f"wrong speakers on held-out train folds: {sum(wrong.values())} of {len(train)}")
    for (gold, pick), n in wrong.most_common(20):
        print(f"  gold {gold:20} chosen {pick:28} {n:5}")


def classes(train: list[Example], scorers: list[Scorer], setting: Setting) -> None:
    """The wrong speakers of ``setting`` and of the ranker asked about every quote, by class
    (``train/error_classes.py``), on held-out train folds."""
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    for s in (setting, replace(setting, beyond=None)):
        wrong = [
            classify(e, p, texts[e.article], asked(e, s, scorers[e.fold]), term_asked(e, s))
            for e, p in wrong_quotes(train, scorers, s)
        ]
        print_classes(wrong, len(train), s.label())


def fold_scorers(train: list[Example], make: Callable[[list[Example]], Scorer]) -> list[Scorer]:
    """A scorer for each fold, fitted on the other four."""
    return [make([e for e in train if e.fold != k]) for k in range(FOLDS)]


def cross_validated(
    train: list[Example], scorers: list[Scorer] | None, setting: Setting | None = None
) -> float:
    """Mean accuracy over the folds, each scored by its model (None: the rules alone)."""
    figures = []
    for k in range(FOLDS):
        scorer = None if scorers is None else scorers[k]
        figures.append(accuracy([e for e in train if e.fold == k], scorer, setting))
    return sum(figures) / len(figures)


def _row(label: str, cv: float, dev: float) -> None:
    print(f"{label:44} {cv:6.3f} {dev:6.3f} {cv - dev:+7.3f}")


Chosen = tuple[float, float, Setting, list[Scorer]]
"""(CV accuracy, dev accuracy, the setting, its fold models)."""


def compare(
    train: list[Example],
    dev: list[Example],
    cs: list[float],
    floors: list[float],
    trees: bool,
    shipped_beyond: int | None = ASK_BEYOND,
    also_beyond: tuple[int, ...] = (),
) -> Chosen:
    """Print CV / dev / gap of each setting (asked about every quote, beyond each of
    ``also_beyond``, and as ``shipped_beyond`` says); return the one of the best CV figure asked as
    ``shipped_beyond`` says."""
    print(f"{'':44} {'CV':>6} {'dev':>6} {'gap':>7}")
    _row("rules alone", cross_validated(train, None), accuracy(dev, None))
    best: Chosen | None = None
    for c in cs:
        started = time.perf_counter()
        scorers = fold_scorers(train, lambda data, c=c: linear(fit_softmax(groups(data), c)))
        whole = linear(fit_softmax(groups(train), c))
        for check in (True, False):
            for floor in floors:
                asks = (None, *also_beyond, shipped_beyond) if floor == float("-inf") else (shipped_beyond,)
                for beyond in asks:
                    setting = Setting(c, check, floor, beyond)
                    cv, d = cross_validated(train, scorers, setting), accuracy(dev, whole, setting)
                    _row(setting.label(), cv, d)
                    if beyond == shipped_beyond and (best is None or cv > best[0]):
                        best = (cv, d, setting, scorers)
        print(f"  (6 fits of the softmax: {time.perf_counter() - started:.0f} s)")
    if trees:
        started = time.perf_counter()
        tree_scorers = [
            fit_trees(groups([e for e in train if e.fold != k]), groups([e for e in train if e.fold == k]))
            for k in range(FOLDS)
        ]
        whole = fit_trees(groups(train), groups(dev))
        setting = Setting(0.0)
        _row(
            "trees (depth 3, 200)",
            cross_validated(train, tree_scorers, setting),
            accuracy(dev, whole, setting),
        )
        print(f"  (6 fits of the trees: {time.perf_counter() - started:.0f} s)")
    assert best is not None
    return best


def errors(train: list[Example], scorers: list[Scorer], setting: Setting, n: int) -> None:
    """``n`` wrong quotes of held-out train folds (a fixed sample; never dev) for the ranker, in
    context: the quote in [brackets], the gold Source in <angles>, the chosen mention in {braces}."""
    wrong = wrong_quotes(train, scorers, setting)
    print(f"wrong on held-out train folds: {len(wrong)} of {len(train)}")
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    for e, pick in random.Random(15).sample(wrong, min(n, len(wrong))):
        got = e.rules if pick is None else None if pick == NOBODY else e.spans[pick]
        chose = f"rules' {e.kind}" if pick is None else "no one" if pick == NOBODY else e.kinds[pick]
        print(f"--- {e.article} (chosen: {chose})\n" + in_context(texts[e.article], e.quote, e.source, got))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[1.0], help="regularisation to try")
    parser.add_argument("--floors", type=float, nargs="+", default=list(FLOORS), help="floors to try")
    parser.add_argument("--write", action="store_true", help="write the weights of the setting chosen on CV")
    parser.add_argument("--confusion", action="store_true", help="print the wrong speakers by kind")
    parser.add_argument("--classes", action="store_true", help="print the wrong speakers by class")
    parser.add_argument("--trees", action="store_true", help="also score gradient-boosted trees")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong quotes")
    parser.add_argument(
        "--beyond",
        type=int,
        nargs="+",
        default=[],
        help="also print the rows of the ranker asked beyond these many characters (never chosen: "
        "the ask rule is rerank.ASK_BEYOND, set by CPU time)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the examples read in this pickle, read from it next time (delete it when features change)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    train, dev = read_examples(args.cache)
    print(f"read the candidates of train and dev in {time.perf_counter() - started:.0f} s")
    for name, data in (("train", train), ("dev", dev)):
        ceiling = sum(any(e.labels) for e in data) / len(data)
        print(f"{name}: {len(data)} matched quotes, candidates hold the gold Source for {ceiling:.3f}")
    also = tuple(args.beyond)
    cv, d, setting, scorers = compare(train, dev, args.c, args.floors, args.trees, also_beyond=also)
    print(f"chosen on CV: {setting.label()}: CV {cv:.3f} dev {d:.3f} gap {cv - d:+.3f}")
    if args.confusion:
        confusion(train, scorers, setting)
    if args.classes:
        classes(train, scorers, setting)
    if args.errors:
        errors(train, scorers, setting, args.errors)
    if args.write:
        quiet = [e.quiet for e in train] if setting.nobody is not None else None
        write(fit_softmax(groups(train), setting.c, quiet), setting, cv, d)
    print(f"took {time.perf_counter() - started:.0f} s in all")
    return 0


def write(weights: dict[str, float], setting: Setting, cv: float, dev: float) -> None:
    if setting.floor != float("-inf"):
        raise SystemExit("a floor was chosen: corpus/quotes/ranking.py reads none yet")
    note = (
        "Softmax-ranker weights of the speaker ranker (corpus/quotes/ranking.py), learned by "
        f"train/attribution.py from PolNeAR v1.0.0 train (840 articles; {setting.label()} chosen on "
        f"5-fold CV: CV {cv:.3f}, dev {dev:.3f}, gap {cv - dev:+.3f}). Weights only: no text of the corpus."
    )
    if setting.nobody is not None:
        note += (
            ' The "no speaker" option\'s own features (no_speaker&..., corpus/quotes/speakerless.py), its '
            "margin (no_speaker_margin) and the terms asked (terms_asked) by train/no_speaker.py."
        )
    kept = {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
    data: dict[str, object] = {"note": note, "may_replace": setting.replace_check}
    if setting.nobody is not None:
        if setting.quiet_ask is not None or setting.terms == "all":
            raise SystemExit("corpus/quotes/rerank.py asks no quote by its quiet score, nor every term")
        data |= {"no_speaker_margin": setting.nobody, "terms_asked": setting.terms}
    data["weights"] = kept
    WEIGHTS.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(kept)} weights)")


if __name__ == "__main__":
    sys.exit(main())
