"""A web page's own byline forms under the headline (measured on the WCXB and Zyte pages' authors): a
team or one word after "By", names with no "By" that a time, a reading time or a job title beside
them vouches for, and the same among the lines chrome took out above the body. Every page here is
written for the test, each rule with the look-alikes it must leave alone."""

from __future__ import annotations

import pytest
from wire_articles import LEDE, SECOND, checked

from cleannews.passes.wire import byline_among
from cleannews.wire.page_head import is_collective, is_job_title, is_single_writer, prefixed_writer, vouches
from cleannews.wire.rules import wire_rules

RULES = wire_rules()
TITLE = "Night buses: what the new routes mean for commuters"


def page(head: str, title: str = TITLE) -> str:
    return f"{title}\n\n{head}\n\n{LEDE}\n\n{SECOND}\n"


def body_kept(text: str) -> bool:
    return LEDE in text and SECOND in text


class TestByForms:
    @pytest.mark.parametrize(
        ("head", "byline"),
        [
            ("By the Copperleaf Team 2–3 minutes", "the Copperleaf Team"),
            ("By The Ledger editors", "The Ledger editors"),
            ("by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", "Amanda"),
            ("By: RiverCoder | December 16, 2025 | Categories: Uncategorized", "RiverCoder"),
            ("By WoodshopFred in Workshop Woodworking", "WoodshopFred"),
            ("0 · by Dennis Moorcroft · Updated on 8 January 2026", "Dennis Moorcroft"),
            ("February 1, 2019 | BY: Ilana Marsh, MS, RDN", "Ilana Marsh"),
        ],
    )
    def test_a_team_or_one_word_after_by(self, head: str, byline: str) -> None:
        result = checked(page(head))
        assert result.byline == byline
        assert head not in result.text and body_kept(result.text)
        assert [r.reason for r in result.removed if r.text == head] == ["byline moved to byline"]

    @pytest.mark.parametrize(
        "line", ["By Monday, the river had risen.", "By the Numbers", "By June", "By Design", "By Will"]
    )
    def test_phrases_after_by_are_no_writer(self, line: str) -> None:
        assert prefixed_writer(line, RULES) is None

    def test_by_alone_over_names_a_menu_could_hold_is_no_byline(self) -> None:
        result = checked(page("By\n\nWedding Checklists Just Engaged Wedding Planning\nShare"))
        assert result.byline is None and "Wedding Checklists Just Engaged Wedding Planning" in result.text


class TestNamesWithoutBy:
    @pytest.mark.parametrize(
        ("head", "byline", "gone"),
        [
            # the date with the reading time glued on is a head time, as "January 1, 2026" below is
            (
                "Brightfield Team\nNov 08, 2025 7 min read",
                "Brightfield Team",
                ["Brightfield Team", "Nov 08, 2025 7 min read"],
            ),
            ("Elena Marsh\nOperations Analyst", "Elena Marsh", ["Elena Marsh", "Operations Analyst"]),
            ("Tomasz Wierzba Founder at Birchline\nShare", "Tomasz Wierzba", ["Tomasz Wierzba Founder at Birchline"]),
            ("Selma Rovani\non Design Inspiration\nNov 20, 2025", "Selma Rovani", ["Selma Rovani"]),
            ("March 4, 2025\n\nJoaquin Ferrante", "Joaquin Ferrante", ["March 4, 2025", "Joaquin Ferrante"]),
            ("Stefan Kolb\nStefan Kolb", "Stefan Kolb", ["Stefan Kolb", "Stefan Kolb"]),
            ("VICTOR HALLORAN, FUTURISM\n18 NOV 2019", "VICTOR HALLORAN", ["VICTOR HALLORAN, FUTURISM", "18 NOV 2019"]),
            ("Kristin\nJanuary 1, 2026", "Kristin", ["Kristin", "January 1, 2026"]),
            (
                "12/19/2025 • Friday Philosophy • Dara Okafor",
                "Dara Okafor",
                ["12/19/2025 • Friday Philosophy • Dara Okafor"],
            ),
        ],
    )
    def test_names_a_line_beside_them_vouches_for(self, head: str, byline: str, gone: list[str]) -> None:
        result = checked(page(head))
        assert result.byline == byline and body_kept(result.text)
        assert sorted(r.text for r in result.removed if r.pass_name == "wire") == sorted(gone)

    def test_name_over_the_time_below_a_standfirst(self) -> None:
        standfirst = "If January has been a test of patience, the night buses have been its hardest exam."
        result = checked(page(f"{standfirst}\n\nJordanna Campbell\nJanuary 21, 2025\n2–4 minutes"))
        assert result.byline == "Jordanna Campbell"
        assert standfirst in result.text and body_kept(result.text)

    @pytest.mark.parametrize(
        "head",
        [
            "Top Stories\nJuly 5, 2024",
            "Our Team\nJuly 5, 2024",
            "Will\nJuly 5, 2024",
            "New York\nJuly 5, 2024",
            "Selma Rovani\nRead the full series",
            "Maria Lopez\nHead Coach",
            "Illustration by Mara Quist\nJuly 5, 2024",
        ],
    )
    def test_look_alikes_stay(self, head: str) -> None:
        result = checked(page(head))
        assert result.byline is None
        assert head.split("\n")[0] in result.text

    def test_a_list_of_dated_items_gives_no_byline(self) -> None:
        item = "The largest conference on data platforms brings together engineers, analysts and vendors."
        text = (
            "Upcoming events for managed service providers\n\nMarch 16, 2026\n\nFABCON\n\n"
            f"{item}\n\nMarch 18, 2026\n\nNVIDIA GTC\n\n{LEDE}\n\n{SECOND}\n"
        )
        result = checked(text)
        assert result.byline is None and "NVIDIA GTC" in result.text and "FABCON" in result.text

    def test_a_photo_credit_under_a_caption_is_no_byline(self) -> None:
        text = page("Eastern quarterback Mike Glass III\nAl Goldis, Associated Press", title=TITLE)
        result = checked(f"Sports wire\n\n{text}")
        assert result.byline is None and "Al Goldis, Associated Press" in result.text


