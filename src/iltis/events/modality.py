"""Modality: whether an event happened, was denied, is feared, planned or long past.

Cues are lexicon entries (``lang/<lang>/events_modality.yaml``) looked up in the event's
clause; fears and assumptions also count from the clause that governs it ("Es wird
angenommen, dass ..."). Negation wins over the rest: a denied event is reported as denied
even when the denial is itself hedged.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from iltis.lang import load_table
from iltis.model import Token


@dataclass(frozen=True)
class Cue:
    id: str
    words: frozenset[str]
    by_lemma: bool


@dataclass(frozen=True)
class ModalityTable:
    negation: tuple[Cue, ...]
    hypothetical: tuple[Cue, ...]
    future: tuple[Cue, ...]
    future_tense_id: str
    historical_years: int
    promise: tuple[Cue, ...]
    not_event_time: frozenset[str]
    comparisons: dict[str, frozenset[str]]
    allegation_verbs: frozenset[str]
    allegation_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    demand_nouns: frozenset[str]
    condition: Cue | None  # subordinators that open a condition ("bis der Präsident … anerkennt")
    condition_tags: frozenset[str]
    condition_verb_first: frozenset[str]  # "Wäre der Haftbefehl eingetragen worden, ..."
    attributive_tags: frozenset[str]  # "nicht erklärte Streiks": "nicht" negates the adjective
    reported_future: Cue | None  # "würden" under a speech verb: the future of indirect speech
    speech_verbs: frozenset[str]
    weekday_ahead_cues: frozenset[str]
    hypothetical_governing: tuple[Cue, ...]
    argument_tags: frozenset[str]  # "Kritik an dem Plan": a plan in the clause is what it is about
    plot_cues: frozenset[str] = frozenset()  # plans told by others, which are no threats
    degree_tags: frozenset[str] = frozenset()  # "nicht ganz klaren Gründen": words between "nicht" and its adjective
    contrast: frozenset[str] = frozenset()  # "nicht X, sondern Y" states the event of Y
    aside_opening: frozenset[str] = frozenset()  # brackets around an aside, which negates nothing
    aside_closing: frozenset[str] = frozenset()


def _cues(entries: list[dict]) -> tuple[Cue, ...]:
    out = []
    for e in entries:
        if "lemmas" in e:
            out.append(Cue(e["id"], frozenset(w.lower() for w in e["lemmas"]), True))
        elif "words" in e:
            out.append(Cue(e["id"], frozenset(w.lower() for w in e["words"]), False))
    return tuple(out)


@cache
def modality_table(lang: str) -> ModalityTable:
    t = load_table(lang, "events_modality")
    tense = next((e["id"] for e in t["future"] if e.get("pattern") == "werden+infinitive"), "future.tense")
    cond = t.get("condition", {})
    return ModalityTable(_cues(t["negation"]), _cues(t["hypothetical"]), _cues(t["future"]), tense,
                         int(t["historical_years"]), _cues(t.get("promise", [])),
                         frozenset(t.get("not_event_time", [])),
                         {w: frozenset(after) for w, after in t.get("comparisons", {}).items()},
                         frozenset(t.get("allegation_verbs", [])),
                         frozenset(t.get("allegation_nouns", [])), frozenset(t.get("demand_verbs", [])),
                         frozenset(t.get("demand_nouns", [])),
                         Cue(cond["id"], frozenset(cond["words"]), False) if cond else None,
                         frozenset(cond.get("tags", [])), frozenset(cond.get("verb_first", [])),
                         frozenset(t.get("attributive_tags", [])),
                         Cue(rf["id"], frozenset(rf["words"]), False) if (rf := t.get("reported_future")) else None,
                         frozenset(rf.get("speech_verbs", [])) if rf else frozenset(),
                         frozenset(t.get("weekday_ahead_cues", [])), _cues(t.get("hypothetical_governing", [])),
                         frozenset(t.get("argument_tags", [])), frozenset(t.get("plot_cues", [])),
                         frozenset(t.get("degree_tags", [])), frozenset(t.get("contrast", [])),
                         frozenset(t.get("aside_brackets", {}).get("opening", [])),
                         frozenset(t.get("aside_brackets", {}).get("closing", [])))


def inside_allegation(governing: list[Token], lang: str = "de", relative: bool = False) -> bool:
    """Whether a dependent clause is the content of an accusation, a denial or (unless it is a
    relative clause, which tells a fact about a noun: "verlangte die Freilassung einer Lehrerin,
    die festgenommen wurde") a demand: "verlangen, dass sich die Regierung entschuldigt"."""
    t = modality_table(lang)
    verbs = _verbs(governing)
    return bool(verbs & t.allegation_verbs) or any(tok.lemma.lower() in t.allegation_nouns for tok in governing) \
        or not relative and (bool(verbs & t.demand_verbs) or any(tok.lemma.lower() in t.demand_nouns
                                                                  for tok in governing))


def _particle_verb(tokens: list[Token], i: int) -> str:
    particle = next((t.lemma.lower() for t in tokens[i + 1:] if t.pos == "PTKVZ"), "")
    return particle + tokens[i].lemma.lower()


def promise_cue(tokens: list[Token], lang: str = "de") -> str | None:
    """The id of a readiness or offer cue in ``tokens``, if any."""
    return _hit(modality_table(lang).promise, tokens)


def dates_something_else(tokens: list[Token], index: int, lang: str = "de") -> bool:
    """Whether the time expression starting at token ``index`` belongs to a "seit"/"bis"
    phrase (it then dates the start of something, not the event) or to a comparison ("wie
    schon 1999")."""
    t = modality_table(lang)
    for k in range(index - 1, max(-1, index - 7), -1):
        if tokens[k].pos.startswith("V"):
            return False
        word = tokens[k].text.lower()
        if word in t.not_event_time:
            return True
        if word in t.comparisons and k + 1 < index and tokens[k + 1].text.lower() in t.comparisons[word]:
            return True
    return False


def _verbs(tokens: list[Token]) -> set[str]:
    """The lemmas of the full verbs, separable ones whole ("kündigte ... an": ankündigen)."""
    return {v for i, tok in enumerate(tokens) if tok.pos.startswith("VV")
            for v in (tok.lemma.lower(), _particle_verb(tokens, i))}


def _particle_hit(cues: tuple[Cue, ...], tokens: list[Token]) -> str | None:
    verbs = _verbs(tokens)
    return next((cue.id for cue in cues if cue.by_lemma and verbs & cue.words), None)


def _hit(cues: tuple[Cue, ...], tokens: list[Token]) -> str | None:
    for cue in cues:
        for tok in tokens:
            if (tok.lemma.lower() if cue.by_lemma else tok.text.lower()) in cue.words:
                return cue.id
    return None


def _negated(t: ModalityTable, tokens: list[Token]) -> str | None:
    depth = 0
    for i, tok in enumerate(tokens):
        if tok.text in t.aside_opening or tok.text in t.aside_closing:
            depth = max(0, depth + (1 if tok.text in t.aside_opening else -1))
            continue
        if depth:
            continue  # "(darunter keine Deutschen)": an aside negates nothing of the event
        nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if tok.text.lower() == "nicht" and nxt in ("nur", "zuletzt", "minder"):
            continue  # "nicht nur ... sondern auch" affirms
        j = i + 1
        while tok.text.lower() == "nicht" and j < len(tokens) and tokens[j].pos in t.degree_tags:
            j += 1
        if tok.text.lower() == "nicht" and j < len(tokens) and tokens[j].pos in t.attributive_tags:
            continue  # "nicht erklärte Streiks", "aus nicht ganz klaren Gründen": only the adjective is negated
        for cue in t.negation:
            if (tok.lemma.lower() if cue.by_lemma else tok.text.lower()) in cue.words:
                if any(x.text.lower() in t.contrast for x in tokens[i + 1:]):
                    break  # "gingen nicht gegen X vor, sondern gegen die Polizei": it happened, to another
                return cue.id
    return None


def _verb_first_condition(tokens: list[Token], t: ModalityTable) -> bool:
    """A sentence that opens with a subjunctive auxiliary states a condition: "Wäre der
    Haftbefehl eingetragen worden, …", "Sollte die UNO Sanktionen beschließen, …"."""
    return bool(tokens) and tokens[0].text[:1].isupper() and tokens[0].text.lower() in t.condition_verb_first


def decide_modality(clause_tokens: list[Token], governing_tokens: list[Token], future_tense: bool,
                    forward_date: bool, event_year: int | None, article_year: int | None,
                    lang: str = "de", frame_tokens: list[Token] | None = None) -> tuple[str, str | None]:
    """``(modality, cue id)`` for an event stated in ``clause_tokens``. ``frame_tokens`` is the
    clause before it, which may introduce it as speech ("X erklärte, die Taliban würden ...")."""
    t = modality_table(lang)
    if cue := _negated(t, clause_tokens):
        return "negated", cue
    first = clause_tokens[0] if clause_tokens else None
    if t.condition and first is not None and first.pos in t.condition_tags and first.text.lower() in t.condition.words:
        return "hypothetical", t.condition.id
    if t.condition and any(_verb_first_condition(c, t) for c in (clause_tokens, governing_tokens)):
        return "hypothetical", t.condition.id
    frame = governing_tokens or frame_tokens or []
    if t.reported_future and _hit((t.reported_future,), clause_tokens) and _verbs(frame) & t.speech_verbs:
        return "future", t.reported_future.id
    if cue := _hit(t.hypothetical, clause_tokens) or _hit(t.hypothetical + t.hypothetical_governing, governing_tokens):
        return "hypothetical", cue
    if future_tense:
        return "future", t.future_tense_id
    if forward_date:
        return "future", "date.forward"
    # Plans are said by verbs and adverbs; "ein geplantes Gesetz" plans the law, not the event,
    # and "Kritik an dem Plan" criticises a plan now. A zu-infinitive takes its plan from the
    # clause it hangs on ("steht bereit, ... zu treffen", "hat den Plan, ... zu entsenden").
    own = [tok for tok in clause_tokens if tok.pos not in t.attributive_tags and tok.pos not in t.argument_tags]
    governing = governing_tokens if not any(tok.pos.endswith("FIN") for tok in clause_tokens) else []
    scope = clause_tokens + governing
    if cue := _hit(t.future, own + [tok for tok in governing if tok.pos not in t.attributive_tags]) \
            or _particle_hit(t.future, scope):
        return "future", cue
    if event_year is not None and article_year is not None and article_year - event_year >= t.historical_years:
        return "historical", "date.historical"
    return "asserted", None
