"""Datelines at the start of a story: "SEOUL, Nov. 30 (Yonhap) --", "WASHINGTON (AP) —", "(서울=연합뉴스)".

The common grammar is PLACE[, Region][, DATE][ (AGENCY) or /AGENCY/] SEPARATOR; the special forms
of some agencies (Korean, Chinese, Japanese, ANSA) are whole patterns in the wire files.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from cleannews import regexes
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
        "es",
        "du",
        "des",
        "al",
        "y",
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
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}}|/\d{{4}})?"
    rf"|\d{{1,2}}(?:\.|º|er|st|nd|rd|th)? (?:de )?{_MONTH}(?:,? (?:de )?\d{{4}})?"
    # the day alone before the agency's bracket: "SEVILLA, 9 (EUROPA PRESS) -"
    rf"|\d{{1,2}}(?=\s*\())"
)
_REGION = rf"(?!{_MONTH} \d){_WORD}(?: {_WORD}){{0,3}}"
# "(AP)", "(ANDINA).", "/PRNewswire/", "/TASS/." and, after a comma, an agency in capitals ("MARCH 3,
# ARMENPRESS.", "KINGSTON, Jamaica, CMC –": a listed one when no date comes before it) or, after a
# date, a listed one without brackets before a dash (Kyodo's wire: "TOKYO, July 5 Kyodo -").
_LABEL = (
    rf"(?:\((?P<paren>[^()\n]{{1,40}})\)\.?|/(?P<slash>[^/\n]{{2,30}})/\.?(?:\s*(?P<slash_date>{_DATE})\s*/)?"
    r"|(?<=[^\W_]|\.),\s*(?P<caps>[A-Z][A-Z0-9-]{2,24})(?:\.(?=\s)|(?=\s*[:—–-]))"
    r"|(?<=\d)\s+(?P<bare>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?=\s*(?:--|—|–|-)\s))"
)
# PLACE[/PLACE][, Region[, Country]][ (State) [Country]][, DATE][ (AGENCY) or /AGENCY/][ SEPARATOR]:
# "LONDON/NEW YORK (Reuters) -", "BOSTON & LONDON--(BUSINESS WIRE)--" (places joined by "&" only in
# capitals before a wire's label), "Mumbai (Maharashtra) [India], July 5 (ANI):", "AUSTIN, TEXAS, UNITED
# STATES, July 5, 2024 /EINPresswire.com/ --"; a press-release wire may stand after a dash ("CALGARY,
# Alberta — (BUSINESS WIRE) —") and carry the date ("--(Newsfile Corp. - July 5, 2024) -", "/ ACCESSWIRE /
# July 5, 2024 /").
_PLACE_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
_GENERAL = regexes.compile(
    rf"(?P<place>{_PLACE_NAME}(?:(?:/| & ){_PLACE_NAME}){{0,3}}(?:,\s*{_REGION}){{0,2}})"
    rf"(?:\s*\([^()\n]{{1,30}}\)(?=\s*\[))?(?:\s*\[[^\]\n]{{1,25}}\])?"
    rf"(?:(?:,\s*|\s+(?=\d{{1,2}}\.\s))(?P<date>{_DATE})\.?)?(?:\s*(?:--|—|–|-(?=\s*\())?\s*{_LABEL})?\s*{_SEPARATOR}?\s*"
)
# The date a press-release wire puts inside its brackets: "Newsfile Corp. - July 5, 2024".
_LABEL_DATE = regexes.compile(rf"(?P<name>[^,]+?)\s*(?:[-–—,])\s*(?P<date>{_DATE})")
# "(Reuters) —", "(CNN)", "AP - ", "PanARMENIAN.Net - "
_AGENCY_ONLY = regexes.compile(
    rf"(?:\((?P<paren>[^()\n]{{1,40}})\)|(?P<bare>[^\W\d_][\w.&' -]{{0,30}}?)(?=\s*(?:--|—|–|-|_)\s))"
    rf"\s*{_SEPARATOR}?\s*"
)
# An agency known by its web address: "PanARMENIAN.Net", "Trend.Az" (".com" and the like name
# companies as often as news services, so they are left out).
_WEB_BRAND = regexes.compile(r"[A-Za-z][\w-]{1,30}\.(?!(?:com|org|gov|edu|int)$)[A-Za-z]{2,4}")
# "Anadolu Agency", "Kazinform News Agency": a name that says it is an agency.
_AGENCY_NAME = regexes.compile(r"(?:[A-Z][\w-]*\s+){1,3}(?:News\s+)?(?:Agency|Newswire|Press Agency|News Service)")
# Words that are no part of a place's name: "LIGHTEN YOUR LOAD –" is a run-in heading.
_NOT_IN_PLACES = frozenset(
    [
        "your",
        "my",
        "our",
        "their",
        "his",
        "her",
        "its",
        "you",
        "we",
        "i",
        "me",
        "us",
        "them",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "how",
        "what",
        "why",
        "when",
        "who",
        "this",
        "that",
        "these",
        "those",
        "not",
        "no",
        "all",
        "more",
        "most",
        "can",
        "will",
        "just",
        "only",
        "get",
        "make",
        "to",
        "for",
        "with",
        "from",
        "about",
        "if",
        "or",
        "but",
    ]
)
# A city name this common as a word opens a lede as that word ("Orange —", "Reading:").
_MAX_PLACE_ZIPF = 4.2
# "Jan 5 (Reuters) - "
_DATED = regexes.compile(rf"(?P<date>{_DATE})\s*\((?P<paren>[^()\n]{{1,40}})\)\s*{_SEPARATOR}?\s*")
_DATE_ONLY = regexes.compile(_DATE)
# "MOSCOW. March 3 (Interfax) - ": a full stop between the place in capitals and the date.
_DOTTED = regexes.compile(
    rf"(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){{0,3}})\.\s+(?P<date>{_DATE})\s*"
    rf"\((?P<paren>[^()\n]{{1,40}})\)\s*{_SEPARATOR}?\s*"
)
# "ASTANA. KAZINFORM -": a full stop between the place in capitals and a listed agency.
_DOTTED_AGENCY = regexes.compile(
    rf"(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){{0,3}})\.\s+(?P<agency>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){{0,2}})"
    rf"\s*{_SEPARATOR}\s*"
)
# A regional service's code after an agency and a slash: "dpa/lby", "dpa/lsw".
_DESK = regexes.compile(r"[a-z]{2,5}")
# "(AGI) - Roma, 5 lug. -", "(ANSA) - ROME, JUL 5 -": the agency first, then the place and the date.
_AGENCY_FIRST = regexes.compile(
    rf"\((?P<paren>[^()\n]{{1,40}})\)\s*[-–—]\s*(?P<place>{_PLACE_NAME}),\s*(?P<date>{_DATE})\s*{_SEPARATOR}\s*"
)
# An agency's short name in brackets: "(PAP)", "(TT)", "(ANSA)".
_ACRONYM_LABEL = regexes.compile(r"[A-Z][A-Z0-9&-]{1,9}")
_LETTERS = regexes.compile(r"[^\W\d_]+")
_ORDINAL = regexes.compile(r"(?<=\d)(?:st|nd|rd|th|er)\b")


def _is_date(text: str | None, rules: WireRules) -> bool:
    """A date whose month word is a listed month: "Nov. 30", "5 ene", not "Deal 5"."""
    if text is None:
        return False
    words = _LETTERS.findall(_ORDINAL.sub("", text))  # "21st September 2024"
    return all(rules.is_month(word) for word in words if word != "de")


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capital(char: str) -> bool:
    """A capital, or a letter of a script without case (Arabic, Hebrew): it may open a name."""
    return char.isupper() or (char.isalpha() and not char.islower())


def _is_title_case(text: str) -> bool:
    """Place words in title case ("Rio de Janeiro"), or in a script without case ("القاهرة")."""
    words = text.replace(",", " ").replace("/", " ").split()
    return bool(words) and _capital(words[0][0]) and all(_capital(w[0]) or w in _PLACE_PARTICLES for w in words)


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
    agency, slash, desk = label.partition("/")
    if slash and rules.is_agency(agency) and (_DESK.fullmatch(desk) or rules.is_agency(desk)):
        return True, True  # "dpa/lby": dpa's Bavarian service; "AFP/Reuters"
    words = label.split()
    # A full stop ends a sentence, not a name, but for a company's ("Newsfile Corp.")
    finished = label.endswith(".") and not rules.is_organisation(label)
    ok = 0 < len(words) <= 4 and label[0].isupper() and "," not in label and not finished
    return ok and all(w[0].isupper() or w[0].isdigit() or w in ("of", "de", "&") for w in words), False


# No dateline ("BEIJING, Jan. 11 (Xinhua) --" and its longest kin) runs longer than this.
MAX_DATELINE_CHARS = 200


def find_dateline(
    line: str, rules: WireRules, lang: str = "en", strict: bool = False, colon_city: bool = False
) -> DatelineMatch | None:
    """The dateline at the start of ``line``, or None.

    ``strict`` (for a paragraph below a standfirst) takes only the forms that cannot be a lede's
    own words: an agency, or a place in capitals before a dash. Otherwise a place no list knows
    may open the lede in capitals before a colon ("GUWAHATI:") or in mixed case before a dash
    ("Spokane —") when it is a rare word in ``lang``. ``colon_city`` (when the head named an agency)
    also takes a city in mixed case before a colon ("Abu Dhabi:"), one a list names or a rare word.

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
    >>> m = find_dateline("القاهرة - (أ ف ب) - أعلنت الوزارة خطة جديدة.", wire_rules())
    >>> m.place, m.agency
    ('القاهرة', 'أ ف ب')
    >>> find_dateline("KYODO NEWS - Nov 12, 2026 - 11:53 | All, World", wire_rules()) is None
    True
    """
    padded = _PADDING.search(line, 0, MAX_DATELINE_CHARS)
    if padded is not None and padded.start() < MAX_DATELINE_CHARS // 2:
        # A justified line's padding ("COLUMBUS,    Ohio  –  The"): read it with single spaces
        found = _unpadded(line, rules, lang, strict, colon_city)
    elif (hijri := _HIJRI_AFTER_PLACE.match(line, 0, MAX_DATELINE_CHARS)) is not None:
        found = _with_hijri_date(line, hijri, rules, lang, strict, colon_city)
    else:
        found = _first_dateline(line, rules, lang, strict, colon_city)
    if found is not None and found.place is None and _provider_time(line[found.end :]):
        # "KYODO NEWS - Nov 12, 2026 - 11:53 | All, World": a provider over its time, the page head's time line
        return None
    return found


_PROVIDER_TIME = regexes.compile(r"(?:19|20)\d\d\b.*\d{1,2}:\d\d")
_PADDING = regexes.compile(r"(?<=\S) {2,}(?=\S)")


def _unpadded(line: str, rules: WireRules, lang: str, strict: bool, colon_city: bool) -> DatelineMatch | None:
    """:func:`_first_dateline` of a justified line (pdftotext ``-layout`` pads it with runs of
    spaces between words): read with one space between words; the match's end is the line's own.

    >>> from cleannews.wire.rules import wire_rules
    >>> m = _unpadded("NEW  YORK  –  The city said on Monday it would act.", wire_rules(), "en", False, False)
    >>> m.place, m.text, m.end
    ('NEW YORK', 'NEW  YORK  –', 14)
    """
    starts: list[int] = []  # the offset in ``line`` of each character of the single-spaced line
    at = 0
    for match in _PADDING.finditer(line):
        starts.extend(range(at, match.start() + 1))
        at = match.end()
    starts.extend(range(at, len(line) + 1))
    single = _PADDING.sub(" ", line)
    found = _first_dateline(single, rules, lang, strict, colon_city)
    if found is None:
        return None
    end = starts[found.end]
    return dataclasses.replace(found, text=line[:end].strip(), end=end)


# A date of the Islamic calendar between the place and the Gregorian date, as Gulf agencies print it:
# "Riyadh, Jumada II 12, 1448, May 8, 2026, SPA --", "Makkah, Ramadan 3, 1447 AH, February 20, 2026".
_HIJRI_MONTH = (
    r"(?:Muharram|Safar|Rabi[\u2019']?(?: al-[A-Za-z]+| I{1,2}| ul-[A-Za-z]+)?"
    r"|Jumad[ae](?: al-[A-Za-z]+| I{1,2}| ul-[A-Za-z]+)?"
    r"|Rajab|Sha[\u2019']?a?ban|Ramadh?an|Shawwal|Dhu(?: al-|l-|l )[A-Za-z]+)"
)
_HIJRI_AFTER_PLACE = regexes.compile(
    rf"(?P<place>[^\W\d_][^,\n]{{1,40}}),\s*(?P<hijri>{_HIJRI_MONTH} \d{{1,2}},? \d{{4}}(?: AH| H)?),\s*(?=[^\W\d_])"
)


def _with_hijri_date(
    line: str, hijri: re.Match[str], rules: WireRules, lang: str, strict: bool, colon_city: bool
) -> DatelineMatch | None:
    """:func:`_first_dateline` of a line whose place is followed by a Hijri date: read without it,
    the Hijri date then leads the date; the match's end is the line's own.

    >>> from cleannews.wire.rules import wire_rules
    >>> line = "Riyadh, Jumada II 12, 1448, May 8, 2026, SPA -- The council approved the plan."
    >>> m = _with_hijri_date(line, _HIJRI_AFTER_PLACE.match(line), wire_rules(), "en", False, False)
    >>> m.place, m.date, m.agency, line[m.end :]
    ('Riyadh', 'Jumada II 12, 1448, May 8, 2026', 'SPA', 'The council approved the plan.')
    """
    cut = hijri.end() - hijri.end("place")  # what reading without the Hijri date takes out
    found = _first_dateline(f"{hijri.group('place')}, {line[hijri.end() :]}", rules, lang, strict, colon_city)
    if found is None or found.date is None:
        return None  # (a Hijri date alone, with no Gregorian one, is left to the general grammar)
    end = found.end + cut - 2
    return dataclasses.replace(found, text=line[:end].strip(), end=end, date=f"{hijri.group('hijri')}, {found.date}")


def _provider_time(rest: str) -> bool:
    """The rest of a line after a provider's name is its time, not a lede: a date with its year and
    a clock, a few words ("Nov 12, 2026 - 11:53 | All, World")."""
    rest = rest.strip()
    return (
        _DATE_ONLY.match(rest) is not None
        and _PROVIDER_TIME.search(rest) is not None
        and len(rest.split()) <= 12
        and not rest.endswith(".")
    )


def agency_form(line: str, rules: WireRules) -> DatelineMatch | None:
    """The dateline opening ``line`` when it is one of an agency's own forms (the wire files'
    patterns) and names the agency: "(서울=연합뉴스) 기자 =", "【モスクワ共同】" and their machine
    translations, "(Seoul = Yonhap News) Reporter Han Ji-min =", "Xinhua News Agency, Wuhan, April 25
    (Reporter Lu Wenjie)", "[Moscow Kyodo]". No lede's own words take these forms, so they are read
    lower in a page than the common grammar is.

    >>> from cleannews.wire.rules import wire_rules
    >>> m = agency_form("Xinhua News Agency, Wuhan, April 25 (Reporter Lu Wenjie) Rain fell.", wire_rules())
    >>> m.place, m.date, m.agency, m.byline
    ('Wuhan', 'April 25', 'Xinhua News Agency', 'Lu Wenjie')
    >>> m = agency_form("(Seoul = Yonhap News) Reporter Han Ji-min = The ministry said.", wire_rules())
    >>> m.place, m.agency, m.byline
    ('Seoul', 'Yonhap News', 'Han Ji-min')
    >>> agency_form("[Moscow Kyodo] Russia said on Monday.", wire_rules()).place
    'Moscow'
    >>> [agency_form(t, wire_rules()) for t in ("SEOUL, Nov. 30 (Yonhap) -- Rain.", "Xinhua, April 25, 2024")]
    [None, None]
    """
    found = _pattern_dateline(line, rules)
    return found if found is not None and found.agency else None


def _pattern_dateline(line: str, rules: WireRules) -> DatelineMatch | None:
    """The dateline of one of the wire files' patterns opening ``line``, or None."""
    for pattern in rules.datelines:
        # A dateline opens the line: the patterns need not read a long lede to its end.
        if (match := pattern.match(line, 0, MAX_DATELINE_CHARS)) and match.end() < len(line):
            groups = match.groupdict()
            return DatelineMatch(
                match.group(0).strip(),
                match.end(),
                groups.get("place"),
                groups.get("date"),
                groups.get("agency"),
                (groups.get("byline") or "").strip() or None,
            )
    return None


