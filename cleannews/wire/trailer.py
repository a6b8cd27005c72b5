"""Closing lines of wire copy: "(END)", "Source: ...", "(Reporting by ...)", sign-offs, e-mails, copyright."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cleannews import regexes
from cleannews.wire.byline import parse_byline, plausible_bare_names, signing_name
from cleannews.wire.fields import record_field
from cleannews.wire.names import looks_like_holder, looks_like_name, looks_like_names, split_names
from cleannews.wire.residue import closing_shape
from cleannews.wire.rules import WireRules

_SEPARATOR = regexes.compile(r"^\s*(?:[_\-—–=*~#·•]\s*){3,}$|^\s*\*\s*\*\s*\*\s*$")
# An address, or the placeholder a scraped page left where one was ("[email protected]")
_EMAIL = regexes.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]")
# A sentence ends with a full stop, the ideographic "。" or the danda "।" (Hindi), or a closing quote.
_SENTENCE_END = regexes.compile(r"[.!?…。！？।]['\"”’»)\]」』）]*$|[\"”’»」』]$")
# What a reader can reach a reporter by: an e-mail, a handle, a phone number, a web address.
_CONTACT_TOKEN = regexes.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]|(?<![\w@])@\w{2,30}"
    r"|(?<!\w)(?=(?:\D{0,2}\d){7})\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,4}\)?){1,4}(?!\w)"
    r"|https?://\S+|www\.\S+"
)
_TELEPHONE = regexes.compile(r"(?<![\w@])(?=(?:\D{0,2}\d){7})\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,4}\)?){1,4}(?!\w)")
_URL = regexes.compile(r"https?://\S+|www\.\S+")
_CONTACT_SENTENCE = regexes.compile(r"(?<=[.!?])\s+(?=[A-Z@])")
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
        "on",
        "via",
        "phone",
        "tel",
        "call",
        "text",
        "twitter",
        "x",
        "for",
        "comments",
        "feedback",
        "questions",
        "tips",
        "inquiries",
        "enquiries",
    ]
)
# "Contact Jane Doe at ...", "Reach the reporter at ...", "Follow her on Twitter: @x", "Got a tip? ..."
_CONTACT_FRAME = regexes.compile(
    r"(?:(?:To )?(?:Contact|Reach|E-?mail|Write to|Call|Text|Message|DM|Send (?:news )?tips to|Tips?:)"
    r"|Follow\b.{0,60}?\bon (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon|LinkedIn|TikTok)\b"
    r"|(?:Got|Have) (?:a )?(?:news )?tips?\?)"
    r"(?P<rest>.*)$"
)
# "Jane Doe can be reached at ...", "Jane Doe is a staff writer for the Courier.", "She covers crime."
_REACHED = regexes.compile(r"(?P<who>.{2,60}?) (?:can|may) be (?:reached|contacted|e-?mailed) (?:at|on|by|via) .+$")
_BIO = regexes.compile(
    r"(?P<who>.{2,60}?) (?:is (?:a|an|the) .{2,120}|covers .{2,120}|writes (?:about|on|for) .{2,120}"
    r"|reports (?:on|for) .{2,120}|has (?:covered|reported) .{2,120})$"
)
_PRONOUNS = frozenset(["he", "she", "they", "him", "her", "them", "us"])
# Link text that a page dump leaves behind a link: "..., opens new tab", "(opens in a new window)".
_LINK_DECORATION = regexes.compile(r"[,.]?\s*\(?(?:opens|open) (?:in )?(?:a )?new (?:tab|window)\)?\.?$", re.IGNORECASE)
# A promotion closing wire copy: "Follow AP's coverage at https://...", "View original content: ..."
_PROMO = regexes.compile(
    r"(?:Follow|Read|Find|See|Get|Sign up|Subscribe|Watch|Listen|Learn|Check out|Visit|Download|More|Click|"
    r"For more|View|Explore|Discover|Keep up|Stay up)\b",
    re.IGNORECASE,
)
# "Reporting by X in Y", "Editing: Z": a role of one to three words, then names.
_CLAUSE = regexes.compile(
    r"(?:[Aa]nd\s+)?(?P<role>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}?)"
    r"(?: [Bb]y| de| por| par| von| di| door|\s*:)\s+(?P<names>.+)"
)
# The agencies' reporting credit in French, Spanish, Portuguese, Italian: the role noun with no "by".
_BARE_CLAUSE = regexes.compile(r"(?P<role>Reportage|Reportaje|Reportagem|Reportaggio|Reporte)\s+(?P<names>[A-Z].+)")
# Clauses part at a semicolon, at a comma before "Role by", or with no mark at all before a
# capitalised "Role by" ("Reporting by Jane Doe Editing by John Roe", as feeds strip the ";").
_CLAUSE_BREAK = regexes.compile(
    r"\s*;\s*|\s*,\s*(?=(?:and\s+)?[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}? (?:[Bb]y|de|por|par|von) )"
    r"|\s+(?=[A-Z][\w-]*(?: [a-z][\w-]*)? [Bb]y\s)"
)
_INLINE_CREDIT = regexes.compile(r"\s*\((?P<inner>[^()]{4,300})\)\s*$")
_END_THEN_AGENCY = regexes.compile(r"[(\[]?(?:END|ENDS)[)\]]?\s*[-—–]?\s*(?P<agency>[^\W\d_][\w&.' -]{1,40}?)\.?")
# An end mark glued to the last paragraph: "... on Monday. (END)", "……运行。（完）", Xinhua's "... Enditem"
_INLINE_END = regexes.compile(r"\s*\((?:END|끝)\)\s*$|\s*[（(]完[）)]\s*$|\s+Enditem\s*$")
# An agency signing off at the end of the last paragraph: "... on Monday. (ANI)"
_INLINE_SIGNOFF = regexes.compile(r"\s*[(（](?P<agency>[^()（）\n]{2,40})[)）]\s*$")


# Where and how a monitoring service heard its source, after the outlet's name: "IRNA news agency
# website, Tehran, in English 0912 gmt 5 Nov 26" names "IRNA news agency website".
# A site's closing line naming the agency it took the story from, its label before the name:
# "Courtesy: dpa", "Courtesy of EFE", "Via Anadolu Agency" (a listed agency only: "Courtesy: Jane Doe"
# credits a picture).
_LABELLED_AGENCY = regexes.compile(
    r"(?i:courtesy\s*[:：]|courtesy of|via\s*[:：]?)\s*(?P<source>[^\W\d_][\w&.'’ -]{0,40}?)\.?"
)
_MONITORED = regexes.compile(r",\s*[A-Z][\w .'’-]{1,40},\s*in [A-Z][a-z]+(?: and [A-Z][a-z]+)?\b[^,]{0,60}$")
# A desk's line: capitalised codes over the editors' initials ("BBC Mon ME1 MEPol ib/jm").
_DESK_LINE = regexes.compile(r"(?:[A-Z][A-Za-z0-9]{1,9} ){2,6}[a-z]{2,3}/[a-z]{2,3}")


@dataclass(frozen=True, slots=True)
class Trailer:
    """What a closing line is: ``kind`` is marker, separator, source, signoff, credit, email, copyright,
    byline, contact, stamp, or card and bio (an author's card: the name line, and the sentence under it)."""

    kind: str
    value: str | None = None  # the source, credit or copyright it carries


def is_separator(line: str) -> bool:
    """A rule line: "___", "---", "* * *".

    >>> is_separator("___"), is_separator("* * *"), is_separator("-- Reuters")
    (True, True, False)
    """
    return _SEPARATOR.match(line) is not None


# Mailboxes of a site's business (subscriptions, sales, support), not of a writer or a newsroom:
# an address at one closing a page is no credit. Compared without dots, dashes and underscores.
_SERVICE_MAILBOXES = frozenset(
    [
        *("subs", "subscriptions", "subscribe", "subscriber", "subscribers", "circulation", "membership", "members"),
        *("customerservice", "customercare", "service", "services", "support", "help", "helpdesk"),
        *("info", "information", "sales", "orders", "order", "shop", "store", "billing", "accounts"),
        *("advertising", "ads", "adsales", "marketing", "events", "webmaster", "noreply", "donotreply"),
        *("privacy", "legal", "careers", "jobs", "hr"),
    ]
)
_MAILBOX = regexes.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def service_addresses_only(line: str) -> bool:
    """Whether every e-mail address on a line is a mailbox of the site's business ("subs@",
    "info@", "support@"), none a writer's or a newsroom's ("jdoe@", "editorial@", "tips@").

    >>> service_addresses_only("E-mail: subs@jpost.com"), service_addresses_only("Write to customer.service@x.com")
    (True, True)
    >>> service_addresses_only("kimsy@yna.co.kr"), service_addresses_only("contact: editorial@rttnews.com")
    (False, False)
    """
    boxes = _MAILBOX.findall(line)
    return bool(boxes) and all(box.casefold().translate(_JOINERS) in _SERVICE_MAILBOXES for box in boxes)


_JOINERS = str.maketrans("", "", ".-_")


def has_contact_token(line: str) -> bool:
    """Whether a line holds an e-mail address, a handle, a telephone number or a web address.

    >>> has_contact_token("Contact: Jane Doe, 212-555-0187"), has_contact_token("Contact: Jane Doe")
    (True, False)
    """
    return _CONTACT_TOKEN.search(line) is not None


def has_email(line: str) -> bool:
    return _EMAIL.search(line) is not None


_CONTACT_ONLY = regexes.compile(
    r"[(<\[]?\s*(?:[Ee]-?mail\s*:\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\])\s*[)>\]]?"
)


def is_contact_only(line: str) -> bool:
    """A line that is an e-mail address and nothing else: "jdoe@heraldcorp.com", "(jdoe@x.com)".

    >>> is_contact_only("jdoe@heraldcorp.com"), is_contact_only("Write to jdoe@x.com about it.")
    (True, False)
    """
    return _CONTACT_ONLY.fullmatch(line.strip()) is not None


def ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line.rstrip()) is not None


