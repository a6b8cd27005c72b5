"""Find the headline: a first paragraph of one short line that does not read as a sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from cleannews import regexes
from cleannews.document import Document, Line

if TYPE_CHECKING:
    from cleannews.config import Config
    from cleannews.wire.rules import WireRules

NAME = "headline"
SUMMARY = "mark the first paragraph as the headline when it is one short line, not a sentence"

MAX_HEADLINE_WORDS = 30
# How many lines under a page's <title> its headline is looked for, and how much it must say
# what the title says (Dice's coefficient of their words) to be taken for it.
TITLE_REACH = 6
MIN_TITLE_SIMILARITY = 0.5
MAX_HEADLINE_CHARS = 250
# The fewest words of the line under a headline, in a text without blank lines, that show it opens the article.
MIN_LEDE_WORDS = 8
# Lines that open an article without being its headline: bylines, "From our correspondent", dates.
_ABBREVIATION_END = regexes.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)\.)$")
_NOT_A_HEADLINE = regexes.compile(
    r"^(?:by|posted|updated|published|from (?:our|the|staff|wire|a|an)\b(?! .* to ))\b", re.IGNORECASE
)
# A post-meta line ends with the reading time ("Travel September 8, 2021 -- min read"): no headline does.
_READING_TIME_END = regexes.compile(r"(?:\d{1,3}|--|x)\s*(?:min|mins|minutes?)\.?\s+read$", re.IGNORECASE)
# A byline with its role ("Written by", "Medically reviewed by"): under a headline, not one.
_ROLE_BYLINE = regexes.compile(
    r"^(?:(?:written|reviewed|medically reviewed|fact[- ]checked|edited|compiled|analysis|data analysis|"
    r"research|illustrations?|photos?|photography|words|story|reporting|text)(?: and [a-z ]+)? by)\b",
    re.IGNORECASE,
)
# Lines that stand by a headline without being one: a photo's credit, and a page's labels for
# its parts and its offers.
_FURNITURE = regexes.compile(
    r"\b(?:getty images|shutterstock|istock(?:photo)?|unsplash|pexels|alamy|dreamstime|adobe stock)\b"
    r"|\s//\s|^\W*(?:photo|image|picture|illustration|photograph|credit)(?:s?\s*(?:by|via|credit|courtesy)|\s*:)"
    r"|^\W*(?-i:[A-Z]{2,6}\s+(?:[Ff]ile\s+)?[Pp]hotos?)\s+(?:by|via|courtesy)\b"  # "(PNA photo by ...)"
    r"|^(?:expand |collapse |toggle |show |hide )?(?:the )?(?:table of contents?|contents"
    r"|in this (?:article|post|guide)|on this page|jump to(?: section| content)?|key takeaways|quick links"
    r"|skip to\b.*)$"
    r"|^(?:book|request|schedule|get|start|try|claim)\b.{0,20}\b(?:demo|trial|quote|consultation)\b"
    r"|\bfree \d+[- ]day trial\b|\bcopy (?:\w+ )*to (?:your )?clipboard\b|^print(?:/save)?(?: as pdf)?$"
    r"|^back to (?:all |the )?(?:top|articles?|posts?|blog|news|home|gallery|results|list)\b",
    re.IGNORECASE,
)


# What separates a page <title>'s parts: "Headline | Site", "Headline - Section - Site".
TITLE_SEPARATORS = regexes.compile(r"\s+[|–—-]\s+|\s+[·•»]\s+")
_TOKEN = regexes.compile(r"\w+")


def words_of(text: str) -> set[str]:
    """The case-folded words and numbers of a line.

    >>> sorted(words_of("Storm hits coast, again!"))
    ['again', 'coast', 'hits', 'storm']
    """
    return {token.casefold() for token in _TOKEN.findall(text)}


def _key(text: str) -> tuple[str, ...]:
    """A line's words in order of the alphabet, to find lines with the same words."""
    return tuple(sorted(words_of(text)))


