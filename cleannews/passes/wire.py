"""Lift news-wire metadata: headline tags, dateline, byline, and the credits that close a story.

Looks only where wire copy puts metadata, and takes a line only when a pattern accounts for all
of it: the headline (tags in front, an agency behind), the head of the body (byline lines, then
the dateline that opens the lede) and the tail (a run of closing lines, read upwards from the
end, stopping at the first line of body text). Patterns come from ``cleannews/lexicon/wire/*.toml``
plus ``Config.wire_patterns``; the detectors are in :mod:`cleannews.wire`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from cleannews import regexes
from cleannews.document import Dateline, Document, Edit, Line, Metadata, Removal
from cleannews.wire.byline import (
    MAX_BYLINE_CHARS,
    Byline,
    affiliation_of,
    has_byline_prefix,
    is_brand,
    is_place_name,
    is_prefix_alone,
    outlet_before_role,
    parse_byline,
    plausible_bare_names,
    strip_places,
    without_shift_notes,
)
from cleannews.wire.dateline import DatelineMatch, agency_form, find_dateline, find_standalone_dateline
from cleannews.wire.fields import is_source_code, publication_name, record_field
from cleannews.wire.markdown import (
    ARCHIVE_TOOLBAR,
    CONSENT_WALL,
    CRAWLER_FRONT_MATTER,
    CRAWLER_HEADER,
    LINK_ITEM,
    LINKS_ONLY,
    MENU_HEADING,
    SETEXT_UNDERLINE,
    MarkedLine,
    has_marks,
    is_heading,
    marked,
)
from cleannews.wire.names import looks_like_names, split_names
from cleannews.wire.residue import (
    RESIDUE_BLOCK_LINES,
    bracketed_credits,
    closing_shape,
    closing_source,
    head_residue,
    is_desk_code,
    is_share_line,
    is_tag_line,
    marked_signoff,
    provider_line,
    residue_block,
)
from cleannews.wire.rules import WireRules, wire_rules
from cleannews.wire.tags import split_tags
from cleannews.wire.timestamp import (
    Timestamp,
    head_label,
    is_labelled_timestamp,
    is_timestamp,
    read_timestamp,
    source_beside_time,
)
from cleannews.wire.trailer import (
    MAX_CONTACT_LINES,
    Trailer,
    author_card,
    classify_trailer,
    contact_block,
    contact_run,
    ends_sentence,
    has_contact_token,
    has_email,
    inline_trailer,
    is_contact_only,
    is_dashed,
    is_feed_footer,
    is_quotation,
    item_block,
    signs_the_story,
    unlabelled_contact_block,
)
from cleannews.words import resolve_language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from cleannews.config import Config

NAME = "wire"
SUMMARY = "headline tags, dateline, byline and closing credits into metadata; tags, bylines, trailers out"

# A dateline may open the lede below at most this many standfirst paragraphs of this many words.
_MAX_DEKS = 2
_MAX_DEK_WORDS = 60
# A longer standfirst (a summary of a paragraph's length) counts only over a byline and its time.
_MAX_LONG_DEK_WORDS = 200
# Where a source can come from, most trusted first.
# A portal's provider line over the time ("PR Newswire") ranks under a source line: the issuer that a
# release's closing "SOURCE Acme Corp" names is its source, the wire only carried it.
_SOURCE_RANK = {"source": 0, "provider": 1, "signoff": 2, "headline": 3, "byline": 4, "dateline": 5, "note": 6}
_TRAILER_REASONS = {
    "marker": "end marker",
    "separator": "separator closing the article",
    "source": "source trailer moved to source",
    "signoff": "agency sign-off moved to source",
    "credit": "credit line moved to credits",
    "email": "reporter's e-mail moved to credits",
    "copyright": "copyright line moved to copyright",
    "byline": "closing byline moved to byline",
    "contact": "press contact block removed",
    "stamp": "publication time among the closing lines removed",
    "card": "author card (the writer's name over the bio) removed",
    "bio": "author bio moved to credits",
    "field": "a field of a database's record removed",
    "label": "contact label removed (its line moved to credits)",
}


def split_headline_tags(title: str) -> tuple[list[str], str]:
    """Headline tags at the start of ``title`` and the headline without them (packaged patterns).

    >>> split_headline_tags("(LEAD) (Asiad) Korea wins gold")
    (['LEAD', 'Asiad'], 'Korea wins gold')
    >>> split_headline_tags("(un)happy returns")
    ([], '(un)happy returns')
    """
    found = split_tags(title, wire_rules())
    return list(found.tags), title[len(found.prefix) :]


@dataclass
class _Changes:
    """What the pass will do to the lines, gathered before any is applied."""

    doc: Document
    keep_meta: bool
    lines: list[Line]
    removed: list[Removal] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    dropped: set[int] = field(default_factory=set)
    # What a database record's fields in the head gave ("dateline", "copyright"), for the metadata
    recorded: dict[str, str] = field(default_factory=dict)

    def drop(self, index: int, reason: str) -> None:
        """Take line ``index`` out of the text (once: a line two rules take is recorded by the first)."""
        if index in self.dropped:
            return
        line = self.lines[index]
        self.removed.append(Removal(NAME, line.origin, line.text, reason))
        self.dropped.add(index)

    def cut(self, index: int, before: str, reason: str, kind: str, at_end: bool = False) -> bool:
        """Cut ``before`` from the start (or the end) of line ``index``; False if it is not unique there."""
        text = self.lines[index].text
        where = text.find(before)
        if where != (len(text) - len(before) if at_end else 0):
            return False
        self.edits.append(Edit(NAME, self.lines[index].origin, before, "", reason, kind))
        self.lines[index] = Line(text[:where] + text[where + len(before) :], self.lines[index].origin)
        return True

    def result(self) -> tuple[Line, ...]:
        kept: list[Line] = []
        for i, line in enumerate(self.lines):
            if i in self.dropped or (line.is_blank and (not kept or kept[-1].is_blank)):
                continue
            kept.append(line)
        while kept and kept[-1].is_blank:
            kept.pop()
        return tuple(kept)


def _next_text(lines: list[Line], index: int) -> int:
    while index < len(lines) and lines[index].is_blank:
        index += 1
    return index


def _previous_text(lines: list[Line], index: int) -> int:
    index -= 1
    while index >= 0 and lines[index].is_blank:
        index -= 1
    return index


def detect_wire_metadata(doc: Document, cfg: Config) -> Document:
    """Move wire metadata into ``doc.meta`` and, unless ``cfg.keep_meta``, out of the text.

    Runs last, after the headline pass has marked the headline. The dateline stays in the text
    unless ``cfg.strip_dateline``. A body sentence that mentions an agency or quotes a tag stays:
    only whole lines at the head and tail, and tags at the headline's start, are taken.

    >>> from cleannews.config import Config
    >>> text = "(URGENT) Quake hits Japan\\n\\nTOKYO (Kyodo) -- A quake hit.\\n\\n(END)"
    >>> doc = detect_wire_metadata(Document.from_text(text).replace(title_line=1), Config())
    >>> doc.meta.tags, doc.meta.dateline.agency, doc.text
    (('URGENT',), 'Kyodo', 'Quake hits Japan\\n\\nTOKYO (Kyodo) -- A quake hit.')
    """
    marked_lines = {
        line.origin: view
        for line in doc.lines
        if has_marks(line.text) and (view := marked(line.text)).view != line.text
    }
    for above, below in _over_next_text(doc.lines):
        if above.origin in marked_lines and MENU_HEADING.fullmatch(above.text) and LINK_ITEM.fullmatch(below.text):
            del marked_lines[above.origin]  # "## Read more" over a menu of links: read as printed, as chrome
    # A headline's "=" underline is layout: the rules read the head as if it were not there.
    underlines = [
        line for above, line in pairwise(doc.lines) if not above.is_blank and SETEXT_UNDERLINE.fullmatch(line.text)
    ]
    # So is a page's menu of links over the story ("* [World](URL)"): page chrome, the head's walk passes it
    top = list(
        takewhile(
            lambda ln: ln.is_blank or bool(LINK_ITEM.fullmatch(ln.text) or LINKS_ONLY.fullmatch(ln.text)), doc.lines
        )
    )
    menu = [line for line in top if not line.is_blank]
    if not marked_lines and not underlines and not menu:
        return _detect(doc, cfg)
    # The rules read each line through its markdown-free view; what they take is taken as printed.
    hidden = {line.origin for line in (*underlines, *(top if menu else ()))}
    viewed = doc.replace(
        lines=tuple(
            Line(marked_lines[ln.origin].view, ln.origin) if ln.origin in marked_lines else ln
            for ln in doc.lines
            if ln.origin not in hidden
        )
    )
    if menu and doc.title_line is None:
        # The headline under the page's menu, a markdown heading, is the headline: no byline, no source
        first = next((ln for ln in doc.lines if ln.origin > menu[-1].origin and not ln.is_blank), None)
        if first is not None and is_heading(first.text):
            viewed = viewed.replace(title_line=first.origin)
    found = _detect(viewed, cfg)
    if found is viewed:
        return doc
    return _as_printed(doc, found, marked_lines, underlines, menu).replace(title_line=doc.title_line)


def _over_next_text(lines: tuple[Line, ...]) -> Iterator[tuple[Line, Line]]:
    """Each line with text and the next line with text below it."""
    return pairwise(line for line in lines if not line.is_blank)


def _as_printed(
    doc: Document, found: Document, marked_lines: dict[int, MarkedLine], underlines: list[Line], menu: list[Line]
) -> Document:
    """``found`` (the pass run over the markdown-free views) with each line, removal and cut as
    printed, and the headline's underlines back under it."""
    edits: list[Edit] = []
    for edit in found.edits[len(doc.edits) :]:
        line = marked_lines.get(edit.line)
        if line is None or edit.after or edit.before not in line.view:
            edits.append(edit)
            continue
        view = line.view
        start = (
            0
            if view.startswith(edit.before)
            else view.rfind(edit.before)
            if view.endswith(edit.before)
            else view.find(edit.before)
        )
        before, marked_lines[edit.line] = line.cut(edit.before, start)
        edits.append(dataclasses.replace(edit, before=before))
    removed = [
        dataclasses.replace(r, text=marked_lines[r.line].text) if r.line in marked_lines else r
        for r in found.removed[len(doc.removed) :]
    ]
    lines = [Line(marked_lines[ln.origin].text, ln.origin) if ln.origin in marked_lines else ln for ln in found.lines]
    for underline in underlines:
        at = next((i for i, ln in enumerate(lines) if ln.origin > underline.origin), len(lines))
        if at and not lines[at - 1].is_blank:
            lines.insert(at, underline)  # (under its headline, when the headline stays)
    if menu:  # the page's menu over the story, as it stood
        top = next(i for i, line in enumerate(doc.lines) if line.origin == menu[-1].origin) + 1
        while top < len(doc.lines) and doc.lines[top].is_blank:
            top += 1
        while lines and lines[0].is_blank:
            del lines[0]
        lines[:0] = doc.lines[:top] if lines else menu
    prior = found.removed[: len(doc.removed)]  # (a line chrome took that the pass took again as its own)
    return found.replace(lines=tuple(lines), removed=prior + tuple(removed), edits=doc.edits + tuple(edits))


