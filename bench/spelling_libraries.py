"""rapidfuzz against the hand-written spelling comparisons of :mod:`corpus.quotes.spelling`: the same
answers? faster, its import included? (issue 15, "Names a reader sees": take a library where it
measures better than the hand-written code, import cost included).

For each corpus the articles are read once (the readings kept in ``--scratch``), then the speakers
step (``find_quotes`` after the reading, in one process) is run with recorders around
``close_spelling`` and ``FuzzyKeys``: every pair of folded name words it compares and every query it
asks of a set of keys, in order. Then, on those inputs:

1. pairs: ``close_spelling`` against rapidfuzz's metrics with ``score_cutoff``. The rule is one edit
   where a swap of two neighbours is one (rapidfuzz ``OSA``), two Levenshtein edits when both words
   are long (``Levenshtein``), the same first letter, nothing under 4 letters: ``rule`` is that built
   on rapidfuzz (must never disagree); ``levenshtein`` / ``osa`` / ``damerau`` are one metric for
   all (limit 1, or 2 for long words), each disagreement printed (what adopting it would change);
2. the time per call of each over the pairs as the step asked them;
3. the many-keys query: ``FuzzyKeys`` (deletion index, letter masks, memo) against ``RapidKeys``, a
   set of keys that asks ``rapidfuzz.process.extract`` (keys by first letter, answers kept as
   FuzzyKeys keeps them), replaying each recorded stream of adds and queries; and
   ``process.cdist`` of all queries against the final keys at once (a batch the step cannot make:
   it asks after each person it adds);
4. the whole step with the hand code, with ``rule`` for the pairs, with RapidKeys too, and with every
   answer looked up (``spelling free``: the most any spelling code could save), the ways in turn,
   best of ``--runs``, checked to give the same quotes and speakers; rapidfuzz's import as the step
   would pay it (the engine's step modules imported first; fresh processes, median);
5. ``--instructions``: the replays, the step and the import counted by callgrind (the machine's load
   moves none of them; wall times here move by a tenth under other agents' runs).

Measured (session 27, h-fuzz35; rapidfuzz 3.14.6): ``rule`` disagrees with close_spelling on none of
the 8,679 distinct pairs the step compares (summed over PolNeAR train and dev, NewsWCL50 whole and
story by story, the 4 MB bench corpus), RapidKeys with FuzzyKeys on none of 19,320 replayed queries.
Per call 879-1,441 -> 267-269 ns (bench), 451 -> 232 ns (train). Instructions: replayed key queries
200 -> 94 M bench, 338 -> 200 M train, 25 -> 14 M dev; the whole step (rapidfuzz imported in both)
1,461 -> 1,368 M bench, 2,902 -> 2,798 M train, 704 -> 695 M dev; the import 28.7 M (5-7 ms quiet,
13-16 ms in a bare interpreter) after the engine's step modules. A copy of the tree whose
``spelling.FuzzyKeys`` is RapidKeys (rapidfuzz's functions loaded once, at the first query) counted
cold in one process (``bench/cold_instructions.py --against`` the base; the same bytes printed):
bench x0.9930, PolNeAR train x0.9957, PolNeAR dev x1.0051, seeds x1.0293 (loading the functions at
each query, as a plain lazy ``from rapidfuzz... import`` in the method does, ate the gain: train
x1.0001). Imported only once a set holds more than 128 keys: seeds x1.0004, dev x1.0089 (bench's
speaker index holds 134 surnames, asked 7,070 times: such a gate loses most of its gain).

Not adopted: the gain is about ten thousand instructions per question asked of a set of keys, the
import a fixed 28.7 M (5-7 ms, in the serial tail unless imported ahead), so a corpus of hundreds of
articles gains half a percent of its cold instructions and one story's tens of articles, what a
reader most often opens, lose 0.5-3 %; quality is the same by construction. One metric for all would
change answers: Levenshtein loses the swaps of short names that are one person's ("Keidis" /
"Kiedis" and "Bryne" / "Byrne", each in one article beside the right spelling, "Kristen" / "Kirsten"
Gillibrand; "Kahn" / "Khan" and "Weiser" / "Wieser" are two people each, whom the first-name rule
keeps apart anyway); OSA / Damerau within two edits for long words add swap-and-replace pairs, met
only on the synthetic bench corpus (36, none on the real ones).

Each run of the step reads fresh copies of the readings: the step sets the quotes' speakers and
groups, and a second run on the same objects compares other pairs and lists other speakers (on
PolNeAR train).

    pip install rapidfuzz        # (in /work/venv already; not a dependency of the project)
    PYTHONPATH=$PWD python bench/spelling_libraries.py [--corpus NAME=PATH ...] [--runs 5]
                                                       [--instructions]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import process  # noqa: E402
from rapidfuzz.distance import OSA, DamerauLevenshtein, Levenshtein  # noqa: E402

from corpus.quotes import sighted_names, speakers, spelling  # noqa: E402
from corpus.quotes.spelling import SHORTEST_CLOSE, TWO_EDITS_FROM, FuzzyKeys, close_spelling  # noqa: E402

SHARED = (ROOT / ".." / "shared").resolve()
DEFAULT_CORPORA = {
    "polnear-train": SHARED / "polnear-train" / "text",
    "polnear-dev": SHARED / "polnear-dev" / "text",
    "newswcl50": SHARED / "newswcl50-dev",  # the whole folder, as the golden JSON reads it
    "bench": Path("/tmp/benchc/corpus"),
}
NEWSWCL50_STORIES = SHARED / "newswcl50-dev"  # and each story alone, as bench/speakers_eval.py scores it


def _limit(a: str, b: str) -> int:
    return 2 if len(a) >= TWO_EDITS_FROM and len(b) >= TWO_EDITS_FROM else 1


def _cheap(a: str, b: str) -> bool | None:
    """close_spelling's answers that need no distance: the same word, a short one, another first letter."""
    if a == b:
        return True
    if len(a) < SHORTEST_CLOSE or len(b) < SHORTEST_CLOSE or a[0] != b[0]:
        return False
    return None


