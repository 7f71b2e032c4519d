from __future__ import annotations

import pytest

from iltis.model import Article, Doc
from iltis.pipeline import Pipeline
from iltis.quotes import reported_by
from iltis.quotes.extractor import lexicon, quote_regions


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["analyse", "quotes"])


def code(nlp: Pipeline, text: str) -> Doc:
    return nlp(Article(id="t", text=text, lang="de"))


def only(doc: Doc, qtype: str):
    found = [q for q in doc.quotes if q.type == qtype]
    assert len(found) == 1, doc.quotes
    return found[0]


def test_speech_verb_with_konjunktiv_clause_is_indirect_speech_of_the_subject(nlp):
    doc = code(nlp, "Der Sprecher der Polizei sagte am Montag, der Täter sei geflohen.")
    q = only(doc, "Indirect")
    assert q.quote.text == "der Täter sei geflohen"
    assert q.speaker.text == "Der Sprecher der Polizei"
    assert q.cue.text == "sagte"


def test_separable_speech_verb_cue_includes_its_particle(nlp):
    doc = code(nlp, "Die Firma teilte mit, dass das Werk geschlossen werde.")
    q = only(doc, "Indirect")
    assert q.cue.text == "teilte mit"
    assert q.quote.text.startswith("dass das Werk")


def test_laut_makes_the_following_noun_phrase_the_source(nlp):
    doc = code(nlp, "Laut TASS wurde kein Abkommen unterzeichnet.")
    q = only(doc, "Indirect")
    assert (q.speaker.text, q.cue.text) == ("TASS", "Laut")
    assert q.quote.text == "wurde kein Abkommen unterzeichnet"


def test_zufolge_takes_the_source_before_it(nlp):
    doc = code(nlp, "Dem Bericht der Zeitung zufolge ist die Lage ernst.")
    q = only(doc, "Indirect")
    assert (q.speaker.text, q.cue.text) == ("Dem Bericht der Zeitung", "zufolge")


def test_so_after_a_comma_names_the_speaker_of_what_precedes(nlp):
    doc = code(nlp, "Die Lage sei ernst, so der Minister.")
    q = only(doc, "Indirect")
    assert (q.speaker.text, q.cue.text) == ("der Minister", "so")
    assert q.quote.text == "Die Lage sei ernst"


def test_so_source_may_end_with_a_verbless_phrase(nlp):
    q = only(code(nlp, "Die Verhandlungen seien gescheitert, so die Ministerin am Abend in Oslo."), "Indirect")
    assert (q.quote.text, q.speaker.text) == ("Die Verhandlungen seien gescheitert", "die Ministerin")


def test_so_before_a_verb_opens_no_source(nlp):
    doc = code(nlp, "Die Straße war gesperrt, so kam niemand durch.")
    assert not doc.quotes


def test_quote_before_inverted_speech_verb_is_direct_with_speaker_after_the_verb(nlp):
    doc = code(nlp, "„Wir haben alles versucht“, sagte der Trainer.")
    q = only(doc, "Direct")
    assert q.quote.text == "„Wir haben alles versucht“"
    assert q.speaker.text == "der Trainer"


def test_konjunktiv_sentence_after_a_quote_continues_it_with_the_same_speaker(nlp):
    doc = code(nlp, "Der Minister erklärte, die Gespräche seien gescheitert. Eine Einigung gebe es nicht.")
    q = only(doc, "IndirectFreeIndirect")
    assert q.quote.text == "Eine Einigung gebe es nicht."
    assert q.speaker.text == "Der Minister"


def test_pronoun_speaker_is_resolved_to_the_speaker_named_before(nlp):
    doc = code(nlp, "Außenminister Hans Müller sagte, man verhandle weiter. "
                    "Das Wetter war schlecht. Am Abend sagte er, die Lage sei ruhig.")
    q = [q for q in doc.quotes if q.speaker and q.speaker.text == "er"]
    assert q and q[0].resolved_speaker == "Außenminister Hans Müller"


