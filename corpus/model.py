"""The data every part of storydiff shares: articles, quotes, speakers, passages.

Plain dataclasses, no behaviour beyond small derived views. Every offset
(``start``/``end``) indexes ``Article.text``: ``article.text[start:end]`` is the
thing described. The articles are defined here; what the engine finds in them
(quotes, passages, families) in :mod:`corpus.findings`, imported from here the
first time one of them is asked for, so that start-up does not build them.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import sub
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

from corpus.digests import blake2b
from corpus.later_sentences import LaterSentences as LaterSentences

if TYPE_CHECKING:  # at run time they come from __getattr__ below, when first asked for
    from corpus.findings import Mention as Mention
    from corpus.findings import Quote as Quote
    from corpus.findings import Quoting as Quoting
    from corpus.findings import Speaker as Speaker
    from corpus.passage_findings import ArticleReuse as ArticleReuse
    from corpus.passage_findings import Edge as Edge
    from corpus.passage_findings import Families as Families
    from corpus.passage_findings import Family as Family
    from corpus.passage_findings import FamilyMember as FamilyMember
    from corpus.passage_findings import Graph as Graph
    from corpus.passage_findings import Origin as Origin
    from corpus.passage_findings import Overlap as Overlap
    from corpus.passage_findings import Passage as Passage
    from corpus.passage_findings import WordOp as WordOp

BlockKind = Literal["title", "body", "boilerplate"]
QuoteKind = Literal["direct", "partial", "term"]
"""A quoted sentence, quoted words inside a sentence, or a term: one or two quoted words no cue gives
to anyone (a nickname, a scare quote, a title), never attributed nor counted as a statement."""
OpKind = Literal["equal", "replace", "insert", "delete"]
Tier = Literal["copied", "reworded"]

Progress: TypeAlias = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while long work (loading a corpus, building the graph) goes on."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a sentence: a span of ``Article.text`` and its kind."""

    start: int
    end: int
    kind: BlockKind
    paragraph: int = 0
    """Index of the paragraph that holds this block (a paragraph's own index)."""


_SET_BLOCK_FIELDS = tuple(getattr(Block, name).__set__ for name in ("start", "end", "kind", "paragraph"))


def _made_block(start: int, end: int, kind: BlockKind, paragraph: int) -> Block:
    """``Block(start, end, kind, paragraph)`` at half the cost: its slots are filled directly,
    not through the frozen class's ``object.__setattr__`` calls (Blocks makes one per read)."""
    block: Block = object.__new__(Block)
    set_start, set_end, set_kind, set_paragraph = _SET_BLOCK_FIELDS
    set_start(block, start)
    set_end(block, end)
    set_kind(block, kind)
    set_paragraph(block, paragraph)
    return block


BLOCK_KINDS: tuple[BlockKind, ...] = ("title", "body", "boilerplate")
"""The kinds a block can have, in the order :class:`Blocks` numbers them."""
_KIND_CODES: dict[str, int] = {kind: code for code, kind in enumerate(BLOCK_KINDS)}
_FIELDS = 4
"""Numbers :class:`Blocks` keeps per block: start, end, kind code, paragraph."""


