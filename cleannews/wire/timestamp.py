"""Timestamp lines at the head of a story: "Updated 4:12 PM EDT, March 3, 2024", "Published ... | Updated ...".

They are not in the JSON contract (a page's publication time is the crawler's business): the wire
pass takes them out of the text like the byline beside them, and records why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from cleannews import regexes
from cleannews.wire.rules import WireRules

# Parts of a timestamp line: between marks, and before a second labelled time after a comma
# ("Updated November 5 2026 - 3:12pm, first published 1:05pm").
_SEGMENTS = regexes.compile(
    r"\s*[|•·●]\s*|\s+[-–—/]\s+"
    r"|,\s+(?=(?i:(?:first|last|originally)\s+)?(?i:published|updated|posted|modified)\s+(?:on\s+|at\s+)?\d)"
    # ... in the pages' own languages: "Publié le 05/11/2026 à 15:12, mis à jour le 05/11/2026 à 17:40"
    r"|,\s+(?=(?i:mis à jour|modifié|publié|aktualisiert|geändert|actualizado|publicado|atualizado|aggiornato"
    r"|pubblicato|bijgewerkt|gepubliceerd|uppdaterad|publicerad|oppdatert|publisert|opdateret|publiceret"
    r"|päivitetty|julkaistu|aktualizacja|zaktualizowano|aktualizováno)\s+(?:le\s+|am\s+|el\s+|em\s+|il\s+|op\s+)?\d)"
)
_NUMBER = regexes.compile(r"^\+?\d[\d:./-]*(?:st|nd|rd|th|h|hrs?|[ap]\.?m\.?)?$|^\d{1,2}h\d{2}$", re.IGNORECASE)
# A date with the month in letters between dashes: "10-Dec-2024" (CGTN).
_DASHED_DATE = regexes.compile(r"\d{1,2}-(?P<month>[^\W\d_]{3,9})\.?-\d{2,4}")
# Page furniture that sits beside a publication time: "3 min read", "Source: Xinhua", "Editor: huaxia".
# How long ago, after a time: "Nov 19, 2019 at 9:08 GMT 1 day ago", "... GMTUpdated a day ago".
_AGO_AFTER = regexes.compile(
    r"(?i)(?<=\S)\s+(?:\d{1,2}|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$"
)
_READING_TIME = regexes.compile(r"(?i)\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?)(?:\s+read)?")
_SOURCE_SEGMENT = regexes.compile(
    r"(?i)(?:source|sources|via|来源|來源|出典|출처|источник|джерело|المصدر|πηγή|nguồn|स्रोत"
    r"|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło|zdroj)\s*[:：]\s*(?P<source>\S.{0,40})"
)
# A source label glued after the time, in the pages' languages: "5. November 2026, 15:12 Uhr Quelle: dpa" (Zeit).
_GLUED_SOURCE = regexes.compile(
    r"(?<=\S)\s+(?=(?i:source|quelle|fuente|fonte|bron|kilde|källa|lähde|źródło|zdroj)\s*:\s*\S)"
)
# The city a page prints before the time: "ROMA, 05 novembre 2026, 15:12" (ANSA's pages).
_CLOCK_IN = regexes.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_CITY_BEFORE_TIME = regexes.compile(r"(?P<city>[^\W\d_][^\W\d_\x27’ .-]{1,30}),\s+(?P<rest>\d.*)")
_EDITOR_SEGMENT = regexes.compile(r"(?i)(?:editor|editors|edited by|web editor)\s*[:：]?\s*\S.{0,40}")
# A section before the time on an agency's page: "All News 13:53 July 16, 2024", "Sci/Tech 10:12 ...".
_SECTION = regexes.compile(r"(?P<section>[A-Z][\w.&/-]*(?: [A-Z][\w.&/-]*){0,2}) (?P<rest>\d.*)")
# A full date and the page's topic after it, with no mark between: "5 November 2026 Humanitarian Aid",
# "14 March 2026 Peace and Security" (UN News).
_DATE_THEN_TOPIC = regexes.compile(
    r"(?P<date>\d{1,2} (?P<month>[A-Z][a-z]{2,8})\.? (?:19|20)\d{2}) "
    r"(?P<topic>[A-Z][\w'’-]*(?: (?:and|of|&|[A-Z][\w'’-]*)){0,3}(?<![.!?]))"
)
# Seconds' fractions and a zone after a clock: ".702 GMT".
_FRACTION_AND_ZONE = regexes.compile(r"(?:\.\d{1,6})?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?")
# Section names a page prints after the time, capitalised and comma-separated: "World, All".
_SECTIONS = regexes.compile(r"[A-Z][\w&-]*(?:,? [A-Z][\w&-]*){0,3}")
_YEAR = regexes.compile(r"\b(?:19|20)\d{2}\b")
# A page's layout glues pieces together: "July 5, 20248:15 AM GMT+9Updated 2 hours ago".
_GLUED_YEAR = regexes.compile(r"(?<=\b(?:19|20)\d{2})(?=\d{1,2}:\d{2})")
# A reading time after the time with no mark between: "Thu, Nov 5, 2026, 3:12 PM 3 min read",
# "... at 6:03 PM UTC 3 min read" (Yahoo).
_TRAILING_READING_TIME = regexes.compile(r"(?i)(?<=[\dMTZC])\s+\d{1,3}\s*(?:min|mins|minutes?)\s+read$")
_GLUED_LABEL = regexes.compile(r"(?<=[\d\w])(?=(?:Updated|Published|Posted)\b)|(?<=\d)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
# An ISO 8601 time as a page's <time> element prints it: "2019-11-18T20:51:19Z", "2024-07-05T09:15+02:00".
_ISO_DATETIME = regexes.compile(
    r"\b(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})?\b"
)
_CLOCK = regexes.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\b|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", re.IGNORECASE)
# The second line of a head's two times: "Posted 3:12 PM, Nov 05, 2026" over "and last updated 5:40 PM, ...".
_DIGIT = regexes.compile(r"\d")
_AND_THEN = regexes.compile(r"(?i)^and\s+(?=(?:last\s+)?(?:updated|modified)\b)")
# A media player's position over its length: "0:00 / 3:10", "1:02:13 / 1:45:00".
_PLAYER_POSITION = regexes.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}")
_ZONE = regexes.compile(r"^(?:[A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})$")
# Zones some pages print in lower case after the clock ("11:06am ist"); read only right after one.
_LOWER_CASE_ZONES = frozenset(
    [
        "ist",
        "gmt",
        "utc",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "cest",
        "eet",
        "eest",
        "wet",
        "jst",
        "kst",
        "hkt",
        "sgt",
        "aest",
        "aedt",
        "pkt",
        "wib",
    ]
)
# A zone spelled out after the clock: "08:00 AM Eastern Standard Time" (Business Wire), "Central
# European Summer Time"; read as one zone token.
_SPELLED_ZONE = regexes.compile(
    r"(?:(?<=\d )|(?<=[AaPp]M )|(?<=\.m\. ))"
    r"(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Greenwich Mean|British Summer"
    r"|(?:Central|Eastern|Western) European(?: Summer)?)(?: (?:Standard|Daylight))? Time\b"
)


@lru_cache(maxsize=4)
def _label_words(rules: WireRules) -> frozenset[str]:
    """The one-word timestamp labels, which may also stand between two times."""
    return frozenset(label for label in rules.timestamp_labels if " " not in label)


def _label_off(segment: str, rules: WireRules) -> tuple[str, bool]:
    """The segment without a leading "Updated", "Last updated:" label, and whether it had one."""
    folded = segment.casefold()
    for label in rules.timestamp_labels:
        if folded.startswith(label) and (len(segment) == len(label) or not segment[len(label)].isalnum()):
            return segment[len(label) :].lstrip(" :\t"), True
    return segment, False


def _is_time_segment(segment: str, rules: WireRules) -> bool:
    """One part of a timestamp line: a label and a date or time, nothing else."""
    text, _ = _label_off(segment.strip(), rules)
    text = _SPELLED_ZONE.sub("TZ", text)
    tokens = [t.strip(",;()").rstrip(":") for t in text.split()]
    tokens = [t for t in tokens if t]
    if not tokens or not any(c.isdigit() for c in text):
        return False
    dated = _CLOCK.search(text) is not None or any(t.casefold() in rules.relative_time_words for t in tokens)
    for at, token in enumerate(tokens):
        bare = token.rstrip(".")
        after_clock = at and (
            _CLOCK.search(tokens[at - 1]) or tokens[at - 1].casefold().strip(".") in ("am", "pm", "a.m", "p.m")
        )
        if after_clock and token in _LOWER_CASE_ZONES:
            continue  # "Nov 20 2019, 11:06am ist": a page that prints its zone in lower case
        if rules.is_month(bare) or ((dashed := _DASHED_DATE.fullmatch(token)) and rules.is_month(dashed["month"])):
            dated = True
        elif (
            _NUMBER.match(token)
            or token.casefold() in _label_words(rules)  # "... GMT+1 Updated 2 hours ago"
            or bare.casefold() in rules.weekdays
            or _ZONE.match(token)
            or token.casefold() in rules.time_words
        ):
            continue
        else:
            return False
    return dated


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A head line giving when the story was published; ``source`` if it also names one
    (``provider``: as the agency leading the line, which a closing "Source:" line outranks)."""

    source: str | None = None
    provider: bool = field(default=False, repr=False)


