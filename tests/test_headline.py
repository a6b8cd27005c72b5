"""The headline of a page dump: the line that repeats the page's <title>, not a credit, a label or a byline."""

from __future__ import annotations

import pytest

from cleannews import clean
from cleannews.evaluation.titles import verdict
from cleannews.passes.headline import is_headline, is_page_furniture, title_similarity

BODY = "\n\n".join(
    f"Paragraph {n}: the storm flooded the coastal road and closed two schools on Tuesday, officials said."
    for n in range(4)
)
MENU = "Home\nWorld\nBusiness\nSport\nSearch\nSign in"
FOOTER = "Related articles\nOther story about a storm\n\nPrivacy Policy\n© 2024 The Gazette. All rights reserved."


def page(title: str, head: str) -> str:
    """A page dump: its <title> line, a menu, the lines above the article, the body and a footer."""
    return f"{title}\n\n{MENU}\n\n{head}\n\n{BODY}\n\n{FOOTER}\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "Tanja Ivanova // Getty Images",
        "Photo via Pexels",
        "Table of Contents",
        "Expand Table of Contents",
        "Jump to Section",
        "Book a demo",
        "Free 14-Day Trial",
        "Copy a direct link to this comment to your clipboard",
    ],
)
def test_a_credit_or_a_label_above_the_body_is_not_the_headline(furniture: str) -> None:
    text = page("Storm floods coast road | The Gazette", f"Storm floods coast road\n\n{furniture}")
    result = clean(text)
    assert result.title == "Storm floods coast road"
    assert result.paragraphs[-1].startswith("Paragraph 3")


def test_a_byline_with_its_role_is_not_the_headline() -> None:
    result = clean(page("Storm floods coast road | The Gazette", "Storm floods coast road\n\nWritten by Jane Doe"))
    assert result.title == "Storm floods coast road"
    assert not is_headline("Written by Danielle Doe, Donna Roe, and Natalie Poe")
    assert not is_headline("Data Analysis By Daniel Delgado")


def test_the_line_that_repeats_the_title_wins_over_a_nearer_subheading() -> None:
    # The page's headline, worded a little differently from its <title>, then a tagline and a
    # subheading of the page's own (no sentence) right above the body.
    head = (
        "The 7 Biggest Diet Trends in 2025, According to Nutritionists\n\n"
        "Protein continues to be huge\n\n"
        "Why our experts picked these trends"
    )
    result = clean(page("7 Major Diet Trends for 2025, According to Nutritionists", head))
    assert result.title == "The 7 Biggest Diet Trends in 2025, According to Nutritionists"


def test_a_furniture_line_stops_the_search_when_no_line_repeats_the_title() -> None:
    # No line repeats the <title>: the lines above a photo credit are the page's, not the article's.
    head = "Most read this week in the region\n\nTanja Ivanova // Getty Images"
    result = clean(page("Gazette front page", head))
    assert "Most read this week" not in result.text
    assert result.title is None and result.paragraphs[0].startswith("Paragraph 0")


def test_the_title_line_kept_as_the_first_line_gives_the_headline_under_it() -> None:
    # A page with no chrome found around the article: its <title> line stays first, and the
    # headline (worded a little differently) stands two lines under it.
    text = f"Storm floods coast road near Seoul | The Gazette\n\nThe Gazette\n\nStorm floods the coast road\n\n{BODY}\n"
    result = clean(text)
    assert result.title == "Storm floods the coast road"
    assert result.text.startswith("Storm floods coast road near Seoul | The Gazette\n")


def test_the_sites_name_found_on_the_page_is_cut_off_the_title() -> None:
    text = f"Storm floods coast road | Colin's blog\n\nColin's blog\n\n{BODY}\n"
    assert clean(text).title == "Storm floods coast road"
    # A part not found alone elsewhere stays: it may be the headline's own.
    assert clean(f"Biden - Xi summit ends\n\n{BODY}\n").title == "Biden - Xi summit ends"


def test_a_plain_article_keeps_its_headline() -> None:
    result = clean(f"Storm floods coast road\n\n{BODY}\n")
    assert result.title == "Storm floods coast road"
    assert len(result.paragraphs) == 4


