"""JSON Schema of the output record, generated from :mod:`iltis.model`.

The checked-in copy (``schema/record.schema.json``) lets users validate output without
installing iltis; a test keeps it equal to what this module generates.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from iltis.model import Record

SCHEMA_ID = "https://iltis.invalid/schema/record.schema.json"


def record_schema() -> dict[str, Any]:
    schema = TypeAdapter(Record).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "iltis output record (one article)"
    return schema


def record_schema_json() -> str:
    return json.dumps(record_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
