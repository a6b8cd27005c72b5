"""Closing lines of wire copy: "(END)", "Source: ...", "(Reporting by ...)", sign-offs, e-mails, copyright."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleannews.wire.names import looks_like_holder, looks_like_names
from cleannews.wire.rules import WireRules

_SEPARATOR = re.compile(r"^\s*(?:[_\-—–=*~#·•]\s*){3,}$|^\s*\*\s*\*\s*\*\s*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)\]]*$|[\"”’»]$")
# Words that may stand beside an e-mail address in a reporter's contact line.
_CONTACT_WORDS = frozenset(
    [
        "email",
        "e-mail",
        "mail",
        "contact",
        "reach",
        "write",
        "at",
        "or",
        "and",
        "by",
        "reporter",
        "correspondent",
        "editor",
    ]
)
# "Reporting by X in Y", "Editing: Z": a role of one to three words, then names.
_CLAUSE = re.compile(r"(?:[Aa]nd\s+)?(?P<role>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}?)(?: by|\s*:)\s+(?P<names>.+)")
_CLAUSE_BREAK = re.compile(r"\s*;\s*|\s*,\s*(?=(?:and\s+)?[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}? by )")
_INLINE_CREDIT = re.compile(r"\s*\((?P<inner>[^()]{4,300})\)\s*$")
_INLINE_END = re.compile(r"\s*\((?:END|끝)\)\s*$")


@dataclass(frozen=True, slots=True)
class Trailer:
    """What a closing line is: ``kind`` is marker, separator, source, signoff, credit, email or copyright."""

    kind: str
    value: str | None = None  # the source, credit or copyright it carries


def is_separator(line: str) -> bool:
    """A rule line: "___", "---", "* * *".

    >>> is_separator("___"), is_separator("* * *"), is_separator("-- Reuters")
    (True, True, False)
    """
    return _SEPARATOR.match(line) is not None


def ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line.rstrip()) is not None


def credit_clauses(text: str, rules: WireRules) -> bool:
    """Whether ``text`` is made of credit clauses only: "Reporting by X in Y; Editing by Z".

    >>> from cleannews.wire.rules import wire_rules
    >>> credit_clauses("Reporting by Will Dunham; Editing by Tom Brown", wire_rules())
    True
    >>> credit_clauses("Reporting by the Guardian showed that prices rose", wire_rules())
    False
    """
    parts = _CLAUSE_BREAK.split(text.strip().rstrip("."))
    for part in parts:
        match = _CLAUSE.fullmatch(part)
        if match is None or match.group("role").casefold() not in rules.credit_roles:
            return False
        if not looks_like_names(match.group("names")):
            return False
    return bool(parts)


def _unwrap(line: str) -> str:
    text = line.strip()
    if (text.startswith("(") and text.endswith(")")) or (text.startswith("[") and text.endswith("]")):
        text = text[1:-1].strip()
    return text.lstrip("-—– ").rstrip()


def _is_email_credit(line: str) -> bool:
    """A reporter's contact line: "kimsy@yna.co.kr", "정덕현 칼럼니스트 thekian1@entermedia.co.kr"."""
    emails = _EMAIL.findall(line)
    if len(emails) != 1:
        return False
    rest = _EMAIL.sub(" ", line).strip(" \t-—–:|/()<>[].,")
    words = rest.replace(":", " ").replace("|", " ").split()
    if len(words) > 6:
        return False
    return all(w.casefold() in _CONTACT_WORDS or not w[0].islower() for w in words)


def classify_trailer(line: str, rules: WireRules) -> Trailer | None:
    """What a closing line is, or None when it is body text.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> classify_trailer("(END)", rules), classify_trailer("Source: Yonhap News Agency", rules)
    (Trailer(kind='marker', value=None), Trailer(kind='source', value='Yonhap News Agency'))
    >>> classify_trailer("(Reporting by Will Dunham; Editing by Tom Brown)", rules)
    Trailer(kind='credit', value='Reporting by Will Dunham; Editing by Tom Brown')
    >>> classify_trailer("The company told Reuters it would appeal.", rules) is None
    True
    """
    text = line.strip()
    if not text:
        return None
    if is_separator(text):
        return Trailer("separator")
    if rules.marker.fullmatch(text):
        return Trailer("marker")
    for pattern in rules.sources:
        if match := pattern.fullmatch(text):
            return Trailer("source", match.group("source").strip().rstrip("."))
    if len(text) <= 40 and rules.is_agency(agency := text.strip("()[]=—–- .\t")):
        return Trailer("signoff", agency)
    if rules.copyright.fullmatch(text):
        return Trailer("copyright", text)
    unwrapped = _unwrap(text)
    if credit_clauses(unwrapped, rules):
        return Trailer("credit", unwrapped)
    for pattern in rules.credits:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        names, holder = match.groupdict().get("names"), match.groupdict().get("holder")
        if (names is None or looks_like_names(names.strip())) and (holder is None or looks_like_holder(holder)):
            return Trailer("credit", unwrapped)
    if _is_email_credit(text):
        return Trailer("email", text)
    return None


def inline_trailer(line: str, rules: WireRules) -> tuple[str, Trailer] | None:
    """Credits or an end marker closing the last paragraph: "... said. (Reporting by X)".

    Returns the text to cut (with its leading space) and what it is.

    >>> from cleannews.wire.rules import wire_rules
    >>> inline_trailer("Talks resume on Monday. (Reporting by Jane Doe; Editing by John Roe)", wire_rules())[0]
    ' (Reporting by Jane Doe; Editing by John Roe)'
    >>> inline_trailer("Talks resume (on Monday).", wire_rules()) is None
    True
    """
    if (match := _INLINE_END.search(line)) and match.start() > 0 and ends_sentence(line[: match.start()]):
        return match.group(0), Trailer("marker")
    match = _INLINE_CREDIT.search(line)
    if match is None or match.start() == 0 or not ends_sentence(line[: match.start()]):
        return None
    inner = match.group("inner").strip()
    if credit_clauses(inner, rules):
        return match.group(0), Trailer("credit", inner)
    return None
