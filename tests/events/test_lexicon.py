import pytest

from iltis.events.lexicon import EVENT_TYPES, _predicate, load_lexicon


def test_german_lexicon_loads_with_unique_ids():
    lex = load_lexicon("de")
    assert lex.size > 100 and "treffen" in lex.verbs


def test_every_predicate_has_a_plover_type():
    lex = load_lexicon("de")
    preds = [p for ps in lex.verbs.values() for p in ps] + list(lex.nouns + lex.light)
    assert {p.type for p in preds} <= EVENT_TYPES


def test_compound_nouns_match_by_their_ending():
    lex = load_lexicon("de")
    [anschlag] = [p for p in lex.nouns if p.id == "de.ev.n.anschlag"]
    assert lex.noun_match(anschlag, "Selbstmordanschlag") and not lex.noun_match(anschlag, "Anschlagsziel")


@pytest.mark.parametrize("lemma", ["Gewerkschaft", "Volkswirtschaft", "Datenübermittlung", "Anforderung",
                                   "Friedensprozess", "Wahlkampf"])
def test_noun_that_only_ends_like_an_event_noun_matches_no_entry(lemma):
    nouns, light = load_lexicon("de").for_noun(lemma)
    assert not nouns and not light


def test_true_compounds_of_blocked_endings_still_match():
    lex = load_lexicon("de")
    assert "de.ev.n.prozess" in [p.id for p in lex.for_noun("Terrorprozess")[0]]
    assert "de.ev.in-haft-sitzen" in [p.id for p in lex.for_noun("Abschiebehaft")[1]]


def test_unknown_type_is_refused():
    with pytest.raises(ValueError, match="unknown event type"):
        _predicate({"id": "x", "kind": "verb", "lemmas": ["a"], "type": "PARTY"})


def test_unknown_role_is_refused():
    with pytest.raises(ValueError, match="unknown role"):
        _predicate({"id": "x", "kind": "verb", "lemmas": ["a"], "type": "AID", "actor": ["nominative"]})


def test_modal_forms_are_indexed_apart_from_verbs():
    lex = load_lexicon("de")
    assert [p.id for p in lex.modals["müsse"]] == ["de.ev.muesse"] and "müsse" not in lex.verbs


def test_needs_recipient_is_read_from_the_entry():
    p = _predicate({"id": "x", "kind": "verb", "lemmas": ["a"], "type": "ACCUSE", "needs_recipient": True})
    assert p.needs_recipient


def test_noun_in_the_old_spelling_matches_its_entry():
    lex = load_lexicon("de")
    assert [p.id for p in lex.for_noun("Prozeß")[0]] == [p.id for p in lex.for_noun("Prozess")[0]] != []


@pytest.mark.parametrize("lemma", ["Bombenanschlag", "Hackerangriff", "Prozeß", "Gewerkschaft", "Kundgebung",
                                   "Haft", "Tisch", "Flüchtlingsabkommen"])
def test_noun_lookup_by_endings_finds_what_testing_every_entry_finds(lemma):
    lex = load_lexicon("de")
    scan = (tuple(p for p in lex.nouns if lex.noun_match(p, lemma)),
            tuple(p for p in lex.light if lex.noun_match(p, lemma)))
    assert lex.for_noun(lemma) == scan