def _first_dateline(line: str, rules: WireRules, lang: str, strict: bool, colon_city: bool) -> DatelineMatch | None:
    if (found := _pattern_dateline(line, rules)) is not None:
        return found
    if (
        (match := _AGENCY_FIRST.match(line, 0, MAX_DATELINE_CHARS))
        and rules.is_agency(match.group("paren"))
        and _is_date(match.group("date"), rules)
        and _lede_ok(line[match.end() :], lenient=True)
    ):
        place, date, agency = match.group("place", "date", "paren")
        return DatelineMatch(match.group(0).strip(), match.end(), place, date, agency)
    if match := _AGENCY_ONLY.match(line, 0, MAX_DATELINE_CHARS):
        agency = match.group("paren") or match.group("bare")
        rest = line[match.end() :]
        named = match.group("bare") is not None and (
            _WEB_BRAND.fullmatch(agency.strip()) is not None or _AGENCY_NAME.fullmatch(agency.strip()) is not None
        )
        # "(The Conversation) —": a bracketed news organisation no list names, before a dash.
        organisation = (
            match.group("paren") is not None
            and match.group("sep") not in (None, ":")
            and _reads_as_agency(agency.strip(), rules)
            and not _ACRONYM_LABEL.fullmatch(agency.strip())
        )
        if (rules.is_agency(agency) or named or organisation) and _lede_ok(rest, lenient=False):
            return DatelineMatch(match.group(0).strip(), match.end(), None, None, agency.strip())
    if (
        (match := _DOTTED.match(line, 0, MAX_DATELINE_CHARS))
        and _is_date(match.group("date"), rules)
        and _is_agency_label(match.group("paren"), rules)[0]
        and _lede_ok(line[match.end() :], lenient=True)
    ):
        place, date, agency = match.group("place", "date", "paren")
        return DatelineMatch(match.group(0).strip(), match.end(), place, date, agency)
    if (
        (match := _DOTTED_AGENCY.match(line, 0, MAX_DATELINE_CHARS))
        and rules.is_agency(match.group("agency"))
        and _lede_ok(line[match.end() :], lenient=False)
    ):
        return DatelineMatch(match.group(0).strip(), match.end(), match.group("place"), None, match.group("agency"))
    if match := _DATED.match(line, 0, MAX_DATELINE_CHARS):
        rest = line[match.end() :]
        date, agency = match.group("date"), match.group("paren")
        if _is_date(date, rules) and rules.is_agency(agency) and _lede_ok(rest, lenient=True):
            return DatelineMatch(match.group(0).strip(), match.end(), None, date, agency)
    match = _GENERAL.match(line, 0, MAX_DATELINE_CHARS)
    found = _check_general(line, match, rules, None if strict else lang, colon_city) if match is not None else None
    if found is None or found.agency is None:
        # "WASHINGTON CNN —": the general grammar reads the agency as part of a place in capitals
        return _place_then_agency(line, rules) or found
    return found


