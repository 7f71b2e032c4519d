import pytest

from .conftest import find


def test_role_with_country_adjective_is_that_countrys_government(analysed):
    doc = analysed("Am Freitag besuchte sie den französischen Finanzminister in Lyon.")
    m = find(doc, "den französischen Finanzminister")
    assert (m.country, m.sector) == ("FRA", "GOV")


def test_role_names_the_office_holder_of_the_article_date(analysed):
    doc = analysed("Der amerikanische Präsident sprach in Chicago.", date="2006-05-01")
    assert find(doc, "Der amerikanische Präsident").name == "George W. Bush"


def test_former_office_holder_is_not_resolved_to_the_current_one(analysed):
    doc = analysed("Der ehemalige amerikanische Präsident sprach in Chicago.", date="2006-05-01")
    assert find(doc, "Der ehemalige amerikanische Präsident").name is None


def test_role_followed_by_a_name_is_that_person(analysed):
    doc = analysed("Kim sprach mit Präsident Wladimir Putin.")
    m = find(doc, "Präsident Wladimir Putin")
    assert (m.name, m.country, m.kb_id) == ("Wladimir Putin", "RUS", "p.putin")


def test_public_agency_named_by_its_kind_is_a_government_body(analysed):
    doc = analysed("Das Landesamt für Statistik in Graz legte neue Zahlen vor.")
    assert find(doc, "Das Landesamt").sector == "GOV"


def test_german_foreign_office_is_the_german_government(analysed):
    doc = analysed("Ein Sprecher des Auswärtigen Amtes äußerte sich nicht.")
    assert any((m.country, m.sector) == ("DEU", "GOV") and "Auswärtigen Amtes" in m.text for m in doc.actors)


def test_party_chair_named_in_full_acts_for_the_party_at_the_date(analysed):
    doc = analysed("Claudia Roth äußerte sich am Abend in Köln.", date="2010-05-01")
    m = find(doc, "Claudia Roth")
    assert (m.country, m.sector, m.kb_id) == ("DEU", "PTY", "p.roth_c")


def test_surname_of_an_official_alone_names_no_one_before_the_full_name(analysed):
    doc = analysed("Roth äußerte sich am Abend in Köln.", date="2010-05-01")
    assert not any(m.kb_id == "p.roth_c" for m in doc.actors)


def test_party_role_compound_before_a_known_person_is_one_mention(analysed):
    doc = analysed("Der CDU-Innenexperte Wolfgang Bosbach widersprach.", date="2008-05-01")
    m = find(doc, "CDU-Innenexperte Wolfgang Bosbach")
    assert (m.kb_id, m.country, m.sector) == ("p.bosbach", "DEU", "LEG")


def test_mission_of_an_international_body_is_that_body(analysed):
    doc = analysed("Die UN-Mission im Südsudan verurteilte den Angriff.")
    assert find(doc, "UN-Mission").country == "UNO"


def test_genitive_state_before_role_gives_the_country(analysed):
    doc = analysed("Nordkoreas Machthaber Kim Jong Un reiste ab.")
    m = find(doc, "Nordkoreas Machthaber Kim Jong Un")
    assert (m.name, m.country, m.sector) == ("Kim Jong Un", "PRK", "GOV")


def test_short_name_is_linked_to_the_full_name_seen_before(analysed):
    doc = analysed("Präsident Boris Tadić traf Journalisten. Später sagte Tadić nichts mehr.")
    assert find(doc, "Tadić").name == "Boris Tadić"


def test_unknown_person_with_role_is_linked_by_surname_later(analysed):
    doc = analysed("Der serbische Minister Milan Petrović kam an. Petrović lächelte.")
    m = find(doc, "Petrović")
    assert (m.name, m.country) == ("Milan Petrović", "SRB")


def test_pronoun_is_resolved_to_the_subject_of_the_previous_sentence(analysed):
    doc = analysed("Kim Jong Un erhielt Geschenke von einem Gouverneur. Am Samstag traf er den Minister.")
    assert find(doc, "er").name == "Kim Jong Un"


