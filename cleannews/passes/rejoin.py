"""Rejoin words and sentences that a line break split: chunk breaks, hard wraps, hyphenation.

A line break inside a paragraph is one of three artefacts, or a real break:

- a **chunk break**: a scraper cut the text every N characters, wherever that fell. It adds a
  newline and removes nothing, so a break with no space beside it is inside a token
  ("bolste\\nr", "2,0\\n00", "said\\n. The") and one beside a space separates two words;
- a **hard wrap**: a paragraph wrapped at a fixed width, a space replaced by a newline (possibly
  after a hyphen: "coop-\\neration" drops it, "U.S.-\\nled" keeps it);
- a **real break**: a list, an address, a verse, a table, a heading.

The pass first reads the layout of the whole document: the width lines are wrapped at (a line
that ends a wrap could not have held the next word), and the interval of chunk breaks (chunk
breaks fall a constant number of characters apart). Each break is then decided from that layout
and from local evidence: word frequencies (:mod:`cleannews.words`), the document's own vocabulary,
capitals, digits and punctuation. Each join records its kind and a confidence; joins below
``Config.rejoin_threshold`` are not made. Breaks beside a letter of a script written without
spaces between words (Chinese, Japanese, Korean, Thai...) are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleannews import words
from cleannews.document import Document, Edit, Line

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "rejoin"
SUMMARY = "rejoin words split by line breaks (chunk breaks, hard wraps, hyphenated line ends)"

SOFT_HYPHEN = "\u00ad"
# Scripts without spaces between words (and Hangul, whose breaks cannot be told apart): left alone.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\u2fff\u3000-\u30ff"
    r"\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_LAST_TOKEN = re.compile(r"\S+$")
_FIRST_TOKEN = re.compile(r"^\S+")
_TAIL_LETTERS = re.compile(r"([^\W\d_]+)$")
_HEAD_LETTERS = re.compile(r"^([^\W\d_]+)")
# Punctuation that never starts a line of its own: it was cut off the end of the previous one.
_CLINGS_LEFT = re.compile(
    r"^(?:(?:[,;:!?%)\]}”’»\"']+|\.(?!\.)|\.\.\.|…)(?=[\s\"'”’»)\]},.;:!?]|$)|[’'](?:s|t|d|ll|re|ve|m)\b)"
)
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|[\w.+-]+@[\w-]+\.)", re.IGNORECASE)
_OPENS = tuple("([{“‘«„")
_SENTENCE_END = tuple(".!?…:;")
_CLOSERS = "\"'”’»)]"
_BULLET = re.compile(r"^(?:[-–—•*·▪►✓✔→>|#]|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)")
_ABBREVIATION_TAIL = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+$")
_ABBREVIATION_HEAD = re.compile(r"^[A-Z]\.")
_NUMBER_TAIL = re.compile(r"(?:^|[^\w,.])(\d[\d,.]*)$")
_NUMBER_HEAD = re.compile(r"^(\d[\d,.]*\d|\d)")
_GROUPED = re.compile(r"^\d{1,3}(?:([,.])\d{3})+(?:[.,]\d+)?$")
# Words after a line-end hyphen that mark it as suspended: "pre-\nand post-war".
_CONJUNCTIONS = frozenset(
    {
        "and",
        "or",
        "nor",
        "to",
        "und",
        "oder",
        "bis",
        "sowie",
        "et",
        "ou",
        "à",
        "y",
        "o",
        "e",
        "u",
        "en",
        "of",
        "tot",
        "und/oder",
        "and/or",
    }
)
# A single letter that is a word of its own; any other lone letter is a fragment.
_ONE_LETTER_WORDS = {
    "en": "ai",
    "de": "",
    "fr": "aày",
    "es": "aeouy",
    "pt": "aeoàé",
    "it": "aeèio",
    "nl": "",
}


@dataclass(frozen=True, slots=True)
class Join:
    """How to mend one line break: the glue between the two lines, and why."""

    glue: str  # "" (same word, or a kept hyphen) or " " (between words)
    drop_tail: int  # characters to drop from the end of the first line (a wrap hyphen)
    kind: str
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class Layout:
    """What the whole document says about its line breaks.

    ``wrap_width``: the width paragraphs are hard-wrapped at, if they are. ``chunk_period`` and
    ``chunk_phase``: offsets (in the text joined with "\\n") of the newlines a chunking scraper
    inserted, if there is a regular series of them. ``chunked``: some breaks can only be chunk
    breaks.
    """

    wrap_width: int | None = None
    chunk_period: int | None = None
    chunk_phase: int = 0
    chunked: bool = False


@dataclass(frozen=True, slots=True)
class Break:
    """A line break between two non-blank lines: the lines, and the newline's offset in the text."""

    left: str
    right: str
    offset: int

    @property
    def tail(self) -> str:
        return self.left.rstrip()

    @property
    def head(self) -> str:
        return self.right.lstrip()

    @property
    def spaced(self) -> bool:
        """A space sits beside the break: it cannot be inside a word."""
        return self.left[-1:].isspace() or self.right[:1].isspace()

    @property
    def indented(self) -> bool:
        return self.left[:1].isspace()

    @property
    def need(self) -> int:
        """Width the left line would have needed to hold the next word too."""
        first = _FIRST_TOKEN.match(self.head)
        return len(self.tail) + 1 + (len(first.group()) if first else 0)

    @property
    def continues(self) -> bool:
        """The left line stops inside a sentence, the right one carries on in lower case."""
        return self.head[:1].islower() and self.tail[-1:].isalnum()


