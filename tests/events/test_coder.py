import pytest

from iltis.events.coder import merge_events
from iltis.model import ActorRef, Event, Span

from .conftest import countries, only


def test_meeting_abroad_is_a_visit_with_both_sides(code):
    ev = only(code("Am Samstag traf Bundeskanzler Olaf Scholz in Paris den französischen Präsidenten "
                   "Emmanuel Macron."), "CONSULT")
    assert (countries(ev.actor), countries(ev.recipient), ev.mode) == ({"DEU"}, {"FRA"}, "visit")


def test_weekday_resolves_to_the_last_such_day_before_the_article():
    from iltis.events.dates import find_time_expressions, parse_article_date

    [when] = find_time_expressions("Am Samstag traf er", 0, parse_article_date("2023-09-17"))
    assert when.value == "2023-09-16"


def test_event_location_is_the_place_of_its_clause(code):
    ev = only(code("Am Samstag traf Bundeskanzler Olaf Scholz in Paris den französischen Präsidenten "
                   "Emmanuel Macron."), "CONSULT")
    assert ev.location.text == "Paris" and ev.date == "2023-09-16"


def test_passive_arrest_implies_the_police_of_the_country(code):
    ev = only(code("In Tiflis wurden am Mittwoch mehr als 60 Demonstranten festgenommen."), "COERCE")
    assert ev.mode == "arrest" and ev.actor[0].sector == "COP" and ev.actor[0].text is None
    assert countries(ev.actor) == {"GEO"} and "ev.implied-actor.COP" in ev.explanation


def test_von_phrase_of_a_source_noun_leaves_the_arrest_to_the_police(code):
    ev = only(code("In Minsk wurde am Mittwoch der Sprecher von Oppositionsführer Alexander Milinkewitsch "
                   "festgenommen."), "COERCE")
    assert ev.actor[0].sector == "COP" and countries(ev.actor) == {"BLR"}


def test_separable_verb_is_found_with_its_particle(code):
    ev = only(code("Die Polizei nahm in Moskau mehrere Oppositionelle fest."), "COERCE")
    assert (ev.trigger.text, ev.actor[0].sector, countries(ev.recipient)) == ("nahm", "COP", {"RUS"})


def test_negated_sanction_is_negated(code):
    ev = only(code("Russland hat keine Sanktionen gegen Belarus verhängt."), "SANCTION")
    assert ev.modality == "negated" and countries(ev.recipient) == {"BLR"}


def test_participant_of_a_non_locative_phrase_is_not_the_location(code):
    ev = only(code("Russland hat keine Sanktionen gegen Belarus verhängt."), "SANCTION")
    assert ev.location is None


def test_planned_meeting_is_coded_as_agree(code):
    doc = code("Der polnische Ministerpräsident will nächste Woche in Berlin den Bundeskanzler treffen.")
    ev = only(doc, "AGREE")
    assert ev.modality == "asserted" and "guide.future-consult-is-agree" in ev.explanation
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_event_in_reported_speech_names_its_source(code):
    ev = only(code("Die ukrainische Regierung erklärte, russische Truppen hätten die Stadt Charkiw beschossen."),
              "ASSAULT")
    assert countries(ev.actor) == {"RUS"} and ev.reported_by.text == "Die ukrainische Regierung"


def test_object_control_gives_the_infinitive_its_subject(code):
    ev = only(code("In Kiew forderten die Demonstranten die Regierung auf, den Entwurf zurückzuziehen."),
              "REQUEST")
    assert (ev.actor[0].sector, ev.recipient[0].sector) == ("CVL", "GOV")


def test_sport_report_yields_no_events(code):
    doc = code("Der FC Bayern schlug am Samstag Borussia Dortmund mit 3:1. Der Trainer lobte die Mannschaft "
               "nach dem Spiel, die Fans feierten den Sieg in der Liga. Die Tabelle führt nun der Meister an, "
               "das Tor des Tages fiel in der Halbzeit.")
    assert doc.events == []


def test_text_without_political_actors_yields_no_events(code):
    assert code("Die Katze traf im Garten den Nachbarhund.").events == []


def test_every_event_explains_itself_with_its_predicate_id(code):
    doc = code("Russland hat keine Sanktionen gegen Belarus verhängt.")
    assert all(e.explanation[0].startswith("de.ev.") for e in doc.events)


def _event(trigger_start: int, date: str | None, location_text: str | None = None,
           predicate: str = "de.ev.sanktionen-verhaengen") -> Event:
    from iltis.model import Location

    return Event("SANCTION", Span("x", 0, 1), Span("verhängt", trigger_start, trigger_start + 8),
                 actor=[ActorRef("EU", "EU", "EUR", "GOV")], recipient=[ActorRef("Iran", "Iran", "IRN", "GOV")],
                 date=date, location=Location(location_text) if location_text else None, explanation=[predicate])


def test_repeated_mentions_of_one_event_are_merged_into_the_fullest():
    merged = merge_events([_event(10, None), _event(90, "2023-09-14", "Brüssel")])
    assert len(merged) == 1 and merged[0].date == "2023-09-14"
    assert "merge.repeated-at:10" in merged[0].explanation


def test_different_predicates_with_one_dyad_stay_two_events():
    # "Beschuss" and "Bodenoffensive" of one army against one territory are two events
    assert len(merge_events([_event(10, None), _event(90, None, predicate="de.ev.n.embargo")])) == 2


def test_protests_of_one_side_on_one_day_are_one_event_whatever_their_words():
    from dataclasses import replace

    march = replace(_event(10, "2023-09-14", predicate="de.ev.demonstrieren"), type="PROTEST")
    rally = replace(_event(90, "2023-09-14", predicate="de.ev.n.demonstration"), type="PROTEST")
    assert len(merge_events([march, rally])) == 1


def test_protests_planned_by_one_side_for_one_day_stay_two_plans():
    from dataclasses import replace

    march = replace(_event(10, "2023-09-14", predicate="de.ev.n.demonstration"), type="PROTEST", modality="future")
    boycott = replace(_event(90, "2023-09-14", predicate="de.ev.boykottieren"), type="PROTEST", modality="future")
    assert len(merge_events([march, boycott])) == 2


def test_one_predicate_against_two_named_targets_stays_two_events():
    a, b = _event(10, None), _event(90, None)
    a.recipient = [ActorRef("Ali", "Ali Chamenei", "IRN", "GOV")]
    b.recipient = [ActorRef("Rohani", "Hassan Rohani", "IRN", "GOV")]
    assert len(merge_events([a, b])) == 2


def test_same_dyad_on_different_days_stays_two_events():
    assert len(merge_events([_event(10, "2023-09-12"), _event(90, "2023-09-14")])) == 2


def test_der_phrase_after_the_subject_is_the_dative_recipient(code):
    ev = only(code("In Baku wirft die OSZE der aserbaidschanischen Regierung vor, Wahlbeobachter behindert "
                   "zu haben."), "ACCUSE")
    assert countries(ev.actor) == {"IGO"} and countries(ev.recipient) == {"AZE"}


def test_what_an_accusation_claims_is_not_coded_on_its_own(code):
    doc = code("In Kabul warf die Regierung den Taliban vor, Zivilisten getötet zu haben.")
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_deaths_in_an_accident_are_no_assault(code):
    assert code("Wien – Ein zehnjähriges Mädchen ist am Montag bei einem Verkehrsunfall in Wien getötet worden."
                ).events == []


def test_dateline_is_not_the_subject(code):
    ev = only(code("Genf – Russland hat am Montag die Ukraine angegriffen."), "ASSAULT")
    assert countries(ev.actor) == {"RUS"} and countries(ev.recipient) == {"UKR"}


def test_event_noun_with_a_support_verb_takes_the_subject_as_actor(code):
    ev = only(code("Israel startete am Samstag die Bodenoffensive im Gazastreifen."), "ASSAULT")
    assert countries(ev.actor) == {"ISR"}


def test_subject_that_judges_an_event_noun_is_not_its_actor(code):
    doc = code("In Washington bezeichneten die Vereinigten Staaten den Angriff als Verteidigung.")
    assert not [e for e in doc.events if e.type == "ASSAULT" and countries(e.actor) == {"USA"}]


def test_signing_a_letter_is_no_support(code):
    assert code("In London wurde der Brief von drei Abgeordneten unterzeichnet.").events == []


def test_person_known_only_by_name_is_not_political_alone(code):
    assert code("In Wien kritisierte Thomas Müller die Lieferung der Firma.").events == []


def test_old_background_dates_do_not_date_later_events(code):
    doc = code("Im Juni 2008 hatte die Regierung das Gesetz beschlossen. In Kabul nahm die Polizei am Morgen "
               "zwei Oppositionelle fest.", date="2009-03-10")
    assert only(doc, "COERCE").date == "2009-03-10"


def test_a_recent_day_dates_the_following_events(code):
    doc = code("Am Montag kam es in Kabul zu Kämpfen. Die Polizei nahm zwei Oppositionelle fest.", date="2009-03-12")
    assert only(doc, "COERCE").date == "2009-03-09"


