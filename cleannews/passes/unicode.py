"""Repair mojibake, HTML entities and control characters with ftfy, line by line."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from cleannews.document import Document, Edit, Line

if TYPE_CHECKING:
    import ftfy

    from cleannews.config import Config

NAME = "unicode"
SUMMARY = "repair mojibake, HTML entities and control characters (ftfy); curly quotes kept"

# A line that is plain ASCII with no '&' (entities), no control characters and no ESC
# is left unchanged by every ftfy fix we enable; tests/test_unicode_fastpath.py proves it.
_NEEDS_FTFY = re.compile(r"[^\t\x20-\x25\x27-\x7e]")


@lru_cache(maxsize=2)
def _ftfy_config(keep_curly_quotes: bool) -> ftfy.TextFixerConfig:
    import ftfy

    # Lines are split by the pipeline, so ftfy must not turn U+2028 and friends into "\n".
    return ftfy.TextFixerConfig(uncurl_quotes=not keep_curly_quotes, fix_line_breaks=False)


def needs_ftfy(text: str) -> bool:
    """Whether ftfy could change ``text`` at all (the fast path skips it otherwise).

    >>> needs_ftfy("plain ASCII, nothing to fix.")
    False
    >>> needs_ftfy("caf\\u00c3\\u00a9 &amp; more")
    True
    """
    return _NEEDS_FTFY.search(text) is not None


def fix_line(text: str, keep_curly_quotes: bool = True) -> tuple[str, list[str]]:
    """Return the repaired line and the names of the ftfy steps that changed it.

    >>> fix_line("NATO\\u00e2\\u20ac\\u2122s top commander")
    ('NATO’s top commander', ['encode sloppy-windows-1252', 'decode utf-8'])
    >>> fix_line("Tom &amp; Jerry")
    ('Tom & Jerry', ['apply unescape_html'])
    """
    if not needs_ftfy(text):
        return text, []
    import ftfy

    fixed, explanation = ftfy.fix_and_explain(text, config=_ftfy_config(keep_curly_quotes))
    if fixed == text:
        return text, []
    return fixed, [f"{action} {detail}" for action, detail in explanation or ()]


def repair_unicode(doc: Document, cfg: Config) -> Document:
    """Repair each line with ftfy; typographic quotes are kept unless configured otherwise.

    Runs first, so every later pass sees real characters instead of mojibake.

    >>> from cleannews.config import Config
    >>> doc = repair_unicode(Document.from_text("Seoul\\u00e2\\u20ac\\u2122s plan"), Config())
    >>> doc.text, doc.edits[0].reason
    ('Seoul’s plan', 'ftfy: encode sloppy-windows-1252, decode utf-8')
    """
    lines: list[Line] = []
    edits: list[Edit] = []
    for line in doc.lines:
        fixed, steps = fix_line(line.text, cfg.keep_curly_quotes)
        if steps:
            edits.append(Edit(NAME, line.origin, line.text, fixed, "ftfy: " + ", ".join(steps), "unicode"))
            line = Line(fixed, line.origin)
        lines.append(line)
    if not edits:
        return doc
    return doc.replace(lines=tuple(lines), edits=doc.edits + tuple(edits))