# A place, a listed agency without brackets and a dash: "Hong Kong CNN —" (CNN's pages since 2023).
_PLACE_AGENCY_DASH = regexes.compile(r"(?P<head>[^\W\d_][^—–\n]{1,60}?)\s+(?P<sep>—|–|--)\s+")
_AGENCY_WORDS = (2, 1)  # "CNN Business", "CNN"


def _place_then_agency(line: str, rules: WireRules) -> DatelineMatch | None:
    """A dateline whose agency follows the place with no brackets: "Hong Kong CNN —", "WASHINGTON CNN
    Business —". The agency must be listed and open with an acronym, the place a known city.

    >>> from cleannews.wire.rules import wire_rules
    >>> m = _place_then_agency("Hong Kong CNN — Shares fell on Monday.", wire_rules())
    >>> m.place, m.agency
    ('Hong Kong', 'CNN')
    >>> _place_then_agency("Former CNN — and NBC — anchors met on Monday.", wire_rules()) is None
    True
    """
    match = _PLACE_AGENCY_DASH.match(line, 0, MAX_DATELINE_CHARS)
    if match is None:
        return None
    words = match.group("head").split()
    for k in _AGENCY_WORDS:
        if len(words) <= k or not _ACRONYM_LABEL.fullmatch(words[-k]):
            continue
        agency, place = " ".join(words[-k:]), " ".join(words[:-k])
        main = place.partition(",")[0].strip()
        if (
            not place.endswith(",")  # "RIYADH, March 21, 2024, SPA --": the general grammar's
            and not any(char.isdigit() for char in place)
            and rules.is_agency(agency)
            and (_is_caps(main) or _is_title_case(place))
            and (main.casefold() in rules.places or _known_city(main, rules))
            and _lede_ok(line[match.end() :], lenient=True)
        ):
            return DatelineMatch(match.group(0).strip(), match.end(), place, None, agency)
    return None


