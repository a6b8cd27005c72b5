"""Bylines on a line of their own: "By Kim Soo-yeon", "By Jane Doe, Reuters", "By Meg James Staff Writer"."""

from __future__ import annotations

from dataclasses import dataclass

from cleannews import regexes
from cleannews.wire.names import looks_like_name, looks_like_names, split_names
from cleannews.wire.people import reads_as_person
from cleannews.wire.rules import WireRules
from cleannews.wire.timestamp import is_timestamp

_SEGMENTS = regexes.compile(r"\s+[|•·⋅/●]\s+|\s+[-–—]\s+|\s*\|\s*|/\s+")
_COMMA = regexes.compile(r"\s*,\s*")
_DATEISH = regexes.compile(r"(?i)^(?:updated|published|posted)?\s*:?\s*[\w ,.:/]*\d[\w ,.:/]*$")
# A way to reach the writer, standing beside the name: "jdoe@courier.com", "@janedoe".
_CONTACT = regexes.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})")
_BRACKETED_CONTACT = regexes.compile(rf"\s*[(<\[]{_CONTACT.pattern}[)>\]]")
_TRAILING_CONTACT = regexes.compile(rf"\s+{_CONTACT.pattern}$")  # "김수연 기자 kimsy@hani.co.kr"
# The site's address beside the writer: "By Zhou Lan | chinadaily.com.cn | Updated: ...".
_SITE = regexes.compile(r"(?i)(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|[a-z]{2})")
# An affiliation in brackets after the names: "By Jane Doe (AFP)".
_BRACKETED_AFFILIATION = regexes.compile(r"\s*\((?P<who>[^()@]{2,40})\)$")
# The agencies a writer shares the story with: "Jane Doe and agencies", "By Jane Doe with Reuters".
_WITH_AGENCIES = regexes.compile(r"(?P<names>.+?)\s+(?:and|with|&|AND|WITH)\s+(?P<who>[^,]{2,40})$")
_GENERIC_AGENCIES = frozenset(["agencies", "news agencies", "wire services", "wires", "wire reports", "agency"])
# A job title after the names of a line that opens with "By": capitalised words and the small words
# of titles ("Founder and Editor-in-Chief", "Co-Founder & COO", "Head of Research").
_TITLE_LIKE = regexes.compile(r"[A-Z][\w.’\x27-]*(?: (?:[A-Z][\w.’\x27-]*|and|&|of|for|the|at|to)){0,7}")
# Who else a byline's line credits: "Edited by John Roe", "Reviewed by ...", "Fact-checked by ...".
_OTHER_CREDIT = regexes.compile(
    r"(?i)(?:edited|reviewed|fact[- ]checked|medically reviewed|updated|photos?|photographs?|illustrations?) by\s"
)
# Another credit after the writer's, as a sentence of its own: "By Jane Doe, DVM. Reviewed by John Roe, DVM".
_FOLLOWING_CREDIT = regexes.compile(
    r"(?i)(?<=\w)\.\s+(?:medically\s+)?(?:reviewed|edited|fact[- ]checked|updated|illustrated)\s+by\s+\S.*$"
)
# The word that joins the last name of a list to the others: "..., and John Roe".
_JOINED = regexes.compile(r"(?:and|&)\s+")
# Degrees and credentials after a writer's name: "Jane Doe, MS, RDN", "John Roe, PhD".
_CREDENTIAL = regexes.compile(
    r"(?:MS|MA|MSc|BSc|BS|BA|RDN?|LDN?|MD|DO|Ph\.?D\.?|Psy\.?D\.?|Ed\.?D\.?|DVM|RN|BSN|NP|PA-C|MPH|CPA|CFP|CFA"
    r"|JD|MBA|Esq\.?|DDS|DMD|LCSW|LMFT|CEPF|CPT|CSCS|FAND|CDCES|CNS)®?"
)
# A "by" after the publication time: "October 11, 2023 by Jane Doe".
_BY_AFTER_TIME = regexes.compile(r"\s(?:by|By|BY)\s*:?\s+(?=\S)")
# A final full stop that belongs to the name: "Jane Doe Jr.", "J.R."
_ABBREVIATED_END = regexes.compile(r"(?:\b(?:Jr|Sr|[A-Z])\.)$")


@dataclass(frozen=True, slots=True)
class Byline:
    """The names as written (roles and affiliations off), and the affiliation if one was given."""

    names: str
    affiliation: str | None = None


