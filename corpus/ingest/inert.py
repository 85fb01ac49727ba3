"""Make article text inert for a terminal: controls and invisible characters shown, not obeyed.

Article text is data. Before any of it reaches a terminal (the app or a CLI
listing) it goes through :func:`visible`, which swaps every character a
terminal would act on (ESC, BEL, other C0/C1 controls) or that hides text
(bidirectional overrides, zero-width characters) for a visible placeholder of
the same length in characters, so offsets into the text stay valid on screen.

JSON output does not need this: the JSON encoder escapes control characters.
"""

from __future__ import annotations

# C0 controls become their Unicode "control picture" (U+2400 + code): ESC -> ␛.
# Newline and tab stay: they are layout, not commands.
_KEEP = {"\n", "\t"}

# Characters that reorder or hide text: shown as a visible mark instead.
# One character each, so offsets into the text are unchanged.
_INVISIBLE = {
    "\u200b": "␣",  # zero width space
    "\u200c": "␣",  # zero width non-joiner
    "\u200d": "␣",  # zero width joiner
    "\u2060": "␣",  # word joiner
    "\ufeff": "␣",  # zero width no-break space / BOM inside text
    "\u00ad": "-",  # soft hyphen
    "\u061c": "⇄",  # arabic letter mark
    "\u200e": "⇄",  # left-to-right mark
    "\u200f": "⇄",  # right-to-left mark
    "\u202a": "⇄",  # LRE
    "\u202b": "⇄",  # RLE
    "\u202c": "⇄",  # PDF
    "\u202d": "⇄",  # LRO
    "\u202e": "⇄",  # RLO
    "\u2066": "⇄",  # LRI
    "\u2067": "⇄",  # RLI
    "\u2068": "⇄",  # FSI
    "\u2069": "⇄",  # PDI
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if chr(code) not in _KEEP:
            table[code] = chr(0x2400 + code)
    table[0x7F] = "␡"
    for code in range(0x80, 0xA0):  # C1 controls (CSI, OSC, ST, ...)
        table[code] = "�"
    for char, mark in _INVISIBLE.items():
        table[ord(char)] = mark
    # Line/paragraph separators break lines in some terminals but not others.
    table[0x2028] = "↵"
    table[0x2029] = "¶"
    return table


_TABLE = _build_table()


def visible(text: str) -> str:
    """Return ``text`` with controls and invisible characters replaced one-for-one.

    A carriage return ending a line (Windows line ends) is layout and becomes a space; a lone one,
    which would send the cursor back over the line, is shown as ␍.
    """
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    return text.translate(_TABLE)


def is_inert(text: str) -> bool:
    """True when ``text`` holds nothing :func:`visible` would replace."""
    return visible(text) == text
