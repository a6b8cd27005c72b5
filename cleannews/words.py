"""Word frequencies in a form that opens in microseconds, and a cheap language guess.

wordfreq's own lists take 50-150 ms per language to load, too much for a tool started once per
file. On first use, the list of one language is written once into the user's cache as a sorted
text file (``word<TAB>zipf*100``, one word a line) and from then on memory-mapped and
binary-searched: opening it costs well under a millisecond, a look-up some microseconds. The
cache file is keyed by the wordfreq data file it came from, so upgrading wordfreq rebuilds it;
where no cache can be written (a read-only home), the same table is built in memory instead.
Results are the same either way: they are wordfreq's Zipf values, only stored differently.
"""

from __future__ import annotations

import contextlib
import mmap
import os
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from cleannews import regexes
from cleannews.usercache import cache_dir, write_atomically

#: Languages whose word lists the rejoin pass consults.
SUPPORTED = ("en", "de", "fr", "es", "pt", "it", "nl")
#: Format of the cached word table; bump it when the layout changes.
TABLE_FORMAT = 1

# A few very frequent function words per language: enough to tell them apart on a paragraph.
_FUNCTION_WORDS = {
    "en": "the and of to in is that for was with on as by at from he it are be this which have has",
    "de": "der die und das ist nicht mit von den sich des auf für ein eine dem im zu auch wird bei",
    "fr": "le la les et des est une dans pour pas que qui sur au du avec ce il aux sont cette",
    "es": "el la los las y que en del por con una para es se lo como pero más al fue sus",
    "pt": "o a os as e que do da em para com um uma não no na se por mais dos foi ao",
    "it": "il la che di e per non una sono con del della gli le si anche come più nel alla",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij werd",
}
_WORD = regexes.compile(r"[^\W\d_]+")
_LONG_WORD = regexes.compile(r"[^\W\d_]{3,}")
# Words that cannot end a sentence, a heading or a list entry: a line ending with one goes on.
_DANGLING = {
    "en": "a an the to of in on at by for from with and or but nor as than that which whose into onto upon about "
    "over under between through during without within via per is are was were be been has have had will would "
    "can could should may might must do does did its their his her our your my this these those like including "
    "such whether because although",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber zu zum zur von vom mit bei nach "
    "aus auf für über unter im am als wie dass ist sind war wird werden hat haben sein seine ihre",
    "fr": "le la les un une des du au aux et ou mais à dans sur pour par avec sans que qui est sont ont ne se sa "
    "son ses leur leurs ce cette",
    "es": "el la los las un una unos unas del al y o pero en con por para sin que es son se su sus este esta",
    "pt": "o os as um uma do da dos das no na nos nas em ou mas com por para que é são se seu sua seus suas",
    "it": "il lo gli le un una del della dei delle al alla nel nella e o ma con per su da che è sono si",
    "nl": "het een van op te en maar met voor door bij naar aan uit dat die is zijn was werd",
}


def guess_language(text: str) -> str:
    """The supported language whose function words are most common in ``text`` (default en).

    >>> guess_language("Der Minister sagte, dass die Regierung nicht mit der Opposition spricht.")
    'de'
    >>> guess_language("")
    'en'
    """
    best, score, _ = _best_language(text)
    return best if score > 0 else "en"


def _best_language(text: str) -> tuple[str, int, int]:
    """The language with the most function words in the detection window, its count, and the word count."""
    counts = Counter(lowered_words(text[:DETECTION_WINDOW]))
    scores = _scores(counts)
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == "en"))
    return best, scores[best], counts.total()


def detect_language(text: str) -> str | None:
    """The supported language of ``text``, or None when too few of its words are function words.

    >>> detect_language("The minister said that the plan would be delayed by a year.")
    'en'
    >>> detect_language("Rasulullah bersabda kepada para sahabat tentang keutamaan sedekah.") is None
    True
    """
    return detect_language_with_margin(text)[0]