def _detect(doc: Document, cfg: Config) -> Document:
    rules = wire_rules(cfg.wire_patterns)
    changes = _Changes(doc, cfg.keep_meta, list(doc.lines))
    lines = changes.lines
    # A copyright notice in the metadata already is the page's (the chrome pass took it): the
    # story's own notice, under its last line or in its head, wins over it.
    page_notice = doc.meta.copyright
    meta = doc.meta.replace(copyright=None)
    sources: list[tuple[int, str]] = []
    start = 0

    if (
        doc.title_line is not None
        and lines
        and lines[0].origin == doc.title_line
        and not _head_line_as_title(lines, rules)
    ):
        start = 1
        if (label := _TITLE_LABEL.match(lines[0].text)) is not None and not cfg.keep_meta:
            changes.cut(0, label.group(0), "a feed's label before the headline removed", "tag")
        found = split_tags(lines[0].text[label.end() :] if label and cfg.keep_meta else lines[0].text, rules)
        if found.tags or found.suffix:
            meta = meta.replace(title=found.title, tags=found.tags)
        if found.agency:
            sources.append((_SOURCE_RANK["headline"], found.agency))
        if not cfg.keep_meta:
            if found.prefix:
                plural = "s " if len(found.tags) > 1 else " "
                changes.cut(0, found.prefix, f"headline tag{plural}{', '.join(found.tags)} moved to tags", "tag")
            if found.suffix:
                changes.cut(0, found.suffix, f"agency {found.agency} after the headline moved to source", "tag", True)

    # The head: byline and timestamp lines, maybe a standfirst, then the dateline opening the lede.
    lang = resolve_language(cfg.lang, "\n".join(line.text for line in lines[start : start + 12]))
    index = _next_text(lines, start)
    byline: Byline | None = None
    deks, dated, body_start = 0, False, index
    undo: tuple[int, set[int], Byline | None, int, int] | None = None
    taken: set[str] = set()  # what the head lines below a standfirst gave: "byline", "time"
    kicked: int | None = None  # where the body starts below a kicker and its time
    longer = False  # the standfirst is a long paragraph: only a byline with its time under it vouches
    while True:
        index, byline = _head_lines(changes, index, rules, byline, sources, lang, taken)
        if deks == 1 and undo is not None and taken == {"time"} and _is_kicker(lines[undo[3]].text):
            kicked = index  # "Winter Storm" over "Updated 4:12 PM EDT, July 5, 2024": the time is the head's
        if index >= len(lines) or (
            longer and not {"byline", "time"} <= taken and not (undo and _repeated_below(lines, undo[3], index))
        ):
            break  # (a paragraph's length over its dateline alone is the lede, no standfirst)
        # Below a standfirst only the forms no lede's words have, unless the head lines under it named
        # the agency and the time ("AFP" over "Published: ..." over "Washington: ...", under a caption)
        vouched = {"byline", "time"} <= taken and bool(sources)
        meta, body_start, dated = _dateline(
            changes,
            index,
            meta,
            rules,
            sources,
            cfg.strip_dateline,
            lang,
            deks > 0 and not vouched,
            # (an agency in the byline's place, "By Bernama - ...", vouches as a head naming it does)
            fed=_from_a_feed(lines, rules) or (byline is not None and rules.is_agency(byline.names)),
        )
        if dated:
            break
        long_dek = deks == 0 and not _is_dek(lines, index) and _is_dek(lines, index, _MAX_LONG_DEK_WORDS)
        if deks < _MAX_DEKS and (_is_dek(lines, index) or long_dek):
            # Below a standfirst, the head counts only if a dateline follows it, if it names the
            # writer and gives the time ("Tom Walker in Rome" over "Tue 3 Dec 2024 14.05 GMT"), or
            # if its byline opens with "By".
            if undo is None:
                undo = (len(changes.removed), set(changes.dropped), byline, index, len(sources))
                taken.clear()
            longer = longer or long_dek
            deks += 1
            index = _next_text(lines, index + 1)
            continue
        break
    below_standfirst = {"byline", "time"} <= taken or (
        # "By Jane Doe", or "Published On 5 Nov 2026" (Al Jazeera), under the standfirst and over the story
        not longer and bool({"by", "labelled time"} & taken) and _prose_follows(lines, index)
    )
    if not dated and not below_standfirst and kicked is not None and taken == {"time"}:
        body_start = kicked
    elif not dated and undo is not None and not below_standfirst:
        del changes.removed[undo[0] :]
        del sources[undo[4] :]
        changes.dropped, byline, body_start = undo[1], undo[2], undo[3]
    elif not dated:
        body_start = index
    if (
        not (dated or cfg.keep_meta)
        and "time" in taken
        and (stamp := _first_entry_stamp(lines, body_start)) is not None
    ):
        # A live page's first entry stamp under its "Key events" block: the head's, as it is right over the lede
        changes.drop(stamp, "timestamp line (a live page's first entry stamp, below its key events) removed")
    if not dated:
        # The lede's dateline below lines the head's walk could not pass: a caption, a promotion
        meta, dated, late = _late_dateline(
            changes, body_start, meta, rules, sources, cfg.strip_dateline, lang, untitled=start == 0
        )
        byline = byline or late
    if not dated and (place := changes.recorded.get("dateline")):
        meta = meta.replace(dateline=Dateline(place, place, None, None))  # a database's "Dateline:" field
    if meta.copyright is None and (notice := changes.recorded.get("copyright")):
        meta = meta.replace(copyright=notice)
    if (take := changes.recorded.get("take")) and take not in meta.tags:
        meta = meta.replace(tags=(*meta.tags, take))  # the take of AP's slug line: "1st Ld-Writethru"
    reach = max(body_start, min(index, len(lines)))
    if byline is None and meta.byline is None and reach < len(lines):
        # A page's head that chrome took out whole ("By Jane Doe" among the share buttons and the
        # date above the article body): the line stays out, the writer goes into the metadata.
        head_origins = {line.origin for line in lines[:reach]}
        byline = byline_among(_removed_head(doc, lines[reach].origin, head_origins), rules)
        if byline is None:
            # Under a standfirst: the post-meta line chrome took with the tags beside it
            byline = _removed_under_standfirst(doc, lines, reach, rules)
    if byline is None and meta.byline is None and (opening := _opening_byline(changes, body_start, rules)):
        # "By Jane Doe" a few lines into the text, below a kicker, a repeated headline or a
        # standfirst that the head's walk could not pass; the head goes on below it
        byline, below = opening
        meta, dated = _below_opening_byline(changes, below, meta, rules, sources, cfg.strip_dateline, lang, dated)
    if byline is None and meta.byline is None:
        # A web page's own forms under the headline: "By the Lavazza Team", "Jane Doe" over "7 min read"
        byline = _page_head_byline(changes, start, rules)
    if byline is None and meta.byline is None:
        # The headline again lower down (the page's own, under its title, menus or a cut head), the byline under it
        body_origin = lines[reach].origin if reach < len(lines) else len(doc.lines) + len(doc.removed) + 1
        byline = _byline_under_repeated_headline(changes, meta, body_origin, rules)
    if byline is not None:
        meta = meta.replace(byline=meta.byline or byline.names)
        if byline.affiliation and (agency := rules.agency_of(byline.affiliation) or "") != byline.affiliation:
            # "PA Chief Reporter", "PA Scotland": the agency the writer works for is the source.
            outlet = rules.is_organisation(byline.affiliation) or is_brand(byline.affiliation, rules)
            agency = agency or (byline.affiliation if outlet else "")  # "CalMatters", "News24": a partner's brand
            agency = agency or outlet_before_role(byline.affiliation, rules) or ""  # "Nikkei Asia staff writer"
        if byline.affiliation and agency:
            sources.append((_SOURCE_RANK["byline"], rules.canonical_agency(agency)))

    meta = _tail(changes, body_start, meta, rules, sources, cfg.keep_meta)
    taken_closing = _closing_taken(doc, rules) if doc.removed else []
    for trailer in taken_closing:
        if trailer.kind == "source" and trailer.value:
            # "Source: Yonhap News Agency" that the chrome pass took with the footer under it
            sources.append((_SOURCE_RANK["source"], trailer.value))
    if meta.copyright is None and page_notice is not None:
        notices = (trailer.value for trailer in taken_closing if trailer.kind == "copyright")
        meta = meta.replace(copyright=next(notices, None) or page_notice)
    if byline is not None and meta.byline == byline.names and _publisher_with_agency(byline, meta.copyright, rules):
        meta = meta.replace(byline=None)  # "DAILY SABAH WITH AFP": the paper credits an agency, no writer
    if sources:
        meta = meta.replace(source=meta.source or min(sources, key=_rank)[1])  # the first of the most trusted
    prior = doc.removed
    if start == 1 and not cfg.keep_meta and (header := _date_header_over_headline(doc, rules)) is not None:
        # A blog's date header over the post's title (Blogger's "Tuesday, December 4, 2025"), which
        # chrome took with the page's head: the post's time, a head line
        header_taken = dataclasses.replace(prior[header], pass_name=NAME, reason=_DATE_HEADER_REASON)
        prior = (*prior[:header], header_taken, *prior[header + 1 :])
    if meta == doc.meta and not changes.removed and not changes.edits and prior is doc.removed:
        return doc
    return doc.replace(
        lines=changes.result(),
        meta=meta,
        removed=prior + tuple(changes.removed),
        edits=doc.edits + tuple(changes.edits),
    )


_DATE_HEADER_REASON = "timestamp line (the post's date header, over its headline) removed"


def _date_header_over_headline(doc: Document, rules: WireRules) -> int | None:
    """Where, among ``doc.removed``, the line chrome took right over the headline (blank lines
    between at most) stands, if it is a date alone with its year: a blog's date header over the
    post ("Tuesday, December 4, 2025") under the blog's navigation; a date bar higher up, over the
    search box or the menu, or a newsletter's issue date under its name, is no part of the story's head.

    >>> from cleannews.wire.rules import wire_rules
    >>> lines = ["Home", "Tuesday, December 4, 2025", "", "Heavy rain floods the coast", "", "It rained."]
    >>> doc = Document.from_text("\\n".join(lines)).replace(title_line=4)
    >>> gone = (Removal("chrome", 1, "Home", 'UI string "home"'), Removal("chrome", 2, lines[1], "before the body"))
    >>> doc = doc.replace(lines=doc.lines[2:], removed=gone)
    >>> _date_header_over_headline(doc, wire_rules())
    1
    >>> _date_header_over_headline(doc.replace(removed=gone[:1]), wire_rules()) is None
    True
    >>> newsletter = (Removal("chrome", 1, "Today's Headlines", "menu"), gone[1])
    >>> _date_header_over_headline(doc.replace(removed=newsletter), wire_rules()) is None
    True
    """
    if doc.title_line is None:
        return None
    at = {r.line: k for k, r in enumerate(doc.removed) if r.text.strip()}
    kept = {line.origin for line in doc.lines if not line.is_blank}
    number = doc.title_line - 1
    while number > 0 and number not in at and number not in kept:
        number -= 1  # (blank lines between the date and the headline)
    if number not in at:
        return None
    removal = doc.removed[at[number]]
    text = removal.text.strip()
    if removal.pass_name != "chrome" or _YEAR_IN_DATE.search(text) is None or _CLOCK_IN_DATE.search(text):
        return None
    if not (is_timestamp(text, rules) and read_timestamp(text, rules) is not None):
        return None
    # Under the blog's navigation ("Home"), as Blogger prints it; under a newsletter's name ("Today's
    # Headlines") the date is the issue's, the newsletter's own line
    over = number - 1
    while over > 0 and over not in at and over not in kept:
        over -= 1
    button = doc.removed[at[over]] if over in at else None
    return at[number] if button is not None and button.reason.startswith("UI string") else None


_YEAR_IN_DATE = regexes.compile(r"\b(?:19|20)\d{2}\b")
_CLOCK_IN_DATE = regexes.compile(r"\d:\d\d|\|")


def _publisher_with_agency(byline: Byline, copyright: str | None, rules: WireRules) -> bool:
    """Whether a byline names the page's publisher (the holder of its copyright) with an agency
    ("DAILY SABAH WITH AFP" over "© Copyright 2026 Daily Sabah"): a paper, not a writer.

    >>> from cleannews.wire.rules import wire_rules
    >>> _publisher_with_agency(Byline("DAILY SABAH", "AFP"), "© Copyright 2026 Daily Sabah", wire_rules())
    True
    >>> _publisher_with_agency(Byline("Jane Doe", "AFP"), "© Copyright 2026 Daily Sabah", wire_rules())
    False
    """
    if copyright is None or byline.affiliation is None or not rules.is_agency(byline.affiliation):
        return False
    holder = " ".join(_WORDS.findall(copyright.casefold()))
    names = " ".join(_WORDS.findall(byline.names.casefold()))
    return bool(names) and f" {names} " in f" {holder} " and rules.agency_of(byline.names) is None


_WORDS = regexes.compile(r"\w+")


def _closing_taken(doc: Document, rules: WireRules) -> list[Trailer]:
    """The story's own closing lines that an earlier pass took out with the page's footer: the run
    of removed lines right under the last line left that the wire's closing rules read, up to the
    first line of page chrome. Their fields still count: the story's copyright notice wins over the
    page's, a "Source: ..." line names the source.

    >>> from cleannews.wire.rules import wire_rules
    >>> doc = Document.from_text("Talks end\\n\\nIt ended.\\n© 2026 AFP\\nShare\\n© 2026 Site. All rights reserved.")
    >>> def chrome_took(*gone):
    ...     removed = tuple(Removal("chrome", i, doc.lines[i - 1].text, "page chrome") for i in gone)
    ...     return doc.replace(lines=tuple(line for line in doc.lines if line.origin not in gone), removed=removed)
    >>> _closing_taken(chrome_took(4, 5, 6), wire_rules(()))
    [Trailer(kind='copyright', value='© 2026 AFP')]
    >>> _closing_taken(chrome_took(5, 6), wire_rules(()))  # the story's notice is in the text
    []
    """
    last = next((line.origin for line in reversed(doc.lines) if line.text.strip()), -1)
    taken = sorted((r for r in doc.removed if r.line > last and r.text.strip()), key=lambda r: r.line)
    closing = [marked(removal.text).view for removal in taken]
    found: list[Trailer] = []
    index = 0
    while index < len(closing):
        trailer = classify_trailer(closing[index], rules)
        if trailer is None:
            # a release's contact block ("Contact:" over names and numbers) is read past, naming nothing
            if not (block := contact_run(closing, index, rules)):
                break
            index += block
            continue
        found.append(trailer)
        index += 1
    return found


# A feed reader's label before the headline of a saved item: "Title: UPDATE 1-Fed holds rates".
_TITLE_LABEL = regexes.compile(r"(?:Title|Headline)\s*:\s+(?=\S)")


def _rank(source: tuple[int, str]) -> int:
    return source[0]


# An agency's note to the desks under its headline: what this version changed.
_EDITORS_NOTE = regexes.compile(
    r"\((?:ATTN|EDS|EDITORS?|Eds\.?)\s*:[^()]{1,300}\)"
    r"|\((?:Adds|Updates|Recasts|Rewrites|Corrects|Changes|Refiles|Repeats|Inserts|Fixes|Removes|Moves|Resends"
    r"|Writes through)\b(?! (?:are|is|was|were|will|have|has|had|can|could|may|might|should|would)\b)"
    r"[^()]{0,300}(?<![.!?])\)"
    # AP's story slug, with its take: "AP-US--Trump-Impeachment, 4th Ld-Writethru", "BC-EU--Britain-Election"
    r"|(?:AP|BC)-[A-Z]{2,5}-{1,2}[\w.&'-]{2,80}(?:,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-)?[\w -]{2,40})?"
    # ... and as the wire of the 1990s-2000s moved it, with the cycle and the word count: "AM-Nato-Summit,0567",
    # "BC-Fed-Rates, 1st Ld-Writethru,0612"
    r"|(?:AM|PM|BC)-[A-Z][\w.&'-]*-[\w.&'-]+(?:,\s*[\w -]{2,40}?)?,\s*\d{3,4}"
)
# An advisory on what this version of the copy changed, in capitals or brackets: AFP's "CORRECTS
# spelling of town in para 4", Reuters' "(CORRECTS spelling of ...)", reuters.com's "(This Nov 5 story
# has been corrected to ...)"; and a pointer to a live page: "(For a Reuters live blog on ..., click
# LIVE/ ...)", "Follow live updates on Election Day here." (a link's text).
_ADVISORY = regexes.compile(
    r"\(?(?:ADDS|UPDATES|CORRECTS|RECASTS|REWRITES|CHANGES|REFILES|REPEATS|FIXES|INSERTS|REMOVES|CLARIFIES)"
    r" (?=[a-z\d])[^()]{1,300}(?<=[^\s(])\)?"
    r"|\(This(?: [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)? (?:story|article|report|item|version)"
    r" (?:has been|was) (?:corrected|updated|amended|refiled|clarified|changed)\b[^()]{0,300}\)"
    r"|\(For (?:a|an|the|more) [^()]{2,200}\b(?:click|type)\b[^()]{0,200}\)"
    r"|(?:Follow|Read|Watch|See|Get|Listen to|Sign up for|Subscribe to) (?:the |our |all )?(?:live|latest)"
    r" (?:updates|coverage|blog|results)\b[^.!?]{0,120}\bhere[.!:]?"
)


# A release's or a transcript's legend above the lede, in any issuer's words: "FOR IMMEDIATE RELEASE",
# "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES ...", "EMBARGOED UNTIL 00:01 GMT", "THIS IS A RUSH
# TRANSCRIPT ...", "Heard on Morning Edition", "Aired November 5, 2026 - 10:00 ET".
_RELEASE_LEGEND = regexes.compile(
    r"(?:FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease)[.:]?"
    r"|(?:NOT )?FOR (?:RELEASE|DISTRIBUTION|PUBLICATION|DISSEMINATION|BROADCAST)\b[A-Z0-9 ,.:;/&'’()-]{0,200}"
    r"|(?:EMBARGOED|Embargoed) (?:UNTIL|until|till|TILL|to|TO)\b.{2,80}"
    r"|THIS IS A RUSH TRANSCRIPT\b.{0,200}"
    r"|(?:As )?(?:Heard|Aired|Broadcast|Seen) on [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5}"
    r"|Aired [A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}(?:\s*[-–—]\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?"
)
# The issuing office under a release's legend: "Office of Public Affairs", "Press Office", "Department of Health".
_ISSUING_OFFICE = regexes.compile(
    r"(?:The )?(?:[A-Z][\w&'’-]* ){0,3}(?:Office|Department|Ministry|Bureau|Division|Secretariat|Directorate"
    r"|Newsroom|Communications|Press Service)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w&'’-]*(?: (?:and |of |& )?[A-Z][\w&'’-]*){0,5})?"
)
# A contact line under a release's legend: "Contact: Jane Doe, 212-555-0187".
_HEAD_CONTACT = regexes.compile(r"(?:(?:Media|Press|News) )?Contacts?\s*:\s*\S.{1,150}")
# A broadcast's show name over its legend: "CNN NEWSROOM" over "Aired November 5, 2026 - 10:00 ET".
_SHOW_NAME = regexes.compile(r"[A-Z0-9][A-Z0-9&'’.:-]*(?: [A-Z0-9&'’.:-]+){0,5}")


def is_release_legend(text: str) -> bool:
    """A release's or a transcript's legend above the lede.

    >>> is_release_legend("FOR IMMEDIATE RELEASE"), is_release_legend("Heard on Morning Edition")
    (True, True)
    >>> is_release_legend("For immediate release, they said, and nothing happened.")
    False
    """
    stripped = text.strip()
    return len(stripped) <= _MAX_HEAD_LINE_CHARS and _RELEASE_LEGEND.fullmatch(stripped) is not None