class Blocks(Sequence[Block]):
    """An article's paragraphs or sentences, held as one array of numbers (start, end, kind,
    paragraph of each) and handed out as :class:`Block` objects when read.

    A Block object with its own start and end integers takes about 120 bytes; the four numbers
    here take 16. An article of 500 words has some 45 blocks: 5 KB as objects, 0.7 KB so
    (bench/graph_scale.py: at 10,000 articles the blocks as objects were 50 MB, more than the
    texts). Compares equal to any sequence of the same blocks (a list included)."""

    __slots__ = ("_numbers",)

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        codes = _KIND_CODES
        # one list, then the array in one go: an array grown block by block keeps spare room
        numbers = [n for b in blocks for n in (b.start, b.end, codes[b.kind], b.paragraph)]
        self._numbers = array("I", numbers)

    @classmethod
    def of(cls, blocks: Iterable[Block]) -> Blocks:
        """``blocks`` as Blocks (the same object when they already are)."""
        return blocks if isinstance(blocks, Blocks) else cls(blocks)

    def __len__(self) -> int:
        return len(self._numbers) // _FIELDS

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> Blocks: ...

    def __getitem__(self, index: int | slice) -> Block | Blocks:
        if isinstance(index, slice):
            part = Blocks()
            start, stop, step = index.indices(len(self))
            if step == 1:
                part._numbers = self._numbers[start * _FIELDS : max(start, stop) * _FIELDS]
            else:
                for k in range(start, stop, step):
                    part._numbers.extend(self._numbers[k * _FIELDS : (k + 1) * _FIELDS])
            return part
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("block index out of range")
        at = index * _FIELDS
        start, end, kind, paragraph = self._numbers[at : at + _FIELDS]
        return _made_block(start, end, BLOCK_KINDS[kind], paragraph)

    def __iter__(self) -> Iterator[Block]:
        numbers = self._numbers
        kinds = map(BLOCK_KINDS.__getitem__, numbers[2::_FIELDS])
        return map(_made_block, numbers[0::_FIELDS], numbers[1::_FIELDS], kinds, numbers[3::_FIELDS])

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]]) -> Blocks:
        """Blocks from rows of (start, end, kind, paragraph), as :meth:`rows` gives them (the
        cache's form), made without a Block object each."""
        codes = _KIND_CODES
        made = cls()
        made._numbers = array("I", [n for s, e, k, p in rows for n in (s, e, codes[k], p)])
        return made

    def to_bytes(self) -> bytes:
        """The numbers (start, end, kind code, paragraph of each block) as machine bytes: the
        cache's form, written and read back without a Python object per block."""
        return self._numbers.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes | memoryview) -> Blocks:
        """Blocks from :meth:`to_bytes`' bytes; ValueError when they cannot be blocks (a length
        that is no whole number of blocks, a kind code of no kind)."""
        numbers = array("I")
        numbers.frombytes(data)  # (ValueError itself when not a whole number of numbers)
        if len(numbers) % _FIELDS or max(numbers[2::_FIELDS], default=0) >= len(BLOCK_KINDS):
            raise ValueError("not the numbers of blocks")
        return _blocks_of_numbers(numbers)

    def rows(self) -> list[tuple[int, int, BlockKind, int]]:
        """(start, end, kind, paragraph) of each block, made without Block objects."""
        numbers = self._numbers
        kinds = map(BLOCK_KINDS.__getitem__, numbers[2::_FIELDS])
        return list(zip(numbers[0::_FIELDS], numbers[1::_FIELDS], kinds, numbers[3::_FIELDS], strict=True))

    def spans(self) -> list[tuple[int, int, BlockKind]]:
        """(start, end, kind) of each block, made without Block objects: for loops over every
        sentence of a big corpus (a tuple costs a tenth of a Block)."""
        numbers = self._numbers
        kinds = map(BLOCK_KINDS.__getitem__, numbers[2::_FIELDS])
        return list(zip(numbers[0::_FIELDS], numbers[1::_FIELDS], kinds, strict=True))

    def spans_of(self, kind: BlockKind) -> list[tuple[int, int]]:
        """(start, end) of each block of ``kind``, picked from the array at C speed, with no
        Block object made (the families read every member article's body this way)."""
        numbers = self._numbers
        wanted = map(_KIND_CODES[kind].__eq__, numbers[2::_FIELDS])
        return list(compress(zip(numbers[0::_FIELDS], numbers[1::_FIELDS], strict=True), wanted))

    def short(self, longest: int) -> list[tuple[int, int, int]]:
        """(index, start, end) of each block of at most ``longest`` characters, picked from the array
        at C speed (the corpus's repeated labels are looked for among its short paragraphs alone)."""
        numbers = self._numbers
        starts, ends = numbers[0::_FIELDS], numbers[1::_FIELDS]
        fits = map(longest.__ge__, map(sub, ends, starts))
        return list(compress(zip(count(), starts, ends), fits))

    def kind_of(self, index: int) -> BlockKind:
        """The kind of the ``index``-th block (no Block object made)."""
        return BLOCK_KINDS[self._numbers[index * _FIELDS + 2]]

    def of_kind(self, kind: BlockKind) -> list[Block]:
        """The blocks of ``kind``: only they are made into Block objects."""
        numbers = self._numbers
        wanted = list(map(_KIND_CODES[kind].__eq__, numbers[2::_FIELDS]))
        picked = [compress(numbers[k::_FIELDS], wanted) for k in (0, 1, 3)]
        return list(map(_made_block, picked[0], picked[1], repeat(kind), picked[2]))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Blocks):
            return self._numbers == other._numbers
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which are unhashable

    def __repr__(self) -> str:
        return f"Blocks({list(self)!r})"

    def __reduce__(self) -> tuple[Callable[[array[int]], Blocks], tuple[array[int]]]:
        """Pickled as its array of numbers (the families' helper process is sent every article it
        aligns): a Block object each took 30x the time to make, pickle and make again."""
        return (_blocks_of_numbers, (self._numbers,))

    def with_kinds(self, kinds: Mapping[int, BlockKind]) -> Blocks:
        """These blocks, those of each paragraph ``kinds`` holds given its kind there (the sentences of a
        paragraph relabelled after the parse, as repeated chrome is)."""
        relabelled = [(s, e, kinds.get(p, k), p) for s, e, k, p in self.rows()] if kinds else self.rows()
        return Blocks.from_rows(relabelled)

    def kind_at(self, offset: int) -> BlockKind | None:
        """Kind of the block holding ``offset`` (blocks in text order), or None between blocks."""
        numbers = self._numbers
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            at = mid * _FIELDS
            if offset < numbers[at]:
                hi = mid
            elif offset >= numbers[at + 1]:
                lo = mid + 1
            else:
                return BLOCK_KINDS[numbers[at + 2]]
        return None


