"""The actor knowledge base: states, organisations, office holders and role nouns.

Everything here is read from data files under ``iltis/lang`` (facts in ``xx``, German words
in ``de``); the standard German and English names of states come from CLDR (babel) and ISO
3166 (pycountry) by code, so that only what they lack is curated by hand. The KB is built
once per language and cached.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pycountry
from babel import Locale

from iltis.lang import NEUTRAL, load_table

ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
GOV = "GOV"


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing an actor mention can be resolved to."""

    kb_id: str
    name: str
    country: str | None
    sector: str | None
    kind: str  # state, seat, org, person, demonym
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office of a person."""

    person: str
    country: str
    office: str
    start: str
    end: str

    def covers(self, date: str) -> bool:
        """Whether the term includes ``date`` (ISO, any precision). Each comparison runs at
        the coarser precision of the two, so a year-only bound covers its whole year and a
        year of change matches both office holders."""
        return _at_least(date, self.start) and (not self.end or _at_least(self.end, date))


def _at_least(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] >= b[:n]


# Sectors of actors whose state no text can tell: unidentified gunmen are not of the country
# where they strike, so no country is guessed for them from the scene (the guide leaves it empty).
UNIDENTIFIED_SECTORS = frozenset({"UAF"})
# The start of the ids of the nouns for a state's people ("Niederländer": demonym.NLD).
DEMONYM_PREFIX = "demonym."


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun form: what sector it gives, and what office it may name."""

    rule_id: str
    form: str
    sector: str | None
    number: str  # m, f, pl, n
    offices: tuple[str, ...] = ()
    country: str | None = None
    compound: bool = True
    prefix_sector: bool = False
    yields_to_prefix: bool = False


@dataclass(frozen=True, slots=True)
class GivenName:
    """A given name: evidence that the proper nouns it starts name a person."""

    name: str
    gender: str | None  # m, f; None when used for both
    kind: str  # given, family_first

    @property
    def rule_id(self) -> str:
        return f"given:{self.name}"


@dataclass(frozen=True, slots=True)
class OrgNoun:
    """A noun that heads the names of organisations ("Gewerkschaft", "Arbeitskreis")."""

    rule_id: str
    sector: str | None
    cues: tuple[tuple[str, str], ...] = ()  # (word stem, sector), first match wins
    prefix: bool = True  # capitalised words before it make a name
    bare: bool = True  # a bare capitalised noun after it makes a name


