"""The event coder: clauses + predicate lexicon + actors, places, quotes -> PLOVER events.

For every clause of every sentence, predicates from the lexicon are matched (verbs with
their separable particles, light-verb constructions, event nouns), their roles filled from
the clause's subject, objects and prepositional phrases, and each role turned into actors by
the actors stage. Date, location, modality and attribution come from their own modules and
stages; repeated mentions of one event are merged. Every choice leaves its rule id in the
event's ``explanation``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from iltis.actors import DEMONYM_PREFIX, UNIDENTIFIED_SECTORS, actors_in, compound_owner
from iltis.countries import alpha3
from iltis.events.dates import TimeExpression, anterior, find_time_expressions, nearest, parse_article_date, sequel
from iltis.events.lexicon import Lexicon, Predicate, load_lexicon
from iltis.events.modality import dates_something_else, decide_modality, inside_allegation, modality_table, promise_cue
from iltis.events.syntax import Clause, Phrase, SyntaxTable, analyse_clauses, syntax_table
from iltis.lang import load_table
from iltis.model import ActorRef, Candidate, Doc, Event, Location, MultiSpan, Place, ReportedBy, Sentence, Span, Token
from iltis.places import capital_in, location_for
from iltis.quotes import reporting_quote, speaker_text

# Future meetings, visits and aid are promises (AGREE); announced withdrawals are CONCEDE.
FUTURE_AS_PROMISE = {"CONSULT": "AGREE", "AID": "AGREE", "COOPERATE": "AGREE", "RETREAT": "CONCEDE"}
# Offered, not merely planned, deployments are promises too ("bereit, 2.000 Soldaten zu entsenden").
OFFER_AS_PROMISE = {**FUTURE_AS_PROMISE, "MOBILIZE": "AGREE"}
PROMISE_TYPES = {"AGREE", "CONCEDE"}
# Acts whose announcement is coded in their place, so a noun naming them later is the same event.
ANNOUNCED_AS_CONCESSION = frozenset({"RETREAT"})
# Announced force or coercion is a threat, with the THREATEN mode of what is announced.
FUTURE_AS_THREAT = {"ASSAULT": ("THREATEN", "violence"), "COERCE": ("THREATEN", "restrict"),
                    "SANCTION": ("THREATEN", None)}
# An event noun with a definite determiner and no actor of its own refers back ("die Proteste").
ANAPHORIC = "ev.anaphoric-noun"
BASE_CONFIDENCE = {"verb": 0.7, "light": 0.75, "noun": 0.5, "modal": 0.6}
# Actor codes of the event guide that are not states.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# Sectors that make an actor political on their own; civilians, business, media, health,
# education and the like are political actors only in protest and as victims of violence.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "OPP", "PRM", "UAF",
                               "ELI", "CRM"})
CIVIL_TYPES = frozenset({"PROTEST", "ASSAULT"})
# The rule of a role filled by a word for a deed, which names no target ("sagte Hilfe zu").
DEED = "syn.role.deed"
# Types whose two sides are participants alike (a meeting, an agreement): one side suffices.
PARTICIPANT_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Types whose mentions with one dyad on one day are one event whatever word tells them: a side
# holds one protest a day ("demonstrierten" and "die Großdemonstration"), while an army may both
# shell and invade.
ONE_A_DAY_TYPES = frozenset({"PROTEST"})
# Types whose events are aimed at someone, so an unnamed target is implied. Not threats: one
# without an addressee announces what the threatener will do ("droht damit, die Wahl nicht
# anzuerkennen"), and the place it is said in is not its target.
TARGETED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REQUEST", "REJECT", "CONCEDE",
                            "PROTEST", "SUPPORT", "AID", "RETREAT"})
# Modes of acts aimed at a person (arrests, investigations, trials, verdicts): an unnamed
# target is the person the article is about, so of the nationality it names them by.
PERSON_TARGET_MODES = frozenset({"arrest", "investigate", "allege", "convict"})
# Quotation types that attribute what they contain. A "Reported" quotation spans the whole
# sentence of a speech act, speaker included ("X berichtete über Y"), and says nothing
# about whose word the events beside it rest on.
ATTRIBUTING_QUOTES = frozenset({"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect"})


@dataclass(frozen=True, slots=True)
class Timeline:
    """What dates an event whose clause names no day, as the article goes on: the last
    recent day named (narrative time), the last older date (background, for what had
    happened before), the last date ahead (for what is planned) and the last date named of
    any age (for what followed it: "Die Putschisten wurden daraufhin verhaftet")."""
    now: TimeExpression | None
    background: TimeExpression | None = None
    ahead: TimeExpression | None = None
    last: TimeExpression | None = None


@dataclass(slots=True)
class Coding:
    """What coding one article carries from sentence to sentence."""
    doc: Doc
    lex: Lexicon
    lang: str
    t: SyntaxTable
    article_date: date | None
    home: str | None  # the state the article is about
    nationality: str | None  # the nationality the article names its people by ("der Niederländer")
    timeline: Timeline
    where: Location | None = None  # the scene: the last place an event was said to happen at
    told: list[Event] = field(default_factory=list)  # the events coded so far
    dropped: list[Candidate] = field(default_factory=list)  # matched predicates not coded, and why


@dataclass(slots=True)
class Match:
    predicate: Predicate
    trigger: int  # token index in the sentence
    rule: str
    supported: bool = False  # an event noun carried by a support verb ("startete die Offensive")
    # an event noun in a circumstance ("bei einem Besuch in Bagdad"): its own phrase, as token
    # indices, holds all it says about modality; the clause's verb tells another event
    circumstance: tuple[int, int] | None = None


@cache
def _mode_rules(lang: str) -> tuple[dict, ...]:
    return tuple(load_table(lang, "events_modes").get("modes", []))


@cache
def _topics(lang: str) -> dict:
    return load_table(lang, "events_topics")


def off_topic(doc: Doc) -> str | None:
    """The id of a non-political topic the article is about, or None."""
    lang = doc.article.lang or "de"
    table = _topics(lang)
    if not table:
        return None
    tags = syntax_table(lang).topic_word_tags
    words = [t.lemma.lower() for s in doc.sentences for t in s.tokens if t.pos in tags]
    # a cue counts at the start of a word or, when long enough to be unambiguous, as the head
    # of a compound ("Europaabgeordnete", "Bundesverteidigungsminister")
    political = sum(1 for w in words for stem in table["political"]["stems"]
                    if w.startswith(stem) or len(stem) >= table["min_compound_cue"] and w.endswith(stem))
    if political >= table["min_political"]:
        return None
    for topic in table["topics"]:
        hits = sum(1 for w in words for stem in topic["stems"] if w.startswith(stem))
        if hits >= table["min_hits"]:
            return topic["id"]
    return None


def _verb_lemma(tokens: list, i: int, particle: str | None, t: SyntaxTable) -> list[str]:
    lemma = tokens[i].lemma.lower()
    if particle and tokens[i].pos in t.finite and not lemma.startswith(particle):
        return [particle + lemma]  # "lehnte ... ab" is ablehnen, never lehnen
    return [lemma]


def _clause_words(sent: Sentence, clause: Clause) -> str:
    """The clause's lemmas and words, lower-cased, with a space before and after each, so that
    a stem with spaces around it matches a whole word anywhere ("Vertrieb" is not "vertrieben")."""
    return " " + " ".join(f"{t.lemma.lower()} {t.text.lower()}" for t in sent.tokens[clause.start:clause.end]) + " "


def _allowed(p: Predicate, sent: Sentence, clause: Clause, t: SyntaxTable, words: str) -> bool:
    toks = sent.tokens[clause.start:clause.end]
    if p.reflexive and not any(tok.pos in t.reflexive for tok in toks):
        return False
    if p.pp and not any(tok.pos in t.prepositions and tok.lemma.lower() == p.pp
                        or tok.pos in t.pronominal_adverbs and tok.text.lower().endswith(p.pp) for tok in toks):
        return False  # the preposition alone counts: "als illegal" has no noun phrase, "darauf" none either
    if p.needs_obj and not any(stem in words for stem in p.needs_obj):
        return False
    if p.excludes and any(stem in words for stem in p.excludes):
        return False
    if not p.passive_ok and clause.passive:
        return False
    return True


def match_clause(sent: Sentence, clause: Clause, lex: Lexicon, t: SyntaxTable) -> list[Match]:
    """Predicates stated in a clause, at most one per trigger word, best first."""
    toks = sent.tokens
    words = _clause_words(sent, clause)
    particle = next((toks[k].lemma.lower() for k in range(clause.start, clause.end) if toks[k].pos in t.particles), None)
    verb_lemmas = {lem for k in range(clause.start, clause.end) if toks[k].pos in t.verbs
                   for lem in _verb_lemma(toks, k, particle, t)}
    found: list[Match] = []
    for k in range(clause.start, clause.end):
        tok = toks[k]
        cands: list[tuple[Predicate, str]] = []
        if tok.pos in t.full_verbs:
            for lemma in _verb_lemma(toks, k, particle, t):
                cands += [(p, f"verb:{lemma}") for p in lex.verbs.get(lemma, ())]
        if k == clause.finite:
            cands += [(p, f"modal:{tok.text.lower()}") for p in lex.modals.get(tok.text.lower(), ())]
        if tok.pos in t.nouns or tok.pos in t.predicatives:
            cands += [(p, f"light:{tok.lemma}+{'/'.join(sorted(verb_lemmas & set(p.verbs)))}")
                      for p in lex.for_noun(tok.lemma)[1] if verb_lemmas & set(p.verbs)
                      and (tok.pos in t.nouns) != p.adjectival]
        cands = [(p, r) for p, r in cands if _allowed(p, sent, clause, t, words)]
        if cands:
            best = max(cands, key=lambda c: (c[0].priority, bool(c[0].needs_obj or c[0].pp)))
            found.append(Match(best[0], k, best[1]))
    # A verb that carries a light construction says nothing of its own: "sicherte ihm
    # Unterstützung zu" is support, not also a promise.
    carriers = {v for f in found if f.predicate.kind == "light" for v in verb_lemmas & set(f.predicate.verbs)}
    found = [f for f in found if not (f.predicate.kind == "verb" and f.rule.split(":", 1)[1] in carriers)]
    supported = bool(verb_lemmas & lex.noun_support_verbs) or _claims(toks, clause, lex, t)
    # "Bei dem Anschlag starben 90 Menschen": the subject suffered it (in the passive the agent
    # phrase says who did it anyway)
    suffered = bool(verb_lemmas & lex.victim_verbs)
    # Event nouns count where no verb states an event; a meeting named in a circumstance
    # ("sagte bei einer Reise nach Kabul weitere Hilfe zu") counts beside the verb's event, but a
    # phrase that fills a role of the verb's event is no circumstance ("reagierte empört auf den Besuch").
    taken = {r[3:] for f in found for r in f.predicate.actor + f.predicate.recipient if r.startswith("pp:")}
    return found + _noun_matches(sent, clause, lex, t, words, supported, circumstantial_only=bool(found),
                                 suffered=suffered, taken=taken)


def _claims(toks: list[Token], clause: Clause, lex: Lexicon, t: SyntaxTable) -> bool:
    """Whether the clause says its subject claims an act ("bekannte sich zu dem Anschlag"):
    who claims an attack is its doer, as with a support verb."""
    span = range(clause.start, clause.end)
    return any(toks[k].text.lower() in lex.claim_forms for k in span) and any(toks[k].pos in t.reflexive for k in span)


def _noun_matches(sent: Sentence, clause: Clause, lex: Lexicon, t: SyntaxTable, words: str, supported: bool,
                  circumstantial_only: bool, suffered: bool = False, taken: frozenset[str] | set[str] = frozenset()
                  ) -> list[Match]:
    toks = sent.tokens
    found: list[Match] = []
    for k in range(clause.start, clause.end):
        tok = toks[k]
        holder = next((ph for ph in clause.phrases if ph.start <= k < ph.end), None)
        # the head of a subject or object (or of "es kam zu ..."), not an attribute, or of a
        # circumstance the entry allows ("bei seinem Treffen mit")
        if tok.pos in t.nouns and holder is not None and holder.head == k:
            fitting = [p for p in lex.for_noun(tok.lemma)[0] if _allowed(p, sent, clause, t, words)
                       and (holder.prep in p.noun_preps and holder.prep not in taken
                            or not circumstantial_only and holder.prep in (None, "zu"))]
            if fitting:
                # the most specific entry wins: "Hackerangriff" is a cyber attack before it is an attack
                best = max(fitting, key=lambda p: lex.noun_match(p, tok.lemma))
                # in a circumstance the clause's subject is the one who was there
                aside = holder.prep is not None and holder.prep in best.noun_preps
                found.append(Match(best, k, f"noun:{tok.lemma}", supported or aside and not suffered,
                                   (holder.start, holder.end) if aside else None))
    return found


def _span(sent: Sentence, a: int, b: int) -> tuple[int, int]:
    return sent.tokens[a].start, sent.tokens[b - 1].end


def _agent_phrases(c: Coding, clause: Clause, toks: list[Token]) -> list[Phrase]:
    """The passive's "von"/"durch" phrases that name the doer: one after a source noun belongs
    to that noun ("nach Angaben von X", "der Sprecher von X"), and one after an event noun to
    that event ("während des Besuchs von Obama"), not to the verb."""
    t = c.t

    def attribute(p: Phrase) -> bool:
        before = toks[p.start - 1] if p.start > 0 else None
        return before is not None and (before.lemma.lower() in t.non_agent_heads or p.prep in t.attribute_preps
                                       and before.pos in t.nouns and bool(c.lex.for_noun(before.lemma)[0]))
    return [p for p in clause.phrases if p.prep in t.agent_preps and not attribute(p)]


def _role_refs(c: Coding, sent: Sentence, clause: Clause, m: Match, role: str,
               passive: bool, complement: Clause | None = None,
               claim: Clause | None = None) -> tuple[list[ActorRef], str]:
    """Actors filling one role of a matched predicate, and the rule that found them."""
    doc, t, toks = c.doc, c.t, sent.tokens
    if passive and m.predicate.passive_flip:
        if role == "subj":
            role = "agent"
        elif role == "obj" and not m.predicate.dative:
            role = "subj"  # a dative object stays one in the passive ("ihr wird vorgeworfen")
    phrases: list[Phrase] = []
    if role == "subj" and clause.subject is not None and clause.subject.end - clause.subject.start == 1 \
            and toks[clause.subject.start].text.lower() in t.impersonal:
        # "teilte mit, man werde verzichten": in reported speech "man" is the speaker's side
        speaker = _speaker_of(c, toks[m.trigger].start)
        return (speaker, "syn.role.subj.impersonal-speaker") if speaker else ([], "")
    if role == "subj" and clause.subject is not None:
        phrases = [clause.subject]
    elif role == "obj" and m.circumstance is None:  # a circumstance's noun has no say over the verb's objects
        # an event noun is not its own target ("stattete den Truppen einen Besuch ab")
        phrases = [p for p in clause.objects if m.predicate.kind == "verb" or not p.start <= m.trigger < p.end]
    elif role == "agent":
        phrases = _agent_phrases(c, clause, toks)
    elif role.startswith("pp:"):
        prep = role[3:]
        # never the trigger's own phrase ("bei einem Besuch" is not where the visit goes)
        own = [p for p in clause.phrases if p.prep == prep and not p.start <= m.trigger < p.end]
        phrases = [p for p in own if p.start > m.trigger] + [p for p in own if p.start <= m.trigger]
    elif role == "gen":
        holder = next((p for p in clause.phrases if p.start <= m.trigger < p.end), None)
        if holder is not None and m.trigger + 1 < holder.end:
            refs = actors_in(doc, *_span(sent, m.trigger + 1, holder.end))
            if refs:
                return refs, "syn.role.gen"
        # "des Besuchs von US-Präsident Obama": a von-phrase right after the noun stands for it
        refs = _von_after(c, sent, clause, holder) if holder is not None else []
        return (refs, "syn.role.gen.von") if refs else ([], "")
    elif role == "poss":
        if m.trigger > 0 and toks[m.trigger - 1].pos in t.possessives:
            a, b = _span(sent, m.trigger - 1, m.trigger)
            return actors_in(doc, a, b), "syn.role.poss"
        return [], ""
    elif role == "comp":
        # an object of the zu-infinitive the verb governs: "weigern sich, dem Kosovo den Status
        # zu verleihen" refuses Kosovo; a plain phrase there ("den Status") stands for no one
        for phrase in complement.objects if complement is not None else []:
            refs = actors_in(doc, *_span(sent, phrase.np_start, phrase.end))
            if refs:
                return refs, "syn.role.comp"
        return [], ""
    elif role == "claim":
        # the subject of the statement the trigger introduces: "äußerte den Verdacht, Deutschland
        # brauche nur ein Opfer" alleges something of Germany
        if claim is not None and claim.subject is not None:
            refs = actors_in(doc, *_span(sent, claim.subject.np_start, claim.subject.end))
            if refs:
                return refs, "syn.role.claim"
        return [], ""
    elif role == "speaker":
        # whoever says it: "X sagte, Y sei für den Anschlag verantwortlich" accuses Y on X's word
        speaker = _speaker_of(c, toks[m.trigger].start)
        return (speaker, "syn.role.speaker") if speaker else ([], "")
    rule = f"syn.role.{role}" + (f".{clause.subject_rule}" if role == "subj" else "")
    for phrase in phrases:
        a, b = _span(sent, phrase.np_start, phrase.end)
        refs = actors_in(doc, a, b)
        if refs:
            return refs, rule
        # "eine Gruppe von US-Marines": a von-phrase right after the phrase says who they are
        # (after an object the von-phrase may follow the verb: "kritisierte die Reise von Solana")
        refs = _von_after(c, sent, clause, phrase, before=None if role == "obj" and not clause.passive else m.trigger)
        if refs:
            return refs, rule + ".von"
        if role.startswith("pp:") and any(c.lex.for_noun(toks[phrase.head].lemma)):
            break  # "gegen Sanktionen gegen Nordkorea": the next phrase is the sanctions' target
    for phrase in phrases[:1]:
        # No known actor in the phrase: the phrase itself stands for one ("einige Personen",
        # "die Vorwürfe"), of the country where the event happens unless it names a place; but an
        # event noun never stands for its own actor ("Die erzielte Einigung mit Australien").
        if m.predicate.kind in ("noun", "light") and phrase.start <= m.trigger < phrase.end:
            break
        head = toks[phrase.head]
        # a word for an event or a deed is no target ("sagte Hilfe zu", "verurteilte den Anschlag")
        deed = role != "subj" and any(c.lex.for_noun(head.lemma))
        if deed and head.lemma.lower() in t.non_actor_heads:
            return [], DEED
        if head.pos in t.nouns and head.lemma.lower() not in t.non_actor_heads and any(c.isalpha() for c in head.text):
            a, b = _span(sent, phrase.np_start, phrase.end)
            owner = compound_owner(head.text, doc.article.lang or "de")
            if owner is not None:  # "gegen das ASEM-Treffen": aimed at the ASEM
                return [replace(owner, text=doc.text[a:b])], rule + ".compound-owner"
            # "kritisierte den Besuch" or "die Art des Besuchs": the visit told before, so its visitor
            doer = next((d for k in range(phrase.head, phrase.end) if toks[k].pos in t.nouns
                         for d in [_doer_of_told(c, toks[k].lemma)] if d), [])
            if doer:
                return [replace(r, text=doc.text[a:b]) for r in doer], rule + ".event-doer"
            if deed:  # unless its doer was told before (above)
                return [], DEED
            inside = [p.country_code for p in doc.places if a <= p.start and p.end <= b and p.country_code]
            if not inside and head.lemma.lower() in t.vague_heads and not any(
                    toks[k].pos in t.possessives for k in range(phrase.np_start, phrase.head)):
                return [], ""  # "ihres Landes" is hers, "zahlreiche Länder" no one's
            return [ActorRef(doc.text[a:b], None, alpha3(inside[0]) if inside else None, None)], rule + ".phrase"
    return [], ""


def _speaker_of(c: Coding, offset: int) -> list[ActorRef]:
    """The actors of the speaker of the quote around a character offset."""
    q = reporting_quote(c.doc, offset, offset + 1)
    if q is None or q.speaker is None or not q.speaker.spans:
        return []
    return actors_in(c.doc, *q.speaker.spans[0])


def _von_after(c: Coding, sent: Sentence, clause: Clause, phrase: Phrase, before: int | None = None) -> list[ActorRef]:
    """The actors of the von-phrase right after ``phrase`` (ending no later than token
    ``before``, if given): the genitive-like attribute that says whose or who it is."""
    von = next((p for p in clause.phrases if p.start == phrase.end and p.prep in c.t.attribute_preps), None)
    if von is None or before is not None and von.end > before:
        return []
    return actors_in(c.doc, *_span(sent, von.np_start, von.end))


def _bound_subject(c: Coding, sent: Sentence, clauses: list[Clause], clause: Clause) -> tuple[list[ActorRef], list[str]]:
    """A third-person pronoun the linker could not resolve, as subject of a subordinate clause,
    stands for the subject of the clause it hangs on: "Die Außenminister erklärten, dass sie es
    begrüßen"."""
    subj, toks = clause.subject, sent.tokens
    if subj is None or clause.parent is None or not clause.subordinate or subj.end - subj.start != 1 \
            or toks[subj.start].text.lower() not in c.t.bound_pronouns:
        return [], []
    above = clauses[clause.parent].subject
    if above is None or above is subj:
        return [], []
    refs = actors_in(c.doc, *_span(sent, above.np_start, above.end))
    return (refs, ["syn.subj.bound-pronoun"]) if refs else ([], [])


