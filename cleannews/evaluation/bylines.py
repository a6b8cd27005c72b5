"""Bylines on real pages: the writer cleannews finds in the head of a whole-page dump, against the
author the page's ground truth or its own metadata names.

The wire harness's own cases are written by the team; these are real pages, so they show how the
byline rules fare on page heads nobody here wrote: the 711 WCXB article pages (dumped with html-text
as the chrome harness dumps them; the author from their ground truth) and the 181 Zyte news pages
(their published html-text dumps; the author from the page's own metadata: JSON-LD ``author`` and
``<meta name="author">``, read from the HTML).

A page counts for recall when its head holds a byline to find: the author's name stands on a short
line among the last lines above the first paragraph of the ground-truth body. A byline found counts
as right when it shares a name with the author, as wrong when it shares none; an agency named as
the author counts as found when it lands in ``source`` (where an agency's name alone under the
headline goes). Bylines on pages whose reference names no author are counted apart: they can be
neither checked nor blamed. Page metadata sometimes names the publisher ("Snopes") where the page
prints a writer: such a byline counts as wrong here. Pages are split into two halves by a hash of
their id, as the chrome harness does: rules are tuned on ``dev``, ``check`` is the held-out figure.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleannews.evaluation.data import wcxb_pages, zyte_dumps, zyte_pages

# How far above the first body line a head byline may stand (non-blank lines), and how long its line is.
HEAD_LINES = 12
MAX_BYLINE_WORDS = 14
_NAME_TOKEN = re.compile(r"\w+")
_CONNECTORS = frozenset(["and", "by", "the", "with", "of", "und", "et", "y"])


@dataclass(frozen=True, slots=True)
class BylinePage:
    corpus: str  # "wcxb" or "zyte"
    page_id: str
    dump: str
    author: str | None  # the ground truth's (or the page metadata's) author, as written
    body: str  # the ground truth's article body

    @property
    def half(self) -> str:
        digest = hashlib.sha1(f"{self.corpus}/{self.page_id}".encode()).digest()
        return f"{self.corpus} {'dev' if digest[0] % 2 == 0 else 'check'}"


@dataclass
class BylineReport:
    pages: int = 0
    with_head_byline: int = 0  # pages whose head holds the author's name on a short line
    found: int = 0  # of those, pages where the byline found names the author
    right: int = 0  # bylines found that name the ground-truth author (on any page)
    wrong: int = 0  # bylines found that name someone else
    unchecked: int = 0  # bylines found on pages whose ground truth names no author
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.found / self.with_head_byline if self.with_head_byline else None

    @property
    def precision(self) -> float | None:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else None


def load_pages(data: Path) -> Iterator[BylinePage]:
    import html_text

    for page in wcxb_pages(data):
        if page.html_path is None:
            continue
        record = json.loads((data / "wcxb-dev-articles" / "ground-truth" / f"{page.page_id}.json").read_text("utf-8"))
        author = record["ground_truth"].get("author") or None
        yield BylinePage("wcxb", page.page_id, html_text.extract_text(page.html()), author, page.truth)
    dumps = zyte_dumps(data)
    for page in zyte_pages(data):
        authors = metadata_authors(page.html())
        yield BylinePage("zyte", page.page_id, dumps[page.page_id], " and ".join(authors) or None, page.truth)


_LD_JSON = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_META_AUTHOR = re.compile(r"<meta[^>]+name=[\"'](?:author|byl|parsely-author|sailthru\.author)[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"content=[\"']([^\"']*)[\"']")
_BY = re.compile(r"(?i)^by\s+")


def metadata_authors(page: str) -> list[str]:
    """The authors a page's metadata names: JSON-LD ``author`` (a name, an object with a name, or a
    list of them) and ``<meta name="author">``; "By " off, repeats once.

    >>> metadata_authors('<meta name="author" content="By Jane Doe"><script type="application/ld+json">'
    ...                  '{"author": [{"name": "Jane Doe"}, {"name": "John Roe"}]}</script>')
    ['Jane Doe', 'John Roe']
    """
    found: list[str] = []
    for block in _LD_JSON.findall(page):
        try:
            stack: list[Any] = [json.loads(block.strip())]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                graph = item.get("@graph")
                stack.extend(reversed(graph) if isinstance(graph, list) else [graph] if graph else [])
                authors = item.get("author")
                for author in authors if isinstance(authors, list) else [authors]:
                    name = author.get("name") if isinstance(author, dict) else author
                    if isinstance(name, str) and name.strip():
                        found.append(name.strip())
    for tag in _META_AUTHOR.findall(page):
        if (content := _CONTENT.search(tag)) is not None and content.group(1).strip():
            found.append(html.unescape(content.group(1).strip()))
    names = [_BY.sub("", name) for name in found]
    return list(dict.fromkeys(names))


def name_tokens(text: str | None) -> set[str]:
    """The words of a name, casefolded, initials and connectors left out: "Dylan Bailey, MS" ->
    {"dylan", "bailey", "ms"}.

    >>> sorted(name_tokens("J. Doe and Jane Roe"))
    ['doe', 'jane', 'roe']
    """
    tokens = {token.casefold() for token in _NAME_TOKEN.findall(text or "") if len(token) > 1}
    return tokens - _CONNECTORS


def first_author(author: str) -> str:
    """The first name the ground truth gives, without degrees: "Dylan Bailey, MS, RD" -> "Dylan Bailey".

    >>> first_author("Manoj Jain and Jagpreet Chhatwal"), first_author("Dylan Bailey, MS, RD, FAND")
    ('Manoj Jain', 'Dylan Bailey')
    """
    return re.split(r",| and | & ", author)[0].strip()


def head_byline_line(page: BylinePage) -> str | None:
    """The short line above the body's first paragraph that names the author, if the head has one."""
    if not page.author:
        return None
    opening = page.body.strip().split("\n")[0][:40]
    if not opening:
        return None
    lines = page.dump.splitlines()
    start = next((i for i, line in enumerate(lines) if opening in line), None)
    if start is None:
        return None
    name = first_author(page.author).casefold()
    head = [line for line in lines[:start] if line.strip()][-HEAD_LINES:]
    return next(
        (line for line in head if name and name in line.casefold() and len(line.split()) <= MAX_BYLINE_WORDS), None
    )


