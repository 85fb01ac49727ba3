"""The names of weekdays and months, in lower case: one list for every part that reads dates or
skips them (the date of an article, a sentence's time opening, words that never begin a name)."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "january": ("jan",),
    "february": ("feb",),
    "march": ("mar",),
    "april": ("apr",),
    "may": (),
    "june": ("jun",),
    "july": ("jul",),
    "august": ("aug",),
    "september": ("sep", "sept"),
    "october": ("oct",),
    "november": ("nov",),
    "december": ("dec",),
}
"""Each month's abbreviations, written with or without a period ("Sept." and "Sep" both)."""
NEWS_MONTH_ABBREVIATIONS = ("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec")
"""The months news style abbreviates before a day ("Sept. 27"; AP writes March to July in full)."""

MONTH_NUMBERS = {
    name: number
    for number, month in enumerate(MONTHS, 1)
    for name in (month, *MONTH_ABBREVIATIONS[month])
}
"""1–12 for each month's name and abbreviations."""
