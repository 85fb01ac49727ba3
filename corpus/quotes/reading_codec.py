"""One article's quote reading as bytes: the form the on-disk cache keeps it in, and the form the
helper process sends it back in.

Compact JSON, the texts left as offsets into the article. Sent back as bytes rather than pickled
objects because pickling every :class:`Quote` cost the helper five times as much (1,066 articles of
the 4 MB bench corpus: 81 ms against 16), and unpickling cost this process more than reading the
bytes (35 ms against 26), which the cache then keeps as they are, not written again.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from corpus.model import Article, Mention, Quote, Quoting

if TYPE_CHECKING:  # (a type only: article_quotes imports this module)
    from corpus.quotes.article_quotes import ArticleQuotes

__all__ = ["reading_bytes", "reading_from_bytes"]

_KINDS = ("direct", "partial", "term")
VERSION = 2
"""The form's version, written first: a reading in another form (version 1 wrote none, and no whom a
relayer quotes) is no reading of this one's, and is read again rather than misread."""


_NO_ONE = (None, None, None)


def reading_bytes(reading: ArticleQuotes) -> bytes:
    """A reading as compact JSON: the form's :data:`VERSION`; per quote (start, end, kind, mention
    start, mention end, cue, name, role, and whom its speaker quotes: mention start, mention end and
    name, or three nulls), then the name pairs, flat. The texts are slices of the article's text,
    not stored. Not pickle: a cache someone else wrote must never run code; and on the 4 MB bench
    corpus pickle took 2.5x the room (1.56 MB against 0.62) and twice the time to write (47 ms
    against 24), for 10% less time to read (33 ms against 37, each :class:`Quote` made either way)."""
    quotes, named, roles, pairs = reading
    rows: list[list[Any]] = []
    for q, name, role in zip(quotes, named, roles, strict=True):
        m = q.mention
        at = (None, None) if m is None else (m.start, m.end)
        inner = q.quoting
        quoting = _NO_ONE if inner is None else (inner.mention.start, inner.mention.end, inner.name)
        rows.append([q.start, q.end, q.kind, *at, q.cue, name, role, *quoting])
    flat = [word for pair in pairs for word in pair]
    return json.dumps([VERSION, rows, flat], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def reading_from_bytes(data: bytes, article: Article) -> ArticleQuotes:
    """The reading :func:`reading_bytes` wrote, for ``article``; ValueError when ``data`` is not one
    (or does not fit the article's text)."""
    try:
        version, rows, flat = json.loads(data.decode("utf-8", "surrogatepass"))
        if version != VERSION:
            raise ValueError("a reading of another version")
        text, name, size = article.text, article.name, len(article.text)
        quotes: list[Quote] = []
        named: list[str | None] = []
        roles: list[str | None] = []
        for start, end, kind, m_start, m_end, cue, speaker, role, q_start, q_end, q_name in rows:
            if not 0 <= start <= end <= size or kind not in _KINDS:
                raise ValueError("a quote outside the article")
            mention = None if m_start is None else _mention(m_start, m_end, text)
            quoting = None
            if q_start is not None:
                if q_name is not None and not isinstance(q_name, str):
                    raise ValueError("a quoted person's name that is no text")
                quoting = Quoting(q_name, _mention(q_start, q_end, text))
            quotes.append(Quote(name, start, end, text[start:end], kind, None, mention, cue, 0, quoting))
            named.append(speaker)
            roles.append(role)
        if len(flat) % 2:
            raise ValueError("name pairs of odd length")
        pairs = list(zip(flat[0::2], flat[1::2], strict=True))
    except (TypeError, ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not a quote reading: {exc}") from None
    return quotes, named, roles, pairs


def _mention(start: int, end: int, text: str) -> Mention:
    if not 0 <= start <= end <= len(text):
        raise ValueError("a mention outside the article")
    return Mention(start, end, text[start:end])
