"""A markdown-free view of a line, for the wire rules: crawlers (Jina Reader, Firecrawl, html2text,
pandoc) hand stories over in markdown, and "**SEOUL, Nov. 5 (Yonhap)** --", "By [Jane Doe](URL)",
"_(Updates with ...)_" and "\\\\-- BERNAMA" are the plain shapes under their marks.

The view only deletes characters (emphasis marks around the line or a part of it, a heading's
"#"s, a link's brackets and address, html2text's escaping backslashes), so every character of the
view maps back to one of the line: a cut made in the view is cut from the line as printed, with
the marks around it (:class:`MarkedLine`). A line that keeps its place in the text keeps its
markdown; cleannews renders none.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleannews import regexes

# The reasons the chrome pass gives a crawler's own record over the page (Jina Reader's header, a
# YAML front matter): the tool's, never the story's head.
CRAWLER_HEADER = "a crawler's header removed"
CRAWLER_FRONT_MATTER = "a crawler's front matter removed"
# ... and the frames a story was copied in: an archive's toolbar over its capture, a consent wall over
# or under the page (never the story's head either).
ARCHIVE_TOOLBAR = "an archive's toolbar removed"
CONSENT_WALL = "a consent wall removed"

# The line under a markdown headline written Setext-style: "Talks resume" over "============"
SETEXT_UNDERLINE = regexes.compile(r" {0,3}={3,}[ \t]*")

# A quick test before any view is built: most lines carry none of these.
_MARKS = regexes.compile(r"[*_#\[\\]")
_HEADING = regexes.compile(r"^ {0,3}#{1,6}[ \t]+(?=[^\s#])")
_HEADING_CLOSE = regexes.compile(r"[ \t]+#+[ \t]*$")
# A link (not an image) as its text: "[Jane Doe](https://...)", "[x@y.com](mailto:x@y.com)"
_LINK = regexes.compile(r"(?<![!\\])\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# Strong emphasis not glued to a word: "**SEOUL, Nov. 5 (Yonhap)** --", "__By Jane Doe__" (IRNA's
# desk code "**2935**1502" is a shape of its own, "_____" a rule)
_STRONG = regexes.compile(r"(?<![\w\\*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
# Emphasis around the whole line: "_(Updates with analyst comment.)_", "*(Only the headline ...)*"
_WRAPPED = regexes.compile(r"^([*_])(?=[^\s*_])(.*[^\s\\*_])\1$")
# An item of a list of links, a page's menu or its list of stories: "* [Home](https://en.yna.co.kr/)",
# "* [Oil prices slip](https://...) 4 hours ago"
LINK_ITEM = regexes.compile(
    r" {0,4}[*+-][ \t]+\[[^\[\]]*\]\([^()\s]*\)(?:[ \t]+\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago)?[ \t]*"
)
# A line of links and images only, a page's logo or menu bar: "[ ![BERNAMA](logo.png) ](https://...)"
LINKS_ONLY = regexes.compile(
    r"(?:[*+-][ \t]+)?(?:\[[ \t]*!\[[^\[\]]*\]\([^()\s]*\)[ \t]*\]\([^()\s]*\)|!?\[[^\[\]]*\]\([^()\s]*\)|[ \t])+"
)
# A heading over such a list ("## Read more on the same topic"): the rules read it as printed
MENU_HEADING = regexes.compile(r" {0,3}#{1,6}[ \t]+[^\s#].*")
_ESCAPE = regexes.compile(r"\\(?=[-\\`*_{}\[\]()#+.!>|])")


@dataclass(frozen=True)
class MarkedLine:
    """A line as printed, its markdown-free view, and where each view character sits in the line."""

    text: str
    view: str
    where: tuple[int, ...]

    def cut(self, before: str, start: int) -> tuple[str, MarkedLine]:
        """The text of the line that the view's ``before`` at ``start`` covers, marks around it
        included, and the line without it.

        >>> line = marked("**SEOUL, Nov. 5 (Yonhap)** -- North Korea fired.")
        >>> line.view
        'SEOUL, Nov. 5 (Yonhap) -- North Korea fired.'
        >>> taken, rest = line.cut("SEOUL, Nov. 5 (Yonhap) -- ", 0)
        >>> taken, rest.text, rest.view
        ('**SEOUL, Nov. 5 (Yonhap)** -- ', 'North Korea fired.', 'North Korea fired.')
        >>> marked("# (LEAD) Talks resume").cut("(LEAD) ", 0)[1].text
        '# Talks resume'
        """
        end = start + len(before)
        if not before:
            return "", self
        lo, hi = self.where[start], self.where[end - 1] + 1
        kept = set(self.where)
        while lo > 0 and lo - 1 not in kept and self.text[lo - 1] in "*_":
            lo -= 1  # the opening marks of an emphasis the cut takes
        while hi < len(self.text) and hi not in kept and self.text[hi] in "*_":
            hi += 1
        if end == len(self.view):
            hi = len(self.text) if all(i not in kept for i in range(hi, len(self.text))) else hi
        width = hi - lo
        where = tuple(i if i < lo else i - width for i in self.where[:start] + self.where[end:])
        rest = MarkedLine(self.text[:lo] + self.text[hi:], self.view[:start] + self.view[end:], where)
        return self.text[lo:hi], rest


def _delete(text: str, where: list[int], spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    gone: set[int] = set()
    for lo, hi in spans:
        gone.update(range(lo, hi))
    if not gone:
        return text, where
    keep = [i for i in range(len(text)) if i not in gone]
    return "".join(text[i] for i in keep), [where[i] for i in keep]


def is_heading(text: str) -> bool:
    """Whether ``text`` is a markdown heading with words: "# Talks resume", not "# # #".

    >>> is_heading("## Talks resume"), is_heading("# # #"), is_heading("#hashtag")
    (True, False, False)
    """
    return _HEADING.match(text) is not None


def has_marks(text: str) -> bool:
    """Whether a line holds a character markdown marks with, so that its view may differ from it.

    >>> has_marks("**SEOUL** --"), has_marks("SEOUL, Nov. 5 (Yonhap) --")
    (True, False)
    """
    return _MARKS.search(text) is not None


def marked(text: str) -> MarkedLine:
    """The line and its markdown-free view (the view is the line when it has no mark).

    >>> marked("By [Jane Doe](https://x.com/jd) and [John Roe](https://x.com/jr)").view
    'By Jane Doe and John Roe'
    >>> marked("\\\\-- BERNAMA").view, marked("\\\\_\\\\_\\\\_").view, marked("_Nov 5, 2026 Updated 3 hrs ago_").view
    ('-- BERNAMA', '___', 'Nov 5, 2026 Updated 3 hrs ago')
    >>> marked("* [Home](https://en.yna.co.kr/)").view, marked("snake_case and 2*3*4").view
    ('* [Home](https://en.yna.co.kr/)', 'snake_case and 2*3*4')
    """
    if _MARKS.search(text) is None or LINK_ITEM.fullmatch(text):
        # (a menu's item stays as printed: page chrome)
        return MarkedLine(text, text, tuple(range(len(text))))
    where = list(range(len(text)))
    view = text
    if heading := _HEADING.match(view):
        spans = [heading.span()]
        if close := _HEADING_CLOSE.search(view, heading.end()):
            spans.append(close.span())
        view, where = _delete(view, where, spans)
    view, where = _delete(
        view, where, [s for m in _LINK.finditer(view) for s in ((m.start(), m.start(1)), (m.end(1), m.end()))]
    )
    view, where = _delete(
        view, where, [s for m in _STRONG.finditer(view) for s in ((m.start(), m.start(2)), (m.end(2), m.end()))]
    )
    if wrapped := _WRAPPED.match(view):
        view, where = _delete(view, where, [(0, 1), (wrapped.end(2), wrapped.end())])
    view, where = _delete(view, where, [(m.start(), m.end()) for m in _ESCAPE.finditer(view)])
    return MarkedLine(text, view, tuple(where))
