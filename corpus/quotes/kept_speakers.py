"""The speakers step's result kept in the on-disk cache: a warm run of an unchanged corpus does not
settle who is who again.

What :func:`corpus.quotes.find.find_quotes` does after the articles are read (one speaker per person
across the corpus, whom relayers quote, statement groups) depends on the articles' readings, their
names and their order, and on their texts (the genders and lone names it reads there), all of which
each article's reading key holds (:func:`corpus.quotes.readings.reading_key`: its text, blocks and
problem), and on the engine's code and tables, which the cache's schema id holds (the cache is
emptied when they change). So the step's result is kept under a digest of every article's name and
reading key in corpus order, and used while that digest matches: an article edited, added, removed,
renamed or moved in the order gives another digest, and the step runs again.

Kept: per quote its canonical speaker, its statement group and the canonical name of whom it quotes;
and the canonical speakers. Compact JSON, as the readings are (never pickle: a cache someone else
wrote must never run code). On the 4 MB bench corpus a warm ``storydiff quotes`` spent some 0.8 G
instructions of its 2.1 G in the step.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # (the quote model's dataclasses are made when first used: see corpus.findings)
    from corpus.model import Article, Quote, Speaker

__all__ = ["VERSION", "KeptStep", "StepCache", "StepStore", "apply_step", "step_bytes", "step_key"]

VERSION = 1
"""The form's version, written first: a result in another form is no result of this one's."""


@runtime_checkable
class StepCache(Protocol):
    """Where the step's result is kept (:class:`corpus.cache.Cache`): one row per corpus."""

    def step(self, corpus: Path, key: str) -> bytes | None: ...

    def put_step(self, corpus: Path, key: str, data: bytes) -> None: ...


@dataclass(slots=True, eq=False)
class KeptStep:
    """The step's result of one corpus in one state: ``key``, :func:`step_key`'s digest of it."""

    cache: StepCache
    corpus: Path
    key: str

    def get(self) -> bytes | None:
        return self.cache.step(self.corpus, self.key)

    def keep(self, data: bytes) -> None:
        self.cache.put_step(self.corpus, self.key, data)


@runtime_checkable
class StepStore(Protocol):
    """A reading store that keeps the step's result too (:class:`corpus.quotes.readings.QuoteReadings`)."""

    def kept_step(self, articles: Sequence[Article]) -> KeptStep | None:
        """Where the step's result for ``articles`` (after their readings were asked for) is kept;
        None where it is not kept."""


def step_key(names: Sequence[str], reading_keys: Sequence[str]) -> str:
    """A digest of the articles' names and reading keys, in corpus order (what the step depends on
    besides the engine, which the cache's schema id holds)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{VERSION}|{len(names)}".encode())
    for name, key in zip(names, reading_keys, strict=True):
        digest.update(b"\0")
        digest.update(name.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        digest.update(key.encode("ascii"))
    return digest.hexdigest()


def step_bytes(quotes: Sequence[Quote], speakers: Sequence[Speaker]) -> bytes:
    """The step's result as compact JSON: the version; per quote (canonical speaker, group, the
    canonical name of whom it quotes), flat; per speaker its fields, flat."""
    flat: list[Any] = []
    for q in quotes:
        flat += (q.speaker, q.group, None if q.quoting is None else q.quoting.name)
    people: list[Any] = []
    for s in speakers:
        people += (s.name, s.role, s.aliases, s.quotes, s.articles, s.relayed)
    return json.dumps([VERSION, len(quotes), flat, people], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def apply_step(data: bytes, quotes: Sequence[Quote]) -> list[Speaker] | None:
    """The speakers :func:`step_bytes` wrote, each quote given its speaker, group and whom it quotes;
    None, the quotes untouched, where ``data`` is not such a result for these quotes."""
    from corpus.model import Speaker

    try:
        version, count, flat, people = json.loads(data.decode("utf-8", "surrogatepass"))
        if version != VERSION or count != len(quotes) or len(flat) != 3 * count or len(people) % 6:
            return None
        speakers = [Speaker(*people[i : i + 6]) for i in range(0, len(people), 6)]
    except (ValueError, TypeError):
        return None
    for k, q in enumerate(quotes):
        q.speaker, q.group, quoted = flat[3 * k : 3 * k + 3]
        if q.quoting is not None and q.quoting.name != quoted:
            q.quoting = replace(q.quoting, name=quoted)
    return speakers
