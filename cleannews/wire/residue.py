"""Residue around wire copy, known by its shape rather than by an outlet's name.

Below the story: desk and staff codes ("BSS/AB/CD/1512 hrs", "**3392**1416", "/NF/"), sign-offs
set off by marks ("--SPA", "--(Petra)", "/// nCa, 5 November 2026"), a "Via X" line, blocks of
related-story headlines or tags under their label, share and print lines ("Shared from X", "Source
URL: ...", "Printed on ..."), an aggregator's "Read Full Article at X". Above it: an aggregator's
provider line with its age ("TASS · 3h"), an item's number ("News ID: 85012345"), a read-later
export's domain and "Saved from ADDRESS" lines.

Each test takes one line (or the lines of one block) and is cheap: a length check first, then one
regular expression.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleannews import regexes
from cleannews.wire.rules import WireRules

# --- below the story ---------------------------------------------------------------------------

# A desk or staff code: short groups of capitals, initials and figures joined by slashes or
# asterisks, maybe with a time ("1512 hrs"), maybe wrapped in the marks ("/NF/", "**3392**1416").
_CODE = regexes.compile(
    r"[/*#]*(?:[A-Za-z]{1,4}|\d{1,6}(?::\d{2})?)(?:\s*[/*|]+\s*(?:[A-Za-z]{1,4}|\d{1,6}(?::\d{2})?))*"
    r"(?:\s+(?:hrs?|GMT|UTC|IST|BST|[AP]M))?[/*#]*"
)
# Short words that a slash joins in prose ("and/or", "he/she", "yes/no"): no code is made of them only.
_SLASHED_WORDS = frozenset(
    [
        *("and", "or", "he", "she", "him", "her", "his", "hers", "they", "yes", "no", "on", "off", "in", "out"),
        *("up", "down", "to", "from", "w", "s", "a", "b", "c", "i", "it", "is", "was", "we", "us", "you", "me"),
        *("my", "the"),
    ]
)
_MAX_CODE_CHARS = 40
_LETTERS = regexes.compile(r"[A-Za-z]+")


def is_desk_code(line: str) -> bool:
    """A closing line that is a desk or staff code, no word of the story: marks (a slash or an
    asterisk) between groups of capitals, initials and figures.

    >>> [is_desk_code(t) for t in ("BSS/XX/YY/1512 hrs", "**3392**1416", "/NF/", "WAM/AB")]
    [True, True, True, True]
    >>> [is_desk_code(t) for t in ("and/or", "24/7", "NO MORE WAR", "No one was hurt.", "9/11", "N/A")]
    [False, False, False, False, False, False]
    """
    text = line.strip()
    if not 3 <= len(text) <= _MAX_CODE_CHARS or _CODE.fullmatch(text) is None:
        return False
    if "/" not in text and "**" not in text:
        return False
    letters = [part for part in _LETTERS.findall(text) if part not in ("hrs", "hr")]
    if not letters:
        return "**" in text or text.startswith("/")  # "**3392**1416": IRNA's figures between asterisks
    if len(letters) <= 2 and all(len(part) == 1 for part in letters) and not any(map(str.isdigit, text)):
        return False  # an abbreviation written with a slash: "N/A", "A/C", "c/o"
    return not all(part.casefold() in _SLASHED_WORDS for part in letters)


# A sign-off set off by marks: "--SPA", "--(Petra)", "/// nCa, 5 November 2026", "== KUNA ==".
_MARKED = regexes.compile(
    r"(?P<marks>-{2,}|—|–|/{2,}|={2,}|\*{2,}|#{2,})\s*[(\[]?\s*(?P<who>[^\W\d_][\w&.'’-]*(?: [\w&.'’-]+){0,3}?)"
    r"\s*[)\]]?\s*(?:,\s*(?P<date>[\w ,./:-]{4,40}?))?\s*(?:[-=/*#]{2,})?\.?"
)
_MAX_MARKED_CHARS = 60


def marked_signoff(line: str, rules: WireRules, agency: str | None) -> str | None:
    """The agency a closing line signs off with, when marks set it off: the dateline's own agency
    after a dash ("--SPA", "--(Petra)"), a listed one, or any short name after slashes, which
    never lead a writer's sign-off ("/// nCa, 5 November 2026"). None for anything else.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> marked_signoff("--SPA", rules, "SPA"), marked_signoff("--(Petra)", rules, "Petra")
    ('SPA', 'Petra')
    >>> marked_signoff("/// nCa, 5 November 2026", rules, None)
    'nCa'
    >>> marked_signoff("-- Jane Doe", rules, None) is None, marked_signoff("--QXA", rules, None) is None
    (True, True)
    """
    text = line.strip()
    if len(text) > _MAX_MARKED_CHARS or (match := _MARKED.fullmatch(text)) is None:
        return None
    who, date = match.group("who").strip(), match.group("date")
    if date is not None and not any(c.isdigit() for c in date):
        return None  # "-- Jane Doe, Staff Writer": a writer
    if agency is not None and who.casefold() == agency.strip().casefold():
        return agency.strip() if who == agency.strip() else who
    if rules.is_agency(who):
        return rules.canonical_agency(who)
    if match.group("marks").startswith("/") and len(who.split()) <= 2 and len(who) <= 20:
        return who
    return None


# "Via MTI", "via Anadolu Agency": the agency the copy came through, alone on a closing line.
_VIA = regexes.compile(r"(?i:via)\s+(?P<who>[^\W\d_][\w&.'’-]*(?: [\w&.'’-]+){0,3})\.?")
# Ground News and its like: "Read Full Article at TASS" (no "the": AllAfrica's "Read the original
# article on X" is a credit of the paper).
_READ_FULL = regexes.compile(
    r"(?i:read|view|see|continue reading)\s+(?i:full|complete|entire)\s+(?i:article|story|report)\s+(?i:at|on)\s+"
    r"(?P<who>[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,4})\.?"
)


def closing_source(line: str, rules: WireRules) -> str | None:
    """The agency a closing "Via X" or "Read Full Article at X" line names, or None.

    >>> from cleannews.wire.rules import wire_rules
    >>> closing_source("Via MTI", wire_rules()), closing_source("Read Full Article at Anadolu Agency", wire_rules())
    ('MTI', 'Anadolu Agency')
    >>> closing_source("Via Appia is the oldest road.", wire_rules()) is None
    True
    """
    text = line.strip()
    if len(text) > _MAX_MARKED_CHARS:
        return None
    if (via := _VIA.fullmatch(text)) is not None:
        who = via.group("who")
        return rules.canonical_agency(who) if rules.is_agency(who) else None
    if (read := _READ_FULL.fullmatch(text)) is not None:
        who = read.group("who")
        named = rules.is_agency(who) or rules.is_organisation(who) or len(who.split()) <= 3
        return rules.canonical_agency(who) if named else None
    return None


_ADDRESS = r"(?:https?://|www\.)\S+"
# A share or print line: "Shared from Apple News", "Source URL: https://...", "Printed on 05/11/2026
# 15:12", a share address alone.
_SHARE_LINE = regexes.compile(
    rf"(?i:shared|sent|clipped|saved)\s+(?i:from|via|with)\s+"
    rf"(?:{_ADDRESS}|[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,3}})\.?"
    rf"|(?i:source url|original url|url|link|permalink|article url|original article|source link|source)"
    rf"\s*:\s*{_ADDRESS}"
)
# A share address alone: an opaque token in its path, as share links carry ("apple.news/3HyyCtYVFtbo_mE16exAXp",
# "news.google.com/articles/CBMi..."); an address of words or of a document ("/pmc/articles/PMC3662288/") is a
# reference the story gives.
_SHARE_ADDRESS = regexes.compile(r"(?:https?://|www\.)[^\s/]+/\S*?(?P<token>[\w-]{16,})\S*")
_OPAQUE = regexes.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)")
_PRINTED = regexes.compile(r"(?i:printed|retrieved|accessed|downloaded|saved)\s+(?i:on|at)\s+(?P<when>.{4,60})")


def is_share_line(line: str, rules: WireRules) -> bool:
    """A line an aggregator, a share sheet or a print view adds below the story.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> [is_share_line(t, rules) for t in ("Shared from Apple News", "Printed on 05/11/2026 15:12")]
    [True, True]
    >>> is_share_line("Source URL: https://example.com/world/123", rules)
    True
    >>> is_share_line("Printed on recycled paper, the report runs to 300 pages.", rules)
    False
    >>> is_share_line("https://apple.news/3HyyCtYVFtbo_mE16exAXp", rules)
    True
    >>> is_share_line("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3662288/", rules)
    False
    >>> is_share_line("http://amzn.to/2A6mxCW", rules)
    False
    """
    from cleannews.wire.timestamp import is_timestamp

    text = line.strip()
    if len(text) > 300:
        return False
    if _SHARE_LINE.fullmatch(text) is not None:
        return True
    if (address := _SHARE_ADDRESS.fullmatch(text)) is not None and _OPAQUE.match(address.group("token")):
        return True
    printed = _PRINTED.fullmatch(text)
    return printed is not None and is_timestamp(printed.group("when"), rules)


# The label over a block of related headlines or of tags.
_RELATED_LABEL = regexes.compile(
    r"(?i)(?:related|more|other|latest|recommended|popular|trending|top)"
    r"(?: news| stories| articles| posts| links| reading| content| coverage| reports| items| headlines)"
    r"(?: on this(?: story| topic)?| for you)?|related|read also|also read|see also|you may also like"
    r"|you might also like|read next|more on this(?: story| topic)?"
)
_TAG_LABEL = regexes.compile(r"(?i)tags|topics|keywords|tagged|tagged with|filed under")
_MAX_BLOCK_LINES = 12
#: How many lines above the last the wire pass reads for a block (the label and its items).
RESIDUE_BLOCK_LINES = _MAX_BLOCK_LINES + 1
_MAX_HEADLINE_WORDS = 16
_MAX_TAG_WORDS = 4


def _is_headline(text: str) -> bool:
    """A related story's headline: a short line, no sentence (no closing full stop)."""
    words = text.split()
    return 0 < len(words) <= _MAX_HEADLINE_WORDS and text.rstrip()[-1:] not in ".!?:;,\"”'’" and text[:1].isupper()


