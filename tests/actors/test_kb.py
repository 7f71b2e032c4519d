from iltis.actors.kb import KB, Term, genitive, load_kb


def test_state_names_come_from_cldr_by_code():
    kb = load_kb("de")
    assert kb.entries[kb.names["Frankreich"][0]].country == "FRA"


def test_genitive_of_a_state_name_is_derived():
    kb = load_kb("de")
    assert kb.names["Russlands"] == ["state.RUS"]


def test_no_genitive_after_a_sibilant():
    assert genitive("Belarus") is None


def test_curated_short_form_names_the_state():
    kb = load_kb("de")
    assert kb.entries[kb.names["DVRK"][0]].country == "PRK"


def test_seat_of_government_is_that_states_government():
    kb = load_kb("de")
    entry = kb.entries[kb.names["Kreml"][0]]
    assert (entry.country, entry.sector, entry.kind) == ("RUS", "GOV", "seat")


def test_dependent_territories_are_not_states():
    assert "Jersey" not in load_kb("de").names


def test_office_holder_is_picked_by_date():
    kb = load_kb("de")
    assert [e.name for e in kb.holders("USA", ("president",), "2006-05-01")] == ["George W. Bush"]


def test_year_of_change_gives_both_holders():
    kb = load_kb("de")
    assert {e.name for e in kb.holders("DEU", ("hog",), "2005")} == {"Gerhard Schröder", "Angela Merkel"}


def test_term_with_exact_dates_ends_on_its_day():
    term = Term("p", "DEU", "hog", "1998-10-27", "2005-11-22")
    assert term.covers("2005-11-01") and not term.covers("2005-12-01")


def test_role_noun_is_found_as_head_of_a_compound():
    role, prefix = load_kb("de").role_for("Bereitschaftspolizisten")
    assert (role.sector, prefix) == ("COP", "bereitschafts")


def test_word_ending_like_a_role_is_no_role():
    assert load_kb("de").role_for("Bericht") is None


def test_party_named_in_a_compound_by_its_german_short_name():
    entry, rest = load_kb("de").known_prefix("Grünen-Politikerin")
    assert (entry.kb_id, rest) == ("party.de.greens", "Politikerin")


def _kb_with_terms(*terms: Term) -> KB:
    """A KB of these terms alone, with the office table of the real one."""
    real = load_kb("de")
    kb = KB(office_sectors=real.office_sectors, office_rank=real.office_rank)
    for t in terms:
        kb.terms_of.setdefault(t.person, []).append(t)
    return kb


def test_sector_of_a_person_follows_the_office_held_at_the_date():
    kb = _kb_with_terms(Term("p.test", "DEU", "party_leader", "2001", "2004"),
                        Term("p.test", "DEU", "minister", "2005", "2009"))
    assert (kb.sector_at("p.test", "2003-05-01"), kb.sector_at("p.test", "2006-05-01")) == ("PTY", "GOV")


def test_executive_office_outranks_a_party_office_held_at_once():
    kb = _kb_with_terms(Term("p.test", "DEU", "party_leader", "2000", "2018"),
                        Term("p.test", "DEU", "hog", "2005", "2021"))
    assert kb.sector_at("p.test", "2010-01-01") == "GOV"


def test_no_sector_out_of_office():
    kb = _kb_with_terms(Term("p.test", "DEU", "minister", "2005", "2009"))
    assert kb.sector_at("p.test", "2015-01-01") is None


def test_every_office_of_the_tables_has_a_sector():
    kb = load_kb("de")
    assert {t.office for t in kb.terms} <= set(kb.office_sectors)