def rule_close(a: str, b: str) -> bool:
    """close_spelling's rule on rapidfuzz: OSA within one edit, Levenshtein within two for long words."""
    cheap = _cheap(a, b)
    if cheap is not None:
        return cheap
    if len(a) >= TWO_EDITS_FROM and len(b) >= TWO_EDITS_FROM:
        return Levenshtein.distance(a, b, score_cutoff=2) <= 2
    return OSA.distance(a, b, score_cutoff=1) <= 1


def _one_metric(distance: Callable[..., int]) -> Callable[[str, str], bool]:
    def close(a: str, b: str) -> bool:
        cheap = _cheap(a, b)
        if cheap is not None:
            return cheap
        limit = _limit(a, b)
        return distance(a, b, score_cutoff=limit) <= limit

    return close


METRICS: dict[str, Callable[[str, str], bool]] = {
    "rule": rule_close,
    "levenshtein": _one_metric(Levenshtein.distance),
    "osa": _one_metric(OSA.distance),
    "damerau": _one_metric(DamerauLevenshtein.distance),
}


class RapidKeys:
    """FuzzyKeys' ``add`` / ``close_to`` / ``any_close`` on rapidfuzz: the keys by first letter (close
    keys share it), a query one ``process.extract`` over its letter's keys with OSA and the query's
    widest limit, then the rule; an answer kept while no key of the query's letter comes, then only
    the keys added since compared (as FuzzyKeys does). The cold counts of the docstring are of a copy
    of the tree whose ``spelling.FuzzyKeys`` is this class, rapidfuzz imported at its first query."""

    def __init__(self, memo: object = None) -> None:
        self._keys: set[str] = set()
        self._by_first: dict[str, list[str]] = {}
        self._answers: dict[str, tuple[list[str], int]] = {}

    def add(self, key: str) -> None:
        if key in self._keys:
            return
        self._keys.add(key)
        self._by_first.setdefault(key[:1], []).append(key)

    def close_to(self, query: str) -> list[str]:
        keys = self._by_first.get(query[:1])
        if not keys:
            return []
        known = self._answers.get(query)
        if known is not None and known[1] == len(keys):
            return known[0]
        cutoff = 2 if len(query) >= TWO_EDITS_FROM else 1
        new = keys if known is None else keys[known[1] :]
        found = process.extract(query, new, scorer=OSA.distance, score_cutoff=cutoff, limit=None)
        more = [k for k, _, _ in found if rule_close(k, query)]
        answer = sorted(more) if known is None else sorted([*known[0], *more])
        self._answers[query] = (answer, len(keys))
        return answer

    def any_close(self, query: str) -> bool:
        return bool(self.close_to(query))


