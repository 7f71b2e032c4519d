"""The event store: corpus runs into DuckDB, cross-article deduplication, exports."""

from iltis.store.database import EventStore, article_key
from iltis.store.dedup import rebuild_merged_events
from iltis.store.export import export, records, stats
from iltis.store.run import RunSummary, run_corpus

__all__ = ["EventStore", "RunSummary", "article_key", "export", "rebuild_merged_events", "records",
           "run_corpus", "stats"]
