"""German analysis: SoMaJo for sentences and tokens, HanTa for POS and lemma.

``de-fast`` swaps HanTa for simplemma lemmas and a lexicon-free POS guess; it exists for
corpora where speed matters more than tags, and as the fallback when HanTa is missing.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from functools import lru_cache

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
_HANTA_BRACKET = re.compile(r"[()]")
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
                spans = [(offset + t.character_offset[0], offset + t.character_offset[1]) for t in sent]
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

    def tag(self, words: tuple[str, ...]) -> list[tuple[str, str]]:
        hit = self._cache.get(words)
        if hit is not None:
            self._cache.move_to_end(words)
            return hit
        tagged = [(lemma, _HANTA_BRACKET.sub("", pos)) for _w, lemma, pos in
                  self._tagger.tag_sent(list(words), taglevel=1)]
        self._cache[words] = tagged
        if len(self._cache) > TAG_CACHE_SIZE:
            self._cache.popitem(last=False)
        return tagged

    def analyse(self, text: str) -> list[Sentence]:
        out = []
        for spans in self._tokenizer.sentences(text):
            words = tuple(text[s:e] for s, e in spans)
            out.append(build_sentence(text, spans, self.tag(words)))
        return out


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
