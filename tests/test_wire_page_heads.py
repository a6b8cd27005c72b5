"""Bylines in the heads of real-looking pages (the fourteenth round, measured on the WCXB pages'
authors): a byline among the lines chrome took out above the body, "By" alone over the names, a
byline under a standfirst or a kicker, and the time or the reading time on the byline's own line.
Every page here is written for the test; the look-alikes each rule must leave alone come with it."""

from __future__ import annotations

import pytest
from wire_articles import BODY, LEDE, MORE, SECOND, article, checked

from cleannews.wire.byline import is_prefix_alone, parse_byline
from cleannews.wire.rules import wire_rules

RULES = wire_rules()


def page(head: str, menu: str = "Home\nNews\nSport\nBusiness\nSearch\nSign in\n\n") -> str:
    return f"{menu}Council expands night bus network\n\n{head}\n\n{LEDE}\n\n{SECOND}\n"


class TestInlineForms:
    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("By Korin Miller Published: Jan 29, 2025", "Korin Miller"),
            ("By Amanda Furrer Updated: Dec 19, 2025 1:06 PM EST", "Amanda Furrer"),
            ("By George Michaelson on 19 Dec 2025", "George Michaelson"),
            ("By Bryon Powell on March 1, 2026 | Comments", "Bryon Powell"),
            ("by Matt Miller on Dec 16, 2025 at 11:00 AM", "Matt Miller"),
            ("by Jacob Trussell —10 min read", "Jacob Trussell"),
            ("by Emily Baron Cadloff · October 10, 2021", "Emily Baron Cadloff"),
            ("October 11, 2023 by Autumn Huerter", "Autumn Huerter"),
            ("Posted on July 1, 2024 by Ian Smith", "Ian Smith"),
        ],
    )
    def test_time_and_reading_time_beside_the_names(self, line: str, names: str) -> None:
        parsed = parse_byline(line, RULES)
        assert parsed is not None and parsed.names == names

    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("Melissa Ozawa December 18, 2025", "Melissa Ozawa"),
            ("Kristian Larsen July 13, 2025 — 7 minutes read", "Kristian Larsen"),
        ],
    )
    def test_names_alone_before_a_date(self, line: str, names: str) -> None:
        parsed = parse_byline(line, RULES, bare=True)
        assert parsed is not None and parsed.names == names

    @pytest.mark.parametrize(
        "line",
        [
            "Publié le 19 décembre 2024 à 14h05",
            "New York December 18, 2025",
            "Breaking News December 18, 2025",
            "By the time it ended, 2 min later",
        ],
    )
    def test_look_alikes(self, line: str) -> None:
        assert parse_byline(line, RULES, bare=True) is None

    def test_opening_words_alone(self) -> None:
        assert is_prefix_alone("Written By:", RULES) and is_prefix_alone("By", RULES)
        assert not is_prefix_alone("By the way", RULES)


class TestHeadLines:
    def test_by_alone_over_the_names(self) -> None:
        result = checked(article(head="By\n\nJane Doe"))
        assert result.byline == "Jane Doe"
        assert "By" not in result.text.split("\n") and "Jane Doe" not in result.text

    def test_a_menu_item_over_another_is_no_byline(self) -> None:
        result = checked(article(head="Authors\n\nFind Jobs"))
        assert result.byline is None

    def test_byline_under_a_standfirst(self) -> None:
        standfirst = "Six new routes will link the outer districts with the hospital."
        result = checked(article(head=f"{standfirst}\n\nBy Jane Doe", lede=LEDE))
        assert result.byline == "Jane Doe"
        assert standfirst in result.text and "By Jane Doe" not in result.text

    def test_byline_below_a_kicker(self) -> None:
        result = checked(article(head="Technology\n\nBy Jonathan Sayers Jan. 31, 2026 7:47 am EST", lede=LEDE))
        assert result.byline == "Jonathan Sayers"
        assert "Jonathan Sayers" not in result.text

    def test_fact_box_under_prose_is_left_alone(self) -> None:
        box = "Author: H.G. Parry\nReleased: June 17, 2025\nGenre: Fantasy"
        text = f"Book Beat\n\n{LEDE}\n\n{box}\n\n{SECOND}\n"
        result = checked(text)
        assert result.byline is None and "Author: H.G. Parry" in result.text

    def test_closing_byline_of_a_short_story_is_a_trailer(self) -> None:
        text = f"Council passes budget\n\n{BODY}\n\n{MORE}\n\nBY BAE JI-HOON [jihoon.bae@joongang.co.kr]\n"
        result = checked(text)
        assert result.byline == "BAE JI-HOON"
        closing = [r.reason for r in result.removed if r.text.startswith("BY BAE")]
        assert closing and "closing" in closing[0]


