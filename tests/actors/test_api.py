from iltis.actors import actors_in


def test_pronoun_span_gives_the_antecedent(analysed):
    doc = analysed("Kim Jong Un besichtigte eine Werft. Am Dienstag empfing er den chinesischen Außenminister.")
    start = doc.text.index(" er ") + 1
    [ref] = actors_in(doc, start, start + 2)
    assert (ref.name, ref.country, ref.sector) == ("Kim Jong Un", "PRK", "GOV")


def test_text_is_the_fullest_mention_in_the_sentence(analysed):
    doc = analysed("Präsident Wladimir Putin sagte, Putin sei zufrieden.")
    start = doc.text.index("Putin sei")
    [ref] = actors_in(doc, start, start + 5)
    assert ref.text == "Präsident Wladimir Putin"


def test_span_with_two_actors_gives_both(analysed):
    doc = analysed("Frankreich hat sich gemeinsam mit Spanien gegen höhere Agrarzölle ausgesprochen.")
    refs = actors_in(doc, 0, doc.text.index("gegen"))
    assert [r.country for r in refs] == ["FRA", "ESP"]


def test_a_compound_belongs_to_the_actor_its_first_part_names():
    from iltis.actors import compound_owner

    assert compound_owner("US-Luftangriff").country == "USA"
    assert compound_owner("Polizei-Einsatz") is None


def test_two_unnamed_groups_of_one_country_and_sector_stay_two(analysed):
    doc = analysed("Zwischen Uiguren und Han-Chinesen kam es in Urumqi zu Streit.")
    start = doc.text.index("Uiguren")
    refs = actors_in(doc, start, doc.text.index(" kam"))
    assert [r.text for r in refs] == ["Uiguren", "Han-Chinesen"]


def test_an_unnamed_group_keeps_its_own_words_beside_another(analysed):
    doc = analysed("Demonstranten warfen Steine, und zwölf Menschen wurden in Kairo verletzt.")
    start = doc.text.index("Demonstranten")
    assert [r.text for r in actors_in(doc, start, start + len("Demonstranten"))] == ["Demonstranten"]
