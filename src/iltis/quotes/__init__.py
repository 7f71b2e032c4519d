"""Quotations: who said what, to whom, with which cue (issue 4).

:func:`extract_quotes` fills ``Doc.quotes`` with quotes of the five types of the quotation
data set (Direct, Indirect, Reported, FreeIndirect, IndirectFreeIndirect); the rules and
lexicons are in :mod:`iltis.quotes.extractor` and ``lang/<lang>/quotes.yaml``.

For the event coder, :func:`reported_by` answers "whose words is this?" for any character
span: an event found inside reported speech ("Kim erklärte, er stehe an der Seite
Russlands") is attributed to the speaker of the quote around it, with a pronoun speaker
("er sagte") resolved to the speaker named before::

    from iltis.quotes import reported_by
    rb = reported_by(doc, event.evidence.start, event.evidence.end)   # ReportedBy | None

It needs ``doc.quotes`` filled, i.e. the ``quotes`` component run before the events one.
"""

from __future__ import annotations

from iltis.model import Doc, Quote, ReportedBy
from iltis.quotes.extractor import Extractor

__all__ = ["extract_quotes", "reported_by", "reporting_quote", "speaker_text"]

_EXTRACTORS: dict[str, Extractor] = {}


def extract_quotes(doc: Doc) -> list[Quote]:
    """The quotes of an analysed document (``doc.sentences`` must be filled)."""
    lang = doc.article.lang or "de"
    if lang not in _EXTRACTORS:
        _EXTRACTORS[lang] = Extractor(lang)
    return _EXTRACTORS[lang].extract(doc)


def reporting_quote(doc: Doc, start: int, end: int, types: frozenset[str] | None = None) -> Quote | None:
    """The quote with a speaker that holds most of ``[start, end)``, or None if the span is in
    the article's own voice.

    A span counts as inside a quote when at least half of it overlaps the quote's spans, so
    an evidence sentence that includes the attribution frame still finds its speaker.
    ``types`` limits the quotes considered to those quotation types.
    """
    if end <= start:
        return None
    best, best_overlap = None, 0
    for q in doc.quotes:
        if types is not None and q.type not in types:
            continue
        overlap = sum(max(0, min(end, e) - max(start, s)) for s, e in q.quote.spans)
        if overlap * 2 >= end - start and overlap > best_overlap and q.speaker is not None:
            best, best_overlap = q, overlap
    return best


def reported_by(doc: Doc, start: int, end: int, types: frozenset[str] | None = None) -> ReportedBy | None:
    """The speaker of the quote that holds most of ``[start, end)`` (see :func:`reporting_quote`),
    a pronoun speaker resolved to the name before it; None in the article's own voice."""
    q = reporting_quote(doc, start, end, types)
    if q is None or q.speaker is None:
        return None
    return ReportedBy(text=speaker_text(q))


def speaker_text(q: Quote) -> str:
    """Whom a quote with a speaker is attributed to: the speaker, a pronoun resolved to the
    name before it."""
    return q.resolved_speaker or q.speaker.text  # type: ignore[union-attr]


# Importing the package registers the "quotes" component (STAGE_MODULES names the package).
from iltis.quotes import component as _component  # noqa: F401
