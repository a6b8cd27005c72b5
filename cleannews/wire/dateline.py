"""Datelines at the start of a story: "SEOUL, Nov. 30 (Yonhap) --", "WASHINGTON (AP) —", "(서울=연합뉴스)".

The common grammar is PLACE[, Region][, DATE][ (AGENCY) or /AGENCY/] SEPARATOR; the special forms
of some agencies (Korean, Chinese, Japanese, ANSA) are whole patterns in the wire files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleannews.wire.rules import WireRules

_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}(?:[\w.'’]|-(?={_LETTER}))*"
_SEPARATOR = r"(?P<sep>\.-|\.—|--|—|–|-|_|:)"
# Words that may sit in lower case inside a place name: "Rio de Janeiro", "Stratford-upon-Avon".
_PLACE_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "la",
        "el",
        "le",
        "les",
        "of",
        "on",
        "upon",
        "am",
        "an",
        "der",
        "di",
        "sur",
        "en",
    ]
)
_QUOTES = "\"“‘'«„(["


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a line; ``end`` is where the lede begins."""

    text: str
    end: int
    place: str | None = None
    date: str | None = None
    agency: str | None = None
    byline: str | None = None


# A month as a dateline writes it ("Nov.", "January", "ene", "GEN"); checked against the lists.
_MONTH = r"[^\W\d_]{3,10}\.?"
_DATE = (
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf"|\d{{1,2}}(?:\.|º|er)? (?:de )?{_MONTH}(?:,? (?:de )?\d{{4}})?)"
)
_REGION = rf"(?!{_MONTH} \d){_WORD}(?: {_WORD}){{0,3}}"
_LABEL = r"(?:\((?P<paren>[^()\n]{1,40})\)|/(?P<slash>[^/\n]{2,30})/)"
# PLACE[, Region][ [Country]][, DATE][ (AGENCY) or /AGENCY/][ SEPARATOR]
_GENERAL = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}}(?:,\s*{_REGION})?)(?:\s*\[[^\]\n]{{1,25}}\])?"
    rf"(?:,\s*(?P<date>{_DATE}))?(?:\s*(?:--)?\s*{_LABEL})?\s*{_SEPARATOR}?\s*"
)
# "(Reuters) —", "(CNN)", "AP - "
_AGENCY_ONLY = re.compile(
    rf"(?:\((?P<paren>[^()\n]{{1,40}})\)|(?P<bare>[^\W\d_][\w.&' -]{{0,30}}?)(?=\s*(?:--|—|–|-|_)\s))"
    rf"\s*{_SEPARATOR}?\s*"
)
# "Jan 5 (Reuters) - "
_DATED = re.compile(rf"(?P<date>{_DATE})\s*\((?P<paren>[^()\n]{{1,40}})\)\s*{_SEPARATOR}?\s*")
_DATE_ONLY = re.compile(_DATE)
_LETTERS = re.compile(r"[^\W\d_]+")


def _is_date(text: str | None, rules: WireRules) -> bool:
    """A date whose month word is a listed month: "Nov. 30", "5 ene", not "Deal 5"."""
    return text is not None and all(rules.is_month(word) for word in _LETTERS.findall(text) if word != "de")


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_title_case(text: str) -> bool:
    words = text.replace(",", " ").split()
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w in _PLACE_PARTICLES for w in words)


def _lede_ok(rest: str, lenient: bool) -> bool:
    """The text after a dateline must open a sentence (lower case only after an agency or a date)."""
    if not rest:
        return False
    first = rest[0]
    if first.isupper() or first.isdigit() or first in _QUOTES or (first.isalpha() and not first.islower()):
        return True
    return lenient and first.isalpha()


def _is_agency_label(label: str, rules: WireRules) -> tuple[bool, bool]:
    """(reads as an agency, is a known one) for the text in brackets after a place."""
    if rules.is_agency(label):
        return True, True
    words = label.split()
    ok = 0 < len(words) <= 4 and label[0].isupper() and "," not in label and not label.endswith(".")
    return ok and all(w[0].isupper() or w[0].isdigit() or w in ("of", "de", "&") for w in words), False


