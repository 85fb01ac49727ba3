"""Try ranker features of the quote's own words against each candidate (issue 15, h-feat26).

Usage: python train/quote_word_features.py [--only FAMILY ...] [--cache FILE] [--count] [--rates]

Run only when retraining (numpy, scipy and scikit-learn, as ``train/attribution.py``). The features
are read by ``train/quote_word_reading.py`` (as the engine would read them: one regex pass over a
quote, set lookups) from the article's text, the quote's and the candidates' spans the examples
keep, added to the examples ``train/polnear_examples.py`` reads, then ``train/no_speaker.py``'s
comparison runs with the shipped setting (C=3, margin 0, asked beyond 80, cued terms, the ask gate),
once without them and once with: CV refitted per fold, so each feature is learned on the training
folds alone. Printed: both rows, the held-out quotes each gets right and the other wrong; with
``--count`` how many candidates of train carry each feature and how many of those are gold; with
``--rates`` the share of gold candidates by kind and by the quote's person ("we", "I", both, none).

Families (``--only``): ``named`` (the candidate's last word written capitalised inside the quote:
people seldom speak of themselves by name), ``named_person`` (the same for a person's name, not an
organisation's, in a direct quote), ``stretch`` (written inside the quote before it in its paragraph,
not this one), ``addressed`` (a name or title the quote addresses at its start or end, "Mr. Roe, …",
"…, Senator?"), ``person`` (a first-person-plural quote against a group or an organisation and
against a person; a first-person-singular one against a group; ``we_group`` and ``i_group`` alone),
``sex`` (a candidate of the sex the quote's third-person singular pronouns give, or of the other:
people seldom speak of themselves as "he"), ``answer`` (a candidate right after "asked" against a
quote that is or is not a question; the previous quote's speaker where that quote asked a question
and this one does not).

What it read (h-feat26, on base26 = main ddfc6a4: shipped row CV / dev 0.9257 / 0.9357, gap -0.0100,
unmatched 215 / 23; held-out quotes moved each way):
- ``named`` 0.9257 / 0.9369, 6 up 6 down (1,270 candidates of train, 83 gold: 6.5% against 19.4% of
  all candidates); of the ranker's or the rules' chosen mentions named inside their quote, 32 are
  right and 12 wrong. Politicians name themselves ("Donald J. Trump is calling for…", "not Bernie
  Sanders, not the greatest president…"), organisations name themselves (Judicial Watch, Fox News,
  MWW), and a spokesman's description holds his principal's name ("Cruz spokesman Rick Tyler");
- ``named_person`` 0.9258 / 0.9369, 3 up 2 down (858, 57 gold): one quote, refit noise;
- ``stretch`` 0.9252 / 0.9369, 1 up 4 down (370, 44 gold);
- ``addressed`` 0.9257 / 0.9357, none moved (23 candidates, 1 gold: right, and too rare to weigh);
- ``person`` 0.9247 / 0.9357, 4 up 10 down; ``we_group`` 0.9249 / 0.9357, 2 up 7 down; ``i_group``
  0.9255 / 0.9369, 1 up 2 down. ``--rates``: a "we" quote is no more a group's than another quote:
  gold groups 0.06 of "we" quotes' group candidates against 0.08 of quotes in no person, names of
  organisations 0.15 against 0.21, "they" 0.03 against 0.06, while "he" reads 0.44 against 0.30:
  in political news "we" is a candidate speaking for a campaign, a party or the country;
- ``answer`` 0.9257 / 0.9357, none moved (93 candidates after "asked" with an answer, 4 gold: the
  features ``cue_right_before=asked`` already say it; the previous speaker after a question 120,
  44 gold: people ask their own questions);
- ``sex`` 0.9257 / 0.9357, none moved: where the quote's "he"/"his" or "she"/"her" give one sex and
  the candidate's own words give one (a pronoun, "Mr."/"Ms.", a given name the census knows), a
  candidate of that sex is gold 224 times of 656 (0.34), one of the other 169 of 421 (0.40): no
  signal worth the article's own pronouns for surnames (``sighting_genders``), not wired;
- all together (without ``sex``) 0.9249 / 0.9357, 7 up 12 down; with it (the default) 0.9253 / 0.9357,
  7 up 10 down;
- a gendered self-reference ("as a mother", "my husband", ``quote_word_reading.SELF_SEX``) is in 13
  quotes of 6,633: too few to weigh a candidate's sex against, not tried as a feature.
None ships: each moves fewer quotes net than it moves each way. h-acc11r found the same for a name
inside the quote and a first-person quote crossed with the kind (``train/ranker_checks.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.spans import find_quote_spans  # noqa: E402
from train.attribution import chosen, is_right  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402
from train.quote_word_reading import read_quote, traits_of  # noqa: E402

FAMILIES = {
    "named": ("named_in_quote",),
    "stretch": ("named_in_stretch",),
    "addressed": ("addressed_in_quote",),
    "person": ("we_quote&group", "we_quote&person", "i_quote&group"),
    "we_group": ("we_quote&group",),
    "i_group": ("i_quote&group",),
    "named_person": ("named_person_in_quote",),
    "sex": ("quote_third_same_sex", "quote_third_other_sex"),
    "answer": ("asked_object&answer", "asked_object&question", "previous_asker"),
}
ON: set[str] = {"named", "stretch", "addressed", "person", "answer", "sex"}
"""The families tried when ``--only`` is not given: all of them but the variants."""


def _on() -> set[str]:
    return {name for family in ON for name in FAMILIES[family]}


def _previous_quotes(folder: str) -> tuple[dict[str, str], dict[tuple[str, int], tuple[int, int]]]:
    """Each article's text, and for each quote (article, start) the quote before it in its
    paragraph (or the one it continues from the paragraph before), where there is one."""
    texts: dict[str, str] = {}
    before: dict[tuple[str, int], tuple[int, int]] = {}
    for a in load_corpus(SHARED / folder / "text"):
        texts[a.name] = a.text
        previous = None
        for span in find_quote_spans(a):
            if span.nested:
                continue
            if previous is not None and previous.end_paragraph in (span.paragraph, span.paragraph - 1):
                before[(a.name, span.start)] = (previous.start, previous.end)
            previous = span
    return texts, before


def _add(e: Example, text: str, previous: tuple[int, int] | None, on: set[str]) -> None:
    words = read_quote(text, *e.quote)
    earlier = read_quote(text, *previous) if previous and "named_in_stretch" in on else None
    partial = any(name.startswith("partial&") for f in e.features for name in f)
    for (start, end), marked, f in zip(e.spans, e.kinds, e.features, strict=True):
        kind = marked.removesuffix("+rules")
        organisation = "outlet_word" in f or "org_word" in f
        own = traits_of(words, text, start, end, kind, organisation)
        for name in own:
            if name in on:
                f[name] = 1.0
        _answer(text, e.quote, previous, start, f, on)
        named = "named_in_quote" in own
        if named and "named_person_in_quote" in on and kind == "name" and not (organisation or partial):
            f["named_person_in_quote"] = 1.0
        before = [] if earlier is None or named else traits_of(earlier, text, start, end, kind, False)
        if "named_in_quote" in before:
            f["named_in_stretch"] = 1.0


ASKED = frozenset("asked asks ask asking".split())


def _answer(
    text: str, quote: tuple[int, int], previous: tuple[int, int] | None, start: int, f: dict, on: set[str]
) -> None:
    """A candidate right after a verb of asking (the one asked: the answer's speaker, not the
    question's), and the previous quote's speaker where that quote asked a question this one answers."""
    question = text[quote[0] : quote[1]].rstrip("”\"’' ").endswith("?")
    words = text[max(0, start - 12) : start].split()
    if words and words[-1].lower() in ASKED:
        name = "asked_object&question" if question else "asked_object&answer"
        if name in on:
            f[name] = 1.0
    asked_before = previous is not None and text[previous[0] : previous[1]].rstrip("”\"’' ").endswith("?")
    if asked_before and not question and "previous_speaker" in f and "previous_asker" in on:
        f["previous_asker"] = 1.0


def add_features(four: tuple) -> None:
    on = _on()
    for part, folder in zip(
        four, ("polnear-train", "polnear-dev", "polnear-train", "polnear-dev"), strict=True
    ):
        texts, before = _previous_quotes(folder)
        for e in part:
            _add(e, texts[e.article], before.get((e.article, e.quote[0])), on)


def rates(four: tuple) -> None:
    """The share of gold candidates of train by kind (a pronoun by its word, "/org" where the words
    name an organisation or outlet) and by the quote's person."""
    texts, _ = _previous_quotes("polnear-train")
    seen: Counter[tuple[str, str]] = Counter()
    gold: Counter[tuple[str, str]] = Counter()
    persons = ("we", "I", "both", "none")
    for e in four[0]:
        text = texts[e.article]
        w = read_quote(text, *e.quote)
        person = {(True, True): "both", (False, True): "we", (True, False): "I"}.get(
            (w.singular, w.plural), "none"
        )
        for (a, b), kind, f, label in zip(e.spans, e.kinds, e.features, e.labels, strict=True):
            kind = kind.removesuffix("+rules")
            if kind == "pronoun":
                kind = "pronoun " + text[a:b].lower()
            elif "org_word" in f or "outlet_word" in f:
                kind += "/org"
            seen[(kind, person)] += 1
            gold[(kind, person)] += label
    kinds = Counter(k for k, _ in seen.elements())
    print(f"{'kind':18}" + "".join(f"{p:>18}" for p in persons))
    for kind, _ in kinds.most_common(16):
        cells = (
            f"{gold[(kind, p)]:5}/{seen[(kind, p)]:6} {gold[(kind, p)] / max(1, seen[(kind, p)]):.2f}"
            for p in persons
        )
        print(f"{kind:18}" + "".join(f"{c:>18}" for c in cells))


def count(train: list[Example]) -> None:
    seen: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for e in train:
        for f, label in zip(e.features, e.labels, strict=True):
            for name in _on():
                if name in f:
                    seen[name] += 1
                    gold[name] += label
    for name in sorted(_on()):
        print(f"{name:28} {seen[name]:6} candidates, {gold[name]:5} gold")


def rights(four: tuple) -> tuple[dict[int, bool], str]:
    """Whether each held-out train quote is right with the shipped setting, and its row."""
    from train.no_speaker import compare_nobody

    cv, dev, setting, scorers = compare_nobody(four, [3.0], [0.0], [])
    out = {id(e): is_right(e, chosen(e, scorers[e.fold], setting), setting) for e in four[0]}
    return out, f"{setting.label()}: CV {cv:.4f} dev {dev:.4f} gap {cv - dev:+.4f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=FAMILIES, help="these families alone")
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--count", action="store_true", help="print how many candidates carry each")
    parser.add_argument("--rates", action="store_true", help="print the gold share by kind and person")
    args = parser.parse_args()
    if args.only is not None:
        ON.clear()
        ON.update(args.only)
    four = read_all_examples(args.cache)
    if args.rates:
        rates(four)
        return 0
    before, label_before = rights(four)
    add_features(four)
    if args.count:
        count(four[0])
    after, label_after = rights(four)
    up = sum(after[k] and not before[k] for k in after)
    down = sum(before[k] and not after[k] for k in after)
    print(f"without: {label_before}\nwith {sorted(ON)}: {label_after}")
    print(f"held-out quotes: {up} wrong -> right, {down} right -> wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
