"""Time expressions of a sentence, resolved against the article's date.

dateparser does the calendar work; this layer finds the expressions (dateparser's own
``search_dates`` also finds false dates: "sa" as Saturday) and handles the forms it returns
nothing for: "entre le 10 et le 13 septembre", "ce lundi 4 septembre", "mardi prochain",
"lundi dernier", "la semaine prochaine".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from kg.types import TimeValue

_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
           "novembre|décembre|decembre|january|february|march|april|may|june|july|august|"
           "september|october|november|december")
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAYS = dict(zip(_DAYS.split("|"), (MO, TU, WE, TH, FR, SA, SU)))
_PATTERNS = (
    ("range", re.compile(rf"\bentre le (\d{{1,2}})(?:er)? et le \d{{1,2}} ({_MONTHS})(?: (\d{{4}}))?", re.I)),
    ("day", re.compile(rf"\b(?:(?:{_DAYS}) )?(\d{{1,2}})(?:er)? ({_MONTHS})(?: (\d{{4}}))?", re.I)),
    ("weekday", re.compile(rf"\b({_DAYS}) (prochain|dernier)\b", re.I)),
    ("relweek", re.compile(r"\bla semaine (prochaine|dernière|derniere)\b", re.I)),
    ("month", re.compile(rf"\b(?:en|au mois de|début|fin|mi-) ?({_MONTHS})(?: (\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\ben (\d{4})\b")),
    ("relday", re.compile(r"\b(aujourd'hui|aujourd’hui|hier|demain)\b", re.I)),
)


def parse_doc_date(text: str | None) -> tuple[date, str] | None:
    """Return the article date and its precision from ``2023-09-05`` / ``2023-09`` / ``2023``."""
    if not text:
        return None
    parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
    if not parts or parts[0] < 1000:  # no year, no date
        return None
    precision = ("year", "month", "day")[len(parts) - 1]
    parts += [1] * (3 - len(parts))
    try:
        return date(*parts), precision
    except ValueError:
        return None


@cache
def _dateparser():
    import dateparser  # slow to import: only when a time expression is found

    return dateparser


def _parse(text: str, base: date, prefer: str) -> date | None:
    # "current_period": "4 septembre" in a September 2023 article is 2023-09-04, whatever
    # the tense; the year of a month name far from the article's follows the tense.
    settings = {"RELATIVE_BASE": _as_datetime(base), "PREFER_DATES_FROM": "current_period",
                "PREFER_DAY_OF_MONTH": "first"}
    found = _dateparser().parse(text, languages=["fr", "en"], settings=settings)
    return found.date() if found else None


def _as_datetime(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day)


def find_time(sentence: str, doc_date: tuple[date, str] | None, future: bool) -> TimeValue | None:
    """Return the first time expression of ``sentence`` resolved to ISO 8601, or None."""
    base, precision = doc_date or (None, None)
    prefer = "future" if future else "past"
    for kind, pattern in _PATTERNS:
        match = pattern.search(sentence)
        if match and base is not None:
            value = _resolve(kind, match, base, precision, prefer)
            if value:
                return TimeValue(value[0], value[1], match.group(0))
        elif match and kind == "year":
            return TimeValue(match.group(1), "year", match.group(0))
    return None


def _resolve(kind: str, m: re.Match, base: date, precision: str, prefer: str) -> tuple[str, str] | None:
    if kind in ("range", "day"):
        parsed = _parse(f"{m.group(1)} {m.group(2)} {m.group(3) or ''}".strip(), base, prefer)
        return (parsed.isoformat(), "day") if parsed else None
    if kind == "month":
        parsed = _parse(f"{m.group(1)} {m.group(2) or ''}".strip(), base, prefer)
        return (parsed.isoformat()[:7], "month") if parsed else None
    if kind == "year":
        return m.group(1), "year"
    if precision != "day" and kind != "relweek":
        return None  # relative days need the article's day
    return _relative(kind, m, base)


def _relative(kind: str, m: re.Match, base: date) -> tuple[str, str]:
    word = m.group(1).lower()
    if kind == "weekday":
        step = 1 if m.group(2).lower() == "prochain" else -1
        day = base + relativedelta(days=step, weekday=_WEEKDAYS[word](step))
        return day.isoformat(), "day"
    if kind == "relweek":  # the month the week belongs to (ISO 8601: the month of its Thursday);
        # RDF has no week type, and a month is what the week's mentions share
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=1 if "proch" in word else -1)
        return (monday + timedelta(days=3)).isoformat()[:7], "month"
    offset = {"hier": -1, "demain": 1}.get(word, 0)
    return (base + timedelta(days=offset)).isoformat(), "day"