def _accuser_of(c: Coding, accused: frozenset[str]) -> list[ActorRef]:
    """The actors of the last accusation told against these states, if it came from others."""
    told = next((e for e in reversed(c.told) if e.type == "ACCUSE" and _countries(e.recipient) & accused), None)
    if told is None or not _countries(told.actor) or _countries(told.actor) <= accused:
        return []
    return list(told.actor)


def _doer_of_told(c: Coding, lemma: str) -> list[ActorRef]:
    """The actor of the last event told before of the kind this event noun names."""
    types = {p.type for p in c.lex.for_noun(lemma)[0]}
    if not types:
        return []
    told = next((e for e in reversed(c.told) if e.type in types and any(r.text for r in e.actor)), None)
    return list(told.actor) if told else []


def _fill(c: Coding, sent: Sentence, clause: Clause, m: Match, roles: tuple[str, ...],
          passive: bool, complement: Clause | None = None,
          claim: Clause | None = None) -> tuple[list[ActorRef], list[str]]:
    deed = []
    for role in roles:
        refs, rule = _role_refs(c, sent, clause, m, role, passive, complement, claim)
        if refs:
            return refs, [rule]
        if rule == DEED:
            deed = [DEED]
    return [], deed


def _location(doc: Doc, sent: Sentence, clause: Clause, t: SyntaxTable) -> Location | None:
    """The place of the clause's first locative phrase that names one ("in Wladiwostok", "in
    der thailändischen Hauptstadt")."""
    for phrase in clause.phrases:
        if phrase.prep in t.locative:
            a, b = _span(sent, phrase.start, phrase.end)
            capital = capital_in(doc, a, b)
            if capital is not None:
                return capital
            if any(a <= p.start and p.end <= b for p in doc.places):
                return location_for(doc, a, b)
    return None


