"""Events: PLOVER coding of German news with evidence, modality and attribution (issue 6).

The ``events`` component fills ``doc.events`` (see :mod:`iltis.events.coder`); it needs the
places, actors and quotes components to have run. :mod:`iltis.events.cameo` maps events to
CAMEO codes for users of older data sets.
"""

from __future__ import annotations

from iltis.events import cameo as _cameo  # noqa: F401  registers the cameo component
from iltis.events.coder import code_events
from iltis.model import Doc
from iltis.pipeline import component


@component("events")
def events(doc: Doc) -> None:
    doc.events = code_events(doc)


__all__ = ["code_events", "events"]
