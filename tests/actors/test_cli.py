from click.testing import CliRunner

from iltis.cli import main


def test_actors_command_prints_a_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Präsident Wladimir Putin empfing am Mittwoch in Kasan mehrere Gouverneure.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", str(path), "--date", "2023-09-13"])
    assert result.exit_code == 0
    row = next(line for line in result.output.splitlines() if "p.putin" in line)
    assert row.split()[-3:] == ["RUS", "GOV", "p.putin"]
