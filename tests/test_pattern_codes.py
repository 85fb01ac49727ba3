"""Regex patterns kept compiled between commands (corpus.pattern_codes): a pattern filled from the file
is the one ``re.compile`` makes and matches the same; a file of another Python, a damaged one or an
unwritable place changes nothing but speed; and the console script prints the same bytes with it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corpus import pattern_codes

ROOT = Path(__file__).resolve().parent.parent

# (pattern, flags) of a made-up module's patterns: named groups, verbose and case-blind, bytes
SAMPLE_PATTERNS: list[tuple[Any, int]] = [
    (r"(?P<name>[A-Z][a-z]+) (?P<verb>said|added|told)\b", 0),
    (
        r"""
        (?P<title>senator|mayor)  # a title
        \s+ (?P<surname>\w+)      # then a surname
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    (rb"(?<=\x00)[\x80-\xff]{2,}|\r\n", 0),
]
LAZY_PATTERN = r"“([^”]{1,200})”"
SAMPLE_TEXT = "Mayor Alvarez said the bridge would open. “We are ready,” Senator Brook told reporters."


@pytest.fixture
def clean_re(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[Any, Any]]:
    """An empty ``re._cache`` of the test's own, the file's place under ``tmp_path`` and bytecode
    writing allowed: nothing the test does reaches the user's files or the rest of the test run."""
    cache: dict[Any, Any] = {}
    monkeypatch.setattr(re, "_cache", cache)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pycache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield cache


