"""The wire pass's remaining weak spots: a database record printed without blank lines, a page's
head below a section menu, writers filing from a place, datelines of press releases and below
photo galleries, agency beat roles, shop mailboxes at a page's end, and a kicker over the time."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, article, checked

from cleannews.wire.byline import parse_byline
from cleannews.wire.rules import wire_rules
from cleannews.wire.trailer import classify_trailer, service_addresses_only

RULES = wire_rules()
MENU = "Sport\nBusiness\nWorld\nCulture"
LEDE = "The council voted on Tuesday to raise the fare for the city's buses and trams by a fifth next year."


class TestRecordWithoutBlankLines:
    def test_source_code_among_fields_under_the_headline(self) -> None:
        head = "443 words\n10 October 2026\n18:56\nAgence France Presse\nAFPR\nEnglish\n(c) 2026 Agence France-Presse"
        text = f"Farmers protest in Paris\n{head}\n\nPARIS, Oct 10, 2026 (AFP) - {BODY}\n\n{MORE}\n"
        result = checked(text)
        assert result.title == "Farmers protest in Paris"
        assert result.source == "Agence France Presse"
        assert result.copyright == "(c) 2026 Agence France-Presse"
        assert result.dateline is not None and (result.dateline.place, result.dateline.agency) == ("PARIS", "AFP")
        assert [r.text for r in result.removed] == head.split("\n")

    def test_capitals_line_in_prose_stays_a_headline_matter(self) -> None:
        # Capitals under a headline with no record's field above them are no source code.
        text = f"NATO summit opens\nNATO\n\n{BODY}\n\n{MORE}\n"
        result = checked(text)
        assert result.source is None and "NATO\n" in result.text


class TestHeadBelowAMenu:
    def test_time_and_source_lines_under_the_byline(self) -> None:
        head = "By Jane Doe and John Roe, CNN\nUpdated\n10:41 AM EDT, Mon November 27, 2023\nSource: CNN"
        text = f"{MENU}\n\nSmall business cyber corner\n\n{head}\n\n(CNN) — {LEDE}\n\n{MORE}\n"
        result = checked(text)
        assert result.byline == "Jane Doe and John Roe"
        assert result.source == "CNN"
        assert result.dateline is not None and result.dateline.agency == "CNN"
        assert [r.text for r in result.removed if r.pass_name == "wire"] == head.split("\n")

    def test_prose_under_the_byline_stays(self) -> None:
        text = f"{MENU}\n\nSmall business cyber corner\n\nBy Jane Doe\n\nUpdated guidance came on Tuesday.\n\n{LEDE}\n"
        result = checked(text)
        assert result.byline == "Jane Doe"
        assert "Updated guidance came on Tuesday." in result.text


class TestWriterFilingFromAPlace:
    def test_names_with_a_particle_in_a_place_over_the_time(self) -> None:
        head = "Pieter van Dam in Rome\nTue 10 Oct 2024 14.05 GMT"
        dek = "Rescue teams race to reach villages cut off by landslides after the quake"
        text = f"{MENU}\n\nQuake hits central Italy\n\n{dek}\n\n{head}\n\n{LEDE}\n\n{MORE}\n"
        result = checked(text)
        assert result.byline == "Pieter van Dam"
        assert dek in result.text and head.split("\n")[0] not in result.text

    def test_a_phrase_in_a_place_is_no_writer(self) -> None:
        head = "Breaking News in Rome\nTue 10 Oct 2024 14.05 GMT"
        result = checked(f"{MENU}\n\nQuake hits central Italy\n\n{head}\n\n{LEDE}\n\n{MORE}\n")
        assert result.byline is None and "Breaking News in Rome" in result.text


class TestStandaloneDatelines:
    def test_city_and_country_below_a_summary(self) -> None:
        summary = "Acme and Northwind announce a partnership in Europe for intensive care units, released today."
        text = f"Acme announces a partnership with Northwind\n\n{summary}\n\nBAAR, SWITZERLAND\n\n{LEDE}\n\n{MORE}\n"
        result = checked(text)
        assert result.dateline is not None and result.dateline.place == "BAAR, SWITZERLAND"
        assert summary in result.text

    def test_city_alone_below_a_summary_is_no_dateline(self) -> None:
        # A city in capitals alone below a standfirst may head a section.
        summary = "Acme and Northwind announce a partnership in Europe for intensive care units, released today."
        text = f"Acme announces a partnership with Northwind\n\n{summary}\n\nTOKYO\n\n{LEDE}\n\n{MORE}\n"
        assert checked(text).dateline is None

    def test_over_a_press_release_lede_among_page_lines(self) -> None:
        head = "Fax +41 41 761 97 25\nE-mail info@acme.com\n\nAcme and Northwind introduce a new alarm system"
        text = f"{head}\n\nAugust 23, 2018\nThe integration will deliver alerts.\n\nBAAR, SWITZERLAND\n\n{LEDE}\n"
        result = checked(text)
        assert result.dateline is not None and result.dateline.place == "BAAR, SWITZERLAND"

    def test_agency_dateline_below_a_gallery(self) -> None:
        captions = "\n\n".join(
            f"{i} of 9 A shopper looks at extension cords at a hardware store on Tuesday. (Jane Doe/The Union via AP)"
            for i in range(1, 10)
        )
        text = f"Utility shuts off power\n\n{captions}\n\nSAN FRANCISCO (AP) — {LEDE}\n\n{MORE}\n"
        result = checked(text)
        assert result.dateline is not None and (result.dateline.place, result.dateline.agency) == (
            "SAN FRANCISCO",
            "AP",
        )

    def test_far_down_only_with_an_agency(self) -> None:
        captions = "\n\n".join(
            f"{i} of 9 A shopper looks at extension cords at a hardware store." for i in range(1, 10)
        )
        assert checked(f"Utility shuts off power\n\n{captions}\n\nVIENNA — {LEDE}\n\n{MORE}\n").dateline is None


class TestAgencyBeatRoles:
    @pytest.mark.parametrize(
        "line",
        ["Robert Burns, Ap National Security Writer", "By ROBERT BURNS, AP National Security Writer"],
    )
    def test_beat_after_the_agency_is_a_role(self, line: str) -> None:
        found = parse_byline(line, RULES, bare=True)
        assert found is not None and found.names.casefold() == "robert burns"
        assert found.affiliation is not None and found.affiliation.endswith("National Security Writer")

    def test_names_before_writer_stay_names(self) -> None:
        assert not RULES.is_role("Jane Doe Writer") and not RULES.is_role("AP Jane Doe")


class TestServiceMailboxes:
    @pytest.mark.parametrize("line", ["E-mail: subs@jpost.com", "Customer service: customer.service@example.com"])
    def test_a_shops_mailbox_is_no_credit(self, line: str) -> None:
        assert service_addresses_only(line)
        found = classify_trailer(line, RULES)
        assert found is None or found.kind != "email"

    def test_closing_page_line_gives_no_credit(self) -> None:
        result = checked(article(tail="E-mail: subs@example.com"))
        assert result.credits == ()

    @pytest.mark.parametrize(
        "line", ["kimsy@yna.co.kr", "For comments and feedback contact: editorial@example.com", "tips@example.com"]
    )
    def test_a_writers_or_newsrooms_mailbox_is_a_credit(self, line: str) -> None:
        assert not service_addresses_only(line)
        assert checked(article(tail=line)).credits == (line,)


class TestKickerOverTheTime:
    def test_time_under_a_kicker_leaves_the_kicker(self) -> None:
        result = checked(article("Winter Storm\n\nUpdated 4:12 PM EDT, July 5, 2024"))
        assert result.byline is None
        assert [r.text for r in result.removed] == ["Updated 4:12 PM EDT, July 5, 2024"]
        assert result.text.startswith("Council passes budget\n\nWinter Storm\n\n" + BODY)

    def test_time_under_a_standfirst_goes_but_one_inside_the_story_stays(self) -> None:
        # Under a standfirst, over the story, a labelled time is the page's (Al Jazeera's "Published On");
        # once the story has begun, a line of time is the story's own.
        dek = "The vote came after a long night."
        stamp = "Updated 4:12 PM EDT, July 5, 2024"
        assert stamp not in checked(article(f"{dek}\n\n{stamp}")).text
        story = "\n\n".join(f"{LEDE} Paragraph {n} of the story goes on at length about the fares." for n in range(3))
        inside = checked(article(lede=f"{story}\n\n{dek}\n\n{stamp}"))
        assert stamp in inside.text


class TestInvisibleSpacer:
    def test_byline_below_a_standfirst_with_a_spacer(self) -> None:
        # A newsletter's preheader spacer ("\u200c \u200c ...") glued to the standfirst is no prose.
        spacer = " ".join(["\u200c"] * 120)
        dek = f"Three simple tools will save you hours, plus the process for it{spacer}"
        text = f"How AI cuts planning\n\n{dek}\n\nHow AI cuts planning\n\nby Jane Doe\n\n{LEDE}\n\n{MORE}\n"
        result = checked(text)
        assert result.byline == "Jane Doe" and "by Jane Doe" not in result.text

    def test_a_long_paragraph_still_ends_the_search(self) -> None:
        long = " ".join(["The council said the plan would cost more than expected."] * 8)
        text = f"How AI cuts planning\n\n{long}\n\n{long}\n\nby Jane Doe\n\n{LEDE}\n\n{MORE}\n"
        assert checked(text).byline is None


class TestHeadlineEndingAMenu:
    def test_page_head_under_a_menu_goes_to_the_wire_pass(self) -> None:
        head = "Source: Xinhua\n\nEditor: huaxia\n\n2024-12-26 14:25:37"
        lede = f"URUMQI, Dec. 26 (Xinhua) -- {LEDE}"
        text = f"Business\nCulture\nSearch\nSport\n\nDefer, Panic, and Recover\n\n{head}\n\n{lede}\n\n{MORE}\n"
        result = checked(text)
        assert result.text.startswith("Defer, Panic, and Recover\n\nURUMQI")
        assert [r.text for r in result.removed if r.pass_name == "wire"] == head.split("\n\n")
        assert result.source == "Xinhua"


class TestALineLeavesOnce:
    def test_a_time_line_two_head_rules_take_is_recorded_once(self) -> None:
        # The time under "NAME, Nikkei staff writer" is both a publication time and the byline's line.
        head = "JOHN ROE, Nikkei staff writer\n\nNovember 26, 2026 13:30 JST"
        text = f"Exporters brace for weaker demand\n\n{head}\n\nTOKYO -- {LEDE}\n\n{MORE}\n"
        result = checked(text)
        lines = [removal.line for removal in result.removed]
        assert len(lines) == len(set(lines)), result.removed
        assert [r.text for r in result.removed] == head.split("\n\n")
        assert result.byline == "JOHN ROE"