# Bylines that name nobody: "By Staff Reports", "By Wire Reports".
# A team or desk described in a byline's place ("the Morning Brief team"): nobody's name.
_TEAM = regexes.compile(r"the\s+(?:\S+\s+){1,5}(?:team|staff|desk|editors|newsroom)")
_NO_PERSON = frozenset(["staff reports", "staff report", "wire reports", "staff and wire reports", "wire services"])
# No byline runs longer than this: several names, a role and an affiliation; without "By", less.
MAX_BYLINE_CHARS = 200
MAX_BARE_BYLINE_CHARS = 120


def _strip_role(piece: str, rules: WireRules) -> tuple[str, str | None]:
    """``"Meg James Staff Writer"`` -> ``("Meg James", "Staff Writer")``: the shortest role-free name."""
    tokens = piece.split()
    for k in range(1, len(tokens)):
        head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
        if rules.is_role(tail) and looks_like_name(head):
            return head, tail
    return piece, None


def _leading_role(text: str, rules: WireRules) -> tuple[str | None, str]:
    """``"Xinhua writers Liu Xin and Wang Qi"`` -> ``("Xinhua writers", "Liu Xin and Wang Qi")``: a role
    named before the names, as "by Xinhua writer ..." and "By AP Medical Writer ..." give it."""
    tokens = text.split()
    for k in range(min(len(tokens) - 1, 6), 0, -1):
        head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
        if rules.is_role(head) and looks_like_names(tail) and not _agency_desk(head, tail, rules):
            return head, tail
    return None, text


def _agency_desk(head: str, tail: str, rules: WireRules) -> bool:
    """An agency's name alone before words that name no person: its desk ("Reuters" "Fact Check"),
    which the byline prints as a whole, as "By Reuters Staff" does."""
    return rules.is_agency(head) and not plausible_bare_names(tail, rules)


def _is_desk_name(piece: str, rules: WireRules) -> bool:
    """An agency's desk in the byline's place: "Reuters Fact Check" (not "AFP Jane Doe").

    >>> from cleannews.wire.rules import wire_rules
    >>> _is_desk_name("Reuters Fact Check", wire_rules()), _is_desk_name("AFP Jane Doe", wire_rules())
    (True, False)
    """
    agency = rules.agency_of(piece)
    if agency is None or agency == piece.strip():
        return False
    return _agency_desk(agency, piece.strip()[len(agency) :].strip(), rules)


_OUTLET_WORD = regexes.compile(r"(?:The |the )?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,3}")


def outlet_before_role(piece: str, rules: WireRules) -> str | None:
    """The outlet a writer's role names before it, when it is no person: "Nikkei Asia staff
    writer" -> "Nikkei Asia", "Nikkei staff writer" -> "Nikkei" (not "John Roe Staff Writer").

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> outlet_before_role("Nikkei Asia staff writer", rules), outlet_before_role("Nikkei staff writer", rules)
    ('Nikkei Asia', 'Nikkei')
    >>> outlet_before_role("John Roe Staff Writer", rules) is None
    True
    """
    if rules.is_role(piece) or is_place_name(piece, rules):
        return None  # "Senior Staff Writer", "Economics Correspondent", "Rome Correspondent": a role
    tokens = piece.split()
    for k in range(1, min(len(tokens), 5)):
        head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
        if _OUTLET_WORD.fullmatch(head) and rules.is_role(tail) and rules.agency_of(tail) is None:
            if plausible_bare_names(head, rules) or rules.is_role(head) or is_place_name(head, rules):
                return None
            return head
    return None


# What a page prints after the date on a byline's line: the reading time, the comment count.
_BYLINE_FURNITURE_END = regexes.compile(
    r"(?i)\s*(?:[|·•⋅—–-]\s*)?(?:~\s*)?(?:\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:min|mins|minutes?)(?:\s+read)?"
    r"|(?:\d+|no|one)\s+comments?(?:\s+so\s+far)?|comments?)$"
)
# A time's label glued to the byline before it by a page's layout: "... Associated PressUpdated 3:12 PM".
_GLUED_TIME_LABEL = regexes.compile(r"(?<=[A-Za-z.])(?=(?:Updated|Published|Posted)\s+\d)")

# A live page's shift notes after its writers' names: "Jane Doe (now) and John Roe (earlier)".
_SHIFT_NOTE = regexes.compile(
    r"(?i)(?<=[\w.’'])\s*\((?:now|earlier|later|previously|before|overnight|this morning|this afternoon|this evening"
    r"|morning|afternoon|evening|night)\)(?=\s*(?:,|;|&|\band\b|$))"
)


