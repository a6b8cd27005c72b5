"""Lift news-wire metadata: headline tags, dateline, byline, and the credits that close a story.

Looks only where wire copy puts metadata, and takes a line only when a pattern accounts for all
of it: the headline (tags in front, an agency behind), the head of the body (byline lines, then
the dateline that opens the lede) and the tail (a run of closing lines, read upwards from the
end, stopping at the first line of body text). Patterns come from ``cleannews/lexicon/wire/*.toml``
plus ``Config.wire_patterns``; the detectors are in :mod:`cleannews.wire`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cleannews.document import Dateline, Document, Edit, Line, Metadata, Removal
from cleannews.wire.byline import parse_byline
from cleannews.wire.dateline import find_dateline, find_standalone_dateline
from cleannews.wire.rules import WireRules, wire_rules
from cleannews.wire.tags import split_tags
from cleannews.wire.trailer import Trailer, classify_trailer, ends_sentence, inline_trailer

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "wire"
SUMMARY = "headline tags, dateline, byline and closing credits into metadata; tags, bylines, trailers out"

# Where a source can come from, most trusted first.
_SOURCE_RANK = {"source": 0, "signoff": 1, "headline": 2, "byline": 3, "dateline": 4}
_TRAILER_REASONS = {
    "marker": "end marker",
    "separator": "separator closing the article",
    "source": "source trailer moved to source",
    "signoff": "agency sign-off moved to source",
    "credit": "credit line moved to credits",
    "email": "reporter's e-mail moved to credits",
    "copyright": "copyright line moved to copyright",
    "byline": "closing byline moved to byline",
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

    def drop(self, index: int, reason: str) -> None:
        """Take line ``index`` out of the text."""
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
    rules = wire_rules(cfg.wire_patterns)
    changes = _Changes(doc, cfg.keep_meta, list(doc.lines))
    lines = changes.lines
    meta = doc.meta
    sources: list[tuple[int, str]] = []
    start = 0

    if doc.title_line is not None and lines and lines[0].origin == doc.title_line:
        start = 1
        found = split_tags(lines[0].text, rules)
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

    # The head: byline lines, then the dateline opening the first paragraph.
    index = _next_text(lines, start)
    byline = None
    while index < len(lines) and (parsed := parse_byline(lines[index].text, rules)) is not None:
        byline = byline or parsed
        if not cfg.keep_meta:
            changes.drop(index, "byline moved to byline")
        index = _next_text(lines, index + 1)
        if index < len(lines) and rules.is_role(lines[index].text):
            byline = byline if byline.affiliation else parsed.__class__(byline.names, lines[index].text.strip())
            if not cfg.keep_meta:
                changes.drop(index, "byline affiliation moved to byline")
            index = _next_text(lines, index + 1)
    if byline is not None:
        meta = meta.replace(byline=meta.byline or byline.names)
        if byline.affiliation and byline.affiliation.removeprefix("The ").casefold() in rules.agencies:
            sources.append((_SOURCE_RANK["byline"], byline.affiliation))

    body_start = index
    if index < len(lines):
        meta, body_start = _dateline(changes, index, meta, rules, sources, cfg.strip_dateline)

    meta = _tail(changes, body_start, meta, rules, sources, cfg.keep_meta)
    if sources:
        meta = meta.replace(source=meta.source or min(sources)[1])
    if meta == doc.meta and not changes.removed and not changes.edits:
        return doc
    return doc.replace(
        lines=changes.result(),
        meta=meta,
        removed=doc.removed + tuple(changes.removed),
        edits=doc.edits + tuple(changes.edits),
    )


def _dateline(
    changes: _Changes, index: int, meta: Metadata, rules: WireRules, sources: list[tuple[int, str]], strip: bool
) -> tuple[Metadata, int]:
    """Find the dateline on line ``index``; returns the metadata and where the body starts."""
    lines = changes.lines
    following = _next_text(lines, index + 1)
    if _is_kicker(lines, index) and following < len(lines) and find_dateline(lines[following].text, rules):
        index = following  # "Posted in News Release" above "WASHINGTON (Jan. 24, 2017) — ..."
    text = lines[index].text
    body_start = index
    match = find_dateline(text, rules)
    standalone = False
    if match is None:
        following = _next_text(lines, index + 1)
        if following < len(lines) and (match := find_standalone_dateline(text, rules)) is not None:
            standalone, body_start = True, following
    if match is None:
        return meta, body_start
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
    return meta, body_start


def _is_kicker(lines: list[Line], index: int) -> bool:
    """A one-line paragraph above the lede that is no sentence: a label ("Posted in News Release")
    or a headline the headline pass did not mark."""
    alone = index + 1 >= len(lines) or lines[index + 1].is_blank
    text = lines[index].text
    return alone and len(text.split()) <= 30 and not ends_sentence(text)


def _tail(
    changes: _Changes, body_start: int, meta: Metadata, rules: WireRules, sources: list[tuple[int, str]], keep: bool
) -> Metadata:
    """Read closing lines upwards from the end; stop at the first line of body text."""
    lines = changes.lines
    whole: list[tuple[int, Trailer]] = []
    index = _previous_text(lines, len(lines))
    while index > body_start:
        trailer = classify_trailer(lines[index].text, rules)
        if trailer is None and (byline := parse_byline(lines[index].text, rules)) is not None:
            trailer = Trailer("byline", byline.names)
        if trailer is None:
            break
        above = _previous_text(lines, index)
        if trailer.kind == "signoff":
            # A bare "Reuters" signs off a story only below a finished sentence or other credits.
            prior = classify_trailer(lines[above].text, rules) if above >= 0 else None
            if not (ends_sentence(lines[above].text) or (prior is not None and prior.kind != "signoff")):
                break
        whole.append((index, trailer))
        index = above
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
    for _, trailer in [*inline, *sorted(whole, key=lambda item: item[0])]:
        if trailer.kind in ("source", "signoff") and trailer.value:
            sources.append((_SOURCE_RANK[trailer.kind], trailer.value))
        elif trailer.kind in ("credit", "email") and trailer.value:
            credits.append(trailer.value)
        elif trailer.kind == "copyright" and trailer.value:
            copyright_lines.append(trailer.value)
        elif trailer.kind == "byline" and trailer.value and meta.byline is None:
            meta = meta.replace(byline=trailer.value)
    if not keep:
        for index, trailer in whole:
            changes.drop(index, _TRAILER_REASONS[trailer.kind])
    if credits:
        meta = meta.replace(credits=meta.credits + tuple(credits))
    if copyright_lines:
        meta = meta.replace(copyright=meta.copyright or " ".join(copyright_lines))
    return meta
