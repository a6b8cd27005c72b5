"""Does a bit of text read as people's names? Bylines and credit lines are made of them."""

from __future__ import annotations

import re

from cleannews import regexes

# Lower-case words that live inside names: "Ludwig van Beethoven", "Ahmed al-Masri", "da Silva".
PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "binti",
        "bint",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
        "zu",
        "af",
        "av",
        "ibn",
    ]
)
# Capitalised words that open phrases, not names: "By Monday", "By The time", "By Far".
_NOT_NAME_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "then",
        "now",
        "all",
        "our",
        "my",
        "your",
        "his",
        "her",
        "their",
        "its",
        "some",
        "any",
        "each",
        "every",
        "most",
        "more",
        "much",
        "many",
        "far",
        "way",
        "contrast",
        "comparison",
        "law",
        "default",
        "design",
        "nature",
        "night",
        "day",
        "week",
        "month",
        "year",
        "today",
        "tomorrow",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "christmas",
        "easter",
        "noon",
        "midnight",
        "with",  # "— With AFP": the agencies a story was written with, a credit
        "via",
    ]
)
_CONNECTORS = regexes.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|und|et|y|e|und)\s+")
_INITIAL = regexes.compile(r"^(?:[^\W\d_]\.)+$")
_HANGUL = regexes.compile(r"[\uac00-\ud7a3]")
_HANGUL_OR_HAN = regexes.compile(r"^[\uac00-\ud7a3\u4e00-\u9fff\u3040-\u30ff·]{1,8}$")


def is_name_token(token: str) -> bool:
    """One word of a name: capitalised, an initial, a particle, or a CJK name.

    >>> [is_name_token(t) for t in ["Soo-yeon", "J.", "van", "O'Neil", "al-Masri", "said", "김수연"]]
    [True, True, True, True, True, False, True]
    """
    if token in PARTICLES or _INITIAL.match(token) or _HANGUL_OR_HAN.match(token):
        return True
    head, _, rest = token.partition("-")
    if head in PARTICLES and rest:  # "al-Masri", "el-Sisi", "bin-Salman"
        token = rest
    letters = token.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
    return letters.isalpha() and token[0].isupper()


def looks_like_name(text: str, min_words: int = 2) -> bool:
    """One person's name: 2 to 6 name words (one is enough for a CJK name).

    >>> looks_like_name("Kim Soo-yeon"), looks_like_name("Nguyen Van An"), looks_like_name("Monday Night")
    (True, True, False)
    >>> looks_like_name("김수연"), looks_like_name("Reuters")
    (True, False)
    """
    tokens = text.split()
    if not tokens or len(tokens) > 6 or not all(is_name_token(t) for t in tokens):
        return False
    if tokens[0].casefold() in _NOT_NAME_WORDS:  # "By The time", "By Monday Night"
        return False
    if tokens[0] in PARTICLES and tokens[0] not in ("al", "el"):
        return False
    if any(_HANGUL.search(t) for t in tokens):
        return _korean_name(tokens)
    cjk = len(tokens) == 1 and _HANGUL_OR_HAN.match(tokens[0]) is not None
    return cjk or len(tokens) >= min_words


def _korean_name(tokens: list[str]) -> bool:
    """Korean names are written in one word ("김수연", "남궁민수"), or two (a surname apart, "김 수연",
    a role before, "칼럼니스트 박생강"): three words or more are a headline's ("동해상으로 탄도미사일 발사").

    >>> _korean_name(["김수연"]), _korean_name(["김", "수연"]), _korean_name(["동해상으로", "탄도미사일", "발사"])
    (True, True, False)
    """
    return len(tokens) <= 2 and all(_HANGUL_OR_HAN.match(t) for t in tokens)


def split_names(text: str) -> list[str]:
    """Names joined by commas, "and" or "&".

    >>> split_names("Jane Doe, John Roe and Kim Soo-yeon")
    ['Jane Doe', 'John Roe', 'Kim Soo-yeon']
    """
    if len(text) > MAX_NAMES_CHARS:
        return [text.strip()]  # not a list of names (and the split backtracks on long runs of spaces)
    return [part for part in _CONNECTORS.split(text.strip()) if part]


# A list of writers' names is never longer than this.
MAX_NAMES_CHARS = 500


def looks_like_names(text: str) -> bool:
    """A list of names, each optionally "in Place": "Jane Doe in London and John Roe".

    >>> looks_like_names("Will Dunham in Washington; and Tom Brown".replace(";", ","))
    True
    >>> looks_like_names("the Guardian showed that prices rose")
    False
    """
    parts = split_names(text)
    if not parts:
        return False
    for part in parts:
        name, _, place = part.partition(" in ")
        if not looks_like_name(name) and not (place == "" and _is_place(name) and len(parts) > 1):
            return False
        if place and not _is_place(place):
            return False
    return True


def _is_place(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) <= 4 and all(t[0].isupper() or t in PARTICLES for t in tokens)


_HOLDER_LINKS = frozenset(["and", "&", "/", "via", "of", "the", "for", "de", "du", "des", "der", "y", "|", "-", "—"])


def looks_like_holder(text: str) -> bool:
    """A rights holder or credited organisation: "All About Space", "Reuters/Jane Doe", "AP Photo".

    >>> looks_like_holder("All About Space"), looks_like_holder("Emerging markets in 2019 - here")
    (True, False)
    """
    tokens = re.split(r"\s+|(?<=\w)/(?=\w)|,\s*", text.strip())
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 8:
        return False
    return all(t.casefold() in _HOLDER_LINKS or not t[0].islower() for t in tokens)