def _is_full_time(text: str, rules: WireRules) -> bool:
    """A clock time, a month and a year: "13:53 July 16, 2024"."""
    return (
        _CLOCK.search(text) is not None
        and _YEAR.search(text) is not None
        and any(rules.is_month(w.strip(",.")) for w in text.split())
        and _is_time_segment(text, rules)
    )


def is_player_position(line: str) -> bool:
    """Whether a line is a media player's position over its length, which no time of day is.

    >>> is_player_position("0:00 / 3:10"), is_player_position("1:02:13 / 1:45:00"), is_player_position("15:12")
    (True, True, False)
    """
    return "/" in line and _PLAYER_POSITION.fullmatch(line.strip()) is not None


def read_timestamp(line: str, rules: WireRules) -> Timestamp | None:
    """A line that only gives when the story was published or updated, with maybe a reading
    time, a section name, the publisher's name, a "Source:" or an "Editor:" beside the time.

    >>> from cleannews.wire.rules import wire_rules
    >>> read_timestamp("Source: Xinhua| 2024-07-05 18:25:30|Editor: huaxia", wire_rules())
    Timestamp(source='Xinhua')
    >>> read_timestamp("All News 13:53 July 16, 2024", wire_rules())
    Timestamp(source=None)
    >>> read_timestamp("INQUIRER.net / 4:24 AM July 14, 2024", wire_rules()) is not None
    True
    >>> read_timestamp("Jakarta ● Fri, July 5, 2024", wire_rules()) is not None
    True
    >>> read_timestamp("July 5, 20248:15 AM GMT+9Updated 2 hours ago", wire_rules()) is not None
    True
    >>> read_timestamp("Kickoff at the stadium was delayed to 19:30", wire_rules()) is None
    True
    >>> read_timestamp("2024-12-13 15:02:30 来源：新华网", wire_rules())
    Timestamp(source='新华网')
    >>> [read_timestamp(t, wire_rules()) is not None for t in ("송고2024-03-28 15:30", "2024年12月19日 15時30分")]
    [True, True]
    >>> read_timestamp("2024年12月19日，日本银行宣布加息。", wire_rules()) is None
    True
    >>> read_timestamp("2019-11-18T20:51:19Z", wire_rules()) is not None
    True
    >>> read_timestamp("Updated on: November 19, 2019 / 10:07 AM / Reuters", wire_rules())
    Timestamp(source='Reuters')
    >>> read_timestamp("MENA , Thursday 19 Apr 2026", wire_rules()).provider
    True
    >>> times = ("- Nov. 18th 2019 8:54 am PT", "Nov 19, 2019 at 9:08 GMT 1 day ago")
    >>> [read_timestamp(t, wire_rules()) is not None for t in times]
    [True, True]
    >>> read_timestamp("Thu, Nov 5, 2026, 3:12 PM 3 min read", wire_rules()) is not None
    True
    >>> read_timestamp("- 3 days ago", wire_rules()) is None
    True
    >>> read_timestamp("Updated November 5 2026 - 3:12pm, first published 1:05pm", wire_rules()) is not None
    True
    >>> read_timestamp("November 5, 2026 @ 3:12pm", wire_rules()) is not None
    True
    >>> topics = ("5 November 2026 Peace and Security", "5 November 2026 Talks ended.")
    >>> [read_timestamp(t, wire_rules()) is not None for t in topics]
    [True, False]
    >>> glued = ("등록 2026.11.05 10:41:23수정 2026.11.05 11:20:05", "입력 2026. 11. 5. 10:41수정 2026. 11. 5. 11:20")
    >>> [read_timestamp(t, wire_rules()) is not None for t in glued]
    [True, True]
    >>> read_timestamp("0:00 / 3:10", wire_rules()) is None  # a media player
    True
    >>> times = ("Published: May 5, 2026 at 7:09 PM UTC|Updated: 2 hours ago", "and last updated 5:40 PM, Nov 05, 2026")
    >>> [read_timestamp(t, wire_rules()) is not None for t in (*times, "Updated about 2 hours ago")]
    [True, True, True]
    """
    # (a bullet or dash before the time, and how long ago it was after it: "- Nov. 18th 2019 8:54 am PT",
    # "Nov 19, 2019 at 9:08 GMT 1 day ago")
    text = line.strip()
    if not text or len(text) > 120:
        return None
    if is_player_position(text):
        return None  # an audio or video player's position over its length, no time of day
    text = _AND_THEN.sub("", text.lstrip("-–—•·● "))
    if _DIGIT.search(timed_before := _AGO_AFTER.sub("", text)) is not None:
        text = timed_before  # (not "Updated about 2 hours ago": how long ago is all its time)
    if "T" in text and ":" in text:
        text = _ISO_DATETIME.sub(r"\g<date> \g<time>", text)
    if (later := _UPDATE_IN_BRACKETS.search(text)) is not None and later.start() > 0:
        text = text[: later.start()]  # "15:12 05.11.2026 (обновлено: 17:40 05.11.2026)": the first time read
    if (cjk := _CJK_TIME.match(text)) is not None:
        rest = text[cjk.end() :].strip().lstrip("|｜").strip()
        if rest in _CJK_LABELS_AFTER:
            return Timestamp()  # "11/5(木) 15:12配信": the label after the time
        if rules.is_agency(rest):
            return Timestamp(rest)  # "2026年11月05日 15:12 新华网": the outlet glued after the time (Sina)
        if (glued := _CJK_TIME.match(rest)) is not None and glued.group(0)[:1].isalpha():
            rest = rest[glued.end() :].strip()  # "등록 2026.11.05 10:41:23수정 2026.11.05 11:20:05", as copied
        if not rest:
            return Timestamp()
        if (named := _SOURCE_SEGMENT.fullmatch(rest)) is not None:
            return Timestamp(named.group("source").strip())
        if _FRACTION_AND_ZONE.fullmatch(rest):
            return Timestamp()  # a terminal's stamp: "2026-05-15 13:19:50.702 GMT"
        if not _CLOCK.match(rest):
            return None
        # else a clock after a date: read as any time below
    text = _GLUED_LABEL.sub(" ", _GLUED_YEAR.sub(" ", _TRAILING_READING_TIME.sub("", text)))
    if (
        (located := _CITY_BEFORE_TIME.fullmatch(text)) is not None
        and _CLOCK_IN.search(located["rest"])  # a date alone after a city opens a dateline
        and (located["city"].isupper() or is_city(located["city"], rules))
    ):
        text = located["rest"]
    text = _GLUED_SOURCE.sub(" | ", text)
    segments = [s.strip() for s in _SEGMENTS.split(text) if s.strip()]
    timed = [s for s in segments if _is_time_segment(s, rules)]
    if len(segments) == 1 and not timed and (section := _SECTION.fullmatch(text)):
        words = section.group("section").split()
        if not any(rules.is_month(w) or w.rstrip(".").casefold() in rules.weekdays for w in words):
            return Timestamp() if _is_full_time(section.group("rest"), rules) else None
    if len(segments) == 1 and not timed and (topical := _DATE_THEN_TOPIC.fullmatch(text)) is not None:
        words = topical.group("topic").split()
        dated = rules.is_month(topical.group("month")) and not any(rules.is_month(w) for w in words)
        return Timestamp() if dated and words[-1][:1].isupper() else None
    if not timed:
        return None
    source: str | None = None
    for segment in segments:
        if segment in timed or _READING_TIME.fullmatch(segment) or _EDITOR_SEGMENT.fullmatch(segment):
            continue
        if _label_off(segment, rules) == ("", True):
            continue  # "Updated:" whose "2 hours ago" went: "Published: ... UTC|Updated: 2 hours ago"
        if (named := _SOURCE_SEGMENT.fullmatch(segment)) and source is None:
            source = named.group("source").strip()
            continue
        if (segment is segments[0] or segment is segments[-1]) and rules.is_organisation(segment):
            # "INQUIRER.net / 4:24 AM ...", "Updated on: November 19, 2019 / 10:07 AM / CBS News"
            if source is None and (agency := rules.agency_of(segment)) is not None:
                source = agency
            continue
        if segment is segments[-1] and len(segments) > 2 and _SECTIONS.fullmatch(segment):
            continue  # the site's sections after the time: "KYODO NEWS - Nov 8, 2026 - 13:26 | World, All"
        if segment is segments[0] and is_city(segment, rules):  # "Jakarta ● Fri, July 5, 2024"
            continue
        return None
    if (
        source is None
        and (named := _NAME_BEFORE_COMMA.fullmatch(segments[0])) is not None
        and rules.is_agency(named["name"])
        and _is_time_segment(named["rest"], rules)
    ):
        # "MENA , Thursday 19 Apr 2026": the agency that leads the time line, set off by a comma
        return Timestamp(rules.agency_of(named["name"]) or named["name"], provider=True)
    return Timestamp(source)