def test_weekday_in_a_plan_is_the_coming_one(code):
    ev = only(code("Der polnische Ministerpräsident will am Freitag in Berlin den Bundeskanzler treffen."), "AGREE")
    assert ev.date == "2023-09-22"


def test_targeted_act_without_a_named_target_is_aimed_at_its_place(code):
    ev = only(code("Israel startete am Samstag die Bodenoffensive im Gazastreifen."), "ASSAULT")
    assert ev.recipient[0].text is None and countries(ev.recipient) == {"PSE"}
    assert "ev.implied-recipient.place" in ev.explanation


def test_merged_event_keeps_the_source_only_one_mention_names():
    from iltis.model import ReportedBy

    first, second = _event(10, "2023-09-14", "Brüssel"), _event(90, None)
    second.reported_by = ReportedBy("TASS")
    [merged] = merge_events([first, second])
    assert merged.reported_by.text == "TASS" and "merge.reported_by" in merged.explanation


def test_making_someone_responsible_is_an_allegation(code):
    ev = only(code("In Addis Abeba machen Regierungsvertreter die Opposition für die Gewalt verantwortlich."), "ACCUSE")
    assert ev.mode == "allege" and ev.recipient[0].sector == "OPP"


def test_refusing_to_recognise_is_a_rejection(code):
    doc = code("In Belgrad erkennt die serbische Regierung die Unabhängigkeit des Kosovo nicht an.")
    ev = only(doc, "REJECT")
    assert ev.modality == "asserted" and "ev.refusal-is-reject" in ev.explanation


def test_announced_attack_is_a_threat(code):
    ev = only(code("Die Taliban kündigten an, in Kabul weitere Gefängnisse angreifen zu wollen."), "THREATEN")
    assert ev.mode == "violence" and "guide.future-assault-is-threaten" in ev.explanation


def test_condemning_judgement_is_criticism(code):
    ev = only(code("In Teheran bezeichnete die iranische Regierung die Sanktionen der EU als illegal."), "ACCUSE")
    assert ev.explanation[0] == "de.ev.bezeichnen-negativ" and countries(ev.actor) == {"IRN"}


def test_approving_judgement_is_support(code):
    ev = only(code("In Jerusalem bezeichnete die israelische Regierung den Luftangriff als gerechtfertigt."),
              "SUPPORT")
    assert ev.explanation[0] == "de.ev.bezeichnen-positiv"


def test_blame_in_reported_speech_is_an_allegation_by_the_speaker(code):
    doc = code("Der kenianische Innenminister sagte in Nairobi, die al-Shabaab sei für den Anschlag verantwortlich.",
               date="2012-06-24")
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and countries(ev.actor) == {"KEN"} and "syn.role.speaker" in ev.explanation


def test_promised_aid_is_agree(code):
    doc = code("In Wellington sagte die neuseeländische Regierung Indonesien weitere finanzielle Hilfe zu.")
    assert [e.type for e in doc.events] == ["AGREE"]


def test_hacker_attack_is_cyber_coercion(code):
    doc = code("Die Hackerangriffe des russischen Militärgeheimdienstes auf die Regierung in Tallinn legten die "
               "Ministerien lahm.")
    assert [(e.type, e.mode) for e in doc.events] == [("COERCE", "cyber")]


def test_arrest_on_suspicion_is_asserted(code):
    ev = only(code("In New York wurde der Minister wegen des Verdachts auf Bestechung festgenommen."), "COERCE")
    assert ev.modality == "asserted"


def test_meeting_noun_in_a_circumstance_is_a_meeting(code):
    ev = only(code("Das sagte Bundeskanzler Olaf Scholz nach seinem Treffen mit dem französischen Präsidenten "
                   "Emmanuel Macron in Paris."), "CONSULT")
    assert countries(ev.recipient) == {"FRA"} and ev.trigger.text == "Treffen"


def test_separable_firing_verb_is_an_assault(code):
    ev = only(code("Die Hisbollah-Miliz schoss am Samstag 20 Raketen auf Ziele in Israel ab."), "ASSAULT")
    assert ev.mode == "heavy-weapons" and countries(ev.actor) == {"LBN"}  # rockets, by the mode rules


def test_opening_fire_is_an_assault(code):
    ev = only(code("In Addis Abeba eröffnete die Polizei das Feuer auf Demonstranten."), "ASSAULT")
    assert ev.actor[0].sector == "COP" and ev.trigger.text == "Feuer"


def test_an_execution_without_agent_is_done_by_the_state(code):
    ev = only(code("In Teheran wurden gestern drei verurteilte Spione hingerichtet."), "ASSAULT")
    assert ev.actor[0].sector == "GOV" and countries(ev.actor) == {"IRN"}


def test_police_on_duty_is_a_mobilisation(code):
    ev = only(code("In Hamburg waren am Samstag mehrere tausend Polizisten im Einsatz."), "MOBILIZE")
    assert ev.mode == "police" and countries(ev.actor) == {"DEU"}


def test_what_had_happened_before_takes_the_background_date(code):
    doc = code("Im Juni 2022 hatte die Opposition in Tiflis protestiert. Am Samstag traf Präsident Macron in Paris "
               "Bundeskanzler Scholz. Damals hatte die Regierung Georgiens die Opposition scharf kritisiert.")
    ev = only(doc, "ACCUSE")
    assert ev.date == "2022-06" and "de.date.anterior-word" in ev.explanation


def test_a_plan_without_its_own_day_is_for_the_day_ahead_last_named(code):
    doc = code("Am kommenden Sonntag wird in Georgien gewählt. Die Opposition will die Wahl in Tiflis boykottieren.")
    ev = only(doc, "PROTEST")
    assert ev.modality == "future" and ev.date == "2023-09-24" and "date.ahead" in ev.explanation


def test_harm_without_a_doer_is_not_an_event(code):
    doc = code("In Bagdad wurden am Samstag 27 Menschen getötet.")
    assert [e.type for e in doc.events] == []


def test_a_definite_event_noun_without_actor_repeats_the_event_told_before(code):
    doc = code("In Tiflis demonstrierten am Samstag tausende Anhänger der Opposition gegen die Regierung. "
               "Die Proteste dauerten bis in die Nacht.")
    ev = only(doc, "PROTEST")
    assert ev.trigger.text == "demonstrierten" and any(x.startswith("merge.anaphoric-at:") for x in ev.explanation)


def test_deaths_in_a_hurricane_are_no_assault(code):
    assert code("Der Wirbelsturm Stan tötete in Guatemala mehr als 2.000 Menschen.").events == []


def test_phoning_is_a_consultation_only_with_someone(code):
    assert code("Durch die Schwachstelle können Angreifer in Deutschland auf fremde Kosten telefonieren.").events == []


def test_dissolving_a_contract_is_no_coercion(code):
    assert code("Die österreichische Regierung löste am Montag den Vertrag mit der Firma auf.").events == []


def test_dissolving_parliament_is_coercion(code):
    ev = only(code("Der thailändische Ministerpräsident löste am Montag das Parlament in Bangkok auf."), "COERCE")
    assert countries(ev.actor) == {"THA"}


def test_summoning_an_ambassador_is_diplomatic_criticism(code):
    ev = only(code("Das Außenministerium in Wien bestellte gestern den iranischen Botschafter ein."), "ACCUSE")
    assert ev.mode == "disapprove" and countries(ev.recipient) == {"IRN"}


def test_setting_on_fire_is_destruction(code):
    ev = only(code("In Kairo setzten Soldaten am Montag das Büro der Opposition in Brand."), "ASSAULT")
    assert ev.mode == "destroy"


def test_laying_down_an_office_is_a_resignation(code):
    ev = only(code("Der georgische Innenminister legte am Montag sein Amt nieder."), "RETREAT")
    assert ev.mode == "resign" and countries(ev.actor) == {"GEO"}


def test_calling_something_a_scandal_in_a_quotation_accuses_it(code):
    doc = code("„Die Blockade des Hafens von Gaza ist ein Skandal“, sagte der türkische Außenminister am Samstag.")
    ev = only(doc, "ACCUSE")
    assert countries(ev.actor) == {"TUR"} and "syn.role.speaker" in ev.explanation


def test_a_threat_without_addressee_has_no_recipient(code):
    ev = only(code("In Addis Abeba droht die Oppositionspartei damit, das Wahlergebnis nicht anzuerkennen."), "THREATEN")
    assert ev.recipient == []


def test_an_offer_to_send_troops_is_agree(code):
    doc = code("Spanien hat sich gestern bereit erklärt, noch 800 Soldaten nach Mali zu entsenden.")
    ev = only(doc, "AGREE")
    assert ev.modality == "asserted" and "guide.offer-is-agree" in ev.explanation
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_attacking_in_words_is_criticism(code):
    doc = code("Außenministerin Baerbock griff am Dienstag China mit sehr deutlichen Worten an.")
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_troops_meeting_resistance_is_no_meeting(code):
    assert not [e for e in code("Bei Falludscha trafen britische Soldaten auf heftige Gegenwehr.").events if e.type == "CONSULT"]