def candidate_breaks(lines: tuple[Line, ...]) -> list[tuple[int, Break]]:
    """Every break between two non-blank lines, with the index of its left line."""
    found: list[tuple[int, Break]] = []
    offset = -1
    for i, line in enumerate(lines):
        offset += len(line.text) + 1
        if i + 1 < len(lines) and not line.is_blank and not lines[i + 1].is_blank:
            found.append((i, Break(line.text, lines[i + 1].text, offset)))
    return found


def _is_artefact(brk: Break) -> bool:
    """Whether a break cannot be a real one (it must be a chunk break or a wrap)."""
    tail, head = brk.tail, brk.head
    if brk.continues or tail.endswith(SOFT_HYPHEN):
        return True
    if _CLINGS_LEFT.match(head) and tail[-1:].isalnum():
        return True
    return tail.endswith(_OPENS) and not brk.spaced


def _wrap_width(breaks: list[Break]) -> tuple[int | None, int]:
    """The width at which most artefact breaks are greedy wraps, if any, and how many breaks fit it.

    A greedy wrap at width W breaks a line of at most W characters that could not have held the
    next word: ``len(line) <= W < len(line) + 1 + len(next word)``.
    """
    artefacts = [b for b in breaks if _is_artefact(b) and not b.spaced and b.tail[-1:] != "-"]
    if len(artefacts) < 2:
        return None, 0
    best, fitting = None, 0
    for width in sorted({len(b.tail) for b in breaks if 20 <= len(b.tail) <= 250}):
        fit = sum(len(b.tail) <= width < b.need for b in breaks)
        if fit >= fitting:
            best, fitting = width, fit
    best_fit = sum(best is not None and len(b.tail) <= best < b.need for b in artefacts)
    if best is None or best_fit < 2 or best_fit < 0.8 * len(artefacts):
        return None, 0
    if best_fit < 3 and fitting < 0.5 * len(breaks):
        return None, 0  # two fits among many real breaks (a list, a table) may be chance
    return best, fitting


