"""YAML front matter of Markdown files: title, date, source and author.

Saved articles and static-site posts often start with a block like::

    ---
    title: "Troops pull back"
    date: 2022-02-15
    publisher: Example News
    author: [Jane Doe, John Roe]
    ---

Only the flat subset such blocks use is read (``key: value`` lines, quoted or not, flow and block
lists, an indented ``name:`` under a key, folded ``>``/``|`` values), so no YAML library is needed.
Values are data: nothing is evaluated, no tags or anchors are honoured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OPENING = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_KEY = re.compile(r"^(?P<indent>[ \t]*)(?P<key>[A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_ITEM = re.compile(r"^[ \t]+-[ \t]+(?P<value>.*?)[ \t]*$|^-[ \t]+(?P<top>.*?)[ \t]*$")
_MAX_BLOCK = 20_000  # a front matter longer than this is not one

_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "date_published", "datepublished", "pubdate", "publishdate", "created")
_SOURCE_KEYS = ("source", "publisher", "outlet", "site", "site_name", "publication")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")


@dataclass(slots=True)
class FrontMatter:
    end: int
    """Offset just past the closing ``---`` line: ``text[:end]`` is the whole block."""
    fields: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    date: str | None = None
    source: str | None = None
    author: str | None = None


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the start of ``text``, or None when it has none."""
    opening = _OPENING.match(text)
    if not opening:
        return None
    closing = _CLOSING.search(text, opening.end(), opening.end() + _MAX_BLOCK)
    if not closing:
        return None
    fields = _parse_fields(text[opening.end() : closing.start()])
    if fields is None:
        return None
    return FrontMatter(
        end=closing.end(),
        fields=fields,
        title=_first(fields, _TITLE_KEYS),
        date=_date(_first(fields, _DATE_KEYS)),
        source=_first(fields, _SOURCE_KEYS),
        author=_first(fields, _AUTHOR_KEYS),
    )


def _parse_fields(block: str) -> dict[str, str] | None:
    """Top-level keys and their values as text (lists joined with ", "); None if not YAML-like."""
    fields: dict[str, str] = {}
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.match(line)
        if not match:
            if line[:1] in (" ", "\t", "-"):
                continue  # part of a structure we do not read
            return None  # prose between --- lines: a horizontal rule, not front matter
        if match.group("indent"):
            continue
        key = match.group("key").lower()
        value = match.group("value") or ""
        nested: list[str] = []
        while i < len(lines) and (lines[i][:1] in (" ", "\t", "-") or not lines[i].strip()):
            nested.append(lines[i])
            i += 1
        fields.setdefault(key, _value(value, nested))
    return fields


def _value(value: str, nested: list[str]) -> str:
    if value in ("|", ">", "|-", ">-", "|+", ">+"):
        joiner = "\n" if value.startswith("|") else " "
        return joiner.join(line.strip() for line in nested if line.strip()).strip()
    if value:
        return _scalar_or_list(value)
    items = [m.group("value") or m.group("top") for m in map(_ITEM.match, nested) if m]
    if items:
        return ", ".join(s for s in (_scalar(item) for item in items) if s)
    for line in nested:  # a mapping under the key: its name
        match = _KEY.match(line)
        if match and match.group("key").lower() in ("name", "title") and match.group("value"):
            return _scalar(match.group("value"))
    return ""


def _scalar_or_list(value: str) -> str:
    if value.startswith("[") and value.endswith("]"):
        parts = re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[^,]+', value[1:-1])
        return ", ".join(s for s in (_scalar(p.strip()) for p in parts) if s)
    return _scalar(value)


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        return re.sub(r'\\(["\\/])', r"\1", inner).replace("\\n", "\n").replace("\\t", "\t").strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    value = re.sub(r"[ \t]+#.*$", "", value)  # a trailing comment
    return "" if value in ("~", "null", "Null", "NULL") else value


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if value:
            return " ".join(value.split())
    return None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    from corpus.ingest.html_meta import iso_date

    return iso_date(value)
