"""Round thirty-eight (page heads): the heads of small sites that republish wire stories, copied as
whole pages or as a scraper's dump (synthetic pages, written for these tests)."""

from __future__ import annotations

import pytest
from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

from cleannews.result import Result

SEARCH = "Search for:\nSearch"
MENU = "Harbour Gazette Online\nHome\nNews\nAsia\nBusiness\nOpinion"
TAIL = (
    "Tags: Ports, Shipping\nShare\nFacebook\nWhatsApp\nRelated\nFerry operator adds winter sailings\nAbout Us\nContact"
)


def _head_lines(result: Result) -> list[str]:
    return [
        r.text.strip()
        for r in result.removed
        if r.pass_name == "wire" and r.reason.startswith(("byline", "timestamp", "head line"))
    ]


def _kept(result: Result, *paragraphs: str) -> bool:
    out = " ".join(result.text.split())
    return all(" ".join(p.split()) in out for p in paragraphs)


@pytest.mark.parametrize(
    "meta",
    [
        "March 4, 2026 9:49 am | Jonah Pike | 3 min read",
        "By Jonah Pike on Mar 4, 2026 | 1,204 Views",
        "By Jonah Pike | March 4, 2026",
    ],
)
def test_post_meta_line_under_a_staff_headline(meta: str) -> None:
    text = _page(SEARCH, SEARCH, MENU, "Understanding Your Harbour Fees", meta, *PARAGRAPHS, TAIL)
    result = checked(text)
    assert result.byline == "Jonah Pike"
    assert _head_lines(result) == [meta]
    assert _kept(result, *PARAGRAPHS)


def test_post_meta_line_under_a_tagged_headline() -> None:
    meta = "November 3, 2026 9:49 am | Jonah Pike | 3 min read"
    text = _page(SEARCH, MENU, "(LEAD) Harbour terminal to open in spring", meta, *PARAGRAPHS, TAIL)
    result = checked(text)
    assert (result.tags, result.byline, _head_lines(result)) == (("LEAD",), "Jonah Pike", [meta])


BLOG_TOP = "Skip to main content\nSearch\nSearch This Blog\nThe Quay Notes\nShips, ports and trade\nHome"


def test_blog_date_header_over_the_post_title_is_a_head_line() -> None:
    date = "Tuesday, December 4, 2025"
    lede = "TOKYO, Dec 4 (Reuters) - " + PARAGRAPHS[0]
    text = _page(f"{BLOG_TOP}\n{date}", "Harbour terminal to open in spring", "By Mara Quint", lede, *PARAGRAPHS[1:])
    result = checked(text + "\nEmail This\nBlogThis!\nShare to X\nLabels: World\nPost a Comment\n")
    assert sorted(_head_lines(result)) == sorted(["By Mara Quint", date])
    assert result.dateline is not None and result.dateline.place == "TOKYO"
    assert _kept(result, lede, *PARAGRAPHS[1:])


def test_newsletter_issue_date_under_its_name_is_no_head_line() -> None:
    date = "Wednesday, 25 June 2025"
    text = _page("View in browser", f"Morning Harbour Brief\n{date}", "Harbour terminal to open in spring", *PARAGRAPHS)
    result = checked(text + "\nRead more [link]\n\nMORE HEADLINES\n")
    assert date not in _head_lines(result)


DUMP_TOP = "Search for:\nSearch\nSearch for:\nSearch\nHarbour Gazette\nHome\nNews\nWorld\nBusiness\nOpinion"
DUMP_TAIL = "Tags: Asia, Ports\nPrevious Post\nFerry operator adds winter sailings\nLeave a Reply\nAbout Us\nContact"


@pytest.mark.parametrize(
    "stamp",
    ["Posted: 19/01/2025 21:17", "Published: May 5, 2026", "26 December 2026 | 6 min read", "May 6, 2025 7:13 pm"],
)
def test_time_line_of_a_scrapers_dump(stamp: str) -> None:
    lede = "SEOUL, Jan. 19 (Yonhap) -- " + PARAGRAPHS[0]
    lines = [DUMP_TOP, "Harbour terminal to open in spring", stamp, lede, *PARAGRAPHS[1:], DUMP_TAIL]
    result = checked("\n".join(lines) + "\n")
    assert _head_lines(result) == [stamp]
    assert result.dateline is not None and result.dateline.agency == "Yonhap"
    assert _kept(result, lede, *PARAGRAPHS[1:])


def test_lede_cut_by_an_inline_link_in_a_dump_keeps_its_first_line() -> None:
    lines = [
        DUMP_TOP,
        "Harbour terminal to open in spring",
        "By admin - November 21, 2025",
        "MIAMI (AP) — The harbour authority said on Thursday that the",
        "new container terminal",
        "would open in the spring, after two years of delays.",
        *PARAGRAPHS[1:],
        DUMP_TAIL,
    ]
    result = checked("\n".join(lines) + "\n")
    assert result.byline == "admin"
    assert result.dateline is not None and (result.dateline.place, result.dateline.agency) == ("MIAMI", "AP")
    assert _head_lines(result) == ["By admin - November 21, 2025"]
    assert _kept(result, "said on Thursday that the new container terminal would open in the spring", *PARAGRAPHS[1:])