class TestRemovedHead:
    def test_byline_among_share_buttons(self) -> None:
        head = "By Jane Doe\nNov. 19, 2019\n5:50 PM\nFacebook\nTwitter\nShow more sharing options"
        result = checked(page(head))
        assert result.byline == "Jane Doe"
        assert "Jane Doe" not in result.text and LEDE in result.text

    def test_teasers_with_their_writers_give_no_byline(self) -> None:
        menu = (
            "Home\nNews\nSport\nSearch\nSign in\n\nMost Popular\nHarbour ferry fares to rise\nBy John Roe\n"
            "New library opens on Sunday\nBy Mary Major\nShare\nTweet\n\n"
        )
        result = checked(page("Share\nTweet", menu=menu))
        assert result.byline is None

    def test_a_menu_heading_with_by_is_no_byline(self) -> None:
        menu = "Home\nSolutions\nBy Event Type\nConferences\nWebinars\nSearch\nSign in\n\n"
        result = checked(page("Share\nTweet", menu=menu))
        assert result.byline is None

    def test_previous_and_next_post_are_no_byline(self) -> None:
        result = checked(page("Previous Post\nNext Post\nShare\nTweet"))
        assert result.byline is None


class TestNamesWithoutBy:
    def test_name_alone_between_headline_and_lede(self) -> None:
        result = checked(article(head="Jennifer Newmann", lede=LEDE))
        assert result.byline == "Jennifer Newmann"
        assert "Jennifer Newmann" not in result.text and LEDE in result.text

    def test_a_section_name_under_the_headline_stays(self) -> None:
        result = checked(article(head="Winter Storm", lede=LEDE))
        assert result.byline is None and "Winter Storm" in result.text

    def test_name_over_a_mark_over_the_date(self) -> None:
        result = checked(article(head="Chris Toyne\n•\nMarch 17, 2025", lede=LEDE))
        assert result.byline == "Chris Toyne"
        assert result.text.startswith("Council passes budget\n\nThe city council voted")

    def test_name_over_a_newsroom_role_under_a_standfirst(self) -> None:
        standfirst = "Six new routes will link the outer districts with the hospital."
        result = checked(article(head=f"{standfirst}\n\nJuliette Carreau\n\nTech Writer", lede=LEDE))
        assert result.byline == "Juliette Carreau"
        assert standfirst in result.text and "Tech Writer" not in result.text


class TestIsoTimes:
    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("By Mike Wallace 2019-11-18T20:51:19Z Science & Astronomy", "Mike Wallace"),
            ("By Yasmin Saplak - Staff Writer 2019-11-18T23:30:00Z Health", "Yasmin Saplak"),
            ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", "Chris Pokorny"),
        ],
    )
    def test_time_and_section_after_the_names(self, line: str, names: str) -> None:
        parsed = parse_byline(line, RULES)
        assert parsed is not None and parsed.names == names

    def test_iso_time_alone_is_a_head_line(self) -> None:
        result = checked(article(head="By Jane Doe\n\n2024-07-05T09:15:00+02:00", lede=LEDE))
        assert result.byline == "Jane Doe" and "2024-07-05" not in result.text


class TestCredentialsAndHandles:
    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("Written by Rachel Linkletter, MS, RD on November 14, 2019", "Rachel Linkletter"),
            ("February 1, 2019 | BY: Ilana Morgenstern, MS, RDN", "Ilana Morgenstern"),
        ],
    )
    def test_degrees_after_the_names(self, line: str, names: str) -> None:
        parsed = parse_byline(line, RULES)
        assert parsed is not None and parsed.names == names

    def test_a_handle_vouches_for_names_alone(self) -> None:
        parsed = parse_byline("Natasha Turakova @NatashaTurakova", RULES, bare=True)
        assert parsed is not None and parsed.names == "Natasha Turakova"
        assert parse_byline("Breaking News @cnn", RULES, bare=True) is None


