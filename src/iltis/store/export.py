"""Exports from the event store: JSONL records in the event-guide format, flat CSV/TSV for
spreadsheets, Parquet for data frames."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from iltis.store.database import EventStore
from iltis.store.tables import ARTICLE_FIELDS, OBJECT_TABLES, unflatten

FORMATS = ("jsonl", "csv", "tsv", "parquet")
FLAT_TABLES = ("events", "places", "quotes", "actors", "articles", "merged_events", "skipped")


def _dicts(store: EventStore, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
    cur = store.con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(1000):
        for row in rows:
            yield dict(zip(names, row))


def records(store: EventStore) -> Iterator[dict[str, Any]]:
    """Stored articles as output records, in article id order."""
    fields = ", ".join(["article_key", *ARTICLE_FIELDS, "removed"])
    for article in _dicts(store, f"SELECT {fields} FROM articles ORDER BY id, article_key"):
        key = article.pop("article_key")
        removed = article.pop("removed")
        rec: dict[str, Any] = dict(article)
        for table in OBJECT_TABLES:
            columns = table.object_columns
            rows = _dicts(store, f"SELECT * FROM {table.name} WHERE article_key = ? ORDER BY idx", [key])
            rec[table.record_field] = [unflatten(r, columns) for r in rows]
        rec["removed"] = json.loads(removed) if removed else []
        yield rec


FLAT_EVENTS_SQL = """
SELECT a.id AS article_id, a.date AS article_date, a.url, e.type, e.mode,
       array_to_string(CAST(e.context AS VARCHAR[]), ';') AS context,
       {actor_cols}
       e.location_name, e.location_geonameid, e.location_country_code,
       e.date, e.modality, e.reported_by_text AS reported_by, e.trigger_text AS trigger,
       e.evidence_text AS evidence, e.confidence,
       array_to_string(CAST(e.explanation AS VARCHAR[]), ';') AS explanation
FROM events e JOIN articles a USING (article_key)
ORDER BY a.id, e.idx
"""


def _actor_columns() -> str:
    parts = []
    for side in ("actor", "recipient"):
        for key, label in (("name", "names"), ("country", "countries"), ("sector", "sectors")):
            parts.append(f"array_to_string(list_transform(json_extract_string(e.{side}, '$[*].{key}'), "
                         f"lambda x: coalesce(x, '')), ';') AS {side}_{label},")
    return "\n       ".join(parts)


def flat_query(table: str) -> str:
    """SQL for one flat table; events get actors, recipients and lists as ';'-joined text."""
    if table not in FLAT_TABLES:
        raise ValueError(f"unknown table {table!r} (choose from {', '.join(FLAT_TABLES)})")
    if table == "events":
        return FLAT_EVENTS_SQL.format(actor_cols=_actor_columns())
    if table == "articles":
        return "SELECT * EXCLUDE (text) FROM articles ORDER BY id"
    order = "source" if table == "skipped" else ("merged_id" if table == "merged_events" else "article_id, idx")
    return f"SELECT * FROM {table} ORDER BY {order}"


def export(store: EventStore, fmt: str, out: IO[str] | None = None, path: str | None = None,
           table: str = "events") -> None:
    """Write the store in ``fmt`` to ``path`` or, without one, to ``out`` (default stdout)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "jsonl":
        fh = open(path, "w", encoding="utf-8") if path else (out or sys.stdout)
        try:
            for rec in records(store):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        finally:
            if path:
                fh.close()
        return
    options = {"csv": "FORMAT csv, HEADER", "tsv": "FORMAT csv, HEADER, DELIMITER '\t'",
               "parquet": "FORMAT parquet"}[fmt]
    with tempfile.TemporaryDirectory() as tmp:
        target = path or str(Path(tmp) / f"export.{fmt}")
        escaped = target.replace("'", "''")
        store.con.execute(f"COPY ({flat_query(table)}) TO '{escaped}' ({options})")
        if path is None:
            if fmt == "parquet":
                with open(target, "rb") as fh:
                    shutil.copyfileobj(fh, sys.stdout.buffer)
            else:
                with open(target, encoding="utf-8") as fh:
                    shutil.copyfileobj(fh, out or sys.stdout)


def stats(store: EventStore) -> dict[str, Any]:
    con = store.con
    out: dict[str, Any] = {t: store.count(t) for t in ("articles", *(t.name for t in OBJECT_TABLES), "skipped")}
    merged = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'merged_events'").fetchone()[0]
    out["merged_events"] = store.count("merged_events") if merged else 0
    out["events_by_type"] = dict(con.execute(
        "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type").fetchall())
    out["skipped_by_reason"] = dict(con.execute(
        "SELECT regexp_replace(reason, '\\(.*', '') AS r, count(*) FROM skipped GROUP BY r ORDER BY count(*) DESC").fetchall())
    out["runs"] = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    out["versions"] = dict(con.execute(
        "SELECT iltis_version, count(*) FROM articles GROUP BY iltis_version ORDER BY 1").fetchall())
    return out
