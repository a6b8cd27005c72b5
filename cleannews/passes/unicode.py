"""Repair mojibake, HTML entities and control characters with ftfy, line by line."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cleannews import regexes
from cleannews.document import Document, Edit, Line

if TYPE_CHECKING:
    import ftfy

    from cleannews.config import Config

NAME = "unicode"
SUMMARY = "repair mojibake, HTML entities and control characters (ftfy); curly quotes kept"

# Printable ASCII without '&' (entities) or control characters other than tab, plus the
# typography of clean news text: no ftfy fix acts on these characters and ftfy's mojibake
# detector cannot fire on them alone, so such a line is left alone without even importing ftfy.
# tests/test_unicode_fastpath.py checks this set against the installed ftfy's own tables.
PLAIN_TYPOGRAPHY = "’‘“”„‚–—…«»•·\u00a0"
_PLAIN = f"\\t\\x20-\\x25\\x27-\\x7e{PLAIN_TYPOGRAPHY}"
_NOT_PLAIN = regexes.compile(f"[^{_PLAIN}]")
_NOT_PLAIN_IN_TEXT = regexes.compile(f"[^\\n{_PLAIN}]")  # the same over lines joined by "\\n"


@lru_cache(maxsize=4)
def _ftfy_config(keep_curly_quotes: bool, fold_width: bool = True) -> ftfy.TextFixerConfig:
    import ftfy

    # Lines are split by the pipeline, so ftfy must not turn U+2028 and friends into "\n".
    return ftfy.TextFixerConfig(
        uncurl_quotes=not keep_curly_quotes, fix_line_breaks=False, fix_character_width=fold_width
    )


# Chinese and Japanese write their punctuation and spaces full width ("，", "：", "（完）", U+3000): a
# line in those scripts keeps them, and only full-width letters and digits and half-width katakana
# take their usual width (ftfy's width fix, which would fold the punctuation to ASCII too, is off).
_CJK = regexes.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _cjk_width_map() -> dict[int, str]:
    from ftfy import chardata

    letters = {*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)}
    return {c: s for c, s in chardata.WIDTH_MAP.items() if c in letters or c >= 0xFF61}


def needs_ftfy(text: str, keep_curly_quotes: bool = True) -> bool:
    """Whether ftfy could change ``text`` at all (the fast path skips it otherwise).

    ftfy changes a line only if a fix finds something to act on: an HTML entity, a control
    or C1 character, a ligature, a full-width form, a surrogate, a line not in NFC, or mojibake,
    which ftfy's own detector (``is_bad``) must see first. That detector is asked only about lines
    holding a character it cannot fire without; curly quotes, dashes and the letters of most
    scripts pass untouched. tests/test_unicode_fastpath.py checks this against ftfy itself.

    >>> needs_ftfy("plain ASCII, nothing to fix.")
    False
    >>> needs_ftfy("“Seoul’s plan” — 서울 계획, café")
    False
    >>> needs_ftfy("caf\u00c3\u00a9 &amp; more")
    True
    """
    if _NOT_PLAIN.search(text) is None:
        return not keep_curly_quotes and not text.isascii()  # curly quotes to straighten
    if not keep_curly_quotes:
        return True
    fixers, entities, anchors = _triggers()
    if fixers.search(text) is not None or not unicodedata.is_normalized("NFC", text):
        return True
    if "&" in text and entities.search(text) is not None:
        return True
    if anchors is not None and anchors.search(text) is None:
        return False
    from ftfy.badness import is_bad

    return is_bad(text)


@lru_cache(maxsize=1)
def _triggers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """From ftfy's own tables: the characters its fixes act on, its HTML entity pattern, and the
    characters its mojibake detector needs (``None`` if the detector cannot be analysed: then it
    is always asked).
    """
    from ftfy import chardata
    from ftfy.badness import BADNESS_RE

    chars = {"\x7f", *map(chr, range(0x20))} - {"\t"}
    chars.update(map(chr, range(0xD800, 0xE000)))  # surrogates
    chars.update(map(chr, range(0x80, 0xA0)))  # C1 controls
    chars.update(chr(c) for c in (*chardata.LIGATURES, *chardata.WIDTH_MAP, *chardata.CONTROL_CHARS))
    anchors = required_characters(BADNESS_RE)
    return _char_class(chars), chardata.HTML_ENTITY_RE, None if anchors is None else _char_class(anchors)


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    return regexes.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]")


# Characters common in clean text; an anchor set with fewer of them makes the fast path faster.
_TYPOGRAPHY = frozenset("’‘“”–—…·«»•©®™\u00a0„‚′″°€£")


def required_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Non-ASCII characters at least one of which is in every match of ``pattern``.

    For each alternative of the pattern, one required item whose characters are all non-ASCII
    is taken (preferring ones without common typography). ``None`` if some alternative has no
    such item, or the pattern is beyond this analysis (flags, Python internals changed).

    >>> sorted(required_characters(regexes.compile("a[éè]|[ÃÂ]x")))
    ['Â', 'Ã', 'è', 'é']
    >>> required_characters(regexes.compile("ab|é")) is None
    True
    """
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        if pattern.flags & (re.IGNORECASE | re.LOCALE):
            return None
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        items = list(parsed)
        alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [parsed]
        found: set[str] = set()
        for alternative in alternatives:
            best: set[str] | None = None
            for op, arg in alternative:
                chars = _charset(sre, op, arg)
                if chars is None or any(c < "\x80" for c in chars):
                    continue
                if best is None or _cost(chars) < _cost(best):
                    best = chars
            if best is None:
                return None
            found |= best
        return frozenset(found)
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return None


