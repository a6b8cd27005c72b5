"""Bylines in the forms real page heads print them (synthetic heads written for these tests):
a credit after the writer's, a time before the names, a role with an outlet, new separators, names
no list knows but a time vouches for; and lines that look like bylines but are not."""

from __future__ import annotations

import pytest

from cleannews import clean
from cleannews.config import Config
from cleannews.document import Document, Line, Removal
from cleannews.passes.wire import _provider_line, byline_among, detect_wire_metadata
from cleannews.provenance import replay
from cleannews.wire.rules import wire_rules

BODY = (
    "The city council voted on Tuesday to expand the bus network to the northern suburbs, "
    "after two years of delays and a public consultation that drew thousands of replies.\n\n"
    "Officials said the first new routes would open in the spring, with more to follow."
)


def page(head: str) -> str:
    return f"Council Approves Bus Network Expansion For Northern Suburbs\n\n{head}\n\n{BODY}\n"


@pytest.mark.parametrize(
    ("head", "writer"),
    [
        ("By Maria Lindqvist, DVM. Reviewed by Peter Walsh, DVM", "Maria Lindqvist"),
        ("by Maria Lindqvist ● December 23, 2025 ● 6 min read", "Maria Lindqvist"),
        ("Dec 17, 2025 Maria K. Lindqvist", "Maria K. Lindqvist"),
        ("March 1, 2024 March 8, 2024 Laura Pellegrini", "Laura Pellegrini"),
        ("Dec 26, 2025 • Laura Pellegrini in Project Management", "Laura Pellegrini"),
        (
            "03/01/2024 by Maria Lindqvist, Student Representative to the Faculty Liaison Committee",
            "Maria Lindqvist",
        ),
        ("By Peter Walsh - Daily Science Contributor 2024-11-19T12:48:14Z Space", "Peter Walsh"),
    ],
)
def test_head_byline_forms(head: str, writer: str) -> None:
    text = page(head)
    result = clean(text)
    assert result.byline == writer
    assert head not in result.text
    assert BODY.split("\n\n")[0] in result.text  # the byline took no body text with it
    assert replay(text, result.removed, result.edits) == result.text


def test_unlisted_name_after_by_vouched_by_time_in_removed_head() -> None:
    rules = wire_rules()
    head = ["Blog", "Careers", "Our Team", "By Kaavya Shah", "July 18, 2024"]
    found = byline_among(head, rules)
    assert found is not None and found.names == "Kaavya Shah"
    labelled = ["Blog", "About", "Author: Kashmir Brummel", "Edited By: Jovana Durovic", "Last Updated: May 2, 2026"]
    found = byline_among(labelled, rules)
    assert found is not None and found.names == "Kashmir Brummel"


def test_one_name_after_by_with_its_time_in_removed_head() -> None:
    found = byline_among(
        ["Recipes", "Homemade Pear Jam", "by Amanda December 6, 2017", "Sharing is caring!"], wire_rules()
    )
    assert found is not None and found.names == "Amanda"


def test_name_under_time_with_its_mark_in_removed_head() -> None:
    found = byline_among(["Blog", "Mission accomplished!", "2025-12-17 ·", "Trond Teigen"], wire_rules())
    assert found is not None and found.names == "Trond Teigen"


def test_unlisted_name_needs_time_or_credit_beside() -> None:
    rules = wire_rules()
    assert byline_among(["Blog", "By Event Type", "Webinars", "Workshops"], rules) is None
    assert byline_among(["Blog", "By Kaavya Shah", "Careers", "Contact"], rules) is None


def test_agency_with_place_or_time_is_a_provider_line() -> None:
    rules = wire_rules()
    assert _provider_line("PTI, Washington,", rules) == "PTI"
    assert _provider_line("Reuters November 18, 2019 11:03 PM", rules) == "Reuters"
    assert _provider_line("Reuters, Business", rules) is None


@pytest.mark.parametrize(
    "head",
    [
        "Posted in Category",
        "By the numbers",
        "By clicking Subscribe you agree to our Terms of Service and Privacy Policy.",
        "By 2030, the council expects half of all trips in the city to be made by bus or by bike.",
        "Winter Storm",
        "Dec 17, 2025 Apple Watch",
        "March 1, 2024 March 8, 2024 Project Management",
    ],
)
def test_lines_that_are_no_byline(head: str) -> None:
    result = clean(page(head))
    assert result.byline is None
    if head.startswith("By 2030"):
        assert head in result.text  # a body sentence stays


