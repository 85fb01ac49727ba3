"""The on-disk cache: parsed articles, their quote readings and each corpus's speakers step, in one
SQLite file.

It lives in the user cache directory (``platformdirs.user_cache_dir("storydiff")``,
or ``$STORYDIFF_CACHE_DIR``). Articles are keyed by absolute path, size and
modification time, with a content hash behind them: a file touched but not
changed is still a hit, and a file changed within the clock's resolution of
being cached ("racy", as git calls it) is checked by its hash.

Beside each article its quote reading can be kept (:mod:`corpus.quotes.readings` makes and reads
the bytes), in a table of its own: a command that does not ask for quotes never reads those rows.
A reading is kept under a digest of what it was read from, and used only while that still matches.

The cache is an optimisation and nothing more: any error (a corrupt file, a
read-only folder, a locked database) turns it off for the rest of the run,
and storydiff carries on without it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import struct
import sys
import time
import zlib
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus.cache_place import FILE_NAME, cache_dir
from corpus.cache_place import cache_is_new as cache_is_new  # (where it was first: kept importable here)
from corpus.ingest.article_bytes import article_bytes, article_entry, article_from_bytes, content_hash
from corpus.ingest.files import READ_FLAGS, read_most
from corpus.model import Article

SCHEMA = 4
RACY_NS = 2_000_000_000
"""A file modified this close to the moment it was cached is verified by its content hash."""
_COMMIT_EVERY = 500
WRITE_BATCH = 64
"""Rows written in one ``executemany`` (held until then, or until the cache is next read: a read sees
every row written before it). A statement a row, between the parse's and the quote finder's work,
cost a cold ``storydiff quotes`` of the 4 MB bench corpus 26-34 ms of CPU for 2,134 rows; the same
rows written back to back take a third of that."""
READ_AHEAD = 256
"""Entries read in one query when the loader says which come next (:meth:`Cache.expect`): a query
per entry took twice as long (1,066 articles: 26 -> 11 ms)."""
_READINGS_AT_ONCE = 500
"""Quote readings asked for in one query (under SQLite's oldest limit of 999 parameters)."""

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL, written_ns INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS readings (path TEXT PRIMARY KEY, key TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS steps (corpus TEXT PRIMARY KEY, key TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS chrome (corpus TEXT PRIMARY KEY, key TEXT NOT NULL, data BLOB NOT NULL);
"""


class Cache:
    """Parsed articles (the loader's ``ArticleCache``)."""

    _db: sqlite3.Connection | None  # (None: turned off; not set until a cache opened at first use is used)

    def __init__(
        self, db: sqlite3.Connection | None, *, later: bool = False, directory: Path | None = None
    ) -> None:
        if later:  # (opened at first use: :meth:`open`)
            self._opening = directory
        else:
            self._db = db
        self._pending = 0
        self._waiting: list[tuple[str, list[tuple[Any, ...]]]] = []
        """Rows not yet written, in order: (statement, its rows) per run of one statement."""
        self._held = 0
        self._coming: list[str] = []
        self._coming_at: dict[str, int] = {}
        self._ahead: dict[str, tuple[Any, ...] | None] = {}

    @classmethod
    def open(cls, directory: Path | None = None, *, at_first_use: bool = False) -> Cache | None:
        """The cache in ``directory`` (default :func:`cache_dir`), or None when it cannot be used.

        A file that is not a usable database is replaced by an empty one.

        ``at_first_use``: opened when first read or written (one that cannot be is then turned off): a
        cold load hands the quote helper its first files before SQLite's file, tables and schema id
        are made, which it waited idle for (7-9 ms of the serial start on the 4 MB bench corpus).
        """
        if at_first_use:
            return cls(None, later=True, directory=directory)
        db = _opened(directory)
        return None if db is None else cls(db)

    def __getattr__(self, name: str) -> sqlite3.Connection | None:
        """``_db`` of a cache opened at first use (:meth:`open`), opened now (reached only while unset)."""
        if name != "_db" or "_opening" not in self.__dict__:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self._db = _opened(self.__dict__.pop("_opening"))
        return self._db

    @property
    def usable(self) -> bool:
        return self._db is not None

    # -- parsed articles -------------------------------------------------------------------

    def expect(self, paths: Sequence[Path]) -> None:
        """The paths :meth:`get` will be asked for, in this order: their entries are read READ_AHEAD
        in a query, not one a query."""
        self._coming = list(dict.fromkeys(map(_key, paths)))
        self._coming_at = {key: n for n, key in enumerate(self._coming)}
        self._ahead = {}

    def get(self, path: Path, size: int, mtime_ns: int) -> Article | None:
        key = _key(path)
        row = self._entry(key)
        if not row:
            return None
        size0, mtime0, digest, written, data = row
        if size0 != size:
            return None
        if mtime0 != mtime_ns or mtime0 >= written - RACY_NS:
            if _file_hash(path) != digest:
                return None
            now = time.time_ns()
            if mtime0 != mtime_ns or mtime_ns < now - RACY_NS:
                # Touched but not changed, or no longer racy: vouch for it as of now.
                self._write(
                    "UPDATE articles SET mtime_ns = ?, written_ns = ? WHERE path = ?", (mtime_ns, now, key)
                )
        try:
            return article_from_bytes(data, path)
        except (ValueError, KeyError, TypeError, OverflowError, struct.error):
            return None

    def put(self, article: Article, size: int, mtime_ns: int, content: bytes | None = None) -> None:
        """Keep ``article``, made from ``content`` (the file's bytes: hashed as they were parsed, not
        read again; read again when None)."""
        if content is not None:
            data, digest = article_entry(article, content)
            self.put_parsed(article.path, size, mtime_ns, digest, data)
            return
        known = _file_hash(article.path)
        if known is not None:
            self.put_parsed(article.path, size, mtime_ns, known, article_bytes(article))

    def put_parsed(self, path: Path, size: int, mtime_ns: int, digest: str, data: bytes) -> None:
        """Keep an article parsed elsewhere (the helper process: :mod:`corpus.quotes.shared_ingest`)
        as :func:`article_bytes` wrote it, from a file whose bytes' :func:`content_hash` is ``digest``."""
        self._write(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
            (_key(path), size, mtime_ns, digest, time.time_ns(), data),
        )

    # -- quote readings --------------------------------------------------------------------

    def readings(self, wanted: Sequence[tuple[Path, str]]) -> list[bytes | None]:
        """The reading kept for each (path, key) (:class:`corpus.quotes.readings.ReadingCache`); None
        where there is none, or one kept under another key (made from another state of the file)."""
        paths = [_key(path) for path, _ in wanted]
        kept: dict[str, tuple[str, bytes]] = {}
        self._send()
        for at in range(0, len(paths), _READINGS_AT_ONCE):
            part = paths[at : at + _READINGS_AT_ONCE]
            sql = f"SELECT path, key, data FROM readings WHERE path IN ({','.join('?' * len(part))})"
            if self._db is None:
                break
            try:
                kept.update((path, (key, data)) for path, key, data in self._db.execute(sql, part))
            except sqlite3.Error:
                self._disable()
        found: list[bytes | None] = []
        for path, (_, key) in zip(paths, wanted, strict=True):
            row = kept.get(path)
            found.append(row[1] if row is not None and row[0] == key else None)
        return found

    def put_reading(self, path: Path, key: str, data: bytes) -> None:
        self._write("INSERT OR REPLACE INTO readings VALUES (?, ?, ?)", (_key(path), key, data))

    # -- the speakers step's result (corpus.quotes.kept_speakers) -------------------------------

    def step(self, corpus: Path, key: str) -> bytes | None:
        """The speakers step's result kept for the corpus at ``corpus`` under ``key``; None where there
        is none, or one kept under another key (another state of the corpus). One row a corpus."""
        row = self._run("SELECT key, data FROM steps WHERE corpus = ?", (_key(corpus),))
        return row[1] if row is not None and row[0] == key else None

    def put_step(self, corpus: Path, key: str, data: bytes) -> None:
        self._write("INSERT OR REPLACE INTO steps VALUES (?, ?, ?)", (_key(corpus), key, data))

    # -- the corpus's repeated chrome (corpus.ingest.kept_chrome) -------------------------------

    def chrome(self, corpus: Path, key: str) -> bytes | None:
        """The repeated-chrome pass's result kept for the corpus at ``corpus`` under ``key``; None
        where there is none, or one kept under another key. One row a corpus."""
        row = self._run("SELECT key, data FROM chrome WHERE corpus = ?", (_key(corpus),))
        return row[1] if row is not None and row[0] == key else None

    def put_chrome(self, corpus: Path, key: str, data: bytes) -> None:
        self._write("INSERT OR REPLACE INTO chrome VALUES (?, ?, ?)", (_key(corpus), key, data))

    # -- housekeeping ----------------------------------------------------------------------

    def flush(self) -> None:
        """Commit what has been written so far."""
        self._send()
        if self._db is not None and self._pending:
            try:
                self._db.commit()
                self._pending = 0
            except sqlite3.Error:
                self._disable()

    def close(self) -> None:
        if "_opening" in self.__dict__:  # opened at first use, and never used: no file is made
            del self._opening
            self._db = None
            return
        self.flush()
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _entry(self, key: str) -> tuple[Any, ...] | None:
        """(size, mtime_ns, hash, written_ns, data) of ``key``'s entry, or None."""
        if key in self._ahead:
            return self._ahead.pop(key)
        at = self._coming_at.get(key)
        self._send()
        if at is None or self._db is None:
            return self._run(
                "SELECT size, mtime_ns, hash, written_ns, data FROM articles WHERE path = ?", (key,)
            )
        keys = self._coming[at : at + READ_AHEAD]
        marks = ",".join("?" * len(keys))
        sql = f"SELECT path, size, mtime_ns, hash, written_ns, data FROM articles WHERE path IN ({marks})"
        try:
            rows = self._db.execute(sql, keys).fetchall()
        except sqlite3.Error:
            self._disable()
            return None
        self._ahead = dict.fromkeys(keys)  # (the entries read before are dropped: memory stays bounded)
        self._ahead.update((row[0], row[1:]) for row in rows)
        return self._ahead.pop(key)

    def _run(self, sql: str, args: tuple[Any, ...]) -> tuple[Any, ...] | None:
        self._send()
        if self._db is None:
            return None
        try:
            row: tuple[Any, ...] | None = self._db.execute(sql, args).fetchone()
            return row
        except sqlite3.Error:
            self._disable()
            return None

    def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        """Write a row: held, and written with the rows after it (:data:`WRITE_BATCH`)."""
        if self._db is None:
            return
        waiting = self._waiting
        if waiting and waiting[-1][0] == sql:
            waiting[-1][1].append(args)
        else:
            waiting.append((sql, [args]))
        self._held += 1
        if self._held >= WRITE_BATCH:
            self._send()

    def _send(self) -> None:
        """Write the rows held (:meth:`_write`), committing every _COMMIT_EVERY rows."""
        if not self._held:
            return
        waiting, self._waiting = self._waiting, []
        held, self._held = self._held, 0
        if self._db is None:
            return
        try:
            for sql, rows in waiting:
                self._db.executemany(sql, rows)
            self._pending += held
            if self._pending >= _COMMIT_EVERY:
                self._db.commit()
                self._pending = 0
        except sqlite3.Error:
            self._disable()

    def _disable(self) -> None:
        """Turn the cache off for this run: whatever went wrong, reading articles must go on."""
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()


def _opened(directory: Path | None) -> sqlite3.Connection | None:
    """The connection :meth:`Cache.open` describes, or None when the cache cannot be used."""
    try:
        directory = cache_dir() if directory is None else directory
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / FILE_NAME
        try:
            return _connect(path)
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)
            return _connect(path)
    except (OSError, sqlite3.Error):
        return None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=2.0)
    try:
        # No waiting for the disk at each commit: the journal still makes a commit all or nothing
        # when the process dies (Ctrl-C, a kill), and only the machine failing mid-write could leave
        # the file damaged, which is then replaced (see Cache.open) or turns the cache off. The cold
        # write of the 4 MB bench corpus's 1,066 articles took 0.10-0.12 s (CPU 0.037), without the
        # waits 0.035-0.042 s (CPU 0.028), best of 5 on a busy machine.
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_TABLES)
        schema = _schema_id()
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != schema:
            # the 3-gram index the reuse graph once kept here (the graph now comes from the families)
            db.executescript(
                "DELETE FROM articles; DELETE FROM readings; DELETE FROM steps; DELETE FROM chrome;"
                " DROP TABLE IF EXISTS ngrams;"
            )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (schema,))
            db.commit()
    except sqlite3.Error:
        db.close()
        raise
    return db


