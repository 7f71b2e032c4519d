"""The article iltis started from, against its gold (see the closing note of the events issue:
the seed was looked at while the lexicon was written, so this guards against regressions and
is not a measure of quality)."""

import json
import sys

from iltis.ingest import IngestSettings, prepare_article
from iltis.ingest.readers import read_file
from iltis.model import to_json_dict
from iltis.pipeline import Pipeline

from ..conftest import SEED, SEED_GOLD, SHARED, shared_file


def test_seed_events_match_at_least_eight_of_ten_by_dyad(tmp_path):
    shared_file(SEED_GOLD)
    sys.path.insert(0, str(SHARED / "tools"))
    import score

    article = prepare_article(next(read_file(shared_file(SEED))), IngestSettings(default_date="2023-09-17"))
    pred = tmp_path / "seed.pred.jsonl"
    pred.write_text(json.dumps(to_json_dict(Pipeline()(article).to_record())) + "\n", encoding="utf-8")
    result = score.score_events(score.load(str(SEED_GOLD)), score.load(str(pred)))
    assert result["by_dyad"]["tp"] >= 8
