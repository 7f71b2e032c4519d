import json

from iltis.model import Article
from iltis.pipeline import Pipeline

from ..conftest import SEED_GOLD, shared_file


def test_every_seed_actor_is_found_with_country_and_sector():
    gold = json.loads(shared_file(SEED_GOLD).read_text(encoding="utf-8").splitlines()[0])
    doc = Pipeline(["analyse", "actors"])(Article(id=gold["id"], text=gold["text"], date=gold["date"], lang="de"))
    found = {(m.country, m.sector) for m in doc.actors}
    wanted = {(a["country"], a["sector"]) for e in gold["events"] for a in e["actor"] + e["recipient"]}
    assert wanted <= found
