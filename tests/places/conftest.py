from __future__ import annotations

from iltis.analysis import get_analyzer
from iltis.model import Article, Doc


def analysed(text: str) -> Doc:
    doc = Doc(Article(id="t", text=text, lang="de"))
    doc.sentences = get_analyzer("de").analyse(text)
    return doc
