"""Wire patterns: the packaged TOML files plus a user's additions, compiled once per set.

Every pattern is an *entry* ``(kind, text)``; a file's ``[table] key = [...]`` lists become entries
through :data:`KIND_OF_KEY`, so a user's config file adds patterns with the same shape as a
packaged file (see ``cleannews/lexicon/wire/README.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleannews import regexes
from cleannews.lexicon import data_files
from cleannews.usercache import memoised

Entry = tuple[str, str]

KIND_OF_KEY: dict[tuple[str, str], str] = {
    ("agencies", "names"): "agency",
    ("agencies", "aliases"): "agency_alias",
    ("tags", "bracketed"): "tag",
    ("tags", "prefixes"): "tag_prefix",
    ("tags", "labels"): "tag_label",
    ("tags", "slug_words"): "tag_slug_word",
    ("dateline", "patterns"): "dateline",
    ("byline", "prefixes"): "byline_prefix",
    ("byline", "roles"): "byline_role",
    ("byline", "organisation_words"): "org_word",
    ("byline", "timestamp_labels"): "timestamp_label",
    ("trailers", "markers"): "marker",
    ("trailers", "source"): "source",
    ("trailers", "credits"): "credit",
    ("trailers", "credit_roles"): "credit_role",
    ("trailers", "copyright"): "copyright",
    ("trailers", "contact_labels"): "contact_label",
    ("grammar", "months"): "month",
    ("grammar", "weekdays"): "weekday",
    ("grammar", "not_places"): "not_place",
    ("grammar", "tag_stopwords"): "tag_stopword",
    ("grammar", "places"): "place",
    ("grammar", "regions"): "region",
    ("grammar", "time_words"): "time_word",
    ("grammar", "relative_time_words"): "relative_time_word",
    ("fields", "head"): "head_field",
    ("fields", "tail"): "tail_field",
    ("fields", "lines"): "field_line",
}
KINDS = frozenset(KIND_OF_KEY.values())
# Kinds whose entries are plain text; all the others are regular expressions.
PLAIN_KINDS = frozenset(
    {
        "agency",
        "agency_alias",
        "tag_slug_word",
        "byline_prefix",
        "credit_role",
        "month",
        "weekday",
        "not_place",
        "tag_stopword",
        "place",
        "region",
        "time_word",
        "relative_time_word",
        "org_word",
        "timestamp_label",
        "head_field",
        "tail_field",
    }
)

_GLOBAL_FLAGS = regexes.compile(r"^\(\?([aiLmsux]+)\)")
# A news site named by its web address, styled with a capital: "Philstar.com", "INQUIRER.net".
_WEB_BRAND = regexes.compile(r"[A-Z][\w-]{1,30}(?:\.[a-z]{2,3})?\.(?:com|net|org|news|info|[a-z]{2})", re.IGNORECASE)


class WirePatternError(ValueError):
    """A wire pattern file or entry that cannot be used: unknown key, not a list, bad regex."""


def entries_from_table(table: Mapping[str, Any], origin: str = "config", validate: bool = True) -> tuple[Entry, ...]:
    """The entries of one parsed TOML document (a packaged file, or a config file's ``[wire]``).

    ``validate`` compiles every regex to report a bad one by name (the packaged files are
    checked by the test suite instead, to keep start-up cheap).

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
                if validate and kind == "agency_alias" and not all(p.strip() for p in value.partition("=")[::2]):
                    raise WirePatternError(f"{where}: {value!r} must read 'Variant = Name'")
                if validate and kind not in PLAIN_KINDS:
                    try:
                        re.compile(value)
                    except re.error as exc:
                        raise WirePatternError(f"{where}: bad regex {value!r}: {exc}") from None
                entries.append((kind, value))
    return tuple(entries)


def entries_from_toml(text: str, origin: str = "config", validate: bool = True) -> tuple[Entry, ...]:
    """Entries from TOML text: a whole wire file, or the ``[wire]`` table of a config file.

    >>> entries_from_toml('[wire.trailers]\\nmarkers = ["-- 30 --"]')
    (('marker', '-- 30 --'),)
    """
    import tomllib  # only when there is TOML to read: packaged patterns come from the memo

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WirePatternError(f"{origin}: not valid TOML: {exc}") from None
    table = data.get("wire", data)
    if not isinstance(table, Mapping):
        raise WirePatternError(f"{origin}: [wire] must be a table")
    return entries_from_table(table, origin, validate)


@lru_cache(maxsize=1)
def packaged_entries() -> tuple[Entry, ...]:
    """Every entry of the packaged files in ``cleannews/lexicon/wire/``, files in name order.

    Read through a memo in the user's cache, kept while neither the files nor this module change:
    parsing the TOML takes longer than the rest of a short document's cleaning.
    """
    folder = data_files().joinpath("wire")
    files = sorted((item for item in folder.iterdir() if item.name.endswith(".toml")), key=lambda f: f.name)

    def parse() -> tuple[Entry, ...]:
        entries: list[Entry] = []
        for item in files:
            entries.extend(entries_from_toml(item.read_text(encoding="utf-8"), f"wire/{item.name}", validate=False))
        return tuple(entries)

    if not all(isinstance(item, Path) for item in files):  # a zipped package: nothing to stat
        return parse()
    return memoised("wire-patterns", [Path(__file__), *(Path(str(item)) for item in files)], parse)


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


# Words after an agency's name that make another body of it, not a desk of the agency.
_NOT_DESKS = frozenset(
    ["institute", "foundation", "fund", "trust", "school", "university", "centre", "center", "prize", "award", "awards"]
)
# The roles a place may come before: "Asia Correspondent", "Middle East Editor", "Beijing Bureau Chief".
_BEAT_ROLES = frozenset(["correspondent", "editor", "bureau chief", "reporter", "writer", "columnist"])


# The words of a beat before the role, and the ranks that may open them.
MAX_BEAT_WORDS = 5
_SENIORITY = frozenset(["senior", "chief", "deputy", "associate", "assistant", "managing", "contributing", "lead"])
# An agency followed by a role ("AP Business Writer") is a few words, never a sentence.
MAX_ROLE_WORDS = 12
# A writer's title before the agency that employs them: "Repórter da Agência Brasil", "Reporter of Reuters",
# "Korrespondentin der dpa", "corresponsal de EFE", "envoyé spécial de l'AFP".
_ROLE_OF_AGENCY = regexes.compile(
    r"(?P<role>[^\W\d_][\w ]{1,40}?)\s+"
    r"(?:of|for|at|da|do|de|del|der|des|di|della|dell[\x27’]|de l[\x27’]|d[\x27’]|van|från|fra|z|ze)"
    r"(?:\s+|(?<=[\x27’]))(?:the\s+)?(?P<agency>[^\W\d_][\w .-]{0,40})"
)


def _is_beat(words: list[str]) -> bool:
    """Title-case words of a beat ending in a writer's role, as after an agency: "National Security
    Writer" ("AP National Security Writer").

    >>> _is_beat(["Home", "Affairs", "Correspondent"]), _is_beat(["Style", "Guide"])
    (True, False)
    """
    return (
        1 < len(words) <= MAX_BEAT_WORDS
        and words[-1].casefold().rstrip("s") in _BEAT_ROLES
        and all(word[0].isupper() or word in ("and", "&") for word in words)
    )


# Compared and hashed by identity (``eq=False``): the rules are built once per configuration, and
# the caches keyed by them would otherwise hash every list and pattern they hold at each lookup.
@dataclass(frozen=True, slots=True, eq=False)
class WireRules:
    """The compiled patterns the detectors use. Build with :func:`wire_rules`.

    Plain lists (agencies, months, places) are sets looked up by the detectors rather than big
    regex alternations: compiling those would cost more at start-up than all the cleaning.
    """

    agencies: frozenset[str]  # casefolded agency names
    aliases: tuple[tuple[str, str], ...]  # (casefolded variant spelling, the agency's name): ("reuter", "Reuters")
    acronyms: frozenset[str]  # the agencies listed in capitals ("AP", "AFP"), as listed
    initials: frozenset[str]  # the initials of the agencies listed by full name ("NAN", "PNA"), three or more
    agency_heads: frozenset[str]  # casefolded first words of the agencies' names ("the" left out)
    tag: re.Pattern[str]  # the inside of a bracketed headline tag (fullmatch)
    tag_prefix: re.Pattern[str]  # a slug before a hyphen (fullmatch)
    tag_label: re.Pattern[str]  # a label before a colon (fullmatch)
    tag_stopwords: frozenset[str]
    tag_slug_words: frozenset[str]  # casefolded labels that glue to any headline: "Analysis-"
    datelines: tuple[re.Pattern[str], ...]  # special dateline forms (match at the start)
    byline_prefixes: tuple[str, ...]  # casefolded, longest first: "story by", "by", "von"
    byline_prefix_heads: frozenset[str]  # their first words: "story", "by", "von"
    roles: re.Pattern[str]  # a role after a byline's names (fullmatch)
    org_words: frozenset[str]  # casefolded last words of organisations: "press", "times"
    timestamp_labels: tuple[str, ...]  # casefolded, longest first: "last updated", "published"
    marker: re.Pattern[str]
    sources: tuple[re.Pattern[str], ...]
    credits: tuple[re.Pattern[str], ...]
    credit_roles: frozenset[str]  # casefolded
    copyright: re.Pattern[str]
    contact_label: re.Pattern[str]  # the label over a press release's contact block (fullmatch)
    months: frozenset[str]  # casefolded, without a final dot
    weekdays: frozenset[str]  # casefolded, without a final dot
    not_places: frozenset[str]
    places: frozenset[str]  # casefolded
    regions: frozenset[str]  # casefolded
    time_words: frozenset[str]  # casefolded small words of a written time: "at", "à", "alle", "um", "Uhr"
    head_fields: frozenset[str]  # casefolded labels of a database record's fields above a story: "length"
    tail_fields: frozenset[str]  # ... and below it: "load-date", "subject"
    field_line: re.Pattern[str]  # a field line with no label: "523 words", "End of Document" (fullmatch)
    relative_time_words: frozenset[str]  # casefolded: "ago", "vor", "hace" ("2 hours ago" is a time)

    def is_agency(self, text: str) -> bool:
        """Whether ``text`` names a listed agency ("Reuters", "The Associated Press").

        >>> wire_rules().is_agency("The Associated Press"), wire_rules().is_agency("Acme")
        (True, False)
        """
        name = text.strip().casefold()
        return name in self.agencies or name.removeprefix("the ") in self.agencies

    def is_agency_initials(self, text: str) -> bool:
        """Whether ``text`` spells, in capitals, the initials of an agency listed by its full name
        ("NAN": News Agency of Nigeria; "PNA": Philippine News Agency), as the agency signs off in
        brackets under its copy. A word in capitals is no agency by itself ("NAN" alone is not).

        >>> rules = wire_rules()
        >>> rules.is_agency_initials("NAN"), rules.is_agency_initials("AFP"), rules.is_agency_initials("PDF")
        (True, True, False)
        """
        return text.isupper() and text in self.initials

    def canonical_agency(self, name: str) -> str:
        """An agency's name as the lists spell it when ``name`` is an old or variant form, or an
        acronym that a page set in title case ("Ap Auto Writer"); otherwise as written.

        >>> rules = wire_rules()
        >>> rules.canonical_agency("REUTER"), rules.canonical_agency("BERNAMA"), rules.canonical_agency("Ap")
        ('Reuters', 'BERNAMA', 'AP')
        """
        folded = name.strip().casefold()
        written = name.strip()
        if written[:1].isupper() and written[1:].islower() and (upper := written.upper()) in self.acronyms:
            return upper
        return next((canonical for variant, canonical in self.aliases if variant == folded), name)

    def agency_of(self, affiliation: str) -> str | None:
        """The agency an affiliation names: itself, or the agency before a role or a desk
        ("PA Chief Reporter", "AP Business Writer", "PA Scotland" -> "PA").

        >>> rules = wire_rules()
        >>> rules.agency_of("Reuters"), rules.agency_of("PA Scotland"), rules.agency_of("AP Business Writer")
        ('Reuters', 'PA', 'AP')
        >>> rules.agency_of("Jane Doe"), rules.agency_of("APA style guide")
        (None, None)
        >>> rules.agency_of("PA Home Affairs Correspondent")
        'PA'
        """
        text = affiliation.strip()
        if self.is_agency(text):
            return text
        if (after_role := _ROLE_OF_AGENCY.fullmatch(text)) is not None and (
            self.roles.fullmatch(after_role["role"]) and self.is_agency(after_role["agency"])
        ):
            return after_role["agency"]  # "Repórter da Agência Brasil", "Korrespondentin der dpa"
        words = text.split()
        if len(words) > MAX_ROLE_WORDS or not words or words[0].casefold() not in self.agency_heads:
            return None
        for k in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:k]), words[k:]
            if self.is_agency(head) and (self.roles.fullmatch(" ".join(tail)) or self._is_desk(tail) or _is_beat(tail)):
                return head
        return None

    def _is_desk(self, words: list[str]) -> bool:
        """One or two capitalised words naming an agency's desk or region ("Scotland", "Sport"),
        not another body ("Institute", "Foundation": "Reuters Institute" is no agency's desk)."""
        return len(words) <= 2 and all(
            w[:1].isupper() and w.casefold() not in self.org_words and w.casefold() not in _NOT_DESKS for w in words
        )

    def is_role(self, text: str) -> bool:
        """A role or affiliation after a byline's names: "Staff Writer", "Reuters", "AP Business Writer".

        >>> rules = wire_rules()
        >>> rules.is_role("Staff Writer"), rules.is_role("AP Business Writer"), rules.is_role("Jane Doe")
        (True, True, False)
        >>> rules.is_role("Asia Correspondent"), rules.is_role("Beijing Bureau Chief"), rules.is_role("Jane Doe Writer")
        (True, True, False)
        >>> rules.is_role("Senior Life and Trends Reporter"), rules.is_role("Health & Science Editor")
        (True, True)
        >>> rules.is_role("AP National Security Writer"), rules.is_role("Ap National Security Writer")
        (True, True)
        """
        text = text.strip()
        if self.roles.fullmatch(text) or self.is_agency(text) or self._is_beat_role(text):
            return True
        words = text.split()
        if len(words) > MAX_ROLE_WORDS:
            return False
        return any(
            self.is_agency(" ".join(words[:k])) and (self.roles.fullmatch(" ".join(words[k:])) or _is_beat(words[k:]))
            for k in range(1, len(words))
        )

    def _is_beat_role(self, text: str) -> bool:
        """A place before a correspondent's role: "Asia Correspondent", "Beijing Bureau Chief"."""
        head, _, noun = text.rpartition(" ")
        if head.casefold().endswith(" bureau"):
            head, noun = head[: -len(" bureau")], "bureau " + noun
        if noun.casefold().rstrip("s") not in _BEAT_ROLES or not head[:1].isupper():
            return False
        folded = head.casefold()
        if folded in self.places or folded in self.regions:
            return True
        words = head.split()
        if (
            len(words) <= MAX_BEAT_WORDS
            and all(word[0].isupper() or word in ("and", "&") for word in words)
            and (words[0].casefold() in _SENIORITY or "and" in words or "&" in words)
        ):
            return True  # "Senior Life and Trends Reporter", "Health & Science Editor" (not "Jane Doe Writer")
        from cleannews.lexicon.gazetteer import is_city

        return is_city(head)

    def is_month(self, word: str) -> bool:
        return word.rstrip(".").casefold() in self.months

    def is_organisation(self, text: str) -> bool:
        """An agency, or a title-case name that reads as an organisation: "The Canadian Press",
        "Los Angeles Times", "The Daily Courier" (not a person: "Jane Doe").

        >>> rules = wire_rules()
        >>> rules.is_organisation("The Canadian Press"), rules.is_organisation("Los Angeles Times")
        (True, True)
        >>> rules.is_organisation("Jane Doe"), rules.is_organisation("the company")
        (False, False)
        >>> rules.is_organisation("Philstar.com"), rules.is_organisation("example.com")
        (True, False)
        >>> rules.is_organisation("Senior Life and Trends Reporter"), rules.is_organisation("The Hollywood Reporter")
        (False, True)
        """
        text = text.strip()
        if self.is_agency(text):
            return True
        if self.roles.fullmatch(text) or self.is_role(text):  # "Staff Reporter", "PA Chief Reporter" are roles
            return False
        if _WEB_BRAND.fullmatch(text) and text[0].isupper():  # "Philstar.com"
            return True
        words = text.split()
        if not 1 < len(words) <= 7 or not all(w[0].isupper() or w in ("of", "and", "&", "de", "for") for w in words):
            return False
        if words[0] != "The" and words[-1].casefold().rstrip("s") in _BEAT_ROLES:
            return False  # "Senior Life and Trends Reporter" is a writer's beat ("The Hollywood Reporter" a paper)
        return words[0] == "The" or words[-1].rstrip(".").casefold() in self.org_words