@dataclass(slots=True)
class KB:
    """Lookup tables built from the data files (see :func:`load_kb`)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    # surface form -> kb ids; matched case-sensitively at token boundaries
    names: dict[str, list[str]] = field(default_factory=dict)
    # lower-case adjective stem -> state kb id
    adjectives: dict[str, str] = field(default_factory=dict)
    # compound prefix ("US", "EU", "Taliban") -> kb id
    prefixes: dict[str, str] = field(default_factory=dict)
    # short names of people ("Putin", "Kim") -> person kb ids
    short: dict[str, list[str]] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    terms_of: dict[str, list[Term]] = field(default_factory=dict)  # person id -> their terms
    office_sectors: dict[str, str] = field(default_factory=dict)  # office -> its holders' sector
    office_rank: dict[str, int] = field(default_factory=dict)  # office -> precedence, 0 first
    top_offices: frozenset[str] = frozenset()  # offices whose holders the surname alone names
    roles: dict[str, Role] = field(default_factory=dict)
    not_roles: frozenset[str] = frozenset()
    vague: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    locative: frozenset[str] = frozenset()
    # city adjectives ("Frankfurter"): the suffix, the least population, irregular stem -> city
    city_suffix: str = ""
    city_min_population: int = 0
    city_irregular: dict[str, str] = field(default_factory=dict)
    not_current: tuple[str, ...] = ()
    pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonstratives: frozenset[str] = frozenset()
    demonstrative_tags: frozenset[str] = frozenset()
    # given names ("Alexander", "Petra") and family names written first ("Xi") -> GivenName
    given: dict[str, GivenName] = field(default_factory=dict)
    name_heads: frozenset[str] = frozenset()
    not_persons: frozenset[str] = frozenset()
    apposition_words: frozenset[str] = frozenset()
    name_particles: tuple[str, ...] = ()
    civil_prefixes: dict[str, str | None] = field(default_factory=dict)
    genitive_articles: frozenset[str] = frozenset()
    singular_determiners: frozenset[str] = frozenset()  # "ein Kenianer": one man of a state's people
    singular_determiners_before_n: frozenset[str] = frozenset()  # "einem Schweden" is one, "den Schweden" many
    max_name_words: int = 1
    # organisation nouns: word form -> OrgNoun; compound heads only where allowed
    org_nouns: dict[str, OrgNoun] = field(default_factory=dict)
    org_compound_forms: frozenset[str] = frozenset()
    org_connectors: frozenset[str] = frozenset()
    org_genitive_connectors: frozenset[str] = frozenset()
    not_name_words: frozenset[str] = frozenset()
    sports_stems: tuple[str, ...] = ()
    sports_words: frozenset[str] = frozenset()
    not_orgs: frozenset[str] = frozenset()
    not_org_heads: frozenset[str] = frozenset()
    quotes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add_name(self, form: str, kb_id: str) -> None:
        ids = self.names.setdefault(form, [])
        if kb_id not in ids:
            ids.append(kb_id)
        self.max_name_words = max(self.max_name_words, len(form.split()))

    def name_cased(self, word: str) -> bool:
        """Whether ``word`` is written like a name: capitalised, or a lower-case particle joined
        to a capitalised name ("al-Hassani", "el-Baradei")."""
        if word[:1].isupper():
            return True
        low = word.lower()
        return any(low.startswith(p) and word[len(p):len(p) + 1].isupper() for p in self.name_particles)

    def given_name(self, word: str) -> GivenName | None:
        """The given name ``word`` is, also for hyphenated ones whose parts all are
        ("Jean-Claude", "Frank-Walter"); the first part gives the gender."""
        if word in self.given:
            return self.given[word]
        parts = word.split("-")
        if len(parts) > 1 and all(p in self.given for p in parts):
            return GivenName(word, self.given[parts[0]].gender, "given")
        return None

    def org_noun(self, word: str) -> OrgNoun | None:
        """The organisation noun ``word`` is, or ends in as a compound ("Bundesverband",
        "Oppositions-Bündnis"); the longest matching ending wins; listed compounds that name
        no organisation ("Anstiftung", "Gesetzesinitiative") are none."""
        low = word.lower()
        if low in self.not_org_heads:
            return None
        if low in self.org_nouns:
            return self.org_nouns[low]
        for i in range(2, len(low) - 2):
            head = low[i:]
            if head in self.org_compound_forms:
                return self.org_nouns[head]
        return None

    def holders(self, country: str, offices: tuple[str, ...], date: str | None) -> list[Entry]:
        """Who held the first of ``offices`` that anyone held in ``country`` at ``date``."""
        if not date:
            return []
        for office in offices:
            found = [self.entries[t.person] for t in self.terms
                     if t.country == country and t.office == office and t.covers(date)]
            if found:
                return list(dict.fromkeys(found))
        return []

    def country_at(self, kb_id: str, date: str | None) -> str | None:
        """The country a person acts for at ``date``: that of the term covering it, else of the
        last term before it ("Helen Clark" is NZL as prime minister, UNO later as head of UNDP
        only if the KB has that term). None when the KB has no term for the person."""
        terms = self.terms_of.get(kb_id, [])
        if not terms or not date:
            return None
        now = {t.country for t in terms if t.covers(date)}
        if len(now) == 1:
            return now.pop()
        before = [t for t in terms if t.end and _at_least(date, t.end)]
        return max(before, key=lambda t: t.end).country if before and not now else None

    def sector_at(self, kb_id: str, date: str | None) -> str | None:
        """The sector a person acts in at ``date``: that of the highest-ranking office they hold
        then (a chancellor who chairs her party acts as GOV). None out of office."""
        if not date:
            return None
        now = [t for t in self.terms_of.get(kb_id, []) if t.covers(date)]
        if not now:
            return None
        return self.office_sectors[min(now, key=lambda t: self.office_rank[t.office]).office]

    def in_top_office(self, kb_id: str, date: str | None) -> bool:
        """Whether the person holds, at ``date``, an office whose holder the surname alone names
        ("Guterres" in 2006 is no UN Secretary-General, whatever else he headed then)."""
        return bool(date) and any(t.covers(date) and t.office in self.top_offices
                                  for t in self.terms_of.get(kb_id, []))

    def known_prefix(self, word: str) -> tuple[Entry, str] | None:
        """The KB entity the longest first part of a hyphenated compound names, and the rest
        ("US-Präsident": the United States and "Präsident")."""
        parts = word.split("-")
        for cut in range(len(parts) - 1, 0, -1):
            kb_id = self.prefixes.get("-".join(parts[:cut]))
            if kb_id is not None:
                return self.entries[kb_id], "-".join(parts[cut:])
        return None

    def prefix_role(self, prefix: str) -> Role | None:
        """The role a compound's first part names, if it gives compounds their sector
        ("oppositions" -> opposition, "polizei" -> police)."""
        for form in (prefix, prefix[:-1] if prefix.endswith("s") else None, prefix + "e"):
            role = self.roles.get(form) if form else None
            if role is not None and role.prefix_sector:
                return role
        return None

    def role_for(self, word: str) -> tuple[Role, str] | None:
        """The role whose form is ``word`` or the head of the compound ``word``, with the
        compound's first part ("" when none)."""
        low = word.lower()
        if low in self.not_roles:
            return None
        if low in self.roles:
            return self.roles[low], ""
        for i in range(1, len(low) - 2):
            head = low[i:]
            role = self.roles.get(head)
            if role is not None and role.compound and head not in self.not_roles:
                return role, low[:i].rstrip("-")
        return None


