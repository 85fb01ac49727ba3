"""Hostile and broken web pages are data: nothing is run or followed, and they still load."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.ingest.html import read_html
from corpus.ingest.load import load_article

STORY = (
    "The defence ministry said on Tuesday that several units were returning to their bases, after "
    "two days of talks between the governments in the capital."
)
MORE = (
    "Western officials said they had seen no sign of a withdrawal so far, and that satellite pictures "
    "showed the camps near the frontier were still full."
)

HOSTILE = (
    "<html><head><title>Troops pull back</title>"
    "<meta http-equiv='refresh' content='0; url=javascript:alert(1)'>"
    "<script>document.write('SCRIPT RAN')</script><style>body{background:url(javascript:alert(2))}</style>"
    "<base href='javascript:alert(3)//'></head>"
    "<body onload=\"alert('ONLOAD')\"><article><h1>Troops pull back</h1>"
    f"<p onclick=\"steal('CLICK HANDLER')\">{STORY}</p>"
    "<p><a href='javascript:alert(4)'>a harmless-looking link</a> and "
    "<a href=' JaVaScRiPt:alert(5)'>another</a> and <a href='https://example.org/ok'>a real one</a>.</p>"
    "<img src='x' onerror=\"alert('IMG ERROR')\" alt='a photo'>"
    "<img src='data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+' alt='DATA IMAGE'>"
    "<iframe src='https://evil.example/frame'>IFRAME TEXT</iframe>"
    "<object data='evil.swf'>OBJECT TEXT</object><embed src='evil.swf'>"
    "<svg><script>alert('SVG SCRIPT')</script><text>SVG TEXT</text></svg>"
    "<noscript>NOSCRIPT TEXT</noscript><template><p>TEMPLATE TEXT</p></template>"
    "<div hidden>HIDDEN TEXT</div><div style='display: none'>INVISIBLE TEXT</div>"
    f"<p>{MORE} \ue000forged marker\ue001 \x1b[31mred\x1b[0m</p>"
    "<script type='application/ld+json'>"
    '{"@type": "NewsArticle", "datePublished": "2022-02-15"}</script>'
    "</article></body></html>"
)


def test_hostile_page_keeps_its_text_and_drops_everything_active() -> None:
    doc = read_html(HOSTILE)
    for gone in (
        "SCRIPT RAN",
        "background",
        "ONLOAD",
        "CLICK HANDLER",
        "javascript",
        "JaVaScRiPt",
        "IMG ERROR",
        "data:image",
        "DATA IMAGE",
        "IFRAME TEXT",
        "OBJECT TEXT",
        "SVG SCRIPT",
        "SVG TEXT",
        "NOSCRIPT TEXT",
        "TEMPLATE TEXT",
        "HIDDEN TEXT",
        "INVISIBLE TEXT",
        "evil",
        "\ue000",
        "\ue001",
    ):
        assert gone not in doc.text, gone
    assert STORY in doc.text
    assert "a harmless-looking link and another and [a real one](https://example.org/ok)." in doc.text
    assert "![a photo](x)" in doc.text
    assert doc.title == "Troops pull back"
    assert doc.date == "2022-02-15"


def test_hostile_page_loads_with_offsets_intact(tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE, encoding="utf-8")
    article = load_article(path)
    assert article.problem is None
    body = [article.text[p.start : p.end] for p in article.body_paragraphs()]
    assert STORY in body
    assert any(MORE in p for p in body)
    for block in [*article.paragraphs, *article.sentences]:
        assert 0 <= block.start < block.end <= len(article.text)


MALFORMED = (
    "<html><head><title>Troops pull back</head><body>"  # <title> never closed
    "<div class='menu'><ul><li><a href='/'>Home<li><a href='/world'>World</a></ul>"  # unclosed li and a
    "</div></div></span>"  # stray closing tags
    "<article><h1>Troops pull back</h2>"  # mismatched heading
    f"<p>{STORY}<p>{MORE}"  # paragraphs never closed
    "<table><tr><td>cell one<td>cell two</table>"
    "<p>Officials said more talks would follow next week, in the same city, with the same envoys, "
    "and that the results would be publish"  # the page stops here, mid-word, mid-tag
    "<a href='/next' cl"
)


def test_malformed_and_truncated_page_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(MALFORMED, encoding="utf-8")
    article = load_article(path)
    assert article.problem is None
    shown = "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "boilerplate")
    assert STORY in shown
    assert MORE in shown
    assert "the results would be publish" in shown
    assert article.words > 40


def test_odd_inputs_never_crash() -> None:
    for raw in (
        "",
        "<",
        "<<<>>>",
        "<html",
        "<!-- never closed",
        "<![CDATA[ x ]]>",
        "<?xml version='1.0'?><root/>",
        "<p>" * 2000 + "deep",
        "<div>" * 600 + "very deep" + "</div>" * 600,
        "<script>never closed",
        "\x00\x01<p>nul bytes</p>",
        "<a href='" + "x" * 100_000,
        "<p>" + "word " * 50_000 + "</p>",
    ):
        doc = read_html(raw)
        assert doc.text.endswith("\n")
        for start, end in doc.boilerplate:
            assert 0 <= start < end <= len(doc.text)


def test_cli_show_json_marks_furniture_on_a_page(run_cli, tmp_path: Path) -> None:
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "troops.html").write_text(
        "<html><body><div class='menu'><a href='/'>Home</a> <a href='/w'>World</a> <a href='/s'>Sport</a>"
        f"</div><article><h1>Troops pull back</h1><p>{STORY}</p><p>{MORE}</p>"
        "<div class='share-buttons'><a href='/f'>Share on Facebook</a> <a href='/t'>Share on X</a></div>"
        "</article></body></html>",
        encoding="utf-8",
    )
    done = run_cli("show", "troops.html", "--corpus", str(corpus), "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    kinds = {shown["text"][p["start"] : p["end"]]: p["kind"] for p in shown["paragraphs"]}
    assert kinds[STORY] == "body" and kinds[MORE] == "body"
    assert kinds["# Troops pull back"] == "title"
    assert all(kind == "boilerplate" for text, kind in kinds.items() if "Share on" in text or "Sport" in text)
    assert any("Share on" in text for text in kinds)


_PIECES = [
    "<div class='comments'>",
    "<div class='entry-content'>",
    "</div>",
    "<article>",
    "</article>",
    "<p>",
    "</p>",
    "<ul><li><a href='/x'>",
    "</a></li></ul>",
    "<h1>",
    "</h1>",
    "<h3>Related posts</h3>",
    "<script>x=1",
    "</script>",
    "<figure><figcaption>Photo: AP",
    "<table><tr><td>",
    "<pre>",
    "<!--",
    "-->",
    "<a href='javascript:alert(1)'>",
    "\ue000",
    "&amp;",
    "&#0;",
    "<",
    ">",
    "\n",
    "The ministry said “some units are returning”, officials told reporters. ",
    "Short line. ",
]


def test_any_mix_of_tags_reads_with_valid_spans() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=80, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=60))
    def check(pieces: list[str]) -> None:
        doc = read_html("".join(pieces))
        assert doc.text.endswith("\n")
        assert "\ue000" not in doc.text and "\ue001" not in doc.text
        last = 0
        for start, end in doc.boilerplate:
            assert last <= start < end <= len(doc.text)
            last = end

    check()


def test_page_with_no_article_text_says_so(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>App</title><script src='/bundle.js'></script></head>"
        "<body><div id='root'></div>"
        "<noscript>You need to enable JavaScript to run this app.</noscript></body>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.problem == "no article text in this page"
    assert article.title == "App"
