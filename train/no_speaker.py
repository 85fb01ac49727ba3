"""Teach the speaker ranker when a quote has no speaker: its "no speaker" option with its own features.

Usage: python train/no_speaker.py [--c 3] [--margins 0 -1 1] [--quiet-ask 2] [--loose] [--classes]
       [--errors 40] [--cache FILE] [--write] [--beyond 100 80 60]

The softmax of ``train/attribution.py`` scores each quote's candidates against a "no speaker"
option. Here that option has features of its own, read from the quote alone
(:mod:`corpus.quotes.speakerless`: its kind, length and capitals, the words before and after its
marks, a list of quotes, a quote alone in its paragraph, what the rules read and how far), and it
decides: no one said a quote whose option, plus a margin, outscores all its candidates together.
Terms (``terms.is_term``) with a verb of saying or naming before them
(``naming_verbs.term_cue``) are asked too, the option deciding whether no one said them.

Printed for each C, margin, and terms asked (none, "cued", or "all": printed, never chosen, since a
scare quote with no cue is no one's statement, issue 15), asked as ``rerank`` asks and about every
quote: CV / dev / gap, the share of train asked, and how many quotes that match no gold quote get a
speaker (held-out train folds / dev): PolNeAR's annotators marked no attribution there, so a speaker
given is most often junk (a title, a scare quote). The setting of the best CV figure is chosen,
those within :data:`TIED` of it told apart by that count. ``--beyond`` also prints the rows asked
beyond those many characters (never chosen: the ask rule is ``rerank.ASK_BEYOND``, set by CPU
time). ``--quiet-ask`` also asks the quotes whose option alone scores above each value (never
chosen: CPU); ``--loose`` also prints models trained
with the unmatched quotes as said by no one (never chosen: CV falls). ``--write`` writes the chosen
weights with the margin and the terms asked to ``corpus/quotes/ranker_weights.json``.

What it read (C=3, chosen: margin 0, cued terms; against the ranker without these features as
shipped before, asked beyond 120): CV / dev / gap 0.8977 / 0.9306 / -0.033 against 0.8969 / 0.9294
/ -0.033; unmatched quotes given a speaker 241 / 22 against 255 / 25. Every term asked reads 0.9012
on CV but gives 39 more unmatched quotes a speaker; trained with the unmatched quotes, margin -1,
cued terms, 0.8969 with 222 / 19. With the rules' mentions that name no one barred
(``train/named_mentions.py``) and possessives before a noun of saying among the candidates
(h-acc13, retrained): 0.8989 / 0.9306 / -0.032, every quote 0.9114 / 0.9306; unmatched 241 / 22;
with h-site13's rules too (integ13, retrained): 0.8995 / 0.9306 / -0.031, every quote 0.9121; 242 / 22;
with h-acc14's rules (a preposition's object barred, ``subject_before``; weights not rewritten):
0.9003 / 0.9306 / -0.030, every quote 0.9126 / 0.9306 / -0.018; 241 / 22; on the merged tree of
integ14 0.9000 / 0.9306 / -0.031, every quote 0.9123 / 0.9306 / -0.018; with h-acc15's candidates
(the head of a paragraph ending with a colon, "it" before a verb of saying: ``corpus.quotes.candidates``;
retrained and written): 0.9013 / 0.9294 / -0.028, every quote 0.9134 / 0.9319 / -0.019; 242 / 21.
With h-acc16's rules (the clause a cue's subject is read in, ``train/rules_errors.py``; asked beyond
100 as shipped since h-ask15): 0.9041 / 0.9319 / -0.028 against 0.9023 / 0.9306 / -0.028, every
quote 0.9138 / 0.9319 / -0.018 against 0.9134 / 0.9319 / -0.019; 241 / 22. Not written: the weights
as shipped read dev the same (0.9319, every quote 0.9332), and the retrained ones moved ECB+ dev
speakers for the worse as often as for the better (``corpus.quotes.rerank``). With h-acc17's rules
(pronouns never read back to a title-case headline or "he" to an organisation; a statement's author
heading a colon: ``train/rules_errors.py``; weights not rewritten): 0.9038 / 0.9332 / -0.029, every
quote 0.9134 / 0.9332, against 0.9041 / 0.9319 and 0.9138 / 0.9319 before; the fold models fitted
before the statement heads read 0.9044 / 0.9319 and 0.9139 / 0.9319 on the final examples (the rules
move names more than mentions: the CV moves are refit noise, about 0.0007).
With a term's cue read from words learned from PolNeAR train's annotated Cues (h-term18,
``train/term_cues.py``, which also learns them anew on each fold's training folds for its CV figure:
0.9049 / 0.9332, unmatched 241 / 21, against the verb pattern's 0.9047 / 0.9332, 243 / 22): here,
the words learned from all of train (so the held-out folds' own Cues among them), asked beyond 80
0.9051 / 0.9332 / -0.028, every quote 0.9139 / 0.9332 / -0.019, unmatched 241 / 21 (weights as
shipped, not rewritten: retrained on a first cut of the change they moved 8 ECB+ dev speakers,
most for the worse, a referee given Klitschko's words).
With h-acc18's candidates
(an age heading a description, "the two", "it now says": ``corpus.quotes.descriptions``; weights not
rewritten): 0.9058 / 0.9332 / -0.027 against 0.9047 / 0.9332, every quote 0.9146 / 0.9344 against
0.9135 / 0.9332; unmatched 243 / 22 as before.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.quotes.ask_gate import WEIGHTS_FILE as GATE_FILE  # noqa: E402
from corpus.quotes.rerank import ASK_BEYOND  # noqa: E402
from train.attribution import (  # noqa: E402
    FOLDS,
    Chosen,
    Setting,
    accuracy,
    asked,
    chosen,
    classes,
    cross_validated,
    errors,
    fold_scorers,
    is_right,
    write,
)
from train.polnear_examples import Example, groups, read_all_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402


def compare_nobody(
    data: tuple[list[Example], list[Example], list[Example], list[Example]],
    cs: list[float],
    margins: list[float],
    quiet_asks: list[float],
    loose_too: bool = False,
    also_beyond: tuple[int, ...] = (),
    gate_thresholds: tuple[float, ...] = (),
    guards: tuple[str, ...] = (),
    colon_guard: str = "",
    heads: bool = False,
    relayers: bool = False,
) -> Chosen:
    """Print CV / dev / gap of the ranker whose "no speaker" option has its own features (trained
    with them, and with the quotes that match no gold quote as said by no one, or not), deciding
    "no one" at each margin, with terms asked or not, and asked also where that option alone scores
    above each of ``quiet_asks``; and how many quotes matching no gold quote get a speaker (held-out
    train folds, dev). The shipped rows (asked beyond ``rerank.ASK_BEYOND``, margin 0, cued terms)
    also with the ask gate (``corpus.quotes.ask_gate``) at the shipped threshold and at each of
    ``gate_thresholds``: fitted per fold on the other folds' quotes (``train/ask_gate.py``), on all of
    train for dev. Return the best CV figure's setting, the gate at its shipped threshold where it is
    (trained without the unmatched quotes: ``loose_too`` prints the rows of the models trained with
    them, never chosen)."""
    train, dev, loose_train, _ = data
    rows: list[tuple[Chosen, int]] = []
    for c, loose in product(cs, (False, True) if loose_too else (False,)):

        def fit(part: list[Example], c: float = c, loose: bool = loose) -> Scorer:
            part = part + [e for e in loose_train if e.fold in {x.fold for x in part}] if loose else part
            return linear(fit_softmax(groups(part), c, [e.quiet for e in part]))

        scorers, whole = fold_scorers(train, fit), fit(train)
        print(f"trained with the unmatched quotes: {loose}")
        for margin, terms, quiet_ask in product(margins, ("", "all", "cued"), (None, *quiet_asks)):
            for beyond in (None, *also_beyond, ASK_BEYOND) if quiet_ask is None else (ASK_BEYOND,):
                setting = Setting(c, False, float("-inf"), beyond, margin, terms, quiet_ask)
                setting = replace(
                    setting,
                    relay_guard=RELAY_GUARD,
                    colon_guard=colon_guard,
                    head_guard=heads,
                    relayer_guard=relayers,
                    cross_guard=CROSS_GUARD,
                )
                gated = beyond == ASK_BEYOND and quiet_ask is None and margin == 0 and terms == "cued"
                gate_rows = [(None, None, "", not (gated and GATE_SHIPPED), RELAY_GUARD)]
                if gated:
                    gate_rows += [
                        (*row, guard)
                        for row in gate_settings(train, dev, scorers, whole, c, gate_thresholds)
                        for guard in (RELAY_GUARD, *(g for g in guards if g != RELAY_GUARD))
                    ]
                elif beyond is None and quiet_ask is None and margin == 0 and terms == "cued":
                    gate_rows += [(None, None, "", False, g) for g in guards if g != RELAY_GUARD]
                for held, dev_gate, label, shipped, guard in gate_rows:
                    shipped = shipped and guard == RELAY_GUARD
                    setting = replace(setting, relay_guard=guard)
                    cv_setting = replace(setting, gate=held, gate_label=label) if held else setting
                    dev_setting = replace(setting, gate=dev_gate, gate_label=label) if dev_gate else setting
                    cv, d, said = _printed(train, dev, scorers, whole, cv_setting, dev_setting, data)
                    # only "cued" follows the contract (a term is said by no one unless a cue
                    # says who): the other term rows are printed for comparison, never chosen
                    if (
                        beyond == ASK_BEYOND
                        and not loose
                        and terms == "cued"
                        and quiet_ask is None
                        and shipped
                    ):
                        rows.append(((cv, d, cv_setting, scorers), said))
    top = max(row[0][0] for row in rows)
    return min((row for row in rows if row[0][0] >= top - TIED), key=lambda row: row[1])[0]


GATE_SHIPPED = True
"""Whether ``rerank`` asks the gate (``corpus.quotes.ask_gate``): the shipped row is then the gated one."""
RELAY_GUARD = "unasked"
"""Speech another may relay, as ``rerank`` reads it (``corpus.quotes.relay_guard``; ``Setting.relay_guard``):
the ask gate never asks about it, and the rules' answer is kept over a choice of the ranker's that
relays it ("" neither, "kept" the second alone: ``--guard``)."""
COLON_GUARD = "kept"
"""Objects in the clause of a colon heading a quote, as ``rerank`` reads them
(``corpus.quotes.colon_objects``; ``Setting.colon_guard``; ``--colon`` tries the others)."""
RELAYER_GUARD = True
"""The ask gate never asks about a relay's relayer, as ``rerank`` reads it
(``corpus.quotes.relay_guard.relayer_read``; ``Setting.relayer_guard``; ``--relayers 0``)."""
CROSS_GUARD = True
"""An earlier quote's speaker kept from the quote after it where the rules name another speaker between,
as ``rerank`` reads it (``corpus.quotes.crossed_quotes``; ``Setting.cross_guard``)."""
HEAD_GUARD = True
"""A colon's head above kept from a quote whose own sentence has the rules' cue, as ``rerank`` reads
it (``corpus.quotes.colon_heads.head_over_own_cue``; ``Setting.head_guard``; ``--heads 0``)."""


def _printed(
    train: list[Example],
    dev: list[Example],
    scorers: list[Scorer],
    whole: Scorer,
    setting: Setting,
    dev_setting: Setting,
    data: tuple[list[Example], list[Example], list[Example], list[Example]],
) -> tuple[float, float, int]:
    """Print one row (CV, dev, gap, the share asked, the unmatched quotes given a speaker); return CV,
    dev and the held-out unmatched count."""
    _, _, loose_train, loose_dev = data
    cv, d = cross_validated(train, scorers, setting), accuracy(dev, whole, dev_setting)
    print(f"{setting.label()}\n{'':44} {cv:6.4f} {d:6.4f} {cv - d:+7.4f}")
    share = sum(asked(e, setting, scorers[e.fold]) for e in train) / len(train)
    said = sum(not is_right(e, chosen(e, scorers[e.fold], setting), setting) for e in loose_train)
    said_dev = sum(not is_right(e, chosen(e, whole, dev_setting), dev_setting) for e in loose_dev)
    print(f"{'':10} asked {share:.3f} of train; unmatched with a speaker {said} / {said_dev}")
    return cv, d, said


GateRow = tuple[Callable[[Example], bool], Callable[[Example], bool], str, bool]
"""A gate for held-out train folds, one for dev, its label, whether it is the shipped threshold."""


def gate_settings(
    train: list[Example],
    dev: list[Example],
    scorers: list[Scorer],
    whole: Scorer,
    c: float,
    thresholds: tuple[float, ...],
) -> list[GateRow]:
    """The ask gate fitted as ``train/ask_gate.py`` fits it (its C and target as the shipped file
    says), per fold on the other folds' quotes and on all of train, at the shipped threshold and at
    each of ``thresholds``."""
    from train.ask_gate import fit_gate, gate_score, rows_of

    shipped = json.loads(GATE_FILE.read_text(encoding="utf-8"))
    train_rows = rows_of(train, dict(enumerate(scorers)), c)
    held = {
        k: fit_gate([r for r in train_rows if r.e.fold != k], shipped["c"], shipped["target"])
        for k in range(FOLDS)
    }
    everything = fit_gate(train_rows, shipped["c"], shipped["target"])
    out: list[GateRow] = []
    for t in (shipped["threshold"], *(t for t in thresholds if t != shipped["threshold"])):

        def by_fold(e: Example, t: float = t) -> bool:
            return bool(e.gate) and gate_score(held[e.fold], e.gate) > t

        def on_dev(e: Example, t: float = t) -> bool:
            return bool(e.gate) and gate_score(everything, e.gate) > t

        out.append((by_fold, on_dev, f"gated >{t:g}", t == shipped["threshold"]))
    return out


TIED = 0.001
"""Settings whose CV figures lie this close (7 quotes of train's 6,633) are told apart by how many
unmatched quotes of held-out train folds they give a speaker (fewer is better: PolNeAR marks no
attribution there)."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[3.0], help="regularisation to try")
    parser.add_argument("--margins", type=float, nargs="+", default=[0.0, -1.0, 1.0], help="margins to try")
    parser.add_argument("--quiet-ask", type=float, nargs="+", default=[], help="also ask above these")
    parser.add_argument("--loose", action="store_true", help="also train with the unmatched quotes")
    parser.add_argument("--classes", action="store_true", help="print the wrong speakers by class")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong quotes")
    parser.add_argument("--write", action="store_true", help="write the weights of the setting chosen")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument(
        "--beyond",
        type=int,
        nargs="+",
        default=[],
        help="also print the rows asked beyond these many characters (never chosen: rerank.ASK_BEYOND is)",
    )
    parser.add_argument(
        "--guard",
        nargs="+",
        default=[],
        choices=("", "kept", "unasked"),
        help="also print the gated rows and every quote with the relay guard so (never chosen)",
    )
    parser.add_argument(
        "--gate",
        type=float,
        nargs="+",
        default=[],
        help="also print the shipped rows with the ask gate at these thresholds (never chosen)",
    )
    parser.add_argument(
        "--colon",
        default=COLON_GUARD,
        choices=("", "kept", "next"),
        help="every row with the colon objects' guard so (Setting.colon_guard)",
    )
    parser.add_argument(
        "--heads",
        type=int,
        default=int(HEAD_GUARD),
        choices=(0, 1),
        help="every row with the colon heads' guard (1) or not (0) (Setting.head_guard)",
    )
    parser.add_argument(
        "--relayers",
        type=int,
        default=int(RELAYER_GUARD),
        choices=(0, 1),
        help="every row with relayers unasked (1) or not (0) (Setting.relayer_guard)",
    )
    parser.add_argument(
        "--gate-as-shipped",
        action="store_true",
        help="the gate learned from the quotes as rerank reads them (train/ask_gate.py --as-shipped)",
    )
    args = parser.parse_args()
    if args.gate_as_shipped:
        import train.ask_gate

        train.ask_gate.AS_SHIPPED = True
    started = time.perf_counter()
    four = read_all_examples(args.cache)
    train, dev, loose_train, loose_dev = four
    said = [sum(not e.rules_right for e in part) for part in (loose_train, loose_dev)]
    print(f"matched quotes: train {len(train)}, dev {len(dev)}", end="; ")
    print(f"unmatched: {len(loose_train)}, {len(loose_dev)}")
    print(f"(unmatched quotes the rules alone give a speaker: {said[0]} / {said[1]})")
    cv, d, setting, scorers = compare_nobody(
        four,
        args.c,
        args.margins,
        args.quiet_ask,
        args.loose,
        tuple(args.beyond),
        tuple(args.gate),
        tuple(args.guard),
        args.colon,
        bool(args.heads),
        bool(args.relayers),
    )
    print(f"chosen on CV: {setting.label()}: CV {cv:.4f} dev {d:.4f} gap {cv - d:+.4f}")
    if args.classes:
        classes(train, scorers, setting)
    if args.errors:
        errors(train, scorers, setting, args.errors)
    if args.write:
        write(fit_softmax(groups(train), setting.c, [e.quiet for e in train]), setting, cv, d)
    print(f"took {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