# A name set off by a comma before the rest of a time line: "MENA , Thursday 19 Apr 2026".
_NAME_BEFORE_COMMA = regexes.compile(r"(?P<name>[^\W\d_][^,\d]{1,40}?)\s*,\s*(?P<rest>\S.*)")


def is_city(text: str, rules: WireRules) -> bool:
    """A city's name, capitalised: "Hyderabad", "New Delhi"."""
    from cleannews.lexicon.gazetteer import is_city

    return text[:1].isupper() and (text.casefold() in rules.places or is_city(text))


# A time as Chinese, Japanese and Korean pages print it, maybe after its label: "송고2024-03-28 15:30",
# "2024年12月19日 15時30分", "发布时间：2024-12-13 15:02", "입력 2024.03.28. 오후 3:30".
_CJK_TIME = regexes.compile(
    r"(?:(?:송고|등록|입력|수정|기사입력|최종수정|업데이트|승인|发布时间|发布|更新时间|更新|时间|時間|配信|公開|掲載|更新日時|配信日時)"
    r"\s*[:：]?\s*|[\[【［]更新[\]】］]\s*)?"
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?"
    # (without the year only with the weekday: "11/5(木) 15:12配信", Yahoo! Japan)
    r"|\d{1,2}/\d{1,2}(?=\s*[(（][月火水木金土日][)）]))"
    r"(?:\s*[(（][월화수목금토일月火水木金土日][)）])?"
    r"(?:\s*(?:오전|오후|上午|下午|午前|午後))?"
    # (a hyphen may join the clock to the date: "2026/11/05-15:12", Jiji)
    r"(?:\s*\d{1,2}\s*(?:時|时|시)\s*\d{1,2}\s*(?:分|분)|(?:\s*|-)\d{1,2}:\d{2}(?::\d{2})?)?"
)
# What Japanese and Chinese pages print after a time: "11/5(木) 15:12配信".
_CJK_LABELS_AFTER = frozenset(["配信", "更新", "公開", "掲載", "発表", "发布", "發布"])
# A later time in brackets after the first, labelled as an update: "2026/11/5 15:12（11/5 17:40 更新）",
# "15:12 05.11.2026 (обновлено: 17:40 05.11.2026)".
_UPDATE_IN_BRACKETS = regexes.compile(
    r"\s*[(（](?=[^()（）]*\d{1,2}:\d{2})[\d\s/.:：,-]*(?i:更新|обновлено|updated|update)[\d\s/.:：,-]*[)）]$"
)
_HEAD_SOURCE = regexes.compile(
    r"(?i)(?:source|sources|来源|來源|出典|출처|источник|джерело|المصدر|πηγή|nguồn|स्रोत)\s*[:：]\s*(?P<source>\S.{0,40})"
)
_HEAD_EDITOR = regexes.compile(r"(?i)(?:editor|editors|edited by|web editor)\s*[:：]\s*(?P<names>\S.{0,40})")


