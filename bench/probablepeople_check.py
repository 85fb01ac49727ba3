"""probablepeople against the hand-written person / organisation tests, on speaker names a reader sees.

Usage: python bench/probablepeople_check.py --speakers DIR --labels FILE [--show 12] [--calls 2000]

``pip install probablepeople`` (MIT; a CRF model run by python-crfsuite) to run it. ``--speakers`` is
a folder of ``<corpus>.speakers.json`` and ``<corpus>.quotes.json`` as ``storydiff speakers --json``
and ``storydiff quotes --json`` write them (the golden outputs of the eight corpora). ``--labels`` is
a tab-separated file ``corpus, name, label, set`` written by hand, kept outside the project (the names
are read from publishers' text): ``label`` is ``person``, ``organisation``, ``group``, ``place`` or
``other`` (no name: left out of the scores), ``set`` is ``sample`` (every speaker of the small corpora
and a random share of PolNeAR train: scored) or ``pronoun`` (speakers a "he"/"she"/"who" is given to
whom either side calls no person: read only for what a reader sees).

Printed: each test's accuracy at person / no person on the sample, by corpus, with the disagreements
by class of name; the same names checked against NewsWCL50's gold person chains (every chain is a
person: a labelled non-person matching one is a slip, or a body named after a person, "Trump
campaign"), and each test on the chains' mentions; what a reader sees that the person test decides
(a pronoun given to a body, a name shown clipped or whole, two bodies or a body and a person under
one canonical name) and whether probablepeople's answer would mend it; import time and time a call.

Measured (2026-12-06, golden outputs of b6037d5 with MASTHEAD_WORDS; 930 names: 816 people, 114
organisations, groups or places): not_a_person 0.960, short_name 0.974 (of 884 names of two words or
more), subject_traits.no_one 0.929, probablepeople 0.923, both together 0.940. probablepeople takes
most organisations without an organisation word for people ("Supreme Court", "Human Rights Watch",
"Spotify", "Downing Street") and 31 people for corporations ("Chris Christie", "Reince Priebus"): refusing a
"he"/"she" by it would mend 3 quotes and lose 57 right ones; no band of its confidence separates its
right corporations from its wrong ones. Import 88-139 ms (the whole cold command starts in ~140 ms),
80-175 µs a call (under load) against not_a_person's 2-4 µs. Not adopted.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.quotes.antecedents import not_a_person  # noqa: E402
from corpus.quotes.lexicon import ORG_HEADS, OUTLET_WORDS  # noqa: E402
from corpus.quotes.names import shipped_tables  # noqa: E402
from corpus.quotes.short_names import short_name  # noqa: E402
from corpus.quotes.spelling import fold  # noqa: E402
from corpus.quotes.subject_traits import no_one  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
NOT_A_PERSON = ("organisation", "group", "place")
PRONOUNS = frozenset(("he", "she", "him", "her", "who"))
"""Mentions that give a speaker a person's pronoun: a body given one is read as a person."""

Decider = Callable[[str], bool | None]
"""Whether a name is a person's (None: the test does not decide on such a name)."""


@dataclass(frozen=True)
class Labelled:
    corpus: str
    name: str
    label: str
    set: str

    @property
    def person(self) -> bool:
        return self.label == "person"


def read_labels(path: Path) -> list[Labelled]:
    rows = [line.rstrip("\n").split("\t") for line in path.read_text().splitlines()[1:] if line.strip()]
    return [Labelled(*row) for row in rows]


def probablepeople_person(name: str) -> bool:
    """probablepeople's answer: ``tag``'s type, Person or Household a person's; where ``tag`` refuses
    a name (a label given twice, "Martin Luther King Jr."), ``parse``'s labels: any Corporation label
    or a short form makes it a corporation's."""
    import probablepeople

    try:
        return probablepeople.tag(name)[1] != "Corporation"
    except probablepeople.RepeatedLabelError:
        labels = [label for _token, label in probablepeople.parse(name)]
        return not any(lab.startswith("Corporation") or lab == "ShortForm" for lab in labels)


def shown_as_person(name: str) -> bool | None:
    """:func:`short_name`'s answer: a name of two words or more clipped to a surname is a person's;
    a one-word name is shown whole either way (no answer)."""
    return None if len(name.split()) < 2 else short_name(name) != name


DECIDERS: dict[str, Decider] = {
    "antecedents.not_a_person": lambda n: not not_a_person(n),
    "subject_traits.no_one": lambda n: not no_one(n),
    "short_names.short_name": shown_as_person,
    "probablepeople": probablepeople_person,
    "both not_a_person and probablepeople": lambda n: not not_a_person(n) and probablepeople_person(n),
}


