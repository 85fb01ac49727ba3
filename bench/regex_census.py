"""Which compiled patterns ``storydiff quotes`` spends its regex time in, pattern by pattern.

Python's regex engine costs very different amounts a character depending on how a pattern opens:
one that opens with a literal is found by a string search (some 5 instructions a character), one
that opens with a character class is tried at every position where the class matches, and one that
opens with a look-behind, ``\\b`` or a group is tried at every position (~57 instructions a character,
integ32). A sampling profile counts a scan for the Python line that made it, with all the other
patterns of that line's function; this counts each pattern apart.

Every pattern compiled while the command runs is wrapped (``re._compile``, which ``re.compile`` and
the module-level ``re.search`` etc. go through, patched before the engine is imported) in a proxy
that times each of its calls (each step of a ``finditer``) and adds up the characters each call was
given to scan (``endpos - pos``). The work is the command's in this one process, as
``bench/quotes_profile.py`` runs it: the corpus loaded into an empty cache, every article's quotes
read here (no helper), the speakers step, the JSON. The proxy's own cost (~0.1-0.2 µs a call) is
counted in each pattern's time: read the calls column beside it. Prints the patterns sorted by
time, where each was compiled, its calls, the characters it scanned and ns per character.

    python bench/regex_census.py [--corpus PATH | --mb 4] [--top 40]
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

_SCANNING = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")
"""The methods timed per call (``finditer`` is timed per step of its iterator)."""


def opener(compiled: re.Pattern[Any]) -> str:
    """How the engine searches for ``compiled``: "literal" (a string search for its literal prefix,
    ~5 instructions a character), "class" (each character tested against its first character's class,
    ~54), "any" (a match tried at every position: one opening with \\b, a look-around or an optional
    part, ~150 and more)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(compiled.pattern, compiled.flags)
    if _compiler._get_literal_prefix(parsed, compiled.flags)[0]:
        return "literal"
    return "class" if _compiler._get_charset_prefix(parsed, compiled.flags) else "any"


class PatternCost:
    """What one compiled pattern cost: ns, calls and characters given, per method."""

    def __init__(self, where: str, pattern: str, opens: str) -> None:
        self.where = where
        self.pattern = pattern
        self.opens = opens
        self.ns: dict[str, int] = defaultdict(int)
        self.calls: dict[str, int] = defaultdict(int)
        self.chars: dict[str, int] = defaultdict(int)

    @property
    def total_ns(self) -> int:
        return sum(self.ns.values())


def _span_given(args: tuple[Any, ...], kwargs: dict[str, Any], method: str) -> int:
    """How many characters a call was given to scan (``pos``..``endpos`` of its string)."""
    text = args[1] if method in ("sub", "subn") else args[0]
    if not isinstance(text, (str, bytes)):
        return 0
    if method in ("sub", "subn", "split"):
        return len(text)
    pos = args[1] if len(args) > 1 else kwargs.get("pos", 0)
    end = args[2] if len(args) > 2 else kwargs.get("endpos", len(text))
    return max(0, min(end, len(text)) - pos)


class TimedPattern:
    """A compiled pattern whose scanning calls are timed into a :class:`PatternCost`."""

    def __init__(self, compiled: re.Pattern[Any], cost: PatternCost) -> None:
        self._compiled = compiled
        self._cost = cost
        for method in _SCANNING:
            setattr(self, method, self._timed(method))

    def _timed(self, method: str) -> Callable[..., Any]:
        call = getattr(self._compiled, method)
        cost, clock = self._cost, time.perf_counter_ns

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = clock()
            result = call(*args, **kwargs)
            cost.ns[method] += clock() - started
            cost.calls[method] += 1
            cost.chars[method] += _span_given(args, kwargs, method)
            return result

        return timed

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[Any]]:
        cost, clock = self._cost, time.perf_counter_ns
        cost.calls["finditer"] += 1
        cost.chars["finditer"] += _span_given(args, kwargs, "finditer")
        started = clock()
        found = self._compiled.finditer(*args, **kwargs)
        cost.ns["finditer"] += clock() - started
        while True:
            started = clock()
            match = next(found, None)
            cost.ns["finditer"] += clock() - started
            if match is None:
                return
            yield match

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)


def _caller() -> str:
    """Where the pattern being compiled is written: the first frame outside ``re`` and the lazy
    compiler."""
    frame = sys._getframe(2)
    while frame is not None:
        path = frame.f_code.co_filename
        if not (path.endswith(("re/__init__.py", "lazy_regex.py", "regex_census.py")) or "/re/" in path):
            where = os.path.relpath(path, ROOT) if path.startswith(str(ROOT)) else os.path.basename(path)
            return f"{where}:{frame.f_lineno}"
        frame = frame.f_back
    return "?"


def install() -> dict[int, PatternCost]:
    """Patch ``re._compile`` so that every pattern compiled from now on is timed; the costs by id."""
    costs: dict[int, PatternCost] = {}
    proxies: dict[tuple[Any, int], TimedPattern] = {}
    original = re._compile  # type: ignore[attr-defined]

    def compile_timed(pattern: Any, flags: Any) -> Any:
        if isinstance(pattern, TimedPattern):
            return pattern
        compiled = original(pattern, flags)
        key = (compiled.pattern, compiled.flags)
        proxy = proxies.get(key)
        if proxy is None:
            cost = PatternCost(_caller(), str(compiled.pattern), opener(compiled))
            proxy = proxies[key] = TimedPattern(compiled, cost)
            costs[id(proxy)] = cost
        return proxy

    re._compile = compile_timed  # type: ignore[attr-defined]
    return costs


def census(corpus: Path) -> list[PatternCost]:
    """The command's work over ``corpus`` in this process, every pattern's cost."""
    costs = install()
    from corpus.quotes import quote_helper
    from corpus.story import Story
    from storydiff.cli_quotes import quotes_json

    quote_helper.PARALLEL_FROM = sys.maxsize  # no helper process: every article read here
    with tempfile.TemporaryDirectory() as cache:
        os.environ["STORYDIFF_CACHE_DIR"] = cache
        gc.disable()
        started = time.perf_counter()
        quotes_json(Story.load(corpus, quotes_ahead=True).quotes_alone())
        print(f"command's work: {time.perf_counter() - started:.2f} s (timed patterns)")
        gc.enable()
    return sorted(costs.values(), key=lambda c: -c.total_ns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: the synthetic corpus)")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--top", type=int, default=40, help="rows printed")
    parser.add_argument("--width", type=int, default=70, help="characters of each pattern printed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        from cli_speed import synthetic_in

        corpus = args.corpus or synthetic_in(Path(scratch), args.mb)
        costs = census(corpus)
    total = sum(c.total_ns for c in costs)
    print(f"{total / 1e6:.1f} ms in {len(costs)} patterns' scanning calls")
    print(f"{'ms':>7} {'calls':>8} {'Mchars':>7} {'ns/ch':>6}  opens  method(s)  where  pattern")
    for cost in costs[: args.top]:
        chars = sum(cost.chars.values())
        calls = sum(cost.calls.values())
        methods = "+".join(m for m, _ in sorted(cost.ns.items(), key=lambda kv: -kv[1]))
        per_char = cost.total_ns / chars if chars else 0.0
        shown = cost.pattern if len(cost.pattern) <= args.width else cost.pattern[: args.width - 1] + "…"
        print(
            f"{cost.total_ns / 1e6:7.1f} {calls:8d} {chars / 1e6:7.2f} {per_char:6.2f}  "
            f"{cost.opens:7} {methods}  {cost.where}  {shown!r}"
        )


if __name__ == "__main__":
    main()
