"""Rejoin words and sentences that a line break split: chunk breaks, hard wraps, hyphenation."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from cleannews import words
from cleannews.document import Document, Edit, Line

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "rejoin"
SUMMARY = "rejoin words split by line breaks (chunk breaks, hard wraps, hyphenated line ends)"

SOFT_HYPHEN = "\u00ad"
_TAIL_WORD = re.compile(r"([^\W\d_](?:[^\W_]|['’.])*)([-\u00ad]?)$")
# The same read backwards from the end: searching for a "$"-anchored pattern tries every start
# position of a long line, which made this the slowest step of the pipeline.
_TAIL_RUN = re.compile(r"([-\u00ad]?)((?:[^\W_]|['’.])*)")
_LETTER = re.compile(r"[^\W\d_]")
_HEAD_WORD = re.compile(r"^([^\W\d_][^\W_]*(?:['’][^\W\d_]+)?)")
# Punctuation that never starts a line of its own: it was cut off the end of the previous one.
_CLINGS_LEFT = tuple(".,;:!?)]}%”’")
# "pre-\nand post-war": the hyphen belongs to a word whose second part comes later.
_SUSPENDED_HYPHEN = re.compile(r"^(?:and|or|to|nor|und|oder|bis|et|ou|y|o|e|en|of)\s+\S+-", re.IGNORECASE)
_SENTENCE_END = tuple(".!?…:;\"'”’)]")


#: A language code, or a function that works it out when a word frequency is first needed
#: (guessing the language of a document costs more than most documents' breaks).
Language = str | Callable[[], str]


def _resolved(lang: Language) -> str:
    return lang if isinstance(lang, str) else lang()


@dataclass(frozen=True, slots=True)
class Join:
    """How to mend one line break: the glue between the two lines, and why."""

    glue: str  # "" (same word, or a kept hyphen) or " " (between words)
    drop_tail: int  # characters to drop from the end of the first line (a wrap hyphen)
    kind: str
    confidence: float
    reason: str


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def decide(left: str, right: str, lang: Language, vocabulary: Container[str], layout: str = "none") -> Join | None:
    """Decide how the break between ``left`` and ``right`` (one paragraph) should be mended.

    ``layout`` is what the whole document says about its breaks (see :func:`classify_layout`).
    ``None`` keeps the line break: the evidence says it is a real one (a list, a heading,
    a verse), or there is no evidence either way.

    >>> decide("agreed to bolste", "r cooperation", "en", frozenset()).glue
    ''
    >>> decide("to expand the coop-", "eration between", "en", frozenset()).kind
    'hyphen-dropped'
    >>> decide("the U.S.-", "led alliance", "en", frozenset()).kind
    'hyphen-kept'
    >>> decide("they agreed to", "expand ties", "en", frozenset()).glue
    ' '
    >>> decide("Politics", "Sports", "en", frozenset()) is None
    True
    """
    if not left.strip() or not right.strip():
        return None
    left_s, right_s = left.rstrip(), right.lstrip()
    continues = _starts_lower(right_s) and not left_s.endswith(_SENTENCE_END[:4])
    if left[-1].isspace() or right[0].isspace():
        # The break sits beside a space: it separates two words.
        if continues or (layout != "none" and not left_s.endswith(_SENTENCE_END)):
            return Join(" ", 0, "space", 0.9, "break beside a space")
        return None
    if right_s.startswith(_CLINGS_LEFT) and not right_s.startswith(("’", "”")):
        return Join("", 0, "punctuation", 0.9, "punctuation cut off its line")
    if left_s.endswith("-") and _SUSPENDED_HYPHEN.match(right_s):
        return Join(" ", 0, "hyphen-kept", 0.9, "suspended hyphen (pre- and post-war)")
    tail = tail_word(left_s)
    head = _HEAD_WORD.match(right_s)
    if left_s.endswith("-") and len(left_s) > 1 and left_s[-2].isalnum() and right_s[0].isdigit():
        return Join("", 0, "hyphen-kept", 0.9, "hyphen before a number (COVID-19)")
    if tail and head:
        return _decide_word(tail[0], tail[1], head.group(1), lang, vocabulary, layout, len(left_s))
    if continues:
        return Join(" ", 0, "wrap", 0.7, "line continues in lower case")
    if layout == "chunk" and len(left_s) >= MIN_CHUNK_LINE and left_s[-1].isalnum() and right_s[0].isalnum():
        return Join("", 0, "chunk", 0.8, "chunked text: a break with no space beside it is inside a token")
    return None


# In chunked text, a line shorter than this is more likely a real line (a list entry) than a chunk.
MIN_CHUNK_LINE = 40


def _decide_word(
    fragment: str, hyphen: str, head: str, lang: Language, vocabulary: Container[str], layout: str, left_len: int
) -> Join | None:
    joined = fragment + head
    if hyphen == SOFT_HYPHEN:
        return Join("", 1, "hyphen-dropped", 1.0, "soft hyphen at line end")
    if hyphen:
        return _decide_hyphen(fragment, head, lang, vocabulary)
    if layout == "chunk" and (left_len >= MIN_CHUNK_LINE or head[0].islower()):
        return Join("", 0, "split-word", 0.9, "chunked text: a break with no space beside it is inside a word")
    if not head[0].islower():
        if layout == "wrap":
            return Join(" ", 0, "wrap", 0.85, "hard-wrapped paragraph")
        # "in the\nUnited States" or a new line of a list: no evidence either way.
        return None
    if layout == "wrap":
        return Join(" ", 0, "wrap", 0.9, "hard-wrapped paragraph: the break replaced a space")
    if joined.lower() in vocabulary:
        return Join("", 0, "split-word", 0.95, f'"{joined}" occurs elsewhere in the document')
    lang = _resolved(lang)
    joined_z = words.zipf(joined, lang)
    left_z, right_z = words.zipf(fragment, lang), words.zipf(head, lang)
    if joined_z >= 2.0 and (min(left_z, right_z) < 3.0 or joined_z > max(left_z, right_z)):
        confidence = min(0.99, 0.6 + 0.1 * (joined_z - min(left_z, right_z)))
        return Join("", 0, "split-word", confidence, f'"{joined}" is a word, "{fragment}"+"{head}" is not')
    return Join(" ", 0, "wrap", 0.8, "two whole words")


def classify_layout(lines: tuple[Line, ...]) -> str:
    """What the document's line breaks inside paragraphs are: "wrap", "chunk" or "none".

    Hard wraps break most lines of a paragraph near one width; chunk breaks are rare breaks
    in text whose paragraphs are otherwise long single lines.

    >>> classify_layout(Document.from_text("a" * 150 + "\\n\\n" + "b" * 70 + "\\nc").lines)
    'chunk'
    >>> classify_layout(Document.from_text("\\n".join(["w" * 58, "w" * 60, "w" * 57, "end"])).lines)
    'wrap'
    """
    widths: list[int] = []
    single_long = paragraphs = 0
    blank = [line.is_blank for line in lines]
    for i, line in enumerate(lines):
        if blank[i]:
            continue
        prev_blank = i == 0 or blank[i - 1]
        next_blank = i + 1 == len(lines) or blank[i + 1]
        paragraphs += prev_blank
        if not next_blank:
            widths.append(len(line.text.rstrip()))
        elif prev_blank and len(line.text) >= UNWRAPPED_LINE:
            single_long += 1
    if not widths:
        return "none"
    widest = max(widths)
    near_width = sum(w >= 0.7 * widest for w in widths)
    if len(widths) >= 3 and MIN_WRAP_WIDTH <= widest <= 160 and near_width >= 0.8 * len(widths):
        return "wrap"
    if single_long and len(widths) <= max(2, paragraphs // 3):
        return "chunk"
    return "none"


# Lines narrower than this are a list or a menu, not a wrapped paragraph.
MIN_WRAP_WIDTH = 30
# A one-line paragraph this long shows that the text is not hard-wrapped.
UNWRAPPED_LINE = 120


def _decide_hyphen(fragment: str, head: str, lang: Language, vocabulary: Container[str]) -> Join:
    joined = fragment + head
    hyphenated = f"{fragment}-{head}"
    keep = Join("", 0, "hyphen-kept", 0.9, f'"{hyphenated}" is a hyphenated compound')
    if fragment[-1] == "." or fragment[-1].isupper() or not head[0].islower():
        return keep  # "U.S.-led", "COVID-19", "Seoul-Washington"
    if hyphenated.lower() in vocabulary:
        return keep
    if joined.lower() in vocabulary:
        return Join("", 1, "hyphen-dropped", 0.95, f'"{joined}" occurs elsewhere in the document')
    lang = _resolved(lang)
    joined_z = words.zipf(joined, lang)
    if joined_z >= 1.5 and joined_z > words.zipf(head, lang) - 1.0:
        return Join("", 1, "hyphen-dropped", min(0.99, 0.6 + 0.1 * joined_z), f'"{joined}" is a word')
    return keep


def tail_word(text: str) -> tuple[str, str] | None:
    """The word at the end of ``text`` and its trailing hyphen, as ``_TAIL_WORD.search`` finds them.

    >>> tail_word("the U.S.-"), tail_word("ready 2"), tail_word("to bolste")
    (('U.S.', '-'), None, ('bolste', ''))
    """
    run = _TAIL_RUN.match(text[::-1])
    if run is None:
        return None
    word = run.group(2)[::-1]
    first = _LETTER.search(word)
    if first is None:
        return None
    return word[first.start() :], run.group(1)


_VOCABULARY_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def document_vocabulary(lines: tuple[Line, ...]) -> frozenset[str]:
    """Lower-cased words of the document, hyphenated compounds included."""
    # Lines are read in blocks (a word never spans the line breaks that join them): one regex
    # call per block is fast, and memory stays small however long the document is.
    found: set[str] = set()
    for start in range(0, len(lines), 512):
        block = "\n".join(line.text for line in lines[start : start + 512])
        found.update(w.lower() for w in _VOCABULARY_WORD.findall(block))
    return frozenset(found)


def text_prefix(lines: tuple[Line, ...], size: int) -> str:
    """The first ``size`` characters of the document's text, without joining all of it.

    >>> text_prefix(Document.from_text("ab\\ncd\\nef").lines, 4)
    'ab\\nc'
    """
    parts: list[str] = []
    length = 0
    for line in lines:
        parts.append(line.text)
        length += len(line.text) + 1
        if length > size:
            break
    return "\n".join(parts)[:size]


class _LazyVocabulary(Container[str]):
    """The document's vocabulary, built on the first lookup (most breaks are decided without it)."""

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self._lines = lines
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = document_vocabulary(self._lines)
        return word in self._words


