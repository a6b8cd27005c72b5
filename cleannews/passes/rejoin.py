"""Rejoin words and sentences that a line break split: chunk breaks, hard wraps, hyphenation.

A line break inside a paragraph is one of three artefacts, or a real break:

- a **chunk break**: a scraper cut the text every N characters, wherever that fell. It adds a
  newline and removes nothing, so a break with no space beside it is inside a token
  ("bolste\\nr", "2,0\\n00", "said\\n. The") and one beside a space separates two words;
- a **hard wrap**: a paragraph wrapped at a fixed width, a space replaced by a newline (possibly
  after a hyphen: "coop-\\neration" drops it, "U.S.-\\nled" keeps it);
- a **real break**: a list, an address, a verse, a table, a heading.

The pass first reads the layout of the whole document: the width lines are wrapped at (a line
that ends a wrap could not have held the next word), the interval of chunk breaks (a chunker
puts a newline at every step of a constant interval), whether the paragraphs are single long
lines (then a break between two whole words is real), and marks that rule cuts out (tables,
program code, spaces left at line ends by habit). In wrapped text a full line still ends for
real now and then (a list item, a paragraph that filled its last line): how often, and how such
line ends look next to the word boundaries inside lines, is read off the same document and
block, and weighed per break (:class:`LineEnds`), with the reach of the next word and the length
of the line a real end would leave alone. Other breaks are decided from local evidence:
word frequencies (:mod:`cleannews.words`), the document's own vocabulary, capitals, digits and
punctuation; a line-end hyphen is kept or dropped by comparing how common the joined word and
the hyphenated compound are. Each join records its kind and a confidence; joins below
``Config.rejoin_threshold`` are not made. Breaks beside a letter of a script written without
spaces between words (Chinese, Japanese, Korean, Thai...) are left alone.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Container, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, pairwise, repeat, zip_longest
from operator import and_, attrgetter, gt, itemgetter, ne, not_, sub
from typing import TYPE_CHECKING, NamedTuple

from cleannews import regexes, words
from cleannews.document import Document, Edit, Line
from cleannews.lexicon import stopwords
from cleannews.passes import whitespace

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "rejoin"
SUMMARY = "rejoin words split by line breaks (chunk breaks, hard wraps, hyphenated line ends)"

SOFT_HYPHEN = "\u00ad"
# Scripts without spaces between words (and Hangul, whose breaks cannot be told apart): left alone.
_UNSPACED = regexes.compile(
    r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\u2fff\u3000-\u30ff"
    r"\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_UNSPACED_FROM = "\u0e00"  # no character below this is in _UNSPACED
# Searches anchored at a line's end look only at its last characters: a "$"-anchored search
# over a whole line retries from every position (quadratic on a long run of letters).
WORD_WINDOW = 64
_FIRST_TOKEN = regexes.compile(r"^\S+")
_HEAD_LETTERS = regexes.compile(r"^([^\W\d_]+)")
_WORDS = regexes.compile(r"[^\W\d_]+")
# Suffixes that are words of their own by frequency ("al", "ment", "less") but that prose in lower
# case does not write alone: a break before one, in a common word, is inside the word.
_SUFFIXES: dict[str, frozenset[str]] = {
    "en": frozenset(
        (
            *("al", "ment", "ments", "ly", "tion", "tions", "sion", "ness", "ity", "able", "ible", "ful", "less"),
            *("ous", "ive", "ance", "ence", "ship", "hood", "ism", "ist", "ize", "ise", "ed", "er", "ers", "est"),
            *("ing", "ings"),
        )
    )
}
# How common the suffixed word must be, and how much rarer than its stem it may be.
MIN_SUFFIXED_ZIPF = 3.0
SUFFIX_MARGIN = 1.0
# How common a word made of two halves that are no words must be ("scaffo|lded": "scaffolded").
MIN_RARE_WORD_ZIPF = 1.0
# Zipf is log10 of a word's frequency per billion words: two words side by side, taken as independent,
# are log10-likely as their Zipfs summed less 9. How much likelier the one word must be, in Zipf units.
ZIPF_PER_BILLION = 9.0
SPLIT_WORD_MARGIN = 0.5
# The least length of the lines on the right and the left of such a break: a paragraph's pieces (the
# left one may be its opening words, "Always be pre|pared and ..."), not a link's words.
MIN_PARAGRAPH_PIECE = 25
MIN_OPENING_PIECE = 10
# Under this Zipf a half is no word, and over it a rare whole is one, in a paragraph's pieces ("batt|ened").
MIN_PIECE_WORD_ZIPF = 1.5
# A word that ends in an English clitic ("that's", "don't", "we'll"), and the clitic.
_CLITIC_END = regexes.compile(r"(?<![^\W\d_])[^\W\d_]+[’'](?:s|t|d|ll|re|ve|m)$")
_CLITIC = regexes.compile(r"[’'](?:s|t|d|ll|re|ve|m)$")
_LETTER = regexes.compile(r"[^\W\d_]")


def _last_letters(text: str) -> str:
    """The letters that end ``text``, at most :data:`WORD_WINDOW` of them ("" if it ends otherwise).

    >>> _last_letters("agreed to bolste"), _last_letters("in 2024.")
    ('bolste', '')
    """
    # Read backwards: a search for letters anchored at the end would try every start.
    found = _WORDS.match(text[: -WORD_WINDOW - 1 : -1])
    return found.group()[::-1] if found else ""


# Punctuation that never starts a line of its own: it was cut off the end of the previous one.
_CLINGS_LEFT = regexes.compile(
    r"^(?:(?:[,;:!?%)\]”’»\"']+|\.(?!\.)|\.\.\.|…)(?=[\s\"'”’»)\],.;:!?]|$)|[’'](?:s|t|d|ll|re|ve|m)\b)"
)
_CLINGS_FIRST = frozenset(",;:!?%)]”’»\"'.…")  # the characters _CLINGS_LEFT can start with
_CLOSING_ONLY = regexes.compile(r"\s*[)\]}]+[;,]?\s*")
_CODE_ENDS = "{([;"


def _is_code_line(line: str) -> bool:
    """A line of code: it ends with an opening bracket or ";", or holds only closing brackets."""
    opens = line.rstrip()[-1:]
    return (opens != "" and opens in _CODE_ENDS) or _CLOSING_ONLY.fullmatch(line) is not None


def _count_code_lines(stripped: Sequence[str]) -> int:
    """How many lines :func:`_is_code_line` accepts, given the lines stripped (counted in C loops)."""
    filled = list(filter(None, stripped))
    opening = sum(map(_CODE_ENDS.__contains__, map(itemgetter(-1), filled)))
    # A line of closing brackets starts with one; those ending with ";" are counted already.
    starts_closing = compress(filled, map(")]}".__contains__, map(itemgetter(0), filled)))
    return opening + sum(1 for line in starts_closing if line[-1] != ";" and _CLOSING_ONLY.fullmatch(line))


_URL = regexes.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|[\w.+-]+@[\w-]+\.)", re.IGNORECASE)


def _is_url(text: str) -> bool:
    """Whether ``text`` starts with a link or an e-mail address (_URL), which holds "://" or "@" or
    starts with "www." (tested first: most lines hold none).

    >>> _is_url("www.example.com/story"), _is_url("https://example.com"), _is_url("ing the talks")
    (True, True, False)
    """
    return ("://" in text or "@" in text or text[:4].lower() == "www.") and _URL.match(text) is not None


_OPENS = tuple("([“‘«„")
_SENTENCE_END = tuple(".!?…:;")
_CLOSERS = "\"'”’»)]"
_BULLET = regexes.compile(r"^(?:[-–—•*·▪►✓✔→>|#]|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)")
_ABBREVIATION_TAIL = regexes.compile(r"(?:^|[\s(])(?:[A-Z]\.)+$")  # ends with "."
_ABBREVIATION_HEAD = regexes.compile(r"^[A-Z]\.")
_ABBREVIATION_END = regexes.compile(r"(?:^|[\s(])(?:[^\W\d_]{1,2}\.){2,}$")  # "e.g.", "U.S."
# A dash or slash written between two words ("$45–$200", "box/month", "meals—whether") or a
# currency sign before its number: a wrap cannot break there, and a real line does not end so.
_ATTACHED_TAIL = regexes.compile(r"(?:[\w%)]|[\w%)][”’\"'])[–—/]$|(?:^|[\s(])[$€£¥]$")
_CURRENCY = "$€£¥"
_ATTACHED_TAIL_LAST = "–—/" + _CURRENCY  # the characters an _ATTACHED_TAIL match ends with
_ATTACHED_HEAD = regexes.compile(r"^(?:[–—/][\w$€£¥]|\.[^\W\d_]{2,})")
_ATTACHED_HEAD_FIRST = "–—/."
_NUMBER_TAIL = regexes.compile(r"(?:^|[^\w,.])(\d[\d,.]*)$")
_NUMBER_HEAD = regexes.compile(r"^(\d[\d,.]*\d|\d)")
_GROUPED = regexes.compile(r"^\d{1,3}(?:([,.])\d{3})+(?:[.,]\d+)?$")
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
    breaks. ``unwrapped``: most of the text stands in lines longer than any wrap. ``line_ends``:
    in wrapped text, how real line ends differ from wraps. ``few_breaks``: too few breaks to
    read a layout from. ``edge_spaces``: lines beside blank lines start or end with spaces, or
    several breaks off the chunk interval have a space beside them: a space beside a break is
    no mark of a chunk cut. ``numbered``: several lines start with a
    number (a table, a numbered list), so a number at a line start is no cut-off number.
    ``code``: several lines end with an opening bracket or a semicolon, or hold only closing
    brackets (program code): brackets at line edges are no marks of a cut.
    """

    wrap_width: int | None = None
    chunk_period: int | None = None
    chunk_phase: int = 0
    chunked: bool = False
    unwrapped: bool = False
    line_ends: LineEnds | None = None
    few_breaks: bool = True
    edge_spaces: bool = False
    numbered: bool = False
    code: bool = False


@dataclass(slots=True)
class Break:
    """A line break between two non-blank lines: the lines, and the newline's offset in the text."""

    left: str
    right: str
    offset: int = 0
    block: int = 0  # index of the first line of its block (lines between blank lines)
    # The next break's ``need``, if the right line is followed by another in its block; else 0.
    after: int = 0
    tail: str = field(init=False)  # the left line without trailing spaces
    head: str = field(init=False)  # the right line without leading spaces
    need: int = field(init=False)  # width the left line would have needed to hold the next word too
    spaced: bool = field(init=False)  # a space sits beside the break: it cannot be inside a word
    # The left line stops inside a sentence, the right one carries on in lower case.
    continues: bool = field(init=False)
    # Exactly one space beside the break, in an unindented line: where a chunk cut a space off.
    one_space: bool = field(init=False)
    artefact: bool = field(init=False)  # the break cannot be a real one (see :func:`_is_artefact`)
    # How the break was decided in the last round of mending (see :class:`_Memory`).
    decided: _Decision | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.tail = self.left.rstrip()
        self.head = self.right.lstrip()
        first = _FIRST_TOKEN.match(self.head)
        self.need = len(self.tail) + 1 + (first.end() if first else 0)
        self.spaced = self.left[-1:].isspace() or self.right[:1].isspace()
        self.continues = self.head[:1].islower() and self.tail[-1:].isalnum()
        spaces = len(self.left) - len(self.tail) + len(self.right) - len(self.head)
        self.one_space = spaces == 1 and not self.indented and (self.left.endswith(" ") or self.right.startswith(" "))
        self.artefact = _is_artefact(self)

    @property
    def indented(self) -> bool:
        return self.left[:1].isspace()


def candidate_breaks(lines: tuple[Line, ...]) -> list[tuple[int, Break]]:
    """Every break between two non-blank lines, with the index of its left line."""
    texts = [line.text for line in lines]
    return _candidate_breaks(texts, list(map(str.strip, texts)))


def _candidate_breaks(
    texts: Sequence[str], stripped: Sequence[str], known: dict[tuple[str, str], list[Break]] | None = None
) -> list[tuple[int, Break]]:
    """:func:`candidate_breaks` of the lines ``texts``, given them stripped (a blank line strips to "").

    ``known``: breaks found before, by their two lines (all a break holds but its offset and
    block follows from them; a pair of lines may occur several times); each is taken out when
    used again.
    """
    filled = list(map(bool, stripped))
    blanks = list(compress(range(len(texts)), map(not_, filled)))
    ends = list(accumulate(map(len, texts)))  # the newline after line i is at ends[i] + i
    found: list[tuple[int, Break]] = []
    for i in compress(range(len(texts) - 1), map(and_, filled, filled[1:])):
        before = bisect_left(blanks, i)
        offset, block = ends[i] + i, blanks[before - 1] + 1 if before else 0
        left, right = texts[i], texts[i + 1]
        same = known.get((left, right)) if known else None
        brk = same.pop() if same else None
        if brk is None:
            brk = Break(left, right, offset, block)
        else:
            brk.offset, brk.block = offset, block
        found.append((i, brk))
    for (i, brk), (j, following) in pairwise(found):
        brk.after = following.need if j == i + 1 else 0
    if found:
        found[-1][1].after = 0
    return found


