"""``storydiff quotes`` and ``storydiff speakers``: every quotation with its speaker, and the speakers."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from storydiff.output import (
    WIDTH_HELP,
    check_width,
    console,
    inert_json,
    open_story,
    plural,
    print_json,
    print_rows,
    safe,
    safe_line,
    table_width,
    wrapped,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from corpus.model import Quote, Quoting, Speaker


def add_commands(commands: Any) -> None:
    quotes = commands.add_parser("quotes", help="list every quotation and who said it")
    quotes.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    quotes.add_argument("--json", action="store_true", help="print a JSON array, one object per quote")
    quotes.set_defaults(run=run_quotes)

    speakers = commands.add_parser("speakers", help="list the speakers quoted across the corpus")
    speakers.add_argument("path", nargs="?", help="a folder or file of articles (default: the samples)")
    speakers.add_argument("--json", action="store_true", help="print a JSON array, one object per speaker")
    speakers.add_argument("--width", type=int, metavar="N", help=WIDTH_HELP)
    speakers.set_defaults(run=run_speakers)


def quote_row(quote: Quote) -> dict[str, Any]:
    mention, quoting = quote.mention, quote.quoting
    return {
        "article": quote.article,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "mention": {"start": mention.start, "end": mention.end, "text": mention.text} if mention else None,
        "quoting": None if quoting is None else _quoting_row(quoting),
        "cue": quote.cue,
        "group": quote.group,
    }


def _quoting_row(quoting: Quoting) -> dict[str, Any]:
    m = quoting.mention
    return {"name": quoting.name, "mention": {"start": m.start, "end": m.end, "text": m.text}}


class QuoteRows:
    """Each quote's JSON row but its speaker and group (which the speakers step gives once every
    article is read), written as each article's quotes come in (``Story.quotes_alone``'s
    ``arrived``): while the quote finder's two processes still read, not after, when the command
    runs alone and every ms of it is a ms of its wall. ``part``: as :func:`quotes_json`'s."""

    def __init__(self, part: Callable[[str], str] | None = None) -> None:
        self.part = part
        self.rows: dict[int, tuple[Quote, str, str]] = {}
        """By the quote's id: the quote (held, so that no other takes its id) and its row's text
        before its speaker and between its speaker and its group (None: a row written the generic way)."""

    def add(self, quotes: list[Quote]) -> None:
        from storydiff.json_text import json_string

        rows, part = self.rows, self.part
        for q in quotes:
            parts = _row_parts(q, json_string)
            if parts is not None:
                head, tail = parts
                rows[id(q)] = (q, head, tail) if part is None else (q, part(head), part(tail))


def _row_parts(q: Quote, json_string: Callable[[str], str]) -> tuple[str, str] | None:
    """A quote's JSON row (as :func:`quote_row` gives it, indented as an item of the list) before its
    speaker and between its speaker and its group; None for a row the template does not write (a
    relayed quote, whom its speaker quotes too, or a field of another type than the engine gives)."""
    start, end, mention = q.start, q.end, q.mention
    if mention is None:
        said_by = "null"
    elif type(mention.start) is int and type(mention.end) is int:
        said_by = (
            f'{{\n      "start": {mention.start},\n      "end": {mention.end},\n'
            f'      "text": {json_string(mention.text)}\n    }}'
        )
    else:
        return None
    if not (q.quoting is None and type(start) is int and type(end) is int):
        return None
    cue = q.cue
    head = (
        f'{{\n    "article": {json_string(q.article)},\n    "start": {start},\n    "end": {end},'
        f'\n    "text": {json_string(q.text)},\n    "kind": {json_string(q.kind)},\n    "speaker": '
    )
    tail = (
        f',\n    "mention": {said_by},\n    "quoting": null,'
        f'\n    "cue": {"null" if cue is None else json_string(cue)},\n    "group": '
    )
    return head, tail


def quotes_json(
    quotes: list[Quote], part: Callable[[str], str] | None = None, ahead: QuoteRows | None = None
) -> str:
    """``indented_json([quote_row(q) for q in quotes])``, each quote written from one template: the
    generic writer walked the 6,823 quotes of the 4 MB bench corpus in 50 ms, a tenth of what
    ``storydiff quotes`` does alone after the articles' readings; the template takes 18 (encoding
    the repeated names once each through a dict took 21). A quote with a field of another type than
    the engine gives (never seen) is written the generic way. ``part``: what each quote's JSON
    object goes through (:func:`storydiff.output.inert_json`, say: it must change each character
    alone, as the rows are put together from parts that went through it). ``ahead``: the rows
    written as the quotes came in, but their speakers and groups (made with the same ``part``)."""
    from storydiff.json_text import indented_json, json_string

    if not quotes:
        return "[]"
    made = {} if ahead is None or ahead.part is not part else ahead.rows
    shown: dict[str | None, str] = {None: "null"}  # each speaker's JSON, through ``part``
    rows = []
    for q in quotes:
        speaker, group = q.speaker, q.group
        found = made.get(id(q))
        if found is not None and found[0] is q and type(group) is int:  # (its parts through ``part``)
            said = shown.get(speaker)
            if said is None:  # (None is shown: a speaker here is a name)
                said = json_string(speaker or "")
                said = shown[speaker] = said if part is None else part(said)
            rows.append(f"{found[1]}{said}{found[2]}{group}\n  }}")
            continue
        parts = _row_parts(q, json_string) if type(group) is int else None
        if parts is None:  # (a relayed quote, whom its speaker quotes too, the generic way: they are few)
            row = indented_json(quote_row(q), "\n  ")
        else:
            said = "null" if speaker is None else json_string(speaker)
            row = f"{parts[0]}{said}{parts[1]}{group}\n  }}"
        rows.append(row if part is None else part(row))
    return "[\n  " + ",\n  ".join(rows) + "\n]"


