"""Check a candidate feature as a class on all of PolNeAR train before the ranker learns it.

Usage: python train/feature_classes.py [--cache FILE] [--trial IDEA...] [--crossed] [--dump N]
       [--frozen FEATURE]

For each idea (a predicate of a candidate, its quote and the article's text), printed over the
matched quotes of train whose candidates hold the gold Source: how many candidates have it, the
share of them that are gold against the share of those without it, and over the quotes where some
candidate has it, how often the gold one does. ``--trial`` adds ideas to every candidate as features
("try:NAME"; ``--crossed`` also crossed with the rules' answer) and prints ``train/no_speaker.py``'s
rows refitted with them; ``--dump N`` prints N of the shipped row's "ranker's choice" errors with the
features the gold candidate and the chosen one do not share; ``--frozen FEATURE`` learns one new
feature's weight beside the shipped weights, the others frozen (what grafting it reads).

What it read (h-feat29, 2026-12-06; the shipped row refitted, CV / dev, against 0.9287 / 0.9395; the
"every quote" row against 0.9288): the object of a naming verb the quote completes ("called {X} a
“…”", 79 candidates, never gold) 0.9287, every 0.9285 with the next; the subject of a naming verb
whose object the quote follows (136, gold 0.566) 0.9280, every 0.9283; a finite cue before the
candidate in its sentence (a reported clause's subject; gold 0.117 against 0.225) 0.9279 / 0.9382;
a cue in the candidate's own sentence 0.9281 / 0.9382; another name or pronoun between candidate and
quote (gold 0.132 against 0.332) 0.9285 / 0.9369; the cue between with no other person between it
and the candidate (gold 0.304 against 0.164) 0.9279 / 0.9369; inside parentheses (122, gold 0.098)
0.9287; the next quote's rules' mention (not the rules' own: 30 gold of 191) 0.9282; the previous
quote's speaker standing between the two quotes (not the rules': 20 of 144) not tried; another
quote between candidate and quote (gold 156 of 7,836 not the rules') 0.9272 / 0.9369; a base-form
verb of saying after the candidate in the quote's sentence ("{critics} argue", 88, gold 0.295)
0.9286 / 0.9382 with the next; a relative pronoun that is a cue's subject ("{who} has described",
58, gold 0.517) 0.9289 / 0.9369 with the next. Best: the subject of a cue in a relative clause in
the quote's sentence before it ("which {he} described as", 75, gold 0.547): 0.9290 / 0.9395, every
0.9295, +3 held-out quotes (within refit noise); not shipped: grafted beside the shipped weights it
learns 0.25 and reads one quote fewer, and the full refit it needs moves 26 ECB+ quotes (13 worse,
8 better; the refit without it moves the same), cold x1.002 (branch h-feat29). The features the ranker has
already say most of what these do: what is left of its wrong choices is near-ties PolNeAR marks
either way (48 of 184 within 1 of the chosen one's score).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.lexicon import CUE_FILLERS, FINITE_CUES  # noqa: E402
from train.polnear_examples import SHARED, Example, read_all_examples  # noqa: E402

_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s+(?=[“\"A-Z])|\n")
_WORD = re.compile(r"[A-Za-z’'-]+")
_NAMING_STEMS = ("call", "dub", "label", "brand", "nicknam", "term", "titl", "describ", "deem")

Idea = Callable[[str, Example, int], bool]


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - 400)
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, at):
        last = m.end()
    return last


def naming_object(text: str, e: Example, k: int) -> bool:
    """ "called {X} a “…”": the object of a naming verb the quote completes."""
    start, end = e.spans[k]
    if end > e.quote[0] or e.quote[0] - end > 12:
        return False
    words = _WORD.findall(text, max(0, start - 20), start)
    return bool(words) and words[-1].lower().startswith(_NAMING_STEMS)


def in_reported_clause(text: str, e: Example, k: int) -> bool:
    """A finite cue before the candidate in its sentence, the quote after it: "X said {Y} was “…”"."""
    start, end = e.spans[k]
    if end > e.quote[0]:
        return False
    lo = _sentence_start(text, start)
    return any(w.lower() in FINITE_CUES for w in _WORD.findall(text, lo, start))


def cue_in_own_sentence(text: str, e: Example, k: int) -> bool:
    """A finite cue in the candidate's sentence outside the quote (either side of the candidate)."""
    start, end = e.spans[k]
    lo = _sentence_start(text, start)
    m = _SENTENCE_END.search(text, end)
    hi = min(m.start() if m else len(text), end + 300)
    if lo <= e.quote[0] < hi:
        return False
    return any(w.lower() in FINITE_CUES for w in _WORD.findall(text, lo, hi))