# The words of the paragraph a writer's name signs, at least: a story's last paragraph, not a list's item.
MIN_SIGNED_PARAGRAPH_WORDS = 6


def signs_the_story(paragraph: str, line: str, rules: WireRules) -> bool:
    """Whether ``line``, right under a story's last ``paragraph``, is a writer's name alone signing
    it: the paragraph is prose that ends its sentence.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> signs_the_story("The forum will last three days, and more than forty countries take part in it.",
    ...                 "Елена Волкова", rules)
    True
    >>> signs_the_story("Read more", "Елена Волкова", rules)
    False
    """
    return (
        signing_name(line, rules) and ends_sentence(paragraph) and len(paragraph.split()) >= MIN_SIGNED_PARAGRAPH_WORDS
    )


def credit_clauses(text: str, rules: WireRules) -> bool:
    """Whether ``text`` is made of credit clauses only: "Reporting by X in Y; Editing by Z".

    >>> from cleannews.wire.rules import wire_rules
    >>> credit_clauses("Reporting by Will Dunham; Editing by Tom Brown", wire_rules())
    True
    >>> credit_clauses("Reporting by the Guardian showed that prices rose", wire_rules())
    False
    >>> credit_clauses("Reportage Jane Doe, édité par John Roe", wire_rules())
    True
    >>> credit_clauses("Reportage Jane Doe", wire_rules())
    False
    """
    parts = _CLAUSE_BREAK.split(text.strip().rstrip("."))
    for part in parts:
        match = _CLAUSE.fullmatch(part)
        if (match is None or match.group("role").casefold() not in rules.credit_roles) and len(parts) > 1:
            match = _BARE_CLAUSE.fullmatch(part)  # "Reportage Jane Doe, édité par John Roe"
        if match is None or match.group("role").casefold() not in rules.credit_roles:
            return False
        if not (looks_like_names(match.group("names")) or _agencies_only(match.group("names"), rules)):
            return False  # "Additional reporting by Reuters" credits an agency
    return bool(parts)