def is_head_advisory(text: str) -> bool:
    """An advisory to the reader or the desks above the lede about this version of the copy.

    >>> is_head_advisory("CORRECTS spelling of town in para 4"), is_head_advisory("(CORRECTS date in para 2)")
    (True, True)
    >>> is_head_advisory("(This Nov 5 story has been corrected to fix a name in paragraph 3)")
    True
    >>> is_head_advisory("UPDATES TO THE APP ARRIVE MONDAY"), is_head_advisory("Updates to the app arrive Monday.")
    (False, False)
    """
    stripped = text.strip()
    if len(stripped) > _MAX_HEAD_LINE_CHARS:
        return False
    return _ADVISORY.fullmatch(stripped) is not None


def is_editors_note(text: str) -> bool:
    """A note to the desks or the reader above the lede ("(ATTN: ADDS comments in para 3)", "(Adds
    quotes)", an AP slug, "CORRECTS ..."): a head line of the copy, never its headline.

    >>> is_editors_note("(ATTN: ADDS comments in para 3)"), is_editors_note("(LEAD) Storm hits coast")
    (True, False)
    """
    return _EDITORS_NOTE.fullmatch(text.strip()) is not None or is_head_advisory(text)


# The take of a slug that updates an earlier story: a headline tag ("1st Ld-Writethru").
_SLUG_TAKE = regexes.compile(r",\s*(?P<take>(?:\d+(?:st|nd|rd|th)\s+)?Ld-Writethru|Writethru)\b")
# The old wire's marks after a byline and its role: "By JANE DOE=" over "Associated Press Writer=".
_LINE_END_MARK = regexes.compile(r"(?<=[^\W\d_.])=\s*$")
_INNER_MARK = regexes.compile(r"(?<=[^\W\d_.])=\s+(?=\S)")


def _unmarked(text: str) -> str:
    """A head line without the old wire's "=" marks: "By JANE DOE= Associated Press Writer=" reads
    "By JANE DOE, Associated Press Writer".

    >>> _unmarked("By JANE DOE= Associated Press Writer="), _unmarked("(서울=연합뉴스) 김수연 기자 =")
    ('By JANE DOE, Associated Press Writer', '(서울=연합뉴스) 김수연 기자 =')
    """
    if "=" not in text:
        return text
    return _INNER_MARK.sub(", ", _LINE_END_MARK.sub("", text))


def _head_lines(
    changes: _Changes,
    index: int,
    rules: WireRules,
    byline: Byline | None,
    sources: list[tuple[int, str]],
    lang: str,
    taken: set[str],
) -> tuple[int, Byline | None]:
    """Take the byline lines (and an affiliation line below one) and timestamp lines from
    ``index`` on; returns where the head goes on, and the first byline. ``taken`` gains "byline"
    and "time" for what the lines gave."""
    lines = changes.lines
    first = index
    while index < len(lines):
        text = _unmarked(lines[index].text)
        if len(text) > _MAX_HEAD_LINE_CHARS:
            break  # a paragraph: the lede, or a standfirst the caller decides about
        text = without_shift_notes(text) or text  # "Jane Doe (now) and John Roe (earlier)": a live page's shifts
        if index > first and _SEPARATOR_ONLY.fullmatch(text.strip()):
            if not changes.keep_meta:
                changes.drop(index, "head line (a mark between the byline and the time) removed")
            index = _next_text(lines, index + 1)
            continue
        parsed = parse_byline(text, rules, bare=True)
        step = after = _next_text(lines, index + 1)
        while after < len(lines) and _SEPARATOR_ONLY.fullmatch(lines[after].text.strip()):
            after = _next_text(lines, after + 1)  # "Jane Doe" over "•" over the time: read past the mark
        if (credited := paper_credit_agency(text, rules)) is not None:
            # "Par Le Figaro avec AFP": the agency is the source, the paper no writer
            sources.append((_SOURCE_RANK["provider"], credited))
            taken.add("byline")
            if not changes.keep_meta:
                changes.drop(index, f"head line (a paper's credit to an agency) and source {credited} moved to source")
            index = step
            continue
        opened = _opens_with_by(text, rules)
        if parsed is None and after < len(lines) and is_prefix_alone(text, rules):
            # "By" (or "Written by") alone, the names on the next line: the two lines are the byline
            parsed = parse_byline(f"By {lines[after].text.strip()}", rules)
            if parsed is not None and not plausible_bare_names(parsed.names, rules):
                parsed = None  # "Authors" over "Find Jobs": two items of a menu
            if parsed is not None:
                if not changes.keep_meta:
                    changes.drop(index, "byline (its opening words) removed")
                index = after
                step = after = _next_text(lines, index + 1)
                text = lines[index].text
        if parsed is None and after < len(lines) and _names_above(text, lines[after].text, rules):
            parsed = Byline(strip_places(text.strip()))  # "Jane Doe" above "The Canadian Press" or a time
        elif (
            parsed is None
            and after < len(lines)
            and head_label(lines[after].text, rules) is not None
            and _leads_to_timestamp(lines, after, rules)
            and looks_like_names(text.strip())
            and plausible_bare_names(text.strip(), rules)
        ):
            parsed = Byline(text.strip())  # "Jane Doe" over "Updated" over its time (The Straits Times)
        elif parsed is None and index == first and _name_under_headline(changes, index, after, rules):
            parsed = Byline(text.strip())  # "Jane Doe" alone between the headline and the lede
        elif (
            parsed is None
            and "legend" in taken
            and looks_like_names(text.strip())
            and plausible_bare_names(text.strip(), rules)
            and not ends_sentence(text)
        ):
            parsed = Byline(text.strip())  # "Heard on Morning Edition" over the reporter's name alone
        elif parsed is None and (located := _located_names(lines, index, after, rules)) is not None:
            # "Jane Doe" over "in Hong Kong" over a publication time (SCMP): the place line goes too
            parsed = Byline(text.strip())
            if not changes.keep_meta:
                changes.drop(index, "byline moved to byline")
                changes.drop(after, "byline location (where the writer filed from) removed")
            byline = byline or parsed
            taken.update(("byline", "time"))  # the time line below it stays for the next round
            index = located
            continue
        if parsed is not None:
            byline = byline or parsed
            taken.add("byline")
            if opened:
                taken.add("by")  # "By Jane Doe" says what it is, even below a standfirst
            if not changes.keep_meta:
                changes.drop(index, "byline moved to byline")
            index = step
            if index < len(lines) and (affiliation := affiliation_of(_unmarked(lines[index].text), rules)) is not None:
                if byline.affiliation is None:
                    byline = Byline(byline.names, affiliation)
                if not changes.keep_meta:
                    changes.drop(index, "byline affiliation moved to byline")
                taken.add("by")  # "Jane Doe" over "Tech Writer" says what it is, as "By" does
                index = _next_text(lines, index + 1)
            if index < len(lines) and is_contact_only(lines[index].text):
                # "By Jane Doe" over "jdoe@heraldcorp.com": the writer's address, part of the byline
                if not changes.keep_meta:
                    changes.drop(index, "byline contact (the writer's e-mail) removed")
                index = _next_text(lines, index + 1)
        elif (label := head_label(text, rules)) is not None and _leads_to_timestamp(lines, after, rules):
            # "Updated" alone over its time; "Source: Xinhua" and "Editor: huaxia" lines over the time
            if label[1]:
                sources.append((_SOURCE_RANK["source"], label[1]))
            if not changes.keep_meta:
                named = f" and source {label[1]} moved to source" if label[1] else ""
                changes.drop(index, f"timestamp line ({label[0]} above the publication time{named}) removed")
            taken.add("time")
            index = step
        elif (
            label is not None
            and label[0] != "label"
            and (
                index > first
                or _opens_lede(lines, after, rules, lang)
                # (a listed agency alone after "Source:" says what it is, even right under the headline)
                or (label[0] == "source" and label[1] is not None and rules.is_agency(label[1]))
            )
        ):
            # "Source: CNN" under the byline and the time, or right over the dateline (a page's head);
            # "Source: AAP" alone under the headline of a page with no dateline (SBS)
            if label[1]:
                sources.append((_SOURCE_RANK["source"], label[1]))
            if not changes.keep_meta:
                named = f" and source {label[1]} moved to source" if label[1] else ""
                changes.drop(index, f"head line ({label[0]} line above the lede{named}) removed")
            index = step
        elif is_release_legend(text) or (
            after < len(lines) and _SHOW_NAME.fullmatch(text.strip()) and is_release_legend(lines[after].text)
        ):
            # "FOR IMMEDIATE RELEASE", "THIS IS A RUSH TRANSCRIPT ...", "CNN NEWSROOM" over its air time
            if not changes.keep_meta:
                changes.drop(index, "head line (a release's or a transcript's legend) removed")
            taken.add("legend")
            index = step
        elif "legend" in taken and (
            _ISSUING_OFFICE.fullmatch(text.strip())
            or (_HEAD_CONTACT.fullmatch(text.strip()) and has_contact_token(text))
        ):
            # "Office of Public Affairs", "Contact: Jane Doe, 212-555-0187" under "For Immediate Release"
            if not changes.keep_meta:
                changes.drop(index, "head line (the issuing office or its contact, under a release's legend) removed")
            index = step
        elif is_editors_note(text):
            # "(ATTN: UPDATES with details in paras 3-5)", "(Adds quotes in paragraph 4)": to the desks
            if (take := _SLUG_TAKE.search(text)) is not None:
                changes.recorded.setdefault("take", take.group("take"))
            if not changes.keep_meta:
                changes.drop(index, "head line (an editors' note to subscribers) removed")
            index = step
        elif (agency := _provider_line(text, rules)) is not None and (
            index > first
            # (the agency's name over "Kolkata: ..." vouches for the city before the colon, as a head naming it does)
            or _opens_lede(lines, after, rules, lang, colon_city=True)
            or _leads_to_timestamp(lines, after, rules)
            or (after < len(lines) and _opens_with_by(lines[after].text, rules))  # over "Story by Jane Doe"
            or _city_over_timestamp(lines, after, rules)
        ):
            # The agency's name alone among the head lines ("共同通信", "Associated Press"), or with
            # the place it filed from ("Press Trust of India | Hyderabad", Business Standard)
            sources.append((_SOURCE_RANK["provider"], agency))
            taken.add("byline")  # the story's credit line, as a byline is
            if not changes.keep_meta:
                changes.drop(index, f"head line (the agency's name) and source {agency} moved to source")
            index = step
            if _city_over_timestamp(lines, index, rules):
                # "ANADOLU AGENCY" over "ISTANBUL" over the time (Daily Sabah): where the agency filed from
                if not changes.keep_meta:
                    changes.drop(index, "head line (the city the agency filed from, over the time) removed")
                index = _next_text(lines, index + 1)
        elif "byline" in taken and "field" not in taken and (notice := _head_copyright(text, rules)) is not None:
            # "c.2006 New York Times News Service", "(c) 2006, The Washington Post" under the byline
            changes.recorded.setdefault("copyright", text.strip())
            if notice:
                sources.append((_SOURCE_RANK["source"], notice))
            if not changes.keep_meta:
                changes.drop(index, "head line (a copyright notice under the byline) moved to copyright")
            index = step
        elif (fielded := _record_field_in_head(changes, index, after, rules, sources, taken)) is not None:
            byline = byline or fielded.byline
            index = step
        elif (shaped := _residue_head(changes, index, after, rules, sources)) is not None:
            index, found = shaped
            if found is not None:
                byline = byline or found
                taken.add("byline")
        elif (source := source_beside_time(text, rules)) is not None:
            # "Source: Xinhua Published: Nov 05, 2026 03:12 PM" (Global Times): the story's record
            sources.append((_SOURCE_RANK["source"], source))
            if not changes.keep_meta:
                changes.drop(index, f"timestamp line (publication time and source {source} moved to source) removed")
            taken.add("time")
            index = step
        elif (stamp := read_timestamp(text, rules)) is not None:
            _take_timestamp(changes, index, stamp, sources)
            taken.add("time")
            if is_labelled_timestamp(text, rules):
                taken.add("labelled time")
            index = step
        elif (desk := _DESK_BESIDE_TIME.fullmatch(text.strip())) is not None and is_timestamp(desk["time"], rules):
            # "Devdiscourse News Desk | New Delhi | Updated: 12-02-2026 11:47 IST": the portal's desk, the
            # place and the time glued by bars, a head line as "Press Trust of India | New Delhi" is; a
            # desk is no writer and names no source (the dateline's agency does)
            if not changes.keep_meta:
                changes.drop(index, "timestamp line (a desk's line with the publication time) removed")
            taken.add("time")
            index = step
        else:
            break
    return index, byline


# A portal's desk beside the place and the time: "Devdiscourse News Desk | New Delhi | Updated: 12-02-2026 11:47 IST",
# "Web Desk | November 5, 2026 3:12 PM".
_DESK_BESIDE_TIME = regexes.compile(
    r"(?P<desk>[A-Z][\w.&\x27’-]*(?: [\w.&\x27’-]+){0,4} [Dd]esk)\s*[|·•]\s*(?P<time>\S.{4,100})"
)


# The holder of a copyright notice: "c.2006 New York Times News Service", "(c) 2006, The Washington Post".
_NOTICE_HOLDER = regexes.compile(r"(?:©|\([cC]\)|[cC]\.|Copyright)\s*\d{4},?\s+(?P<holder>[^\W\d_][^.]{1,80}?)\.?")


def _head_copyright(text: str, rules: WireRules) -> str | None:
    """For a copyright notice among the head lines, the news service that holds it when one is
    named ("New York Times News Service": the source), else ""; None for any other line."""
    text = text.strip()
    if text[:1].isdigit() or not rules.copyright.fullmatch(text):
        return None
    holder = _NOTICE_HOLDER.fullmatch(text)
    return holder.group("holder") if holder and rules.is_agency(holder.group("holder")) else ""


# No head line runs longer than this (an editors' note to the desks is the longest).
_MAX_HEAD_LINE_CHARS = 320
# A line of a mark alone, between a page's head lines: "•", "|", "—".
_SEPARATOR_ONLY = regexes.compile(r"[|•·⋅/—–-]")
# How many of the lines chrome removed right above the article body are read for a byline: one
# that opens with "By" in all of them, names alone only in the nearest.
_REMOVED_HEAD_LINES = 24
_REMOVED_HEAD_BARE_LINES = 8


@dataclass(frozen=True, slots=True)
class _Fielded:
    """What a field line of a database's record gave: the byline, when it was one."""

    byline: Byline | None = None


