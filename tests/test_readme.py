"""The README's example commands run as written (those that need only the bundled examples),
so the documentation cannot drift from the CLI."""

import re
import shlex

import pytest
from click.testing import CliRunner

from iltis.cli import main

from .conftest import EXAMPLES, REPO

NEEDS_OTHER_FILES = ("article.txt", "page.html", "allCountries", "archive/", "|", "<", ">")


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", text, flags=re.DOTALL)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("iltis ") and not any(x in line for x in NEEDS_OTHER_FILES)]


def test_readme_has_example_commands():
    assert len(readme_commands()) >= 10


def test_every_readme_command_runs(tmp_path, monkeypatch):
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.chdir(tmp_path)
    failures = []
    for command in readme_commands():  # in README order: `iltis run` comes before `iltis stats`
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        if result.exit_code != 0:
            failures.append(f"{command}: exit {result.exit_code}: {result.output[-300:]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("command", ["bash scripts/demo.sh", "bash scripts/test.sh"])
def test_readme_first_screen_shows_the_two_commands(command):
    first_screen = "\n".join((REPO / "README.md").read_text(encoding="utf-8").splitlines()[:20])
    assert command in first_screen