def test_feminine_pronoun_skips_male_antecedents(analysed):
    doc = analysed("Angela Merkel traf Präsident Wladimir Putin. Danach sagte sie nichts.", date="2010-01-01")
    assert find(doc, "sie").name == "Angela Merkel"


def test_capital_used_for_government_is_an_actor(analysed):
    doc = analysed("Es wird vermutet, dass Peking und Teheran ein Ölgeschäft vereinbaren könnten.")
    assert {(m.text, m.country, m.sector) for m in doc.actors} >= {("Peking", "CHN", "GOV"), ("Teheran", "IRN", "GOV")}


def test_capital_as_a_place_is_no_actor(analysed):
    doc = analysed("Florence Looi berichtete aus Seoul.")
    assert not [m for m in doc.actors if m.text == "Seoul"]


def test_state_adjective_alone_is_the_states_government(analysed):
    doc = analysed("Moskau will nordkoreanische Munition kaufen.")
    m = find(doc, "nordkoreanische")
    assert (m.country, m.sector) == ("PRK", "GOV")


def test_role_without_country_takes_the_state_named_as_place(analysed):
    doc = analysed("Kim hat bei seinem Besuch in Russland Drohnen von einem Regionalgouverneur erhalten.")
    assert find(doc, "einem Regionalgouverneur").country == "RUS"


def test_definite_role_refers_back_to_the_same_role(analysed):
    doc = analysed("Die weißrussische Polizei nahm Demonstranten fest. In Minsk sagte die Polizei nichts.")
    assert find(doc, "die Polizei").country == "BLR"


def test_organisation_named_after_role_noun_keeps_its_sector(analysed):
    doc = analysed("Die iranische Nachrichtenagentur IRNA meldete am Abend einen Brand.")
    m = find(doc, "Die iranische Nachrichtenagentur IRNA")
    assert (m.country, m.sector, m.kb_id) == ("IRN", "JRN", "org.irna")


def test_compound_prefix_gives_the_country(analysed):
    doc = analysed("Der US-Präsident reiste nach Tokio.", date="2019-06-01")
    m = find(doc, "US-Präsident")
    assert (m.country, m.name) == ("USA", "Donald Trump")


def test_role_noun_prefix_gives_a_compound_its_sector(analysed):
    doc = analysed("Die thailändischen Oppositionsanhänger zogen zum Parlament.")
    assert find(doc, "Die thailändischen Oppositionsanhänger").sector == "OPP"


def test_united_nations_body_has_the_uno_code(analysed):
    doc = analysed("Frankreich rief gestern den Sicherheitsrat der UNO an.")
    m = find(doc, "den Sicherheitsrat der UNO")
    assert (m.country, m.sector) == ("UNO", "GOV")


def test_vague_collective_is_no_actor(analysed):
    doc = analysed("Die internationale Gemeinschaft verurteilte den Angriff.")
    assert doc.actors == []


def test_role_before_a_known_surname_is_that_person_not_the_scene_country(analysed):
    doc = analysed("Verteidigungsminister Guttenberg besuchte die Truppen in Kunduz.", date="2010-12-14")
    m = find(doc, "Verteidigungsminister Guttenberg")
    assert (m.name, m.country) == ("Karl-Theodor zu Guttenberg", "DEU")


def test_a_role_without_a_country_takes_the_nearest_place_before_it(analysed):
    doc = analysed("In Syrien wurden Webseiten gesperrt, in China nahm die Polizei Blogger fest.")
    assert find(doc, "die Polizei").country == "CHN"


def test_the_article_state_counts_each_mention_once_and_ties_go_to_the_lead():
    from iltis.model import Article
    from iltis.pipeline import Pipeline

    doc = Pipeline(["analyse", "places", "actors"])(Article("t", "Bei einer Schießerei in einer Schule in Grasse in Südfrankreich wurden vier Menschen verletzt. "
                   "Die Polizisten forderten die Schüler auf, im Gebäude zu bleiben. "
                   "In den Vereinigten Staaten sind solche Taten häufiger.", lang="de"))
    assert find(doc, "Die Polizisten").country == "FRA"