def _sentence_location(doc: Doc, sent: Sentence, roles: list[tuple[int, int]], t: SyntaxTable) -> Location | None:
    """The most specific place of the sentence that is not one of the event's actors
    ("Moskau sagte"): a place inside a subject, object or non-locative phrase
    ("Strafzölle gegen Kuba", "die Marine der Vereinigten Staaten") is a participant
    there, not the scene, unless a locative preposition attaches it ("das Oberlandesgericht
    in Düsseldorf")."""
    def attached(p: Place) -> bool:
        before = [tok for tok in sent.tokens if tok.end <= p.start]
        return bool(before) and before[-1].pos in t.prepositions and before[-1].lemma.lower() in t.locative
    places = [p for p in doc.places if sent.start <= p.start and p.end <= sent.end and (attached(p) or not any(
        a < p.end and p.start < b for a, b in roles))]
    best = next((p for p in places if p.feature not in ("country", "continent")), places[0] if places else None)
    return location_for(doc, best.start, best.end) if best else None


def _dominant_country(doc: Doc) -> str | None:
    """The state an article is about: its most named country, by places, else by actors."""
    # a place of a former state ("Ex-Jugoslawien") is no state an article of today is about
    counts = Counter(code for p in doc.places if p.country_code and (code := alpha3(p.country_code, historic=False)))
    if counts:
        return counts.most_common(1)[0][0]
    states = Counter(m.country for m in doc.actors if m.country and len(m.country) == 3 and m.country not in NON_STATE)
    return states.most_common(1)[0][0] if states else None