def _is_artefact(brk: Break) -> bool:
    """Whether a break cannot be a real one (it must be a chunk break or a wrap)."""
    tail, head = brk.tail, brk.head
    if tail.endswith(SOFT_HYPHEN):
        return True
    if brk.continues or (head[:1].islower() and tail[-1:] in ",;"):
        return not _is_url(head)  # a link on a line of its own starts in lower case too
    if _CLINGS_LEFT.match(head) and tail[-1:].isalnum():
        return True
    return tail.endswith(_OPENS) and not brk.spaced


def _wrap_width(breaks: list[Break], stripped: Sequence[str]) -> int | None:
    """The width at which the document's artefact breaks are greedy wraps, if they are.

    A greedy wrap at width W breaks a line of at most W characters that could not have held the
    next word: ``len(line) <= W < len(line) + 1 + len(next word)``. The width chosen fits the most
    artefact breaks (a line going on in lower case), then the most breaks of any kind, then is the
    smallest: the narrowest width consistent with the wraps that must be wraps.
    """
    artefacts = [b for b in breaks if b.artefact and not b.spaced and b.tail[-1:] != "-"]
    if len(artefacts) < 2:
        return None
    # The fits of every width at once: a break fits the widths from len(tail) to need - 1.
    top = MAX_WRAP_WIDTH + 1
    fit_artefacts, fit_all = _fits(artefacts, top), _fits(breaks, top)
    width = max(range(MIN_WRAP_WIDTH, top), key=lambda w: (fit_artefacts[w], fit_all[w], -w))
    best_fit = fit_artefacts[width]
    # An artefact on a line that could have held the next word is no wrap at any width: a line
    # of code or a command going on in lower case, or a chunk cut. Where many wraps fit, most of
    # the others must fit, and most of all; else most of all.
    # Where no line runs past the width, a few wraps that fit are evidence enough, if the short
    # lines going on are not the most of them (a poem's lines go on in lower case, and a few fill
    # the width that fits them best).
    contained = not any(len(line) > width and " " in line for line in stripped)
    counts_short = best_fit >= MANY_WRAPS or (contained and best_fit >= FEW_WRAPS)
    short = sum(b.need <= width for b in artefacts) if counts_short else 0
    if best_fit < 2 or best_fit < 0.8 * (len(artefacts) - short):
        return None
    if best_fit < 0.6 * len(artefacts) and not (contained and best_fit >= FEW_WRAPS and 2 * best_fit >= short):
        return None
    if best_fit < 3 and not contained:
        return None  # two fits may be chance, unless no line runs past the width
    return width


# Fitting breaks enough to read a width off a document that also holds code or commands; or
# one whose lines all fit the width.
MANY_WRAPS = 8
FEW_WRAPS = 5


def _fits(breaks: list[Break], top: int) -> list[int]:
    """How many of ``breaks`` fit each width from 0 to ``top`` (see :func:`_wrap_width`): a break
    fits the widths from the length of its tail to its need less one, counted up to ``top``."""
    lows = list(map(len, map(attrgetter("tail"), breaks)))
    below = list(map(top.__gt__, lows))
    fits = [0] * (top + 1)
    for width, n in Counter(compress(lows, below)).items():
        fits[width] += n
    for width, n in Counter(map(min, compress(map(attrgetter("need"), breaks), below), repeat(top))).items():
        fits[width] -= n
    return list(accumulate(fits))


def _chunk_lattice(breaks: list[Break], lines: Sequence[str] | None = None) -> tuple[int | None, int, int]:
    """The interval and phase of a regular series of artefact breaks (chunking), if there is one.

    A chunker puts a newline at every step of its interval, so with ``lines`` (the whole text)
    the steps between the first and the last break on the series must nearly all hold one.
    """
    # (A space beside a table's cell bar is the table's, not a cut's.)
    candidates = [b for b in breaks if b.artefact or (b.one_space and "|" not in b.tail[-1:] + b.head[:1])]
    offsets = [b.offset for b in candidates[:400]]
    if len(offsets) < 3:
        return None, 0, 0
    # The distances from each offset to the next five, in that order (most_common breaks ties by
    # first occurrence): the k-th of each row from offsets shifted by k, counted in one C loop.
    ahead = zip_longest(*(map(sub, offsets[k:], offsets) for k in range(1, 6)))
    diffs = Counter(filter(None, chain.from_iterable(ahead)))
    best: tuple[int, int, int] = (0, 0, 0)  # on lattice, period, phase
    # (most_common(8), as sorted (stable) does it: nlargest is slower on a few hundred.)
    for period, _ in sorted(diffs.items(), key=itemgetter(1), reverse=True)[:8]:
        if period < 20:
            continue
        phases = Counter(map(period.__rmod__, offsets))
        on_lattice = max(phases.values())
        if on_lattice > best[0]:
            phase = next(p for p, n in phases.items() if n == on_lattice)  # the first, as most_common(1)
            best = (on_lattice, period, phase)
    on_lattice, period, phase = best
    # Lines of a wrapped paragraph can have equal lengths by chance; four breaks exactly N apart,
    # or three more than a wrap width apart, cannot.
    needed = 3 if period > MAX_WRAP_WIDTH else 4
    if on_lattice >= needed and on_lattice >= 0.5 * len(offsets) and _every_step(offsets, period, phase, lines):
        return period, phase, on_lattice
    return None, 0, 0


def _every_step(offsets: list[int], period: int, phase: int, lines: Sequence[str] | None) -> bool:
    """Whether nearly every step of the series, from its first break to its last, is a newline."""
    if lines is None:
        return True
    newlines, at = set(), -1
    for line in lines:
        at += len(line) + 1
        newlines.add(at)
    on = [o for o in offsets if (o - phase) % period == 0]
    steps = range(min(on), max(on) + 1, period)
    return sum(step in newlines for step in steps) >= 0.9 * len(steps)


def analyse_layout(breaks: list[Break], lines: list[str] | None = None, lang: str = "") -> Layout:
    """Read the wrap width, the chunk interval and the line-end evidence off the document's breaks.

    ``lines``: every line of the document (the breaks' lines if not given); ``lang`` its language.

    >>> lines = ["The committee met on Tuesday to discuss the", "proposal from the Ministry of Finance, which",
    ...          "would raise the tax on imported fuel by three", "percent."]
    >>> analyse_layout([b for _, b in candidate_breaks(tuple(Line(t, 1) for t in lines))]).wrap_width
    45
    """
    if lines is None:
        lines = [b.left for b in breaks] + [breaks[-1].right] if breaks else []
    return _analyse_layout(breaks, lines, list(map(str.strip, lines)), lambda: lang)


def _analyse_layout(
    breaks: list[Break], lines: Sequence[str], stripped: Sequence[str], lang: Callable[[], str]
) -> Layout:
    """:func:`analyse_layout`, given the lines stripped too; ``lang()`` is called only for wrapped text."""
    period, phase, on_period = _chunk_lattice(breaks, lines)
    if period and _justified(breaks, period, phase):
        period, phase, on_period = None, 0, 0
    unwrapped = _unwrapped(stripped)
    width = None if unwrapped or (period and on_period > FEW_ON_LATTICE) else _wrap_width(breaks, stripped)
    if period and width is not None:
        # A few breaks a constant interval apart, each where a greedy wrap at the width would
        # break (between two words, on a line that could not hold the next): paragraphs that
        # happen to be as long as each other, not chunks.
        fit = [len(b.tail) <= width < b.need for b in breaks if (b.offset - phase) % period == 0]
        if all(fit):
            period, phase = None, 0
        else:
            width = None
    chunked = period is not None or (width is None and any(b.artefact and len(b.tail) > MAX_WRAP_WIDTH for b in breaks))
    line_ends = line_end_evidence(breaks, lines, width, lang()) if width is not None else None

    def on_lattice(brk: Break) -> bool:
        return period is not None and (brk.offset - phase) % period == 0

    return Layout(
        width,
        period,
        phase,
        chunked,
        unwrapped=unwrapped,
        line_ends=line_ends,
        few_breaks=len(breaks) < FEW_BREAKS,
        edge_spaces=_edge_spaces(lines, stripped)
        or _spaces_by_habit(breaks if period is None else [b for b in breaks if not on_lattice(b)]),
        # Lines that start with a digit: the first characters of the non-blank stripped lines.
        numbered=sum(map(str.isdigit, map(itemgetter(0), filter(None, stripped)))) >= FEW_BREAKS,
        code=_count_code_lines(stripped) >= FEW_BREAKS,
    )


def _justified(breaks: list[Break], period: int, phase: int) -> bool:
    """Whether the lines a chunk interval was read off are a justified column's (pdftotext
    ``-layout``): every full line is as long as the others because runs of spaces pad it between
    words, not because a chunker cut it. Most lines on the interval hold such a run, and none is
    cut beside a space or inside a word standing on both sides (a cut would fall there too).

    >>> col = ["Spider  plants have been popular", "for  more than a century. Placed",
    ...        "on  a plant stand, on a shelf or", "over  a  cabinet,  many  arching", "stems."]
    >>> brks = [b for _, b in candidate_breaks(tuple(Line(t, 1) for t in col))]
    >>> _justified(brks, 33, brks[0].offset % 33)
    True
    """
    on = [b for b in breaks if (b.offset - phase) % period == 0]
    padded = sum(bool(_PADDING.search(b.tail)) for b in on)
    return bool(on) and not any(b.spaced for b in on) and padded >= 0.6 * len(on)


# A run of spaces between two words: a justified line's padding.
_PADDING = regexes.compile(r"\S {2,}\S")

# A chunk interval read off no more breaks than this gives way to a wrap width that they all fit.
FEW_ON_LATTICE = 5
# A document with fewer breaks than this shows no layout: its breaks are judged one by one.
FEW_BREAKS = 3


def _spaces_by_habit(breaks: list[Break]) -> bool:
    """Several breaks have one space beside them, more than are cut inside a word: a habit of the
    text (lines ending with a space), not chunk cuts, which fall inside words far more often."""
    spaced: int = sum(map(attrgetter("one_space"), breaks))
    inside = sum(b.artefact and not b.spaced for b in breaks)
    return spaced >= FEW_BREAKS and spaced > inside


def _edge_spaces(lines: Sequence[str], stripped: Sequence[str]) -> bool:
    """Whether a line beside a blank line (where no break was cut) starts or ends with a space.

    ``stripped``: the lines stripped; only a line that strips to something shorter has a space
    at an edge.
    """
    for i in compress(range(len(lines)), map(ne, map(len, lines), map(len, stripped))):
        line = lines[i]
        if not stripped[i]:
            continue
        before = i == 0 or not stripped[i - 1]
        after = i + 1 == len(lines) or not stripped[i + 1]
        if (before and line[:1].isspace()) or (after and line[-1:].isspace()):
            return True
    return False


def _unwrapped(stripped: Sequence[str]) -> bool:
    """Most of the text stands in lines longer than any wrap: the document is not hard-wrapped.

    Its paragraphs are single lines, so a line break between two whole words is a real one.
    ``stripped``: the document's lines, stripped.
    """
    lengths = list(map(len, stripped))
    total = sum(lengths)
    long = sum(len(text) for text in compress(stripped, map(MAX_WRAP_WIDTH.__lt__, lengths)) if " " in text)
    return total > 0 and long >= 0.5 * total


# The reach of a full line where a document shows none; lines standing alone added to a document's
# own at the share of the same lengths among wraps' last pieces, and the most their lengths can
# change the odds (see :meth:`LineEnds.fit_odds`).
_DEFAULT_REACH = 6.0
_ITEM_PSEUDO = 1.0
_ITEM_LIMIT = 30.0


