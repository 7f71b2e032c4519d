"""Ingest: inputs of any supported format become clean, language-tagged articles.

Plain functions with explicit settings, in the manner of trafilatura: :func:`read_inputs`
reads, :func:`prepare_article` cleans and checks one article, :func:`ingest` does both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from iltis.ingest.boilerplate import remove_boilerplate
from iltis.ingest.errors import InputError, Skipped
from iltis.ingest.language import detect_language
from iltis.ingest.readers import Item, ReadSettings, read_inputs
from iltis.lang import supported_languages
from iltis.model import Article

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class IngestSettings:
    read: ReadSettings = ReadSettings()
    default_date: str | None = None  # for articles whose input gives no date
    default_lang: str = "de"  # for texts too short to identify


def prepare_article(article: Article, settings: IngestSettings = IngestSettings()) -> Article | Skipped:
    """Clean one article's text, identify its language and refuse what cannot be coded."""
    source = article.source or article.id
    text = article.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Skipped(source, "empty text")
    lang = detect_language(text, settings.default_lang)
    text, removed = remove_boilerplate(text, lang)
    if not text.strip():
        return Skipped(source, "nothing left after removing web boilerplate")
    supported = supported_languages()
    if lang not in supported:
        return Skipped(source, f"language '{lang}' is not supported yet (supported: {', '.join(supported)})")
    date = article.date or settings.default_date
    if date:
        match = _DATE.match(date)
        date = match.group(0) if match else None
    return replace(article, text=text, lang=lang, removed=removed, date=date)


def ingest(paths: Iterable[str], settings: IngestSettings = IngestSettings()) -> Iterator[Item]:
    for item in read_inputs(paths, settings.read):
        yield item if isinstance(item, Skipped) else prepare_article(item, settings)


__all__ = ["IngestSettings", "InputError", "Item", "ReadSettings", "Skipped", "ingest",
           "prepare_article", "read_inputs"]
