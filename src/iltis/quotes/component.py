"""The ``quotes`` pipeline component."""

from __future__ import annotations

from iltis.model import Doc
from iltis.pipeline import component
from iltis.quotes import extract_quotes


@component("quotes")
def quotes(doc: Doc) -> None:
    doc.quotes = extract_quotes(doc)
