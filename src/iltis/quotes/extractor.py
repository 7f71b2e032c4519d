"""Rule engine that finds quotations and attributes them to speakers.

The engine knows German only through the tables in ``lang/<lang>/quotes.yaml`` (speech verbs,
source prepositions, Konjunktiv-I forms, quotation marks) and through STTS tags and lemmas
of the analysis; its patterns are the ones of attribution in news prose:

* a speech verb with a complement clause ("X sagte, dass ..."), a colon ("X sagte: „...“")
  or a quote before it ("„...“, sagte X"), also as "wie X mitteilte";
* a source preposition ("laut X", "nach Angaben X", "X zufolge", "..., so X");
* quotation marks attributed by a colon ("X: „...“") or by the speaker of the sentence before;
* sentences in Konjunktiv I that continue what the last speaker said (IndirectFreeIndirect),
  hearsay "soll" (FreeIndirect), and speech verbs with a plain object (Reported), also in a
  subordinate clause or the passive ("von der Opposition wurde ... kritisiert");
* impersonal cues with their document as source ("in der Erklärung heißt es"), and the
  anaphoric adverb as speaker ("Demnach sei ..."), as the quotation data marks it.

Recall matters more here than in classic quote extractors: a sentence in Konjunktiv I after
a quotation is nearly always still reported speech, so it is attributed rather than dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from iltis.lang import load_table
from iltis.model import Doc, MultiSpan, Quote, Sentence, Token

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
VERBS = FINITE | {"VVPP", "VVINF", "VVIZU", "VAPP", "VAINF", "VMINF", "VMPP"}
NP_START = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJA", "CARD", "NN", "NNA", "NNI", "NE", "TRUNC", "PWAT"}
# HanTa tags nominalised adjectives ("Abgeordnete") NNA and nominalised infinitives NNI.
NP_HEAD = {"NN", "NNA", "NNI", "NE", "FM", "XY"}
PRONOUN = {"PPER", "PIS", "PDS"}
CLAUSE_PUNCT = {"$,", "$.", "$("}
# How many sentences back a speaker is still "the last speaker" for an unattributed quote.
SPEAKER_REACH = 6
# A quotation in marks is someone's words even far from the last named speaker.
DIRECT_REACH = 12
# Quotation marks around fewer words than this are scare quotes unless they sit inside
# reported speech or are attributed in their own sentence.
MIN_DIRECT_WORDS = 4
# A further quotation in a sentence whose rules found another one is a quote from this many
# words on (shorter ones are mostly titles and terms).
MIN_OTHER_WORDS = 5
# A single quoted word inside reported speech is mostly a term, not a quotation (measured on
# the training data: about one in four is annotated as a quote).
MIN_NESTED_WORDS = 2


@dataclass(frozen=True)
class Lexicon:
    """The quote tables of one language, indexed for the engine."""

    marks: dict[str, tuple[str, frozenset[str]]]          # open mark -> (id, close marks)
    verbs: dict[str, dict[str, Any]]                       # lemma -> entry
    source_cues: dict[tuple[str, str], dict[str, Any]]
    anaphoric: dict[str, dict[str, Any]]
    source_nouns: dict[str, str]
    complementizers: frozenset[str]
    subj_forms: dict[str, str]
    subj_rule: dict[str, Any]
    subj2_forms: dict[str, str]
    hearsay: dict[str, str]
    pronouns: frozenset[str]
    attach_preps: frozenset[str]
    addressee_preps: dict[str, str]
    time_nouns: frozenset[str]
    subject_pronouns: frozenset[str]
    passive_aux: frozenset[str]
    impersonal_source_preps: frozenset[str]
    oblique_relatives: frozenset[str]
    agent_preps: frozenset[str]


@cache
def lexicon(lang: str = "de") -> Lexicon:
    t = load_table(lang, "quotes")
    forms = lambda key: {f: e["id"] for e in t.get(key, []) for f in e["forms"]}
    return Lexicon(
        marks={e["open"]: (e["id"], frozenset(e["close"])) for e in t.get("quote_marks", [])},
        verbs={e["lemma"]: e for e in t.get("speech_verbs", [])},
        source_cues={(e["lemma"], pos): e for e in t.get("source_cues", []) for pos in e["pos"]},
        anaphoric={e["lemma"]: e for e in t.get("anaphoric_cues", [])},
        source_nouns={e["lemma"]: e["id"] for e in t.get("source_nouns", [])},
        complementizers=frozenset(t.get("complementizers", [])),
        subj_forms=forms("subjunctive_forms"),
        subj_rule=t.get("subjunctive_rule", {}),
        subj2_forms=forms("subjunctive_substitutes"),
        hearsay={e["lemma"]: e["id"] for e in t.get("hearsay_modals", [])},
        pronouns=frozenset(t.get("speaker_pronouns", [])),
        attach_preps=frozenset(t.get("np_attach_preps", [])),
        addressee_preps={e["lemma"]: e["id"] for e in t.get("addressee_preps", [])},
        time_nouns=frozenset(t.get("time_nouns", [])),
        subject_pronouns=frozenset(t.get("subject_pronouns", [])),
        passive_aux=frozenset(t.get("passive_aux", [])),
        impersonal_source_preps=frozenset(t.get("impersonal_source_preps", [])),
        oblique_relatives=frozenset(t.get("oblique_relatives", [])),
        agent_preps=frozenset(t.get("agent_preps", [])),
    )


# --- quotation marks ----------------------------------------------------------------------

def quote_regions(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of text in quotation marks, marks included, nested ones too.

    A quote left open at a paragraph break is dropped: German news closes and reopens
    quotes per paragraph far less often than it leaves a stray mark.
    """
    closers = {c for _, cs in lex.marks.values() for c in cs}
    regions: list[tuple[int, int]] = []
    stack: list[tuple[int, frozenset[str]]] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < n and text[i + 1] == "\n":
            stack.clear()
            continue
        if stack and ch in stack[-1][1] and (ch not in lex.marks or _closes(text, i)):
            start, _ = stack.pop()
            regions.append((start, i + 1))
            continue
        if ch in lex.marks and (ch not in closers or _opens(text, i)):
            stack.append((i, lex.marks[ch][1]))
        elif ch in closers and len(stack) > 1:
            # a closer of an outer quote ends the inner one left open
            for k in range(len(stack) - 1, -1, -1):
                if ch in stack[k][1]:
                    start = stack[k][0]
                    del stack[k:]
                    regions.append((start, i + 1))
                    break
    return sorted(regions)


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([/-–—") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


# --- the engine ---------------------------------------------------------------------------

@dataclass
class Found:
    """A quote under construction, with the sentence it was found in."""

    type: str
    spans: list[tuple[int, int]]
    sent: int
    speaker: tuple[int, int] | None = None
    cue: list[tuple[int, int]] = field(default_factory=list)
    addressee: tuple[int, int] | None = None
    rules: list[str] = field(default_factory=list)
    resolved: str | None = None


class Extractor:
    """Finds the quotes of one document; create one per language and reuse it."""

    def __init__(self, lang: str = "de") -> None:
        self.lex = lexicon(lang)

    # -- entry point --
    def extract(self, doc: Doc) -> list[Quote]:
        text = doc.text
        self.text = text
        self.regions = quote_regions(text, self.lex)
        self._names_cache: dict[tuple[int, int], dict[int, int]] = {}
        sents = self.sents = doc.sentences
        found: list[Found] = []
        last: Found | None = None
        consumed_until = -1
        for si, sent in enumerate(sents):
            if sent.end <= consumed_until or not sent.tokens:
                continue
            hits = self._cued(sent, si)
            if not hits:
                hit = self._uncued(sent, si, last, found)
                hits = [hit] if hit else []
            hits += self._other_quotations(sent, si, hits, found)
            for h in hits:
                if any(f.spans == h.spans for f in found):
                    continue
                reach = DIRECT_REACH if h.type == "Direct" else SPEAKER_REACH
                if h.speaker is None and last is not None and si - last.sent <= reach \
                        and (h.type != "Indirect" or "qr.anaphoric" in h.rules) \
                        and "qr.direct-unattributed" not in h.rules:
                    h.speaker, h.resolved = last.speaker, last.resolved
                elif "qr.anaphoric" in h.rules and h.resolved is None and last is not None and last.speaker:
                    h.resolved = last.resolved or self.text[last.speaker[0]:last.speaker[1]]
                found.append(h)
                if h.speaker is not None:
                    last = h
                end = max(e for _, e in h.spans)
                if end > sent.end:
                    consumed_until = end
            found.extend(self._nested(sent, si, hits))
        for f in found:
            if f.speaker is not None and f.resolved is None:
                f.resolved = self._resolve(f, found)
        return [self._to_quote(f) for f in sorted(found, key=lambda f: f.spans[0])]

    # -- sentences with a cue --
    def _cued(self, sent: Sentence, si: int) -> list[Found]:
        toks = sent.tokens
        mask = self._quoted_mask(toks)
        for i, t in enumerate(toks):
            if mask[i]:
                continue
            hit = self._source_cue(sent, si, i, mask) or self._verb_cue(sent, si, i, mask) \
                or self._anaphoric_cue(sent, si, i, mask)
            if hit:
                second = self._second_cue(sent, si, i, hit, mask)
                return [hit, second] if second else [hit]
        hit = self._colon_quote(sent, si, mask)
        return [hit] if hit else []

    def _second_cue(self, sent: Sentence, si: int, first: int, hit: Found, mask: list[bool]) -> Found | None:
        """A second speech verb with its own complement inside what the first one reported
        ("X erklärte, A sei B, und kündigte an, C zu tun"): the first quote ends before it."""
        toks = sent.tokens
        s0, e0 = hit.spans[-1]
        cue_end = max(e for _, e in hit.cue) if hit.cue else toks[first].end
        for k in range(first + 1, len(toks)):
            t = toks[k]
            if mask[k] or t.start < max(s0, cue_end) or t.end > e0 or t.pos not in FINITE:
                continue
            second = self._verb_cue(sent, si, k, mask)
            if second is None or not {"qr.complement", "qr.colon"} & set(second.rules):
                continue
            cut = min([second.cue[0][0]] + ([second.speaker[0]] if second.speaker and second.speaker[0] > s0 else []))
            k0 = k_cut = next(j for j, tj in enumerate(toks) if tj.start >= cut)
            while k0 > 0 and toks[k0 - 1].pos in {"KON", "$,", "ADV"}:
                k0 -= 1
            if k0 == 0 or toks[k0 - 1].start <= s0:
                return None
            new_end = self._trim(s0, toks[k0 - 1].end, keep_final=False)[1]
            if self._words((s0, new_end)) < 2 or second.spans[0][0] < new_end:
                return None
            hit.spans[-1] = (s0, new_end)
            if second.speaker is None and any(toks[j].pos == "KON" for j in range(k0, k_cut)):
                second.speaker, second.resolved = hit.speaker, hit.resolved  # "..., und kündigte an"
            return second
        return None

    def _source_cue(self, sent: Sentence, si: int, i: int, mask: list[bool]) -> Found | None:
        toks = sent.tokens
        t = toks[i]
        entry = self.lex.source_cues.get((t.lemma, t.pos)) or self.lex.source_cues.get((t.text.lower(), t.pos))
        if entry is None:
            return None
        if entry["where"] == "before":
            speaker = self._np_between(toks, self._clause_start(toks, i), i)
            if speaker is None:
                return None
            if entry.get("needs_source_noun") and not self._has_source_noun(toks[speaker[0]:speaker[1]]):
                return None
            frame = (speaker[0], i + 1)
        else:
            if entry.get("after_comma") and (i == 0 or toks[i - 1].pos != "$,"):
                return None
            end = self._np_forward(toks, i + 1, allow_apposition=True)
            if end is None:
                return None
            frame_end = end
            if entry.get("needs_source_noun") and not self._has_source_noun(toks[i + 1:end]):
                return None
            if entry.get("after_comma"):
                # the source closes its clause, with at most a verbless phrase after it
                # ("..., so die Kanzlerin in Berlin."); "..., so wird ..." is no source
                brk = next((k for k in range(end, len(toks)) if toks[k].pos in {"$.", "$,"}), len(toks))
                if any(toks[k].pos in VERBS for k in range(end, brk)):
                    return None
                frame_end = brk
            frame = (i, frame_end)
            speaker = (i + 1, end)
        spans = self._rest_of_sentence(sent, frame, mask)
        if not spans:
            return None
        qtype = "Direct" if self._is_direct(spans) else "Indirect"
        return Found(qtype, spans, si, speaker=self._char(toks, speaker), cue=[self._char(toks, (i, i + 1))],
                     rules=[entry["id"]])

    def _anaphoric_cue(self, sent: Sentence, si: int, i: int, mask: list[bool]) -> Found | None:
        """"Demnach sei ...": a source named before goes on; the speaker is the subject of the
        sentence before, or else the last speaker."""
        toks = sent.tokens
        entry = self.lex.anaphoric.get(toks[i].text.lower())
        if entry is None or toks[i].pos not in {"PROAV", "PWAV", "ADV"}:
            return None
        if entry.get("needs_subjunctive") and not any(self._subjunctive(t) for k, t in enumerate(toks) if not mask[k]):
            return None
        spans = self._rest_of_sentence(sent, (i, i + 1), mask)
        if not spans:
            return None
        cue = (i, i + 1)
        if i > 1 and toks[i - 1].pos == "$,":
            # "Berichte, wonach ...": the noun before the comma is the source
            source = self._np_between(toks, self._clause_start(toks, i - 1), i - 1)
            if source is not None:
                return Found("Indirect", spans, si, cue=[self._char(toks, cue)], speaker=self._char(toks, source),
                             rules=[entry["id"], "qr.anaphoric-np"])
        # the quotation data marks the adverb itself as the speaker; whom it stands for is
        # the subject of the sentence before (or, see extract, the last speaker)
        before = self._previous_subject(si, [])
        return Found("Indirect", spans, si, cue=[self._char(toks, cue)], speaker=self._char(toks, cue),
                     resolved=self.text[before[0]:before[1]] if before else None,
                     rules=[entry["id"], "qr.anaphoric"])

    def _verb_cue(self, sent: Sentence, si: int, i: int, mask: list[bool]) -> Found | None:
        toks = sent.tokens
        t = toks[i]
        if t.pos not in VERBS:
            return None
        entry, particle = self._speech_verb(toks, i, mask)
        if entry is None:
            return None
        cue_idx = self._cue_group(toks, i, particle, entry)
        if entry.get("needs") and not any(toks[k].text.lower() == entry["needs"] for k in cue_idx):
            return None
        cstart = self._clause_start(toks, i)
        cend = self._verb_clause_end(toks, i)
        finite = next((k for k in sorted(cue_idx) if toks[k].pos in FINITE), i)
        rules = [entry["id"]]
        wie = cstart < i and toks[cstart].text.lower() in {"wie", "wonach"}
        forward = cend < len(toks) and (toks[cend].text == ":" or toks[cend].text == ","
                                        and self._complement(toks, cend + 1, mask))
        # "„...“, sagte X." / "..., wie X mitteilte."
        inverted = cstart > 0 and toks[cstart - 1].pos == "$," and cstart == min(cue_idx) \
            and self._clause_before(toks, cstart - 1, mask)
        if forward and not wie:
            qspans = self._after(sent, cend, mask)
            speaker = self._subject(toks, finite, cue_idx)
            rules.append("qr.colon" if toks[cend].text == ":" else "qr.complement")
        elif wie and cstart > 0 and toks[cstart - 1].pos == "$,":
            qspans = self._before(sent, cstart - 1, mask)
            speaker = self._wie_speaker(toks, cstart, finite)
            cue_idx = cue_idx | {cstart}
            rules.append("qr.wie")
        elif wie and cstart == 0 and cend < len(toks) and toks[cend].pos == "$,":
            qspans = self._after(sent, cend, mask)
            speaker = self._wie_speaker(toks, cstart, finite)
            cue_idx = cue_idx | {cstart}
            rules.append("qr.wie")
        elif si > 0 and cstart == 0 and finite == 1 and toks[0].pos == "PDS" and not forward:
            # "Das bestätigte die Organisation." points back at the sentence before
            prev = self.sents[si - 1]
            qspans = [(self._trim(prev.start, prev.end, keep_final=True)[0], toks[0].end)]
            speaker = self._after_verb(toks, finite, cue_idx)
            if speaker is None:
                return None
            rules.append("qr.anaphoric-object")
        elif inverted:
            qspans = self._before(sent, cstart - 1, mask)
            speaker = self._after_verb(toks, finite, cue_idx)
            if speaker is None and not entry.get("impersonal"):
                return None
            rules.append("qr.inverted")
        else:
            return self._reported(sent, si, entry, cue_idx, finite, cstart, mask)
        if not qspans:
            return None
        if entry.get("impersonal"):
            speaker = self._impersonal_source(toks, i, qspans, mask)
        qtype = "Direct" if self._is_direct(qspans) else "Indirect"
        cue = self._merge([self._char(toks, (k, k + 1)) for k in sorted(cue_idx)])
        return Found(qtype, qspans, si, speaker=self._char(toks, speaker) if speaker else None, cue=cue,
                     addressee=self._addressee(toks, cstart, cend), rules=rules)

    def _impersonal_source(self, toks: list[Token], verb: int, qspans: list[tuple[int, int]],
                           mask: list[bool]) -> tuple[int, int] | None:
        """"In dem Bericht heißt es, ...": the document or place it is said in is the source
        (the nearest such phrase to the verb, outside the quote)."""
        outside = [k for k, t in enumerate(toks) if not mask[k] and not any(s <= t.start < e for s, e in qspans)]
        for k in sorted(outside, key=lambda k: abs(k - verb)):
            if toks[k].pos in {"APPR", "APPRART"} and toks[k].text.lower() in self.lex.impersonal_source_preps:
                end = self._np_forward(toks, k + 1)
                if end is not None:
                    return (k + 1, end)
        return None

    def _agent(self, toks: list[Token], cstart: int, cend: int) -> tuple[int, int] | None:
        """The agent of a passive ("von der Opposition", "vom Gericht")."""
        for k in range(cstart, cend):
            if toks[k].pos in {"APPR", "APPRART"} and toks[k].text.lower() in self.lex.agent_preps:
                end = self._np_forward(toks, k + 1)
                if end is not None and end <= cend:
                    return (k + 1, end)
        return None

    def _clause_before(self, toks: list[Token], comma: int, mask: list[bool]) -> bool:
        """Is what precedes the comma something said: a quote, or a clause of its own (not the
        subject with a relative clause or an apposition)?"""
        if comma > 0 and (mask[comma - 1] or toks[comma - 1].text in {"“", "«", "»", '"', "”"}):
            return True
        first_end = self._clause_end(toks, 0)
        return any(toks[k].pos in FINITE for k in range(min(first_end, comma)))

    def _reported(self, sent: Sentence, si: int, entry: dict[str, Any], cue_idx: set[int], finite: int,
                  cstart: int, mask: list[bool]) -> Found | None:
        """A speech verb with a plain object: the whole sentence is what was said."""
        toks = sent.tokens
        if not entry.get("reported") or toks[finite].pos not in FINITE:
            return None
        if cstart == 0:
            spans = [(sent.start, sent.end)]
        elif toks[cstart - 1].pos == "$," and (toks[cstart].pos == "KOUS" or cstart == min(cue_idx)):
            # "..., während die Nachbarländer den Plan lobten" / "Während ..., sprach X von"
            spans = [self._trim(toks[cstart].start, toks[self._clause_end(toks, finite) - 1].end, keep_final=True)]
        else:
            return None
        if self._passive(toks, finite, cue_idx):
            # "Von der Opposition wurde der Besuch kritisiert": the agent speaks
            speaker = self._agent(toks, cstart, self._clause_end(toks, finite))
        else:
            speaker = self._subject(toks, finite, cue_idx)
        if speaker is None:
            return None
        return Found("Reported", spans, si, speaker=self._char(toks, speaker), rules=[entry["id"], "qr.reported"])

    def _colon_quote(self, sent: Sentence, si: int, mask: list[bool]) -> Found | None:
        """"X: „...“" — a speaker, a colon and a quotation, no verb."""
        toks = sent.tokens
        for k, t in enumerate(toks):
            if t.text == ":" and not mask[k] and k + 1 < len(toks) and mask[k + 1]:
                start = 0
                while start < k and toks[start].pos in {"KON", "ADV"}:
                    start += 1
                end = self._np_forward(toks, start)
                if end != k:
                    return None
                spans = self._after(sent, k, mask)
                if not spans:
                    return None
                return Found("Direct", spans, si, speaker=self._char(toks, (start, k)), rules=["qr.colon-np"])
        return None

    # -- sentences without a cue --
    def _uncued(self, sent: Sentence, si: int, last: Found | None, found: list[Found]) -> Found | None:
        toks = sent.tokens
        mask = self._quoted_mask(toks)
        recent = last is not None and si - last.sent <= SPEAKER_REACH
        words = [t for t in toks if t.pos[:1] != "$"]
        region = self._region_in(sent)
        if region and self._words(region) >= MIN_DIRECT_WORDS:
            colon = next((k for k, t in enumerate(toks) if t.text == ":" and t.end <= region[0]
                          and not self.text[t.end:region[0]].strip()), None)
            if colon is not None:
                fin = self._first_finite(toks[:colon], mask)
                speaker = self._subject(toks, fin, {fin}) if fin is not None else None
                if speaker is not None:
                    return Found("Direct", [region], si, speaker=self._char(toks, speaker),
                                 rules=["qr.colon-clause"])
            fin = self._first_finite(toks, mask)
            if recent and fin is not None and self._subjunctive(toks[fin]):
                # "Der Airbus sei „weit hinter der Aufsetzzone“ gelandet": the quote is part of
                # reported speech going on, so it is the last speaker's, not the subject's
                return Found("Direct", [region], si, rules=["qr.direct-in-reported"])
            if region[0] > toks[0].start and fin is not None and toks[fin].end <= region[0]:
                speaker = self._subject(toks, fin, {fin})
                if speaker is not None:
                    return Found("Direct", [region], si, speaker=self._char(toks, speaker),
                                 rules=["qr.direct-subject"])
            if region[1] > sent.end:
                # a quote over several sentences: its attribution may follow its end
                tail = next((j for j in range(si + 1, len(self.sents))
                             if self.sents[j].start <= region[1] <= self.sents[j].end), None)
                if tail is not None:
                    for h in self._cued(self.sents[tail], tail):
                        if h.spans == [region]:
                            h.sent = si
                            return h
            return Found("Direct", [region], si, rules=["qr.direct-unattributed"])
        if not recent or not words:
            return None
        first_clause = toks[:self._clause_end(toks, self._first_finite(toks, mask) or 0) + 1]
        fin = [k for k, t in enumerate(first_clause) if t.pos in FINITE and not mask[k]]
        if not fin:
            return None
        rule = self._subjunctive(toks[fin[0]])
        continuing = found and found[-1].sent == si - 1 and found[-1].type in {"Indirect", "IndirectFreeIndirect", "Direct"}
        if rule is None and continuing:
            rule = self.lex.subj2_forms.get(toks[fin[0]].text.lower())
        if rule is not None:
            span = self._trim(sent.start, sent.end, keep_final=True)
            prev = found[-1] if found else None
            if prev is not None and prev.type == "IndirectFreeIndirect" and prev.sent == si - 1 \
                    and "\n" not in self.text[prev.spans[-1][1]:span[0]]:
                prev.spans[-1] = (prev.spans[-1][0], span[1])
                prev.sent = si
                return None
            return Found("IndirectFreeIndirect", [span], si, speaker=self._previous_subject(si, found, named_only=True),
                         rules=[rule, "qr.continuation"])
        hearsay = next((self.lex.hearsay[toks[k].lemma] for k in fin if toks[k].lemma in self.lex.hearsay), None)
        if hearsay is not None:
            return Found("FreeIndirect", [self._trim(sent.start, sent.end, keep_final=True)], si,
                         rules=[hearsay, "qr.hearsay"])
        return None

    def _other_quotations(self, sent: Sentence, si: int, hits: list[Found], found: list[Found]) -> list[Found]:
        """Quotations that begin in this sentence besides the one its rules attributed
        ("Er sagte, ... und fügte hinzu: „...“"): the same speaker's words."""
        taken = [sp for f in [*found, *hits] for sp in f.spans]
        out = []
        for s, e in self.regions:
            if not sent.start <= s < sent.end or self._words((s, e)) < MIN_OTHER_WORDS:
                continue
            if any(a <= s and e <= b for a, b in taken):
                continue
            out.append(Found("Direct", [(s, e)], si, speaker=hits[0].speaker if hits else None,
                             cue=list(hits[0].cue) if hits else [], resolved=hits[0].resolved if hits else None,
                             rules=["qr.direct-other"]))
            taken.append((s, e))
        return out

    def _previous_subject(self, si: int, found: list[Found], named_only: bool = False) -> tuple[int, int] | None:
        """Who a Konjunktiv sentence is attributed to when the sentence before it is not a
        quote: that sentence's subject ("Larson gab sich optimistisch. Man sei ...").

        With ``named_only`` the subject must hold a name: a common-noun subject ("Die
        Proteste gingen weiter.") is mostly not the speaker, the last speaker is likelier.
        """
        if si == 0 or found and found[-1].sent == si - 1:
            return None
        toks = self.sents[si - 1].tokens
        mask = self._quoted_mask(toks)
        fin = self._first_finite(toks, mask)
        if fin is None:
            return None
        span = self._subject(toks, fin, {fin})
        heads = {"NE", "NNA"} if named_only else NP_HEAD
        if span is None or not any(t.pos in heads for t in toks[span[0]:span[1]]):
            return None
        return self._char(toks, span)

    def _nested(self, sent: Sentence, si: int, hits: list[Found]) -> list[Found]:
        """Quotation marks inside reported speech: the same speaker's own words, as Direct."""
        out = []
        for h in hits:
            if h.type == "Direct":
                continue
            for s, e in self.regions:
                if any(a <= s and e <= b for a, b in h.spans) and not any(a == s and b == e for a, b in h.spans) \
                        and self._words((s, e)) >= MIN_NESTED_WORDS:
                    out.append(Found("Direct", [(s, e)], si, speaker=h.speaker, cue=list(h.cue),
                                     rules=["qr.nested"], resolved=h.resolved))
        return out

    # -- grammar helpers --
    def _speech_verb(self, toks: list[Token], i: int, mask: list[bool]) -> tuple[dict[str, Any] | None, int | None]:
        t = toks[i]
        particle = None
        if t.pos in FINITE:
            end = self._verb_clause_end(toks, i)
            particle = next((k for k in range(i + 1, end) if toks[k].pos == "PTKVZ" and not mask[k]), None)
            if particle is None and end - 1 > i and toks[end - 1].pos in {"ADJD", "ADV"} \
                    and toks[end - 1].text.lower() + t.lemma in self.lex.verbs:
                particle = end - 1  # a particle tagged as adverb ("gab ... bekannt")
        if particle is not None:
            entry = self.lex.verbs.get(toks[particle].lemma.lower() + t.lemma)
            return entry, particle if entry else None
        if i > 0 and toks[i - 1].pos in {"PTKVZ", "ADJD"}:
            entry = self.lex.verbs.get(toks[i - 1].text.lower() + t.lemma)
            if entry is not None:
                return entry, i - 1
        return self.lex.verbs.get(t.lemma), None

    def _cue_group(self, toks: list[Token], i: int, particle: int | None, entry: dict[str, Any]) -> set[int]:
        """The verb with its auxiliary, particle, reflexive and correlate ("wies darauf hin")."""
        group = {i}
        if particle is not None:
            group.add(particle)
        cstart, cend = self._clause_start(toks, i), self._verb_clause_end(toks, i)
        if toks[i].pos not in FINITE:
            aux = next((k for k in range(cstart, cend) if toks[k].pos in {"VAFIN", "VMFIN"}), None)
            if aux is not None:
                group.add(aux)
        lo, hi = min(group), max(group)
        for k in range(cstart, cend):
            tk = toks[k]
            if tk.pos == "PROAV" and tk.text.lower().startswith("da"):
                group.add(k)
            elif tk.pos in {"PRF"} and lo - 1 <= k <= hi + 2:
                group.add(k)
            elif entry.get("needs") == tk.text.lower() and abs(k - i) <= 2:
                group.add(k)
        return group

    def _complement(self, toks: list[Token], k: int, mask: list[bool]) -> bool:
        """Does the clause starting at k report what was said?"""
        if k >= len(toks):
            return False
        if mask[k] or toks[k].text.lower() in self.lex.complementizers:
            return True
        end = self._clause_end(toks, k)
        if any(self._subjunctive(toks[j]) or toks[j].text.lower() in self.lex.subj2_forms
               for j in range(k, end) if not mask[j]):
            return True
        if any(toks[j].pos in {"PTKZU", "VVIZU"} for j in range(k, end)):
            return True
        # a main clause of its own ("warnte, die Organisatoren verfolgten eigene Ziele")
        np_end = self._np_forward(toks, k)
        return np_end is not None and np_end < end and toks[np_end].pos in FINITE and toks[k].pos != "PRELS"

    def _subjunctive(self, t: Token) -> str | None:
        if t.pos not in FINITE:
            return None
        w = t.text.lower()
        if w in self.lex.subj_forms:
            return self.lex.subj_forms[w]
        r = self.lex.subj_rule
        if r and t.pos in r["pos"] and t.lemma.endswith(r["lemma_suffix"]) and \
                w == t.lemma.lower()[: -len(r["lemma_suffix"])] + r["form_suffix"]:
            return r["id"]
        return None

    def _subject(self, toks: list[Token], finite: int, cue_idx: set[int]) -> tuple[int, int] | None:
        """The speaker: the noun phrase before the finite verb, or right after it."""
        if finite > 0 and toks[finite - 1].pos == "KON":
            # "X zogen vor das Parlament und forderten ...": the subject of the first verb
            first = next((k for k in range(self._clause_start(toks, finite), finite - 1)
                          if toks[k].pos in FINITE), None)
            if first is not None:
                return self._subject(toks, first, {first})
        start = 0
        while start < finite and (toks[start].pos in {"KON", "ADV", "$(", "PTKANT"}):
            start += 1
        if start < finite:
            end = self._np_forward(toks, start, allow_apposition=True)
            if end is not None and (end == finite or end + 1 == finite and toks[end].pos == "$,"
                                    or self._relative_clause_to(toks, end, finite)):
                return self._speaker_np(toks, (start, end))
        cstart = self._clause_start(toks, finite)
        sub = self._subordinate_subject(toks, cstart, finite)
        if sub is not None:
            return self._speaker_np(toks, sub)
        if cstart < finite and toks[cstart].pos == "KOUS":
            cstart += 1
        if cstart != start and cstart < finite:
            end = self._np_forward(toks, cstart, allow_apposition=True)
            if end == finite:
                return self._speaker_np(toks, (cstart, end))
        prefield = self._prefield(toks, start, finite)
        if prefield is not None:
            return self._speaker_np(toks, prefield)
        if self._passive(toks, finite, cue_idx):
            return None
        return self._after_verb(toks, finite, cue_idx)

    def _subordinate_subject(self, toks: list[Token], cstart: int, finite: int) -> tuple[int, int] | None:
        """The subject of a verb-final clause: "..., nachdem die Partei entschieden hatte" or
        "ein Junge, der angab" (the data marks the relative pronoun itself as the speaker)."""
        if cstart >= finite or cstart == 0 or toks[cstart - 1].pos != "$,":
            return None
        lead = toks[cstart]
        if lead.pos == "PRELS":
            if lead.text.lower() in self.lex.oblique_relatives:
                end = self._np_forward(toks, cstart + 1)
                return (cstart + 1, end) if end is not None and end <= finite else None
            return (cstart, cstart + 1)
        if lead.pos == "KOUS":
            end = self._np_forward(toks, cstart + 1, allow_apposition=True)
            if end is not None and end <= finite and not any(toks[k].pos in FINITE for k in range(end, finite)):
                return (cstart + 1, end)
        return None

    def _prefield(self, toks: list[Token], start: int, finite: int) -> tuple[int, int] | None:
        """Everything before the finite verb, when it reads as a noun phrase the NP grammar
        did not parse whole (a name it mis-tagged, "sowie auch", an apposition list)."""
        if start >= finite or toks[start].pos not in NP_START | PRONOUN:
            return None
        inner = toks[start:finite]
        if any(t.pos in VERBS | {"KOUS", "PRELS", "$.", "$("} or t.text == ":" for t in inner):
            return None
        if not any(t.pos in NP_HEAD for t in inner):
            return None
        end = finite
        while end > start and toks[end - 1].pos == "$,":
            end -= 1
        return (start, end)

    def _passive(self, toks: list[Token], finite: int, cue_idx: set[int]) -> bool:
        """"X wird aufgefordert": the subject is the one spoken to, not the speaker."""
        return toks[finite].lemma in self.lex.passive_aux and any(toks[k].pos == "VVPP" for k in cue_idx)

    def _speaker_np(self, toks: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
        """The span, unless it is only a time ("am Montag sagte" must not make Montag speak)."""
        heads = [t for t in toks[span[0]:span[1]] if t.pos in NP_HEAD]
        if heads and all(t.lemma in self.lex.time_nouns for t in heads):
            return None
        if span[1] - span[0] == 1 and toks[span[0]].pos == "PPER" and \
                toks[span[0]].text.lower() not in self.lex.subject_pronouns:
            return None
        return span

    @staticmethod
    def _relative_clause_to(toks: list[Token], k: int, finite: int) -> bool:
        """Do tokens k..finite hold a relative clause (", der ... ,") and nothing else?"""
        return k + 1 < finite and toks[k].pos == "$," and toks[k + 1].pos in {"PRELS", "APPR"} \
            and toks[finite - 1].pos == "$," and any(toks[j].pos == "PRELS" for j in range(k + 1, k + 3))

    def _after_verb(self, toks: list[Token], finite: int, cue_idx: set[int]) -> tuple[int, int] | None:
        k = finite + 1
        while k < len(toks) and (k in cue_idx or toks[k].pos in {"ADV", "PTKNEG", "PRF", "PROAV"}):
            k += 1
        end = self._np_forward(toks, k, allow_apposition=True, final_apposition_only=True)
        if end is not None and not (toks[k].pos == "PPER" and toks[k].text.lower() == "es"):
            return self._speaker_np(toks, (k, end))
        return None

    def _wie_speaker(self, toks: list[Token], wie: int, finite: int) -> tuple[int, int] | None:
        end = self._np_forward(toks, wie + 1, allow_apposition=True)
        if end is None or end > finite:
            return None
        return self._speaker_np(toks, (wie + 1, end))

    def _np_between(self, toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
        """The longest noun phrase that ends exactly at ``end`` (a source before "zufolge")."""
        for s in range(start, end):
            if self._np_forward(toks, s, allow_apposition=True) == end:
                return (s, end)
        return None

    def _np_forward(self, toks: list[Token], i: int, allow_apposition: bool = False,
                    final_apposition_only: bool = False) -> int | None:
        """End (exclusive) of the noun phrase that starts at i, or None if none starts there.

        The phrase is a speaker's full description as the quote data marks it: determiners,
        adjectives and nouns, genitive attributes ("der Sprecher der Polizei"), a few
        organisational prepositions ("Halver von der Baader Bank"), a bracketed acronym, a
        coordination ("SPD und PDS") and, when asked, an apposition ("Weise, Chef der BA").
        """
        n = len(toks)
        if i >= n:
            return None
        if toks[i].pos in PRONOUN:
            return i + 1
        k = self._np_core(toks, i)
        if k is None:
            return None
        while k < n:
            t = toks[k]
            low = t.text.lower()
            if t.pos in {"APPR", "APPRART"} and low in self.lex.attach_preps:
                j = self._np_core(toks, k + 1)
                if j is not None:
                    k = j
                    continue
                break
            if t.pos == "ART" and low in {"der", "des", "eines", "einer"} or t.pos == "PPOSAT" and low.endswith(("es", "er")) \
                    or t.pos == "ADJA" and low.endswith("er"):  # "Angaben informierter Kreise"
                j = self._np_core(toks, k)
                if j is not None:
                    k = j
                    continue
                break
            if t.pos == "KON" and low in {"und", "sowie"}:
                j = self._np_core(toks, k + 1)
                if j is not None:
                    k = j
                    continue
                break
            if t.text == "(":
                j = k + 1
                while j < n and toks[j].text != ")" and j - k < 8:
                    j += 1
                if j < n and toks[j].text == ")":
                    k = j + 1
                    continue
                break
            if allow_apposition and t.text == ",":
                j = self._np_forward(toks, k + 1)
                if j is not None and j > k + 1 and toks[k + 1].pos not in PRONOUN and \
                        (j >= n or toks[j].pos in {"$,", "$."} or toks[j].pos in FINITE):
                    if j >= n or toks[j].pos == "$.":
                        return j
                    if final_apposition_only:
                        break
                    if toks[j].pos in FINITE or toks[j].pos == "$," and j + 1 < n and toks[j + 1].pos in FINITE:
                        return j
                break
            break
        return k

    def _np_core(self, toks: list[Token], i: int) -> int | None:
        """Determiners, adjectives, then one run of nouns or names (no noun after a name)."""
        n = len(toks)
        k = i
        quoted_names = self._quoted_names(toks)
        while k < n and toks[k].pos in NP_START - NP_HEAD | {"ADV", "ADJD"}:
            k += 1
        if k >= n or toks[k].pos not in NP_HEAD and k not in quoted_names:
            return None
        if any(toks[j].pos in {"ADV", "ADJD"} for j in range(i, k)) and toks[i].pos in {"ADV", "ADJD"}:
            return None
        seen_name = False
        while k < n and (toks[k].pos in NP_HEAD or k in quoted_names):
            if k in quoted_names:
                k = quoted_names[k]
                seen_name = True
                continue
            if seen_name and toks[k].pos == "NN":
                break
            # a name in the genitive before a noun ("Englands Premier") is not the head yet
            seen_name = toks[k].pos == "NE" and not toks[k].text.endswith("s") or seen_name
            k += 1
        return k

    def _quoted_names(self, toks: list[Token]) -> dict[int, int]:
        """Short quotations that name something ("der Zeitung „Die Welt“"): index of the
        opening mark -> index after the closing one."""
        key = (id(toks), toks[0].start if toks else 0)
        cached = self._names_cache.get(key)
        if cached is not None:
            return cached
        starts = {t.start: k for k, t in enumerate(toks)}
        ends = {t.end: k for k, t in enumerate(toks)}
        out = {}
        for s, e in self.regions:
            if s in starts and e in ends and ends[e] - starts[s] <= 6:
                out[starts[s]] = ends[e] + 1
        self._names_cache[key] = out
        return out

    def _has_source_noun(self, toks: list[Token]) -> bool:
        for t in toks:
            if t.pos != "NN":
                continue
            if t.lemma in self.lex.source_nouns:
                return True
            low = t.lemma.lower()
            return any(low.endswith(n.lower()) for n in self.lex.source_nouns)
        return False

    def _addressee(self, toks: list[Token], cstart: int, cend: int) -> tuple[int, int] | None:
        for k in range(cstart, cend):
            if toks[k].lemma in self.lex.addressee_preps and toks[k].pos in {"APPR", "APPO"}:
                end = self._np_forward(toks, k + 1)
                if end is not None:
                    return self._char(toks, (k + 1, end))
        return None

    def _first_finite(self, toks: list[Token], mask: list[bool]) -> int | None:
        return next((k for k, t in enumerate(toks) if t.pos in FINITE and not mask[k]), None)

    @staticmethod
    def _clause_start(toks: list[Token], i: int) -> int:
        k = i
        while k > 0 and toks[k - 1].pos not in CLAUSE_PUNCT and toks[k - 1].text != ":":
            k -= 1
        return k

    def _verb_clause_end(self, toks: list[Token], i: int) -> int:
        """End of the verb's clause, reading past an apposition to a noun in it ("gab der
        Leiter der Behörde, Andreas Huber, bekannt, dass ...")."""
        end = self._clause_end(toks, i)
        while end < len(toks) and toks[end].pos == "$," and end > i + 1 and toks[end - 1].pos in NP_HEAD:
            j = self._np_forward(toks, end + 1)
            if j is None or j >= len(toks) or toks[j].pos != "$," or j + 1 >= len(toks) \
                    or toks[j + 1].pos in FINITE | {"KOUS", "PRELS"} \
                    or not any(toks[k].pos == "NE" for k in range(end + 1, j)):
                break
            end = self._clause_end(toks, j + 1)
        return end

    @staticmethod
    def _clause_end(toks: list[Token], i: int) -> int:
        k = i
        while k < len(toks) and toks[k].pos not in CLAUSE_PUNCT and toks[k].text != ":":
            k += 1
        return k

    # -- spans --
    def _quoted_mask(self, toks: list[Token]) -> list[bool]:
        return [any(s < t.start and t.end < e or (s <= t.start and t.end <= e and t.text not in ("„", "“", "»", "«", '"'))
                    for s, e in self.regions) for t in toks]

    def _region_in(self, sent: Sentence) -> tuple[int, int] | None:
        for s, e in self.regions:
            if sent.start <= s < sent.end:
                return (s, e)
        return None

    def _words(self, span: tuple[int, int]) -> int:
        return len(self.text[span[0]:span[1]].split())

    def _is_direct(self, spans: list[tuple[int, int]]) -> bool:
        return len(spans) == 1 and any(s == spans[0][0] and e == spans[0][1] for s, e in self.regions)

    def _after(self, sent: Sentence, k: int, mask: list[bool]) -> list[tuple[int, int]]:
        """From the token after k to the end of the sentence (or of the quote begun there)."""
        toks = sent.tokens
        if k + 1 >= len(toks):
            return []
        start = toks[k + 1].start
        for s, e in self.regions:
            if s == start:
                return [(s, e)]
        return [self._trim(start, sent.end)]

    def _before(self, sent: Sentence, comma: int, mask: list[bool]) -> list[tuple[int, int]]:
        """From the start of the sentence (or of the quote that ends here) to the comma."""
        toks = sent.tokens
        end = toks[comma].start
        # the quote may end in its own punctuation before the comma
        prev = toks[comma - 1] if comma > 0 else None
        if prev is not None:
            for s, e in self.regions:
                if e == prev.end:
                    return [(s, e)]
        if comma == 0:
            return []
        return [self._trim(sent.start, end)]

    def _rest_of_sentence(self, sent: Sentence, frame: tuple[int, int], mask: list[bool]) -> list[tuple[int, int]]:
        toks = sent.tokens
        spans = []
        if frame[0] > 0:
            spans.append(self._trim(sent.start, toks[frame[0]].start))
        if frame[1] < len(toks):
            spans.append(self._trim(toks[frame[1]].start, sent.end))
        return [s for s in spans if self._words(s) >= 2]

    def _trim(self, start: int, end: int, keep_final: bool = False) -> tuple[int, int]:
        """Strip spaces, commas and (unless kept) the final full stop from a span's edges."""
        text = self.text
        strip = " \n\t,;–-" if keep_final else " \n\t,;.–-:"
        while start < end and text[start] in strip:
            start += 1
        while end > start and text[end - 1] in strip:
            end -= 1
        return (start, end)

    @staticmethod
    def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if out and s - out[-1][1] <= 1:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    @staticmethod
    def _char(toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        return (toks[span[0]].start, toks[span[1] - 1].end)

    # -- output --
    def _resolve(self, f: Found, found: list[Found]) -> str:
        s, e = f.speaker  # type: ignore[misc]
        text = self.text[s:e]
        if text.lower() not in self.lex.pronouns:
            return text
        for g in sorted(found, key=lambda g: g.spans[0], reverse=True):
            if g.speaker is None or g.speaker[0] >= s:
                continue
            name = self.text[g.speaker[0]:g.speaker[1]]
            if name.lower() not in self.lex.pronouns:
                return name
        return text

    def _to_quote(self, f: Found) -> Quote:
        ms = lambda spans: MultiSpan(" ".join(self.text[s:e] for s, e in spans), [list(x) for x in spans])
        speaker = ms([f.speaker]) if f.speaker else None
        return Quote(type=f.type, quote=ms(f.spans), speaker=speaker, cue=ms(f.cue) if f.cue else None,
                     addressee=ms([f.addressee]) if f.addressee else None,
                     resolved_speaker=f.resolved if f.speaker else None, explanation=f.rules)
