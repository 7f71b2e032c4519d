"""Language identification (py3langid, restricted to languages seen in European news)."""

from __future__ import annotations

import re
from functools import cache

from py3langid import langid

# Restricting the candidates makes short texts far less often misread as rare languages.
CANDIDATES = ("de", "en", "fr", "it", "es", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr",
              "hu", "ro", "bg", "ru", "uk", "tr", "ar", "fa", "sv", "da", "no", "fi", "el",
              "lb", "zh", "ja", "ko")
# Below this many letters a guess is noise: the caller's default language is used.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]")
SAMPLE_CHARS = 5000


@cache
def _identifier() -> langid.LanguageIdentifier:
    ident = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    ident.set_languages(CANDIDATES)
    return ident


def detect_language(text: str, default: str = "de") -> str:
    """ISO 639-1 code of ``text``'s language, or ``default`` when the text is too short."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return default
    lang, _prob = _identifier().classify(sample)
    return lang