@functools.cache
def _schema_id() -> str:
    """The cache's layout and the engine's code: a new storydiff (or an edited parser) starts afresh.

    Parsed articles depend on every rule of the loader, and quote readings on the quote finder's
    rules and its data files (name tables, learned weights), so the source of the whole engine is
    part of the key, not just a number someone must remember to bump.

    Made once a process (the code running is the code it imported): ``storydiff quotes`` opens the
    cache twice (to load, then for the quote readings), and each time read and hashed the engine's
    1.6 MB of sources again (4 ms of CPU).

    The sources are summed by CRC-32, not a cryptographic digest: the id only tells the engine that
    filled the cache from an edited one (no one is kept out by it), and an edit leaves the sum as it
    was once in 4 billion. BLAKE2b read the 2.4 MB of sources and tables in 33 M instructions, CRC-32
    in 10 M: a warm ``storydiff quotes`` makes the id before its first article (on one core).
    """
    digest = 0
    engine = os.path.dirname(os.path.realpath(__file__))
    for name in _engine_sources(engine):  # ingest/, quotes/, passages/ too
        with contextlib.suppress(OSError), open(os.path.join(engine, name), "rb") as source:
            digest = zlib.crc32(source.read(), zlib.crc32(name.encode(), digest))
    machine = f"{sys.byteorder}{array('I').itemsize}"  # the blocks' numbers are machine bytes
    return f"{SCHEMA}:{machine}:{digest:08x}"


