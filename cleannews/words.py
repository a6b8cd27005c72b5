"""Word frequencies (wordfreq, loaded only when first needed) and a cheap language guess."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

#: Languages whose word lists the rejoin pass consults.
SUPPORTED = ("en", "de", "fr", "es", "pt", "it", "nl")

# A few very frequent function words per language: enough to tell them apart on a paragraph.
_FUNCTION_WORDS = {
    "en": "the and of to in is that for was with on as by at from he it are be this",
    "de": "der die und das ist nicht mit von den sich des auf für ein eine dem im zu auch",
    "fr": "le la les et des est une dans pour pas que qui sur au du avec ce il en",
    "es": "el la los las y que en del por con una para es se lo como pero más al",
    "pt": "o a os as e que do da em para com um uma não no na se por mais dos",
    "it": "il la che di e per non una sono con del della gli le si anche come più",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als",
}
_WORD = re.compile(r"[^\W\d_]+")
#: How much of a text (in characters, from the start) the language guess reads.
LANGUAGE_SAMPLE = 20000


def guess_language(text: str) -> str:
    """The supported language whose function words are most common in ``text`` (default en).

    >>> guess_language("Der Minister sagte, dass die Regierung nicht mit der Opposition spricht.")
    'de'
    >>> guess_language("")
    'en'
    """
    counts = Counter(_WORD.findall(text[:LANGUAGE_SAMPLE].lower()))
    if not counts:
        return "en"
    scores = {lang: sum(counts[w] for w in _function_sets()[lang]) for lang in SUPPORTED}
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"


@lru_cache(maxsize=1)
def _function_sets() -> dict[str, frozenset[str]]:
    return {lang: frozenset(ws.split()) for lang, ws in _FUNCTION_WORDS.items()}


def resolve_language(setting: str, text: str) -> str:
    """``setting`` if it names a supported language, a guess from ``text`` for "auto"."""
    if setting == "auto":
        return guess_language(text)
    return setting if setting in SUPPORTED else "en"


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0 for unknown words), case-insensitive.

    >>> zipf("bolster", "en") > 3 > zipf("bolste", "en")
    True
    """
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), lang))
