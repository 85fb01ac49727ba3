"""What every subcommand shares: finding the corpus, printing JSON and inert rich output."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from corpus.ingest.files import CorpusError
from corpus.ingest.inert import visible
from corpus.ingest.load import load_corpus
from corpus.model import Article


class UsageError(Exception):
    """A bad command line or a path that does not exist: one line on stderr, exit 2."""


def sample_corpus() -> Path:
    """The embedded sample corpus: inside the installed package, or the checkout's seeds/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise UsageError("the sample corpus is missing from this installation")


def resolve_corpus(path: str | None) -> Path:
    """The corpus a command works on: PATH, or the samples when none is given."""
    if path is None:
        return sample_corpus()
    root = Path(path).expanduser()
    if not root.exists() and not root.is_symlink():
        raise UsageError(f"{path}: no such file or folder")
    return root


def load(path: str | None) -> list[Article]:
    """Load the corpus a command names, through the on-disk cache; a bad PATH becomes a UsageError.

    The cache (parsed articles keyed by path, size, mtime and content hash) makes a second run on
    a big folder several times faster; when it cannot be used, loading goes on without it.
    """
    from corpus.cache import Cache

    root = resolve_corpus(path)
    cache = Cache.open()
    try:
        return load_corpus(root, cache=cache)
    except CorpusError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        if cache is not None:
            cache.close()


def find_article(articles: list[Article], key: str) -> Article:
    """An article by file name, path, name prefix or 1-based number in the listing."""
    for article in articles:
        if key in (article.name, str(article.path)):
            return article
    matches = [a for a in articles if a.name.startswith(key)]
    if len(matches) == 1:
        return matches[0]
    if not matches and key.isdigit() and 1 <= int(key) <= len(articles):
        return articles[int(key) - 1]
    if len(matches) > 1:
        raise UsageError(f"{key}: more than one article matches ({', '.join(a.name for a in matches[:5])})")
    raise UsageError(f"{key}: no such article in the corpus")


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


# The encoder escapes C0 controls only. DEL, C1 controls (8-bit CSI/OSC, which some terminals obey),
# bidi overrides and zero-width characters are escaped too: JSON printed to a terminal stays inert,
# and a parser reads back exactly the same strings.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def print_json(value: Any) -> None:
    """JSON on stdout; non-ASCII kept readable, every control or invisible character escaped."""
    encoded = json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded))
    sys.stdout.write("\n")


def safe(text: str | None, empty: str = "—") -> str:
    """Article-derived text made inert for a terminal (rich Text objects are never markup)."""
    return visible(text) if text else empty


def safe_line(text: str | None, empty: str = "—") -> str:
    """Like :func:`safe`, for a one-line field (a file name, a title): a newline in it is shown as ␤."""
    return visible(text).replace("\n", "␤") if text else empty
