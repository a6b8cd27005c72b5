"""Remove page chrome: UI strings from the lexicon and blocks of chrome repeated in the page."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from cleannews.document import Document, Line, Removal
from cleannews.lexicon import normalise_label, ui_strings

if TYPE_CHECKING:
    from cleannews.config import Config

NAME = "chrome"
SUMMARY = "remove page chrome: UI strings (lexicon) and repeated blocks of short non-sentences"

# A line longer than this many words reads as prose, not as a button, link or menu entry.
MAX_CHROME_WORDS = 8
MAX_CHROME_CHARS = 80
_SENTENCE_END = tuple(".!?…。！？")
_CLOSERS = "\"'”’»)]"


def is_sentence(text: str) -> bool:
    """Whether a line ends like a sentence (closing quotes and brackets looked through).

    >>> is_sentence("He said so.”"), is_sentence("Related articles")
    (True, False)
    """
    return text.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_END)


def looks_like_chrome(text: str) -> bool:
    """Short and not a sentence: the shape of a link, button, label or menu entry.

    >>> looks_like_chrome("Follow us on Instagram")
    True
    >>> looks_like_chrome("The ministry declined to comment.")
    False
    """
    stripped = text.strip()
    return len(stripped) <= MAX_CHROME_CHARS and len(stripped.split()) <= MAX_CHROME_WORDS and not is_sentence(stripped)


def remove_chrome(doc: Document, cfg: Config) -> Document:
    """Remove UI strings and repeated chrome; a repeated real paragraph keeps its first copy.

    A line is removed when it is, as a whole, a known UI string (the packaged lexicon plus
    ``cfg.ui_strings``); when it belongs to a run of two or more consecutive repeated lines that
    all look like chrome (every copy goes); when it is a chrome-like line seen three or more
    times; or when it repeats an earlier paragraph word for word (the later copies go).
    Runs before rejoin, so words are rejoined across the gaps it leaves.

    >>> from cleannews.config import Config
    >>> text = "Menu\\nLog in\\nMenu\\nLog in\\nStory text.\\nVote on Monday.\\nVote on Monday."
    >>> doc = remove_chrome(Document.from_text(text), Config())
    >>> doc.text
    'Story text.\\nVote on Monday.'
    >>> [(r.line, r.reason) for r in doc.removed][-1]
    (7, 'duplicate of line 6')
    """
    lexicon = ui_strings()
    extra = {normalise_label(s) for s in cfg.ui_strings}
    content = [i for i, line in enumerate(doc.lines) if not line.is_blank]
    keys = {i: normalise_label(doc.lines[i].text) for i in content}
    counts = Counter(keys.values())

    reasons: dict[int, str] = {}
    for i in content:
        key = keys[i]
        if key in extra:
            reasons[i] = f'user UI string "{key}"'
        elif key in lexicon:
            reasons[i] = f'UI string "{key}" ({lexicon[key]} lexicon)'

    # Runs of consecutive content lines (blank lines ignored) that each occur more than once.
    run: list[int] = []
    for i in [*content, -1]:  # -1 closes the last run
        if i >= 0 and counts[keys[i]] > 1:
            run.append(i)
            continue
        chrome_run = len(run) > 1 and all(looks_like_chrome(doc.lines[j].text) for j in run)
        for j in run:
            if j in reasons:
                continue
            n = counts[keys[j]]
            if chrome_run or (n > 2 and looks_like_chrome(doc.lines[j].text)):
                reasons[j] = f"repeated page chrome ({n} copies)"
        run = []

    first_seen: dict[str, int] = {}
    for i in content:
        if i in reasons:
            continue
        key = keys[i]
        if key in first_seen:
            reasons[i] = f"duplicate of line {doc.lines[first_seen[key]].origin}"
        else:
            first_seen[key] = i

    if not reasons:
        return doc
    kept: list[Line] = []
    removed: list[Removal] = []
    for i, line in enumerate(doc.lines):
        if i in reasons:
            removed.append(Removal(NAME, line.origin, line.text, reasons[i]))
        else:
            kept.append(line)
    return doc.replace(lines=tuple(kept), removed=doc.removed + tuple(removed))