# Brackets around a whole closing line: "(...)", "[...]", and the full-width "（...）" and "【...】".
_BRACKET_PAIRS = frozenset(["()", "[]", "（）", "【】"])


def _unwrap(line: str) -> str:
    text = line.strip()
    while text[:1] + text[-1:] in _BRACKET_PAIRS:
        text = text[1:-1].strip()  # "((jdoe@thomsonreuters.com; +44 20 7542 7924))": a terminal's brackets too
    return text.lstrip("-—– ").rstrip()


def _is_contact_words(text: str) -> bool:
    """An e-mail address with only contact words and capitalised words (names, places) beside it."""
    if _EMAIL.search(text) is None:
        return False
    rest = _CONTACT_TOKEN.sub(" ", text).strip(" \t-—–:|/()<>[].,;")
    words = rest.replace(":", " ").replace("|", " ").replace(",", " ").split()
    return len(words) <= 6 and all(w.casefold() in _CONTACT_WORDS or not w[0].islower() for w in words)


def _is_contact_sentence(sentence: str) -> bool:
    """One sentence of a contact line: a frame ("Contact X at ...", "X can be reached at ...")
    around a contact token, or names and contact words beside one."""
    has_token = _CONTACT_TOKEN.search(sentence) is not None
    if (frame := _CONTACT_FRAME.match(sentence)) is not None:
        rest = frame.group("rest")
        if sentence.startswith("Follow"):
            who = sentence[len("Follow") :].split(" on ")[0].strip()
            return who.casefold() in _PRONOUNS or who.startswith("@") or looks_like_names(who)
        return has_token and len(rest.split()) <= 16
    if (reached := _REACHED.match(sentence)) is not None:
        who = reached.group("who")
        return has_token and (who.casefold() in _PRONOUNS or looks_like_names(who) or who.startswith("The "))
    return has_token and _is_contact_words(sentence)


def _is_contact(line: str) -> bool:
    """A reporter's contact line: "kimsy@yna.co.kr", "Contact Jane Doe at jd@x.com or 555-0100.",
    "Jane Doe covers city hall. Reach her at jd@x.com." (a short bio counts beside a contact)."""
    if len(line.split()) > 60 or _CONTACT_TOKEN.search(line) is None:
        return False
    if _is_contact_words(line):  # "kimsy@yna.co.kr", "정덕현 칼럼니스트 thekian1@entermedia.co.kr"
        return True
    contact = False
    for sentence in _CONTACT_SENTENCE.split(line.strip()):
        sentence = sentence.strip()
        if _is_contact_sentence(sentence):
            contact = True
            continue
        bio = _BIO.match(sentence.rstrip("."))
        if bio is None or len(sentence.split()) > 30:
            return False
        who = bio.group("who")
        if not (who.casefold() in _PRONOUNS or looks_like_names(who)):
            return False
    return contact


def is_promo(line: str) -> bool:
    """A promotion with a link closing wire copy: "Follow AP's coverage at https://apnews.com/hub/x".

    >>> is_promo("View original content:https://www.prnewswire.com/news-releases/x.html")
    True
    >>> is_promo("The full report is available at www.example.org/report.")
    False
    """
    return len(line.split()) <= 40 and _PROMO.match(line) is not None and _URL.search(line) is not None


# A closing line (credits, a copyright notice) is never longer than this.
MAX_TRAILER_CHARS = 1000


def truncated_credit(text: str, rules: WireRules) -> str | None:
    """A bracketed credit line that an extractor or a feed cut short: whole credit clauses, then
    the start of the next one and no closing bracket ("(Reporting by Jane Doe; Editing by Jo").

    >>> from cleannews.wire.rules import wire_rules
    >>> truncated_credit("(Reporting by Jane Doe in Washington; Editing by Jo", wire_rules())
    'Reporting by Jane Doe in Washington; Editing by Jo'
    >>> truncated_credit("(Reporting by Jane Doe; Editing by John Roe)", wire_rules()) is None
    True
    >>> truncated_credit("(Reporting by the Guardian showed that; prices rose", wire_rules()) is None
    True
    """
    if text[:1] != "(" or ")" in text:
        return None
    inner = text[1:].strip()
    whole, semicolon, cut = inner.rpartition(";")
    cut = cut.strip()
    if not semicolon or not credit_clauses(whole, rules) or not cut[:1].isupper():
        return None
    # The clause cut short: a role's words, maybe "by" and the start of a name ("Editing by Jo").
    role = " ".join(cut.split()[:2]).casefold()
    if len(cut.split()) > MAX_CUT_CLAUSE_WORDS or not any(role.startswith(known) for known in rules.credit_roles):
        return None
    return inner


# At most this many words of the clause cut short at the end of a truncated credit line.
MAX_CUT_CLAUSE_WORDS = 6


# A feed's footer under the story it carries (WordPress): "The post TITLE appeared first on SITE."
_FEED_FOOTER = regexes.compile(r"The (?:post|article|story|entry) .{2,300}? appeared first on [A-Z0-9][^!?]{1,80}")


