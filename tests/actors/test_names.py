"""People the knowledge base does not know, found by their given names."""

from iltis.actors.kb import load_kb
from iltis.actors.linker import get_linker
from iltis.model import Place

from .conftest import find


def test_unknown_name_with_apposition_role_takes_its_sector_and_country(analysed):
    doc = analysed("Ilse Quendt, CDU-Bundestagsabgeordnete, warnte vor neuen Schulden.")
    m = find(doc, "Ilse Quendt, CDU-Bundestagsabgeordnete")
    assert (m.name, m.country, m.sector) == ("Ilse Quendt", "DEU", "LEG")


def test_one_of_a_group_in_apposition_takes_the_groups_sector(analysed):
    doc = analysed("In Weißrussland wurde Anton Wersilow, einer der Oppositionskandidaten, festgenommen.")
    m = next(m for m in doc.actors if m.name == "Anton Wersilow")
    assert (m.country, m.sector) == ("BLR", "OPP")


def test_name_in_apposition_to_a_noun_of_an_organisation_belongs_to_it(analysed):
    doc = analysed("Die rechtspolitische Sprecherin der SPD-Bundestagsfraktion, Ilse Quendt, protestierte.")
    m = next(m for m in doc.actors if m.name == "Ilse Quendt")
    assert (m.country, m.sector) == ("DEU", "PTY")


def test_names_listed_after_an_organisation_do_not_belong_to_it(analysed):
    doc = analysed("Die SPD, Ilse Quendt und Anton Wersilow kamen.")
    m = next(m for m in doc.actors if m.name == "Ilse Quendt")
    assert m.sector is None


def test_party_compound_before_an_unknown_name_gives_the_party(analysed):
    doc = analysed("Die SPD-Politikerin Ilse Quendt widersprach.")
    m = next(m for m in doc.actors if m.name == "Ilse Quendt")
    assert (m.text, m.country, m.sector) == ("SPD-Politikerin Ilse Quendt", "DEU", "PTY")


def test_party_in_brackets_after_an_unknown_name_gives_the_party(analysed):
    doc = analysed("Das sagte Klaus Wenzler (SPD) am Montag.")
    m = find(doc, "Klaus Wenzler")
    assert (m.country, m.sector) == ("DEU", "PTY")


def test_bare_unknown_name_gets_no_sector(analysed):
    doc = analysed("Bernd Hollmann hat sich gestern unerwartet zu Wort gemeldet.")
    assert find(doc, "Bernd Hollmann").sector is None


def test_bare_unknown_name_takes_the_state_named_in_its_sentence(analysed):
    doc = analysed("In Bulgarien wurde Kiril Raschkow festgenommen.")
    assert find(doc, "Kiril Raschkow").country == "BGR"


def test_surname_alone_links_back_to_the_full_name(analysed):
    doc = analysed("In Weißrussland wurde Anton Wersilow, einer der Oppositionskandidaten, festgenommen. "
                   "Später kritisierte Lukaschenko Wersilow.")
    m = find(doc, "Wersilow")
    assert (m.name, m.country, m.sector) == ("Anton Wersilow", "BLR", "OPP")


def test_full_name_named_again_keeps_the_role_of_its_first_mention(analysed):
    doc = analysed("Der Oppositionskandidat Anton Wersilow wurde in Minsk festgenommen. Anton Wersilow schwieg.")
    m = [m for m in doc.actors if m.text == "Anton Wersilow"][-1]
    assert m.sector == "OPP"


def test_pronoun_resolves_to_an_unknown_woman_by_her_given_name(analysed):
    doc = analysed("Ilse Quendt kritisierte das Gesetz. Am Montag sagte sie nichts mehr.")
    assert find(doc, "sie").name == "Ilse Quendt"


def test_name_before_an_institution_head_is_no_person(analysed):
    doc = analysed("Die Heinrich Böll Stiftung lobte den Entwurf.")
    assert not [m for m in doc.actors if m.name == "Heinrich Böll"]


def test_seat_of_government_starting_with_a_given_name_is_no_person(analysed):
    doc = analysed("Die Delegation reiste nach Abu Dhabi.")
    assert not [m for m in doc.actors if "Abu" in m.text]


def test_name_the_places_stage_found_is_no_person(analysed):
    doc = analysed("Die Pilger reisten nach Maria Laach.")
    doc.places = [Place(text="Maria Laach", start=doc.text.index("Maria"), end=len(doc.text) - 1, country_code="DE")]
    assert not [f for f in get_linker().link(doc) if f.text == "Maria Laach"]


def test_brand_named_like_a_person_is_no_person(analysed):
    doc = analysed("Er trank Jack Daniels an der Bar.")
    assert not [m for m in doc.actors if "Jack" in m.text]


def test_given_name_alone_is_no_person(analysed):
    doc = analysed("Danach kam Wolfgang nach Hause.")
    assert not [m for m in doc.actors if m.text == "Wolfgang"]


def test_hyphenated_given_name_takes_the_gender_of_its_first_part():
    assert load_kb("de").given_name("Jean-Claude").gender == "m"


def test_demonym_before_an_unknown_name_gives_the_persons_nation_not_the_scene(analysed):
    doc = analysed("In Bangkok wurde der Schweizer Ralf Imboden verhaftet. Imboden bestreitet alles.")
    assert [(m.text, m.country) for m in doc.actors if "Imboden" in m.text] == [
        ("der Schweizer Ralf Imboden", "CHE"), ("Imboden", "CHE")]


def test_nation_before_a_plain_noun_and_name_belongs_to_the_person(analysed):
    doc = analysed("In Kairo traf er den irakischen Fotografen Salim Haddad.")
    m = next(m for m in doc.actors if m.name == "Salim Haddad")
    assert m.country == "IRQ"