def _chunk_lattice(breaks: list[Break]) -> tuple[int | None, int, int]:
    """The interval and phase of a regular series of artefact breaks (chunking), if there is one."""
    offsets = [b.offset for b in breaks if _is_artefact(b) or b.spaced][:400]
    if len(offsets) < 3:
        return None, 0, 0
    diffs: Counter[int] = Counter()
    for i, a in enumerate(offsets):
        for b in offsets[i + 1 : i + 6]:
            diffs[b - a] += 1
    best: tuple[int, int, int] = (0, 0, 0)  # on lattice, period, phase
    for period, _ in diffs.most_common(8):
        if period < 20:
            continue
        phase, on_lattice = Counter(o % period for o in offsets).most_common(1)[0]
        if on_lattice > best[0]:
            best = (on_lattice, period, phase)
    on_lattice, period, phase = best
    # Lines of a wrapped paragraph can have equal lengths by chance; four breaks exactly N apart,
    # or three more than a wrap width apart, cannot.
    needed = 3 if period > MAX_WRAP_WIDTH else 4
    if on_lattice >= needed and on_lattice >= 0.5 * len(offsets):
        return period, phase, on_lattice
    return None, 0, 0


def analyse_layout(breaks: list[Break]) -> Layout:
    """Read the wrap width and the chunk interval off the document's breaks.

    >>> lines = ["The committee met on Tuesday to discuss the", "proposal from the Ministry of Finance, which",
    ...          "would raise the tax on imported fuel by three", "percent."]
    >>> analyse_layout([b for _, b in candidate_breaks(tuple(Line(t, 1) for t in lines))]).wrap_width
    45
    """
    period, phase, _ = _chunk_lattice(breaks)
    width, _ = (None, 0) if period else _wrap_width(breaks)
    chunked = period is not None or (
        width is None and any(_is_artefact(b) and len(b.tail) > MAX_WRAP_WIDTH for b in breaks)
    )
    return Layout(width, period, phase, chunked)


def is_real(brk: Break, layout: Layout) -> bool:
    """Whether a break is surely a real one: a wrap could not have made it, or it ends an item."""
    if layout.wrap_width is not None:
        return not len(brk.tail) <= layout.wrap_width < brk.need and not _is_artefact(brk)
    return _looks_real(brk) and not _on_lattice(brk, layout)


def classify_layout(lines: tuple[Line, ...]) -> str:
    """The document's line breaks in one word: "wrap", "chunk" or "none" (see :func:`analyse_layout`).

    >>> classify_layout(Document.from_text("They met. " * 15 + "To bolste\\nr ties").lines)
    'chunk'
    >>> classify_layout(Document.from_text("Apples\\nPears").lines)
    'none'
    """
    layout = analyse_layout([b for _, b in candidate_breaks(lines)])
    return "wrap" if layout.wrap_width else "chunk" if layout.chunked else "none"


# Lines longer than this are not hard-wrapped: a break after one is a chunk break or a real one.
MAX_WRAP_WIDTH = 110


def _looks_real(brk: Break) -> bool:
    tail, head = brk.tail, brk.head
    return (tail.rstrip(_CLOSERS).endswith(_SENTENCE_END) and not head[:1].islower()) or bool(_BULLET.match(head))


def _on_lattice(brk: Break, layout: Layout) -> bool:
    if layout.chunk_period is None:
        return False
    return (brk.offset - layout.chunk_phase) % layout.chunk_period == 0


def _unspaced_script(brk: Break) -> bool:
    return bool(_UNSPACED.match(brk.tail[-1:]) or _UNSPACED.match(brk.head[:1]))


