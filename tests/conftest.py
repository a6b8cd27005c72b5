"""Shared fixtures: where the sample and the golden cases live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "yonhap-nato-lead.txt"
CASES = ROOT / "tests" / "cases"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


# Synthetic articles for the batch and CLI tests: page chrome, a split word, a hyphenated line
# end, a wire tag and trailer, and (for some) mojibake. Written for the tests, not copied.
ARTICLE = (
    "Home\nWorld\nHome\nWorld\n"
    "(LEAD) Floods close {n} roads in {place}\n\n"
    "{place_upper}, Nov. 30 (Yonhap) -- Heavy rain closed {n} roads in the capi\n"
    "tal on Monday, and officials praised the coop-\n"
    "eration of residents{quote}.\n\n"
    "Share this article\n\n"
    "Source: Yonhap News Agency\n"
)
PLACES = ("Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Suwon")


def article(n: int, mojibake: bool = False) -> str:
    """A small wire article; with ``mojibake``, a curly apostrophe read as Windows-1252."""
    place = PLACES[n % len(PLACES)]
    quote = " in the mayor\u00e2\u20ac\u2122s words" if mojibake else " in the mayor’s words"
    return ARTICLE.format(n=n, place=place, place_upper=place.upper(), quote=quote)


CLEAN_ARTICLE = "A clean paragraph that needs no change.\n"


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``files`` (relative path -> text) under ``root``; return ``root``."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