def rejoin(doc: Document, cfg: Config) -> Document:
    """Mend line breaks inside paragraphs; real breaks (lists, verse, headings) stay.

    Runs after chrome removal, so a word split around a removed line is rejoined too.

    >>> from cleannews.config import Config
    >>> rejoin(Document.from_text("to bolste\\nr ties"), Config()).text
    'to bolster ties'
    >>> rejoin(Document.from_text("the U.S.-\\nled alliance"), Config()).text
    'the U.S.-led alliance'
    """
    lang = cache(lambda: words.resolve_language(cfg.lang, text_prefix(doc.lines, words.LANGUAGE_SAMPLE)))
    layout = classify_layout(doc.lines)
    vocabulary = _LazyVocabulary(doc.lines)
    lines: list[Line] = []
    last_origin: list[int] = []  # the input line each working line currently ends on
    last_length: list[int] = []  # and the length of that input line
    edits: list[Edit] = []
    previous_blank = True  # whether the last working line is blank (or there is none yet)
    for line in doc.lines:
        line_blank = line.is_blank
        if not previous_blank and not line_blank:
            previous = lines[-1]
            # One break after a line longer than anyone wraps at is a chunk break, whatever the rest.
            here = "chunk" if layout == "none" and last_length[-1] >= UNWRAPPED_LINE else layout
            join = decide(previous.text, line.text, lang, vocabulary, here)
            if join is not None and join.confidence >= cfg.rejoin_threshold:
                before, after = mend(previous.text, line.text, join)
                edits.append(Edit(NAME, last_origin[-1], before, after, join.reason, join.kind, join.confidence))
                lines[-1] = Line(_merge(previous.text, line.text, join), previous.origin)
                last_origin[-1], last_length[-1] = line.origin, len(line.text)
                continue
        lines.append(line)
        last_origin.append(line.origin)
        last_length.append(len(line.text))
        previous_blank = line_blank
    if not edits:
        return doc
    return doc.replace(lines=tuple(lines), edits=doc.edits + tuple(edits))


def _merge(left: str, right: str, join: Join) -> str:
    kept = left.rstrip()
    return kept[: len(kept) - join.drop_tail] + join.glue + right.lstrip()


def mend(left: str, right: str, join: Join) -> tuple[str, str]:
    """The words on both sides of the break, before and after mending, for the edit record.

    >>> mend("agreed to bolste", "r cooperation", Join("", 0, "split-word", 1.0, ""))
    ('bolste\\nr', 'bolster')
    """
    start = left.rstrip().rfind(" ") + 1
    stripped = right.lstrip()
    first_space = stripped.find(" ")
    end = len(right) - len(stripped) + (first_space if first_space >= 0 else len(stripped))
    before = left[start:] + "\n" + right[:end]
    return before, _merge(left[start:], right[:end], join)