def _read_tsv(lang: str, name: str) -> list[dict[str, str]]:
    path = resources.files("iltis.lang").joinpath(lang, f"{name}.tsv")
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def genitive(name: str) -> str | None:
    """German genitive of a proper name in -s ("Russlands"); none after a sibilant."""
    if name[-1:] in {"s", "ß", "x", "z"} or not name[-1:].isalpha():
        return None
    return name + "s"


def _states(kb: KB, lang: str) -> None:
    neutral = load_table(NEUTRAL, "actors_states")
    curated = load_table(lang, "actors_states")
    skip = set(neutral.get("skip", []))
    local = Locale.parse(lang)
    codes: dict[str, str | None] = {c.alpha_3: c.alpha_2 for c in pycountry.countries if c.alpha_3 not in skip}
    english: dict[str, str] = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for code, extra in (neutral.get("extra") or {}).items():
        codes[code] = extra.get("alpha2")
        english[code] = extra["name"]
    for code, alpha2 in codes.items():
        info = curated.get(code) or {}
        native = local.territories.get(alpha2) if alpha2 else None
        names = [n for n in ([native] if native else []) + list(info.get("names", []))]
        if not names:
            continue
        kb_id = f"state.{code}"
        kb.entries[kb_id] = Entry(kb_id, names[0], code, GOV, "state")
        for form in names + [english[code]]:
            kb.add_name(form, kb_id)
            gen = genitive(form)
            if gen and " " not in form:
                kb.add_name(gen, kb_id)
            kb.prefixes.setdefault(form, kb_id)
        for stem in info.get("adj", []):
            kb.adjectives[stem] = kb_id
        for prefix in info.get("prefix", []):
            kb.prefixes[prefix] = kb_id
        for seat in info.get("seats", []):
            seat_id = f"seat.{code}.{seat}"
            kb.entries[seat_id] = Entry(seat_id, names[0], code, GOV, "seat")
            kb.add_name(seat, seat_id)
            gen = genitive(seat)
            if gen and " " not in seat:
                kb.add_name(gen, seat_id)
        for demonym in info.get("demonyms", []):
            dem_id = f"{DEMONYM_PREFIX}{code}"
            kb.entries[dem_id] = Entry(dem_id, names[0], code, None, "demonym", "pl")
            kb.add_name(demonym, dem_id)


def _orgs(kb: KB, lang: str) -> None:
    neutral = load_table(NEUTRAL, "actors_orgs")
    local = load_table(lang, "actors_orgs")
    for kb_id, info in neutral.items():
        names = local.get(kb_id) or {}
        name = names.get("name") or info["en"]
        kb.entries[kb_id] = Entry(kb_id, name, info["country"], info.get("sector"), "org")
        for form in [name, *names.get("forms", []), *info.get("abbr", [])]:
            kb.add_name(form, kb_id)
            if form.replace("-", "").isalnum() and form.isupper() is False and " " not in form:
                gen = genitive(form)
                if gen:
                    kb.add_name(gen, kb_id)
        for abbr in [*info.get("abbr", []), *names.get("prefixes", [])]:
            kb.prefixes[abbr] = kb_id


def _people(kb: KB, lang: str) -> None:
    """Office holders: those of the top offices first (their surname alone names them), then
    the officials introduced by full name (a state minister, a party chair, a rebel leader)."""
    kinds = load_table(NEUTRAL, "actors_office_kinds")
    kb.office_sectors = {office: spec["sector"] for office, spec in kinds.items()}
    kb.office_rank = {office: rank for rank, office in enumerate(kinds)}
    kb.top_offices = frozenset(office for office, spec in kinds.items() if spec["prominent"])
    local = {row["id"]: row for row in _read_tsv(lang, "actors_people")}
    for row in [*_read_tsv(NEUTRAL, "actors_offices"), *_read_tsv(NEUTRAL, "actors_officials")]:
        pid = row["id"]
        term = Term(pid, row["country"], row["office"], row["start"], row["end"] or "")
        kb.terms.append(term)
        kb.terms_of.setdefault(pid, []).append(term)
        if pid in kb.entries:
            continue
        de = local.get(pid) or {}
        name = de.get("name") or row["name"]
        kb.entries[pid] = Entry(pid, name, row["country"], kb.office_sectors[row["office"]], "person", row["gender"])
        forms = [name, row["name"], *filter(None, (de.get("forms") or "").split(";"))]
        for form in forms:
            kb.add_name(form, pid)
        if row["office"] not in kb.top_offices:
            continue
        shorts = [s for s in (de.get("short") or "").split(";") if s] or [name.split()[-1]]
        for short in shorts:
            kb.short.setdefault(short, []).append(pid)


