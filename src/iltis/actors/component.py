"""The ``actors`` pipeline component: fills ``doc.actors``."""

from __future__ import annotations

from iltis.actors.linker import find_actors
from iltis.model import Doc
from iltis.pipeline import component


@component("actors")
def actors(doc: Doc) -> None:
    doc.actors = find_actors(doc)