def title_similarity(text: str, title: str) -> float:
    """How much a line says what the headline in a page's <title> says: Dice's coefficient of
    their words, the headline being the title's longest part between separators (not the site's
    name).

    >>> round(title_similarity("Dozens dead as quake strikes Italy", "Quake kills dozens in Italy | Gazette"), 2)
    0.55
    >>> title_similarity("Gazette", "Quake kills dozens in Italy | Gazette")
    0.0
    """
    words = words_of(text)
    headline = _headline_of_title(title)
    return 2 * len(words & headline) / (len(words) + len(headline)) if words and headline else 0.0


@lru_cache(maxsize=64)
def _headline_of_title(title: str) -> frozenset[str]:
    """The words of a <title>'s longest part between separators (read once per title: a page's
    lines are all compared with it)."""
    longest = max((words_of(part) for part in TITLE_SEPARATORS.split(title)), key=len)
    return frozenset(longest)


def is_page_furniture(text: str, bylines: bool = True) -> bool:
    """Whether a short line is what a page prints by its headline rather than the headline: a
    photo credit, a label of the page ("Table of Contents"), an offer, or (``bylines``) a byline
    with its role.

    >>> [is_page_furniture(t) for t in ("Tanja Ivanova // Getty Images", "Written by Jane Doe and Tom Roe",
    ...  "Table of Contents", "Book a demo", "Free 14-Day Trial", "Photo via Pexels", "(PNA photo by Jo Cruz)")]
    [True, True, True, True, True, True, True]
    >>> [is_page_furniture(t) for t in ("Killed by police, mourned by a town", "Back to school: what parents pay",
    ...  "Contents of a lost suitcase", "Get ready for the winter storm", "PHOTOS: Floods sweep the valley",
    ...  "NASA photos show a dying star", "AP PHOTOS: Floods sweep the valley")]
    [False, False, False, False, False, False, False]
    """
    stripped = text.strip()
    return _FURNITURE.search(stripped) is not None or (bylines and _ROLE_BYLINE.match(stripped) is not None)


def is_headline(text: str) -> bool:
    """Whether a lone first line has the shape of a headline.

    >>> is_headline("(LEAD) Defense chief, NATO's top commander agree to expand ties")
    True
    >>> is_headline("The minister said on Monday that talks would resume.")
    False
    >>> is_headline("By Jane Doe"), is_headline("Travel September 8, 2021 -- min read")
    (False, False)
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
        and not ending.endswith((".", ",", ";", ":", "/", "|"))  # (no dangling separator: "NATIONAL /")
        and not _NOT_A_HEADLINE.match(text)
        and not _READING_TIME_END.search(text.rstrip())
        and not is_page_furniture(text)
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
    >>> find_headline(Document.from_text("Rains flood Seoul\\n=====\\n\\nIt rained.\\n"), Config()).title_line
    1
    """
    from cleannews.wire.markdown import SETEXT_UNDERLINE, marked

    lines = doc.lines
    if (
        len(lines) < 3
        or lines[0].is_blank
        or lines[0].text.startswith("![")  # (a markdown image, "![Caption](URL)", is no headline)
        or not is_headline(marked(lines[0].text).view)
    ):
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
    if below and SETEXT_UNDERLINE.fullmatch(below[0]):
        below = below[1:]  # a markdown headline underlined with "=" ("Talks resume" over "============")
    if not _head_metadata(below, rules) or (below and _head_metadata([lines[0].text, *below], rules, byline_only=True)):
        return doc  # the writer's line over the time, when a page lost its headline, is no headline
    if find_standalone_dateline(lines[0].text, rules) is not None:
        return doc
    if not below and _writer_over_the_story(lines[0].text, _next_paragraph(lines, end), rules):
        return doc  # a page that lost its headline opens with the writer's line
    if _teaser_of_a_list(doc, end, rules):
        return doc  # "UPDATE 2-..." the last entry of a "Latest" list whose other entries went as chrome
    # (a markdown headline, "# Talks resume", is titled without its marks)
    return doc.replace(meta=doc.meta.replace(title=marked(_headline_of(doc)).view), title_line=lines[0].origin)