def _blocks_of_numbers(numbers: array[int]) -> Blocks:
    """The :class:`Blocks` whose numbers are ``numbers`` (how a pickled one is made again)."""
    made = Blocks()
    made._numbers = numbers
    return made


class Article:
    """One file of the corpus, read and cleaned.

    ``text`` is the source every offset indexes: for .txt/.md the decoded file
    unchanged, for HTML the Markdown made from it. A file that could not be
    read well still becomes an Article, with ``problem`` saying why.

    A plain class with slots rather than a dataclass: its ``paragraphs`` and ``sentences`` are
    kept as :class:`Blocks` (compact arrays) whatever sequence of blocks is given or assigned,
    and the outlet's name is interned (a corpus of one story repeats a few dozen outlets).
    """

    __slots__ = (
        "_paragraphs",
        "_sentences",
        "_source",
        "_text_digest",
        "author",
        "date",
        "name",
        "path",
        "problem",
        "text",
        "title",
        "words",
    )
    _sentences: Blocks | LaterSentences

    def __init__(
        self,
        name: str,
        path: Path,
        text: str,
        title: str | None = None,
        source: str | None = None,
        date: str | None = None,
        author: str | None = None,
        paragraphs: Iterable[Block] = (),
        sentences: Iterable[Block] | LaterSentences = (),
        words: int = 0,
        problem: str | None = None,
    ) -> None:
        self.name = name
        self.path = path
        self.text = text
        self.title = title
        self.source = source
        self.date = date
        self.author = author
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.words = words
        self.problem = problem
        self._text_digest: tuple[str, bytes] | None = None

    def text_digest(self) -> bytes:
        """A digest of the text's UTF-8 (what a quote reading's cache key is made from), made once:
        the on-disk cache keeps it with the article (:mod:`corpus.ingest.article_bytes`), so a warm
        run does not encode and hash every text again (on the 4 MB bench corpus a twentieth of it)."""
        known = self._text_digest
        if known is not None and known[0] is self.text:  # (made of this very text, not one set since)
            return known[1]
        return self.note_text_digest(text_digest_of(self.text.encode("utf-8", "surrogatepass")))

    def note_text_digest(self, digest: bytes) -> bytes:
        """Keep ``digest`` as the digest of the text as it is now (made by :func:`text_digest_of` of
        its UTF-8 by whoever had the bytes at hand)."""
        self._text_digest = (self.text, digest)
        return digest

    @property
    def paragraphs(self) -> Blocks:
        """The article's paragraphs in text order (title, body and boilerplate ones)."""
        return self._paragraphs

    @paragraphs.setter
    def paragraphs(self, blocks: Iterable[Block]) -> None:
        self._paragraphs = Blocks.of(blocks)

    @property
    def sentences(self) -> Blocks:
        """The article's sentences in text order, each with its paragraph's kind and index (made here
        when first read, where the parse left them to be made: :class:`LaterSentences`)."""
        sentences = self._sentences
        if isinstance(sentences, LaterSentences):
            made = self._sentences = sentences.made()
            return made
        return sentences

    @sentences.setter
    def sentences(self, blocks: Iterable[Block] | LaterSentences) -> None:
        self._sentences = blocks if isinstance(blocks, LaterSentences) else Blocks.of(blocks)

    def sentences_as_given(self) -> Blocks | LaterSentences:
        """The sentences, or what makes them where they are not made yet (none is made here)."""
        return self._sentences

    def later_sentences(self) -> LaterSentences | None:
        """What makes the sentences, where they are not made yet and will be made of the article's
        text and paragraphs as they are now (the cache then keeps them as "not made"); else None."""
        sentences = self._sentences
        if isinstance(sentences, LaterSentences) and sentences.fit(self.text, self._paragraphs):
            return sentences
        return None

    @property
    def source(self) -> str | None:
        """The outlet, as the page or the text names it."""
        return self._source

    @source.setter
    def source(self, outlet: str | None) -> None:
        self._source = sys.intern(outlet) if outlet else outlet

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in ARTICLE_FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it was

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in ARTICLE_FIELDS)
        return f"Article({shown})"

    def body_paragraphs(self) -> list[Block]:
        """Paragraphs that are the article itself (title and boilerplate left out)."""
        return self.paragraphs.of_kind("body")

    def kind_at(self, offset: int) -> BlockKind | None:
        """Kind of the paragraph holding ``offset``, or None between paragraphs."""
        return self.paragraphs.kind_at(offset)


def text_digest_of(data: bytes) -> bytes:
    """The digest :meth:`Article.text_digest` keeps, of a text's UTF-8 ``data``."""
    return blake2b(data, digest_size=16).digest()


ARTICLE_FIELDS = (
    "name", "path", "text", "title", "source", "date", "author",
    "paragraphs", "sentences", "words", "problem",
)  # fmt: skip
"""An Article's public fields, in the order its constructor takes them."""


FINDINGS = frozenset(
    {
        "Mention", "Quote", "Quoting", "Speaker",
        "WordOp", "Passage", "Overlap", "Edge", "Graph",
        "FamilyMember", "Origin", "Family", "ArticleReuse", "Families",
    }
)  # fmt: skip
"""The classes of what the engine finds (quotes, passages, families), defined in corpus.findings (the
quotes') and corpus.passage_findings (the others)."""


def __getattr__(name: str) -> type:
    """``from corpus.model import Quote`` works as for the classes above, but imports
    :mod:`corpus.findings` only then (it gives the passages' classes from :mod:`corpus.passage_findings`,
    imported only when one of those is asked for): painting the article list needs none of them (PEP 562)."""
    if name in FINDINGS:
        from corpus import findings

        found: type = getattr(findings, name)
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