def _check_general(
    line: str, match: re.Match[str], rules: WireRules, lang: str | None, colon_city: bool = False
) -> DatelineMatch | None:
    """Whether a match of the general grammar is a dateline; ``lang`` None takes no unlisted place
    but in capitals before a dash."""
    place = match.group("place").strip()
    date = match.group("date")
    sep = match.group("sep")
    if date is not None and not _is_date(date, rules):
        return None
    head, comma, weekday = place.rpartition(",")
    if comma and date is not None and weekday.strip().rstrip(".").casefold() in rules.weekdays:
        place, date = head.strip(), f"{weekday.strip()}, {date}"  # "RAMALLAH, Friday, July 5, 2024 (WAFA) -"
    label = match.group("paren") or match.group("slash") or match.group("caps")
    if (slash_date := match.group("slash_date")) is not None:
        if not _is_date(slash_date, rules):
            return None
        date = date or slash_date  # "NEW YORK, NY / ACCESSWIRE / July 5, 2024 /"
    dated = _LABEL_DATE.fullmatch(label.strip()) if label is not None and date is None else None
    if dated is not None and _is_date(dated.group("date"), rules):  # "(Newsfile Corp. - July 5, 2024)"
        label, date = dated.group("name"), dated.group("date")
    agency: str | None = None
    # "/PRNewswire/", "/TASS/", "MARCH 3, ARMENPRESS.": the form itself sets off an agency.
    known = match.group("slash") is not None or match.group("caps") is not None
    if (caps_label := match.group("caps")) is not None and date is None and not rules.is_agency(caps_label):
        return None
    if (bare := match.group("bare")) is not None:
        if not rules.is_agency(bare):
            return None
        label, known = bare, True
    head, comma, last = (part.strip() for part in place.rpartition(","))
    listed_agency = rules.is_agency(last) and last.casefold() not in rules.regions
    if label is None and comma and sep is not None and listed_agency:
        # "Damascus, SANA-", "KINGSTON, Jamaica, CMC –": a listed agency after the last comma, where
        # a region would be.
        place, label, known = head, last, True
    elif place.count(",") > 1 and label is None and date is None and last.casefold() not in rules.regions:
        return None  # "KINGSTON, Jamaica, NOTE –": a second region must be a known one, or bring a date
    if label is not None:
        label = label.strip()
        if _DATE_ONLY.fullmatch(label) and _is_date(label, rules):
            date = date or label
        else:
            is_agency, known_label = _is_agency_label(label, rules)
            if not is_agency:
                return None
            known = known or known_label
            agency = label
    main, _, region = (part.strip() for part in place.partition(","))
    if rules.is_agency(main) or rules.is_organisation(main):
        return None  # "The Associated Press (AP) said ...": an agency is no place
    caps = _is_caps(main)
    if " & " in main and not (caps and known and agency is not None):
        return None  # "BOSTON & LONDON--(BUSINESS WIRE)--" only: "Procter & Gamble (PG) -" is a company
    not_place = any(part.strip().casefold() in rules.not_places for part in main.split("/")) or any(
        w.casefold() in _NOT_IN_PLACES for w in main.replace("/", " ").split()[1:]
    )
    if not_place and agency is None and date is None and not region:
        return None
    # A place the lists know: a listed city, or any place with a listed region ("Dekalb, Ill.").
    listed = all(part.strip().casefold() in rules.places for part in main.split("/")) or (
        region.casefold() in rules.regions and _is_title_case(main)
    )
    # "Havana, Jul 14 (Prensa Latina) The ...": a date and an agency in brackets need no dash.
    if known or (agency is not None and date is not None):
        if not (caps or _is_title_case(place)):
            return None
        if sep is None and date is None and not (caps or listed or _known_city(main, rules)):
            return None  # "Air Products (AP) rose 3%": a name and a ticker, no dash, no date
    elif agency is not None and sep not in (None, ":") and not caps and _reads_as_agency(agency, rules):
        # "Warsaw (PAP) -", "Seoul (Korea Bizwire) --": an agency's short name, or a name that reads
        # as a news organisation, after a city the lists or the gazetteer know.
        if not (_is_title_case(place) and (listed or _known_city(main, rules))):
            return None
    elif agency is None and date is not None and (sep is not None or (caps and _date_stop(match))) and lang is not None:
        # "Kolkata, August 15:", "Florence, May 2 -": a known city and a date before a dash or a
        # colon, in capitals or in mixed case, with no agency; "BAKU, Azerbaijan, November 5.": a
        # full stop after the date, the place in capitals.
        if not ((caps or _is_title_case(place)) and (listed or region or _known_city(main, rules))):
            return None
    elif sep == ":" and agency is None and date is None and not caps and not region and lang is not None and colon_city:
        # "Abu Dhabi:", "Sharjah:" (Gulf News) under a head that named the agency: a city in mixed
        # case before a colon, one the lists know or too rare a word to be the lede's subject (not
        # "Bordeaux: One of the most famous wine regions ..." opening a guide); not below a standfirst
        if not (_is_title_case(place) and (listed or _rare(main, lang))):
            return None
    elif (
        sep is None
        or (
            sep == ":"
            and not (
                agency or (caps and (listed or (not region and (_rare(main, lang) or _rare_words(main, colon_city)))))
            )
        )
        or (not caps and not (agency is None and _is_title_case(place) and (listed or _unlisted_ok(main, sep, lang))))
    ):
        return None
    rest = line[match.end() :]
    if sep in ("-", "_") and not line[match.end("sep") : match.end("sep") + 1].isspace():
        return None  # "CVE-2024-49113 ...": a hyphen inside a word
    if not _lede_ok(rest, lenient=agency is not None or date is not None):
        return None
    return DatelineMatch(match.group(0).strip(), match.end(), place, date, agency)


