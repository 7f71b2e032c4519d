"""What the benchmark scripts share: where things are, how to call iltis, corpus slices."""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
GNAD = SHARED_DATA / "corpus" / "10kgnad-test.jsonl"


def iltis_command() -> list[str]:
    """The installed ``iltis`` of the repository's venv, else the module of this Python."""
    local = REPO / ".venv" / "bin" / "iltis"
    return [str(local)] if local.exists() else [sys.executable, "-m", "iltis.cli"]


def first_lines(corpus: Path, limit: int, folder: Path) -> Path:
    """The corpus itself, or a copy of its first ``limit`` articles in ``folder``."""
    if not limit:
        return corpus
    cut = folder / corpus.name
    with corpus.open(encoding="utf-8") as src, cut.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return cut


def count_articles(corpus: Path) -> int:
    with corpus.open(encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds the command ran; exits with its stderr if it failed (1 means inputs skipped)."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode not in (0, 1):
        sys.exit(proc.stderr[-2000:])
    return time.perf_counter() - started


def corpus_parser(doc: str | None, default_limit: int) -> argparse.ArgumentParser:
    """The arguments every corpus benchmark takes: ``--corpus`` and ``--limit``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=GNAD)
    ap.add_argument("--limit", type=int, default=default_limit, help="only the first N articles (0: all)")
    return ap


def absent(corpus: Path) -> bool:
    """Say so when the corpus is missing (../shared not checked out), so the script can exit 0."""
    if corpus.exists():
        return False
    print(f"skipped: corpus {corpus} is absent")
    return True
