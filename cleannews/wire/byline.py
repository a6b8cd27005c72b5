"""Bylines on a line of their own: "By Kim Soo-yeon", "By Jane Doe, Reuters", "By Meg James Staff Writer"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleannews.wire.names import looks_like_name, split_names
from cleannews.wire.rules import WireRules

_PREFIX = re.compile(r"(?P<prefix>[^\W\d_]{2,6})\s*:?\s+(?P<rest>\S.*)$")
_SEGMENTS = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+")
_COMMA = re.compile(r"\s*,\s*")
_DATEISH = re.compile(r"(?i)^(?:updated|published|posted)?\s*:?\s*[\w ,.:/]*\d[\w ,.:/]*$")


@dataclass(frozen=True, slots=True)
class Byline:
    """The names as written (roles and affiliations off), and the affiliation if one was given."""

    names: str
    affiliation: str | None = None


def _strip_role(piece: str, rules: WireRules) -> tuple[str, str | None]:
    """``"Meg James Staff Writer"`` -> ``("Meg James", "Staff Writer")``: the shortest role-free name."""
    tokens = piece.split()
    for k in range(1, len(tokens)):
        head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
        if rules.is_role(tail) and looks_like_name(head):
            return head, tail
    return piece, None


def parse_byline(line: str, rules: WireRules) -> Byline | None:
    """A byline line, or None.

    >>> from cleannews.wire.rules import wire_rules
    >>> parse_byline("By Jane Doe and John Roe", wire_rules())
    Byline(names='Jane Doe and John Roe', affiliation=None)
    >>> parse_byline("By Jane Doe, Reuters", wire_rules())
    Byline(names='Jane Doe', affiliation='Reuters')
    >>> parse_byline("By Meg James Staff Writer", wire_rules())
    Byline(names='Meg James', affiliation='Staff Writer')
    >>> parse_byline("By the time rescuers arrived, the river had risen.", wire_rules()) is None
    True
    """
    match = _PREFIX.match(line.strip())
    if match is None or match.group("prefix") not in rules.byline_prefixes:
        return None
    rest = match.group("rest").strip().rstrip(".")
    segments = _SEGMENTS.split(rest)
    affiliation: str | None = None
    for extra in segments[1:]:
        if rules.is_role(extra):
            affiliation = affiliation or extra
        elif not _DATEISH.match(extra):
            return None
    names: list[str] = []
    for piece in _COMMA.split(segments[0]):
        if not piece:
            continue
        if rules.is_role(piece):
            affiliation = affiliation or piece
            continue
        for person in split_names(piece):
            name, role = _strip_role(person, rules)
            if not looks_like_name(name):
                return None
            names.append(name)
            affiliation = affiliation or role
    if not names:
        # "By Reuters", "By The Associated Press": an agency byline.
        return Byline(affiliation, affiliation) if affiliation and affiliation.casefold() != "staff" else None
    return Byline(_as_written(segments[0], names), affiliation)


def _as_written(text: str, names: list[str]) -> str:
    """The stretch of ``text`` from the first name to the end of the last, as written."""
    start = text.find(names[0])
    end = text.rfind(names[-1]) + len(names[-1])
    return text[start:end] if 0 <= start < end else " and ".join(names)
