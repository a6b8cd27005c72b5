"""The outcome of cleaning one document: its text, its metadata and its provenance."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cleannews.document import Dateline, Document, Edit, Removal


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`cleannews.clean` returns; ``to_json`` gives the documented JSON contract."""

    path: str | None
    title: str | None
    tags: tuple[str, ...]
    dateline: Dateline | None
    byline: str | None
    source: str | None
    credits: tuple[str, ...]
    copyright: str | None
    paragraphs: tuple[str, ...]
    text: str
    removed: tuple[Removal, ...]
    edits: tuple[Edit, ...]

    @classmethod
    def from_document(cls, doc: Document, path: str | None = None) -> Result:
        blocks = paragraphs_of(doc)
        # A text without blank lines (a scraper's get_text("\n")) gives each paragraph a line.
        units = blocks if any(line.is_blank for line in doc.lines) else [line.text for line in doc.lines]
        has_title = doc.title_line is not None and bool(doc.lines) and doc.lines[0].origin == doc.title_line
        meta = doc.meta
        return cls(
            path=path,
            title=meta.title,
            tags=meta.tags,
            dateline=meta.dateline,
            byline=meta.byline,
            source=meta.source,
            credits=meta.credits,
            copyright=meta.copyright,
            paragraphs=tuple(units[1:] if has_title else units),
            text="\n\n".join(blocks) + "\n" if blocks else "",
            removed=tuple(sorted(doc.removed, key=lambda r: r.line)),
            edits=doc.edits,
        )

    @property
    def changed_lines(self) -> int:
        """How many input lines were removed or edited."""
        return len({r.line for r in self.removed} | {e.line for e in self.edits})

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "tags": list(self.tags),
            "dateline": self.dateline.to_json() if self.dateline else None,
            "byline": self.byline,
            "source": self.source,
            "credits": list(self.credits),
            "copyright": self.copyright,
            "paragraphs": list(self.paragraphs),
            "text": self.text,
            "removed": [r.to_json() for r in self.removed],
            "edits": [e.to_json() for e in self.edits],
        }

    def to_json_line(self) -> str:
        """One compact JSON object on one line (so many documents make JSON Lines)."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))


def paragraphs_of(doc: Document) -> list[str]:
    """The document's paragraphs: runs of non-blank lines, each joined with newlines."""
    blocks: list[str] = []
    current: list[str] = []
    for line in doc.lines:
        if line.is_blank:
            if current:
                blocks.append("\n".join(current))
                current = []
        else:
            current.append(line.text)
    if current:
        blocks.append("\n".join(current))
    return blocks
