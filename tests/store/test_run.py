import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from iltis.store.database import EventStore
from iltis.store.run import run_corpus

from .conftest import german_articles, write_jsonl

# Columns that differ between two runs by design (when a row was written).
VOLATILE = {"coded_at"}


def snapshot(path):
    """Every stored row of every per-article table, in a stable order, without timestamps."""
    con = duckdb.connect(str(path), read_only=True)
    out = {}
    for table in ("articles", "events", "places", "quotes", "actors"):
        cols = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall() if r[0] not in VOLATILE]
        quoted = ", ".join(f'"{c}"' for c in cols)
        out[table] = con.execute(f"SELECT {quoted} FROM {table} ORDER BY {quoted}").fetchall()
    con.close()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "news.jsonl", german_articles(40))


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    with EventStore(path) as store:
        run_corpus([str(corpus)], store, workers=1)
    return snapshot(path)


def test_every_article_is_stored_once(reference):
    assert len(reference["articles"]) == 40


def test_second_run_codes_nothing_new(corpus, tmp_path):
    with EventStore(tmp_path / "t.duckdb") as store:
        run_corpus([str(corpus)], store, workers=1)
        again = run_corpus([str(corpus)], store, workers=1)
        assert (again.coded, again.already_stored, store.count("articles")) == (0, 40, 40)


def test_two_workers_store_what_one_worker_stores(corpus, reference, tmp_path):
    path = tmp_path / "two.duckdb"
    with EventStore(path) as store:
        run_corpus([str(corpus)], store, workers=2, batch_size=7)
    assert snapshot(path) == reference


def test_malformed_inputs_in_a_directory_are_skipped_and_the_rest_stored(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    write_jsonl(folder / "good.jsonl", german_articles(3))
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "Der Minister\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(b"\x00\x01\x02\x03")
    with EventStore(tmp_path / "t.duckdb") as store:
        summary = run_corpus([str(folder)], store, workers=1)
        assert store.count("articles") == 3 and store.count("skipped") == 3
    assert {s.source.split("/")[-1] for s in summary.skipped} == {"broken.jsonl:1", "empty.txt", "binary.html"}


def _run_process(corpus, db):
    return subprocess.Popen([sys.executable, "-m", "iltis.cli", "run", str(corpus), "--db", str(db), "-q",
                             "-j", "1", "--batch-size", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _stored(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.CatalogException:  # killed before the schema was committed
        return 0
    finally:
        con.close()


def test_a_run_killed_mid_way_and_resumed_stores_exactly_what_an_uninterrupted_run_stores(
        corpus, reference, tmp_path):
    # Kill at growing delays until a kill lands after some batches were committed and
    # before the last one: only then is the resume tested.
    delay = 1.0
    for attempt in range(12):
        db = tmp_path / f"killed-{attempt}.duckdb"
        proc = _run_process(corpus, db)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stored = _stored(db) if db.exists() else 0
        if 0 < stored < 40:
            break
        delay = delay * 1.5 if stored == 0 else delay * 0.7
    else:
        pytest.fail("never managed to kill the run in the middle")
    resumed = _run_process(corpus, db)
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read().decode()
    assert snapshot(db) == reference