def detect_language_with_margin(text: str, counts: Counter[bytes] | None = None) -> tuple[str | None, int]:
    """:func:`detect_language`, and a margin: how many words each count it weighs (the function
    words of each language, all the words) could gain or lose with the answer still the same.

    The counts are those of the first :data:`DETECTION_WINDOW` characters: ``counts``, if the
    caller has them, holds the words found there by :func:`lowered_words` (Greek final sigmas
    may be folded: no function word has one). A margin of -1 says the answer rests on more
    than the counts (the language of a text with few function words is told by its commonest
    words).

    >>> detect_language_with_margin("The minister said that the plan would be delayed by a year.")
    ('en', 1)
    >>> detect_language_with_margin("The plan and the aim of the minister were in the news for a year.")
    ('en', 3)
    """
    if counts is None:
        counts = Counter(lowered_words(text[:DETECTION_WINDOW]))
    scores = _scores(counts)
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == "en"))
    score, total = scores[best], counts.total()
    if not total:
        return None, -1
    if score >= max(2, 0.04 * total):
        return best, _margin(scores, best, total)
    # Few function words (a list, a table, a recipe): most of its commonest words are still
    # words of its language, and few of them are of another's.
    common = Counter(w for w in _LONG_WORD.findall(text[:DETECTION_WINDOW].lower())).most_common(100)
    known = sum(lexicon(best).zipf(w) >= 2.5 for w, _ in common)
    return (best if common and known >= 2 / 3 * len(common) else None), -1


def _scores(counts: Counter[bytes]) -> dict[str, int]:
    """How many of the counted words are function words of each language."""
    sets = _function_sets()
    return {lang: sum(counts[w] for w in sets[lang] if w in counts) for lang in SUPPORTED}


def _margin(scores: dict[str, int], best: str, total: int) -> int:
    """The largest change k such that scores moving by up to k each, and the word count by up to
    k, leave ``best`` ahead of every other language and above the function-word threshold."""
    score = scores[best]
    margin = min([(score - other - 1) // 2 for lang, other in scores.items() if lang != best] + [score - 2])
    while margin >= 0 and score - margin < 0.04 * (total + margin):
        margin -= 1
    return margin


#: Language detection reads the words of this many characters at the start of a text.
DETECTION_WINDOW = 20000


def lowered_words(text: str) -> list[bytes]:
    """The words (runs of letters) of ``text`` lower-cased, UTF-8 encoded, in order.

    The same as ``_WORD.findall(text.lower())`` encoded, found with bytes methods instead:
    characters beyond ASCII that are no letters become spaces, then every byte that is not an
    ASCII letter or part of a character beyond ASCII does, and the rest splits at the spaces.

    >>> lowered_words("Don’t STOP—café, 2nd")
    [b'don', b't', b'stop', b'caf\\xc3\\xa9', b'nd']
    """
    lowered = text.lower()
    encoded = lowered.encode("utf-8", "surrogatepass")
    if len(encoded) != len(lowered):
        # (UTF-8 never holds a character's bytes inside another's: they can be replaced as bytes.)
        for character in set(_NON_ASCII_NON_LETTER.findall(lowered)):
            encoded = encoded.replace(character.encode("utf-8", "surrogatepass"), b" ")
    return encoded.translate(_LETTER_BYTES).split()


# Bytes that stay in a word: ASCII letters and the bytes of characters beyond ASCII.
_LETTER_BYTES = bytes(b if b >= 0x80 or chr(b).isalpha() else 0x20 for b in range(256))
_NON_ASCII_NON_LETTER = regexes.compile(r"[^\x00-\x7f](?<=[\W\d_])")


@lru_cache(maxsize=1)
def _function_sets() -> dict[str, frozenset[bytes]]:
    """The function words of each language, as :func:`lowered_words` finds them."""
    return {lang: frozenset(w.encode("utf-8") for w in ws.split()) for lang, ws in _FUNCTION_WORDS.items()}


def dangling(word: str, lang: str) -> bool:
    """Whether ``word`` cannot end a sentence, heading or list entry in ``lang`` (an article, a preposition).

    >>> dangling("to", "en"), dangling("water", "en")
    (True, False)
    """
    return word.lower() in _dangling_sets().get(lang, frozenset())


@lru_cache(maxsize=1)
def _dangling_sets() -> dict[str, frozenset[str]]:
    return {lang: frozenset(ws.split()) for lang, ws in _DANGLING.items()}


def resolve_language(setting: str, text: str) -> str:
    """``setting`` if it names a supported language, a guess from ``text`` for "auto"."""
    if setting == "auto":
        return guess_language(text)
    return setting if setting in SUPPORTED else "en"


class Lexicon:
    """A sorted ``word<TAB>zipf*100`` table searched in place (memory-mapped or in memory).

    A look-up bisects a sparse index (the first word of every block of about
    :data:`INDEX_BLOCK` bytes, read on the first look-up), then finds the word's line within
    its block with one substring search.

    >>> table = Lexicon(b"apple\\t450\\nbolster\\t331\\nzebra\\t300\\n")
    >>> table.zipf("Bolster"), table.zipf("bolste"), table.zipf("apple"), table.zipf("aardvark")
    (3.31, 0.0, 4.5, 0.0)
    """

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data
        self._starts: list[int] = []  # offsets of the lines that open the blocks
        self._firsts: list[bytes] = []  # their words

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (case-insensitive; 0 for a word not in the list)."""
        key = normalise(word).encode("utf-8")
        data = self._data
        if not self._starts:
            if not data:
                return 0.0
            self._index()
        block = bisect_right(self._firsts, key) - 1
        if block < 0:
            return 0.0
        start = self._starts[block]
        end = self._starts[block + 1] if block + 1 < len(self._starts) else len(data)
        # The word's line, if the table has it, starts in [start, end): first in the block, or
        # after a newline there.
        if data[start : start + len(key) + 1] == key + b"\t":
            at = start
        else:
            at = data.find(b"\n" + key + b"\t", start, end + len(key) + 1) + 1
            if not at:
                return 0.0
        tab = at + len(key)
        return int(data[tab + 1 : data.find(b"\n", at)]) / 100

    def _index(self) -> None:
        data = self._data
        start = 0
        while 0 <= start < len(data):
            self._starts.append(start)
            self._firsts.append(data[start : data.find(b"\t", start)])
            start = data.find(b"\n", start + INDEX_BLOCK) + 1 or -1

    def __contains__(self, word: str) -> bool:
        return self.zipf(word) > 0


#: Bytes of a word table per entry of its sparse index (see :class:`Lexicon`).
INDEX_BLOCK = 2048


def normalise(word: str) -> str:
    """The form wordfreq stores a word in: case-folded, straight apostrophes.

    >>> normalise("Don’t")
    "don't"
    """
    return word.casefold().replace("’", "'")


def _wordfreq_source(lang: str) -> Path | None:
    """The wordfreq data file for ``lang``, found without importing wordfreq (which is slow)."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):
        candidate = data / f"{size}_{lang}.msgpack.gz"
        if candidate.exists():
            return candidate
    return None


def build_table(lang: str) -> bytes:
    """wordfreq's list for ``lang`` as a sorted ``word<TAB>zipf*100`` table (words with a letter only)."""
    from wordfreq import get_frequency_list

    best: dict[bytes, int] = {}
    for bucket, words in enumerate(get_frequency_list(lang, wordlist="best")):
        zipf = 900 - bucket  # bucket i holds words at -i centibels: Zipf 9 - i/100
        if zipf <= 0:
            break
        for word in words:
            if _WORD.search(word) and not any(ch in word for ch in "\t\n\r"):
                best.setdefault(normalise(word).encode("utf-8"), zipf)
    return b"".join(word + b"\t%d\n" % zipf for word, zipf in sorted(best.items()))


def _fingerprint(source: Path) -> str:
    """The content of a wordfreq ``.gz`` list in a few bytes: its size and its gzip trailer (the
    CRC-32 and length of the data inside). Reinstalling the same wordfreq finds the same table;
    any other list gets its own.
    """
    with source.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - 8))
        return f"{size}-{handle.read(8).hex()}"


