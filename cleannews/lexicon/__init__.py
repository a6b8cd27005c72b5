"""Packaged data the passes consult: UI strings per language (data, not code)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

# Decoration around a UI label that does not change what it is: "Search:", "» Next", "Menu |".
_DECORATION = " \t.:;,!?|»«›‹>→←·•*-–—()[]"


def normalise_label(text: str) -> str:
    """The key a line is matched under: case-folded, NFKC, spaces collapsed, decoration trimmed.

    >>> normalise_label("  Close this  Search box. ")
    'close this search box'
    >>> normalise_label("» Next ›")
    'next'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    # str.split() splits on exactly the characters re's \s matches, and faster than a regex.
    return " ".join(text.split()).strip(_DECORATION)


def read_entries(text: str) -> list[str]:
    """Entries of a lexicon file: one per line; blank lines and ``#`` comments skipped.

    >>> read_entries("# note\\nShare\\n\\n Print \\n")
    ['Share', 'Print']
    """
    entries = []
    for raw in text.splitlines():
        entry = raw.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries


@lru_cache(maxsize=1)
def ui_strings() -> dict[str, str]:
    """Every packaged UI string, normalised, mapped to the language file it came from."""
    table: dict[str, str] = {}
    folder = resources.files(__name__).joinpath("ui_strings")
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if item.name.endswith(".txt"):
            lang = item.name.removesuffix(".txt")
            for entry in read_entries(item.read_text(encoding="utf-8")):
                table.setdefault(normalise_label(entry), lang)
    return table
