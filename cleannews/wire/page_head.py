"""Bylines in a web page's head that the wire forms miss: a team or a one-word writer after "By"
("By the Lavazza Team", "by Amanda · Dec 20, 2025"), and names with no "By" that a line beside
them vouches for (a publication time, a reading time, the writer's job title).

The wire pass asks these only when its own head rules found no byline, and only for the few short
lines between the headline and the first paragraph of prose.
"""

from __future__ import annotations

from cleannews import regexes
from cleannews.wire.byline import (
    Byline,
    has_byline_prefix,
    is_place_name,
    is_prefix_alone,
    parse_byline,
    plausible_bare_names,
    strip_places,
)
from cleannews.wire.names import looks_like_name, looks_like_names
from cleannews.wire.people import is_given_name
from cleannews.wire.rules import WireRules
from cleannews.wire.timestamp import head_label, is_timestamp

# The last word of a team that signs a story: "The Upwork Team", "EcoCult Staff", "The Currency editors".
_COLLECTIVE_WORDS = frozenset(["team", "staff", "editors", "editorial", "desk", "newsroom", "newsdesk", "crew"])
# Small words inside a team's name: "the Lavazza Team", "Team of Editors".
_COLLECTIVE_LINKS = frozenset(["the", "of", "and", "&"])
# A one-word writer in a handle's camel case: "ShawnHymel", "MixmasterFred".
_HANDLE = regexes.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")
# A given name this common in English is a word first ("Will", "Mark", "Hope").
_MAX_SINGLE_NAME_ZIPF = 4.5
# A reading time beside or under the byline: "7 min read", "2–4 minutes", "X min read", "2 days ago".
_READING_TIME = regexes.compile(
    r"(?i)(?:[·•|]\s*)?(?:~\s*)?(?:\d{1,3}|x)(?:\s*[–-]\s*\d{1,3})?\s*(?:min|mins|minutes?)\.?(?:\s+read)?"
    r"|\d{1,2}\s+(?:hours?|days?|weeks?)\s+ago|(?:\d+|no)\s+comments?|\d{1,3}(?:,\d{3})*(?:\.\d)?[kK]?\s+views?"
)
# Where the first of several times on a line ends: "Updated ... / Original ...".
_TIME_SEGMENT_END = regexes.compile(r"\s+[/|]\s+")
# Who else the page credits under the writer: "reviewed by Jo Roe", "Fact-checked by ...".
_OTHER_CREDIT = regexes.compile(r"(?i)(?:edited|reviewed|fact[- ]checked|medically reviewed) by:?\s+[A-Z]")
# The words a writer's job title ends with: "Product Analytics Expert", "Founder & Lead Reviewer".
_JOB_WORDS = (
    r"(?:writer|reporter|correspondent|editor|editor-in-chief|columnist|contributor|journalist|analyst|expert"
    r"|founder|co-founder|consultant|manager|director|reviewer|author|strategist|specialist|engineer|designer"
    r"|researcher|scientist|nutritionist|dietitian|developer|marketer|producer|ceo|coo|cto|cmo|blogger|creator)"
)
_JOB_TITLE = regexes.compile(
    rf"(?i)(?:(?:former|senior|junior|chief|lead|staff|guest|managing|contributing|associate|assistant|deputy"
    rf"|principal|head)\s+)?(?:[A-Z][\w&.’'-]*\s+){{0,3}}{_JOB_WORDS}"
    rf"(?:\s*(?:&|and|/)\s*(?:[A-Z][\w&.’'-]*\s+){{0,2}}{_JOB_WORDS})?"
    rf"(?:\s+(?:at|of|for|@)\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){{0,3}})?"
)
# Separators that end the names on a "By" line: "by Amanda · Dec 20", "By: ShawnHymel | December 16".
_AFTER_NAMES = regexes.compile(r"\s*[|·•⋅]\s*|\s+[-–—]\s+|\s+in\s+(?=[A-Z])|\s+(?=\d)|,\s*")
# How many words a line of names (with a title or a time beside them) may have.
MAX_HEAD_NAME_WORDS = 10
# No line of names, with its time and reading time, runs longer than this.
MAX_WRITER_LINE_CHARS = 240