@dataclass(frozen=True, slots=True)
class LineEnds:
    """How a wrapped document's real line ends and its word boundaries look, to tell them apart.

    A full line (one that could not hold the next word) ends at a wrap or for real (a list item,
    a paragraph that happened to fill the line). ``priors`` holds, per block, the odds that a
    full line there ends for real: a block whose lines all run to the margin is one wrapped
    paragraph, a block with real line ends holds items, and some of those fill their last line
    too. ``real`` and ``wrap`` give the chance of each shape of break (:func:`shape`) among the
    document's surely real line ends and among the word boundaries inside its lines (where a
    wrap could fall). ``lower`` holds the words the document writes in lower case somewhere.

    A word that starts lines after real line ends ("Industries" in "Industries Served: ...") more
    often than other words of its case do, and seldom stands inside a line, is a mark of a real
    line end where it starts the next line; one that stands only inside lines ("Processing",
    "Islands") is a mark of a wrap (``starts`` and ``inside`` count the words, lower-cased, in
    each place; see :meth:`start_odds`).

    The priors count an average reach past the margin (``reach``); a break's own next word, and
    the length of the line a real end would leave standing alone against the lines that do so
    (``items``), weigh each break (see :meth:`fit_odds`).
    """

    priors: dict[int, float]
    real: dict[str, float]
    block_real: dict[int, Counter[str]]
    wrap: dict[str, float]
    lower: frozenset[str]
    lang: str
    starts: Counter[str] = field(default_factory=Counter)
    inside: tuple[Counter[str], Counter[str]] = (Counter(), Counter())  # after a word, after a sentence end
    # The share of starts among capitalised words and others (against those inside lines after a
    # word), then the same against those after a sentence end.
    start_share: tuple[float, ...] = (0.5, 0.5, 0.5, 0.5)
    cells: dict[int, tuple[str, int, bool]] = field(default_factory=dict)
    width: int = 0
    reach: float = _DEFAULT_REACH  # how far past its end a full line's next word reaches, on average
    items: tuple[int, ...] = ()  # the lengths of the lines that stand alone between real line ends, sorted
    pairs: Counter[tuple[str, ...]] = field(default_factory=Counter)  # word pairs inside lines (see :meth:`pair_odds`)

    def fit_odds(self, brk: Break) -> float:
        """How much likelier the lengths around a full line make a real line end than the prior does.

        A real line end falls anywhere on its line, so it makes a full line only where the next
        word would reach past the margin: the longer that word, the likelier (the prior counts
        an average reach). And where the right line ends its paragraph, a real line end leaves
        it standing alone, as long as such lines of the document are, while a wrap leaves the
        last piece of a paragraph, of any length up to the width: a lone word after a full line
        in a list of long titles is its last word wrapped.
        """
        odds = (brk.need - len(brk.tail)) / self.reach
        if brk.after and brk.after > self.width:
            return odds  # the right line goes on: it stands alone either way
        wrapped = min(1.0, len(brk.head.rstrip()) / max(1, self.width))
        alone = (bisect_right(self.items, len(brk.head.rstrip())) + _ITEM_PSEUDO * wrapped) / (
            len(self.items) + _ITEM_PSEUDO
        )
        return odds * min(_ITEM_LIMIT, max(1 / _ITEM_LIMIT, alone / wrapped))

    def row_odds(self, brk: Break) -> float:
        """How much likelier a table's layout makes a real line end than a wrap (1 outside tables).

        In a block of table rows whose cells are separated by tabs or bars (``cells``: the
        separator, the number a whole row holds, and whether a line without any stands after a
        real line end there), a right line with that many separators is a row of its own, and a
        left line with some but fewer, followed by one that does not make up the difference, is
        a row that goes on; so is one followed by a line without separators, where no such line
        stands after a real line end (a row's last cell wrapped).
        """
        found = self.cells.get(brk.block)
        if found is None:
            return 1.0
        separator, per_row, bare = found
        pattern = _CELL_SEPARATORS[separator]
        left, right = len(pattern.findall(brk.tail)), len(pattern.findall(brk.head))
        if right >= per_row:
            return _ROW_ODDS
        if left > 0 and (left + right < per_row or (right == 0 and not bare)):
            return 1 / _ROW_ODDS
        return 1.0

    def start_odds(self, tail: str, head: str) -> float:
        """How much likelier the first word of ``head`` makes a real line end than its case does.

        A word's share of its occurrences that start lines after real line ends, against that of
        all words of its case, with :data:`_START_PSEUDO` occurrences at that share added (so
        that a word seen once or twice says little). Inside lines only the occurrences after a
        sentence end count if ``tail`` ends one, else only those after a word.
        """
        first = head.split(None, 1)[0].strip(_WORD_EDGE) if head.strip() else ""
        if not first:
            return 1.0
        after_stop = tail.rstrip(_CLOSERS)[-1:] in _STOPS
        share = self.start_share[2 * after_stop + (0 if first[0].isupper() else 1)]
        share = min(1 - _SHARE_FLOOR, max(_SHARE_FLOOR, share))
        starts, inside = self.starts[first], self.inside[after_stop][first]
        own = (starts + _START_PSEUDO * share) / (starts + inside + _START_PSEUDO)
        return min(_START_LIMIT, max(1 / _START_LIMIT, own / share))

    def pair_odds(self, tail: str, head: str) -> float:
        """How much likelier a real line end is than a wrap, given the words on either side (1 mostly).

        Where the left line ends with a bare word and the document writes that word and the right
        line's first word side by side inside a line elsewhere ("Small Business", "Science
        Fiction"), the two are one phrase that a wrap cut: a real line end seldom falls between
        the words of a phrase the document repeats.
        """
        pair = _word_pair_key(tail, head)
        seen = self.pairs[pair] if pair else 0
        return 1.0 if not seen else max(1 / _PAIR_LIMIT, 1 / (1 + _PAIR_WEIGHT * seen))

    def odds_real(self, shape_: str, block: int) -> float:
        prior = self.priors.get(block, _NO_ITEMS)
        # The block's own real line ends first (its items all start with a bullet, say), then
        # the document's.
        own = self.block_real.get(block, Counter())
        real = (own[shape_] + _BLOCK_WEIGHT * self.real.get(shape_, _UNSEEN)) / (own.total() + _BLOCK_WEIGHT)
        return prior * real / self.wrap.get(shape_, _UNSEEN)

    def shape(self, tail: str, head: str) -> str:
        """:func:`shape`, with a capital told apart: a word written in lower case elsewhere starts a sentence."""
        return _refine(shape(tail, head, self.lang), head, self.lower)


# How much each time the document writes a line's last word and the next line's first side by
# side inside a line lowers the odds of a real line end between them, and the most it may.
_PAIR_WEIGHT = 100.0
_PAIR_LIMIT = 1000.0


def _word_pair_key(tail: str, head: str) -> tuple[str, ...] | None:
    """The last word of ``tail`` and the first of ``head`` (see :func:`_pair_key`)."""
    return _pair_key(tail.split()[-2:], head.split(None, 2)[:2])


def _pair_key(before: Sequence[str], after: Sequence[str]) -> tuple[str, ...] | None:
    """The words on either side of a gap, lower-cased, from the tokens before it and after it, if
    the one before is a bare word of letters (no punctuation after it) and the one after starts with
    one (punctuation after it allowed). A number beside a word counts as its shape with the token
    on its far side ("29.8 mi⏎42.5 mi" as "mi 0.0 mi"): a number alone says little.

    >>> _pair_key(["Your", "Small"], ["Business?"]), _pair_key(["the", "end."], ["The"])
    (('small', 'business'), None)
    >>> _pair_key(["29.8", "mi"], ["42.5", "mi"]), _pair_key(["in", "Week"], ["2"])
    (('mi', '0.0', 'mi'), None)
    """
    if not before or not after:
        return None
    last, first = before[-1], after[0].rstrip(_WORD_EDGE)
    last_alpha, first_alpha = last.isalpha(), first.isalpha()
    if last_alpha and first_alpha:
        return last.lower(), first.lower()
    if last_alpha and _PAIR_NUMBER.fullmatch(first) and len(after) > 1:
        return last.lower(), _PAIR_DIGITS.sub("0", first), _PAIR_DIGITS.sub("0", after[1].rstrip(_WORD_EDGE).lower())
    if first_alpha and _PAIR_NUMBER.fullmatch(last) and len(before) > 1:
        return _PAIR_DIGITS.sub("0", before[-2].lower()), _PAIR_DIGITS.sub("0", last), first.lower()
    return None


_PAIR_NUMBER = regexes.compile(r"\d[\d.,]*")
_PAIR_DIGITS = regexes.compile(r"\d+")


# Occurrences added to a word's own at line starts and inside lines, at the share of its case,
# and the most a word's own share can change the odds (see :meth:`LineEnds.start_odds`).
_START_PSEUDO = 1.0
_START_LIMIT = 10.0
_SHARE_FLOOR = 0.01
_STOPS = frozenset(".!?:;…")
# Punctuation around a word.
_WORD_EDGE = "\"'“”‘’«»()[]{}.,;:!?*"
# Odds of a real line end before a whole table row (and of a wrap inside a row that goes on).
_ROW_ODDS = 50.0
# Lines holding a cell separator that make a block a table, and the share of its lines they
# must be.
_TABLE_ROWS = 3
_TABLE_SHARE = 0.3
# Odds that a full line ends for real in a block without surely real line ends.
_NO_ITEMS = 1e-3
_UNSEEN = 1e-4
# Shapes of real line ends before a document shows its own: items and paragraphs end with a
# sentence or a bare word, and the next starts with a capital, a number or a list marker.
_REAL_END = {
    "stop": 0.35,
    "ask": 0.1,
    "colon": 0.1,
    "comma": 0.03,
    "dash": 0.02,
    "dangle": 0.01,
    "word": 0.2,
    "title": 0.14,
    "other": 0.05,
}
_REAL_START = {
    "lower": 0.04,
    "cap": 0.4,
    "name": 0.1,
    "digit": 0.12,
    "item": 0.2,
    "label": 0.1,
    "dash": 0.04,
    "open": 0.04,
    "link": 0.02,
    "other": 0.04,
}
# A line starting with a word and a comma: 1 in 20 of those starting with a word, at most.
_REAL_START |= {f"{kind},": p / 20 for kind, p in _REAL_START.items() if kind in ("lower", "cap", "name", "digit")}
# Weight of those defaults, in breaks, against the document's own surely real breaks, and of
# the document's against a block's.
_DEFAULT_WEIGHT = 3.0
_BLOCK_WEIGHT = 3.0


def shape(tail: str, head: str, lang: str) -> str:
    """The kind of the left line's end and of the right line's start, as "end>start".

    >>> shape("at anchor.", "The agreement", "en"), shape("agreed to", "expand ties", "en")
    ('stop>upper', 'dangle>lower')
    """
    tokens = head.split(None, _LABEL_WORDS)
    return _tail_kind(tail.split()[-_TITLE_RUN:], lang) + ">" + (_head_kind(tokens, 0) if tokens else "other")


def _head_kind(tokens: list[str], k: int) -> str:
    """The kind of the text that starts at token ``k`` of ``tokens``: :func:`_start_kind` of the
    token, or "label" for a few words from a capital to a colon with more after them ("Best for:
    teams", "Template Limitations: once chosen"), the way a key starts its entry.

    >>> _head_kind(["Best", "for:", "small", "teams"], 0), _head_kind(["Best", "for", "you:"], 0)
    ('label', 'upper')
    """
    token = tokens[k]
    if token[0].isupper():
        for at in range(k, min(k + _LABEL_WORDS, len(tokens) - 1)):
            if tokens[at].endswith(":"):
                return "label"
    return _start_kind(token, k + 1 < len(tokens))


# Words a label may have before its colon.
_LABEL_WORDS = 4
# Capitalised words in a row that make a line end look like a heading's ("Choosing a Software
# Development Methodology").
_TITLE_RUN = 3


def _tail_kind(last_tokens: list[str], lang: str) -> str:
    """The kind of a line end from its last few tokens: :func:`_end_kind`, and "title" for a bare
    word ending a run of capitalised words."""
    kind = _end_kind(last_tokens[-1], lang) if last_tokens else "other"
    if kind == "word" and len(last_tokens) == _TITLE_RUN and all(t[:1].isupper() for t in last_tokens):
        return "title"
    return kind


def _refine(shape_: str, head: str, lower: frozenset[str]) -> str:
    """Tell a capitalised word ("cap": the document writes it in lower case too) from a name."""
    end, _, start = shape_.partition(">")
    if not start.startswith("upper"):
        return shape_
    found = _HEAD_LETTERS.match(head)
    word = found.group(1) if found else ""
    common = len(word) > 1 and not word.isupper() and word.lower() in lower
    return f"{end}>{'cap' if common else 'name'}{start[len('upper') :]}"


@lru_cache(maxsize=8192)
def _end_kind(token: str, lang: str) -> str:
    core = token.rstrip(_CLOSERS + "*")
    last = core[-1:]
    if not last:
        return "other"
    if last in ".…":
        return "stop"
    if last in "!?":
        return "ask"
    if last in ":;":
        return "colon"
    if last == ",":
        return "comma"
    if last in "-–—":
        return "dash"
    if last.isalnum():
        word = _last_letters(core)
        return "dangle" if word and lang and words.dangling(word, lang) else "word"
    return "other"


@lru_cache(maxsize=8192)
def _start_kind(token: str, more: bool) -> str:
    """The kind of a line's first token; a word with a comma after it ("Management,") carries on
    an enumeration, which a list item or a paragraph rarely starts with: it gets a kind of its own."""
    kind = _first_kind(token, more)
    return kind + "," if kind in _WORD_STARTS and token.endswith(",") else kind


