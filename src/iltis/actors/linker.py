"""Find actor mentions in an analysed article and link them to the knowledge base.

Rules run per sentence over the analysis tokens, in this order (the ids appear in
:attr:`Found.rule`):

``kb``        a KB name (state, seat of government, organisation, office holder, demonym);
``adj``       a state adjective that does not modify a role noun ("nordkoreanische Munition");
``compound``  a hyphenated compound of a KB prefix and a role noun ("US-Präsident");
``role``      a role noun, composed with what its noun phrase says about the country (an
              adjective, a genitive, a "von" phrase, a compound prefix) and with a following
              name ("der russische Verteidigungsminister", "Präsident Boris Tadić");
``office``    a role whose office, country and the article date name one office holder;
``name``      a person the KB does not know: a given name (``given:<name>``) followed by
              surnames ("Alexander Kozulin"); a role just before it or in apposition after it
              ("PDS-Abgeordnete Petra Pau", "Petra Pau, PDS-Bundestagsabgeordnete") gives its
              sector and country, else it has no sector (none is guessed) and the country a
              role would take; places, KB names, acronyms and institution names are no persons;
``org``       an organisation the KB does not know: a capitalised name headed by an
              organisation noun (``org:<noun id>``, lang/de/actors_org_nouns.yaml) before or
              after its other words ("Chaos Computer Club", "Gewerkschaft Deutscher Lokführer",
              "Koalition für Einheit und Entwicklung"), or a quoted name with such a noun in or
              before it ("die Protestbewegung „Bündnis für faire Wahlen“"); an acronym in
              brackets after it and, later, that acronym or its head noun after a definite
              article ("die BFW", "die Gewerkschaft") link back to it (``org_ref``); words of
              the name give the country (a state adjective or name), else the state named in
              the sentence or the article's focus; sports clubs, places, KB names and lone
              acronyms are no such organisations;
``short``     a short name of a person named in full earlier ("Putin" after "Wladimir Putin",
              "Kozulin" after "Alexander Kozulin"), or of a KB office holder in office at the
              article date;
``pronoun``   er/sie/ihn/ihm resolved to the most salient fitting person or group before it.

A role noun with no country in its phrase takes the state named as a place in the same
sentence ("in Russland"), else the article's focus: the state mentioned most often; so does a
person named without a role. A person named again takes the country and sector its first
mention ended up with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from iltis.actors.kb import ADJ_ENDINGS, KB, UNIDENTIFIED_SECTORS, Entry, GivenName, OrgNoun, Role, load_kb
from iltis.countries import alpha3
from iltis.model import ActorMention, Doc, Sentence, Token
from iltis.places.gazetteer import get_gazetteer, normalize

NAME_TAGS = {"NE", "FM"}
# tags of given names (SoMaJo/HanTa tag unfamiliar ones XY) and of the surnames after them
# (unfamiliar surnames often come out as common nouns)
GIVEN_TAGS = {"NE", "FM", "XY"}
SURNAME_TAGS = {"NE", "FM", "XY", "NN"}
MAX_NAME_WORDS = 5
ROLE_NOUN_TAGS = {"NN", "NNA"}
NOUN_OR_NAME_TAGS = ROLE_NOUN_TAGS | NAME_TAGS
NP_INNER_TAGS = {"ART", "ADJA", "CARD", "PIAT", "PIDAT", "PPOSAT", "PDAT", "ADV", "TRUNC"}
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines", "einige", "mehrere", "viele", "zahlreiche"}
OBLIQUE = {"den", "dem", "des", "einen", "einem", "eines"}
PREPOSITION_TAGS = {"APPR", "APPRART"}
# tags of the words of an organisation's name, and of the words after a head noun that show
# the noun is the object of a verb ("hat die Partei Klage eingereicht"), not part of a name
ORG_WORD_TAGS = {"NN", "NE", "FM", "XY", "ADJA"}
VERB_END_TAGS = {"VVPP", "VVINF", "VAINF", "VMINF", "VVIZU", "PTKVZ", "VAPP", "VMPP"}
DEFINITE = {"der", "die", "das", "des", "dem", "den", "dieser", "diese", "diesem", "diesen", "dieses"}
MAX_ORG_PREFIX = 4
MAX_QUOTED = 10


@dataclass(slots=True, eq=False)
class Found:
    """A mention while the linker works on it; becomes an :class:`ActorMention`."""

    sent: int
    first: int  # token indices within the sentence, inclusive
    last: int
    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    sector: str | None
    kb_id: str | None
    kind: str  # state, seat, org, person, demonym, adj, role, pronoun
    number: str | None = None  # m, f, pl, n
    rule: str = ""
    subject_like: bool = True
    explicit_country: bool = True
    role: Role | None = None
    explanation: list[str] = field(default_factory=list)
    same_as: Found | None = None  # an earlier mention of the same person

    def to_mention(self) -> ActorMention:
        return ActorMention(text=self.text, start=self.start, end=self.end, name=self.name,
                            country=self.country, sector=self.sector, kb_id=self.kb_id)


class Linker:
    """Finds and links the actor mentions of one article (see the module docstring)."""

    def __init__(self, kb: KB | None = None) -> None:
        self.kb = kb or load_kb("de")
        self._by_prefix: dict[str, list[str]] = {}
        for form in self.kb.names:
            self._by_prefix.setdefault(form[:3], []).append(form)
        for forms in self._by_prefix.values():
            forms.sort(key=len, reverse=True)

    # --- per article -------------------------------------------------------------------

    def link(self, doc: Doc) -> list[Found]:
        date = doc.article.date
        found: list[Found] = []
        places: list[list[tuple[int, str]]] = []  # per sentence: (offset, state) of "in China"
        self._seen: dict[str, Entry | Found] = {}
        self._acronyms: dict[str, Found] = {}
        self._org_heads: dict[str, Found] = {}
        spans = [(p.start, p.end) for p in doc.places]
        for si, sent in enumerate(doc.sentences):
            sent_found, sent_places = self._sentence(doc.text, si, sent, date, spans)
            found.extend(sent_found)
            places.append(sent_places)
        focus = self._focus(found, doc)
        found.sort(key=lambda f: f.start)
        # an organisation whose first mention a role phrase absorbed ("Führer der Bewegung
        # „…“ (PAD)") still gives its later mentions a country
        absorbed = [f.same_as for f in found if f.same_as is not None and f.same_as.rule == "org"]
        for f in dict.fromkeys(absorbed):
            if f not in found and f.country is None:
                f.explicit_country = False
                f.country = _nearest(places[f.sent], f.start) or focus
        for n, f in enumerate(found):
            if f.country is None and f.role is not None and not f.kb_id:
                self._fallback_country(f, found[:n], places[f.sent], focus, date)
            elif f.country is None and f.rule in {"name", "org"} and f.same_as is None:
                f.explicit_country = False
                near = _nearest(places[f.sent], f.start)
                f.country, how = (near, "place") if near else ((focus, "focus") if f.rule == "org" else (None, ""))
                if f.country:
                    f.explanation.append(f"country:{how}")
        for f in found:
            if f.same_as is not None:
                first = f.same_as
                f.country = f.country or first.country
                f.sector = f.sector or first.sector
                f.number = f.number or first.number
            entry = self.kb.entries.get(f.kb_id or "")
            if entry is not None and entry.kind == "person":
                f.country = self.kb.country_at(entry.kb_id, date) or f.country
                if f.role is None or f.sector is None:  # a role says more ("der Kandidat García")
                    f.sector = self.kb.sector_at(entry.kb_id, date) or f.sector
        self._pronouns(doc, found)
        found.sort(key=lambda f: f.start)
        return found

    def _fallback_country(self, f: Found, before: list[Found], local: list[tuple[int, str]], focus: str | None,
                          date: str | None) -> None:
        """A role with no country of its own: the actor a definite phrase refers back to (the
        last one of the same role, else of the same sector, with a country of its own), else
        the state named as a place in the sentence (the nearest before it), else the article's
        focus."""
        f.explicit_country = False
        role = f.role
        if f.sector in UNIDENTIFIED_SECTORS:
            return
        if role is not None and role.country:
            f.country, how = role.country, "role"
        else:
            ante = None
            if f.text.split()[0].lower() not in INDEFINITE:
                same_rule = [b for b in before if b.explicit_country and b.role is not None
                             and b.role.rule_id == role.rule_id]
                same_sector = [b for b in before if b.explicit_country and b.sector == f.sector
                               and b.country and b.country not in NON_STATE and b.kind in {"role", "person", "org"}]
                ante = (same_rule or same_sector or [None])[-1]
            if ante is not None:
                f.country, how = ante.country, f"antecedent:{ante.start}"
                # the same office named again is the same person, but not "200 Soldaten" after a
                # general, "Premierministers Snyder Rini" after another premier, or "manche Staatschefs"
                if ante.kb_id and ante.kind == "person" and role.rule_id == (ante.role.rule_id if ante.role else "") \
                        and f.number == ante.number and not _own_name(f) and self._current(f):
                    f.name, f.kb_id = ante.name, ante.kb_id
            elif local:
                f.country, how = _nearest(local, f.start), "place"
            else:
                f.country, how = focus, "focus"
        if f.country:
            f.explanation.append(f"country:{how}")
            self._fill_office(f, date)

    def _focus(self, found: list[Found], doc: Doc) -> str | None:
        """The state the article is about: the one named most often, as a place or an actor,
        each mention counted once ("in den Vereinigten Staaten" is a place and a state actor);
        on a tie, the one named first (news names its main place in the lead)."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        spans = [(p.start, p.end) for p in doc.places]

        def add(code: str | None, start: int) -> None:
            if code and len(code) == 3 and code not in NON_STATE:
                counts[code] += 1
                first[code] = min(first.get(code, start), start)
        for place in doc.places:
            add(alpha3(place.country_code, historic=False), place.start)
        for f in found:
            if f.kind in {"state", "seat", "adj", "person"} and not any(a < f.end and f.start < b for a, b in spans):
                add(f.country, f.start)
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    # --- per sentence ------------------------------------------------------------------

    def _sentence(self, text: str, si: int, sent: Sentence, date: str | None,
                  spans: list[tuple[int, int]]) -> tuple[list[Found], list[tuple[int, str]]]:
        toks = sent.tokens
        taken: dict[int, Found] = {}
        out: list[Found] = []
        places: list[tuple[int, str]] = []

        # kb names, longest first
        i = 0
        while i < len(toks):
            hit = self._kb_match(text, toks, i)
            if hit is None:
                i += 1
                continue
            last, entry = hit
            f = self._make(text, si, toks, i, last, entry, "kb")
            locative = entry.kind in {"state", "seat"} and self._locative(toks, i)
            if locative:
                places.append((toks[i].start, entry.country))
            if not locative or entry.kind == "state":
                # a state in a place phrase can still be an actor ("Soldaten in den
                # Libanon entsenden"); a capital there is only a place
                for k in range(f.first, last + 1):
                    taken[k] = f
            i = last + 1
        self._namesakes(text, toks, taken)

        self._orgs(text, si, toks, taken, spans)

        # compounds, adjectives and role nouns
        for i, tok in enumerate(toks):
            if i in taken:
                continue
            comp = self._compound(tok)
            if comp is not None:
                entry, role = comp
                person = taken.get(i + 1)
                if role is not None and person is not None and person.kind == "person" and person.kb_id \
                        and person.first == i + 1:
                    # "CSU-Landesgruppenchef Hans-Peter Friedrich" is one mention of the person; the
                    # role says what they act as when the KB has no office of theirs at the date
                    person.first, person.start = i, tok.start
                    person.text = text[person.start:person.end]
                    person.sector = role.sector or entry.sector or person.sector
                    person.explanation.append(f"role-before:{role.rule_id}")
                    taken[i] = person
                    continue
                f = self._make(text, si, toks, i, i, entry, "compound")
                if role is not None:
                    f.kind, f.role, f.number = "role", role, role.number
                    f.sector = role.sector or entry.sector
                    f.name = f"{tok.text}"
                    f.kb_id = entry.kb_id if entry.kind == "org" and not role.sector else None
                    self._fill_office(f, date)
                taken[i] = f
                continue
            state = self._adjective(toks, i)
            if state is not None:
                taken[i] = self._make(text, si, toks, i, i, state, "adj")
                taken[i].kind = "adj"
                continue
            city = self._city_adjective(toks, i)
            if city is not None:
                taken[i] = self._make(text, si, toks, i, i, city, "city_adj")

        for i, tok in enumerate(toks):
            if i in taken and taken[i].kind != "adj":
                continue
            if not tok.text[:1].isupper() or tok.pos in {"ART", "APPR", "KON", "PPER"}:
                continue
            hit = self.kb.role_for(tok.text)
            if hit is None:
                continue
            role, prefix = hit
            sector = role.sector
            rule = role.rule_id
            if prefix and role.yields_to_prefix:
                prole = self.kb.prefix_role(prefix)
                if prole is not None:
                    sector, rule = prole.sector, f"{role.rule_id}+{prole.rule_id}"
                elif prefix in self.kb.civil_prefixes:  # "Verbandspräsident": no office of state
                    sector, rule = self.kb.civil_prefixes[prefix], f"{role.rule_id}+civil:{prefix}"
            f = self._compose(text, si, toks, i, role, sector, rule, taken, date)
            if f is not None:
                for k in range(f.first, f.last + 1):
                    taken[k] = f

        self._names(text, si, toks, taken, spans, date)

        # short names of people (a surname, so not the first of two names: "Novak Djokovic")
        for i, tok in enumerate(toks):
            if i in taken or tok.pos not in NAME_TAGS and not tok.text[:1].isupper():
                continue
            if i + 1 < len(toks) and i + 1 not in taken and toks[i + 1].pos in NAME_TAGS and toks[i + 1].text[:1].isupper():
                continue
            seen = self._short(tok.text, date)
            if isinstance(seen, Found):
                f = self._make(text, si, toks, i, i, self._as_entry(seen), "short")
                f.kb_id, f.same_as = seen.kb_id, seen
                taken[i] = f
            elif seen is not None:
                taken[i] = self._make(text, si, toks, i, i, seen, "short")

        self._of_genitive(toks, taken)
        for f in dict.fromkeys(taken.values()):
            if f.kind == "city_adj" or self._in_media_title(toks, f, taken):
                continue  # a city's adjective places what it qualifies; alone it is no actor
            if f.kind == "person" or f.kind == "role" and f.role and f.role.number in {"m", "f"}:
                self._remember(f)
            out.append(f)
        return out, places

    def _of_genitive(self, toks: list[Token], taken: dict[int, Found]) -> None:
        """A role of no state followed by a body in the genitive belongs to that body's state:
        "die Führung der französischen Marine", "Kämpfer des Nationalrats". Roles are composed
        left to right, so the genitive's country is known only once all are."""
        for f in dict.fromkeys(taken.values()):
            k = f.last + 1
            if f.kind != "role" or f.country or k + 1 >= len(toks) or toks[k].text.lower() not in self.kb.genitive_articles:
                continue
            g = taken.get(k) or taken.get(k + 1)
            if g is not None and g is not f and g.first in (k, k + 1) and g.country \
                    and g.kind in {"role", "org", "state", "seat"}:
                f.country = g.country
                f.explanation.append(f"genitive-of:{g.kb_id or g.text}")

    def _namesakes(self, text: str, toks: list[Token], taken: dict[int, Found]) -> None:
        """A party or body the KB knows in one state, named with another state's adjective or
        followed by it in the genitive, is that state's namesake: "die spanischen
        Sozialdemokraten" and "die Demokratische Partei Japans" are no German or US party."""
        for f in dict.fromkeys(taken.values()):
            if f.kind != "org" or not f.country or f.country in NON_STATE:
                continue
            state = taken.get(f.last + 1)
            adjective = self._adjective(toks, f.first - 1) if f.first > 0 and f.first - 1 not in taken else None
            if adjective is not None and adjective.country:
                f.first = self._with_determiner(toks, f.first - 1)
                f.start = toks[f.first].start
                # "die deutschen Grünen" are the party the KB knows
                other = adjective if adjective.country != f.country else None
            elif state is not None and state.kind == "state" and state.first == f.last + 1 \
                    and state.country != f.country and toks[state.last].text.endswith("s"):
                f.last, f.end = state.last, state.end
                other = state
            else:
                continue
            f.text = text[f.start:f.end]
            for k in range(f.first, f.last + 1):
                taken[k] = f
            if other is not None:
                f.country, f.name, f.kb_id = other.country, None, None
                f.explanation.append(f"namesake-of:{other.kb_id}")

    def _in_media_title(self, toks: list[Token], f: Found, taken: dict[int, Found]) -> bool:
        """A state named inside the quoted title of a newspaper or broadcaster ("die
        Tageszeitung „Neues Deutschland“") is part of that name, not an actor."""
        q = f.first - 1
        while q >= 0 and toks[q].text[:1].isupper() and q not in taken:
            q -= 1  # "„Neues Deutschland“": the quote opens before the other words of the title
        if f.kind != "state" or q < 1 or toks[q].text not in self.kb.quotes:
            return False
        medium = taken.get(q - 1)
        closes = self.kb.quotes[toks[q].text]
        return medium is not None and medium.sector == "JRN" and f.last + 1 < len(toks) \
            and toks[f.last + 1].text in closes

    def _make(self, text: str, si: int, toks: list[Token], first: int, last: int, entry: Entry, rule: str) -> Found:
        if entry.kind in {"state", "seat", "org", "demonym"} and rule == "kb":
            first = self._with_determiner(toks, first)
        start, end = toks[first].start, toks[last].end
        number = self._demonym_number(toks, first, last) if entry.kind == "demonym" else entry.gender
        return Found(sent=si, first=first, last=last, start=start, end=end, text=text[start:end],
                     name=entry.name, country=entry.country, sector=entry.sector, kb_id=entry.kb_id,
                     kind=entry.kind, number=number, rule=rule,
                     subject_like=_subject_like(toks, first), explanation=[f"{rule}:{entry.kb_id}"])

    def _demonym_number(self, toks: list[Token], first: int, last: int) -> str:
        """One man ("ein Kenianer", "der Schwede"), one woman ("die Kenianerin") or many ("die
        Kenianer", "den Schweden") of a state's people."""
        word = toks[last].text
        if word.endswith("in"):
            return "f"
        if word.endswith("e"):
            return "m"
        det = toks[first].text.lower() if first < last else ""
        singular = det in self.kb.singular_determiners and (
            not word.endswith("n") or det in self.kb.singular_determiners_before_n)
        return "m" if singular else "pl"

    def _with_determiner(self, toks: list[Token], first: int) -> int:
        """Extend a name to the article and adjectives before it ("den USA", "die
        Vereinten Nationen", "der Kreml"), which belong to the actor's text."""
        j = first - 1
        while j >= 0 and toks[j].pos == "ADJA" and toks[j].text[:1].isupper():
            j -= 1
        if j >= 0 and toks[j].pos == "ART" and toks[j].text.lower() in self.kb.determiners:
            return j
        return first

    def _kb_match(self, text: str, toks: list[Token], i: int) -> tuple[int, Entry] | None:
        tok = toks[i]
        for form in self._by_prefix.get(tok.text[:3], ()):
            end = tok.start + len(form)
            if text[tok.start:end] != form:
                continue
            last = next((k for k in range(i, len(toks)) if toks[k].end == end), None)
            if last is None:
                continue
            return last, self._choose(self.kb.names[form])
        return None

    def _choose(self, ids: list[str]) -> Entry:
        """Of several entries with one name, a state before a person before the rest."""
        order = {"state": 0, "org": 1, "person": 2, "seat": 3, "demonym": 4}
        return min((self.kb.entries[k] for k in ids), key=lambda e: order.get(e.kind, 9))

    def _locative(self, toks: list[Token], i: int) -> bool:
        j = i - 1
        while j >= 0 and toks[j].pos in {"ART", "ADJA"}:
            j -= 1
        return j >= 0 and toks[j].text.lower() in self.kb.locative

    def _adjective(self, toks: list[Token], i: int) -> Entry | None:
        tok = toks[i]
        # capitals mark a noun, except at a sentence start or in a hyphenated "US-amerikanische"
        if not tok.text[:1].islower() and "-" not in tok.text and i > 0 and toks[i - 1].pos not in {"$(", "$.", "$,"}:
            return None
        low = tok.text.lower()
        for ending in ADJ_ENDINGS:
            stem = low[: len(low) - len(ending)] if ending else low
            if low.endswith(ending) and stem in self.kb.adjectives:
                return self.kb.entries[self.kb.adjectives[stem]]
        return None

    def _city_adjective(self, toks: list[Token], i: int) -> Entry | None:
        """A city's adjective before a noun ("die Frankfurter Staatsanwaltschaft"), as an entry
        of the city's state; see ``city_adjectives`` in the roles table."""
        word = toks[i].text
        if toks[i].pos != "ADJA" or word in self.kb.given or i + 1 >= len(toks) \
                or toks[i + 1].pos not in NOUN_OR_NAME_TAGS or not toks[i + 1].text[:1].isupper():
            return None
        low = word.lower()
        cities = [city for stem, city in self.kb.city_irregular.items()
                  for ending in ADJ_ENDINGS if low == stem + ending]
        suffix = self.kb.city_suffix
        if not cities and suffix and low.endswith(suffix) and word[:1].isupper():
            stem = word[: -len(suffix)]
            before = toks[i - 1].text if i > 0 and toks[i - 1].text[:1].isupper() else None
            cities = ([f"{before} {stem}"] if before else []) + [stem]  # "New Yorker"
        for city in cities:
            country = _city_country(city, self.kb.city_min_population)
            if country:
                return Entry(f"city_adj:{city}", city, country, None, "city_adj")
        return None

    def _compound(self, tok: Token) -> tuple[Entry, Role | None] | None:
        """A hyphenated compound of a KB prefix and a role noun ("US-Präsident",
        "EU-Außenminister", "Al-Qaida-Vizechef")."""
        word = tok.text
        if "-" not in word.strip("-"):
            return None
        known = self.kb.known_prefix(word)
        if known is None:
            return None
        entry, head = known
        hit = self.kb.role_for(head)
        return (entry, hit[0]) if hit is not None else None

    # --- organisations the KB does not know -------------------------------------------------

    def _orgs(self, text: str, si: int, toks: list[Token], taken: dict[int, Found],
              places: list[tuple[int, int]]) -> None:
        """Organisations the KB does not know, then mentions that link back to them (see the
        module docstring): quoted names first, as their quotes bound them best."""
        for f in dict.fromkeys(taken.values()):
            if f.kind == "org" and f.kb_id and f.last > f.first:
                self._remember_org(toks, f)
        for i in range(len(toks)):
            if i not in taken and toks[i].text in self.kb.quotes:
                self._quoted_org(text, si, toks, i, taken, places)
        for i in range(len(toks)):
            if i not in taken:
                self._named_org(text, si, toks, i, taken, places)
        for i in range(len(toks)):
            if i not in taken:
                self._org_ref(text, si, toks, i, taken)

    def _name_word(self, toks: list[Token], k: int, taken: dict[int, Found],
                   places: list[tuple[int, int]]) -> bool:
        """A capitalised word that can stand in an organisation's name."""
        t = toks[k]
        return (k not in taken and t.pos in ORG_WORD_TAGS and t.text[:1].isupper()
                and t.text.lower() not in self.kb.not_name_words
                and not any(s < t.end and e > t.start for s, e in places))

    def _quoted_org(self, text: str, si: int, toks: list[Token], q: int, taken: dict[int, Found],
                    places: list[tuple[int, int]]) -> None:
        """A quoted name with an organisation noun in it ("der „Arbeitskreis
        Vorratsdatenspeicherung“") or right before it ("die Oppositionsbewegung „Volksallianz
        für Demokratie“")."""
        closes = self.kb.quotes[toks[q].text]
        close = next((k for k in range(q + 1, min(len(toks), q + MAX_QUOTED + 2)) if toks[k].text in closes), None)
        if close is None or close == q + 1 or not toks[q + 1].text[:1].isupper():
            return
        inside = range(q + 1, close)
        connectors = self.kb.org_connectors | self.kb.org_genitive_connectors
        if any(k in taken or not (toks[k].text[:1].isupper() or toks[k].text.lower() in connectors)
               for k in inside):
            return
        nouns = [self.kb.org_noun(toks[k].text) for k in inside if toks[k].pos != "ADJA"]
        noun = next((n for n in nouns if n is not None), None)
        first = q
        if q > 0 and q - 1 not in taken and toks[q - 1].text[:1].isupper():
            before = self.kb.org_noun(toks[q - 1].text)
            if before is not None:
                noun, first = before, q - 1
        if noun is None:
            return
        self._add_org(text, si, toks, first, close, q + 1, close - 1, noun, taken)

    def _named_org(self, text: str, si: int, toks: list[Token], h: int, taken: dict[int, Found],
                   places: list[tuple[int, int]]) -> None:
        """A name headed by an organisation noun, its other words before the head ("Chaos
        Computer Club", "Sozialdemokratische Partei") or after it ("Bundesverband Erneuerbare
        Energie", "Koalition für Einheit und Entwicklung", "Verband kommunaler Unternehmen")."""
        tok = toks[h]
        if tok.pos not in {"NN", "NE", "FM", "XY"} or not tok.text[:1].isupper():
            return
        noun = self.kb.org_noun(tok.text)
        if noun is None:
            return
        first = h
        if noun.prefix:
            while first > 0 and h - first < MAX_ORG_PREFIX and self._name_word(toks, first - 1, taken, places) \
                    and self.kb.role_for(toks[first - 1].text) is None \
                    and self.kb.org_noun(toks[first - 1].text) is None \
                    and not _lower_part(toks[first - 1].text):
                first -= 1
        last = self._complement(toks, h, noun, taken, places)
        if first == h and last == h:
            return
        state = taken.get(last + 1)  # a state in the genitive ends the name ("Partei Österreichs")
        if state is not None and state.kind == "state" and state.first == last + 1 \
                and toks[state.last].text.endswith("s"):
            last = state.last
        name_words = [t.text for t in toks[first:last + 1]]
        if self._sports(name_words) or " ".join(name_words) in self.kb.not_orgs:
            return
        self._add_org(text, si, toks, first, last, first, last, noun, taken)

    def _complement(self, toks: list[Token], h: int, noun: OrgNoun, taken: dict[int, Found],
                    places: list[tuple[int, int]]) -> int:
        """The last word of the name after the head ``h`` (``h`` when none): capitalised
        adjectives and a noun ("Erneuerbare Energie"), a genitive plural ("kommunaler
        Unternehmen"), connectors and the words they join ("für Einheit und Entwicklung"),
        or, where the head allows, a bare name or noun ("Arbeitskreis Vorratsdatenspeicherung")
        that is no role noun (a role noun there is an object: "die Partei Regierung"), no
        single letter ("Partei A") and no given name (a person: "Bewegung Martin Konvička")."""
        n = len(toks)

        def phrase(k: int) -> int | None:
            """Capitalised adjectives then a noun from ``k``: the noun's index."""
            while k < n and toks[k].pos == "ADJA" and self._name_word(toks, k, taken, places):
                k += 1
            if k < n and toks[k].pos != "ADJA" and self._name_word(toks, k, taken, places):
                return k
            return None

        last = h
        k = h + 1
        if k < n and toks[k].pos == "ADJA" and toks[k].text.islower() and toks[k].text.endswith("er"):
            end = phrase(k + 1)
            if end is not None:
                last, k = end, end + 1
        elif k < n and toks[k].pos == "ADJA":
            end = phrase(k)
            if end is not None:
                last, k = end, end + 1
        while k + 1 < n:
            word = toks[k].text.lower()
            genitive = word in self.kb.org_genitive_connectors and toks[k + 1].pos == "ADJA"
            joins = word in self.kb.org_connectors and (word not in {"und", "and"} or last > h)
            if not (genitive or joins):
                break
            end = phrase(k + 1)
            if end is None:
                break
            last, k = end, end + 1
        if last == h and noun.bare and k < n and self._name_word(toks, k, taken, places) \
                and toks[k].pos != "ADJA" and self.kb.role_for(toks[k].text) is None \
                and self.kb.org_noun(toks[k].text) is None and len(toks[k].text) > 1 \
                and self.kb.given_name(toks[k].text) is None \
                and (k + 1 >= n or toks[k + 1].pos not in VERB_END_TAGS):
            last = k
            if toks[k].pos == "NE":
                while last + 1 < n and last - k < 2 and toks[last + 1].pos == "NE" \
                        and self._name_word(toks, last + 1, taken, places):
                    last += 1
        return last

    def _sports(self, words: list[str]) -> bool:
        """Whether the name is a sports club's ("1. FC Köln", "Fußball-Club", "Turnverein")."""
        for word in words:
            if word in self.kb.sports_words:
                return True
            if any(part.startswith(self.kb.sports_stems) for part in word.lower().split("-")):
                return True
        return False

    def _add_org(self, text: str, si: int, toks: list[Token], first: int, last: int,
                 name_first: int, name_last: int, noun: OrgNoun, taken: dict[int, Found]) -> None:
        """Make the organisation mention: its article and adjectives before it, an acronym in
        brackets after it (a KB acronym makes it that KB organisation), its country from its
        words and its sector from its head and cues."""
        name = text[toks[name_first].start:toks[name_last].end]
        country, notes = None, [f"org:{noun.rule_id}"]
        j = first - 1
        while j >= 0 and j not in taken and toks[j].pos == "ADJA":
            j -= 1
        if j >= 0 and j not in taken and toks[j].text.lower() in self.kb.determiners:
            start_tok = j
        else:
            start_tok = j + 1
        for k in range(start_tok, last + 1):
            state = self._state_adjective(toks[k].text) if toks[k].pos == "ADJA" else None
            if state is None and k in taken and taken[k].kind == "state":
                state = self.kb.entries.get(taken[k].kb_id or "")
            if state is None and "-" in toks[k].text.strip("-") \
                    and (prefix := self.kb.known_prefix(toks[k].text)) is not None:
                state = prefix[0]  # "das UN-Komitee", "die US-Stiftung"
            if state is not None and not country:
                country = state.country
                notes.append(f"country:{state.kb_id}")
        entry: Entry | None = None
        acronym: str | None = None
        if last + 3 < len(toks) and toks[last + 1].text == "(" and toks[last + 3].text == ")":
            word = toks[last + 2].text
            known = taken.get(last + 2)
            if known is not None and known.kind == "org" and known.first == known.last == last + 2:
                entry = self.kb.entries.get(known.kb_id or "")
            elif known is None and _acronym(word):
                acronym = word
            if entry is not None or acronym is not None:
                last += 3
        start, end = toks[start_tok].start, toks[last].end
        words = [w for t in toks[start_tok:last + 1] for w in t.text.lower().split("-")]
        sector = next((sec for stem, sec in noun.cues if any(w.startswith(stem) for w in words)), noun.sector)
        if sector != noun.sector:
            notes.append(f"org_cue:{sector}")
        f = Found(sent=si, first=start_tok, last=last, start=start, end=end, text=text[start:end],
                  name=name, country=country, sector=sector, kb_id=None, kind="org", rule="org",
                  subject_like=_subject_like(toks, start_tok), explanation=notes)
        if entry is not None:
            f.name, f.country, f.sector, f.kb_id = entry.name, entry.country, entry.sector, entry.kb_id
            f.explanation.append(f"kb:{entry.kb_id}")
        for k in range(start_tok, last + 1):
            taken[k] = f
        if acronym is not None:
            self._acronyms[acronym] = f
        self._org_heads[noun.rule_id] = f

    def _remember_org(self, toks: list[Token], f: Found) -> None:
        """A KB organisation named with an organisation noun ("Gewerkschaft Deutscher
        Lokführer") is what that noun refers back to later ("die Gewerkschaft")."""
        for k in range(f.first, f.last + 1):
            noun = self.kb.org_noun(toks[k].text) if toks[k].pos != "ADJA" else None
            if noun is not None:
                self._org_heads[noun.rule_id] = f
                return

    def _state_adjective(self, word: str) -> Entry | None:
        low = word.lower()
        for ending in ADJ_ENDINGS:
            stem = low[: len(low) - len(ending)] if ending else low
            if low.endswith(ending) and stem in self.kb.adjectives:
                return self.kb.entries[self.kb.adjectives[stem]]
        return None

    def _org_ref(self, text: str, si: int, toks: list[Token], i: int, taken: dict[int, Found]) -> None:
        """A later mention of an organisation found before: its acronym ("der CCC", "die PAD")
        or its head noun after a definite article ("die Gewerkschaft")."""
        tok = toks[i]
        org = self._acronyms.get(tok.text)
        if org is None and i > 0 and toks[i - 1].text.lower() in DEFINITE and tok.text[:1].isupper():
            noun = self.kb.org_noun(tok.text)
            org = self._org_heads.get(noun.rule_id) if noun is not None else None
        if org is None:
            return
        first = i - 1 if i > 0 and i - 1 not in taken and toks[i - 1].text.lower() in self.kb.determiners else i
        start, end = toks[first].start, tok.end
        first_mention = org.same_as or org
        f = Found(sent=si, first=first, last=i, start=start, end=end, text=text[start:end],
                  name=first_mention.name, country=first_mention.country, sector=first_mention.sector,
                  kb_id=first_mention.kb_id, kind="org", rule="org_ref",
                  subject_like=_subject_like(toks, first), explanation=[f"org_ref:{first_mention.start}"])
        f.same_as = first_mention
        for k in range(first, i + 1):
            taken[k] = f

    # --- composition of role noun phrases ------------------------------------------------

    def _compose(self, text: str, si: int, toks: list[Token], r: int, role: Role, sector: str | None,
                 rule: str, taken: dict[int, Found], date: str | None) -> Found | None:
        # a state named with the role wins over the state the role word implies: "der
        # österreichische Bundeskanzler", "Österreichs Bundespräsident"
        country: str | None = None
        first = r
        notes = [rule]
        # left: determiners, adjectives (a state adjective gives the country), a genitive name
        j = r - 1
        while j >= 0:
            t = toks[j]
            prev = taken.get(j)
            if prev is not None and prev.kind in {"adj", "city_adj"}:
                country = country or prev.country
                notes.append(f"adj:{prev.kb_id}")
            elif prev is not None and prev.kind == "demonym" and prev.last == j == r - 1 and t.text.endswith("er"):
                country = country or prev.country  # "der Schweizer Bundespräsident": an adjective
                notes.append(f"adj:{prev.kb_id}")
                first = prev.first
                j = prev.first - 1
                continue
            elif prev is not None and prev.kind in {"state", "seat", "org"} and t.text.endswith("s") \
                    and prev.last == j and prev.kind != "org":
                country = country or prev.country
                notes.append(f"genitive:{prev.kb_id}")
                first = prev.first
                j = prev.first - 1
                continue
            elif prev is not None:
                break
            elif t.pos in NP_INNER_TAGS or t.text.lower() in self.kb.determiners:
                if t.pos in {"ADV"} and j == r - 1:
                    break
            else:
                break
            first = j
            j -= 1
        while first < r and toks[first].pos in {"ADV"}:
            first += 1
        last = r
        entry: Entry | None = None
        # right: a KB entity or a name in apposition, a genitive, a "von" phrase
        k = r + 1
        org_sector: str | None = None
        name_span: tuple[int, int] | None = None
        # an organisation the KB does not know after "der"/"des" is a genitive, no apposition
        unknown_genitive = k < len(toks) and k in taken and taken[k].rule in {"org", "org_ref"} \
            and toks[k].text.lower() in {"der", "des"}
        if k < len(toks) and k in taken and taken[k].kind in {"person", "org"} and taken[k].first == k \
                and not unknown_genitive:
            ent = taken[k]
            entry = self.kb.entries.get(ent.kb_id or "")
            last = ent.last
            notes.append(f"apposition:{ent.kb_id}")
        else:
            gen = self._genitive(toks, k, taken)
            if gen is not None:
                g, gl = gen
                country = country or g.country
                if g.kind in {"org", "seat"} and g.sector:
                    org_sector = g.sector
                    if g.rule in {"org", "org_ref"} and sector == "GOV":
                        # the leader of a party, union or movement the KB does not know
                        # ("Führer der Oppositionsbewegung „…“") acts for it, not for a state
                        sector = None
                last = gl
                notes.append(f"genitive:{g.kb_id}")
                k = gl + 1
            if k < len(toks) and k in taken and taken[k].kind == "person" and taken[k].first == k:
                ent = taken[k]
                entry = self.kb.entries.get(ent.kb_id or "")
                last = ent.last
                notes.append(f"apposition:{ent.kb_id}")
            else:
                name_end = self._name_run(toks, k, taken)
                if name_end is not None:
                    name_span = (toks[k].start, toks[name_end].end)
                    last = name_end
                    notes.append("apposition:name")
                    # a KB person named by surname ("Verteidigungsminister Guttenberg") is that person
                    known = self._short(toks[name_end].text, date)
                    if isinstance(known, Found) and known.kind == "person":
                        known = self._as_entry(known)  # "General Soleimani" after "Qasem Soleimani"
                    run = text[toks[k].start:toks[name_end].end]
                    if isinstance(known, Entry) and known.kind == "person" and (
                            name_end == k or _same_person_named(known, run)):
                        # not a namesake with another given name ("Ministerpräsident Jan Novak")
                        entry = known
                        notes.append(f"short:{known.kb_id}")
                    k = name_end + 1
                    gen = self._von(toks, k, taken)
                    if gen is not None:
                        country = country or gen[0].country
                        last = gen[1]
        country = country or role.country
        if sector is None:
            sector = org_sector
        if sector is None and entry is None:
            return None
        start, end = toks[first].start, toks[last].end
        span = text[start:end]
        if any(v in span.lower() for v in self.kb.vague):
            return None
        f = Found(sent=si, first=first, last=last, start=start, end=end, text=span, name=None,
                  country=country, sector=sector, kb_id=None, kind="role", number=role.number,
                  rule="role", subject_like=_subject_like(toks, first), role=role, explanation=notes)
        if entry is not None:
            f.name, f.kb_id, f.kind = entry.name, entry.kb_id or None, entry.kind
            f.country = entry.country if entry.country else country
            if entry.kind == "org":
                f.sector = entry.sector or sector
            elif entry.gender:
                f.number = entry.gender
        elif name_span is not None:
            f.name = text[name_span[0]:name_span[1]]
            if role.number in {"m", "f"}:
                f.kind = "person"
        self._fill_office(f, date)
        return f

    def _genitive(self, toks: list[Token], k: int, taken: dict[int, Found]) -> tuple[Found, int] | None:
        """A genitive after the role: "Russlands", "des Kosovos", "der Vereinten Nationen",
        "des Weißen Hauses"."""
        f = taken.get(k)
        if f is not None and f.first == k and f.kind in {"state", "seat", "org"} and \
                (toks[k].text.lower() in self.kb.genitive_articles or toks[f.last].text.endswith("s")):
            return f, f.last
        j = k
        if j < len(toks) and toks[j].text.lower() in self.kb.genitive_articles:
            j += 1
            while j < len(toks) and toks[j].pos == "ADJA" and j not in taken:
                j += 1
        elif j < len(toks) and not toks[j].text.endswith("s"):
            return None
        f = taken.get(j)
        if f is not None and f.first == j and f.kind in {"state", "seat", "org"}:
            return f, f.last
        return None

    def _von(self, toks: list[Token], k: int, taken: dict[int, Found]) -> tuple[Found, int] | None:
        if k < len(toks) and toks[k].text == "von":
            f = taken.get(k + 1)
            if f is not None and f.kind == "state":
                return f, f.last
        return None

    def _name_run(self, toks: list[Token], k: int, taken: dict[int, Found]) -> int | None:
        """The last token of a proper name right after a role noun ("Präsident Boris Tadić");
        after a given name, a surname tagged as a common noun counts ("Frank Walter Steinmeier")."""
        j = k
        while j < len(toks) and j not in taken and self.kb.name_cased(toks[j].text) and (
                toks[j].pos in NAME_TAGS or
                j > k and self._given(toks[j - 1]) is not None and self._surname(toks[j])):
            j += 1
        return j - 1 if j > k else None

    # --- people the KB does not know ------------------------------------------------------

    def _given(self, tok: Token) -> GivenName | None:
        if tok.pos not in GIVEN_TAGS or not tok.text[:1].isupper():
            return None
        return self.kb.given_name(tok.text)

    def _surname(self, tok: Token) -> bool:
        """A word that can continue a person's name: capitalised, no acronym, no digits, no
        role noun, no institution head."""
        word = tok.text
        if tok.pos not in SURNAME_TAGS or not self.kb.name_cased(word) or any(c.isdigit() for c in word):
            return False
        if len(word) > 1 and word.replace("-", "").isupper():
            return False
        return not (self._head(tok) or tok.pos == "NN" and self.kb.role_for(word) is not None)

    def _head(self, tok: Token) -> bool:
        return tok.text.lower().split("-")[-1] in self.kb.name_heads

    def _names(self, text: str, si: int, toks: list[Token], taken: dict[int, Found],
               places: list[tuple[int, int]], date: str | None) -> None:
        """People the KB does not know: a given name and the surnames after it, with the
        sector and country of a role just before it or in apposition after it."""
        i = 0
        while i < len(toks):
            given = None if i in taken else self._given(toks[i])
            if given is None:
                i += 1
                continue
            j = i + 1
            while j < len(toks) and j not in taken and j - i < MAX_NAME_WORDS and self._surname(toks[j]):
                j += 1
            last = j - 1
            start, end = toks[i].start, toks[last].end
            name = text[start:end]
            if last == i or j < len(toks) and self._head(toks[j]) or name in self.kb.not_persons or \
                    any(s < end and e > start for s, e in places) or \
                    any(self._kb_match(text, toks, k) for k in range(i, last + 1)):
                i = j
                continue
            known = self._short(toks[last].text, date)
            if isinstance(known, Entry) and _same_person_named(known, name):
                taken.update(dict.fromkeys(range(i, last + 1), self._make(text, si, toks, i, last, known, "short")))
                i = j
                continue
            f = Found(sent=si, first=i, last=last, start=start, end=end, text=name, name=name,
                      country=None, sector=None, kb_id=None, kind="person", number=given.gender, rule="name",
                      subject_like=_subject_like(toks, i), explanation=[f"name:{given.rule_id}"])
            role = self._role_before(toks, i, taken) or self._apposition(toks, j, taken)
            body = None if role is not None else self._body_before(toks, i, taken)
            if role is not None:
                self._take_role(text, toks, f, role, taken)
            elif body is not None:
                f.sector, f.country = body.sector, body.country
                f.explanation.append(f"apposition-of:{body.rule}:{body.kb_id or body.text}")
            elif (nationality := self._nationality_before(toks, i, taken)) is not None:
                f.country = nationality.country
                f.explanation.append(f"nationality:{nationality.kb_id}")
                f.first, f.start = nationality.first, nationality.start
                f.text = text[f.start:f.end]
            else:
                self._same_person(f)
            for k in range(f.first, f.last + 1):
                taken[k] = f
            i = f.last + 1

    def _role_before(self, toks: list[Token], i: int, taken: dict[int, Found]) -> Found | None:
        """A role noun right before the name that did not take it ("PDS-Abgeordnete")."""
        prev = taken.get(i - 1)
        if prev is not None and prev.kind == "role" and prev.last == i - 1 and prev.sector:
            return prev
        return None

    def _nationality_before(self, toks: list[Token], i: int, taken: dict[int, Found]) -> Found | None:
        """A person the KB does not know is of the nation named just before the name, also
        across a noun that is no role: "der Schweizer Oliver J.", "den Schweizer Wettermoderator
        Jörg K.", "der irakische Blogger Salam P." The name, not a scene, then places the
        person, here and when the surname comes again."""
        k = i - 1
        if k >= 1 and k not in taken and toks[k].pos in ROLE_NOUN_TAGS and toks[k].text[:1].isupper():
            k -= 1  # the noun between ("Wettermoderator", "Blogger")
        prev = taken.get(k)
        if prev is None or prev.last != k or not prev.country:
            return None
        if prev.kind == "demonym" and toks[k].text.endswith("er") or prev.kind in {"adj", "city_adj"}:
            return prev
        return None

    def _body_before(self, toks: list[Token], i: int, taken: dict[int, Found]) -> Found | None:
        """The organisation of a noun the name stands in apposition to: "die innenpolitische
        Sprecherin der FDP-Fraktion, Gisela Piltz" speaks for the FDP. The noun itself may be
        no known role; its genitive organisation still places the person."""
        if i < 3 or toks[i - 1].text != ",":
            return None
        end = i - 2
        if toks[end].text == ")":  # its abbreviation in brackets: "Der Präsident des IWF (IWF), Dominique ..."
            opening = next((k for k in range(end - 1, max(end - 4, 0), -1) if toks[k].text == "("), None)
            if opening is None:
                return None
            end = opening - 1
        body = taken.get(end)
        if body is None or body.last != end or not body.sector or body.kind not in ("org", "role"):
            return None
        if body.kb_id and any(e.startswith("role.") for e in body.explanation):
            return body  # the role phrase took its body along: "Der Chef der Raumfahrtbehörde NASA, Michael Griffin"
        genitive = self.kb.genitive_articles
        k = body.first if toks[body.first].text.lower() in genitive else body.first - 1
        while k > 1 and toks[k].text.lower() not in genitive and toks[k].pos in NOUN_OR_NAME_TAGS:
            k -= 1  # "der Chef der US-Raumfahrtbehörde NASA, Michael Griffin"
        if k >= 1 and toks[k].text.lower() in genitive and toks[k - 1].pos in ROLE_NOUN_TAGS:
            return body
        return None

    def _apposition(self, toks: list[Token], j: int, taken: dict[int, Found]) -> Found | None:
        """The role of an apposition after the name: ", PDS-Bundestagsabgeordnete", ", einer
        der Oppositionskandidaten", ", Sprecher der Bundesregierung", or a party in brackets
        ("(SPD)")."""
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            org = taken.get(j + 1)
            if org is not None and org.kind == "org" and org.first == j + 1 and org.last == j + 1:
                return org
            return None
        if j >= len(toks) or toks[j].text != ",":
            return None
        k = j + 1
        while k < len(toks) and k not in taken and (
                toks[k].text.lower() in self.kb.apposition_words or toks[k].pos in {"ADJA", "CARD"}):
            k += 1
        role = taken.get(k)
        # a role, or a role phrase headed by its body (", Sprecher der Bundesregierung,")
        if role is not None and (role.kind == "role" or role.kind == "org" and role.rule == "role") \
                and role.sector and role.last >= k:
            return role
        return None

    def _take_role(self, text: str, toks: list[Token], f: Found, role: Found, taken: dict[int, Found]) -> None:
        """The person takes the sector and country of its role (or party), and the role's
        words become part of its text, as one mention."""
        f.sector, f.country = role.sector, role.country
        f.explanation.append(f"role:{role.rule}:{role.role.rule_id if role.role else role.kb_id}")
        if role.kind == "org":
            return
        f.role = role.role
        if f.number is None and role.number in {"m", "f"}:
            f.number = role.number
        f.explicit_country = role.explicit_country
        f.first, f.last = min(f.first, role.first), max(f.last, role.last)
        f.start, f.end = toks[f.first].start, toks[f.last].end
        f.text = text[f.start:f.end]
        for k in range(role.first, role.last + 1):
            taken[k] = f

    def _same_person(self, f: Found) -> None:
        """A person named in full again: the earlier mention with the same surname and first
        name gives sector and country."""
        seen = self._seen.get(f.name.split()[-1]) if f.name else None
        if isinstance(seen, Found) and seen.name and seen.name.split()[0] == f.name.split()[0]:
            f.same_as = seen
            f.explanation.append(f"same_as:{seen.start}")

    def _fill_office(self, f: Found, date: str | None) -> None:
        """The office holder a role names ("der kenianische Präsident"), unless the role is
        followed by a name of its own ("Premierministers Snyder Rini") or names a woman where
        the holder is a man ("Königin" beside a king)."""
        if f.kb_id or _own_name(f) or f.rule == "name" or not f.role or not f.role.offices or not f.country \
                or f.role.number not in {"m", "f"} or not self._current(f):
            return
        # the role's gender tells apart the two holders of a year of change ("die finnische
        # Regierungschefin" in 2019) and keeps a queen from being the king in office
        holders = [h for h in self.kb.holders(f.country, f.role.offices, date) if h.gender in {f.role.number, None}]
        if len(holders) == 1:
            f.name, f.kb_id = holders[0].name, holders[0].kb_id
            f.number = holders[0].gender or f.number
            f.explanation.append(f"office:{holders[0].kb_id}")

    def _current(self, f: Found) -> bool:
        """Whether a role phrase can name one person in office: not "der ehemalige Präsident",
        "manche Staatschefs", "18 Soldaten"."""
        words = f.text.lower().split()[:-1]
        return not any(w.startswith(self.kb.not_current) or w[:1].isdigit() for w in words)

    # --- people named again -------------------------------------------------------------

    def _remember(self, f: Found) -> None:
        if f.kb_id and f.kb_id in self.kb.entries:
            entry = self.kb.entries[f.kb_id]
            for short, ids in self.kb.short.items():
                if entry.kb_id in ids:
                    self._seen[short] = entry
        if f.name and f.kind == "person":
            words = f.name.split()
            if len(words) > 1:
                self._seen.setdefault(words[-1], f)

    def _short(self, word: str, date: str | None) -> Entry | Found | None:
        # "Al-Hassani" at the start of a sentence is the "al-Hassani" named before
        lowered = word[:1].lower() + word[1:]
        particle = lowered if lowered != word and self.kb.name_cased(lowered) else None
        for w in (word, word[:-1] if word.endswith("s") else None, particle):
            if not w:
                continue
            if w in self._seen:
                return self._seen[w]
            ids = [k for k in self.kb.short.get(w, []) if self.kb.in_top_office(k, date)]
            if len(ids) == 1:
                return self.kb.entries[ids[0]]
        return None

    def _as_entry(self, f: Found) -> Entry:
        return Entry(f.kb_id or "", f.name or f.text, f.country, f.sector, "person", f.number)

    # --- pronouns ---------------------------------------------------------------------

    def _pronouns(self, doc: Doc, found: list[Found]) -> None:
        mentions = sorted(found, key=lambda f: f.start)
        for si, sent in enumerate(doc.sentences):
            for ti, tok in enumerate(sent.tokens):
                kinds = self.kb.pronouns.get(tok.text.lower())
                demonstrative = tok.pos in self.kb.demonstrative_tags and tok.text.lower() in self.kb.demonstratives
                if not demonstrative and (tok.pos != "PPER" or not kinds):
                    continue
                ante = self._nearest_named(mentions, si, tok.start) if demonstrative else \
                    self._antecedent(mentions, si, tok.start, kinds)
                if ante is None:
                    continue
                f = Found(sent=si, first=ti, last=ti, start=tok.start, end=tok.end, text=tok.text,
                          name=ante.name or ante.text, country=ante.country, sector=ante.sector,
                          kb_id=ante.kb_id, kind="pronoun", number=ante.number, rule="pronoun",
                          subject_like=tok.text.lower() in {"er", "sie"},
                          explanation=[f"pronoun:{ante.start}-{ante.end}"])
                found.append(f)
                mentions.append(f)
                mentions.sort(key=lambda m: m.start)

    def _nearest_named(self, mentions: list[Found], si: int, pos: int) -> Found | None:
        """A demonstrative's antecedent: the last person, role or body named before it, in this
        sentence or the one before."""
        before = [m for m in mentions if m.start < pos and m.sent >= si - 1 and m.kind in {"person", "role", "org"}]
        return before[-1] if before else None

    def _antecedent(self, mentions: list[Found], si: int, pos: int, kinds: tuple[str, ...]) -> Found | None:
        cands = []
        for m in mentions:
            if m.start >= pos or m.sent < si - 2:
                continue
            person = m.kind in {"person", "pronoun"} or m.kind in {"role", "demonym"} and m.number in {"m", "f"}
            fits = (m.number in kinds and (person or m.number == "pl"))
            if not fits:
                continue
            same = m.sent == si
            # salience: subjects first, then the current sentence (latest first), then
            # earlier sentences (nearest sentence, earliest mention first)
            cands.append(((not m.subject_like), si - m.sent, -m.start if same else m.start, m))
        if not cands:
            return None
        return min(cands, key=lambda c: c[:3])[3]


