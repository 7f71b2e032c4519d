from iltis.analysis import get_analyzer
from iltis.events.modality import decide_modality


def tokens(text):
    return get_analyzer("de").analyse(text)[0].tokens


def test_kein_negates():
    assert decide_modality(tokens("es sei bislang kein Vertrag unterschrieben worden"), [], False, False, None, 2023)[0] == "negated"


def test_nicht_nur_does_not_negate():
    assert decide_modality(tokens("er kritisierte nicht nur die Regierung"), [], False, False, None, 2023)[0] == "asserted"


def test_fear_in_the_governing_clause_makes_it_hypothetical():
    modality, cue = decide_modality(tokens("dass Moskau Munition kauft"), tokens("Es wird angenommen"),
                                    False, False, None, 2023)
    assert (modality, cue) == ("hypothetical", "de.mod.hyp.fear")


def test_werden_future_is_future():
    assert decide_modality(tokens("sie werden protestieren"), [], True, False, None, 2023)[0] == "future"


def test_event_dated_years_before_the_article_is_historical():
    assert decide_modality(tokens("die Sowjetunion erkannte es an"), [], False, False, 1948, 2023)[0] == "historical"


def test_what_someone_can_do_is_hypothetical():
    assert decide_modality(tokens("die Behörden können Verdächtige inhaftieren"), [], False, False, None,
                           2023) == ("hypothetical", "de.mod.hyp.ability")


def test_what_someone_could_do_in_the_past_is_asserted():
    assert decide_modality(tokens("die Gefangenen konnten fliehen"), [], False, False, None, 2023)[0] == "asserted"


def test_a_condition_is_hypothetical():
    assert decide_modality(tokens("falls die Regierung Sanktionen verhängt"), [], False, False, None,
                           2023) == ("hypothetical", "de.mod.hyp.condition")


def test_nicht_before_an_adjective_does_not_negate_the_event():
    assert decide_modality(tokens("Nicht erklärte Streiks legten den Flugverkehr lahm"), [], False, False, None,
                           2023)[0] == "asserted"


def test_a_past_intention_is_not_a_plan():
    assert decide_modality(tokens("Etwa 200 Menschen wollten in Kairo demonstrieren"), [], False, False, None,
                           2023)[0] == "asserted"


def test_wuerden_in_reported_speech_is_the_future():
    assert decide_modality(tokens("die Taliban würden weitere Gefängnisse stürmen"), [], False, False, None, 2023,
                           frame_tokens=tokens("Ein Sprecher kündigte an")) == ("future", "de.mod.fut.reported")


def test_a_separable_announcing_verb_is_a_plan_cue():
    assert decide_modality(tokens("militärisch vorzugehen"), tokens("Karsai kündigte heute an"), False, False, None,
                           2023)[0] == "future"


def test_a_capacity_makes_what_hangs_on_it_hypothetical_but_not_its_own_clause():
    assert decide_modality(tokens("Netzwerke anzugreifen"), tokens("es geht um die Fähigkeit"), False, False, None,
                           2023) == ("hypothetical", "de.mod.hyp.capacity")
    assert decide_modality(tokens("Die Richterin wies die Möglichkeit zurück"), [], False, False, None,
                           2023)[0] == "asserted"


def test_sentence_opened_by_a_subjunctive_auxiliary_is_a_condition():
    modality, cue = decide_modality(tokens("Hätte der Richter den Mann verhaften lassen"), [], False, False, None, 2023)
    assert (modality, cue) == ("hypothetical", "de.mod.hyp.condition")


def test_reported_past_with_hätten_stays_asserted():
    assert decide_modality(tokens("die Soldaten hätten Zivilisten getötet"), tokens("Er sagte"),
                           False, False, None, 2023)[0] == "asserted"


def test_year_in_a_comparison_dates_something_else():
    from iltis.events.modality import dates_something_else

    toks = tokens("Australien stellt , wie schon 1999 bei dem Abzug , die Truppe")
    assert dates_something_else(toks, next(i for i, t in enumerate(toks) if t.text == "1999"))


def test_plan_named_as_an_argument_does_not_make_the_event_future():
    assert decide_modality(tokens("Scharfe Kritik an dem Plan kam von den Grünen"), [], False, False, None,
                           2023)[0] == "asserted"


def test_plan_in_the_governing_clause_still_plans_the_infinitive():
    modality, _ = decide_modality(tokens("Truppen in die Region zu verlegen"), tokens("Die Regierung hat den Plan"),
                                  False, False, None, 2023)
    assert modality == "future"


def test_nicht_before_a_graded_adjective_does_not_negate_the_event():
    mod, _ = decide_modality(tokens("Das Auto wurde aus nicht ganz geklärten Gründen beschossen"), [], False, False,
                             None, None)
    assert mod == "asserted"


def test_negation_in_brackets_is_an_aside():
    mod, _ = decide_modality(tokens("Die Marine hat ein Boot mit zwölf Reportern (keine Briten) gestoppt"), [], False,
                             False, None, None)
    assert mod == "asserted"


def test_nicht_x_sondern_y_states_the_event():
    mod, _ = decide_modality(tokens("Die Armee ging nicht gegen die Bauern vor, sondern gegen die Miliz"), [], False,
                             False, None, None)
    assert mod == "asserted"
