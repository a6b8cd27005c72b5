"""Timestamp lines at the head of a story: "Updated 4:12 PM EDT, March 3, 2024", "Published ... | Updated ...".

They are not in the JSON contract (a page's publication time is the crawler's business): the wire
pass takes them out of the text like the byline beside them, and records why.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleannews.wire.rules import WireRules

_SEGMENTS = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+")
_NUMBER = re.compile(r"^\+?\d[\d:./-]*(?:st|nd|rd|th|h|hrs?)?$")
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\b|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", re.IGNORECASE)
_ZONE = re.compile(r"^(?:[A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})$")
# Small words of a written time: "at 4:12 p.m.", "on March 3", "2 hours ago", "um 10 Uhr".
_CONNECTIVES = frozenset(
    [
        "at",
        "on",
        "a.m.",
        "p.m.",
        "am",
        "pm",
        "a.m",
        "p.m",
        "ago",
        "hours",
        "hour",
        "hrs",
        "hr",
        "minutes",
        "minute",
        "mins",
        "min",
        "h",
        "uhr",
        "um",
        "le",
        "à",
        "de",
        "del",
        "el",
        "of",
        "the",
        "an",
        "a",
    ]
)


@lru_cache(maxsize=4)
def _label_words(rules: WireRules) -> frozenset[str]:
    """The one-word timestamp labels, which may also stand between two times."""
    return frozenset(label for label in rules.timestamp_labels if " " not in label)


def _label_off(segment: str, rules: WireRules) -> tuple[str, bool]:
    """The segment without a leading "Updated", "Last updated:" label, and whether it had one."""
    folded = segment.casefold()
    for label in rules.timestamp_labels:
        if folded.startswith(label) and (len(segment) == len(label) or not segment[len(label)].isalnum()):
            return segment[len(label) :].lstrip(" :\t"), True
    return segment, False


def _is_time_segment(segment: str, rules: WireRules) -> bool:
    """One part of a timestamp line: a label and a date or time, nothing else."""
    text, _ = _label_off(segment.strip(), rules)
    tokens = [t.strip(",;()") for t in text.split()]
    tokens = [t for t in tokens if t]
    if not tokens or not any(c.isdigit() for c in text):
        return False
    dated = _CLOCK.search(text) is not None or "ago" in (t.casefold() for t in tokens)
    for token in tokens:
        bare = token.rstrip(".")
        if rules.is_month(bare):
            dated = True
        elif (
            _NUMBER.match(token)
            or token.casefold() in _label_words(rules)  # "... GMT+1 Updated 2 hours ago"
            or bare.casefold() in rules.weekdays
            or _ZONE.match(token)
            or token.casefold() in _CONNECTIVES
        ):
            continue
        else:
            return False
    return dated


def is_timestamp(line: str, rules: WireRules) -> bool:
    """A line that only gives when the story was published or updated.

    >>> from cleannews.wire.rules import wire_rules
    >>> rules = wire_rules()
    >>> is_timestamp("Updated 4:12 PM EDT, March 3, 2024", rules)
    True
    >>> is_timestamp("Published 6:00 a.m. ET March 3, 2024 | Updated 9:15 a.m. ET March 3, 2024", rules)
    True
    >>> is_timestamp("Mon 3 Mar 2024 10.04 GMT", rules), is_timestamp("5 min read", rules)
    (True, False)
    >>> is_timestamp("Updated figures released on March 3 showed inflation easing.", rules)
    False
    """
    text = line.strip()
    if not text or len(text) > 120:
        return False
    segments = [s for s in _SEGMENTS.split(text) if s.strip()]
    return bool(segments) and all(_is_time_segment(s, rules) for s in segments)
