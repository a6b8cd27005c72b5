"""Detect news-wire metadata: headline tags and source trailers, moved out of the text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleannews.document import Document, Edit, Line, Removal

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "wire"
SUMMARY = "move headline tags such as (LEAD) into tags and source lines into source"

# "(LEAD)", "(2nd LD)", "(News Focus)", "(EDITORIAL from Korea Times)": a bracketed label of a
# few words that starts with a capital or a digit, at the very start of the headline.
_HEADLINE_TAG = re.compile(r"^\(([A-Z0-9][\w.&'’-]*(?: [\w.&'’-]+){0,5})\)\s+")
# "Source: Yonhap News Agency", "Sources: AP, Reuters" as the last line.
_SOURCE_LINE = re.compile(r"^(?:sources?|quelle|fuente|fonte|source de l'article)\s*[:：]\s*(\S.{0,79})$", re.I)


def split_headline_tags(title: str) -> tuple[list[str], str]:
    """Headline tags at the start of ``title`` and the headline without them.

    >>> split_headline_tags("(LEAD) (Asiad) Korea wins gold")
    (['LEAD', 'Asiad'], 'Korea wins gold')
    >>> split_headline_tags("(2nd LD) N. Korea fires missile")
    (['2nd LD'], 'N. Korea fires missile')
    >>> split_headline_tags("(un)happy returns")
    ([], '(un)happy returns')
    """
    tags = []
    rest = title
    while match := _HEADLINE_TAG.match(rest):
        tags.append(match.group(1))
        rest = rest[match.end() :]
    if not rest.strip():
        return [], title
    return tags, rest


def detect_wire_metadata(doc: Document, cfg: Config) -> Document:
    """Move headline tags into ``tags`` and a closing source line into ``source``.

    Only the headline and the last line are looked at, so a body sentence that quotes a tag
    or names a source stays. With ``cfg.keep_meta`` the text is left as it is.

    >>> from cleannews.config import Config
    >>> doc = Document.from_text("(URGENT) Quake hits Japan\\n\\nA quake hit.\\n\\nSource: Kyodo")
    >>> doc = detect_wire_metadata(doc.replace(title_line=1), Config())
    >>> doc.meta.tags, doc.meta.source, doc.text
    (('URGENT',), 'Kyodo', 'Quake hits Japan\\n\\nA quake hit.')
    """
    lines = list(doc.lines)
    meta = doc.meta
    edits: list[Edit] = []
    removed: list[Removal] = []

    if doc.title_line is not None and lines and lines[0].origin == doc.title_line:
        tags, title = split_headline_tags(lines[0].text)
        if tags:
            meta = meta.replace(title=title, tags=tuple(tags))
            if not cfg.keep_meta:
                prefix = lines[0].text[: len(lines[0].text) - len(title)]
                reason = "headline tag" + ("s " if len(tags) > 1 else " ") + ", ".join(tags) + " moved to tags"
                edits.append(Edit(NAME, lines[0].origin, prefix, "", reason, "tag"))
                lines[0] = Line(title, lines[0].origin)

    if len(lines) > 1 and (match := _SOURCE_LINE.match(lines[-1].text)):
        meta = meta.replace(source=match.group(1).strip())
        if not cfg.keep_meta:
            last = lines.pop()
            removed.append(Removal(NAME, last.origin, last.text, "source trailer moved to source"))
            while lines and lines[-1].is_blank:
                lines.pop()

    if meta == doc.meta:
        return doc
    return doc.replace(
        lines=tuple(lines), meta=meta, edits=doc.edits + tuple(edits), removed=doc.removed + tuple(removed)
    )
