"""One reprint family's versions, one under another: the base text on top, then each article's
version with its outlet and date, the words that differ from the base marked."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from corpus.ingest.inert import visible
from corpus.model import Article, FamilyMember
from tui.labels import one_line
from tui.widgets.list_keys import list_keys
from tui.widgets.styling import component_style

_SEPARATOR = "\x00"


def member_id(member: FamilyMember) -> str:
    """An option id naming a member: its article and where its version starts."""
    return f"{member.article}{_SEPARATOR}{member.start}"


def outlet(article: Article) -> str:
    """Who ran an article, as a family's rows name it: its source, else its file name (scraped
    corpora often name files after the outlet), one line and inert."""
    return one_line(article.source or article.path.name)


def parse_member_id(option_id: str) -> tuple[str, int]:
    article, _, start = option_id.rpartition(_SEPARATOR)
    return article, int(start)


class FamilyVersions(OptionList):
    """The base text (not selectable), then one option per member version."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "family-versions--heading",
        "family-versions--outlet",
        "family-versions--changed",
        "family-versions--base",
    }
    BINDINGS: ClassVar[list[BindingType]] = list_keys("family")

    def _style(self, component: str) -> Style:
        return component_style(self, f"family-versions--{component}")

    def show_versions(
        self,
        base_text: str,
        versions: list[tuple[FamilyMember, Article, str, list[tuple[int, int]]]],
        tag: dict[str, str],
    ) -> None:
        """``versions``: each member, its article, its text and the spans of it that differ."""
        self.clear_options()
        heading = Text("Base text", style=self._style("heading"))
        heading.append("\n")
        heading.append(Text(one_line(base_text), style=self._style("base")))
        options = [Option(heading, disabled=True)]
        for member, article, text, changed in versions:
            options.append(Option(self._version(member, article, text, changed, tag), id=member_id(member)))
        self.add_options(options)
        if len(options) > 1:
            self.highlighted = 1

    def highlight_member(self, article: str, start: int) -> None:
        """Move the highlight to the version of ``article`` starting at ``start``, if it is listed."""
        wanted = f"{article}{_SEPARATOR}{start}"
        for index in range(self.option_count):
            if self.get_option_at_index(index).id == wanted:
                self.highlighted = index
                return

    def _version(
        self,
        member: FamilyMember,
        article: Article,
        text: str,
        changed: list[tuple[int, int]],
        tag: dict[str, str],
    ) -> Text:
        prompt = Text()
        line = f"{tag.get(article.name, '')} {outlet(article)} · {article.date or 'undated'} · {member.tier}"
        prompt.append(line + f" {member.similarity:.2f}\n", self._style("outlet"))
        # visible() replaces characters one for one, so the offsets of the marks still hold
        body = Text(visible(text).replace("\n", " "))
        style = self._style("changed")
        for start, end in changed:
            body.stylize(style, start, end)
        prompt.append_text(body)
        return prompt
