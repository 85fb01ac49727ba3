"""Finding the files of a corpus and reading them as text, whatever state they are in.

Nothing here raises for a bad file: every problem becomes a short human
sentence that travels with the file, so one broken file never stops a corpus.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use

if TYPE_CHECKING:
    from corpus.model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this are listed with a problem and never read whole."""
READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)
"""How a file is opened to be read (by :func:`os.open`, whose descriptors no child process
inherits): its bytes as they are (Windows would translate line breaks without O_BINARY)."""

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
)


class CorpusError(Exception):
    """The corpus path itself is unusable (it does not exist, or is not a file or folder)."""


# eq=False: never compared, and each generated method is compiled at every start (~0.5M instructions)
@dataclass(slots=True, eq=False)
class RawFile:
    """A file's decoded text, or the reason there is none."""

    text: str
    problem: str | None = None
    size: int = 0
    mtime_ns: int = 0
    data: bytes = field(default=b"", repr=False)
    """The bytes read (kept while the article is made, so the cache hashes what was parsed without
    reading the file again)."""


def is_blank(text: str) -> bool:
    """``text.strip() == ""``, told without copying the text (stopping at its first character that is
    not white space, most often its first)."""
    return not text or text.isspace()


def corpus_files(root: Path) -> Iterator[Path]:
    """Yield the article files under ``root`` (a file or a folder), in name order.

    Folders are walked recursively; symlinked folders are followed once (a
    symlink loop is not walked twice). Broken symlinks with an article suffix
    are yielded so they can be listed with their problem.
    """
    if not os.path.lexists(root):
        raise CorpusError(f"{root}: no such file or folder")
    if not root.is_dir():
        if root.is_file() or root.is_symlink():
            yield root
            return
        raise CorpusError(f"{root}: not a file or folder")
    try:
        with os.scandir(root):
            pass
    except OSError as exc:
        raise CorpusError(f"{root}: cannot read the folder ({exc.strerror or exc})") from exc
    seen: set[tuple[int, int]] = set()
    yield from _walk(root, seen)


def skipped_files(root: Path) -> list[Path]:
    """The files under the folder ``root`` that are not articles (a ``.pdf``, a ``.docx``…), in name
    order, so that a reader can say what was left out. Hidden files are not counted (nor read)."""
    if not root.is_dir():
        return []
    return list(_walk(root, set(), articles=False))


def at_most_entries(root: Path, most: int) -> bool:
    """True when ``root`` is a file, or a folder holding at most ``most`` entries, subfolders'
    included (counted lazily: a big folder stops the count early)."""
    if not root.is_dir():
        return root.is_file()
    seen = 0
    stack = [root]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    seen += 1
                    if seen > most:
                        return False
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
        except OSError:
            return False
    return True


def article_at_path(key: str, root: Path, articles: Sequence[Article]) -> Article | None:
    """The article of ``articles`` read from the file ``key`` names (as given, or relative to the
    corpus ``root``), links resolved; None when it names none of them."""
    given = Path(key).expanduser()
    wanted = {given.absolute(), (root / given).absolute()}
    if root.is_file():
        wanted.add((root.parent / given).absolute())
    for article in articles:
        if article.path.absolute() in wanted:
            return article
    try:
        resolved = {p.resolve() for p in wanted if p.exists()}
    except OSError:
        return None
    if resolved:
        for article in articles:
            if article.path.resolve() in resolved:
                return article
    return None


def _walk(folder: Path, seen: set[tuple[int, int]], *, articles: bool = True) -> Iterator[Path]:
    """The article files under ``folder`` (with ``articles=False``: the other files)."""
    try:
        st = folder.stat()
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:  # a symlink loop, or the same folder reached twice
        return
    seen.add(key)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        if articles:
            yield folder  # listed with its problem (read_file says why), so nothing goes missing silently
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen, articles=articles)
        elif (path.suffix.lower() in SUFFIXES) == articles:
            yield path


def read_most(fd: int, size: int) -> bytes:
    """What ``os.read``-ing the open file ``fd`` to its end gives, up to MAX_BYTES + 1 bytes, of a
    file that was ``size`` bytes long: read as that many and one more (to see it grew since), then
    the rest if it did. A read of MAX_BYTES made a buffer that big for each file, and gave the unused
    pages back: on the bench corpus's 1,066 files, 37-50 ms where reading their sizes takes 10-13;
    and a buffered file object for each cost twice the reads themselves (8 ms where they take 3)."""
    data = _read_up_to(fd, min(size, MAX_BYTES) + 1)
    if len(data) > size:  # it grew after its size was taken
        data += _read_up_to(fd, MAX_BYTES + 1 - len(data))
    return data


def _read_up_to(fd: int, wanted: int) -> bytes:
    """``wanted`` bytes of ``fd`` from where it stands, or all it has left when fewer (a read may
    give less than asked before the end: the rest is asked for until the end is read)."""
    data = os.read(fd, wanted)
    while 0 < len(data) < wanted:
        more = os.read(fd, wanted - len(data))
        if not more:
            break
        data += more
    return data