def test_ethnic_group_is_a_civilian_actor_of_its_state(analysed):
    doc = analysed("Bei Zusammenstößen zwischen Uiguren und der Polizei starben zehn Menschen.")
    assert (find(doc, "Uiguren").country, find(doc, "Uiguren").sector) == ("CHN", "CVL")


def test_dative_ihr_stands_for_the_woman_named_before(analysed):
    doc = analysed("Die Behörden haben eine französische Lehrerin festgenommen. Ihr wird Spionage vorgeworfen.")
    assert find(doc, "Ihr").country == "FRA"


def test_demonstrative_pronoun_points_to_the_body_named_just_before(analysed):
    doc = analysed("Die Sache liegt jetzt beim UN-Sicherheitsrat. Dieser könnte Strafmaßnahmen gegen Syrien verhängen.")
    assert find(doc, "Dieser").country == "UNO"


@pytest.mark.parametrize("text, date, mention", [
    # a role with a name of its own is that person, not the office holder
    ("Der britische Premierminister John Smith sprach in London.", "2006-05-01",
     "Der britische Premierminister John Smith"),
    # a quantified plural names no one person
    ("Der brasilianische Präsident sprach. Manche Staatschefs unterstützen ihn.", "2006-05-01", "Manche Staatschefs"),
    # a queen is not the king in office
    ("Die spanische Königin besuchte Madrid.", "2006-05-01", "Die spanische Königin"),
    # a namesake with another given name is not the KB person
    ("Michael Rasmussen gewann in Dänemark.", "2005-05-01", "Michael Rasmussen"),
], ids=["own-name", "quantified-plural", "queen", "namesake"])
def test_phrase_that_names_no_kb_person_is_left_unlinked(analysed, text, date, mention):
    assert find(analysed(text, date=date), mention).kb_id is None


def test_given_name_before_a_surname_is_no_short_name(analysed):
    doc = analysed("Im Finale traf er auf Novak Djokovic.", date="2023-01-20")
    assert all(m.kb_id != "p.novak_k" for m in doc.actors)


def test_state_adjective_wins_over_the_state_a_role_word_implies(analysed):
    doc = analysed("Der österreichische Bundeskanzler sprach in Wien.", date="2010-05-01")
    assert find(doc, "Der österreichische Bundeskanzler").country == "AUT"


def test_demonym_before_a_role_is_its_adjective(analysed):
    doc = analysed("Ein Schweizer Diplomat wurde festgenommen.", date="2010-05-01")
    assert find(doc, "Ein Schweizer Diplomat").country == "CHE"


def test_person_acts_for_the_country_of_the_office_held_at_the_date(analysed):
    before = analysed("Ursula von der Leyen sprach in Brüssel.", date="2015-05-01")
    after = analysed("Ursula von der Leyen sprach in Brüssel.", date="2021-05-01")
    assert (find(before, "Ursula von der Leyen").country, find(after, "Ursula von der Leyen").country) == ("DEU", "EUR")


def test_role_gender_picks_the_holder_in_a_year_of_change(analysed):
    doc = analysed("Die finnische Regierungschefin sprach in Helsinki.", date="2019")
    assert find(doc, "Die finnische Regierungschefin").name == "Sanna Marin"


def test_state_in_a_newspaper_title_is_no_actor(analysed):
    doc = analysed("Er schrieb einen Kommentar für die Zeitung „Neues Deutschland“.")
    assert all(m.kb_id != "state.DEU" for m in doc.actors)


def test_congressman_is_american_and_union_politicians_german(analysed):
    doc = analysed("Der Kongressabgeordnete sprach in Bagdad mit Unionspolitikern.")
    assert (find(doc, "Der Kongressabgeordnete").country, find(doc, "Unionspolitikern").country) == ("USA", "DEU")


