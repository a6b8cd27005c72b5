"""Wire forms of the second round: trailer families, unbracketed agencies, standfirsts, timestamps,
bylines with affiliations, and the look-alikes each of them must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from cleannews import clean
from cleannews.config import Config
from cleannews.document import Document
from cleannews.passes.chrome import remove_chrome
from cleannews.provenance import replay
from cleannews.result import Result
from cleannews.wire.byline import parse_byline
from cleannews.wire.dateline import find_dateline
from cleannews.wire.rules import wire_rules
from cleannews.wire.tags import split_tags
from cleannews.wire.timestamp import is_timestamp
from cleannews.wire.trailer import classify_trailer, closing_run

RULES = wire_rules()
BODY = "Officials said the measure would take effect next month. Critics called it rushed."
MORE = "The vote is expected on Thursday, and both parties say they have the numbers to win it."


def checked(text: str, **options: Any) -> Result:
    result = clean(text, **options)
    assert replay(text, result.removed, result.edits) == result.text
    return result


class TestTrailerFamilies:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("This report by The Canadian Press was first published March 3, 2024.", "credit"),
            ("This article was originally published on The Conversation.", "credit"),
            ("This story was produced by KFF Health News.", "credit"),
            ("— With files from Jane Doe in Toronto", "credit"),
            ("With files from The Associated Press", "credit"),
            ("Additional reporting by Jane Doe in Paris", "credit"),
            ("Additional reporting by Reuters", "credit"),
            ("Writing by Jane Doe; Editing by John Roe", "credit"),
            ("Reporting by Jane Doe in London Editing by John Roe", "credit"),
            ("(Writing by Jane Doe; editing by John Roe)", "credit"),
            ("Compiled by Jane Doe", "credit"),
            ("AFP contributed to this report.", "credit"),
            ("Reuters and The Associated Press contributed to this report.", "credit"),
            ("ab/rc (AFP, Reuters)", "credit"),
            ("Contact the reporter at jdoe@courier.com.", "email"),
            ("Contact Jane Doe at jdoe@courier.com or 555-0142. Follow her on Twitter: @jdoe.", "email"),
            ("Jane Doe covers city hall for the Courier. Reach her at jdoe@courier.com.", "email"),
            ("Jane Doe can be reached at jdoe@courier.com.", "email"),
            ("Follow Jane Doe on Twitter: @janedoe", "credit"),
            ("Follow AP’s coverage of the elections at https://apnews.com/hub/election-2024", "marker"),
            ("View original content:https://www.prnewswire.com/news-releases/acme-301234567.html", "marker"),
            ("The AP receives support from several foundations. AP is solely responsible for all content.", "marker"),
            ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "marker"),
            ("(c) 2024", "copyright"),
            ("(c) Acme Media 2024", "copyright"),
            (
                "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
                "broadcast, rewritten or redistributed.",
                "copyright",
            ),
            ("SOURCE Acme Holdings", "source"),
            ("Source: Al Jazeera and news agencies", "source"),
            ("-- BERNAMA", "signoff"),
            ("— Jane Doe", "byline"),
            ("-- Jane Doe, Staff Writer", "byline"),
        ],
    )
    def test_closing_lines(self, line: str, kind: str) -> None:
        found = classify_trailer(line, RULES)
        assert found is not None and found.kind == kind

    @pytest.mark.parametrize(
        "line",
        [
            "Source: officials familiar with the matter said the deal could close within weeks.",
            "This report was first published by the inspector general in 2019 and updated last year.",
            "With files from the national archive, the researchers rebuilt the ship's final voyage.",
            "The Associated Press contributed to the confusion by misreporting the date.",
            "Readers with information can email tips@citypolice.gov or call 555-0100.",
            "Contact with the crew was lost shortly after midnight, the coast guard said.",
            "Follow the money, the investigators say, and the story tells itself.",
            "Compiled by volunteers, the list now runs to 4,000 names.",
            "Writing by candlelight, she finished the manuscript in six weeks.",
            "(c) The ruling applies to every contract signed after that date, the court said.",
            "The full report is available at www.example.org/report.",
            "Learn more about funding for startups at example.gov.",
            "www.example.com.br",
            "02-751-1500",
            "— JS",
        ],
    )
    def test_look_alikes(self, line: str) -> None:
        assert classify_trailer(line, RULES) is None

    def test_closing_run_counts_from_the_end(self) -> None:
        lines = ["A sentence of the body.", "___", "(Reporting by Jane Doe)", "", "© 2024 Reuters"]
        assert closing_run(lines, RULES) == 4

    def test_ap_tail_with_promos_below_the_credits(self) -> None:
        text = (
            f"Storm hits coast\n\nMIAMI (AP) — {BODY}\n\n{MORE}\n\n___\n\n"
            "Associated Press writer John Roe in Tampa contributed to this report.\n\n___\n\n"
            "Follow AP’s coverage of hurricanes at https://apnews.com/hub/hurricanes\n"
        )
        result = checked(text)
        assert result.credits == ("Associated Press writer John Roe in Tampa contributed to this report.",)
        assert result.text.rstrip().endswith(MORE)

    def test_dash_signoff_below_a_list_item_is_kept(self) -> None:
        picks = "- Best Car Rentals in Vancouver\n\n- Best Car Rentals in Canada\n"
        text = f"Best rentals\n\n{BODY}\n\nOur picks:\n\n{picks}"
        result = checked(text)
        assert result.byline is None and "- Best Car Rentals in Canada" in result.text


class TestDatelineForms:
    @pytest.mark.parametrize(
        ("lede", "place", "date", "agency"),
        [
            ("PanARMENIAN.Net - Verified footage shows the protests.", None, None, "PanARMENIAN.Net"),
            ("Trend.Az - The president signed the decree.", None, None, "Trend.Az"),
            ("Anadolu Agency - Turkish officials said.", None, None, "Anadolu Agency"),
            ("MOSCOW, March 3. /TASS/. Russian troops withdrew.", "MOSCOW", "March 3", "TASS"),
            ("MOSCOW. March 3 (Interfax) - The ministry said.", "MOSCOW", "March 3", "Interfax"),
            ("YEREVAN, MARCH 3, ARMENPRESS. The president said.", "YEREVAN", "MARCH 3", "ARMENPRESS"),
            ("ABU DHABI, 21st September 2024 (WAM) -- The president said.", "ABU DHABI", "21st September 2024", "WAM"),
            ("New Delhi [India], March 3 (ANI): The minister said.", "New Delhi", "March 3", "ANI"),
            ("GUWAHATI: The state government said.", "GUWAHATI", None, None),
            ("Spokane — A man was arrested on Monday.", "Spokane", None, None),
            ("Fort Wayne — The city council voted.", "Fort Wayne", None, None),
            ("WASHINGTON, D.C. — The council voted.", "WASHINGTON, D.C.", None, None),
            ("CHICAGO--(BUSINESS WIRE)--Acme today announced results.", "CHICAGO", None, "BUSINESS WIRE"),
        ],
    )
    def test_forms(self, lede: str, place: str | None, date: str | None, agency: str | None) -> None:
        found = find_dateline(lede, RULES)
        assert found is not None and (found.place, found.date, found.agency) == (place, date, agency)

    @pytest.mark.parametrize(
        "lede",
        [
            "Tesla — The carmaker said on Monday it would cut prices.",
            "Orange — The telecoms group reported results.",
            "Amazon.com - The retailer said sales rose.",
            "SPOILER: The film ends badly.",
            "WARNING: This story contains distressing details.",
            "LIGHTEN YOUR LOAD – Start by weeding out things you don't need.",
            "CVE-2024-49113 stems from an out-of-bounds read.",
            "Chicago — a city that prides itself on its architecture — is changing.",
            "LONDON calling: the broadcaster turns 90.",
        ],
    )
    def test_look_alikes(self, lede: str) -> None:
        assert find_dateline(lede, RULES) is None

    def test_unlisted_places_only_in_the_first_paragraph(self) -> None:
        assert find_dateline("Spokane — A man was arrested.", RULES, strict=True) is None
        assert find_dateline("SPOKANE — A man was arrested.", RULES, strict=True) is not None

    def test_dateline_below_a_standfirst(self) -> None:
        text = (
            "Ad spending shifts\n\nNative ads now take most of the display budget, a study finds\n\n"
            f"By Jane Doe\n\nNew York, NY – {BODY}\n\n{MORE}\n"
        )
        result = checked(text)
        assert result.dateline is not None and result.dateline.place == "New York, NY"
        assert result.byline == "Jane Doe" and "Native ads now take most" in result.text


class TestHead:
    @pytest.mark.parametrize(
        "line",
        [
            "Updated 4:12 PM EDT, March 3, 2024",
            "Published 6:00 a.m. ET March 3, 2024 | Updated 9:15 a.m. ET March 3, 2024",
            "March 3, 2024 3:04 PM GMT+1 Updated 2 hours ago",
            "Published On 3 Mar 2024",
            "Aktualisiert am 03.03.2024, 10:04 Uhr",
            "2024-11-06",
        ],
    )
    def test_timestamps(self, line: str) -> None:
        assert is_timestamp(line, RULES)

    @pytest.mark.parametrize(
        "line", ["Updated figures showed inflation easing.", "Published in 2019, the study ran.", "5 min read", "2024"]
    )
    def test_not_timestamps(self, line: str) -> None:
        assert not is_timestamp(line, RULES)

    @pytest.mark.parametrize(
        ("line", "names", "affiliation"),
        [
            ("By Jane Doe | Staff Writer", "Jane Doe", "Staff Writer"),
            ("Story by Jane Doe", "Jane Doe", None),
            ("Written by Jane Doe", "Jane Doe", None),
            ("By Jane Doe | jdoe@courier.com", "Jane Doe", None),
            ("By Jane Doe (jdoe@heraldcorp.com)", "Jane Doe", None),
            ("By Jane Doe and John Roe, The Washington Post", "Jane Doe and John Roe", "The Washington Post"),
            ("By Jean-Luc MARTIN", "Jean-Luc MARTIN", None),
        ],
    )
    def test_bylines(self, line: str, names: str, affiliation: str | None) -> None:
        found = parse_byline(line, RULES)
        assert found is not None and (found.names, found.affiliation) == (names, affiliation)

    def test_bare_bylines_need_an_affiliation(self) -> None:
        found = parse_byline("Jane Doe, The Canadian Press", RULES, bare=True)
        assert found is not None and found.affiliation == "The Canadian Press"
        assert parse_byline("Jane Doe | Reuters", RULES, bare=True) is not None
        assert parse_byline("Jane Doe, the company's chief executive, said so.", RULES, bare=True) is None
        assert parse_byline("Jane Doe", RULES, bare=True) is None
        assert parse_byline("Jane Doe, The Canadian Press", RULES) is None  # not without ``bare``

    def test_head_of_a_web_page(self) -> None:
        text = (
            "Storm hits coast\n\nBy JANE DOE and JOHN ROE\nUpdated 4:12 PM EDT, March 3, 2024\n\n"
            f"MIAMI (AP) — {BODY}\n\n{MORE}\n"
        )
        result = checked(text)
        assert result.byline == "JANE DOE and JOHN ROE" and "Updated" not in result.text
        reasons = [r.reason for r in result.removed]
        assert "timestamp line (publication time) removed" in reasons

    def test_organisation_in_the_byline_is_the_source(self) -> None:
        text = f"Ferry sinks\n\nJane Doe, The Canadian Press\n\nHALIFAX — {BODY}\n\n{MORE}\n"
        result = checked(text)
        assert (result.byline, result.source) == ("Jane Doe", "The Canadian Press")
        assert checked(f"Ferry sinks\n\nBy Jane Doe, Staff Writer\n\nHALIFAX — {BODY}\n").source is None

    def test_keep_meta_keeps_timestamps(self) -> None:
        text = f"Storm hits coast\n\nUpdated 4:12 PM EDT, March 3, 2024\n\nMIAMI (AP) — {BODY}\n"
        assert "Updated 4:12 PM" in checked(text, keep_meta=True).text


class TestTags:
    def test_mixed_case_slug_on_a_sentence_case_headline(self) -> None:
        assert split_tags("Analysis-Fed faces a dilemma over rates", RULES).tags == ("Analysis",)
        assert split_tags("Live-Action Remake Tops Box Office", RULES).tags == ()

    def test_tagged_headline_is_not_a_ui_string(self) -> None:
        result = checked(f"WATCH: Rescue at sea off the coast\n\n{BODY}\n\n{MORE}\n")
        assert result.tags == ("WATCH",) and result.title == "Rescue at sea off the coast"


class TestChromeHandsOverClosingLines:
    def test_credits_below_a_short_last_paragraph_stay_for_the_wire_pass(self) -> None:
        text = (
            f'Talks resume\n\n(Bloomberg) -- {BODY}\n\n{MORE}\n\n"Fast patching matters."\n\n'
            "--With assistance from Jane Doe.\n\n©2024 Bloomberg L.P.\n"
        )
        result = checked(text)
        assert '"Fast patching matters."' in result.text
        assert result.credits == ("With assistance from Jane Doe.",)
        assert result.copyright == "©2024 Bloomberg L.P."

    def test_a_page_footer_stays_chrome(self) -> None:
        page = f"Talks resume\n\n{BODY}\n\n{MORE}\n\nRelated articles\nPrivacy Policy\n© 2024 Gazette Media.\n"
        doc = remove_chrome(Document.from_text(page), Config())
        assert "© 2024 Gazette Media." not in doc.text

    def test_sentence_about_copyright_is_body_text(self) -> None:
        text = f"Court rules\n\n{BODY}\n\n{MORE}\n\nCopyright lawyers say the ruling will be appealed.\n"
        assert "Copyright lawyers say" in checked(text).text