def test_pledged_support_is_support_and_not_also_a_promise(code):
    doc = code("Die britische Premierministerin sicherte am Samstag Boris Johnson ihre volle Unterstützung zu.")
    assert [e.type for e in doc.events] == ["SUPPORT"]


def test_defending_a_decision_supports_it(code):
    ev = only(code("Der Bundeskanzler verteidigte am Montag in Berlin die Entscheidung der Regierung."), "SUPPORT")
    assert countries(ev.actor) == {"DEU"}


def test_a_judgement_without_als_is_coded(code):
    ev = only(code("Der EU-Kommissar nannte den Beschluss der Bundesregierung einen fairen Kompromiss."), "SUPPORT")
    assert ev.trigger.text == "nannte"


def test_a_visit_named_in_a_circumstance_counts_beside_the_main_event(code):
    doc = code("Der spanische Verteidigungsminister hat gestern bei einem Besuch in Kabul den Rückzug der "
               "spanischen Soldaten angekündigt.")
    assert sorted(e.type for e in doc.events) == ["CONCEDE", "CONSULT"]
    visit = only(doc, "CONSULT")
    assert visit.modality == "asserted" and countries(visit.recipient) == {"AFG"}


def test_expelling_a_member_from_a_group_is_a_sanction(code):
    ev = only(code("Die G8 schloss am Montag in Den Haag Russland aus ihrer Gruppe aus."), "SANCTION")
    assert ev.mode == "expel" and countries(ev.recipient) == {"RUS"}


def test_police_stopping_a_march_restricts_it(code):
    ev = only(code("In Köln wurde der Marsch am Sonntag immer wieder von der Polizei angehalten."), "COERCE")
    assert ev.actor[0].sector == "COP"


def test_a_war_against_a_country_is_an_assault(code):
    ev = only(code("Der Krieg Russlands gegen die Ukraine treibt in Mannheim viele Bürger auf die Straße."), "ASSAULT")
    assert countries(ev.actor) == {"RUS"} and countries(ev.recipient) == {"UKR"}


def test_the_second_world_war_is_no_event(code):
    assert not [e for e in code("Der Zweite Weltkrieg prägte Deutschland und Polen.").events if e.type == "ASSAULT"]


def test_an_anonymous_source_is_no_reported_by(code):
    doc = code("Quellen zufolge haben Polizisten in Minsk am Samstag mehrere Oppositionelle festgenommen.")
    assert only(doc, "COERCE").reported_by is None


def test_a_place_attached_to_the_subject_by_in_is_the_scene(code):
    doc = code("Der Staatsschutzsenat des Oberlandesgerichts in München verkündete am Mittwoch das Urteil gegen "
               "drei Anhänger einer verbotenen Vereinigung.")
    ev = only(doc, "SANCTION")
    assert ev.location.text == "München"


def test_a_country_in_a_genitive_of_the_subject_is_no_scene(code):
    doc = code("Die Luftwaffe der Vereinigten Staaten tötete gestern einen Milizenführer.")
    assert only(doc, "ASSAULT").location is None


def test_an_event_in_the_capital_described_is_located_there(code):
    ev = only(code("In der georgischen Hauptstadt demonstrierten am Samstag tausende Anhänger der Opposition."),
              "PROTEST")
    assert ev.location.name == "Tbilisi"


def test_a_protest_against_a_compound_of_an_organisation_is_against_it(code):
    ev = only(code("In Bremen demonstrierten am Montag 3.000 Menschen gegen das NATO-Treffen."), "PROTEST")
    assert countries(ev.recipient) == {"IGO"} and "compound-owner" in " ".join(ev.explanation)


def test_paying_a_visit_is_a_visit_to_the_dative(code):
    ev = only(code("Bundeskanzler Olaf Scholz stattete am Montag dem französischen Präsidenten Emmanuel Macron "
                   "in Paris einen Besuch ab."), "CONSULT")
    assert countries(ev.actor) == {"DEU"} and countries(ev.recipient) == {"FRA"}


def test_criticising_a_visit_told_before_criticises_the_visitor(code):
    doc = code("Bundeskanzler Olaf Scholz besuchte am Montag Präsident Wolodymyr Selenskyj in Kiew. "
               "Der russische Außenminister kritisierte den Besuch scharf.")
    ev = only(doc, "ACCUSE")
    assert countries(ev.recipient) == {"DEU"} and any(x.endswith(".event-doer") for x in ev.explanation)


def test_the_scene_that_goes_on_is_the_last_one_named(code):
    doc = code("In Syrien wurden am Montag Webseiten gesperrt, in China nahm die Polizei am Montag Blogger fest. "
               "Am Dienstag haben Polizisten einen Demonstranten verprügelt.")
    assert only(doc, "ASSAULT").location.text == "China"


def test_cuts_that_hit_someone_are_no_meeting(code):
    assert code("Die Stellenkürzungen in Berlin sollen vor allem die Verwaltung der Bundesregierung treffen.").events == []


def test_distributing_records_is_no_deportation(code):
    assert code("Die NPD hat in Sachsen rechtsextremistisches Liedgut vertrieben.").events == []


def test_a_suspected_crime_is_not_coded_on_its_own(code):
    doc = code("Der russische Soldat steht im Verdacht, in Butscha mehrere Zivilisten erschossen zu haben.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_attack_announced_in_indirect_speech_is_a_threat(code):
    doc = code("Ein Sprecher der Taliban kündigte am Samstag an, die Taliban würden in Kandahar weitere Gefängnisse "
               "stürmen.")
    ev = only(doc, "THREATEN")
    assert ev.mode == "violence" and "de.mod.fut.reported" in ev.explanation


def test_an_announced_military_move_is_dated_by_the_announcement(code):
    doc = code("Nach dem Anschlag am Freitag kündigte der pakistanische Präsident heute an, militärisch "
               "gegen Rebellen in Afghanistan vorzugehen.")
    ev = only(doc, "THREATEN")
    assert ev.date == "2023-09-17"


def test_a_weekday_after_an_announcing_verb_dates_the_announcement(code):
    doc = code("Der Regierungschef Nepals kündigte am Donnerstag in Kathmandu die Bereitschaft zu Neuwahlen "
               "an.")
    assert only(doc, "AGREE").date == "2023-09-14"


def test_a_denial_answers_the_accusation_told_before(code):
    doc = code("Die IAEA wirft dem Iran vor, in Natans Uran anzureichern. Der Iran streitet dies ab.")
    ev = only(doc, "REJECT")
    assert countries(ev.recipient) == {"UNO"} and "ev.denies-accusation" in ev.explanation


def test_names_listed_before_the_verb_are_one_coordinated_actor(code):
    ev = only(code("China, Indien und Russland weigern sich, Kosovo anzuerkennen."), "REJECT")
    assert countries(ev.actor) == {"CHN", "IND", "RUS"}


def test_refusal_is_aimed_at_the_object_of_its_infinitive(code):
    ev = only(code("Russland weigert sich bislang, dem Kosovo den Status eines Staates zu verleihen."), "REJECT")
    assert countries(ev.recipient) == {"XKX"} and "syn.role.comp" in ev.explanation


def test_unresolved_pronoun_in_a_dass_clause_stands_for_the_subject_above(code):
    ev = only(code("Die Regierung Frankreichs erklärte, dass sie den Schritt Serbiens begrüße."), "SUPPORT")
    assert countries(ev.actor) == {"FRA"} and "syn.subj.bound-pronoun" in ev.explanation


def test_relative_clause_on_a_copula_predicate_speaks_of_the_subject(code):
    ev = only(code("Belarus ist einer der wenigen Staaten, der Russland offen "
                   "unterstützt."), "SUPPORT")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"BLR"}, {"RUS"})


def test_von_phrase_after_a_visit_noun_names_the_visitor(code):
    ev = only(code("Während des Besuchs von US-Präsident Joe Biden in Rom wurden zwölf Aktivisten "
                   "festgenommen."), "CONSULT")
    assert countries(ev.actor) == {"USA"} and "syn.role.gen.von" in ev.explanation


def test_event_noun_is_not_its_own_actor(code):
    ev = only(code("Die im März erzielte Einigung mit der kanadischen Regierung gilt als Durchbruch."), "AGREE")
    assert not any("Einigung" in (a.text or "") for a in ev.actor)


def test_a_word_for_a_deed_is_no_recipient(code):
    ev = only(code("Die neuseeländische Regierung sagte in Dili weitere finanzielle Hilfe zu."), "AGREE")
    assert not any("Hilfe" in (r.text or "") for r in ev.recipient)


def test_criticising_the_manner_of_a_visit_criticises_the_visitor(code):
    doc = code("Der Bundesverteidigungsminister besuchte am Montag die Truppen in Afghanistan. Von der Opposition "
               "wurde die Art des Besuchs kritisiert.")
    ev = only(doc, "ACCUSE")
    assert countries(ev.recipient) == {"DEU"} and any(r.endswith(".event-doer") for r in ev.explanation)


