import pytest

from iltis.analysis import get_analyzer
from iltis.events.syntax import analyse_clauses


def clauses_of(text):
    sent = get_analyzer("de").analyse(text)[0]
    words = lambda p: " ".join(t.text for t in sent.tokens[p.start:p.end]) if p else None
    return [(c, words) for c in analyse_clauses(sent)]


def test_subject_before_the_finite_verb():
    [(c, w)] = clauses_of("Die Regierung kritisierte den Beschluss.")
    assert (w(c.subject), [w(o) for o in c.objects]) == ("Die Regierung", ["den Beschluss"])


def test_subject_after_the_verb_when_an_adverbial_comes_first():
    [(c, w)] = clauses_of("Am Montag besuchte sie den ukrainischen Regierungschef.")
    assert (w(c.subject), w(c.objects[0])) == ("sie", "den ukrainischen Regierungschef")


def test_coordinated_clause_after_a_subordinate_one_continues_the_main_clause():
    *_, (last, w) = clauses_of("Der Soldat ging davon aus, dass die Software im Irak eingesetzt werde, "
                               "und weigerte sich, Befehle auszuführen.")
    assert w(last.subject) == "Der Soldat"


def test_relative_pronoun_stands_for_the_phrase_before_it():
    (_, _), (rel, w) = clauses_of("Er lobte die Armee, die die Stadt verteidigt hatte.")
    assert w(rel.subject) == "die Armee"


def test_coordinated_clause_takes_the_first_subject():
    (_, _), (second, w) = clauses_of("Die Demonstranten zogen vor das Parlament und forderten Neuwahlen.")
    assert w(second.subject) == "Die Demonstranten" and second.subject_rule == "syn.subj.inherited"


def test_werden_with_participle_is_passive():
    [(c, _)] = clauses_of("Der Oppositionsführer wurde gestern verhaftet.")
    assert c.passive and not c.future


def test_finite_werden_with_infinitive_is_future():
    [(c, _)] = clauses_of("Der Minister wird morgen nach Rom reisen.")
    assert c.future and not c.passive


def test_co_actor_is_marked():
    [(c, w)] = clauses_of("Ungarn hat sich gemeinsam mit der Slowakei gegen strengere Auflagen ausgesprochen.")
    assert [w(p) for p in c.phrases if p.co_actor] == ["mit der Slowakei"]


@pytest.mark.parametrize("text", ["", "Und.", "– –", "„“"])
def test_degenerate_sentences_do_not_break_the_analysis(text):
    for sent in get_analyzer("de").analyse(text):
        analyse_clauses(sent)


def test_coordinated_phrases_with_determiners_are_one_subject():
    [(c, w)] = clauses_of("Die Afrikanische Union und die Arabische Liga begrüßen den Vorschlag.")
    assert w(c.subject) == "Die Afrikanische Union und die Arabische Liga"


def test_genitive_looking_attribute_is_recorded():
    [(c, _)] = clauses_of("Der Gouverneur der Region Primorje bot Kim Geschenke an.")
    assert c.subject.attachments == [2]


def test_abbreviation_in_brackets_belongs_to_the_subject_before_it():
    [(c, w)] = clauses_of("Die Gruppe der Acht (G8) schloss Russland aus.")
    assert w(c.subject) == "Die Gruppe der Acht ( G8"


def test_date_phrase_does_not_swallow_the_name_after_it():
    [(c, w)] = clauses_of("Die G8 schloss am 24. März Russland aus ihrer Gruppe aus.")
    assert "Russland" in [w(o) for o in c.objects]


def test_apposition_after_the_subject_is_no_object():
    [(c, w)] = clauses_of("Zuletzt hatte der Vorsitzende des Gerichts, Theodor Meron, einen Antrag zurückgewiesen.")
    assert [w(o) for o in c.objects] == ["einen Antrag"]


def test_fronted_dative_is_an_object():
    [(c, w)] = clauses_of("Ihm wird von der Opposition Korruption vorgeworfen.")
    assert "Ihm" in [w(o) for o in c.objects]


def test_weekday_takes_no_noun_after_it():
    [(c, w)] = clauses_of("In Kabul haben am Montag Unbekannte einen Posten angegriffen.")
    assert w(c.subject) == "Unbekannte"


def test_verb_final_clause_after_und_shares_the_subject_before_it():
    *_, (last, w) = clauses_of("Er sagte, dass die Armee das Feuer eröffnete und drei Angreifer erschossen hat.")
    assert (w(last.subject), [w(o) for o in last.objects]) == ("die Armee", ["drei Angreifer"])


def test_sowohl_als_auch_joins_the_subject():
    [(c, w)] = clauses_of("Sowohl die Regierung als auch die Armee kündigten Untersuchungen an.")
    assert w(c.subject) == "die Regierung als auch die Armee"


