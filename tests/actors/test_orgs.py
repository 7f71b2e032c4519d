"""Organisations the knowledge base does not know, found by their organisation nouns."""

from iltis.actors.kb import load_kb

from .conftest import find


def test_name_before_an_org_noun_is_an_organisation(analysed):
    doc = analysed("Der Hamburger Sonnen Computer Club kritisierte den Plan.")
    m = find(doc, "Der Hamburger Sonnen Computer Club")
    assert (m.name, m.sector) == ("Hamburger Sonnen Computer Club", "SOC")


def test_capitalised_adjective_and_noun_after_an_org_noun_make_a_name(analysed):
    doc = analysed("Laut dem Bundesverband Saubere Energie stieg der Anteil.")
    assert find(doc, "dem Bundesverband Saubere Energie").sector == "BUS"


def test_connector_phrase_after_an_org_noun_makes_a_name(analysed):
    doc = analysed("In Äthiopien protestierte die Koalition für Freiheit und Brot.")
    m = find(doc, "die Koalition für Freiheit und Brot")
    assert (m.name, m.country, m.sector) == ("Koalition für Freiheit und Brot", "ETH", "PTY")


def test_state_adjective_in_the_name_gives_the_country(analysed):
    doc = analysed("Die Lettische Bauernpartei tagte in Berlin.")
    assert find(doc, "Die Lettische Bauernpartei").country == "LVA"


def test_opposition_in_the_phrase_makes_a_movement_opposition(analysed):
    doc = analysed("Die Oppositionsbewegung „Allianz für Brot“ besetzte den Flughafen.")
    m = find(doc, "Die Oppositionsbewegung „Allianz für Brot“")
    assert (m.name, m.sector) == ("Allianz für Brot", "OPP")


def test_quoted_name_with_an_org_noun_is_an_organisation(analysed):
    doc = analysed("Das sagte der „Arbeitskreis Nachtruhe“ am Montag.")
    assert find(doc, "der „Arbeitskreis Nachtruhe“").name == "Arbeitskreis Nachtruhe"


def test_acronym_in_brackets_links_later_mentions(analysed):
    doc = analysed("Die Partei für Brot und Rosen (PBR) gewann. Die PBR will regieren.")
    assert find(doc, "Die PBR").name == "Partei für Brot und Rosen"


def test_acronym_not_introduced_is_no_organisation(analysed):
    doc = analysed("Die PBR will regieren.")
    assert not [m for m in doc.actors if "PBR" in m.text]


def test_head_noun_with_definite_article_links_back(analysed):
    doc = analysed("Der Arbeitskreis Nachtruhe klagte. Der Arbeitskreis will gewinnen.")
    assert find(doc, "Der Arbeitskreis").name == "Arbeitskreis Nachtruhe"


def test_known_acronym_in_brackets_makes_the_name_that_kb_organisation(analysed):
    doc = analysed("Die Gewerkschaft Deutscher Zugführer (GDL) streikt.")
    assert find(doc, "Die Gewerkschaft Deutscher Zugführer (GDL)").kb_id == "org.gdl"


def test_sports_club_is_no_organisation(analysed):
    doc = analysed("Der Turnverein Oberhausen verlor am Sonntag.")
    assert not [m for m in doc.actors if "Turnverein" in m.text]


def test_bare_noun_before_a_participle_is_an_object_not_a_name(analysed):
    doc = analysed("Zudem hat die Partei Klage eingereicht.")
    assert not [m for m in doc.actors if m.name and "Klage" in m.name]


def test_person_after_an_org_noun_is_no_part_of_its_name(analysed):
    doc = analysed("Das sagte der Chef der Bewegung Martin Konvička.")
    assert not [m for m in doc.actors if m.name and m.name.startswith("Bewegung Martin")]


def test_listed_compound_that_names_no_organisation_is_no_org_noun():
    assert load_kb("de").org_noun("Anstiftung") is None


def test_leader_of_an_unknown_organisation_takes_its_sector(analysed):
    doc = analysed("Der Führer der Oppositionsbewegung „Allianz für Brot“ sprach.")
    assert find(doc, "Der Führer der Oppositionsbewegung „Allianz für Brot“").sector == "OPP"


def test_known_party_followed_by_another_state_in_the_genitive_is_that_states_namesake(analysed):
    doc = analysed("Die Demokratische Partei Japans stellte am Montag ihr Programm vor.")
    m = find(doc, "Die Demokratische Partei Japans")
    assert (m.country, m.sector, m.kb_id) == ("JPN", "PTY", None)


def test_known_party_named_with_another_states_adjective_is_that_states_namesake(analysed):
    doc = analysed("Die spanischen Sozialdemokraten stimmten am Montag dagegen.")
    m = find(doc, "Die spanischen Sozialdemokraten")
    assert (m.country, m.sector, m.kb_id) == ("ESP", "PTY", None)


def test_own_states_adjective_belongs_to_the_known_body(analysed):
    doc = analysed("Der deutsche Bundesrat stimmte am Freitag zu.")
    assert [m.text for m in doc.actors] == ["Der deutsche Bundesrat"]


def test_state_prefix_of_an_unknown_organisation_gives_its_country(analysed):
    doc = analysed("Die US-Stiftung für Pressefreiheit verurteilte die Festnahme.")
    assert find(doc, "Die US-Stiftung für Pressefreiheit").country == "USA"


def test_un_committee_is_a_un_body(analysed):
    doc = analysed("Das UN-Menschenrechts-Komitee nannte das Gesetz einen Rückschritt.")
    assert find(doc, "UN-Menschenrechts-Komitee").country == "UNO"


def test_foreign_office_written_with_a_small_adjective_is_the_german_foreign_office(analysed):
    doc = analysed("Das auswärtige Amt warnt vor Reisen in den Jemen.")
    assert find(doc, "Das auswärtige Amt").kb_id == "org.de.aa"


def test_wehrmacht_is_the_german_military(analysed):
    doc = analysed("Die Wehrmacht besetzte im April 1940 Norwegen.")
    m = find(doc, "Die Wehrmacht")
    assert (m.country, m.sector) == ("DEU", "MIL")
