"""Messages the screens post up to the app ("open this article"), so no screen imports the app.

Screens and the command palette ask for another screen by posting one of these; they bubble to
:class:`tui.app.StorydiffApp`, which owns the story and the screen stack and opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.message import Message

if TYPE_CHECKING:
    from textual.message_pump import MessagePump

    from corpus.story import Story


class SearchHits:
    """A text search's hits in one article (offsets into ``article.text``), and the one to show
    (``shown``, an index in ``spans``).

    A plain class, not a dataclass: making a dataclass compiles its methods from source at every
    start, and the app imports this module before its first frame."""

    __slots__ = ("query", "shown", "spans")

    def __init__(self, query: str, spans: list[tuple[int, int]], shown: int = 0) -> None:
        self.query = query
        self.spans = spans
        self.shown = shown


class OpenReader(Message):
    """Read article ``name``, at the quote starting at ``quote`` if given, or with a search's
    ``hits`` highlighted, at the one they show."""

    def __init__(self, name: str, quote: int | None = None, hits: SearchHits | None = None) -> None:
        super().__init__()
        self.name = name
        self.quote = quote
        self.hits = hits


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


class WantFamilies(Message):
    """A screen needs the story's reprint families: the app builds them once per story, in its own
    worker (a screen closed mid-build does not stop it), and answers ``asker`` with where the build
    is (:class:`FamiliesBuilding`), then :class:`FamiliesBuilt` or :class:`FamiliesUnavailable`."""

    def __init__(self, asker: MessagePump) -> None:
        super().__init__()
        self.asker = asker


class FamiliesBuilding(Message, bubble=False):
    """The app's families build has done ``done`` of ``total`` steps (sent to every open screen)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class FamiliesBuilt(Message, bubble=False):
    """The families of ``story`` are built: reading them is a look-up now."""

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story


class FamiliesUnavailable(Message, bubble=False):
    """The families could not be built, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


@runtime_checkable
class HoldsStory(Protocol):
    """An app that holds the loaded story (the command palette reads it without importing the app)."""

    story: Story | None
