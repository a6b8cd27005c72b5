"""What a batch tells the user on stderr: a progress bar on a terminal, per-file lines, a summary.

stdout is for data only. The progress bar (rich) appears only when stderr is a terminal and
never touches stdout; ``-q`` leaves only error messages, ``-v`` adds a line per document.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from cleannews.work import Outcome, Stats

QUIET, NORMAL, VERBOSE = -1, 0, 1


class Reporter:
    """Everything a run prints on stderr, in one place."""

    def __init__(self, verbosity: int = NORMAL, stream: TextIO | None = None) -> None:
        self.verbosity = verbosity
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.perf_counter()
        self._progress: Any = None
        self._task: Any = None
        self._done = 0

    # Messages -------------------------------------------------------------------------------

    def _write(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            return
        try:
            self.stream.write(line + "\n")
            self.stream.flush()
        except (BrokenPipeError, ValueError):
            pass

    def error(self, message: str) -> None:
        """Shown even with ``-q``."""
        self._write(f"cleannews: error: {message}")

    def warn(self, message: str) -> None:
        if self.verbosity > QUIET:
            self._write(f"cleannews: warning: {message}")

    def info(self, line: str) -> None:
        if self.verbosity > QUIET:
            self._write(line)

    def verbose(self, line: str) -> None:
        if self.verbosity >= VERBOSE:
            self._write(line)

    # Progress -------------------------------------------------------------------------------

    def start(self, documents: int | None, total_bytes: int | None, unit: str = "files") -> None:
        """Show a progress bar if stderr is a terminal and there is more than one document."""
        self.started = time.perf_counter()
        if self.verbosity <= QUIET or not _is_terminal(self.stream) or documents == 1:
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

        count = "" if documents is None else f"/{documents}"
        self._progress = Progress(
            TextColumn("cleaning"),
            BarColumn(),
            TextColumn(f"{{task.fields[done]}}{count} {unit}"),
            TextColumn(f"{{task.fields[rate]}} {unit}/s"),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            redirect_stdout=False,
            redirect_stderr=False,
            transient=True,
        )
        self._task = self._progress.add_task("clean", total=total_bytes or None, done=0, rate="0")
        self._progress.start()

    def advance(self, outcome: Outcome) -> None:
        self._done += outcome.stats.documents + outcome.stats.failed
        if self._progress is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-6)
            rate = f"{self._done / elapsed:.0f}"
            self._progress.update(self._task, advance=outcome.stats.bytes, done=self._done, rate=rate)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    # Summary --------------------------------------------------------------------------------

    def summary(self, stats: Stats, unit: str, check: bool) -> None:
        """The end-of-run summary: counts, then what each pass did."""
        self.stop()
        if self.verbosity <= QUIET:
            return
        for line in summary_lines(stats, unit, check, time.perf_counter() - self.started):
            self._write(line)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def summary_lines(stats: Stats, unit: str, check: bool, seconds: float) -> list[str]:
    """The summary as lines of text.

    >>> from cleannews.work import Stats
    >>> from collections import Counter
    >>> s = Stats(documents=2, changed=1, removed=Counter(chrome=4), edits=Counter({("rejoin", "split-word"): 2}))
    >>> s.words_rejoined = 2
    >>> print("\\n".join(summary_lines(s, "files", False, 1.0)))
    cleannews: 2 files: 1 changed, 1 unchanged, 0 failed in 1.0 s
      chrome: 4 lines removed
      rejoin: 2 edits (split-word 2); 2 words rejoined
    """
    unchanged = stats.documents - stats.changed
    verb = ("would change", "would be left unchanged") if check else ("changed", "unchanged")
    total = stats.documents + stats.failed
    head = f"cleannews: {total} {unit}: {stats.changed} {verb[0]}, {unchanged} {verb[1]}, {stats.failed} failed"
    lines = [f"{head} in {seconds:.1f} s"]
    passes: dict[str, list[str]] = {}
    for name, count in stats.removed.items():
        passes.setdefault(name, []).append(f"{count} line{'s' * (count != 1)} removed")
    kinds: dict[str, dict[str, int]] = {}
    for (name, kind), count in stats.edits.items():
        kinds.setdefault(name, {})[kind or "edit"] = count
    for name, by_kind in kinds.items():
        count = sum(by_kind.values())
        detail = ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])))
        text = f"{count} edit{'s' * (count != 1)} ({detail})"
        if name == "rejoin" and stats.words_rejoined:
            text += f"; {stats.words_rejoined} word{'s' * (stats.words_rejoined != 1)} rejoined"
        passes.setdefault(name, []).append(text)
    from cleannews.pipeline import PASS_NAMES

    order = {name: i for i, name in enumerate(PASS_NAMES)}
    for name in sorted(passes, key=lambda n: (order.get(n, len(order)), n)):
        lines.append(f"  {name}: {', '.join(passes[name])}")
    return lines