def is_feed_footer(line: str) -> bool:
    """Whether a line is the footer a feed prints under each story it carries: "The post TITLE
    appeared first on SITE." (a credit under agency copy, the site's own text under its own story).

    >>> is_feed_footer("The post 5 Best Budget Laptops appeared first on KVTR News 7.")
    True
    >>> is_feed_footer("The post office appeared first on the list of closures, officials said!")
    False
    """
    return _FEED_FOOTER.fullmatch(line.strip()) is not None


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
    >>> classify_trailer("Courtesy: dpa", rules), classify_trailer("Via Anadolu Agency", rules)
    (Trailer(kind='source', value='dpa'), Trailer(kind='source', value='Anadolu Agency'))
    >>> classify_trailer("Courtesy: Jane Doe", rules), classify_trailer("Via Appia", rules)
    (None, None)
    """
    if len(line) > MAX_TRAILER_CHARS:
        return None  # a paragraph (and the patterns below backtrack on very long lines)
    text = _LINK_DECORATION.sub("", line.strip()).strip()
    if not text:
        return None
    if is_separator(text):
        return Trailer("separator")
    if rules.marker.fullmatch(text):
        return Trailer("marker")
    for pattern in rules.sources:
        if (match := pattern.fullmatch(text)) and _is_source_name(
            source := _without_stop(_MONITORED.sub("", match.group("source").strip()), rules), rules
        ):
            return Trailer("source", source)
    if (labelled := _LABELLED_AGENCY.fullmatch(text)) and rules.is_agency(agency := labelled.group("source")):
        return Trailer("source", agency)  # "Courtesy: EFE", "Via Anadolu Agency": the agency as printed
    if _DESK_LINE.fullmatch(text):
        return Trailer("credit", text)  # "BBC Mon ME1 MEPol ib/jm": a monitoring desk's line
    if len(text) <= 60 and "(" in text and rules.is_agency(text):
        return Trailer("signoff", rules.canonical_agency(text))  # "African News Agency (ANA)", as listed
    if (initials := _BRACKETED_INITIALS.fullmatch(text)) and rules.is_agency_initials(initials.group(1)):
        return Trailer("signoff", initials.group(1))  # "(NAN)": News Agency of Nigeria, by its initials
    if len(text) <= 40 and _is_signoff_name(agency := text.strip("()[]（）【】=—–- .\t"), rules):
        return Trailer("signoff", rules.canonical_agency(agency))
    if len(text) <= 40 and text[:1] == "/" == text[-1:] and rules.is_agency(agency := text.strip("/ ")):
        return Trailer("signoff", rules.canonical_agency(agency))  # "/ritzau/": the agency between slashes
    if (ended := _END_THEN_AGENCY.fullmatch(text)) and _is_signoff_name(agency := ended.group("agency"), rules):
        return Trailer("signoff", rules.canonical_agency(agency))  # "(END) Dow Jones Newswires"
    if (signed := _dash_signoff(text, rules)) is not None:
        return signed
    if rules.copyright.fullmatch(text):
        return Trailer("copyright", _COPYRIGHT_LABEL.sub("", text))  # "Copyright: Copyright X 2026": the notice
    unwrapped = _unwrap(text)
    if credit_clauses(unwrapped, rules):
        return Trailer("credit", unwrapped)
    if (cut := truncated_credit(text, rules)) is not None:
        return Trailer("credit", cut)
    for pattern in rules.credits:
        match = pattern.fullmatch(text)
        if match is not None and _credit_groups_ok(match, rules):
            # (a pattern's "credit" group is the credit when the line holds more: a date code after it)
            return Trailer("credit", match.group("credit") if "credit" in match.re.groupindex else unwrapped)
    if _is_contact(text) and not service_addresses_only(text):
        return Trailer("email", _unwrap(text))  # "((jdoe@...; +44 20 ...))", "-Jane Doe; 415-...; ask@..."
    if is_promo(text):
        return Trailer("marker")
    if (note := copy_note(text, rules)) is not None:
        return note  # "This story has been corrected to ...", "AP NFL: https://apnews.com/hub/nfl"
    if (found := record_field(text, rules, below=True)) is not None:
        # "Load-Date: February 13, 2026", "End of Document"; "Copyright: X" is the copyright
        return Trailer("copyright", found.value) if found.label == "copyright" else Trailer("field")
    if _is_editors_line(text, rules):
        return Trailer("credit", text)  # "Hala Zain / Mazen Eyon": the writer and the editor (SANA)
    if (shaped := closing_shape(text, rules)) is not None:
        return Trailer(*shaped)  # "BSS/AB/CD/1745 hrs", "====== R.H.", "BNA 0858 GMT 2026", "#Dubai #GCC"
    return None


def _is_editors_line(text: str, rules: WireRules) -> bool:
    """A line of two to four people's names between slashes, nothing else: the writer and the
    editors an agency's copy closes with ("Hala Zain / Mazen Eyon"). A site's path ("Home / World
    News") and a pair of outlets are no people.

    >>> from cleannews.wire.rules import wire_rules
    >>> [_is_editors_line(t, wire_rules()) for t in ("Hala Zain / Mazen Eyon", "Home / World News", "Jane Doe")]
    [True, False, False]
    """
    names = text.split(" / ")
    return 2 <= len(names) <= 4 and all(
        looks_like_name(name) and plausible_bare_names(name, rules) for name in map(str.strip, names)
    )


# An agency's initials in brackets: "(NAN)".
_BRACKETED_INITIALS = regexes.compile(r"[(（\[]([A-Z]{3,6})[)）\]]")
# A desk editor's initials after a source: "Source: Reuters/ec", "AFP/fh" (lower case: "AFP/Reuters" is two).
_EDITOR_INITIALS = regexes.compile(r"/[a-z]{1,3}$")
_COPYRIGHT_LABEL = regexes.compile(r"^Copyright\s*:\s*(?=Copyright\b|©|\([cC]\))")
_DASHED = regexes.compile(r"^(?:--|—|–|-)\s*(?P<who>[^\W\d_].{1,60})$")
_ACRONYM = regexes.compile(r"^[A-Z][A-Z&-]{1,15}$")
# A whole line in quotation marks: the quote that an attribution ("— Mark Twain") belongs to.
_QUOTATION = regexes.compile(r"^[\"“‘'«„].*[\"”’'»](?:[.!?…]?)$|^[\"“‘'«„].*[.!?…][\"”’'»]?$", re.DOTALL)


def is_quotation(line: str) -> bool:
    """A line that is a quotation from start to end, as an epigraph is.

    >>> is_quotation('"The reports of my death are greatly exaggerated."'), is_quotation("He said so.")
    (True, False)
    """
    text = line.strip()
    return len(text) > 2 and _QUOTATION.match(text) is not None


# An unlisted acronym signs off a story only if it is no word ("FAQ", "ENDS", "SPA" are).
_MAX_ACRONYM_ZIPF = 3.0


def _is_signoff_name(text: str, rules: WireRules) -> bool:
    """An agency signing off a story: a listed one, or an unlisted one in capitals ("VNS", "KUNA")."""
    if rules.is_agency(text) or (len(text) <= 40 and _agencies_only(text.replace("/", " and "), rules)):
        return True  # "Reuters", "Reuters/AP", "Agencies"
    if not (3 <= len(text) <= 8 and _ACRONYM.match(text) is not None) or text.casefold() in rules.not_places:
        return False
    if "&" in text:
        return False  # "Q&A", "R&D": word lists know no such form, and no unlisted agency signs with one
    from cleannews.words import zipf

    return zipf(text.casefold(), "en") < _MAX_ACRONYM_ZIPF


def is_dashed(line: str) -> bool:
    """A line led by a dash: a sign-off ("— Jane Doe"), or an item of a list."""
    return _DASHED.match(line.strip()) is not None


# A paper's short name in capitals before an agency's in a sign-off: "TIMES" of "– TIMES/AFP".
_DESK_NAME = regexes.compile(r"[A-Z][A-Z.&'-]{1,15}")


def _dash_signoff(text: str, rules: WireRules) -> Trailer | None:
    """A name after a dash signing off the story: "— Jane Doe", "-- Jane Doe, Staff Writer" (the
    writer), "-- BERNAMA" (an agency in capitals, listed or not), "– TIMES/AFP" (the paper's desk
    with the agency: the agency signs).

    >>> from cleannews.wire.rules import wire_rules
    >>> _dash_signoff("– TIMES/AFP", wire_rules()), _dash_signoff("– TIMES/Acme", wire_rules())
    (Trailer(kind='signoff', value='AFP'), None)
    """
    match = _DASHED.match(text)
    if match is None:
        return None
    who = match.group("who").strip().rstrip(".")
    if _is_signoff_name(who, rules) or rules.is_organisation(who):  # not initials: "— JS"
        return Trailer("signoff", rules.canonical_agency(who))
    desk, slash, agency = who.rpartition("/")
    if slash and rules.is_agency(agency) and _DESK_NAME.fullmatch(desk.strip()) is not None:
        return Trailer("signoff", rules.canonical_agency(agency.strip()))  # "– TIMES/AFP": the paper's desk with AFP
    byline = parse_byline(who, rules, bare=True)
    if byline is not None:
        return Trailer("byline", byline.names)
    return Trailer("byline", who) if looks_like_names(who) else None


def _without_stop(value: str, rules: WireRules) -> str:
    """A name without the full stop that closed its line, but for a company's ("Acme Holdings Ltd.").

    >>> from cleannews.wire.rules import wire_rules
    >>> _without_stop("Yonhap News Agency.", wire_rules()), _without_stop("Kestrel Mobility Ltd.", wire_rules())
    ('Yonhap News Agency', 'Kestrel Mobility Ltd.')
    >>> _without_stop("Reuters/ec", wire_rules()), _without_stop("AFP/Reuters", wire_rules())
    ('Reuters', 'AFP/Reuters')
    """
    if (initials := _EDITOR_INITIALS.search(value)) is not None and value[: initials.start()].strip():
        value = value[: initials.start()]  # "Reuters/ec": the editor's initials after the agency
    if not value.endswith("."):
        return value
    last = value.split()[-1]
    if "." in last[:-1] or (len(last) <= 5 and last[:-1].casefold() in rules.org_words):  # "L.P.", "Inc."
        return value
    return value.rstrip(".")


def _is_source_name(value: str, rules: WireRules) -> bool:
    """What a source line names: an agency, an organisation or a short label, not a sentence."""
    if not value or (ends_sentence(value) and len(value.split()) > 5):
        return False
    if rules.is_agency(value):  # "Source: dpa"
        return True
    return looks_like_holder(value) or (len(value.split()) <= 5 and not value[0].islower())


def _credit_groups_ok(match: re.Match[str], rules: WireRules) -> bool:
    """A credit pattern's groups read as what they name: ``names`` as people (or agencies:
    "AFP contributed to this report"), ``holder...`` groups as a name, an organisation or a date."""
    for group, value in match.groupdict().items():
        if value is None:
            continue
        value = value.strip()
        if group.startswith("names") and not (looks_like_names(value) or _agencies_only(value, rules)):
            return False
        if group.startswith("holder") and not (
            looks_like_holder(value) or looks_like_names(value) or _agencies_only(value, rules)
        ):
            return False
    return True


_GENERIC_CONTRIBUTORS = frozenset(
    ["wire services", "wire reports", "news services", "news agencies", "agencies", "staff", "staff reports", "wires"]
)


def _agencies_only(text: str, rules: WireRules) -> bool:
    """ "AFP", "Reuters and The Associated Press", "wire services": agencies, not people."""
    parts = split_names(text)
    return bool(parts) and all(rules.is_agency(p) or p.casefold() in _GENERIC_CONTRIBUTORS for p in parts)


def inline_trailer(line: str, rules: WireRules) -> tuple[str, Trailer] | None:
    """Credits or an end marker closing the last paragraph: "... said. (Reporting by X)".

    Returns the text to cut (with its leading space) and what it is.

    >>> from cleannews.wire.rules import wire_rules
    >>> inline_trailer("Talks resume on Monday. (Reporting by Jane Doe; Editing by John Roe)", wire_rules())[0]
    ' (Reporting by Jane Doe; Editing by John Roe)'
    >>> inline_trailer("Talks resume (on Monday).", wire_rules()) is None
    True
    >>> inline_trailer("Talks resume on Monday. (ANI)", wire_rules())
    (' (ANI)', Trailer(kind='signoff', value='ANI'))
    """
    # Only the paragraph's end can hold its credits: search no further back than that.
    offset = max(0, len(line) - MAX_TRAILER_CHARS)
    if offset:
        found = inline_trailer(line[offset:], rules)
        return found if found is None or line[:offset].strip() else None
    if (match := _INLINE_END.search(line)) and match.start() > 0 and ends_sentence(line[: match.start()]):
        return match.group(0), Trailer("marker")
    if (signed := _inline_signoff(line, rules)) is not None:
        return signed
    match = _INLINE_CREDIT.search(line)
    if match is None or match.start() == 0 or not ends_sentence(line[: match.start()]):
        return None
    inner = match.group("inner").strip()
    if credit_clauses(inner, rules):
        return match.group(0), Trailer("credit", inner)
    return None


def _inline_signoff(line: str, rules: WireRules) -> tuple[str, Trailer] | None:
    """A listed agency in brackets after the last sentence: "... on Monday. (ANI)"."""
    match = _INLINE_SIGNOFF.search(line)
    if match is None or match.start() == 0 or not ends_sentence(line[: match.start()]):
        return None
    agency = match.group("agency").strip()
    if rules.is_agency(agency) or _agencies_only(agency.replace("/", " and "), rules):
        return match.group(0), Trailer("signoff", rules.canonical_agency(agency))
    if rules.is_agency_initials(agency):  # "... on Monday. (NAN)"
        return match.group(0), Trailer("signoff", agency)
    return None


# An author's card under the story: the writer's name on a line, over one sentence on what the
# writer does ("Lopez covers wildfires and climate for The Associated Press.").
_CARD_SENTENCE = regexes.compile(
    r"(?P<who>[^\W\d_][\w.'’ -]{0,60}?) (?:covers|writes (?:about|on|for)|reports (?:on|for|from)"
    r"|has (?:covered|reported)|is (?:a|an|the)|was (?:a|an|the)|joined|leads|edits|produces|anchors|hosts)"
    r" .{2,240}[.!]$"
)
# What the sentence says the person is, for a name that is not the byline's: someone who reports.
_JOURNALISM = regexes.compile(
    r"(?i)\b(?:reporters?|correspondents?|journalists?|writers?|editors?|columnists?|photographers?|photojournalist"
    r"|producers?|videographer|bureau|newsroom|news|press|anchor)\b"
)
# A sentence that reports what someone said is the story's, not a card's.
_ATTRIBUTION = regexes.compile(r"\b(?:said|says|told|added|according to)\b")
_MAX_CARD_WORDS = 45


def author_card(name_line: str, sentence: str, byline: str | None) -> bool:
    """Whether ``name_line`` over ``sentence`` is the author's card that a page prints under the
    story: the sentence says what the named person does, and the name is the byline's, or the
    sentence says the person reports (a profile's "RAY ORTIZ" over "Ortiz is a volunteer
    firefighter" is body text, and so is a sentence saying what someone said).

    >>> author_card("MARIA LOPEZ", "Lopez covers wildfires and climate for The Associated Press.", None)
    True
    >>> author_card("RAY ORTIZ", "Ortiz is a volunteer firefighter who lost his home.", None)
    False
    >>> author_card("Jane Doe", "Doe is a historian of medieval France.", "Jane Doe and John Roe")
    True
    >>> author_card("HELEN MARSH", "Marsh covers the cost of the shelter herself, she said.", None)
    False
    """
    from cleannews.wire.people import fold

    name = name_line.strip()
    text = sentence.strip()
    if not looks_like_name(name) or len(text.split()) > _MAX_CARD_WORDS:
        return False
    match = _CARD_SENTENCE.match(text)
    if match is None:
        return False
    words = [fold(w) for w in name.split()]
    who = fold(match.group("who")).split()
    if not who or who != words[len(words) - len(who) :]:  # "Lopez", "Maria Lopez", "Van Dam"
        return False
    if _ATTRIBUTION.search(text):
        return False
    if byline and any(fold(person).split() == words for person in split_names(byline)):
        return True
    return _JOURNALISM.search(text[match.end("who") :]) is not None


# A contact block is a few short lines: a label, names, titles, the company, addresses, numbers.
MAX_CONTACT_LINES = 10
_MAX_CONTACT_WORDS = 12
_MAX_CONTACT_CHARS = 160
_CONTACT_LINK_WORDS = frozenset(["of", "and", "for", "&", "at", "de", "or", "on", "in", "the", "to"])


def _is_contact_line(text: str) -> bool:
    """A line of a contact block: an address or a number, or a short line of capitalised words
    (a name, a title, a company, a street) that is no sentence."""
    if len(text) > _MAX_CONTACT_CHARS:
        return False
    words = text.split()
    if not words or len(words) > _MAX_CONTACT_WORDS:
        return False
    if _CONTACT_TOKEN.search(text) is not None:
        rest = _CONTACT_TOKEN.sub(" ", text).replace(":", " ").replace(",", " ").replace("|", " ").split()
        return all(not w[0].islower() or w.casefold() in _CONTACT_WORDS | _CONTACT_LINK_WORDS for w in rest)
    if len(words) > 8 or (ends_sentence(text) and len(words) > 4):
        return False
    return all(not w[0].islower() or w in _CONTACT_LINK_WORDS for w in words)


def contact_block(texts: Sequence[str], rules: WireRules) -> int:
    """How many of ``texts`` (non-blank lines, the last one closing the block) form a press
    release's contact block: a label ("Media Contact:", "For more information, contact:") and the
    lines below it, at least one of them an e-mail address, a telephone number or a web address.
    0 when the last lines are no contact block (a label and an address on one line, "Contact:
    jdoe@x.com", is a reporter's contact line, a credit).

    >>> from cleannews.wire.rules import wire_rules
    >>> contact_block(["It ships in May.", "Media Contact:", "Jane Doe", "jane@acme.com"], wire_rules())
    3
    >>> contact_block(["Media contacts at the ministry did not respond.", "jane@acme.com"], wire_rules())
    0
    """
    reachable = False
    for count, text in enumerate(reversed(texts[-MAX_CONTACT_LINES:]), start=1):
        text = text.strip()
        if len(text) > _MAX_CONTACT_CHARS:
            return 0
        label, rest = text, ""
        if (colon := text.find(":")) > 0:
            label, rest = text[: colon + 1], text[colon + 1 :].strip()
        if rules.contact_label.fullmatch(label) and (not rest or _is_contact_line(rest)):
            reachable = reachable or _CONTACT_TOKEN.search(rest) is not None
            if count == 1:
                # one labelled line is a reporter's contact ("Contact: jdoe@x.com"), unless it gives a
                # telephone number: a press office's, CNW's "For further information: Media: NAME, PHONE"
                return 1 if _TELEPHONE.search(rest) is not None else 0
            return count if reachable else 0
        if not _is_contact_line(text):
            return 0
        reachable = reachable or _CONTACT_TOKEN.search(text) is not None
    return 0


# A contact block printed with no label (EIN Presswire's over its "email us here" link): a person's
# name on top, then a few lines of a company, a title, numbers, at least one a telephone number.
MAX_UNLABELLED_CONTACT_LINES = 4


def unlabelled_contact_block(texts: Sequence[str], rules: WireRules) -> int:
    """How many of ``texts`` (non-blank lines, the last one closing the block) form a contact block
    with no label: two to four contact lines, the first a person's name alone, the last a telephone
    number, none a sentence. 0 when the last lines are no such block.

    >>> from cleannews.wire.rules import wire_rules
    >>> unlabelled_contact_block(["It ships in May.", "Jane Doe", "Acme Foods LLC", "(303) 555-0119"], wire_rules())
    3
    >>> unlabelled_contact_block(["It ships in May.", "Call 555-0119 for tickets."], wire_rules())
    0
    >>> unlabelled_contact_block(["The Board", "Acme Foods LLC", "(303) 555-0119"], wire_rules())
    0
    """
    last = texts[-1].strip() if texts else ""
    if not _TELEPHONE.search(last) or not _is_contact_line(last) or ends_sentence(last):
        return 0
    for count in range(2, min(MAX_UNLABELLED_CONTACT_LINES, len(texts)) + 1):
        line = texts[-count].strip()
        if not _is_contact_line(line) or (ends_sentence(line) and not rules.is_organisation(line)):
            return 0  # (a company's legal form may end in a full stop: "Northwind Analytics, Inc.")
        if (
            len(line.split()) <= 4
            and _CONTACT_TOKEN.search(line) is None
            and looks_like_names(line)
            and not rules.is_organisation(line)
        ):
            return count
    return 0


def contact_run(texts: Sequence[str], start: int, rules: WireRules) -> int:
    """How many of ``texts`` from ``start`` on form a press release's contact block, its label first.

    >>> from cleannews.wire.rules import wire_rules
    >>> contact_run(["Contact:", "Jane Doe", "jane@acme.com", "Source: Acme Corp"], 0, wire_rules(()))
    3
    """
    limit = min(len(texts), start + MAX_CONTACT_LINES)
    for index in range(start + 1, limit):
        if (trailer := classify_trailer(texts[index], rules)) is not None and trailer.kind != "email":
            limit = index  # a closing line of its own ("Source: Acme Corp") ends the block
            break
    for end in range(limit, start + 1, -1):
        if contact_block(texts[start:end], rules) == end - start:
            return end - start
    return 0


def closing_run(lines: Sequence[str], rules: WireRules) -> int:
    """How many of ``lines``, read upwards from the last, are closing lines of wire copy (credits,
    sign-offs, copyright, separators): the run the wire pass moves into metadata.

    >>> from cleannews.wire.rules import wire_rules
    >>> closing_run(["The talks end Monday.", "(Reporting by Jane Doe)", "", "© 2024 Reuters"], wire_rules())
    3
    """
    count = 0
    for line in reversed(lines):
        if line.strip() and classify_trailer(line, rules) is None:
            break
        count += 1
    return count


# --- notes on the copy itself, and pointers to more of it (round twenty) -------------------------

# What a closing note calls the copy it closes: "This story ...", "This Nov 5 article ...".
_THIS_COPY = (
    r"This(?: [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r" (?:story|article|report|content|item|piece|post|column|analysis|fact[- ]check|version|headline|summary)"
)
# A note on who or what made the copy: "This story was generated by Automated Insights ...",
# "This article was produced by the Reuters Fact Check team.", "This content was created by X, ...".
_MADE_NOTE = regexes.compile(
    _THIS_COPY + r" (?:was|has been|is|were) (?:(?:automatically|partly|originally) )?"
    r"(?:generated|produced|created|written|compiled|prepared|edited|translated|reported|auto-generated)"
    r" by (?P<agent>[^,.;:()]{2,80}?)(?=[,.;:(]| using | with | for | in | at | and is |$).{0,400}"
)
# A note saying what the copy is part of: "This is part of AP's effort to address ...".
# A bare "This is part of" refers to the copy only when an outlet's effort follows ("AP's", not "the
# city's": "This is part of the city's effort to cut emissions." closes a story as its text).
_PART_NOTE = regexes.compile(
    r"This (?P<copy>(?:story|article|report|coverage|content|piece|item) )?is (?:part|one) of "
    r"(?:(?P<owner>(?:[Tt]he )?[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,4})(?:’s|'s|’|') |an? |the )(?:[\w'’-]+ ){0,5}"
    r"(?:effort|series|project|initiative|partnership|collaboration|programme|program|coverage)\b.{0,500}"
)
# Where more of the copy is: an address, or a terminal's code in brackets ("[ID:nBw1234]", "[ACME.O]").
_TARGET = r"(?:https?://\S+|www\.\S+|\[[^\]\s]{2,40}\])"
# A pointer line: a short label, a colon and nothing but addresses or codes ("AP NFL:
# https://apnews.com/hub/nfl", "Source text for Eikon: [ID:nBw1234]", "Further company coverage: [ACME.O]"),
# or a sentence telling the reader to click or type a code ("... customers can click on [DOE/]").
_POINTER = regexes.compile(
    r"(?P<label>[A-Z][^:.!?]{1,60}?)\s*:\s*" + _TARGET + r"(?:\s*(?:,|;|\band\b|\bor\b)\s*" + _TARGET + r")*\s*\.?"
    r"|(?P<lead>[A-Z][^.!?]{2,160}?)\b(?:click|type|tap|see)(?: on| in)?\s+\[[^\]\s]{2,40}\]\.?"
)
_MAX_POINTER_LABEL_WORDS = 8


def _by_people(agent: str, rules: WireRules) -> bool:
    """Whether the maker a note names is a person or people, not a team, a service or an outlet."""
    agent = agent.strip()
    return looks_like_names(agent) and plausible_bare_names(agent, rules) and not rules.is_organisation(agent)


def copy_note(text: str, rules: WireRules) -> Trailer | None:
    """A closing note about the copy itself, or a pointer to more of it, in any outlet's words:
    which team, service or outlet made it (a credit), what it is part of, where more is (no field).
    A note on what a correction changed stays in the text below the story (round fourteen), and so
    does a note naming the people who wrote or edited it (the ground truth of ../shared/data).

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> copy_note("This story was generated by Automated Insights using data from Zacks.", rules)
    Trailer(kind='credit', value='This story was generated by Automated Insights using data from Zacks.')
    >>> copy_note("This article was edited by Jane Doe and John Roe.", rules) is None
    True
    >>> copy_note("AP NFL: https://apnews.com/hub/nfl", rules), copy_note("Further company coverage: [ACME.O]", rules)
    (Trailer(kind='marker', value=None), Trailer(kind='marker', value=None))
    >>> copy_note("This story has been corrected to show the vote was on Tuesday.", rules) is None
    True
    >>> copy_note("The full report is available at www.example.org/report.", rules) is None
    True
    >>> copy_note("This is part of The Associated Press' ongoing effort to fact-check claims.", rules)
    Trailer(kind='marker', value=None)
    >>> copy_note("This is part of the city's effort to cut emissions by 2030.", rules) is None
    True
    """
    if len(text) > MAX_TRAILER_CHARS or (not text[:1].isupper() and text[:1] != "("):
        return None
    unwrapped = _unwrap(text)
    if (made := _MADE_NOTE.fullmatch(unwrapped)) is not None and not _by_people(made.group("agent"), rules):
        return Trailer("credit", unwrapped)  # a team, a service, an outlet made it: "This post was written
        # by Jane Doe, Head of Marketing" closing a site's own page is its text (../shared/data keeps it)
    if (part := _PART_NOTE.fullmatch(unwrapped)) is not None and (
        part.group("copy") or ((owner := part.group("owner")) and rules.is_organisation(owner[:1].upper() + owner[1:]))
    ):
        return Trailer("marker")
    if (pointer := _POINTER.fullmatch(text)) is not None:
        label = pointer.group("label") or pointer.group("lead")
        if len(label.split()) <= _MAX_POINTER_LABEL_WORDS or pointer.group("lead"):
            return Trailer("marker")
    return None


# A label over a block of items that a service prints under its copy: "CONTEXT NEWS", "Key facts:".
_BLOCK_LABEL = regexes.compile(r"[A-Z][A-Z0-9&' -]{2,40}|[A-Z][\w&' -]{2,40}:")
_MAX_BLOCK_ITEMS = 8
_ITEM = regexes.compile(r"[-–—•*·]\s+\S")


def item_block(texts: Sequence[str]) -> int:
    """How many of ``texts`` (non-blank lines, the last one closing the block) form a labelled
    block of items: a short label in capitals or before a colon, over dashed or bulleted items
    ("CONTEXT NEWS" over "- The company said ..."). 0 when they do not. The caller asks only
    between closing lines, so a list ending the story's own text is never asked about.

    >>> item_block(["It ended.", "CONTEXT NEWS", "- Shares rose 18%.", "- The deal closes in May."])
    3
    >>> item_block(["The union listed its demands:", "- pay", "- hours"])
    0
    """
    items = 0
    for count, text in enumerate(reversed(texts[-(_MAX_BLOCK_ITEMS + 1) :]), start=1):
        text = text.strip()
        if _ITEM.match(text):
            items += 1
            continue
        if items and len(text.split()) <= 4 and _BLOCK_LABEL.fullmatch(text) and not ends_sentence(text):
            return count
        return 0
    return 0
