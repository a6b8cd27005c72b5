"""Shingle scoring of extracted article text against ground truth, as the Zyte benchmark scores it.

Each text becomes a multiset of 4-token shingles over its ``\\w+`` tokens (lower-cased). Per
document, the true positives, false positives and false negatives are counted and normalised to
sum 1; precision and recall are averaged over documents and F1 is taken from the two means.
A document from which nothing was extracted counts for recall (as 0) but not for precision.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of ``text`` (a shorter text is one shingle).

    >>> sorted(shingles("One two three four five"))
    [('one', 'two', 'three', 'four'), ('two', 'three', 'four', 'five')]
    >>> shingles("Too short")
    Counter({('too', 'short'): 1})
    """
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one document, summing to 1 (or all 0)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """Precision, or None when nothing was extracted (such a document counts for recall only)."""
        if self.tp == self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0 if self.tp else None
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)


def compare(truth: str, extracted: str) -> Counts:
    """Normalised counts of one document.

    >>> compare("a b c d e", "a b c d")
    Counts(tp=0.5, fp=0.0, fn=0.5)
    >>> compare("a b c d", "")
    Counts(tp=0.0, fp=0.0, fn=1.0)
    """
    expected, got = shingles(truth), shingles(extracted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    if not total:
        return Counts(0.0, 0.0, 0.0)
    return Counts(tp / total, fp / total, fn / total)


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    documents: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Mean precision and recall over ``(truth, extracted)`` pairs; F1 of the two means.

    >>> s = score([("a b c d e", "a b c d e"), ("a b c d e", "a b c d x")])
    >>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 3)
    (0.75, 0.75, 0.75)
    """
    counts = [compare(truth, extracted) for truth, extracted in pairs]
    precisions = [p for c in counts if (p := c.precision) is not None]
    recalls = [r for c in counts if (r := c.recall) is not None]
    return Score(
        statistics.fmean(precisions) if precisions else 0.0,
        statistics.fmean(recalls) if recalls else 0.0,
        len(counts),
    )
