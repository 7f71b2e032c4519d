"""The one data model of iltis.

Every pipeline stage reads and enriches a :class:`Doc`; every output record is built from
it by :meth:`Doc.to_record`. The output classes mirror ``docs/event-guide.md`` field by field so
that the JSON Schema generated from them (``iltis schema``) is the contract with the scorer.
Offsets (``start``/``end``) always index into ``Article.text``, the cleaned text iltis reports.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
QuoteType = Literal["Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect"]


# --- analysis ---------------------------------------------------------------------------

@dataclass(slots=True)
class Token:
    """A token with character offsets into the article text, its STTS POS tag and lemma."""

    text: str
    start: int
    end: int
    lemma: str = ""
    pos: str = ""


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


# --- ingest -----------------------------------------------------------------------------

@dataclass(slots=True)
class Removal:
    """A piece of web boilerplate taken out of the text, with the rule that took it.

    Offsets refer to the text as read, before clean-up: the removed text is no longer in
    ``Article.text``, so it can only be located in the original.
    """

    text: str
    start: int
    end: int
    rule: str


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    removed: list[Removal] = field(default_factory=list)


# --- output records (event guide) -------------------------------------------------------

@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class MultiSpan:
    """Text made of one or more spans, as quotes, speakers and cues are in the quote data."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class ActorRef:
    """An actor or recipient of an event; ``text`` is None for an actor the article implies
    without naming it (the police behind "wurden festgenommen")."""

    text: str | None
    name: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class ActorMention:
    """One mention of an actor in the article, as listed in a record's ``actors``."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None


@dataclass(slots=True)
class Location:
    text: str
    name: str | None = None
    geonameid: int | None = None
    country_code: str | None = None


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass(slots=True)
class Quote:
    type: QuoteType
    quote: MultiSpan
    speaker: MultiSpan | None = None
    cue: MultiSpan | None = None
    addressee: MultiSpan | None = None
    # A pronoun speaker ("er") resolved to the speaker named before; the name itself otherwise.
    resolved_speaker: str | None = None
    # Rule and lexicon ids that found the quote (not scored).
    explanation: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ReportedBy:
    text: str


@dataclass(slots=True)
class Event:
    type: EventType
    evidence: Span
    trigger: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    location: Location | None = None
    date: str | None = None
    modality: Modality = "asserted"
    reported_by: ReportedBy | None = None
    confidence: float = 0.5
    explanation: list[str] = field(default_factory=list)
    cameo: str | None = None  # filled only when asked for (iltis code --cameo)


@dataclass(slots=True)
class Record:
    """One line of ``iltis code`` output: an article with everything found in it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    lang: str | None = None
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] | None = None


# --- the document every stage enriches ---------------------------------------------------

@dataclass(slots=True)
class Candidate:
    """A predicate the coder matched but did not code, with the rule that dropped it, so that a
    missing event can be traced (``iltis explain --dropped``). Not part of the output record."""

    type: str
    predicate: str
    trigger: Span
    evidence: Span
    reason: str


@dataclass(slots=True)
class Doc:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dropped: list[Candidate] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def to_record(self, analysis: bool = False) -> Record:
        a = self.article
        return Record(
            id=a.id, text=a.text, title=a.title, date=a.date, url=a.url, lang=a.lang,
            events=self.events, places=self.places, quotes=self.quotes, actors=self.actors,
            removed=a.removed, sentences=self.sentences if analysis else None,
        )


def to_json_dict(record: Record) -> dict[str, Any]:
    """The record as plain JSON data; ``sentences`` is left out unless analysis was asked for."""
    data = asdict(record)
    if data["sentences"] is None:
        del data["sentences"]
    return data