# The last word of a press-release wire's or a news service's name: "Korea Bizwire", "Kyodo News".
_WIRE_WORD = regexes.compile(r"(?i)(?:\w*wires?|news|press|presse|agency|service)")
# One word that names a wire by its ending, with a capital inside: "RTTNews", "NewsWire".
_WIRE_BRAND = regexes.compile(r"[A-Z][A-Za-z]*[a-z0-9A-Z](?:News|Newswires?|Wires?)")


def _reads_as_agency(label: str, rules: WireRules) -> bool:
    """A bracketed label after a city that names a news service: a listed agency, an acronym
    ("PAP"), a news organisation ("The Conversation") or a wire ("Korea Bizwire")."""
    words = label.split()
    if rules.is_agency(label) or _ACRONYM_LABEL.fullmatch(label) or rules.is_organisation(label):
        return True
    if len(words) == 1:
        return _WIRE_BRAND.fullmatch(label) is not None
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and _WIRE_WORD.fullmatch(words[-1]) is not None


def _rare(place: str, lang: str | None) -> bool:
    """A city the gazetteer knows, and too rare a word to be anything else at the start of a
    lede: "GUWAHATI", "Spokane" (not "Orange", "Mobile", "Reading"; "Tesla" is no city)."""
    if lang is None:
        return False
    from cleannews.lexicon.gazetteer import is_city
    from cleannews.words import zipf

    return is_city(place) and zipf(place, lang) < _MAX_PLACE_ZIPF


