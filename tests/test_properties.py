"""Property tests: whatever comes in, iltis reports or codes it and never raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iltis.ingest import IngestSettings, Skipped, prepare_article
from iltis.ingest.readers import read_bytes
from iltis.model import Article
from iltis.pipeline import Pipeline

PIPELINE = Pipeline()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
german_ish = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.lists(
    st.sampled_from(["Der", "Kanzler", "traf", "„", "“", "Putin", ".", "\n", "\n\n", " ", "z.B.",
                     "source-1", "Leave a Reply", "—", "\u200b", "\x00", "🙂", "3.", "Mai"]),
    max_size=60).map("".join)


@SETTINGS
@given(german_ish)
def test_any_text_is_coded_or_skipped(text):
    item = prepare_article(Article("p", text, source="p"), IngestSettings())
    if isinstance(item, Skipped):
        assert item.reason
        return
    doc = PIPELINE(item)
    for sent in doc.sentences:
        assert item.text[sent.start:sent.end] == sent.text
        for tok in sent.tokens:
            assert sent.start <= tok.start < tok.end <= sent.end
            assert item.text[tok.start:tok.end] == tok.text and tok.text.strip()


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["", ".txt", ".html", ".jsonl", ".rss", ".warc"]))
def test_any_bytes_are_read_or_reported(data, suffix):
    for item in read_bytes(data, "fuzz", "fuzz", suffix=suffix):
        assert isinstance(item, (Article, Skipped))