def name_class(name: str) -> str:
    """The shape of a name, to sort disagreements by."""
    words = name.split()
    keys = [w.lower().strip(".,") for w in words]
    if any(k in ORG_HEADS for k in keys):
        return "holds an organisation word"
    if any(k in OUTLET_WORDS for k in keys):
        return "holds an outlet word"
    if len(words) == 1:
        return "acronym" if len(name) > 1 and name.isupper() else "one word"
    if fold(words[0]) in shipped_tables().given_names or re.fullmatch(r"(?:[A-Z]\.)+", words[0]):
        return "opens with a given name or initials"
    return "other words"


def score(rows: list[Labelled], decide: Decider, show: int, title: str) -> None:
    right, asked, wrong = 0, 0, defaultdict(list)
    by_corpus: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        answer = decide(row.name)
        if answer is None:
            continue
        asked += 1
        ok = answer == row.person
        right += ok
        by_corpus["train" if row.corpus == "train" else "others"][ok] += 1
        if not ok:
            wrong[(row.label, name_class(row.name))].append(row.name)
    corpora = " · ".join(f"{c} {k[True]}/{k[True] + k[False]}" for c, k in sorted(by_corpus.items()))
    print(f"\n{title}: {right}/{asked} = {right / max(asked, 1):.3f} ({corpora})")
    for (label, shape), names in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(names):3d} {label:12s} {shape}: {', '.join(names[:show])}")


def both_wrong(rows: list[Labelled], show: int) -> None:
    """Names the engine's pronoun test and probablepeople both get wrong: what neither fixes."""
    for_engine, for_pp = DECIDERS["antecedents.not_a_person"], DECIDERS["probablepeople"]
    names = [r for r in rows if for_engine(r.name) != r.person and for_pp(r.name) != r.person]
    print(f"\nwrong by both not_a_person and probablepeople: {len(names)}")
    by_class: dict[str, list[str]] = defaultdict(list)
    for r in names:
        by_class[f"{r.label} / {name_class(r.name)}"].append(r.name)
    for key, found in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(found):3d} {key}: {', '.join(found[:show])}")


CONFIDENCE_BANDS = (0.9, 0.7, 0.5, 0.0)
"""Lower bounds of probablepeople's confidence in a corporation, banded."""


def corporation_confidence(name: str) -> float:
    """How sure probablepeople's model is of a corporation's labels: over the name's tokens, the least
    of each token's highest marginal probability of a Corporation or ShortForm label."""
    import probablepeople

    tokens = probablepeople.tokenize(name)
    tagger = probablepeople.TAGGER
    tagger.set(probablepeople.tokens2features(tokens))
    tagger.tag()
    corporate = [lab for lab in tagger.labels() if lab.startswith("Corporation") or lab == "ShortForm"]
    return min(max(tagger.marginal(lab, i) for lab in corporate) for i in range(len(tokens)))


def second_opinion(rows: list[Labelled], show: int) -> None:
    """Where not_a_person takes a name for a person's and probablepeople calls it a corporation's:
    what a veto by probablepeople would mend (no person) and break (a person), by its confidence."""
    bands: dict[float, dict[bool, list[str]]] = {b: {True: [], False: []} for b in CONFIDENCE_BANDS}
    for row in rows:
        if not_a_person(row.name) or probablepeople_person(row.name):
            continue
        sure = corporation_confidence(row.name)
        band = next(b for b in CONFIDENCE_BANDS if sure >= b)
        bands[band][row.person].append(row.name)
    print("\nnot_a_person says person, probablepeople corporation, by probablepeople's confidence:")
    for band, split in bands.items():
        mended, broken = split[False], split[True]
        print(f"  >= {band:.1f}: mends {len(mended)} ({', '.join(mended[:show])}); breaks {len(broken)}")


def wcl_check(rows: list[Labelled], speakers_dir: Path, show: int) -> None:
    """NewsWCL50's chains are people: a speaker whose mentions match a chain's is a person; and each
    test's answer on the chains' mentions written as names (every word capitalised: "Kim Jong Un",
    "Mr. Kim", "Rocket Man"), all people's."""
    gold = json.loads((SHARED / "newswcl50-dev" / "gold.json").read_text())
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    written: set[str] = set()
    for mentions in gold.values():
        for m in mentions:
            spans[m["file"]].append((m["start"], m["end"]))
            if all(w[:1].isupper() for w in m["text"].split()):
                written.add(m["text"])
    matched: Counter[str] = Counter()
    for q in json.loads((speakers_dir / "wcl.quotes.json").read_text()):
        m = q.get("mention")
        if m and q["speaker"] and any(min(m["end"], b) > max(m["start"], a) for a, b in spans[q["article"]]):
            matched[q["speaker"]] += 1
    labels = {r.name: r.label for r in rows if r.corpus == "wcl"}
    slips = [n for n in matched if labels.get(n, "person") != "person"]
    print(f"\nNewsWCL50: {len(matched)} speakers hold a gold person's mention; labelled otherwise: {slips}")
    print(f"gold person mentions written as names (titles kept, unlike the engine's): {len(written)}")
    for title, decide in DECIDERS.items():
        wrong = sorted(n for n in written if decide(n) is False)
        print(f"  {title}: {len(wrong)}: {', '.join(wrong[:show])}")


