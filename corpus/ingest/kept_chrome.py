"""The repeated-chrome pass (:mod:`.repeats`) kept in the on-disk cache: a warm load of an unchanged
corpus reads which paragraphs are chrome instead of finding them again.

The pass reads nothing but the plain-text articles' texts and paragraphs (spans and kinds, as parsed,
before it marks any), in corpus order: its result is kept under a digest of those, one row a corpus,
and emptied with the rest of the cache when the engine changes (``corpus.cache``'s schema id). An
edited, added, removed or reordered article changes the key, and the pass runs again. On the 4 MB
bench corpus the pass was about a sixth of a warm ``storydiff quotes``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from corpus.digests import blake2b
from corpus.model import Article


class ChromeStore(Protocol):
    """Where the pass's result is kept (:class:`corpus.cache.Cache`): one row per corpus."""

    def chrome(self, corpus: Path, key: str) -> bytes | None: ...

    def put_chrome(self, corpus: Path, key: str, data: bytes) -> None: ...


@dataclass(frozen=True, slots=True)
class KeptChrome:
    """The corpus's row in a store."""

    store: ChromeStore
    corpus: Path


def chrome_key(plain: Sequence[Article]) -> str:
    """A digest of what the pass reads: each article's text (its digest, kept with the article in
    the cache) and its paragraphs' array, in order."""
    digest = blake2b(digest_size=16)
    for article in plain:
        paragraphs = article.paragraphs.to_bytes()
        digest.update(article.text_digest())  # (16 bytes)
        digest.update(len(paragraphs).to_bytes(8, "little"))
        digest.update(paragraphs)
    return digest.hexdigest()


def repeated_chrome_kept(plain: Sequence[Article], kept: KeptChrome | None) -> dict[int, list[int]]:
    """:func:`.repeats.repeated_chrome` of ``plain``, read from ``kept`` where it holds it for these
    articles, else found and kept there."""
    key = chrome_key(plain) if kept is not None else ""
    if kept is not None:
        found = _decoded(kept.store.chrome(kept.corpus, key), plain)
        if found is not None:
            return found
    from corpus.ingest.repeats import repeated_chrome  # (not needed by a warm load)

    found = repeated_chrome(plain)
    if kept is not None:
        kept.store.put_chrome(kept.corpus, key, json.dumps(sorted(found.items())).encode("ascii"))
    return found


def _decoded(data: bytes | None, plain: Sequence[Article]) -> dict[int, list[int]] | None:
    """The kept result, or None where there is none or it does not fit the articles (damaged)."""
    if data is None:
        return None
    try:
        rows = json.loads(data)
        found = {int(n): [int(i) for i in chrome] for n, chrome in rows}
    except (ValueError, TypeError):
        return None
    fits = all(
        0 <= n < len(plain) and all(0 <= i < len(plain[n].paragraphs) for i in chrome)
        for n, chrome in found.items()
    )
    return found if fits else None
