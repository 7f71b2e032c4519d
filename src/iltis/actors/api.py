"""What the event coder asks of the actors stage."""

from __future__ import annotations

from iltis.actors.kb import load_kb
from iltis.model import ActorMention, ActorRef, Doc


def actors_in(doc: Doc, start: int, end: int) -> list[ActorRef]:
    """The actors named in ``doc.text[start:end]``, one ``ActorRef`` per actor.

    Mentions that overlap the span count; a mention inside a longer one is the same actor.
    Pronouns come resolved (name, country, sector of their antecedent). ``text`` is the
    fullest mention of that actor in the sentence (event guide, section 3), so an event
    whose argument is "er" or "Putin" still reads "Präsident Wladimir Putin" when the
    sentence names him so.
    """
    inside = [m for m in doc.actors if m.start < end and m.end > start]
    outer = [m for m in inside
             if not any(o is not m and o.start <= m.start and m.end <= o.end and
                        (o.end - o.start) > (m.end - m.start) for o in inside)]
    pronouns = load_kb(doc.article.lang or "de").pronouns
    refs: list[ActorRef] = []
    seen: set[tuple] = set()
    for m in sorted(outer, key=lambda m: m.start):
        key = _identity(m, pronouns)
        if key in seen:
            continue
        seen.add(key)
        refs.append(ActorRef(text=_fullest(doc, m, pronouns), name=m.name, country=m.country, sector=m.sector))
    return refs


def _identity(m: ActorMention, pronouns: dict) -> tuple:
    """Who a mention names: the KB entry, else the name; an unnamed group is its words, as
    "Demonstranten" and "zwölf Menschen" of one country and sector are two groups. A pronoun
    names what its antecedent named, known here only by country and sector."""
    if m.kb_id:
        return (m.kb_id,)
    if m.name or m.text.lower() in pronouns:
        return (m.name, m.country, m.sector)
    return (None, m.country, m.sector, m.text.lower())


def _fullest(doc: Doc, m: ActorMention, pronouns: dict) -> str:
    sent = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return m.text
    key = _identity(m, pronouns)
    same = [o for o in doc.actors if sent.start <= o.start < sent.end
            and (_identity(o, pronouns) == key or o.name is None and key == (None, o.country, o.sector))]
    return max(same, key=lambda o: (o.end - o.start, -o.start)).text if same else m.text


def compound_owner(word: str, lang: str = "de") -> ActorRef | None:
    """Whose thing a hyphenated compound names by its first part: "US-Luftangriff" is an
    American air strike, "ASEM-Treffen" the ASEM's meeting. The compound is no actor mention
    (it names no one), but an event aimed at it is aimed at its owner."""
    known = load_kb(lang).known_prefix(word)
    if known is None:
        return None
    entry = known[0]
    return ActorRef(text=word, name=entry.name, country=entry.country, sector=None)
