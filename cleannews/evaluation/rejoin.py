"""Rejoin evaluation: break clean article text the ways scrapers and wrappers do, mend it, score it.

Clean article text (Zyte ``articleBody``, WCXB ``main_content``) gets one kind of artefact at a
time from a seeded generator:

- ``chunk``: a newline every N characters of the text (N log-uniform in 60..4000, random phase),
  wherever it falls: inside a word, beside a space, a punctuation mark, a number;
- ``wrap``: every line longer than W (40..100) wrapped greedily at W, the space replaced by a newline;
- ``hyphen``: the same, but a word that does not fit is split at a syllable (pyphen) with a hyphen,
  or after its own hyphen ("well-" + "known"), as word processors and PDF converters do;
- ``clean``: nothing injected: whatever a tool changes is damage.

Every tool sees the same broken text. Scoring reads the original and each output as letters
and the gaps between them (see :class:`Gaps`), and compares, for each injected break, the gap
there: ``exact`` (what the original had), ``wrong join`` (less separation than the original,
or a real hyphen lost), ``wrong split`` (a space or a leftover wrap hyphen inside a word),
``missed`` (the line break is still there). Gaps away from the breaks that a tool changed count
as wrong joins or splits too (joining the items of a list is a wrong join), and for clean input
as changed lines. The comparison is linear in the number of words; nothing is cached.

Zyte is the development set, WCXB the held-out check; both are reported.

    python -m cleannews.evaluation.rejoin --data ../shared/data [--update-readme] [--limit N]
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
import math
import random
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cleannews.evaluation.data import add_data_option, require, wcxb_pages, zyte_pages

KINDS = ("chunk", "wrap", "hyphen", "clean")
README_START = "<!-- rejoin-eval:start -->"
README_END = "<!-- rejoin-eval:end -->"
_PYPHEN_LANG = {"en": "en_US", "de": "de_DE", "fr": "fr", "es": "es", "pt": "pt_PT", "it": "it_IT", "nl": "nl_NL"}
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Break:
    """An injected break in gap ``gap`` of the original (after its ``gap``-th letter, see :class:`Gaps`)."""

    gap: int
    kind: str  # chunk, wrap, hyphen-drop, hyphen-keep


@dataclass(slots=True)
class Sample:
    """One broken version of one clean text."""

    corpus: str
    page_id: str
    kind: str
    lang: str
    original: str
    broken: str
    breaks: list[Break]
    reference: Gaps  # the original's letters and gaps, shared by the samples of one page
    detail: str = ""

    def letter_positions(self) -> list[int]:
        """Where each letter of the original sits in it (for showing examples)."""
        return _letter_positions(self.original)


def _letter_positions(text: str) -> list[int]:
    """Where each letter of ``text`` (see :class:`Gaps`) sits in it."""
    index = letter_index(text)
    return [p for p in range(len(text)) if index[p + 1] > index[p]]


# ---------------------------------------------------------------------------------------------
# Generators


def inject_chunks(text: str, rng: random.Random, gaps: list[int]) -> tuple[str, list[Break], int]:
    """A newline every N characters of ``text``, counted on the original, from a random phase.

    ``gaps`` is :func:`letter_index` of ``text``.
    """
    interval = round(math.exp(rng.uniform(math.log(60), math.log(4000))))
    out: list[str] = []
    breaks: list[Break] = []
    last = 0
    for p in range(rng.randrange(1, interval + 1), len(text), interval):
        out.append(text[last:p])
        last = p
        before, after = text[p - 1], text[p]
        out.append("\n")
        if before == "\n" or after == "\n" or gaps[p] < 0:
            continue  # beside a real line break: nothing to mend
        if before.isspace() and after.isspace():
            continue  # inside a run of spaces (a table's alignment): no gap to speak of
        breaks.append(Break(gaps[p], "chunk"))
    out.append(text[last:])
    return "".join(out), breaks, interval


def _wrap_line(
    line: str, width: int, gaps: list[int], offset: int, hyphenate: Callable[[str], list[int]] | None
) -> tuple[str, list[Break]]:
    """Greedy fill of one line at ``width``; ``hyphenate`` gives split points of a word, if any."""
    if len(line) <= width:
        return line, []
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
    out_lines: list[str] = []
    breaks: list[Break] = []
    current = ""
    current_end = 0  # end position in ``line`` of the last word placed on the current line
    i = 0
    while i < len(words):
        start, word = words[i]
        sep = line[current_end:start] if current else ""
        if not current:
            current, current_end, i = word, start + len(word), i + 1
            continue
        if len(current) + len(sep) + len(word) <= width:
            current += sep + word
            current_end = start + len(word)
            i += 1
            continue
        room = width - len(current) - len(sep)
        split = _best_split(word, room, hyphenate) if hyphenate else None
        if split is not None:
            cut, kept = split
            head = word[:cut] + ("" if kept else "-")
            out_lines.append(current + sep + head)
            # the gap after the character before the cut, in original terms
            breaks.append(Break(gaps[offset + start + cut], "hyphen-keep" if kept else "hyphen-drop"))
            words[i] = (start + cut, word[cut:])
            current = ""
            continue
        out_lines.append(current)
        breaks.append(Break(gaps[offset + start], "wrap"))
        current = ""
    out_lines.append(current)
    return "\n".join(out_lines), breaks


def _best_split(word: str, room: int, hyphenate: Callable[[str], list[int]]) -> tuple[int, bool] | None:
    """The longest head of ``word`` that fits in ``room`` with its hyphen: (cut, hyphen is the word's own)."""
    own = [m.end() for m in re.finditer(r"(?<=\w)-(?=\w)", word)]
    best: tuple[int, bool] | None = None
    for cut in own:
        if cut <= room and len(word) - cut >= 2:
            best = (cut, True)
    core = re.match(r"^[\"“‘(]*([^\W\d_]+)", word)
    if core and not own:
        lead = core.start(1)
        for p in hyphenate(core.group(1)):
            cut = lead + p
            if cut + 1 <= room and p >= 2 and len(core.group(1)) - p >= 3 and (best is None or cut > best[0]):
                best = (cut, False)
    return best


def inject_wrap(
    text: str, rng: random.Random, gaps: list[int], hyphenate: Callable[[str], list[int]] | None
) -> tuple[str, list[Break], int]:
    """Wrap every line of ``text`` at a random width, greedily; hyphenate if given a hyphenator.

    ``gaps`` is :func:`letter_index` of ``text``.
    """
    width = rng.randint(40, 100)
    out: list[str] = []
    breaks: list[Break] = []
    offset = 0
    for line in text.split("\n"):
        wrapped, found = _wrap_line(line.rstrip(), width, gaps, offset, hyphenate)
        out.append(wrapped)
        breaks.extend(found)
        offset += len(line) + 1
    return "\n".join(out), breaks, width


# ---------------------------------------------------------------------------------------------
# Scoring
#
# A text is read as its *letters* (every character but whitespace, zero-width characters and
# hyphens that follow a letter) and the *gaps* between them. A gap is described by its rank (0 nothing, 1 a space,
# 2 a line break) and the hyphens in it: "well-known" has a (0, "-") gap after "well", "coop-\\n
# eration" a (2, "-") gap. The tools only move whitespace and hyphens, so the letters of their
# output equal the original's (checked; a tool that changes letters is aligned block by block),
# and comparing two texts is comparing two small dictionaries of gaps: linear in the words.

# Whitespace (zero-width characters too), or hyphens right after a letter or digit with any
# whitespace after them. Any other hyphen ("- item", "a - b", "--") counts as a letter.
_GAP_RUN = re.compile(r"((?<=\w)[-\u00ad]+[\s\u200b-\u200d\u2060\ufeff]*|[\s\u200b-\u200d\u2060\ufeff]+)")
_NO_GAP = (0, "")


@functools.lru_cache(maxsize=4096)
def _signature(run: str) -> tuple[int, str]:
    """A gap's rank (0 nothing, 1 a space, 2 a line break) and its hyphens."""
    rank = 2 if "\n" in run or "\r" in run else 1 if any(ch.isspace() for ch in run) else 0
    return rank, "".join(ch for ch in run if ch in "-\u00ad")


@dataclass(frozen=True, slots=True)
class Gaps:
    """The letters of a text and its non-empty gaps, keyed by the index of the letter before them."""

    letters: str
    gaps: dict[int, tuple[int, str]]

    @classmethod
    def of(cls, text: str) -> Gaps:
        parts = _GAP_RUN.split(text)  # letters, gap, letters, gap, ..., letters
        letters = "".join(parts[0::2])
        ends = list(itertools.accumulate(map(len, parts[0::2])))
        gaps = {
            end - 1: signature
            for end, run in zip(ends, parts[1::2], strict=False)
            if 0 < end < len(letters) and (signature := _signature(run)) != _NO_GAP
        }
        return cls(letters, gaps)

    def line_breaks(self) -> list[int]:
        """The gaps that hold a line break, in order."""
        return sorted(g for g, (rank, _) in self.gaps.items() if rank == 2)


def letter_index(text: str) -> list[int]:
    """For each position p of ``text``, the index of the gap a break inserted at p falls in.

    That is the number of letters before p, minus one (-1 before the first letter).
    """
    index: list[int] = []
    count, last = -1, 0
    for run in _GAP_RUN.finditer(text):
        index.extend(range(count, count + run.start() - last))
        count += run.start() - last
        index.extend([count] * (run.end() - run.start()))
        last = run.end()
    index.extend(range(count, count + len(text) - last + 1))
    return index


@dataclass(slots=True)
class Tally:
    """Counts for one tool on one kind of break."""

    breaks: int = 0
    exact: int = 0
    wrong_join: int = 0
    wrong_split: int = 0
    missed: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)  # "hyphen-drop:exact" ...
    lines: int = 0
    lines_changed: int = 0
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)
    mistakes: list[tuple[int, str]] = field(default_factory=list)  # (gap, "kind outcome"), for --dump

    def add(self, other: Tally) -> None:
        for name in ("breaks", "exact", "wrong_join", "wrong_split", "missed", "lines", "lines_changed", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_kind.update(other.by_kind)
        self.examples.extend(other.examples[: max(0, 40 - len(self.examples))])


def outcome(original: tuple[int, str], output: tuple[int, str]) -> str:
    """How a tool left one gap: exact, wrong_join, wrong_split or missed (still a line break)."""
    if original == output:
        return "exact"
    rank, hyphens = original
    out_rank, out_hyphens = output
    if (hyphens and hyphens not in out_hyphens) or out_rank < rank:
        return "wrong_join"  # a real hyphen dropped, or less separation than the original had
    if out_rank == rank and len(out_hyphens) == len(hyphens):
        return "exact"
    return "missed" if out_rank == 2 else "wrong_split"


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    """Length of the common prefix of a[i:] and b[j:] (by doubling then halving slices)."""
    limit = min(len(a) - i, len(b) - j)
    step = 64
    k = 0
    while k < limit:
        n = min(step, limit - k)
        if a[i + k : i + k + n] == b[j + k : j + k + n]:
            k += n
            step *= 2
            continue
        if n == 1:
            break
        step = max(1, n // 2)
    return k


def matching_blocks(a: str, b: str, window: int = 400, anchor: int = 8) -> list[tuple[int, int, int]]:
    """Blocks ``(i, j, n)`` with ``a[i:i+n] == b[j:j+n]``, in order, found by a greedy walk.

    The tools change letters rarely and locally, so after a mismatch the walk looks for the next
    ``anchor`` letters of one text within ``window`` letters of the other, nearest first.
    """
    if a == b:
        return [(0, 0, len(a))]
    blocks: list[tuple[int, int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        n = _common_prefix(a, i, b, j)
        if n:
            blocks.append((i, j, n))
            i, j = i + n, j + n
            continue
        best: tuple[int, int] | None = None
        for di in range(window):
            if best is not None and di >= best[0] + best[1]:
                break
            key = a[i + di : i + di + anchor]
            if len(key) < min(anchor, len(a) - i - di) or not key:
                break
            dj = b.find(key, j, j + window + len(key))
            if dj >= 0 and (best is None or di + dj - j < sum(best)):
                best = (di, dj - j)
        if best is None:
            break
        i, j = i + best[0], j + best[1]
    return blocks


def score(sample: Sample, output: str, keep_examples: bool = False) -> Tally:
    """Compare ``output`` with the original at every injected break, and at every gap it changed."""
    tally = Tally()
    reference = sample.reference
    result = Gaps.of(output)
    if result.letters == reference.letters:
        out_gaps = result.gaps
        lost: set[int] = set()
    else:
        out_gaps, lost = _map_gaps(reference.letters, result)
    ref_gaps = reference.gaps

    def judge(gap: int) -> str:
        if gap in lost:
            return "wrong_join"  # a letter beside it was dropped or changed
        return outcome(ref_gaps.get(gap, _NO_GAP), out_gaps.get(gap, _NO_GAP))

    broken_gaps: set[int] = set()
    for brk in sample.breaks:
        if brk.gap in broken_gaps or not 0 <= brk.gap < len(reference.letters) - 1:
            continue
        broken_gaps.add(brk.gap)
        result_kind = judge(brk.gap)
        tally.breaks += 1
        setattr(tally, result_kind, getattr(tally, result_kind) + 1)
        tally.by_kind[f"{brk.kind}:{result_kind}"] += 1
        if keep_examples and result_kind != "exact":
            tally.examples.append(f"{brk.kind} {result_kind}: {_context(sample, brk.gap)!r}")
            tally.mistakes.append((brk.gap, f"{brk.kind} {result_kind}"))
    # Collateral damage: gaps without an injected break that the tool changed.
    changed = ({gap for gap, _ in ref_gaps.items() ^ out_gaps.items()} | lost) - broken_gaps
    line_breaks = reference.line_breaks() if sample.kind == "clean" else []
    changed_lines: set[int] = set()
    for gap in sorted(changed):
        result_kind = judge(gap)
        if result_kind == "exact":
            continue
        if result_kind in ("wrong_join", "wrong_split"):
            setattr(tally, result_kind, getattr(tally, result_kind) + 1)
        if keep_examples:
            tally.examples.append(f"collateral {result_kind}: {_context(sample, gap)!r}")
            tally.mistakes.append((gap, f"collateral {result_kind}"))
        if sample.kind == "clean":
            changed_lines.add(bisect.bisect_left(line_breaks, gap))
    if sample.kind == "clean":
        tally.lines = len(line_breaks) + 1 if reference.letters else 0
        tally.lines_changed = len(changed_lines)
    return tally


def _map_gaps(letters: str, result: Gaps) -> tuple[dict[int, tuple[int, str]], set[int]]:
    """The output's gaps in the original's letter indices, and the original gaps that lost a letter."""
    blocks = matching_blocks(letters, result.letters)
    out_of = [-1] * len(letters)  # output letter index of each original letter
    for i, j, n in blocks:
        out_of[i : i + n] = range(j, j + n)
    orig_of = {j: i for i, j in enumerate(out_of) if j >= 0}
    gaps: dict[int, tuple[int, str]] = {}
    lost: set[int] = set()
    for g in range(len(letters) - 1):
        if out_of[g] < 0 or out_of[g + 1] != out_of[g] + 1:
            lost.add(g)
    for j, gap in result.gaps.items():
        at = orig_of.get(j)
        if at is not None and at + 1 < len(letters) and out_of[at + 1] == j + 1:
            gaps[at] = gap
    return gaps, lost


def broken_lines(sample: Sample, gap: int, around: int = 1) -> str:
    """The lines of the broken text around gap ``gap``, with their lengths; the line after the gap marked.

    >>> original = "one two three four"
    >>> sample = Sample("t", "1", "wrap", "en", original, "one two\\nthree four", [], Gaps.of(original))
    >>> print(broken_lines(sample, 5))
        7|one two
    >> 10|three four
    """
    positions = _letter_positions(sample.broken)
    at = positions[gap] + 1 if 0 <= gap < len(positions) else 0
    lines = sample.broken.split("\n")
    line = sample.broken.count("\n", 0, min(at + 1, len(sample.broken)))
    shown = range(max(0, line - around), min(len(lines), line + around + 1))
    return "\n".join(f"{'>>' if k == line else '  '}{len(lines[k]):3d}|{lines[k]}" for k in shown)


def _context(sample: Sample, gap: int) -> str:
    """The original text around a gap, with a bar at the gap."""
    index = sample.letter_positions()
    p = index[gap] + 1 if 0 <= gap < len(index) else 0
    return sample.original[max(0, p - 30) : p] + "|" + sample.original[p : p + 30]


# ---------------------------------------------------------------------------------------------
# Tools


def _cleannews(threshold: float) -> Callable[[str], str]:
    from cleannews.config import Config
    from cleannews.document import Document
    from cleannews.passes.rejoin import rejoin

    cfg = Config(rejoin_threshold=threshold)

    def run(text: str) -> str:
        return rejoin(Document.from_text(text), cfg).text

    return run


def _join_space(text: str) -> str:
    """Every line break inside a paragraph becomes a space."""
    return "\n\n".join(re.sub(r"[ \t]*\n[ \t]*", " ", p) for p in re.split(r"\n[ \t]*\n", text))


def _join_nothing(text: str) -> str:
    """Every line break inside a paragraph is deleted."""
    return "\n\n".join(p.replace("\n", "") for p in re.split(r"\n[ \t]*\n", text))


def _unstructured(text: str) -> str:
    from unstructured.cleaners.core import group_broken_paragraphs

    return str(group_broken_paragraphs(text))


def _textacy(text: str) -> str:
    from textacy.preprocessing import normalize

    return str(normalize.whitespace(normalize.hyphenated_words(text)))


def tools(threshold: float) -> dict[str, Callable[[str], str]]:
    return {
        "cleannews": _cleannews(threshold),
        "join with space": _join_space,
        "join with nothing": _join_nothing,
        "unstructured": _unstructured,
        "textacy": _textacy,
    }


# ---------------------------------------------------------------------------------------------
# Running


def _is_latin(text: str) -> bool:
    letters = _LETTER.findall(text)
    return bool(letters) and len(_LATIN_LETTER.findall(text)) >= 0.8 * len(letters)


_MID_SENTENCE_END = re.compile(r"[\w,;]$")


def already_wrapped(text: str) -> bool:
    """Whether a ground truth is itself hard-wrapped prose: at least 30% of its lines run on into a
    next line that starts in lower case, and those lines are mostly 60 characters or longer.
    Breaking such a text again cannot tell which of its breaks a tool should mend, so it enters
    the clean-input row only. (Code and lists run on too, in short lines; they stay in.)

    >>> prose = "The council met on Monday and agreed after a long debate to fund the new"
    >>> already_wrapped("\\n".join(["git add -A", "git commit -m fix"] * 6))  # code runs on in short lines
    False
    >>> already_wrapped("\\n".join([prose, "library and the pool, which the mayor had promised in"] * 6))
    True
    """
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 5:
        return False
    run_on = [
        len(lines[i])
        for i in filled
        if i + 1 < len(lines) and _MID_SENTENCE_END.search(lines[i].rstrip()) and lines[i + 1].lstrip()[:1].islower()
    ]
    return len(run_on) >= 0.3 * len(filled) and sorted(run_on)[len(run_on) // 2] >= 60


def samples(corpus: str, pages: Iterable[tuple[str, str]], seed: int, repeats: int) -> Iterable[Sample]:
    """The broken versions of every page: ``repeats`` of each kind, from a per-page seeded generator."""
    from cleannews.words import guess_language

    hyphenators: dict[str, Callable[[str], list[int]]] = {}
    for page_id, truth in pages:
        text = truth.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            continue
        lang = guess_language(text)
        reference = Gaps.of(text)
        yield Sample(corpus, page_id, "clean", lang, text, text, [], reference)
        if not _is_latin(text) or already_wrapped(text):
            continue  # scripts without word spacing: breaks cannot be mended, only left alone
        if lang not in hyphenators:
            import pyphen

            dic = pyphen.Pyphen(lang=_PYPHEN_LANG.get(lang, "en_US"))
            hyphenators[lang] = dic.positions
        gaps = letter_index(text)
        for r in range(repeats):
            rng = random.Random(zlib.crc32(f"{seed}:{corpus}:{page_id}:{r}".encode()))
            broken, breaks, n = inject_chunks(text, rng, gaps)
            yield Sample(corpus, page_id, "chunk", lang, text, broken, breaks, reference, f"N={n}")
            broken, breaks, w = inject_wrap(text, rng, gaps, None)
            yield Sample(corpus, page_id, "wrap", lang, text, broken, breaks, reference, f"W={w}")
            broken, breaks, w = inject_wrap(text, rng, gaps, hyphenators[lang])
            yield Sample(corpus, page_id, "hyphen", lang, text, broken, breaks, reference, f"W={w}")


def evaluate(
    corpus: str,
    pages: Iterable[tuple[str, str]],
    runners: dict[str, Callable[[str], str]],
    seed: int,
    repeats: int,
    verbose: bool = False,
    kinds: Iterable[str] = KINDS,
    dump: bool = False,
) -> dict[str, dict[str, Tally]]:
    """Run every tool on every sample of the ``kinds`` asked for and score it.

    ``verbose``: print cleannews's first mistakes on each sample (in the original text) to
    stderr; ``dump``: print every mistake, with the lines of the broken text around it.
    """
    results = {kind: {name: Tally() for name in runners} for kind in KINDS}
    wanted = frozenset(kinds)
    for sample in samples(corpus, pages, seed, repeats):
        if sample.kind not in wanted:
            continue
        for name, run in runners.items():
            start = time.perf_counter()
            output = run(sample.broken)
            elapsed = time.perf_counter() - start
            tally = score(sample, output, keep_examples=(verbose or dump) and name == "cleannews")
            tally.seconds = elapsed
            if verbose and name == "cleannews" and tally.examples:
                for example in tally.examples[:5]:
                    print(f"  {corpus}/{sample.page_id} {sample.kind} {sample.detail}: {example}", file=sys.stderr)
            if dump and name == "cleannews":
                for gap, what in tally.mistakes:
                    print(f"=== {corpus}/{sample.page_id} {sample.kind} {sample.detail} {what}", file=sys.stderr)
                    print(broken_lines(sample, gap), file=sys.stderr)
            results[sample.kind][name].add(tally)
    return results


def _pct(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole`` to three decimals, rounded down, so that a figure
    short of a target is never shown as meeting it.

    >>> _pct(209_900, 210_113), _pct(2, 3), _pct(5, 5), _pct(0, 0)
    ('99.898%', '66.666%', '100.000%', '–')
    """
    if not whole:
        return "–"
    thousandths = 100_000 * part // whole
    return f"{thousandths // 1000}.{thousandths % 1000:03d}%"


def _per_10k(part: int, whole: int) -> str:
    """``part`` per 10,000 of ``whole`` to one decimal, rounded up (a limit is a most).

    >>> _per_10k(1, 10_001), _per_10k(0, 7), _per_10k(3, 0)
    ('1.0', '0.0', '–')
    >>> _per_10k(101, 1_000_000)
    '1.1'
    """
    if not whole:
        return "–"
    tenths = -(-100_000 * part // whole)
    return f"{tenths // 10}.{tenths % 10}"


def table(corpus: str, results: dict[str, dict[str, Tally]]) -> str:
    """A markdown table: one row per kind and measure, one column per tool."""
    names = list(results["clean"])
    rows: list[tuple[str, list[str]]] = []
    labels = {"chunk": "chunk breaks", "wrap": "hard-wrap breaks", "hyphen": "hyphenated wraps"}
    for kind in ("chunk", "wrap", "hyphen"):
        tallies = results[kind]
        count = tallies[names[0]].breaks
        if kind == "hyphen":
            drop = [t.by_kind["hyphen-drop:exact"] for t in tallies.values()]
            keep = [t.by_kind["hyphen-keep:exact"] for t in tallies.values()]
            n_drop = sum(v for k, v in tallies[names[0]].by_kind.items() if k.startswith("hyphen-drop:"))
            n_keep = sum(v for k, v in tallies[names[0]].by_kind.items() if k.startswith("hyphen-keep:"))
            right = [d + k for d, k in zip(drop, keep, strict=True)]
            rows.append((f"hyphenated wraps right ({n_drop + n_keep:,})", [_pct(r, n_drop + n_keep) for r in right]))
            rows.append((f"… hyphen dropped (`coop-⏎eration`, {n_drop:,})", [_pct(d, n_drop) for d in drop]))
            rows.append((f"… hyphen kept (`well-⏎known`, {n_keep:,})", [_pct(k, n_keep) for k in keep]))
            count = n_drop + n_keep
            errors = tallies
        else:
            rows.append(
                (f"{labels[kind]} repaired exactly ({count:,})", [_pct(t.exact, t.breaks) for t in tallies.values()])
            )
            errors = tallies
        rows.append((f"… wrong joins, {kind}", [f"{t.wrong_join:,}" for t in errors.values()]))
        rows.append((f"… wrong splits, {kind}", [f"{t.wrong_split:,}" for t in errors.values()]))
        rows.append((f"… left broken, {kind}", [f"{t.missed:,}" for t in errors.values()]))
    clean = results["clean"]
    lines = clean[names[0]].lines
    rows.append(
        (
            f"clean input: lines changed per 10,000 ({lines:,} lines)",
            [_per_10k(t.lines_changed, lines) for t in clean.values()],
        )
    )
    seconds = [sum(results[k][n].seconds for k in KINDS) for n in names]
    rows.append(("time (s)", [f"{s:.1f}" for s in seconds]))
    header = f"| {corpus} | " + " | ".join(names) + " |"
    rule = "|---|" + "---:|" * len(names)
    return "\n".join([header, rule, *(f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows)])


def update_readme(readme: Path, body: str) -> None:
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        raise SystemExit(f"cleannews: error: {readme} has no {README_START} ... {README_END} section")
    new = text[: start + len(README_START)] + "\n" + body + "\n" + text[end:]
    readme.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    add_data_option(parser)
    parser.add_argument("--seed", type=int, default=1, help="seed of the break generator (default 1)")
    parser.add_argument("--repeats", type=int, default=2, help="broken versions of each page per kind (default 2)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages of each corpus")
    parser.add_argument("--corpus", choices=("zyte", "wcxb", "both"), default="both")
    parser.add_argument("--threshold", type=float, default=0.5, help="cleannews --rejoin-threshold")
    parser.add_argument("--only-cleannews", action="store_true", help="skip the peers (quicker while developing)")
    parser.add_argument("--verbose", action="store_true", help="print cleannews's mistakes to stderr")
    parser.add_argument(
        "--dump", action="store_true", help="print every cleannews mistake to stderr, with the broken lines around it"
    )
    parser.add_argument(
        "--kind", action="append", choices=KINDS, help="only this kind of break (repeatable; default: every kind)"
    )
    parser.add_argument("--update-readme", action="store_true", help="write the tables into README.md")
    args = parser.parse_args(argv)
    if args.update_readme and (args.kind or args.limit or args.only_cleannews):
        parser.error("--update-readme needs the whole table: every kind, every page, every tool")
    data = require(args.data)
    runners = tools(args.threshold)
    if args.only_cleannews:
        runners = {"cleannews": runners["cleannews"]}
    corpora: dict[str, Callable[[], Iterable[tuple[str, str]]]] = {
        "zyte": lambda: ((p.page_id, p.truth) for p in zyte_pages(data)),
        "wcxb": lambda: ((p.page_id, p.truth) for p in wcxb_pages(data)),
    }
    sections = []
    for corpus, pages in corpora.items():
        if args.corpus not in (corpus, "both"):
            continue
        selected = list(pages())
        if args.limit:
            selected = selected[: args.limit]
        results = evaluate(
            corpus, selected, runners, args.seed, args.repeats, args.verbose, kinds=args.kind or KINDS, dump=args.dump
        )
        title = "Zyte (development set)" if corpus == "zyte" else "WCXB articles (held out)"
        wrapped = [page_id for page_id, truth in selected if already_wrapped(truth.replace("\r\n", "\n"))]
        if wrapped:
            title += (
                f"; {len(wrapped)} page(s) whose ground truth is itself hard-wrapped "
                f"({', '.join(wrapped)}) are in the clean-input row only"
            )
        sections.append(f"{title}\n\n{table(corpus, results)}")
        print(sections[-1] + "\n", flush=True)
    if args.update_readme:
        update_readme(Path(__file__).resolve().parents[2] / "README.md", "\n\n".join(sections))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