def _headline_of(doc: Document) -> str:
    """The headline that the first line holds. When that line opened the input and reads as a
    page's <title> ("Headline | Site", as html-text and browsers put it first), the headline is
    the line under it that repeats it (the page's own, maybe worded a little differently), or
    else the title without the site's name: an end part found alone on a line of the page.

    >>> page = "Storm hits coast | The Gazette\\n\\nThe Gazette\\n\\nStorm hits coast\\n\\nA storm hit the coast."
    >>> _headline_of(Document.from_text(page))
    'Storm hits coast'
    >>> _headline_of(Document.from_text("Storm hits coast | The Gazette\\n\\nHome\\n\\nThe Gazette\\n\\nA storm hit."))
    'Storm hits coast'
    >>> _headline_of(Document.from_text("Biden - Xi summit ends\\n\\nThe leaders met on Monday in Lima."))
    'Biden - Xi summit ends'
    """
    first = doc.lines[0]
    title = first.text.strip()
    separators = list(TITLE_SEPARATORS.finditer(title))
    if first.origin != 1 or not separators:
        return title
    below = (line.text.strip() for line in doc.lines[1:] if not line.is_blank)
    for _, text in zip(range(TITLE_REACH), below, strict=False):
        if is_headline(text) and title_similarity(text, title) >= MIN_TITLE_SIMILARITY:
            return text
    # Parts between separators: their spans; a site's name is cut off either end while found
    # alone on another line (the page's header or footer, kept or removed).
    edges = [0, *(i for match in separators for i in match.span()), len(title)]
    spans = list(zip(edges[::2], edges[1::2], strict=True))
    names = {_key(title[a:b]) for a, b in (spans[0], spans[-1])}
    # (only lines about as long as an end part have their words read)
    lengths = {n for a, b in (spans[0], spans[-1]) for n in range(b - a - 3, b - a + 4)}
    others = chain((line.text for line in doc.lines[1:]), (r.text for r in doc.removed if r.line != first.origin))
    found = {key for text in others if len(text.strip()) in lengths and (key := _key(text)) in names}
    while len(spans) > 1 and _key(title[slice(*spans[-1])]) in found:
        spans.pop()
    while len(spans) > 1 and _key(title[slice(*spans[0])]) in found:
        spans.pop(0)
    return title[spans[0][0] : spans[-1][1]]


_MIN_TEASER_WORDS = 4


