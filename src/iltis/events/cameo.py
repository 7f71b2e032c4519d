"""PLOVER -> CAMEO crosswalk (``lang/xx/cameo.yaml``), for users of GDELT/ICEWS-era data.

The ``cameo`` component sets ``Event.cameo`` and adds the crosswalk row's id to the event's
explanation; ``iltis code --cameo`` runs it after the events component.
"""

from __future__ import annotations

from functools import cache

from iltis.lang import NEUTRAL, load_table
from iltis.model import Doc, Event
from iltis.pipeline import component


@cache
def _rows() -> dict[tuple[str, str | None], dict]:
    return {(r["type"], r.get("mode")): r for r in load_table(NEUTRAL, "cameo")["crosswalk"]}


def cameo_row(event: Event) -> dict | None:
    """The crosswalk row for an event: its type and mode if listed, else its type."""
    rows = _rows()
    return rows.get((event.type, event.mode)) or rows.get((event.type, None))


@component("cameo")
def cameo(doc: Doc) -> None:
    for event in doc.events:
        row = cameo_row(event)
        if row is not None:
            event.cameo = row["cameo"]
            event.explanation.append(row["id"])
