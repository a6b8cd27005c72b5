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
import re
import tempfile
from functools import lru_cache
from pathlib import Path

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
_WORD = re.compile(r"[^\W\d_]+")
# Words that cannot end a sentence, a heading or a list entry: a line ending with one goes on.
_DANGLING = {
    "en": "a an the to of in on at by for from with and or but nor as than that which whose into onto upon about "
    "over under between through during without within via per is are was were be been has have had will would "
    "can could should may might must do does did its their his her our your my this these those",
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
    sample = [w.lower() for w in _WORD.findall(text[:20000])]
    if not sample:
        return "en"
    sets = _function_sets()
    scores = {lang: sum(w in sets[lang] for w in sample) for lang in SUPPORTED}
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"


@lru_cache(maxsize=1)
def _function_sets() -> dict[str, frozenset[str]]:
    return {lang: frozenset(ws.split()) for lang, ws in _FUNCTION_WORDS.items()}


def detect_language(text: str) -> str | None:
    """The supported language of ``text``, or None when too few of its words are function words.

    >>> detect_language("The minister said that the plan would be delayed by a year.")
    'en'
    >>> detect_language("Rasulullah bersabda kepada para sahabat tentang keutamaan sedekah.") is None
    True
    """
    sample = [w.lower() for w in _WORD.findall(text[:20000])]
    if not sample:
        return None
    sets = _function_sets()
    scores = {lang: sum(w in sets[lang] for w in sample) for lang in SUPPORTED}
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] >= max(2, 0.04 * len(sample)) else None


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

    >>> table = Lexicon(b"apple\\t450\\nbolster\\t331\\nzebra\\t300\\n")
    >>> table.zipf("Bolster"), table.zipf("bolste")
    (3.31, 0.0)
    """

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (case-insensitive; 0 for a word not in the list)."""
        key = normalise(word).encode("utf-8")
        data = self._data
        lo, hi = 0, len(data)  # ``lo`` is always the start of a line
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            end = data.find(b"\n", start)
            tab = data.find(b"\t", start, end)
            found = data[start:tab]
            if found == key:
                return int(data[tab + 1 : end]) / 100
            if found < key:
                lo = end + 1
            else:
                hi = start
        return 0.0

    def __contains__(self, word: str) -> bool:
        return self.zipf(word) > 0


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


def cache_dir() -> Path:
    """Where word tables are cached: $CLEANNEWS_CACHE, else $XDG_CACHE_HOME/cleannews, else ~/.cache/cleannews."""
    if os.environ.get("CLEANNEWS_CACHE"):
        return Path(os.environ["CLEANNEWS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cleannews"


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


def load_lexicon(lang: str) -> Lexicon:
    """Open the cached table for ``lang``, building it first if needed (not cached in memory).

    This is what the benchmark times: with a warm cache it is an ``open`` and an ``mmap``.
    """
    source = _wordfreq_source(lang)
    if source is None:
        raise LookupError(f"wordfreq has no word list for {lang!r}")
    stat = source.stat()
    path = cache_dir() / f"words-{lang}-{stat.st_size}-{int(stat.st_mtime)}-v{TABLE_FORMAT}.tsv"
    if not path.exists():
        table = build_table(lang)
        if not _write_atomically(path, table):
            return Lexicon(table)
    with path.open("rb") as handle:
        return Lexicon(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


def _write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename; False if that is impossible."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True


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