@cache
def _city_country(name: str, min_population: int) -> str | None:
    """The state of the most populous city of that name, if it is large enough."""
    key = normalize(name)
    cities = [e for e in get_gazetteer().lookup([key]).get(key, [])
              if e.feature == "city" and e.population >= min_population and e.country_code]
    best = max(cities, key=lambda e: e.population, default=None)
    return alpha3(best.country_code) if best else None


def _own_name(f: Found) -> bool:
    """Whether a role phrase names its person ("Premierministers Snyder Rini")."""
    return "apposition:name" in f.explanation


def _nearest(local: list[tuple[int, str]], pos: int) -> str | None:
    """The state of the sentence's last locative place before ``pos``, else of its first:
    "In Syrien ..., in China nahm die Polizei ... fest" is the Chinese police."""
    before = [code for start, code in local if start < pos]
    return before[-1] if before else (local[0][1] if local else None)


def _same_person_named(known: Entry, written: str) -> bool:
    """Whether a full name written in the text can be the KB person found by its surname: a KB
    person in a form the KB lacks ("Wladimir W. Putin"), not a namesake with another given name
    ("Michael Rasmussen"); "Álvaro" is "Alvaro"."""
    return normalize(known.name[:3]) == normalize(written[:3])


def _subject_like(toks: list[Token], first: int) -> bool:
    if toks[first].text.lower() in OBLIQUE:
        return False
    if first > 0 and toks[first].text.lower() == "der" and toks[first - 1].pos in NOUN_OR_NAME_TAGS:
        return False  # "vor dem Freitagsgebet der Moslems": a genitive attribute, no subject
    return not (first > 0 and toks[first - 1].pos in PREPOSITION_TAGS)


def _lower_part(word: str) -> bool:
    """A hyphenated word with a lower-case part ("US-geführten"): a compound adjective of a
    phrase, no word of a name."""
    return any(part[:1].islower() for part in word.split("-")[1:])


def _acronym(word: str) -> bool:
    """An acronym that can name an organisation: short, at least two capitals, no digits only."""
    return 2 <= len(word) <= 10 and sum(c.isupper() for c in word) >= 2 and word[:1].isupper() \
        and not any(c.isspace() for c in word)


@cache
def get_linker(lang: str = "de") -> Linker:
    """One linker per language: building its name index takes a moment."""
    return Linker(load_kb(lang))


def find_actors(doc: Doc) -> list[ActorMention]:
    """The actor mentions of an analysed doc (see the module docstring)."""
    return [f.to_mention() for f in get_linker(doc.article.lang or "de").link(doc)]
