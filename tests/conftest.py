from __future__ import annotations

from pathlib import Path

import pytest

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