def _rare_words(place: str, colon_city: bool) -> bool:
    """Under a head that named the agency (``colon_city``), two or three words in capitals before a
    colon that no list knows, each too rare to be a word of the lede and none a given name: a city
    the gazetteer spells otherwise ("JOHOR BARU:" for Johor Bahru, "SERI ISKANDAR:"), not
    "BREAKING NEWS:", "HIGH COURT:" or a speaker's name ("ANWAR IBRAHIM:").

    >>> [_rare_words(p, True) for p in ("JOHOR BARU", "SERI ISKANDAR", "BREAKING NEWS", "ANWAR IBRAHIM")]
    [True, True, False, False]
    >>> _rare_words("JOHOR BARU", False), _rare_words("JOHOR", True)
    (False, False)
    """
    from cleannews.wire.people import is_given_name
    from cleannews.words import zipf

    words = place.split()
    if not colon_city or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    return all(zipf(w, "en") < _MAX_PLACE_ZIPF and not is_given_name(w) for w in words)


def _unlisted_ok(place: str, sep: str | None, lang: str | None) -> bool:
    """A place in mixed case that no wire list knows opens a dateline only before a dash (a
    hyphen between spaces too: "Casablanca - ", as MAP prints it)."""
    return sep in ("—", "–", "--", "-") and len(place.split()) <= 3 and _rare(place, lang)