def test_reported_by_names_the_speaker_of_the_clause_around_a_span(nlp):
    text = "Kim erklärte, er stehe an der Seite Russlands."
    doc = code(nlp, text)
    start = text.index("er stehe")
    assert reported_by(doc, start, len(text) - 1).text == "Kim"


def test_reported_by_is_none_in_the_articles_own_voice(nlp):
    text = "Kim reiste nach Moskau. Er traf Putin."
    doc = code(nlp, text)
    assert reported_by(doc, 0, len(text)) is None


def test_quotation_inside_indirect_speech_is_a_nested_direct_quote(nlp):
    doc = code(nlp, "Der Sprecher sagte, das Gespräch sei „in freundlicher Atmosphäre verlaufen“.")
    nested = [q for q in doc.quotes if q.type == "Direct"]
    assert [q.quote.text for q in nested] == ["„in freundlicher Atmosphäre verlaufen“"]
    assert nested[0].speaker.text == "Der Sprecher"


def test_explanation_names_the_lexicon_entry_and_rule(nlp):
    doc = code(nlp, "Laut TASS wurde kein Abkommen unterzeichnet.")
    assert doc.quotes[0].explanation == ["sc.laut"]


@pytest.mark.parametrize("text", [
    "Er sagte: „Wir kommen.“",
    "Er sagte: »Wir kommen.«",
    "Er sagte: \"Wir kommen.\"",
    "Er sagte: “Wir kommen.”",
])
def test_quote_regions_finds_every_german_quotation_mark_style(text):
    (start, end), = quote_regions(text, lexicon("de"))
    assert text[start + 1:end - 1] == "Wir kommen."


def test_quote_regions_keeps_single_quotes_nested_in_double_ones():
    text = "„Er rief ‚Halt!‘ und lief“"
    assert quote_regions(text, lexicon("de")) == [(0, len(text)), (9, 16)]


def test_quote_left_open_at_a_paragraph_break_is_dropped():
    assert quote_regions("„Das ist\n\nneu.", lexicon("de")) == []


