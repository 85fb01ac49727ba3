"""Regular expressions compiled when first used, not when their module is imported.

Most of ingest's patterns serve a kind of text a corpus may never hold (a page's credits, a dateline,
a carriage return): compiling them all at import would cost every start of the app what only some
corpora need. Each such pattern is a module-level name made by :func:`compiled_on_first_use`, called
where it is used: ``_email().match(line)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import AnyStr


def compiled_on_first_use(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function returning ``re.compile(pattern, flags)``, compiled at its first call and kept."""
    compiled: re.Pattern[AnyStr] | None = None

    # A plain closure, not functools.cache: nothing at import but one small function object.
    def on_first_use() -> re.Pattern[AnyStr]:
        nonlocal compiled
        if compiled is None:
            compiled = re.compile(pattern, flags)
        return compiled

    return on_first_use