def find_dateline(line: str, rules: WireRules) -> DatelineMatch | None:
    """The dateline at the start of ``line``, or None.

    >>> from cleannews.wire.rules import wire_rules
    >>> m = find_dateline("SEOUL, Nov. 30 (Yonhap) -- South Korea's defense chief said.", wire_rules())
    >>> m.text, m.place, m.date, m.agency
    ('SEOUL, Nov. 30 (Yonhap) --', 'SEOUL', 'Nov. 30', 'Yonhap')
    >>> m = find_dateline("HAYWARD, Calif. (AP) — The Latest on a stabbing.", wire_rules())
    >>> m.place, m.agency
    ('HAYWARD, Calif.', 'AP')
    >>> find_dateline("NATO — the alliance said on Monday it would act.", wire_rules()) is None
    True
    >>> find_dateline("Reuters reported on Monday that talks failed.", wire_rules()) is None
    True
    """
    for pattern in rules.datelines:
        if (match := pattern.match(line)) and match.end() < len(line):
            groups = match.groupdict()
            return DatelineMatch(
                match.group(0).strip(),
                match.end(),
                groups.get("place"),
                groups.get("date"),
                groups.get("agency"),
                (groups.get("byline") or "").strip() or None,
            )
    if match := _AGENCY_ONLY.match(line):
        agency = match.group("paren") or match.group("bare")
        rest = line[match.end() :]
        if rules.is_agency(agency) and _lede_ok(rest, lenient=False):
            return DatelineMatch(match.group(0).strip(), match.end(), None, None, agency.strip())
    if match := _DATED.match(line):
        rest = line[match.end() :]
        date, agency = match.group("date"), match.group("paren")
        if _is_date(date, rules) and rules.is_agency(agency) and _lede_ok(rest, lenient=True):
            return DatelineMatch(match.group(0).strip(), match.end(), None, date, agency)
    match = _GENERAL.match(line)
    if match is None:
        return None
    return _check_general(line, match, rules)


def _check_general(line: str, match: re.Match[str], rules: WireRules) -> DatelineMatch | None:
    place = match.group("place").strip()
    date = match.group("date")
    sep = match.group("sep")
    if date is not None and not _is_date(date, rules):
        return None
    label = match.group("paren") or match.group("slash")
    agency: str | None = None
    known = False
    if label is not None:
        label = label.strip()
        if _DATE_ONLY.fullmatch(label) and _is_date(label, rules):
            date = date or label
        else:
            is_agency, known = _is_agency_label(label, rules)
            if not is_agency:
                return None
            agency = label
    main, _, region = (part.strip() for part in place.partition(","))
    caps = _is_caps(main)
    # A place the lists know: a listed city, or any place with a listed region ("Dekalb, Ill.").
    listed = main.casefold() in rules.places or (region.casefold() in rules.regions and _is_title_case(main))
    if known:
        if not (caps or _is_title_case(place)):
            return None
    elif (
        sep is None
        or (sep == ":" and not (agency or (caps and listed)))
        or (not caps and not (listed and agency is None and _is_title_case(place)))
        or (agency is None and date is None and not region and main.casefold() in rules.not_places)
    ):
        return None
    rest = line[match.end() :]
    if not _lede_ok(rest, lenient=agency is not None or date is not None):
        return None
    return DatelineMatch(match.group(0).strip(), match.end(), place, date, agency)


def find_standalone_dateline(line: str, rules: WireRules) -> DatelineMatch | None:
    """A dateline that is a whole line of its own, as press releases have: "BAAR, SWITZERLAND".

    >>> from cleannews.wire.rules import wire_rules
    >>> find_standalone_dateline("BAAR, SWITZERLAND", wire_rules()).place
    'BAAR, SWITZERLAND'
    >>> find_standalone_dateline("WORLD NEWS", wire_rules()) is None
    True
    """
    match = _GENERAL.fullmatch(line.strip())
    if match is None or match.group("sep"):
        return None
    place = match.group("place").strip()
    main = place.split(",")[0]
    label = match.group("paren") or match.group("slash")
    agency = None
    if label is not None:
        known = _is_agency_label(label.strip(), rules)[1]
        if not known:
            return None
        agency = label.strip()
    if match.group("date") and not _is_date(match.group("date"), rules):
        return None
    has_more = "," in place or match.group("date") or agency
    if not _is_caps(main) or not has_more or main.strip().casefold() in rules.not_places:
        return None
    if "," in place and not _is_caps(place) and not _is_title_case(place.split(",", 1)[1]):
        return None
    return DatelineMatch(line.strip(), len(line), place, match.group("date"), agency)
