"""A site's boilerplate learnt across a batch: lines that recur in many documents (CCNet-style line hashing).

The profile is built as a map-reduce, so any executor can build it and the result never depends
on file order or on how the files were split between workers:

- map: :meth:`LineTally.add_text` per document notes its normalised line hashes, and the
  document's *story*: a fingerprint of its longest lines. Copies of one article (a wire story
  republished, a page saved twice) share their story, and count once: the lines they share are
  the story's, not the site's, and must not be learnt as boilerplate;
- reduce: :meth:`LineTally.update` merges the partitions' tallies (in any order, any grouping);
- threshold: :func:`build_profile` keeps the hashes seen in at least ``min_docs`` stories and
  at least ``min_share`` of them.

>>> pages = ["Home\\nWorld\\nStory one is here.", "Home\\nWorld\\nStory two is there.", "Home\\nOther story."]
>>> tally = LineTally()
>>> for page in [*pages, pages[0], pages[0]]:  # the first page saved three times: one story
...     tally.add_text(page)
>>> profile = build_profile(tally.support(), n_docs=tally.n_stories, min_docs=2, min_share=0.5)
>>> profile.documents_with("HOME"), profile.documents_with("world"), profile.documents_with("Story one is here.")
(3, 2, None)
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter, methodcaller
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cleannews import regexes

FORMAT = "cleannews-profile/1"
#: Defaults for a batch: a line is boilerplate when at least 3 documents and 10% of them share it.
MIN_DOCS = 3
MIN_SHARE = 0.1
# A normalised line shorter than this carries too little to call it a site's own ("0", "a").
_MIN_KEY_CHARS = 2

_DIGITS = regexes.compile(r"\d")
_PUNCT_OR_SPACE = regexes.compile(r"[\W_]+")
_NON_ASCII = regexes.compile(r"[^\x00-\x7f]")
# Typographic punctuation of clean text: each is \W, and stays \W under NFKD and case folding,
# so it may be read as a space before the ASCII fast path.
_TYPOGRAPHY = regexes.compile("[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7\u00a0]")
# ASCII bytes to key bytes: letters lower-cased, digits as 0, everything else a space.
_ASCII_KEY = bytes(
    (b + 32 if 65 <= b <= 90 else 48 if 48 <= b <= 57 else b if 97 <= b <= 122 else 32) for b in range(256)
)

# The same, with line breaks kept (to make the keys of many lines at once).
_ASCII_KEY_LINES = _ASCII_KEY[:10] + b"\n" + _ASCII_KEY[11:]


@lru_cache(maxsize=4096)
def _without_mark(char: str) -> str:
    return "" if unicodedata.combining(char) else char


def _fold(text: str) -> str:
    """Case-folded, NFKD, combining marks dropped, digits as 0."""
    text = text.casefold()
    if not text.isascii():
        text = _NON_ASCII.sub(lambda m: _without_mark(m.group()), unicodedata.normalize("NFKD", text))
    return _DIGITS.sub("0", text)


def normalise_line(text: str) -> str:
    """A line as CCNet compares lines: case-folded, accents and punctuation removed, digits as 0.

    >>> normalise_line("  © 2024 Daily Gazette — All rights reserved. ")
    '0000 daily gazette all rights reserved'
    >>> normalise_line("Café, crème!") == normalise_line("cafe creme")
    True
    """
    return _PUNCT_OR_SPACE.sub(" ", _fold(text)).strip()


def _key_bytes(text: str) -> bytes | None:
    """:func:`normalise_line` as UTF-8, through byte tables when the line is ASCII but for
    typographic punctuation (most lines of news text); None when too short to count."""
    if not text.isascii():
        text = _TYPOGRAPHY.sub(" ", text)
        if not text.isascii():
            key = normalise_line(text)
            return key.encode("utf-8") if len(key) >= _MIN_KEY_CHARS else None
    ascii_key = b" ".join(text.encode("ascii").translate(_ASCII_KEY).split())
    return ascii_key if len(ascii_key) >= _MIN_KEY_CHARS else None


def _hash_key(key: bytes | None) -> str | None:
    return None if key is None else _digest(key)


def _digest(key: bytes) -> str:
    return hashlib.sha1(key).hexdigest()[:16]


# What _digest keeps of a SHA-1's hex digits, as a function (for C loops).
_DIGEST_PREFIX = itemgetter(slice(16))


def line_hash(text: str) -> str | None:
    """The key a line is counted under (16 hex digits of SHA-1 of the normalised line), or None.

    >>> line_hash("Share this article") == line_hash("SHARE this article!")
    True
    >>> line_hash("   "), line_hash("—")
    (None, None)
    """
    return _hash_key(_key_bytes(text))


def count_lines(text: str) -> Counter[str]:
    """Map step for one document: each distinct line hash once (a line repeated in one page counts once).

    >>> sorted(count_lines("Menu\\nMenu\\n\\nStory.").values())
    [1, 1]
    """
    keys = {_key_bytes(line) for line in set(text.splitlines())}
    return Counter({digest for key in keys if (digest := _hash_key(key)) is not None})


#: A document's story is told by this many of its longest lines.
STORY_LINES = 3
#: Stories are told apart for each line up to this many; past it, its documents are counted.
STORY_CAP = 64


def document_lines(text: str) -> tuple[str, set[str]]:
    """A document's story fingerprint (see :class:`LineTally`) and its distinct line hashes.

    >>> story, lines = document_lines("Menu\\nA long paragraph of the article.\\nMenu")
    >>> story == document_lines("Other menu\\nA long paragraph of the article.")[0], len(lines)
    (False, 2)
    """
    keys = {key for line in set(text.splitlines()) if (key := _key_bytes(line)) is not None}
    longest = sorted(sorted(keys, key=lambda key: (-len(key), key))[:STORY_LINES])  # ties by text: no set order
    story = hashlib.sha1(b"\n".join(longest)).hexdigest()[:16]
    return story, {digest for key in keys if (digest := _hash_key(key)) is not None}


@dataclass(slots=True)
class LineTally:
    """What a batch's documents say about each line: the stories that hold it, and how many documents.

    Site boilerplate recurs across different articles; a line is counted once per story, so
    that copies of one article (whose lines all recur) teach nothing. A story is the fingerprint
    of a document's :data:`STORY_LINES` longest lines: copies share it, articles differ in it.

    >>> a, b = LineTally(), LineTally()
    >>> a.add_text("Home\\nFirst story, told at length.")
    >>> b.add_text("Home\\nFirst story, told at length.")
    >>> b.add_text("Home\\nSecond story, told at length.")
    >>> a.update(b)
    >>> a.documents, a.n_stories, a.support()[line_hash("Home")]
    (3, 2, 2)
    """

    documents: int = 0
    stories: set[str] = field(default_factory=set)
    # Line hash -> the story (one) or stories (a set) holding it; None past STORY_CAP stories.
    holders: dict[str, str | set[str] | None] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)  # line hash -> documents holding it

    @property
    def n_stories(self) -> int:
        return len(self.stories)

    def add_text(self, text: str) -> None:
        """Map step: note one document."""
        story, lines = document_lines(text)
        self.documents += 1
        self.stories.add(story)
        self.counts.update(lines)
        for line in lines:
            self._hold(line, story)

    def update(self, other: LineTally) -> None:
        """Reduce step: fold in another partition's tally (commutative and associative)."""
        self.documents += other.documents
        self.stories |= other.stories
        self.counts.update(other.counts)
        for line, held in other.holders.items():
            if held is None:
                self.holders[line] = None
            else:
                for story in [held] if isinstance(held, str) else held:
                    self._hold(line, story)

    def _hold(self, line: str, story: str) -> None:
        held = self.holders.get(line, "")
        if held == "":
            self.holders[line] = story
        elif isinstance(held, str):
            if held != story:
                self.holders[line] = {held, story}
        elif held is not None:
            held.add(story)
            if len(held) >= STORY_CAP:
                self.holders[line] = None

    def support(self) -> dict[str, int]:
        """Line hash -> the stories that hold it (its documents, once past :data:`STORY_CAP`)."""
        return {
            line: self.counts[line] if held is None else 1 if isinstance(held, str) else len(held)
            for line, held in self.holders.items()
        }


