import pytest

from iltis.analysis import analyzer_names, get_analyzer
from iltis.analysis.german import paragraphs

TEXT = ("Polen und Deutschland vereinbaren Zusammenarbeit\n\n"
        "Der polnische Ministerpräsident traf am Dienstag in Berlin ein. Er führte Gespräche "
        "mit dem Bundeskanzler.")


@pytest.fixture(scope="module")
def sentences():
    return get_analyzer("de").analyse(TEXT)


def test_headline_without_full_stop_is_its_own_sentence(sentences):
    assert sentences[0].text == "Polen und Deutschland vereinbaren Zusammenarbeit"


def test_sentences_are_split_at_full_stops(sentences):
    assert [s.text for s in sentences[1:]] == [
        "Der polnische Ministerpräsident traf am Dienstag in Berlin ein.",
        "Er führte Gespräche mit dem Bundeskanzler."]


def test_token_offsets_slice_back_to_their_text(sentences):
    for sent in sentences:
        assert TEXT[sent.start:sent.end] == sent.text
        for tok in sent.tokens:
            assert TEXT[tok.start:tok.end] == tok.text


def test_tokens_carry_stts_tags_and_lemmas(sentences):
    traf = next(t for t in sentences[1].tokens if t.text == "traf")
    assert (traf.pos, traf.lemma) == ("VVFIN", "treffen")
    berlin = next(t for t in sentences[1].tokens if t.text == "Berlin")
    assert berlin.pos == "NE"


def test_quotation_marks_do_not_disturb_the_tags_around_them():
    [sent] = get_analyzer("de").analyse("Er sicherte dabei Scholz seine „volle Unterstützung“ zu.")
    tags = {t.text: t.pos for t in sent.tokens}
    assert (tags["zu"], tags["„"], tags["“"]) == ("PTKVZ", "XY", "XY")


def test_last_verb_of_a_subordinate_clause_without_finite_verb_becomes_finite():
    [sent] = get_analyzer("de").analyse("Sie hofft, dass mehrere Staaten Ärzte zur Verfügung stellen.")
    stellen = next(t for t in sent.tokens if t.text == "stellen")
    assert (stellen.pos, stellen.lemma) == ("VVFIN", "stellen")


def test_number_before_a_closing_bracket_is_no_smiley():
    [sent] = get_analyzer("de").analyse("Die Gruppe der Acht (G8) tagte.")
    assert [(t.text, t.pos) for t in sent.tokens[4:7]] == [("(", "$("), ("G8", "NE"), (")", "$(")]


def test_während_before_a_verb_second_clause_is_a_preposition():
    [sent] = get_analyzer("de").analyse("Während des Besuchs von Obama wurden 50 Demonstranten festgenommen.")
    assert sent.tokens[0].pos == "APPR"


def test_während_opening_a_verb_final_clause_stays_a_conjunction():
    sent = get_analyzer("de").analyse("Während die Polizei wartete, protestierten sie.")[0]
    assert sent.tokens[0].pos == "KOUS"


def test_participle_after_a_finite_auxiliary_is_no_second_finite_verb():
    [sent] = get_analyzer("de").analyse("Einerseits wird der von der Behörde geforderte zusätzliche Aufwand "
                                        "bemängelt, außerdem die schwache Aufsicht.")
    assert next(t for t in sent.tokens if t.text == "bemängelt").pos == "VVPP"


def test_one_line_per_paragraph_text_breaks_at_every_line():
    text = "Schlagzeile ohne Punkt\n" + "Ein langer Absatz, der länger ist als eine umbrochene Zeile " * 3
    assert [p for _, p in paragraphs(text)][0] == "Schlagzeile ohne Punkt"


def test_hard_wrapped_text_is_not_broken_at_line_ends():
    text = "Titel\n\nDer Minister sagte am\nMontag in Berlin, er komme."
    assert [p for _, p in paragraphs(text)] == ["Titel", "Der Minister sagte am\nMontag in Berlin, er komme."]


def test_fast_analyser_gives_lemmas_without_hanta():
    sents = get_analyzer("de", "de-fast").analyse("Die Minister trafen sich.")
    assert [t.lemma for t in sents[0].tokens][:3] == ["der", "Minister", "treffen"]