def _is_tag(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_TAG_WORDS and text.rstrip()[-1:] not in '.!?:;,"”'


def residue_block(texts: Sequence[str]) -> int:
    """How many of ``texts`` (non-blank lines, the last one closing the text) form a block of
    related-story headlines or of tags under its label ("Related News", "Tags"); 0 if none.

    >>> residue_block(["The talks end Monday.", "Related News", "Trade talks to resume", "Rain expected"])
    3
    >>> residue_block(["The talks end Monday.", "Tags", "Russia", "Ukraine crisis"])
    3
    >>> residue_block(["Related news emerged on Monday.", "Prices rose."])
    0
    """
    lines = [t.strip() for t in texts[-_MAX_BLOCK_LINES - 1 :]]
    for count in range(2, len(lines) + 1):
        label = lines[-count].rstrip(":").strip()
        items = lines[len(lines) - count + 1 :]
        if _RELATED_LABEL.fullmatch(label):
            return count if all(_is_headline(item) for item in items) else 0
        if _TAG_LABEL.fullmatch(label):
            return count if all(_is_tag(item) for item in items) else 0
        if not (_is_headline(lines[-count]) or _is_tag(lines[-count])):
            return 0
    return 0


# A tag line: "Tags: Argentina, Falkland Islands, Mercosur."
_TAG_LINE = regexes.compile(r"(?i:tags|topics|keywords|tagged(?: with)?|filed under)\s*:\s*(?P<items>.{2,300})")


def is_tag_line(line: str) -> bool:
    """A line of tags under a label: "Tags: Argentina, Falkland Islands, Mercosur.".

    >>> is_tag_line("Tags: Argentina, Falkland Islands, Mercosur."), is_tag_line("Topics: what the talks covered.")
    (True, False)
    """
    match = _TAG_LINE.fullmatch(line.strip())
    if match is None:
        return False
    items = [item.strip() for item in match.group("items").rstrip(".").split(",")]
    return all(0 < len(item.split()) <= _MAX_TAG_WORDS and not item.endswith(("!", "?")) for item in items) and (
        len(items) > 1 or len(items[0].split()) <= 2
    )


# --- above the story ---------------------------------------------------------------------------

# An aggregator's provider line with the story's age: "TASS · 3h", "Anadolu Agency • 10h ago".
_PROVIDER_AGE = regexes.compile(
    r"(?P<who>[^\W\d_][\w&.'’-]*(?: [\w&.'’-]+){0,4})\s*[·•|]\s*"
    r"\d{1,2}\s?(?:h|hr|hrs|m|min|mins|d|w|hours?|minutes?|days?)(?: ago)?"
)
# An item's number on an agency's page: "News ID: 85012345", "Story No. 1234", "Article ID 5521".
_ITEM_NUMBER = regexes.compile(r"(?:[A-Z][a-z]+ )?(?:ID|Id|No\.?|Number|Code|Ref\.?)\s*[:#.]?\s*[A-Z]{0,4}[-\d]{4,14}")
# A read-later export's lines: the site's domain alone, and "Saved from ADDRESS".
_DOMAIN = regexes.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
_SAVED_AT = regexes.compile(r"(?i:saved|clipped|archived)(?i: on)?:? (?P<time>[\w ,./:-]{6,40})")
_CLOCK = regexes.compile(r"\b\d{1,2}:\d{2}\b")
_SOURCE_ADDRESS = regexes.compile(rf"(?i:source|source url|url|link|original)\s*:\s*{_ADDRESS}")
_SAVED_FROM = regexes.compile(rf"(?i:saved|clipped|archived|shared)\s+(?i:from|on|via)\s+{_ADDRESS}")


def provider_line(line: str) -> str | None:
    """The provider an aggregator's head line names beside the story's age ("TASS · 3h"), or None.

    >>> provider_line("Anadolu Agency · 10h"), provider_line("Jane Doe said · 3h later") is None
    ('Anadolu Agency', True)
    """
    text = line.strip()
    if len(text) > 80 or (match := _PROVIDER_AGE.fullmatch(text)) is None:
        return None
    who = match.group("who")
    return who if all(word[:1].isupper() or not word[:1].isalpha() for word in who.split()) else None


def head_residue(line: str) -> str | None:
    """What a head line of a page's residue is ("item number", "domain", "saved from"), or None.

    >>> head_residue("News ID: 85012345"), head_residue("tass.com"), head_residue("Saved from https://x.com/a")
    ('item number', 'domain', 'saved from')
    >>> head_residue("No. 10 Downing Street said"), head_residue("Officials met in Rome.")
    (None, None)

    A note's or an export's own lines over a pasted page: when it was saved, the page's address.

    >>> head_residue("Saved on July 1, 2026 at 1:23 PM"), head_residue("Saved: 19/07/2026 14:55")
    ('saved at', 'saved at')
    >>> head_residue("Source: https://www.example.com/news/talks.html"), head_residue("Source: Reuters")
    ('source address', None)
    >>> head_residue("Saved on the way home, the dog recovered.")
    """
    text = line.strip()
    if len(text) > 200:
        return None
    if _ITEM_NUMBER.fullmatch(text):
        return "item number"
    if _DOMAIN.fullmatch(text):
        return "domain"
    if _SAVED_FROM.fullmatch(text):
        return "saved from"
    if (saved := _SAVED_AT.fullmatch(text)) is not None and _CLOCK.search(saved.group("time")):
        return "saved at"
    if _SOURCE_ADDRESS.fullmatch(text):
        return "source address"
    return None


# An agency's credit line with its desks' credits in brackets: "AGERPRES (RO - author: Jane Doe,
# editor: John Roe; EN - author: ...)".
_BRACKETED_CREDITS = regexes.compile(
    r"(?P<agency>[^\W\d_][\w&.'’-]*(?: [\w&.'’-]+){0,3})\s*\((?P<inner>[^()]{8,400})\)\.?"
)
_LANGUAGE_DESK = regexes.compile(r"[A-Z]{2,3}\s*[-–—:]\s*")
_ROLE_BREAK = regexes.compile(r"\s*,\s*(?=[^\W\d_][\w -]{1,25}:)")


def bracketed_credits(line: str, rules: WireRules) -> bool:
    """An agency's name over its desks' credits in brackets, each desk's clauses after its language code.

    >>> from cleannews.wire.rules import wire_rules
    >>> bracketed_credits("AGERPRES (RO - author: Jane Doe, editor: John Roe; EN - author: Ann Lee)", wire_rules())
    True
    >>> bracketed_credits("AGERPRES (the agency) said on Monday the talks would go on", wire_rules())
    False
    """
    match = _BRACKETED_CREDITS.fullmatch(line.strip())
    if match is None or not rules.is_agency(match.group("agency")):
        return False
    return _desk_credits(match.group("inner"), rules, coded=False)


def _desk_credits(inner: str, rules: WireRules, coded: bool) -> bool:
    """Whether ``inner`` is desks' credits: each desk's clauses after its language code ("RO - author:
    X, editor: Y; EN - author: Z"), the code required on every desk when ``coded``."""
    from cleannews.wire.trailer import credit_clauses

    for desk in inner.split(";"):
        desk = desk.strip()
        if (code := _LANGUAGE_DESK.match(desk)) is not None:
            desk = desk[code.end() :]
        elif coded:
            return False
        if not all(credit_clauses(clause, rules) for clause in _ROLE_BREAK.split(desk)):
            return False
    return True


def desk_credits(line: str, rules: WireRules) -> str | None:
    """The desks' credits of a closing line that is nothing but them in brackets, each desk's clauses
    after its language code, as an agency prints its Romanian and English desks' (the credits without
    the brackets, as a bracketed credit line's); None for anything else.

    >>> from cleannews.wire.rules import wire_rules
    >>> desk_credits("(RO - author: Jane Doe, editor: John Roe; EN - author: Ann Lee, editor: Jo Bloggs)", wire_rules())
    'RO - author: Jane Doe, editor: John Roe; EN - author: Ann Lee, editor: Jo Bloggs'
    >>> desk_credits("(EN - the author said the figures were revised)", wire_rules()) is None
    True
    >>> desk_credits("(author: Jane Doe)", wire_rules()) is None  # no desk's code: a credit line of its own
    True
    """
    text = line.strip()
    if not (text.startswith("(") and text.endswith(")")) or len(text) > 400:
        return None
    inner = text[1:-1].strip()
    return inner if _desk_credits(inner, rules, coded=True) else None


# --- closing lines known by their shape, for every reader of closing lines (round thirty-six) --------

# A desk code after the agency's name, groups of capitals with no marks: "UNI XC SNG".
_AGENCY_CODE = regexes.compile(r"(?P<agency>[A-Z][A-Za-z]{1,9})(?:\s+[A-Z]{2,3}){2,3}")
# Initials under a rule of marks: "====== R.H.", "---- L.Y." (the initials are the credit, the rule a trailer).
_RULED_INITIALS = regexes.compile(r"(?:={3,}|-{3,}|_{3,}|\*{3,})\s*(?P<initials>(?:[A-Z][a-z]?\.){1,3}[A-Z]?[a-z]?\.?)")
# When the desk sent the copy, in figures and a zone, maybe after the agency's name and before the year,
# maybe the local time before the world's: "BNA 0858 GMT 2026", "15:32 LOCAL TIME 12:32 GMT".
_SENT_CLOCK = r"(?:[01]\d|2[0-3])(?::?[0-5]\d)\s*(?:GMT|UTC|(?i:local time|local))"
_SENT_TIME = regexes.compile(
    rf"(?:(?P<agency>[A-Z][A-Za-z]{{1,9}})\s+)?{_SENT_CLOCK}(?:\s*[/,(-]?\s*{_SENT_CLOCK}\)?)?(?:\s+(?:19|20)\d\d)?"
)
# A line of hashtags only: "#Dubai #GCC".
_HASHTAGS = regexes.compile(r"(?:#[^\W\d_][\w-]{0,40}[\s,]*){1,10}")
# An aggregator's call to follow it, with where and what for: "Follow us on Google News for the latest updates."
_FOLLOW_US = regexes.compile(
    r"(?:Follow|Join|Find) us on (?:Google News|Twitter|X|Facebook|Instagram|Telegram|WhatsApp|LinkedIn|YouTube"
    r"|Threads|TikTok|Bluesky|social media)(?: (?:and|or|&) [A-Z][\w ]{1,20}?)?"
    r"(?:\s*(?:for|to get|to stay|to receive|to read)\b[^.!?:]{2,60})?[.!]?"
)


def closing_shape(line: str, rules: WireRules, agency: str | None = None) -> tuple[str, str | None] | None:
    """What a closing line known by its shape alone is, as ``(kind, value)`` (a ``Trailer``'s): a desk
    or staff code (a credit, as printed: "BSS/AB/CD/1745 hrs", "/DS/", "UNI XC SNG" after a listed
    agency or the dateline's ``agency``), initials under a rule (the initials are the credit:
    "====== R.H."), desks' credits in brackets (the credits without them), the time the desk sent the
    copy ("BNA 0858 GMT 2026", "15:32 LOCAL TIME 12:32 GMT": a stamp), a line of hashtags or an
    aggregator's call to follow it on a network (no field). None for anything else. The wire pass
    reads these only in the run of closing lines under the story's last paragraph, and the chrome
    pass leaves them there for it.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> closing_shape("BSS/AB/CD/1745 hrs", rules), closing_shape("UNI XC SNG", rules, "UNI")
    (('credit', 'BSS/AB/CD/1745 hrs'), ('credit', 'UNI XC SNG'))
    >>> closing_shape("QXA XC SNG", rules), closing_shape("QXA XC SNG", rules, "QXA")  # (no listed agency)
    (None, ('credit', 'QXA XC SNG'))
    >>> closing_shape("PTI NSD RT", rules)
    ('credit', 'PTI NSD RT')
    >>> closing_shape("====== R.H.", rules), closing_shape("BNA 0858 GMT 2026", rules)
    (('credit', 'R.H.'), ('stamp', None))
    >>> closing_shape("15:32 LOCAL TIME 12:32 GMT", rules), closing_shape("#Dubai #GCC", rules)
    (('stamp', None), ('marker', None))
    >>> closing_shape("Follow us on Google News for the latest updates.", rules)
    ('marker', None)

    Prose, fractions and a story's own lines are none:

    >>> [closing_shape(t, rules) for t in ("24/7", "1/2", "He won 6/4 6/3.", "NO MORE WAR", "The UN DR BIG")]
    [None, None, None, None, None]
    >>> closing_shape("Organisers asked residents to follow us on social media for news of closures.", rules)
    >>> closing_shape("The campaign, run under the hashtag #CleanRiversNow, drew 4,000 volunteers.", rules)
    >>> closing_shape("Follow us on Twitter, the minister told reporters, and you will see why.", rules)
    >>> closing_shape("Shares rose 12 GMT", rules), closing_shape("#1", rules), closing_shape("# Results", rules)
    (None, None, None)
    """
    text = line.strip()
    if not text or len(text) > 400:
        return None
    if is_desk_code(text):
        return "credit", text
    if len(text) <= _MAX_CODE_CHARS and (coded := _AGENCY_CODE.fullmatch(text)) is not None:
        name = coded.group("agency")
        if rules.is_agency(name) or rules.is_agency_initials(name) or (agency is not None and name == agency.strip()):
            return "credit", text
    if (ruled := _RULED_INITIALS.fullmatch(text)) is not None:
        return "credit", ruled.group("initials")
    if (credits := desk_credits(text, rules)) is not None:
        return "credit", credits
    if len(text) <= _MAX_MARKED_CHARS and (sent := _SENT_TIME.fullmatch(text)) is not None:
        sender = sent.group("agency")
        if sender is None or rules.is_agency(sender) or (sender.isupper() and len(sender) <= 6):
            return "stamp", None
    if _HASHTAGS.fullmatch(text) is not None or _FOLLOW_US.fullmatch(text) is not None:
        return "marker", None
    return None
