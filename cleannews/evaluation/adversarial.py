"""Adversarial lines against every pass: the time must grow linearly with the size of the input.

Each pass runs alone on lines built to trip regular expressions and string handling (long runs
of letters, hyphens, spaces, brackets, dots, "a-a-a-a", "((((("...), each as one line and as two
lines (so that the rejoin pass has a break to decide), at a few sizes. A pass whose time grows
faster than the size (a growth exponent well above 1 between the smallest and largest size)
has catastrophic backtracking or a quadratic loop.

``rows()`` returns the measurements (``make bench`` prints them); run alone:

    python -m cleannews.evaluation.adversarial --sizes 250000 500000 1000000
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from cleannews.config import Config
from cleannews.document import Document
from cleannews.pipeline import PASSES, run_passes

#: Line builders: size in characters -> an adversarial line of about that size.
PATTERNS: dict[str, Callable[[int], str]] = {
    "letters": lambda n: "a" * n,
    "letters-then-sign": lambda n: "a" * (n - 1) + "#",  # a word that never reaches the line end
    "cjk-sentence": lambda n: "国" * (n - 1) + "。",  # the same in a script without spaces
    "capitals": lambda n: "A" * n,
    "accented": lambda n: "é" * n,
    "hangul": lambda n: "국" * n,
    "digits": lambda n: "7" * n,
    "spaces": lambda n: "a" + " " * (n - 2) + "b",
    "two-spaces": lambda n: "a  " * (n // 3),
    "hyphens": lambda n: "-" * n,
    "a-a-a": lambda n: "a-" * (n // 2),
    "dots": lambda n: "." * n,
    "a.a.a": lambda n: "a." * (n // 2),
    "a.a.a-then-sign": lambda n: "a." * (n // 2) + "?",
    "apostrophes": lambda n: "a'" * (n // 2),
    "open-parens": lambda n: "(" * n,
    "close-parens": lambda n: ")" * n,
    "tag-like": lambda n: "(" + "LEAD " * (n // 5),
    "brackets": lambda n: "[" * n,
    "nested": lambda n: "([{" * (n // 3),
    "word-hyphen-end": lambda n: "a" * (n - 1) + "-",
    "soft-hyphens": lambda n: "a\u00ad" * (n // 2),
    "nbsp": lambda n: "a\u00a0" * (n // 2),
    "zero-width": lambda n: "a\u200b" * (n // 2),
    "entities": lambda n: "&amp;" * (n // 5),
    "broken-entities": lambda n: "&amp" * (n // 4),
    "mojibake": lambda n: "Ã©" * (n // 2),
    "source-colon": lambda n: "Source:" + " " * (n - 8) + "x",
    "words": lambda n: "word " * (n // 5),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One measurement: a pass (or "pipeline") on a pattern, at one size, and the time it took."""

    stage: str
    pattern: str
    shape: str  # "one line" or "two lines"
    size: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Growth:
    """How the time of a stage on a pattern grew from the smallest to the largest size."""

    stage: str
    pattern: str
    shape: str
    seconds: float  # at the largest size
    exponent: float  # 1 is linear, 2 quadratic; noise makes small times unreliable

    @property
    def suspicious(self) -> bool:
        return self.exponent > 1.5 and self.seconds > 0.2


def _stages() -> list[tuple[str, Callable[[Document, Config], Document]]]:
    stages: list[tuple[str, Callable[[Document, Config], Document]]] = [(p.name, p.run) for p in PASSES]
    stages.append(("pipeline", run_passes))
    return stages


def rows(
    sizes: tuple[int, ...] = (250_000, 500_000, 1_000_000), patterns: tuple[str, ...] | None = None, repeats: int = 3
) -> list[Row]:
    """Time every stage on every pattern, as one line and as two lines, at every size (best of ``repeats``)."""
    cfg = Config()
    found: list[Row] = []
    for name in patterns or tuple(PATTERNS):
        build = PATTERNS[name]
        for size in sizes:
            line = build(size)
            for shape, text in (("one line", line), ("two lines", f"{line}\n{line}")):
                doc = Document.from_text(text)
                for stage, run in _stages():
                    best = math.inf
                    for _ in range(repeats):  # the best of a few runs: other processes add noise
                        started = time.perf_counter()
                        run(doc, cfg)
                        best = min(best, time.perf_counter() - started)
                    found.append(Row(stage, name, shape, size, best))
    return found


def growth(measured: list[Row]) -> list[Growth]:
    """The growth exponent of each stage and pattern between the smallest and largest size."""
    groups: dict[tuple[str, str, str], list[Row]] = {}
    for row in measured:
        groups.setdefault((row.stage, row.pattern, row.shape), []).append(row)
    result = []
    for (stage, pattern, shape), group in groups.items():
        small, large = min(group, key=lambda r: r.size), max(group, key=lambda r: r.size)
        if large.size == small.size:
            continue
        floor = 1e-4  # below this, timings are noise
        exponent = math.log(max(large.seconds, floor) / max(small.seconds, floor)) / math.log(large.size / small.size)
        result.append(Growth(stage, pattern, shape, large.seconds, exponent))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    parser.add_argument("--pattern", action="append", choices=sorted(PATTERNS), help="only these patterns")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args(argv)
    measured = rows(tuple(args.sizes), tuple(args.pattern) if args.pattern else None, args.repeats)
    grown = growth(measured)
    print(f"{'stage':<10} {'pattern':<16} {'shape':<9} {'s at max':>9} {'exponent':>8}")
    for g in sorted(grown, key=lambda g: -g.seconds):
        flag = "  <- not linear" if g.suspicious else ""
        print(f"{g.stage:<10} {g.pattern:<16} {g.shape:<9} {g.seconds:>9.3f} {g.exponent:>8.2f}{flag}")
    slowest = max(grown, key=lambda g: g.seconds)
    print(
        f"\n{len(PATTERNS)} patterns x 2 shapes x {len(_stages())} stages at sizes {args.sizes}: "
        f"slowest {slowest.stage}/{slowest.pattern}/{slowest.shape} {slowest.seconds:.3f} s; "
        f"not linear: {sum(g.suspicious for g in grown)}"
    )
    return 1 if any(g.suspicious for g in grown) else 0


if __name__ == "__main__":
    sys.exit(main())
