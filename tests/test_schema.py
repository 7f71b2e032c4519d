import json

import jsonschema
import pytest

from iltis.model import Article, Doc, Event, Place, Span, to_json_dict
from iltis.schema import record_schema, record_schema_json

from .conftest import REPO, SEED_GOLD, shared_file


def test_checked_in_schema_is_the_generated_one():
    assert (REPO / "schema" / "record.schema.json").read_text(encoding="utf-8") == record_schema_json()


def test_a_full_record_validates():
    doc = Doc(Article("a", "Kim traf Putin.", lang="de"))
    doc.places = [Place("Putin", 9, 14)]
    doc.events = [Event("CONSULT", Span("Kim traf Putin.", 0, 15), Span("traf", 4, 8))]
    jsonschema.validate(to_json_dict(doc.to_record()), record_schema())


def test_an_unknown_event_type_is_invalid():
    doc = Doc(Article("a", "x", lang="de"))
    data = to_json_dict(doc.to_record())
    data["events"] = [{"type": "PARTY", "evidence": {"text": "x", "start": 0, "end": 1},
                       "trigger": {"text": "x", "start": 0, "end": 1}}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, record_schema())


def test_seed_gold_fits_the_schema():
    gold = json.loads(shared_file(SEED_GOLD).read_text(encoding="utf-8").splitlines()[0])
    jsonschema.validate(gold, record_schema())