def read_file(path: Path, known: os.stat_result | None = None) -> RawFile:
    """Read and decode one file; never raises. ``known``: the file's stat, when the caller has just
    taken it (the loader does, for the cache): not taken again (a second stat of each file of a
    cold load was 1.3% of its time)."""
    try:
        st = path.stat() if known is None else known
    except FileNotFoundError:
        if path.is_symlink():
            return RawFile("", "broken symbolic link (its target does not exist)")
        return RawFile("", "the file disappeared before it could be read")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return RawFile("", "symbolic link loop (the link leads back to itself)")
        return RawFile("", f"cannot read the file ({exc.strerror or exc})")
    if stat.S_ISDIR(st.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            return RawFile("", f"a folder that cannot be read ({exc.strerror or exc}): its files are missing")
        return RawFile("", "a folder, not an article")
    if not stat.S_ISREG(st.st_mode):
        return RawFile("", "not a regular file", 0, st.st_mtime_ns)
    if st.st_size > MAX_BYTES:
        mb = st.st_size / (1024 * 1024)
        return RawFile(
            "",
            f"file too large to read ({mb:.0f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)",
            st.st_size,
            st.st_mtime_ns,
        )
    try:
        fd = os.open(path, READ_FLAGS)
        try:
            data = read_most(fd, st.st_size)
        finally:
            os.close(fd)
    except PermissionError:
        return RawFile("", "permission denied: the file cannot be read", st.st_size, st.st_mtime_ns)
    except FileNotFoundError:
        return RawFile("", "the file disappeared before it could be read")
    except OSError as exc:
        return RawFile("", f"cannot read the file ({exc.strerror or exc})", st.st_size)
    if len(data) > MAX_BYTES:  # it grew after stat()
        return RawFile("", "file too large to read (it grew while being read)", len(data))
    raw = decode(data)
    raw.size, raw.mtime_ns, raw.data = len(data), st.st_mtime_ns, data
    return raw


def decode(data: bytes) -> RawFile:
    """Decode bytes to text: UTF-8, UTF-8/16 with BOM, BOM-less UTF-16, then cp1252."""
    if not data:
        return RawFile("", "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", "UTF-8 (with BOM)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "UTF-16")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return RawFile("", f"not text: the file is {what}")
    utf16 = _bomless_utf16(data)
    if utf16:
        return _strict(data, utf16, "UTF-16")
    if _looks_binary(data[:8192]):
        return RawFile("", "not text: the file is binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if is_blank(text):
            return RawFile(text, "empty file (only white space)")
        return RawFile(text)
    declared = _declared_charset(data)
    if declared is not None:
        return declared
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        return RawFile(text, "not valid UTF-8; read as Latin-1, some characters may be wrong")
    return RawFile(text, "not valid UTF-8; read as Windows-1252, some characters may be wrong")


_meta_charset = compiled_on_first_use(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I
)


def _declared_charset(data: bytes) -> RawFile | None:
    """Decode an HTML page that is not UTF-8 by the charset its ``<meta>`` declares."""
    match = _meta_charset().search(data[:8192])
    if match is None:
        return None
    codec = match.group(1).decode("ascii").lower()
    if codec in ("utf-8", "utf8"):
        return None  # declared UTF-8 but is not: the damaged-UTF-8 path explains it
    try:
        return RawFile(data.decode(codec))
    except (LookupError, UnicodeDecodeError):
        return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")
_CONTROL_BYTE_VALUES = tuple(_CONTROL_BYTES)


def _looks_binary(sample: bytes) -> bool:
    """Binary, not text with a stray control or two: NULs or other control bytes are common.

    An article may carry a NUL or an escape sequence (they are shown as placeholders); a binary
    file is full of them.
    """
    if not sample:
        return False
    nuls = sample.count(0) if 0 in sample else 0  # (most files hold none: found by memchr, not counted)
    # (most files hold no control byte: a memchr for each is half the time of a translate)
    held = any(map(sample.__contains__, _CONTROL_BYTE_VALUES))
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES)) if held else 0
    return nuls > max(2, len(sample) // 100) or controls > max(8, len(sample) // 10)


def _damaged_utf8(data: bytes) -> RawFile | None:
    """UTF-8 with a few bad bytes (a truncated download, a bad copy) is still UTF-8: keep it so.

    Decoding it as Windows-1252 would garble every curly quote and accent to save a few bytes.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # replacements the file did not hold
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad <= 0 or multibyte < 2 * bad:
        return None
    noun = "byte" if bad == 1 else "bytes"
    return RawFile(text, f"not valid UTF-8: {bad} undecodable {noun} shown as �")


def _strict(data: bytes, codec: str, label: str) -> RawFile:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return RawFile(text, f"invalid {label}: undecodable bytes shown as �")
    if codec == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    if is_blank(text):
        return RawFile(text, "empty file (only white space)")
    return RawFile(text)


UTF16_LEAST_NULS = 8
"""NUL bytes in every other place it takes to read a file without a BOM as UTF-16."""


def _bomless_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or 0 not in sample:
        return None  # (no NUL, as most files: neither half holds one, and nothing is sliced or counted)
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # a NUL or two says little: four bytes "\x00" + "\u202e" in UTF-8 have one NUL in two even
    # places, and are no UTF-16; BOM-less UTF-16 is believed on UTF16_LEAST_NULS of them or more
    if odd > 0.4 * half and even < 0.05 * half and odd >= UTF16_LEAST_NULS:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half and even >= UTF16_LEAST_NULS:
        return "utf-16-be"
    return None
