"""Companies of the knowledge base: their home state and the business sector."""

from .conftest import find


def test_german_carmaker_is_a_german_business(analysed):
    doc = analysed("Der Autobauer Porsche will die Mehrheit an Volkswagen übernehmen.")
    assert {(m.text, m.country, m.sector) for m in doc.actors} >= {("Porsche", "DEU", "BUS"), ("Volkswagen", "DEU", "BUS")}


def test_foreign_company_takes_the_state_of_its_headquarters(analysed):
    doc = analysed("Gazprom drehte der Ukraine das Gas ab, und Huawei wurde sanktioniert.")
    m = find(doc, "Gazprom")
    assert (m.country, m.sector, m.kb_id) == ("RUS", "BUS", "org.co.gazprom")
    assert find(doc, "Huawei").country == "CHN"


def test_inflected_and_compound_company_names_are_linked(analysed):
    doc = analysed("Der Bayer-Konzern und die Kunden der Deutschen Bank klagten.")
    assert find(doc, "Der Bayer-Konzern").kb_id == "org.co.bayer"
    assert find(doc, "der Deutschen Bank").kb_id == "org.co.deutschebank"


def test_bare_word_that_is_also_a_common_noun_is_no_company(analysed):
    doc = analysed("Ein Bayer sagte, die Allianz der Willigen sei am Ende.")
    assert not [m for m in doc.actors if (m.kb_id or "").startswith("org.co.")]
