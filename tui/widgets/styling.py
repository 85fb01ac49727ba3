"""A widget's component class as a rich Style, for the widgets that paint their own lines.

Its own module, apart from :mod:`tui.widgets.marks`, so the article list (painted before the first
frame) gets it without loading the marks the reader and compare screens use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style

if TYPE_CHECKING:
    from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """A component class as a rich Style holding only what its CSS sets, colours blended as shown.

    Textual's partial styles leave translucent colours unblended and full styles carry the
    widget's background too (which would wipe a tint underneath when marks overlap): take the
    full style's resolved values, but only for the rules the component sets.
    """
    styles = widget.get_component_styles(name)
    full = widget.get_component_rich_style(name)
    text_style = (
        widget.get_component_rich_style(name, partial=True) if styles.has_rule("text_style") else None
    )
    style = Style(
        color=full.color if styles.has_rule("color") else None,
        bgcolor=full.bgcolor if styles.has_rule("background") else None,
    )
    if text_style is not None:
        style += Style(
            bold=text_style.bold,
            italic=text_style.italic,
            underline=text_style.underline,
            reverse=text_style.reverse,
            strike=text_style.strike,
            dim=text_style.dim,
        )
    return style
