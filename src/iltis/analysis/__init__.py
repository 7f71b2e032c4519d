"""Analysis: sentences and tokens with offsets, POS tags and lemmas.

Stages never import a tagger directly; they call :func:`get_analyzer` for the article's
language, so a faster or trained analyser can replace the default by registering itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Protocol

from iltis.model import Sentence


class Analyzer(Protocol):
    """What every analyser offers: text in, sentences with tagged tokens out."""

    name: str

    def analyse(self, text: str) -> list[Sentence]: ...


_FACTORIES: dict[str, Callable[[], Analyzer]] = {}
_DEFAULTS: dict[str, str] = {}


def register_analyzer(name: str, lang: str, default: bool = False) -> Callable[[Callable[[], Analyzer]], Callable[[], Analyzer]]:
    def deco(factory: Callable[[], Analyzer]) -> Callable[[], Analyzer]:
        _FACTORIES[name] = factory
        if default or lang not in _DEFAULTS:  # the first one registered is the fallback
            _DEFAULTS[lang] = name
        return factory
    return deco


@cache
def get_analyzer(lang: str, name: str | None = None) -> Analyzer:
    """The analyser for ``lang`` (built once per process: loading models is the slow part)."""
    from iltis.analysis import german  # noqa: F401  registers the German analysers

    key = name or _DEFAULTS.get(lang)
    if key is None or key not in _FACTORIES:
        raise LookupError(f"no analyser for language {lang!r}" + (f" named {name!r}" if name else ""))
    return _FACTORIES[key]()


def analyzer_names() -> list[str]:
    from iltis.analysis import german  # noqa: F401

    return sorted(_FACTORIES)
