import json

import pytest

from iltis.store.database import EventStore
from iltis.store.dedup import rebuild_merged_events

from .conftest import coded_with_objects


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "t.duckdb") as s:
        yield s


def merged(store):
    return store.con.execute("SELECT n_sources, sources FROM merged_events ORDER BY merged_id").fetchall()


def test_same_event_in_two_articles_is_merged_with_both_sources(store):
    store.write_batch([coded_with_objects("a1", url="https://a.example/1"),
                       coded_with_objects("a2", url="https://b.example/2", event_date="2023-09-17")])
    assert rebuild_merged_events(store) == 1
    [(n, sources)] = merged(store)
    assert n == 2 and {s["article_id"] for s in json.loads(sources)} == {"a1", "a2"}


def test_events_more_than_a_day_apart_stay_apart(store):
    store.write_batch([coded_with_objects("a1"), coded_with_objects("a2", event_date="2023-09-19")])
    assert rebuild_merged_events(store) == 2


def test_events_at_different_places_stay_apart(store):
    store.write_batch([coded_with_objects("a1"), coded_with_objects("a2", geonameid=524901)])
    assert rebuild_merged_events(store) == 2


def test_an_event_without_location_joins_one_with_location(store):
    store.write_batch([coded_with_objects("a1"), coded_with_objects("a2", geonameid=None)])
    assert rebuild_merged_events(store) == 1


def test_month_dated_event_is_placed_on_its_article_day(store):
    store.write_batch([coded_with_objects("a1"), coded_with_objects("a2", event_date="2023-09", date="2023-09-17")])
    assert rebuild_merged_events(store) == 1


def test_raw_events_stay_after_merging(store):
    store.write_batch([coded_with_objects("a1"), coded_with_objects("a2")])
    rebuild_merged_events(store)
    assert store.count("events") == 2


def test_rebuilding_twice_gives_the_same_table(store):
    store.write_batch([coded_with_objects("a1"), coded_with_objects("a2")])
    rebuild_merged_events(store)
    first = merged(store)
    rebuild_merged_events(store)
    assert merged(store) == first