def _prevailing_nationality(doc: Doc) -> str | None:
    """The nationality of more than half the article's people named by it ("der Niederländer",
    "ein US-Amerikaner"); none where several mix (a sports report)."""
    counts = Counter(m.country for m in doc.actors if m.country and (m.kb_id or "").startswith(DEMONYM_PREFIX))
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if 2 * n > sum(counts.values()) else None


def _names_a_source(doc: Doc, speaker: MultiSpan, t: SyntaxTable) -> bool:
    """Whether a quote's speaker can be a source: a pronoun, a person, body or role the actor
    linker found in it (not a bare state adjective, "die chinesischen Anschuldigungen"), or a
    word for a report ("nach Angaben von Augenzeugen", "laut einer Meldung")."""
    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in speaker.spans)
    toks = [tok for sent in doc.sentences if any(sent.start < e and s < sent.end for s, e in speaker.spans)
            for tok in sent.tokens if inside(tok.start, tok.end)]
    if any(tok.pos in t.pronouns or tok.pos in t.names for tok in toks):
        return True  # "er", "faz.net", "ROG"
    if any(stem in tok.text.lower() for tok in toks if tok.pos in t.nouns for stem in t.source_nouns):
        return True  # "dem OSZE-Bericht", "nach Angaben"
    return any(inside(m.start, m.end) and any(tok.pos in t.nouns and m.start <= tok.start < m.end for tok in toks)
               for m in doc.actors)