_WORD_STARTS = frozenset({"lower", "upper", "digit"})


def _first_kind(token: str, more: bool) -> str:
    first = token[0]
    if _is_url(token):
        return "link"
    if first.islower():
        return "lower"
    if first.isupper():
        return "item" if more and re.fullmatch(r"[A-Za-z][.)]", token) else "upper"
    if first.isdigit():
        return "item" if more and re.fullmatch(r"\d{1,3}[.)]", token) else "digit"
    if token in ("-", "–", "—") and more:
        return "dash"
    if first in "•*·▪►✓✔→>#|■□●○◆◇➢➤":
        return "item"
    if first in _OPENS or first in "\"'":
        return "open"
    return "other"


def line_end_evidence(breaks: list[Break], lines: Sequence[str], width: int, lang: str) -> LineEnds:
    """What a document wrapped at ``width`` says about telling its real line ends from its wraps."""
    lower = frozenset(w for line in lines for w in _WORDS.findall(line) if w[0].islower())
    real: Counter[str] = Counter()
    reaches = []
    full: Counter[int] = Counter()  # full lines per block
    sure: Counter[int] = Counter()  # surely real line ends per block
    block_real: dict[int, Counter[str]] = {}  # their shapes
    for b in breaks:
        if len(b.tail) <= width < b.need:
            reaches.append(b.need - len(b.tail))
            full[b.block] += 1
        elif b.need <= width:
            kind = _refine(shape(b.tail, b.head, lang), b.head, lower)
            real[kind] += 1
            block_real.setdefault(b.block, Counter())[kind] += 1
            sure[b.block] += 1
    # A real line end falls anywhere on the line, so a block with n surely real ones has about
    # n * reach / (width - reach) more within the next word's reach of the margin, looking like wraps.
    reach = sum(reaches) / len(reaches) if reaches else _DEFAULT_REACH
    near = reach / max(1.0, width - reach)
    priors = {}
    for block, n_full in full.items():
        expected = (sure[block] + 0.1) * near
        priors[block] = max(_NO_ITEMS, expected / max(1.0, n_full - expected))
    inside: Counter[str] = Counter()
    for line in lines:
        tokens = line.split()
        for i in range(len(tokens) - 1):
            end = _tail_kind(tokens[max(0, i + 1 - _TITLE_RUN) : i + 1], lang)
            inside[_refine(end + ">" + _head_kind(tokens, i + 1), tokens[i + 1], lower)] += 1
    n_real, n_inside = real.total(), inside.total()
    real_p = {
        f"{e}>{s}": (real[f"{e}>{s}"] + _DEFAULT_WEIGHT * pe * ps) / (n_real + _DEFAULT_WEIGHT)
        for e, pe in _REAL_END.items()
        for s, ps in _REAL_START.items()
    }
    wrap_p = {key: (inside[key] + 0.5) / (n_inside + 0.5 * len(real_p)) for key in real_p}
    cells = _table_cells(lines, width)
    starts, inside_words, start_share = _start_words(breaks, lines, width)
    return LineEnds(
        priors,
        real_p,
        block_real,
        wrap_p,
        lower,
        lang,
        starts,
        inside_words,
        start_share,
        cells,
        width,
        reach,
        _lone_lines(lines, width),
        inside_pairs(
            lines, {key for b in breaks if len(b.tail) <= width < b.need and (key := _word_pair_key(b.tail, b.head))}
        ),
    )


def inside_pairs(lines: Sequence[str], wanted: Collection[tuple[str, ...]]) -> Counter[tuple[str, ...]]:
    """How often each of the ``wanted`` word pairs (keys of :func:`_pair_key`) stands inside a line.

    >>> inside_pairs(["Harvard University and Small Business", "from Harvard"], {("harvard", "university")})
    Counter({('harvard', 'university'): 1})
    """
    pairs: Counter[tuple[str, ...]] = Counter()
    if not wanted:
        return pairs
    # A cheap filter first: the word before the gap, or the one after it where a number stands before.
    before_words = {key[0] for key in wanted if not key[0][:1].isdigit()}
    after_words = {key[2] for key in wanted if key[0][:1].isdigit()}
    for line in lines:
        tokens = line.split()
        for i in range(len(tokens) - 1):
            if tokens[i].lower() in before_words or tokens[i + 1].rstrip(_WORD_EDGE).lower() in after_words:
                pair = _pair_key(tokens[max(0, i - 1) : i + 1], tokens[i + 1 : i + 3])
                if pair is not None and pair in wanted:
                    pairs[pair] += 1
    return pairs


def _lone_lines(lines: Sequence[str], width: int) -> tuple[int, ...]:
    """The lengths, sorted, of the lines (stripped) that stand alone: a real line end before and after
    each (a blank line, the text's edge, or a line that could have held the next word at ``width``).

    >>> _lone_lines(["Contents", "", "The talks went on for a week in the", "capital.", "Results"], 40)
    (7, 8)
    """
    stripped = [line.strip() for line in lines]
    ends_real = [
        not stripped[k + 1] or len(lines[k].rstrip()) + 1 + len(stripped[k + 1].split(None, 1)[0]) <= width
        for k in range(len(lines) - 1)
    ] + [True]
    return tuple(
        sorted(
            len(stripped[k])
            for k in range(len(lines))
            if stripped[k] and ends_real[k] and (k == 0 or not stripped[k - 1] or ends_real[k - 1])
        )
    )


def _start_words(
    breaks: list[Break], lines: Sequence[str], width: int
) -> tuple[Counter[str], tuple[Counter[str], Counter[str]], tuple[float, ...]]:
    """The words that start lines after real line ends (a blank line, the text's start, or a
    break whose left line could have held the next word at ``width``), those inside lines after
    a word and after a sentence end, and the shares of :attr:`LineEnds.start_share`.

    >>> starts, inside, share = _start_words([], ["Key: one", "", "Key: two and Three. Four", "Key: four"], 20)
    >>> starts["Key"], inside[0]["Three"], inside[1]["Four"], share
    (2, 1, 1, (0.6666666666666666, 0.0, 0.6666666666666666, 0.0))
    """
    starts: Counter[str] = Counter()
    after_word: Counter[str] = Counter()
    after_stop: Counter[str] = Counter()
    for b in breaks:
        if b.need <= width:
            starts[b.head.split(None, 1)[0].strip(_WORD_EDGE)] += 1
    after_blank = True
    for line in lines:
        tokens = line.split()
        if not tokens:
            after_blank = True
            continue
        if after_blank:
            starts[tokens[0].strip(_WORD_EDGE)] += 1
        after_blank = False
        for before, token in pairwise(tokens):
            (after_stop if before.rstrip(_CLOSERS)[-1:] in _STOPS else after_word)[token.strip(_WORD_EDGE)] += 1
    del starts[""], after_word[""], after_stop[""]
    shares = []
    for inside in (after_word, after_stop):
        for capitalised in (True, False):
            at_start = sum(n for w, n in starts.items() if w[0].isupper() == capitalised)
            within = sum(n for w, n in inside.items() if w[0].isupper() == capitalised)
            shares.append(at_start / (at_start + within) if at_start + within else 0.5)
    return starts, (after_word, after_stop), tuple(shares)


# What separates the cells of a table's rows: tabs, a bar between spaces (a bare bar is as likely
# an "or" in a command), or three spaces or more between columns aligned by spaces.
_CELL_SEPARATORS = {
    "tab": regexes.compile(r"\t+"),
    "bar": regexes.compile(r" \| "),
    "spaces": regexes.compile(r"(?<=\S) {3,}(?=\S)"),
}


def _table_cells(lines: Sequence[str], width: int | None = None) -> dict[int, tuple[str, int, bool]]:
    """The blocks (by their first line) that are tables: the separator of their cells (a tab or
    a spaced bar or a run of spaces: a key of :data:`_CELL_SEPARATORS`), the number of separators
    a whole row holds, and whether a line without any starts after a real line end there (a
    heading, a row of one cell; the block's first line, or one after a line that could have
    held the next word at ``width``; every such line counts without a width).

    >>> _table_cells(["Intro", "", "Name\\tAge\\tTown", "Ann\\t31\\tLeeds", "Bob\\t42\\tYork", "Cy\\t5\\tBath"])
    {2: ('tab', 2, False)}
    """
    found: dict[int, tuple[str, int, bool]] = {}
    start = 0
    for end in [*(i for i, line in enumerate(lines) if not line.strip()), len(lines)]:
        block = [line.strip() for line in lines[start:end]]
        for separator, pattern in _CELL_SEPARATORS.items():
            per_line = [len(pattern.findall(line)) for line in block]
            counts = Counter(filter(None, per_line))
            if not counts:
                continue
            # A whole row holds the most separators a line holds; a wrapped row's lines fewer.
            # (Two lines at least, so that one odd line does not set it.)
            per_row = max((n for n, lines_with in counts.items() if lines_with >= 2), default=0)
            if per_row and counts.total() >= _TABLE_ROWS and counts.total() >= _TABLE_SHARE * len(block):
                bare = any(
                    not n and (k == 0 or width is None or len(block[k - 1]) + 1 + len(block[k].split()[0]) <= width)
                    for k, n in enumerate(per_line)
                )
                found[start] = (separator, per_row, bare)
                break
        start = end + 1
    return found


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
# Nor is text wrapped narrower than this.
MIN_WRAP_WIDTH = 20


def _on_lattice(brk: Break, layout: Layout) -> bool:
    if layout.chunk_period is None:
        return False
    return (brk.offset - layout.chunk_phase) % layout.chunk_period == 0


def _unspaced_script(brk: Break) -> bool:
    last, first = brk.tail[-1:], brk.head[:1]
    return (last >= _UNSPACED_FROM and _UNSPACED.match(last) is not None) or (
        first >= _UNSPACED_FROM and _UNSPACED.match(first) is not None
    )


class Evidence:
    """What decisions consult besides the break and the layout: the document's language and vocabulary.

    ``lang`` may be given as a function that detects it: it is called when a decision first needs
    the language (most breaks are decided by punctuation, case and layout alone). ``vocabulary``
    answers ``word in vocabulary`` for lower-cased words (see :func:`document_vocabulary`).
    """

    __slots__ = ("_detect", "_lang", "vocabulary")

    def __init__(self, vocabulary: Container[str], lang: str | Callable[[], str]) -> None:
        self.vocabulary = vocabulary
        self._lang = lang if isinstance(lang, str) else None
        self._detect = None if isinstance(lang, str) else lang

    @property
    def lang(self) -> str:
        """The language ("" when unknown)."""
        if self._lang is None:
            assert self._detect is not None
            self._lang = self._detect()
        return self._lang

    @property
    def lang_known(self) -> bool:
        """Whether the language was given or has been detected."""
        return self._lang is not None


