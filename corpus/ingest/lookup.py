"""Which article a person means: a name, a number, a path or the start of a name, as typed on the
command line; and a unique name for an article from outside the corpus that joins it."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from pathlib import Path

from corpus.ingest.files import article_at_path
from corpus.model import Article

__all__ = ["NoSuchArticle", "article_named", "folder_within", "unused_name"]


class NoSuchArticle(LookupError):
    """A name, number or path that names no article of the story (or several): the message says which."""


def article_named(
    key: str, root: Path, articles: Sequence[Article], by_name: Mapping[str, Article]
) -> Article | Path:
    """The article of ``articles`` (under ``root``, ``by_name`` their names) that ``key`` names.

    In this order: its name or path (as given, or relative to the corpus folder); its number
    (its 1-based position, no leading zero: "1" is the first article, "001" a name); a file name
    (which two folders may share); the start of one name. Else the path of a file outside the corpus
    ``key`` names, for the caller to read. Raises :class:`NoSuchArticle` saying what matched.
    """
    found = by_name.get(key) or article_at_path(key, root, articles)
    if found is not None:
        return found
    if key.isdigit() and str(int(key)) == key and 1 <= int(key) <= len(articles):
        return articles[int(key) - 1]
    same_file = [a for a in articles if a.path.name == key]
    matches = same_file or [a for a in articles if a.name.startswith(key)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = ", ".join(a.name for a in matches[:5]) + (", …" if len(matches) > 5 else "")
        raise NoSuchArticle(f"{key}: {len(matches)} articles match ({listed}); name one of them in full")
    outside = Path(key).expanduser()
    if outside.is_file():
        return outside
    raise NoSuchArticle(f"{key}: no such article in the corpus")


def unused_name(name: str, taken: Container[str]) -> str:
    """``name``, or "name (2)", "name (3)"… : the first that is not ``taken``."""
    unique, n = name, 1
    while unique in taken:
        n += 1
        unique = f"{name} ({n})"
    return unique


def folder_within(path: Path, root: Path) -> str:
    """The folder holding the file at ``path``, relative to the corpus folder ``root`` ("" at its top,
    and for a file from outside the corpus or a corpus that is one file)."""
    try:
        relative = path.parent.relative_to(root).as_posix()
    except ValueError:
        return ""
    return "" if relative == "." else relative