def merge(*counts: Mapping[str, int]) -> Counter[str]:
    """Reduce step: the sum of several counters (documents per hash), in any order.

    >>> merge(Counter(a=1, b=2), Counter(b=1)) == merge(Counter(b=1), Counter(a=1, b=2))
    True
    """
    total: Counter[str] = Counter()
    for part in counts:
        total.update(part)
    return total


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """The lines a site repeats across its pages: hash -> number of documents that contain it."""

    n_docs: int
    min_docs: int
    min_share: float
    counts: Mapping[str, int] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", MappingProxyType(dict(self.counts)))

    def __hash__(self) -> int:
        return hash((self.n_docs, self.min_docs, self.min_share, tuple(sorted(self.counts.items()))))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SiteProfile):
            return NotImplemented
        return (self.n_docs, self.min_docs, self.min_share, dict(self.counts)) == (
            other.n_docs,
            other.min_docs,
            other.min_share,
            dict(other.counts),
        )

    def __len__(self) -> int:
        return len(self.counts)

    def __reduce__(self) -> tuple[type[SiteProfile], tuple[int, int, float, dict[str, int]]]:
        # Sent to worker processes with each job; a read-only mapping proxy does not pickle.
        return SiteProfile, (self.n_docs, self.min_docs, self.min_share, dict(self.counts))

    def documents_with(self, line: str) -> int | None:
        """How many documents of the batch contain ``line``, if it is boilerplate; else None."""
        key = line_hash(line)
        return None if key is None else self.counts.get(key)

    def documents_with_lines(self, lines: Sequence[str]) -> list[int | None]:
        """:meth:`documents_with` of each of ``lines`` (none holding a line break), the keys of
        the ASCII ones made at once.

        >>> profile = SiteProfile(5, 3, 0.1, {line_hash("Share this article"): 4})
        >>> lines = ["SHARE this article!", "Share: this — article", "The story.", "—"]
        >>> profile.documents_with_lines(lines) == [profile.documents_with(line) for line in lines]
        True
        """
        if not lines:
            return []
        page = "\n".join(lines)
        if not page.isascii():
            page = _TYPOGRAPHY.sub(" ", page)  # (as _key_bytes reads each line)
        texts = page.split("\n")
        is_ascii = list(map(str.isascii, texts))
        every = all(is_ascii)
        plain = page if every else "\n".join(compress(texts, is_ascii))
        ascii_keys = map(b" ".join, map(bytes.split, plain.encode("ascii").translate(_ASCII_KEY_LINES).split(b"\n")))
        keys: list[bytes]
        if every:
            keys = list(ascii_keys)
        else:
            pairs = zip(texts, is_ascii, strict=True)
            keys = [next(ascii_keys) if plain_line else _key_bytes(text) or b"" for text, plain_line in pairs]
        # The keys long enough to count, hashed and looked up in C loops.
        counted = list(compress(range(len(keys)), map(_MIN_KEY_CHARS.__le__, map(len, keys))))
        digests = map(_DIGEST_PREFIX, map(methodcaller("hexdigest"), map(hashlib.sha1, map(keys.__getitem__, counted))))
        found: list[int | None] = [None] * len(keys)
        deque(map(found.__setitem__, counted, map(self.counts.get, digests)), maxlen=0)
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "n_docs": self.n_docs,
            "min_docs": self.min_docs,
            "min_share": self.min_share,
            "lines": dict(sorted(self.counts.items())),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SiteProfile:
        """A profile from its JSON form; a ValueError says what is wrong with it."""
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise ValueError(f"not a cleannews profile (expected format {FORMAT!r})")
        lines = data.get("lines")
        if not isinstance(lines, Mapping) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in lines.items()
        ):
            raise ValueError("'lines' must map line hashes to document counts")
        try:
            return cls(int(data["n_docs"]), int(data["min_docs"]), float(data["min_share"]), dict(lines))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"bad or missing field: {exc}") from None

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=1, sort_keys=False) + "\n"

    @classmethod
    def loads(cls, text: str) -> SiteProfile:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON: {exc}") from None
        return cls.from_json(data)