def people_between(text: str, e: Example, k: int) -> bool:
    """Another name or pronoun candidate between the candidate and the quote."""
    start, end = e.spans[k]
    lo, hi = (end, e.quote[0]) if end <= e.quote[0] else (e.quote[1], start)
    return any(
        lo <= s[0] and s[1] <= hi and e.kinds[j].split("+")[0] in ("name", "pronoun")
        for j, s in enumerate(e.spans)
        if j != k
    )


_PEOPLE = ("name", "pronoun", "description", "group", "phrase")


def owns_cue_between(text: str, e: Example, k: int) -> bool:
    """A cue between the candidate and the quote with no other candidate between it and the
    candidate: the cue's subject ("{he} brought up the bombing and later said, “…”")."""
    start, end = e.spans[k]
    before = end <= e.quote[0]
    lo, hi = (end, e.quote[0]) if before else (e.quote[1], start)
    cues = [m for m in _WORD.finditer(text, lo, hi) if m.group().lower() in FINITE_CUES]
    if not cues:
        return False
    cue = cues[0] if before else cues[-1]
    a, b = (end, cue.start()) if before else (cue.end(), start)
    return not any(
        a <= s[0] and s[1] <= b and e.kinds[j].split("+")[0] in _PEOPLE
        for j, s in enumerate(e.spans)
        if j != k
    )


BASE_CUES = frozenset(
    "argue claim insist warn call describe tell write ask note explain declare urge promise state reply "
    "respond answer recall concede acknowledge admit announce stress emphasize complain predict vow pledge "
    "boast comment remark observe caution counter assert contend maintain exclaim shout yell continue mock "
    "reiterate dub label brand term suggest conclude agree wonder muse brag lament gripe opine testify "
    "retort snap snipe scoff report sing criticize blast slam praise denounce tout laud accuse attack chant "
    "text email demand question challenge scold add joke tweet post cite blame".split()
)
_BETWEEN_SUBJECT_AND_VERB = CUE_FILLERS | frozenset(
    "to will would could should may might must can did do does not often routinely like love".split()
)


def base_cue_after(text: str, e: Example, k: int) -> bool:
    """A verb of saying in its base form after the candidate, fillers stepped over: "{critics}
    argue that", "{they} call it", "{she} will tell". The cue index lists finite forms only."""
    _, end = e.spans[k]
    for m in _WORD.finditer(text, end, min(len(text), end + 40)):
        if "." in text[end : m.start()] or "“" in text[end : m.start()]:
            return False
        word = m.group().lower()
        if word in BASE_CUES:
            return True
        if word not in _BETWEEN_SUBJECT_AND_VERB:
            return False
    return False


def naming_subject(text: str, e: Example, k: int) -> bool:
    """The subject of a naming verb whose object the quote follows: "{Politicos} call this the “…”"."""
    _, end = e.spans[k]
    if end > e.quote[0] or e.quote[0] - end > 80:
        return False
    gap = text[end : e.quote[0]]
    if any(ch in gap for ch in '.;”"'):
        return False
    for m in _WORD.finditer(text, end, e.quote[0]):
        if m.group().lower().startswith(_NAMING_STEMS) and e.quote[0] - m.end() <= 30:
            return not any(
                end <= s[0] and s[1] <= m.start() and e.kinds[j].split("+")[0] in _PEOPLE
                for j, s in enumerate(e.spans)
                if j != k
            )
    return False


