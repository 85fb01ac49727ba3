"""Articles from files: the public API the app and the CLI use.

- :func:`load_corpus`, :func:`load_article`, :func:`article_from_text` — files to
  :class:`~corpus.model.Article`, with paragraphs, sentences, title, source and date;
- :class:`CorpusError` — a corpus path that cannot be used at all;
- :func:`skipped_files` — the files of a corpus folder that are not articles (a ``.pdf``…);
- :func:`visible` — article text made inert for a terminal.

The parts: finding and decoding files (:mod:`.files`), web pages (:mod:`.html` and its ``html_*``
helpers), front matter (:mod:`.frontmatter`), paragraphs and sentences (:mod:`.structure`), a text's
title, source, date and furniture (:mod:`.meta`), and inert text (:mod:`.inert`).

Each name is imported when it is first asked for, not with this package: the quote finder's helper
process reads the sentence rules of :mod:`.structure` and the month names of :mod:`.calendar`, and
importing a submodule runs this file first, which then imported the whole loader (files, meta,
headline, dates, site names: some 7 ms of the helper's start, which it never used).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpus.ingest.files import CorpusError, skipped_files
    from corpus.ingest.inert import visible
    from corpus.ingest.load import article_from_text, load_article, load_corpus

__all__ = ["CorpusError", "article_from_text", "load_article", "load_corpus", "skipped_files", "visible"]

_HOME = {
    "CorpusError": "files",
    "skipped_files": "files",
    "visible": "inert",
    "article_from_text": "load",
    "load_article": "load",
    "load_corpus": "load",
}
"""The module of each name (see the module's docstring)."""


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