def speaker_row(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "role": speaker.role,
        "aliases": list(speaker.aliases),
        "quotes": speaker.quotes,
        "relayed": speaker.relayed,
        "articles": list(speaker.articles),
    }


def run_quotes(args: argparse.Namespace) -> int:
    # each quote's row made inert on its own: most are ASCII, seen so in one test (print_json's regex
    # over the whole text tested every character, the indentation's and the numbers' too); written
    # as the quotes are read, but for their speakers and groups
    rows = QuoteRows(inert_json) if args.json else None
    story = open_story(args.path, quotes_ahead=True)
    quotes = story.quotes_alone(None if rows is None else rows.add)
    args.made = (story, quotes, rows)  # freed by the process's end, not here (storydiff.cli.run)
    if args.json:
        print_json(quotes_json(quotes, inert_json, rows), written=True, inert=True)
        return 0
    from rich.text import Text

    # On a terminal the quote wraps inside its indent; in a pipe each quote is one line.
    piped = not sys.stdout.isatty()
    terminal = console(soft_wrap=True)
    terminal.print(Text(plural(len(quotes), "quote"), style="bold"))
    article = None
    for quote in quotes:
        if quote.article != article:
            article = quote.article
            terminal.print()
            terminal.print(Text(safe_line(article), style="bold underline"))
        line = Text("  ")
        speaker_style = "bold cyan" if quote.speaker else "dim"
        relayer = quote.mention.text if quote.quoting is not None and quote.mention else None
        # a relayer no name stands for is shown as written ("Thursday's filing"), as the reader does
        line.append(safe_line(quote.speaker or relayer, empty="(unknown)"), style=speaker_style)
        if quote.cue:
            line.append(" " + safe_line(quote.cue), style="dim")
        if quote.quoting is not None:  # the speaker relays the words: whose they are said to be
            quoted = quote.quoting.name or quote.quoting.mention.text
            line.append(" · quoting ", style="dim")  # "Frankel according to · quoting Roe"
            line.append(safe_line(quoted), style="cyan")
        line.append(f"  #{quote.group} {quote.kind}", style="dim")
        body = Text("“" + safe(quote.text.replace("\n", " ")) + "”")
        terminal.print(line if piped else wrapped(terminal, line))
        terminal.print(Text("    ") + body if piped else wrapped(terminal, body, indent=4))
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    width = check_width(args.width)
    story = open_story(args.path, quotes_ahead=True)
    speakers = story.speakers()
    args.made = (story, speakers)  # freed by the process's end, not here (storydiff.cli.run)
    if args.json:
        print_json([speaker_row(s) for s in speakers])
        return 0
    width = table_width(width)
    if width is None:
        print_rows([_speaker_line(s) for s in speakers], right=(1,))
        return 0
    _print_speaker_table(speakers, width)
    return 0


def _also_written(speaker: Speaker) -> str:
    return safe_line(", ".join(a for a in speaker.aliases if a != speaker.name), empty="")


def _speaker_line(speaker: Speaker) -> list[str]:
    also = _also_written(speaker)
    return [
        safe_line(speaker.name),
        plural(speaker.quotes, "quote"),
        "in " + plural(len(speaker.articles), "article"),
        safe_line(speaker.role, empty="-"),
        f"also written {also}" if also else "",
        f"relayed by others {plural(speaker.relayed, 'time')}" if speaker.relayed else "",
    ]


def _print_speaker_table(speakers: list[Speaker], width: int) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=plural(len(speakers), "speaker"), expand=True)
    table.add_column("speaker", ratio=1, overflow="fold")
    table.add_column("role", ratio=1, overflow="fold")
    table.add_column("also written", ratio=1, overflow="fold")
    table.add_column("quotes", justify="right")
    table.add_column("relayed", justify="right")
    table.add_column("articles", justify="right")
    for speaker in speakers:
        table.add_row(
            Text(safe(speaker.name)),
            Text(safe(speaker.role)),
            Text(_also_written(speaker)),
            str(speaker.quotes),
            str(speaker.relayed or ""),
            str(len(speaker.articles)),
        )
    console(width=width).print(table)
