"""Normalise spacing: odd spaces and invisible characters, line-end spaces, runs of blank lines."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from cleannews import regexes
from cleannews.document import Document, Edit, Line

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "whitespace"
SUMMARY = "normalise odd spaces, drop invisible characters, trim lines, one blank line between paragraphs"

# No-break and typographic spaces read as a plain space.
_ODD_SPACES = regexes.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters with no place in clean text: zero-width space, word joiner, stray BOM,
# soft hyphen. ZWJ and ZWNJ stay: emoji sequences and several scripts need them.
_INVISIBLE = regexes.compile(r"[\u200b\u2060\ufeff\u00ad]")
_RUNS_OF_SPACES = regexes.compile(r"(?<=\S) {2,}(?=\S)")
SPACING_REASON = "odd or invisible spacing normalised"


def normalise_line(text: str) -> str:
    """A line's visible content with odd spaces made plain and invisible characters dropped.

    >>> normalise_line("10\\u00a0km\\u200b  away ")
    '10 km away'
    """
    if text.isascii():
        # Odd spaces and invisible characters are all outside ASCII: an ASCII line only needs trimming.
        text = text.strip()
        return _RUNS_OF_SPACES.sub(" ", text) if "  " in text and "   " not in text else text
    text = _ODD_SPACES.sub(" ", text)
    visible = _INVISIBLE.sub("", text)
    if visible != text and not unicodedata.is_normalized("NFC", visible):
        # "a\u00ad\u0301": once the soft hyphen is gone the accent sits on the "a"; compose it
        # as the unicode pass would, or a second run would.
        visible = unicodedata.normalize("NFC", visible)
    text = visible.strip()
    return _RUNS_OF_SPACES.sub(" ", text) if "   " not in text else text


def spacing_edit(line: Line, trimmed: str, text: str) -> Edit:
    """The record of a change inside ``line``: ``trimmed``, its text trimmed, became ``text``."""
    return Edit(NAME, line.origin, trimmed, text, SPACING_REASON, "space")


def normalise_whitespace(doc: Document, cfg: Config) -> Document:
    """Trim every line, make odd spaces plain, and leave one blank line between paragraphs.

    Trimming and blank-line runs are layout, not content, and are not recorded; a change
    inside a line (a no-break space, a zero-width character) is an edit. Two spaces between
    words become one, but three or more are kept, as they usually align a table.

    >>> from cleannews.config import Config
    >>> normalise_whitespace(Document.from_text("\\n\\n a  b \\n\\n\\n\\nc\\n\\n"), Config()).text
    'a b\\n\\nc'
    """
    lines: list[Line] = []
    edits: list[Edit] = []
    for line in doc.lines:
        trimmed = line.text.strip()
        text = normalise_line(line.text)
        if text != trimmed:
            edits.append(spacing_edit(line, trimmed, text))
        if not text and (not lines or lines[-1].is_blank):
            continue
        lines.append(line if text == line.text else Line(text, line.origin))
    while lines and lines[-1].is_blank:
        lines.pop()
    return doc.replace(lines=tuple(lines), edits=doc.edits + tuple(edits))