def _roles(kb: KB, lang: str) -> None:
    table = load_table(lang, "actors_roles")
    endings = table.get("genitive_endings", [])
    bare = tuple(table.get("genitive_not_after", []))
    for spec in table.get("roles", []):
        forms = dict(spec["forms"])
        for form, number in spec["forms"].items():
            if number in ("m", "n") and not form.endswith(bare):
                for ending in endings:
                    forms.setdefault(form + ending, number)
        for form, number in forms.items():
            kb.roles[form] = Role(
                rule_id=spec["id"], form=form, sector=spec.get("sector"), number=number,
                offices=tuple(spec.get("office", [])), country=spec.get("country"),
                compound=spec.get("compound", True), prefix_sector=spec.get("prefix_sector", False),
                yields_to_prefix=spec.get("yields_to_prefix", False) or spec.get("sector") is None,
            )
    kb.civil_prefixes = dict(table.get("civil_prefixes", {}))
    kb.not_roles = frozenset(table.get("not_roles", []))
    kb.vague = frozenset(table.get("vague", []))
    kb.determiners = frozenset(table.get("determiners", []))
    kb.locative = frozenset(table.get("locative", []))
    cities = table.get("city_adjectives") or {}
    kb.city_suffix = cities.get("suffix", "")
    kb.city_min_population = int(cities.get("min_population", 0))
    kb.city_irregular = dict(cities.get("irregular") or {})
    kb.not_current = tuple(table.get("not_current", []))
    table = load_table(lang, "actors_pronouns")
    kb.pronouns = {word: tuple(kinds) for word, kinds in table.get("pronouns", {}).items()}
    kb.demonstratives = frozenset(table.get("demonstratives", []))
    kb.demonstrative_tags = frozenset(table.get("demonstrative_tags", []))


def _names(kb: KB, lang: str) -> None:
    for row in _read_tsv(NEUTRAL, "actors_given_names"):
        gender = row["gender"] if row["gender"] in {"m", "f"} else None
        kb.given[row["name"]] = GivenName(row["name"], gender, row["kind"])
    table = load_table(lang, "actors_names")
    kb.name_heads = frozenset(table.get("org_heads", []))
    kb.not_persons = frozenset(table.get("not_persons", []))
    kb.apposition_words = frozenset(table.get("apposition_words", []))
    kb.name_particles = tuple(table.get("name_particles", []))
    kb.genitive_articles = frozenset(table.get("genitive_articles", []))
    kb.singular_determiners = frozenset(table.get("singular_determiners", []))
    kb.singular_determiners_before_n = frozenset(table.get("singular_determiners_before_n", []))


def _org_nouns(kb: KB, lang: str) -> None:
    table = load_table(lang, "actors_org_nouns")
    opposition = [(stem, "OPP") for stem in table.get("opposition_cue", [])]
    compound: set[str] = set()
    for spec in table.get("heads", []):
        cues = tuple((stem, sector) for stem, sector in (spec.get("cues") or {}).items())
        noun = OrgNoun(spec["id"], spec.get("sector"), tuple(opposition) + cues,
                       spec.get("prefix", True), spec.get("bare", True))
        for form in spec["forms"]:
            kb.org_nouns[form] = noun
            if spec.get("compound", True):
                compound.add(form)
    kb.org_compound_forms = frozenset(compound)
    kb.org_connectors = frozenset(table.get("connectors", []))
    kb.org_genitive_connectors = frozenset(table.get("genitive_connectors", []))
    kb.not_name_words = frozenset(table.get("not_name_words", []))
    kb.sports_stems = tuple(table.get("sports_stems", []))
    kb.sports_words = frozenset(table.get("sports_words", []))
    kb.not_orgs = frozenset(table.get("not_orgs", []))
    kb.not_org_heads = frozenset(table.get("not_heads", []))
    kb.quotes = {mark: tuple(closes) for mark, closes in (table.get("quotes") or {}).items()}


@cache
def load_kb(lang: str = "de") -> KB:
    """The knowledge base for ``lang`` (built once; a few thousand entries)."""
    kb = KB()
    _states(kb, lang)
    _orgs(kb, lang)
    _people(kb, lang)
    _roles(kb, lang)
    _names(kb, lang)
    _org_nouns(kb, lang)
    return kb
