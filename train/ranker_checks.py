"""Judge a change to the speaker ranker's candidates or features beyond its CV figure.

Usage: python train/ranker_checks.py --cache FILE [--before FILE] [--c 3]

Run only when retraining (numpy, scipy and scikit-learn, as ``train/attribution.py``). The caches
are those ``train/attribution.py --cache`` writes (the candidates of PolNeAR train and dev read by
a tree's code): make one before a change and one after. For the setting ``train/attribution.py``
ships (the softmax, every candidate competing; asked beyond ``rerank.ASK_BEYOND`` and asked about
every quote) it prints:

- where the ranker's best candidate lies for the wrong quotes of held-out train folds whose gold
  Source is a candidate (``error_classes.where_best``): the rules' answer (with the gold nearer or
  farther than it in the quote's sentence, or in another sentence), the gold not trusted, another
  candidate by kind. On the tree of h-acc11r, every quote: 337 such quotes, the best the rules'
  answer for 236 of them (gold in the quote's sentence and nearer 125, farther 67, another
  sentence 44), another name 49, another pronoun 17, the gold not trusted 14;
- with ``--before``: the quotes each set of candidates gets right and the other wrong, fitted
  alike. A change that moves CV by less than the quotes it moves each way has taught nothing:
  every feature family h-acc11r tried (below) moved 14-31 quotes each way, net -8..+3 of 6,633.

Tried by h-acc11r and left out: none lifts CV beyond noise. Figures: CV every quote / asked beyond
120 (C=3, every candidate competing), dev beside; the tree it started from read 0.9089 / 0.8969,
dev 0.9294 / 0.9294.
- Clause roles read without a parser, per mention: a finite verb after it (an auxiliary, a cue, a
  lower-case -ed word, a common irregular past; any lower-case word after a pronoun), the object of
  a verb not a cue, inside a prepositional phrase of capitalised words ("in Salem, {New
  Hampshire}"), in parentheses, opening its clause (its sentence's subject past an adverbial
  opening, or after a semicolon, a conjunction or a subordinator), both (a clause subject), crossed
  with the quote's sentence and a partial quote, and the nearest of each on its side: 0.9083 /
  0.8957, dev 0.9306 / 0.9294. The weights are large (the object of a verb -1.75, the prepositional
  phrase -0.71) but they move 26 quotes up and 31 down: for a candidate between the rules' mention
  and the quote in the quote's sentence that opens a clause with a verb, the rules' mention is the
  gold Source 67 times, the candidate 25 ("X said he would … “…”" against "X is winning … as he
  keeps talking about “…”"); a cue word before the candidate in its sentence (inside a reported
  clause: "X said he…"), alone or by kind, 0.9086 / 0.8962. The first figures are of the clause
  roles read with coreference read cheaply (a pronoun whose nearest name before it is the rules'
  speaker's or the previous quote's; the rules' speaker's name written elsewhere).
- Relative to the rules' mention: between it and the quote, in the quote's sentence when it is not,
  nearer: 0.9088 / 0.8971; between crossed with the candidate's kind 0.9077 / 0.8952, with what the
  rules read 0.9079 / 0.8957.
- Words right beside a mention beyond the closed class, the 200 / 600 commonest in train: 0.9070 /
  0.8953, 0.9054 / 0.8948; a verb of thinking or naming after it (thinks, believes, calls…) 0.9091 /
  0.8968; its name written inside the quote 0.9086 / 0.8964, and a first-person quote crossed with
  the kind 0.9087 / 0.8966; its capitalised words written lower case elsewhere in the article (a
  sentence's common noun read as a name: "Guns are…") 0.9087 / 0.8963.
- The model: every feature crossed with the rules' answer 0.9078 / 0.8964 (C=1: 0.9083 / 0.8973); a
  copy of every feature for partial quotes 0.9064 / 0.8946 (at half weight 0.9074 / 0.8957); fitted
  on the asked quotes only 0.8948 / 0.8934; C 0.5 / 1 / 10 / 30: 0.9055 / 0.9071 / 0.9085 / 0.9080
  every quote; LightGBM's lambdarank (7 leaves, 200 rounds) 0.9051 / 0.8962 (dev 0.9382 / 0.9357),
  boosted from the softmax's scores 0.9075 / 0.8959. Trees reading the same features end where the
  softmax does: what is missing is not in the features, not the model's form.

Tried by h-acc15 and left out (``train/no_speaker.py --c 3 --margins 0``, the shipped setting asked
beyond 120 / every quote, on the tree with the colon heads and "it" among the candidates: 0.9013 /
0.9134, dev 0.9294 / 0.9319): a relative "who" whose clause holds the quote, no punctuation between
them ("Beck, <who> has described Trump as “…”", gold "who" 16 of 30 such quotes, the name before it
3; "X, who …, said" the other way), a feature of the "who" candidate: 0.9006 / 0.9128, dev alike;
moved 1 up and 7 down asked beyond 120, 4 / 12 every quote.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from train.attribution import Setting, chosen, fold_scorers  # noqa: E402
from train.error_classes import where_best  # noqa: E402
from train.polnear_examples import Example, groups, read_examples  # noqa: E402
from train.ranker_models import Scorer, fit_softmax, linear  # noqa: E402

# a cache written by ``python train/attribution.py`` pickled its examples as ``__main__.Example``
setattr(sys.modules["__main__"], "Example", Example)  # noqa: B010


def best_places(train: list[Example], scorers: list[Scorer], setting: Setting) -> Counter[str]:
    """Where the ranker's best candidate lies (``error_classes.where_best``) for each wrong quote of
    held-out train folds whose gold Source is a candidate, counted."""
    places: Counter[str] = Counter()
    for e in train:
        if e.term or not any(e.labels) or right(e, scorers[e.fold], setting):
            continue
        places[where_best(e, scorers[e.fold](e.features), e.trusted)] += 1
    return places


def right(e: Example, scorer: Scorer, setting: Setting) -> bool:
    """Whether the speaker ``setting`` decides for ``e`` is the gold one."""
    pick = chosen(e, scorer, setting)
    return e.rules_right if pick is None else e.labels[pick]


def moved(before: list[Example], after: list[Example], setting: Setting) -> tuple[int, int, int]:
    """The quotes in both lists, those ``after`` gets right and ``before`` wrong, and the reverse
    (each list's fold models fitted on its own candidates)."""
    old = {(e.article, e.quote): e for e in before}
    new = {(e.article, e.quote): e for e in after}
    shared = [k for k in new if k in old]
    verdicts = []
    for read in ([old[k] for k in shared], [new[k] for k in shared]):
        scorers = fold_scorers(read, lambda data: linear(fit_softmax(groups(data), setting.c)))
        verdicts.append([right(e, scorers[e.fold], setting) for e in read])
    gained = sum(now and not then for then, now in zip(*verdicts, strict=True))
    lost = sum(then and not now for then, now in zip(*verdicts, strict=True))
    return len(shared), gained, lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="the examples read after the change")
    parser.add_argument("--before", type=Path, help="the examples read before it")
    parser.add_argument("--c", type=float, default=3.0, help="the softmax's regularisation")
    args = parser.parse_args()
    train, _ = read_examples(args.cache)
    shipped = Setting(args.c, replace_check=False)
    every = replace(shipped, beyond=None)
    scorers = fold_scorers(train, lambda data: linear(fit_softmax(groups(data), args.c)))
    places = best_places(train, scorers, every)
    wrong = sum(places.values())
    print(f"where the best candidate lies, {every.label()}: {wrong} wrong with a gold candidate")
    for place, n in places.most_common():
        print(f"  {place:64} {n:5}")
    if args.before is not None:
        before, _ = read_examples(args.before)
        for s in (shipped, every):
            shared, gained, lost = moved(before, train, s)
            print(f"{s.label()}: {shared} quotes in both; wrong -> right {gained}, right -> wrong {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