def decide(
    left: str,
    right: str,
    lang: str,
    vocabulary: frozenset[str],
    layout: Layout | None = None,
    *,
    offset: int = 0,
    after_wrap: bool = False,
    real_in_block: int = 0,
) -> Join | None:
    """Decide how the break between ``left`` and ``right`` (one paragraph) should be mended.

    ``layout`` is what the whole document says about its breaks (see :func:`analyse_layout`);
    ``after_wrap`` says the break before ``left`` was a wrap, ``real_in_block`` how many breaks of
    the same block (lines between blank lines) are surely real. ``None`` keeps the line break:
    the evidence says it is a real one, or there is not enough evidence either way.

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
    brk = Break(left, right, offset)
    tail, head = brk.tail, brk.head
    if not tail or not head or _unspaced_script(brk):
        return None
    layout = layout or Layout()
    if tail.endswith(SOFT_HYPHEN) and head[:1].isalpha():
        return Join("", 1, "hyphen-dropped", 1.0, "soft hyphen at a line end")
    on_lattice = _on_lattice(brk, layout)
    if _URL.match(head) and not on_lattice:
        return None  # a link on a line of its own
    width = layout.wrap_width
    if width is not None and len(tail) <= width < brk.need and not on_lattice:
        return _decide_wrap(brk, lang, vocabulary, after_wrap or not real_in_block)
    if on_lattice or (len(tail) > MAX_WRAP_WIDTH and (width is None or len(tail) > width)):
        return _decide_chunk(brk, lang, vocabulary, on_lattice)
    return _decide_unknown(brk, lang, vocabulary)


def _decide_wrap(brk: Break, lang: str, vocabulary: frozenset[str], in_paragraph: bool) -> Join | None:
    """A break where a hard wrap at the document's width would break: it replaced a space."""
    tail, head = brk.tail, brk.head
    if _BULLET.match(head) and not brk.continues:
        return None
    if tail.endswith("-") and not brk.spaced and len(tail) > 1 and tail[-2] != " ":
        return _decide_hyphen(brk, lang, vocabulary)
    if brk.continues or not _looks_real(brk):
        return Join(" ", 0, "wrap", 0.9, "hard-wrapped paragraph: the line could not hold the next word")
    # "plate.\nWhole": a sentence ends at the wrap, or an item of a list ends there.
    if in_paragraph:
        return Join(" ", 0, "wrap", 0.7, "hard-wrapped paragraph: a sentence ends at the wrap")
    return Join(" ", 0, "wrap", 0.4, "a sentence ends where a wrap would break, but the text has real line breaks")


def _inside_token(brk: Break) -> tuple[str, str] | None:
    """The kind of token a break with no space beside it must be inside, and why, if it must.

    A line never starts with closing punctuation or the rest of a number or contraction, and
    never ends with an opening bracket or quote.
    """
    tail, head = brk.tail, brk.head
    if brk.spaced:
        return None
    last, first = tail[-1], head[0]
    if _CLINGS_LEFT.match(head) and (last.isalnum() or last in _CLOSERS or last in ".!?,;:"):
        return "punctuation", "punctuation cut off its line"
    if last.isdigit() and re.match(r"^[.,]\d", head):
        return "split-number", "number split by a break"
    if last in "’'" and len(tail) > 1 and tail[-2].isalpha() and re.match(r"^(?:s|t|d|ll|re|ve|m)\b", head):
        return "split-word", "contraction split by a break"
    if first == "-" and last.isalnum() and len(head) > 1 and head[1].isalnum():
        return "split-word", "hyphenated word split before its hyphen"
    if tail.endswith(_OPENS) or (last in "\"'" and (len(tail) == 1 or tail[-2] in " ([")):
        return "punctuation", "a line cannot end with an opening bracket or quote"
    if _ABBREVIATION_TAIL.search(tail) and _ABBREVIATION_HEAD.match(head):
        return "split-word", "abbreviation split by a break"
    return None


def _decide_chunk(brk: Break, lang: str, vocabulary: frozenset[str], on_lattice: bool) -> Join | None:
    """A break in chunked text: a newline was added, nothing removed."""
    tail, head = brk.tail, brk.head
    sure = 0.95 if on_lattice else 0.9
    if brk.spaced:
        if brk.continues or not _looks_real(brk) or on_lattice:
            return Join(" ", 0, "space", sure, "chunk break beside a space")
        return None
    last, first = tail[-1], head[0]
    if last == "-" and first.isalpha() and not on_lattice and len(tail) > 1 and tail[-2].isalnum():
        return _decide_hyphen(brk, lang, vocabulary)  # a hyphenated line end among chunk breaks
    inside = _inside_token(brk)
    if inside:
        return Join("", 0, inside[0], sure, f"chunk break: {inside[1]}")
    if last == "-" and first.isalnum():
        return Join("", 0, "split-word", sure, "chunk break after a hyphen")
    if last.isalpha() and first.islower():
        if on_lattice:
            return Join("", 0, "split-word", sure, "chunked text: a break with no space beside it is inside a word")
        return _decide_word(brk, lang, vocabulary, chunk=True)
    if last.isdigit() and first.isdigit():
        return Join("", 0, "split-number", sure, "chunk break inside a number")
    if last.isalpha() and first.isupper():
        pair = _split_words(brk)
        if pair:
            joined = pair[0] + pair[1]
            if joined.isupper() or joined.lower() in vocabulary or _word_zipf(joined, lang) >= 3.0:
                return Join("", 0, "split-word", sure - 0.1, f'chunk break inside "{joined}"')
    if on_lattice and (last.isalnum() or last in ".,") and first.isalnum():
        return Join("", 0, "split-word", 0.6, "chunk break at the chunk interval")
    return None