def head_label(line: str, rules: WireRules) -> tuple[str, str | None] | None:
    """A line of a timestamp block that is not a time: a label alone ("Updated", "Published") over
    its time, or a "Source: Xinhua" or "Editor: Liu Xin" line beside one. Returns (kind, source).

    >>> from cleannews.wire.rules import wire_rules
    >>> head_label("Updated", wire_rules()), head_label("Source: Xinhua", wire_rules())
    (('label', None), ('source', 'Xinhua'))
    >>> head_label("Source: a leaked memo", wire_rules()) is None
    True
    """
    from cleannews.wire.names import looks_like_names

    text = line.strip()
    if text.rstrip(":").casefold() in rules.timestamp_labels:
        return "label", None
    if (source := _HEAD_SOURCE.fullmatch(text)) is not None:
        value = source.group("source").strip()
        named = rules.is_agency(value) or rules.is_organisation(value) or rules.agency_of(value) is not None
        return ("source", value) if named else None  # "Source: CNN Business": an agency's desk
    if (editor := _HEAD_EDITOR.fullmatch(text)) is not None:
        names = editor.group("names").strip()
        return ("editor", None) if looks_like_names(names) or (names.islower() and names.isalpha()) else None
    return None


def source_beside_time(text: str, rules: WireRules) -> str | None:
    """The source a one-line record names before its time ("Source: Xinhua Published: Nov 05, 2026
    03:12 PM"); None for any other line.

    >>> from cleannews.wire.rules import wire_rules
    >>> source_beside_time("Source: Xinhua Published: Nov 05, 2026 03:12 PM", wire_rules())
    'Xinhua'
    >>> source_beside_time("Source: a leaked memo Published: Nov 05, 2026", wire_rules()) is None
    True
    """
    text = text.strip()
    for split in _TIME_LABEL_INSIDE.finditer(text):
        label = head_label(text[: split.start()], rules)
        if label is not None and label[1] and is_timestamp(text[split.start() :].strip(), rules):
            return label[1]
    return None


