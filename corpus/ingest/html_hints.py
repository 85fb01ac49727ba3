"""The words and shapes of page furniture: class/id names, section headings, meta lines.

Shared by the search for a page's article (``corpus.ingest.html_main``) and the marking of the furniture
around and inside it (``corpus.ingest.html_content``). Class and id names are matched as whole words of the
attribute ("post-comments", "share_bar"), never inside another word.
"""

from __future__ import annotations

import re
from typing import Any

PARAGRAPHS = frozenset(("p", "pre", "blockquote", "td", "dd", "li", "h2", "h3"))
FURNITURE_TAGS = frozenset(("aside", "footer", "nav", "form", "dialog"))

_WORD = r"(?:^|[-_\s])(?:{})(?:$|[-_\s\d])"
# class/id words of furniture: matched as whole words of the attribute ("post-comments", "share_bar").
NEGATIVE = re.compile(
    _WORD.format(
        "comments?|comment-?list|commentlist|respond|reply|replies|disqus|discussion|related|relatedposts"
        "|similar|more-?stories|recommend\\w*|recirc|read-?more|most-?(?:read|popular|viewed)|popular"
        "|trending|share|sharing|sharedaddy|social|socials|sociable|follow|newsletter|subscribe|subscription"
        "|signup|sign-up|cookies?|consent|gdpr|banner|sidebar|footer|masthead|menu|nav|navbar"
        "|navigation|breadcrumbs?|pagination|pager|post-?navigation|nav-links|author-?(?:bio|box|info)"
        "|about-?(?:the-)?author|authors?|author-?profile|bio|byline|caption|wp-caption-text"
        "|tags?|tag-?list|tagcloud|categories|category-?list|promo\\w*"
        "|ad|ads|advert\\w*|sponsor\\w*|outbrain|taboola|credit|credits|copyright|caption-credit|modal"
        "|popup|overlay|login|paywall|newsletter-?signup|jp-relatedposts|sd-sharing|skip-?link"
        "|screen-reader-text|sr-only|visually-?hidden|print-?only|rating|likes?|wpl-likebox|toolbar"
        "|entry-?meta|post-?meta|meta|postmetadata|entry-?footer|post-?footer|site-?footer|site-?header"
        "|header|topbar|search|links|topics?|topic-?list|complementary|contentinfo"
        "|cta|call-?to-?action|hs-cta\\w*|subscribe-?box|optin|mc4wp\\w*"
    ),
    re.I,
)
ASIDE = re.compile(
    _WORD.format(
        "comments?|comment-?list|commentlist|comment-?body|respond|disqus|related|relatedposts|sidebar"
        "|share|sharing|social|newsletter|cookies?|recommend\\w*|most-?(?:read|popular|viewed)"
        "|popular|trending|promo\\w*|ad|ads|advert\\w*|outbrain|taboola|footer|site-?footer"
        "|complementary|contentinfo"
    ),
    re.I,
)
# "widget" alone or "widget_…" (WordPress sidebars), not "elementor-widget-text-editor".
_WIDGET = r"|(?:^|\s)widget(?:$|\s|_|-area)"
NEGATIVE = re.compile(NEGATIVE.pattern + _WIDGET, re.I)
ASIDE = re.compile(ASIDE.pattern + _WIDGET, re.I)
POSITIVE = re.compile(
    _WORD.format(
        "article|articlebody|article-?body|article-?content|article-?text|story|story-?body|story-?content"
        "|entry-?content|entry-?body|post-?content|post-?body|post-?entry|postbody|single-?content"
        "|content-?body|main-?content|blog-?post|body-?text|text-?content|rich-?text|prose|hentry|h-entry"
        "|e-content|post|entry|page-?content|td-post-content"
    ),
    re.I,
)
# Headings of furniture sections, in the languages of the pages we read.
FURNITURE_HEADING = re.compile(
    r"^\W*(?:related|more (?:from|stories|on|in|like this)|you (?:might|may) (?:also )?(?:like|enjoy)"
    r"|read (?:more|also|next)|see also|also on|most (?:read|popular|viewed|shared)|popular|trending"
    r"|top stories|recommended|recent (?:posts|comments|articles)|latest|leave a (?:reply|comment)"
    r"|\d* ?(?:comments?|responses?|replies)\b|share (?:this|on)|like this|about the author|gefällt mir"
    r"|subscribe|sign up|newsletter|follow us|tags?\b|categories|archives|blogroll|meta$"
    r"|discover|connect with|editor'?s picks|in this section|other (?:posts|stories)"
    r"|ähnliche|verwandte|kommentare?|teilen|mehr zum|das könnte|weitere|folge uns|schlagwörter"
    r"|argomenti|leggi anche|potrebbe interessarti|articles? similaires|à lire aussi|commentaires)",
    re.I,
)
# Attributes whose words name what an element is (with BBC-style data-component and test ids).
_NAMING_ATTRS = ("class", "id", "itemprop", "role", "data-component", "data-testid")


def attr_words(tag: Any) -> str:
    parts = []
    for name in _NAMING_ATTRS:
        value = tag.attrs.get(name)
        if isinstance(value, list):
            parts.extend(value)
        elif isinstance(value, str):
            parts.append(value)
    return " ".join(parts)


LINES = frozenset(("p", "div", "span", "small", "li", "time", "address", "header"))
# A post's meta line: when, by whom, filed where, how long.
META_LINE = re.compile(
    r"^(?:(?:posted|published|updated|filed|written)\b(?: (?:on|in|by|under)\b)?"
    r"|categor(?:y|ies)\s*:|tags?\s*:"
    r"|tagged\b|ultima modifica|aggiornato|pubblicato|veröffentlicht|aktualisiert|geschrieben von"
    r"|\d+\s*(?:min(?:ute)?s?|minuten)\s*(?:read|lesezeit|di lettura)|\d+ words\b"
    r"|[\d,.]+\s*(?:views|aufrufe|visualizzazioni)$)"
    r"|\|\s*categor(?:y|ies)\s*:",
    re.I,
)


CREDIT = re.compile(
    r"^(?:photo|image|picture|credit|foto|bild)s?\b|\b(?:getty images|ap photo|photograph:)|^©", re.I
)
# A line that is only a date: "March 29, 2019", "29 March 2019", "2019-03-29", "29.03.2019".
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|m[aä]r|mai|okt|dez|gen|giu|lug|ago|set|ott|dic)\w*\.?"
)
DATE_LINE = re.compile(
    r"^(?:\w+,?\s+)?(?:"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s*(?:at\s+)?\d{1,2}:\d\d(?:\s*[ap]m)?)?\W*$",
    re.I,
)
