"""Articles from files: the public API the app and the CLI use.

- :func:`load_corpus`, :func:`load_article`, :func:`article_from_text` — files to
  :class:`~corpus.model.Article`, with paragraphs, sentences, title, source and date;
- :class:`CorpusError` — a corpus path that cannot be used at all;
- :func:`skipped_files` — the files of a corpus folder that are not articles (a ``.pdf``…);
- :func:`visible` — article text made inert for a terminal.

The parts: finding and decoding files (:mod:`.files`), web pages (:mod:`.html` and its ``html_*``
helpers), front matter (:mod:`.frontmatter`), paragraphs and sentences (:mod:`.structure`), a text's
title, source, date and furniture (:mod:`.meta`), and inert text (:mod:`.inert`).
"""

from __future__ import annotations

from corpus.ingest.files import CorpusError, skipped_files
from corpus.ingest.inert import visible
from corpus.ingest.load import article_from_text, load_article, load_corpus

__all__ = ["CorpusError", "article_from_text", "load_article", "load_corpus", "skipped_files", "visible"]
