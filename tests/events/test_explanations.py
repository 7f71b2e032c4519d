"""Every id an event's explanation can carry is documented in docs/explanations.md."""

import re

from iltis.ingest import ingest
from iltis.model import Article
from iltis.pipeline import Pipeline

from ..conftest import EXAMPLES, REPO

PLACEHOLDER = re.compile(r"[A-Z][A-Z+]+")

TEXTS = [
    "Am Samstag traf Bundeskanzler Olaf Scholz in Paris den französischen Präsidenten Emmanuel Macron.",
    "In Tiflis wurden am Mittwoch mehr als 60 Demonstranten festgenommen. Die Proteste dauerten bis in die Nacht.",
    "Der russische Außenminister kritisierte den Besuch scharf. Russland hat gemeinsam mit China keine Sanktionen "
    "gegen Nordkorea verhängt.",
    "In Bremen demonstrierten am Montag 3.000 Menschen gegen das NATO-Treffen.",
    "Im Juni 2022 hatte die Opposition in Tiflis protestiert. Damals hatte die Regierung Georgiens die Opposition "
    "scharf kritisiert.",
    "Ein Sprecher der Taliban kündigte am Samstag an, die Taliban würden in Kandahar weitere Gefängnisse stürmen.",
    "Die IAEA wirft dem Iran vor, in Natans Uran anzureichern. Der Iran streitet dies ab.",
    "Ein Schwede hat in Hamburg randaliert. Am Freitag wurde in Hamburg ein Verdächtiger von der Polizei festgenommen.",
]


def documented() -> list[re.Pattern[str]]:
    text = (REPO / "docs" / "explanations.md").read_text(encoding="utf-8")
    cells = [line.split("|")[1] for line in text.splitlines() if line.startswith("| `")]
    ids = [x for cell in cells for x in re.findall(r"`([^`]+)`", cell)]
    return [re.compile(PLACEHOLDER.sub(".+", re.escape(x).replace("…", ".*")) + "$") for x in ids]


def test_every_explanation_id_is_documented():
    pipeline = Pipeline()
    articles = [item for item in ingest([str(EXAMPLES)]) if isinstance(item, Article)]
    articles += [Article(f"t{n}", text, date="2023-09-17", lang="de") for n, text in enumerate(TEXTS)]
    patterns = documented()
    seen = {x for article in articles for ev in pipeline(article).events for x in ev.explanation}
    assert len(seen) > 20  # the texts exercise many rules
    assert sorted(x for x in seen if not any(p.match(x) for p in patterns)) == []
