"""The predicate lexicon: which words state which PLOVER event, with which roles.

Loaded from ``lang/<lang>/events_predicates.yaml`` (format described there) into indexes
by verb lemma and by noun ending, so a clause is matched in one pass over its tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from iltis.lang import load_table

EVENT_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
ROLES = ("subj", "obj", "gen", "poss", "speaker", "comp", "claim")
MIN_NOUN_SUFFIX = 4  # a compound matches a noun entry by its ending, if that is this long


def _fold(word: str) -> str:
    """A noun as nouns are compared: lower case, and "ss" for "ß", since the tagger gives some
    lemmas in the old spelling ("Prozeß")."""
    return word.lower().replace("ß", "ss")


@dataclass(frozen=True, slots=True)
class Predicate:
    id: str
    kind: str  # verb | noun | light | modal
    lemmas: tuple[str, ...]
    verbs: tuple[str, ...]  # light verbs
    type: str
    mode: str | None
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    context: tuple[str, ...]
    reflexive: bool
    pp: str | None
    needs_obj: tuple[str, ...]
    actor_sectors: tuple[str | None, ...] | None
    passive_flip: bool
    priority: int
    implied_actor: str | None  # sector of the actor a passive without agent implies
    excludes: tuple[str, ...]  # words in the clause that select another sense
    passive_ok: bool
    dative: bool  # the recipient is a dative object, which the passive leaves in place
    adjectival: bool  # a light construction around a predicative adjective ("verantwortlich machen")
    negated_type: str | None  # what refusing it is ("erkennt nicht an": REJECT)
    # prepositions whose phrase may hold an event noun besides subject, object and "es kam zu"
    # ("bei seinem Treffen mit X": the meeting happened; "nach Angaben" states nothing)
    noun_preps: tuple[str, ...]
    # an act between states: handing someone to an authority of the same state is no extradition
    between_states: bool
    # the sense needs a named target: "warnte die Regierung vor ..." accuses; a warning into
    # the air ("warnte vor steigenden Preisen") is no event
    needs_recipient: bool = False
    # the sense needs a doer that is an actor: in "Frankreich droht eine Rezession" a misfortune
    # looms and nobody threatens
    needs_actor: bool = False

    def noun_match(self, lemma: str, not_compounds: tuple[str, ...] = ()) -> int:
        """The length of the longest of the entry's nouns that ``lemma`` is or ends in (a
        compound), 0 for none; the longest match is the most specific entry ("Hackerangriff"
        before "Angriff"). A lemma that ends in one of ``not_compounds`` (folded) is no compound
        of the nouns that one ends in ("Gewerkschaft" is no "Haft")."""
        low = _fold(lemma)
        return max((len(n) for n in map(_fold, self.lemmas)
                    if low == n or (len(n) >= MIN_NOUN_SUFFIX and low.endswith(n) and not any(
                        low.endswith(w) and len(w) > len(n) and w.endswith(n) for w in not_compounds))),
                   default=0)


def _check_role(role: str, pid: str) -> str:
    if role in ROLES or role.startswith("pp:"):
        return role
    raise ValueError(f"{pid}: unknown role {role!r}")


def _predicate(raw: dict) -> Predicate:
    pid = raw["id"]
    if raw["type"] not in EVENT_TYPES:
        raise ValueError(f"{pid}: unknown event type {raw['type']!r}")
    if raw.get("negated_type") not in EVENT_TYPES | {None}:
        raise ValueError(f"{pid}: unknown negated_type {raw['negated_type']!r}")
    kind = raw["kind"]
    lemmas = raw.get("nouns", []) if kind == "light" else raw.get("lemmas", [])
    return Predicate(
        id=pid, kind=kind, lemmas=tuple(x.lower() for x in lemmas),
        verbs=tuple(x.lower() for x in raw.get("verbs", [])), type=raw["type"], mode=raw.get("mode"),
        actor=tuple(_check_role(r, pid) for r in raw.get("actor", [])),
        recipient=tuple(_check_role(r, pid) for r in raw.get("recipient", [])),
        context=tuple(raw.get("context", [])), reflexive=bool(raw.get("reflexive")), pp=raw.get("pp"),
        needs_obj=tuple(x.lower() for x in raw.get("needs_obj", [])),
        actor_sectors=tuple(raw["actor_sectors"]) if "actor_sectors" in raw else None,
        passive_flip=raw.get("passive_flip", True), priority=int(raw.get("priority", 1)),
        implied_actor=raw.get("implied_actor"), excludes=tuple(x.lower() for x in raw.get("excludes", [])),
        passive_ok=raw.get("passive_ok", True), dative=bool(raw.get("dative")),
        adjectival=bool(raw.get("adjectival")), negated_type=raw.get("negated_type"),
        noun_preps=tuple(x.lower() for x in raw.get("noun_preps", [])),
        between_states=bool(raw.get("between_states")), needs_recipient=bool(raw.get("needs_recipient")),
        needs_actor=bool(raw.get("needs_actor")),
    )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Predicate, ...]]
    nouns: tuple[Predicate, ...]
    light: tuple[Predicate, ...]
    noun_support_verbs: frozenset[str]
    # finite modal forms that state an event of their own in reported speech ("müsse"): word
    # form -> entries
    modals: dict[str, tuple[Predicate, ...]] = field(default_factory=dict)
    # verbs whose subject suffers what an event noun beside them names ("Bei dem Anschlag starben ...")
    victim_verbs: frozenset[str] = frozenset()
    # word forms of "sich zu ... bekennen": the reflexive subject claims the event noun
    claim_forms: frozenset[str] = frozenset()
    # endings of nouns that are no compounds of the entry nouns they end in ("Gewerkschaft")
    not_compounds: tuple[str, ...] = ()
    # lemma -> the noun and light entries it matches, filled as the coder asks (every noun
    # of every clause is looked up, and compounds make it a suffix search)
    _by_noun: dict[str, tuple[tuple[Predicate, ...], tuple[Predicate, ...]]] = field(
        default_factory=dict, compare=False, repr=False)
    # entry noun (folded) -> the ids of the entries that hold it: a lemma's
    # endings are looked up here instead of testing every entry against it
    _by_ending: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for p in self.nouns + self.light:
            for n in p.lemmas:
                self._by_ending.setdefault(_fold(n), set()).add(p.id)

    def for_noun(self, lemma: str) -> tuple[tuple[Predicate, ...], tuple[Predicate, ...]]:
        """The noun entries and the light entries whose nouns ``lemma`` matches."""
        hit = self._by_noun.get(lemma)
        if hit is None:
            low = _fold(lemma)
            ids = set(self._by_ending.get(low, ()))
            for k in range(1, len(low) - MIN_NOUN_SUFFIX + 1):
                ids |= self._by_ending.get(low[k:], set())
            hit = (tuple(p for p in self.nouns if p.id in ids and self.noun_match(p, lemma)),
                   tuple(p for p in self.light if p.id in ids and self.noun_match(p, lemma)))
            self._by_noun[lemma] = hit
        return hit

    def noun_match(self, p: Predicate, lemma: str) -> int:
        """How specifically ``lemma`` matches entry ``p`` (see :meth:`Predicate.noun_match`)."""
        return p.noun_match(lemma, self.not_compounds)

    @property
    def size(self) -> int:
        return len({p.id for ps in [*self.verbs.values(), *self.modals.values()] for p in ps}
                   | {p.id for p in self.nouns + self.light})


@cache
def load_lexicon(lang: str) -> Lexicon:
    table = load_table(lang, "events_predicates")
    preds = [_predicate(raw) for raw in table.get("predicates", [])]
    ids = [p.id for p in preds]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate predicate ids in lang/{lang}/events_predicates.yaml")
    verbs: dict[str, list[Predicate]] = {}
    modals: dict[str, list[Predicate]] = {}
    for p in preds:
        if p.kind in ("verb", "modal"):
            for lemma in p.lemmas:
                (verbs if p.kind == "verb" else modals).setdefault(lemma, []).append(p)
    return Lexicon({k: tuple(v) for k, v in verbs.items()},
                   tuple(p for p in preds if p.kind == "noun"), tuple(p for p in preds if p.kind == "light"),
                   frozenset(v.lower() for v in table.get("noun_support_verbs", [])),
                   {k: tuple(v) for k, v in modals.items()},
                   frozenset(v.lower() for v in table.get("victim_verbs", [])),
                   frozenset(v.lower() for v in table.get("claim_forms", [])),
                   tuple(map(_fold, table.get("not_compounds", []))))
