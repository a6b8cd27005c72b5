"""Rejoin evaluation: break clean article text the ways scrapers and wrappers do, mend it, score it.

Clean article text (Zyte ``articleBody``, WCXB ``main_content``) gets one kind of artefact at a
time from a seeded generator:

- ``chunk``: a newline every N characters of the text (N log-uniform in 60..4000, random phase),
  wherever it falls: inside a word, beside a space, a punctuation mark, a number;
- ``wrap``: every line longer than W (40..100) wrapped greedily at W, the space replaced by a newline;
- ``hyphen``: the same, but a word that does not fit is split at a syllable (pyphen) with a hyphen,
  or after its own hyphen ("well-" + "known"), as word processors and PDF converters do;
- ``clean``: nothing injected: whatever a tool changes is damage.

Every tool sees the same broken text. Scoring aligns the non-space characters of the output with
the original's and compares, for each injected break, the gap between the two characters around it:
``exact`` (what the original had), ``wrong join`` (less separation than the original, or a real
hyphen lost), ``wrong split`` (a space or a leftover wrap hyphen inside a word), ``missed`` (the line
break is still there). Gaps away from the breaks that a tool changed count as wrong joins or splits
too (joining the items of a list is a wrong join), and for clean input as changed lines.

Zyte is the development set, WCXB the held-out check; both are reported.

    python -m cleannews.evaluation.rejoin --data ../shared/data [--update-readme] [--limit N]
"""

from __future__ import annotations

import argparse
import bisect
import difflib
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
    """An injected break at gap ``gap`` of the original (after its ``gap``-th non-space character)."""

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
    detail: str = ""


# ---------------------------------------------------------------------------------------------
# Generators


def _gap_index(text: str) -> list[int]:
    """For each position p of ``text``, the index of the last non-space character before p (-1)."""
    index, last = [], -1
    for ch in text:
        index.append(last)
        if not ch.isspace():
            last += 1
    index.append(last)
    return index


def inject_chunks(text: str, rng: random.Random) -> tuple[str, list[Break], int]:
    """A newline every N characters of ``text``, counted on the original, from a random phase."""
    interval = round(math.exp(rng.uniform(math.log(60), math.log(4000))))
    gaps = _gap_index(text)
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
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
    if not words or len(line) <= width:
        return line, []
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
    text: str, rng: random.Random, hyphenate: Callable[[str], list[int]] | None
) -> tuple[str, list[Break], int]:
    """Wrap every line of ``text`` at a random width, greedily; hyphenate if given a hyphenator."""
    width = rng.randint(40, 100)
    gaps = _gap_index(text)
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

    def add(self, other: Tally) -> None:
        for name in ("breaks", "exact", "wrong_join", "wrong_split", "missed", "lines", "lines_changed", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_kind.update(other.by_kind)
        self.examples.extend(other.examples[: max(0, 40 - len(self.examples))])


def _rank(gap: str) -> int:
    return 2 if ("\n" in gap or "\r" in gap) else 1 if any(ch.isspace() for ch in gap) else 0


def _nonspace(text: str) -> tuple[str, list[int]]:
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in positions), positions


def _align(source: str, target: str) -> list[int | None]:
    """For each character of ``source``, its index in ``target`` (None if dropped).

    Tools only drop hyphens, so a greedy walk usually suffices; anything else falls back to difflib.
    """
    mapping: list[int | None] = []
    j = 0
    for ch in source:
        if j < len(target) and target[j] == ch:
            mapping.append(j)
            j += 1
        elif ch in "-\u00ad":
            mapping.append(None)
        else:
            break
    else:
        if j == len(target):
            return mapping
    mapping = [None] * len(source)
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    return mapping