def pronouns_to_bodies(rows: list[Labelled], speakers_dir: Path) -> None:
    """Quotes whose mention is "he"/"she"/"who" given to a speaker labelled no person, and those given
    to people that probablepeople calls a corporation (what refusing by it would lose)."""
    labels = {(r.corpus, r.name): r for r in rows}
    to_body, lost = Counter[tuple[str, str]](), Counter[tuple[str, str]]()
    for corpus in sorted({r.corpus for r in rows}):
        for q in json.loads((speakers_dir / f"{corpus}.quotes.json").read_text()):
            m = q.get("mention")
            row = labels.get((corpus, q["speaker"] or ""))
            if not m or row is None or m["text"].lower() not in PRONOUNS:
                continue
            key = (corpus, row.name)
            if not row.person:
                to_body[key] += 1
            elif not probablepeople_person(row.name):
                lost[key] += 1
    print("\na person's pronoun given to no person (quotes):")
    for (corpus, name), n in to_body.most_common():
        engine = "refused" if not_a_person(name) else "taken"
        pp = "refuses" if not probablepeople_person(name) else "takes"
        print(f"  {n} {corpus}: {name} (not_a_person: {engine}; probablepeople {pp})")
    named = ", ".join(f"{name} {n}" for (_c, name), n in lost.most_common())
    print(f"right ones probablepeople refuses: {sum(lost.values())} quotes of {len(lost)} people: {named}")


def shown_names(rows: list[Labelled], show: int) -> None:
    """What tight lists show: a person's surname, a body's whole name; with each test as the judge."""
    multi = [r for r in rows if r.set == "sample" and r.label != "other" and len(r.name.split()) > 1]
    engine_wrong = [r.name for r in multi if (short_name(r.name) != r.name) != r.person]
    pp_wrong = [r.name for r in multi if probablepeople_person(r.name) != r.person]
    print(f"\nshown names of {len(multi)} labelled names of two words or more: clipped or whole wrongly")
    print(f"  short_name: {len(engine_wrong)}: {', '.join(engine_wrong[:show])}")
    print(f"  probablepeople as the judge: {len(pp_wrong)}: {', '.join(pp_wrong[:show])}")


def joined_bodies(speakers_dir: Path, corpora: list[str], show: int) -> None:
    """Canonical speakers whose names mix a body's name with another body's or a person's: two bodies
    joined, or an organisation's last word taken for a person's surname."""
    for corpus in corpora:
        found = []
        for s in json.loads((speakers_dir / f"{corpus}.speakers.json").read_text()):
            long = [a for a in s["aliases"] if len(a.split()) > 1]
            bodies = [a for a in long if not_a_person(a)]
            people = [a for a in long if not not_a_person(a)]
            if bodies and (people or len({frozenset(b.lower().split()) for b in bodies}) > 1):
                found.append(f"{s['name']} <- {s['aliases']}")
        print(f"  {corpus}: {len(found)}" + "".join(f"\n    {f}" for f in found[:show]))


def timing(names: list[str], calls: int) -> None:
    out = (
        subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import probablepeople"],
            capture_output=True,
            text=True,
        )
        .stderr.strip()
        .splitlines()
    )
    print(f"\nimport probablepeople (cumulative µs): {out[-1].split('|')[1].strip()}")
    sample = (names * (calls // max(len(names), 1) + 1))[:calls]
    for title, decide in (
        ("probablepeople.tag", probablepeople_person),
        ("not_a_person (uncached)", not_a_person.__wrapped__),
    ):
        start = time.perf_counter()
        for n in sample:
            decide(n)
        print(f"  {title}: {(time.perf_counter() - start) / len(sample) * 1e6:.1f} µs a call")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--speakers", type=Path, required=True)
    ap.add_argument("--labels", type=Path, required=True)
    ap.add_argument("--show", type=int, default=12)
    ap.add_argument("--calls", type=int, default=2000)
    args = ap.parse_args()
    rows = read_labels(args.labels)
    sample = [r for r in rows if r.set == "sample" and r.label != "other"]
    print(f"labelled sample: {Counter(r.label for r in rows if r.set == 'sample')}")
    for title, decide in DECIDERS.items():
        score(sample, decide, args.show, title)
    both_wrong(sample, args.show)
    second_opinion(sample, args.show)
    wcl_check(rows, args.speakers, args.show)
    pronouns_to_bodies(rows, args.speakers)
    shown_names(rows, args.show)
    print("\ncanonical speakers mixing a body's name with another body's or a person's:")
    joined_bodies(args.speakers, sorted({r.corpus for r in rows}), args.show)
    timing([r.name for r in sample], args.calls)


if __name__ == "__main__":
    main()