def decide(
    left: str,
    right: str,
    lang: str,
    vocabulary: frozenset[str],
    layout: Layout | None = None,
    *,
    offset: int = 0,
) -> Join | None:
    """Decide how the break between ``left`` and ``right`` (one paragraph) should be mended.

    ``layout`` is what the whole document says about its breaks (see :func:`analyse_layout`);
    ``offset`` is where the break's newline sits in the text. ``None`` keeps the line break:
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
    return _decide_break(Break(left, right, offset), Evidence(vocabulary, lang), layout or Layout())


def _decide_break(brk: Break, ev: Evidence, layout: Layout) -> Join | None:
    tail, head = brk.tail, brk.head
    if not tail or not head or _unspaced_script(brk):
        return None
    if tail.endswith(SOFT_HYPHEN) and head[:1].isalpha():
        return Join("", 1, "hyphen-dropped", 1.0, "soft hyphen at a line end")
    on_lattice = _on_lattice(brk, layout)
    width = layout.wrap_width
    if width is not None and len(tail) <= width < brk.need and not on_lattice:
        return _decide_wrap(brk, ev, layout.line_ends)
    if not on_lattice and _is_url(head):
        return None  # a link on a line of its own
    if on_lattice or (len(tail) > MAX_WRAP_WIDTH and (width is None or len(tail) > width)):
        return _decide_chunk(brk, ev, on_lattice, layout)
    # A short line in wrapped text (it could have held the next word), in text whose paragraphs
    # are single long lines, or among breaks that show no wrap width: its break is real unless
    # a token is cut in two.
    wraps_ruled_out = width is not None or layout.unwrapped or not layout.few_breaks
    return _decide_unknown(brk, ev, layout, wraps_ruled_out=wraps_ruled_out)


def _decide_wrap(brk: Break, ev: Evidence, line_ends: LineEnds | None) -> Join | None:
    """A full line in wrapped text: a wrap replaced a space here, unless the line ends for real.

    How likely each is comes from the document (see :class:`LineEnds`): in running prose a full
    line is nearly always a wrap, even where a sentence ends; in a list whose items come close to
    the width, an item that ends with a full stop before a capital may well end for real.
    """
    tail, head = brk.tail, brk.head
    if tail.endswith("-") and not brk.spaced and len(tail) > 1 and (tail[-2].isalnum() or tail[-2] == "."):
        return _decide_hyphen(brk, ev)
    if _indented_further(brk):
        return None
    kind = line_ends.shape(tail, head) if line_ends else shape(tail, head, ev.lang)
    if line_ends:
        odds = line_ends.odds_real(kind, brk.block) * line_ends.start_odds(tail, head) * line_ends.row_odds(brk)
        odds *= line_ends.fit_odds(brk) * line_ends.pair_odds(tail, head)
    else:
        odds = 0.05 if brk.continues else 0.5
    confidence = round(1 / (1 + odds), 3)
    return Join(" ", 0, "wrap", confidence, f"the line could not hold the next word ({kind}: wrap {confidence:.0%})")


def _indented_further(brk: Break) -> bool:
    """The right line starts further in than the left one (by a tab or two spaces or more), and
    the left one is no list item: the next line of a block of code or of a table, not a wrap,
    which starts its line at the left line's margin (a list item's wrap may hang under its text).

    >>> _indented_further(Break("def parse(text):", "    return text.split()", 0))
    True
    >>> _indented_further(Break("- apples, pears and", "  plums", 0)), _indented_further(Break("to", " expand", 0))
    (False, False)
    """
    left_indent = len(brk.left) - len(brk.left.lstrip())
    right_indent = len(brk.right) - len(brk.head)
    if right_indent <= left_indent or (right_indent - left_indent < 2 and "\t" not in brk.right[:right_indent]):
        return False
    return _BULLET.match(brk.left.lstrip()) is None


def _inside_token(brk: Break) -> tuple[str, str] | None:
    """The kind of token a break must be inside, and why, if it must.

    A line never starts with closing punctuation or the rest of a number or contraction, and
    never ends with an opening bracket or quote or an attached sign. These hold whether or not a
    space stands beside the break: the whitespace pass trims that space, and a second run must
    decide as the first did.
    """
    tail, head = brk.tail, brk.head
    last, first = tail[-1], head[0]
    if (
        first in _CLINGS_FIRST
        and _CLINGS_LEFT.match(head)
        and (
            last.isalnum()
            or last in _CLOSERS + "%"
            or (last in ".!?,;:" and (first in _CLOSERS or bool(_ABBREVIATION_END.search(tail[-WORD_WINDOW:]))))
        )
    ):
        return "punctuation", "punctuation cut off its line"
    if (tail.endswith(_OPENS) or last in "\"'") and (len(tail) == 1 or tail[-2] in " (["):
        return "punctuation", "a line cannot end with an opening bracket or quote"
    if last.isdigit() and re.match(r"^[.,]\d", head):
        return "split-number", "number split by a break"
    if last in "’'" and len(tail) > 1 and tail[-2].isalpha() and re.match(r"^(?:s|t|d|ll|re|ve|m)\b", head):
        return "split-word", "contraction split by a break"
    if first == "-" and last.isalnum() and len(head) > 1 and head[1].isalnum():
        return "split-word", "hyphenated word split before its hyphen"
    if last == "." and _ABBREVIATION_TAIL.search(tail[-WORD_WINDOW:]) and _ABBREVIATION_HEAD.match(head):
        return "split-word", "abbreviation split by a break"
    attached = _ATTACHED_TAIL.search(tail[-WORD_WINDOW:]) if last in _ATTACHED_TAIL_LAST else None
    if attached and not _is_url(tail.rsplit(None, 1)[-1]):
        sign = attached.group()[-1] in _CURRENCY  # "$" goes on with its number, "–" or "/" with a word
        if first.isdigit() or (not sign and (first.isalnum() or first in _CURRENCY)):
            return "split-word", "a line cannot end with an attached dash, slash or currency sign"
    if first in _ATTACHED_HEAD_FIRST and (last.isalnum() or last in _CLOSERS + "%") and _ATTACHED_HEAD.match(head):
        return "split-word", "a line cannot start with an attached dash, slash or dot"
    if last.isdigit() and head.startswith("+") and not head[1:2].isdigit():
        return "split-number", "a number cut off its plus sign"
    return None


def _decide_chunk(brk: Break, ev: Evidence, on_lattice: bool, layout: Layout | None = None) -> Join | None:
    """A break in chunked text: a newline was added, nothing removed."""
    tail, head = brk.tail, brk.head
    sure = 0.95 if on_lattice else 0.9
    layout = layout or Layout()
    if layout.code and not on_lattice:
        return None
    if brk.spaced:
        if on_lattice or (_chunk_space(brk, layout) and not _new_line_after_sentence(tail, head[0])):
            return Join(" ", 0, "space", sure, "chunk break beside a space")
        return None
    last, first = tail[-1], head[0]
    if last == "-" and first.isalpha() and not on_lattice and len(tail) > 1 and tail[-2].isalnum():
        return _decide_hyphen(brk, ev)  # a hyphenated line end among chunk breaks
    inside = _inside_token(brk)
    if inside:
        return Join("", 0, inside[0], sure, f"chunk break: {inside[1]}")
    if last == "-" and first.isalnum():
        return Join("", 0, "split-word", sure, "chunk break after a hyphen")
    if last.isalpha() and first.islower():
        if on_lattice:
            return Join("", 0, "split-word", sure, "chunked text: a break with no space beside it is inside a word")
        return _decide_word(brk, ev, chunk=True)
    if last.isdigit() and first.isdigit() and (on_lattice or not layout.numbered):
        return Join("", 0, "split-number", sure, "chunk break inside a number")
    if last.isalpha() and first.isupper():
        pair = _split_words(brk)
        if pair:
            joined = pair[0] + pair[1]
            if joined.isupper() or joined.lower() in ev.vocabulary or _word_zipf(joined, ev.lang) >= 3.0:
                return Join("", 0, "split-word", sure - 0.1, f'chunk break inside "{joined}"')
    if on_lattice and (last.isalnum() or last in ".,") and first.isalnum():
        return Join("", 0, "split-word", 0.6, "chunk break at the chunk interval")
    return None


def _decide_unknown(
    brk: Break, ev: Evidence, layout: Layout | None = None, wraps_ruled_out: bool = False
) -> Join | None:
    """A break the layout says nothing about: mend it only on local evidence.

    ``wraps_ruled_out``: the layout says this line was not wrapped (it is short in wrapped text,
    or the text is not wrapped at all), so only a token cut in two is mended.
    """
    tail, head = brk.tail, brk.head
    layout = layout or Layout()
    if layout.code:
        return None
    first = head[0]
    if first.islower() and tail[-1].isalpha() and not brk.spaced:
        # A letter on each side (the commonest break): no token rule, hyphen or number applies.
        return _decide_word(brk, ev, wraps_ruled_out=wraps_ruled_out)
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
        return _decide_hyphen(brk, ev)
    # (A number at the head starts with a decimal digit, \d.)
    if first.isdecimal() and not brk.spaced and not layout.numbered:
        tail_number, head_number = _NUMBER_TAIL.search(tail[-WORD_WINDOW:]), _NUMBER_HEAD.match(head)
        if tail_number and head_number:
            joined = tail_number.group(1) + head_number.group(1)
            if _GROUPED.match(joined) and not _GROUPED.match(tail_number.group(1)):
                return Join("", 0, "split-number", 0.8, f"number {joined} split by a break")
    if brk.spaced and _chunk_space(brk, layout) and not _new_line_after_sentence(tail, first):
        return Join(" ", 0, "space", 0.75, "a chunk cut beside a space")
    if not brk.continues:
        return None
    if brk.spaced:
        if wraps_ruled_out:
            return None
        if _dangles(tail, ev):
            return Join(" ", 0, "space", 0.75, "break beside a space inside a sentence")
        if len(tail) >= MIN_PROSE_LINE:
            return Join(" ", 0, "space", 0.45, "break after a space inside a sentence")
        return None
    return _decide_word(brk, ev, wraps_ruled_out=wraps_ruled_out)


# Texts shorter than this give too little evidence for a language guess.
SHORT_TEXT = 300
# A left line shorter than this may be a line of verse or a list entry rather than cut prose.
MIN_PROSE_LINE = 40


def _split_words(brk: Break) -> tuple[str, str] | None:
    return _word_pair(brk.tail, brk.head)


def _word_pair(tail: str, head: str) -> tuple[str, str] | None:
    """The letters that end ``tail`` and those that start ``head``, if both have some."""
    head_word = _HEAD_LETTERS.match(head)
    if not head_word:
        return None
    tail_word = _last_letters(tail)
    end = tail[-4:]
    if ("'" in end or "’" in end) and (clitic := _CLITIC_END.search(tail, max(0, len(tail) - WORD_WINDOW))):
        # "that's|not": a word with its clitic is whole, and the clitic is no fragment ("s|not" is no "snot")
        tail_word = clitic.group()
    return (tail_word, head_word.group(1)) if tail_word else None


def _word_zipf(word: str, lang: str) -> float:
    """Zipf frequency, with a lone letter counted as a word only if the language has it as one.

    ``lang`` is empty when the language is not known: then no word is known.
    """
    if not lang:
        return 0.0
    if len(word) == 1 and word.lower() not in _ONE_LETTER_WORDS.get(lang, ""):
        return 0.0
    return words.zipf(word, lang)


def _chunk_space(brk: Break, layout: Layout) -> bool:
    """One space on one side of the break, in unindented text: the mark a chunk cut leaves.

    Not where the document leaves spaces at the edges of lines anyway.
    """
    return not layout.edge_spaces and brk.one_space and not (brk.head.startswith("|") or brk.tail.endswith("|"))


def _dangles(tail: str, ev: Evidence) -> bool:
    last = _last_letters(tail)
    return bool(last) and bool(ev.lang) and words.dangling(last, ev.lang)


# How much rarer than the rarer of its two words a run-together pair may be and still be one word
# ("breakthrough" against "break" and "through"), in zipf units.
COMPOUND_MARGIN = 1.5


def _decide_word(brk: Break, ev: Evidence, chunk: bool = False, wraps_ruled_out: bool = False) -> Join | None:
    """A lone break inside a sentence, no space beside it: a split word, or a wrap between two words.

    ``chunk``: the break follows a line longer than any wrap, so it is a chunk break if anything.
    ``wraps_ruled_out``: the line was not wrapped, so it is a split word or a real break.
    Frequencies are looked up only as far as the decision needs them.
    """
    pair = _split_words(brk)
    if pair is None:
        return None
    fragment, head = pair
    joined = fragment + head
    in_document = joined.lower() in ev.vocabulary
    if chunk:
        # After a line longer than any wrap: a chunk break, unless both sides are words found
        # elsewhere and together they are not one ("the\nministry": a real break).
        if in_document:
            return Join("", 0, "split-word", 0.9, "chunked text: a break with no space beside it is inside a word")
        left_z, right_z = _word_zipf(fragment, ev.lang), _word_zipf(head, ev.lang)
        # (a word with its clitic counts by its stem: the document's vocabulary has "WeWork", not "WeWork's")
        left_word = left_z >= 2.0 or _CLITIC.sub("", fragment).lower() in ev.vocabulary
        right_word = right_z >= 2.0 or head.lower() in ev.vocabulary
        # Two words make one only when the compound is about as common as the rarer of them
        # ("news|paper", "some|thing"): a scraper that puts each element on a line of its own
        # breaks between words ("If|there are"), and web text holds such run-together pairs
        # ("ifthere", "ofthe") at low frequencies.
        least = min(left_z, right_z) if left_word and right_word else 0.0
        if not (left_word and right_word) or _word_zipf(joined, ev.lang) >= max(1.0, least - COMPOUND_MARGIN):
            return Join("", 0, "split-word", 0.9, "chunked text: a break with no space beside it is inside a word")
        return None
    if in_document:
        return Join("", 0, "split-word", 0.9, f'"{joined}" occurs elsewhere in the document')
    lang = ev.lang
    joined_z = _word_zipf(joined, lang)
    if joined_z < MIN_RARE_WORD_ZIPF and wraps_ruled_out:
        return None  # not a word, and no wrap either
    left_z, right_z = _word_zipf(fragment, lang), _word_zipf(head, lang)
    zipfs = (left_z, right_z, joined_z)
    if joined_z < 2.0 and (rare := _rare_word(brk, ev, fragment, head, zipfs, wraps_ruled_out)) is not None:
        return rare
    if joined_z < 2.0 and wraps_ruled_out:
        return None  # not a word, and no wrap either
    if joined_z >= 2.0 and (min(left_z, right_z) < 2.5 or joined_z > max(left_z, right_z)):
        confidence = min(0.95, 0.55 + 0.1 * (joined_z - min(left_z, right_z)))
        return Join("", 0, "split-word", confidence, f'"{joined}" is a word')
    if joined_z >= MIN_SUFFIXED_ZIPF and head in _SUFFIXES.get(lang, ()) and joined_z >= left_z - SUFFIX_MARGIN:
        # "state|ment", "tradition|al": both halves are words, but the right one is a suffix that
        # prose does not write alone, and the word it makes is common
        return Join("", 0, "split-word", 0.6, f'"{head}" is a suffix, and "{joined}" a word')
    if (
        joined_z > left_z + right_z - ZIPF_PER_BILLION + SPLIT_WORD_MARGIN
        and _paragraph_pieces(brk, wraps_ruled_out)
        # (function words go together far more often than chance says: "may|be", "any|one", "walk|through")
        and not {fragment.casefold(), head.casefold()} & stopwords(lang)
    ):
        # "app|eared", "half|time" in the middle of a paragraph's line, in text that is not wrapped: as
        # one word it is likelier than as two words side by side (their frequencies multiplied), and a
        # break between two words of a long line (not a link's words on a line of their own) keeps a space
        return Join("", 0, "split-word", 0.6, f'"{joined}" is likelier than "{fragment} {head}"')
    if left_z >= 2.0 and right_z >= 2.0 and not wraps_ruled_out:
        if _dangles(brk.tail, ev):
            return Join(" ", 0, "wrap", 0.75, f'"{fragment}" cannot end a line')
        return Join(" ", 0, "wrap", 0.45, f'"{fragment}" and "{head}" are two words')
    return None


def _new_line_after_sentence(tail: str, first: str) -> bool:
    """A sentence ends the left line and the right one opens in capitals or on a mark: a page's line
    after a stray space ("... for yoga classes. " over "Copyright 2025 ...", "___"), no chunk's cut.

    >>> _new_line_after_sentence("for yoga classes. ", "C"), _new_line_after_sentence("agree to ", "e")
    (True, False)
    """
    return tail.rstrip().endswith(_SENTENCE_END) and (first.isupper() or not first.isalnum())


def _paragraph_pieces(brk: Break, wraps_ruled_out: bool) -> bool:
    """Whether the break cuts a paragraph's line of text that is not wrapped in two pieces of prose
    (the left one may be a paragraph's opening words), not a link's words set on a line of their own."""
    return wraps_ruled_out and len(brk.tail) >= MIN_OPENING_PIECE and len(brk.head.rstrip()) >= MIN_PARAGRAPH_PIECE


def _rare_word(
    brk: Break, ev: Evidence, fragment: str, head: str, zipfs: tuple[float, float, float], wraps_ruled_out: bool
) -> Join | None:
    """A break inside a rare word (Zipf under 2): where neither half is a word anywhere ("scaffo|lded"),
    or, in a paragraph's pieces of text that is not wrapped, where one half is no word ("batt|ened")."""
    left_z, right_z, joined_z = zipfs
    joined = fragment + head
    if joined_z < MIN_RARE_WORD_ZIPF:
        return None
    if left_z == right_z == 0.0 and fragment.lower() not in ev.vocabulary and head.lower() not in ev.vocabulary:
        return Join("", 0, "split-word", 0.55, f'neither "{fragment}" nor "{head}" is a word, "{joined}" is')
    least = min(left_z, right_z)
    word = joined_z >= MIN_PIECE_WORD_ZIPF or least == 0.0  # ("comp|ositionality": no word at all on the right)
    if _paragraph_pieces(brk, wraps_ruled_out) and word and least < MIN_PIECE_WORD_ZIPF:
        return Join("", 0, "split-word", 0.55, f'"{fragment}" or "{head}" is no word, "{joined}" is')
    return None


def _decide_hyphen(brk: Break, ev: Evidence) -> Join:
    """A hyphen at a wrapped line end: a syllable break to drop, or a compound's own hyphen to keep.

    The document's own spelling decides first. Otherwise the more frequent of the two readings
    wins: the joined word's frequency is wordfreq's; a hyphenated compound's is not in wordfreq
    (it splits "well-known" into its parts), so it is taken halfway (in log frequency) between
    what its parts allow at most (the rarer part) and what two words make together by chance
    (the product of their frequencies).
    """
    tail, head = brk.tail, brk.head
    first_word = _FIRST_TOKEN.match(head)
    if first_word and first_word.group().lower().strip(",.;:") in _CONJUNCTIONS:
        return Join(" ", 0, "hyphen-kept", 0.9, "suspended hyphen (pre- and post-war)")
    pair = _word_pair(tail[:-1].rstrip(), head)
    keep = Join("", 0, "hyphen-kept", 0.85, "hyphen of a compound")
    if pair is None:
        return keep  # "COVID-\n19", "U.S.-\nled"
    fragment, rest = pair
    before = tail[: -1 - len(fragment)]
    joined, hyphenated = fragment + rest, f"{fragment}-{rest}".lower()
    if hyphenated in ev.vocabulary:
        return Join("", 0, "hyphen-kept", 0.95, f'"{fragment}-{rest}" occurs elsewhere in the document')
    if joined.lower() in ev.vocabulary:
        return Join("", 1, "hyphen-dropped", 0.95, f'"{joined}" occurs elsewhere in the document')
    if len(fragment) == 1 or before[-1:].isalnum() or before.endswith(".") or rest[0].isupper():
        # "X-\nray", "4K-\nready", "U.S.-\nled": no syllable is cut off so. "Franco-\nGerman":
        # a word cut at a syllable goes on in lower case (unless the document writes "MacBook").
        return keep
    lang = ev.lang
    joined_z = words.zipf(joined, lang) if lang else 0.0
    left_z, right_z = (words.zipf(fragment, lang), words.zipf(rest, lang)) if lang else (0.0, 0.0)
    if joined_z == 0:
        if left_z > 0 and right_z > 0:
            return Join("", 0, "hyphen-kept", 0.7, f'"{fragment}" and "{rest}" are words, "{joined}" is not')
        return Join("", 1, "hyphen-dropped", 0.6, "syllable break inside an unknown word")
    compound_z = (min(left_z, right_z) + max(0.0, left_z + right_z - ZIPF_MAX)) / 2
    margin = joined_z + SYLLABLE_ODDS - compound_z
    confidence = round(min(0.99, 1 / (1 + 10 ** -abs(margin))), 3)
    if margin >= 0:
        return Join("", 1, "hyphen-dropped", confidence, f'"{joined}" ({joined_z:.1f}) is commoner than "{hyphenated}"')
    return Join("", 0, "hyphen-kept", confidence, f'"{hyphenated}" is commoner than "{joined}" ({joined_z:.1f})')


# A word's Zipf value is log10 of its frequency per billion words: two words' product is the sum
# of their Zipf values less this.
ZIPF_MAX = 9.0
# log10 of how much more often a hyphen at a line end cuts a word at a syllable than it ends the
# first part of a compound (about ten to one in hyphenated text).
SYLLABLE_ODDS = 1.0


def document_vocabulary(lines: tuple[Line, ...], wrapped: bool = False) -> frozenset[str]:
    """Lower-cased words of the document, hyphenated compounds included, away from line breaks.

    The last word of a line followed by another and the first word of a line that follows one
    may be fragments of a broken word, so they do not count; in ``wrapped`` text (no chunk
    breaks) only those beside a line-end hyphen may be.

    >>> sorted(document_vocabulary(Document.from_text("to bolste\\nr ties, well-known").lines))
    ['ties', 'to', 'well-known']
    >>> sorted(document_vocabulary(Document.from_text("Gab-\\nbard and Gabbard\\nsaid").lines, wrapped=True))
    ['and', 'gabbard', 'said']
    """
    return _whole_vocabulary([line.text for line in lines], wrapped)


def _whole_vocabulary(texts: Sequence[str], wrapped: bool) -> frozenset[str]:
    return frozenset(word for i in range(len(texts)) for word in _line_vocabulary(texts, i, wrapped))


def _line_vocabulary(texts: Sequence[str], i: int, wrapped: bool) -> list[str]:
    """The words line ``i`` of ``texts`` gives :func:`document_vocabulary`, lower-cased."""
    tokens = _VOCABULARY_WORD.findall(texts[i])
    drop_last, drop_first = _line_edges(texts, i, wrapped)
    if drop_last:
        tokens = tokens[:-1]
    if drop_first:
        tokens = tokens[1:]
    return [w.lower() for w in tokens]


def _line_edges(texts: Sequence[str], i: int, wrapped: bool) -> tuple[bool, bool]:
    """Whether the last word and the first word of line ``i`` may be fragments of broken words."""
    text = texts[i]
    drop_last = i + 1 < len(texts) and _filled(texts[i + 1]) and (not wrapped or text.rstrip().endswith("-"))
    drop_first = i > 0 and _filled(texts[i - 1]) and (not wrapped or texts[i - 1].rstrip().endswith("-"))
    return drop_last, drop_first


def _letter_span(text: str) -> tuple[int, int]:
    """Where the first letter of ``text`` is and where its last one is (``len(text)``, -1 without letters).

    >>> _letter_span("(to bolster.)"), _letter_span("2024")
    ((1, 10), (4, -1))
    """
    first = _LETTER.search(text)
    if first is None:
        return len(text), -1
    last = _LETTER.search(text[::-1])
    assert last is not None
    return first.start(), len(text) - 1 - last.start()


def _filled(text: str) -> bool:
    """``bool(text.strip())``, without copying the text."""
    return text != "" and not text.isspace()


_VOCABULARY_WORD = regexes.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class DocumentVocabulary:
    """``word in`` :func:`document_vocabulary` of the lines ``texts``, answered without building it.

    Decisions ask about a few words, most of them nowhere in the text (the two halves of a line
    break run together). A word of a line occurs, lower-cased, in the lower-cased text: each
    word asked is looked for there with one substring search, and only the lines where it
    occurs are split into words. (Lower-casing goes character by character, but for the Greek
    final sigma: both sides fold it.) Before that, ``letter_runs()``, if given, returns the runs
    of letters of the lower-cased text, or more (see :func:`_letter_runs`): a word with a run of
    letters not among them is not there. After :data:`SEARCHES_PER_BUILD` searches the whole
    set is built instead, so that a round stays linear in the length of the text. ``asked``
    lists every word asked, in order.

    >>> vocabulary = DocumentVocabulary(["to bolste", "r ties, well-known"], "to bolste\\nr ties, well-known")
    >>> "ties" in vocabulary, "bolste" in vocabulary, "well-known" in vocabulary, "known" in vocabulary
    (True, False, True, False)
    """

    def __init__(
        self,
        texts: Sequence[str],
        text: str,
        wrapped: bool = False,
        letter_runs: Callable[[], Container[bytes]] | None = None,
    ) -> None:
        self._texts = texts
        self._text = text  # "\n".join(texts)
        self._wrapped = wrapped
        self._letter_runs = letter_runs
        self._lowered = ""
        self._line_starts: list[int] = []  # in the lower-cased text, and its length + 1
        self._line_words: dict[int, frozenset[str]] = {}
        self._edges: dict[int, tuple[bool, bool, int, int]] = {}
        self._answers: dict[str, bool] = {}
        self._same_length = False  # the lower-cased text is as long as the text
        self._searches = 0
        self._visits = 0  # places where a word asked occurs
        self._whole: frozenset[str] | None = None
        self.asked: list[str] = []

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        self.asked.append(word)
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = self._search(word)
        return answer

    def _search(self, word: str) -> bool:
        if self._letter_runs is not None:
            runs = self._letter_runs()
            if word.isascii() and word.isalpha():  # one run of letters, as lower-cased as can be
                if word.lower().encode() not in runs:
                    return False
            elif not all(run in runs for run in _letter_runs(word)):
                return False
        self._searches += 1
        if self._whole is None and self._searches > SEARCHES_PER_BUILD:
            self._whole = _whole_vocabulary(self._texts, self._wrapped)
        if self._whole is not None:
            return word in self._whole
        if not self._line_starts:
            self._lowered = _fold_sigma(self._text.lower())
            lengths = map(len, self._lowered.split("\n"))
            self._line_starts = list(accumulate(map((1).__add__, lengths), initial=0))
            self._same_length = len(self._lowered) == len(self._text)
            if len(self._line_starts) != len(self._texts) + 1:  # (a line holding a newline)
                self._whole = _whole_vocabulary(self._texts, self._wrapped)
                return word in self._whole
        needle = _fold_sigma(word)
        at = self._lowered.find(needle) if needle else -1
        while at >= 0:
            self._visits += 1
            if self._visits > len(self._text) // VISITS_PER_BUILD:  # a word found everywhere
                self._whole = _whole_vocabulary(self._texts, self._wrapped)
                return word in self._whole
            line = bisect_right(self._line_starts, at) - 1
            if self._same_length:
                if self._kept_at(line, at - self._line_starts[line], word):
                    return True
                at = self._lowered.find(needle, at + 1)
            elif word in self._words_of(line):
                return True
            else:
                at = self._lowered.find(needle, self._line_starts[line + 1])
        return False

    def _kept_at(self, line: int, at: int, word: str) -> bool:
        """Whether a word of line ``line`` that the vocabulary keeps starts at ``at`` and is ``word``.

        (The lower-cased text is as long as the text: each character lower-cases to one.) The
        work is bounded by the word's length, whatever the line.
        """
        text = self._texts[line]
        # A word starts where no letter precedes it, nor a hyphen after a letter.
        before = ("  " + text[max(0, at - 2) : at])[-2:]  # (spaces before the line)
        if _LETTER.fullmatch(before[1]) or (before[1] == "-" and _LETTER.fullmatch(before[0])):
            return False
        # The word found there, read no further than a "-" and a letter past its end (where it
        # would go on).
        found = _VOCABULARY_WORD.match(text, at, at + len(word) + 2)
        if found is None or found.end() != at + len(word) or found.group().lower() != word:
            return False
        drop_last, drop_first, first_letter, last_letter = self._edges_of(line)
        return not (drop_last and last_letter == found.end() - 1) and not (drop_first and at == first_letter)

    def _edges_of(self, line: int) -> tuple[bool, bool, int, int]:
        """Whether line ``line`` gives its last and its first word, and where its first and last letters are."""
        edges = self._edges.get(line)
        if edges is None:
            edges = self._edges[line] = (
                *_line_edges(self._texts, line, self._wrapped),
                *_letter_span(self._texts[line]),
            )
        return edges

    def _words_of(self, line: int) -> frozenset[str]:
        found = self._line_words.get(line)
        if found is None:
            found = self._line_words[line] = frozenset(_line_vocabulary(self._texts, line, self._wrapped))
        return found


# A substring search costs some hundredth of splitting the whole text into words, and a look
# at a place where a word asked occurs about as much as splitting some 80 characters of it
# (measured on "a-a-a..."): beyond that many searches, or a look per so many characters, the
# whole set is built.
SEARCHES_PER_BUILD = 256
VISITS_PER_BUILD = 64


def _fold_sigma(text: str) -> str:
    """The text with the Greek final sigma written as a plain one (lower-casing picks either by context)."""
    return text.replace("ς", "σ")


def _letter_runs(text: str) -> list[bytes]:
    """:func:`words.lowered_words` of ``text`` with final sigmas folded.

    Lower-casing turns no other character into a letter, nor a letter into more letters than
    it lower-cases to alone (checked over all of Unicode by the tests), so the runs of a word
    lower-cased are runs of the text lower-cased wherever the word occurs in it.

    >>> _letter_runs("ΟΔΟΣ well-Known")
    [b'\\xce\\xbf\\xce\\xb4\\xce\\xbf\\xcf\\x83', b'well', b'known']
    """
    if "Σ" in text or "ς" in text:
        text = _fold_sigma(text.lower())
    return words.lowered_words(text)


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
    mends nothing: running it again on its own output changes nothing. A round redoes only what
    the last one's mends changed (see :class:`_Memory`).

    The whitespace pass then trims the spaces and drops the invisible characters that the rounds
    read as evidence (a chunk cut beside a space), and a second run of cleaning sees only what
    it leaves. So where breaks remain and that pass would change what the rounds read
    (:func:`as_whitespace_leaves`), the rounds go on over the lines as it will leave them: the
    breaks kept are those a second run keeps, and cleaning its own output changes nothing.

    >>> rejoin(Document.from_text("the talks on cooperation in\\u200b\\nalliance with Seoul"), Config()).text
    'the talks on cooperation in alliance with Seoul'
    """
    doc = _mend_split_paragraphs(doc)
    memory = _Memory()
    doc = _mend_rounds(doc, cfg, memory)
    if (
        memory.kept
        and cfg.enabled(whitespace.NAME)
        and (untidy := as_whitespace_leaves(doc, memory.text, memory.edge_spaces))
    ):
        # What the rounds remember holds while the lines differ only in spaces: the words are the same.
        same_words = memory.text.isascii() or _INVISIBLE.search(memory.text) is None
        doc = _mend_rounds(untidy, cfg, memory if same_words else _Memory(), settled=True)
    return doc


def _mend_rounds(doc: Document, cfg: Config, memory: _Memory, settled: bool = False) -> Document:
    """Rounds of mending until one mends nothing (see :func:`_rejoin_once` for ``settled``)."""
    for _ in range(MAX_ROUNDS):
        mended = _rejoin_once(doc, cfg, memory, settled)
        if mended is doc:
            break
        doc = mended
    return doc


def as_whitespace_leaves(doc: Document, text: str, edge_spaces: bool = True) -> Document | None:
    """``doc`` without the lines the whitespace pass drops, if that pass changes what the rounds
    read; else None.

    ``text``: the lines of ``doc`` joined with newlines; ``edge_spaces``: whether a line of ``doc``
    starts or ends with a space (True if not known). The rounds read the lines that are not
    blank, and the offsets between them (:func:`_chunk_lattice`): blank lines dropped or trimmed
    before the first line or after the last change nothing they read. The lines that pass
    drops (blank after a blank one, at the start or the end) are dropped here already: unrecorded,
    as layout, or, a line of invisible characters alone, with the record that pass would make.
    The other lines stay as they are: the settled rounds read them as that pass will leave them.

    >>> doc = Document.from_text("Talks went on \\n\\n\\n\\nin Seoul.\\n\\n")
    >>> [line.text for line in as_whitespace_leaves(doc, doc.text).lines]
    ['Talks went on ', '', 'in Seoul.']
    >>> doc = Document.from_text("\\n\\nTalks went on\\nin Seoul.\\n\\n\\n")
    >>> as_whitespace_leaves(doc, doc.text) is None
    True
    """
    if not (edge_spaces or _untidy(text.strip("\n"))):
        return None
    kept: list[int] = []  # the lines kept, by index
    blank = True  # the last line kept is blank, or none is
    seen = False  # a line that is not blank was kept
    shifted = False  # a blank line was dropped or trimmed since
    changed = False
    for i, line in enumerate(doc.lines):
        view = whitespace.normalise_line(line.text)
        if view:
            changed = changed or view != line.text or (seen and shifted)
            seen, shifted = True, False
        else:
            changed = changed or not line.is_blank  # (invisible characters alone)
            shifted = shifted or blank or line.text != ""
            if blank:
                continue
        kept.append(i)
        blank = not view
    if not changed:
        return None
    while kept and not whitespace.normalise_line(doc.lines[kept[-1]].text):
        kept.pop()
    if len(kept) == len(doc.lines):
        return doc
    # A line of invisible characters alone goes with the record that pass would make of it.
    dropped = (doc.lines[i] for i in sorted(set(range(len(doc.lines))).difference(kept)))
    records = (whitespace.spacing_edit(line, line.text.strip(), "") for line in dropped if not line.is_blank)
    return doc.replace(lines=tuple(map(doc.lines.__getitem__, kept)), edits=doc.edits + tuple(records))


# What the whitespace pass may change inside a text's lines (a cheap test before the exact one):
# blank-line runs, odd spaces and invisible characters (see :mod:`cleannews.passes.whitespace`),
# two spaces between words.
_INVISIBLE = regexes.compile(r"[\u200b\u2060\ufeff\u00ad]")  # what the whitespace pass drops from words
_UNTIDY_NON_ASCII = regexes.compile(
    r"[\u0085\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
)


def _untidy(text: str) -> bool:
    """Whether the whitespace pass may change the lines ``text`` joins (False: it surely leaves them).

    Spaces at the edges of lines are looked for apart (see :func:`as_whitespace_leaves`).

    >>> _untidy("a line\\n\\nanother\\nand one more"), _untidy("a line\\n\\n\\nanother"), _untidy("a\\u00a0line")
    (False, True, True)
    """
    return "\n\n\n" in text or "  " in text or (not text.isascii() and _UNTIDY_NON_ASCII.search(text) is not None)


# Rounds of mending before the pass gives up looking for more (one or two are the rule).
MAX_ROUNDS = 6

# A paragraph cut off in mid-sentence (a word or a comma last), and the rest of it in lowercase.
_OPEN_END = regexes.compile(r"(?P<last>[^\W\d_]+,?)\s*$")
_LOWER_START = regexes.compile(r"\s*(?P<first>[^\W\d_]+)(?=[\s,;:.!?]|$)")
# The fewest words of the part before the cut (a headline over a paragraph is no sentence cut short).
MIN_CUT_WORDS = 8


def _mend_split_paragraphs(doc: Document) -> Document:
    """Join a paragraph that a removed line cut in two ("the mayor said, adding that the",
    "Advertisement", "plan would raise spending ...") across the blank lines left around it: the
    first part ends in mid-sentence, the second goes on in lowercase.

    >>> text = "On Monday the mayor told reporters that the\\n\\nAdvertisement\\n\\nplan would pass.\\n\\nIt did."
    >>> doc = Document.from_text(text)
    >>> doc = doc.replace(lines=doc.lines[:2] + doc.lines[3:])  # as the chrome pass leaves it
    >>> mended = _mend_split_paragraphs(doc)
    >>> mended.text.split("\\n")
    ['On Monday the mayor told reporters that the plan would pass.', '', 'It did.']
    >>> mended.edits[0].before
    'the\\n\\n\\nplan'
    >>> _mend_split_paragraphs(Document.from_text("Apple unveils its new phone\\n\\niPhone sales rose.")).edits
    ()
    """
    lines = doc.lines
    if not any(map(_opens_lower, _after_removed_lines(lines))):
        return doc  # no line that a removal parted from the line above goes on in lowercase
    # The next line that is not blank, at or after each position (one pass: linear in the lines).
    following = [len(lines)] * (len(lines) + 1)
    for j in range(len(lines) - 1, -1, -1):
        following[j] = following[j + 1] if lines[j].is_blank else j
    kept: list[Line] = []
    edits: list[Edit] = []
    k = 0
    current = lines[0] if lines else None  # line k, or the line its joins have made
    while current is not None:
        after = following[k + 1]
        gone = after < len(lines) and lines[after].origin - lines[k].origin > after - k  # a line was removed
        if (
            gone
            and not current.is_blank
            and (end := _OPEN_END.search(current.text)) is not None
            and end.group("last").rstrip(",").islower()
            and len(current.text.split()) >= MIN_CUT_WORDS
            and (start := _LOWER_START.match(lines[after].text)) is not None
            and start.group("first").islower()  # ("iPhone" may open a paragraph)
        ):
            head, tail = current.text[: end.start("last")], lines[after].text[start.end("first") :]
            middle = [lines[j].text for j in range(k + 1, after)]
            before = "\n".join([end.group("last"), *middle, start.group("first")])
            joined = f"{end.group('last')} {start.group('first')}"
            edits.append(
                Edit(NAME, current.origin, before, joined, "a paragraph cut in two by a removed line", "paragraph", 0.9)
            )
            current, k = Line(head + joined + tail, current.origin), after  # (it may be cut again further on)
            continue
        kept.append(current)
        k += 1
        current = lines[k] if k < len(lines) else None
    if not edits:
        return doc
    return doc.replace(lines=tuple(kept), edits=doc.edits + tuple(edits))


def _after_removed_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines that are not blank and follow the one above that is not blank across a removed line.

    >>> doc = Document.from_text("a\\n\\nb\\nc\\nd")
    >>> [line.text for line in _after_removed_lines(doc.lines[:1] + doc.lines[3:])]
    ['c']
    """
    filled = list(compress(range(len(lines)), map(str.strip, map(attrgetter("text"), lines))))
    origins = [lines[k].origin for k in filled]
    gone = map(gt, map(sub, origins[1:], origins), map(sub, filled[1:], filled))
    return [lines[k] for k in compress(filled[1:], gone)]


def _opens_lower(line: Line) -> bool:
    """Whether a line starts with a word in lowercase (as the second part of a cut paragraph does)."""
    start = _LOWER_START.match(line.text)
    return start is not None and start.group("first").islower()


class _Decision(NamedTuple):
    """How a break was decided in a round: what the decision read besides the break's lines
    and the round's evidence, and the words it asked the vocabulary about."""

    on_lattice: bool
    block: int  # the break's block, where the layout weighs line ends per block; else 0
    after: int  # the break's ``after``, where the layout weighs line ends; else 0
    join: Join | None
    asked: tuple[str, ...]


@dataclass(slots=True)
class _Memory:
    """What a round of mending leaves for the next, so that the next need not start over.

    Mending a few breaks leaves most of a document as it was. The language stays what it was
    while the mends since it was detected cannot have changed it (see :meth:`language`). A
    break whose two lines did not change is decided as in the last round if the layout reads
    the same to the decisions (:func:`_decision_basis`), so does the language (when the last
    round needed it), and no word the decision asked the vocabulary about is one whose standing
    a mend changed (:func:`_mended_words`).
    """

    detected: tuple[str | None, int] | None = None  # the last detection and its margin
    detected_whole: bool = False  # whether it read the whole text
    mends: int = 0  # breaks mended since
    # The letter runs of the text (:func:`_letter_runs`) counted, or more once mends have added
    # the runs around them (then only membership holds).
    runs: Counter[bytes] | None = None
    runs_counted: Counter[bytes] | None = None  # the runs of this round's text counted, if known
    # The last round's breaks, by their lines.
    breaks: dict[tuple[str, str], list[Break]] = field(default_factory=dict)
    basis: Layout | None = None
    lang: str | None = None  # the last round's language, if it needed one
    mended_words: frozenset[str] = frozenset()
    kept: int = 0  # breaks the last round left as they were
    text: str = ""  # the last round's lines joined with newlines
    edge_spaces: bool = True  # whether a line of the last round starts or ends with a space

    def still_holds(self, basis: Layout, evidence: Evidence) -> bool:
        """Whether the last round decided on the same layout and language as this one."""
        return self.basis == basis and (self.lang is None or evidence.lang == self.lang)

    def language(self, text: str) -> str | None:
        """:func:`words.detect_language` of ``text``, the mended text of the last detection.

        Detection counts function words and words in the text's first characters. A mend
        joins two words into one at most, or changes the case form of the two beside the break
        (a Greek final sigma): every count moves by two at most. If the last detection read
        the whole text (the mended text is shorter), and its margin covers two per mend since,
        the answer is the same.
        """
        if self.detected is not None and self.detected_whole and 2 * self.mends <= self.detected[1]:
            return self.detected[0]
        self.detected_whole = len(text) <= words.DETECTION_WINDOW
        if self.detected_whole:
            counts = self.runs_counted if self.runs_counted is not None else self._count_runs(text)
        else:
            counts = Counter(_letter_runs(text[: words.DETECTION_WINDOW]))
        self.detected = words.detect_language_with_margin(text, counts)
        self.mends = 0
        return self.detected[0]

    def letter_runs(self, text: str) -> Container[bytes]:
        """The runs of letters of ``text``, the text of this round, or more."""
        return self.runs if self.runs is not None else self._count_runs(text)

    def _count_runs(self, text: str) -> Counter[bytes]:
        self.runs = self.runs_counted = Counter(_letter_runs(text))
        return self.runs_counted


def _decision_basis(layout: Layout) -> Layout:
    """The layout as decisions read it: whether the text is ``chunked`` matters to them only
    through the vocabulary, which counts the words at line edges when it is not wrapped."""
    return dataclasses.replace(layout, chunked=_wrapped(layout))


def _wrapped(layout: Layout) -> bool:
    """Whether the document is hard-wrapped and not chunked (see :func:`document_vocabulary`)."""
    return layout.wrap_width is not None and not layout.chunked


def _junction_windows(merged: str, junctions: list[int]) -> list[str]:
    """The texts between the spaces around the offsets ``junctions`` (in order) of ``merged``,
    where lines were joined into it: every word that touches a junction lies in its window.
    Junctions with no space between share one window, read once.

    >>> _junction_windows("the price was 20 dollars, the gov-ern-ment", [15, 34, 38])
    ['20', 'gov-ern-ment']
    """
    windows: list[str] = []
    end = -1
    for junction in junctions:
        if junction + 1 <= end:
            continue  # no space from the last junction to the end of its window
        start = merged.rfind(" ", 0, junction) + 1
        end = merged.find(" ", junction + 1)
        end = end if end >= 0 else len(merged)
        windows.append(merged[start:end])
    return windows


def _mended_words(left: str, right: str) -> set[str]:
    """The last word of ``left`` and the first of ``right``, lower-cased: the words beside a break.

    Mending a break changes the standing in :func:`document_vocabulary` of these (they now
    stand inside a line) and of the words around the junction (:func:`_junction_windows`),
    where they may have become one; the other words of the two lines stand as they did, the
    first and the last of the mended line included.

    >>> sorted(_mended_words("the price was 2", "0 dollars and"))
    ['dollars', 'was']
    """
    found = set()
    first = _VOCABULARY_WORD.search(right)
    last = _VOCABULARY_WORD.search(left[::-1])  # words read backwards are words (runs of letters and hyphens)
    if first:
        found.add(first.group().lower())
    if last:
        found.add(last.group()[::-1].lower())
    return found


def _rejoin_once(doc: Document, cfg: Config, memory: _Memory, settled: bool = False) -> Document:
    """A round of mending: decide every break of ``doc``, and mend those found to be artefacts.

    ``settled``: read the lines as the whitespace pass will leave them
    (:func:`whitespace.normalise_line`), and mend them so (a junction's spaces and invisible
    characters go, as that pass would trim them).
    """
    texts = [line.text for line in doc.lines]
    if settled:
        texts = list(map(whitespace.normalise_line, texts))
    stripped = list(map(str.strip, texts))
    breaks = _candidate_breaks(texts, stripped, memory.breaks)
    memory.kept = 0
    if not breaks:
        return doc  # no break to mend: no dictionary, no language guess
    memory.breaks = {}
    for _, brk in reversed(breaks):  # (so that pop() gives back a pair's breaks in order)
        memory.breaks.setdefault((brk.left, brk.right), []).append(brk)
    text = memory.text = "\n".join(texts)
    memory.edge_spaces = any(map(ne, map(len, texts), map(len, stripped)))

    def detect() -> str:
        # An unknown language ("") gets no word-frequency evidence: only layout, punctuation,
        # vocabulary. It is detected anew each round (unless the mends since cannot have
        # changed it), so that a round that mends nothing sees what a new run would.
        # (Blank lines and spaces at the ends, which the whitespace pass drops, weigh nothing.)
        core = text.strip()
        lang = memory.language(core) or ""
        if not lang and len(core) < SHORT_TEXT:
            lang = "en"  # too little text to tell: assume the default
        return lang

    evidence = Evidence(frozenset(), cfg.lang if cfg.lang in words.SUPPORTED else detect)
    layout = _analyse_layout([b for _, b in breaks], texts, stripped, lambda: evidence.lang)
    vocabulary = DocumentVocabulary(texts, text, _wrapped(layout), lambda: memory.letter_runs(text))
    evidence.vocabulary = vocabulary
    basis = _decision_basis(layout)
    reuse = memory.still_holds(basis, evidence)
    period, phase, per_block = layout.chunk_period, layout.chunk_phase, layout.line_ends is not None
    joins: dict[int, Join] = {}
    for i, brk in breaks:
        on_lattice = period is not None and (brk.offset - phase) % period == 0
        block, following = (brk.block, brk.after) if per_block else (0, 0)
        decided = brk.decided
        if not (
            reuse
            and decided is not None
            and decided.on_lattice == on_lattice
            and decided.block == block
            and decided.after == following
            and memory.mended_words.isdisjoint(decided.asked)
        ):
            asked = len(vocabulary.asked)
            join = _decide_break(brk, evidence, layout)
            decided = brk.decided = _Decision(on_lattice, block, following, join, tuple(vocabulary.asked[asked:]))
        join = decided.join
        if join is not None and join.confidence >= cfg.rejoin_threshold and not _assembles_entity(brk, join):
            joins[i] = join
    memory.basis = basis
    memory.lang = evidence.lang if evidence.lang_known else None
    memory.kept = len(breaks) - len(joins)
    if not joins:
        return doc
    lines: list[Line] = []
    # The working lines mends made, in pieces, by index in ``lines``: joined once at the end, so
    # that a long run of mended lines costs time in proportion to its length.
    pieces: dict[int, list[str]] = {}
    length = 0  # of the last working line
    last_origin = 0  # the input line the current working line ends on
    edits: list[Edit] = []
    junctions: list[tuple[int, int, int]] = []  # (working line, left input line, offset in the mended line)
    edge = _SETTLED_EDGE if settled else None  # what a junction trims
    placed = 0  # the lines of ``doc`` before this one are in ``lines``
    # (the lines between mended breaks go over as they are, a stretch at a time)
    for left in sorted(joins):
        join = joins[left]
        if placed <= left:
            lines += doc.lines[placed : left + 1]
            length, last_origin = len(doc.lines[left].text), doc.lines[left].origin
        line = doc.lines[left + 1]
        k = len(lines) - 1
        parts = pieces.setdefault(k, [lines[k].text])
        # (A working line ends with a whole input line that is not blank: trimming its last
        # piece trims the line.)
        before, after = mend(_last_characters(parts, EDIT_CONTEXT + 1, edge), line.text, join, edge)
        edits.append(Edit(NAME, last_origin, before, after, join.reason, join.kind, join.confidence))
        kept = parts[-1].rstrip(edge)
        length -= len(parts[-1]) - len(kept) + join.drop_tail
        parts[-1] = kept[: len(kept) - join.drop_tail]
        junctions.append((k, left, length))
        head = line.text.lstrip(edge)
        parts += (join.glue, head)
        length += len(join.glue) + len(head)
        last_origin = line.origin
        placed = left + 2
    lines += doc.lines[placed:]
    for k, parts in pieces.items():
        lines[k] = Line("".join(parts), lines[k].origin)
    mended_words: set[str] = set()
    by_line: dict[int, list[int]] = {}
    for k, i, at in junctions:
        mended_words |= _mended_words(texts[i], texts[i + 1])
        by_line.setdefault(k, []).append(at)
    for k, offsets in by_line.items():
        for window in _junction_windows(lines[k].text, offsets):
            if settled:
                window = whitespace.normalise_line(window)  # (as the next round reads it)
            mended_words.update(w.lower() for w in _VOCABULARY_WORD.findall(window))
            if memory.runs is not None:
                memory.runs.update(_letter_runs(window))  # the new text's runs, and perhaps some gone
    memory.mended_words = frozenset(mended_words)
    memory.runs_counted = None
    memory.mends += len(junctions)
    return doc.replace(lines=tuple(lines), edits=doc.edits + tuple(edits))


def _assembles_entity(brk: Break, join: Join) -> bool:
    """Whether mending the break would put together an HTML entity split by it (``&am⏎p;``).

    The unicode pass, which decodes entities, has run: the mend would leave ``&amp;`` for the
    next run to decode. Such a break is left as it is.

    >>> _assembles_entity(Break("flooded&am-", "p; months"), Join("", 1, "hyphen", 0.9, ""))
    True
    >>> _assembles_entity(Break("R&", "D spending"), Join("", 0, "chunk", 0.9, ""))
    False
    """
    if join.glue or "&" not in brk.tail[-34:]:
        return False
    left = brk.tail[: len(brk.tail) - join.drop_tail]
    return bool(_ENTITY_START.search(left) and _ENTITY_END.match(brk.head))


# The two halves of an HTML entity (``&amp;``, ``&#8217;``) split by a line break.
_ENTITY_START = regexes.compile(r"&#?[A-Za-z0-9]{0,31}$")
_ENTITY_END = regexes.compile(r"^[A-Za-z0-9]{0,31};")


def _merge(left: str, right: str, join: Join, edge: str | None = None) -> str:
    kept = left.rstrip(edge)
    return kept[: len(kept) - join.drop_tail] + join.glue + right.lstrip(edge)


# What a junction trims in settled rounds: every character str.strip() removes, and the invisible
# ones the whitespace pass drops (its view of a line has neither at its edges).
_SETTLED_EDGE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + "\u200b\u2060\ufeff\u00ad"
)


