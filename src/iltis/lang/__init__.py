"""Language data: lexicons and rule tables as data files, one folder per language.

``xx`` holds what is not tied to one language (web boilerplate such as scraper tags); ``de``
holds German. Stage code asks for a table by language and name and never embeds word lists.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

NEUTRAL = "xx"


@cache
def load_table(lang: str, name: str) -> Any:
    """Load ``lang/<lang>/<name>.yaml``; a missing table is an empty mapping, not an error,
    so that a language can be added one table at a time."""
    path = resources.files("iltis.lang").joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def supported_languages() -> tuple[str, ...]:
    """Languages whose analysis iltis can run (those with an ``analysis`` table)."""
    root = resources.files("iltis.lang")
    return tuple(sorted(
        p.name for p in root.iterdir()
        if p.is_dir() and p.name != NEUTRAL and p.joinpath("analysis.yaml").is_file()
    ))
