from iltis.model import Event
from iltis.store.tables import flatten, object_columns, unflatten


def test_nested_objects_become_prefixed_columns():
    names = [c.name for c in object_columns(Event)]
    assert {"location_geonameid", "evidence_start", "trigger_text", "reported_by_text"} <= set(names)


def test_lists_become_json_columns():
    cols = {c.name: c for c in object_columns(Event)}
    assert cols["actor"].is_json and cols["context"].is_json and not cols["type"].is_json


def test_flatten_then_unflatten_gives_the_object_back(coded_article):
    event = coded_article.record["events"][0]
    columns = object_columns(Event)
    row = dict(zip([c.name for c in columns], flatten(event, columns)))
    assert unflatten(row, columns) == event


def test_missing_nested_object_comes_back_as_null(coded_article):
    event = dict(coded_article.record["events"][0], location=None, reported_by=None)
    columns = object_columns(Event)
    row = dict(zip([c.name for c in columns], flatten(event, columns)))
    back = unflatten(row, columns)
    assert back["location"] is None and back["reported_by"] is None