class TestRemovedHead:
    @pytest.mark.parametrize(
        "time",
        ["Updated Nov. 19, 2019 8:21 am ET", "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"],
    )
    def test_by_alone_over_names_over_the_time(self, time: str) -> None:
        found = byline_among(["Consumer", "By", "Al Root", time, "Print"], RULES)
        assert found is not None and found.names == "Al Root"

    def test_by_alone_over_a_menu_item_is_no_byline(self) -> None:
        assert byline_among(["Consumer", "By", "Gift Guides", "Print"], RULES) is None

    def test_a_team_over_a_label_over_the_time(self) -> None:
        found = byline_among(["Blog", "The Brightfield Team", "Published", "|", "Oct 10, 2025"], RULES)
        assert found is not None and found.names == "The Brightfield Team"

    def test_a_team_after_by(self) -> None:
        found = byline_among(["Blog", "September 12, 2025 | 14 min read", "by Harbourline Editorial Team"], RULES)
        assert found is not None and found.names == "Harbourline Editorial Team"

    def test_a_team_that_signs_several_teasers_is_no_byline(self) -> None:
        teaser = "By Team Birch Data"
        teasers = ["Blog", "Cutting query time in half", teaser, "Indexes explained", teaser]
        assert byline_among(teasers, RULES) is None

    def test_a_person_over_a_job_title(self) -> None:
        found = byline_among(["Blog", "UX design", "Annemarie Holt", "Product Analytics Expert"], RULES)
        assert found is not None and found.names == "Annemarie Holt"

    def test_two_sections_of_a_menu_are_no_byline(self) -> None:
        assert byline_among(["Home", "Web Design", "Product Analytics Expert"], RULES) is None


class TestPieces:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("The Upwork Team", True), ("EcoCult Staff", True), ("Team SimplyThrilled", True), ("Staff", False)],
    )
    def test_is_collective(self, text: str, expected: bool) -> None:
        assert is_collective(text) is expected

    def test_single_writers(self) -> None:
        assert is_single_writer("Amanda", RULES) and is_single_writer("ShawnHymel", RULES)
        assert not any(is_single_writer(word, RULES) for word in ["May", "Friday", "Mark", "Design", "ROBOT"])

    def test_vouching_lines(self) -> None:
        assert all(vouches(line, RULES) for line in ["Updated Feb 27, 2026", "7 min read", "reviewed by Jo Caballes"])
        assert not any(vouches(line, RULES) for line in ["Share", "In short", "Copy as Markdown"])

    def test_job_titles(self) -> None:
        assert is_job_title("Founder & Lead Reviewer") and is_job_title("Former McKinsey Consultant")
        assert not is_job_title("Evidence Based") and not is_job_title("Web Design Trends")