# A time's label inside a line, after a source's: " Published:", " Updated:".
_TIME_LABEL_INSIDE = regexes.compile(r"\s(?=(?:Published|Updated|Posted|Last updated)\b)", re.IGNORECASE)


def is_labelled_timestamp(line: str, rules: WireRules) -> bool:
    """A timestamp line that says what it is: "Published On 5 Nov 2026", "Updated 3:12 PM EST, ...".

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> is_labelled_timestamp("Published On 5 Nov 2026", rules), is_labelled_timestamp("5 Nov 2026", rules)
    (True, False)
    """
    return _label_off(line.strip(), rules)[1] and read_timestamp(line, rules) is not None


def is_timestamp(line: str, rules: WireRules) -> bool:
    """A line that only gives when the story was published or updated.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> is_timestamp("Updated 4:12 PM EDT, March 3, 2024", rules)
    True
    >>> is_timestamp("Published 6:00 a.m. ET March 3, 2024 | Updated 9:15 a.m. ET March 3, 2024", rules)
    True
    >>> is_timestamp("Mon 3 Mar 2024 10.04 GMT", rules), is_timestamp("5 min read", rules)
    (True, False)
    >>> is_timestamp("Updated figures released on March 3 showed inflation easing.", rules)
    False
    >>> is_timestamp("Fri, July 5, 2024 at 4:12 AM GMT+9·3 min read", rules)
    True
    """
    return read_timestamp(line, rules) is not None
