"""``cleannews explain``: the input with every removal and edit marked and labelled.

The document is replayed from its input the way :func:`cleannews.provenance.replay` does it,
but each working line keeps its deleted and inserted pieces as marked segments, so every
change stays visible where it happened. On a terminal the marks are colours (rich); in a pipe
they are plain text: ``[-deleted-]{+inserted+}``, and each line's changes are listed under it
with the pass and the reason.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass, field

from cleannews.document import Edit, Removal, split_lines
from cleannews.result import Result

KEEP, DEL, INS = "keep", "del", "ins"


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a working line: kept input, deleted input, or inserted text, and its note."""

    text: str
    kind: str = KEEP
    note: int = 0


@dataclass(slots=True)
class Row:
    """A line as shown: where it came from, its segments, and the notes on it."""

    lines: list[int]
    segments: list[Segment]
    notes: list[int] = field(default_factory=list)
    removed: bool = False

    def plain(self) -> str:
        """The row's current text (what later edits see)."""
        return "".join(s.text for s in self.segments if s.kind != DEL)


@dataclass(frozen=True, slots=True)
class Note:
    """A label: the pass that made a change and why."""

    pass_name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.pass_name}: {self.reason}"


def _split_at(segments: list[Segment], at: int) -> list[Segment]:
    """Cut the segment that straddles plain offset ``at`` in two."""
    out: list[Segment] = []
    pos = 0
    for seg in segments:
        size = 0 if seg.kind == DEL else len(seg.text)
        if pos < at < pos + size:
            cut = at - pos
            out += [Segment(seg.text[:cut], seg.kind, seg.note), Segment(seg.text[cut:], seg.kind, seg.note)]
        else:
            out.append(seg)
        pos += size
    return out


def _replace(segments: list[Segment], start: int, end: int, text: str, note: int) -> list[Segment]:
    """Mark plain range [start, end) deleted and ``text`` inserted after it, both under ``note``."""
    segments = _split_at(_split_at(segments, start), end)
    out: list[Segment] = []
    pos = 0
    placed = not text
    for seg in segments:
        size = 0 if seg.kind == DEL else len(seg.text)
        if not placed and seg.kind != DEL and pos >= end:
            out.append(Segment(text, INS, note))
            placed = True
        if size and start <= pos and pos + size <= end:
            if seg.kind == KEEP:
                out.append(Segment(seg.text, DEL, note))
            # an insertion that a later pass replaced was never in the input: it goes
        else:
            out.append(seg)
        pos += size
    if not placed:
        out.append(Segment(text, INS, note))
    return out


def _apply(row: Row, start: int, before: str, after: str, note: int) -> None:
    """Apply one edit at ``start``, marking only the characters that differ."""
    from difflib import SequenceMatcher

    opcodes = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(opcodes):
        if tag != "equal":
            row.segments = _replace(row.segments, start + i1, start + i2, after[j1:j2], note)
    row.notes.append(note)


def build_rows(source: str, removed: tuple[Removal, ...], edits: tuple[Edit, ...]) -> tuple[list[Row], list[Note]]:
    """Rows for every input line, removed ones included, with the notes they refer to."""
    gone = {r.line: r for r in removed}
    notes: list[Note] = []
    rows: list[Row] = []
    working: list[Row] = []
    for n, text in enumerate(split_lines(source), start=1):
        if n in gone:
            notes.append(Note(gone[n].pass_name, gone[n].reason))
            rows.append(Row([n], [Segment(text, DEL, len(notes))], [len(notes)], removed=True))
        else:
            row = Row([n], [Segment(text)])
            rows.append(row)
            working.append(row)
    for edit in edits:
        k = next((i for i, row in enumerate(working) if edit.line in row.lines), None)
        if k is None:
            continue
        notes.append(Note(edit.pass_name, edit.reason))
        breaks = edit.before.count("\n")
        row = working[k]
        if breaks:
            start = len(row.plain()) - edit.before.index("\n")
            for other in working[k + 1 : k + breaks + 1]:
                row.segments += [Segment("\n"), *other.segments]
                row.lines += other.lines
                row.notes += other.notes
                rows.remove(other)
            del working[k + 1 : k + breaks + 1]
        else:
            start = row.plain().find(edit.before)
        if start < 0 or row.plain()[start : start + len(edit.before)] != edit.before:
            row.notes.append(len(notes))  # shown as a note even if it cannot be placed
            continue
        _apply(row, start, edit.before, edit.after, len(notes))
    return rows, notes