def test_both_german_analysers_are_registered():
    assert {"de-hanta", "de-fast"} <= set(analyzer_names())


def test_unknown_language_has_no_analyser():
    with pytest.raises(LookupError):
        get_analyzer("xx-unknown")


def test_repeated_sentences_are_tagged_once():
    analyzer = get_analyzer("de", "de-hanta")
    first = analyzer.analyse("Anzeige: Der Minister sprach.")[0].tokens
    again = analyzer.analyse("Anzeige: Der Minister sprach.")[0].tokens
    assert [t.pos for t in first] == [t.pos for t in again]
    assert analyzer.tag(tuple(t.text for t in first)) is analyzer.tag(tuple(t.text for t in again))


def test_memoised_tagging_equals_plain_hanta():
    from HanTa import HanoverTagger

    words = ["Die", "Minister", "trafen", "sich", "am", "Montag", "in", "Wien", "und", "trafen",
             "Entscheidungen", "."]
    plain = [(lemma, pos.replace("(", "").replace(")", "")) for _w, lemma, pos in
             HanoverTagger.HanoverTagger("morphmodel_ger.pgz").tag_sent(words, taglevel=1)]
    analyzer = get_analyzer("de", "de-hanta")
    analyzer.tag(tuple(words[:5]))  # warm the word caches with part of the sentence
    assert analyzer.tag(tuple(words)) == plain


@pytest.mark.parametrize("text", [
    "Toll 😀👍🏽 und ❤️ so! :-) Das 🇩🇪 Team 👨‍👩‍👧 gewann.",
    "Kein Emoji hier, nur Text™ © und ★.",
    "Der Kanzler sagte: „Wir stehen fest an der Seite der Ukraine.“",
])
def test_emoji_shortcut_tokenizes_like_plain_somajo(text):
    from somajo import SoMaJo

    from iltis.analysis.german import SomajoTokenizer

    plain = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
    expected = [[t.character_offset for t in s] for s in plain.tokenize_text([text])]
    assert list(SomajoTokenizer("de_CMC").sentences(text)) == expected


def test_country_name_before_a_full_stop_ends_the_sentence():
    sents = get_analyzer("de").analyse("Die EU verhängte Sanktionen gegen Iran. Die USA schlossen sich an.")
    assert [s.text for s in sents] == ["Die EU verhängte Sanktionen gegen Iran.", "Die USA schlossen sich an."]
    assert [t.text for t in sents[0].tokens][-2:] == ["Iran", "."]


def test_lower_case_abbreviation_stays_one_token():
    sents = get_analyzer("de").analyse("Das Wort ist arab. Ursprungs.")
    assert "arab." in [t.text for t in sents[0].tokens]


def _tags(text: str) -> dict[str, tuple[str, str]]:
    from iltis.analysis import get_analyzer

    return {t.text: (t.pos, t.lemma) for t in get_analyzer("de").analyse(text)[0].tokens}


def test_a_past_tense_read_as_adjective_after_the_prefield_is_the_finite_verb():
    assert _tags("Am Dienstag verprügelten Polizisten einen Demonstranten.")["verprügelten"] == ("VVFIN", "verprügeln")


def test_a_past_tense_read_as_adjective_after_und_is_the_finite_verb():
    tags = _tags("Washington setzte ihn auf eine Liste und verhängte Sanktionen gegen seine Firma.")
    assert tags["verhängte"] == ("VVFIN", "verhängen")


def test_a_participle_after_an_article_stays_an_adjective():
    assert _tags("Die verhängten Sanktionen gelten weiter.")["verhängten"][0] == "ADJA"


def test_the_end_of_an_extended_attribute_stays_an_adjective():
    assert _tags("Indien hat einen von Frankreich angeführten Vorschlag zurückgewiesen.")["angeführten"][0] == "ADJA"


def test_coordinated_noun_phrases_keep_their_adjectives():
    assert _tags("Es gibt neue Charaktere und erweiterte Möglichkeiten.")["erweiterte"][0] == "ADJA"