def test_a_group_of_named_people_acts_as_those_people(code):
    ev = only(code("Laut der Zeitung hat eine Gruppe von US-Marines in Haditha Zivilisten erschossen."), "ASSAULT")
    assert countries(ev.actor) == {"USA"}


@pytest.mark.parametrize("text, etype", [
    # "schwer getroffen" is being hit, not a meeting
    ("Der Sturm hat die Regierung Österreichs besonders schwer getroffen.", "CONSULT"),
    # "drohen ... Jahre Haft" is a possible sentence, nobody's threat
    ("Bei einer Verurteilung drohen dem italienischen Senator bis zu zwölf Jahre Haft.", "THREATEN"),
    # an actor placed in no country and no sector is vague
    ("Zahlreiche Länder erkennen den Kosovo weiterhin nicht als unabhängigen Staat an.", "REJECT"),
    # what a demand asks for has not happened
    ("Die Mönche in Myanmar verlangen, dass sich die Regierung für das Vorgehen der Armee entschuldigt.", "CONCEDE"),
    # a warning of someone else's attacks is no threat
    ("Die US-Botschaft in Nairobi warnte vor Anschlägen in Kenia.", "THREATEN"),
    # what is threatened has not happened
    ("Die kenianische Opposition droht damit, den Wahlausgang nicht anzuerkennen.", "REJECT"),
    # a looming misfortune threatens nobody's deed
    ("Dem größten Autobauer Frankreichs, Renault, droht ein neuer Streik.", "THREATEN"),
], ids=["hit-hard", "possible-prison-term", "vague-actor", "content-of-a-demand", "warning-of-others",
        "content-of-a-threat", "looming-misfortune"])
def test_sentence_states_no_event_of_the_type(code, text, etype):
    assert not [e for e in code(text).events if e.type == etype]


def test_resignation_someone_says_he_wants_to_announce_is_a_concession(code):
    ev = only(code("Am Abend sagte er, er wolle am Montag dem König seinen Rücktritt vom Amt des belgischen "
                   "Premierministers bekannt geben."), "CONCEDE")
    assert ev.modality == "asserted"


def test_clash_between_two_sides_has_no_target(code):
    ev = only(code("Am Montag kam es in Caracas zu Zusammenstößen zwischen Studenten und Polizei."),
              "ASSAULT")
    assert ev.recipient == [] and len(ev.actor) == 2


def test_stopping_exports_to_a_state_is_a_sanction_against_it(code):
    ev = only(code("Der Wirtschaftsminister hat dem Rüstungskonzern Rheinmetall die Ausfuhr von Panzerteilen nach "
                   "Russland untersagt."), "SANCTION")
    assert (ev.mode, countries(ev.recipient)) == ("discontinue", {"RUS"})


def test_government_circles_are_no_journey(code):
    ev = only(code("Der Bundeskanzler traf sich in Berlin mit Vertretern der Opposition aus den Regierungskreisen "
                   "der Länder."), "CONSULT")
    assert ev.mode is None


def test_threatening_a_named_state_without_saying_with_what_is_a_threat(code):
    ev = only(code("Der Iran hat am Dienstag erneut Israel gedroht."), "THREATEN")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"IRN"}, {"ISR"})


def test_warning_of_consequences_is_a_threat(code):
    ev = only(code("Die Regierung der USA warnte Russland vor Konsequenzen."), "THREATEN")
    assert countries(ev.recipient) == {"RUS"}


def test_attack_by_unidentified_gunmen_has_no_actor_country(code):
    ev = only(code("In Kabul haben am Montag Unbekannte einen Polizeiposten angegriffen."), "ASSAULT")
    assert ev.actor[0].sector == "UAF" and countries(ev.actor) == set() and countries(ev.recipient) == {"AFG"}


def test_unidentified_attackers_as_targets_are_struck_where_it_happens(code):
    ev = only(code("In Kabul hat die Polizei am Montag drei Angreifer erschossen."), "ASSAULT")
    assert countries(ev.actor) == {"AFG"} and countries(ev.recipient) == {"AFG"}


def test_politician_announcing_resignation_is_a_concession(code):
    ev = only(code("Am Montag kündigte der dänische Politiker Lars Hansen an, im Mai zurückzutreten."),
              "CONCEDE")
    assert countries(ev.actor) == {"DNK"} and ev.actor[0].sector == "PTY"


def test_expelling_inspectors_from_the_country_is_an_expulsion(code):
    ev = only(code("Die Regierung in Teheran hat die Inspekteure der UNO des Landes verwiesen."), "SANCTION")
    assert ev.mode == "expel" and countries(ev.actor) == {"IRN"}


def test_announced_investigation_is_an_investigation(code):
    ev = only(code("Die Armee Israels kündigte eine Untersuchung gegen die Soldaten an."), "ACCUSE")
    assert ev.mode == "investigate" and countries(ev.actor) == {"ISR"}


def test_dative_after_a_name_is_the_recipient_beside_an_object(code):
    ev = only(code("Am Montag gewährte das Emirat Katar der Regierung Ägyptens einen Kredit."), "AID")
    assert countries(ev.actor) == {"QAT"} and countries(ev.recipient) == {"EGY"}


def test_accused_is_the_subject_of_a_passive_beschuldigen(code):
    ev = only(code("Die Hamas wurde am Montag von der Regierung Israels beschuldigt."), "ACCUSE")
    assert countries(ev.actor) == {"ISR"} and countries(ev.recipient) == {"PSE"}


def test_threatened_is_the_subject_of_a_passive_bedrohen(code):
    ev = only(code("Die Journalisten wurden in Minsk von der Polizei bedroht."), "THREATEN")
    assert ev.actor[0].sector == "COP" and ev.recipient[0].sector == "JRN"


def test_attack_without_a_named_doer_is_by_unidentified_attackers(code):
    ev = only(code("In Bagdad kam es am Montag zu einem Bombenanschlag."), "ASSAULT")
    assert ev.actor[0].sector == "UAF" and countries(ev.actor) == set() and countries(ev.recipient) == {"IRQ"}


def test_handover_to_the_police_of_the_same_state_is_no_extradition(code):
    doc = code("Die Kölner Polizei hat den Verdächtigen gestern an das Bundeskriminalamt überstellt.")
    assert not [e for e in doc.events if e.type == "COOPERATE"]


def test_extradition_to_another_state_is_cooperation(code):
    ev = only(code("Die Niederlande haben den Verdächtigen am Montag an die Türkei ausgeliefert."), "COOPERATE")
    assert countries(ev.actor) == {"NLD"} and countries(ev.recipient) == {"TUR"}


def test_resignation_named_after_its_announcement_is_the_same_event(code):
    doc = code("Am Montag kündigte der dänische Minister Lars Hansen an, zurückzutreten. "
               "Der Rücktritt des Ministers überraschte seine Partei.")
    assert [e.type for e in doc.events] == ["CONCEDE"]


def test_regretting_an_incident_is_a_concession_not_blame(code):
    ev = only(code("Die Armee Israels bedauerte am Montag den Vorfall in Gaza."), "CONCEDE")
    assert countries(ev.actor) == {"ISR"} and not [e for e in code("Die Armee Israels bedauerte am Montag "
                                                                     "den Vorfall in Gaza.").events if e.type == "ACCUSE"]


def test_insisting_on_something_is_a_demand(code):
    ev = only(code("Die Regierung Polens bestand am Montag darauf, dass die Grenze geschlossen bleibt."), "REQUEST")
    assert countries(ev.actor) == {"POL"}


def test_discarding_a_proposal_is_a_rejection(code):
    ev = only(code("Die Regierung Polens verwarf am Montag den Vorschlag der EU-Kommission."), "REJECT")
    assert countries(ev.actor) == {"POL"} and countries(ev.recipient) == {"EUR"}


def test_beginning_negotiations_is_a_consultation(code):
    ev = only(code("Am Montag begannen Polen und Litauen in Warschau Verhandlungen."), "CONSULT")
    assert countries(ev.actor) == {"POL", "LTU"}


def test_voicing_a_suspicion_against_someone_is_an_allegation(code):
    ev = only(code("Die Regierung Polens äußerte am Montag den Verdacht gegen Russland, die Wahl manipuliert zu haben."),
              "ACCUSE")
    assert ev.mode == "allege" and countries(ev.recipient) == {"RUS"}


def test_suspicion_voiced_about_a_state_accuses_the_subject_of_the_claim(code):
    ev = only(code("Die Regierung Polens äußerte am Montag den Verdacht, Russland habe die Wahl manipuliert."),
              "ACCUSE")
    assert countries(ev.recipient) == {"RUS"} and "syn.role.claim" in ev.explanation


def test_criticising_what_a_government_did_accuses_it(code):
    ev = only(code("Die Opposition in Warschau kritisierte am Montag, dass die Regierung die Wahl verschoben hat."),
              "ACCUSE")
    assert ev.recipient[0].sector == "GOV" and "syn.role.claim" in ev.explanation