def _drop(c: Coding, sent: Sentence, m: Match, reason: str) -> None:
    """Note a matched predicate that is not coded, and why; no event."""
    tok = sent.tokens[m.trigger]
    c.dropped.append(Candidate(m.predicate.type, m.predicate.id, Span(tok.text, tok.start, tok.end),
                               Span(sent.text, sent.start, sent.end), reason))


def _with_country(refs: list[ActorRef], country: str | None, targets: bool = False) -> list[ActorRef]:
    """Actors known only by role ("die Polizei") or by a plain phrase ("einige Personen")
    belong to the state where the event happens. Unidentified attackers do not, but as targets
    ("erschoss zehn Angreifer") they are struck where the event happens."""
    if country is None:
        return refs
    return [replace(r, country=country) if r.country is None and (targets or r.sector not in UNIDENTIFIED_SECTORS)
            else r for r in refs]


def _mode(p: Predicate, words: str, lang: str) -> tuple[str | None, str | None]:
    for rule in _mode_rules(lang):
        if rule["type"] == p.type and any(stem in words for stem in rule["stems"]):
            return rule["mode"], rule["id"]
    return p.mode, None


def _political(ref: ActorRef) -> bool:
    """A person known only by name is not political by itself (a lawyer, an economist): the
    sector, from the knowledge base or a role, or a non-state political code decides."""
    return ref.sector in POLITICAL_SECTORS or ref.country in NON_STATE - {"MNC"}


def _names_no_actor(refs: list[ActorRef], rules: list[str]) -> bool:
    """Whether a role is empty or filled only by a phrase that stands for no known actor."""
    return not refs or any(rule.endswith(".phrase") for rule in rules)


def _countries(refs: list[ActorRef]) -> frozenset[str]:
    return frozenset(r.country for r in refs if r.country)


def _split_stacked_names(doc: Doc, sent: Sentence, clauses: list[Clause], t: SyntaxTable) -> list[Clause]:
    """Clauses whose noun phrases that stack two actors of different states are two phrases.

    Tags alone join a name to the noun before it ("die Regierung Merkel"), but when the name is
    another state's person or the state itself, it is the verb's object: "verklagte die
    EU-Kommission Polen wegen des Baus", "weil die Bundesregierung Russland kritisiert". A
    title and its holder ("der Bundeskanzler Macron") are one mention of the linker and stay
    one phrase; a prefield holds one constituent, so it is left whole."""
    toks = sent.tokens
    here = [m for m in doc.actors if sent.start <= m.start and m.end <= sent.end]
    if len(here) < 2:
        return clauses
    index = {tok.start: k for k, tok in enumerate(toks)}
    parts: dict[int, tuple[Phrase, Phrase]] = {}
    for clause in clauses:
        for ph in (clause.subject, *clause.objects):
            if ph is None or ph.prep is not None or id(ph) in parts or (
                    not clause.subordinate and clause.finite is not None and ph.end <= clause.finite):
                continue
            a, b = _span(sent, ph.np_start, ph.end)
            mentions = sorted((m for m in here if a <= m.start and m.end <= b), key=lambda m: m.start)
            for x, y in pairwise(mentions):
                k = index.get(y.start)
                if k is not None and ph.np_start < k and toks[k - 1].end == x.end and toks[k].pos in t.names \
                        and toks[k - 1].pos in t.common_nouns and x.country and y.country and x.country != y.country \
                        and not y.text.endswith(t.genitive_name_ending):  # "die Partei Japans" is its attribute
                    parts[id(ph)] = (replace(ph, end=k, head=k - 1),
                                     Phrase(k, ph.end, ph.head if ph.head >= k else ph.end - 1, k, None, ph.nominative))
                    break
    if not parts:
        return clauses
    for clause in clauses:
        if clause.subject is not None and id(clause.subject) in parts:
            first, second = parts[id(clause.subject)]
            own = clause.start <= clause.subject.start < clause.end
            clause.subject = first
            if own:
                clause.objects.insert(0, second)
        clause.objects = [q for ph in clause.objects for q in (parts.get(id(ph)) or (ph,))]
    return clauses


def code_sentence(c: Coding, sent: Sentence, times: list[TimeExpression], clauses: list[Clause]) -> Iterator[Event]:
    for ci, clause in enumerate(clauses):
        for m in match_clause(sent, clause, c.lex, c.t):
            event = _build(c, sent, clauses, ci, m, times)
            if event is not None:
                yield event