def _engine_sources(engine: str) -> list[str]:
    """The engine's source and data files (``.py``, ``.json``) as paths relative to ``engine`` with "/"
    between folders, sorted: listed with ``os.walk`` and strings (two ``Path.rglob`` and a Path
    object a file were half of the schema id's 9 ms, once a process)."""
    found = []
    for folder, _, files in os.walk(engine):
        inside = os.path.relpath(folder, engine).replace(os.sep, "/")
        prefix = "" if inside == "." else inside + "/"
        found += [prefix + name for name in files if name.endswith((".py", ".json"))]
    return sorted(found)


def _key(path: Path) -> str:
    """The path's absolute form, as the cache keys it (``os.path.abspath``). A path that is absolute
    and has nothing ``abspath`` would change (no ``//``, no ``/.`` part, no slash at its end: what the
    loader gives for a corpus named by its absolute path) is its own key: ``abspath``'s Python-level
    normalising of it took 2-5 µs, and a cold ``storydiff quotes`` keys each file some five times
    (listed, looked up, stored, its reading looked up and stored)."""
    name = os.fspath(path)
    if name[:1] == os.sep == "/" and "//" not in name and "/." not in name and name[-1:] != "/":
        return name
    return os.path.abspath(name)


def _file_hash(path: Path) -> str | None:
    try:
        fd = os.open(path, READ_FLAGS)
        try:
            data = read_most(fd, os.fstat(fd).st_size)
        finally:
            os.close(fd)
    except OSError:
        return None
    return content_hash(data)
