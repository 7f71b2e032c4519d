"""Temporal expressions resolved against the article date.

News dates events relative to publication ("am Samstag", "gestern", "vor 75 Jahren"), so an
expression only becomes a date together with the article date. Words (weekdays, months,
number words) come from ``lang/<lang>/events_dates.yaml``; each pattern has a rule id that
appears in the event's explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from iltis.lang import load_table


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    rule: str
    forward: bool = False  # points after the article date


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


@dataclass(frozen=True)
class DateGrammar:
    table: dict
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    pluperfect: frozenset[str]
    anterior: frozenset[str]
    sequel: frozenset[str]


@cache
def grammar(lang: str) -> DateGrammar:
    t = load_table(lang, "events_dates")
    months, days, parts = _alt(t["months"]), _alt(t["weekdays"]), _alt(t["day_parts"])
    numbers, units, forward = _alt(t["number_words"]), _alt(t["units"]), _alt(t["forward_words"])
    backward, today = _alt(t["backward_words"]), _alt(t["today_words"])
    rel = _alt(t["relative_days"])
    flags = re.IGNORECASE
    space = lambda words: "|".join(w.replace(r"\ ", r"\s+") for w in _alt(words).split("|"))
    patterns = (
        ("date.numeric", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})\b")),
        # (not "vor Weihnachten", "bis Ostern": a deadline, not the day something happened)
        ("date.holiday", re.compile(rf"(?<!\bvor )(?<!\bbis )\b(?P<h>{space(t['fixed_holidays'])}|{space(t['easter_holidays'])})"
                                    rf"(?:\s+(?P<y>\d{{4}}))?\b", flags)),
        # "am 16. und 17. Dezember" dates by its first day; "vom 2. April bis zum 20. Juni 1943"
        # takes its year from the end of the range
        ("date.day-month", re.compile(rf"\b(?P<d>\d{{1,2}})\.(?:\s*(?:und|bis|-|–)\s*\d{{1,2}}\.)?"
                                      rf"\s*(?P<month>{months})\b(?:\s+(?P<y>\d{{4}}))?"
                                      rf"(?:\s*(?:bis(?:\s+zum)?|-|–)\s*\d{{1,2}}\.\s*(?:{months})\s+(?P<y2>\d{{4}}))?",
                                      flags)),
        ("date.weekday", re.compile(rf"\b(?:(?P<fw>{forward})\s+|(?P<bw>{backward})\s+|(?P<today>{today})\s+)?"
                                    rf"(?P<wd>{days})(?:{parts})?s?\b(?P<pw>\s+(?:{space(t['previous_week'])})\b)?",
                                    flags)),
        ("date.last-month", re.compile(rf"\b(?:{backward})\s+(?P<month>{months})\b", flags)),
        ("date.relative-day", re.compile(rf"(?<![\w-])(?P<rel>{rel})(?![\w-])", flags)),
        ("date.next", re.compile(rf"\b(?:{_alt(t['next_words'])})\s+(?P<period>{_alt(t['next_periods'])})\b", flags)),
        ("date.ago", re.compile(rf"\bvor\s+(?:(?:{_alt(t['approximators'])})\s+)?(?:(?P<n>\d+)|(?P<nw>{numbers}))"
                                rf"\s+(?P<unit>{units})\b", flags)),
        ("date.month", re.compile(rf"\b(?:im|seit|anfang|mitte|ende)\s+(?P<month>{months})(?:\s+(?P<y>\d{{4}}))?\b"
                                  rf"(?P<ly>\s+des\s+(?:{backward})\s+jahres\b)?", flags)),
        ("date.last-period", re.compile(rf"\b(?P<lp>{space(t['last_periods'])})\b", flags)),
        ("date.year", re.compile(r"\b(?:im\s+jahre?|anno)\s+(?P<y>(?:19|20)\d{2})\b", flags)),
        ("date.year-cue", re.compile(rf"\b(?:{_alt(t['year_cues'])})\s+(?P<y>(?:19|20)\d{{2}})\b(?![.,]\d)", flags)),
        # a year opening a sentence before a small word is its date: "2019 kam es zu Protesten"
        ("date.year-first", re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s+(?=[a-zäöüß])")),
    )
    return DateGrammar(t, patterns, frozenset(t["pluperfect_auxiliaries"]), frozenset(t["anterior_words"]),
                       frozenset(t["sequel_words"]))


def _month_year(month: int, article: date) -> int:
    """A month named without a year is the latest one not after the article's month."""
    return article.year if month <= article.month else article.year - 1


