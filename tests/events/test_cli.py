import json

from click.testing import CliRunner

from iltis.cli import main
from iltis.events.cameo import cameo_row
from iltis.model import Event, Span

ARTICLE = "In Tiflis wurden am Mittwoch mehr als 60 Demonstranten festgenommen."


def test_explain_marks_the_trigger_and_names_the_rules(tmp_path):
    path = tmp_path / "2023-09-17-tiflis.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", str(path)]).output
    assert "»festgenommen«" in out and "de.ev.festnehmen" in out and "COERCE/arrest" in out


def test_cameo_option_adds_the_cameo_code(tmp_path):
    path = tmp_path / "2023-09-17-tiflis.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    rec = json.loads(CliRunner().invoke(main, ["code", str(path), "--cameo"]).stdout)
    [event] = rec["events"]
    assert event["cameo"] == "173" and "cameo.coerce.arrest" in event["explanation"]


def test_without_the_option_no_cameo_code_is_written(tmp_path):
    path = tmp_path / "2023-09-17-tiflis.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    rec = json.loads(CliRunner().invoke(main, ["code", str(path)]).stdout)
    assert rec["events"][0]["cameo"] is None


def test_crosswalk_falls_back_from_mode_to_type():
    ev = Event("PROTEST", Span("x", 0, 1), Span("x", 0, 1), mode="vandalize")
    assert cameo_row(ev)["cameo"] == "140"


def test_explain_dropped_names_the_rule_that_kept_a_match_from_being_coded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("In Ohio erschoss ein Mann am Sonntag zwei Zivilisten.\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", "--dropped", "--date", "2024-03-10", str(path)]).output
    assert "drop.not-political" in out and "»erschoss«" in out


def test_explain_dropped_says_when_the_article_is_not_about_politics(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Der FC Bayern gewann das Spiel gegen Dortmund mit 3:1. Der Trainer lobte die Mannschaft "
                    "und den Torwart nach dem Spiel in der Bundesliga.\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", "--dropped", str(path)]).output
    assert "not politics" in out