@dataclass
class Recorded:
    """What one corpus's speakers step compared: the pairs (in order, with repeats: the memo's misses)
    and each set of keys' stream of ("add", key) / ("close_to" | "any_close", query)."""

    pairs: list[tuple[str, str]] = field(default_factory=list)
    streams: list[list[tuple[str, str]]] = field(default_factory=list)
    answers: list[list[object]] = field(default_factory=list)
    """Each set of keys' answers, in the order asked."""


def _oracle(recorded: Recorded) -> tuple[Callable[[str, str], bool], type]:
    """close_spelling and FuzzyKeys answering from what was recorded, at the cost of a look-up: the
    step as it would run if its spelling cost nothing (the most any other spelling code could save)."""
    close = {(a, b): close_spelling(a, b) for a, b in recorded.pairs}
    made = iter(recorded.answers)

    def close_known(a: str, b: str) -> bool:
        return close[a, b]

    class KnownKeys:
        def __init__(self, memo: object = None) -> None:
            self._next = iter(next(made)).__next__

        def add(self, key: str) -> None:
            pass

        def close_to(self, query: str) -> object:
            return self._next()

        any_close = close_to

    return close_known, KnownKeys


def _recording_keys(recorded: Recorded) -> type[FuzzyKeys]:
    class RecordingKeys(FuzzyKeys):
        def __init__(self, memo: spelling.SpellingMemo | None = None) -> None:
            super().__init__(memo)
            self.stream: list[tuple[str, str]] = []
            self.answers: list[object] = []
            recorded.streams.append(self.stream)
            recorded.answers.append(self.answers)

        def add(self, key: str) -> None:
            self.stream.append(("add", key))
            super().add(key)

        def close_to(self, query: str) -> list[str]:
            self.stream.append(("close_to", query))
            self.answers.append(super().close_to(query))
            return self.answers[-1]

        def any_close(self, query: str) -> bool:
            self.stream.append(("any_close", query))
            self.answers.append(super().any_close(query))
            return self.answers[-1]

    return RecordingKeys


class _Patched:
    """The step's spelling functions replaced for a while (each module's own name for them)."""

    def __init__(self, close: Callable[[str, str], bool] | None, keys: type | None) -> None:
        self._close, self._keys = close, keys
        self._saved = (
            spelling.close_spelling,
            speakers.close_spelling,
            speakers.FuzzyKeys,
            sighted_names.FuzzyKeys,
        )

    def __enter__(self) -> None:
        if self._close is not None:
            spelling.close_spelling = speakers.close_spelling = self._close  # type: ignore[assignment]
        if self._keys is not None:
            speakers.FuzzyKeys = sighted_names.FuzzyKeys = self._keys  # type: ignore[misc]

    def __exit__(self, *_exc: object) -> None:
        spelling.close_spelling, speakers.close_spelling, speakers.FuzzyKeys, sighted_names.FuzzyKeys = (
            self._saved  # type: ignore[misc]
        )


def _readings(name: str, path: Path, scratch: Path) -> bytes:
    """The corpus's articles and their readings, pickled, kept in ``scratch`` (read once, here, no
    helper). Each run of the step unpickles its own: the step sets the quotes' speakers, and a second
    run on the same objects compares other pairs (PolNeAR train)."""
    from corpus.ingest.load import load_corpus
    from corpus.quotes import quote_helper
    from corpus.quotes.article_quotes import quotes_by_article
    from corpus.quotes.names import shipped_tables

    kept = scratch / f"{name}.pickle"
    if kept.exists():
        return kept.read_bytes()
    quote_helper.PARALLEL_FROM = sys.maxsize
    articles = load_corpus(path)
    found = quotes_by_article(articles, shipped_tables(), None, None)
    kept.write_bytes(pickle.dumps((articles, found)))
    return kept.read_bytes()