def without_shift_notes(text: str) -> str | None:
    """A live page's byline without the shift notes after its names, as roles are cut; None when
    the line has none.

    >>> without_shift_notes("Jane Doe (now) and John Roe (earlier)")
    'Jane Doe and John Roe'
    >>> without_shift_notes("Jane Doe (now), John Roe and Ann Lee (earlier)")
    'Jane Doe, John Roe and Ann Lee'
    >>> without_shift_notes("Jane Doe (Reuters)") is None, without_shift_notes("Prices (now) rise") is None
    (True, True)
    """
    if not _SHIFT_NOTE.search(text):
        return None
    stripped = _SHIFT_NOTE.sub("", text).strip()
    return stripped if "(" not in stripped and looks_like_names(stripped.removeprefix("By ")) else None


# The words between the names and the time: "Jane Doe on March 1, 2026", "Jane Doe Published: Jan 5".
_TIME_OPENERS = frozenset(["on", "published", "updated", "posted", "last", "|", "·", "•", "⋅", "—", "–", "-"])


_FURNITURE_LAST_WORDS = ("min", "mins", "minute", "minutes", "read", "comment", "comments", "far")


def _without_furniture(text: str) -> str:
    while (
        text.rstrip().casefold().endswith(_FURNITURE_LAST_WORDS)
        and (end := _BYLINE_FURNITURE_END.search(text)) is not None
        and end.start() > 0
    ):
        text = text[: end.start()]
    return text.rstrip()


def _trailing_time(text: str, rules: WireRules) -> str | None:
    """The names before a publication time on the same line, with no mark or only a label between
    them: ``"Jane Doe July 5, 2024 10:12 AM 2 min read"``, ``"Jane Doe Published: Jan 29, 2025"``,
    ``"Jane Doe on 19 Dec 2025 | Comments"`` -> ``"Jane Doe"``; a reading time alone after the
    names goes too (``"Jane Doe —10 min read"``)."""
    whole, text = text.strip(), _without_furniture(text)
    tokens = text.split()
    # A time has digits; the names before it run to a few words.
    for k in range(1, min(len(tokens), _MAX_NAME_TOKENS + 1) if any(c.isdigit() for c in text) else 0):
        rest = tokens[k:]
        while rest and rest[0].casefold().rstrip(":") in _TIME_OPENERS:
            rest = rest[1:]
        if not rest:
            break
        word = rest[0].rstrip(".,")
        if not (word[:1].isdigit() or rules.is_month(word) or word.casefold() in rules.weekdays):
            continue
        if tokens[k - 1] in _TIME_OPENERS:
            continue  # the mark goes with the time: "Jane Doe · July 5" splits before the mark
        names = tokens[: k - 1] if _CONTACT.fullmatch(tokens[k - 1]) else tokens[:k]  # "Jane Doe @janedoe"
        head = " ".join(names)
        if (looks_like_names(head) or rules.is_agency(head)) and _time_then_section(rest, rules):
            return head  # (an agency's name as the writer's: "By Reuters   May 5, 2025 | 08:13 pm")
    return text if text != whole and looks_like_names(text) else None


# At most this many words of names (and a handle) before the time on a byline's line.
_MAX_NAME_TOKENS = 10
# At most this many words of the site's section after the time: "2019-11-18T20:51:19Z Science & Astronomy".
_MAX_SECTION_WORDS = 4


def _time_then_section(tokens: list[str], rules: WireRules) -> bool:
    """Whether ``tokens`` are a publication time, maybe followed by the name of a section."""
    if is_timestamp(" ".join(tokens), rules):
        return True
    for cut in range(len(tokens) - 1, max(0, len(tokens) - _MAX_SECTION_WORDS - 1), -1):
        section = tokens[cut:]
        if all(word[:1].isupper() or word == "&" for word in section) and is_timestamp(" ".join(tokens[:cut]), rules):
            return True
    return False


def _after_prefix(line: str, rules: WireRules) -> str | None:
    """The text after a byline's opening words ("By", "Story by", "BY:"), or None."""
    first = line[:40].split(None, 1)[0].rstrip(":").casefold() if line.strip() else ""
    if first not in rules.byline_prefix_heads:
        return None
    for prefix in rules.byline_prefixes:
        head, rest = line[: len(prefix)], line[len(prefix) :]
        if head.casefold() == prefix and rest[:1] in (" ", ":", "\t") and (rest := rest.lstrip(" :\t")):
            return rest
    return None