def test_pushing_back_influence_is_no_force(code):
    doc = code("Die Regierung Polens drängte den Einfluss Russlands im Land zurück.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_demands_presented_are_the_presenters_demands(code):
    ev = only(code("Am Montag legte die Regierung Polens in Brüssel neue Forderungen vor."), "REQUEST")
    assert countries(ev.actor) == {"POL"}


def test_offered_resignation_is_a_concession_to_whom_it_is_offered(code):
    ev = only(code("Am Mittwoch bot der tschechische Ministerpräsident Pavel Dvorsky der Opposition seinen Rücktritt an."),
              "CONCEDE")
    assert countries(ev.actor) == {"CZE"} and ev.recipient[0].sector == "OPP"


def test_announced_withdrawal_is_not_aimed_at_the_withdrawing_troops(code):
    ev = only(code("Die spanische Verteidigungsministerin kündigte am Montag in Kabul den Abzug der spanischen "
                   "Soldaten an."), "CONCEDE")
    assert countries(ev.recipient) == {"AFG"}


def test_arrests_that_happened_imply_the_police(code):
    ev = only(code("Bei der Kundgebung in Athen kam es am Mittwoch zu Festnahmen."), "COERCE")
    assert ev.actor[0].sector == "COP" and countries(ev.actor) == {"GRC"}


def test_investigation_running_against_someone_is_by_the_police(code):
    ev = only(code("In Mainz laufen seit Montag Ermittlungen gegen einen Beamten des Innenministeriums."), "ACCUSE")
    assert ev.mode == "investigate" and ev.actor[0].sector == "COP"


def test_criticism_coming_from_someone_is_theirs(code):
    ev = only(code("Kritik an der Regierung Polens kam am Montag von der Opposition."), "ACCUSE")
    assert ev.actor[0].sector == "OPP" and ev.recipient[0].sector == "GOV"


def test_voting_against_something_is_a_rejection(code):
    ev = only(code("Die Abgeordneten der Opposition in Warschau stimmten am Montag gegen das Gesetz."), "REJECT")
    assert countries(ev.actor) == {"POL"}


def test_judging_something_a_missed_chance_is_criticism(code):
    ev = only(code("Der Außenminister Polens beurteilte den Gipfel der EU als verpasste Chance."), "ACCUSE")
    assert countries(ev.actor) == {"POL"}


def test_sein_with_the_participle_of_an_arrest_is_its_passive(code):
    ev = only(code("In Tiflis sind am Mittwoch elf Gefängniswärter festgenommen."), "COERCE")
    assert ev.actor[0].sector == "COP" and ev.recipient[0].text == "elf Gefängniswärter"


def test_met_with_sein_stays_active(code):
    ev = only(code("Der Präsident Polens ist am Montag in Kiew mit dem Präsidenten der Ukraine zusammengetroffen."),
              "CONSULT")
    assert countries(ev.actor) == {"POL"}


def test_passive_investigation_without_agent_is_by_the_police(code):
    ev = only(code("In Bonn wurde gegen den Beamten des Ministeriums ermittelt."), "ACCUSE")
    assert ev.actor[0].sector == "COP" and ev.mode == "investigate"


def test_no_agreement_reached_is_a_negated_agreement(code):
    ev = only(code("In Athen kam es am Mittwoch mit der Opposition zu keiner Einigung."), "AGREE")
    assert ev.modality == "negated" and ev.recipient[0].sector == "OPP"


def test_pressure_to_resign_is_no_resignation(code):
    doc = code("Der polnische Innenminister gerät zunehmend unter Druck, noch diese Woche zurückzutreten.")
    assert not [e for e in doc.events if e.type in ("RETREAT", "CONCEDE")]


def test_what_is_recommended_has_not_happened(code):
    doc = code("Der Staatsanwalt empfahl dem Gericht in Warschau, den Minister zu zehn Jahren Haft zu verurteilen.")
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_travelling_on_a_visit_is_the_travellers_visit(code):
    ev = only(code("Der iranische Präsident reiste am Montag zu einem Besuch nach Moskau."), "CONSULT")
    assert (countries(ev.actor), countries(ev.recipient), ev.mode) == ({"IRN"}, {"RUS"}, "visit")


def test_genitive_of_the_subject_is_no_dative_for_an_event_noun(code):
    ev = only(code("Der Chef der Raumfahrtbehörde der USA ist zu einem Besuch nach China aufgebrochen."), "CONSULT")
    assert countries(ev.actor) == {"USA"} and countries(ev.recipient) == {"CHN"}


def test_general_strike_is_aimed_at_the_state_where_it_happens(code):
    ev = only(code("Am Mittwoch lähmte ein Generalstreik den Verkehr in Portugal."), "PROTEST")
    assert ev.mode == "strike" and countries(ev.recipient) == {"PRT"}


def test_opposing_sanctions_against_a_state_does_not_reject_that_state(code):
    ev = only(code("China sprach sich am Montag in Genf gegen schärfere Sanktionen gegen den Iran aus."),
              "REJECT")
    assert "IRN" not in countries(ev.recipient)


def test_issued_warrant_is_an_arrest_ordered(code):
    ev = only(code("Der Bundesgerichtshof erließ am Montag Haftbefehl gegen drei Iraker."), "COERCE")
    assert ev.mode == "arrest" and countries(ev.actor) == {"DEU"} and countries(ev.recipient) == {"IRQ"}


def test_calling_a_decision_a_bad_choice_is_criticism(code):
    ev = only(code("Die Abgeordnete McCarthy aus New York nannte die Entscheidung des Gouverneurs eine schlechte Wahl."),
              "ACCUSE")
    assert countries(ev.actor) == {"USA"}


def test_warning_aimed_at_a_party_reproaches_it(code):
    ev = only(code("In Hannover warnte die Ministerin am Freitag die FDP vor einem Wortbruch."), "ACCUSE")
    assert (ev.mode, ev.recipient[0].sector) == ("disapprove", "PTY") and "de.ev.warnen-jemanden" in ev.explanation


def test_warning_of_a_danger_alone_is_no_event(code):
    doc = code("In Kiew hat die ukrainische Regierung vor einer steigenden Gefahr von Stromausfällen gewarnt.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_plan_meeting_criticism_is_criticised_by_the_bei_phrase(code):
    ev = only(code("In Prag stieß der Entwurf der tschechischen Regierung bei der EU-Kommission auf Kritik."), "ACCUSE")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"EUR"}, {"CZE"})


def test_plan_meeting_resistance_is_a_rejection(code):
    ev = only(code("In Madrid stieß der Vorschlag des Ministers bei den Gewerkschaften auf Widerstand."), "REJECT")
    assert ev.actor[0].sector == "LAB" and ev.recipient[0].sector == "GOV"


def test_criticism_of_a_plan_happens_now(code):
    ev = only(code("In Prag stieß der Plan der tschechischen Regierung bei der EU-Kommission auf Kritik."), "ACCUSE")
    assert ev.modality == "asserted"


def test_refusal_given_to_a_party_rejects_it(code):
    ev = only(code("In Graz erteilte die ÖVP der FPÖ am Montag eine klare Absage."), "REJECT")
    assert (ev.actor[0].sector, ev.recipient[0].sector) == ("PTY", "PTY")


def test_shooting_down_an_aircraft_strikes_its_owner(code):
    ev = only(code("Über dem Meer schoss die syrische Flugabwehr einen türkischen Kampfjet ab."), "ASSAULT")
    assert (countries(ev.actor), countries(ev.recipient), ev.actor[0].sector) == ({"SYR"}, {"TUR"}, "MIL")