def _decide_unknown(brk: Break, lang: str, vocabulary: frozenset[str]) -> Join | None:
    """A break the layout says nothing about: mend it only on local evidence."""
    tail, head = brk.tail, brk.head
    first = head[0]
    inside = _inside_token(brk)
    if inside:
        return Join("", 0, inside[0], 0.8, inside[1])
    if (
        tail.endswith("-")
        and not brk.spaced
        and len(tail) > 1
        and (tail[-2].isalnum() or tail[-2] == ".")
        and first.isalnum()
    ):
        return _decide_hyphen(brk, lang, vocabulary)
    tail_number, head_number = _NUMBER_TAIL.search(tail), _NUMBER_HEAD.match(head)
    if tail_number and head_number and not brk.spaced:
        joined = tail_number.group(1) + head_number.group(1)
        if _GROUPED.match(joined) and not _GROUPED.match(tail_number.group(1)):
            return Join("", 0, "split-number", 0.8, f"number {joined} split by a break")
    if not brk.continues:
        return None
    if brk.spaced:
        if _chunk_space(brk) or _dangles(tail, lang):
            return Join(" ", 0, "space", 0.75, "break beside a space inside a sentence")
        if len(tail) >= MIN_PROSE_LINE:
            return Join(" ", 0, "space", 0.45, "break after a space inside a sentence")
        return None
    return _decide_word(brk, lang, vocabulary)


# Texts shorter than this give too little evidence for a language guess.
SHORT_TEXT = 300
# A left line shorter than this may be a line of verse or a list entry rather than cut prose.
MIN_PROSE_LINE = 40


def _split_words(brk: Break) -> tuple[str, str] | None:
    tail_word = _TAIL_LETTERS.search(brk.tail)
    head_word = _HEAD_LETTERS.match(brk.head)
    if not tail_word or not head_word:
        return None
    return tail_word.group(1), head_word.group(1)


def _word_zipf(word: str, lang: str) -> float:
    """Zipf frequency, with a lone letter counted as a word only if the language has it as one.

    ``lang`` is empty when the language is not known: then no word is known.
    """
    if not lang:
        return 0.0
    if len(word) == 1 and word.lower() not in _ONE_LETTER_WORDS.get(lang, ""):
        return 0.0
    return words.zipf(word, lang)


def _chunk_space(brk: Break) -> bool:
    """One space on one side of the break, in unindented text: the mark a chunk cut leaves."""
    if brk.indented:
        return False
    trailing = len(brk.left) - len(brk.tail)
    leading = len(brk.right) - len(brk.head)
    return trailing + leading == 1 and (brk.left.endswith(" ") or brk.right.startswith(" "))


def _dangles(tail: str, lang: str) -> bool:
    last = _TAIL_LETTERS.search(tail)
    return bool(last) and bool(lang) and words.dangling(last.group(1) if last else "", lang)


