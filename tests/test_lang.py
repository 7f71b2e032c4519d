"""Every language data file loads, and rule ids are unique: a broken table would otherwise
fail each article at run time instead of failing here."""

from importlib import resources

import pytest
import yaml

from iltis.lang import load_table, supported_languages

LANG_ROOT = resources.files("iltis.lang")
YAML_FILES = sorted(f"{d.name}/{f.name}" for d in LANG_ROOT.iterdir() if d.is_dir() and not d.name.startswith("_")
                    for f in d.iterdir() if f.name.endswith(".yaml"))


def _ids(node):
    if isinstance(node, dict):
        if "id" in node and isinstance(node["id"], str):
            yield node["id"]
        for value in node.values():
            yield from _ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from _ids(value)


@pytest.mark.parametrize("name", YAML_FILES)
def test_yaml_table_parses(name):
    lang, stem = name.split("/")
    assert load_table(lang, stem[: -len(".yaml")]) is not None


@pytest.mark.parametrize("name", YAML_FILES)
def test_rule_ids_are_unique_within_a_table(name):
    data = yaml.safe_load(LANG_ROOT.joinpath(*name.split("/")).read_text(encoding="utf-8"))
    ids = list(_ids(data))
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_german_is_supported():
    assert "de" in supported_languages()
