"""A relayed quote in the app: the reader names the relayer and whom they quote (its status line, its
quote list), the copied quote says both, and the quoted person's list on the Speakers screen holds
their words as others relay them. On a corpus written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import SIZE, calm, press, settle
from tui.app import StorydiffApp
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen, SpeakerTable
from tui.widgets.quote_list import QuoteList
from tui.widgets.speaker_line import SpeakerLine

RELAYED = (
    "Levy vote put off\n\nMayor Jon Okafor spoke at the hall on Monday.\n\n"
    "“The levy is dead,” he said, according to the Valley Ledger.\n\n[b]Aldermen[/b] left early.\n"
)
OWN = "Council meets again\n\n“No levy, no deal,” Okafor said on Friday at the hall.\n"


@pytest.fixture
def relayed_corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(RELAYED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OWN, encoding="utf-8")
    return tmp_path


async def open_relayed(pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await press(pilot, "enter")
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.article.name == "a.txt"
    await press(pilot, "n")
    return reader


def _italic_at(content: object, at: int) -> bool:
    spans = getattr(content, "spans", [])
    return any(span.start <= at < span.end and getattr(span.style, "italic", False) for span in spans)


async def test_the_reader_names_the_relayer_and_whom_they_quote(relayed_corpus: Path) -> None:
    app = StorydiffApp(relayed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_relayed(pilot)
        line = reader.query_one("#reader-speaker", SpeakerLine)
        status = line.render()
        assert str(status).startswith("Valley Ledger · according to · quoting Jon Okafor")
        wanted = line.quoted_style()  # the quoted name in the style reader.tcss gives it, not the speaker's
        assert wanted.italic and wanted.color is not None
        assert _italic_at(status, str(status).index("Jon Okafor"))
        assert not _italic_at(status, 0)
        prompt = str(reader.query_one(QuoteList).get_option_at_index(0).prompt)
        # the paper whole (the articles write "the Valley Ledger"), clipped by the column
        assert prompt.startswith("Valley Led…") and "(Okafor) The levy" in prompt
        await press(pilot, "y")
        assert app.clipboard.startswith("“The levy is dead,” — Valley Ledger, quoting Jon Okafor, in")


async def test_the_quoted_person_s_list_holds_their_words_as_others_relay_them(relayed_corpus: Path) -> None:
    app = StorydiffApp(relayed_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        table = screen.query_one(SpeakerTable)
        names = [str(key.value) for key in table.rows]
        assert set(names) == {"Jon Okafor", "Valley Ledger"}
        screen.show_speaker("Jon Okafor")
        await settle(pilot)
        quotes = screen.query_one(QuoteList)
        shown = [str(quotes.get_option_at_index(k).prompt) for k in range(quotes.option_count)]
        assert shown[0] == "Quotes" and "No levy, no deal" in shown[1]
        assert shown[2] == "Relayed by Valley Ledger" and "The levy is dead" in shown[3]


def test_snapshot_reader_on_a_relayed_quote(snap_compare, relayed_corpus: Path) -> None:  # type: ignore[no-untyped-def]
    """The relayed quote current: the status line reads "Valley Ledger · according to · quoting Jon
    Okafor · Okafor in 2 (o)", the name in its own style, and "he", whom the Ledger quotes, in the
    text in that style too (h-via22); the list leads the quote with "(Okafor)"; the
    article's "[b]" is shown as written, not read as markup."""

    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_relayed(pilot)
        await calm(pilot)

    assert snap_compare(StorydiffApp(relayed_corpus), terminal_size=SIZE, run_before=ready)