def _decide_word(brk: Break, lang: str, vocabulary: frozenset[str], chunk: bool = False) -> Join | None:
    """A lone break inside a sentence, no space beside it: a split word, or a wrap between two words.

    ``chunk``: the break follows a line longer than any wrap, so it is a chunk break if anything.
    """
    pair = _split_words(brk)
    if pair is None:
        return None
    fragment, head = pair
    joined = fragment + head
    joined_z = _word_zipf(joined, lang)
    left_z, right_z = _word_zipf(fragment, lang), _word_zipf(head, lang)
    in_document = joined.lower() in vocabulary
    if chunk:
        # After a line longer than any wrap: a chunk break, unless both sides are words found
        # elsewhere and together they are not one ("the\nministry": a real break).
        left_known = left_z >= 2.0 or fragment.lower() in vocabulary
        right_known = right_z >= 2.0 or head.lower() in vocabulary
        if joined_z >= 1.0 or in_document or not (left_known and right_known):
            return Join("", 0, "split-word", 0.9, "chunked text: a break with no space beside it is inside a word")
        return None
    if in_document or (joined_z >= 2.0 and (min(left_z, right_z) < 2.5 or joined_z > max(left_z, right_z))):
        evidence = f'"{joined}" occurs elsewhere in the document' if in_document else f'"{joined}" is a word'
        confidence = 0.9 if in_document else min(0.95, 0.55 + 0.1 * (joined_z - min(left_z, right_z)))
        return Join("", 0, "split-word", confidence, evidence)
    if left_z >= 2.0 and right_z >= 2.0:
        if _dangles(brk.tail, lang):
            return Join(" ", 0, "wrap", 0.75, f'"{fragment}" cannot end a line')
        return Join(" ", 0, "wrap", 0.45, f'"{fragment}" and "{head}" are two words')
    return None


def _decide_hyphen(brk: Break, lang: str, vocabulary: frozenset[str]) -> Join:
    """A hyphen at a wrapped line end: a syllable break to drop, or a compound's own hyphen to keep."""
    tail, head = brk.tail, brk.head
    first_word = _FIRST_TOKEN.match(head)
    if first_word and first_word.group().lower().strip(",.;:") in _CONJUNCTIONS:
        return Join(" ", 0, "hyphen-kept", 0.9, "suspended hyphen (pre- and post-war)")
    pair = _split_words(Break(tail[:-1], head, brk.offset))
    keep = Join("", 0, "hyphen-kept", 0.85, "hyphen of a compound")
    if pair is None:
        return keep  # "COVID-\n19", "U.S.-\nled"
    fragment, rest = pair
    before = tail[: -1 - len(fragment)]
    if rest[0].isupper() or (fragment.isupper() and len(fragment) > 1) or before.endswith("."):
        return keep  # "Franco-\nGerman", "COVID-\nera", "U.S.-\nled"
    joined, hyphenated = fragment + rest, f"{fragment}-{rest}".lower()
    if hyphenated in vocabulary:
        return Join("", 0, "hyphen-kept", 0.95, f'"{fragment}-{rest}" occurs elsewhere in the document')
    if joined.lower() in vocabulary:
        return Join("", 1, "hyphen-dropped", 0.95, f'"{joined}" occurs elsewhere in the document')
    joined_z = _word_zipf(joined, lang)
    left_z, right_z = _word_zipf(fragment, lang), _word_zipf(rest, lang)
    # Compounds are written with their hyphen far more often than run together ("wellknown" 1.6,
    # "longterm" 2.8), while a word split at a syllable is usually a common word, or its halves are
    # not words at all ("gov" + "ernment").
    if joined_z >= FREQUENT_WORD or (joined_z >= 1.0 and min(left_z, right_z) < 2.5):
        return Join("", 1, "hyphen-dropped", min(0.99, 0.6 + 0.08 * joined_z), f'"{joined}" is a word')
    if left_z >= 2.5 and right_z >= 2.5:
        return Join("", 0, "hyphen-kept", 0.85, f'"{fragment}" and "{rest}" are words, "{joined}" is not')
    if fragment[0].isupper() and len(fragment) <= 5 and len(rest) <= 4:
        return Join("", 0, "hyphen-kept", 0.6, "hyphenated name (Won-sik, Ho-jin)")
    return Join("", 1, "hyphen-dropped", 0.6, "syllable break inside an unknown word")


# Zipf frequency above which a word run together is taken for the word, not a compound: syllable
# breaks far outnumber compounds broken at their hyphen, and most split words are this common.
FREQUENT_WORD = 2.5


