import csv
import io
import json

import jsonschema
import pyarrow.parquet as pq
import pytest

from iltis.schema import record_schema
from iltis.store.database import EventStore
from iltis.store.export import export, records, stats

from .conftest import coded_with_objects


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "t.duckdb") as s:
        s.write_batch([coded_with_objects("a1"), coded_with_objects("a2")])
        yield s


def test_jsonl_export_gives_back_the_stored_records(store):
    original = coded_with_objects("a1").record
    exported = next(r for r in records(store) if r["id"] == "a1")
    assert {k: exported[k] for k in ("events", "places", "text", "date")} == \
        {k: original[k] for k in ("events", "places", "text", "date")}


def test_jsonl_export_is_valid_against_the_schema(store):
    out = io.StringIO()
    export(store, "jsonl", out=out)
    for line in out.getvalue().splitlines():
        jsonschema.validate(json.loads(line), record_schema())


def test_csv_export_has_one_flat_row_per_event(store):
    out = io.StringIO()
    export(store, "csv", out=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 2
    assert (rows[0]["type"], rows[0]["actor_countries"], rows[0]["recipient_names"]) == \
        ("CONSULT", "PRK", "Wladimir Putin")


def test_tsv_export_uses_tabs(store):
    out = io.StringIO()
    export(store, "tsv", out=out)
    assert "\t" in out.getvalue().splitlines()[0]


def test_parquet_export_of_places(store, tmp_path):
    path = tmp_path / "places.parquet"
    export(store, "parquet", path=str(path), table="places")
    assert pq.read_table(path).num_rows == 2


def test_unknown_format_is_refused(store):
    with pytest.raises(ValueError, match="unknown format"):
        export(store, "xlsx")


def test_stats_count_events_by_type(store):
    data = stats(store)
    assert data["articles"] == 2 and data["events_by_type"] == {"CONSULT": 2}
