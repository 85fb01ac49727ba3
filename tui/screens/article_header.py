"""The article list's header and notices: what the corpus holds, how far the workers have got,
and which rows are listed in which order."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from tui.labels import one_line
from tui.screens.article_table import Found, sort_name

if TYPE_CHECKING:
    from corpus.story import Story

READ_SUFFIXES = ".txt, .md, .markdown, .html and .htm"
DEFAULT_SORT = ("number", False)


def engine_facts(story: Story, found: Found) -> list[str]:
    """How many quotes and shared passages, or how far the search for them has got (the shared
    passages and each article's own words come from one build, the reprint families)."""
    facts = [f"{len(story.quotes())} quotes" if found.quotes_ready else "finding quotes…"]
    if found.shares is not None:
        facts.append(f"{story.shared_passages()} shared passages")
    elif found.families_error is not None:
        facts.append("shared passages unavailable")
    else:
        facts.append(f"finding shared passages… {_percent(found.families_done)}")
    return facts


def _percent(progress: tuple[int, int]) -> str:
    done, total = progress
    return f"{100 * done // max(1, total)}%"


def listing_facts(folder: str | None, query: str, shown: int, sort: tuple[str, bool]) -> list[str]:
    """Which rows are listed, and in which order, when not every article in number order."""
    facts = []
    if folder is not None:
        facts.append(f"folder {one_line(folder) or '(top)'}")
    if query.strip():
        facts.append(f"{shown} match {one_line(query.strip())!r}")
    if sort != DEFAULT_SORT:
        column, descending = sort
        facts.append(f"sorted by {sort_name(column)} {'▼' if descending else '▲'}")
    return facts


def no_articles_text(story: Story, skipped: list[Path] | None) -> str:
    """What an empty folder's notice says: what storydiff reads, and what the folder holds."""
    lines = [f"No articles in {one_line(str(story.root))}.", f"storydiff reads {READ_SUFFIXES} files."]
    if skipped:
        lines.append(f"This folder holds {skipped_summary(skipped)}.")
    return "\n".join(lines)


def skipped_summary(skipped: list[Path]) -> str:
    """ "3 other files not read (2 .pdf, 1 .docx)": the most common kinds first."""
    kinds = Counter(path.suffix.lower() or "without a suffix" for path in skipped)
    shown = [f"{n} {kind}" for kind, n in kinds.most_common(3)]
    if len(kinds) > 3:
        shown.append("…")
    files = "file" if len(skipped) == 1 else "files"
    return f"{len(skipped)} other {files} not read ({', '.join(shown)})"