def test_writer_pair_after_written_by() -> None:
    text = page("Written By Linny and Peter")
    result = clean(text)
    assert result.byline == "Linny and Peter"
    assert BODY.split("\n\n")[0] in result.text
    assert replay(text, result.removed, result.edits) == result.text
    # "By" alone does not vouch for two words a sentence could hold
    assert clean(page("By Land and Sea")).byline is None


def test_agency_over_time_with_lower_case_zone() -> None:
    text = page("Reuters, Washington,\n\nNov 20 2019, 11:06am ist\nupdated: Nov 20 2019, 15:24pm ist")
    result = clean(text)
    assert result.source == "Reuters"
    assert "11:06am ist" not in result.text
    assert BODY.split("\n\n")[0] in result.text
    assert replay(text, result.removed, result.edits) == result.text


def test_lower_case_zone_only_after_a_clock() -> None:
    from cleannews.wire.timestamp import is_timestamp

    rules = wire_rules()
    assert is_timestamp("Nov 20 2019, 11:06 am gmt", rules)
    assert not is_timestamp("Nov 20 2019 ist", rules)
    assert not is_timestamp("Nov 20 2019, 11:06am and more", rules)


def headless(head: str, under: str) -> str:
    """A page that lost its headline: the writer's line opens the text."""
    return f"{head}\n\n{under}\n\n{BODY}\n"


def test_writer_line_opening_a_page_is_no_headline() -> None:
    text = headless("Maria Lindqvist", "Former McKinsey Consultant")
    result = clean(text)
    assert result.title is None
    assert result.byline == "Maria Lindqvist"
    assert replay(text, result.removed, result.edits) == result.text
    dated = headless("Dec. 19, 2025 · Maria Lindqvist on behalf of the Vision Doc group", BODY.split("\n\n")[0])
    result = clean(dated + "\nMore to follow.\n")
    assert result.title is None
    assert result.byline == "Maria Lindqvist"
    assert BODY.split("\n\n")[0] in result.text


def test_name_headline_over_prose_stays_a_headline() -> None:
    # a one-name headline over the story (a profile) is the headline: no job title under it
    result = clean(headless("Maria Lindqvist", BODY.split("\n\n")[0]) + "\nMore to follow.\n")
    assert result.title == "Maria Lindqvist"
    assert result.byline is None


@pytest.mark.parametrize(
    ("head", "writer"),
    [
        ("Posted on July 1, 2024 by kestrelwrites", "kestrelwrites"),
        ("May 21, 2025 April 24, 2025 by The Larkspur", "The Larkspur"),
        ("November 12, 2018 | BY: Greenfold", "Greenfold"),
        ("Posted by QuillFox on Friday December 19, 2025 @08:00PM from the slow-bus dept.", "QuillFox"),
        ("By siteadmin - 2018-09-16", "siteadmin"),
        ("By Ridgeback Cycles August 12, 2021 August 13, 2021 training", "Ridgeback Cycles"),
        ("By 4x Transit", "4x Transit"),
        ("written by Our Editors", "Our Editors"),
        ("By A. J. Lindqvist View In Digital Edition", "A. J. Lindqvist"),
        ("Maria Lindqvist @marialind / 2 days", "Maria Lindqvist"),
        ("Laura (Kaur) Pellegrini Published: January 3, 2024", "Laura (Kaur) Pellegrini"),
        ("Maribel December 9, 2024 0 Comments", "Maribel"),
        ("Laura Pellegrini 25 March 2025 Transit planning, City news", "Laura Pellegrini"),
        ("Zumbotrax October 06, 2018", "Zumbotrax"),
        ("October 8, 2024 Zumbotrax", "Zumbotrax"),
    ],
)
def test_post_meta_line(head: str, writer: str) -> None:
    """A blog's or a CMS's post-meta line: the writer glued to labels, times, marks and counters;
    the name kept as the page prints it, the whole line out of the text."""
    text = page(head)
    result = clean(text)
    assert result.byline == writer
    assert head not in result.text
    assert BODY.split("\n\n")[0] in result.text
    assert replay(text, result.removed, result.edits) == result.text


