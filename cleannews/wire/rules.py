"""Wire patterns: the packaged TOML files plus a user's additions, compiled once per set.

Every pattern is an *entry* ``(kind, text)``; a file's ``[table] key = [...]`` lists become entries
through :data:`KIND_OF_KEY`, so a user's config file adds patterns with the same shape as a
packaged file (see ``cleannews/lexicon/wire/README.md``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

Entry = tuple[str, str]

KIND_OF_KEY: dict[tuple[str, str], str] = {
    ("agencies", "names"): "agency",
    ("tags", "bracketed"): "tag",
    ("tags", "prefixes"): "tag_prefix",
    ("tags", "labels"): "tag_label",
    ("dateline", "patterns"): "dateline",
    ("byline", "prefixes"): "byline_prefix",
    ("byline", "roles"): "byline_role",
    ("trailers", "markers"): "marker",
    ("trailers", "source"): "source",
    ("trailers", "credits"): "credit",
    ("trailers", "credit_roles"): "credit_role",
    ("trailers", "copyright"): "copyright",
    ("grammar", "months"): "month",
    ("grammar", "not_places"): "not_place",
    ("grammar", "tag_stopwords"): "tag_stopword",
    ("grammar", "places"): "place",
    ("grammar", "regions"): "region",
}
KINDS = frozenset(KIND_OF_KEY.values())
# Kinds whose entries are plain text; all the others are regular expressions.
PLAIN_KINDS = frozenset(
    {"agency", "byline_prefix", "credit_role", "month", "not_place", "tag_stopword", "place", "region"}
)

_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


class WirePatternError(ValueError):
    """A wire pattern file or entry that cannot be used: unknown key, not a list, bad regex."""


def entries_from_table(table: Mapping[str, Any], origin: str = "config") -> tuple[Entry, ...]:
    """The entries of one parsed TOML document (a packaged file, or a config file's ``[wire]``).

    >>> entries_from_table({"agencies": {"names": ["Bernama"]}, "tags": {"prefixes": ["WIRE"]}})
    (('agency', 'Bernama'), ('tag_prefix', 'WIRE'))
    >>> entries_from_table({"tags": {"labels": ["(bad"]}})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleannews.wire.rules.WirePatternError: config: tags.labels: bad regex '(bad': missing ), ...
    """
    entries: list[Entry] = []
    for section, body in table.items():
        if not isinstance(body, Mapping):
            raise WirePatternError(f"{origin}: [{section}] must be a table")
        for key, values in body.items():
            kind = KIND_OF_KEY.get((section, key))
            where = f"{origin}: {section}.{key}"
            if kind is None:
                known = ", ".join(f"{s}.{k}" for s, k in KIND_OF_KEY)
                raise WirePatternError(f"{where}: unknown key; use one of {known}")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise WirePatternError(f"{where}: must be a list of strings")
            for value in values:
                if kind not in PLAIN_KINDS:
                    try:
                        re.compile(value)
                    except re.error as exc:
                        raise WirePatternError(f"{where}: bad regex {value!r}: {exc}") from None
                entries.append((kind, value))
    return tuple(entries)


def entries_from_toml(text: str, origin: str = "config") -> tuple[Entry, ...]:
    """Entries from TOML text: a whole wire file, or the ``[wire]`` table of a config file.

    >>> entries_from_toml('[wire.trailers]\\nmarkers = ["-- 30 --"]')
    (('marker', '-- 30 --'),)
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WirePatternError(f"{origin}: not valid TOML: {exc}") from None
    table = data.get("wire", data)
    if not isinstance(table, Mapping):
        raise WirePatternError(f"{origin}: [wire] must be a table")
    return entries_from_table(table, origin)


@lru_cache(maxsize=1)
def packaged_entries() -> tuple[Entry, ...]:
    """Every entry of the packaged files in ``cleannews/lexicon/wire/``, files in name order."""
    folder = resources.files("cleannews.lexicon").joinpath("wire")
    entries: list[Entry] = []
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if item.name.endswith(".toml"):
            entries.extend(entries_from_toml(item.read_text(encoding="utf-8"), f"wire/{item.name}"))
    return tuple(entries)