def visible(text: str) -> str:
    """Make a changed piece readable: line breaks, odd spaces and invisible characters named.

    >>> visible("10\\u00a0km\\n")
    '10<U+00A0>km⏎'
    """
    out = []
    for ch in text:
        if ch == "\n":
            out.append("⏎")
        elif ch != " " and unicodedata.category(ch) in ("Zs", "Cf", "Cc", "Zl", "Zp"):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def render_plain(rows: list[Row], notes: list[Note], result: Result) -> str:
    """The explanation with ``[-deleted-]{+inserted+}`` marks, for pipes and files."""
    out: list[str] = []
    previous_blank = False
    for row in rows:
        text = "".join(_plain_segment(s) for s in row.segments)
        blank = not text.strip() and not row.notes
        if blank and previous_blank:
            continue
        previous_blank = blank
        out.append(f"{_number(row):>6}  {text}".rstrip() if not blank else "")
        for note in row.notes:
            out.append(f"{'':6}    ^ {_label(note, row)}{notes[note - 1]}")
    out.append("")
    out.extend(_summary(result))
    return "\n".join(out).replace("\n", "\n", 1) + "\n"


def _plain_segment(seg: Segment) -> str:
    if seg.kind == DEL:
        return f"[-{visible(seg.text)}-]"
    if seg.kind == INS:
        return f"{{+{visible(seg.text)}+}}"
    return seg.text.replace("\n", "⏎")


def _number(row: Row) -> str:
    return str(row.lines[0]) if len(row.lines) == 1 else f"{row.lines[0]}-{row.lines[-1]}"


def _label(note: int, row: Row) -> str:
    return f"[{row.notes.index(note) + 1}] " if len(row.notes) > 1 else ""


def _summary(result: Result) -> list[str]:
    found = [
        ("title", result.title),
        ("tags", ", ".join(result.tags)),
        ("dateline", result.dateline.text if result.dateline else None),
        ("byline", result.byline),
        ("source", result.source),
        ("credits", "; ".join(result.credits)),
        ("copyright", result.copyright),
    ]
    lines = [f"{name}: {value}" for name, value in found if value]
    lines.append(f"{len(result.removed)} lines removed, {len(result.edits)} edits")
    return lines


def render_rich(rows: list[Row], notes: list[Note], result: Result) -> object:
    """The explanation as rich text: deletions struck through in red, insertions in green."""
    from rich.text import Text

    styles = {DEL: "red strike", INS: "bold green"}
    text = Text()
    previous_blank = False
    for row in rows:
        plain = "".join(s.text for s in row.segments)
        blank = not plain.strip() and not row.notes
        if blank and previous_blank:
            continue
        previous_blank = blank
        if blank:
            text.append("\n")
            continue
        text.append(f"{_number(row):>6}  ", style="dim")
        for seg in row.segments:
            shown = visible(seg.text) if seg.kind != KEEP else seg.text.replace("\n", "⏎")
            text.append(shown, style=styles.get(seg.kind, "dim" if row.removed else ""))
        text.append("\n")
        for note in row.notes:
            label = notes[note - 1]
            text.append(f"{'':6}    ^ {_label(note, row)}", style="dim")
            text.append(label.pass_name, style="cyan")
            text.append(f": {label.reason}\n", style="dim")
    text.append("\n" + "\n".join(_summary(result)) + "\n")
    return text


def explain(source: str, result: Result, color: bool) -> str | object:
    """The explanation of ``result`` (cleaned from ``source``): rich text, or plain text."""
    rows, notes = build_rows(source, result.removed, result.edits)
    return render_rich(rows, notes, result) if color else render_plain(rows, notes, result)


def wants_color() -> bool:
    """Colours only on a terminal, and never with ``NO_COLOR`` set or ``TERM=dumb``."""
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def explain_to_stdout(path: str, settings: object) -> None:
    """Clean ``path`` (``-``: stdin) with ``settings`` and print the explanation."""
    from cleannews import clean
    from cleannews.files import decode, read_path
    from cleannews.settings import Settings

    assert isinstance(settings, Settings)
    encoding = settings.run.encoding
    source = decode(sys.stdin.buffer.read(), "<stdin>", encoding) if path == "-" else read_path(path, encoding)
    result = clean(source, settings.config, path=None if path == "-" else path)
    if wants_color():
        from rich.console import Console

        Console(highlight=False).print(explain(source, result, color=True), end="", soft_wrap=True)
    else:
        sys.stdout.write(str(explain(source, result, color=False)))
