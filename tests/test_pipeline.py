import pytest

from iltis.ingest import Skipped
from iltis.model import Article
from iltis.pipeline import DEFAULT_PIPELINE, Pipeline, component_names


def test_default_pipeline_fills_sentences():
    doc = Pipeline()(Article("a", "Der Kanzler reiste nach Paris.", lang="de"))
    assert [t.text for t in doc.sentences[0].tokens] == ["Der", "Kanzler", "reiste", "nach", "Paris", "."]


def test_every_default_component_is_registered():
    assert set(DEFAULT_PIPELINE) <= set(component_names())


def test_unknown_component_is_refused():
    with pytest.raises(LookupError, match="nope"):
        Pipeline(["analyse", "nope"])


def test_pipe_passes_skipped_inputs_through():
    skipped = Skipped("x.txt", "empty input")
    out = list(Pipeline().pipe([skipped, Article("a", "Ein Satz.", lang="de")]))
    assert out[0] is skipped and out[1].sentences