def _build(c: Coding, sent: Sentence, clauses: list[Clause], ci: int, m: Match,
           times: list[TimeExpression]) -> Event | None:
    doc, lang, t, article_date, timeline = c.doc, c.lang, c.t, c.article_date, c.timeline
    clause = _dative_split(clauses[ci], m.predicate, sent.tokens, t)
    p = m.predicate
    toks = sent.tokens
    if _stative_passive(clause, m, toks, t):
        clause = replace(clause, passive=True)
    # An event noun's actor is the clause subject when a support verb carries the noun ("Israel
    # startete die Bodenoffensive"), not when the subject judges it ("X nannte den Angriff ...").
    if p.kind == "noun" and "subj" in p.actor and not m.supported:
        actor_roles = tuple(r for r in p.actor if r != "subj")
    elif p.kind == "noun" and m.supported and "subj" not in p.actor:
        actor_roles = p.actor + ("subj",)
    else:
        actor_roles = p.actor
    actor, actor_rules = _fill(c, sent, clause, m, actor_roles, clause.passive)
    if not actor and "subj" in actor_roles and not clause.passive:
        actor, actor_rules = _bound_subject(c, sent, clauses, clause)
    complement = next((cl for cl in clauses[ci + 1:] if cl.parent == ci and cl.finite is None
                       and not cl.subordinate), None)
    claim = next((cl for cl in clauses[ci + 1:] if cl.parent == ci and cl.finite is not None), None)
    recipient, rec_rules = _fill(c, sent, clause, m, p.recipient, clause.passive, complement, claim)
    # (an entry that names its doer in no role, or only in a phrase that is missing, implies it:
    # "kam frei", "kommt vor Gericht")
    if not actor and p.implied_actor and (p.kind == "noun" or all(r.startswith("pp:") for r in p.actor)
                                          or clause.passive and p.passive_flip
                                          and not _agent_phrases(c, clause, toks)):
        actor, actor_rules = [ActorRef(None, None, None, p.implied_actor)], [f"ev.implied-actor.{p.implied_actor}"]
        if p.kind == "noun" and _definite(toks, m.trigger, clause, t):
            actor_rules.append(ANAPHORIC)
    co = [ref for ph in clause.phrases if ph.co_actor for ref in actors_in(doc, *_span(sent, ph.np_start, ph.end))]
    if co and actor:
        actor = actor + [r for r in co if r not in actor]
        actor_rules.append("syn.role.co-actor")
    names = {(r.name or r.text) for r in actor}
    recipient = [r for r in recipient if (r.name or r.text) not in names]
    if p.needs_recipient and _names_no_actor(recipient, rec_rules):
        return _drop(c, sent, m, "drop.no-target")  # "warnte vor einem drohenden Abfluss" names a danger
    if p.needs_actor and _names_no_actor(actor, actor_rules):
        return _drop(c, sent, m, "drop.no-doer")
    if p.actor_sectors is not None and not all(r.sector in p.actor_sectors for r in actor or [ActorRef("")]):
        return _drop(c, sent, m, "drop.actor-sector")
    roles = [_span(sent, ph.start, ph.end) for cl in clauses for ph in [cl.subject, *cl.objects, *cl.phrases]
             if ph and ph.prep not in t.locative]
    location = _location(doc, sent, clause, t) or _sentence_location(doc, sent, roles, t) or c.where
    country = (alpha3(location.country_code) if location and location.country_code else None) or c.home
    actor, recipient = _with_country(actor, country), _with_country(recipient, country, targets=True)
    if p.between_states and recipient and _countries(recipient) <= (_countries(actor) or {country}):
        return _drop(c, sent, m, "drop.same-state")  # a handover within one state is no extradition
    if actor and all(r.country is None and r.sector is None for r in actor):
        return _drop(c, sent, m, "drop.vague-actor")  # placed nowhere and nothing ("Mehrere Länder haben")
    if p.type == "REJECT" and actor and not any(r.name for r in recipient):
        accuser = _accuser_of(c, _countries(actor))
        if accuser:  # "Der Iran streitet dies ab": the denial answers the accusation told before
            recipient, rec_rules = accuser, ["ev.denies-accusation"]
    # a clash "zwischen Studenten und Polizei" has both sides as actors and no target
    mutual = any(rule == f"syn.role.pp:{prep}" for rule in actor_rules for prep in t.reciprocal_preps)
    # condemning a deed whose doer is unknown ("verurteilte den Anschlag") targets no one
    condemned = p.type == "ACCUSE" and DEED in rec_rules
    if not recipient and p.type in TARGETED_TYPES and actor and p.recipient and country is not None and not mutual \
            and not condemned:
        # A targeted act with its target unnamed is aimed at the place where it happens
        # ("startete die Offensive in den Gazastreifen", "kündigte den Abzug an" in Bagdad).
        if p.mode in PERSON_TARGET_MODES and c.nationality not in (None, country):
            # "Der Niederländer ... woraufhin er festgenommen wurde" in Germany: a Dutchman
            recipient, rec_rules = [ActorRef(None, None, c.nationality, None)], ["ev.implied-recipient.nationality"]
        else:
            recipient = [ActorRef(None, None, country, None)]
            rec_rules = ["ev.implied-recipient.place"]
    if not actor and not recipient:
        return _drop(c, sent, m, "drop.no-actors")  # no one found on either side
    if not any(_political(r) for r in actor + recipient) and not (
            p.type in CIVIL_TYPES and any(r.sector for r in actor)):
        return _drop(c, sent, m, "drop.not-political")  # companies and universities make no event
    if not (_countries(actor) or _countries(recipient)):
        return _drop(c, sent, m, "drop.no-country")
    if not actor and p.type not in PARTICIPANT_TYPES:
        return _drop(c, sent, m, "drop.no-doer")  # "27 Menschen wurden getötet" reports a toll, not an act
    trigger_tok = toks[m.trigger]
    clause_start, clause_end = _span(sent, clause.start, clause.end)
    when = nearest(times, trigger_tok.start, clause_start, clause_end)
    parent = clauses[clause.parent] if clause.parent is not None else None
    dependent = clause.subordinate or clause.finite is None
    if when is None and dependent and parent is not None and parent.finite is not None:
        # a dependent clause is dated by the clause it hangs on ("kündigte heute an, … vorzugehen"),
        # by what follows its verb first: a fronted phrase may bring its own date ("Nach dem
        # Angriff am Freitag kündigte er heute an")
        a, b = _span(sent, parent.start, parent.end)
        verb = toks[parent.finite].start
        when = nearest(times, verb, verb, b) or nearest(times, verb, a, b)
    if when is None:
        first = times[0] if times else None
        when = first if first and first.start < clause_start else None
    if when is None:
        # a "when"-clause on this one dates it: "wurde verhaftet, als er am 3. Mai eine Kundgebung filmte"
        for other in clauses:
            if other.parent is not None and clauses[other.parent] is clause and other.subordinate \
                    and toks[other.start].lemma.lower() in t.simultaneous:
                when = nearest(times, trigger_tok.start, *_span(sent, other.start, other.end))
                if when is not None:
                    break
    own_year = int(when.value[:4]) if when else None
    own_date = when is not None
    if when is None:
        # Narrative time: news tells an event at the last date it named, else at publication;
        # what had happened before that ("hatte sich damals geweigert") at the background date.
        before = anterior(toks[clause.start:clause.end], t.participles, lang)
        when = timeline.background if before and timeline.background else timeline.now
        if before and timeline.background:
            when = replace(when, rule=before)
        elif timeline.last is not None and sequel(toks[clause.start:clause.end], lang):
            when = timeline.last
    governing = _governing_tokens(toks, clauses, clause)
    if governing and inside_allegation(governing, lang, clause.subject_rule.startswith("syn.subj.relative")):
        return _drop(c, sent, m, "drop.claimed")  # the accusation or denial around it is the event
    if m.circumstance is not None:
        a, b = m.circumstance
        modality, mod_cue = decide_modality(toks[a:b], [], False, bool(when and when.forward), own_year,
                                            article_date.year if article_date else None, lang)
    else:
        # a demand's own modal ("müsse") states the demand, not a possibility of it
        own = [tok for k, tok in enumerate(toks[clause.start:clause.end], clause.start)
               if not (p.kind == "modal" and k == m.trigger)]
        modality, mod_cue = decide_modality(
            own, governing, clause.future, bool(when and when.forward),
            own_year, article_date.year if article_date else None, lang,
            toks[parent.start:parent.end] if parent is not None else None)
    if modality == "future" and when is not None and when.rule.endswith("date.weekday") and not when.forward \
            and mod_cue in modality_table(lang).weekday_ahead_cues and article_date is not None \
            and when.value < article_date.isoformat():
        # "Sie wollen sich am Freitag treffen": a weekday in a plan is the coming one (on a
        # Friday, "am Freitag" is today).
        when = replace(when, value=(date.fromisoformat(when.value) + timedelta(days=7)).isoformat(),
                       rule=when.rule + "-ahead", forward=True)
    etype, explanation = p.type, [p.id, m.rule, *actor_rules, *rec_rules]
    if modality == "negated" and p.negated_type and not clause.passive:
        # refusing to recognise or to agree is itself an act: "erkennen ... nicht an" is a REJECT
        etype, modality = p.negated_type, "asserted"
        explanation.append(f"ev.refusal-is-{etype.lower()}")
    if modality in ("asserted", "future") and etype in OFFER_AS_PROMISE and (
            cue := promise_cue(toks[clause.start:clause.end] + governing, lang)):
        etype, modality, mod_cue = OFFER_AS_PROMISE[etype], "asserted", cue
        explanation.append(f"guide.offer-is-{etype.lower()}")
    if modality == "future" and etype in FUTURE_AS_THREAT and not clause.passive and "legal" not in p.context \
            and mod_cue not in modality_table(lang).plot_cues:
        # (a verdict a court is to pass is a scheduled step, modality future, not a threat)
        # An announced attack, arrest or sanction is a threat of it (PLOVER THREATEN).
        etype = FUTURE_AS_THREAT[p.type][0]
        modality = "asserted"
        explanation.append(f"guide.future-{p.type.lower()}-is-threaten")
    elif modality == "future" and etype in FUTURE_AS_PROMISE:
        etype, modality = FUTURE_AS_PROMISE[etype], "asserted"
        explanation.append(f"guide.future-{p.type.lower()}-is-{etype.lower()}")
    elif modality == "future" and etype in PROMISE_TYPES:
        modality = "asserted"
        explanation.append("guide.promise-is-asserted")
    if modality == "future" and not own_date and timeline.ahead is not None:
        # A plan without a day of its own is for the day ahead the article last named ("Am
        # Montag wird gewählt. Die Opposition will die Wahl boykottieren"); a threat or a
        # promise made of a plan happened when it was made.
        when = replace(timeline.ahead, rule="date.ahead")
    if etype == p.type:
        mode, mode_rule = _mode(p, _clause_words(sent, clause), lang)
    elif etype == "THREATEN" and p.type in FUTURE_AS_THREAT:
        mode, mode_rule = FUTURE_AS_THREAT[p.type][1], None
    else:
        mode, mode_rule = None, None
    if etype == "CONSULT" and mode == "visit" and not recipient and location and location.country_code:
        host = alpha3(location.country_code)
        if host and _countries(actor) and host not in _countries(actor):
            recipient = [ActorRef(None, None, host, None)]  # a visit abroad is to the host state
            explanation.append("ev.implied-recipient.host")
    if etype == "CONSULT" and mode is None and location and location.country_code:
        loc3 = alpha3(location.country_code)
        if loc3 and _countries(actor) and loc3 not in _countries(actor) and loc3 in _countries(recipient):
            mode, mode_rule = "visit", "ev.mode.visit-abroad"
    explanation += [r for r in (mode_rule, mod_cue, when.rule if when else None) if r]
    quote = reporting_quote(doc, trigger_tok.start, trigger_tok.end, ATTRIBUTING_QUOTES)
    rb = None
    # a speaker that is no one who reports is no source ("Weitere Aktionen sind angekündigt")
    if quote is not None and quote.speaker is not None and _names_a_source(doc, quote.speaker, t):
        rb = speaker_text(quote)
    if rb is not None and any(r.text and (rb in r.text or r.text in rb) for r in actor):
        rb = None  # an actor telling of its own deed is the event, not a report of it
    if rb is not None and rb.lower().rstrip("n") in t.anonymous_sources:
        rb = None  # "nach ersten Angaben", "Quellen zufolge": no one to name as the source
    if rb is not None:
        explanation.append("quotes.reported_by")
    if location is not None:
        explanation.append(f"places.location:{location.text}")
    confidence = BASE_CONFIDENCE[p.kind] + (0.1 if actor and recipient else 0.0) - (0.2 if not actor else 0.0)
    return Event(
        type=etype, mode=mode, context=list(p.context), actor=actor, recipient=recipient, location=location,
        date=when.value if when else None, modality=modality,
        reported_by=ReportedBy(rb) if rb else None,
        evidence=Span(sent.text, sent.start, sent.end),
        trigger=Span(trigger_tok.text, trigger_tok.start, trigger_tok.end),
        confidence=round(max(0.05, min(confidence, 0.95)), 2), explanation=explanation)


