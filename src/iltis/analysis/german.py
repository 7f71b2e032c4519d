"""German analysis: SoMaJo for sentences and tokens, HanTa for POS and lemma.

``de-fast`` swaps HanTa for simplemma lemmas and a lexicon-free POS guess; it exists for
corpora where speed matters more than tags, and as the fallback when HanTa is missing.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from iltis.analysis import register_analyzer
from iltis.lang import load_table
from iltis.model import Sentence, Token

# A paragraph ends at a blank line, or at a line break after sentence-final punctuation;
# SoMaJo would otherwise join an unpunctuated headline with the next sentence. In text
# that keeps one paragraph per line (HTML extraction, most scrapers) every line break ends
# a paragraph; hard-wrapped text is recognised by having no line longer than WRAP_WIDTH.
_BLANK_LINE_BREAK = re.compile(r"\n[ \t]*\n\s*|(?<=[.!?:\"“”»«])[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
WRAP_WIDTH = 100
_HANTA_BRACKET = re.compile(r"\((\w+)\)")
TAG_CACHE_SIZE = 50_000
WORD_CACHE_SIZE = 200_000


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, paragraph)`` pairs covering all non-blank text."""
    wrapped = max((len(line) for line in text.split("\n")), default=0) <= WRAP_WIDTH and "\n\n" in text
    breaks = _BLANK_LINE_BREAK if wrapped else _LINE_BREAK
    pos = 0
    for match in breaks.finditer(text):
        if text[pos:match.start()].strip():
            yield pos, text[pos:match.start()]
        pos = match.end()
    if text[pos:].strip():
        yield pos, text[pos:]


# Any character that SoMaJo's emoji splitter could split off.
_DIGIT_EMOTICON = re.compile(r"\d\)")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")


def _lowercase_abbreviations(language: str) -> frozenset[str]:
    """SoMaJo's all-lower-case word abbreviations ("iran.", "japan.": adjectives)."""
    from importlib import resources

    path = resources.files("somajo").joinpath("data", f"abbreviations_{language[:2]}.txt")
    if not path.is_file():
        return frozenset()
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#") and w.islower() and w[:-1].isalpha()
                     and w.endswith("."))