def _casefolded(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


_SMALL_WORDS = frozenset(["of", "the", "and", "for", "de", "du", "des", "la", "le", "el", "&"])
_NAME_WORDS = regexes.compile(r"[\s-]+")


def _initials(names: Iterable[str]) -> frozenset[str]:
    """The initials of agencies' full names, small words left out: "News Agency of Nigeria" -> "NAN",
    "Agence France-Presse" -> "AFP" (only those of three letters or more).

    >>> sorted(_initials(["News Agency of Nigeria", "Agence France-Presse", "Reuters", "The Associated Press"]))
    ['AFP', 'NAN']
    """
    found: set[str] = set()
    for name in names:
        words = [w for w in _NAME_WORDS.split(name.strip()) if w and w.casefold() not in _SMALL_WORDS]
        if len(words) >= 3 and all(w[0].isupper() and w[0].isalpha() for w in words):
            found.add("".join(w[0] for w in words))
    return frozenset(found)


def _aliases(values: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """``"Reuter = Reuters"`` entries as (casefolded variant, name) pairs."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        variant, sep, name = value.partition("=")
        if not sep or not variant.strip() or not name.strip():
            raise WirePatternError(f"agencies.aliases: {value!r} must read 'Variant = Name'")
        pairs.append((variant.strip().casefold(), name.strip()))
    return tuple(pairs)


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
    return WireRules(
        agencies=_casefolded(by_kind["agency"]),
        aliases=_aliases(by_kind["agency_alias"]),
        acronyms=frozenset(a for a in by_kind["agency"] if a.isupper()),
        initials=_initials(by_kind["agency"]),
        agency_heads=frozenset(a.split()[0].casefold() for a in by_kind["agency"] if a.split()) | {"the"},
        tag=regexes.compile(_alternation(by_kind["tag"])),
        tag_prefix=regexes.compile(_alternation(by_kind["tag_prefix"])),
        tag_label=regexes.compile(_alternation(by_kind["tag_label"])),
        tag_stopwords=_casefolded(by_kind["tag_stopword"]),
        tag_slug_words=_casefolded(by_kind["tag_slug_word"]),
        datelines=tuple(regexes.compile(p) for p in by_kind["dateline"]),
        byline_prefixes=tuple(sorted({p.casefold() for p in by_kind["byline_prefix"]}, key=len, reverse=True)),
        byline_prefix_heads=frozenset(p.split()[0].casefold() for p in by_kind["byline_prefix"] if p.split()),
        roles=regexes.compile(_alternation(by_kind["byline_role"])),
        org_words=_casefolded(by_kind["org_word"]),
        timestamp_labels=tuple(sorted({p.casefold() for p in by_kind["timestamp_label"]}, key=len, reverse=True)),
        marker=regexes.compile(_alternation(by_kind["marker"])),
        sources=tuple(regexes.compile(p) for p in by_kind["source"]),
        credits=tuple(regexes.compile(p) for p in by_kind["credit"]),
        credit_roles=_casefolded(by_kind["credit_role"]),
        copyright=regexes.compile(_alternation(by_kind["copyright"])),
        contact_label=regexes.compile(_alternation(by_kind["contact_label"])),
        months=frozenset(m.rstrip(".").casefold() for m in by_kind["month"]),
        weekdays=frozenset(m.rstrip(".").casefold() for m in by_kind["weekday"]),
        not_places=_casefolded(by_kind["not_place"]),
        places=_casefolded(by_kind["place"]),
        regions=_casefolded(by_kind["region"]),
        time_words=_casefolded(by_kind["time_word"]) | _casefolded(by_kind["relative_time_word"]),
        relative_time_words=_casefolded(by_kind["relative_time_word"]),
        head_fields=_casefolded(by_kind["head_field"]),
        tail_fields=_casefolded(by_kind["tail_field"]),
        field_line=regexes.compile(_alternation(by_kind["field_line"])),
    )