def test_shooting_down_without_an_aircraft_is_not_an_assault(code):
    doc = code("In Damaskus schoss die Regierung die Vorschläge der Opposition ab.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_executions_by_shooting_are_an_assault(code):
    ev = only(code("In Minsk verübte der Geheimdienst Erschießungen an Regimegegnern."), "ASSAULT")
    assert countries(ev.actor) == {"BLR"}


def test_place_of_a_former_state_does_not_hide_the_state_the_article_is_about(code):
    doc = code("Am Montag wurde der gesuchte Kriegsverbrecher Milan Kovač von serbischen Sicherheitskräften verhaftet. "
               "Das Tribunal für Ex-Jugoslawien begrüßte die Festnahme.")
    assert countries(only(doc, "COERCE").recipient) == {"SRB"}


def test_step_someone_refused_to_take_is_not_coded(code):
    doc = code("Der Abgeordnete Tarik al-Rawi hatte sich geweigert, seinen Posten als Handelsminister in Bagdad "
               "aufzugeben.")
    assert only(doc, "REJECT") and not [e for e in doc.events if e.type == "RETREAT"]


def test_event_in_kosovo_is_coded_for_kosovo(code):
    ev = only(code("In Pristina wurden am Montag zwei Schmuggler festgenommen."), "COERCE")
    assert countries(ev.actor) == {"XKX"}


def test_what_a_speaker_says_another_must_do_is_a_demand_on_them(code):
    ev = only(code("Der Außenminister sagte am Montag in Paris, Syrien müsse die Angriffe sofort einstellen."),
              "REQUEST")
    assert (countries(ev.actor), countries(ev.recipient), ev.modality) == ({"FRA"}, {"SYR"}, "asserted")
    assert "de.ev.muesse" in ev.explanation


def test_what_one_must_do_in_general_is_no_demand(code):
    doc = code("Man müsse jetzt abwarten, sagte der Außenminister am Montag in Paris.")
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_step_someone_says_must_be_taken_has_not_happened(code):
    doc = code("Der Innenminister sagte am Montag in Rom, er müsse zurücktreten.")
    assert only(doc, "RETREAT").modality == "hypothetical"


def test_attack_told_in_a_bei_phrase_is_coded_when_the_toll_names_no_doer(code):
    ev = only(code("Bei einem Anschlag auf eine Polizeiwache in Mossul wurden am Montag vier Beamte getötet."),
              "ASSAULT")
    assert ev.actor[0].sector == "UAF" and "noun:Anschlag" in ev.explanation


def test_those_who_died_in_an_attack_are_not_its_doers(code):
    ev = only(code("Bei einem Anschlag auf einen Markt in Kano starben am Freitag zwölf Menschen."), "ASSAULT")
    assert ev.actor[0].sector == "UAF" and ev.actor[0].text is None


def test_killing_by_a_private_person_is_a_crime_not_an_event(code):
    doc = code("In Ohio erschoss ein Mann am Sonntag zwei Zivilisten.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_condemning_an_attack_whose_doer_is_unknown_targets_no_one(code):
    doc = code("In Kabul explodierte am Montag eine Autobombe. Das französische Außenministerium verurteilte den "
               "Anschlag als feige Tat.")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert (countries(ev.actor), ev.recipient) == ({"FRA"}, [])


def test_treaty_signed_between_two_sides_has_both_as_actors(code):
    ev = only(code("Am Montag ist in Khartum ein Vertrag zwischen den Rebellen und der Regierung "
                   "unterzeichnet worden."), "SUPPORT")
    assert {r.sector for r in ev.actor} == {"GOV", "REB"} and ev.recipient == []


def test_censoring_websites_implies_the_government(code):
    ev = only(code("In Belarus wurden im Mai 40 Nachrichtenseiten zensiert."), "COERCE")
    assert (ev.mode, ev.actor[0].sector, countries(ev.actor)) == ("censor", "GOV", {"BLR"})


def test_closing_a_road_is_not_censorship(code):
    doc = code("In Minsk sperrte die Polizei am Montag die Hauptstraße.")
    assert not [e for e in doc.events if e.mode == "censor"]


def test_a_match_that_is_not_coded_is_kept_with_the_rule_that_dropped_it(code):
    doc = code("In Ohio erschoss ein Mann am Sonntag zwei Zivilisten.")
    assert [(c.type, c.trigger.text, c.reason) for c in doc.dropped] == [("ASSAULT", "erschoss", "drop.not-political")]


def test_a_match_with_no_one_on_either_side_is_dropped_as_such(code):
    doc = code("In Brüssel einigte man sich am Montag über die Verwaltung der Grenzübergänge.")
    assert [c.reason for c in doc.dropped] == ["drop.no-actors"]


def test_clashes_told_in_a_bei_phrase_have_both_sides_as_actors(code):
    ev = only(code("Bei Zusammenstößen zwischen Demonstranten und der Polizei in Kairo wurden am Freitag zwölf "
                   "Menschen verletzt."), "ASSAULT")
    assert {r.sector for r in ev.actor} == {"CVL", "COP"} and ev.recipient == []


def test_an_attack_that_claims_lives_demands_nothing(code):
    doc = code("In Kabul forderte der Angriff der Armee am Montag 20 Tote.")
    assert not [e for e in doc.events if e.type == "REQUEST"] and only(doc, "ASSAULT").actor[0].sector == "MIL"


@pytest.mark.parametrize("text, etype", [
    ("In Paris konnte sich die Regierung gegen die Opposition behaupten.", "ACCUSE"),
    ("In Ankara will die Opposition den Vorsitz des Ausschusses besetzen.", "PROTEST"),
    ("Die Ministerin traf mit ihrer Rede in Berlin den Nerv der Opposition.", "CONSULT"),
    ("In Wien nahm die Regierung die Herausforderung der Opposition an.", "REQUEST"),
], ids=["holding-its-own", "filling-an-office", "striking-a-nerve", "a-challenge"])
def test_other_senses_of_event_verbs_are_no_events(code, text, etype):
    assert not [e for e in code(text).events if e.type == etype]


@pytest.mark.parametrize("text", [
    "Zu dem Bombenanschlag auf die Polizeiwache in Mossul bekannte sich am Dienstag die Terrormiliz IS.",
    "Die Terrormiliz IS hat sich am Dienstag zu dem Bombenanschlag auf die Polizeiwache in Mossul bekannt.",
], ids=["verb-second", "participle"])
def test_who_claims_an_attack_is_its_doer(code, text):
    assert [r.sector for r in only(code(text), "ASSAULT").actor] == ["REB"]


@pytest.mark.parametrize("text, etype, rule", [
    ("Die Regierung in Lima räumte am Montag schwere Fehler beim Polizeieinsatz ein.", "CONCEDE", "de.ev.einraeumen"),
    ("In Rabat erhielten 300 politische Häftlinge eine Begnadigung durch den König.", "CONCEDE",
     "de.ev.n.begnadigung"),
    ("Die Regierung in Oslo setzte sich am Dienstag für den inhaftierten Oppositionsführer Alexej Nawalny ein.",
     "SUPPORT", "de.ev.einsetzen-fuer"),
    ("Der Präsident von Chile beglückwünschte am Sonntag den Wahlsieger Lula da Silva.", "SUPPORT",
     "de.ev.beglueckwuenschen"),
    ("Die Weigerung der Regierung in Belgrad verärgerte die Opposition.", "REJECT", "de.ev.n.weigerung"),
    ("Die Abschiebung des Bloggers Ahmed Mansur aus Dubai sorgte für Aufsehen.", "COERCE", "de.ev.n.abschiebung"),
    ("In Niamey stellte die Präsidentengarde den Präsidenten Mohamed Bazoum unter Hausarrest.", "COERCE",
     "de.ev.hausarrest"),
    ("In Bamako nahmen Rebellen am Freitag drei Soldaten als Geiseln.", "ASSAULT", "de.ev.geisel-nehmen"),
    ("In Bogotá gingen am Samstag Zehntausende Menschen gegen die Regierung auf die Straße.", "PROTEST",
     "de.ev.auf-die-strasse"),
    ("Die Regierung in Kabul richtete am Montag ein Hilfeersuchen an die Vereinten Nationen.", "REQUEST",
     "de.ev.n.bitte"),
    ("Der Innenminister von Peru stellte am Mittwoch in Lima sein Amt zur Verfügung.", "RETREAT",
     "de.ev.amt-zur-verfuegung"),
    ("Japan stellte der Regierung in Ankara zehn Millionen Dollar zur Verfügung.", "AID",
     "de.ev.zur-verfuegung-stellen"),
    ("Katar vermittelte in Doha zwischen der Regierung in Kabul und den Taliban.", "CONSULT", "de.ev.vermitteln"),
    ("Die Opposition in Budapest beschwerte sich am Montag über Ministerpräsident Viktor Orbán.", "ACCUSE",
     "de.ev.beschweren"),
    ("Die Regierung in Warschau nahm am Montag das umstrittene Versammlungsgesetz zurück.", "CONCEDE",
     "de.ev.zuruecknehmen"),
    ("Der Präsident von Brasilien beschimpfte am Freitag den Gouverneur von São Paulo.", "ACCUSE",
     "de.ev.beleidigen"),
    ("In Rom empörte sich die Opposition über Ministerpräsidentin Giorgia Meloni.", "ACCUSE", "de.ev.empoeren"),
    ("Die Regierung in Caracas schränkte am Montag die Versammlungsfreiheit ein.", "COERCE", "de.ev.einschraenken"),
    ("Die Militärjunta in Myanmar unterdrückte die Opposition mit aller Härte.", "COERCE", "de.ev.unterdruecken"),
    ("Die Miliz eroberte am Sonntag die Stadt Goma im Osten Kongos.", "ASSAULT", "de.ev.erobern"),
    ("Die Armee von Niger bekämpft im Süden die Terrormiliz Boko Haram.", "ASSAULT", "de.ev.bekaempfen"),
    ("Der Iran bewaffnet seit Jahren die Hisbollah im Libanon.", "AID", "de.ev.bewaffnen"),
    ("Der Verfassungsschutz beobachtet seit Jahren die NPD in Sachsen.", "ACCUSE", "de.ev.beobachten-geheimdienst"),
    ("Der Tatverdächtige wurde am Montag in Köln einem Haftrichter vorgeführt.", "ACCUSE", "de.ev.vorfuehren"),
    ("Am Dienstag stimmte das Parlament in Lissabon mit großer Mehrheit für das neue Gesetz.", "SUPPORT",
     "de.ev.stimmen-fuer"),
    ("Der Soldat aus Texas kommt in Rom voraussichtlich vor Gericht.", "ACCUSE", "de.ev.vor-gericht-kommen"),
    ("In Mailand hat die Staatsanwaltschaft gegen den Bürgermeister ein Strafverfahren beantragt.",
     "ACCUSE", "de.ev.prozess-beantragen"),
    ("Die Staatsanwaltschaft in Graz ermittelt wegen Amtsmissbrauchs.", "ACCUSE", "de.ev.ermitteln-wegen"),
    ("Die Grünen in Wien schlossen eine Koalition mit der FPÖ aus.", "REJECT", "de.ev.koalition-ausschliessen"),
    ("Der Präsident von Ghana bemühte sich um Vermittlung zwischen Mali und Niger.", "CONSULT",
     "de.ev.n.vermittlung"),
    ("Von Bundeskanzler Olaf Scholz kamen am Abend Glückwünsche an den Wahlsieger Emmanuel Macron.", "SUPPORT",
     "de.ev.glueckwunsch-kommen"),
    ("Kurdische Kämpfer in Syrien kämpfen gegen die Terrormiliz IS.", "ASSAULT", "de.ev.kaempfen-gegen"),
    ("Der Blogger Raif Badawi kam am Freitag in Riad frei.", "RETREAT", "de.ev.freikommen"),
    ("Die Polizei in Rostock leitete am Montag eine Großfahndung nach dem Bankräuber ein.", "ACCUSE",
     "de.ev.n.fahndung"),
    ("Die Behörden in Manila verfolgten seit Monaten eine Spur des Rebellenführers.", "ACCUSE",
     "de.ev.spur-verfolgen"),
    ("Die Regierung in Peking reagierte empört auf den Besuch des Dalai Lama.", "ACCUSE", "de.ev.reagieren-negativ"),
    ("Die Regierung in Ramallah reagierte erfreut auf die Entscheidung der UNO.", "SUPPORT",
     "de.ev.reagieren-positiv"),
    ("In Kairo kam es am Freitag zu Übergriffen der Polizei auf Journalisten.", "ASSAULT", "de.ev.n.uebergriff"),
    ("Die Opposition im Landtag von Hannover hat eine Sondersitzung beantragt.", "REQUEST", "de.ev.beantragen"),
    ("In Ankara sprach Präsident Erdoğan den Angehörigen der Opfer sein Beileid aus.", "SUPPORT", "de.ev.beileid"),
    ("Das Europaparlament in Straßburg hat Alexej Nawalny den Sacharow-Preis verliehen.", "SUPPORT",
     "de.ev.preis-verleihen"),
    ("In Madrid sei man sich mit Marokko über die Grenzkontrollen einig geworden.", "AGREE", "de.ev.einig-werden"),
    ("Der Bundesrat schlug dem Bundestag in Berlin eine Reform des Wahlrechts vor.", "REQUEST", "de.ev.vorschlagen"),
    ("Die Behörden in Tel Aviv wiesen die Bewohner an, die Schutzräume nicht zu verlassen.", "REQUEST",
     "de.ev.anweisen"),
    ("Das Strafverfahren gegen den Bürgermeister von Neapel wurde im Mai eingestellt.", "CONCEDE",
     "de.ev.verfahren-einstellen"),
    ("Mit Befremden reagierte die SPD in Berlin auf den Vorschlag der FDP.", "ACCUSE", "de.ev.reagieren-mit"),
    ("Am Montag zog sich die Ministerin Eva Lind in Stockholm vom Vorsitz ihrer Partei zurück.", "RETREAT",
     "de.ev.amt-zurueckziehen"),
    ("Dem früheren Präsidenten von Peru droht in Lima eine lange Haftstrafe.", "SANCTION", "de.ev.strafe-droht"),
    ("Vor einer Woche begann in Den Haag der Prozess gegen den früheren Milizenführer.", "ACCUSE", "de.ev.n.prozess"),
    ("In Leipzig überwältigte am Montag ein Einsatzkommando den bewaffneten Entführer.", "COERCE",
     "de.ev.ueberwaeltigen"),
    ("Der Fahrgast wurde in Boston wegen Körperverletzung angezeigt.", "ACCUSE", "de.ev.anzeigen"),
    ("Nach drei Verhandlungstagen befand das Gericht in Oslo den Angeklagten für schuldig.", "SANCTION",
     "de.ev.schuldig-sprechen"),
    ("Der Senat in Rom hat den Abgeordneten Marco Rossi zu seinem Präsidenten gewählt.", "SUPPORT",
     "de.ev.waehlen-zu"),
    ("Die Polizei in Dresden bedankte sich bei den Zeugen des Überfalls.", "SUPPORT", "de.ev.bedanken"),
    ("In Berlin sprangen mehrere SPD-Landeschefs ihrem Parteivorsitzenden Lars Klingbeil bei.", "SUPPORT",
     "de.ev.beispringen"),
    ("Amnesty International bewertete in London den Bericht der UNO positiv.", "SUPPORT", "de.ev.positiv-bewerten"),
    ("Der Gouverneur von Illinois wandelte in Chicago die Todesurteile von 15 Häftlingen um.", "CONCEDE",
     "de.ev.umwandeln"),
    ("Die Chefin der Linken, Ines Schwerdtner, äußerte sich in Berlin kritisch gegenüber der Bundesregierung.",
     "ACCUSE", "de.ev.kritisch-aeussern"),
    ("Der Präsident von Frankreich zeigte sich in Paris zufrieden über den Besuch des Kanzlers.", "SUPPORT",
     "de.ev.positiv-aeussern"),
    ("Innerhalb der SPD traf der Vorschlag der FDP in Berlin auf Ablehnung.", "REJECT", "de.ev.auf-ablehnung-treffen"),
    ("Der frühere Bürgermeister sitzt seit Mai in Nürnberg in Untersuchungshaft.", "COERCE", "de.ev.in-haft-sitzen"),
    ("In Teheran ließen die Behörden das Büro des Senders BBC schließen.", "COERCE", "de.ev.schliessen-zwang"),
    ("Die Regierung in Minsk hat den Empfang der Deutschen Welle gestört.", "COERCE", "de.ev.stoeren-sender"),
    ("Der Journalist ist in Ankara seit Freitag wieder auf freiem Fuß.", "RETREAT", "de.ev.auf-freiem-fuss"),
    ("In Dili hatten die Soldaten dem Präsidenten eine Petition geschickt.", "REQUEST", "de.ev.petition"),
    ("Am Samstag zogen in Minsk tausende Demonstranten durch die Innenstadt.", "PROTEST", "de.ev.ziehen-durch"),
    ("In Athen sollen die Beschäftigten der Häfen am Montag die Arbeit niederlegen.", "PROTEST",
     "de.ev.arbeit-niederlegen"),
    ("Die Behörden in Peking hatten den Studenten eine Frist bis Freitag gesetzt.", "REQUEST", "de.ev.frist-setzen"),
    ("Die türkische Küstenwache hat vor Izmir ein Schiff mit Aktivisten geentert.", "COERCE", "de.ev.entern"),
    ("Am Abend hatte die Polizei in Brüssel ebenfalls zugegriffen.", "COERCE", "de.ev.zugreifen"),
    ("Vor Gericht in Hamburg hat der frühere Senator Jan Holm ein Geständnis abgelegt.", "CONCEDE",
     "de.ev.gestaendnis"),
    ("Am Morgen begann die Polizei in Athen mit der Räumung des Zeltlagers.", "COERCE", "de.ev.n.raeumung"),
    ("Die Polizei in Athen hat das besetzte Haus am Montag geräumt.", "COERCE", "de.ev.raeumen-lager"),
    ("Die Opposition in Warschau will gegen das Gesetz vor das Verfassungsgericht ziehen.", "ACCUSE",
     "de.ev.vor-gericht-ziehen"),
    ("In Bischkek hatten Demonstranten die Polizisten mit Steinen beworfen.", "ASSAULT", "de.ev.werfen"),
    ("In Kairo schlugen Polizisten mit Schlagstöcken auf die Studenten ein.", "ASSAULT", "de.ev.einschlagen-auf"),
    ("Die EU-Kommission in Brüssel hat die Regierung von Polen erneut verwarnt.", "ACCUSE", "de.ev.kritisieren"),
    ("Im Gefängnis von Lima kam es am Montag zu einer Revolte der Häftlinge.", "PROTEST", "de.ev.n.aufstand"),
    ("Die Ministerin Eva Nordqvist wies in Stockholm alle Vorwürfe von sich.", "REJECT", "de.ev.von-sich-weisen"),
    ("Die Grünen brachten am Dienstag in Bremen einen Dringlichkeitsantrag in die Bürgerschaft ein.", "REQUEST",
     "de.ev.antrag-einbringen"),
], ids=lambda v: v if isinstance(v, str) and v.startswith("de.ev.") else "")
def test_common_event_vocabulary_is_coded(code, text, etype, rule):
    assert rule in only(code(text), etype).explanation


def test_whom_something_is_refused_stays_the_recipient_in_the_passive(code):
    ev = only(code("In Washington wird den kubanischen Diplomaten die Einreise von den US-Behörden verweigert."),
              "REJECT")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"USA"}, {"CUB"})


