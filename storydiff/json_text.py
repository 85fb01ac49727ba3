"""JSON as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, byte for byte, at a third
of the cost.

With ``indent`` the standard library leaves its C encoder for a pure-Python one that walks the value
through nested generators, one ``yield`` per token: for the 2.4 MB that ``storydiff quotes --json``
prints on a 4 MB corpus that cost more than reading the corpus back from the cache. Here one
function walks the value and writes each string with the C string encoder, the one ``json`` itself
uses; scalars in a container are written in its loop without a call of their own.

The value is what the commands build: dicts, lists, tuples, strings, numbers, booleans, None, and a
dataclass (as ``dataclasses.asdict`` gives it) or a Path (as its string). Anything else is a
TypeError, as it is for ``json.dumps``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

INDENT = "  "

json_string: Callable[[str], str] = encode_basestring
"""A string as a JSON string, non-ASCII kept (``ensure_ascii=False``): C code when it is built;
TypeError for anything but a string. The C function itself, not a function calling it:
``storydiff quotes`` writes five strings per quote."""


def indented_json(value: Any, newline: str = "\n") -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` gives it; ``newline``: a line
    break and the indent of the level the value stands at (``"\n  "`` for an item of a list)."""
    parts: list[str] = []
    _write(value, newline, parts)
    return "".join(parts)


def _scalar(value: Any) -> str | None:
    """A string, number, boolean or None as JSON; None for a container or another object."""
    kind = type(value)
    if kind is str:
        return json_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    if isinstance(value, str):
        return json_string(value)
    if isinstance(value, int):  # an int subclass (not bool: caught above), as json writes it
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    return None


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as json writes it: a string as it is, a number, boolean or None as its JSON text."""
    if isinstance(key, str):
        return json_string(key)
    if isinstance(key, float):
        return json_string(_float(key))
    if key is True or key is False or key is None:
        return json_string(_scalar(key) or "")
    if isinstance(key, int):
        return json_string(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _write(value: Any, newline: str, parts: list[str]) -> None:
    """Append ``value`` as indented JSON to ``parts``; ``newline`` is a line break and the current
    indent."""
    text = _scalar(value)
    if text is not None:
        parts.append(text)
    elif isinstance(value, dict):
        _write_dict(value, newline, parts)
    elif isinstance(value, list | tuple):
        _write_list(value, newline, parts)
    elif is_dataclass(value) and not isinstance(value, type):
        _write(_plain(asdict(value)), newline, parts)
    elif isinstance(value, Path):
        parts.append(json_string(str(value)))
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _plain(value: Any) -> Any:
    """A dataclass's fields (as ``asdict`` gives them) with their Paths written as strings."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _write_dict(value: dict[Any, Any], newline: str, parts: list[str]) -> None:
    if not value:
        parts.append("{}")
        return
    inner = newline + INDENT
    comma = "," + inner
    separator = "{" + inner
    append = parts.append
    quoted = json_string
    for key, item in value.items():
        name = quoted(key) if type(key) is str else _key(key)
        kind = type(item)  # the common cases, written without a call of their own
        if kind is str:
            append(f"{separator}{name}: {quoted(item)}")
        elif kind is int:
            append(f"{separator}{name}: {int.__repr__(item)}")
        elif item is None:
            append(f"{separator}{name}: null")
        else:
            text = _scalar(item)
            if text is not None:
                append(f"{separator}{name}: {text}")
            else:
                append(f"{separator}{name}: ")
                _write(item, inner, parts)
        separator = comma
    append(newline + "}")


def _write_list(value: list[Any] | tuple[Any, ...], newline: str, parts: list[str]) -> None:
    if not value:
        parts.append("[]")
        return
    inner = newline + INDENT
    comma = "," + inner
    separator = "[" + inner
    append = parts.append
    for item in value:
        text = json_string(item) if type(item) is str else _scalar(item)
        if text is not None:
            append(separator + text)
        elif type(item) is dict:
            append(separator)
            _write_dict(item, inner, parts)
        else:
            append(separator)
            _write(item, inner, parts)
        separator = comma
    append(newline + "]")
