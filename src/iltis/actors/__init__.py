"""Actors: who is who in an article, with PLOVER country and sector codes.

The ``actors`` component fills ``doc.actors`` with every actor mention (``ActorMention``:
text, span, canonical name, country, sector, KB id), found by :mod:`iltis.actors.linker`
from the knowledge base of :mod:`iltis.actors.kb`. Pronoun mentions carry the name, country
and sector of the actor they stand for.

For the event coder: :func:`actors_in` turns a span of the article (a noun phrase, an
argument of a trigger) into the ``ActorRef`` objects an event carries.
"""

from __future__ import annotations

from iltis.actors.api import actors_in, compound_owner
from iltis.actors.component import actors
from iltis.actors.kb import DEMONYM_PREFIX, UNIDENTIFIED_SECTORS

__all__ = ["DEMONYM_PREFIX", "UNIDENTIFIED_SECTORS", "actors", "actors_in", "compound_owner"]