def test_unidentified_attackers_get_no_country_from_the_scene(analysed):
    doc = analysed("In Kabul schossen Unbekannte auf einen Polizeiposten.")
    m = find(doc, "Unbekannte")
    assert (m.country, m.sector) == (None, "UAF")


def test_arsonists_are_criminals(analysed):
    doc = analysed("In der Nacht drangen die Brandstifter in das Gebäude ein.")
    assert find(doc, "die Brandstifter").sector == "CRM"


def test_pronoun_prefers_the_subject_over_a_genitive_attribute(analysed):
    doc = analysed("In der Nacht kamen während der Messe der Christen die Brandstifter durch das Tor. "
                   "Später steckten sie Bänke in Brand.")
    assert find(doc, "sie").sector == "CRM"


def test_role_with_a_namesake_of_another_given_name_is_not_the_kb_person(analysed):
    doc = analysed("Der tschechische Ministerpräsident Jan Novak sprach in Prag.", date="2023-05-01")
    m = find(doc, "Der tschechische Ministerpräsident Jan Novak")
    assert m.country == "CZE" and m.kb_id is None


def test_name_in_apposition_to_a_role_of_a_named_body_takes_its_country(analysed):
    doc = analysed("Der Chef der Raumfahrtbehörde NASA, Michael Griffin, traf in Peking ein.")
    assert find(doc, "Michael Griffin").country == "USA"


def test_prison_guards_are_police(analysed):
    doc = analysed("In Tiflis haben Gefängniswärter die Häftlinge geschlagen.")
    assert find(doc, "Gefängniswärter").sector == "COP"


def test_the_pope_acts_for_the_vatican(analysed):
    doc = analysed("Der Papst sprach am Sonntag in Rom.")
    m = find(doc, "Der Papst")
    assert (m.country, m.sector) == ("VAT", "REL")


def test_genitive_singular_of_a_role_compound_is_a_role(analysed):
    doc = analysed("Der Antrag des liberalen Senatsmitgliedes fand keine Mehrheit.")
    m = find(doc, "des liberalen Senatsmitgliedes")
    assert m.sector == "LEG"


def test_lower_case_name_particle_continues_the_name(analysed):
    doc = analysed("Das Parlament wählte den Handelsminister Tarik al-Rawi zum Sprecher.")
    assert find(doc, "den Handelsminister Tarik al-Rawi").sector == "GOV"


def test_name_with_particle_named_again_capitalised_is_the_same_person(analysed):
    doc = analysed("Das Parlament wählte den Handelsminister Tarik al-Rawi zum Sprecher. Al-Rawi dankte.")
    assert find(doc, "Al-Rawi").name == "Tarik al-Rawi"


def test_unknown_person_far_from_any_place_takes_no_country_from_the_focus(analysed):
    doc = analysed("Frankreich und Paris und die Franzosen. Später äußerte sich dazu Lena Moreau.")
    assert find(doc, "Lena Moreau").country is None


def test_president_of_an_association_holds_no_office_of_state(analysed):
    doc = analysed("Der Verbandspräsident lobte den Entwurf.")
    assert find(doc, "Der Verbandspräsident").sector == "SOC"


def test_president_of_a_sports_federation_is_no_government(analysed):
    doc = analysed("Der DFB-Präsident lobte die Mannschaft.")
    assert not [m for m in doc.actors if m.sector == "GOV"]


def test_hyphenated_state_adjective_gives_the_country(analysed):
    doc = analysed("Die US-amerikanische Botschaft in Riad schwieg.")
    assert find(doc, "Die US-amerikanische Botschaft").country == "USA"


def test_consulate_is_a_government_body(analysed):
    doc = analysed("Das französische Konsulat in Genf blieb geschlossen.")
    m = find(doc, "Das französische Konsulat")
    assert (m.country, m.sector) == ("FRA", "GOV")