def test_search_box_printed_twice_is_a_sign_of_the_page() -> None:
    top = "Type to search\nSearch\nType to search\nSearch\nK-Harbour Today\nDaily briefings\nHome\nNews\nWorld\nTech"
    lede = "SEOUL, April 14 (Yonhap) -- " + PARAGRAPHS[0]
    result = checked(_page(top + "\n   ", "(URGENT) Harbour terminal to open in spring", lede, *PARAGRAPHS[1:]))
    assert result.tags == ("URGENT",)
    assert result.dateline is not None and result.dateline.place == "SEOUL"
    assert "Daily briefings" not in result.text and _kept(result, lede, *PARAGRAPHS[1:])


def test_city_alone_over_the_lede_under_a_byline() -> None:
    text = _page(
        SEARCH, SEARCH, MENU, "Harbour terminal to open in spring", "By Mara Quint · February 5, 2025", "ANKARA"
    )
    result = checked(text + "\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + TAIL + "\n")
    assert result.dateline is not None and result.dateline.place == "ANKARA"
    assert result.byline == "Mara Quint"
    assert _kept(result, *PARAGRAPHS)


# --- look-alikes ---------------------------------------------------------------------------


def test_hashtag_sentence_closing_the_story_stays() -> None:
    last = "Residents shared their photos of the new terminal under #HarbourDay on Sunday."
    result = checked(
        _page(
            SEARCH,
            SEARCH,
            MENU,
            "Harbour terminal to open in spring",
            "By Mara Quint | March 4, 2026",
            *PARAGRAPHS,
            last,
            TAIL,
        )
    )
    assert _kept(result, *PARAGRAPHS, last)
    assert last not in " ".join(result.credits)


def test_follow_us_sentence_inside_the_story_stays() -> None:
    middle = "Follow us to the quay, the harbour master told visitors, and you will see the cranes at work."
    result = checked(
        _page(SEARCH, SEARCH, MENU, "Harbour terminal to open in spring", PARAGRAPHS[0], middle, *PARAGRAPHS[1:], TAIL)
    )
    assert _kept(result, PARAGRAPHS[0], middle, *PARAGRAPHS[1:])


@pytest.mark.parametrize("line", ["Open 24/7 | Free Parking | Harbour Cafe", "1/2 | Harbour Walks | Part One"])
def test_fraction_in_a_line_under_the_headline_is_no_byline(line: str) -> None:
    result = checked(_page(SEARCH, SEARCH, MENU, "Harbour terminal to open in spring", line, *PARAGRAPHS, TAIL))
    assert result.byline is None
    assert line not in _head_lines(result)
    assert _kept(result, *PARAGRAPHS)


def test_fraction_in_a_paragraph_stays() -> None:
    recipe = "Stir in 1/2 cup of the harbour's own sea salt, the café's owner said, open 24/7 since May."
    lines = [
        DUMP_TOP,
        "Harbour cafe keeps its doors open",
        "Posted: 19/01/2025 21:17",
        PARAGRAPHS[0],
        recipe,
        PARAGRAPHS[1],
    ]
    result = checked("\n".join([*lines, DUMP_TAIL]) + "\n")
    assert _kept(result, PARAGRAPHS[0], recipe, PARAGRAPHS[1])
    assert result.byline is None


def test_city_alone_under_a_posted_field_is_the_place() -> None:
    lede = "Tip: the harbour authority said on Thursday that the new container terminal would open in spring."
    text = _page(SEARCH, SEARCH, MENU, "Harbour terminal to open in spring", "Posted: 03/01/2026 16:46", "ANKARA", lede)
    result = checked(text + "\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n\n" + TAIL + "\n")
    assert result.dateline is not None and result.dateline.place == "ANKARA"
    assert _head_lines(result) == ["Posted: 03/01/2026 16:46"]
    assert _kept(result, lede, *PARAGRAPHS[1:])


def test_city_alone_over_the_lede_vouches_for_a_title_case_headline_ending_the_menu() -> None:
    lede = "But the real winner, the harbour master said, is the new container terminal at the quay."
    text = _page(SEARCH, MENU, "Building a Transparent Harbour", "May 1, 2026 1:05 am", "ANKARA", lede, *PARAGRAPHS[1:])
    result = checked(text + "\n" + TAIL + "\n")
    assert result.dateline is not None and result.dateline.place == "ANKARA"
    assert _head_lines(result) == ["May 1, 2026 1:05 am"]
    assert _kept(result, lede, *PARAGRAPHS[1:])
