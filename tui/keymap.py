"""User keymaps: rebind any key by its binding id, from a small TOML file.

The file is ``$STORYDIFF_KEYMAP``, else ``keymap.toml`` in the user config directory
(``platformdirs.user_config_dir("storydiff")``, e.g. ``~/.config/storydiff/keymap.toml``)::

    [keymap]
    "reader.next" = "n,down"      # binding id = the keys, comma-separated
    "compare.swap" = "s"

The ids are the ones the help screen (``?``) lists. A keymap that cannot be read is not fatal: the
app starts with its own keys and says what was wrong. A key the user gives a binding wins over the
same key of a widget's own binding (``down`` above moves to the next quote even while the article
text, which scrolls with ``down``, has the focus): see :func:`user_binding_for`.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.dom import DOMNode
    from textual.events import Key

ENV_VAR = "STORYDIFF_KEYMAP"


class Keymap:
    """The keys a user asked for, by binding id, and what was wrong with their file, if anything.

    A plain class, not a dataclass: making a dataclass compiles its methods from source at every
    start, and the app imports this module before its first frame."""

    __slots__ = ("keys", "problems")

    def __init__(self, keys: dict[str, str] | None = None, problems: list[str] | None = None) -> None:
        self.keys: dict[str, str] = {} if keys is None else keys
        self.problems: list[str] = [] if problems is None else problems


def keymap_path() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    import platformdirs  # only when no override: keeps the common start-up path light

    return Path(platformdirs.user_config_dir("storydiff")) / "keymap.toml"


def load_keymap(path: Path, known_ids: set[str]) -> Keymap:
    """Read a keymap file; a missing file is an empty keymap, a broken one a problem, never a crash."""
    keymap = Keymap()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return keymap
    except OSError as exc:
        keymap.problems.append(f"keymap {path} could not be read: {exc.strerror or exc}")
        return keymap
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        keymap.problems.append(f"keymap {path} is not valid TOML ({exc}); using the default keys")
        return keymap
    table = data.get("keymap", data)
    if not isinstance(table, dict):
        keymap.problems.append(f"keymap {path}: [keymap] should be a table of binding id = keys")
        return keymap
    unknown: list[str] = []
    for binding_id, keys in table.items():
        if binding_id not in known_ids:
            unknown.append(binding_id)
        elif not isinstance(keys, str) or not _keys_ok(keys):
            keymap.problems.append(f'keymap {path}: {binding_id} should be keys like "n,down", not {keys!r}')
        else:
            keymap.keys[binding_id] = ",".join(key.strip() for key in keys.split(","))
    if unknown:
        keymap.problems.append(
            f"keymap {path}: no binding has the id {', '.join(sorted(unknown))} (press ? for the ids)"
        )
    return keymap


def _keys_ok(keys: str) -> bool:
    parts = [key.strip() for key in keys.split(",")]
    return all(part and " " not in part and part.isprintable() for part in parts)


def binding_ids() -> set[str]:
    """Every binding id of the app, its screens and their widgets (imports them all: only done when
    a keymap file exists, so the usual start-up does not pay for it)."""
    from textual.binding import Binding
    from textual.dom import DOMNode

    from tui import app
    from tui.screens import (
        articles,
        compare,
        families,
        folder_picker,
        help,
        pickers,
        reader,
        speakers,
        too_small,
    )
    from tui.widgets import article_list, family_versions, passage_rows, quote_list, text_view

    modules: tuple[ModuleType, ...] = (app, articles, compare, families, help, pickers, reader, speakers)
    modules += (too_small, folder_picker, article_list, family_versions, passage_rows, quote_list, text_view)
    ids: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, DOMNode):
                for binding in value.__dict__.get("BINDINGS", []):
                    if isinstance(binding, Binding) and binding.id:
                        ids.add(binding.id)
    return ids


def bindings_of(node_type: type[DOMNode]) -> list[Binding]:
    """The bindings a widget, screen or app class declares, its base classes' first."""
    from textual.binding import Binding

    found: list[Binding] = []
    for cls in reversed(node_type.__mro__):
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding):
                found.append(binding)
    return found


def user_binding_for(keymap: Keymap, key: Key, focused: DOMNode) -> tuple[DOMNode, str] | None:
    """The binding the user's keymap gives ``key`` where the focus is, as (node, action), if any.

    Textual asks the focused widget before its screen, so without this a key the user gave a
    screen's binding would still do the widget's own thing. A key the focused widget takes as
    text (typing in a find box) stays text.
    """
    wanted = {
        binding_id
        for binding_id, keys in keymap.keys.items()
        if key.key in keys.split(",") or (key.character is not None and key.character in keys.split(","))
    }
    if not wanted or focused.check_consume_key(key.key, key.character):
        return None
    for node in focused.ancestors_with_self:
        for binding in bindings_of(type(node)):
            if binding.id in wanted:
                return node, binding.action
    return None