def _charset(sre: Any, op: Any, arg: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is not sre.IN:
        return None
    chars: set[str] = set()
    for kind, value in arg:
        if kind is sre.LITERAL:
            chars.add(chr(value))
        elif kind is sre.RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negated class or a category: no finite set
            return None
    return chars


def _cost(chars: set[str]) -> int:
    return 1000 * len(chars & _TYPOGRAPHY) + len(chars)


def fix_line(text: str, keep_curly_quotes: bool = True) -> tuple[str, list[str]]:
    """Return the repaired line and the names of the ftfy steps that changed it.

    >>> fix_line("NATO\\u00e2\\u20ac\\u2122s top commander")
    ('NATO’s top commander', ['encode sloppy-windows-1252', 'decode utf-8'])
    >>> fix_line("Tom &amp; Jerry")
    ('Tom & Jerry', ['apply unescape_html'])
    >>> fix_line("国家统计局表示，ＧＤＰ增长５％（初步）。")[0]
    '国家统计局表示，GDP增长5％（初步）。'
    """
    if not needs_ftfy(text, keep_curly_quotes):
        return text, []
    import ftfy

    cjk = _CJK.search(text) is not None
    fixed, explanation = ftfy.fix_and_explain(text, config=_ftfy_config(keep_curly_quotes, not cjk))
    steps = [f"{action} {detail}" for action, detail in explanation or ()]
    if cjk and (narrowed := unicodedata.normalize("NFC", fixed.translate(_cjk_width_map()))) != fixed:
        fixed = narrowed
        steps.append("apply fix_character_width (letters, digits and kana only: CJK punctuation kept)")
    if fixed == text:
        return text, []
    return fixed, steps


def _lines_not_plain(text: str, lines: Sequence[Line]) -> list[int]:
    """Indexes of the lines holding a character outside the plain set, found by searches over
    the whole text that skip to the next line after each hit (most lines hold none).

    >>> text = "a\\nb &amp;\\nc\\nd\\u00c3"
    >>> _lines_not_plain(text, Document.from_text(text).lines)
    [1, 3]
    """
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines), initial=0))
    found: list[int] = []
    search = _NOT_PLAIN_IN_TEXT.search
    match = search(text)
    while match is not None:
        index = bisect.bisect_right(starts, match.start()) - 1
        found.append(index)
        match = search(text, starts[index + 1]) if index + 1 < len(lines) else None
    return found


def repair_unicode(doc: Document, cfg: Config) -> Document:
    """Repair each line with ftfy; typographic quotes are kept unless configured otherwise.

    Runs first, so every later pass sees real characters instead of mojibake.

    >>> from cleannews.config import Config
    >>> doc = repair_unicode(Document.from_text("Seoul\\u00e2\\u20ac\\u2122s plan"), Config())
    >>> doc.text, doc.edits[0].reason
    ('Seoul’s plan', 'ftfy: encode sloppy-windows-1252, decode utf-8')
    """
    keep_quotes = cfg.keep_curly_quotes
    lines = list(doc.lines)
    edits: list[Edit] = []
    for i in range(len(lines)) if not keep_quotes else _lines_not_plain(doc.text, lines):
        line = lines[i]
        fixed, steps = fix_line(line.text, keep_quotes)
        if steps:
            edits.append(Edit(NAME, line.origin, line.text, fixed, "ftfy: " + ", ".join(steps), "unicode"))
            lines[i] = Line(fixed, line.origin)
    if not edits:
        return doc
    return doc.replace(lines=tuple(lines), edits=doc.edits + tuple(edits))
