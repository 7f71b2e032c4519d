from __future__ import annotations

import json
from pathlib import Path

import pytest

from iltis.model import (
    ActorRef,
    Article,
    Doc,
    Event,
    Location,
    Place,
    Span,
    to_json_dict,
)
from iltis.parallel import Coded
from iltis.store.database import article_key

CITIES = ["Berlin", "Paris", "Warschau", "Wien", "Prag", "Rom", "Madrid", "Lissabon", "Athen", "Oslo"]
ROLES = ["Der Außenminister", "Die Regierungschefin", "Der Präsident", "Die Innenministerin"]


def german_articles(n: int) -> list[dict[str, str]]:
    """Distinct short German news articles, enough text for language identification."""
    out = []
    for i in range(n):
        city, other = CITIES[i % len(CITIES)], CITIES[(i * 3 + 1) % len(CITIES)]
        role = ROLES[i % len(ROLES)]
        out.append({
            "id": f"art-{i:03d}", "date": f"2024-03-{1 + i % 28:02d}",
            "text": (f"Treffen in {city} Nummer {i}\n\n{role} ist am Dienstag zu Gesprächen nach {city} "
                     f"gereist. Dort traf die Delegation Vertreter der Regierung aus {other}. Nach Angaben "
                     f"eines Sprechers ging es um Handel, Sicherheit und die Lage an der Grenze."),
        })
    return out


def write_jsonl(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def coded_with_objects(article_id: str = "a1", text: str = "Kim traf Putin in Wladiwostok.",
                       date: str = "2023-09-16", url: str | None = None, event_date: str | None = "2023-09-16",
                       geonameid: int | None = 2013348) -> Coded:
    """A coded article carrying one event and one place, built from the real data model."""
    article = Article(article_id, text, date=date, url=url, lang="de", source=f"{article_id}.txt")
    doc = Doc(article)
    doc.places = [Place("Wladiwostok", 18, 29, "Vladivostok", geonameid, "RU", 43.1, 131.9, "city")]
    doc.events = [Event(
        "CONSULT", Span(text, 0, len(text)), Span("traf", 4, 8), mode="visit", context=["diplomatic"],
        actor=[ActorRef("Kim", "Kim Jong Un", "PRK", "GOV")],
        recipient=[ActorRef("Putin", "Wladimir Putin", "RUS", "GOV")],
        location=Location("Wladiwostok", "Vladivostok", geonameid, "RU"), date=event_date,
        explanation=["test.rule"])]
    return Coded(article_key(article), article.source, to_json_dict(doc.to_record()))


@pytest.fixture
def coded_article() -> Coded:
    return coded_with_objects()