def _digit_emoticons_undone(text: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """SoMaJo's web mode reads "8)" as a smiley, which in news is the end of "(G8)" or "(Teil
    8)": the digit goes back to the word it is glued to (or stands alone) and the bracket is
    its own token."""
    out: list[tuple[int, int]] = []
    for s, e, kind in tokens:
        if kind == "emoticon" and _DIGIT_EMOTICON.fullmatch(text[s:e]):
            if out and out[-1][1] == s:
                out[-1] = (out[-1][0], e - 1)
            else:
                out.append((s, e - 1))
            out.append((e - 1, e))
        else:
            out.append((s, e))
    return out


class SomajoTokenizer:
    def __init__(self, language: str) -> None:
        from somajo import SoMaJo

        self._somajo = SoMaJo(language, split_camel_case=False, split_sentences=True,
                              character_offsets=True)
        # SoMaJo tests every grapheme of every token for emoji, a third of its time on news;
        # a token without any emoji character is left as it is, so it can skip the test.
        tokenizer = self._somajo._tokenizer
        split_emojis = tokenizer._split_emojis

        def split_emojis_if_any(node, token_class="emoticon"):  # type: ignore[no-untyped-def]
            if _EMOJI.search(node.value.text):
                split_emojis(node, token_class)

        tokenizer._split_emojis = split_emojis_if_any
        self._adjective_abbreviations = _lowercase_abbreviations(language)

    def sentences(self, text: str) -> Iterator[list[tuple[int, int]]]:
        """Token spans, sentence by sentence, as offsets into ``text``."""
        for offset, para in paragraphs(text):
            for sent in self._somajo.tokenize_text([para]):
                spans = _digit_emoticons_undone(text, [
                    (offset + t.character_offset[0], offset + t.character_offset[1], t.token_class) for t in sent])
                spans = [(s, e) for s, e in spans if e > s and text[s:e].strip()]
                for part in self._split_at_name_stops(text, spans):
                    yield part

    def _split_at_name_stops(self, text: str, spans: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
        """Undo SoMaJo's reading of "Iran." or "Japan." as abbreviations (its German list has
        lower-case adjective abbreviations such as "iran." = iranisch, matched without case):
        a capitalised word with a full stop before a capitalised word ends a sentence."""
        current: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(spans):
            word = text[s:e]
            nxt = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else ""
            if word[:1].isupper() and word.endswith(".") and word.lower() in self._adjective_abbreviations \
                    and (not nxt or nxt[:1].isupper()):
                current += [(s, e - 1), (e - 1, e)]
                yield current
                current = []
            else:
                current.append((s, e))
        if current:
            yield current


def build_sentence(text: str, spans: list[tuple[int, int]], tags: list[tuple[str, str]]) -> Sentence:
    tokens = [Token(text[s:e], s, e, lemma, pos) for (s, e), (lemma, pos) in zip(spans, tags)]
    start, end = spans[0][0], spans[-1][1]
    return Sentence(text[start:end], start, end, tokens)


class HantaAnalyzer:
    """SoMaJo + HanTa. Tags are cached per sentence: news repeats bylines and boilerplate."""

    name = "de-hanta"

    def __init__(self) -> None:
        from HanTa import HanoverTagger

        config = load_table("de", "analysis")
        self._tokenizer = SomajoTokenizer(config["somajo_language"])
        self._tagger = HanoverTagger.HanoverTagger(config["hanta_model"])
        # HanTa analyses a word's morphology anew at every occurrence; both analyses are pure
        # functions of their arguments, and memoising them per process roughly halves tagging.
        self._tagger.analyze_forward = lru_cache(maxsize=WORD_CACHE_SIZE)(self._tagger.analyze_forward)
        self._tagger._analyze = lru_cache(maxsize=WORD_CACHE_SIZE)(self._tagger._analyze)
        self._cache: OrderedDict[tuple[str, ...], list[tuple[str, str]]] = OrderedDict()
        self._quote_marks = frozenset(config["quote_marks"])
        self._quote_tag: str = config["quote_tag"]

    def tag(self, words: tuple[str, ...]) -> list[tuple[str, str]]:
        hit = self._cache.get(words)
        if hit is not None:
            self._cache.move_to_end(words)
            return hit
        # Quotation marks are tagged as foreign words or symbols and throw off the tags around
        # them ("ihre „volle Unterstützung“ zu" loses its separable particle), so the tagger
        # sees the sentence without them and they get the punctuation tag.
        inner = [w for w in words if w not in self._quote_marks]
        tags = iter([(lemma, _HANTA_BRACKET.sub(r"\1", pos)) for _w, lemma, pos in
                     self._tagger.tag_sent(inner, taglevel=1)] if inner else [])
        tagged = [(w, self._quote_tag) if w in self._quote_marks else next(tags) for w in words]
        self._cache[words] = tagged
        if len(self._cache) > TAG_CACHE_SIZE:
            self._cache.popitem(last=False)
        return tagged

    def analyse(self, text: str) -> list[Sentence]:
        out = []
        for spans in self._tokenizer.sentences(text):
            words = tuple(text[s:e] for s, e in spans)
            tags = repair_participle_as_finite(words, repair_verb_final_finite(repair_preposition_as_conjunction(
                words, repair_past_as_adjective(words, self.tag(words)))))
            out.append(build_sentence(text, spans, tags))
        return out


def _clauses(tags: list[tuple[str, str]], breaks: frozenset[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the stretches between tags in ``breaks``: the clauses the repairs
    look at one by one."""
    start = 0
    for end in [k for k, (_l, pos) in enumerate(tags) if pos in breaks] + [len(tags)]:
        yield start, end
        start = end + 1


def repair_preposition_as_conjunction(words: tuple[str, ...], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag a preposition that HanTa read as a subordinating conjunction ("Während des
    Besuchs ... wurden"): its clause is not verb-final (see analysis.yaml)."""
    rule = _verb_final_rule()
    if not rule:
        return tags
    out = list(tags)
    for k, (lemma, pos) in enumerate(tags):
        if pos != rule["conjunction_tag"] or words[k].lower() not in rule["also_prepositions"]:
            continue
        end = next((j for j in range(k + 1, len(tags)) if tags[j][1] in rule["clause_breaks"] | rule["marks"]
                    | rule["coordinators"]), len(tags))
        finite = next((j for j in range(k + 1, end) if tags[j][1] in rule["finite_tags"]), None)
        if finite is not None and any(tags[j][1] not in rule["verb_tags"] | rule["marks"] for j in range(finite + 1, end)):
            out[k] = (lemma, rule["preposition_tag"])
    return out


def repair_participle_as_finite(words: tuple[str, ...], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag a participle that HanTa read as a finite verb after a finite auxiliary of its
    own clause ("wird der Aufwand bemängelt"): a main clause has one finite verb (see
    analysis.yaml)."""
    rule = _verb_final_rule()
    if not rule:
        return tags
    out = list(tags)
    for start, end in _clauses(tags, rule["clause_breaks"] | rule["coordinators"]):
        finite = [k for k in range(start, end) if tags[k][1] in rule["finite_tags"]]
        if len(finite) == 2 and tags[finite[0]][1] == rule["auxiliary_tag"] \
                and tags[finite[0]][0] in rule["participle_auxiliaries"] and tags[finite[1]][1] == rule["full_finite_tag"] \
                and words[finite[1]].endswith(rule["participle_endings"]) \
                and all(tags[k][1] not in rule["verb_tags"] for k in range(finite[1] + 1, end)):
            out[finite[1]] = (tags[finite[1]][0], rule["participle_tag"])
    return out


def repair_verb_final_finite(tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Make the last verb of a subordinate clause finite when HanTa left it without one
    (see analysis.yaml)."""
    rule = _verb_final_rule()
    if not rule:
        return tags
    out = list(tags)
    for start, end in _clauses(tags, rule["clause_breaks"]):
        clause = [tags[k][1] for k in range(start, end)]
        if clause and clause[0] in rule["openers"] and not any(
                pos in rule["finite_tags"] or pos in rule["zu_tags"] for pos in clause):
            last = next((k for k in range(end - 1, start, -1) if tags[k][1] in rule["retag"]), None)
            if last is not None and all(tags[k][1] not in rule["verb_tags"] for k in range(last + 1, end)):
                out[last] = (tags[last][0], rule["retag"][tags[last][1]])
    return out


@cache
def _verb_final_rule() -> dict:
    raw = load_table("de", "analysis").get("verb_final_finite") or {}
    return {k: (tuple(v) if k == "participle_endings" else frozenset(v)) if isinstance(v, list) else v
            for k, v in raw.items()}


def repair_past_as_adjective(words: tuple[str, ...], tags: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Retag a finite weak past tense that HanTa read as an adjective (see analysis.yaml)."""
    rule = _past_as_adjective_rule()
    if not rule:
        return tags
    out = list(tags)
    finite = rule["finite_tags"] | rule["infinitive_tags"]
    before_has_verb = False
    for start, end in _clauses(tags, rule["clause_breaks"]):
        clause = range(start, end)
        has_verb = any(tags[k][1] in finite for k in clause)
        if not has_verb:
            k = next((k for k in clause if tags[k][1] == rule["adjective_tag"]), None)
            if k is not None and _verb_slot(tags, start, k, before_has_verb, rule) and _ambiguous_past(words[k], rule):
                out[k] = (_infinitive(words[k], rule), rule["verb_tag"])
        before_has_verb = has_verb
    return out


_SEQUENCES = ("endings", "prefixes", "infixes", "stem_takes_n", "stem_takes_en")  # used with str.endswith etc.


@cache
def _past_as_adjective_rule() -> dict:
    """The rule of analysis.yaml, its lists made sets and tuples once (it runs per sentence)."""
    raw = load_table("de", "analysis").get("past_as_adjective") or {}
    return {k: (tuple(v) if k in _SEQUENCES else frozenset(v)) if isinstance(v, list) else v for k, v in raw.items()}


def _verb_slot(tags: list[tuple[str, str]], start: int, k: int, before_has_verb: bool, rule: dict) -> bool:
    # after "und", only where the clause before it had a verb: clauses are coordinated, not
    # noun phrases ("neue Charaktere und erweiterte Möglichkeiten")
    after_conjunction = k == start and start > 1 and tags[start - 1][1] in rule["conjunction_tags"] \
        and tags[start - 2][1] not in rule["coordinated_adjective_tags"] and before_has_verb \
        and not (start > 2 and tags[start - 2][1] in rule["noun_tags"]
                 and tags[start - 3][1] in rule["coordinated_adjective_tags"])  # "neue Charaktere und erweiterte …"
    after_prefield = start == 0 and k > 0 and tags[k - 1][1] in rule["after_tags"]
    opener = next((j for j in range(start, k) if tags[j][1] in rule["attribute_openers"]), None)
    between = [tags[j][1] for j in range(opener + 1, k)] if opener is not None else []
    in_attribute = opener is not None and (not any(pos in rule["noun_tags"] for pos in between)
                                           or any(pos in rule["attribute_inner"] for pos in between))
    return (after_conjunction or after_prefield) and not in_attribute


def _ambiguous_past(word: str, rule: dict) -> bool:
    return word.islower() and len(word) >= rule["min_length"] and word.endswith(rule["endings"]) and (
        word.startswith(rule["prefixes"]) or any(i in word for i in rule["infixes"]))


def _infinitive(past: str, rule: dict) -> str:
    stem = past
    for ending in sorted(rule["endings"], key=len, reverse=True):
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    takes_n = stem.endswith(rule["stem_takes_n"]) and not stem.endswith(rule["stem_takes_en"])
    return stem + ("n" if takes_n else "en")


_PUNCT = re.compile(r"[^\w]+")
_NUMBER = re.compile(r"[\d.,:/-]+")


def guess_pos(word: str, first: bool) -> str:
    """A coarse STTS tag from the word's shape alone (for the fast analyser)."""
    if _PUNCT.fullmatch(word):
        return "$," if word in ",;" else ("$." if word in ".!?:" else "$(")
    if _NUMBER.fullmatch(word):
        return "CARD"
    if word[:1].isupper() and not first:
        return "NN"
    return "XY"


class SimplemmaAnalyzer:
    name = "de-fast"

    def __init__(self) -> None:
        config = load_table("de", "analysis")
        self._tokenizer = SomajoTokenizer(config["somajo_language"])
        self._lang = config["simplemma_language"]

    def analyse(self, text: str) -> list[Sentence]:
        import simplemma

        out = []
        for spans in self._tokenizer.sentences(text):
            tags = [(simplemma.lemmatize(text[s:e], lang=self._lang), guess_pos(text[s:e], i == 0))
                    for i, (s, e) in enumerate(spans)]
            out.append(build_sentence(text, spans, tags))
        return out


def _hanta_available() -> bool:
    try:
        import HanTa  # noqa: F401
    except ImportError:
        return False
    return True


# The first analyser registered for a language is its default until a better one claims it.
register_analyzer("de-fast", "de")(SimplemmaAnalyzer)
register_analyzer("de-hanta", "de", default=_hanta_available())(HantaAnalyzer)