def test_verb_first_clause_with_aber_after_a_comma_keeps_the_subject():
    _, (c, w) = clauses_of("Die Gewerkschaften begrüßten den Plan, lehnen aber die Kürzungen ab.")
    assert w(c.subject) == "Die Gewerkschaften"


def test_der_phrase_after_a_name_is_no_genitive_attribute():
    [(c, w)] = clauses_of("Am Mittwoch bot Ministerpräsident Jan Novak der Opposition seinen Rücktritt an.")
    assert (w(c.subject), [w(o) for o in c.objects]) == ("Ministerpräsident Jan Novak",
                                                          ["der Opposition", "seinen Rücktritt"])


def test_name_after_a_relative_pronoun_is_its_object():
    *_, (rel, w) = clauses_of("Er sagte, dass es Frankreich war, die Tschechien unterstützte.")
    assert rel.subordinate and w(rel.subject) == "Frankreich" and [w(o) for o in rel.objects] == ["Tschechien"]


def test_relative_clause_ends_with_its_verb_before_a_dash():
    *_, (rel, w) = clauses_of("Er sagte, dass es Frankreich war, die Tschechien unterstützte – und dies vor Jahren.")
    assert rel.subordinate and w(rel.subject) == "Frankreich"


def test_subordinate_clause_goes_on_past_a_comma_in_a_list():
    _, (sub, w) = clauses_of("Er hofft, dass die EU, die Vereinigten Staaten und andere Staaten den Staat anerkennen.")
    assert sub.subordinate and w(sub.subject).startswith("die EU")


def test_verbless_start_of_a_clause_does_not_swallow_a_relative_clause():
    clauses = clauses_of("Er wurde verhaftet, als er sich im Zug zum Gefängnis, in dem Gegner inhaftiert sind, befand.")
    assert any(c.subordinate and w(c.subject) == "Gegner" for c, w in clauses)


def test_prepositional_prefield_leaves_the_subject_after_the_verb():
    [(c, w)] = clauses_of("Nach dem Beschuss der Kaserne in Aleppo, Syrien, flohen am Abend viele Familien.")
    assert w(c.subject) == "viele Familien"


def test_local_time_is_never_a_subject():
    [(c, w)] = clauses_of("Gegen 14 Uhr Ortszeit eröffnete die Polizei das Feuer.")
    assert w(c.subject) == "die Polizei"


def test_title_and_name_after_a_place_name_are_a_phrase_of_their_own():
    [(c, w)] = clauses_of("Der Präsident lobte am Montag in Madrid Ministerpräsident Pedro Sánchez.")
    assert [w(p) for p in c.phrases if p.prep is None] == ["Der Präsident", "Ministerpräsident Pedro Sánchez"]


def test_main_clause_resumes_after_a_relative_clause_with_its_fronted_subject():
    *_, (c, w) = clauses_of("Die Ministerin, die seit 2019 im Amt ist, empfing am Dienstag den Botschafter.")
    assert (w(c.subject), [w(o) for o in c.objects]) == ("Die Ministerin", ["den Botschafter"])


def test_quoted_name_stays_inside_its_prepositional_phrase():
    [(c, w)] = clauses_of("Gegen den „Verein freier Bürger“ ermittelt seit Mai die Staatsanwaltschaft.")
    assert (w(c.phrases[0]), w(c.subject)) == ("Gegen den „ Verein", "die Staatsanwaltschaft")


def test_apposition_before_the_verb_belongs_to_the_subject():
    [(c, w)] = clauses_of("Ewald Nowotny, Ratsmitglied der Notenbank, forderte eine rasche Entscheidung.")
    assert w(c.subject) == "Ewald Nowotny , Ratsmitglied der Notenbank"


def test_main_clause_resumes_after_a_relative_clause_opened_by_a_preposition():
    *_, (c, w) = clauses_of("Die Partei, auf deren Liste er stand, kritisierte am Montag die Regierung.")
    assert w(c.subject) == "Die Partei"


def test_apposition_of_a_fronted_dative_is_no_subject():
    [(c, w)] = clauses_of("Dem größten Stahlkonzern Polens, Huta, fehlen seit Monaten die Aufträge.")
    assert w(c.subject) == "die Aufträge"


def test_participle_in_second_place_is_the_finite_verb():
    [(c, w)] = clauses_of("Gestern vertrieben Soldaten die Bauern aus dem Dorf.")
    assert (c.finite, w(c.subject), [w(o) for o in c.objects]) == (1, "Soldaten", ["die Bauern"])


def test_headline_participle_is_passive():
    [(c, _)] = clauses_of("Zwei Journalisten in Bagdad entführt.")
    assert c.passive and c.finite is None


def test_verb_final_clause_after_und_continues_the_subordinate_clause_before_it():
    clauses = clauses_of("Die Fans blieben im Stadion, worauf die Polizei anrückte und mehrere Männer festnahm.")
    c, w = clauses[-1]
    assert (w(c.subject), [w(o) for o in c.objects]) == ("die Polizei", ["mehrere Männer"])
