"""Cross-article deduplication: one row per real-world event, with the articles reporting it.

Two events from different articles are the same event when they have the same type and
dyad (actor and recipient country sets), happened within a day of each other, and share
their location or one of them has none. The per-article events stay untouched in
``events``; the merged view is rebuilt from them in ``merged_events`` after every run, so it
never drifts from what is stored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from iltis.store.database import EventStore

MAX_DAYS_APART = 1


@dataclass(slots=True)
class _Event:
    row_id: str
    type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    day: date | None
    geonameid: int | None
    location: str | None
    article_id: str
    url: str | None


@dataclass(slots=True)
class _Cluster:
    first: _Event
    last_day: date | None
    geonameid: int | None
    location: str | None
    members: list[_Event] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    def accepts(self, ev: _Event) -> bool:
        if ev.article_id in self.articles or ev.day is None or self.last_day is None:
            return False
        if (ev.day - self.last_day).days > MAX_DAYS_APART:
            return False
        if ev.geonameid is not None and self.geonameid is not None:
            return ev.geonameid == self.geonameid
        if ev.location and self.location:
            return ev.location.casefold() == self.location.casefold()
        return True

    def add(self, ev: _Event) -> None:
        self.members.append(ev)
        self.articles.add(ev.article_id)
        self.last_day = ev.day
        self.geonameid = self.geonameid if self.geonameid is not None else ev.geonameid
        self.location = self.location or ev.location


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _countries(actors_json: str | None) -> tuple[str, ...]:
    actors = json.loads(actors_json) if actors_json else []
    return tuple(sorted({a.get("country") for a in actors if a.get("country")}))


def _load(store: EventStore) -> list[_Event]:
    rows = store.con.execute(
        "SELECT e.row_id, e.type, e.actor, e.recipient, e.date, a.date, e.location_geonameid, "
        "coalesce(e.location_name, e.location_text), a.id, a.url "
        "FROM events e JOIN articles a USING (article_key)").fetchall()
    events = []
    for row_id, etype, actor, recipient, edate, adate, geonameid, location, article_id, url in rows:
        # An event dated only to the month or year is placed on its article's day.
        day = _day(edate) or _day(adate)
        events.append(_Event(row_id, etype, _countries(actor), _countries(recipient), day, geonameid,
                             location, article_id, url))
    events.sort(key=lambda e: (e.type, e.actors, e.recipients, e.day or date.min, e.article_id, e.row_id))
    return events


def cluster_events(events: list[_Event]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    open_by_dyad: dict[tuple[Any, ...], list[_Cluster]] = {}
    for ev in events:
        candidates = open_by_dyad.setdefault((ev.type, ev.actors, ev.recipients), [])
        target = next((c for c in candidates if c.accepts(ev)), None)
        if target is None:
            target = _Cluster(ev, ev.day, ev.geonameid, ev.location)
            candidates.append(target)
            clusters.append(target)
        target.add(ev)
    return clusters


MERGED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("merged_id", "VARCHAR PRIMARY KEY"), ("type", "VARCHAR"), ("actor_countries", "JSON"),
    ("recipient_countries", "JSON"), ("first_date", "DATE"), ("last_date", "DATE"),
    ("location_geonameid", "BIGINT"), ("location_name", "VARCHAR"), ("n_sources", "INTEGER"),
    ("sources", "JSON"), ("event_row_ids", "JSON"))


def rebuild_merged_events(store: EventStore) -> int:
    """Recompute ``merged_events`` from ``events``; returns the number of merged events."""
    clusters = cluster_events(_load(store))
    rows = []
    for c in clusters:
        ids = sorted(m.row_id for m in c.members)
        days = [m.day for m in c.members if m.day]
        sources = [{"article_id": m.article_id, "url": m.url, "event": m.row_id} for m in c.members]
        rows.append([hashlib.sha256("|".join(ids).encode()).hexdigest()[:24], c.first.type,
                     json.dumps(list(c.first.actors)), json.dumps(list(c.first.recipients)),
                     min(days) if days else None, max(days) if days else None, c.geonameid, c.location,
                     len(c.members), json.dumps(sources, ensure_ascii=False), json.dumps(ids)])
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DROP TABLE IF EXISTS merged_events")
        con.execute(f"CREATE TABLE merged_events ({', '.join(f'{n} {t}' for n, t in MERGED_COLUMNS)})")
        store.insert_rows("merged_events", MERGED_COLUMNS, rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(rows)