def in_parentheses(text: str, e: Example, k: int) -> bool:
    """Inside parentheses in its sentence ("(think Eleanor Roosevelt and {Hillary Clinton})")."""
    start, end = e.spans[k]
    lo = max(0, start - 120)
    opened = text.rfind("(", lo, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    closed = text.find(")", end, end + 120)
    return closed >= 0 and text.find("(", end, closed) < 0 and "\n" not in text[opened:closed]


_NEXT_RULES: dict[int, tuple[int, int] | None] = {}
"""The rules' mention of the next quote of each example's article (by ``id``): :func:`next_speaker`."""


def note_next_rules(parts: tuple[list[Example], ...]) -> None:
    """Fill :data:`_NEXT_RULES` from every example of ``parts`` (matched and unmatched quotes)."""
    by_article: dict[str, list[Example]] = {}
    for part in parts:
        for e in part:
            by_article.setdefault(e.article, []).append(e)
    for name, quotes in by_article.items():
        quotes.sort(key=lambda e: e.quote)
        _QUOTES[name] = [e.quote for e in quotes]
        for e, after in zip(quotes, [*quotes[1:], None], strict=True):
            _NEXT_RULES[id(e)] = None if after is None else after.rules
        for e, before in zip(quotes, [None, *quotes[:-1]], strict=True):
            _PREVIOUS[id(e)] = before


_PREVIOUS: dict[int, Example | None] = {}
"""The previous quote of each example's article (by ``id``), read by :func:`between_quotes`."""


def between_quotes(text: str, e: Example, k: int) -> bool:
    """The previous quote's rules' mention, standing between it and this quote in one paragraph
    ("“…,” said {X}. “[…]”"): the quote goes on with what they said."""
    before = _PREVIOUS.get(id(e))
    if before is None or before.rules != e.spans[k]:
        return False
    start, end = e.spans[k]
    return before.quote[1] <= start and end <= e.quote[0] and "\n" not in text[before.quote[1] : e.quote[0]]


_QUOTES: dict[str, list[tuple[int, int]]] = {}
"""Every quote found in each article (matched or not), read by :func:`quote_between`."""


def quote_between(text: str, e: Example, k: int) -> bool:
    """Another quote stands between the candidate and this quote ("{X} said “A.” “[B]”")."""
    start, end = e.spans[k]
    lo, hi = (end, e.quote[0]) if end <= e.quote[0] else (e.quote[1], start)
    return any(lo <= q[0] and q[1] <= hi for q in _QUOTES.get(e.article, ()))


def next_speaker(text: str, e: Example, k: int) -> bool:
    """The rules' mention of the next quote, in the same paragraph: "“…” {He} added, “…”"."""
    following = _NEXT_RULES.get(id(e))
    if following is None or following != e.spans[k]:
        return False
    return "\n" not in text[e.quote[1] : max(following[0], e.quote[1])]


RELATIVE_WORDS = frozenset("which whom who what that".split())


def _cue_follows(text: str, end: int) -> bool:
    for m in _WORD.finditer(text, end, min(len(text), end + 40)):
        if any(ch in text[end : m.start()] for ch in '.,;:“"'):
            return False
        word = m.group().lower()
        if word in FINITE_CUES:
            return True
        if word not in _BETWEEN_SUBJECT_AND_VERB:
            return False
    return False


def relative_cue_subject(text: str, e: Example, k: int) -> bool:
    """The subject of a cue in a relative clause before the quote: "which {he} described as “…”",
    "whom {he} called", "what {it} calls"."""
    start, end = e.spans[k]
    if end > e.quote[0] or _SENTENCE_END.search(text, end, e.quote[0]):
        return False
    words = _WORD.findall(text, max(0, start - 12), start)
    return bool(words) and words[-1].lower() in RELATIVE_WORDS and _cue_follows(text, end)


def base_cue_same(text: str, e: Example, k: int) -> bool:
    """:func:`base_cue_after` in the quote's sentence, before it: "{critics} argue that “…”"."""
    _, end = e.spans[k]
    if end > e.quote[0] or _SENTENCE_END.search(text, end, e.quote[0]):
        return False
    return base_cue_after(text, e, k)


def cue_subject_same(text: str, e: Example, k: int) -> bool:
    """A finite cue right after the candidate (fillers stepped over), in the quote's sentence
    before it, the candidate after a relative word or not: the clause's speaker."""
    _, end = e.spans[k]
    if end > e.quote[0] or _SENTENCE_END.search(text, end, e.quote[0]):
        return False
    return _cue_follows(text, end)


def relative_pronoun_cue(text: str, e: Example, k: int) -> bool:
    """A relative pronoun that is a cue's subject, before the quote in its sentence: "Beck, {who}
    has described Trump as “…”", "letters {that} called him an “…”"."""
    start, end = e.spans[k]
    if text[start:end].lower() not in RELATIVE_WORDS or end > e.quote[0]:
        return False
    if _SENTENCE_END.search(text, end, e.quote[0]):
        return False
    return _cue_follows(text, end)


def past_verb_after_quote(text: str, e: Example, k: int) -> bool:
    """Right after the quote's close (no word between), a candidate and then a past-tense verb the cue
    list lacks ("“…,” {LeVell} assured", "“…,” {I} confessed")."""
    start, end = e.spans[k]
    if start < e.quote[1] or _WORD.search(text, e.quote[1], start):
        return False
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m is not None and m.group().islower() and m.group().endswith("ed") and m.group() not in FINITE_CUES


IDEAS: dict[str, Idea] = {
    "past_verb_after_quote": past_verb_after_quote,
    "quote_between": quote_between,
    "relative_pronoun_cue": relative_pronoun_cue,
    "base_cue_same": base_cue_same,
    "cue_subject_same": cue_subject_same,
    "between_quotes": between_quotes,
    "relative_cue_subject": relative_cue_subject,
    "next_speaker": next_speaker,
    "in_parentheses": in_parentheses,
    "base_cue_after": base_cue_after,
    "naming_subject": naming_subject,
    "owns_cue_between": owns_cue_between,
    "none": lambda text, e, k: False,
    "naming_object": naming_object,
    "in_reported_clause": in_reported_clause,
    "cue_in_own_sentence": cue_in_own_sentence,
    "people_between": people_between,
}


CROSSED = False
"""Whether :func:`tried` also crosses each idea with the rules' answer (``--crossed``)."""


def tried(four: tuple[list[Example], ...], names: list[str]) -> None:
    """Add the ideas ``names`` to every example's candidates as features ("try:NAME") and print the
    shipped row of ``train/no_speaker.py`` (held-out folds refitted with them, dev)."""
    from train.no_speaker import compare_nobody

    note_next_rules(four)
    for part, folder in zip(
        four, ("polnear-train", "polnear-dev", "polnear-train", "polnear-dev"), strict=True
    ):
        texts = {a.name: a.text for a in load_corpus(SHARED / folder / "text")}
        for e in part:
            for k, feats in enumerate(e.features):
                for name in names:
                    if IDEAS[name](texts[e.article], e, k):
                        feats[f"try:{name}"] = 1.0
                        if CROSSED and feats.get("rules"):
                            feats[f"rules&try:{name}"] = 1.0
    cv, d, _, _ = compare_nobody(four, [3.0], [0.0], [], False, (), (), (), "kept", True, True)  # type: ignore[arg-type]
    print(f"with {names}: CV {cv:.4f} dev {d:.4f} gap {cv - d:+.4f}")


def frozen(four: tuple[list[Example], ...], feature: str) -> None:
    """Print the shipped row (CV / dev / gap, wrong held out, unmatched given a speaker) of the shipped
    weights as they are, and with ``feature``'s weight alone learned beside them (the others frozen:
    a softmax over each quote's candidates, its one weight chosen on a grid per fold on the other
    folds, on all of train for dev): what grafting the new feature's weight onto the shipped weights
    reads, where a full retrain moves other speakers."""
    import json
    import math
    from dataclasses import replace

    from corpus.quotes.rerank import ASK_BEYOND
    from train.attribution import FOLDS, WEIGHTS, Setting, accuracy, chosen, cross_validated, is_right
    from train.no_speaker import RELAY_GUARD, gate_settings
    from train.ranker_models import linear

    train, dev, loose_train, loose_dev = four
    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
    base = linear(shipped)
    grid = [x / 4 for x in range(-8, 25)]

    def loss(part: list[Example], w: float) -> float:
        out = 0.0
        for e in part:
            if not any(e.labels):
                continue
            scores = [s + w * f.get(feature, 0.0) for s, f in zip(base(e.features), e.features, strict=True)]
            top = max(scores)
            gold = [s for s, y in zip(scores, e.labels, strict=True) if y]
            out += top + math.log(sum(math.exp(s - top) for s in scores))
            out -= top + math.log(sum(math.exp(s - top) for s in gold))
        return out

    def fitted(part: list[Example]) -> float:
        return min(grid, key=lambda w: loss(part, w))

    weights = [fitted([e for e in train if e.fold != k]) for k in range(FOLDS)]
    everything = fitted(train)
    print(f"{feature}: weight per fold {weights}, on all of train {everything}")
    for label, scorers, whole in (
        ("shipped weights", [base] * FOLDS, base),
        (
            f"shipped + {feature}",
            [linear({**shipped, feature: w}) for w in weights],
            linear({**shipped, feature: everything}),
        ),
    ):
        setting = Setting(3.0, False, float("-inf"), ASK_BEYOND, 0.0, "cued")
        setting = replace(
            setting, relay_guard=RELAY_GUARD, colon_guard="kept", head_guard=True, relayer_guard=True
        )
        held, on_dev, gate_label, _ = gate_settings(train, dev, scorers, whole, 3.0, ())[0]
        cv_setting = replace(setting, gate=held, gate_label=gate_label)
        dev_setting = replace(setting, gate=on_dev, gate_label=gate_label)
        cv, d = cross_validated(train, scorers, cv_setting), accuracy(dev, whole, dev_setting)
        wrong = sum(not is_right(e, chosen(e, scorers[e.fold], cv_setting), cv_setting) for e in train)
        said = sum(not is_right(e, chosen(e, scorers[e.fold], cv_setting), cv_setting) for e in loose_train)
        said_dev = sum(not is_right(e, chosen(e, whole, dev_setting), dev_setting) for e in loose_dev)
        print(
            f"{label:40} CV {cv:.4f} dev {d:.4f} gap {cv - d:+.4f}; wrong held out {wrong}; "
            f"unmatched {said} / {said_dev}"
        )


def dumped(four: tuple[list[Example], ...], n: int) -> None:
    """Print ``n`` of the ranker's-choice errors of the shipped row on held-out folds: the quote in
    context, and the features the gold candidate and the chosen one (or the rules') do not share."""
    import random

    from train.attribution import asked, in_context, wrong_quotes
    from train.error_classes import CLASSES, classify
    from train.no_speaker import compare_nobody

    train = four[0]
    _, _, setting, scorers = compare_nobody(four, [3.0], [0.0], [], False, (), (), (), "kept", True, True)  # type: ignore[arg-type]
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    wrong = [
        (e, p)
        for e, p in wrong_quotes(train, scorers, setting)
        if classify(e, p, texts[e.article], asked(e, setting, scorers[e.fold]))[0] == CLASSES[9]
    ]
    print(f"ranker's choice: {len(wrong)}")
    for e, pick in random.Random(29).sample(wrong, min(n, len(wrong))):
        gold = e.labels.index(True)
        got = (
            pick
            if pick is not None and pick >= 0
            else next((k for k, f in enumerate(e.features) if f.get("rules_exact")), None)
        )
        scores = scorers[e.fold](e.features)
        span = None if got is None else e.spans[got]
        print(f"--- {e.article} rules {e.kind}, chose {pick}")
        print(in_context(texts[e.article], e.quote, e.source, span))
        g = set(e.features[gold])
        c = set(e.features[got]) if got is not None else set()
        print(f"  gold {e.kinds[gold]} {scores[gold]:+.2f} only: {sorted(g - c)}")
        if got is not None:
            print(f"  chosen {e.kinds[got]} {scores[got]:+.2f} only: {sorted(c - g)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--frozen", help="learn this feature's weight beside the shipped weights, frozen")
    parser.add_argument("--dump", type=int, default=0, help="print this many ranker's-choice errors")
    parser.add_argument("--crossed", action="store_true", help="also cross the ideas with the rules' answer")
    parser.add_argument("--trial", nargs="+", default=[], help="add these ideas as features and refit")
    args = parser.parse_args()
    four = read_all_examples(args.cache)
    if args.frozen:
        frozen(four, args.frozen)
        return 0
    if args.dump:
        dumped(four, args.dump)
        return 0
    global CROSSED
    CROSSED = args.crossed
    if args.trial:
        tried(four, args.trial)
        return 0
    train = four[0]
    note_next_rules(four)
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    held = [e for e in train if any(e.labels)]
    print(f"train quotes whose candidates hold the gold Source: {len(held)} of {len(train)}")
    for name, idea in IDEAS.items():
        yes = [0, 0]
        no = [0, 0]
        quotes = [0, 0]
        for e in held:
            text = texts[e.article]
            flags = [idea(text, e, k) for k in range(len(e.spans))]
            for flag, gold in zip(flags, e.labels, strict=True):
                (yes if flag else no)[gold] += 1
            if any(flags):
                quotes[0] += 1
                quotes[1] += any(f and g for f, g in zip(flags, e.labels, strict=True))
        share = yes[1] / max(1, sum(yes))
        rest = no[1] / max(1, sum(no))
        print(
            f"{name:22} {sum(yes):6} candidates, gold {share:.3f} (others {rest:.3f}); "
            f"{quotes[0]} quotes, gold has it in {quotes[1]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