def test_withdrawing_a_candidacy_is_a_resignation(code):
    ev = only(code("Nach der Kritik zog Innenministerin Ana Ruiz in Madrid ihre Kandidatur für den Parteivorsitz "
                   "zurück."), "RETREAT")
    assert ev.mode == "resign"


def test_massacre_in_a_bei_phrase_is_coded_beside_its_victims(code):
    ev = only(code("Bei dem Massaker der Armee in Butscha starben Hunderte Zivilisten."), "ASSAULT")
    assert [r.sector for r in ev.actor] == ["MIL"]


def test_signing_a_law_is_no_support(code):
    assert not [e for e in code("In Moskau unterzeichnete Präsident Putin am Freitag das neue Mediengesetz.").events
                if e.type == "SUPPORT"]


def test_event_noun_in_a_phrase_the_verb_governs_is_no_circumstance(code):
    doc = code("Die Regierung in Peking reagierte empört auf den Besuch des Dalai Lama in Berlin.")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_plotted_attack_told_by_others_is_no_threat(code):
    doc = code("Nach Angaben der Polizei in Hamburg soll die Zelle einen Anschlag auf den Hauptbahnhof geplant haben.")
    assert [e.type for e in doc.events if e.type in ("ASSAULT", "THREATEN")] == ["ASSAULT"]


