"""Regular expressions' compiled code kept between commands, as Python keeps modules' bytecode.

A fresh engine process compiles its modules' patterns (``re.compile`` at module level: 165 by the time
``storydiff quotes`` has imported the quote finder and the parser, ~21 ms, all before the quote
finder's helper starts: ~21 ms of wall). Rebuilt from its compiled code by ``_sre.compile`` (where
``re.compile`` ends) a Pattern takes ~4 µs, not ~130. :func:`fill` puts the kept patterns in
``re._cache`` before the engine is imported: each module's ``re.compile(p, flags)`` is then a hit of
the dict ``re`` looks in first, with no change to the modules. :func:`keep` writes the file when the
command compiled patterns it lacked that a module of this package or of the standard library holds
(not those built from the text read: no module holds them; told apart by reference counts, then a
look through the modules, done only for a pattern the file neither keeps nor marks passed over).

Python has no public way to build a Pattern from compiled code: this reaches into CPython's private
``re._cache``, ``re._parser.parse``, ``re._compiler._code`` and ``_sre.compile``; where one is missing
nothing is filled or written, and every pattern compiles as before. The guards: the file is keyed by
all that compiled code depends on (the interpreter's version and build, cache tag, the regex engine's
magic number, code size and limits, the size and time of the stdlib's regex compiler), holds a CRC-32
of its entries and is read whole or not at all (a mismatch, a truncated, corrupt or unreadable file:
nothing filled, no error); each entry is checked when written: rebuilt as :func:`fill` rebuilds it,
it must equal (``==``: pattern, flags, code) the Pattern ``re.compile`` made. The file sits beside
this module's bytecode (``importlib.util.cache_from_source``, so ``sys.pycache_prefix`` too), named by
the cache tag; like bytecode it is not written under ``sys.dont_write_bytecode``; it is replaced at
once (``os.replace``): commands running together each read a whole file. This module keeps nothing:
``re`` holds the patterns, the caller what :func:`fill` returned.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterable
from types import FunctionType, ModuleType
from typing import Any, Final

FORMAT = 1
"""This file format's number: part of the key, so a file of another format is never read."""
OWN_PACKAGES = frozenset({"corpus", "storydiff", "tui"})
"""Top-level packages of this project whose modules' patterns are kept (with the standard library's)."""
MOST_KEPT = 512
"""Patterns kept at most: as many as ``re._cache`` holds in Python 3.11-3.13 (more push out the first)."""
MOST_PASSED_OVER = MOST_KEPT
"""Marks kept at most of patterns looked at and passed over (held, but by no module: argparse's)."""
SMALL_COLLECTION = 32
"""Module-level collections looked into at most this long (longer ones are word tables: 3/4 of the
time :func:`module_held` took went into them, for no pattern)."""
CODE_ITEM: Final = "I"
"""The ``memoryview`` format of an item of compiled code, kept as bytes (read ~10x faster than ints)."""

Key = tuple[type, "str | bytes", int]
"""``re._cache``'s key of a pattern: (str or bytes, the pattern, the flags ``re.compile`` was given)."""
Entry = tuple["str | bytes", int, int, bytes, int, dict[str, int], tuple["str | None", ...]]
"""A kept pattern: pattern, flags given, the Pattern's flags, code, groups, group index, index groups."""


def fill() -> frozenset[Key | int]:
    """The kept patterns put in ``re._cache`` (what it holds already is left as it is). Returns what
    the file names, keys kept and marks passed over, for :func:`keep`; nothing, and no error, when
    there is no valid file."""
    cache = getattr(re, "_cache", None)
    entries, passed_over = _read(_codes_path())
    made = _rebuilt(entries)
    if not isinstance(cache, dict) or len(made) != len(entries):
        return frozenset()
    room = max(0, getattr(re, "_MAXCACHE", MOST_KEPT) - len(cache))
    for key in [key for key in made if key not in cache][:room]:
        cache[key] = made[key]
    return frozenset(made).union(passed_over)


