"""The ``places`` pipeline component: fills ``doc.places`` from the analysed sentences."""

from __future__ import annotations

from iltis.model import Doc
from iltis.pipeline import component
from iltis.places.geoparser import geoparse


@component("places")
def places(doc: Doc) -> None:
    doc.places = [m.place for m in geoparse(doc)]