def test_expert_with_a_party_prefix_is_a_party_actor(analysed):
    doc = analysed("Der SPD-Umweltexperte Klaus Berger lobte den Plan.")
    m = find(doc, "SPD-Umweltexperte Klaus Berger")
    assert (m.country, m.sector) == ("DEU", "PTY")


def test_name_after_a_role_phrase_with_a_bracketed_abbreviation_takes_its_body(analysed):
    doc = analysed("Die Chefin der Nato (Nordatlantikpakt), Jana Lindqvist, flog nach Lima.")
    m = find(doc, "Jana Lindqvist")
    assert (m.country, m.sector) == ("IGO", "MIL")


def test_name_before_a_role_phrase_with_its_body_takes_the_body(analysed):
    doc = analysed("Ulrike Demmer, Sprecherin der Bundesregierung, lobte den Plan.")
    m = find(doc, "Ulrike Demmer")
    assert (m.country, m.sector) == ("DEU", "GOV")


def test_police_patrol_is_the_police(analysed):
    doc = analysed("In Köln wurde der Mann von einer Polizeistreife angehalten.")
    assert find(doc, "einer Polizeistreife").sector == "COP"


@pytest.mark.parametrize("text, mention, sector", [
    ("In Dortmund hat der Staatsschutz die Ermittlungen übernommen.", "der Staatsschutz", "COP"),
    ("Der Übergangsrat in Bengasi wies die Forderung zurück.", "Der Übergangsrat", "GOV"),
], ids=["state-security-police", "transitional-council"])
def test_state_bodies_named_by_function_have_their_sector(analysed, text, mention, sector):
    assert find(analysed(text), mention).sector == sector


def test_city_adjective_places_the_body_in_the_citys_state_not_the_scene(analysed):
    doc = analysed("In Rotterdam wurde ein Kurier gefasst. Die Kölner Staatsanwaltschaft ermittelt.")
    assert find(doc, "Die Kölner Staatsanwaltschaft").country == "DEU"


def test_city_of_two_words_gives_its_adjective_the_state(analysed):
    doc = analysed("In Toronto nahm die New Yorker Polizei zwei Männer fest.")
    assert next(m for m in doc.actors if "Polizei" in m.text).country == "USA"


def test_city_adjective_alone_is_no_actor(analysed):
    doc = analysed("Die Wiener Kaffeehäuser waren in Prag sehr beliebt.")
    assert not [m for m in doc.actors if "Wiener" in m.text]


def test_noun_in_er_before_a_noun_is_no_city_adjective(analysed):
    doc = analysed("In Toronto griff die Lager Polizei ein.")
    assert [(m.text, m.country) for m in doc.actors] == [("Polizei", None)]  # no Vietnamese "Lag"


def test_homicide_squad_is_police(analysed):
    doc = analysed("Die Mordkommission in Köln hat die Ermittlungen aufgenommen.")
    assert find(doc, "Die Mordkommission").sector == "COP"


def test_role_of_no_state_takes_the_state_of_the_body_in_its_genitive(analysed):
    doc = analysed("Die Führung der französischen Marine hat den Einsatz beendet.")
    assert find(doc, "Die Führung").country == "FRA"


def test_role_before_the_surname_of_someone_named_before_is_that_person(analysed):
    doc = analysed("Der Kenianer Daniel Otieno wurde festgenommen. Später sagte General Otieno aus.")
    m = find(doc, "General Otieno")
    assert (m.name, m.country) == ("Daniel Otieno", "KEN")


def test_er_refers_back_to_a_man_named_by_his_nationality(analysed):
    doc = analysed("Ein Kenianer hatte in Bonn randaliert. Die Polizei nahm ihn am Montag fest.")
    assert find(doc, "ihn").country == "KEN"


def test_nationals_named_in_the_plural_are_no_antecedent_of_er(analysed):
    doc = analysed("Die Kenianer feierten in Bonn. Der Bürgermeister sagte, er sei zufrieden.")
    assert find(doc, "er").country != "KEN"
