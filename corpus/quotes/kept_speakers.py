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
and the canonical speakers: a JSON head and packed integers (:func:`step_bytes`; never pickle: a
cache someone else wrote must never run code). On the 4 MB bench corpus a warm ``storydiff quotes``
spent some 0.8 G instructions of its 2.1 G in the step (1.15 G with it kept); keeping it costs a
cold run ~0.2 %.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from corpus.digests import blake2b

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
    digest = blake2b(digest_size=16)
    digest.update(f"{VERSION}|{len(names)}".encode())
    # one update of the whole (a digest of pieces is the digest of their concatenation; the keys are
    # hex digits, as UTF-8 as in ASCII): four per article were 4,265 calls in the serial tail of a
    # cold run on the 4 MB bench corpus
    pieces = [f"\0{name}\0{key}" for name, key in zip(names, reading_keys, strict=True)]
    digest.update("".join(pieces).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def step_bytes(quotes: Sequence[Quote], speakers: Sequence[Speaker], names: Sequence[str]) -> bytes | None:
    """The step's result as bytes: compact JSON of the version, the number of quotes and, flat, each
    speaker's name, role, aliases, quotes, number of articles and quotes relayed; a line break; then
    machine integers: three a quote (its canonical speaker as its place among the speakers, its
    group, whom it quotes as theirs), then each speaker's articles as their places in ``names`` (the
    articles' names in corpus order). The numbers packed at C speed: as JSON they cost some 40 M
    instructions a cold run on the 4 MB bench corpus. None where a quote names someone who is no
    speaker (never seen: the step is then not kept)."""
    who: dict[str | None, int] = {s.name: n for n, s in enumerate(speakers)}
    who[None] = _NO_ONE
    numbers: list[int] = []
    try:
        for q in quotes:
            quoting = q.quoting
            numbers += (who[q.speaker], q.group, _NOT_QUOTING if quoting is None else who[quoting.name])
        at = {name: n for n, name in enumerate(names)}
        people: list[Any] = []
        for s in speakers:
            people += (s.name, s.role, s.aliases, s.quotes, len(s.articles), s.relayed)
            numbers += [at[a] for a in s.articles]
        packed = struct.pack(f"{len(numbers)}i", *numbers)
    except (KeyError, struct.error):
        return None
    head = json.dumps([VERSION, len(quotes), people], ensure_ascii=False, separators=(",", ":"))
    return head.encode("utf-8", "surrogatepass") + b"\n" + packed


_NO_ONE = -1
"""Written for no speaker (a quote said by no one, or a relayer quoting no one named)."""
_NOT_QUOTING = -2
"""Written for a quote whose speaker relays no one's words (``Quote.quoting`` None)."""
_INT = struct.calcsize("i")


def apply_step(data: bytes, quotes: Sequence[Quote], names: Sequence[str]) -> list[Speaker] | None:
    """The speakers :func:`step_bytes` wrote, each quote given its speaker, group and whom it quotes;
    None, the quotes untouched, where ``data`` is not such a result for these quotes."""
    from corpus.model import Speaker

    head, _, packed = data.partition(b"\n")
    try:
        version, count, people = json.loads(head.decode("utf-8", "surrogatepass"))
        numbers = struct.unpack(f"{len(packed) // _INT}i", packed)
        if version != VERSION or count != len(quotes) or len(people) % 6:
            return None
        speakers: list[Speaker] = []
        at = 3 * count
        for name, role, aliases, said, articles, relayed in zip(*[iter(people)] * 6, strict=True):
            speakers.append(
                Speaker(name, role, aliases, said, [names[a] for a in numbers[at : at + articles]], relayed)
            )
            at += articles
        if at != len(numbers) or min(numbers[3 * count :], default=0) < 0:
            return None
        shown: dict[int, str | None] = {n: s.name for n, s in enumerate(speakers)}
        shown[_NO_ONE] = shown[_NOT_QUOTING] = None
        found = [
            (shown[speaker], group, shown[quoted])
            for speaker, group, quoted in zip(*[iter(numbers[: 3 * count])] * 3, strict=True)
        ]
    except (ValueError, TypeError, KeyError, IndexError, struct.error):
        return None
    for q, (speaker, group, quoted) in zip(quotes, found, strict=True):
        q.speaker, q.group = speaker, group
        if q.quoting is not None and q.quoting.name != quoted:
            q.quoting = replace(q.quoting, name=quoted)
    return speakers