@pytest.mark.parametrize(
    "head",
    [
        "By the end of the year, the network will reach every suburb",
        "By Monday, the river had risen",
        "By the numbers: how the plan adds up",
        "By The Numbers",
        "By Any Means Necessary",
        "Posted on the door was a note from the council",
        "Photo by John Smith / May 2, 2024",
        "March 3, 2024 Kyiv",
        "December 1, 2024 Breaking News",
        "Jane Doe speaks in Paris on December 9, 2024.",
        "Sort by Date",
    ],
)
def test_post_meta_lookalikes_are_no_byline(head: str) -> None:
    text = page(head)
    result = clean(text)
    assert result.byline is None
    assert BODY.split("\n\n")[0] in result.text


def test_time_under_an_unlisted_label_is_no_writer() -> None:
    for head in ["Publiceret 12.03.2024 kl. 09.15", "Zumbotrax"]:
        result = clean(page(head))
        assert result.byline is None


def test_post_meta_line_in_removed_head() -> None:
    rules = wire_rules()
    found = byline_among(["About Us", "Pricing", "Book a Demo", "October 8, 2024 Zumbotrax"], rules)
    assert found is not None and found.names == "Zumbotrax"
    found = byline_among(["Blog", "Share on Facebook", "January 16, 2026 Ridgeback Overhauls"], rules)
    assert found is not None and found.names == "Ridgeback Overhauls"
    assert byline_among(["About Us", "Pricing", "March 3, 2024 Kyiv"], rules) is None
    assert byline_among(["About Us", "Pricing", "December 1, 2024 Breaking News"], rules) is None


# A dump that opens with the page's <title>, then the site's menu (kept: the headline pass takes
# the title, the head's walk stops at the menu), then the headline again.
MENU = (
    "ACME TRANSIT\n\nProjects Blog About Donations Route Planner (beta)\nOpen Menu\n\nProjects\n\nBlog\n\n"
    "About\n\nDonations\n\nRoute Planner (beta)\n\nClose Menu"
)


def titled_page(title: str, headline: str, under: str) -> str:
    return f"{title}\n\n{MENU}\n\n{headline}\n\n{under}\n\n{BODY}\n"


@pytest.mark.parametrize(
    ("title", "headline", "under", "writer"),
    [
        (
            "Council Approves Bus Network Expansion | Acme Transit",
            "Council Approves Bus Network Expansion",
            "by: Maria Lindqvist, Dec 17, 2025",
            "Maria Lindqvist",
        ),
        (
            "Council Approves Bus Network Expansion - Acme Transit",
            "Council Approves Bus Network Expansion",
            "Posted on July 1, 2024 by mlindqvist",
            "mlindqvist",
        ),
    ],
)
def test_byline_under_the_headline_repeated_below_the_title(title: str, headline: str, under: str, writer: str) -> None:
    text = titled_page(title, headline, under)
    result = clean(text)
    assert result.byline == writer
    assert under not in result.text
    assert BODY.split("\n\n")[0] in result.text
    assert replay(text, result.removed, result.edits) == result.text


@pytest.mark.parametrize(
    "under",
    [
        "By the end of the year, rents rose.",
        "Photo by Maria Lindqvist, May 22, 2025",  # a picture's credit
        "Updated May 22, 2025 by the council",
        "Share this story on Facebook",
    ],
)
def test_no_byline_under_the_repeated_headline(under: str) -> None:
    text = titled_page(
        "Council Approves Bus Network Expansion | Acme Transit", "Council Approves Bus Network Expansion", under
    )
    assert clean(text).byline is None


def test_headline_near_the_title_only_above_the_body() -> None:
    # Lower down, a line worded like the title heads a teaser: its writer is not the article's.
    text = (
        "Best Bus Routes For Northern Suburbs [2026]\n\n" + MENU + "\n\n" + BODY + "\n\nRelated\n\n"
        "The Best Bus Routes in the Northern Suburbs in 2025\n\nMaria Lindqvist | May 22, 2025\n"
    )
    assert clean(text).byline is None


def test_by_line_under_its_time() -> None:
    text = page("December 7, 2020\nBy Ask the Doctors\n3 min read")
    result = clean(text)
    assert result.byline == "Ask the Doctors"
    assert replay(text, result.removed, result.edits) == result.text
    # With no time over it, the same words are a heading's
    assert clean(page("By Any Means Necessary")).byline is None