def _sample_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A module of this package holding patterns as engine modules do: module-level names, and one
    compiled on first use (held in a module-level function's closure)."""
    module = types.ModuleType("corpus._pattern_codes_sample")
    for n, (pattern, flags) in enumerate(SAMPLE_PATTERNS):
        setattr(module, f"PATTERN_{n}", re.compile(pattern, flags))
    lazy = re.compile(LAZY_PATTERN)

    def quoted() -> re.Pattern[str]:
        return lazy

    module.quoted = quoted  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return module


def _codes_file(tmp_path: Path) -> Path:
    found = list((tmp_path / "pycache").rglob("*.re-codes"))
    assert len(found) == 1
    return found[0]


def test_patterns_filled_from_the_file_equal_the_compiled_ones_and_match_the_same(
    clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    module = _sample_module(monkeypatch)
    re.compile(r"\bbridge\b")  # (made and dropped, as a pattern built from the text read is: not kept)
    assert pattern_codes.keep(frozenset())
    path = _codes_file(tmp_path)
    assert path.name == f"pattern_codes.{sys.implementation.cache_tag}.re-codes"
    clean_re.clear()
    known = pattern_codes.fill()
    kept = [*SAMPLE_PATTERNS, (LAZY_PATTERN, 0)]
    assert {(type(p), p, f) for p, f in kept} <= known
    assert (str, r"\bbridge\b", 0) not in clean_re
    from re import _compiler  # type: ignore[attr-defined]

    for pattern, flags in kept:
        filled = clean_re[(type(pattern), pattern, flags)]
        assert re.compile(pattern, flags) is filled  # a hit of re's cache: nothing compiled
        fresh = _compiler.compile(pattern, flags)
        assert filled == fresh and filled.groupindex == fresh.groupindex and filled.groups == fresh.groups
        text: Any = (
            SAMPLE_TEXT.encode("utf-8") + b"\x00\xc3\xa9\r\n" if isinstance(pattern, bytes) else SAMPLE_TEXT
        )
        assert [m.span() for m in filled.finditer(text)] == [m.span() for m in fresh.finditer(text)]
        assert [m.groupdict() for m in filled.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)]
    assert (
        clean_re[(str, SAMPLE_PATTERNS[1][0], SAMPLE_PATTERNS[1][1])].search(SAMPLE_TEXT)["surname"]
        == "Alvarez"
    )
    assert module.quoted().findall(SAMPLE_TEXT) == ["We are ready,"]


def test_a_second_command_fills_and_compiles_nothing(
    clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _sample_module(monkeypatch)
    assert pattern_codes.keep(frozenset())
    written = _codes_file(tmp_path).stat().st_mtime_ns
    clean_re.clear()
    from re import _compiler  # type: ignore[attr-defined]

    compiled: list[object] = []
    real_compile = _compiler.compile
    monkeypatch.setattr(_compiler, "compile", lambda p, flags=0: compiled.append(p) or real_compile(p, flags))
    known = pattern_codes.fill()
    for pattern, flags in SAMPLE_PATTERNS:  # what the modules' imports ask for
        re.compile(pattern, flags)
    assert compiled == []
    assert not pattern_codes.keep(known)  # nothing new: not written again
    assert _codes_file(tmp_path).stat().st_mtime_ns == written


def test_a_pattern_held_by_an_object_is_passed_over_once(clean_re: dict[Any, Any], tmp_path: Path) -> None:
    class Formatter:
        def __init__(self) -> None:
            self.spaces = re.compile(r"[ \t]{2,}")

    holder = Formatter()  # (as argparse's help formatter holds its patterns: no module does)
    assert pattern_codes.keep(frozenset())  # written: the pattern remembered as passed over
    written = _codes_file(tmp_path).stat().st_mtime_ns
    clean_re.clear()
    known = pattern_codes.fill()
    assert clean_re == {}  # not kept
    holder = Formatter()
    assert holder.spaces.match("  ") and not pattern_codes.keep(known)  # and not looked at again
    assert _codes_file(tmp_path).stat().st_mtime_ns == written


def test_an_entry_that_would_not_rebuild_the_same_pattern_is_not_kept(clean_re: dict[Any, Any]) -> None:
    other = re.compile(r"(?P<word>\w+) said")
    assert pattern_codes.checked_entry((str, r"(?P<word>\w+) told", 0), other) is None
    assert pattern_codes.checked_entry((str, r"(?P<word>\w+) said", 0), other) is not None


def test_a_file_of_another_python_is_ignored_and_rewritten(
    clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _sample_module(monkeypatch)
    assert pattern_codes.keep(frozenset())
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    clean_re.clear()
    assert pattern_codes.fill() == frozenset() and clean_re == {}
    _sample_module(monkeypatch)
    assert pattern_codes.keep(frozenset())
    clean_re.clear()
    assert len(pattern_codes.fill()) == len(SAMPLE_PATTERNS) + 1  # read back under the new key


@pytest.mark.parametrize("damage", ["truncated", "empty", "flipped", "garbage"])
def test_a_damaged_file_fills_nothing_and_raises_nothing(
    damage: str, clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _sample_module(monkeypatch)
    assert pattern_codes.keep(frozenset())
    path = _codes_file(tmp_path)
    data = path.read_bytes()
    damaged = {
        "truncated": data[: len(data) // 2],
        "empty": b"",
        "flipped": data[:-200] + bytes([data[-200] ^ 0x10]) + data[-199:],
        "garbage": os.urandom(len(data)),
    }[damage]
    path.write_bytes(damaged)
    clean_re.clear()
    assert pattern_codes.fill() == frozenset() and clean_re == {}
    assert re.compile(SAMPLE_PATTERNS[0][0]).match("Alvarez said")  # compiled as before


def test_an_unwritable_place_is_no_error(
    clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "pycache_prefix", str(blocker / "pycache"))
    _sample_module(monkeypatch)
    assert not pattern_codes.keep(frozenset())
    assert pattern_codes.fill() == frozenset()


def test_nothing_is_written_when_bytecode_is_not_but_a_file_is_read_all_the_same(
    clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _sample_module(monkeypatch)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not pattern_codes.keep(frozenset())
    assert not (tmp_path / "pycache").exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert pattern_codes.keep(frozenset())
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    clean_re.clear()
    assert len(pattern_codes.fill()) == len(SAMPLE_PATTERNS) + 1


def _quotes_json(corpus: Path, cache: Path, pycache: Path | None) -> bytes:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env |= {"PYTHONPATH": str(ROOT), "STORYDIFF_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    env |= {"PYTHONPYCACHEPREFIX": str(pycache)} if pycache else {"PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "storydiff.cli", "quotes", str(corpus), "--json"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    return done.stdout


def test_the_console_script_prints_the_same_bytes_with_and_without_the_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "council.txt").write_text(
        "Council backs new bridge\n\nThe city council voted on Tuesday to fund the river bridge.\n\n"
        "“This bridge will carry our town for a century,” Mayor Lena Alvarez said after the vote.\n\n"
        "Senator Tom Brook told reporters: “We will find the money in the state budget.”\n",
        encoding="utf-8",
    )
    (corpus / "critics.txt").write_text(
        "Critics question bridge costs\n\nNot everyone welcomed the plan.\n\n"
        "“The numbers do not add up,” said Priya Natarajan, who chairs the taxpayers’ league.\n\n"
        "Alvarez said the costs had been checked twice.\n",
        encoding="utf-8",
    )
    without = _quotes_json(corpus, tmp_path / "cache-0", None)
    writing = _quotes_json(corpus, tmp_path / "cache-1", tmp_path / "pycache")
    assert list((tmp_path / "pycache").rglob("pattern_codes.*.re-codes"))  # the file was written
    reading = _quotes_json(corpus, tmp_path / "cache-2", tmp_path / "pycache")
    assert b"Alvarez" in without and without == writing == reading


def _is_in_re_cache(key: tuple[type, str, int]) -> bool:
    """(Run in the helper.)"""
    return key in re._cache  # type: ignore[attr-defined]


def test_a_spawned_helper_starts_with_the_kept_patterns(
    clean_re: dict[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from corpus import processes

    _sample_module(monkeypatch)
    assert pattern_codes.keep(frozenset())
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "pycache"))  # (the helper's place too)
    pool = processes.start_helper()
    assert pool is not None
    try:
        # no module of the helper compiles this pattern: it is there because the file was read
        assert pool.submit(_is_in_re_cache, (str, SAMPLE_PATTERNS[0][0], 0)).result(timeout=120)
        assert not pool.submit(_is_in_re_cache, (str, r"(?P<name>\w+) never kept", 0)).result(timeout=60)
    finally:
        pool.shutdown(wait=True)


WRITER = """
import re, sys, types
from corpus import pattern_codes

module = types.ModuleType("corpus._writer_sample")
module.PATTERNS = [re.compile(rf"(?P<w>{sys.argv[1]}) word {n}\\b") for n in range(20)]
sys.modules[module.__name__] = module
for _ in range(10):
    assert pattern_codes.keep(frozenset())
"""


def test_commands_writing_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, name], env=env, cwd=tmp_path)
        for name in ("alpha", "beta", "gamma", "delta")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0, 0, 0]
    path = _codes_file(tmp_path)
    assert [p.name for p in path.parent.iterdir() if "re-codes" in p.name] == [path.name]  # no temporary left
    reader = "from corpus import pattern_codes; print(len(pattern_codes.fill()))"
    done = subprocess.run([sys.executable, "-c", reader], env=env, capture_output=True, text=True, check=True)
    assert int(done.stdout) >= 20 and path.stat().st_size > 0  # a whole file of one writer at least