def threshold(n_docs: int, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE) -> int:
    """The number of documents a line must appear in to count as boilerplate.

    >>> threshold(10), threshold(200), threshold(2)
    (3, 20, 3)
    """
    return max(min_docs, -(-round(min_share * n_docs * 1e6) // 1_000_000))


def build_profile(
    counts: Mapping[str, int], n_docs: int, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE
) -> SiteProfile:
    """Threshold step: keep the hashes found in enough documents.

    >>> build_profile(Counter(a=5, b=1), n_docs=5).counts == {"a": 5}
    True
    """
    if n_docs < 0 or min_docs < 1 or not 0 <= min_share <= 1:
        raise ValueError("n_docs >= 0, min_docs >= 1 and 0 <= min_share <= 1 are required")
    need = threshold(n_docs, min_docs, min_share)
    return SiteProfile(n_docs, min_docs, min_share, {k: v for k, v in counts.items() if v >= need})


def profile_from_texts(texts: Iterable[str], min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE) -> SiteProfile:
    """The three steps in one process, for a batch that fits in one."""
    tally = LineTally()
    for text in texts:
        tally.add_text(text)
    return build_profile(tally.support(), tally.n_stories, min_docs, min_share)


def load_profile(path: Path) -> SiteProfile:
    """Read a profile saved by ``cleannews profile build``."""
    return SiteProfile.loads(path.read_text(encoding="utf-8"))


def text_files(paths: Iterable[str | Path], pattern: str = "*.txt") -> list[Path]:
    """The files named, and those matching ``pattern`` under the directories named, sorted."""
    found: set[Path] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.update(p for p in path.rglob(pattern) if p.is_file())
        else:
            found.add(path)
    return sorted(found)


def profile_from_files(
    paths: Iterable[Path], min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE, encoding: str | None = None
) -> tuple[SiteProfile, list[str]]:
    """A profile of the files that could be read, and one message per file that could not."""
    from cleannews.errors import CleannewsError
    from cleannews.files import read_path

    tally = LineTally()
    failures = []
    for path in paths:
        try:
            text = read_path(str(path), encoding)
        except CleannewsError as exc:
            failures.append(exc.message)
            continue
        tally.add_text(text)
    return build_profile(tally.support(), tally.n_stories, min_docs, min_share), failures
