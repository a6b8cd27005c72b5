"""Round thirty-seven, page frames: a story copied with what stood around it (an archive's toolbar,
a consent wall over or under the page, an aggregator's in-app browser, a metered paywall set under
the lede), and look-alikes that are the story's own text. Synthetic pages, written for these tests."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import assert_body_stays, checked, port_story, took
from wire_articles import page as _page

TITLE = "Harbour terminal to open in spring"
MENU = "Coastline Herald\nHome\nWorld\nBusiness\nSport\nCulture"
TEASERS = "Rail fares frozen for another year\nLibrary extends its weekend hours\nNew ferry joins the island route"
FOOTER = "© 2026 Coastline Herald. All rights reserved."
TOOLBAR = (
    "The Wayback Machine - https://web.archive.org/web/20260211093015/https://www.coastlineherald.example/harbour\n"
    "31 captures\n"
    "03 Feb 2026 - 19 Oct 2026\n"
    "JAN\tFEB\tMAR\n"
    "11\n"
    "2025\t2026\t2027\n"
    "success\n"
    "fail\n"
    "About this capture\n"
    "COLLECTED BY\n"
    "Collection: regional-news-sweep\n"
    "Regional papers and the stories they link to, saved every week by volunteers.\n"
    "TIMESTAMPS\n"
    "loading"
)
WALL = (
    "Your choices about cookies\n"
    "We and our 212 advertising partners use cookies to remember your settings and measure traffic.\n"
    "Accept All\n"
    "Decline\n"
    "Manage options"
)
IN_APP_TOP = "Done\nwww.coastlineherald.example\nAA\nOpen in browser"
IN_APP_BOTTOM = "Open in browser\nHide stories from Coastline Herald\nReport"


def test_wayback_toolbar_over_a_wire_story_is_chrome_and_the_head_is_read() -> None:
    head = "By Mara Ellison\nFebruary 11, 2026"
    result = checked(
        _page(TOOLBAR, MENU, TITLE, head, *port_story("GDANSK, Feb. 11 (Reuters) - "), "Related\n" + TEASERS)
    )
    assert result.title == TITLE
    assert result.byline == "Mara Ellison"
    assert result.dateline is not None and result.dateline.place == "GDANSK" and result.dateline.agency == "Reuters"
    assert "web.archive.org" not in result.text and "TIMESTAMPS" not in result.text
    assert "Regional papers and the stories they link to" not in result.text
    assert_body_stays(result.text)


def test_wayback_first_line_alone_is_chrome() -> None:
    first = TOOLBAR.splitlines()[0]
    result = checked(_page(first, MENU, TITLE, "By Mara Ellison", *PARAGRAPHS, "Related\n" + TEASERS))
    assert result.title == TITLE
    assert result.byline == "Mara Ellison"
    assert took(result, first, "chrome")
    assert_body_stays(result.text)


def test_story_that_opens_with_the_archives_name_is_no_toolbar() -> None:
    lede = "The Wayback Machine - the archive run by a library - holds 31 captures of the old harbour site."
    result = checked(_page(MENU, TITLE, "By Mara Ellison", lede, *PARAGRAPHS, "Related\n" + TEASERS))
    assert result.byline == "Mara Ellison"
    assert_body_stays(result.text, (lede, *PARAGRAPHS))


def test_consent_wall_over_the_page_is_chrome_and_the_story_head_is_read() -> None:
    head = "By Mara Ellison\nPublished 11 February 2026"
    result = checked(_page(WALL, MENU, TITLE, head, *port_story("PARIS (AFP) - "), "Read more\n" + TEASERS))
    assert result.title == TITLE
    assert result.byline == "Mara Ellison"
    assert result.dateline is not None and result.dateline.agency == "AFP"
    assert all(took(result, line, "chrome") for line in WALL.splitlines())
    assert_body_stays(result.text)


def test_consent_wall_under_the_page_leaves_the_closing_line_to_the_wire_pass() -> None:
    story = port_story("BEIJING, Feb. 11 (Xinhua) -- ")
    result = checked(_page(MENU, TITLE, *story, "Editor: Zhou Lan", "Read more\n" + TEASERS, WALL, FOOTER))
    assert result.credits == ("Editor: Zhou Lan",)
    assert took(result, "Editor: Zhou Lan")
    assert "partners use cookies" not in result.text
    assert_body_stays(result.text)


def test_buttons_under_a_paragraph_that_speaks_of_no_cookies_are_no_wall() -> None:
    lede = "The regulator said on Tuesday that sites must let readers refuse cookies as easily as accept them."
    text = _page(TITLE, "By Mara Ellison", lede + "\n" + PARAGRAPHS[0] + "\nAccept all\nReject all", *PARAGRAPHS[1:])
    result = checked(text)
    assert_body_stays(result.text, (lede, *PARAGRAPHS))


def test_in_app_browser_bars_are_chrome_and_the_syndication_note_is_a_closing_line() -> None:
    note = "(Except for the headline, this story has not been edited by Coastline Herald staff.)"
    result = checked(
        _page(
            IN_APP_TOP,
            MENU,
            TITLE,
            "PTI\nUpdated: Feb 11, 2026 09:12 IST",
            *port_story("Kochi, Feb 11 (PTI) "),
            note,
            "Also read\n" + TEASERS,
            IN_APP_BOTTOM,
        )
    )
    assert result.title == TITLE
    assert result.dateline is not None and result.dateline.place == "Kochi"
    assert result.source == "PTI"
    assert took(result, note)
    for line in ("Also read", "Hide stories from Coastline Herald", *TEASERS.splitlines()):
        assert not took(result, line)
        assert line not in result.text
    assert_body_stays(result.text)


def test_paywall_under_a_short_lede_leaves_the_lede_with_theport_story() -> None:
    lede = "(Bloomberg) -- Port fees will rise in April. The authority gave no figure."
    wall = "You have 2 free articles left this month.\nSubscribe to continue reading\nAlready a subscriber? Sign in"
    head = "By Mara Ellison\nFebruary 11, 2026 at 9:12 AM GMT"
    result = checked(_page("Tidewater Markets\nSubscribe\nSign In\n" + MENU, TITLE, head, lede, wall, *PARAGRAPHS))
    assert result.byline == "Mara Ellison"
    assert result.source == "Bloomberg"
    assert "free articles left" not in result.text and "Already a subscriber" not in result.text
    assert_body_stays(result.text, ("Port fees will rise in April. The authority gave no figure.", *PARAGRAPHS))


def test_story_of_two_short_lines_under_its_dateline_is_kept_above_the_related_list() -> None:
    lines = ("TOKYO (Kyodo) -- Ferry timetable: 6 sailings, 2 cancelled.", "Timetable: 4 sailings, 1 late.")
    result = checked(_page(MENU, TITLE, "Feb 11, 2026", *lines, "Related\n" + TEASERS, FOOTER))
    assert result.dateline is not None and result.dateline.agency == "Kyodo"
    assert "Ferry timetable: 6 sailings, 2 cancelled." in result.text and lines[1] in result.text


# --- look-alikes: the story's own lines ------------------------------------------------------


def test_last_paragraph_with_a_hashtag_stays_under_a_framed_page() -> None:
    last = "Residents can share their photos of the opening day with the hashtag #NewTerminal, the port said."
    result = checked(_page(WALL, MENU, TITLE, "By Mara Ellison", *PARAGRAPHS, last, "Read more\n" + TEASERS))
    assert result.byline == "Mara Ellison"
    assert_body_stays(result.text, (*PARAGRAPHS, last))


def test_follow_us_sentence_inside_the_story_stays() -> None:
    inside = "Follow us on the harbour walk, the guide told the first visitors, and keep to the painted path."
    paragraphs = (PARAGRAPHS[0], inside, *PARAGRAPHS[1:])
    result = checked(_page(IN_APP_TOP, MENU, TITLE, "By Mara Ellison", *paragraphs, IN_APP_BOTTOM))
    assert_body_stays(result.text, paragraphs)


def test_fractions_in_the_story_are_no_desk_code() -> None:
    line = "The terminal will run 24/7 from May, and only 1/2 of the berths are booked for the winter."
    result = checked(_page(TOOLBAR, MENU, TITLE, "By Mara Ellison", *PARAGRAPHS, line, "Related\n" + TEASERS))
    assert result.credits == ()
    assert_body_stays(result.text, (*PARAGRAPHS, line))
