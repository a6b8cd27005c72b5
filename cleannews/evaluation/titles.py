"""The headline cleannews finds (``result.title``) on whole-page text dumps, against a reference title.

Run as ``python -m cleannews.evaluation.titles --data ../shared/data`` (``make eval-titles``).

The dumps are the chrome harness's (``cleannews.evaluation.chrome.load_samples``): the Zyte
pages' ready html-text dumps, and the WCXB dev articles dumped with html-text. The reference:

- WCXB: the ground truth's ``title``;
- Zyte (no title in its ground truth): the text of the page's first non-empty ``<h1>``, or its
  ``og:title`` when it has no ``<h1>`` (the output says how many of each).

Titles are compared as their case-folded ``\\w+`` tokens: ``exact`` (the same tokens), ``partial``
(one's tokens a run inside the other's: a headline with its site name, a kicker, or cut short),
``wrong`` (neither), ``none`` (no title found). Pages are split in the chrome harness's halves:
``dev`` the half the rules were developed on, ``check`` the half held out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cleannews.evaluation.chrome import Sample, load_samples
from cleannews.evaluation.data import add_data_option, require, zyte_pages

VERDICTS = ("exact", "partial", "wrong", "none")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class TitleCase:
    """A page's dump, its reference title and where that title came from."""

    sample: Sample
    reference: str
    source: str  # "ground truth", "<h1>" or "og:title"


def tokens(text: str) -> list[str]:
    """The case-folded ``\\w+`` tokens of a title.

    >>> tokens("Storm Hits Coast | The Gazette")
    ['storm', 'hits', 'coast', 'the', 'gazette']
    """
    return [token.casefold() for token in _TOKEN.findall(text)]


def verdict(found: str | None, reference: str) -> str:
    """How a found title compares with the reference.

    >>> verdict("Storm hits coast", "Storm Hits Coast!"), verdict("Storm hits coast | Gazette", "Storm hits coast")
    ('exact', 'partial')
    >>> verdict("Book a demo", "Storm hits coast"), verdict(None, "Storm hits coast")
    ('wrong', 'none')
    """
    if found is None:
        return "none"
    mine, theirs = tokens(found), tokens(reference)
    if mine == theirs:
        return "exact"
    shorter, longer = sorted((mine, theirs), key=len)
    if shorter and any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)):
        return "partial"
    return "wrong"


def page_heading(html: str) -> tuple[str, str] | None:
    """The page's own headline: its first non-empty ``<h1>``, else its ``og:title``, and which.

    >>> page_heading('<html><head><meta property="og:title" content="B | Site"></head><body><h1> A <b>x</b></h1>')
    ('A x', '<h1>')
    >>> page_heading('<html><head><meta property="og:title" content="B | Site"></head><body><p>t</p>')
    ('B | Site', 'og:title')
    """
    from html.parser import HTMLParser

    class Headings(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = 0  # how many <h1> elements are open
            self.h1s: list[list[str]] = [[]]  # the text pieces of each <h1>, in page order
            self.og_title: str | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "h1":
                self.depth += 1
            elif tag == "meta" and self.og_title is None and dict(attrs).get("property") == "og:title":
                self.og_title = " ".join((dict(attrs).get("content") or "").split()) or None

        def handle_endtag(self, tag: str) -> None:
            if tag == "h1" and self.depth:
                self.depth -= 1
                if not self.depth:
                    self.h1s.append([])

        def handle_data(self, data: str) -> None:
            if self.depth:
                self.h1s[-1].append(data)

    parser = Headings()
    parser.feed(html)
    parser.close()
    for pieces in parser.h1s:
        if text := " ".join("".join(pieces).split()):
            return text, "<h1>"
    return (parser.og_title, "og:title") if parser.og_title else None


def title_cases(data: Path) -> list[TitleCase]:
    """Every page with a reference title, with its dump."""
    from cleannews.evaluation.data import wcxb_pages

    samples = {(s.corpus, s.page_id): s for s in load_samples(data)}
    cases = []
    for page in zyte_pages(data):
        found = page_heading(page.html())
        if found is not None:
            cases.append(TitleCase(samples[("zyte", page.page_id)], *found))
    for page in wcxb_pages(data):
        sample = samples.get(("wcxb", page.page_id))
        if sample is not None and page.title:
            cases.append(TitleCase(sample, page.title, "ground truth"))
    return cases


def found_title(dump: str) -> str | None:
    """The headline cleannews finds in a dump, with default settings."""
    from cleannews import clean

    return clean(dump).title


def evaluate(cases: Sequence[TitleCase], titles: dict[tuple[str, str], str | None]) -> list[str]:
    """The markdown table: counts of each verdict and the exact rate, per corpus and half."""
    rows = ["| corpus | half | reference | pages | " + " | ".join(VERDICTS) + " | exact rate |"]
    rows.append("|---|---|---|---:|" + "---:|" * (len(VERDICTS) + 1))
    for corpus in ("zyte", "wcxb"):
        for half in ("dev", "check", "all"):
            chosen = [c for c in cases if c.sample.corpus == corpus and half in ("all", c.sample.half)]
            counts = Counter(verdict(titles[(c.sample.corpus, c.sample.page_id)], c.reference) for c in chosen)
            sources = Counter(c.source for c in chosen)
            reference = ", ".join(f"{source} {n}" for source, n in sorted(sources.items()))
            rate = counts["exact"] / len(chosen) if chosen else 0.0
            cells = " | ".join(str(counts[v]) for v in VERDICTS)
            rows.append(f"| {corpus} | {half} | {reference} | {len(chosen)} | {cells} | {rate:.3f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_data_option(parser)
    parser.add_argument("--corpus", choices=("zyte", "wcxb"), help="only this corpus")
    parser.add_argument(
        "--show", choices=VERDICTS[1:], action="append", default=[], help="list the dev pages with this verdict"
    )
    args = parser.parse_args(argv)
    cases = title_cases(require(args.data))
    if args.corpus:
        cases = [c for c in cases if c.sample.corpus == args.corpus]
    titles = {(c.sample.corpus, c.sample.page_id): found_title(c.sample.dump) for c in cases}
    for case in cases:
        key = (case.sample.corpus, case.sample.page_id)
        if case.sample.half == "dev" and verdict(titles[key], case.reference) in args.show:
            sys.stderr.write(
                f"{case.sample.corpus} {case.sample.page_id}\n  want {case.reference!r}\n  got  {titles[key]!r}\n"
            )
    print("Titles found by cleannews on page dumps: exact / partial (one inside the other) / wrong / none.\n")
    print("\n".join(evaluate(cases, titles)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
