"""The ordered registry of passes, and the function that runs a document through them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cleannews.config import Config
from cleannews.document import Document
from cleannews.passes import chrome, headline, rejoin, unicode, whitespace, wire

PassFunction = Callable[[Document, Config], Document]


@dataclass(frozen=True, slots=True)
class Pass:
    """A named pass: a pure function from document to document, and what it does in a line."""

    name: str
    run: PassFunction
    summary: str


# The order matters and is explained in each pass's docstring: unicode repair first, so every
# pass sees real characters; chrome before rejoin, so words split around a removed line are
# mended; rejoin before whitespace, which would trim the spaces rejoin reads as evidence;
# headline once paragraphs are settled; wire last, as it works on the headline and the ends.
PASSES: tuple[Pass, ...] = (
    Pass(unicode.NAME, unicode.repair_unicode, unicode.SUMMARY),
    Pass(chrome.NAME, chrome.remove_chrome, chrome.SUMMARY),
    Pass(rejoin.NAME, rejoin.rejoin, rejoin.SUMMARY),
    Pass(whitespace.NAME, whitespace.normalise_whitespace, whitespace.SUMMARY),
    Pass(headline.NAME, headline.find_headline, headline.SUMMARY),
    Pass(wire.NAME, wire.detect_wire_metadata, wire.SUMMARY),
)

PASS_NAMES: tuple[str, ...] = tuple(p.name for p in PASSES)


def run_passes(doc: Document, cfg: Config) -> Document:
    """Run every enabled pass over ``doc`` in registry order."""
    for step in PASSES:
        if cfg.enabled(step.name):
            doc = step.run(doc, cfg)
    return doc
