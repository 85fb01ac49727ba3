"""Where the on-disk cache lives, and whether its file is there yet, without SQLite.

Split from :mod:`corpus.cache`: a cold ``storydiff quotes`` asks :func:`cache_is_new` before it
starts the quote finder's helper process, and importing ``sqlite3`` (with ``datetime``: ~13 M
instructions) only then, after the helper has been started, lets the second core start sooner.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_NAME = "storydiff.sqlite3"


def cache_dir() -> Path:
    """Where the cache lives: ``$STORYDIFF_CACHE_DIR``, else the user cache directory."""
    override = os.environ.get("STORYDIFF_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("storydiff"))


def cache_is_new(directory: Path | None = None) -> bool:
    """True when there is no cache file in ``directory`` (default :func:`cache_dir`) yet: every file
    of a corpus will be parsed (nothing is read or made)."""
    try:
        return not ((cache_dir() if directory is None else directory) / FILE_NAME).exists()
    except OSError:
        return False
