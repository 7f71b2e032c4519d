import duckdb
import pyarrow as pa
import pytest

from iltis.ingest import Skipped
from iltis.store.database import EventStore

from .conftest import coded_with_objects


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "t.duckdb") as s:
        yield s


def test_batch_writes_one_row_per_object(store, coded_article):
    stats = store.write_batch([coded_article])
    assert (store.count("articles"), store.count("events"), store.count("places")) == (1, 1, 1)
    assert stats.rows["events"] == 1


def test_writing_the_same_article_twice_keeps_one_copy(store, coded_article):
    store.write_batch([coded_article])
    store.write_batch([coded_article])
    assert (store.count("articles"), store.count("events")) == (1, 1)


def test_changed_article_under_the_same_id_and_source_replaces_the_old_rows(store):
    store.write_batch([coded_with_objects(text="Kim traf Putin in Wladiwostok.")])
    store.write_batch([coded_with_objects(text="Kim traf Putin in Wladiwostok!")])
    assert store.con.execute("SELECT text FROM articles").fetchall() == [("Kim traf Putin in Wladiwostok!",)]
    assert store.count("events") == 1


def test_stored_keys_are_those_of_this_version(store, coded_article):
    store.write_batch([coded_article])
    assert store.coded_keys() == {coded_article.key}
    assert store.coded_keys("0.0.0-other") == set()


def test_skipped_inputs_are_kept_with_their_reason(store):
    store.write_batch([], [Skipped("bad.txt", "binary data, not text")])
    assert store.con.execute("SELECT source, reason FROM skipped").fetchall() == [("bad.txt", "binary data, not text")]


def test_a_failed_batch_leaves_nothing_behind(store, coded_article):
    broken = coded_with_objects(article_id="b2")
    broken.record["events"][0]["evidence"]["start"] = "not a number"
    with pytest.raises((duckdb.Error, pa.ArrowException)):
        store.write_batch([coded_article, broken])
    assert (store.count("articles"), store.count("events")) == (0, 0)


def test_a_column_added_to_the_model_is_added_to_an_old_database(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute('CREATE TABLE places (row_id VARCHAR PRIMARY KEY, article_key VARCHAR, article_id VARCHAR, '
                'idx INTEGER, text VARCHAR, "start" BIGINT, "end" BIGINT)')
    con.close()
    with EventStore(path) as store:
        cols = {r[0] for r in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'places'").fetchall()}
    assert {"geonameid", "feature", "lat"} <= cols
