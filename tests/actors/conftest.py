from __future__ import annotations

import pytest

from iltis.actors.linker import get_linker
from iltis.analysis import get_analyzer
from iltis.model import Article, Doc


@pytest.fixture(scope="session")
def analysed():
    """Build an analysed Doc (with actors) from a text and an article date."""
    analyzer = get_analyzer("de")

    def make(text: str, date: str | None = "2023-09-17") -> Doc:
        doc = Doc(Article(id="t", text=text, date=date, lang="de"))
        doc.sentences = analyzer.analyse(text)
        doc.actors = [f.to_mention() for f in get_linker().link(doc)]
        return doc

    return make


def find(doc: Doc, text: str):
    """The mention whose text is exactly ``text`` (the first one)."""
    return next(m for m in doc.actors if m.text == text)
