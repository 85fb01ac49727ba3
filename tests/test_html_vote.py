"""Web pages: trafilatura's second opinion on the furniture, and the headline as a browser shows it.

``reconcile`` is tested on Markdown and "their" text built here; the pages are written for the test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from corpus.ingest.html import read_html
from corpus.ingest.html_vote import reconcile, second_opinion
from tests.test_html_furniture import HEADLINE, STORY, load, marked, page, shown

ROOT = Path(__file__).resolve().parent.parent
LONG_EXTRA = (
    "The talks are to resume next month in a neutral country, the ministry said, and both "
    "delegations have agreed to keep their military observers in place until then."
)


def markdown(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def spans_text(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_a_short_line_they_leave_out_is_furniture() -> None:
    text = markdown(f"# {HEADLINE}", *STORY, "Read next: [Storm closes the harbour](/x/1)")
    theirs = "\n".join(STORY)
    spans = reconcile(text, [], theirs, HEADLINE)
    assert spans_text(text, spans) == ["Read next: [Storm closes the harbour](/x/1)"]


def test_a_link_heavy_block_they_leave_out_is_furniture_a_long_paragraph_stays() -> None:
    teasers = " · ".join(f"[Storm story number {n} about the harbour](/x/{n})" for n in range(6))
    text = markdown(*STORY, teasers, LONG_EXTRA)
    spans = reconcile(text, [], "\n".join(STORY), None)
    assert spans_text(text, spans) == [teasers]  # LONG_EXTRA is prose of ours: it stays


def test_a_long_block_we_marked_that_they_keep_is_the_article() -> None:
    text = markdown(*STORY, LONG_EXTRA, "Share this: Facebook Twitter")
    start = text.index(LONG_EXTRA)
    share = text.index("Share this")
    ours = [(start, start + len(LONG_EXTRA)), (share, share + len("Share this: Facebook Twitter"))]
    spans = reconcile(text, ours, "\n".join([*STORY, LONG_EXTRA]), None)
    assert spans_text(text, spans) == ["Share this: Facebook Twitter"]


def test_a_wrong_container_gives_way_to_theirs() -> None:
    """Ours kept a sidebar line and marked the story: theirs is far longer, so theirs decides."""
    sidebar = "Weather today: sunny and warm in the capital, light winds."
    text = markdown(f"# {HEADLINE}", *STORY, sidebar)
    story_start = text.index(STORY[0])
    story_end = text.index(STORY[-1]) + len(STORY[-1])
    spans = reconcile(text, [(story_start, story_end)], "\n".join(STORY), HEADLINE)
    assert spans_text(text, spans) == [sidebar]


def test_the_headline_is_never_theirs_to_mark() -> None:
    text = markdown(f"# {HEADLINE}", *STORY)
    assert reconcile(text, [], "\n".join(STORY), HEADLINE) == []


def test_marked_spans_are_cut_not_lost_and_index_the_text() -> None:
    text = markdown("Menu: Home News Sport", *STORY, LONG_EXTRA)
    whole = (0, len(text) - 1)  # ours marked everything
    spans = reconcile(text, [whole], "\n".join([*STORY, LONG_EXTRA]), None)
    kept = [b for b in [*STORY, LONG_EXTRA] if not any(s <= text.index(b) < e for s, e in spans)]
    assert kept == [*STORY, LONG_EXTRA]
    assert spans_text(text, spans)[0].startswith("Menu: Home News Sport")
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_trafilatura_reads_a_built_page() -> None:
    theirs = second_opinion(page())
    assert theirs is not None
    assert all(paragraph in theirs for paragraph in STORY)


def test_a_tag_link_in_the_article_is_marked_and_kept_in_the_text(tmp_path: Path) -> None:
    html = page(furniture_in_article="<p><a href='/tags/border'>Border</a></p>")
    article = load(tmp_path, html)
    assert "[Border](/tags/border)" in article.text  # marked, never deleted
    assert "Border](/tags" in marked(article)
    assert all(paragraph in shown(article) for paragraph in STORY)


def test_without_trafilatura_our_decision_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    tag = "<p><a href='/tags/border'>Border</a></p>"  # between paragraphs: no teaser rule sees it
    html = page().replace(f"<p>{STORY[1]}</p>", f"{tag}<p>{STORY[1]}</p>")
    with_it = read_html(html)
    assert "[Border](/tags/border)" in spans_text(with_it.text, with_it.boilerplate)
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if it were not installed
    without = read_html(html)
    assert without.text == with_it.text
    assert "[Border](/tags/border)" not in spans_text(without.text, without.boilerplate)
    assert all(paragraph in without.text for paragraph in STORY)


def test_teaser_links_and_their_lead_in_are_furniture_without_trafilatura_too() -> None:
    teasers = ["[Storm closes the harbour](/x/1)", "[Ferry strike ends](/x/2)"]
    text = markdown(*STORY, "**Read also:**", *teasers, "See also: [Port reopens](/x/3)", LONG_EXTRA)
    spans = reconcile(text, [], None, None)
    assert spans_text(text, spans) == ["**Read also:**", *teasers, "See also: [Port reopens](/x/3)"]


def test_a_photo_under_a_question_heading_leaves_the_heading_alone() -> None:
    text = markdown(*STORY, "### Why now?", "![Troops at the border](/img/1.jpg)", LONG_EXTRA)
    image = text.index("![")
    ours = [(image, image + len("![Troops at the border](/img/1.jpg)"))]
    assert spans_text(text, reconcile(text, ours, None, None)) == ["![Troops at the border](/img/1.jpg)"]


def test_a_text_corpus_never_imports_trafilatura(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{HEADLINE}\n\n" + "\n\n".join(STORY) + "\n", encoding="utf-8")
    script = (
        "import sys; from pathlib import Path; from corpus.ingest.load import load_corpus; "
        f"load_corpus(Path({str(tmp_path)!r})); print('trafilatura' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        ("<span>Climate</span>: <span>Why banks keep drilling</span>", "Climate: Why banks keep drilling"),
        (
            "The future of work<span>“We rearrange the deck chairs”</span>",
            "The future of work“We rearrange the deck chairs”",
        ),
        ("Border talks<br>Troops pull back", "Border talks Troops pull back"),
    ],
)
def test_the_headline_reads_as_a_browser_shows_it(tmp_path: Path, h1: str, title: str) -> None:
    html = page().replace(f"<h1>{HEADLINE}</h1>", f"<h1>{h1}</h1>").replace(f"<title>{HEADLINE}", "<title>")
    article = load(tmp_path, html)
    assert article.title == title
    assert all(paragraph in shown(article) for paragraph in STORY)