def _record_field_in_head(
    changes: _Changes,
    index: int,
    after: int,
    rules: WireRules,
    sources: list[tuple[int, str]],
    taken: set[str],
) -> _Fielded | None:
    """Take line ``index`` when it is a field of a database's record ("Length: 523 words",
    "Byline: Jane Doe", "Dateline: LONDON", "448 words"), a publication's name over such fields
    ("Reuters News", "The Guardian (London)"), or a copyright line among them; None otherwise."""
    lines = changes.lines
    text = lines[index].text.strip()
    found = record_field(text, rules)
    fielded = _Fielded()
    if found is None:
        below = lines[after].text if after < len(lines) else ""
        among = "field" in taken or record_field(below, rules) is not None or is_timestamp(below, rules)
        dated = _PUBLICATION_AND_DATE.fullmatch(text)
        if among and dated and _is_publication(dated.group("name"), rules) and is_timestamp(dated.group("date"), rules):
            sources.append((_SOURCE_RANK["source"], dated.group("name")))  # "Daily Courier (IL) - Friday, ..."
        elif among and rules.copyright.fullmatch(text) and not text[:1].isdigit() and not _credits_a_picture(text):
            changes.recorded.setdefault("copyright", text)  # a copyright line among the fields
        elif among and _is_publication(text, rules):
            sources.append((_SOURCE_RANK["source"], text))  # "Reuters News" over "English"
        elif among and (issuer := _SOURCE_FIELD.fullmatch(text)) is not None:
            sources.append((_SOURCE_RANK["source"], issuer.group("name")))  # ReliefWeb's "Source: OCHA"
        elif "field" in taken and is_source_code(text) and not is_place_name(text.title(), rules):
            pass  # Factiva's code of the source: "LBA", "CPR" (not "ANKARA" alone over the lede: the dateline's place)
        else:
            return None
    elif found.fills == "byline" and found.value:
        names = found.value.split(";")[0].strip()
        names = names[3:].lstrip() if names[:3].casefold() == "by " else names  # "Byline: By JANE DOE"
        parsed = parse_byline(f"By {names}", rules)
        fielded = _Fielded(parsed or Byline(names))
    elif found.fills == "source" and found.value:
        sources.append((_SOURCE_RANK["source"], found.value.split(";")[0].strip()))
    elif found.fills in ("dateline", "copyright") and found.value:
        changes.recorded.setdefault(found.fills, found.value)
    taken.add("field")
    if found is not None and is_timestamp(text, rules):
        taken.add("time")  # "Posted : 2026-01-26 18:37 | Updated : ...": the story's time as a field
    if fielded.byline is not None:
        taken.add("byline")
    if not changes.keep_meta:
        changes.drop(index, "head line (a field of a database's record) removed")
    return fielded


# A "Source:" field among a repost's fields ("Country: Sudan", "Format: News and Press Release"): the
# issuer's name, a few capitalised words.
_SOURCE_FIELD = regexes.compile(
    r"Source\s*:\s*(?P<name>[A-Z][\w.&'’-]*(?: (?:of |for |and |the |de )?[A-Z][\w.&'’-]*){0,7})"
)

# NewsBank's first line: the publication and the date.
_PUBLICATION_AND_DATE = regexes.compile(r"(?P<name>[^-–—|]{2,80}?)\s+[-–—|]\s+(?P<date>.{6,60})")


def _credits_a_picture(text: str) -> bool:
    """A photo's credit under its caption ("© РИА Новости / Елена Волкова"): no copyright of the story."""
    from cleannews.passes.chrome import is_picture_credit

    return is_picture_credit(text)


def _is_publication(text: str, rules: WireRules) -> bool:
    """A publication's name on a line of its own: "Reuters News", "The Guardian (London)"."""
    name = publication_name(text)
    return len(name.split()) <= 6 and (rules.agency_of(name) is not None or rules.is_organisation(name))


# The chrome pass's reasons for a tool's record or a frame over the page: no line of the story's head.
_FRAMES = (CRAWLER_HEADER, CRAWLER_FRONT_MATTER, ARCHIVE_TOOLBAR, CONSENT_WALL)


def _removed_head(doc: Document, body_origin: int, head_origins: set[int]) -> list[str]:
    """The lines chrome removed right above the article body: up from the body's first line,
    past the head's own lines, to the nearest line kept in the text or the page's top."""
    removed = {r.line: r.text for r in doc.removed if r.pass_name == "chrome" and r.line < body_origin}
    buttons = {r.line for r in doc.removed if r.pass_name == "chrome" and r.reason.startswith("UI string")}
    if not removed:
        return []
    kept = {line.origin for line in doc.lines} - head_origins
    found: list[str] = []
    number = body_origin - 1
    # (a crawler's record over the page is the tool's: its "author:" is no byline of the story)
    records = {r.line for r in doc.removed if r.reason in _FRAMES}
    while number > 0 and len(found) < _REMOVED_HEAD_LINES and number not in kept and number not in records:
        if (text := removed.get(number)) is not None and text.strip() and number not in buttons:
            found.append(marked(text).view)  # a page's buttons ("Share", "Email") are never a byline: passed over
        number -= 1
    return found[::-1]


# How far into the text a byline that opens with "By" is looked for, and how many short prose
# lines (a standfirst, a photo's caption) may stand above it.
_OPENING_LINES = 10
_OPENING_PROSE_WORDS = 12
_OPENING_PROSE_LINES = 3


# Openers that also label a field of a fact box ("Author: H.G. Parry" over "Released: June 17"):
# below the head they are no byline.
_LABEL_PREFIXES = frozenset(["author", "authors", "reporter", "reporters", "writer", "writers"])


def _opens_with_by(text: str, rules: WireRules) -> bool:
    """A byline's opening words that say what the line is ("By", "Written by"), not a label."""
    return has_byline_prefix(text, rules) and text.split(None, 1)[0].rstrip(":").casefold() not in _LABEL_PREFIXES


def _prose_follows(lines: list[Line], index: int) -> bool:
    """Whether a line of prose stands among the next few lines: the article goes on below (a
    writer's line closing a short story is a trailer, not a byline)."""
    for _ in range(_OPENING_LINES):
        index = _next_text(lines, index)
        if index >= len(lines):
            return False
        if len(lines[index].text.split()) >= _OPENING_PROSE_WORDS:
            return True
        index += 1
    return False


# A live page's summary of its key entries over the first entry ("Key events" over its teasers, "Show key
# events only"), and an entry's stamp alone: a clock time with its zone ("15.07 GMT", "10:41 AM EST").
_LIVE_SUMMARY = regexes.compile(
    r"(?i)(?:key|top|main) (?:events|updates|moments|developments|points)|highlights|summary|live summary"
)
_ENTRY_STAMP = regexes.compile(
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?\s?(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|AEST|AEDT|IST|JST|KST|HKT|SGT)"
)
# At most this many lines of teasers between the summary's label and the first entry's stamp.
_MAX_SUMMARY_LINES = 16
_MAX_TEASER_WORDS = 20


def _first_entry_stamp(lines: list[Line], index: int) -> int | None:
    """Where the first entry's stamp stands below a live page's key-events block that opens at
    ``index`` (the label, short teasers and their times, "Show key events only"), right over the
    entry's prose; None for any other shape. The block's lines stay (they are the page's chrome).

    >>> page = ["Key events", "2h ago", "Minister resigns", "Show key events only", "15.07 GMT", "x " * 20]
    >>> _first_entry_stamp([Line(t, i) for i, t in enumerate(page)], 0)
    4
    >>> _first_entry_stamp([Line(t, i) for i, t in enumerate(["15.07 GMT", "x " * 20])], 0) is None
    True
    """
    if index >= len(lines) or not _LIVE_SUMMARY.fullmatch(lines[index].text.strip()):
        return None
    index = _next_text(lines, index + 1)
    for _ in range(_MAX_SUMMARY_LINES):
        if index >= len(lines):
            return None
        text = lines[index].text.strip()
        if _ENTRY_STAMP.fullmatch(text):
            after = _next_text(lines, index + 1)
            prose = after < len(lines) and len(lines[after].text.split()) >= _OPENING_PROSE_WORDS
            return index if prose else None
        if len(text.split()) > _MAX_TEASER_WORDS:
            return None  # prose before any stamp: no summary block
        index = _next_text(lines, index + 1)
    return None


def _opening_byline(changes: _Changes, index: int, rules: WireRules) -> tuple[Byline, int] | None:
    """A byline opening with "By" ("Written by") among the first lines of the text, below no more
    than three short lines of prose, and the line under it; its line moves to the metadata."""
    lines = changes.lines
    prose = 0
    for _ in range(_OPENING_LINES):
        index = _next_text(lines, index)
        if index >= len(lines):
            return None
        text = lines[index].text
        if (
            _opens_with_by(text, rules)
            and (parsed := parse_byline(text, rules)) is not None
            and _prose_follows(lines, index + 1)
        ):
            if not changes.keep_meta:
                changes.drop(index, "byline moved to byline")
            return parsed, index + 1
        words = len(text.split())
        if words > _MAX_DEK_WORDS:  # only the words that show count: not a newsletter's spacer ("\u200c \u200c ...")
            words = sum(1 for word in text.split() if _VISIBLE.search(word))
        if words >= _OPENING_PROSE_WORDS:
            prose += 1
            if prose > _OPENING_PROSE_LINES or words > _MAX_DEK_WORDS:
                return None
        index += 1
    return None


# A letter or a digit: what a line of prose shows, and a spacer of invisible characters does not.
_VISIBLE = regexes.compile(r"[^\W_]")


def _below_opening_byline(
    changes: _Changes,
    index: int,
    meta: Metadata,
    rules: WireRules,
    sources: list[tuple[int, str]],
    strip: bool,
    lang: str,
    dated: bool,
) -> tuple[Metadata, bool]:
    """The head's lines under a byline found below lines the head's walk could not pass (a
    section menu over the headline): "Updated" over its time, "Source: CNN", then the dateline
    in its strict forms unless ``dated``; returns the metadata and whether a dateline was found."""
    index, _ = _head_lines(changes, _next_text(changes.lines, index), rules, None, sources, lang, set())
    if dated or index >= len(changes.lines):
        return meta, dated
    meta, _, dated = _dateline(changes, index, meta, rules, sources, strip, lang, True)
    return meta, dated


# How many lines under the headline a page's own byline is looked for, and how many standfirsts
# (short paragraphs of prose) may stand above it.
_PAGE_HEAD_LINES = 10
_PAGE_HEAD_STANDFIRSTS = 2
# Below more of them (a repeated headline and standfirst), only a line that opens with "By".
_PAGE_HEAD_PROSE = 4


def _page_head_byline(changes: _Changes, index: int, rules: WireRules) -> Byline | None:
    """A byline in a web page's forms among the short lines under the headline, above the prose:
    a team or one word after "By", or names a line beside them vouches for (see
    :mod:`cleannews.wire.page_head`); its lines move to the metadata."""
    lines = changes.lines
    prose, first = 0, index
    for _ in range(_PAGE_HEAD_LINES):
        index = _next_text(lines, index)
        if index >= len(lines):
            return None
        words = len(lines[index].text.split())
        found = _page_head_candidate(lines, index, first, rules, prose <= _PAGE_HEAD_STANDFIRSTS)
        if found is None:
            found = _post_meta_candidate(lines, index, rules, prose <= _PAGE_HEAD_STANDFIRSTS)
        if found is None and words >= _OPENING_PROSE_WORDS:
            prose += 1
            if prose > _PAGE_HEAD_PROSE or words > _MAX_DEK_WORDS:
                return None
        elif found is not None:
            byline, taken = found
            if not _prose_follows(lines, taken[-1] + 1):
                return None  # a list of teasers, or a short page's closing lines
            if not changes.keep_meta:
                for number in taken:
                    reason = "byline moved to byline" if number == taken[0] else "byline's line (time, title) removed"
                    changes.drop(number, reason)
            return byline
        index += 1
    return None


# How many short lines under a repeated headline a byline may stand below (a kicker, the time).
_UNDER_HEADLINE_LINES = 3


def _byline_under_repeated_headline(
    changes: _Changes, meta: Metadata, body_origin: int, rules: WireRules
) -> Byline | None:
    """The byline right under the headline where the page repeats it below its title (a dump opens
    with the page's ``<title>``, then menus): the first line that repeats the headline (kept, or
    taken by chrome with the head around it) and, among the few short lines under it, one that
    says it is a byline by itself ("By Jane Doe", "Posted on July 1, 2024 by jdoe"). A kept line
    moves to the metadata; a removed one stays out."""
    from cleannews.wire import page_head

    doc, lines = changes.doc, changes.lines
    texts = {r.line: r.text for r in doc.removed if r.pass_name == "chrome"}
    kept = {line.origin: i for i, line in enumerate(lines) if not line.is_blank and i not in changes.dropped}
    texts.update((line.origin, line.text) for line in lines if line.origin in kept)
    titles = [t for t in [meta.title or ""] + [texts.get(n, "") for n in (1, doc.title_line or 0)] if t]
    forms = page_head.headline_forms(titles)
    if not forms:
        return None
    title_origin = doc.title_line or 0
    order = [n for n in sorted(texts) if texts[n].strip()]
    anchors = [
        at for at, n in enumerate(order) if n not in (1, title_origin) and page_head.repeats_headline(texts[n], forms)
    ]
    if not anchors:
        # The headline worded a little apart from the title, above the body: the first such line
        near = (at for at, n in enumerate(order) if 1 < n < body_origin and page_head.near_headline(texts[n], titles))
        anchors = [at for at in near if order[at] != title_origin][:1]
    for at in anchors:
        under = order[at + 1 : at + 1 + _UNDER_HEADLINE_LINES]
        if under and page_head.repeats_headline(texts[under[0]], forms):
            continue  # the headline twice in a row (a breadcrumb's, the page's): the byline is under the last
        for k, below in enumerate(under):
            text = texts[below]
            taken = [below]
            found = page_head.writer_under_headline(text, rules)
            if found is None and page_head.prefix_alone(text, rules) and at + k + 2 < len(order):
                # "Written By" over "Jane Doe"
                name = texts[order[at + k + 2]].strip()
                named = page_head.bare_writer(name, rules)
                if named is not None and named[0] == name:
                    found, taken = Byline(name), [below, order[at + k + 2]]
            if found is not None:
                for number in taken:
                    if number in kept and not changes.keep_meta:
                        changes.drop(kept[number], "byline (under the repeated headline) moved to byline")
                return found
            if len(text.split()) >= _OPENING_PROSE_WORDS or page_head.repeats_headline(text, forms):
                break  # the prose, or the headline once more
        return None  # only under the first repeat: lower down, a headline heads a list's item
    return None


# "by" inside a line: "October 11, 2023 by Jane Doe", "February 1, 2019 | BY: Jane Doe".
_BY_INSIDE = regexes.compile(r"\s(?:by|By|BY):?\s")
_LEADING_COUNT = regexes.compile(r"^\d{1,4}\s*[·•|]\s*(?=[Bb]y\s)")