def keep(known: frozenset[Key | int]) -> bool:
    """Write the file when this process compiled patterns that ``known`` (what :func:`fill` returned)
    does not name and something holds: those a module of this package or of the standard library
    holds added, the others marked passed over; whether it was written. Not when bytecode is not
    written; never raises for a place that cannot be written. ~0.1 ms when nothing is new."""
    cache = getattr(re, "_cache", None)
    if sys.dont_write_bytecode or not isinstance(cache, dict) or _builder() is None:
        return False
    try:
        unknown = [(k, p) for k, p in held_elsewhere(cache) if k not in known and passed_mark(k) not in known]
        held = {id(p) for p in module_held([p for _, p in unknown])} if unknown else set()
    except RuntimeError:  # (a dict or set another thread changed meanwhile: left for another time)
        return False
    if not unknown:
        return False
    path = _codes_path()
    entries, passed_over = _read(path)
    kept = {(type(e[0]), e[0], e[1]): e for e in entries} if len(_rebuilt(entries)) == len(entries) else {}
    for key, pattern in unknown:
        entry = checked_entry(key, pattern) if id(pattern) in held else None
        if entry is not None:
            kept[key] = entry
        elif passed_mark(key) not in passed_over:
            passed_over.append(passed_mark(key))
    return _write(path, list(kept.values())[-MOST_KEPT:], passed_over[-MOST_PASSED_OVER:])


def passed_mark(key: Key) -> int:
    """What the file keeps of a pattern passed over: a CRC-32 (the pattern may be long; one that shares
    the mark of another passed over is passed over too, and compiles as before)."""
    return zlib.crc32(marshal.dumps(key[1:]))


def checked_entry(key: Key, compiled: re.Pattern[Any]) -> Entry | None:
    """The entry that rebuilds ``compiled`` (``re.compile(key[1], key[2])``), made as
    ``re._compiler.compile`` makes its code; None when what it rebuilds would not equal ``compiled``."""
    build = _builder()
    pattern, flags = key[1], key[2]
    try:
        from array import array
        from re import _compiler, _parser  # type: ignore[attr-defined]

        state = (parsed := _parser.parse(pattern, flags)).state
        index: list[str | None] = [None] * state.groups
        for name, group in state.groupdict.items():
            index[group] = name
        code = array(CODE_ITEM, _compiler._code(parsed, flags)).tobytes()
        entry: Entry = (
            pattern,
            flags,
            flags | state.flags,
            code,
            state.groups - 1,
            dict(state.groupdict),
            tuple(index),
        )
        rebuilt = build(entry)
    except Exception:  # (a pattern this Python's compiler no longer takes; no builder)
        return None
    return entry if rebuilt == compiled and rebuilt.groupindex == compiled.groupindex else None


def held_elsewhere(cache: dict[Key, re.Pattern[Any]]) -> list[tuple[Key, re.Pattern[Any]]]:
    """The patterns of ``cache`` (``re._cache``) that something else holds too (a module, an object, a
    memo), of a plain str or bytes (lxml's XPath strings are a subclass of str: marshal would not read
    them back the same): one built from the text read and dropped is held by the cache alone. Told
    by reference counts, against a probe held by a dict alone and counted the same way."""
    alone = _counted({None: object()})[0][2]
    plain = (str, bytes)
    return [
        (k, p) for k, p, count in _counted(cache) if count > alone and k[0] in plain and type(k[2]) is int
    ]


def _counted(mapping: dict[Any, Any]) -> list[tuple[Any, Any, int]]:
    return [(key, value, sys.getrefcount(value)) for key, value in list(mapping.items())]


def module_held(patterns: list[re.Pattern[Any]]) -> list[re.Pattern[Any]]:
    """Those of ``patterns`` that this package's or the standard library's imported modules hold: as a
    module-level name, in a class's attributes, a module-level function's closure (a pattern compiled
    on first use: ``lazy_regex``) or a small module-level collection. Not ``re``'s own modules: its
    cache holds every pattern compiled, those built from the text too."""
    stdlib: frozenset[str] = getattr(sys, "stdlib_module_names", frozenset())
    wanted = {id(pattern) for pattern in patterns}
    found: set[int] = set()
    for name, module in list(sys.modules.items()):
        top = name.partition(".")[0]
        if top != "re" and (top in OWN_PACKAGES or top in stdlib) and isinstance(module, ModuleType):
            values = list(vars(module).values())
            found.update(wanted.intersection(map(id, values)))
            for value in values:
                if isinstance(value, (type, FunctionType, tuple, list, frozenset, set, dict)):
                    found.update(wanted.intersection(map(id, _inside(value))))
    return [pattern for pattern in patterns if id(pattern) in found]


