"""Loading a corpus: files to Articles, with paragraphs, sentences, title, source and date."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Protocol

from corpus.ingest.files import HTML_SUFFIXES, CorpusError, RawFile, corpus_files, is_blank, read_file
from corpus.ingest.kept_chrome import KeptChrome, repeated_chrome_kept
from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.model import Article, BlockKind, Blocks, LaterSentences, Progress

if TYPE_CHECKING:
    from corpus.ingest.meta import TextMeta


def import_parser() -> None:
    """Import the parser's modules now, not where a file is first parsed (a helper process waiting
    for its first files: :func:`corpus.quotes.quote_helper.warm_up_to_parse`)."""
    _parser()


@cache
def _parser() -> SimpleNamespace:
    """The parser's functions, imported where a file is first parsed (a module-level name bound once,
    not an import statement run at each file): a warm load takes every article from the cache and
    needs none of their modules (dates, meta, site_names, structure, word_count)."""
    from corpus.ingest.dates import date_in_file_name
    from corpus.ingest.meta import describe
    from corpus.ingest.site_names import site_in_file_name
    from corpus.ingest.structure import paragraph_blocks, sentence_blocks, split_paragraphs
    from corpus.ingest.word_count import words_of_spans

    return SimpleNamespace(
        date_in_file_name=date_in_file_name,
        describe=describe,
        site_in_file_name=site_in_file_name,
        paragraph_blocks=paragraph_blocks,
        sentence_blocks=sentence_blocks,
        split_paragraphs=split_paragraphs,
        words_of_spans=words_of_spans,
    )


__all__ = [
    "ArticleCache",
    "CorpusError",
    "ParseShare",
    "article_from_text",
    "import_parser",
    "load_article",
    "load_corpus",
    "parse_file",
]


class ArticleCache(Protocol):
    """A store of parsed articles keyed by path, size and modification time."""

    def expect(self, paths: Sequence[Path]) -> None:
        """The paths ``get`` will be asked for, in this order (so they can be read ahead)."""

    def get(self, path: Path, size: int, mtime_ns: int) -> Article | None: ...

    def put(self, article: Article, size: int, mtime_ns: int, content: bytes | None = None) -> None:
        """Keep ``article``, made from ``content`` (the file's bytes; read again when None)."""


class ParseShare(Protocol):
    """Another process parsing a share of the files (:mod:`corpus.quotes.shared_ingest`)."""

    def load(
        self, paths: Sequence[Path], names: Sequence[str], here: Callable[[Path, str], Article]
    ) -> Iterator[Article]:
        """The article of each path, in order: those of its share parsed there, the others by
        ``here`` (as :func:`load_article` with the cache)."""


def load_corpus(
    root: Path | str,
    *,
    progress: Progress | None = None,
    cache: ArticleCache | None = None,
    into: list[Article] | None = None,
    share: ParseShare | None = None,
    chrome: KeptChrome | None = None,
) -> list[Article]:
    """Load every article under ``root`` (a file or a folder), in name order.

    Raises :class:`CorpusError` only when ``root`` itself is unusable; every
    bad file becomes an Article with a ``problem``. Articles are appended to
    ``into`` (and it is returned) as they load, so a caller can show the first
    ones while the rest of a big corpus is still being read. ``share``: another
    process parses a share of the files meanwhile; ``chrome``: where the repeated-chrome pass's
    result is kept (:mod:`.kept_chrome`).
    """
    root = Path(root)
    paths = list(corpus_files(root))
    names = _unique_names(paths, root)
    articles: list[Article] = [] if into is None else into
    total = len(paths)
    first = len(articles)
    if cache is not None:
        cache.expect(paths)
    parsed: ParsedTexts = {}

    def here(path: Path, name: str) -> Article:
        return load_article(path, name=name, cache=cache, parsed=parsed)

    loaded = map(here, paths, names) if share is None else share.load(paths, names, here)
    for done, article in enumerate(loaded, start=1):
        articles.append(article)
        if progress is not None:
            progress(done, total)
    mark_repeated_chrome(articles[first:], chrome)
    return articles


def mark_repeated_chrome(articles: list[Article], kept: KeptChrome | None = None) -> None:
    """Mark as boilerplate the chrome lines several plain-text articles repeat (see :mod:`.repeats`).

    Run on the loaded corpus, after the cache: a cached article holds what its file alone says.
    Web pages are left out: their furniture comes from their markup. ``kept``: where the pass's
    result is kept for a warm load (:mod:`.kept_chrome`).
    """
    plain = [a for a in articles if a.path.suffix.lower() not in HTML_SUFFIXES and not a.problem]
    found = repeated_chrome_kept(plain, kept)
    if not found:
        return
    from corpus.ingest.headline import clean_title, lead_title  # (a warm load of most corpora: not needed)

    for n, chrome in found.items():
        article = plain[n]
        kinds: list[BlockKind] = [p.kind for p in article.paragraphs]
        titles = set()
        for i in chrome:
            kinds[i] = "boilerplate"
            titles.add(clean_title(article.text[article.paragraphs[i].start : article.paragraphs[i].end]))
        _set_kinds(article, kinds)
        if article.title in titles:  # the title stood on a line now known as chrome
            spans = [(p.start, p.end) for p in article.paragraphs]
            article.title = lead_title(article.text, spans, kinds)


def _unique_names(paths: Iterable[Path], root: Path) -> list[str]:
    """File names, or the path relative to ``root`` where two files share a name."""
    paths = list(paths)
    counts: dict[str, int] = {}
    for p in paths:
        counts[p.name] = counts.get(p.name, 0) + 1
    names = []
    for p in paths:
        if counts[p.name] == 1 or not root.is_dir():
            names.append(p.name)
        else:
            names.append(p.relative_to(root).as_posix())
    return names


ParsedTexts = dict[str, tuple[str | None, str | None, str | None, Blocks, Blocks | LaterSentences, int]]
"""Plain texts parsed while a corpus loads, with what :func:`article_from_text` made of each (title,
source, date, paragraphs, sentences, words): a text saved twice (the same page under two names, a
wire story reprinted word for word) is parsed once. On the 4 MB bench corpus 72 of 1,066 files."""


def load_article(
    path: Path,
    *,
    name: str | None = None,
    cache: ArticleCache | None = None,
    parsed: ParsedTexts | None = None,
) -> Article:
    """Read one file into an Article; never raises (``parsed``: see :data:`ParsedTexts`)."""
    name = name or path.name
    st = None
    if cache is not None:
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is not None:
            cached = cache.get(path, st.st_size, st.st_mtime_ns)
            if cached is not None:
                cached.name = name
                return cached
    article, raw = parse_file(path, name, st, parsed)
    if cache is not None and raw.mtime_ns:
        cache.put(article, raw.size, raw.mtime_ns, raw.data or None)
    return article


def parse_file(
    path: Path, name: str, st: os.stat_result | None = None, parsed: ParsedTexts | None = None
) -> tuple[Article, RawFile]:
    """Read and parse one file (``st``: its stat, when just taken), with what was read; never raises."""
    raw = read_file(path, st)
    try:
        return _parse(path, name, raw, parsed), raw
    except Exception as exc:  # a parser bug must not stop the corpus
        return Article(name, path, raw.text, problem=f"could not be read: {type(exc).__name__}"), raw


def _parse(path: Path, name: str, raw: RawFile, parsed: ParsedTexts | None = None) -> Article:
    if is_blank(raw.text):
        return Article(name, path, raw.text, problem=raw.problem or "empty file")
    if path.suffix.lower() in HTML_SUFFIXES:
        from corpus.ingest.html import read_html

        doc = read_html(raw.text)
        article = article_from_text(name, path, doc.text, boilerplate=doc.boilerplate)
        _headline_from_page(article, doc.title, doc.boilerplate)
        article.title = doc.title or article.title
        article.source = doc.source or article.source
        article.date = doc.date or article.date
        article.author = doc.author
        if not article.body_paragraphs():  # a script-only app page, or a bare frame
            article.problem = "no article text in this page"
    elif path.suffix.lower() in _MARKDOWN_SUFFIXES and raw.text.startswith(("---", "\ufeff---")):
        article = _markdown_with_front_matter(name, path, raw.text)
    else:
        article = _plain_article(name, path, raw.text, parsed)
    article.problem = raw.problem or article.problem
    # "00604_slate.com.txt": a scraper's name
    article.source = article.source or _parser().site_in_file_name(path)
    article.date = article.date or _parser().date_in_file_name(path.stem)
    return article


_MARKDOWN_SUFFIXES = {".md", ".markdown"}


def _plain_article(name: str, path: Path, text: str, parsed: ParsedTexts | None) -> Article:
    """:func:`article_from_text`, or what it made of the same text before (which depends on the text
    alone: the name and path are only kept), its blocks shared (they are never changed in place)."""
    known = None if parsed is None else parsed.get(text)
    if known is None:
        article = article_from_text(name, path, text)
        if parsed is not None:
            made = article.paragraphs, article.sentences_as_given(), article.words
            parsed[text] = (article.title, article.source, article.date, *made)
        return article
    title, source, date, paragraphs, sentences, words = known
    return Article(name, path, text, title, source, date, None, paragraphs, sentences, words)


_heading_markup = compiled_on_first_use(r"^#{1,6}\s+|[*_\\]")


def _headline_from_page(article: Article, headline: str | None, furniture: list[tuple[int, int]]) -> None:
    """The page's own headline is the title paragraph, not a menu or logo line the text
    heuristics took for it; a "title" inside the page furniture is furniture."""
    paragraphs = article.paragraphs
    covered = _mark_spans([(p.start, p.end) for p in paragraphs], ["body"] * len(paragraphs), furniture)
    want = " ".join((headline or "").split()).lower()
    texts = [_heading_markup().sub("", article.text[p.start : p.end]) for p in paragraphs]
    texts = [" ".join(t.split()).lower() for t in texts]
    matches = [i for i, t in enumerate(texts) if want and t == want and covered[i] == "body"]
    found = matches[0] if matches else None
    kinds: list[BlockKind] = []
    for i, (p, cover) in enumerate(zip(paragraphs, covered, strict=True)):
        kind = p.kind
        if i == found:
            kind = "title"
        elif kind == "title" and cover == "boilerplate":
            kind = "boilerplate"
        elif kind == "title" and found is not None and texts[i] != want:
            kind = "body"
        kinds.append(kind)
    _set_kinds(article, kinds)


def _set_kinds(article: Article, kinds: list[BlockKind]) -> None:
    """Give the article's paragraphs (and their sentences) these kinds, and count its words again."""
    from dataclasses import replace

    paragraphs = article.paragraphs
    if kinds == [p.kind for p in paragraphs]:
        return
    article.paragraphs = [replace(p, kind=k) for p, k in zip(paragraphs, kinds, strict=True)]
    changed = {n: kind for n, (p, kind) in enumerate(zip(paragraphs, kinds, strict=True)) if p.kind != kind}
    sentences = article.sentences_as_given()
    # (sentences not made yet are left so: a warm load relabels a cached article's chrome every time)
    article.sentences = (
        sentences.relabelled_as(article.paragraphs, changed)
        if isinstance(sentences, LaterSentences)
        else sentences.with_kinds(changed)
    )
    from corpus.ingest.word_count import count_words  # (the counter alone, not the parser)

    article.words = count_words(article.text, article.paragraphs)


def _markdown_with_front_matter(name: str, path: Path, text: str) -> Article:
    """A Markdown file whose YAML front matter gives title, date, source and author.

    The block is read as if blank (same length, so offsets still index the file) and then
    stands first as one boilerplate paragraph: it is not the article's headline or body.
    """
    from dataclasses import replace

    from corpus.ingest.frontmatter import read_front_matter
    from corpus.model import Block

    front = read_front_matter(text)
    if front is None:
        return article_from_text(name, path, text)
    blank = re.sub(r"[^\r\n]", " ", text[: front.end]) + text[front.end :]
    article = article_from_text(name, path, blank)
    article.text = text
    block_end = len(text[: front.end].rstrip())
    head = Block(0, block_end, "boilerplate", 0)
    article.paragraphs = [head, *(replace(p, paragraph=p.paragraph + 1) for p in article.paragraphs)]
    article.sentences = [head, *(replace(s, paragraph=s.paragraph + 1) for s in article.sentences)]
    if front.title:  # the text heuristics' headline, unless it is a heading or the title itself
        wanted = " ".join(front.title.split()).lower()
        kinds: list[BlockKind] = []
        for p in article.paragraphs:
            line = article.text[p.start : p.end]
            plain = " ".join(_heading_markup().sub("", line).split()).lower()
            keep = p.kind != "title" or line.startswith("#") or plain == wanted
            kinds.append(p.kind if keep else "body")
        article.paragraphs = [replace(p, kind=k) for p, k in zip(article.paragraphs, kinds, strict=True)]
        article.sentences = [
            replace(s, kind="body") if kinds[s.paragraph] == "body" and s.kind == "title" else s
            for s in article.sentences
        ]
    article.title = front.title or article.title
    article.source = front.source or article.source
    article.date = front.date or article.date
    article.author = front.author or article.author
    return article


def article_from_text(
    name: str,
    path: Path,
    text: str,
    *,
    boilerplate: list[tuple[int, int]] | None = None,
) -> Article:
    """Build an Article from text already decoded: the place tests and tools start from."""
    parser = _parser()
    spans = parser.split_paragraphs(text)
    # a web page's furniture comes from its markup (``boilerplate``); plain text's from its lines
    meta: TextMeta = parser.describe(text, spans, scraped=boilerplate is None)
    kinds = meta.kinds
    if boilerplate:
        kinds = _mark_spans(spans, kinds, boilerplate)
    paragraphs = parser.paragraph_blocks(spans, kinds)
    words = parser.words_of_spans(text, spans, kinds)  # (the spans and kinds at hand, not the blocks')
    # made where first read: storydiff quotes and list never read them (see LaterSentences)
    sentences = LaterSentences(parser.sentence_blocks, text, paragraphs)
    return Article(
        name=name,
        path=path,
        text=text,
        title=meta.title,
        source=meta.source,
        date=meta.date,
        paragraphs=paragraphs,
        sentences=sentences,
        words=words,
    )


def _mark_spans(
    spans: list[tuple[int, int]], kinds: list[BlockKind], furniture: list[tuple[int, int]]
) -> list[BlockKind]:
    """Mark as boilerplate the paragraphs lying mostly inside the given spans."""
    marked = list(kinds)
    furniture = sorted(furniture)
    j = 0
    for i, (start, end) in enumerate(spans):
        while j < len(furniture) and furniture[j][1] <= start:
            j += 1
        covered = 0
        k = j
        while k < len(furniture) and furniture[k][0] < end:
            covered += min(end, furniture[k][1]) - max(start, furniture[k][0])
            k += 1
        if covered * 2 > end - start and marked[i] != "title":
            marked[i] = "boilerplate"
    return marked
