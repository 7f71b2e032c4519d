from __future__ import annotations

from pathlib import Path

from iltis.places import gazetteer
from iltis.places.gazetteer import Gazetteer, declined_forms, import_geonames, normalize


def ids(key: str) -> set[int | None]:
    return {e.geonameid for e in gazetteer.get_gazetteer().lookup([normalize(key)]).get(normalize(key), [])}


def test_normalize_ignores_case_accents_apostrophes_and_hyphens() -> None:
    assert normalize("L′Aquila") == normalize("l'aquila")
    assert normalize("Ürümqi") == normalize("Urumqi")
    assert normalize("Mazar-e-Sharif") == normalize("Mazar-e Sharif")


def test_declined_forms_include_weak_adjective_endings() -> None:
    assert "Vereinigten Arabischen Emirate" in declined_forms("Vereinigte Arabische Emirate")


def test_index_is_built_in_the_cache_dir_named_with_version_and_source_hash(cache_dir: Path) -> None:
    path = gazetteer.default_index_path()
    assert path.parent == cache_dir
    assert path.exists() and gazetteer.source_fingerprint() in path.name
    assert not list(cache_dir.glob("*.tmp"))  # built atomically, nothing left behind


def test_german_exonym_of_a_city_finds_it() -> None:
    assert 524901 in ids("Moskau")


def test_declined_german_country_name_finds_the_country() -> None:
    assert 6252001 in ids(["den", "Vereinigten Staaten"][1])


def test_curated_historical_state_has_no_id_but_a_country() -> None:
    entries = gazetteer.get_gazetteer().lookup(["sowjetunion"])["sowjetunion"]
    assert [(e.geonameid, e.country_code, e.name) for e in entries] == [(None, "SU", "Soviet Union")]


def test_import_adds_places_regions_and_alternate_names_from_geonames_dumps(tmp_path: Path) -> None:
    dump = tmp_path / "cities500.txt"
    row = ["9999001", "Testhausen", "Testhausen", "", "50.1", "8.6", "P", "PPL", "DE", "", "05", "", "", "",
           "1200", "", "100", "Europe/Berlin", "2024-01-01"]
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t9999001\tde\tTesthusen\t\t\t\t\t\t\n2\t9999001\tru\tТестхаузен\t\t\t\t\t\t\n", encoding="utf-8")
    admin = tmp_path / "admin1CodesASCII.txt"
    admin.write_text("DE.05\tTestland\tTestland\t9999002\n", encoding="utf-8")
    target = tmp_path / "import.sqlite"
    counts = import_geonames([alt, admin, dump], target=target)
    assert counts == {"places": 1, "admin1": 1, "names": 1}
    found = Gazetteer(gazetteer.default_index_path(), target).lookup(["testhusen", "testland"])
    assert [e.geonameid for e in found["testhusen"]] == [9999001]
    assert found["testland"][0].feature == "region"


def test_capital_of_a_country_is_its_pplc_city() -> None:
    capital = gazetteer.get_gazetteer().capital("TH")
    assert capital is not None and capital.geonameid == 1609350  # Bangkok
