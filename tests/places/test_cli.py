from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from iltis.cli import main


def test_places_command_prints_a_table_of_places() -> None:
    result = CliRunner().invoke(main, ["places", "Kim reiste nach Wladiwostok."])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["text", "start", "end", "name"]
    assert "Vladivostok" in lines[1] and "2013348" in lines[1]


def test_gazetteer_import_reports_what_it_took(tmp_path: Path, cache_dir: Path) -> None:
    admin = tmp_path / "admin1CodesASCII.txt"
    admin.write_text("XX.01\tProbeland\tProbeland\t9999003\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "import", "-q", str(admin)])
    assert result.exit_code == 0, result.output
    assert "1 regions" in result.output
    assert (cache_dir / "geonames-import.sqlite").exists()