def _scoped(pattern: str) -> str:
    """``(?i)abc`` as ``(?i:abc)``, so patterns with flags can share one alternation."""
    match = _GLOBAL_FLAGS.match(pattern)
    if match:
        return f"(?{match.group(1)}:{pattern[match.end() :]})"
    return f"(?:{pattern})"


def _alternation(patterns: Iterable[str]) -> str:
    """One regex source matching any of ``patterns`` (never the empty string when there are none)."""
    parts = [_scoped(p) for p in patterns]
    return "|".join(parts) if parts else r"(?!x)x"


def _words(names: Iterable[str]) -> str:
    """Plain names as an alternation, longest first, so "Yonhap News Agency" wins over "Yonhap"."""
    return _alternation(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


@dataclass(frozen=True, slots=True)
class WireRules:
    """The compiled patterns the detectors use. Build with :func:`wire_rules`."""

    agencies: frozenset[str]  # casefolded agency names
    agency_names: str  # regex alternation of the agency names
    tag: re.Pattern[str]  # the inside of a bracketed headline tag (fullmatch)
    tag_prefix: re.Pattern[str]  # a slug before a hyphen (fullmatch)
    tag_label: re.Pattern[str]  # a label before a colon (fullmatch)
    tag_stopwords: frozenset[str]
    datelines: tuple[re.Pattern[str], ...]  # special dateline forms (match at the start)
    byline_prefixes: str  # regex alternation
    byline_role: re.Pattern[str]  # a role or affiliation (fullmatch)
    marker: re.Pattern[str]
    sources: tuple[re.Pattern[str], ...]
    credits: tuple[re.Pattern[str], ...]
    credit_roles: str  # regex alternation, case-insensitive use
    copyright: re.Pattern[str]
    months: str  # regex alternation, case-insensitive use
    not_places: frozenset[str]
    places: frozenset[str]  # casefolded
    regions: frozenset[str]  # casefolded


@lru_cache(maxsize=16)
def wire_rules(extra: tuple[Entry, ...] = ()) -> WireRules:
    """The packaged patterns plus ``extra`` (a config's ``wire_patterns``), compiled.

    >>> rules = wire_rules((("agency", "Bernama"),))
    >>> "bernama" in rules.agencies, "reuters" in rules.agencies
    (True, True)
    """
    by_kind: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for kind, text in (*packaged_entries(), *extra):
        if kind not in by_kind:
            raise WirePatternError(f"unknown wire pattern kind {kind!r}; use one of {', '.join(sorted(KINDS))}")
        by_kind[kind].append(text)
    agencies = by_kind["agency"]
    # An agency name alone is an affiliation too ("By Jane Doe, Reuters"), and may open a role
    # ("AP Business Writer", "Reuters staff").
    agency_words = _words(agencies)
    roles = _alternation(by_kind["byline_role"])
    role_source = rf"(?:(?:The |the )?(?:{agency_words})(?: (?:{roles}))?|{roles})"
    return WireRules(
        agencies=frozenset(a.casefold() for a in agencies),
        agency_names=agency_words,
        tag=re.compile(_alternation(by_kind["tag"])),
        tag_prefix=re.compile(_alternation(by_kind["tag_prefix"])),
        tag_label=re.compile(_alternation(by_kind["tag_label"])),
        tag_stopwords=frozenset(w.casefold() for w in by_kind["tag_stopword"]),
        datelines=tuple(re.compile(p) for p in by_kind["dateline"]),
        byline_prefixes=_words(by_kind["byline_prefix"]),
        byline_role=re.compile(role_source),
        marker=re.compile(_alternation(by_kind["marker"])),
        sources=tuple(re.compile(p) for p in by_kind["source"]),
        credits=tuple(re.compile(p) for p in by_kind["credit"]),
        credit_roles=_words(by_kind["credit_role"]),
        copyright=re.compile(_alternation(by_kind["copyright"])),
        months=_words(by_kind["month"]),
        not_places=frozenset(w.casefold() for w in by_kind["not_place"]),
        places=frozenset(w.casefold() for w in by_kind["place"]),
        regions=frozenset(w.casefold() for w in by_kind["region"]),
    )
