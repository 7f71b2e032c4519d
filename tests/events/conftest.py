from __future__ import annotations

import pytest

from iltis.model import Article, Doc
from iltis.pipeline import DEFAULT_PIPELINE, Pipeline


@pytest.fixture(scope="session")
def code():
    """Code a German text with the full default pipeline; the article date defaults to a Sunday."""
    pipeline = Pipeline(DEFAULT_PIPELINE)

    def run(text: str, date: str = "2023-09-17") -> Doc:
        return pipeline(Article("t", text, date=date, lang="de"))

    return run


def only(doc: Doc, etype: str):
    found = [e for e in doc.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return found[0]


def countries(refs) -> set[str]:
    return {r.country for r in refs if r.country}