def _teaser_of_a_list(doc: Document, end: int, rules: WireRules) -> bool:
    """Whether the first line, a tagged headline ("UPDATE 2-Port workers reach deal"), is an entry of a
    list of headlines: the line right above it in the input, a headline too, left the text as page
    chrome, and another headline stands alone under it. A story's tagged headline heads its story.

    >>> from cleannews.document import Removal
    >>> from cleannews.wire.rules import wire_rules
    >>> teasers = "Latest\\n(LEAD) Storm hits the coast\\nUPDATE 2-Port workers reach deal"
    >>> text = teasers + "\\n\\nCity plans new park\\n\\nIt rained."
    >>> doc = Document.from_text(text)
    >>> removed = tuple(Removal("chrome", n, doc.lines[n - 1].text, "before the article body") for n in (1, 2))
    >>> doc = doc.replace(lines=doc.lines[2:], removed=removed)
    >>> _teaser_of_a_list(doc, 1, wire_rules())
    True
    >>> _teaser_of_a_list(doc.replace(removed=()), 1, wire_rules())
    False
    """
    from cleannews.wire.tags import split_tags

    first = doc.lines[0]
    if not doc.removed or not split_tags(first.text, rules).tags:
        return False
    above = next((r for r in doc.removed if r.line == first.origin - 1 and r.pass_name == "chrome"), None)
    if above is None or len(above.text.split()) < _MIN_TEASER_WORDS or not is_headline(above.text):
        return False
    below = [line for line in doc.lines[end:] if not line.is_blank]
    if len(below) < 2:
        return False
    return below[1].origin - below[0].origin > 1 and is_headline(below[0].text)  # a headline alone under it


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
    >>> _head_metadata(["The Associated Press", "Story by JANE DOE • 8h"], wire_rules())
    True
    """
    from cleannews.wire.byline import parse_byline, plausible_bare_names, strip_places
    from cleannews.wire.fields import is_source_code, publication_name, record_field
    from cleannews.wire.names import looks_like_names
    from cleannews.wire.timestamp import head_label, is_timestamp

    for i, text in enumerate(texts):
        if byline_only and i == 1:
            return True
        if parse_byline(text, rules, bare=byline_only) is not None:
            continue
        if not byline_only and (is_timestamp(text, rules) or head_label(text, rules)):
            continue
        if not byline_only and i + 1 < len(texts) and rules.agency_of(text.strip()) == text.strip():
            continue  # "Reuters" or "The Associated Press" over the time or the byline (a portal's head)
        if not byline_only and (record_field(text, rules) is not None or rules.copyright.fullmatch(text.strip())):
            continue  # a database record's fields glued to the headline: "635 words", "English", "(c) 2026 X"
        if not byline_only and i > 0 and is_source_code(text) and any(record_field(t, rules) for t in texts[:i]):
            continue  # Factiva's code of the source among the fields: "AFPR" under "Agence France Presse"
        publication = publication_name(text)
        if (
            not byline_only
            and i + 1 < len(texts)
            and (rules.is_organisation(publication) or rules.agency_of(publication) is not None)
            and (i > 0 or is_timestamp(texts[i + 1], rules) or record_field(texts[i + 1], rules) is not None)
        ):
            continue  # ... and the publication's name among them ("Reuters News", "The Guardian (London)")
        names = text.strip()
        if not (looks_like_names(names) and plausible_bare_names(strip_places(names), rules)):
            return False
        if not any(is_timestamp(below, rules) for below in texts[i + 1 :]):
            return False
    return True


def _next_paragraph(lines: tuple[Line, ...], end: int) -> str:
    """The first line of the paragraph after line ``end`` (a blank one), or "" at the end."""
    return next((line.text for line in lines[end:] if not line.is_blank), "")


def _writer_over_the_story(text: str, below: str, rules: WireRules) -> bool:
    """Whether a lone first line is the writer's, not a headline: a publication time and a mark
    before the writer ("Dec. 19, 2025 · Jane Doe on behalf of the team"), or a person's name over
    the writer's job title ("Jane Doe" over "Former McKinsey Consultant").

    >>> from cleannews.wire.rules import wire_rules
    >>> _writer_over_the_story("Dec. 19, 2025 · Jane Doe on behalf of the team", "Rust is loved.", wire_rules())
    True
    >>> _writer_over_the_story("Jane Doe", "Former McKinsey Consultant", wire_rules())
    True
    >>> _writer_over_the_story("Jane Doe", "Jane Doe was born in 1950 in a small town.", wire_rules())
    False
    >>> _writer_over_the_story("2025 · The year in review", "It was a long year.", wire_rules())
    False
    >>> _writer_over_the_story("Jane Doe | AAP", "A storm hit.", wire_rules())
    True
    >>> _writer_over_the_story("Keep Your Teeth Healthy - Reuters", "A storm hit.", wire_rules())
    False
    >>> _writer_over_the_story("Jane Doe", "The Canadian Press", wire_rules())
    True
    """
    from cleannews.wire.byline import parse_byline, plausible_bare_names
    from cleannews.wire.names import looks_like_names
    from cleannews.wire.page_head import is_job_title
    from cleannews.wire.timestamp import is_timestamp

    pieces = _TIME_AND_MARK.split(text.strip(), maxsplit=1)
    if len(pieces) == 2 and pieces[1][:1].isupper() and is_timestamp(pieces[0], rules):
        return True
    names = text.strip()
    if (byline := parse_byline(names, rules, bare=True)) is not None and byline.affiliation is not None:
        # "Jane Doe | AAP", "Jane Doe, Bloomberg News": the writer and the agency, no headline
        return plausible_bare_names(byline.names, rules) and rules.agency_of(byline.affiliation) == byline.affiliation
    if not (looks_like_names(names) and plausible_bare_names(names, rules)):
        return False
    # "Jane Doe" over "Former McKinsey Consultant", or over the agency's name ("The Canadian Press")
    return is_job_title(below) or rules.agency_of(below.strip()) == below.strip()


# The mark after a time that opens a line of the page's head: "Dec. 19, 2025 · Jane Doe".
_TIME_AND_MARK = regexes.compile(r"\s+[|•·⋅●]\s+")