def chrome_cut_head(head: list[str]) -> Document:
    """A page whose head (title, menu, headline, byline, table of contents) the chrome pass took
    out whole, above a body it kept lower down."""
    lines = [*head, *BODY.split("\n")]
    origin = len(head) + 1
    kept = tuple(Line(text, origin + i) for i, text in enumerate(BODY.split("\n")))
    removed = tuple(Removal("chrome", n, text, "before the article body") for n, text in enumerate(head, 1) if text)
    assert len(lines) == len(head) + len(kept)
    return Document(lines=kept, removed=removed)


TOC = ["Table of Contents", "Why Routes Matter", "What Riders Asked For", "The New Lines", "What It Costs"]


def test_byline_under_headline_worded_apart_from_title_in_cut_head() -> None:
    head = [
        "Best Bus Route For Northern Suburbs [2026]",
        "",
        "Projects",
        "Blog",
        "The Best Bus Routes in the Northern Suburbs in 2026",
        "Maria Lindqvist | May 22, 2025",
        "Return to Blogs",
        *TOC,
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
    ]
    doc = detect_wire_metadata(chrome_cut_head(head), Config())
    assert doc.meta.byline == "Maria Lindqvist"


def test_no_byline_under_a_line_unlike_the_title_in_cut_head() -> None:
    head = [
        "Best Bus Route For Northern Suburbs [2026]",
        "",
        "Projects",
        "Blog",
        "Our Favourite Ferry Crossings",
        "Maria Lindqvist | May 22, 2025",
        "Return to Blogs",
        *TOC,
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
    ]
    assert detect_wire_metadata(chrome_cut_head(head), Config()).meta.byline is None


STANDFIRST = "This week our transit desk looks at how the northern suburbs will fare under the new bus plan."


def cut_under_standfirst(removed_lines: list[str]) -> Document:
    """A page whose post-meta line chrome took with the tags and the print button under the standfirst."""
    head = ["Council Approves Bus Network Expansion", "", STANDFIRST, "Read this in Spanish"]
    first = len(head) + len(removed_lines) + 1
    body = ["", *BODY.split("\n")]
    kept = [Line(text, n) for n, text in enumerate(head, 1)] + [Line(t, first + i) for i, t in enumerate(body)]
    removed = tuple(
        Removal("chrome", len(head) + n, text, "links under the section heading inside the article")
        for n, text in enumerate(removed_lines, 1)
    )
    return Document(lines=tuple(kept), removed=removed, title_line=1)


def test_time_first_post_meta_line_removed_under_the_standfirst() -> None:
    doc = cut_under_standfirst(["Tags: Transit", "12/19/2025 • Council Watch • Maria Lindqvist", "Print this page"])
    assert detect_wire_metadata(doc, Config()).meta.byline == "Maria Lindqvist"


@pytest.mark.parametrize(
    "removed",
    [
        # a list of teasers, each with its time and writer: none is the article's
        ["12/19/2025 • Council Watch • Maria Lindqvist", "12/18/2025 • Ferries • Peter Walsh"],
        ["Tags: Transit", "Council Watch", "Print this page"],
    ],
)
def test_no_writer_among_removed_lines_under_the_standfirst(removed: list[str]) -> None:
    assert detect_wire_metadata(cut_under_standfirst(removed), Config()).meta.byline is None


@pytest.mark.parametrize("first", ["Travel September 8, 2021 -- min read", "Politics | March 3, 2025 | 6 min read"])
def test_post_meta_line_opening_the_text_is_no_headline(first: str) -> None:
    # Chrome took the headline; the page's post-meta line (its section, time and reading time) opens the text.
    assert clean(f"{first}\n\n{BODY}\n").title != first


def test_headline_ending_in_read_stays_a_headline() -> None:
    text = f"Ten Books Every Student Should Read\n\n{BODY}\n"
    assert clean(text).title == "Ten Books Every Student Should Read"


@pytest.mark.parametrize(("name", "writer"), [("Maria Lindqvist", "Maria Lindqvist"), ("Wedding Planning", None)])
def test_written_by_over_name_under_the_repeated_headline(name: str, writer: str | None) -> None:
    # The headline again under the title, the time, "Written By" over the name (not over a menu's item),
    # in a head chrome took out whole far above the body
    head = [
        "Council Approves Bus Network Expansion",
        "",
        "Projects",
        "Council approves bus network expansion",
        "January 31, 2024",
        "Written By",
        name,
        *TOC,
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
        *TOC[1:],
    ]
    assert detect_wire_metadata(chrome_cut_head(head), Config()).meta.byline == writer
