"""Coding articles on several cores, results in input order.

Worker processes build the pipeline once (loading models is the slow part) and send back
output records as plain JSON data. Skipped inputs travel through the pool untouched so that
results keep the order of the inputs, which makes a parallel run write exactly what a
serial one writes. ``iltis code -j`` and ``iltis run`` both use it.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from iltis.ingest import Skipped
from iltis.model import Article, to_json_dict
from iltis.pipeline import Pipeline


@dataclass(slots=True)
class Coded:
    """An article's output record, with the key and source its caller gave the article."""

    key: str
    source: str | None
    record: dict[str, Any]


Task = tuple[str, Article] | Skipped

_PIPELINE: Pipeline | None = None
_ANALYSIS = False


def _init_worker(components: tuple[str, ...], analysis: bool) -> None:
    global _PIPELINE, _ANALYSIS
    _PIPELINE, _ANALYSIS = Pipeline(components), analysis


def _code_one(task: Task) -> Coded | Skipped:
    if isinstance(task, Skipped):
        return task
    key, article = task
    assert _PIPELINE is not None, "worker used before _init_worker"
    try:
        record = to_json_dict(_PIPELINE(article).to_record(_ANALYSIS))
    except Exception as exc:  # one article's failure must not end a corpus run
        return Skipped(article.source or article.id, f"failed: {type(exc).__name__}: {exc}")
    return Coded(key, article.source, record)


def code_tasks(tasks: Iterable[Task], components: Sequence[str], workers: int = 1,
               analysis: bool = False) -> Iterator[Coded | Skipped]:
    """Code ``(key, article)`` tasks on ``workers`` processes (1: in this process)."""
    if workers <= 1:
        _init_worker(tuple(components), analysis)
        yield from map(_code_one, tasks)
        return
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(tuple(components), analysis))
    try:
        yield from pool.imap(_code_one, tasks, chunksize=2)
    finally:
        pool.terminate()
        pool.join()
