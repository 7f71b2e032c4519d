from __future__ import annotations

from iltis.model import Article, Place
from iltis.pipeline import Pipeline
from iltis.places import capital_in, geoparse, location_for
from tests.places.conftest import analysed


def found(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(m.place.text, m.place.geonameid, m.place.country_code) for m in geoparse(analysed(text))]


def texts(text: str) -> list[str]:
    return [t for t, _, _ in found(text)]


def test_genitive_of_a_country_is_a_place() -> None:
    assert found("Die Nationalhymne Russlands wurde gespielt.") == [("Russlands", 2017370, "RU")]


def test_function_words_are_never_places() -> None:
    assert texts("Die Regierung tagte. Am Montag sprach man darüber.") == []


def test_person_name_that_is_also_a_town_is_not_a_place() -> None:
    assert texts("Machthaber Kim Jong Un reiste ab. Kim winkte.") == []


def test_first_name_before_a_surname_is_not_a_place() -> None:
    assert texts("Die Krankenschwester Florence Nightingale wurde geehrt.") == []


def test_city_used_for_its_government_is_still_a_place() -> None:
    assert found("Moskau sagte, man werde antworten.") == [("Moskau", 524901, "RU")]


def test_hyphenated_compound_with_a_common_noun_is_not_a_place() -> None:
    assert texts("Der Irak-Krieg dauerte lange.") == []


def test_town_the_tagger_takes_for_a_noun_is_a_place_after_a_cue() -> None:
    # the tagger reads "Viersen" as a noun with the made-up lemma "Vierse"; the dictionary knows neither
    assert texts("Die Feuerwehr rückte gestern in Viersen aus.") == ["Viersen"]


def test_common_noun_named_like_a_town_stays_no_place_after_a_cue() -> None:
    assert texts("Die Suppe stand in einem Teller auf dem Tisch.") == []


def test_compound_of_two_places_names_both() -> None:
    assert texts("Es brannte in München-Pasing.") == ["München", "Pasing"]


def test_place_in_the_name_of_a_public_body_counts() -> None:
    assert texts("Das Landgericht Darmstadt urteilte.") == ["Darmstadt"]


def test_places_in_club_names_do_not_count() -> None:
    assert texts("Der FC Bayern München gewann.") == []


def test_places_in_bank_and_airline_names_do_not_count() -> None:
    assert texts("Die Bank Austria und Air France meldeten Gewinne.") == []


def test_places_in_newspaper_names_do_not_count() -> None:
    assert "New York" not in texts("Das berichtete die New York Times am Montag.")


def test_declined_multiword_country_name_is_found() -> None:
    assert found("Er reiste in die Vereinigten Staaten.") == [("Vereinigten Staaten", 6252001, "US")]


def test_acronym_that_is_a_small_town_name_is_not_a_place() -> None:
    assert texts("Die Truppen der EU und der UN bleiben.") == []


def test_abbreviation_of_a_country_is_a_place() -> None:
    assert found("Die DVRK und die VAE verhandeln.") == [("DVRK", 1873107, "KP"), ("VAE", 290557, "AE")]


def test_compass_compound_of_a_country_is_a_region_of_it() -> None:
    assert found("Kämpfe in Nordsyrien.") == [("Nordsyrien", 163843, "SY")]


def test_name_that_is_itself_a_country_is_not_read_as_a_compass_compound() -> None:
    assert found("Wahlen im Südsudan.") == [("Südsudan", 7909807, "SS")]


def test_unknown_name_after_a_region_word_takes_the_country_of_its_sentence() -> None:
    result = found("In Thailand kam es in der Provinz Quxlaburi zu Protesten.")
    assert ("Quxlaburi", None, "TH") in result


def test_one_name_keeps_one_reading_in_an_article() -> None:
    ids = {g for t, g, _ in found("Washington droht. Die USA und Washington verhandeln.") if t == "Washington"}
    assert len(ids) == 1


def test_location_prefers_the_city_inside_the_span() -> None:
    doc = analysed("In Russland traf Kim in Wladiwostok den Minister.")
    doc.places = [m.place for m in geoparse(doc)]
    loc = location_for(doc, 0, len(doc.text))
    assert loc is not None and loc.geonameid == 2013348


def test_location_falls_back_to_the_sentence_of_the_span() -> None:
    doc = analysed("In Russland traf Kim den Minister.")
    doc.places = [m.place for m in geoparse(doc)]
    start = doc.text.index("traf")
    loc = location_for(doc, start, start + 4)
    assert loc is not None and loc.country_code == "RU"


def test_location_is_none_without_places() -> None:
    doc = analysed("Er traf den Minister.")
    doc.places = [Place(text="x", start=100, end=101)]
    assert location_for(doc, 0, 5) is None


def test_places_component_fills_the_doc() -> None:
    doc = Pipeline(["analyse", "places"])(Article(id="a", text="Kim besuchte Russland.", lang="de"))
    assert [p.name for p in doc.places] == ["Russia"]


def _with_places(text: str):
    doc = analysed(text)
    doc.places = [m.place for m in geoparse(doc)]
    return doc


def test_the_capital_described_by_a_country_adjective_is_the_capital() -> None:
    doc = _with_places("In der thailändischen Hauptstadt kam es zu Protesten.")
    loc = capital_in(doc, 0, len(doc.text))
    assert (loc.text, loc.geonameid) == ("thailändischen Hauptstadt", 1609350)
    assert doc.places == []  # a description, not a toponym


def test_the_capital_of_a_country_in_the_genitive_is_the_capital() -> None:
    doc = _with_places("Bei Protesten in der Hauptstadt Äthiopiens starben 22 Menschen.")
    assert capital_in(doc, 0, len(doc.text)).geonameid == 344979  # Addis Ababa


def test_a_named_capital_needs_no_description() -> None:
    assert capital_in(_with_places("In der georgischen Hauptstadt Tiflis demonstrierten Tausende."), 0, 60) is None


def test_country_named_right_after_a_place_picks_its_reading_there() -> None:
    assert ("Tripoli", 266826, "LB") in found("Der Anschlag traf die Stadt Tripoli im nördlichen Libanon.")
