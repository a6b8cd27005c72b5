"""Packaged data the passes consult: UI strings, section markers, legal lines, stopwords (data, not code).

Each kind lives in its own folder, one file per language (``ui_strings/en.txt``, ...), one entry
per line; blank lines and ``#`` comments are skipped. An entry that ends with ``*`` matches any
line that starts with it ("Share on *" matches "Share on Facebook"); one that starts with ``*``
matches a line of at most four words that ends with it, punctuation included ("* says:" matches
"janedoe says:", the head of a comment).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress, repeat
from operator import and_, is_, is_not, itemgetter, methodcaller
from pathlib import Path
from typing import TYPE_CHECKING

from cleannews import regexes

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_SPACES = regexes.compile(r"\s+")
_DIGITS = regexes.compile(r"\d+")
_BRACKETS = regexes.compile(r"[()\[\]{}]")
_BRACKET_OR_DIGIT = regexes.compile(r"[()\[\]{}\d]")
# Characters that show nothing and so never tell two labels apart: zero-width spaces and joiners,
# the word joiner, a byte-order mark, a soft hyphen ("Menu\u200b" is "Menu").
_INVISIBLE = regexes.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
# A line's first word, up to where a prefix entry may end: a prefix entry keeps its own end
# ("Read more:" apart from "Read more about").
_FIRST_WORD = regexes.compile("[^ :：]*[ :：]")
# Decoration around a UI label that does not change what it is: "Search:", "» Next", "Menu |".
_DECORATION = " \t.:;,!?|»«›‹>→←·•*-–—()[]<>/\\+=#\"'“”‘’…▶►▸▼▾▲✓✕✖×"

#: The longest line a suffix entry ("* says:") matches: a name and the verb.
MAX_SUFFIX_WORDS = 4

#: The longest line (in words) that several whole entries back to back may make.
MAX_COMPOUND_WORDS = 8

#: The languages every lexicon kind covers.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ko", "ja", "zh")


def normalise_label(text: str) -> str:
    """The key a line is matched under: case-folded, NFKC, brackets dropped, every number made 0,
    spaces collapsed, decoration trimmed.

    >>> normalise_label("  Close this  Search box. ")
    'close this search box'
    >>> normalise_label("» Next ›"), normalise_label("Comments (12)"), normalise_label("5 min read")
    ('next', 'comments 0', '0 min read')
    >>> normalise_label("Expand\u200b") == normalise_label("expand")
    True
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    if _BRACKET_OR_DIGIT.search(text):
        text = _DIGITS.sub("0", _BRACKETS.sub(" ", text))
    # str.split() splits where the regex \s does; the spaces it drops at the ends are decoration.
    return " ".join(text.split()).strip(_DECORATION)


# normalise_label on ASCII: case folded, digits made 0 (a run of them then squeezed into one),
# brackets and every space made one space (runs of them then squeezed), line breaks kept.
_ASCII_LABELS = str.maketrans(
    {
        c: "0" if c.isdigit() else " " if c in "()[]{}" or c.isspace() else c.lower()
        for c in map(chr, range(128))
        if c != "\n"
    }
)