def has_byline_prefix(line: str, rules: WireRules) -> bool:
    """Whether a line opens with a byline's words ("By", "Written by:"), names or not after them."""
    return _after_prefix(line.strip().lstrip("("), rules) is not None


def is_prefix_alone(line: str, rules: WireRules) -> bool:
    """A byline's opening words on a line of their own, the names on the next: "By", "Written by:".

    >>> from cleannews.wire.rules import wire_rules
    >>> is_prefix_alone("Written By:", wire_rules()), is_prefix_alone("By the way", wire_rules())
    (True, False)
    """
    return line.strip().rstrip(":").rstrip().casefold() in rules.byline_prefixes


def _glued_prefix(line: str) -> str | None:
    """The names after a "By" that a page dump glued to them: "ByJane Doe and John Roe" (not
    "ByteDance", whose next letter is small)."""
    if line[:2] == "By" and line[2:3].isupper() and line[3:4].islower() and len(line.split()) >= 2:
        return line[2:]
    return None


def _is_job_title(piece: str, rules: WireRules) -> bool:
    """A job title after the names ("Co-Founder & COO"), not one more name ("Tom Green", "Ann Poe
    and Kim Roe")."""
    return bool(_TITLE_LIKE.fullmatch(piece)) and not looks_like_name(piece) and not plausible_bare_names(piece, rules)


def _is_affiliation(text: str, rules: WireRules) -> bool:
    return rules.is_role(text) or rules.is_organisation(text) or rules.agency_of(text) is not None


