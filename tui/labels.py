"""How articles and quotes are named on screen: short, inert (never markup), the same everywhere."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len, get_character_cell_size

from corpus.ingest.inert import visible

if TYPE_CHECKING:  # names only: the article list imports this module before any quote is found
    from corpus.model import Article, Quote

_SPACES = re.compile(r"\s+")


def article_label(article: Article) -> str:
    """The article's title (or file name when it has none), one line, terminal-safe."""
    return one_line(article.title or article.name)


def one_line(text: str) -> str:
    return visible(_SPACES.sub(" ", text).strip())


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal cells with an ellipsis, between two characters.

    Cells, not characters: a Chinese or Japanese character takes two, a combining mark none (it
    stays with its letter), so a clipped title never runs into the next column."""
    if cell_len(text) <= width:
        return text
    room, kept = max(0, width - 1), 0
    for index, char in enumerate(text):
        room -= get_character_cell_size(char)
        if room < 0:
            break
        kept = index + 1
    return text[:kept].rstrip() + "…"


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` terminal cells (on the left when ``right``)."""
    fill = " " * max(0, width - cell_len(text))
    return fill + text if right else text + fill


def quoted_label(quote: Quote) -> str | None:
    """Whom a quote's speaker quotes where they relay the words ("“…,” Roe said, according to
    Frankel": Roe), one line, terminal-safe: the name, else the mention as written ("police")."""
    quoting = quote.quoting
    if quoting is None:
        return None
    return one_line(quoting.name or quoting.mention.text)


def speaker_label(quote: Quote, unknown: str = "speaker unknown") -> str:
    """Who a quote is given to, one line: the speaker; for a relayed quote with no speaker named,
    the relayer as written ("Thursday's filing")."""
    if quote.speaker:
        return one_line(quote.speaker)
    if quote.quoting is not None and quote.mention is not None:
        return one_line(quote.mention.text)
    return unknown


def said_by(quote: Quote, unknown: str = "unknown speaker") -> str:
    """Who a quote is given to and, where they relay it, whom they quote: "Frankel, quoting Roe"."""
    quoted = quoted_label(quote)
    who = speaker_label(quote, unknown)
    return who if quoted is None else f"{who}, quoting {quoted}"


def quote_label(quote: Quote, width: int = 60) -> str:
    return clip(one_line(quote.text), width)
