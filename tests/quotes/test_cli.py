from __future__ import annotations

from click.testing import CliRunner

from iltis.cli import main


def test_quotes_command_prints_speaker_cue_and_words(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Titel\n\nLaut TASS wurde kein Abkommen unterzeichnet, meldete die Agentur.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(path)])
    assert result.exit_code == 0, result.output
    assert "[Indirect] TASS <Laut>: wurde kein Abkommen unterzeichnet" in result.output