def test_a_vote_count_with_gegen_is_no_vote_against(code):
    doc = code("In Madrid stimmte der Senat mit 150 Ja- gegen 90 Nein-Stimmen für das Abkommen mit Marokko.")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_ceasefire_concluded_is_a_ceasefire(code):
    ev = only(code("Im Jahr 2003 schlossen Pakistan und Indien in Islamabad einen Waffenstillstand."), "RETREAT")
    assert ev.mode == "ceasefire"



def test_troops_meeting_resistance_is_no_refusal(code):
    doc = code("Bei ihrem Vormarsch auf Kandahar trafen die US-Truppen am Montag auf heftigen Widerstand.")
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_suspect_still_at_large_is_not_released(code):
    doc = code("Die Tatverdächtigen des Anschlags in Duisburg sind noch auf freiem Fuß.")
    assert not [e for e in doc.events if e.type == "RETREAT"]


@pytest.mark.parametrize("text, etype", [
    ("In Santiago sind die Studenten am Montag in einen Streik getreten.", "PROTEST"),
    ("Am Sonntag begann die Polizei in Lagos mit Razzien gegen die Schleuser.", "COERCE"),
], ids=["strike-entered", "raids-begun"])
def test_event_noun_in_a_phrase_of_its_onset_is_coded(code, text, etype):
    assert only(code(text), etype)


def test_possessive_genitive_after_an_event_noun_names_its_actor(code):
    ev = only(code("Die Sprecherin des kenianischen Außenministeriums verkündete die Zustimmung "
                   "ihrer Regierung zu dem Abkommen."), "AGREE")
    assert countries(ev.actor) == {"KEN"} and "syn.role.gen" in ev.explanation


def test_speaker_that_names_no_one_is_no_source(code):
    # the quote finder takes the subject of a stative passive for a speaker
    doc = code("In Lima gingen am Freitag Tausende gegen die Regierung auf die Straße. Neue Kundgebungen sind "
               "schon für Mittwoch angekündigt. Danach soll ein Protestmarsch vor den Kongress ziehen.")
    assert doc.events and not any(e.reported_by and "Kundgebungen" in e.reported_by.text for e in doc.events)


def test_news_agency_in_a_speaker_phrase_is_a_source(code):
    ev = only(code("Nach Angaben des staatlichen Fernsehens wurden in Khartum zwölf Oppositionelle festgenommen."),
              "COERCE")
    assert ev.reported_by is not None


def test_sollen_with_an_infinitive_announces_a_plan(code):
    ev = only(code("Am Montag soll in Berlin eine Demonstration der Gewerkschaften stattfinden."), "PROTEST")
    assert ev.modality == "future"


def test_sollen_with_a_perfect_infinitive_reports_hearsay(code):
    ev = only(code("Die Rebellen sollen das Dorf in Syrien angegriffen haben."), "ASSAULT")
    assert ev.modality == "asserted"


def test_von_phrase_after_an_object_names_whose_it_is(code):
    ev = only(code("Der Minister tadelte in Berlin die Rede von Javier Solana vor dem Parlament."), "ACCUSE")
    assert countries(ev.recipient) == {"EUR"}


def test_impersonal_subject_of_reported_speech_is_the_speaker(code):
    ev = only(code("Der afghanische Innenminister teilte am Montag mit, man werde auf den Einsatz "
                   "schwerer Artillerie verzichten."), "CONCEDE")
    assert countries(ev.actor) == {"AFG"} and "syn.role.subj.impersonal-speaker" in ev.explanation


def test_impersonal_subject_outside_reported_speech_names_no_one(code):
    assert code("In Kabul einigte man sich über die Verwaltung der Grenzübergänge.").events == []


def test_name_of_another_state_after_an_organisation_noun_is_the_object(code):
    ev = only(code("Am Dienstag kritisierte die Bundesregierung Russland für den Angriff."), "ACCUSE")
    assert (countries(ev.actor), countries(ev.recipient)) == ({"DEU"}, {"RUS"})


def test_unnamed_arrested_person_has_the_nationality_the_article_names_its_people_by(code):
    doc = code("Ein Schwede hat in einem Hamburger Hotel einen Brand gelegt. Der Schwede war betrunken. "
               "Am Freitag wurde in Hamburg ein Verdächtiger von der Polizei festgenommen.")
    ev = only(doc, "COERCE")
    assert countries(ev.recipient) == {"SWE"} and "ev.implied-recipient.nationality" in ev.explanation


def test_people_of_many_nationalities_give_no_nationality_to_an_unnamed_target(code):
    doc = code("Ein Schwede, ein Däne und ein Norweger stritten in einem Hamburger Hotel. "
               "Am Freitag wurde in Hamburg ein Mann von der Polizei festgenommen.")
    assert countries(only(doc, "COERCE").recipient) == {"DEU"}


def test_clash_with_the_police_has_the_police_as_one_side(code):
    ev = only(code("In Lagos kam es am Montag zu Zusammenstößen mit der Polizei."), "ASSAULT")
    assert (ev.actor[0].sector, countries(ev.actor), countries(ev.recipient)) == ("COP", {"NGA"}, {"NGA"})


def test_driving_people_away_is_not_read_as_the_noun_for_sales(code):
    ev = only(code("In Bischkek haben Soldaten am Montag die Demonstranten vertrieben."), "COERCE")
    assert ev.mode == "deport"


def test_police_clearing_a_blockade_is_coercion(code):
    ev = only(code("Am Dienstag räumte die Polizei in Santiago eine Blockade der Studenten."), "COERCE")
    assert ev.actor[0].sector == "COP"


def test_weekday_of_a_plan_named_on_that_day_is_today(code):
    ev = only(code("Am Sonntag wollen die Gewerkschaften in Berlin gegen die Reform demonstrieren."), "PROTEST")
    assert (ev.modality, ev.date) == ("future", "2023-09-17")


def test_date_of_a_when_clause_dates_the_clause_it_hangs_on(code):
    ev = only(code("Ein Reporter wurde in Lagos von Soldaten erschossen, als er am 3. Mai 2023 einen Protest filmte."),
              "ASSAULT")
    assert ev.date == "2023-05-03"


def test_sending_troops_is_a_mobilisation(code):
    ev = only(code("Die Regierung in Kabul schickte am Montag 2000 Soldaten nach Helmand."), "MOBILIZE")
    assert (countries(ev.actor), ev.mode) == ({"AFG"}, "troops")


def test_announced_resignation_letter_is_a_concession_not_a_request(code):
    doc = code("Der Präsident Perus kündigte am Montag an, sein Rücktrittsgesuch dem Kongress vorzulegen.")
    assert only(doc, "CONCEDE") and not [e for e in doc.events if e.type == "REQUEST"]


def test_what_followed_an_old_event_has_its_date(code):
    doc = code("Am 3. Mai 1998 griffen Rebellen in Freetown eine Kaserne an. Daraufhin wurden zwölf Rebellen von "
               "Soldaten in Freetown erschossen.")
    ev = next(e for e in doc.events if "de.ev.toeten" in e.explanation)
    assert (ev.date, "date.sequel" in ev.explanation) == ("1998-05-03", True)