def test_furniture_and_similarity_rules() -> None:
    assert is_page_furniture("Written by Jane Doe") and not is_page_furniture("Written by Jane Doe", bylines=False)
    assert not is_page_furniture("Killed by police, mourned by a town")
    assert title_similarity("Storm floods coast road", "Storm floods coast road | The Gazette") == 1.0
    assert title_similarity("The Gazette", "Storm floods coast road | The Gazette") == 0.0


@pytest.mark.parametrize(
    ("found", "reference", "expected"),
    [
        ("Storm floods coast road", "Storm Floods Coast Road!", "exact"),
        ("Storm floods coast road | The Gazette", "Storm floods coast road", "partial"),
        ("Coast road", "Storm floods coast road", "partial"),
        ("Book a demo", "Storm floods coast road", "wrong"),
        (None, "Storm floods coast road", "none"),
    ],
)
def test_the_title_harness_verdicts(found: str | None, reference: str, expected: str) -> None:
    assert verdict(found, reference) == expected


@pytest.mark.parametrize("buttons", ["Copy Link URL Copied!", "Share this on WhatsApp", "Facebook Twitter Email"])
def test_a_row_of_buttons_on_one_line_is_chrome_not_the_headline(buttons: str) -> None:
    # Several UI strings back to back make one line in a dump; none of them is the headline.
    result = clean(page("Storm floods coast road | The Gazette", f"Storm floods coast road\n\n{buttons}"))
    assert result.title == "Storm floods coast road"
    assert buttons not in result.text
    assert any(r.pass_name == "chrome" and r.text == buttons for r in result.removed)


def test_a_share_bar_does_not_put_the_headline_out_of_reach() -> None:
    # Fifteen share buttons between the headline and the body: the headline still opens the article.
    bar = "\n".join(["Share this story", "Share this on Facebook", "Share this on Twitter"] + ["Email", "Print"] * 6)
    result = clean(page("Storm floods coast road | The Gazette", f"Storm floods coast road\n\nBy Jane Doe\n\n{bar}"))
    assert result.title == "Storm floods coast road"
    assert result.byline == "Jane Doe"


def test_an_entry_of_a_menu_above_the_body_is_not_the_headline() -> None:
    # The nearest line of a headline's shape stands over more entries of the menu it belongs to.
    menu = "Drivers of the Week\nTechnical Notes\nPit Babies\nForum\nSeason Review"
    text = page("Standings | Racing Daily", f"{menu}\n\n22 October 2010 20:13")
    result = clean(text)
    assert result.title is None
    assert "Drivers of the Week" not in result.text
    assert result.paragraphs[0].startswith("Paragraph 0")


def test_a_two_word_headline_that_repeats_the_title_is_found() -> None:
    result = clean(page("Cup standings | Racing Daily", "Cup standings\n\n22 October 2010 20:13"))
    assert result.title == "Cup standings"


@pytest.mark.parametrize("stamp", ["- Nov. 18th 2019 8:54 am PT", "Nov 19, 2019 at 9:08 GMT 1 day ago"])
def test_a_publication_time_under_the_headline_is_no_headline(stamp: str) -> None:
    # A dash before the time, or how long ago it was after it, still makes a line of time alone.
    result = clean(page("Storm floods coast road | The Gazette", f"Storm floods coast road\n\n{stamp}"))
    assert result.title == "Storm floods coast road"
    assert stamp not in result.text


def test_a_story_copied_from_a_portal_keeps_its_headline_and_closing_lines() -> None:
    # The headline first (no <title> over a page), the provider, the time and a reading time under it;
    # the desk's initials and the agency's copyright under the story.
    lede = (
        "PARIS (AFP) - France will raise its minimum wage by two percent from January, the labour "
        "ministry said on Thursday, as inflation continued to erode household incomes."
    )
    more = "\n\n".join(
        f"Paragraph {n}: unions have staged strikes in the transport and energy sectors since the summer."
        for n in range(3)
    )
    text = (
        "France to raise minimum wage as inflation bites\nAFP\nThu, Nov 5, 2026, 3:12 PM\n3 min read\n\n"
        f"{lede}\n\n{more}\n\nkms/jm\n© 2026 AFP\n"
    )
    result = clean(text)
    assert result.title == "France to raise minimum wage as inflation bites"
    assert result.text.startswith("France to raise minimum wage")
    assert (result.source, result.credits, result.copyright) == ("AFP", ("kms/jm",), "© 2026 AFP")
