"""bench/event_misses.py sorts each gold event into the bucket that says why it was missed."""

import sys

import pytest

from iltis.events.lexicon import load_lexicon
from iltis.model import Article
from iltis.pipeline import DEFAULT_PIPELINE, Pipeline

from .conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
event_misses = pytest.importorskip("event_misses")

TEXT = "In Ohio erschoss ein Mann am Sonntag zwei Zivilisten. Die Lage in Ohio blieb am Montag angespannt."


def gold(etype: str, word: str) -> dict:
    start = TEXT.index(word)
    sent_end = TEXT.index(".", start) + 1
    sent_start = TEXT.rfind(". ", 0, start) + 2 if ". " in TEXT[:start] else 0
    return {"type": etype, "trigger": {"text": word, "start": start, "end": start + len(word)},
            "evidence": {"text": TEXT[sent_start:sent_end], "start": sent_start, "end": sent_end}}


@pytest.fixture(scope="module")
def doc():
    return Pipeline(DEFAULT_PIPELINE)(Article("t", TEXT, date="2024-03-11", lang="de"))


def test_a_dropped_match_is_filed_under_its_rule(doc):
    assert event_misses.bucket(doc, gold("ASSAULT", "erschoss"), load_lexicon("de"), False) == \
        "dropped: drop.not-political"


def test_a_trigger_the_lexicon_lacks_is_filed_as_such(doc):
    assert event_misses.bucket(doc, gold("PROTEST", "angespannt"), load_lexicon("de"), False) == "not in lexicon"


def test_an_event_merged_into_another_sentence_is_filed_as_merged():
    text = "In Sofia nahm die Polizei am Montag 40 Demonstranten fest. Die Festnahmen der Polizei in Sofia dauerten an."
    doc = Pipeline(DEFAULT_PIPELINE)(Article("m", text, date="2024-03-12", lang="de"))
    start = text.index("Die Festnahmen")
    word = text.index("Festnahmen")
    gold_event = {"type": "COERCE", "trigger": {"text": "Festnahmen", "start": word, "end": word + 10},
                  "evidence": {"text": text[start:], "start": start, "end": len(text)}}
    assert event_misses.bucket(doc, gold_event, load_lexicon("de"), False) == "merged into another sentence"
