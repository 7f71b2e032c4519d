"""Clauses, phrases and grammatical roles from POS tags, without a parser model.

German word order does most of the work: in a main clause the finite verb comes second and
the subject is the phrase before it or the first nominative-capable phrase after it; in a
subordinate clause the verb comes last and a relative pronoun stands for the phrase before
the comma; a clause without its own subject (coordination, zu-infinitives) takes the subject
of the clause it hangs on. Which tags mean what is data (``lang/<lang>/events_syntax.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from iltis.lang import load_table
from iltis.model import Sentence, Token

DASHES = {"–", "—", "-", "(", ")", "[", "]"}
# Nominative relative pronouns: the relative clause's subject is the phrase they refer to.
RELATIVE_FORMS = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
# ... and all of them, as they follow a preposition ("in dem", "mit der")
PREPOSITIONAL_RELATIVE_FORMS = RELATIVE_FORMS | {"dem", "den", "denen", "dessen", "deren", "welchem", "welchen"}


@dataclass(frozen=True)
class SyntaxTable:
    finite: frozenset[str]
    verbs: frozenset[str]
    full_verbs: frozenset[str]
    participles: frozenset[str]
    infinitives: frozenset[str]
    particles: frozenset[str]
    zu: frozenset[str]
    reflexive: frozenset[str]
    nouns: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    np_prefix: frozenset[str]
    prepositions: frozenset[str]
    conjunctions: frozenset[str]
    subordinators: frozenset[str]
    breaks: frozenset[str]
    non_nominative: frozenset[str]
    genitive: frozenset[str]
    co_actor: frozenset[str]
    passive_aux: str
    plan_modals: frozenset[str]
    perfect_aux: frozenset[str]
    agent_preps: frozenset[str]
    object_control: frozenset[str]
    locative: frozenset[str]
    non_actor_heads: frozenset[str]
    vague_heads: frozenset[str]  # "zahlreiche Länder": states no one can name
    time_heads: frozenset[str]
    non_agent_heads: frozenset[str]
    object_pronouns: frozenset[str]
    topic_word_tags: frozenset[str]
    predicatives: frozenset[str]
    definite: frozenset[str]
    common_nouns: frozenset[str]
    names: frozenset[str]
    genitive_name_ending: str
    anonymous_sources: frozenset[str]
    source_nouns: tuple[str, ...]
    impersonal: frozenset[str]
    bound_pronouns: frozenset[str]
    copulas: frozenset[str]
    attribute_preps: frozenset[str]
    reciprocal_preps: frozenset[str]
    list_joiners: frozenset[str]
    pronominal_adverbs: frozenset[str]
    continuation_adverbs: frozenset[str]
    stative_auxiliary: str
    sein_perfect: frozenset[str]
    attributive_adjectives: frozenset[str]
    quote_marks: frozenset[str]
    simultaneous: frozenset[str]  # subordinators of a clause at the same time ("als", "während")


@cache
def syntax_table(lang: str) -> SyntaxTable:
    t = load_table(lang, "events_syntax")
    fs = lambda key: frozenset(t[key])
    return SyntaxTable(
        finite=fs("finite_verb_tags"),
        verbs=fs("verb_tags"),
        full_verbs=fs("full_verb_tags"),
        participles=fs("participle_tags"),
        infinitives=fs("infinitive_tags"),
        particles=fs("particle_tags"),
        zu=fs("zu_tags"),
        reflexive=fs("reflexive_tags"),
        nouns=fs("noun_tags"),
        pronouns=fs("pronoun_tags"),
        possessives=fs("possessive_tags"),
        np_prefix=fs("np_prefix_tags"),
        prepositions=fs("preposition_tags"),
        conjunctions=fs("conjunction_tags"),
        subordinators=fs("subordinator_tags"),
        breaks=fs("clause_break_tags"),
        non_nominative=fs("non_nominative"),
        genitive=fs("genitive_determiners"),
        co_actor=fs("co_actor_markers"),
        passive_aux=t["passive_auxiliary"],
        plan_modals=fs("plan_modals"),
        perfect_aux=fs("perfect_auxiliaries"),
        agent_preps=fs("passive_agent_prepositions"),
        object_control=fs("object_control_verbs"),
        locative=fs("locative_prepositions"),
        non_actor_heads=fs("non_actor_heads"),
        vague_heads=fs("vague_heads"),
        time_heads=fs("time_heads"),
        non_agent_heads=fs("non_agent_heads"),
        object_pronouns=fs("object_pronouns"),
        topic_word_tags=fs("topic_word_tags"),
        predicatives=fs("predicative_tags"),
        definite=fs("definite_determiners"),
        common_nouns=fs("common_noun_tags"),
        names=fs("name_tags"),
        genitive_name_ending=t["genitive_name_ending"],
        anonymous_sources=fs("anonymous_sources"),
        source_nouns=tuple(t.get("source_nouns", [])),
        impersonal=fs("impersonal_pronouns"),
        bound_pronouns=fs("bound_pronouns"),
        copulas=fs("copulas"),
        attribute_preps=fs("attribute_prepositions"),
        reciprocal_preps=fs("reciprocal_prepositions"),
        list_joiners=fs("list_joiners"),
        pronominal_adverbs=fs("pronominal_adverb_tags"),
        continuation_adverbs=fs("continuation_adverbs"),
        stative_auxiliary=t["stative_auxiliary"],
        sein_perfect=fs("sein_perfect_verbs"),
        attributive_adjectives=fs("attributive_adjective_tags"),
        quote_marks=fs("quote_marks"),
        simultaneous=fs("simultaneous_subordinators"),
    )


@dataclass(slots=True)
class Phrase:
    """A noun phrase, or a prepositional phrase around one (token indices in the sentence)."""

    start: int
    end: int
    head: int
    np_start: int
    prep: str | None = None
    nominative: bool = True
    co_actor: bool = False  # "gemeinsam mit X": X acts together with the subject
    attachments: list[int] = field(default_factory=list)  # where "der X"-attributes start


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    finite: int | None
    subordinate: bool
    phrases: list[Phrase] = field(default_factory=list)
    subject: Phrase | None = None
    subject_rule: str = ""
    objects: list[Phrase] = field(default_factory=list)
    passive: bool = False
    future: bool = False
    parent: int | None = None
    verb_lemmas: list[str] = field(default_factory=list)


def _is_break(tok: Token, t: SyntaxTable) -> bool:
    # Dashes by their text: the tagger does not always give them "$(" ("Wien – ..." gets XY).
    return tok.text in DASHES or (tok.pos in t.breaks and tok.pos != "$(")


def _segments(tokens: list[Token], t: SyntaxTable) -> list[tuple[int, int]]:
    """Token ranges between clause breaks; a range without a verb joins its neighbour."""
    raw: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(tokens):
        if _is_break(tok, t):
            if i > start:
                raw.append((start, i))
            start = i + 1
        elif tok.pos in t.conjunctions and i > start and _has_finite(tokens, start, i, t) \
                and _has_finite(tokens, i + 1, _next_break(tokens, i + 1, t), t):
            raw.append((start, i))
            start = i + 1
    if start < len(tokens):
        raw.append((start, len(tokens)))
    if len(raw) > 1 and raw[0][1] - raw[0][0] <= 3 and tokens[raw[0][1]].text in DASHES and \
            all(tokens[k].pos in t.nouns for k in range(*raw[0])):
        raw = raw[1:]  # a dateline ("Wien – ...") is not part of the first clause
    merged: list[tuple[int, int]] = []
    carried: int | None = None
    for n, (s, e) in enumerate(raw):
        if carried is not None:
            s, carried = carried, None
        has_verb = any(tokens[k].pos in t.verbs for k in range(s, e))
        if not has_verb and tokens[s].pos in t.subordinators and n + 1 < len(raw) \
                and not _opens_clause(tokens, raw[n + 1][0], t):
            carried = s  # "dass die EU, die USA und andere Staaten ... anerkennen": the clause goes on
            continue
        if merged and not has_verb:
            merged[-1] = (merged[-1][0], e)
        elif merged and not any(tokens[k].pos in t.verbs for k in range(*merged[-1])):
            merged[-1] = (merged[-1][0], e)
        elif merged and _open_bracket(tokens, *merged[-1], t) and _closes_bracket(tokens, s, e, t):
            # "Beide möchten am Freitag, dem 7. Mai, in Genf verhandeln": the comma only
            # sets off an apposition; the modal and its infinitive are one clause.
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _opens_clause(tokens: list[Token], s: int, t: SyntaxTable) -> bool:
    """Whether a range starts a clause of its own: a subordinator or a relative pronoun, also
    after a preposition ("in dem")."""
    return tokens[s].pos in t.subordinators or _relative_after_preposition(tokens, s, t)


def _relative_after_preposition(tokens: list[Token], s: int, t: SyntaxTable) -> bool:
    """ "in dem Gegner inhaftiert sind": a preposition with a relative pronoun, which the tagger
    often reads as an article."""
    return tokens[s].pos in t.prepositions and s + 1 < len(tokens) \
        and tokens[s + 1].text.lower() in PREPOSITIONAL_RELATIVE_FORMS


def _open_bracket(tokens: list[Token], s: int, e: int, t: SyntaxTable) -> bool:
    """A clause with a finite auxiliary or modal but no full verb yet waits for its verb."""
    return any(tokens[k].pos in t.finite and not tokens[k].pos.startswith("VV") for k in range(s, e)) and \
        not any(tokens[k].pos in t.full_verbs for k in range(s, e))


def _closes_bracket(tokens: list[Token], s: int, e: int, t: SyntaxTable) -> bool:
    """A segment whose only verbs are non-finite and not a zu-infinitive completes one."""
    verbs = [k for k in range(s, e) if tokens[k].pos in t.verbs]
    return bool(verbs) and not any(tokens[k].pos in t.finite for k in verbs) and \
        not any(tokens[k].pos in t.zu for k in range(s, e))


def _has_finite(tokens: list[Token], s: int, e: int, t: SyntaxTable) -> bool:
    return any(tokens[k].pos in t.finite for k in range(s, e))


def _next_break(tokens: list[Token], s: int, t: SyntaxTable) -> int:
    return next((k for k in range(s, len(tokens)) if _is_break(tokens[k], t)), len(tokens))


def _genitive_name(tokens: list[Token], k: int, end: int, head: int | None, t: SyntaxTable) -> bool:
    """A one-word name in the genitive after a common noun is its attribute, not the head:
    "der Krieg Russlands", "die Regierung Österreichs" (but "Präsident Putin" is headed by Putin)."""
    tok = tokens[k]
    return head is not None and tokens[head].pos in t.common_nouns and tok.pos in t.names \
        and tok.text.endswith(t.genitive_name_ending) and not (k + 1 < end and tokens[k + 1].pos in t.names)


def _np_at(tokens: list[Token], i: int, end: int, t: SyntaxTable,
           attachments: list[int] | None = None) -> tuple[int, int] | None:
    """``(end, head)`` of a noun phrase starting at ``i``, or None. Where a genitive-looking
    attribute starts is added to ``attachments`` (the caller may read it as a dative)."""
    k, head, open_ = i, None, True  # open_: determiners and adjectives may still come
    while k < end:
        pos = tokens[k].pos
        if pos in t.np_prefix and open_:
            k += 1
        elif tokens[k].text in t.quote_marks and (open_ and k > i or head == k - 1 and any(
                tokens[j].text in t.quote_marks for j in range(i, k))):
            k += 1  # a quoted name inside the phrase, with its closing mark: "gegen den „Verband ...“"
        elif pos in t.prepositions and open_ and k > i:
            inner = _np_at(tokens, k + 1, end, t)  # "einen von den USA angeführten Vorstoß"
            if inner is None:
                return None
            k = inner[0]
        elif pos in t.nouns:
            if head is not None and (tokens[k].pos in t.names and tokens[head].lemma.lower() in t.non_actor_heads
                                     or tokens[head].lemma.lower() in t.time_heads):
                break  # "am 24. März Russland", "am Montag Unbekannte": a time takes no noun after it
            if head is not None and tokens[head].pos in t.names and pos not in t.names and k + 1 < end \
                    and tokens[k + 1].pos in t.names:
                break  # "in Ankara Bundeskanzlerin Merkel": a title and name after a name is a phrase of its own
            if not _genitive_name(tokens, k, end, head, t):
                head = k
            open_ = False
            k += 1
        elif pos in t.pronouns and head is None and k == i:
            return k + 1, k
        elif head is not None and pos in t.conjunctions and k + 1 < end and \
                (tokens[k + 1].pos in t.nouns or tokens[k + 1].pos in t.np_prefix):
            k, open_ = k + 1, True  # coordination: "die EU und die Vereinigten Staaten"
        elif head is not None and not open_ and tokens[k].text.lower() in t.genitive and k + 1 < end \
                and tokens[head].pos not in t.names:  # "bot Papandreou der Opposition": a name takes no genitive
            sub = _np_at(tokens, k + 1, end, t)
            if sub is None or tokens[sub[1]].pos not in t.nouns:
                break
            if attachments is not None:
                attachments.append(k)
            k = sub[0]  # genitive attribute: "der Gouverneur der Region Primorje"
        else:
            break
    if head is None or open_:
        return None if head is None else (k, head)
    return k, head


def _phrases(tokens: list[Token], s: int, e: int, t: SyntaxTable) -> list[Phrase]:
    out: list[Phrase] = []
    i = s
    while i < e:
        tok = tokens[i]
        if tok.pos in t.prepositions:
            np = _np_at(tokens, i + 1, e, t)
            if np:
                co = tok.lemma.lower() == "mit" and i > s and tokens[i - 1].text.lower() in t.co_actor
                out.append(Phrase(i, np[0], np[1], i + 1, tok.lemma.lower(), False, co))
                i = np[0]
                continue
        elif tok.pos in t.np_prefix or tok.pos in t.nouns or tok.pos in t.pronouns:
            attachments: list[int] = []
            np = _np_at(tokens, i, e, t, attachments)
            if np:
                nominative = tok.text.lower() not in t.non_nominative
                out.append(Phrase(i, np[0], np[1], i, None, nominative, attachments=attachments))
                i = np[0]
                continue
        i += 1
    return out


def analyse_clauses(sentence: Sentence, lang: str = "de") -> list[Clause]:
    """The clauses of a sentence with their phrases, subject, objects and voice."""
    t = syntax_table(lang)
    tokens = sentence.tokens
    clauses: list[Clause] = []
    for s, e in _segments(tokens, t):
        sub = tokens[s].pos in t.subordinators or (
            tokens[s].pos in t.prepositions and s + 1 < e and tokens[s + 1].pos in t.subordinators) or (
            s > 0 and tokens[s - 1].pos == "$," and s + 1 < e and _relative_after_preposition(tokens, s, t)
            and _verb_final(tokens, s, e, t)) or (
            # a relative pronoun tagged as article: ", die Nordkorea unterstützte"
            s > 0 and tokens[s - 1].pos == "$," and tokens[s].text.lower() in RELATIVE_FORMS
            and _verb_final(tokens, s, e, t)
            # "die Vereinigten Staaten und ... anerkennen": an article before an adjective, a list
            and not (s + 1 < e and tokens[s + 1].pos in t.attributive_adjectives))
        finites = [k for k in range(s, e) if tokens[k].pos in t.finite]
        finite = (finites[-1] if sub else finites[0]) if finites else None
        phrases = _phrases(tokens, s, e, t)
        verbs = [k for k in range(s, e) if tokens[k].pos in t.verbs]
        # a clause whose only verb is a participle: a mistagged past tense or a headline
        participle = verbs[0] if finite is None and not sub and len(verbs) == 1 \
            and tokens[verbs[0]].pos in t.participles else None
        if participle is not None:
            finite = _participle_in_second_place(tokens, s, e, participle, phrases, t)
        clause = Clause(s, e, finite, sub, phrases)
        clause.verb_lemmas = [tokens[k].lemma.lower() for k in verbs]
        aux = [k for k in range(s, e) if tokens[k].lemma.lower() == t.passive_aux and tokens[k].pos.startswith("VA")]
        has_part = any(tokens[k].pos in t.participles for k in range(s, e))
        has_inf = any(tokens[k].pos in t.infinitives or tokens[k].pos == "VAINF" for k in range(s, e))
        # werden + participle is the passive ("wurde verhaftet", "sei unterzeichnet worden"),
        # finite werden + infinitive the future ("wird unterzeichnen", "wird unterzeichnet werden").
        clause.passive = bool(aux) and has_part
        if participle is not None and finite is None and all(tok.pos in t.breaks for tok in tokens[e:]):
            clause.passive = True  # a headline's participle: "Drei Polizisten in Manila erschossen"
        # "soll stattfinden", "sollen abgezogen werden" announce a plan; "soll angegriffen haben"
        # reports hearsay about the past (a perfect infinitive)
        plan = any(tokens[k].text.lower() in t.plan_modals for k in range(s, e)) and has_inf and not any(
            tokens[k].pos == "VAINF" and tokens[k].lemma.lower() in t.perfect_aux for k in range(s, e))
        clause.future = any(tokens[k].pos in t.finite for k in aux) and has_inf or plan
        clause.parent = _coordinated_with(clause, clauses, tokens, t) if clauses else None
        _assign_roles(clause, clauses, tokens, t)
        clauses.append(clause)
    return clauses


def _participle_in_second_place(tokens: list[Token], s: int, e: int, k: int, phrases: list[Phrase],
                                t: SyntaxTable) -> int | None:
    """``k``, the participle that is a clause's only verb, if it follows the clause's first
    constituent: then it is the finite verb mistagged, as the past plural of many verbs is
    spelled like their participle ("Gestern erschossen Soldaten drei Polizisten", "Die Minister
    beschlossen neue Regeln"). A headline's participle stands last ("Drei Menschen in Kabul
    erschossen") and stays one."""
    # the verb may close its clause when a comma goes on: "Die Polizei verlangt, der Konzern solle ..."
    if (k + 1 >= e or tokens[k + 1].pos in t.breaks) and not (k + 1 == e < len(tokens) and tokens[e].pos == "$,"):
        return None
    first = next((p for p in phrases if p.start == s), None)
    return k if k == s + 1 or first is not None and first.end == k else None


def _verb_final(tokens: list[Token], s: int, e: int, t: SyntaxTable) -> bool:
    """Whether the clause's finite verb closes it (before a final stop, or before a dash that
    adds an aside: "die Tschechien unterstützte – und dies vor Jahren")."""
    fin = next((k for k in range(s + 1, e) if tokens[k].pos in t.finite), None)
    return fin is not None and (fin + 1 == e or tokens[fin + 1].pos in t.breaks or tokens[fin + 1].text in DASHES)


def _coordinated_with(clause: Clause, before: list[Clause], tokens: list[Token], t: SyntaxTable) -> int:
    """The clause a new one hangs on: the one before it, except that a verb-first clause after
    "und" continues the last main clause ("Der Soldat ging davon aus, dass ..., und weigerte
    sich"), not the subordinate clause between them."""
    last = len(before) - 1
    after_und = clause.finite == clause.start and clause.start > 0 and tokens[clause.start - 1].pos in t.conjunctions
    with_und = tokens[clause.start].pos in t.conjunctions and clause.finite == clause.start + 1
    if (after_und or with_und) and before[last].subordinate:
        return next((k for k in range(last, -1, -1) if not before[k].subordinate and before[k].finite is not None),
                    last)
    return last


def _verb_final_conjunct(clause: Clause, parent: Clause, tokens: list[Token], t: SyntaxTable) -> bool:
    """A clause after "und" whose finite verb follows its participle ("bevor die Armee das
    Feuer eröffnete und drei Angreifer erschossen hat"), or that ends in its verb after a
    subordinate clause ("worauf die Polizei anrückte und mehrere Männer festnahm"), is the
    second half of the clause before it: verb-final order, so the phrases before the verb are
    its objects, not its subject."""
    f = clause.finite
    after_und = clause.start > 0 and tokens[clause.start - 1].pos in t.conjunctions
    if not after_und or f is None or f - 1 <= clause.start:
        return False
    if tokens[f - 1].pos in t.participles or tokens[f - 1].pos in t.infinitives:
        return True
    closes = f + 1 >= len(tokens) or tokens[f + 1].pos in t.breaks
    return closes and parent.subordinate and parent.finite is not None and parent.finite == parent.end - 1


def _fronted_before_relative(clause: Clause, tokens: list[Token], t: SyntaxTable) -> Phrase | None:
    """The noun phrase that opens a clause and is followed by a relative clause ending in its
    verb ("Die Polizei, die vor Ort war"): the prefield of a main clause that resumes after it."""
    first = clause.phrases[0] if clause.phrases else None
    if first is None or first.start != clause.start or first.prep is not None or not first.nominative:
        return None
    # its attributes may come before the comma: "Der Präsident von Frankreich, der ..."
    comma = next((k for k in range(first.end, clause.end) if tokens[k].pos == "$,"), None)
    if comma is None or comma + 1 >= clause.end or any(tokens[k].pos in t.verbs for k in range(first.end, comma)) \
            or not (tokens[comma + 1].text.lower() in RELATIVE_FORMS
                    or _relative_after_preposition(tokens, comma + 1, t)):  # ", auf deren Listen ..."
        return None
    return replace(first, end=comma) if clause.finite is not None and _verb_final(tokens, comma + 1, clause.end, t) \
        else None


def _with_apposition(subject: Phrase, nps: list[Phrase], tokens: list[Token]) -> Phrase:
    """The subject with a noun phrase set off by commas right after it, its apposition: "hat
    die Präsidentin des Gerichts, Erika Sommer, die Klage abgewiesen" (not an object)."""
    nxt = next((p for p in nps if p.start == subject.end + 1), None)
    if nxt is None or tokens[subject.end].pos != "$," or nxt.end >= len(tokens) or tokens[nxt.end].pos != "$,":
        return subject
    return replace(subject, end=nxt.end)


def _prefield_subject(pre: list[Phrase], finite: int, tokens: list[Token], t: SyntaxTable) -> tuple[Phrase, str]:
    """The subject before the verb. The prefield holds one constituent, so noun phrases that
    fill it, joined only by commas, brackets and conjunctions, are one subject: coordinated
    ("China, Indien und Russland weigern sich", "Sowohl X als auch Y kündigten") or with its abbreviation ("Die
    Gruppe der Acht (G8) schloss")."""
    first = pre[0]
    if len(pre) == 2 and pre[1].end + 1 == finite \
            and (joined := _with_apposition(first, pre, tokens)) is not first:
        # "Ewald Nowotny, Ratsmitglied der EZB, drängte": the phrase set off by commas before
        # the verb is the subject's apposition
        return joined, "syn.subj.prefield-apposition"
    joiners = {"$,", "$("} | t.conjunctions
    joined = len(pre) > 1 and all(tokens[k].pos == "$(" for k in range(pre[-1].end, finite)) and all(
        tokens[k].pos in joiners or tokens[k].text.lower() in t.list_joiners
        for a, b in pairwise(pre) for k in range(a.end, b.start))
    if not joined:
        return first, "syn.subj.prefield"
    return replace(first, end=pre[-1].end), "syn.subj.prefield-list"


def _assign_roles(clause: Clause, before: list[Clause], tokens: list[Token], t: SyntaxTable) -> None:
    verb_final = False
    nps = [p for p in clause.phrases if p.prep is None]
    opener = clause.phrases[0] if clause.phrases else None
    if clause.subordinate and opener is not None and opener.start == clause.start and opener.prep is not None \
            and _relative_after_preposition(tokens, clause.start, t) and opener.end > clause.start + 2:
        # "in dem Gegner inhaftiert sind": the relative pronoun closes the prepositional phrase
        nps.insert(0, Phrase(clause.start + 2, opener.end, opener.head, clause.start + 2))
    parent = before[clause.parent] if clause.parent is not None else None
    first = tokens[clause.start]
    if clause.subordinate and first.text.lower() in RELATIVE_FORMS and first.pos in ("PRELS", "ART", "PDS") \
            and parent is not None:
        antecedent = next((p for p in reversed(parent.phrases) if p.prep is None), None)
        clause.subject, clause.subject_rule = antecedent, "syn.subj.relative"
        if antecedent is not None and parent.subject is not None and parent.finite is not None \
                and antecedent.start > parent.finite and set(parent.verb_lemmas) <= t.copulas:
            # "Belarus ist einer der wenigen Staaten, der Russland unterstützt": Nordkorea does
            clause.subject, clause.subject_rule = parent.subject, "syn.subj.relative-copula"
        # the pronoun alone is the relative: in "die Nordkorea unterstützte" the name after it
        # is an object of its own, not part of one phrase with the pronoun
        nps = [replace(p, start=p.start + 1, np_start=p.start + 1, nominative=False)
               if p.start == clause.start and p.end > p.start + 1 and p.head > p.start else p
               for p in nps]
        nps = [p for p in nps if p.start != clause.start]
    elif clause.finite == clause.start and parent is not None and clause.start > 0 \
            and tokens[clause.start - 1].pos in t.conjunctions:
        pass  # verb first after "und": the second half of "X zog vor das Parlament und forderte ..."
    elif clause.finite == clause.start and parent is not None and not parent.subordinate and clause.start > 0 \
            and tokens[clause.start - 1].pos == "$," and clause.finite + 1 < clause.end \
            and tokens[clause.finite + 1].text.lower() in t.continuation_adverbs:
        pass  # "Die Gewerkschaften begrüßten den Plan, lehnen aber ... ab": the same subject goes on
    elif parent is not None and (verb_final := _verb_final_conjunct(clause, parent, tokens, t)):
        pass  # its subject is the one of the clause it continues
    elif clause.finite == clause.start and parent is not None and clause.start > 0 \
            and tokens[clause.start - 1].pos == "$," and (fronted := _fronted_before_relative(parent, tokens, t)):
        # "Die Polizei, die vor Ort war, nahm 30 Demonstranten fest": the main clause goes on
        # after the relative clause, with the phrase before it as its subject
        clause.subject, clause.subject_rule = fronted, "syn.subj.resumed"
    elif clause.finite is not None and not clause.subordinate:
        # Times ("Vergangene Woche") stand before the verb too, but never as its subject.
        nominal = [p for p in nps if p.nominative and tokens[p.head].lemma.lower() not in t.non_actor_heads]
        pre = [p for p in nominal if p.end <= clause.finite]
        post = [p for p in nominal if p.start > clause.finite]
        if pre and opener is not None and opener.start == clause.start \
                and (opener.prep is not None or not opener.nominative):
            # The prefield holds one constituent: when a prepositional phrase or an object fills
            # it, the noun phrases beside it belong to it ("Bei dem Angriff auf die Botschaft in
            # Kabul, Afghanistan, sind ... gefallen"; "Dem Autobauer, Renault, droht ..."), and the
            # subject follows the verb.
            pre = []
        if pre and post and pre[0].end - pre[0].start == 1 and tokens[pre[0].start].text.lower() in t.object_pronouns:
            # "Das lehnte Abhisit ab": a demonstrative before the verb is the object.
            clause.subject, clause.subject_rule = post[0], "syn.subj.after-object-pronoun"
        elif pre:
            clause.subject, clause.subject_rule = _prefield_subject(pre, clause.finite, tokens, t)
        elif post:
            clause.subject, clause.subject_rule = _with_apposition(post[0], nps, tokens), "syn.subj.after-verb"
    elif clause.finite is None and parent is None and not clause.subordinate:
        cands = [p for p in nps if p.nominative]
        if cands:
            clause.subject, clause.subject_rule = cands[0], "syn.subj.first-phrase"
    elif clause.finite is not None or clause.subordinate and first.pos in t.subordinators \
            and not any(tokens[k].pos in t.zu for k in range(clause.start, clause.end)):
        # (a verb-final clause whose finite verb the tagger missed: "dass die EU ... anerkennen")
        cands = [p for p in nps if p.nominative]
        if cands:
            clause.subject, clause.subject_rule = cands[0], "syn.subj.subordinate"
    if clause.subject is None and parent is not None:
        control = any(lem in t.object_control for lem in parent.verb_lemmas)
        if clause.finite is None and control and parent.objects:
            clause.subject, clause.subject_rule = parent.objects[0], "syn.subj.object-control"
        else:
            clause.subject, clause.subject_rule = parent.subject, "syn.subj.inherited"
            if clause.finite is None and not clause.passive:
                clause.passive = parent.passive
    own = clause.subject if clause.subject is not None and clause.start <= clause.subject.start < clause.end else None
    clause.objects = [p for p in nps if p is not clause.subject
                      and not (own is not None and own.start <= p.start and p.end <= own.end)
                      and (clause.finite is None or clause.subordinate or p.start > clause.finite
                           or not p.nominative or verb_final)]  # a fronted object: "Ihm wird vorgeworfen"