def _inside(value: Any) -> Iterable[object]:
    if isinstance(value, type):
        return list(vars(value).values())
    if isinstance(value, FunctionType):
        return [cell.cell_contents for cell in value.__closure__ or () if _is_filled(cell)]
    if len(value) > SMALL_COLLECTION:
        return ()
    return list(value.values() if isinstance(value, dict) else value)


def _is_filled(cell: Any) -> bool:
    try:
        cell.cell_contents  # noqa: B018 (an empty cell raises)
    except ValueError:
        return False
    return True


def _builder() -> Any:
    """A function rebuilding an entry's Pattern; None in a Python without the parts this needs."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        compile_code, _, _ = _sre.compile, _compiler._code, _parser.parse
    except (ImportError, AttributeError):
        return None

    def build(e: Entry) -> re.Pattern[Any]:
        return compile_code(e[0], e[2], memoryview(e[3]).cast(CODE_ITEM).tolist(), e[4], e[5], e[6])

    return build


def _rebuilt(entries: list[Entry]) -> dict[Key, re.Pattern[Any]]:
    """Each entry's Pattern; none at all when one fails (a file that is not what it says)."""
    build = _builder()
    try:
        return {(type(e[0]), e[0], e[1]): build(e) for e in entries} if build is not None else {}
    except Exception:
        return {}


def _codes_path() -> str | None:
    """Where this interpreter's file is: beside this module's bytecode, named by the cache tag."""
    # importlib.util's cache_from_source is the import system's own, which every interpreter has
    # loaded: taken from there (importing importlib.util cost 0.35 ms of every start), else imported
    bootstrap = sys.modules.get("_frozen_importlib_external")
    cache_from_source: Any = getattr(bootstrap, "cache_from_source", None)
    try:
        if cache_from_source is None:
            from importlib.util import cache_from_source
        return os.path.splitext(cache_from_source(__file__))[0] + ".re-codes"
    except (NotImplementedError, ValueError, TypeError):  # (no cache tag: no bytecode is kept)
        return None


def _version_key() -> tuple[Any, ...]:
    """What compiled code depends on: a file made under any other is not read."""
    import _sre

    try:
        from re import _compiler  # type: ignore[attr-defined]

        stat = os.stat(_compiler.__file__)
        source: tuple[int, int] | None = (stat.st_size, stat.st_mtime_ns)
    except (ImportError, AttributeError, OSError, TypeError):
        source = None
    limits = (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)
    return FORMAT, sys.version, sys.implementation.cache_tag, sys.maxunicode, limits, source


def _read(path: str | None) -> tuple[list[Entry], list[int]]:
    """The entries and passed-over marks of the file at ``path``; none when it is missing, unreadable,
    of another key or damaged."""
    try:
        with open(path or "", "rb") as file:
            head, crc, body = marshal.loads(file.read())
        if head == _version_key() and crc == zlib.crc32(body):
            entries, passed_over = marshal.loads(body)
            if all(isinstance(e, tuple) and len(e) == 7 and isinstance(e[0], (str, bytes)) for e in entries):
                return list(entries), list(passed_over)
    except Exception:  # (missing, unreadable, truncated, not ours)
        pass
    return [], []


def _write(path: str | None, entries: list[Entry], passed_over: list[int]) -> bool:
    """The file at ``path`` written to a temporary file beside it that then replaces it at once: a
    command reading it meanwhile reads the old file or the new one. False when it cannot be written."""
    if path is None:
        return False
    temporary = f"{path}.{os.getpid()}"  # (one process writes it: no other has its id)
    try:
        body = marshal.dumps((entries, passed_over))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(marshal.dumps((_version_key(), zlib.crc32(body), body)))
        os.replace(temporary, path)
    except (OSError, ValueError):  # (a place that cannot be written; a value marshal cannot write)
        if os.path.exists(temporary):
            os.unlink(temporary)
        return False
    return True