def _page_head_candidate(
    lines: list[Line], index: int, first: int, rules: WireRules, bare: bool
) -> tuple[Byline, list[int]] | None:
    """The byline on line ``index`` (and the lines that go with it), if a page's head forms one;
    names without "By" only if ``bare``. ``first`` is the first line under the headline."""
    from cleannews.wire import page_head

    text = lines[index].text.strip()
    if len(text.split()) > page_head.MAX_HEAD_NAME_WORDS + 4:
        return None
    after = _next_text(lines, index + 1)
    while after < len(lines) and page_head.is_mark(lines[after].text):
        after = _next_text(lines, after + 1)  # "•", an icon's glyph: read past the mark
    below = lines[after].text.strip() if after < len(lines) else ""
    above = _previous_text(lines, index)
    while above >= 0 and page_head.is_mark(lines[above].text):
        above = _previous_text(lines, above)
    beside = [below] + ([lines[above].text] if above >= 0 else [])
    if page_head.prefix_alone(text, rules):
        # "By" over "Jane Doe"; names a menu could hold ("Wedding Planning") only over a time
        third = _next_text(lines, after + 1)
        timed = third < len(lines) and page_head.vouches(lines[third].text, rules)
        named = page_head.bare_writer(below, rules) if below else None
        if below and ((named and named[0] == below) or (timed and looks_like_names(below))):
            return Byline(below), [index, after]
        return None
    if _opens_with_by(text, rules) or _BY_INSIDE.search(text):
        text = _LEADING_COUNT.sub("", text)  # "0 · by Jane Doe · Updated on ...": the comment count first
        parsed = parse_byline(text, rules) or page_head.prefixed_writer(text, rules)
        return (parsed, [index]) if parsed is not None else None
    if has_byline_prefix(text, rules):
        # "Author: Jane Doe" labels a fact box's field too: only beside the publication time
        parsed = parse_byline(text, rules)
        vouched = any(is_timestamp(line, rules) for line in beside)
        return (parsed, [index]) if parsed is not None and vouched else None
    if not bare or _provider_line(text, rules) is not None:
        return None  # an agency's name alone over the time is the provider, no writer ("GlobeNewswire")
    under = below
    third = _next_text(lines, after + 1)
    if third < len(lines) and page_head.is_section(below) and is_timestamp(lines[third].text, rules):
        under = lines[third].text  # "Jane Doe" over "on Web Design" (her section) over the time
    timed = is_timestamp(under, rules)
    # What stands above counts only right under the headline: lower down, a date over a name heads
    # an item of a list ("March 16, 2026" over "NVIDIA GTC"), and a caption a photo's credit.
    top = above < first
    if above >= 0 and is_timestamp(lines[above].text, rules):
        over = _previous_text(lines, above)
        while over >= 0 and page_head.is_mark(lines[over].text):
            over = _previous_text(lines, over)
        time_on_top = over < first
    else:
        time_on_top = False
    named = page_head.bare_writer(text, rules, timed or time_on_top)
    if named is None and page_head.is_single_writer(text, rules) and timed:
        named = text, True  # "Kev" over "January 1, 2026"
    if named is None:
        return None
    beside_itself = named[1] and (top or any(c.isdigit() for c in text))  # "Jane Doe Founder at Acme"
    if not (beside_itself or below == text or time_on_top or page_head.vouches(under, rules)):
        return None
    taken = [index]
    if below == text or page_head.is_job_title(below) or is_timestamp(below, rules):
        taken.append(after)  # the name again, the writer's job title, or the time under the byline
    return Byline(strip_places(named[0])), taken


def _post_meta_candidate(
    lines: list[Line], index: int, rules: WireRules, bare: bool
) -> tuple[Byline, list[int]] | None:
    """The writer on a blog's or a CMS's post-meta line ("Posted on July 1, 2024 by infuy", "Susan
    December 9, 2024 0 Comments"); the whole line goes. Names with no "by" only if ``bare``."""
    from cleannews.wire import page_head

    text = lines[index].text.strip()
    if _provider_line(text, rules) is not None:
        return None  # "Reuters November 18, 2019": the provider, no writer
    above = _previous_text(lines, index)
    time_above = above >= 0 and is_timestamp(lines[above].text, rules)
    found = page_head.post_meta_writer(text, rules, bare=bare, time_above=time_above)
    return (found, [index]) if found is not None else None


def _leads_to_time(texts: list[str], index: int, rules: WireRules) -> bool:
    """Whether ``texts[index]`` is a publication time, or labels and marks ("Published", "|") over one."""
    from cleannews.wire import page_head

    for text in texts[index : index + 3]:
        if is_timestamp(text, rules) or page_head.vouches_with_time(text, rules):
            return True
        if not (page_head.is_mark(text) or head_label(text, rules) is not None):
            return False
    return False


def _vouched_in_removed_head(texts: list[str], index: int, rules: WireRules) -> bool:
    """Names among the lines chrome removed above the body that a line beside them vouches for: a
    person over a job title ("Product Analytics Expert"), a team over the time, or a person under
    the time right above the body."""
    from cleannews.wire import page_head

    text = texts[index].strip()
    following = texts[index + 1].strip() if index + 1 < len(texts) else ""
    person = looks_like_names(text) and plausible_bare_names(text, rules)
    if person and following and page_head.is_job_title(following):
        return True
    if page_head.is_collective(text) and _leads_to_time(texts, index + 1, rules):
        return True  # "The Upwork Team" over "Published" over "|" over the time
    # ("2025-12-17 ·": the time with the mark that parted it from the name on the page)
    return person and index == len(texts) - 1 and index > 0 and is_timestamp(texts[index - 1].strip(" ·•⋅|"), rules)


def byline_among(texts: list[str], rules: WireRules) -> Byline | None:
    """The first byline among a page's head lines: "By Jane Doe", "Written by" over "Jane Doe",
    "Jane Doe" over her time or her role.

    >>> from cleannews.wire.rules import wire_rules
    >>> byline_among(["Share", "Written by", "Jane Doe", "5 min read"], wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> byline_among(["Home", "Jane Doe", "July 5, 2024"], wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    >>> byline_among(["Home", "World News", "July 5, 2024"], wire_rules()) is None
    True
    >>> byline_among(["Home", "Jane Doe", "Product Analytics Expert"], wire_rules())
    Byline(names='Jane Doe', affiliation=None)
    """
    from cleannews.wire import page_head

    nearest = len(texts) - _REMOVED_HEAD_BARE_LINES
    for i in range(len(texts) - 1, -1, -1):  # nearest the body first: a teaser's byline stands further up
        text = texts[i]
        following = texts[i + 1] if i + 1 < len(texts) else ""
        if is_prefix_alone(text, rules):
            parsed = parse_byline(f"By {following.strip()}", rules) if following else None
            timed = page_head.prefix_alone(text, rules) and _leads_to_time(texts, i + 2, rules)
            if parsed is not None and not timed and not plausible_bare_names(parsed.names, rules):
                parsed = None  # "Authors" over "Find Jobs": two items of a menu (but "By" over names over a time)
        elif has_byline_prefix(text, rules):
            parsed = parse_byline(text, rules)
            dated = parsed is None and _dated_writer(text, rules)
            if dated:
                parsed = page_head.prefixed_writer(text, rules)  # "by Amanda December 6, 2017"
            if (
                parsed is not None
                and not dated
                and parsed.affiliation is None
                and not plausible_bare_names(parsed.names, rules)
                and not (page_head.is_collective(parsed.names) and texts.count(text) == 1)
                and not _credited_beside(texts, i, parsed.names, rules)
            ):
                # "By Event Type": a menu's heading; a team is the writer ("By the Editorial Team"), unless
                # it signs several teasers
                parsed = None
            if parsed is not None and _other_bylines(texts, i, parsed, rules):
                return None  # a list of teasers, each with its writer: none of them is the article's
        elif i >= nearest:
            parsed = parse_byline(text, rules, bare=True)
            if parsed is None and following and _names_above(text, following, rules):
                parsed = Byline(strip_places(text.strip()))
            if parsed is None and _vouched_in_removed_head(texts, i, rules):
                return Byline(text.strip())
            if parsed is None and any(c.isdigit() for c in text):
                # a post-meta line with its time: "October 8, 2024 Swoogo", "Posted on ... by infuy"
                parsed = page_head.post_meta_writer(text, rules, bare=True)
                if parsed is not None:
                    return parsed
                if (time_first := _time_first_writer(texts, i, rules)) is not None:
                    return time_first  # "12/19/2025 • Friday Philosophy • Jane Doe"
            if parsed is not None and not plausible_bare_names(parsed.names, rules):
                # Without "By", among a menu's lines: only a person's name ("Treatments & Tests" over
                # "Health Inc." is two sections of the menu)
                parsed = None
        else:
            parsed = None
        if parsed is not None:
            return parsed
    return None


def _removed_under_standfirst(doc: Document, lines: list[Line], index: int, rules: WireRules) -> Byline | None:
    """The writer on a line that says it is a byline by itself, among the lines chrome removed
    right under the article's first paragraph when that paragraph is a standfirst (the writer's
    line, the time and the tags stand under it on many pages); the line stays out."""
    from cleannews.wire import page_head

    if len(lines[index].text.split()) > _MAX_DEK_WORDS:
        return None
    below = _next_text(lines, index + 1)
    while below < len(lines) and len(lines[below].text.split()) < _OPENING_PROSE_WORDS and below - index < 4:
        below = _next_text(lines, below + 1)  # a short kept line under the standfirst ("Read this in Spanish")
    if below >= len(lines):
        return None
    low, high = lines[index].origin, lines[below].origin
    texts = [r.text for r in doc.removed if r.pass_name == "chrome" and low < r.line < high and r.text.strip()]
    if not 0 < len(texts) <= _OPENING_PROSE_LINES + 1:
        return None
    for i, text in enumerate(texts):
        if (found := _time_first_writer(texts, i, rules)) is not None:
            return found
        opener = text.split()[0].rstrip(":").casefold()
        if opener in ("by", "posted", "written") and (found := page_head.writer_under_headline(text, rules)):
            return found
    return None


def _time_first_writer(texts: list[str], index: int, rules: WireRules) -> Byline | None:
    """The writer at the end of a line that opens with the time, parted from it by marks ("12/19/2025
    • Friday Philosophy • Jane Doe"), if no other line among ``texts`` has that form (a list of
    teasers, each with its time and writer)."""
    from cleannews.wire import page_head

    def writer(text: str) -> str | None:
        text = text.strip()
        if not (text[:1].isdigit() or rules.is_month(text.split()[0].rstrip(".,"))):
            return None
        named = page_head.bare_writer(text, rules)
        return named[0] if named is not None and named[1] else None

    found = writer(texts[index]) if texts[index].strip() else None
    if found is None or any(writer(text) for j, text in enumerate(texts) if j != index and text.strip()):
        return None
    return Byline(found)


def _dated_writer(text: str, rules: WireRules) -> bool:
    """A "By" line that gives the time after the writer: "by Amanda December 6, 2017"."""
    from cleannews.wire import page_head

    found = page_head.prefixed_writer(text, rules)
    if found is None:
        return False
    rest = text[text.find(found.names) + len(found.names) :].strip(" |·•⋅-–—,")
    return bool(rest) and is_timestamp(rest, rules)


def _credited_beside(texts: list[str], index: int, names: str, rules: WireRules) -> bool:
    """Names after "By" that no name list knows ("By Kaavya Shah"), vouched for by what a byline
    has under it: the publication time or another credit ("Edited By: John Roe") within the next
    lines, and no place, outlet or page section in the names' place ("By Event Type" heads a menu).

    >>> from cleannews.wire.rules import wire_rules
    >>> _credited_beside(["By Kaavya Shah", "July 18, 2024"], 0, "Kaavya Shah", wire_rules())
    True
    >>> _credited_beside(["By Event Type", "Webinars", "Workshops"], 0, "Event Type", wire_rules())
    False
    """
    from cleannews.wire import page_head

    if not looks_like_names(names) or not all(page_head.unlisted_person(n, rules) for n in split_names(names)):
        return False
    for text in texts[index + 1 : index + 1 + _CREDIT_REACH]:
        if is_timestamp(text, rules) or page_head.vouches_with_time(text, rules):
            return True
        if not (page_head.is_mark(text) or head_label(text, rules) is not None or page_head.other_credit(text)):
            return False
    return False


# How far under a "By" line its time or another credit may stand (past labels and marks).
_CREDIT_REACH = 3


def _other_bylines(texts: list[str], index: int, found: Byline, rules: WireRules) -> bool:
    """Whether the lines hold another "By" line naming someone else than ``found``."""
    for i, text in enumerate(texts):
        if i == index or not has_byline_prefix(text, rules):
            continue
        if (other := parse_byline(text, rules)) is not None and other.names != found.names:
            return True
    return False


# A writer's name alone under the headline has at most this many words.
_MAX_BARE_NAME_WORDS = 4


def _name_under_headline(changes: _Changes, index: int, after: int, rules: WireRules) -> bool:
    """Whether line ``index`` is a person's name alone, right under the headline and right over a
    paragraph of prose: the byline of a page that prints no "By" ("Jane Doe" between the two)."""
    lines, title = changes.lines, changes.doc.title_line
    above = _previous_text(lines, index)
    if title is None or above < 0 or lines[above].origin != title or after >= len(lines):
        return False
    names = lines[index].text.strip()
    if len(names.split()) > _MAX_BARE_NAME_WORDS or not looks_like_names(names):
        return False
    lede = lines[after].text.rstrip()
    opens_prose = len(lede.split()) >= _OPENING_PROSE_WORDS or (len(lede.split()) >= 4 and lede[-1:] in ".?!:")
    return opens_prose and plausible_bare_names(names, rules)


def _is_affiliation(text: str, rules: WireRules) -> bool:
    return rules.is_role(text) or rules.is_organisation(text) or rules.agency_of(text) is not None


def _names_above(text: str, below: str, rules: WireRules) -> bool:
    """A line of names alone (no "By") is a byline only above what says so: an affiliation
    ("The Canadian Press") or a publication time ("Updated 4:12 PM EDT"), and not a place."""
    names = text.strip()
    if not looks_like_names(names):
        return False
    if affiliation_of(below, rules) is not None:
        return plausible_bare_names(strip_places(names), rules)  # not "Previous Post" over "Next Post"
    # "Jane Doe" above a publication time, or above the writer's e-mail alone ("jdoe@yna.co.kr")
    return (is_timestamp(below, rules) or is_contact_only(below)) and plausible_bare_names(strip_places(names), rules)


# A portal's note that it ran the story from an agency's feed: "(Except for the headline, this story has
# not been edited by NDTV staff and is published from a syndicated feed.)", "... auto-generated from ...".
_FEED_NOTE = regexes.compile(r"(?i)\b(?:syndicated feed|agency feed|auto-generated from|auto-published from)\b")


def _from_a_feed(lines: list[Line], rules: WireRules) -> bool:
    """Whether the story's last line is a portal's note that it came from an agency's feed.

    >>> from cleannews.wire.rules import wire_rules
    >>> note = "(Except for the headline, this story has not been edited by NDTV staff and is published from a "
    >>> note += "syndicated feed.)"
    >>> _from_a_feed([Line("Chennai: Rain fell.", 1), Line(note, 2)], wire_rules())
    True
    >>> _from_a_feed([Line("Chennai: Rain fell.", 1), Line("Readers love a syndicated feed.", 2)], wire_rules())
    False
    """
    last = next((line.text for line in reversed(lines) if not line.is_blank), "")
    return _FEED_NOTE.search(last) is not None and classify_trailer(last, rules) is not None


def _opens_lede(lines: list[Line], index: int, rules: WireRules, lang: str, colon_city: bool = False) -> bool:
    """Whether line ``index`` opens the lede with a dateline (``colon_city``: see :func:`find_dateline`)."""
    return index < len(lines) and find_dateline(lines[index].text, rules, lang, False, colon_city) is not None


_CLOCK_TIME = regexes.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def _head_line_as_title(lines: list[Line], rules: WireRules) -> bool:
    """Whether the first line, read as the headline, is one of the head's own lines (the page's
    headline went with the chrome above it): the story's time ("Thu, July 10, 2025 at 5:24 PM UTC
    3 min read"), an editors' note ("(ATTN: ADDS comments in para 3)"), or an agency's credit line
    over the time ("Reuters" over it). No headline is only a time or a note to the desks."""
    text = _unmarked(lines[0].text).strip()
    return (
        # (a clock's time, not a date alone: an article's text may open on its date)
        (_CLOCK_TIME.search(text) is not None and read_timestamp(text, rules) is not None)
        or _EDITORS_NOTE.fullmatch(text) is not None
        or (_provider_line(text, rules) is not None and _leads_to_timestamp(lines, _next_text(lines, 1), rules))
    )


