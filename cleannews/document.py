"""The data that flows through the pipeline: a document, its metadata and its provenance."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the working text, with the 1-based input line it started on.

    A line that a pass joined from several input lines keeps the number of the first one.
    An empty ``text`` is a paragraph break.
    """

    text: str
    origin: int

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Removal:
    """An input line that left the text, the pass that removed it, and why."""

    pass_name: str
    line: int
    text: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"pass": self.pass_name, "line": self.line, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Edit:
    """An in-line change: ``before`` became ``after``, starting on input line ``line``.

    ``before`` may span a line break ("bolste\\nr" -> "bolster"). ``kind`` names the sort of
    change (for instance ``join`` or ``hyphen``) and ``confidence`` how sure the pass was.
    """

    pass_name: str
    line: int
    before: str
    after: str
    reason: str
    kind: str = ""
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pass": self.pass_name,
            "line": self.line,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline such as "SEOUL, Nov. 30 (Yonhap) --"; members may be unknown."""

    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "place": self.place, "date": self.date, "agency": self.agency}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What detection passes found: headline, headline tags, dateline, byline, credits."""

    title: str | None = None
    tags: tuple[str, ...] = ()
    dateline: Dateline | None = None
    byline: str | None = None
    source: str | None = None
    credits: tuple[str, ...] = ()
    copyright: str | None = None

    def replace(self, **changes: Any) -> Metadata:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Document:
    """A document between passes: its lines, what was found, and what was changed.

    Passes never mutate a document; they return a new one with :meth:`replace`.
    """

    lines: tuple[Line, ...]
    meta: Metadata = field(default_factory=Metadata)
    removed: tuple[Removal, ...] = ()
    edits: tuple[Edit, ...] = ()
    # Input line number of the headline, once the headline pass has found it. The headline
    # stays in ``lines`` as the first paragraph; ``meta.title`` holds it without its tags.
    title_line: int | None = None

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Split ``text`` into numbered lines; ``\\r\\n``, ``\\r`` and ``\\n`` all end a line.

        >>> [(line.origin, line.text) for line in Document.from_text("a\\r\\nb\\rc\\n").lines]
        [(1, 'a'), (2, 'b'), (3, 'c')]
        """
        return cls(lines=tuple(Line(t, n) for n, t in enumerate(split_lines(text), start=1)))

    def replace(self, **changes: Any) -> Document:
        return dataclasses.replace(self, **changes)

    @property
    def text(self) -> str:
        """The working text, one line per line (layout is settled by the last passes)."""
        return "\n".join(line.text for line in self.lines)


def split_lines(text: str) -> list[str]:
    """Split on any of the three line endings; a final line ending adds no empty line.

    >>> split_lines("a\\n\\nb\\n")
    ['a', '', 'b']
    >>> split_lines("")
    []
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