def _date_stop(match: re.Match[str]) -> bool:
    """Whether the general grammar's date ends in a full stop with nothing after it: "November 5."."""
    return match.group(0).rstrip().endswith(".") and match.end("date") == len(match.group(0).rstrip()) - 1


def _known_city(name: str, rules: WireRules) -> bool:
    from cleannews.lexicon.gazetteer import is_city

    return name.strip().casefold() in rules.places or is_city(name)


def find_standalone_dateline(line: str, rules: WireRules) -> DatelineMatch | None:
    """A dateline that is a whole line of its own, as press releases have: "BAAR, SWITZERLAND".

    >>> from cleannews.wire.rules import wire_rules
    >>> find_standalone_dateline("BAAR, SWITZERLAND", wire_rules()).place
    'BAAR, SWITZERLAND'
    >>> find_standalone_dateline("WORLD NEWS", wire_rules()) is None
    True
    >>> find_standalone_dateline("TOKYO", wire_rules()).place, find_standalone_dateline("UPDATE", wire_rules())
    ('TOKYO', None)
    >>> [find_standalone_dateline(t, wire_rules()) for t in ("ITV, ASSOCIATED PRESS", "JANE DOE, FUTURISM")]
    [None, None]
    """
    if len(line) > MAX_DATELINE_CHARS:
        return None
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
    # A city in capitals alone above the lede ("TOKYO") is a dateline when the lists or the
    # gazetteer know it.
    if not _is_caps(main) or main.strip().casefold() in rules.not_places:
        return None
    if not ("," in place or match.group("date") or agency or _known_city(main, rules)):
        return None
    if "," in place and not _is_caps(place) and not _is_title_case(place.split(",", 1)[1]):
        return None
    region = place.split(",", 1)[1].strip() if "," in place else ""
    if region and (rules.agency_of(region) is not None or rules.agency_of(region.title()) is not None):
        return None  # a photo's credit: "ITV, ASSOCIATED PRESS"
    if region and not _known_city(main, rules) and region.split(",")[0].strip().casefold() not in rules.regions:
        return None  # a writer and the outlet: "JANE DOE, FUTURISM" (a country or a state would say "place")
    return DatelineMatch(line.strip(), len(line), place, match.group("date"), agency)