def _step(readings: bytes) -> tuple[tuple[list, list], float]:
    """The speakers step on fresh copies of the readings: its quotes and speakers, and its seconds."""
    from corpus.quotes import find

    articles, found = pickle.loads(readings)
    gc.collect()  # (the step runs with the collector paused: the last run's objects go now)
    find.quotes_by_article = lambda *_args, **_kw: found  # type: ignore[assignment]
    started = time.perf_counter()
    made = find.find_quotes(articles)
    return made, time.perf_counter() - started


def _digest(made: tuple[list, list]) -> str:
    return hashlib.md5(repr(made).encode()).hexdigest()


def _best(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def record(readings: bytes) -> Recorded:
    recorded = Recorded()

    def close(a: str, b: str) -> bool:
        recorded.pairs.append((a, b))
        return close_spelling(a, b)

    with _Patched(close, _recording_keys(recorded)):
        _step(readings)
    return recorded


def compare_pairs(name: str, pairs: list[tuple[str, str]], show: int) -> dict[str, int]:
    """Each metric's disagreements with close_spelling over the distinct pairs (printed, ``show`` each)."""
    distinct = sorted({(a, b) if a <= b else (b, a) for a, b in pairs})
    hand = {pair: close_spelling(*pair) for pair in distinct}
    close = sum(hand.values())
    print(f"  {name}: {len(pairs):,} comparisons, {len(distinct):,} distinct pairs, {close:,} close")
    out = {}
    for metric, close in METRICS.items():
        differ = [(a, b, hand[a, b]) for a, b in distinct if close(a, b) != hand[a, b]]
        out[metric] = len(differ)
        gained = sum(1 for *_, was in differ if not was)
        lost = len(differ) - gained
        print(f"    {metric:12s} disagrees on {len(differ):4d} ({gained} more close, {lost} fewer)")
        for a, b, was in differ[:show]:
            print(f"      {'close by hand only' if was else f'close by {metric} only':24s} {a} / {b}")
    return out


def time_pairs(pairs: list[tuple[str, str]], runs: int) -> dict[str, float]:
    """Nanoseconds per call over the pairs as the step asked them, each way (best of ``runs``)."""
    firsts, seconds = [a for a, _ in pairs], [b for _, b in pairs]
    out = {}
    ways: dict[str, Callable[[str, str], object]] = {
        "close_spelling": close_spelling,
        "rule (rapidfuzz)": rule_close,
        "OSA.distance bare": OSA.distance,
        "Levenshtein.distance bare": Levenshtein.distance,
    }
    for way, call in ways.items():
        seconds_taken = _best(runs, lambda call=call: list(map(call, firsts, seconds)))
        out[way] = seconds_taken / max(1, len(pairs)) * 1e9
    return out


def _replay(streams: Iterable[list[tuple[str, str]]], make: Callable[[], object]) -> list[object]:
    answers: list[object] = []
    for stream in streams:
        keys = make()
        for op, word in stream:
            if op == "add":
                keys.add(word)  # type: ignore[attr-defined]
            else:
                answers.append(getattr(keys, op)(word))
    return answers


def compare_keys(name: str, streams: list[list[tuple[str, str]]], runs: int) -> dict[str, float]:
    """The recorded streams replayed on FuzzyKeys and on RapidKeys: same answers? time of each."""
    queries = sum(1 for s in streams for op, _ in s if op != "add")
    hand = _replay(streams, FuzzyKeys)
    rapid = _replay(streams, RapidKeys)
    differ = sum(1 for h, r in zip(hand, rapid, strict=True) if h != r)
    out = {
        "FuzzyKeys": _best(runs, lambda: _replay(streams, FuzzyKeys)),
        "RapidKeys": _best(runs, lambda: _replay(streams, RapidKeys)),
    }
    # all distinct queries against the final keys at once: hand (every key added, then each query)
    # and process.cdist (one call, every pair's distance), the rule applied to its near pairs
    keys = sorted({w for s in streams for op, w in s if op == "add"})
    asked = sorted({w for s in streams for op, w in s if op != "add"})
    if keys and asked:

        def hand_batch() -> list[list[str]]:
            index = FuzzyKeys()
            for key in keys:
                index.add(key)
            return [index.close_to(q) for q in asked]

        def cdist_batch() -> list[list[str]]:
            near = process.cdist(asked, keys, scorer=OSA.distance, score_cutoff=2, workers=1)
            rows, cols = (near <= 2).nonzero()
            found: list[list[str]] = [[] for _ in asked]
            for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
                if rule_close(keys[col], asked[row]):
                    found[row].append(keys[col])
            return found

        batch_differ = sum(1 for h, c in zip(hand_batch(), cdist_batch(), strict=True) if h != c)
        out["FuzzyKeys batch"] = _best(runs, hand_batch)
        out["cdist batch"] = _best(runs, cdist_batch)
        print(
            f"  {name}: batch {len(asked):,} queries x {len(keys):,} keys, cdist disagrees on {batch_differ}"
        )
    print(f"  {name}: {len(streams)} key sets, {queries:,} queries replayed, RapidKeys disagrees on {differ}")
    return out


def time_step(readings: bytes, runs: int, recorded: Recorded) -> dict[str, tuple[float, str]]:
    """The whole speakers step, hand code / rapidfuzz's pairs / rapidfuzz's pairs and keys / answers
    looked up (spelling at no cost): the ways taken in turn, ``runs`` rounds (the machine's load
    drifts), the best of each."""
    ways = {
        "hand": lambda: _Patched(None, None),
        "rapidfuzz pairs": lambda: _Patched(rule_close, None),
        "rapidfuzz pairs+keys": lambda: _Patched(rule_close, RapidKeys),
        "spelling free": lambda: _Patched(*_oracle(recorded)),
    }
    digests, best = {}, dict.fromkeys(ways, float("inf"))
    for way, patched in ways.items():
        with patched():
            digests[way] = _digest(_step(readings)[0])
    for _ in range(runs):
        for way, patched in ways.items():
            with patched():
                best[way] = min(best[way], _step(readings)[1])
    return {way: (best[way], digests[way]) for way in ways}


_IMPORT_PROBE = """
import sys, time
sys.path.insert(0, {root!r})
from corpus.quotes import find
find.import_step_modules()
import corpus.quotes.names, corpus.quotes.article_quotes
started = time.perf_counter()
import rapidfuzz.distance.OSA, rapidfuzz.distance.Levenshtein, rapidfuzz.process
print(time.perf_counter() - started)
"""


def import_cost(runs: int) -> tuple[float, float]:
    """rapidfuzz's import in ms (median of fresh processes, bytecode kept): after the engine's step
    modules (what the step would pay), and alone (``python -c 'import rapidfuzz'``)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    after, alone = [], []
    for _ in range(runs):
        probe = [sys.executable, "-c", _IMPORT_PROBE.format(root=str(ROOT))]
        after.append(float(subprocess.run(probe, env=env, capture_output=True, text=True, check=True).stdout))
        bare = [
            sys.executable,
            "-c",
            "import time; t = time.perf_counter(); import rapidfuzz; print(time.perf_counter() - t)",
        ]
        alone.append(float(subprocess.run(bare, env=env, capture_output=True, text=True, check=True).stdout))
    return statistics.median(after) * 1000, statistics.median(alone) * 1000


_COUNTED = """
import gc, pickle, sys
sys.path.insert(0, {bench!r})
gc.disable()
import spelling_libraries as sl  # (the engine and rapidfuzz: imported in every count alike)
way = {way!r}
if way.startswith("replay "):
    streams = pickle.loads(open({streams!r}, "rb").read())
    if way != "replay none":
        sl._replay(streams, {{"replay FuzzyKeys": sl.FuzzyKeys, "replay RapidKeys": sl.RapidKeys}}[way])
else:
    readings = open({readings!r}, "rb").read()
    with sl._Patched(*((None, None) if way == "step hand" else (sl.rule_close, sl.RapidKeys))):
        sl._step(readings)
"""

_IMPORT_COUNTED = """
import sys
sys.path.insert(0, {root!r})
from corpus.quotes import find
find.import_step_modules()
import corpus.quotes.names, corpus.quotes.article_quotes
if {rapidfuzz!r}:
    import rapidfuzz.distance.OSA, rapidfuzz.distance.Levenshtein, rapidfuzz.process
"""


def _callgrind(code: str) -> int:
    """Instructions callgrind counts for ``python -c code`` (PYTHONHASHSEED fixed, bytecode kept)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    return int([line for line in done.stderr.splitlines() if "Collected" in line][-1].split()[-1])


def instructions(name: str, streams: list[list[tuple[str, str]]], scratch: Path) -> dict[str, int]:
    """Instructions of the recorded key queries replayed (less a count that only loads them) and of
    the step whole, hand code against rapidfuzz's (pairs and keys): the machine's load moves none."""
    kept = scratch / f"{name.replace('/', '_')}.streams"
    kept.write_bytes(pickle.dumps(streams))
    readings = scratch / f"{name.replace('/', '_')}.pickle"
    ways = ["replay none", "replay FuzzyKeys", "replay RapidKeys", "step hand", "step rapidfuzz"]
    bench = str(Path(__file__).resolve().parent)
    counts = {
        way: _callgrind(_COUNTED.format(bench=bench, way=way, streams=str(kept), readings=str(readings)))
        for way in ways
    }
    return {
        "replay FuzzyKeys": counts["replay FuzzyKeys"] - counts["replay none"],
        "replay RapidKeys": counts["replay RapidKeys"] - counts["replay none"],
        "step hand": counts["step hand"],
        "step rapidfuzz": counts["step rapidfuzz"],
    }


def import_instructions() -> int:
    """rapidfuzz's import in instructions, after the engine's step modules."""
    root = str(ROOT)
    with_it = _callgrind(_IMPORT_COUNTED.format(root=root, rapidfuzz=True))
    return with_it - _callgrind(_IMPORT_COUNTED.format(root=root, rapidfuzz=False))


def _corpora(given: list[str]) -> dict[str, Path]:
    if not given:
        corpora = dict(DEFAULT_CORPORA)
        for story in sorted(p for p in NEWSWCL50_STORIES.iterdir() if p.is_dir()):
            corpora[f"newswcl50/{story.name}"] = story
        return corpora
    return {name: Path(path) for name, path in (item.split("=", 1) for item in given)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", default=[], help="NAME=PATH (default: the four)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs; the best is kept")
    parser.add_argument("--show", type=int, default=40, help="disagreements printed per metric and corpus")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/spelling_libraries"))
    parser.add_argument("--instructions", action="store_true", help="also count instructions (callgrind)")
    args = parser.parse_args()
    args.scratch.mkdir(parents=True, exist_ok=True)
    gc.disable()  # as find_quotes runs the step
    totals: Counter[str] = Counter()
    for name, path in _corpora(args.corpus).items():
        if not path.exists():
            print(f"{name}: {path} missing, skipped")
            continue
        readings = _readings(name.replace("/", "_"), path, args.scratch)
        recorded = record(readings)
        print(f"\n{name} ({len(pickle.loads(readings)[0])} articles)")
        totals.update(compare_pairs(name, recorded.pairs, args.show))
        if len(recorded.pairs) >= 100:  # (fewer: the call's setting up is what is timed)
            timed = time_pairs(recorded.pairs, args.runs)
            print("  per call: " + ", ".join(f"{way} {ns:.0f} ns" for way, ns in timed.items()))
        keyed = compare_keys(name, recorded.streams, args.runs)
        print("  keys: " + ", ".join(f"{way} {s * 1000:.2f} ms" for way, s in keyed.items()))
        stepped = time_step(readings, args.runs, recorded)
        base = stepped["hand"]
        print(
            "  step: "
            + ", ".join(
                f"{way} {s * 1000:.1f} ms (x{s / base[0]:.3f}){'' if d == base[1] else ' OTHER OUTPUT'}"
                for way, (s, d) in stepped.items()
            )
        )
        if args.instructions:
            counted = instructions(name, recorded.streams, args.scratch)
            print("  instructions: " + ", ".join(f"{way} {n / 1e6:.1f} M" for way, n in counted.items()))
    print(
        "\ndisagreements with close_spelling, all corpora: "
        + ", ".join(f"{m} {n}" for m, n in totals.items())
    )
    after, alone = import_cost(max(5, args.runs))
    print(f"rapidfuzz import: {after:.1f} ms after the engine's step modules, {alone:.1f} ms alone (median)")
    if args.instructions:
        counted = import_instructions() / 1e6
        print(f"rapidfuzz import: {counted:.1f} M instructions after the engine's step modules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
