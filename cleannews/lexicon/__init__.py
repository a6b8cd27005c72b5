"""Packaged data the passes consult: UI strings, section markers, legal lines, stopwords (data, not code).

Each kind lives in its own folder, one file per language (``ui_strings/en.txt``, ...), one entry
per line; blank lines and ``#`` comments are skipped. An entry that ends with ``*`` matches any
line that starts with it ("Share on *" matches "Share on Facebook"); one that starts with ``*``
matches a line of at most four words that ends with it, punctuation included ("* says:" matches
"janedoe says:", the head of a comment).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from cleannews import regexes

_SPACES = regexes.compile(r"\s+")
_DIGITS = regexes.compile(r"\d+")
_BRACKETS = regexes.compile(r"[()\[\]{}]")
# Decoration around a UI label that does not change what it is: "Search:", "» Next", "Menu |".
_DECORATION = " \t.:;,!?|»«›‹>→←·•*-–—()[]<>/\\+=#\"'“”‘’…▶►▸▼▾▲✓✕✖×"

#: The longest line a suffix entry ("* says:") matches: a name and the verb.
MAX_SUFFIX_WORDS = 4

#: The languages every lexicon kind covers.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ko", "ja", "zh")


def normalise_label(text: str) -> str:
    """The key a line is matched under: case-folded, NFKC, brackets dropped, every number made 0,
    spaces collapsed, decoration trimmed.

    >>> normalise_label("  Close this  Search box. ")
    'close this search box'
    >>> normalise_label("» Next ›"), normalise_label("Comments (12)"), normalise_label("5 min read")
    ('next', 'comments 0', '0 min read')
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DIGITS.sub("0", _BRACKETS.sub(" ", text))
    return _SPACES.sub(" ", text).strip(_DECORATION)


def read_entries(text: str) -> list[str]:
    """Entries of a lexicon file: one per line; blank lines and ``#`` comments skipped.

    >>> read_entries("# note\\nShare\\n\\n Print \\n")
    ['Share', 'Print']
    """
    entries = []
    for raw in text.splitlines():
        entry = raw.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry that matched a line, and the language file (or "user") it came from."""

    entry: str
    source: str


class Lexicon:
    """Whole-line, prefix (``"Share on *"``) and suffix (``"* says:"``) entries, matched on
    normalised labels (suffixes on the case-folded line, so that their punctuation counts).

    >>> lex = Lexicon.from_entries([("Share", "en"), ("More from *", "en"), ("Read more:*", "en"), ("* says:", "en")])
    >>> lex.match("SHARE:"), lex.match("More from Sport").entry, lex.match("Share price rose")
    (Match(entry='share', source='en'), 'more from *', None)
    >>> lex.match("Read more: Storm hits coast").entry, lex.match("Read more about the storm")
    ('read more:*', None)
    >>> lex.match("janedoe says:").entry, lex.match("The minister says."), lex.match("So the long report says:")
    ('* says:', None, None)
    """

    __slots__ = ("_prefixes", "_suffixes", "_whole")

    def __init__(self, whole: dict[str, str], prefixes: dict[str, str], suffixes: dict[str, str] | None = None) -> None:
        self._whole = whole
        self._prefixes = prefixes
        self._suffixes = suffixes or {}

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> Lexicon:
        whole: dict[str, str] = {}
        prefixes: dict[str, str] = {}
        suffixes: dict[str, str] = {}
        for entry, source in entries:
            if entry.startswith("*") and len(entry) > 1:
                suffixes.setdefault(_SPACES.sub(" ", unicodedata.normalize("NFKC", entry[1:]).casefold()), source)
            elif entry.endswith("*"):
                # A sentinel keeps the prefix's own end: "Read more:" stays apart from "Read more about".
                key = normalise_label(entry[:-1] + "\x00")[:-1]
                if key.strip():
                    prefixes.setdefault(key if key.endswith((" ", ":", "：")) else key + " ", source)
            elif key := normalise_label(entry):
                whole.setdefault(key, source)
        return cls(whole, prefixes, suffixes)

    def __len__(self) -> int:
        return len(self._whole) + len(self._prefixes) + len(self._suffixes)

    def __contains__(self, label: str) -> bool:
        return self.match(label) is not None

    def match(self, text: str) -> Match | None:
        """The entry matching ``text`` as a whole line, or as a line that starts with a prefix entry."""
        key = normalise_label(text)
        if not key:
            return None
        if (source := self._whole.get(key)) is not None:
            return Match(key, source)
        probe = key + " "
        for prefix, source in self._prefixes.items():
            if probe.startswith(prefix):
                return Match(prefix.rstrip() + ("*" if prefix.endswith((":", "：")) else " *"), source)
        if self._suffixes and len(text.split()) <= MAX_SUFFIX_WORDS:
            line = _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold().strip())
            for suffix, source in self._suffixes.items():
                if line.endswith(suffix) and len(line) > len(suffix):
                    return Match("*" + suffix, source)
        return None


def _entries_of(kind: str) -> list[tuple[str, str]]:
    folder = resources.files(__name__).joinpath(kind)
    entries: list[tuple[str, str]] = []
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if item.name.endswith(".txt"):
            lang = item.name.removesuffix(".txt")
            entries.extend((entry, lang) for entry in read_entries(item.read_text(encoding="utf-8")))
    return entries


@lru_cache(maxsize=1)
def ui_lexicon() -> Lexicon:
    """Every packaged UI string (whole lines and prefixes), with its language."""
    return Lexicon.from_entries(_entries_of("ui_strings"))


@lru_cache(maxsize=1)
def inline_lexicon() -> Lexicon:
    """UI strings that stand inside an article's own text (advertising labels, "Story continues below")."""
    return Lexicon.from_entries(_entries_of("inline"))


@lru_cache(maxsize=1)
def section_lexicon() -> Lexicon:
    """Section headings after which a page's article has ended ("Related articles", "Comments")."""
    return Lexicon.from_entries(_entries_of("sections"))


@lru_cache(maxsize=1)
def legal_phrases() -> tuple[tuple[str, str], ...]:
    """Phrases that mark a copyright or policy line ("all rights reserved"), case-folded, with language."""
    return tuple((normalise_label(entry), lang) for entry, lang in _entries_of("legal"))


@lru_cache(maxsize=16)
def stopwords(lang: str) -> frozenset[str]:
    """The function words of ``lang`` (empty for a language without a list).

    >>> "the" in stopwords("en"), "und" in stopwords("de"), stopwords("xx")
    (True, True, frozenset())
    """
    folder = resources.files(__name__).joinpath("stopwords")
    item = folder.joinpath(f"{lang}.txt")
    if not item.is_file():
        return frozenset()
    return frozenset(
        word.casefold() for entry in read_entries(item.read_text(encoding="utf-8")) for word in entry.split()
    )
