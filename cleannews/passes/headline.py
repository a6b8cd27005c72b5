"""Find the headline: a first paragraph of one short line that does not read as a sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleannews import regexes
from cleannews.document import Document

if TYPE_CHECKING:
    from cleannews.config import Config
    from cleannews.wire.rules import WireRules

NAME = "headline"
SUMMARY = "mark the first paragraph as the headline when it is one short line, not a sentence"

MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
# The fewest words of the line under a headline, in a text without blank lines, that show it opens the article.
MIN_LEDE_WORDS = 8
# Lines that open an article without being its headline: bylines, "From our correspondent", dates.
_ABBREVIATION_END = regexes.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.)$")
_NOT_A_HEADLINE = regexes.compile(
    r"^(?:by|posted|updated|published|from (?:our|the|staff|wire|a|an)\b(?! .* to ))\b", re.IGNORECASE
)


def is_headline(text: str) -> bool:
    """Whether a lone first line has the shape of a headline.

    >>> is_headline("(LEAD) Defense chief, NATO's top commander agree to expand ties")
    True
    >>> is_headline("The minister said on Monday that talks would resume.")
    False
    >>> is_headline("By Jane Doe")
    False
    >>> is_headline("The hottest housing markets in the U.S.")
    True
    >>> is_headline("From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now")
    True
    """
    words = text.split()
    ending = text.rstrip("\"'”’)")
    if _ABBREVIATION_END.search(ending):  # "Hottest markets in the U.S." ends a headline, not a sentence
        ending = ending[:-1]
    return (
        0 < len(words) <= MAX_HEADLINE_WORDS
        and len(text) <= MAX_HEADLINE_CHARS
        and not ending.endswith((".", ",", ";", ":"))
        and not _NOT_A_HEADLINE.match(text)
        and any(ch.isalpha() for ch in text)
    )


def find_headline(doc: Document, cfg: Config) -> Document:
    """Record the headline (the text keeps it, as its first paragraph).

    Runs after whitespace normalisation, so the first paragraph is settled. The headline may
    share its paragraph with byline lines below it ("By Jane Doe"), which the wire pass lifts;
    a lone press-release dateline ("BAAR, SWITZERLAND") is not a headline.

    >>> from cleannews.config import Config
    >>> doc = find_headline(Document.from_text("Rains flood Seoul\\n\\nHeavy rain fell."), Config())
    >>> doc.meta.title, doc.title_line
    ('Rains flood Seoul', 1)
    >>> find_headline(Document.from_text("Rains flood Seoul\\nBy Kim Soo-yeon\\n\\nRain fell."), Config()).meta.title
    'Rains flood Seoul'
    >>> find_headline(Document.from_text("One paragraph only"), Config()).meta.title is None
    True
    >>> find_headline(Document.from_text("BAAR, SWITZERLAND\\n\\nAscom said."), Config()).meta.title is None
    True
    >>> unspaced = "Rains flood Seoul\\nHeavy rain fell on the capital on Monday.\\nSchools shut."
    >>> find_headline(Document.from_text(unspaced), Config()).meta.title
    'Rains flood Seoul'
    >>> wrapped = "The council approved the\\nbudget on Tuesday.\\nIt passed."
    >>> find_headline(Document.from_text(wrapped), Config()).meta.title is None
    True
    >>> page = "Grain output hits record\\nSource: Xinhua\\nEditor: huaxia\\n2024-12-13 15:02:30\\n\\nOutput rose."
    >>> find_headline(Document.from_text(page), Config()).meta.title
    'Grain output hits record'
    """
    lines = doc.lines
    if len(lines) < 3 or lines[0].is_blank or not is_headline(lines[0].text):
        return doc
    end = 1
    while end < len(lines) and not lines[end].is_blank:
        end += 1
    if end == len(lines):
        # A text without blank lines gives each paragraph a line: its first is the headline when
        # the next reads as the start of the article (a longer line of some words), not a wrap of it.
        second = lines[1].text
        if not (len(second) > len(lines[0].text) * 1.2 and len(second.split()) >= MIN_LEDE_WORDS):
            return doc
        end = 1
    from cleannews.wire.dateline import find_standalone_dateline
    from cleannews.wire.rules import wire_rules

    rules = wire_rules(cfg.wire_patterns)
    below = [line.text for line in lines[1:end]]
    if not _head_metadata(below, rules) or (below and _head_metadata([lines[0].text, *below], rules, byline_only=True)):
        return doc  # the writer's line over the time, when a page lost its headline, is no headline
    if find_standalone_dateline(lines[0].text, rules) is not None:
        return doc
    return doc.replace(meta=doc.meta.replace(title=lines[0].text), title_line=lines[0].origin)


def _head_metadata(texts: list[str], rules: WireRules, byline_only: bool = False) -> bool:
    """Whether the lines that share the headline's paragraph are all what a page prints under a
    headline: bylines, publication times and the labels beside them ("Source: Xinhua", "Editor:
    huaxia", "Updated"), or names alone ("Tom Walker in Rome") above a time. ``byline_only``: only
    whether the first line is a writer's, with a role ("Jane Doe Africa correspondent") or above a
    time.

    >>> from cleannews.wire.rules import wire_rules
    >>> _head_metadata(["Tom Walker in Rome", "Tue 3 Dec 2024 14.05 GMT"], wire_rules())
    True
    >>> _head_metadata(["Tom Walker in Rome"], wire_rules()), _head_metadata(["Oil rose on Monday."], wire_rules())
    (False, False)
    """
    from cleannews.wire.byline import parse_byline, plausible_bare_names, strip_places
    from cleannews.wire.names import looks_like_names
    from cleannews.wire.timestamp import head_label, is_timestamp

    for i, text in enumerate(texts):
        if byline_only and i == 1:
            return True
        if parse_byline(text, rules, bare=byline_only) is not None:
            continue
        if not byline_only and (is_timestamp(text, rules) or head_label(text, rules)):
            continue
        names = text.strip()
        if not (looks_like_names(names) and plausible_bare_names(strip_places(names), rules)):
            return False
        if not any(is_timestamp(below, rules) for below in texts[i + 1 :]):
            return False
    return True