# An agency's name and the city it filed from on one head line: "Press Trust of India | Hyderabad", "PTI, Washington,".
_PROVIDER_AND_PLACE = regexes.compile(r"(?P<agency>[^|•·,]{2,40}?)(?:\s+[|•·]\s+|,\s+)(?P<place>[^|•·,\d]{3,30}?),?")


def _provider_line(text: str, rules: WireRules) -> str | None:
    """The agency a head line names alone ("Reuters") or over the city it filed from
    ("Press Trust of India | Hyderabad"); None for any other line.

    >>> from cleannews.wire.rules import wire_rules
    >>> [_provider_line(t, wire_rules()) for t in ("Reuters", "Press Trust of India | Hyderabad", "Reuters | Business")]
    ['Reuters', 'Press Trust of India', None]
    >>> [_provider_line(t, wire_rules()) for t in ("PTI, Washington,", "Reuters March 3, 2024 11:03 PM")]
    ['PTI', 'Reuters']
    """
    from cleannews.wire.timestamp import is_city

    text = text.strip()
    if (agency := rules.agency_of(text)) is not None and text == agency:
        return agency
    words = text.split()
    for k in range(1, min(len(words), 5)):
        head = " ".join(words[:k])
        if rules.agency_of(head) == head and is_timestamp(" ".join(words[k:]).strip(" |·•-–—,"), rules):
            return head  # "Reuters November 18, 2019 11:03 PM": the agency beside the time
    if (split := _PROVIDER_AND_PLACE.fullmatch(text)) is None or not is_city(split["place"].strip(), rules):
        return None
    agency = rules.agency_of(split["agency"])
    return agency if agency == split["agency"] else None


def _city_over_timestamp(lines: list[Line], index: int, rules: WireRules) -> bool:
    """Whether line ``index`` is a city's name alone ("ISTANBUL", "Ankara") over a publication time."""
    from cleannews.wire.timestamp import is_city

    if index >= len(lines):
        return False
    text = lines[index].text.strip()
    return (
        0 < len(text.split()) <= _MAX_CITY_WORDS
        and is_city(text.title() if text.isupper() else text, rules)
        and _leads_to_timestamp(lines, _next_text(lines, index + 1), rules)
    )


_MAX_CITY_WORDS = 3


# A paper's credit line naming the agency it took the story from: "Par Le Figaro avec AFP", "20 Minutes
# avec AFP", "DAILY SABAH WITH AFP", "Redaktion mit dpa", "El País con EFE", "Folha com Reuters".
_PAPER_WITH_AGENCY = regexes.compile(
    r"(?:(?:By|BY|Par|PAR|Von|VON|Por|POR|Di|DI|Door|DOOR|Av|AV|Af|AF)\s+)?"
    r"(?P<paper>[\w\x27’.&-]+(?:\s+[\w\x27’.&-]+){0,4}?)\s+"
    r"(?:with|WITH|With|avec|AVEC|Avec|mit|MIT|Mit|con|CON|Con|com|COM|Com|met|MET|Met)\s+"
    r"(?:(?:l\x27|l’|la |el |der |die |de |a |o )\s*)?(?P<agency>[^\W\d_][\w./ -]{0,40}?)\.?"
)
# An article or a number opens a paper's name, never a person's: "Le Figaro", "El País", "20 Minutes".
_PAPER_OPENING = regexes.compile(r"(?i)(?:le|la|les|l\x27\w+|l’\w+|el|il|lo|der|die|das|het|the|o|os|as|\d+)\b.*")


def paper_credit_agency(text: str, rules: WireRules) -> str | None:
    """The agency a paper's credit line names ("Par Le Figaro avec AFP" -> "AFP"), when the name before
    "avec" / "with" / "mit" / "con" / "com" / "met" is a paper's and not a writer's; None otherwise.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> credits = ("Par Le Figaro avec AFP", "20 Minutes avec AFP", "DAILY SABAH WITH AFP")
    >>> [paper_credit_agency(t, rules) for t in credits]
    ['AFP', 'AFP', 'AFP']
    >>> [paper_credit_agency(t, rules) for t in ("Par Jean Dupont avec AFP", "Par catégorie", "Le Figaro avec Marc")]
    [None, None, None]
    >>> paper_credit_agency("JANE DOE WITH AFP", rules) is None
    True
    """
    match = _PAPER_WITH_AGENCY.fullmatch(text.strip())
    if match is None or rules.agency_of(match["agency"]) != match["agency"].strip():
        return None
    paper = match["paper"]
    if rules.is_agency(paper):
        return None  # "AP with Reuters": two agencies, the byline's business
    # a name in capitals is read as its title-case self: "JANE DOE WITH AFP" is a writer, "DAILY SABAH" a paper
    as_written = paper.title() if paper.isupper() else paper
    if _PAPER_OPENING.fullmatch(paper) is None and plausible_bare_names(as_written, rules):
        return None  # "Par Jean Dupont avec AFP": a writer sharing the story with the agency
    return rules.canonical_agency(match["agency"].strip())


def _leads_to_timestamp(lines: list[Line], index: int, rules: WireRules) -> bool:
    """Whether line ``index`` is a publication time, or starts a run of label lines ("Updated",
    "Source: Xinhua") that ends at one."""
    while index < len(lines):
        text = lines[index].text
        if is_timestamp(text, rules):
            return True
        if head_label(text, rules) is None:
            return False
        index = _next_text(lines, index + 1)
    return False


_IN_PLACE = regexes.compile(r"in (?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})")


def _located_names(lines: list[Line], index: int, after: int, rules: WireRules) -> int | None:
    """Where the head goes on when line ``index`` is names alone over "in <Place>" over a
    publication time; None otherwise."""
    if after >= len(lines) or (place := _IN_PLACE.fullmatch(lines[after].text.strip())) is None:
        return None
    stamp = _next_text(lines, after + 1)
    names = lines[index].text.strip()
    if stamp >= len(lines) or not is_timestamp(lines[stamp].text, rules) or not looks_like_names(names):
        return None
    if not (is_place_name(place.group("place"), rules) and plausible_bare_names(names, rules)):
        return None
    return stamp


# A kicker (the story's topic over its headline or its time) runs to a few words.
_MAX_KICKER_WORDS = 4


def _is_kicker(text: str) -> bool:
    """A topic line in title case over a story's time: "Winter Storm", "Supreme Court"; not a
    sentence, and no date or figure.

    >>> _is_kicker("Winter Storm"), _is_kicker("Prices rose."), _is_kicker("Top 10 Deals")
    (True, False, False)
    """
    words = text.split()
    return (
        0 < len(words) <= _MAX_KICKER_WORDS
        and all(word[:1].isupper() or word in ("and", "&", "of", "the", "in") for word in words)
        and not any(c.isdigit() for c in text)
        and text.rstrip()[-1:].isalpha()
    )


# How far into the lede (in characters, past its dateline) a feed's description that repeats it may start.
_MAX_REPEAT_OFFSET = 80


def _repeated_below(lines: list[Line], dek: int, index: int) -> bool:
    """Whether the paragraph on line ``index`` repeats the standfirst on line ``dek`` past its first
    words: a feed's description that is the lede again, which opens below it on the dateline
    (news-please's title, description and maintext).

    >>> from cleannews.document import Line
    >>> dek = "Officials said on Tuesday that the new port will open to container ships next spring."
    >>> lines = [Line(dek, 1), Line("", 2), Line("LIMA, May 2 (Reuters) - " + dek, 3)]
    >>> _repeated_below(lines, 0, 2), _repeated_below(lines, 2, 0)
    (True, False)
    """
    opening = " ".join(lines[dek].text.split()[:8])
    at = " ".join(lines[index].text.split()).find(opening)
    return len(opening) >= 30 and 0 < at <= _MAX_REPEAT_OFFSET


def _is_dek(lines: list[Line], index: int, words: int = _MAX_DEK_WORDS) -> bool:
    """A standfirst: a paragraph of one line of at most ``words`` words, with more paragraphs below it."""
    alone = index + 1 >= len(lines) or lines[index + 1].is_blank
    return alone and len(lines[index].text.split()) <= words and _next_text(lines, index + 1) < len(lines)


def _dateline(
    changes: _Changes,
    index: int,
    meta: Metadata,
    rules: WireRules,
    sources: list[tuple[int, str]],
    strip: bool,
    lang: str,
    strict: bool,
    fed: bool = False,
) -> tuple[Metadata, int, bool]:
    """Find the dateline on line ``index``; returns the metadata, where the body starts, and
    whether a dateline was found. ``strict`` below a standfirst: see :func:`find_dateline`;
    ``fed``: the story closes on a note that it came from an agency's feed, or its byline is an
    agency's, which vouches for a city before a colon as an agency named in the head does."""
    lines = changes.lines
    text = lines[index].text
    body_start = index
    if (label := _TEXT_LABEL.match(text)) is not None and changes.cut(
        index, label.group(0), "a database's label before the story removed", "field"
    ):
        text = lines[index].text  # ProQuest's "Full text: SPRINGFIELD -- ..."
    if strict and text.rstrip().endswith(_TRUNCATED):
        return meta, body_start, False  # below a standfirst, a teaser's excerpt cut short is no lede
    match = find_dateline(text, rules, lang, strict, colon_city=bool(sources) or fed)
    standalone = False
    if match is None:
        following = _next_text(lines, index + 1)
        alone = find_standalone_dateline(text, rules) if following < len(lines) else None
        if alone is not None and (not strict or _placed_in_region(alone)):
            match, standalone, body_start = alone, True, following
    if match is None or (not standalone and _in_teaser_list(lines, index, rules, lang)):
        return meta, body_start, False
    meta = meta.replace(dateline=Dateline(match.text, match.place, match.date, match.agency))
    if match.agency:
        sources.append((_SOURCE_RANK["dateline"], match.agency))
    if match.byline and meta.byline is None:
        meta = meta.replace(byline=match.byline)
    if strip:
        if standalone:
            changes.drop(index, "dateline removed (--strip-dateline)")
        else:
            changes.cut(index, text[: match.end], "dateline removed (--strip-dateline)", "dateline")
    return meta, body_start, True


def _in_teaser_list(lines: list[Line], index: int, rules: WireRules, lang: str) -> bool:
    """Whether the datelined line ``index`` has another datelined line right under it, with no
    paragraph break between: a list of other stories' teasers ("SEOUL, Nov. 30 (Yonhap) -- South
    Korea's exports rose" over "LONDON, Nov 30 (Reuters) - Sterling edged higher"), not a lede."""
    below = index + 1
    if below >= len(lines) or lines[below].is_blank:
        return False
    return find_dateline(lines[below].text, rules, lang) is not None


def _standalone_over_lede(lines: list[Line], index: int, rules: WireRules) -> bool:
    """Whether line ``index`` is a dateline of its own with its region ("BAAR, SWITZERLAND") over a
    paragraph of prose."""
    text = lines[index].text
    if "," not in text or not text.isupper() or (below := _next_text(lines, index + 1)) >= len(lines):
        return False
    found = find_standalone_dateline(text, rules)
    return found is not None and _placed_in_region(found) and len(lines[below].text.split()) >= _OPENING_PROSE_WORDS


def _placed_in_region(match: DatelineMatch) -> bool:
    """A line-long dateline that reads as one below a standfirst too: a city and its country or
    state ("BAAR, SWITZERLAND"), or a date or an agency beside the place; not a city alone, which
    may head a section."""
    return "," in (match.place or "") or bool(match.date or match.agency)


# How far into the text a dateline is looked for when the head's walk stopped short of it, and
# the longest paragraph it passes (a lede without a dateline ends the search).
_LATE_DATELINE_LINES = 8
# How many words a headline may have over the head lines of a scraper's dump.
_MAX_HEADLINE_WORDS = 25
_LATE_AGENCY_DATELINE_LINES = 16
# What a line opening with a dateline shows early on: an opening bracket ("(서울=연합뉴스)", "【ワシントン
# 共同】"), or a dash, a closing bracket or slashes after the place ("VIENNA —", "PARIS (AFP) -", "/TASS/").
# ... and what one with an agency shows: a bracket after a few capitalised words ("SAN FRANCISCO (AP) —").
_AGENCY_HINT = regexes.compile(r"(?:[A-ZÀ-Þ][\w.,'’-]*\s+){0,5}[(（【]")
# How a teaser's excerpt of another story ends: cut short.
_TRUNCATED = ("...", "…")
_DATELINE_HINT = regexes.compile(r"[(\[【（]|.{1,100}?(?:\s[-—–]+\s|[-—–]{2}|\)|）|】|:\s|/\w+/)")


def _late_dateline(
    changes: _Changes,
    index: int,
    meta: Metadata,
    rules: WireRules,
    sources: list[tuple[int, str]],
    strip: bool,
    lang: str,
    untitled: bool = False,
) -> tuple[Metadata, bool, Byline | None]:
    """A dateline in its strict forms opening one of the first lines of the text, below short
    lines only; returns the metadata, whether one was found, and, if ``untitled`` (no line was
    marked as the headline), the byline of the head lines right over it (see
    :func:`_head_under_first_line`)."""
    lines = changes.lines
    first = _next_text(lines, index)
    for read in range(_LATE_AGENCY_DATELINE_LINES):
        index = _next_text(lines, index)
        if index >= len(lines):
            break
        text = lines[index].text
        if text.rstrip().endswith(_TRUNCATED) or _teaser_over_headline(lines, index):
            # a teaser's excerpt cut short ("LONDON, Aug 30 (Reuters) - Airline adds ..."), or one in a list
            # above the story's headline: no lede
            index += 1
            continue
        if read >= _LATE_DATELINE_LINES:
            # lower down (below a gallery's captions), only "PLACE (Agency) —", or an agency's own form
            # ("Xinhua News Agency, Wuhan, April 25 (Reporter ...)" under a translated page's menus), which
            # takes its head's time lines right above it with it
            found = find_dateline(text, rules, lang, True) if _AGENCY_HINT.match(text) else None
            if found is None and (found := agency_form(text, rules)) is not None:
                _times_above(changes, index, rules, sources)
            found = found if found is not None and found.agency else None
        else:
            found = find_dateline(text, rules, lang, True) if _DATELINE_HINT.match(text) else None
        city = (found.place or "").split(",")[0] if found is not None else ""
        if found is not None and (found.agency or found.date or is_place_name(city, rules)):
            # "VIENNA (Reuters) —", "LONDON, Jan 5 -", "VIENNA —"; not "ADT - Best for Cameras"
            byline = None
            if untitled and found.agency:
                byline = _head_under_first_line(changes, first, index, rules, sources, lang)
            meta, _, dated = _dateline(changes, index, meta, rules, sources, strip, lang, True)
            return meta, dated, byline
        if read < _LATE_DATELINE_LINES and _standalone_over_lede(lines, index, rules):
            # "BAAR, SWITZERLAND" alone over the lede of a press release, below its summary
            meta, _, dated = _dateline(changes, index, meta, rules, sources, strip, lang, True)
            return meta, dated, None
        if len(text) > 2 * _MAX_DEK_WORDS and len(text.split()) > _MAX_DEK_WORDS:  # (no such line is shorter)
            break
        index += 1
    return meta, False, None