def score(sample: Sample, output: str, keep_examples: bool = False) -> Tally:
    """Compare ``output`` with the original around every break, and everywhere else."""
    tally = Tally()
    original, orig_pos = _nonspace(sample.original)
    ranks = [_rank(sample.original[orig_pos[k] + 1 : orig_pos[k + 1]]) for k in range(len(original) - 1)]
    injected = {b.gap for b in sample.breaks if b.kind == "hyphen-drop"}
    # The broken text's non-space characters: the original's plus the injected hyphens.
    broken_chars: list[str] = []
    broken_to_orig: list[int | None] = []
    for k, ch in enumerate(original):
        broken_chars.append(ch)
        broken_to_orig.append(k)
        if k in injected:
            broken_chars.append("-")
            broken_to_orig.append(None)
    out_chars, out_pos = _nonspace(output)
    mapping = _align("".join(broken_chars), out_chars)
    where: list[int | None] = [None] * len(original)  # output position of each original character
    for index, m in enumerate(mapping):
        source = broken_to_orig[index]
        if source is not None and m is not None:
            where[source] = out_pos[m]

    def outcome(gap: int) -> str:
        left, right = where[gap], where[gap + 1]
        if left is None or right is None:
            return "wrong_join"  # a character (a real hyphen) was dropped
        between = output[left + 1 : right]
        rank = _rank(between)
        if rank < ranks[gap]:
            return "wrong_join"
        if "-" in between or "\u00ad" in between:
            return "missed" if rank == 2 else "wrong_split"
        if rank == ranks[gap]:
            return "exact"
        return "missed" if rank == 2 else "wrong_split"

    broken_gaps = set()
    for brk in sample.breaks:
        if not 0 <= brk.gap < len(ranks):
            continue
        broken_gaps.add(brk.gap)
        result = outcome(brk.gap)
        tally.breaks += 1
        setattr(tally, result, getattr(tally, result) + 1)
        tally.by_kind[f"{brk.kind}:{result}"] += 1
        if keep_examples and result != "exact":
            tally.examples.append(f"{brk.kind} {result}: {_context(sample.original, orig_pos, brk.gap)!r}")
    # Collateral damage: gaps without an injected break that the tool changed.
    line_of: list[int] | None = None
    if sample.kind == "clean":
        starts = [m.end() for m in re.finditer("\n", sample.original)]
        line_of = [bisect.bisect_right(starts, p) for p in orig_pos]
    changed_lines: set[int] = set()
    for gap in range(len(original) - 1):
        if gap in broken_gaps:
            continue
        result = outcome(gap)
        if result == "exact":
            continue
        if result in ("wrong_join", "wrong_split"):
            setattr(tally, result, getattr(tally, result) + 1)
        if keep_examples:
            tally.examples.append(f"collateral {result}: {_context(sample.original, orig_pos, gap)!r}")
        if line_of is not None:
            changed_lines.add(line_of[gap])
    if line_of is not None:
        tally.lines = len(set(line_of))
        tally.lines_changed = len(changed_lines)
    return tally


def _context(text: str, positions: list[int], gap: int) -> str:
    p = positions[gap] + 1
    return text[max(0, p - 30) : p] + "|" + text[p : p + 30]


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


def samples(corpus: str, pages: Iterable[tuple[str, str]], seed: int, repeats: int) -> Iterable[Sample]:
    """The broken versions of every page: ``repeats`` of each kind, from a per-page seeded generator."""
    from cleannews.words import guess_language

    hyphenators: dict[str, Callable[[str], list[int]]] = {}
    for page_id, truth in pages:
        text = truth.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            continue
        lang = guess_language(text)
        yield Sample(corpus, page_id, "clean", lang, text, text, [])
        if not _is_latin(text):
            continue  # scripts without word spacing: breaks cannot be mended, only left alone
        if lang not in hyphenators:
            import pyphen

            dic = pyphen.Pyphen(lang=_PYPHEN_LANG.get(lang, "en_US"))
            hyphenators[lang] = dic.positions
        for r in range(repeats):
            rng = random.Random(zlib.crc32(f"{seed}:{corpus}:{page_id}:{r}".encode()))
            broken, breaks, n = inject_chunks(text, rng)
            yield Sample(corpus, page_id, "chunk", lang, text, broken, breaks, f"N={n}")
            broken, breaks, w = inject_wrap(text, rng, None)
            yield Sample(corpus, page_id, "wrap", lang, text, broken, breaks, f"W={w}")
            broken, breaks, w = inject_wrap(text, rng, hyphenators[lang])
            yield Sample(corpus, page_id, "hyphen", lang, text, broken, breaks, f"W={w}")


def evaluate(
    corpus: str,
    pages: Iterable[tuple[str, str]],
    runners: dict[str, Callable[[str], str]],
    seed: int,
    repeats: int,
    verbose: bool = False,
) -> dict[str, dict[str, Tally]]:
    results = {kind: {name: Tally() for name in runners} for kind in KINDS}
    for sample in samples(corpus, pages, seed, repeats):
        for name, run in runners.items():
            start = time.perf_counter()
            output = run(sample.broken)
            elapsed = time.perf_counter() - start
            tally = score(sample, output, keep_examples=verbose and name == "cleannews")
            tally.seconds = elapsed
            if verbose and name == "cleannews" and tally.examples:
                for example in tally.examples[:5]:
                    print(f"  {corpus}/{sample.page_id} {sample.kind} {sample.detail}: {example}", file=sys.stderr)
            results[sample.kind][name].add(tally)
    return results


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}%" if whole else "–"


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
            [f"{10000 * t.lines_changed / lines:.1f}" if lines else "–" for t in clean.values()],
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
    parser.add_argument("--update-readme", action="store_true", help="write the tables into README.md")
    args = parser.parse_args(argv)
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
        selected = pages()
        if args.limit:
            selected = (p for _, p in zip(range(args.limit), selected, strict=False))
        results = evaluate(corpus, selected, runners, args.seed, args.repeats, args.verbose)
        title = "Zyte (development set)" if corpus == "zyte" else "WCXB articles (held out)"
        sections.append(f"{title}\n\n{table(corpus, results)}")
        print(sections[-1] + "\n", flush=True)
    if args.update_readme:
        update_readme(Path(__file__).resolve().parents[2] / "README.md", "\n\n".join(sections))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