def document_vocabulary(lines: tuple[Line, ...]) -> frozenset[str]:
    """Lower-cased words of the document, hyphenated compounds included, away from line breaks.

    The last word of a line followed by another and the first word of a line that follows one
    may be fragments of a broken word, so they do not count.

    >>> sorted(document_vocabulary(Document.from_text("to bolste\\nr ties, well-known").lines))
    ['ties', 'to', 'well-known']
    """
    found: set[str] = set()
    for i, line in enumerate(lines):
        tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line.text)
        if i + 1 < len(lines) and not lines[i + 1].is_blank:
            tokens = tokens[:-1]
        if i > 0 and not lines[i - 1].is_blank:
            tokens = tokens[1:]
        found.update(w.lower() for w in tokens)
    return frozenset(found)


def rejoin(doc: Document, cfg: Config) -> Document:
    """Mend line breaks inside paragraphs; real breaks (lists, verse, headings) stay.

    Runs after chrome removal, so a word split around a removed line is rejoined too, and
    before whitespace normalisation, which would trim the spaces it reads as evidence.

    >>> from cleannews.config import Config
    >>> rejoin(Document.from_text("to bolste\\nr ties"), Config()).text
    'to bolster ties'
    >>> rejoin(Document.from_text("the U.S.-\\nled alliance"), Config()).text
    'the U.S.-led alliance'
    >>> rejoin(Document.from_text("Apples\\nPears\\nPlums"), Config()).text
    'Apples\\nPears\\nPlums'

    Mending changes the evidence for the breaks that remain, so the pass repeats until a round
    mends nothing: running it again on its own output changes nothing.
    """
    for _ in range(MAX_ROUNDS):
        mended = _rejoin_once(doc, cfg)
        if mended is doc:
            break
        doc = mended
    return doc


# Rounds of mending before the pass gives up looking for more (one or two are the rule).
MAX_ROUNDS = 6


def _rejoin_once(doc: Document, cfg: Config) -> Document:
    breaks = candidate_breaks(doc.lines)
    if not breaks:
        return doc  # no break to mend: no dictionary, no language guess
    # An unknown language ("") gets no word-frequency evidence: only layout, punctuation, vocabulary.
    lang = cfg.lang if cfg.lang in words.SUPPORTED else words.detect_language(doc.text) or ""
    if not lang and len(doc.text) < SHORT_TEXT:
        lang = "en"  # too little text to tell: assume the default
    layout = analyse_layout([b for _, b in breaks])
    vocabulary = document_vocabulary(doc.lines)
    # Surely real breaks per block of consecutive lines: a list there makes an ambiguous break real.
    block_of: dict[int, int] = {}
    real: Counter[int] = Counter()
    for i, brk in breaks:
        block_of[i] = block_of.get(i - 1, i)
        real[block_of[i]] += is_real(brk, layout)
    joins: dict[int, Join] = {}
    for i, brk in breaks:
        join = decide(
            brk.left,
            brk.right,
            lang,
            vocabulary,
            layout,
            offset=brk.offset,
            after_wrap=_was_wrap(joins.get(i - 1)),
            real_in_block=real[block_of[i]],
        )
        if join is not None and join.confidence >= cfg.rejoin_threshold:
            joins[i] = join
    if not joins:
        return doc
    lines: list[Line] = []
    last_origin = 0  # the input line the current working line ends on
    edits: list[Edit] = []
    for i, line in enumerate(doc.lines):
        join = joins.get(i - 1)
        if join is not None and lines:
            previous = lines[-1]
            before, after = mend(previous.text, line.text, join)
            edits.append(Edit(NAME, last_origin, before, after, join.reason, join.kind, join.confidence))
            lines[-1] = Line(_merge(previous.text, line.text, join), previous.origin)
        else:
            lines.append(line)
        last_origin = line.origin
    return doc.replace(lines=tuple(lines), edits=doc.edits + tuple(edits))


def _was_wrap(join: Join | None) -> bool:
    return join is not None and (join.glue == " " or join.kind.startswith("hyphen"))


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