def _head_under_first_line(
    changes: _Changes, first: int, dateline: int, rules: WireRules, sources: list[tuple[int, str]], lang: str
) -> Byline | None:
    """The head lines between the text's first line (a headline the headline pass did not mark, as
    in a scraper's dump with no blank line between the page's elements) and a wire dateline right
    under them: "By admin - November 21, 2025", "Posted: 19/01/2025 21:17". They are the story's
    only if, read as the head is, they lead from the line under the first down to the dateline;
    else nothing is taken. Returns the byline they gave.

    >>> from cleannews.wire.rules import wire_rules
    >>> text = "A headline of the post\\nPosted: 19/01/2025 21:17\\nSEOUL, Jan. 19 (Yonhap) -- It rained."
    >>> doc = Document.from_text(text)
    >>> changes, sources = _Changes(doc, False, list(doc.lines)), []
    >>> _head_under_first_line(changes, 0, 2, wire_rules(), sources, "en"), sorted(changes.dropped)
    (None, [1])
    >>> text = "A headline of the post\\nThe rain kept falling all day\\nSEOUL, Jan. 19 (Yonhap) -- It rained."
    >>> doc = Document.from_text(text)
    >>> changes = _Changes(doc, False, list(doc.lines))
    >>> _head_under_first_line(changes, 0, 2, wire_rules(), sources, "en"), sorted(changes.dropped)
    (None, [])
    """
    lines = changes.lines
    start = _next_text(lines, first + 1)
    if not first < start < dateline or len(lines[first].text.split()) > _MAX_HEADLINE_WORDS:
        return None
    undo = (len(changes.removed), set(changes.dropped), len(sources))
    end, byline = _head_lines(changes, start, rules, None, sources, lang, set())
    if end == dateline and len(changes.removed) > undo[0]:
        return byline
    del changes.removed[undo[0] :]
    del sources[undo[2] :]
    changes.dropped = undo[1]
    return None


def _times_above(changes: _Changes, index: int, rules: WireRules, sources: list[tuple[int, str]]) -> None:
    """Take the timestamp lines right above the dateline on line ``index`` as the head's ("2024-04-25
    15:15:27 Source: Xinhua.net" over "Xinhua News Agency, Wuhan, April 25 (Reporter ...)"), with the
    source a time line names.

    >>> from cleannews.wire.rules import wire_rules
    >>> head = "Menu\\n\\nHeadline\\n\\n2024-04-25 15:15:27 Source: Xinhua.net\\n\\n"
    >>> text = head + "Xinhua News Agency, Wuhan, April 25 (Reporter Lu Wenjie) Rain fell."
    >>> doc = Document.from_text(text)
    >>> changes, sources = _Changes(doc, False, list(doc.lines)), []
    >>> _times_above(changes, 6, wire_rules(), sources)
    >>> sorted(changes.dropped), [name for _, name in sources]
    ([4], ['Xinhua.net'])
    """
    lines = changes.lines
    above = _previous_text(lines, index)
    while above >= 0 and (stamp := read_timestamp(lines[above].text, rules)) is not None:
        _take_timestamp(changes, above, stamp, sources)
        above = _previous_text(lines, above)


def _take_timestamp(changes: _Changes, index: int, stamp: Timestamp, sources: list[tuple[int, str]]) -> None:
    """Take the head's timestamp line ``index`` out, the source it names (a provider's name leading
    it ranks as a provider line) into ``sources``."""
    if stamp.source:
        sources.append((_SOURCE_RANK["provider" if stamp.provider else "source"], stamp.source))
    if not changes.keep_meta:
        named = f" and source {stamp.source} moved to source" if stamp.source else ""
        changes.drop(index, f"timestamp line (publication time{named}) removed")


_MIN_STORY_WORDS = 8