def is_collective(text: str) -> bool:
    """A team that signs a story: "The Upwork Team", "EcoCult Staff", "Team SimplyThrilled" (not
    "Staff" alone, "Our Team" or "Staff Reports").

    >>> [is_collective(t) for t in ["The Upwork Team", "EcoCult Staff", "the Lavazza Team", "Team SimplyThrilled"]]
    [True, True, True, True]
    >>> [is_collective(t) for t in ["Staff", "Our Team", "Staff Reports", "Meet the team today"]]
    [False, False, False, False]

    "the X team" all in lower case but the name describes who made a newsletter or a page, as
    prose does; a team that signs writes its name as a name ("the Lavazza Team", "The Ledger editors"):

    >>> is_collective("the Morning Brief team")
    False
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or words[0].casefold() in ("our", "my", "your", "meet", "join", "about"):
        return False
    if words[0] == "the" and words[-1] in _COLLECTIVE_WORDS:
        return False
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _COLLECTIVE_LINKS | _COLLECTIVE_WORDS for w in words
    ):
        return False
    named = [w for w in words if w.casefold() not in _COLLECTIVE_LINKS | _COLLECTIVE_WORDS]
    if not named:
        return False
    last, first = words[-1].casefold(), words[0].casefold()
    return last in _COLLECTIVE_WORDS or (first == "team" and len(named) == len(words) - 1)


def is_single_writer(word: str, rules: WireRules) -> bool:
    """One word that names a writer after "By": a given name rare enough not to be a word
    ("Amanda", "Kristin"), or a handle ("ShawnHymel"); not "June" or "Monday".

    >>> from cleannews.wire.rules import wire_rules
    >>> [is_single_writer(w, wire_rules()) for w in ["Amanda", "ShawnHymel", "June", "Monday", "Will", "Design"]]
    [True, True, False, False, False, False]
    """
    from cleannews.words import zipf

    if _HANDLE.fullmatch(word):
        return True
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if rules.is_month(word) or word.casefold() in rules.weekdays:
        return False
    return is_given_name(word) and zipf(word, "en") < _MAX_SINGLE_NAME_ZIPF


def _plain_names(text: str, rules: WireRules) -> bool:
    """A person's names or a team's."""
    return (looks_like_names(text) and plausible_bare_names(text, rules)) or is_collective(text)


def prefixed_writer(line: str, rules: WireRules) -> Byline | None:
    """A "By" line whose writer the wire forms do not take: a team or one word, maybe followed by
    the time, the comment count or the site's section.

    >>> from cleannews.wire.rules import wire_rules
    >>> prefixed_writer("By the Lavazza Team 2–3 minutes", wire_rules())
    Byline(names='the Lavazza Team', affiliation=None)
    >>> prefixed_writer("by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", wire_rules())
    Byline(names='Amanda', affiliation=None)
    >>> prefixed_writer("By MixmasterFred in Workshop Woodworking", wire_rules())
    Byline(names='MixmasterFred', affiliation=None)
    >>> prefixed_writer("By Monday, the river had risen.", wire_rules()) is None
    True
    """
    text = line.strip()
    if len(text.split()) > MAX_HEAD_NAME_WORDS + 4 or not has_byline_prefix(text, rules):
        return None
    head, _, rest = text.partition(" ")
    if head.rstrip(":").casefold() not in ("by", "written") or not rest:
        return None  # a label ("Author:") also opens a fact box's field
    if head.casefold() == "written":
        first, _, rest = rest.partition(" ")
        if first.rstrip(":").casefold() != "by":
            return None
    rest = rest.lstrip(" :")
    names = _AFTER_NAMES.split(rest, maxsplit=1)[0].strip()
    words = names.split()
    while len(words) > 1 and rules.is_month(words[-1].rstrip(".,")):
        words.pop()  # "by Amanda December 6, 2017": the month opens the time
    names = " ".join(words)
    after = rest[len(names) :].strip(" |·•⋅-–—,")
    if after and after[-1:] in ".!?" and len(after.split()) > 3:
        return None  # the rest of a sentence
    if is_collective(names) or (" " not in names and is_single_writer(names, rules)):
        return Byline(names)
    pair = names.split(" and ")
    if len(pair) == 2 and all(is_single_writer(n, rules) for n in pair):
        return Byline(names)  # "By Amanda and Kristin"
    if len(pair) == 2 and head.casefold() == "written" and _pair_of_given_names(pair, rules):
        return Byline(names)  # "Written By Linny and Peter": "Written by" vouches for a common name beside a rare one
    return None


def _pair_of_given_names(pair: list[str], rules: WireRules) -> bool:
    """Two one-word writers: each a given name or too rare to be a word, one of them rare ("Linny", "Peter").

    >>> from cleannews.wire.rules import wire_rules
    >>> _pair_of_given_names(["Linny", "Peter"], wire_rules()), _pair_of_given_names(["Land", "Sea"], wire_rules())
    (True, False)
    """
    from cleannews.words import zipf

    def one_word(word: str) -> bool:
        return word.isalpha() and word[:1].isupper() and word[1:].islower() and not rules.is_month(word)

    if not all(map(one_word, pair)) or any(w.casefold() in rules.weekdays for w in pair):
        return False
    rare = [is_single_writer(w, rules) or zipf(w, "en") < _RARE_NAME_ZIPF for w in pair]
    return any(rare) and all(ok or is_given_name(w) for w, ok in zip(pair, rare, strict=True))


def _reading_time(text: str) -> bool:
    return _READING_TIME.fullmatch(text.strip()) is not None


def is_job_title(text: str) -> bool:
    """A writer's job title on the line under the name: "Product Analytics Expert", "Founder &
    Lead Reviewer", "Former McKinsey Consultant" (not "Web Design Trends").

    >>> [is_job_title(t) for t in ["Product Analytics Expert", "Founder at Oakywood", "Web Design Trends"]]
    [True, True, False]
    """
    return len(text.split()) <= 8 and _JOB_TITLE.fullmatch(text.strip()) is not None


def vouches(text: str, rules: WireRules) -> bool:
    """Whether a line beside a line of names says they are the writer's: a publication time
    ("Nov 08, 2025 7 min read", "Updated Feb 27, 2026"), a reading time, a label over the time
    ("Published"), or a job title.

    >>> from cleannews.wire.rules import wire_rules
    >>> [vouches(t, wire_rules()) for t in ["Nov 08, 2025 7 min read", "2 days ago", "Marketing Operations Analyst"]]
    [True, True, True]
    >>> [vouches(t, wire_rules()) for t in ["In short", "Table of contents", "Share"]]
    [False, False, False]
    """
    text = text.strip().strip("·•|").strip()
    if not text or len(text) > 100:
        return False
    if any(c.isdigit() for c in text):
        if is_timestamp(text, rules) or _reading_time(text):
            return True
        if (first := _TIME_SEGMENT_END.search(text)) is not None and is_timestamp(text[: first.start()], rules):
            return True  # "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"
        reading = _READING_TIME.search(text)  # "Nov 08, 2025 7 min read": a date, then the reading time
        return (
            reading is not None
            and reading.end() == len(text)
            and reading.start() > 0
            and is_timestamp(text[: reading.start()].strip(" |·•"), rules)
        )
    return head_label(text, rules) is not None or is_job_title(text) or _OTHER_CREDIT.match(text) is not None


def vouches_with_time(text: str, rules: WireRules) -> bool:
    """Whether a line gives a publication time, first of several ("Updated ... / Original ...")."""
    return any(c.isdigit() for c in text) and vouches(text, rules) and not is_job_title(text)


def names_with_title(text: str, rules: WireRules) -> str | None:
    """The names before a job title on one line: "Rasmus Barslund Founder & Lead Reviewer",
    "Audrey Huang, Print Managing Editor" -> the names.

    >>> from cleannews.wire.rules import wire_rules
    >>> names_with_title("Mateusz Haberny Founder at Oakywood", wire_rules())
    'Mateusz Haberny'
    """
    words = text.replace(",", " , ").split()
    for k in range(2, min(len(words), 5)):
        head, tail = " ".join(words[:k]), " ".join(words[k:]).lstrip(", ")
        if tail and is_job_title(tail) and looks_like_name(head) and plausible_bare_names(head, rules):
            return head
    return None


# "on Web Design", "in Guides": the section a page files the story under, between the writer and the time.
_SECTION = regexes.compile(r"(?:on|in)\s+[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|&|and)){0,5}")


def is_section(text: str) -> bool:
    """ "on Elementor Inspiration Web Design": where the page files the story, under its writer."""
    return _SECTION.fullmatch(text.strip()) is not None


def reads_as_name(text: str) -> bool:
    """A person's name by its words, each a listed given name or surname or too rare to be a word
    ("Jordanna Campbell"), for a line of names a publication time under it already vouches for.

    >>> reads_as_name("Jordanna Campbell"), reads_as_name("Winter Storm"), reads_as_name("Web Design")
    (True, False, False)
    """
    from cleannews.wire.people import is_surname
    from cleannews.words import zipf

    words = text.split()
    if not 2 <= len(words) <= 3 or not looks_like_name(text):
        return False
    if any(w.isupper() for w in words) or not any(is_given_name(w) for w in words):
        return False
    return all(is_given_name(w) or is_surname(w) or zipf(w, "en") < 3.5 for w in words) and not all(
        zipf(w, "en") >= 4.0 for w in words
    )


# A word this common in English is no unlisted name ("Event", "Type", "Guide"), unless a list names it.
_MAX_UNLISTED_NAME_ZIPF = 4.5
# At least one word of an unlisted name is this rare ("Kaavya"), or a listed name.
_RARE_NAME_ZIPF = 3.0


def unlisted_person(text: str, rules: WireRules) -> bool:
    """A person's name that the name lists may not know ("Kaavya Shah"), for names that a byline's
    words and a time beside them already vouch for: two or three capitalised words, one of them a
    listed name or a rare word, none a common word; no place, outlet or page section.

    >>> from cleannews.wire.rules import wire_rules
    >>> [unlisted_person(t, wire_rules()) for t in ["Kaavya Shah", "Jane Doe", "Event Type", "New Delhi", "Our Team"]]
    [True, True, False, False, False]
    """
    from cleannews.wire.people import is_surname
    from cleannews.words import zipf

    words = [w for w in text.split() if not (len(w) <= 3 and w.endswith("."))]  # initials off
    if not 2 <= len(words) <= 3 or not looks_like_name(text) or any(w.isupper() for w in words):
        return False
    listed = [is_given_name(w) or is_surname(w) for w in words]
    if not any(ok or zipf(w, "en") < _RARE_NAME_ZIPF for w, ok in zip(words, listed, strict=True)):
        return False
    if any(not ok and zipf(w, "en") >= _MAX_UNLISTED_NAME_ZIPF for w, ok in zip(words, listed, strict=True)):
        return False
    return _not_place_or_section(text, rules)


def other_credit(text: str) -> bool:
    """Another credit under a byline: "Edited By: John Roe", "Reviewed by ...".

    >>> other_credit("Edited By: John Roe"), other_credit("Editorial Guidelines")
    (True, False)
    """
    return _OTHER_CREDIT.match(text.strip()) is not None


def bare_writer(text: str, rules: WireRules, timed: bool = False) -> tuple[str, bool] | None:
    """The writer on a line of names with no "By" (a person's name or a team), and whether the
    line itself says so with a job title or a time beside the names; None for anything else.
    ``timed``: a publication time stands under the line, which vouches for looser forms.

    >>> from cleannews.wire.rules import wire_rules
    >>> bare_writer("Everfit Team", wire_rules()), bare_writer("Jane Doe Published: January 3, 2024", wire_rules())
    (('Everfit Team', False), ('Jane Doe', True))
    >>> bare_writer("JANE DOE, FUTURISM", wire_rules(), timed=True)
    ('JANE DOE', False)
    >>> bare_writer("12/19/2025 • Friday Philosophy • Jane Doe", wire_rules())
    ('Jane Doe', True)
    >>> bare_writer("November 3, 2026 9:49 am | Jane Doe | 3 min read", wire_rules())
    ('Jane Doe', True)
    >>> bare_writer("Dec. 19, 2025 · Jane Doe on behalf of Vision Doc group", wire_rules())
    ('Jane Doe', True)
    >>> bare_writer("Pieter van Dam in Rome", wire_rules(), timed=True)
    ('Pieter van Dam', False)
    >>> bare_writer("Top Stories", wire_rules()) is None, bare_writer("New York", wire_rules()) is None
    (True, True)
    """
    text = text.strip()
    if len(text) > MAX_WRITER_LINE_CHARS:
        return None
    if "on behalf of" in text and (behalf := _ON_BEHALF.search(text)) is not None and behalf.start() > 0:
        text = text[: behalf.start()]  # "... Jane Doe on behalf of the Vision Doc group": whom she signs for off
    if (marks := list(_PIECES.finditer(text))) and len(marks) > 1 and _reading_time(text[marks[-1].end() :]):
        text = text[: marks[-1].start()]  # "... | Jane Doe | 3 min read": the reading time off
    if len(text.split()) > MAX_HEAD_NAME_WORDS:
        return None
    if text[:1].isdigit():
        return (last, True) if (last := _dated_segments(text, rules)) is not None else None
    if rules.is_month(text.split()[0].rstrip(".,")) and (last := _dated_segments(text, rules)) is not None:
        return last, True  # "Dec 26, 2025 • Jane Doe in Project Management"
    if not text[:1].isupper():
        return None
    if timed and (unplaced := strip_places(text)) != text and is_place_name(text[len(unplaced) + 4 :], rules):
        # "Jane Doe in Rome" over the time: where she filed from is no part of her name
        return (found[0], False) if (found := bare_writer(unplaced, rules, timed)) is not None else None
    if _plain_names(text, rules) or (timed and reads_as_name(text) and _not_place_or_section(text, rules)):
        return text, False  # a name under the headline and over the time: looser name lists will do
    if (parsed := parse_byline(text, rules, bare=True)) is not None and _plain_names(parsed.names, rules):
        return parsed.names, True
    if timed and (outlet := _OUTLET_AFTER.search(text)) is not None:
        names = text[: outlet.start()]  # "JANE DOE, FUTURISM" over the time: the writer and her outlet
        if looks_like_name(names) and plausible_bare_names(names, rules):
            return names, False
    titled = names_with_title(text, rules)
    return (titled, True) if titled is not None else None


# The marks between the pieces of a page's byline line: "12/19/2025 • Friday Philosophy • Jane Doe".
# (each run of spaces is tried once, from its start: a line of spaces alone costs linear time)
_PIECES = regexes.compile(r"(?<!\s)\s+[|•·⋅●]\s+")


def _dated_segments(text: str, rules: WireRules) -> str | None:
    """The person's name that ends a line of pieces opening with the time, with at most a short
    section between: "12/19/2025 • Friday Philosophy • Jane Doe" -> "Jane Doe"."""
    pieces = _PIECES.split(text)
    if not 2 <= len(pieces) <= 3 or not is_timestamp(pieces[0], rules):
        return None
    if any(len(piece.split()) > 3 for piece in pieces[1:-1]):
        return None
    names = pieces[-1].strip()
    if (section := _FILED_UNDER.search(names)) is not None:
        names = names[: section.start()]  # "Dec 26, 2025 • Jane Doe in Project Management": her section off
    person = plausible_bare_names(names, rules) or unlisted_person(names, rules)  # the time vouches for it
    return names if looks_like_names(names) and person else None


# The section a writer's name is filed under, after it: "Jane Doe in Project Management".
_FILED_UNDER = regexes.compile(r"\s+in\s+[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|&|and)){0,3}$")


# Whom the writer signs for, after the name: "Jane Doe on behalf of the Vision Doc group".
_ON_BEHALF = regexes.compile(r"(?<!\s)\s+on behalf of\s+\S.*$")


# The outlet after the writer's name: "VICTOR TANGERMANN, FUTURISM", "Jane Doe, Daily Planet".
_OUTLET_AFTER = regexes.compile(r",\s*[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}$")


def _not_place_or_section(text: str, rules: WireRules) -> bool:
    from cleannews.lexicon import section_lexicon, ui_lexicon
    from cleannews.wire.byline import is_place_name

    return not (
        rules.is_organisation(text) or is_place_name(text, rules) or text in ui_lexicon() or text in section_lexicon()
    )


def is_mark(text: str) -> bool:
    """A line with no letter or digit: a separator ("•", "|") or an icon font's glyph.

    >>> is_mark(" • "), is_mark("\ue08a"), is_mark("2 min")
    (True, True, False)
    """
    return not any(c.isalnum() for c in text) and bool(text.strip())


def prefix_alone(text: str, rules: WireRules) -> bool:
    """ "By" or "Written by" alone (not a label such as "Author")."""
    return is_prefix_alone(text, rules) and text.strip().rstrip(":").split()[0].casefold() in ("by", "written")


# The post-meta line of a blog or a CMS: the writer glued to a label, a time, separators and
# counters ("Posted on July 1, 2024 by infuy", "November 12, 2018 | BY: Beachbody", "Susan
# December 9, 2024 0 Comments").

# "by", "By:", "Posted by", "Written by" inside or at the head of the line.
_POST_MARKER = regexes.compile(r"(?i)(?:(?<=\s)|^)(?:(?:posted|written)\s+)?by\s*:?\s+")
# A mark between the pieces: "|", "•", "·", " - ", " / ".
_POST_MARK = frozenset(["|", "•", "·", "⋅", "●", "-", "–", "—", "/"])
# A counter: "0 Comments", "2 days", "3 min read", "12 Views".
_POST_COUNTER = regexes.compile(
    r"(?i)(?:\d{1,6}|no|one)\s+(?:comments?|replies|responses|views|shares|likes)"
    r"|\d{1,3}\s*(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)(?:\s+(?:ago|read))?"
)
# How long ago the post went up, a time too: "2 days", "5 hours ago".
_POST_AGE = regexes.compile(r"(?i)\d{1,3}\s*(?:minutes?|hours?|hrs?|days?|weeks?|months?)(?:\s+ago)?")
# What labels a time or joins it to the writer: "Posted on", "Published:", "on", "at".
_POST_LABELS = frozenset(["posted", "published", "updated", "last updated", "on", "at", "posted on", "published on"])
# A handle after the name: "@catherineshu".
_POST_HANDLE = regexes.compile(r"@[A-Za-z_][\w.]{1,30}")
# A word of a writer's name as a page prints it: "A.", "3i", "(Guha)", "O'Neil", "Smith-Jones".
_POST_NAME_WORD = regexes.compile(r"\(?[A-Z0-9][\w.’'&-]*\)?|[A-Z]\.")
# Small words inside an organisation's or a column's name: "Ask the Doctors", "Bank of Canada".
_POST_NAME_LINKS = frozenset(["the", "of", "and", "&", "de", "van", "von", "der", "da", "di", "du", "la", "le", "for"])
# A writer's handle in small letters after "by" ("infuy", "admin"): only with the time on the line.
_POST_LOWER_HANDLE = regexes.compile(r"[a-z][a-z0-9_.-]{1,24}")
# Categories after the time: "Google algorithm, SEO basics", "training"; at most this many words.
_POST_CATEGORY_WORDS = 6
# A handle in small letters this common in English is a word ("the", "far", "default").
_MAX_HANDLE_ZIPF = 5.0


def _post_tokens(text: str) -> list[str]:
    """The words of a post-meta line, its marks apart: "Jane|May 2" -> ["Jane", "|", "May", "2"]."""
    spaced = regexes.compile(r"\s*([|•·⋅●])\s*").sub(r" \1 ", text)
    return spaced.split()


def _post_meta(words: list[str], rules: WireRules, categories: bool) -> tuple[bool, bool]:
    """Whether ``words`` are only what a post-meta line has beside the writer (marks, labels, times,
    counters, handles, UI strings; and, after a time, the post's categories if ``categories``), and
    whether a time is among them."""
    from cleannews.lexicon import ui_lexicon

    i, timed, n = 0, False, len(words)
    while i < n:
        word = words[i]
        if word in _POST_MARK or is_mark(word):
            i += 1
            continue
        label = next(
            (k for k in (2, 1) if " ".join(words[i : i + k]).rstrip(":").casefold() in _POST_LABELS and i + k <= n),
            0,
        )
        if label:
            i += label
            continue
        last_digit = max((j for j in range(i, min(n, i + 8)) if any(c.isdigit() for c in words[j])), default=-1)
        span = next(  # (a time has a digit: "July 1, 2024", "@08:00PM")
            (
                k
                for k in range(last_digit - i + 1, 0, -1)
                if is_timestamp(" ".join(words[i : i + k]).lstrip("@"), rules)
            ),
            0,
        )
        if span:
            i, timed = i + span, True
            continue
        counted = next((k for k in (4, 3, 2, 1) if _POST_COUNTER.fullmatch(" ".join(words[i : i + k]))), 0)
        if counted:
            timed = timed or _POST_AGE.fullmatch(" ".join(words[i : i + counted])) is not None
            i += counted
            continue
        if _POST_HANDLE.fullmatch(word):
            i += 1
            continue
        ui = next((k for k in range(min(n - i, 5), 1, -1) if " ".join(words[i : i + k]) in ui_lexicon()), 0)
        if ui:
            i += ui
            continue
        if timed and categories and _are_categories(words[i:]):
            return True, timed
        return False, timed
    return True, timed


def _are_categories(words: list[str]) -> bool:
    """The post's categories or tags after its time: "Google algorithm, SEO basics", "training",
    "from the skewed-job-market dept." (not the rest of a sentence)."""
    text = " ".join(words)
    if not words or len(words) > _POST_CATEGORY_WORDS or text[-1:] in "!?" or '"' in text:
        return False
    if text.endswith(".") and not text.endswith("dept."):
        return False
    return not any(w.casefold() in ("is", "are", "was", "were", "has", "have", "said", "says", "will") for w in words)


def _marked_name(words: list[str], rules: WireRules, timed: bool, written: bool) -> bool:
    """Whether the words after "by" on a post-meta line name a writer: a person, a team, an
    organisation or a handle ("Hardtail Canada", "Ask the Doctors", "BeauHD"; "infuy" only with
    the time on the line); not "the end of the year", "Monday" or "The Numbers". ``written``: the
    line says "Written by" or "Posted by", which vouches for a name of common words ("Our Editors")."""
    from cleannews.lexicon import section_lexicon, ui_lexicon
    from cleannews.words import zipf

    if not 1 <= len(words) <= 5:
        return False
    text = " ".join(words)
    if len(words) == 1 and _POST_LOWER_HANDLE.fullmatch(text):
        return timed and zipf(text, "en") < _MAX_HANDLE_ZIPF and text not in rules.weekdays
    if not _POST_NAME_WORD.fullmatch(words[0]) or not _POST_NAME_WORD.fullmatch(words[-1]):
        return False
    if not all(_POST_NAME_WORD.fullmatch(w) or w in _POST_NAME_LINKS for w in words):
        return False
    if any(rules.is_month(w.strip(".,")) or w.casefold().strip(".,") in rules.weekdays for w in words):
        return False
    if text in ui_lexicon() or text in section_lexicon() or is_place_name(text, rules):
        return False
    if timed:
        return True
    # With no time beside it, a name of two words or more, not "The Numbers" (a heading's words);
    # after a bare "By", one word at least that is no common word ("3i Global", not "Any Means Necessary")
    if len(words) < 2 or (len(words) == 2 and words[0].casefold() == "the"):
        return False
    if written or any(w.casefold() in _COLLECTIVE_WORDS for w in words):
        return True  # "Our Editors", "Staff Reports"
    if looks_like_names(text) and plausible_bare_names(text, rules):
        return True
    return any(any(c.isdigit() for c in w) or zipf(w.strip("()"), "en") < _RARE_NAME_WORD_ZIPF for w in words)


# After a bare "By" with no time, one word of the writer's name at least is this rare ("Hardtail").
_RARE_NAME_WORD_ZIPF = 3.5


def _bare_post_name(words: list[str], rules: WireRules) -> bool:
    """Whether words with no "by", a time beside them, name a writer: a person ("Susan", "Catherine
    Shu", "Paramita (Guha) Ghosh") or an organisation's one-word handle ("LinkNaija", "Swoogo")."""
    from cleannews.words import zipf

    text = " ".join(words)
    plain = " ".join(w for w in words if not (w.startswith("(") and w.endswith(")")))
    if not 1 <= len(plain.split()) <= 4 or not all(_POST_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(rules.is_month(w.strip(".,")) or w.casefold().strip(".,") in rules.weekdays for w in words):
        return False
    if not _not_place_or_section(text, rules) or not _not_place_or_section(plain, rules):
        return False
    if len(words) == 1:
        word = words[0]
        return is_single_writer(word, rules) or (
            word.isalpha() and word[:1].isupper() and word[1:].islower() and zipf(word, "en") < 1.5
        )
    return (looks_like_names(plain) and plausible_bare_names(plain, rules)) or unlisted_person(plain, rules)


# One word at least of an outlet's name a time vouches for is this rare ("Overhauls", "Swoogo").
_RARE_OUTLET_ZIPF = 2.5


def _rare_outlet(words: list[str], rules: WireRules) -> bool:
    """Two or three capitalised words, one of them rare, naming a small outlet or firm that signs a
    post under its time ("Computer Overhauls"); not a place, a page section or a UI string."""
    from cleannews.words import zipf

    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return False
    if not any(zipf(w, "en") < _RARE_OUTLET_ZIPF for w in words):
        return False
    return not any(rules.is_month(w) or w.casefold() in rules.weekdays for w in words) and _not_place_or_section(
        " ".join(words), rules
    )


def _vouched_above(name: list[str], time_above: bool) -> bool:
    """Whether the time on the line above vouches for a name after "By": two words at least, not
    "The Numbers" (a heading's words)."""
    return time_above and len(name) >= 2 and not (len(name) == 2 and name[0].casefold() == "the")


def _opens_post_meta(word: str, rules: WireRules) -> bool:
    """Whether a word can open what follows the writer's name: a mark, a number, a month, a handle, a label."""
    if word in _POST_MARK or word[:1].isdigit() or rules.is_month(word.strip(".,")):
        return True
    return _POST_HANDLE.fullmatch(word) is not None or word.rstrip(":").casefold() in _POST_LABELS


def post_meta_writer(line: str, rules: WireRules, bare: bool = False, time_above: bool = False) -> Byline | None:
    """The writer on a blog's or a CMS's post-meta line: marked by "by" ("Posted on July 1, 2024 by
    infuy", "November 12, 2018 | BY: Beachbody", "By admin - 2018-09-16"), or, if ``bare``, a name
    with the time after it ("Susan December 9, 2024 0 Comments", "Catherine Shu @catherineshu / 2
    days"). The name is kept as the page prints it.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> post_meta_writer("May 21, 2025 April 24, 2025 by The Ritualist", rules)
    Byline(names='The Ritualist', affiliation=None)
    >>> post_meta_writer("By Hardtail Canada August 12, 2021 August 13, 2021 training", rules)
    Byline(names='Hardtail Canada', affiliation=None)
    >>> post_meta_writer("Paramita (Guha) Ghosh Published: January 3, 2024", rules, bare=True)
    Byline(names='Paramita (Guha) Ghosh', affiliation=None)
    >>> [post_meta_writer(t, rules) for t in ["By the end of the year", "By Monday, the river rose", "By The Numbers"]]
    [None, None, None]
    >>> post_meta_writer("By 3i Global", rules), post_meta_writer("By Any Means Necessary", rules)
    (Byline(names='3i Global', affiliation=None), None)
    >>> post_meta_writer("Posted on the door was a note", rules) is None
    True

    ``time_above``: the publication time stands alone on the line above, which vouches for the
    writer as a time on the line does ("December 7, 2020" over "By Ask the Doctors").

    >>> post_meta_writer("By Ask the Doctors", rules), post_meta_writer("By Ask the Doctors", rules, time_above=True)
    (None, Byline(names='Ask the Doctors', affiliation=None))
    """
    text = line.strip()
    if not text or len(text.split()) > MAX_HEAD_NAME_WORDS + 6:
        return None
    marker = _POST_MARKER.search(text)
    if marker is not None:
        meta_before, dated_before = _post_meta(_post_tokens(text[: marker.start()]), rules, categories=False)
        if not meta_before:
            return None  # "Photo by ...", "Sponsored by ...": another credit, or a sentence
        words = _post_tokens(text[marker.end() :])
        for k in range(1, min(len(words), 5) + 1):
            name = [w.rstrip(",") for w in words[:k]]
            if words[k - 1].endswith(",") and k < len(words) and not words[k][:1].isdigit():
                break  # "By Monday, the river": a comma inside the clause
            if not _marked_name(name, rules, timed=True, written=True):
                continue  # (the loosest reading of the name first: the cheaper test)
            meta, timed = _post_meta(words[k:], rules, categories=True)
            written = marker.group(0).strip().casefold()[:1] in ("w", "p")
            if meta and _marked_name(name, rules, timed or dated_before or _vouched_above(name, time_above), written):
                return Byline(" ".join(name))
        return None
    if not bare or not any(c.isdigit() for c in text):
        return None  # (with no "by", only a time vouches for the name)
    if head_label(text, rules) is not None:
        return None
    # "Publiceret 12.03.2024 kl. 09.15": one word that, with the time after it, reads as a time is its
    # label (in a language our lists do not hold), no writer
    one_word_label = is_timestamp(text, rules)
    words = _post_tokens(text)
    for k in range(len(words) - 1, max(len(words) - 4, 0) - 1, -1):
        # the time first, the writer last: "October 8, 2024 Swoogo", "January 16, 2026 Computer Overhauls"
        name = words[k:]
        if (
            k > 0
            and words[k] not in _POST_MARK
            and (_bare_post_name(name, rules) or _rare_outlet(name, rules))
            and all(_post_meta(words[:k], rules, categories=False))
        ):
            return Byline(" ".join(name))
    for k in range(1, min(len(words) - 1, 5) + 1):
        rest = words[k:]
        if k == 1 and one_word_label:
            continue
        if not _opens_post_meta(rest[0], rules) or not _bare_post_name(words[:k], rules):
            continue  # the time (or a mark, a label, a handle) right after the name
        meta, timed = _post_meta(rest, rules, categories=True)
        if meta and timed:
            return Byline(" ".join(words[:k]))
    return None


# The site's name after a page title's headline: "What is SEO? • Yoast", "Headline | Site", "Headline - Site".
_SITE_SUFFIX = regexes.compile(r"\s+[|•·–—-]\s+[^|•·–—]{1,60}$")
# A headline repeated in a page's head has at least this many words (not "Home", "Blog").
MIN_REPEATED_HEADLINE_WORDS = 3
# What may follow the headline on its own line: its source and a comment count ("(latimes.com) 87").
_HEADLINE_TRAIL = regexes.compile(r"\s*\([\w.-]+\.[a-z]{2,}\)(?:\s+\d{1,6})?")


def headline_forms(titles: list[str]) -> set[str]:
    """The forms a page's headline takes, casefolded: each title as given, and without the site's
    name after it ("Top Strategies | Acme Blog" -> "top strategies"); titles shorter than three
    words left out.

    >>> sorted(headline_forms(["Top Strategies to Scale | Acme Blog", "Home"]))
    ['top strategies to scale', 'top strategies to scale | acme blog']
    """
    forms: set[str] = set()
    for title in titles:
        title = " ".join(title.split())
        for form in (title, _SITE_SUFFIX.sub("", title)):
            if len(form.split()) >= MIN_REPEATED_HEADLINE_WORDS:
                forms.add(form.casefold())
    return forms


def repeats_headline(text: str, forms: set[str]) -> bool:
    """Whether a line is the headline again, maybe with its source and comment count after it.

    >>> repeats_headline("Grads Find Jobs Scarce (latimes.com) 87", {"grads find jobs scarce"})
    True
    >>> repeats_headline("Grads Find Jobs Scarce, and more", {"grads find jobs scarce"})
    False
    """
    text = " ".join(text.split())
    return text.casefold() in forms or _HEADLINE_TRAIL.sub("", text).casefold() in forms


def writer_under_headline(text: str, rules: WireRules) -> Byline | None:
    """The writer on a line right under the headline, in a form that says it is a byline by
    itself: "By" (or "Written by", "by:") and names, or a post-meta line that gives the time
    ("Posted on July 1, 2024 by infuy", "Zach Lezberg | May 22, 2025"). Bare names need the time.

    >>> from cleannews.wire.rules import wire_rules
    >>> writer_under_headline("by: Jane Doe, Dec 17, 2025", wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> writer_under_headline("Jane Doe | May 22, 2025", wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> [writer_under_headline(t, wire_rules()) for t in ["Jane Doe", "By the end of the year, rents rose."]]
    [None, None]
    """
    text = text.strip()
    if not text or len(text.split()) > MAX_HEAD_NAME_WORDS + 6:
        return None
    opener = text.split()[0].rstrip(":").casefold()
    if has_byline_prefix(text, rules) and opener in ("by", "written", "posted"):
        parsed = parse_byline(text, rules) or prefixed_writer(text, rules)
        if parsed is not None:
            return parsed
    return post_meta_writer(text, rules, bare=True)


# Words a headline and its page title may differ by: "The Best Builders for Small Business in 2026".
_HEADLINE_SMALL_WORDS = frozenset(["the", "a", "an", "and", "for", "of", "in", "on", "to", "at", "by", "with", "s"])
# A line near the page title shares this many of its words at least, and this share of the shorter's words.
_NEAR_HEADLINE_WORDS = 3
_NEAR_HEADLINE_SHARE = 0.7
_WORD = regexes.compile(r"\w+")


def _headline_words(text: str) -> set[str]:
    words = (w.casefold() for w in _WORD.findall(text))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _HEADLINE_SMALL_WORDS}


def near_headline(text: str, titles: list[str]) -> bool:
    """Whether a line is the page's headline worded a little apart from its title ("Best Website
    Builders for Small Business in 2026" under the title "Best Website Builder For Small Business
    [2026]"): most words shared, three at least.

    >>> titles = ["Best Website Builder For Small Business [2026]"]
    >>> near_headline("Best Website Builders for Small Business in 2026", titles)
    True
    >>> near_headline("Best Coffee Makers", titles)
    False
    """
    if len(text.split()) > 20:
        return False
    words = _headline_words(text)
    for title in titles:
        other = _headline_words(_SITE_SUFFIX.sub("", title))
        shared = len(words & other)
        if shared >= _NEAR_HEADLINE_WORDS and shared >= _NEAR_HEADLINE_SHARE * min(len(words), len(other)):
            return True
    return False
