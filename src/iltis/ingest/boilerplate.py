"""Remove web boilerplate lines from plain text, and say what was removed.

Scraped text carries comment forms ("Leave a Reply"), scraper tags ("source-120"), share rows
and cookie banners. A rule only ever removes a whole line that it matches in full, so article
sentences are never cut; offsets of the text before the first removal stay the same, which
keeps the common case (boilerplate at the end) aligned with the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from iltis.lang import NEUTRAL, load_table
from iltis.model import Removal

# Lines longer than this are prose, never boilerplate.
MAX_LINE = 300


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    pattern: re.Pattern[str]


@cache
def rules_for(lang: str | None) -> tuple[Rule, ...]:
    tables = [load_table(NEUTRAL, "boilerplate")]
    if lang and lang != NEUTRAL:
        tables.append(load_table(lang, "boilerplate"))
    return tuple(
        Rule(r["id"], re.compile(r["pattern"], re.IGNORECASE))
        for table in tables for r in table.get("rules", [])
    )


def matching_rule(line: str, rules: tuple[Rule, ...]) -> str | None:
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_LINE:
        return None
    for rule in rules:
        if rule.pattern.fullmatch(stripped):
            return rule.id
    return None


def remove_boilerplate(text: str, lang: str | None = None) -> tuple[str, list[Removal]]:
    """Return the cleaned text and the removed lines (offsets into ``text``).

    Trailing whitespace left behind is dropped; leading text is never touched so that
    offsets before the first removal do not move.
    """
    rules = rules_for(lang)
    kept: list[str] = []
    removed: list[Removal] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        rule = matching_rule(line, rules)
        if rule is None:
            kept.append(line)
        else:
            body = line.rstrip("\r\n")
            lead = len(body) - len(body.lstrip())
            removed.append(Removal(body.strip(), pos + lead, pos + lead + len(body.strip()), rule))
        pos += len(line)
    if not removed:
        return text, removed
    return "".join(kept).rstrip(), removed
