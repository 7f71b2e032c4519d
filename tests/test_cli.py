import json
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

from iltis import __version__
from iltis.cli import main
from iltis.schema import record_schema

from .conftest import EXAMPLES, SEED, shared_file


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_version_is_printed():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_help_lists_the_code_command():
    assert "code" in run("--help").output


def test_seed_article_loses_its_boilerplate():
    result = run("code", str(shared_file(SEED)))
    assert result.exit_code == 0
    [rec] = records(result.stdout)
    assert "Leave a Reply" not in rec["text"] and "source-120" not in rec["text"]
    assert [r["rule"] for r in rec["removed"]] == ["xx.bp.scraper-tag", "xx.bp.comment-form"]


def test_seed_record_is_valid_and_offsets_slice_back():
    result = run("code", "--analysis", str(shared_file(SEED)))
    [rec] = records(result.stdout)
    jsonschema.validate(rec, record_schema())
    text = rec["text"]
    assert len(rec["sentences"]) > 10
    for sent in rec["sentences"]:
        assert text[sent["start"]:sent["end"]] == sent["text"]
        for tok in sent["tokens"]:
            assert text[tok["start"]:tok["end"]] == tok["text"]


def test_records_have_no_sentences_without_analysis_flag():
    [rec] = records(run("code", str(EXAMPLES / "2024-03-12-warschau-berlin.txt")).stdout)
    assert "sentences" not in rec


def test_date_option_dates_undated_articles(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Der Kanzler reiste am Montag nach Paris und traf dort den Präsidenten.", encoding="utf-8")
    [rec] = records(run("code", str(path), "--date", "2023-09-17").stdout)
    assert rec["date"] == "2023-09-17"


def test_bad_date_option_is_a_usage_error():
    result = run("code", str(EXAMPLES), "--date", "17.09.2023")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_output_file_gets_one_line_per_article(tmp_path):
    out = tmp_path / "out.jsonl"
    assert run("code", str(EXAMPLES), "-o", str(out), "-q").exit_code == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == 6 and len(set(ids)) == 6


def test_bad_inputs_are_named_skipped_and_the_rest_coded(tmp_path):
    (tmp_path / "gut.txt").write_text("Die Regierung in Berlin beschloss am Montag neue Hilfen.", encoding="utf-8")
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "binär.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "english.txt").write_text("The government in London approved new aid on Monday.", encoding="utf-8")
    (tmp_path / "kaputt.jsonl").write_text('{"id": 1, "text": \n', encoding="utf-8")
    result = run("code", str(tmp_path), "-q")
    assert result.exit_code == 1
    assert [r["id"] for r in records(result.stdout)] == ["gut"]
    lines = [line for line in result.stderr.splitlines() if line.startswith("iltis: skipped")]
    assert len(lines) == 4
    assert any("leer.txt: empty input" in line for line in lines)
    assert any("binär.txt: binary data" in line for line in lines)
    assert any("english.txt: language 'en'" in line for line in lines)
    assert any("kaputt.jsonl:1: not a JSON object" in line for line in lines)


def test_stdin_is_read_with_a_dash():
    result = run("code", "-", input=b"Die Regierung in Wien beschloss am Montag ein Gesetz.")
    [rec] = records(result.stdout)
    assert rec["id"] == "stdin" and rec["lang"] == "de"


def test_schema_command_prints_the_schema():
    assert json.loads(run("schema").stdout)["title"].startswith("iltis output record")


def test_installed_entry_point_codes_from_stdin():
    proc = subprocess.run([sys.executable, "-m", "iltis.cli", "code", "-"], capture_output=True,
                          input="Die Regierung in Wien beschloss am Montag ein Gesetz.", text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"].startswith("Die Regierung")


@pytest.mark.parametrize("name", ["2024-03-12-warschau-berlin.txt", "2024-06-20-sanktionen.html", "wire.jsonl"])
def test_every_bundled_example_is_coded(name):
    result = run("code", str(EXAMPLES / name), "-q")
    assert result.exit_code == 0 and records(result.stdout)


def test_unknown_pipeline_component_is_a_usage_error():
    result = run("code", str(EXAMPLES), "--pipeline", "analyse,nope")
    assert result.exit_code == 2 and "nope" in result.output


def test_two_workers_write_what_one_worker_writes(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("code", str(EXAMPLES), "-o", str(one), "-q", "-j", "1").exit_code == 0
    assert run("code", str(EXAMPLES), "-o", str(two), "-q", "-j", "2").exit_code == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
