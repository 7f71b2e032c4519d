"""Table layouts derived from the data model, so the database follows ``iltis.model``.

A record's objects become rows by one rule: nested objects are spread into prefixed columns
(``location_name``), lists become JSON columns (a list is where JSON is natural), scalars keep
their type. The same rule read backwards rebuilds the objects for export, and a field added
to the model becomes a column added to an existing database instead of a migration script.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union

from iltis import model


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql_type: str
    path: tuple[str, ...]  # where the value sits in the nested JSON object
    is_json: bool = False


def _strip_optional(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _sql_type(tp: Any) -> str:
    if typing.get_origin(tp) is Literal or tp is str:
        return "VARCHAR"
    return {int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}.get(tp, "VARCHAR")


def _columns(cls: type, prefix: tuple[str, ...] = ()) -> list[Column]:
    hints = typing.get_type_hints(cls)
    out: list[Column] = []
    for f in dataclasses.fields(cls):
        tp = _strip_optional(hints[f.name])
        path = (*prefix, f.name)
        if dataclasses.is_dataclass(tp):
            out.extend(_columns(tp, path))
        elif typing.get_origin(tp) in (list, tuple, dict):
            out.append(Column("_".join(path), "JSON", path, is_json=True))
        else:
            out.append(Column("_".join(path), _sql_type(tp), path))
    return out


@dataclass(frozen=True, slots=True)
class Table:
    """A table of objects found in articles (events, places, ...), one row per object."""

    name: str
    record_field: str  # the list in an output record that fills it
    cls: type

    @property
    def key_columns(self) -> list[Column]:
        return [Column("row_id", "VARCHAR", ()), Column("article_key", "VARCHAR", ()),
                Column("article_id", "VARCHAR", ()), Column("idx", "INTEGER", ())]

    @property
    def object_columns(self) -> list[Column]:
        return object_columns(self.cls)


@cache
def object_columns(cls: type) -> list[Column]:
    return _columns(cls)


OBJECT_TABLES: tuple[Table, ...] = (
    Table("events", "events", model.Event),
    Table("places", "places", model.Place),
    Table("quotes", "quotes", model.Quote),
    Table("actors", "actors", model.ActorMention),
)

ARTICLE_FIELDS = ("id", "title", "date", "url", "lang", "text")


def flatten(obj: dict[str, Any], columns: list[Column]) -> list[Any]:
    """Column values of one object given as (nested) JSON data."""
    values = []
    for col in columns:
        value: Any = obj
        for key in col.path:
            value = value.get(key) if isinstance(value, dict) else None
        values.append(json.dumps(value, ensure_ascii=False) if col.is_json and value is not None else value)
    return values


def unflatten(row: dict[str, Any], columns: list[Column]) -> dict[str, Any]:
    """The nested JSON object of one row; a nested object whose columns are all null is null."""
    out: dict[str, Any] = {}
    for col in columns:
        value = row.get(col.name)
        if col.is_json and isinstance(value, str):
            value = json.loads(value)
        node = out
        for key in col.path[:-1]:
            node = node.setdefault(key, {})
        node[col.path[-1]] = value
    return _null_empty_objects(out)


def _null_empty_objects(obj: dict[str, Any]) -> dict[str, Any]:
    for key, value in obj.items():
        if isinstance(value, dict):
            value = _null_empty_objects(value)
            obj[key] = None if all(v is None for v in value.values()) else value
    return obj