# An edit shows at most this many characters of the left line before its trailing spaces (the
# last word, or the end of a longer run without spaces): a run of many lines mended into one
# word would otherwise repeat the whole word so far in every edit.
EDIT_CONTEXT = 256


def _last_characters(parts: list[str], trimmed: int, edge: str | None = None) -> str:
    """The end of the text ``parts`` make: its trailing whitespace (or ``edge`` characters) and
    ``trimmed`` characters before it."""
    wanted = trimmed + len(parts[-1]) - len(parts[-1].rstrip(edge))
    taken: list[str] = []
    size = 0
    for part in reversed(parts):
        taken.append(part)
        size += len(part)
        if size >= wanted:
            break
    return "".join(reversed(taken))


def mend(left: str, right: str, join: Join, edge: str | None = None) -> tuple[str, str]:
    """The words on both sides of the break, before and after mending, for the edit record.

    The left side goes back to the last space, or :data:`EDIT_CONTEXT` characters. ``edge``:
    the characters trimmed at the junction (whitespace if None).

    >>> mend("agreed to bolste", "r cooperation", Join("", 0, "split-word", 1.0, ""))
    ('bolste\\nr', 'bolster')
    """
    kept = left.rstrip(edge)
    start = max(kept.rfind(" ", max(0, len(kept) - EDIT_CONTEXT - 1)) + 1, len(kept) - EDIT_CONTEXT)
    stripped = right.lstrip(edge)
    first_space = stripped.find(" ")
    end = len(right) - len(stripped) + (first_space if first_space >= 0 else len(stripped))
    before = left[start:] + "\n" + right[:end]
    return before, _merge(left[start:], right[:end], join, edge)