def _stative_passive(clause: Clause, m: Match, toks: list, t: SyntaxTable) -> bool:
    """ "Elf Wärter sind festgenommen": "sein" with the participle of a verb that takes an
    object is its passive (verbs that form their perfect with "sein", "ist mit X
    zusammengetroffen", are listed apart)."""
    p, trig = m.predicate, toks[m.trigger]
    return not clause.passive and p.kind == "verb" and "obj" in p.recipient and "subj" in p.actor \
        and trig.pos in t.participles and clause.finite is not None \
        and toks[clause.finite].lemma.lower() == t.stative_auxiliary \
        and not any(lemma in t.sein_perfect for lemma in clause.verb_lemmas)


def _dative_split(clause: Clause, p: Predicate, toks: list, t: SyntaxTable) -> Clause:
    """Read "der Europarat der polnischen Regierung" as subject + dative object when the
    predicate wants an object and the clause has none: "der" is genitive or dative. After a
    name it is the dative whatever else the clause holds: "gewährt das Emirat Katar der Firma
    Porsche einen Kredit" (a name takes no genitive article phrase)."""
    subj = clause.subject
    if clause.passive or subj is None or "obj" not in p.recipient or not subj.attachments or p.kind == "noun":
        return clause  # (an event noun's roles are not the verb's objects)
    if clause.objects and not (subj.attachments[0] > 0 and toks[subj.attachments[0] - 1].pos in t.names):
        return clause
    cut = subj.attachments[0]
    if toks[cut].text.lower() != "der":
        return clause
    head = max(k for k in range(subj.np_start, cut) if toks[k].pos not in ("ART", "ADJA")) if cut > subj.np_start else cut
    return replace(clause, subject=replace(subj, end=cut, head=head, attachments=[]),
                   objects=[Phrase(cut, subj.end, subj.head, cut, None, False), *clause.objects], subject_rule="syn.subj.dative-split")


def _governing_tokens(toks: list, clauses: list[Clause], clause: Clause) -> list:
    """Tokens of the clauses a dependent clause hangs on, up to the main clause
    ("Es heißt, dass Ankara bereit ist, Drohnen zu liefern")."""
    out: list = []
    current = clause
    while current.parent is not None and (current.subordinate or current.finite is None):
        current = clauses[current.parent]
        out = toks[current.start:current.end] + out
    return out