def score(pages: Iterable[BylinePage]) -> dict[str, BylineReport]:
    from cleannews import clean
    from cleannews.wire.rules import wire_rules

    rules = wire_rules()
    reports: dict[str, BylineReport] = {}
    for page in pages:
        report = reports.setdefault(page.half, BylineReport())
        report.pages += 1
        result = clean(page.dump)
        found = result.byline
        expected = name_tokens(page.author)
        right = bool(found and expected and name_tokens(found) & expected)
        # An agency named alone ("Associated Press" under the headline) is the story's source.
        credited = bool(page.author and rules.is_agency(page.author) and name_tokens(result.source) & expected)
        if found and not expected:
            report.unchecked += 1
        elif found:
            report.right += right
            report.wrong += not right
            if not right:
                report.misses.append(f"{page.page_id}: wrong byline {found!r} (author {page.author!r})")
        if (line := head_byline_line(page)) is not None:
            report.with_head_byline += 1
            report.found += right or (found is None and credited)
            if not (right or (found is None and credited)):
                report.misses.append(f"{page.page_id}: missed {page.author!r} in {line.strip()[:80]!r}")
    return reports


def ratio_cell(value: float | None) -> str:
    """A precision or recall as a table prints it: three decimals, or a dash when nothing counted."""
    return "–" if value is None else f"{value:.3f}"


def render(reports: dict[str, BylineReport]) -> str:
    lines = [
        "| real page heads | pages | head bylines | found | byline P | byline R | unchecked |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for half in ("wcxb dev", "wcxb check", "zyte dev", "zyte check"):
        if (r := reports.get(half)) is not None:
            lines.append(
                f"| {half} | {r.pages} | {r.with_head_byline} | {r.found} | {ratio_cell(r.precision)} | "
                f"{ratio_cell(r.recall)} | {r.unchecked} |"
            )
    return "\n".join(lines) + "\n"