def normalise_labels(texts: Sequence[str]) -> list[str]:
    """``normalise_label`` of each text (none holding a line break): the labels of ASCII lines,
    most lines of most pages, made all at once.

    >>> texts = ["  Close this  Search box. ", "» Next ›", "Comments (12)", "5 min read", "ŒUVRES (2)"]
    >>> normalise_labels(texts) == [normalise_label(text) for text in texts]
    True
    """
    is_ascii = list(map(str.isascii, texts))
    page = "\n".join(compress(texts, is_ascii)).translate(_ASCII_LABELS)
    while "00" in page:
        page = page.replace("00", "0")
    while "  " in page:
        page = page.replace("  ", " ")
    ascii_labels = map(str.strip, page.split("\n"), repeat(_DECORATION))
    return [next(ascii_labels) if plain else normalise_label(text) for text, plain in zip(texts, is_ascii, strict=True)]


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

    Where several prefix entries match, the first given wins:

    >>> Lexicon.from_entries([("Read more *", "en"), ("Read *", "de")]).match("Read more now")
    Match(entry='read more *', source='en')
    >>> Lexicon.from_entries([("Read *", "de"), ("Read more *", "en")]).match("Read more now")
    Match(entry='read *', source='de')
    """

    __slots__ = ("_compounds", "_prefixes", "_starts", "_suffixes", "_whole")

    def __init__(
        self,
        whole: dict[str, str],
        prefixes: dict[str, str],
        suffixes: dict[str, str] | None = None,
        compounds: bool = False,
    ) -> None:
        self._whole = whole
        # With ``compounds``, a short line of whole entries back to back matches too ("Copy link URL
        # copied", "Share Tweet Email"): a row of buttons that a dump put on one line.
        self._compounds = compounds
        self._starts = frozenset(key.split(" ", 1)[0] for key in whole) if compounds else frozenset()
        # Prefix entries by their first word ("read more:*" under "read ", with its end), in the
        # order given: where several match a line, the first given wins.
        self._prefixes: dict[str, list[tuple[str, str]]] = {}
        for prefix, source in prefixes.items():
            self._prefixes.setdefault(_first_word(prefix), []).append((prefix, source))
        self._suffixes = suffixes or {}

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]], compounds: bool = False) -> Lexicon:
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
        return cls(whole, prefixes, suffixes, compounds)

    def __len__(self) -> int:
        return len(self._whole) + sum(map(len, self._prefixes.values())) + len(self._suffixes)

    def __contains__(self, label: str) -> bool:
        return self.match(label) is not None

    def match(self, text: str, key: str | None = None) -> Match | None:
        """The entry matching ``text`` as a whole line, or as a line that starts with a prefix entry
        (or, a short line, ends with a suffix entry); ``key`` is ``normalise_label(text)``, when the
        caller has it already."""
        return self.match_lines([text], None if key is None else [key])[0]

    def match_lines(self, texts: Sequence[str], keys: Sequence[str] | None = None) -> list[Match | None]:
        """The entry matching each of ``texts`` (see ``match``), looked up for all of them at
        once; ``keys``: their ``normalise_label``, when the caller has them.

        >>> lex = Lexicon.from_entries([("Share", "en"), ("Read more:*", "en"), ("* says:", "en")])
        >>> [hit and hit.entry for hit in lex.match_lines(["Share", "", "Read more: Storm", "Jo says:", "Storm"])]
        ['share', None, 'read more:*', '* says:', None]
        """
        if keys is None:
            keys = normalise_labels(texts)
        found: list[Match | None] = [None] * len(keys)
        sources = list(map(self._whole.get, keys))
        for k in compress(range(len(keys)), map(is_not, sources, repeat(None))):
            found[k] = Match(keys[k], sources[k] or "")
        rest = [k for k in compress(range(len(keys)), keys) if found[k] is None]
        if self._prefixes and rest:
            # Only the prefix entries filed under a line's first word may match it.
            probes = [keys[k] + " " for k in rest]
            filed = list(map(self._prefixes.get, map(methodcaller("group"), map(_FIRST_WORD.match, probes))))
            for j in compress(range(len(rest)), filed):
                for prefix, source in filed[j] or ():
                    if probes[j].startswith(prefix):
                        found[rest[j]] = Match(
                            prefix.rstrip() + ("*" if prefix.endswith((":", "：")) else " *"), source
                        )
                        break
            rest = [k for k in rest if found[k] is None]
        if self._suffixes and rest:
            words = map(len, map(str.split, map(texts.__getitem__, rest)))
            rest = [k for k, count in zip(rest, words, strict=True) if count <= MAX_SUFFIX_WORDS]
            folded = map(str.casefold, map(partial(unicodedata.normalize, "NFKC"), map(texts.__getitem__, rest)))
            lines = list(map(_SPACES.sub, repeat(" "), map(str.strip, folded)))
            for j in compress(range(len(rest)), map(str.endswith, lines, repeat(tuple(self._suffixes)))):
                for suffix, source in self._suffixes.items():
                    if lines[j].endswith(suffix) and len(lines[j]) > len(suffix):
                        found[rest[j]] = Match("*" + suffix, source)
                        break
        if self._compounds:
            # Lines not matched yet whose first word starts an entry, picked out in C loops.
            first_words = map(itemgetter(0), map(str.partition, keys, repeat(" ")))
            open_rows = map(and_, map(is_, found, repeat(None)), map(self._starts.__contains__, first_words))
            for k in compress(range(len(keys)), open_rows):
                # (a label that introduces what follows, "See more photos:", is no row of buttons)
                if keys[k].count(" ") < MAX_COMPOUND_WORDS and not texts[k].rstrip().endswith(":"):
                    found[k] = self._compound(keys[k])
        return found

    def _compound(self, key: str) -> Match | None:
        """The whole entries that make up ``key`` back to back, two of them or more, joined by " + "
        (the first entry's language is the match's), or None.

        >>> lex = Lexicon.from_entries([("Copy link", "en"), ("URL copied", "en"), ("Share", "en")], compounds=True)
        >>> lex.match("Copy Link URL Copied!")
        Match(entry='copy link + url copied', source='en')
        >>> lex.match("Share | Share"), lex.match("Copy link now"), lex.match("Share"), lex.match("Share Share:")
        (Match(entry='share + share', source='en'), None, Match(entry='share', source='en'), None)
        """
        words = [word for word in (part.strip(_DECORATION) for part in key.split(" ")) if word]
        if not 2 <= len(words) <= MAX_COMPOUND_WORDS:
            return None
        # ways[i]: the entries that make up words[:i], fewest first found; None where none do.
        ways: list[list[str] | None] = [[]] + [None] * len(words)
        for end in range(1, len(words) + 1):
            for start in range(end):
                before = ways[start]
                if before is not None and (part := " ".join(words[start:end])) in self._whole:
                    ways[end] = [*before, part]
                    break
        parts = ways[-1]
        if parts is None or len(parts) < 2:
            return None
        return Match(" + ".join(parts), self._whole[parts[0]])


def _first_word(prefix: str) -> str:
    """A prefix up to the first place where a prefix entry may end, that place included.

    >>> _first_word("read more: storm "), _first_word("photo:"), _first_word("share on ")
    ('read ', 'photo:', 'share ')
    """
    found = _FIRST_WORD.match(prefix)
    return prefix if found is None else found.group()


@lru_cache(maxsize=1)
def data_files() -> Traversable:
    """The folder of the packaged data: this package's folder on disk, or, in a zipped package,
    ``importlib.resources``' view of it (whose import alone takes about ten milliseconds of a start-up).
    """
    here = Path(__file__).parent
    if here.is_dir():
        return here
    from importlib import resources

    return resources.files(__name__)


def _entries_of(kind: str) -> list[tuple[str, str]]:
    folder = data_files().joinpath(kind)
    entries: list[tuple[str, str]] = []
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if item.name.endswith(".txt"):
            lang = item.name.removesuffix(".txt")
            entries.extend((entry, lang) for entry in read_entries(item.read_text(encoding="utf-8")))
    return entries


@lru_cache(maxsize=1)
def ui_lexicon() -> Lexicon:
    """Every packaged UI string (whole lines and prefixes), with its language."""
    return Lexicon.from_entries(_entries_of("ui_strings"), compounds=True)


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
    folder = data_files().joinpath("stopwords")
    item = folder.joinpath(f"{lang}.txt")
    if not item.is_file():
        return frozenset()
    return frozenset(
        word.casefold() for entry in read_entries(item.read_text(encoding="utf-8")) for word in entry.split()
    )
