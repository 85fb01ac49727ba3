"""The person a relayed quote quotes, in the reader: their mention in the text marked apart from the
speaker's (``text-view--quoted-mention``), the status line pointing to the articles they are in, and
`o` (elsewhere) listing their own quotes and their words as others relay them beside the relayer's
quotes, enter opening one. On a corpus written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import SIZE, calm, press, settle
from tui.app import StorydiffApp
from tui.screens.pickers import OtherQuotesScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.quote_list import QuoteList
from tui.widgets.speaker_line import SpeakerLine
from tui.widgets.text_view import TextView

RELAYED = (
    "Levy vote put off\n\nMayor Jon Okafor spoke at the hall on Monday.\n\n"
    "“The levy is dead,” he said, according to the Valley Ledger.\n"
)
OWN = "Council meets again\n\n“No levy, no deal,” Okafor said on Friday at the hall.\n"
LEDGER = "Turnout falls\n\n“Turnout was the lowest in a decade,” the Valley Ledger said on Tuesday.\n"
RELAYED_AGAIN = "Budget talks\n\n“We will not raise the rate,” Okafor said, according to Marta Vance.\n"


FILING = (
    "Levy study surfaces\n\nAccording to Thursday's filing, Jon Okafor concluded in a 2015 study that the "
    "levy “would clearly hurt the county.”\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in {"a.txt": RELAYED, "b.txt": OWN, "c.txt": LEDGER, "d.txt": RELAYED_AGAIN}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


async def open_reader(pilot, name: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.open_reader(name)
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.article.name == name
    await press(pilot, "n")
    return reader


def _styled(view: TextView, italic: bool) -> list[str]:
    """The words the view paints underlined, italic or not."""
    words = []
    for y in range(view.size.height):
        for seg in view.render_line(y):
            style = seg.style
            if style is not None and style.underline and bool(style.italic) == italic and seg.text.strip():
                words.append(seg.text.strip())
    return words


async def test_the_quoted_persons_mention_is_marked_apart_from_the_speakers(corpus: Path) -> None:
    app = StorydiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, "a.txt")
        view = reader.query_one(TextView)
        assert "he" in _styled(view, italic=True)  # "“The levy is dead,” {he} said": whom they quote
        assert "the Valley Ledger" in _styled(view, italic=False)  # the speaker's own underline
        assert "he" not in _styled(view, italic=False)
        status = str(reader.query_one("#reader-speaker", SpeakerLine).render())
        # the Ledger's own quote is in c (3), Okafor's own in b (2) and relayed by another in d (4)
        assert status.endswith(" · also in 3 · Okafor in 2, 4 (o)")


async def test_o_on_a_relayed_quote_lists_the_quoted_persons_quotes_and_opens_one(corpus: Path) -> None:
    app = StorydiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot, "c.txt")  # the Ledger's own quote: no one else's quotes offered
        await press(pilot, "o")
        dialog = app.screen
        assert isinstance(dialog, OtherQuotesScreen)
        assert str(dialog.query_one(".dialog-title").render()) == "Valley Ledger in the other articles"
        quotes = dialog.query_one(QuoteList)
        shown = [str(quotes.get_option_at_index(k).prompt) for k in range(quotes.option_count)]
        assert shown[0] == "Other quotes by Valley Ledger" and "The levy is dead" in shown[1]
        assert len(shown) == 2
        await press(pilot, "escape", "escape")

        await open_reader(pilot, "a.txt")
        await press(pilot, "o")
        dialog = app.screen
        assert isinstance(dialog, OtherQuotesScreen)
        title = str(dialog.query_one(".dialog-title").render())
        assert title == "Valley Ledger, and Jon Okafor whom they quote, elsewhere"
        quotes = dialog.query_one(QuoteList)
        shown = [str(quotes.get_option_at_index(k).prompt) for k in range(quotes.option_count)]
        headings = [line for line in shown if not quotes.get_option_at_index(shown.index(line)).id]
        assert headings == [
            "Quotes by Jon Okafor",
            "Jon Okafor as others relay them",
            "Other quotes by Valley Ledger",
        ]
        assert "No levy, no deal" in shown[1]
        assert "We will not raise the rate" in shown[3]
        assert "Turnout was the lowest" in shown[5]
        await press(pilot, "enter")  # the first quote is highlighted: Okafor's own
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.name == "b.txt"
        assert reader.current_quote is not None and reader.current_quote.text.startswith("No levy")


async def test_o_on_a_quote_relayed_by_no_one_named_offers_the_quoted_person(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FILING, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OWN, encoding="utf-8")
    app = StorydiffApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_reader(pilot, "a.txt")
        status = str(reader.query_one("#reader-speaker", SpeakerLine).render())
        assert status.startswith("Thursday's filing") and status.endswith("· Okafor in 2 (o)")
        await press(pilot, "o")
        dialog = app.screen
        assert isinstance(dialog, OtherQuotesScreen)
        title = str(dialog.query_one(".dialog-title").render())
        assert title == "Thursday's filing, and Jon Okafor whom they quote, elsewhere"
        quotes = dialog.query_one(QuoteList)
        shown = [str(quotes.get_option_at_index(k).prompt) for k in range(quotes.option_count)]
        assert shown[0] == "Quotes by Jon Okafor" and "No levy, no deal" in shown[1] and len(shown) == 2


def test_snapshot_elsewhere_on_a_relayed_quote(snap_compare, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    """`o` on the Ledger's relayed quote of Okafor: titled "Valley Ledger, and Jon Okafor whom they
    quote, elsewhere"; under "Quotes by Jon Okafor" his own words in b, under "Jon Okafor as others
    relay them" Marta Vance's relay in d, under "Other quotes by Valley Ledger" its own in c."""

    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_reader(pilot, "a.txt")
        await press(pilot, "o")
        await calm(pilot)

    assert snap_compare(StorydiffApp(corpus), terminal_size=SIZE, run_before=ready)