def test_second_verb_of_a_coordination_takes_the_subject_of_the_first(nlp):
    doc = code(nlp, "Die Demonstranten zogen vor das Parlament und forderten die Regierung auf, "
                    "den Entwurf zurückzuziehen.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "Die Demonstranten"


def test_demnach_is_the_speaker_and_stands_for_the_source_of_the_sentence_before(nlp):
    doc = code(nlp, "Die Zeitung veröffentlichte einen Bericht. Demnach sei das Geld verschwunden.")
    q = only(doc, "Indirect")
    assert (q.cue.text, q.speaker.text, q.resolved_speaker) == ("Demnach", "Demnach", "Die Zeitung")


def test_wonach_after_a_noun_makes_that_noun_the_source(nlp):
    doc = code(nlp, "Es gab Berichte der Zeitung, wonach das Geld verschwunden sei.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "Berichte der Zeitung"


def test_heisst_es_in_a_document_makes_the_document_the_source(nlp):
    doc = code(nlp, "In dem Bericht der Kommission heißt es, die Lage sei ernst.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "dem Bericht der Kommission"


def test_subject_relative_pronoun_is_the_speaker_of_its_clause(nlp):
    doc = code(nlp, "Entscheidend war die Aussage eines Jungen, der angab, er sei bedroht worden.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "der"


def test_subject_of_a_verb_final_clause_is_the_speaker(nlp):
    doc = code(nlp, "Die Zeitung wurde verboten, nachdem die Redaktion berichtet hatte, dass Stimmen fehlten.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "die Redaktion"


def test_nominalised_adjective_heads_a_speaker_phrase(nlp):
    doc = code(nlp, "Unterdessen haben einige Abgeordnete angekündigt, sie würden klagen.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "einige Abgeordnete"


def test_quote_in_a_konjunktiv_sentence_belongs_to_the_last_speaker_not_the_subject(nlp):
    doc = code(nlp, "Der Pilot sagte, man sei zu spät gelandet. "
                    "Die Maschine sei erst „kurz vor dem Ende der Piste“ gelandet.")
    q = only(doc, "Direct")
    assert q.speaker.text == "Der Pilot"


def test_second_quotation_in_an_attributed_sentence_has_the_same_speaker(nlp):
    doc = code(nlp, "Er sagte, Europa brauche England, und fügte hinzu: „Wer kann das glauben? "
                    "Niemand kann das glauben.“ Dann ging er.")
    q = only(doc, "Direct")
    assert q.speaker.text == "Er"
    assert q.quote.text.startswith("„Wer kann")


def test_speech_verb_with_a_plain_object_is_reported_speech_of_its_subject(nlp):
    doc = code(nlp, "Das französische Fernsehen berichtet von einem Streik während der Sitzung.")
    q = only(doc, "Reported")
    assert q.speaker.text == "Das französische Fernsehen"


def test_agent_of_a_passive_speech_verb_is_the_speaker(nlp):
    doc = code(nlp, "Von den Grünen wurde der Ablauf der Reise als unpassend kritisiert.")
    q = only(doc, "Reported")
    assert q.speaker.text == "den Grünen"


def test_subject_of_a_stative_passive_speech_verb_is_no_speaker(nlp):
    doc = code(nlp, "Neue Streiks sind für die kommende Woche angekündigt.")
    assert not any(q.speaker is not None and q.speaker.text == "Neue Streiks" for q in doc.quotes)


def test_apposition_to_the_speaker_does_not_end_the_attribution_clause(nlp):
    doc = code(nlp, "Jetzt gab der Leiter der Polizei, Andreas Huber, bekannt, dass der Täter gefasst sei.")
    q = only(doc, "Indirect")
    assert q.cue.text == "gab bekannt"
    assert q.quote.text == "dass der Täter gefasst sei"


def test_second_speech_verb_in_a_sentence_starts_a_quote_of_its_own(nlp):
    doc = code(nlp, "Die Abgeordnete erklärte, die Lage sei ernst, und kündigte an, gegen das Gesetz zu klagen.")
    quotes = [(q.quote.text, q.speaker.text) for q in doc.quotes if q.type == "Indirect"]
    assert quotes == [("die Lage sei ernst", "Die Abgeordnete"), ("gegen das Gesetz zu klagen", "Die Abgeordnete")]


def test_source_after_nach_angaben_keeps_its_apposition(nlp):
    doc = code(nlp, "Nach Angaben des Direktors der Firma, Hans Meier, sei das Flugzeug in gutem Zustand gewesen.")
    q = only(doc, "Indirect")
    assert q.speaker.text == "Angaben des Direktors der Firma, Hans Meier"


def test_konjunktiv_sentence_after_a_common_noun_subject_keeps_the_last_speaker(nlp):
    doc = code(nlp, "Der Minister sagte, die Lage sei ernst. Die Proteste gingen weiter. "
                    "Man habe keine Wahl.")
    q = only(doc, "IndirectFreeIndirect")
    assert q.speaker.text == "Der Minister"


def test_reported_by_can_be_limited_to_some_quotation_types():
    from iltis.model import Article, Doc, MultiSpan, Quote
    from iltis.quotes import reported_by

    doc = Doc(Article("t", "Die Regierung berichtete über die Festnahmen.", lang="de"))
    doc.quotes = [Quote("Reported", MultiSpan(doc.text, [(0, len(doc.text))]), MultiSpan("Die Regierung", [(0, 13)]))]
    assert reported_by(doc, 30, 44).text == "Die Regierung"
    assert reported_by(doc, 30, 44, frozenset({"Direct", "Indirect"})) is None