def _resolve(rule: str, m: re.Match[str], g: DateGrammar, article: date | None) -> tuple[str, bool] | None:
    t = g.table
    if rule == "date.numeric":
        y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        return _iso(y, int(m["m"]), int(m["d"])), False
    if rule == "date.day-month":
        month = t["months"][m["month"].lower()]
        if m["y"] or m["y2"]:
            return _iso(int(m["y"] or m["y2"]), month, int(m["d"])), False
        if article is None:
            return None
        return _iso(_month_year(month, article), month, int(m["d"])), False
    if article is None:
        return None
    if rule == "date.holiday":
        return _holiday(m["h"], int(m["y"]) if m["y"] else None, t, article), False
    if rule == "date.weekday":
        weekday = t["weekdays"][m["wd"].lower()]
        if m["fw"]:
            return (article + timedelta(days=(weekday - article.weekday()) % 7 or 7)).isoformat(), True
        if m["pw"]:  # "am Freitag vergangener Woche": that weekday of the week before
            return (article - timedelta(days=article.weekday() + 7 - weekday)).isoformat(), False
        if m["today"]:
            return article.isoformat(), False
        back = (article.weekday() - weekday) % 7 or (7 if m["bw"] else 0)
        return (article - timedelta(days=back)).isoformat(), False
    if rule == "date.last-period":
        if t["last_periods"][" ".join(m["lp"].lower().split())] == "year":
            return f"{article.year - 1:04d}", False
        total = article.year * 12 + article.month - 2
        return f"{total // 12:04d}-{total % 12 + 1:02d}", False
    if rule == "date.last-month":
        month = t["months"][m["month"].lower()]
        return f"{article.year if month < article.month else article.year - 1:04d}-{month:02d}", False
    if rule == "date.year-first":
        return m["y"], int(m["y"]) > article.year
    if rule == "date.relative-day":
        offset = t["relative_days"][m["rel"].lower()]
        if m["rel"][0].isupper() and m["rel"].lower() == "morgen":
            return None  # "Morgen" capitalised is the morning, not tomorrow
        return (article + timedelta(days=offset)).isoformat(), offset > 0
    if rule == "date.ago":
        n = int(m["n"]) if m["n"] else t["number_words"][m["nw"].lower()]
        unit = t["units"][m["unit"].lower()]
        if unit in ("day", "week"):
            return (article - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), False
        if unit == "month":
            total = article.year * 12 + article.month - 1 - n
            return f"{total // 12:04d}-{total % 12 + 1:02d}", False
        return f"{article.year - n * (10 if unit == 'decade' else 1):04d}", False
    if rule == "date.next":
        period = t["next_periods"][m["period"].lower()]
        if period == "year":
            return f"{article.year + 1:04d}", True
        ahead = article + timedelta(days=7 if period == "week" else 31)
        return f"{ahead.year:04d}-{ahead.month:02d}", True
    if rule == "date.month":
        month = t["months"][m["month"].lower()]
        year = int(m["y"]) if m["y"] else article.year - 1 if m["ly"] else _month_year(month, article)
        return f"{year:04d}-{month:02d}", False
    if rule in ("date.year", "date.year-cue"):
        return m["y"], int(m["y"]) > article.year
    return None


def _easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday(name: str, year: int | None, t: dict, article: date) -> str:
    """The day of a named holiday: in the year given, else its latest one not after the article
    date ("an Heiligabend" in a January article is last December's)."""
    key = " ".join(name.lower().split())

    def day(y: int) -> date:
        if key in t["fixed_holidays"]:
            month, dom = t["fixed_holidays"][key]
            return date(y, month, dom)
        return _easter(y) + timedelta(days=t["easter_holidays"][key])

    if year is not None:
        return day(year).isoformat()
    this_year = day(article.year)
    return (this_year if this_year <= article else day(article.year - 1)).isoformat()


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_article_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def find_time_expressions(text: str, offset: int, article_date: date | None, lang: str = "de") -> list[TimeExpression]:
    """Every temporal expression in ``text`` (which starts at ``offset`` in the article)."""
    g = grammar(lang)
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in g.patterns:  # earlier patterns are more specific and win overlaps
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            resolved = _resolve(rule, m, g, article_date)
            if resolved is None or resolved[0] is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(TimeExpression(offset + m.start(), offset + m.end(), resolved[0], f"{lang}.{rule}", resolved[1]))
    return sorted(found, key=lambda x: x.start)


def nearest(expressions: list[TimeExpression], position: int, start: int, end: int) -> TimeExpression | None:
    """The expression inside ``[start, end)`` closest to ``position`` (a trigger)."""
    inside = [x for x in expressions if start <= x.start and x.end <= end]
    return min(inside, key=lambda x: abs(x.start - position), default=None)


def anterior(tokens: list, participle_tags: frozenset[str], lang: str = "de") -> str | None:
    """The rule id when a clause tells what had happened before the narrated time
    ("er hatte sich damals geweigert"): the day last named does not date it."""
    g = grammar(lang)
    words = {tok.text.lower() for tok in tokens}
    if words & g.anterior:
        return f"{lang}.date.anterior-word"
    if words & g.pluperfect and any(tok.pos in participle_tags for tok in tokens):
        return f"{lang}.date.pluperfect"
    return None


def sequel(tokens: list, lang: str = "de") -> bool:
    """Whether a clause tells what followed the event told just before ("wurden daraufhin
    hingerichtet"), so the date last named dates it, however long ago."""
    return any(tok.text.lower() in grammar(lang).sequel for tok in tokens)
