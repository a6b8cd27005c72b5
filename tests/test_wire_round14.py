"""Wire forms of the fourteenth round (real copy as it reaches users): portals' provider lines, Kyodo's
one-line head, Indian portals' disclaimers, Gulf and European agencies' sign-offs and datelines in
their own languages, AP's Spanish service, USA TODAY's contributors, bylines with roles between the
names; and the look-alikes each must leave in the text."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, article, checked

from cleannews.wire.byline import parse_byline
from cleannews.wire.dateline import find_dateline
from cleannews.wire.rules import wire_rules
from cleannews.wire.tags import split_tags
from cleannews.wire.timestamp import read_timestamp
from cleannews.wire.trailer import classify_trailer

RULES = wire_rules()


def wire_removed(result: object) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == "wire"]  # type: ignore[attr-defined]


class TestDatelines:
    @pytest.mark.parametrize(
        ("line", "place", "date", "agency"),
        [
            ("Brno 6. listopadu (ČTK) - Vláda schválila rozpočet.", "Brno", "6. listopadu", "ČTK"),
            ("ZAGREB, 4. studenoga (Hina) - Vlada je usvojila proračun.", "ZAGREB", "4. studenoga", "Hina"),
            ("NOVI SAD, 16. novembra (Tanjug) - Vlada je usvojila budžet.", "NOVI SAD", "16. novembra", "Tanjug"),
            ("SEVILLA, 9 (EUROPA PRESS) - El Gobierno aprobó el presupuesto.", "SEVILLA", "9", "EUROPA PRESS"),
        ],
    )
    def test_european_agencies_in_their_languages(self, line: str, place: str, date: str, agency: str) -> None:
        found = find_dateline(line, RULES, "en", False)
        assert found is not None and (found.place, found.date, found.agency) == (place, date, agency)

    def test_month_names_that_are_given_names_are_left_out(self) -> None:
        assert RULES.is_month("listopadu") and not RULES.is_month("Marta") and not RULES.is_month("Maja")
        found = parse_byline("Marta Kowalska 12 Nov 2026", RULES, bare=True)
        assert found is not None and found.names == "Marta Kowalska"


class TestHeads:
    def test_kyodo_one_line_head(self) -> None:
        stamp = "KYODO NEWS - Nov 8, 2026 - 13:26 | World, All"
        assert read_timestamp(stamp, RULES) is not None
        result = checked(article(head=stamp, lede=f"WASHINGTON - {BODY}"))
        assert result.dateline is not None and result.dateline.place == "WASHINGTON"
        assert stamp in wire_removed(result)

    @pytest.mark.parametrize(
        ("head", "source"),
        [
            ("The Associated Press\nStory by JANE DOE • 8h", "The Associated Press"),
            ("Reuters\nTue, November 24, 2026 at 12:36 PM GMT+4", "Reuters"),
            ("Associated Press\nUpdated Fri, November 21, 2026 at 1:46 AM", "Associated Press"),
        ],
    )
    def test_a_portal_provider_line_glued_to_the_headline(self, head: str, source: str) -> None:
        text = f"Council passes budget\n{head}\n\nTOLEDO, Ohio (AP) — {BODY}\n\n{MORE}\n"
        result = checked(text)
        assert result.title == "Council passes budget"
        assert result.source == source and source not in result.text.split("\n")

    def test_roundup_take(self) -> None:
        assert split_tags("ROUNDUP 2: Talks resume in Geneva", RULES).tags == ("ROUNDUP 2",)
        assert split_tags("2 years on: the town rebuilt", RULES).tags == ()


class TestBylines:
    def test_roles_between_the_names(self) -> None:
        found = parse_byline("By Jane Doe, Chief Political Correspondent, and John Roe, Economics Editor", RULES)
        assert found is not None and found.names == "Jane Doe and John Roe"

    def test_the_editor_beside_the_writer(self) -> None:
        found = parse_byline("Written by Jane Doe | Edited by John Roe", RULES)
        assert found is not None and found.names == "Jane Doe"

    def test_with_an_agency_is_a_credit_not_a_byline(self) -> None:
        assert parse_byline("— With AFP", RULES, bare=True) is None
        result = checked(article(tail="— With AFP"))
        assert result.byline is None and "With AFP" in result.credits


class TestTrailers:
    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            (
                "This report is auto-generated from Press Trust of India news service. ThePrint holds no "
                "responsibility for its content",
                "marker",
            ),
            (
                "(Disclaimer: This story is auto-generated from a syndicated feed. Outlook staff may not have "
                "modified or edited the content body.)",
                "marker",
            ),
            (
                "This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no "
                "responsibility or liability for its dependability.",
                "marker",
            ),
            (
                "Anadolu Agency website contains only a portion of the news stories offered to subscribers in "
                "the AA News Broadcast System (HAS), and in summarized form.",
                "marker",
            ),
            ("Lusa/Fim", "marker"),
            ("AYR // JMR", "credit"),
            ("gw/ par/", "credit"),
            ("WAM/Jane Doe/John Roe", "credit"),
            ("Contributing: Jane Doe, USA TODAY; The Associated Press", "credit"),
            ("El periodista de The Associated Press Jane Doe en Caracas contribuyó a este despacho.", "credit"),
            ("RIPRODUZIONE RISERVATA © Copyright ANSA", "copyright"),
            ("(red, APA, 22.11.2026)", "source"),
        ],
    )
    def test_closing_lines(self, line: str, kind: str) -> None:
        found = classify_trailer(line, RULES)
        assert found is not None and found.kind == kind

    def test_pti_slug_above_a_portal_disclaimer(self) -> None:
        tail = (
            "PTI VN DV\n\nThis report is auto-generated from Press Trust of India news service. ThePrint holds "
            "no responsibility for its content"
        )
        result = checked(article(lede=f"Chandigarh, Nov 15 (PTI) {BODY}", tail=tail))
        assert "PTI VN DV" in result.credits and "ThePrint" not in result.text

    @pytest.mark.parametrize(
        "sentence",
        [
            "Contributing factors included the weather and a late start.",
            "The website contains only a portion of the archive, the library said.",
            "Officials said the report was sourced from public records.",
        ],
    )
    def test_look_alikes_stay(self, sentence: str) -> None:
        result = checked(article(tail=sentence))
        assert sentence in result.text


class TestRealPageHeads:
    def test_ap_story_slug_is_a_head_line(self) -> None:
        head = (
            "By JANE DOE and JOHN ROE\nAssociated Press\nAP-US--Trump-Impeachment, 4th Ld-Writethru\n"
            "Patrick Semansky, ASSOCIATED PRESS"
        )
        result = checked(article(head=head, lede=f"WASHINGTON (AP) — {BODY}"))
        assert result.dateline is not None and result.dateline.place == "WASHINGTON"
        assert "AP-US--Trump-Impeachment, 4th Ld-Writethru" in wire_removed(result)

    def test_photo_credit_and_writer_lines_are_no_datelines(self) -> None:
        text = f"Council passes budget\n\nITV, ASSOCIATED PRESS\n\n{BODY}\n\n{MORE}\n"
        assert checked(text).dateline is None
        text = f"Council passes budget\n\nJANE DOE, FUTURISM\n\n{BODY}\n\n{MORE}\n"
        assert checked(text).dateline is None

    def test_dateline_with_a_state_below_a_caption(self) -> None:
        head = "The governor speaks in the capital on Monday.\n\nJane Doe | Bloomberg | Getty Images"
        result = checked(article(head=head, lede=f"SIOUX FALLS, S.D. – {BODY} {MORE}"))
        assert result.dateline is not None and result.dateline.place == "SIOUX FALLS, S.D."