class TestLateDateline:
    def test_dateline_below_a_caption_and_a_promotion(self) -> None:
        head = (
            "The plan aims to keep the outer districts connected at night.\n\n"
            "A night bus waits at the depot in the city centre. Jane Doe / Reuters file\n\n"
            "Breaking News Emails\n\n"
            "Get breaking news alerts and special reports delivered to your inbox every weekday morning.\n"
            "Nov. 20, 2019, 9:28 AM UTC\nBy Reuters"
        )
        result = checked(article(head=head, lede=f"VIENNA (Reuters) — {LEDE}"))
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.agency) == ("VIENNA", "Reuters")
        assert result.source == "Reuters"

    def test_a_later_paragraph_is_not_searched(self) -> None:
        long_paragraph = " ".join([LEDE] * 3)
        text = f"Council passes budget\n\n{long_paragraph}\n\nVIENNA (Reuters) — {SECOND}\n"
        result = checked(text)
        assert result.dateline is None

    def test_a_brand_before_a_dash_in_a_list_is_no_dateline(self) -> None:
        items = (
            "The best cameras of the year\n\nSimpliSafe - Best Burglar Deterrent\n\n"
            "Ring - Top for Installing It Yourself\n\nADT - Most Complete System"
        )
        result = checked(article(head=items, lede=LEDE))
        assert result.dateline is None and "ADT - Most Complete System" in result.text

    def test_a_known_city_alone_opens_a_late_lede(self) -> None:
        head = "A night bus waits at the depot in the city centre. Jane Doe / Reuters file\n\nBreaking News Emails"
        result = checked(article(head=head, lede=f"VIENNA — {LEDE}"))
        assert result.dateline is not None and result.dateline.place == "VIENNA"


class TestMoreHeads:
    def test_byline_above_a_row_of_share_buttons(self) -> None:
        head = (
            "Jennifer Newmann\n\nNov 13, 2019 4:26 pm\n\n@jnewmann\n\nShare This Article\nReddit\nLinkedIn\n"
            "WhatsApp\nEmail\nPrint\nFacebook\nTwitter\nPinterest"
        )
        result = checked(page(head))
        assert result.byline == "Jennifer Newmann"

    def test_agency_and_time_under_a_standfirst(self) -> None:
        standfirst = "The Islanders extend their unbeaten streak to fifteen games."
        head = f"{standfirst}\n\nAssociated Press\n\nPublished 11:26 pm EST, Tuesday, November 19, 2019"
        result = checked(article(head=head, lede=LEDE))
        assert result.source == "Associated Press"
        assert "Associated Press" not in result.text and standfirst in result.text

    def test_name_under_headline_over_a_short_opening(self) -> None:
        result = checked(article(head="Jennifer Newmann", lede="Your mindset matters. Here is why:") + LEDE + "\n")
        assert result.byline == "Jennifer Newmann"

    def test_agency_closing_a_timestamp_line(self) -> None:
        result = checked(article(head="Updated on: November 19, 2019 / 10:07 AM / Reuters", lede=LEDE))
        assert result.source == "Reuters" and "10:07 AM" not in result.text


class TestJobTitles:
    @pytest.mark.parametrize(
        ("line", "names", "title"),
        [
            (
                "By Chris McNamara ⋅ Founder and Editor-in-Chief ⋅ Updated March 3, 2025",
                "Chris McNamara",
                "Founder and Editor-in-Chief",
            ),
            ("By Claire Wilson, Co-Founder & COO", "Claire Wilson", "Co-Founder & COO"),
        ],
    )
    def test_a_job_title_after_a_by_line(self, line: str, names: str, title: str) -> None:
        parsed = parse_byline(line, RULES)
        assert parsed is not None and (parsed.names, parsed.affiliation) == (names, title)

    def test_without_by_a_title_vouches_for_nothing(self) -> None:
        assert parse_byline("Claire Wilson, Co-Founder & COO", RULES, bare=True) is None


@pytest.mark.parametrize(
    ("role", "source"),
    [
        ("Senior Life and Trends Reporter", None),
        ("Business Correspondent", None),
        ("The Canadian Press", "The Canadian Press"),
    ],
)
def test_a_writers_beat_under_the_byline_is_no_source(role: str, source: str | None) -> None:
    # A role that ends like a paper's name ("... Reporter") names no publication.
    result = checked(page(f"By Jack Beresford\n{role}"))
    assert result.byline == "Jack Beresford"
    assert result.source == source
    assert role not in result.text
