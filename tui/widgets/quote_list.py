"""A selectable list of quotes: "Stoltenberg  There are signs from Moscow…", in speaker colours."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from corpus.model import Quote
from tui.labels import clip, one_line, quote_label, quoted_label
from tui.widgets.list_keys import list_keys
from tui.widgets.marks import SPEAKER_COMPONENTS, speaker_component
from tui.widgets.styling import component_style

Rank = Callable[[str | None], int | None]


NAME_COLUMN = 11
"""Cells for the speaker's surname before each quote ("Stoltenberg"), fewer in a narrow list."""
QUOTE_ROOM = 8
"""Cells a quote's own words keep, whatever leads them (its speaker, whom a relayer quotes)."""
MIN_PROMPT = 16
"""The narrowest a quote's line is laid out for (a list narrower than that clips it)."""


def quote_id(quote: Quote) -> str:
    return f"{quote.start}:{quote.article}"


def parse_quote_id(option_id: str) -> tuple[str, int]:
    """(article name, quote start) from an option id made by :func:`quote_id`."""
    start, article = option_id.split(":", 1)
    return article, int(start)


class QuoteList(OptionList):
    """Quotes, one per line, each led by its speaker in the speaker's colour."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"quote-list--{name}" for name in SPEAKER_COMPONENTS} | {
        "quote-list--article",
        "quote-list--heading",
        "quote-list--changed",
        "quote-list--quoted",
    }
    BINDINGS: ClassVar[list[BindingType]] = list_keys("quotes")

    _redo: Callable[[], None] | None = None
    """The last show_… call, redone when the width changes (quotes are clipped to the width)."""
    _shown_width = 0

    def __init__(self, *, speaker_label: Callable[[str | None], str], id: str | None = None) -> None:
        super().__init__(id=id)
        self.speaker_label = speaker_label
        """What leads each quote: the story's short name for its speaker (a person's surname)."""

    def _style(self, component: str) -> Style:
        return component_style(self, f"quote-list--{component}")

    def on_resize(self, event: events.Resize) -> None:
        # Shown before the first layout (a dialog's list) the quotes were clipped to a guess.
        if self._redo is not None and event.size.width != self._shown_width:
            keep = self.highlighted
            self._redo()
            if keep is not None and keep < self.option_count:
                self.highlighted = keep

    def quote_prompt(
        self, quote: Quote, rank: Rank, *, article_tag: str | None = None, speaker: bool = True
    ) -> Text:
        inside = self.scrollable_content_region.width  # less border, padding and scrollbar
        width = max(MIN_PROMPT, inside) if self.size.width else 60
        prompt = Text(no_wrap=True, overflow="ellipsis")
        if article_tag is not None:
            prompt.append(f"{article_tag} ", self._style("article"))
        if speaker:
            column = min(NAME_COLUMN, max(6, width * 2 // 5))  # narrow lists keep room for the quote
            name = clip(one_line(self.speaker_label(quote.speaker)), column)
            prompt.append(f"{name:<{column}} ", self._style(speaker_component(rank(quote.speaker))))
        quoted, quoting = quoted_label(quote), quote.quoting
        if quoted is not None and quoting is not None:  # relayed: "Ledger  (Okafor) The levy…", whose
            # words they are said to be in brackets (the status line says "quoting Jon Okafor")
            short = clip(self.speaker_label(quoting.name) if quoting.name else quoted, NAME_COLUMN)
            room = max(0, width - len(prompt) - QUOTE_ROOM)  # the quote's first words keep their room
            prompt.append(clip(f"({short})", room - 1) + " " if room > 1 else "", self._style("quoted"))
        prompt.append(quote_label(quote, max(QUOTE_ROOM, width - len(prompt))))
        return prompt

    def show_quotes(self, quotes: Iterable[Quote], rank: Rank) -> None:
        """One option per quote of one article, in reading order."""
        quotes = list(quotes)
        self._redo, self._shown_width = (lambda: self.show_quotes(quotes, rank)), self.size.width
        self.clear_options()
        options = [Option(self.quote_prompt(q, rank), id=quote_id(q)) for q in quotes]
        if not options:
            options.append(Option(Text("No quotes found in this article.", style="dim"), disabled=True))
        self.add_options(options)

    def wording_prompt(self, quote: Quote, tag: str, changed: list[tuple[int, int]]) -> Text:
        """A quote in full (wrapped), the words that differ from the other wordings marked."""
        prompt = Text()
        prompt.append(f"{tag} ", self._style("article"))
        body = Text(one_line(quote.text))
        style = self._style("changed")
        for start, end in changed:
            body.stylize(style, start - quote.start, end - quote.start)
        prompt.append_text(body)
        return prompt

    def show_grouped(
        self,
        groups: Iterable[tuple[str, list[Quote]]],
        rank: Rank,
        tag: Callable[[str], str],
        *,
        speaker: bool = True,
        wordings: dict[str, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Quotes under headings (a statement, or "other quotes"), each led by its article's tag.

        Quotes named in ``wordings`` (by :func:`quote_id`) are shown in full, the given spans marked:
        the articles' wordings of one statement, one under another, their differences visible.
        """
        groups = list(groups)
        self._redo = lambda: self.show_grouped(groups, rank, tag, speaker=speaker, wordings=wordings)
        self._shown_width = self.size.width
        keep = self.highlighted
        self.clear_options()
        options: list[Option] = []
        for heading, quotes in groups:
            if not quotes:
                continue
            options.append(Option(Text(one_line(heading), style=self._style("heading")), disabled=True))
            for q in quotes:
                if wordings is not None and quote_id(q) in wordings:
                    prompt = self.wording_prompt(q, tag(q.article), wordings[quote_id(q)])
                else:
                    prompt = self.quote_prompt(q, rank, article_tag=tag(q.article), speaker=speaker)
                options.append(Option(prompt, id=quote_id(q)))
        self.add_options(options)
        if keep is not None and keep < len(options) and not options[keep].disabled:
            self.highlighted = keep

    def highlight_quote(self, quote: Quote) -> None:
        try:
            index = self.get_option_index(quote_id(quote))
        except Exception:
            return
        if self.highlighted != index:
            self.highlighted = index

    def highlighted_quote(self) -> tuple[str, int] | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return parse_quote_id(option.id) if option.id else None