def _teaser_over_headline(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` is a list's teaser above the story's headline: an entry of a block of
    lines (no blank line above it) with a headline alone under it, over the story's paragraphs
    ("(LEAD) Talks resume 09:01" / "SEOUL, Jan. 27 (Yonhap) -- Exports rose." over "City plans new park").
    A dateline belongs to the lede under the headline, never to a line above it.

    >>> from cleannews.document import Document
    >>> page = "All News\\n(LEAD) Talks resume 09:01\\nSEOUL, Jan. 27 (Yonhap) -- Exports rose.\\n\\n"
    >>> story = "City plans new park\\n\\nThe council said on Monday it would build a park."
    >>> lines = list(Document.from_text(page + story).lines)
    >>> _teaser_over_headline(lines, 2)
    True
    >>> lines = list(Document.from_text("SEOUL, Jan. 27 (Yonhap) -- Exports rose.\\n\\nMore\\n\\nIt rained.").lines)
    >>> _teaser_over_headline(lines, 0)
    False
    """
    from cleannews.passes.headline import is_headline

    if index == 0 or lines[index - 1].is_blank or index + 1 >= len(lines) or not lines[index + 1].is_blank:
        return False  # (a block's entry, a paragraph of its own under it)
    below = _next_text(lines, index + 1)
    after = below + 1
    if below >= len(lines) or after >= len(lines) or not lines[after].is_blank:
        return False  # (the headline alone on its line)
    headline = lines[below].text.strip()
    story = _next_text(lines, after)
    return (
        is_headline(headline)
        and find_dateline(headline, wire_rules(), "en", True) is None
        and story < len(lines)
        and len(lines[story].text.split()) >= _MIN_STORY_WORDS  # the story's paragraph under it
    )


# A database's label glued to the story's first line: "Full text: SPRINGFIELD -- ...".
# The label over a reporter's or editor's contact line (Bloomberg): "To contact the reporter on this story:".
_CONTACT_LABEL = regexes.compile(
    r"To contact the (?:reporters?|editors?|authors?)(?: responsible for| on| of)? this (?:story|report|article)\s*:"
)
_TEXT_LABEL = regexes.compile(r"(?:Full text|Text|Body|Story)\s*:\s+(?=\S)")


def _contact_block(
    lines: list[Line],
    index: int,
    body_start: int,
    rules: WireRules,
    count_block: Callable[[list[str], WireRules], int] = contact_block,
) -> list[int]:
    """The lines (indices, top first) of a contact block that ends at line ``index``, or []
    (``count_block``: how many of the lines above, bottom up, make one: ``contact_block`` for a
    labelled block, ``unlabelled_contact_block`` for one with no label)."""
    above: list[int] = []
    i = index
    while i > body_start and len(above) < MAX_CONTACT_LINES:
        above.insert(0, i)
        i = _previous_text(lines, i)
    count = count_block([lines[i].text for i in above], rules)
    return above[len(above) - count :] if count else []


def _agency_dash_signoff(text: str, above: str, trailer: Trailer, rules: WireRules) -> bool:
    """A listed agency after a double or long dash ("-- BERNAMA", "— Reuters") under a line that is
    no item of a list: the sign-off, even under a table's last row."""
    stripped = text.strip()
    return (
        stripped.startswith(("--", "—"))
        and trailer.value is not None
        and rules.is_agency(trailer.value)
        and not is_dashed(above)
    )


def _item_block(lines: list[Line], index: int, body_start: int) -> list[int]:
    """The lines (indices, top first) of a labelled block of items that ends at line ``index``, or []."""
    above: list[int] = []
    i = index
    while i > body_start and len(above) < MAX_CONTACT_LINES:
        above.insert(0, i)
        i = _previous_text(lines, i)
    count = item_block([lines[i].text for i in above])
    return above[len(above) - count :] if count else []


# A closing note that opens with the agency's name: "Anadolu Agency website contains only a portion ..."
_NOTE_AGENCY = regexes.compile(r"(?P<agency>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})(?:'s)? (?:website|web site)\b")


# A line that is a web address and nothing else.
_BARE_ADDRESS = regexes.compile(r"<?(?:https?://|www\.)\S{4,300}>?")


# Page chrome that the chrome pass left under a story's closing lines, at most this many lines.
_MAX_CHROME_UNDER_TAIL = 4
# Closing lines that mark where a story ended even with page chrome under them.
_CLOSING_KINDS = frozenset({"signoff", "source"})
_MAX_CLOSING_CHARS = 80


def _signs_the_story(lines: list[Line], index: int, body_start: int, rules: WireRules) -> bool:
    """Whether the line at ``index``, the text's last, is a writer's name alone signing the story."""
    above = _previous_text(lines, index)
    return above > body_start and signs_the_story(lines[above].text, lines[index].text, rules)


def _above_page_chrome(lines: list[Line], index: int, body_start: int, rules: WireRules) -> int:
    """Where the closing lines' upward read starts: the last line, or, when a few lines of page chrome
    stand under the story ("Get the latest news delivered to your inbox.", an agency's self-description),
    the sign-off or source line above them ("-- BERNAMA", "AAP", "Source: X"), when the line above
    that one ends the story's last sentence, or the closing line above a page's teaser list (see
    ``_above_teaser_list``). A wire trailer block ends where page chrome begins."""
    if (above_list := _above_teaser_list(lines, index, body_start, rules)) != index:
        return above_list
    probe = index
    for _ in range(_MAX_CHROME_UNDER_TAIL):
        probe = _previous_text(lines, probe)
        if probe <= body_start:
            return index
        if len(lines[probe].text) > _MAX_CLOSING_CHARS:
            continue  # (a sign-off or source line is short: a paragraph or a chrome blurb is none)
        found = classify_trailer(lines[probe].text, rules)
        if found is None:
            continue
        above = _previous_text(lines, probe)
        if _continues_sentence(lines[probe + 1 : index + 1]):
            return index  # "AP and Reuters" over "both carried the": a sentence a link broke, not a sign-off
        if found.kind in _CLOSING_KINDS and above > body_start and ends_sentence(lines[above].text):
            return probe
        return index
    return index


def _under_agency_copy(lines: list[Line], index: int, sources: list[tuple[int, str]], rules: WireRules) -> bool:
    """Whether the line at ``index`` closes agency copy: the head named an agency (``sources``), or
    the line above is an agency's copyright notice ("Copyright 2026 The Associated Press. All rights
    reserved." over a feed's footer, the story's dateline unread)."""
    from cleannews.passes.chrome import held_by_an_agency

    above = _previous_text(lines, index)
    return bool(sources) or (above >= 0 and held_by_an_agency(lines[above].text, rules))


def _continues_sentence(below: list[Line]) -> bool:
    """Whether the lines under a closing line go on with its sentence: the first line of text opens
    with a small letter (a scraper's dump breaks a sentence at each link: "AP and Reuters" over
    "both carried the").

    >>> _continues_sentence([Line("both carried the", 1), Line("statement, which was later withdrawn.", 2)])
    True
    >>> _continues_sentence([Line("", 1), Line("Tags: Trade, Asia", 2)]), _continues_sentence([])
    (False, False)
    """
    first = next((line.text.strip() for line in below if not line.is_blank), "")
    return first[:1].islower()


# A page's teaser list under a story: at most this many headlines under their section heading, each
# at most this long (a paragraph is longer).
_MAX_TEASERS = 10
_MAX_TEASER_CHARS = 120
# "Most Read from Bloomberg", "More from Reuters": a section heading naming the site or its source.
_HEADING_FROM = regexes.compile(r"(?P<heading>.{4,40}?) from [A-Z][\w.&' -]{1,40}")


def _is_section_heading(text: str) -> bool:
    """A heading after which a page's article has ended, bare or naming whom its list is from.

    >>> [_is_section_heading(t) for t in ("Most Read from Bloomberg", "Trending Now", "Markets from Asia")]
    [True, True, False]
    """
    from cleannews.lexicon import section_lexicon

    if text in section_lexicon():
        return True
    named = _HEADING_FROM.fullmatch(text)
    return named is not None and named.group("heading") in section_lexicon()


def _above_teaser_list(lines: list[Line], index: int, body_start: int, rules: WireRules) -> int:
    """The line above a page's teaser list when it closes the story: a section heading ("Most Read
    from Bloomberg", "More from Reuters", "Trending Now") over a few headlines ends the text, and the
    line right above the heading is a closing line ("©2026 Bloomberg L.P.", "(END)"); else ``index``.
    A staff story's last paragraph above the list is no closing line: nothing is read then.

    >>> rules = wire_rules(())
    >>> page = ["(Bloomberg) -- Prices rose.", "They fell later.", "©2026 Bloomberg L.P.", "Most Read from Bloomberg",
    ...         "Storm knocks out power", "New bakery opens downtown"]
    >>> _above_teaser_list([Line(t, i + 1) for i, t in enumerate(page)], 5, 0, rules)
    2
    >>> page[2] = "They rose again on Friday."
    >>> _above_teaser_list([Line(t, i + 1) for i, t in enumerate(page)], 5, 0, rules)
    5
    """
    if not body_start < index < len(lines):
        return index
    probe = index
    for _ in range(_MAX_TEASERS + 1):
        text = lines[probe].text.strip()
        if probe != index and _is_section_heading(text):
            above = _previous_text(lines, probe)
            if above > body_start and classify_trailer(lines[above].text, rules) is not None:
                return above
            return index
        if len(text) > _MAX_TEASER_CHARS:
            return index
        probe = _previous_text(lines, probe)
        if probe <= body_start:
            return index
    return index


_MARKDOWN_RULE = regexes.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})")


def _tail(
    changes: _Changes,
    body_start: int,
    meta: Metadata,
    rules: WireRules,
    sources: list[tuple[int, str]],
    keep: bool,
    start: int | None = None,
) -> Metadata:
    """Read closing lines upwards from the end (or ``start``); stop at the first line of body text."""
    lines = changes.lines
    whole: list[tuple[int, Trailer]] = []
    end = _previous_text(lines, len(lines))
    index = end if start is None else start
    while index > body_start:
        above = _previous_text(lines, index)
        if (
            above > body_start
            and author_card(lines[above].text, lines[index].text, meta.byline)
            and not rules.is_organisation(lines[above].text.strip())
        ):
            # (a company's "About Acme Foods LLC" over "Acme Foods LLC is a producer of ..." is no card)
            # "MARIA LOPEZ" over "Lopez covers wildfires for The Associated Press." closing the page
            whole += [(index, Trailer("bio", lines[index].text.strip())), (above, Trailer("card"))]
            index = _previous_text(lines, above)
            continue
        if (
            _MARKDOWN_RULE.fullmatch(lines[index].text)
            or LINK_ITEM.fullmatch(lines[index].text)
            or (not whole and MENU_HEADING.fullmatch(lines[index].text))
        ):
            # (and a menu's "* [Home](URL)" under the story: page chrome, left to the chrome pass)
            if not whole and index == end:
                end = above  # (the page's own lines above it are read as if it closed the text)
            index = above  # a markdown rule ("---", "* * *") is layout, never a trailer: it stays
            continue
        # A byline first: "By Jane Doe (jdoe@herald.com)" is the writer's, not only an e-mail, and so
        # is a name with a role beside an e-mail ("김수연 기자 kimsy@hani.co.kr").
        # A desk code after the dateline's agency ("UNI XC SNG") first: capitals that no writer signs.
        agency = meta.dateline.agency if meta.dateline is not None else None
        coded = closing_shape(lines[index].text, rules, agency)
        byline = None if coded is not None else parse_byline(lines[index].text, rules)
        if (
            byline is None
            and coded is None
            and len(lines[index].text) <= MAX_BYLINE_CHARS
            and has_email(lines[index].text)
        ):
            byline = parse_byline(lines[index].text, rules, bare=True)
        if byline is not None and byline.names != byline.affiliation:
            trailer: Trailer | None = Trailer("byline", byline.names)
        else:
            trailer = classify_trailer(lines[index].text, rules) or (Trailer(*coded) if coded else None)
        if trailer is None and byline is not None:
            trailer = Trailer("byline", byline.names)
        marked = False
        if trailer is None or trailer.kind == "signoff":
            # residue known by its shape: a desk code, a marked sign-off, a share or print line
            shaped = _residue_trailer(lines[index].text, rules, agency)
            if shaped is not None and (trailer is None or shaped.kind == "signoff"):  # "AFP/APP" stays a sign-off
                trailer, marked = shaped, shaped.kind == "signoff"
        if trailer is None and (block := _residue_block(lines, index, body_start)):
            # related-story headlines or tags under their label ("Related News", "Tags")
            whole += [(i, Trailer("marker")) for i in block]
            index = _previous_text(lines, block[0])
            continue
        # A press release's contact block: its label and every line under it, no credits.
        if (trailer is None or trailer.kind == "email") and (block := _contact_block(lines, index, body_start, rules)):
            whole += [(i, Trailer("contact")) for i in block]
            index = _previous_text(lines, block[0])
            continue
        labelled = record_field(lines[index].text, rules, below=True, any_label=True) if trailer is None else None
        if labelled is not None and whole and whole[-1][1].kind == "field":
            # Inside a record's block of fields any "Label: value" line is one ("Last updated: ...")
            trailer = Trailer("copyright", labelled.value) if labelled.label == "copyright" else Trailer("field")
        if (
            (trailer is None or trailer.kind in ("email", "credit"))
            and (label_line := _previous_text(lines, index)) > body_start
            and _CONTACT_LABEL.fullmatch(lines[label_line].text.strip())
        ):
            # Bloomberg's "To contact the reporter on this story:" over "Jane Doe in London at jdoe@..."
            credit = f"{lines[label_line].text.strip()} {lines[index].text.strip()}"
            whole += [(index, Trailer("credit", credit)), (label_line, Trailer("label"))]
            index = _previous_text(lines, label_line)
            continue
        if trailer is None and not whole and is_timestamp(lines[index].text, rules):
            above_line = _previous_text(lines, index)
            signed = classify_trailer(lines[above_line].text, rules) if above_line > body_start else None
            if signed is not None and signed.kind in ("signoff", "marker"):
                trailer = Trailer("stamp")  # "(END) Dow Jones Newswires" over "July 5, 2024 10:12 ET (14:12 GMT)"
        if trailer is None and whole and is_timestamp(lines[index].text, rules):
            # "July 5, 2024 10:12 ET (14:12 GMT)" between "(END) Dow Jones Newswires" and the copyright
            trailer = Trailer("stamp")
        if (
            trailer is None
            and not whole
            and is_feed_footer(lines[index].text)
            and _under_agency_copy(lines, index, sources, rules)
        ):
            # "The post TITLE appeared first on SITE." under agency copy a feed carried: the site's note.
            # On a site's own page the line is its text (the ground truth of ../shared/data keeps it).
            trailer = Trailer("credit", lines[index].text.strip())
        if (
            trailer is None
            and whole
            and whole[-1][1].kind == "marker"
            and _BARE_ADDRESS.fullmatch(lines[index].text.strip())
        ):
            # "https://www.example.com/2026/1105/story" over "Shared from the X app": the copy's own address
            trailer = Trailer("marker")
        if (
            trailer is None
            and whole
            and (label_line := _previous_text(lines, index)) > body_start
            and _field_label_over_value(lines[label_line].text, lines[index].text, rules)
        ):
            # An institution's closing fields, the label over its value: "Component" over "Criminal Division"
            whole += [(index, Trailer("field")), (label_line, Trailer("field"))]
            index = _previous_text(lines, label_line)
            continue
        if (
            trailer is None
            and not whole
            and _BARE_ADDRESS.fullmatch(lines[index].text.strip())
            and (label_line := _previous_text(lines, index)) > body_start
            and lines[label_line].text.rstrip().endswith(":")
            and (pointer := classify_trailer(lines[label_line].text, rules)) is not None
            and pointer.kind == "marker"
        ):
            # "View source version on accesswire.com:" over the address: the pointer and its target
            whole += [(index, Trailer("marker")), (label_line, Trailer("marker"))]
            index = _previous_text(lines, label_line)
            continue
        if (
            trailer is None
            and whole
            and whole[-1][1].kind == "marker"
            and (block := _contact_block(lines, index, body_start, rules, unlabelled_contact_block))
        ):
            # EIN Presswire's "Jane Doe" / "Acme Foods LLC" / "(303) 555-0119" over its "email us here"
            whole += [(i, Trailer("contact")) for i in reversed(block)]
            index = _previous_text(lines, block[0])
            continue
        if trailer is None and whole and (block := _item_block(lines, index, body_start)):
            # Breakingviews' "CONTEXT NEWS" over its dashed items, between the column's closing lines
            whole += [(i, Trailer("marker")) for i in block]
            index = _previous_text(lines, block[0])
            continue
        if trailer is None and not whole and _signs_the_story(lines, index, body_start, rules):
            trailer = Trailer("byline", lines[index].text.strip())  # "Елена Волкова" under the last paragraph
        if trailer is None:
            break
        above = _previous_text(lines, index)
        if (trailer.kind == "signoff" and not marked) or (trailer.kind == "byline" and is_dashed(lines[index].text)):
            # A bare "Reuters" or "— Jane Doe" signs off a story only below a finished sentence or
            # other credits, not at the end of a list ("- Best Car Rentals in Canada").
            prior = classify_trailer(lines[above].text, rules) if above >= 0 else None
            sentence = ends_sentence(lines[above].text) and not is_dashed(lines[above].text)
            if not (
                sentence
                or (prior is not None and prior.kind not in ("signoff", "byline"))
                or _agency_dash_signoff(lines[index].text, lines[above].text, trailer, rules)
            ):
                break
            if trailer.kind == "byline" and is_dashed(lines[index].text) and is_quotation(lines[above].text):
                break  # "— Mark Twain" under a quotation attributes the quote: an epigraph
        whole.append((index, trailer))
        index = above
    if not whole and start is None and (above_chrome := _above_page_chrome(lines, end, body_start, rules)) != end:
        # nothing closes the text: the story's closing lines may stand above a few lines of page chrome
        return _tail(changes, body_start, meta, rules, sources, keep, above_chrome)
    inline: list[tuple[int, Trailer]] = []
    if 0 <= body_start <= index:
        text = lines[index].text
        for _ in range(2):  # "... said. (Reporting by X) (END)"
            found = inline_trailer(text, rules)
            if found is None:
                break
            cut, trailer = found
            inline.insert(0, (index, trailer))
            text = text[: len(text) - len(cut)]
            if not keep:
                changes.cut(index, cut, _TRAILER_REASONS[trailer.kind].replace(" line", " note"), "trailer", True)
    credits: list[str] = []
    copyright_lines: list[str] = []
    for index, trailer in [*inline, *sorted(whole, key=lambda item: item[0])]:
        if trailer.kind == "marker" and (named := _NOTE_AGENCY.match(lines[index].text.strip())) is not None:
            if (index, trailer) in whole and rules.is_agency(named.group("agency")):
                # "Anadolu Agency website contains only a portion of ...": the weakest credit there is
                sources.append((_SOURCE_RANK["note"], named.group("agency")))
        elif trailer.kind in ("source", "signoff") and trailer.value:
            sources.append((_SOURCE_RANK[trailer.kind], trailer.value))
        elif trailer.kind == "email" and trailer.value and (desk := _agency_with_address(trailer.value, rules)):
            sources.append((_SOURCE_RANK["signoff"], desk[0]))  # "YONHAP [english@joongang.co.kr]"
            credits.append(desk[1])
        elif trailer.kind == "email" and trailer.value and (reporter := _reporter_line(trailer.value, rules)):
            names, mailbox, station = reporter  # "YTN 김수연 (kimsy@ytn.co.kr)": the station, the writer, the address
            credits.append(mailbox)
            if station is not None:
                sources.append((_SOURCE_RANK["signoff"], station))
            if meta.byline is None:
                meta = meta.replace(byline=names)
        elif trailer.kind == "email" and trailer.value and (address := _address_after_agency(trailer.value, rules)):
            credits.append(address)  # "◎공감언론 뉴시스 jdoe@newsis.com": the agency's motto and name, then the address
        elif trailer.kind in ("credit", "email", "bio") and trailer.value:
            credits.append(trailer.value)
        elif trailer.kind == "copyright" and trailer.value:
            copyright_lines.append(trailer.value)
        elif trailer.kind == "byline" and trailer.value:
            if (reporter := _reporter_line(lines[index].text, rules)) is not None:
                credits.append(reporter[1])  # "김수연 기자 kimsy@hani.co.kr": the reporter's e-mail line
            if meta.byline is None:
                meta = meta.replace(byline=trailer.value)
    if not keep:
        for index, trailer in whole:
            changes.drop(index, _TRAILER_REASONS[trailer.kind])
    if credits:
        meta = meta.replace(credits=meta.credits + tuple(credits))
    if copyright_lines:
        meta = meta.replace(copyright=meta.copyright or " ".join(copyright_lines))
    return meta


_MAX_FIELD_VALUE_WORDS = 8
# An agency's name over the desk's address that closes its copy: "YONHAP [english@joongang.co.kr]".
_AGENCY_WITH_ADDRESS = regexes.compile(
    r"(?P<agency>[^\W\d_][\w .&'-]{1,40}?)\s*[\[(<](?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\])>]"
)


def _agency_with_address(text: str, rules: WireRules) -> tuple[str, str] | None:
    """The agency (as printed) and the address of a closing line that names an agency and a
    mailbox ("YONHAP [english@joongang.co.kr]"), or None (a writer's name over an address).

    >>> from cleannews.wire.rules import wire_rules
    >>> _agency_with_address("YONHAP [english@joongang.co.kr]", wire_rules())
    ('YONHAP', 'english@joongang.co.kr')
    >>> _agency_with_address("JANE DOE [jdoe@joongang.co.kr]", wire_rules()) is None
    True
    """
    found = _AGENCY_WITH_ADDRESS.fullmatch(text.strip())
    if found is None or not rules.is_agency(found.group("agency")):
        return None
    return found.group("agency").strip(), found.group("address")


# A closing line of an agency's name (after its motto, maybe a mark) and then a reporter's address.
_ADDRESS_AFTER_NAME = regexes.compile(
    r"[◎▶☞■]?\s*(?P<name>[^\W\d_][\w .&'-]{0,40}?)\s+(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)


def _address_after_agency(text: str, rules: WireRules) -> str | None:
    """The address on a closing line that prints it after an agency's name (and the agency's motto
    before that), or None (a writer's name before the address).

    >>> from cleannews.wire.rules import wire_rules
    >>> _address_after_agency("◎공감언론 뉴시스 jdoe@newsis.com", wire_rules())
    'jdoe@newsis.com'
    >>> _address_after_agency("김수연 jdoe@newsis.com", wire_rules()) is None
    True
    """
    found = _ADDRESS_AFTER_NAME.fullmatch(text.strip())
    if found is None or not rules.is_agency(found.group("name").split()[-1]):
        return None
    return found.group("address")


# A Korean reporter's closing line: names, the role, the address ("김수연 기자 (kimsy@sbs.co.kr)"),
# or a broadcaster's name before the reporter's ("YTN 김수연 (kimsy@ytn.co.kr)").
_REPORTER_LINE = regexes.compile(
    r"(?:(?P<station>[A-Z][A-Za-z0-9]{1,11})\s+)?(?P<names>[가-힣]{2,4}(?:[ ·,]+[가-힣]{2,4})*?)"
    r"\s*(?P<role>[가-힣]{0,6})\s*[(<\[]?\s*(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[)>\]]?"
)


def _reporter_line(text: str, rules: WireRules) -> tuple[str, str, str | None] | None:
    """The names, the address and the broadcaster of a Korean reporter's closing line: names and
    their role ("기자", "특파원") before the address, or a broadcaster's name before the reporter's;
    None on any other line.

    >>> from cleannews.wire.rules import wire_rules
    >>> _reporter_line("김수연 기자 kimsy@hani.co.kr", wire_rules())
    ('김수연', 'kimsy@hani.co.kr', None)
    >>> _reporter_line("YTN 김수연 (kimsy@ytn.co.kr)", wire_rules())
    ('김수연', 'kimsy@ytn.co.kr', 'YTN')
    >>> _reporter_line("김수연 kimsy@hani.co.kr", wire_rules()) is None
    True
    >>> _reporter_line("Jane Doe jdoe@herald.com", wire_rules()) is None
    True
    """
    found = _REPORTER_LINE.fullmatch(text.strip())
    if found is None:
        return None
    role, station = found.group("role"), found.group("station")
    if role and rules.roles.fullmatch(role) and not station:
        return found.group("names"), found.group("address"), None
    if not role and station and rules.is_agency(station):
        return found.group("names"), found.group("address"), station
    return None


def _field_label_over_value(label: str, value: str, rules: WireRules) -> bool:
    """A closing field printed as a label alone over its value: "Topic" over "Violent Crime"."""
    value = value.strip()
    return (
        label.strip().casefold() in rules.tail_fields
        and 0 < len(value.split()) <= _MAX_FIELD_VALUE_WORDS
        and not ends_sentence(value)
        and value[:1].isupper()
    )


def _residue_trailer(text: str, rules: WireRules, agency: str | None) -> Trailer | None:
    """A closing line known by its shape (see :mod:`cleannews.wire.residue`): a marked sign-off or
    a "Via X" line (the source), a desk code or a desks' credit line (a credit), a share, print or
    tag line (no field)."""
    if (signed := marked_signoff(text, rules, agency) or closing_source(text, rules)) is not None:
        return Trailer("signoff", signed)
    if is_desk_code(text) or bracketed_credits(text, rules):
        return Trailer("credit", text.strip())
    if is_share_line(text, rules) or is_tag_line(text):
        return Trailer("marker")
    return None


def _residue_block(lines: list[Line], index: int, body_start: int) -> list[int]:
    """The lines (indices, top first) of a related-stories or tags block that ends at line ``index``, or []."""
    above: list[int] = []
    i = index
    while i > body_start and len(above) < RESIDUE_BLOCK_LINES:
        above.insert(0, i)
        i = _previous_text(lines, i)
    count = residue_block([lines[i].text for i in above])
    return above[len(above) - count :] if count else []


def _residue_head(
    changes: _Changes, index: int, after: int, rules: WireRules, sources: list[tuple[int, str]]
) -> tuple[int, Byline | None] | None:
    """A head line of a page's or an aggregator's residue (see :mod:`cleannews.wire.residue`):
    a provider with the story's age ("TASS · 3h", the source), an item's number ("News ID: 85012345"),
    a read-later export's "Saved from ADDRESS", or its domain line, over the writer's bare name when
    one follows ("tass.com" over "Jane Doe"). Returns where the head goes on and the byline found."""
    lines = changes.lines
    text = lines[index].text
    keep = changes.keep_meta
    if (provider := provider_line(text)) is not None:
        sources.append((_SOURCE_RANK["source"], rules.canonical_agency(provider)))
        if not keep:
            changes.drop(index, f"head line (a provider and the story's age) and source {provider} moved to source")
        return after, None
    kind = head_residue(text)
    if kind is None:
        return None
    if not keep:
        changes.drop(index, f"head line ({kind}) removed")
    if kind != "domain" or after >= len(lines):
        return after, None
    name = lines[after].text.strip()
    below = _next_text(lines, after + 1)
    if below < len(lines) and looks_like_names(name) and plausible_bare_names(name, rules) and not ends_sentence(name):
        # a reader view's domain line over the writer's name alone
        if not keep:
            changes.drop(after, "byline (a bare name under the site's domain) moved to byline")
        return below, Byline(name)
    return after, None