# One word in a byline's outlet slot: "CalMatters", "News24", "Stateline" (not "CEO", "Founder").
_BRAND_WORD = regexes.compile(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")
_CAMEL_OR_DIGIT = regexes.compile(r"[a-z][A-Z]|\d")
# A plain word this rare in English names an outlet, not a job ("Stateline" 1.8, "Politico" 3.2;
# "Contributor" 3.7, "Founder" 4.5).
_MAX_BRAND_ZIPF = 3.3


def is_brand(text: str, rules: WireRules) -> bool:
    """An outlet named by one word of its own coining, as a partner's byline prints it ("By Jane
    Doe, CalMatters", "Jane Doe, News24"): a capitalised word with an inner capital or a digit, or
    one too rare in English to be a title; never a place, a person's name or a role.

    >>> from cleannews.wire.rules import wire_rules
    >>> [is_brand(w, wire_rules()) for w in ["CalMatters", "News24", "Stateline", "Politico"]]
    [True, True, True, True]
    >>> [is_brand(w, wire_rules()) for w in ["Founder", "CEO", "Kyiv", "Okafor", "Contributor", "MSc"]]
    [False, False, False, False, False, False]
    """
    from cleannews.wire.people import is_given_name, is_surname

    word = text.strip()
    if not 4 <= len(word) <= 20 or _BRAND_WORD.fullmatch(word) is None or word.isupper():
        return False
    if rules.is_role(word) or is_place_name(word, rules) or is_given_name(word) or is_surname(word):
        return False
    if _CAMEL_OR_DIGIT.search(word) is not None:
        return True
    from cleannews.words import zipf

    return zipf(word.casefold(), "en") < _MAX_BRAND_ZIPF


def plausible_bare_names(text: str, rules: WireRules) -> bool:
    """Whether names without "By", vouched for only by a date beside or below them, are a
    person's: not a place ("New York"), an outlet ("World News"), a page's section ("Top
    Stories", "Live Updates") or a headline label ("Breaking").

    >>> from cleannews.wire.rules import wire_rules
    >>> [plausible_bare_names(t, wire_rules()) for t in ["Jane Doe", "World News", "Top Stories", "Live Updates"]]
    [True, False, False, False]
    """
    from cleannews.lexicon import section_lexicon, ui_lexicon

    if rules.is_organisation(text) or is_place_name(text, rules):
        return False
    if any(rules.tag_label.fullmatch(word) for word in text.split()):
        return False
    if text in ui_lexicon() or text in section_lexicon():
        return False
    if _long_ideographic_word(text):
        return False
    return all(reads_as_person(name) for name in split_names(text))


# A writer's name signing a story alone on its line under the last paragraph: two to four words,
# none longer than this (a name glued to a link's text, "Pamela Wilsonbigbrandsystem", is none).
_SIGNING_NAME_WORDS = range(2, 5)
_MAX_NAME_WORD_CHARS = 15


def signing_name(text: str, rules: WireRules) -> bool:
    """Whether a line is a writer's name alone, as papers sign a story under its last paragraph
    ("Елена Волкова" under a Kommersant story, "JANIE HAR" under an AP story on a member's page):
    one person's name of two to four words, no digit, not a place, an outlet or a page's label.

    >>> from cleannews.wire.rules import wire_rules
    >>> [signing_name(t, wire_rules()) for t in ("Елена Волкова", "JANIE HAR", "New York", "Read More", "Jane")]
    [True, True, False, False, False]
    >>> signing_name("Pamela Wilsonbigbrandsystem", wire_rules())
    False
    """
    text = text.strip()
    words = text.split()
    if len(words) not in _SIGNING_NAME_WORDS or any(ch.isdigit() for ch in text):
        return False
    if max(map(len, words)) > _MAX_NAME_WORD_CHARS:
        return False
    names = split_names(text)
    return len(names) == 1 and looks_like_names(text) and plausible_bare_names(text, rules)


# A Chinese name is two to four characters, a Japanese one written without a space rarely more than five:
# a longer run of ideographs and kana is a phrase (a headline: "颱風外圍環流影響　北部山區防大雨").
_MAX_IDEOGRAPHIC_NAME = 5
_IDEOGRAPHIC_WORD = regexes.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


def _long_ideographic_word(text: str) -> bool:
    """Whether ``text`` holds a run of Chinese or Japanese characters too long for a person's name.

    >>> _long_ideographic_word("颱風外圍環流影響　北部山區防大雨"), _long_ideographic_word("王希 申铖")
    (True, False)
    """
    return any(len(word) > _MAX_IDEOGRAPHIC_NAME for word in _IDEOGRAPHIC_WORD.findall(text))


def is_place_name(text: str, rules: WireRules) -> bool:
    """A city the wire lists or the gazetteer know: "New Delhi", "New York" (not a person).

    >>> from cleannews.wire.rules import wire_rules
    >>> is_place_name("New Delhi", wire_rules()), is_place_name("Jane Doe", wire_rules())
    (True, False)
    """
    from cleannews.lexicon.gazetteer import is_city

    return text.strip().casefold() in rules.places or is_city(text)


# A site's label glued after an agency's byline: "FOXBusiness", "CNBC", "TV18" (an inner capital,
# a digit, or capitals throughout).
_SITE_LABEL = regexes.compile(r"[A-Z][A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z0-9])[A-Za-z0-9]*")


def agency_before_brand(text: str, rules: WireRules) -> str | None:
    """The agency that ``text`` names before a site's label, with a space or glued ("Reuters
    FOXBusiness", "Associated PressFOXBusiness"), or None: the label is the site's, not the writer.

    >>> from cleannews.wire.rules import wire_rules
    >>> [agency_before_brand(t, wire_rules()) for t in ("Reuters FOXBusiness", "Associated PressFOXBusiness")]
    ['Reuters', 'Associated Press']
    >>> [agency_before_brand(t, wire_rules()) for t in ("Reuters", "Jane Doe FOXBusiness", "AP Business Writer")]
    [None, None, None]
    """
    stripped = text.strip()
    cuts = [m.start() for m in _SPACE_OR_CAMEL.finditer(stripped)]
    for cut in reversed(cuts):
        head, label = stripped[:cut].rstrip(), stripped[cut:].strip()
        if not head or not rules.is_agency(head) or _SITE_LABEL.fullmatch(label) is None:
            continue
        if rules.is_agency(label) or rules.is_role(label) or rules.is_role(f"{head} {label}"):
            return None  # "AP Reuters", "AP Writer": another agency, the agency's desk
        return head
    return None


_SPACE_OR_CAMEL = regexes.compile(r"(?<=\S)\s+(?=\S)|(?<=[a-z])(?=[A-Z])")


def parse_byline(line: str, rules: WireRules, bare: bool = False) -> Byline | None:
    """A byline line, or None. ``bare`` also takes a byline without "By" when an affiliation
    says what it is ("Jane Doe, The Canadian Press"); the wire pass allows that at the head only.

    >>> from cleannews.wire.rules import wire_rules
    >>> parse_byline("By Jane Doe and John Roe", wire_rules())
    Byline(names='Jane Doe and John Roe', affiliation=None)
    >>> parse_byline("By Jane Doe, Reuters", wire_rules())
    Byline(names='Jane Doe', affiliation='Reuters')
    >>> parse_byline("By Meg James Staff Writer", wire_rules())
    Byline(names='Meg James', affiliation='Staff Writer')
    >>> parse_byline("Story by Jane Doe | jdoe@courier.com", wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> parse_byline("Jane Doe, The Canadian Press", wire_rules(), bare=True)
    Byline(names='Jane Doe', affiliation='The Canadian Press')
    >>> parse_byline("Jane Doe · July 5, 2024", wire_rules(), bare=True)
    Byline(names='Jane Doe', affiliation=None)
    >>> parse_byline("Written by Jane Doe | New Delhi | Updated: July 5, 2024 10:12 IST", wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> parse_byline("By Zhou Lan | chinadaily.com.cn | Updated: 2024-12-13 09:15", wire_rules())
    Byline(names='Zhou Lan', affiliation=None)
    >>> parse_byline("(By Chen Wei and Lin Mei)", wire_rules())
    Byline(names='Chen Wei and Lin Mei', affiliation=None)
    >>> parse_byline("by Jane Doe July 5, 2024 10:12 AM 2 min read", wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> parse_byline("By JANE DOE/ Staff Writer", wire_rules())
    Byline(names='JANE DOE', affiliation='Staff Writer')
    >>> parse_byline("By Jane Doe (AFP)", wire_rules()), parse_byline("Jane Doe and agencies", wire_rules(), bare=True)
    (Byline(names='Jane Doe', affiliation='AFP'), Byline(names='Jane Doe', affiliation='agencies'))
    >>> parse_byline("by Xinhua writers Liu Xin and Wang Qi", wire_rules())
    Byline(names='Liu Xin and Wang Qi', affiliation='Xinhua writers')
    >>> parse_byline("New York · July 5, 2024", wire_rules(), bare=True) is None
    True
    >>> parse_byline("Which Website Builder Is Best for Your Small Business", wire_rules(), bare=True) is None
    True
    >>> parse_byline("By the time rescuers arrived, the river had risen.", wire_rules()) is None
    True
    >>> parse_byline("By the Morning Brief team", wire_rules()) is None
    True
    >>> parse_byline("Jane Doe, the company's chief executive, said so.", wire_rules(), bare=True) is None
    True
    >>> parse_byline("By Sean Marlow Sean Marlow", wire_rules())
    Byline(names='Sean Marlow', affiliation=None)
    >>> parse_byline("JANE DOE WITH AFP", wire_rules(), bare=True)
    Byline(names='JANE DOE', affiliation='AFP')
    >>> parse_byline("By JANE DOE Associated PressUpdated 3:12 PM EST, November 5, 2026", wire_rules())
    Byline(names='JANE DOE', affiliation='Associated Press')
    """
    text = _GLUED_TIME_LABEL.sub(" ", line.strip())  # "... Associated PressUpdated 3:12 PM EST, ..."
    text = without_shift_notes(text) or text  # "Jane Doe (now) and John Roe (earlier)": a live page's shifts
    if len(text) > MAX_BYLINE_CHARS:
        return None  # a paragraph, not a byline (and the role search below is quadratic)
    if text[:1] == "(" and text[-1:] == ")" and _after_prefix(text[1:-1].strip(), rules):
        text = text[1:-1].strip()  # "(By Chen Wei and Lin Mei)" closing a Focus Taiwan story
    rest = _after_prefix(text, rules)
    by = _BY_AFTER_TIME.search(text) if rest is None else None
    if by is not None and by.start() > 0 and is_timestamp(text[: by.start()].strip(" |·•⋅-–—"), rules):
        rest = text[by.end() :]  # "October 11, 2023 by Jane Doe", "Posted on July 1, 2024 by Jane Doe"
    if rest is None and (glued := _glued_prefix(text)) is not None and looks_like_names(glued):
        rest = glued
    prefixed = rest is not None
    if rest is None and bare and len(text) <= MAX_BARE_BYLINE_CHARS and (after := names_after_time(text, rules)):
        return Byline(after)  # "Dec 17, 2025 Jane Doe": the time first, then the writer
    if rest is None:
        if not bare or len(text) > MAX_BARE_BYLINE_CHARS:
            return None  # without "By", a line this long is a sentence
        rest = text
    rest = _BRACKETED_CONTACT.sub("", rest).strip()  # "By Jane Doe (jdoe@herald.com)"
    if prefixed:
        rest = _FOLLOWING_CREDIT.sub("", rest)  # "By Jane Doe, DVM. Reviewed by John Roe, DVM"
    if not _ABBREVIATED_END.search(rest):
        rest = rest.rstrip(".")
    reachable = _TRAILING_CONTACT.search(rest) is not None  # "Jane Doe @janedoe": a writer's handle
    rest = _TRAILING_CONTACT.sub("", rest).rstrip(" |·•,/-–—")
    words = rest.split()
    if len(words) >= 4 and len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2 :]:
        rest = " ".join(words[: len(words) // 2])  # "By Jane Doe Jane Doe": the name and its link, dumped together
    shared: str | None = None
    if (bracketed := _BRACKETED_AFFILIATION.search(rest)) and _is_affiliation(bracketed.group("who"), rules):
        shared, rest = bracketed.group("who").strip(), rest[: bracketed.start()]
    elif (joint := _WITH_AGENCIES.fullmatch(rest)) and (
        joint.group("who").casefold() in _GENERIC_AGENCIES or rules.is_agency(joint.group("who"))
    ):
        shared, rest = joint.group("who").strip(), joint.group("names")
    role_first: str | None = None
    timed = False
    if prefixed:
        role_first, rest = _leading_role(rest, rules)
    if (before_time := _trailing_time(rest, rules)) is not None and (prefixed or not is_timestamp(rest, rules)):
        # "by Jane Doe July 5, 2024 10:12 AM 2 min read"; without "By" only a person's name will do
        rest, timed = before_time, True
    if prefixed and (agency := agency_before_brand(rest, rules)) is not None:
        rest = agency  # "By Reuters FOXBusiness": the site's label after the agency's name
    segments = _SEGMENTS.split(rest)
    affiliation: str | None = role_first or shared
    dated = timed  # "Jane Doe | July 5, 2024": a name beside a publication time is a byline
    for extra in segments[1:]:
        extra = extra.strip()
        if _is_affiliation(extra, rules):
            affiliation = affiliation or extra
        elif is_timestamp(extra, rules):
            dated = True
        elif _OTHER_CREDIT.match(extra):
            continue  # "Written by Jane Doe | Edited by John Roe": the editor is no writer
        elif (role := _trailing_time(extra, rules)) is not None and (
            _is_affiliation(role, rules) or (prefixed and outlet_before_role(role, rules) is not None)
        ):
            affiliation, dated = affiliation or role, True  # "Jane Doe - Staff Writer 2019-11-18T23:30:00Z"
        elif prefixed and (is_place_name(extra, rules) or _SITE.fullmatch(extra)):
            continue  # where the writer is, the site's address
        elif prefixed and _TITLE_LIKE.fullmatch(extra):
            affiliation = affiliation or extra  # "By Jane Doe ⋅ Founder and Editor-in-Chief": her title
        elif not (
            _DATEISH.match(extra)
            or _CONTACT.fullmatch(extra)
            or (prefixed and (is_place_name(extra, rules) or _SITE.fullmatch(extra)))
        ):
            return None
    names: list[str] = []
    interleaved = False  # "Jane Doe, Health Editor, and John Roe, Senior Reporter": roles between names
    for piece in _COMMA.split(segments[0]):
        if not piece:
            continue
        if names and (joined := _JOINED.match(piece)) is not None:
            piece, interleaved = piece[joined.end() :], interleaved or affiliation is not None
        if names and _CREDENTIAL.fullmatch(piece):
            continue  # "Jane Doe, MS, RDN": degrees after the name
        if (
            rules.is_role(piece)
            or (names and (_is_affiliation(piece, rules) or is_brand(piece, rules)))
            or _is_desk_name(piece, rules)
            or (names and outlet_before_role(piece, rules) is not None)
        ):
            # "Jane Doe, CalMatters": one coined word after the names is the outlet, not one more name
            affiliation = affiliation or piece
            continue
        if names and prefixed and _is_job_title(piece, rules):
            affiliation = affiliation or piece  # "By Jane Doe, Co-Founder & COO"
            continue
        if _CONTACT.fullmatch(piece) or (names and _DATEISH.match(piece)):
            continue
        if (
            names
            and prefixed
            and is_place_name(piece, rules)
            and (affiliation or piece.strip() == segments[0].split(",")[-1].strip())
        ):
            continue  # "By Jane Doe, Correspondent, Kyiv", "By Jane Doe, New Delhi": where the writer is
        for person in split_names(piece):
            name, role = _strip_role(_without_place(person), rules)
            if not looks_like_name(name):
                return None
            names.append(name)
            affiliation = affiliation or role
    if names and " ".join(names).casefold() in _NO_PERSON:
        return None  # "By Staff Reports": nobody's name
    if names and all(map(_TEAM.fullmatch, names)):
        return None  # "By the Morning Brief team": a newsletter's team, no person
    if not prefixed and (not names or (affiliation is None and not dated and not reachable)):
        return None  # "Jane Doe" alone could be anything; "Reuters" alone is a sign-off
    vague = affiliation is None or affiliation.casefold().startswith(("for ", "special to "))
    if not prefixed and vague and not all(plausible_bare_names(name, rules) for name in names):
        return None  # "New York · July 5, 2024": a place and a date; "Best Practices for PTO Benefits"
    if not names:
        # "By Reuters", "By The Associated Press": an agency byline.
        return Byline(affiliation, affiliation) if affiliation and affiliation.casefold() != "staff" else None
    if interleaved:
        return Byline(", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0], affiliation)
    return Byline(_as_written(segments[0], names), affiliation)


# At most this many words of names after the time that opens a line.
_MAX_NAMES_AFTER_TIME = 4


def names_after_time(text: str, rules: WireRules) -> str | None:
    """The person's names after a publication time that opens a line, with nothing between:
    "Dec 17, 2025 Jane K. Doe", or two times (published, updated) then the names.

    >>> from cleannews.wire.rules import wire_rules
    >>> names_after_time("Dec 17, 2025 Jane K. Doe", wire_rules())
    'Jane K. Doe'
    >>> names_after_time("September 1, 2016 September 8, 2016 Jane Doe", wire_rules())
    'Jane Doe'
    >>> names_after_time("Dec 17, 2025 Apple Watch", wire_rules()) is None
    True
    """
    tokens = text.split()
    if len(tokens) < 2 or not (tokens[0][:1].isdigit() or rules.is_month(tokens[0].rstrip(".,"))):
        return None
    for k in range(max(1, len(tokens) - _MAX_NAMES_AFTER_TIME), len(tokens)):  # the longest names first
        names = " ".join(tokens[k:])
        if not tokens[k][:1].isupper() or not looks_like_name(names) or not is_timestamp(" ".join(tokens[:k]), rules):
            continue
        return names if plausible_bare_names(names, rules) else None
    return None


def _without_place(person: str) -> str:
    """``"Shaun Walker in Kyiv"`` -> ``"Shaun Walker"``: where the writer filed from is no part of the name."""
    name, sep, place = person.partition(" in ")
    words = place.split()
    return name if sep and 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) else person


def strip_places(names: str) -> str:
    """Names without the places they filed from, as the byline gives them.

    >>> strip_places("Jane Doe in Kyiv and John Roe in Moscow"), strip_places("Jane Doe")
    ('Jane Doe and John Roe', 'Jane Doe')
    """
    people = split_names(names)
    kept = [_without_place(p) for p in people]
    if kept == people:
        return names
    return kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]


def affiliation_of(text: str, rules: WireRules) -> str | None:
    """The affiliation a line gives, without the place after it: "BBC News, Seoul" -> "BBC News".

    >>> from cleannews.wire.rules import wire_rules
    >>> affiliation_of("BBC News, Seoul", wire_rules()), affiliation_of("The Canadian Press", wire_rules())
    ('BBC News', 'The Canadian Press')
    >>> affiliation_of("Seoul, South Korea", wire_rules()) is None
    True
    """
    text = text.strip()
    if text[:3] in ("Of ", "of ", "OF ") and _is_affiliation(text[3:].title(), rules):
        return rules.agency_of(text[3:].title()) or text[3:]  # "Of DOW JONES NEWSWIRES" under the byline
    if _is_affiliation(text, rules):
        return text
    if "," not in text:
        return None
    body, _, place = text.rpartition(",")
    if _is_affiliation(body.strip(), rules) and is_place_name(place.strip(), rules):
        return body.strip()
    return None


def _as_written(text: str, names: list[str]) -> str:
    """The stretch of ``text`` from the first name to the end of the last, as written (without the
    places they filed from: "Jane Doe in Kyiv and John Roe in Moscow")."""
    if " in " in text:
        stripped = strip_places(text)
        if stripped != text:
            text = stripped
    start = text.find(names[0])
    end = text.rfind(names[-1]) + len(names[-1])
    return text[start:end] if 0 <= start < end else " and ".join(names)