def _token_at(toks: list, offset: int) -> int:
    return next((i for i, tok in enumerate(toks) if tok.start >= offset), len(toks) - 1)


# How far before publication a named day can set the narrative time of later sentences;
# older dates belong to background ("im Juni 2008 hatte ...") and do not.
NARRATIVE_DAYS = 7


def _recent_day(x: TimeExpression, article_date: date | None) -> bool:
    if x.forward or len(x.value) != 10 or article_date is None:
        return False
    return 0 <= (article_date - date.fromisoformat(x.value)).days <= NARRATIVE_DAYS


def _advance(timeline: Timeline, times: list[TimeExpression], article_date: date | None) -> Timeline:
    recent = [x for x in times if _recent_day(x, article_date)]
    older = [x for x in times if not x.forward and not _recent_day(x, article_date) and article_date is not None
             and x.value < article_date.isoformat()[:len(x.value)]]
    ahead = [x for x in times if x.forward]
    past = [x for x in times if not x.forward and (article_date is None
                                                   or x.value <= article_date.isoformat()[:len(x.value)])]
    return Timeline(replace(recent[-1], rule="date.discourse") if recent else timeline.now,
                    replace(older[-1], rule="date.background") if older else timeline.background,
                    ahead[-1] if ahead else timeline.ahead,
                    replace(past[-1], rule="date.sequel") if past else timeline.last)


def _richness(e: Event) -> tuple[int, float]:
    return (bool(e.actor) + bool(e.recipient) + bool(e.location) + bool(e.date), e.confidence)


def _definite(toks: list, k: int, clause: Clause, t: SyntaxTable) -> bool:
    holder = next((ph for ph in clause.phrases if ph.np_start <= k < ph.end), None)
    return holder is not None and toks[holder.np_start].text.lower() in t.definite


def _merge_key(ev: Event) -> tuple:
    predicate = ev.explanation[0] if ev.explanation else None  # _build puts the predicate id first
    if ev.type in ONE_A_DAY_TYPES and ev.date and len(ev.date) == len("2000-01-01") and ev.modality != "future":
        predicate = None  # "demonstrierten" and "die Großdemonstration" of one side on one day; the
        # day of a plan is often a guess, and a march and a boycott planned are two plans
    return ev.type, _countries(ev.actor), _countries(ev.recipient), predicate


def _same_when(a: Event, b: Event) -> bool:
    return not a.date or not b.date or a.date.startswith(b.date) or b.date.startswith(a.date)


def _same_named(a: Event, b: Event) -> bool:
    """Unless both name different people or bodies as their targets: the arrest of one man
    and of another are two arrests."""
    names = lambda e: {r.name for r in e.recipient if r.name}
    return not names(a) or not names(b) or bool(names(a) & names(b))


def _names_promise(ev: Event, told: Event) -> bool:
    """An event noun naming what an earlier announcement of the same actor is about: the guide
    codes the announcement ("kündigte an zurückzutreten" is CONCEDE), and "der Rücktritt" after
    it is that announced act again, not a second event. (A meeting or an attack named after its
    promise or threat may well have happened since, so those stay apart.)"""
    return len(ev.explanation) > 1 and ev.explanation[1].startswith("noun:") and ev.type in ANNOUNCED_AS_CONCESSION and \
        f"guide.future-{ev.type.lower()}-is-{told.type.lower()}" in told.explanation and \
        _countries(ev.actor) == _countries(told.actor) and _same_when(told, ev)


def merge_events(events: list[Event]) -> list[Event]:
    """One event per real-world event: the same predicate with the same type and dyad, at
    compatible dates, is one event told twice; different predicates are different events
    ("der Beschuss" and "die Bodenoffensive" of one army against one territory)."""
    kept: list[Event] = []
    for ev in events:
        told = next((k for k in kept if k.type == ev.type), None) if ANAPHORIC in ev.explanation else None
        if told is not None:  # "die Proteste" with no actor of its own: the protest told before
            told.explanation.append(f"merge.anaphoric-at:{ev.trigger.start}")
            continue
        promised = next((k for k in kept if _names_promise(ev, k)), None)
        if promised is not None:  # "kündigte an zurückzutreten ... Der Rücktritt kommt überraschend"
            promised.explanation.append(f"merge.promised-at:{ev.trigger.start}")
            continue
        key = _merge_key(ev)
        twin = next((k for k in kept if _merge_key(k) == key and _same_when(k, ev) and _same_named(k, ev)), None)
        if twin is None:
            kept.append(ev)
            continue
        keep, other = (ev, twin) if _richness(ev) > _richness(twin) else (twin, ev)
        keep.explanation.append(f"merge.repeated-at:{other.trigger.start}")
        # What only the other mention says still holds for the event ("…, sagte TASS").
        if keep.reported_by is None and other.reported_by is not None:
            keep.reported_by = other.reported_by
            keep.explanation.append("merge.reported_by")
        if keep.location is None and other.location is not None:
            keep.location = other.location
            keep.explanation.append("merge.location")
        kept[kept.index(twin)] = keep
    return sorted(kept, key=lambda e: e.trigger.start)


def code_events(doc: Doc) -> list[Event]:
    """The events of an analysed document whose places, actors and quotes are filled; the
    predicates matched but not coded go to ``doc.dropped`` with the rule that dropped them."""
    lang = doc.article.lang or "de"
    doc.dropped = []
    if off_topic(doc):
        return []
    article_date = parse_article_date(doc.article.date)
    c = Coding(doc, load_lexicon(lang), lang, syntax_table(lang), article_date, _dominant_country(doc),
               _prevailing_nationality(doc),
               Timeline(TimeExpression(0, 0, article_date.isoformat(), "date.article") if article_date else None))
    for sent in doc.sentences:
        times = find_time_expressions(sent.text, sent.start, article_date, lang)
        # once per sentence: a "seit"/"bis" date dates something else, never an event here
        event_times = [x for x in times if not dates_something_else(sent.tokens, _token_at(sent.tokens, x.start), lang)]
        clauses = _split_stacked_names(doc, sent, analyse_clauses(sent, lang), c.t)
        c.told += code_sentence(c, sent, event_times, clauses)
        # the scene that goes on is the last one named ("In Syrien ..., in China ...")
        c.where = next((loc for cl in reversed(clauses) if (loc := _location(doc, sent, cl, c.t))), c.where)
        c.timeline = _advance(c.timeline, event_times, article_date)
    doc.dropped = c.dropped
    return merge_events(c.told)
