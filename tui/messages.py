"""Messages the screens post up to the app ("open this article"), so no screen imports the app.

Screens and the command palette ask for another screen by posting one of these; they bubble to
:class:`tui.app.StorydiffApp`, which owns the story and the screen stack and opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.message import Message

if TYPE_CHECKING:
    from corpus.story import Story


class OpenReader(Message):
    """Read article ``name``, at the quote starting at ``quote`` if given."""

    def __init__(self, name: str, quote: int | None = None) -> None:
        super().__init__()
        self.name = name
        self.quote = quote


class OpenCompare(Message):
    """Show articles ``a`` and ``b`` side by side."""

    def __init__(self, a: str, b: str) -> None:
        super().__init__()
        self.a = a
        self.b = b


class OpenFamilies(Message):
    """Open the Families screen: every reprinted text of the story."""


class OpenSpeakers(Message):
    """Open the Speakers screen, on speaker ``name`` if given."""

    def __init__(self, name: str | None = None) -> None:
        super().__init__()
        self.name = name


@runtime_checkable
class HoldsStory(Protocol):
    """An app that holds the loaded story (the command palette reads it without importing the app)."""

    story: Story | None
