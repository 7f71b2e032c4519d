import json
import re

from click.testing import CliRunner

from iltis.cli import main

from ..conftest import EXAMPLES
from .conftest import german_articles, write_jsonl


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_run_prints_a_summary_and_stores_the_examples(tmp_path):
    db = tmp_path / "t.duckdb"
    result = run("run", str(EXAMPLES), "--db", str(db), "-q", "-j", "1")
    assert result.exit_code == 0, result.output
    assert re.search(r"articles coded +6\n", result.stderr)


def test_run_exits_1_and_lists_skipped_inputs(tmp_path):
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "a.jsonl", german_articles(2))
    (tmp_path / "in" / "leer.txt").write_bytes(b"")
    result = run("run", str(tmp_path / "in"), "--db", str(tmp_path / "t.duckdb"), "-q", "-j", "1")
    assert result.exit_code == 1
    assert "skipped inputs" in result.stderr and "leer.txt" in result.stderr


def test_export_writes_jsonl_records_to_stdout(tmp_path):
    db = tmp_path / "t.duckdb"
    run("run", str(EXAMPLES), "--db", str(db), "-q", "-j", "1")
    lines = run("export", "--db", str(db)).stdout.splitlines()
    assert len(lines) == 6 and all("events" in json.loads(line) for line in lines)


def test_export_csv_to_a_file(tmp_path):
    db = tmp_path / "t.duckdb"
    run("run", str(EXAMPLES), "--db", str(db), "-q", "-j", "1")
    out = tmp_path / "events.csv"
    assert run("export", "--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("article_id,article_date,url,type")


def test_stats_as_json(tmp_path):
    db = tmp_path / "t.duckdb"
    run("run", str(EXAMPLES), "--db", str(db), "-q", "-j", "1")
    data = json.loads(run("stats", "--db", str(db), "--json").stdout)
    assert data["articles"] == 6 and data["runs"] == 1


def test_export_of_a_missing_database_is_a_usage_error(tmp_path):
    assert run("export", "--db", str(tmp_path / "none.duckdb")).exit_code == 2
