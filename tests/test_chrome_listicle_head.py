"""A listicle whose list breaks its prose into pieces: the densest run of prose is a section far
below the headline, yet the article (and the byline under its headline) opens at the headline
the page's <title> repeats (synthetic page written for these tests)."""

from __future__ import annotations

from cleannews import clean
from cleannews.provenance import replay

INTRO = (
    "Choosing the right garden tools saves hours of work every season, and the best of them last for decades "
    "when they are cleaned and sharpened after use. We tested dozens of spades, pruners and rakes over two "
    "summers in clay and sandy soils to find the ones worth buying."
)
SECOND = (
    "Prices have risen sharply since last year, so we also looked at which cheaper tools hold up as well as "
    "the premium ones, and which are worth the extra money for a small garden."
)
SECTION = (
    "The forged spade we liked most cut through compacted clay without bending, and its ash handle stayed "
    "comfortable after a long afternoon of digging new beds along the fence at the back of the garden."
)


def listicle_page(between: str = "") -> str:
    head = [
        "Top 12 Garden Tools for 2025 | Green Shed",
        "Home",
        "Shop",
        "Guides",
        "About Us",
        "Contact",
        "Top 12 Garden Tools for 2025",
        "By Marta Kowalczyk, Senior Editor",
        "Published Apr 26, 2023",
        "Updated Aug 21, 2025",
        INTRO,
        SECOND,
        *([between] if between else []),
        *(f"{n}. {tool}" for n, tool in enumerate(_TOOLS, 1)),
        *(f"{SECTION} It was test number {n} of the season." for n in range(1, 10)),
        "© 2025 Green Shed. All rights reserved.",
        "Privacy Policy",
        "Terms of Service",
    ]
    return "\n\n".join(head) + "\n"


_TOOLS = [
    f"{kind} {name}"
    for kind in ("Spade", "Pruner", "Rake", "Hoe", "Trowel", "Fork")
    for name in ("Classic", "Pro", "Lite", "Max", "Mini")
]


def test_headline_far_above_the_densest_run_opens_the_article() -> None:
    text = listicle_page()
    result = clean(text)
    assert result.byline == "Marta Kowalczyk"
    assert INTRO in result.text and SECOND in result.text
    assert "Published Apr 26, 2023" not in result.text
    assert replay(text, result.removed, result.edits) == result.text


def test_section_heading_between_keeps_the_run() -> None:
    # "Related Articles" ends an article: what stands above it is another story's teaser, not this body.
    result = clean(listicle_page(between="Related Articles"))
    assert INTRO not in result.text
    assert SECTION in result.text
