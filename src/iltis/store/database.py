"""The embedded event store: one DuckDB file holding articles and everything coded in them.

Writes happen in batches, each one transaction: a run killed at any moment leaves the
database as it was after the last finished batch, and the next run codes only what is
missing. An article is identified by a hash of its content; coded again by another iltis
version, or changed under the same id and source, its old rows are replaced, never doubled.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from iltis import __version__
from iltis.ingest import Skipped
from iltis.model import Article
from iltis.parallel import Coded
from iltis.store.tables import ARTICLE_FIELDS, OBJECT_TABLES, Column, Table, flatten

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("article_key", "VARCHAR PRIMARY KEY"), ("id", "VARCHAR"), ("title", "VARCHAR"),
    ("date", "VARCHAR"), ("url", "VARCHAR"), ("lang", "VARCHAR"), ("text", "VARCHAR"),
    ("source", "VARCHAR"), ("removed", "JSON"), ("iltis_version", "VARCHAR"),
    ("coded_at", "TIMESTAMP"),
]


_ARROW_TYPES = {"VARCHAR": pa.string(), "JSON": pa.string(), "BIGINT": pa.int64(), "INTEGER": pa.int32(),
                "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
                "DATE": pa.date32()}


def _arrow_type(sql_type: str) -> pa.DataType:
    return _ARROW_TYPES[sql_type.split()[0]]


def article_key(article: Article) -> str:
    """Content hash of an article as read (before clean-up), independent of the iltis version."""
    h = hashlib.sha256()
    for part in (article.id, article.title, article.date, article.url, article.text):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


@dataclass(slots=True)
class BatchStats:
    articles: int = 0
    rows: dict[str, int] = field(default_factory=dict)


class EventStore:
    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self._ensure_schema()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        cols = ", ".join(f"{n} {t}" for n, t in ARTICLE_COLUMNS)
        self.con.execute(f"CREATE TABLE IF NOT EXISTS articles ({cols})")
        for table in OBJECT_TABLES:
            self._ensure_table(table.name, table.key_columns + table.object_columns, "row_id")
        self.con.execute("CREATE TABLE IF NOT EXISTS skipped (source VARCHAR PRIMARY KEY, reason VARCHAR, "
                         "seen_at TIMESTAMP)")
        self.con.execute("CREATE TABLE IF NOT EXISTS runs (started_at TIMESTAMP, finished_at TIMESTAMP, "
                         "iltis_version VARCHAR, inputs JSON, coded INTEGER, already_stored INTEGER, "
                         "skipped INTEGER, workers INTEGER)")

    def _ensure_table(self, name: str, columns: list[Column], primary: str) -> None:
        defs = ", ".join(f'"{c.name}" {c.sql_type}{" PRIMARY KEY" if c.name == primary else ""}' for c in columns)
        self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({defs})")
        existing = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]).fetchall()}
        for col in columns:  # a field added to the model since the database was made
            if col.name not in existing:
                self.con.execute(f'ALTER TABLE {name} ADD COLUMN "{col.name}" {col.sql_type}')

    # --- reading ---------------------------------------------------------------------------

    def coded_keys(self, version: str = __version__) -> set[str]:
        rows = self.con.execute("SELECT article_key FROM articles WHERE iltis_version = ?", [version]).fetchall()
        return {r[0] for r in rows}

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    # --- writing ---------------------------------------------------------------------------

    def write_batch(self, coded: Sequence[Coded], skipped: Iterable[Skipped] = ()) -> BatchStats:
        """Store a batch of coded articles and skipped inputs in one transaction."""
        stats = BatchStats(articles=len(coded))
        now = datetime.now(UTC).replace(tzinfo=None)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_replaced(coded)
            self._insert_articles(coded, now)
            for table in OBJECT_TABLES:
                stats.rows[table.name] = self._insert_objects(table, coded)
            for item in skipped:
                self.con.execute("INSERT OR REPLACE INTO skipped VALUES (?, ?, ?)", [item.source, item.reason, now])
            if coded:  # an input that was bad once and is fine now is no longer skipped
                self.con.execute("DELETE FROM skipped WHERE source IN (SELECT unnest(?))",
                                 [[c.source for c in coded if c.source]])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return stats

    def _delete_replaced(self, coded: Sequence[Coded]) -> None:
        """Remove rows of these articles' earlier codings (same key, or same id and source)."""
        if not coded:
            return
        keys = [c.key for c in coded]
        pairs = pa.table({"id": [c.record["id"] for c in coded], "source": [c.source for c in coded]})
        self.con.register("_incoming", pairs)
        old = [r[0] for r in self.con.execute(
            "SELECT article_key FROM articles WHERE article_key IN (SELECT unnest(?)) "
            "UNION SELECT a.article_key FROM articles a JOIN _incoming i "
            "ON a.id = i.id AND a.source IS NOT DISTINCT FROM i.source", [keys]).fetchall()]
        self.con.unregister("_incoming")
        if old:
            for table in ("articles", *(t.name for t in OBJECT_TABLES)):
                self.con.execute(f"DELETE FROM {table} WHERE article_key IN (SELECT unnest(?))", [old])

    def _insert_articles(self, coded: Sequence[Coded], now: datetime) -> None:
        rows = [[c.key, *(c.record.get(f) for f in ARTICLE_FIELDS), c.source,
                 json.dumps(c.record.get("removed", []), ensure_ascii=False), __version__, now] for c in coded]
        self.insert_rows("articles", ARTICLE_COLUMNS, rows)

    def _insert_objects(self, table: Table, coded: Sequence[Coded]) -> int:
        columns = table.object_columns
        rows = []
        for c in coded:
            for idx, obj in enumerate(c.record.get(table.record_field) or []):
                rows.append([f"{c.key}:{idx}", c.key, c.record["id"], idx, *flatten(obj, columns)])
        self.insert_rows(table.name, [(c.name, c.sql_type) for c in table.key_columns + columns], rows)
        return len(rows)

    def insert_rows(self, table: str, columns: Sequence[tuple[str, str]], rows: list[list[Any]]) -> None:
        """Insert through Arrow (DuckDB's executemany is far slower for many rows), with the
        column types stated so that a wrongly typed value fails here rather than being guessed."""
        if not rows:
            return
        batch = pa.table({name: pa.array([row[i] for row in rows], type=_arrow_type(sql))
                          for i, (name, sql) in enumerate(columns)})
        quoted = ", ".join(f'"{name}"' for name, _ in columns)
        self.con.register("_batch", batch)
        self.con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM _batch")
        self.con.unregister("_batch")

    def record_run(self, started: datetime, inputs: Sequence[str], coded: int, already: int,
                   skipped: int, workers: int) -> None:
        finished = datetime.now(UTC).replace(tzinfo=None)
        self.con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [started, finished, __version__, json.dumps(list(inputs)), coded, already, skipped, workers])
