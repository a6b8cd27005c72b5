"""Round twenty-nine: mainstream English wire stories copied from whole pages, extractors and feeds
(synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import page as _page

from cleannews import clean


def test_bloomberg_closing_lines_above_a_most_read_list() -> None:
    text = _page(
        "Finance Portal\nMy Portfolio\nMarkets\nNews\nVideos",
        "Harbour terminal to open in spring",
        "Jane Doe, Bloomberg News\nPublished November 5, 2026 at 3:12 PM",
        "(Bloomberg) -- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "--With assistance from John Roe.",
        "More stories like this are available on bloomberg.com",
        "©2026 Bloomberg L.P.",
        "Most Read from Bloomberg\nStorm knocks out power to thousands\nNew bakery opens downtown",
    )
    result = clean(text)
    assert result.credits == ("With assistance from John Roe.",)
    assert result.copyright == "©2026 Bloomberg L.P."
    gone = {r.text for r in result.removed}
    assert {"More stories like this are available on bloomberg.com", "©2026 Bloomberg L.P."} <= gone
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_reuters_credit_above_more_from_list() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "LONDON, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "(Reporting by Jane Doe; Editing by John Roe)",
        "More from Reuters\nOil slips as stocks build\nMarkets wait for the Fed",
    )
    result = clean(text)
    assert result.credits == ("Reporting by Jane Doe; Editing by John Roe",)
    assert "(Reporting by Jane Doe; Editing by John Roe)" not in result.text


def test_most_read_list_under_a_staff_story_gives_no_trailer() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "By Jane Doe, Staff Writer",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Most Read\nStorm knocks out power to thousands\nNew bakery opens downtown",
    )
    result = clean(text)
    assert result.credits == ()
    assert result.copyright is None
    assert not [r for r in result.removed if r.pass_name == "wire" and r.reason != "byline moved to byline"]
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


NASDAQ_NOTE = (
    "The views and opinions expressed herein are the views and opinions of the author and do not "
    "necessarily reflect those of Nasdaq, Inc."
)


def test_portal_disclaimer_and_the_reuters_credit_above_it() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "November 05, 2026 — 10:12 am EST\nWritten by Jane Doe for Reuters",
        "NEW YORK, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "(Reporting by Jane Doe; Editing by John Roe)",
        NASDAQ_NOTE,
    )
    result = clean(text)
    assert result.credits == ("Reporting by Jane Doe; Editing by John Roe",)
    assert NASDAQ_NOTE not in result.text
    assert result.byline == "Jane Doe"
    assert result.source == "Reuters"


def test_views_expressed_by_a_minister_stay_in_the_body() -> None:
    sentence = "The views expressed by the minister do not necessarily reflect those of the government."
    text = _page("Harbour terminal to open in spring", PARAGRAPHS[0], PARAGRAPHS[1], sentence)
    result = clean(text)
    assert sentence in result.text
    assert result.credits == ()


def test_devdiscourse_desk_line_is_a_head_line() -> None:
    desk = "Devdiscourse News Desk | New Delhi | Updated: 05-11-2026 15:12 IST"
    text = _page(
        "Harbour terminal to open in spring",
        desk,
        "New Delhi, Nov 5 (PTI) " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)",
    )
    result = clean(text)
    assert desk not in result.text
    assert result.byline is None
    assert result.source == "PTI"
    assert result.dateline is not None and result.dateline.place == "New Delhi"


def test_gulf_news_colon_dateline_under_a_caption_and_the_agency() -> None:
    text = _page(
        "Menu\nWorld\nMiddle East\nAsia\nBusiness\nSport\nOpinion",
        "Harbour terminal to open in spring",
        "A photo from the scene shows the harbour on November 5. (AFP)",
        "AFP\nPublished: November 05, 2026 15:12",
        "Washington: " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
    )
    result = clean(text)
    assert result.dateline is not None and result.dateline.place == "Washington"
    assert result.source == "AFP"
    for paragraph in PARAGRAPHS[1:]:
        assert paragraph in result.text


def test_explainer_before_a_lower_case_headline_is_a_tag() -> None:
    text = _page(
        "Explainer: what the harbour terminal means for shipping",
        "By Jane Doe",
        "WASHINGTON, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = clean(text)
    assert result.tags == ("Explainer",)
    assert result.title == "what the harbour terminal means for shipping"