def _remove_other_tables(kept: Path, lang: str) -> None:
    """Delete the tables of ``lang`` built from other wordfreq lists (an upgrade, another
    environment): each is megabytes, and one list per language is what a user has at a time."""
    for other in kept.parent.glob(f"words-{lang}-*.tsv"):
        if other != kept:
            with contextlib.suppress(OSError):  # in use elsewhere (it stays mapped), or not ours
                other.unlink()


def load_lexicon(lang: str) -> Lexicon:
    """Open the cached table for ``lang``, building it first if needed (not cached in memory).

    This is what the benchmark times: with a warm cache it is an ``open`` and an ``mmap``.
    """
    source = _wordfreq_source(lang)
    if source is None:
        raise LookupError(f"wordfreq has no word list for {lang!r}")
    path = cache_dir() / f"words-{lang}-{_fingerprint(source)}-v{TABLE_FORMAT}.tsv"
    if not path.exists():
        table = build_table(lang)
        if not write_atomically(path, table):
            return Lexicon(table)
        _remove_other_tables(path, lang)
    with path.open("rb") as handle:
        return Lexicon(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


@lru_cache(maxsize=len(SUPPORTED))
def lexicon(lang: str) -> Lexicon:
    """The word table of ``lang`` (English if wordfreq has none), opened once per process."""
    try:
        return load_lexicon(lang)
    except LookupError:
        return load_lexicon("en")


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0 for unknown words), case-insensitive.

    >>> zipf("bolster", "en") > 3 > zipf("bolste", "en")
    True
    """
    return lexicon(lang).zipf(word)
