"""Wire forms of the seventeenth round (mainstream English wire copy as users scrape it): CNN's datelines
without brackets, Yahoo's time line with the reading time glued on, a labelled time under a standfirst,
Bloomberg's stacked closing lines, credits with middle initials, "(With agency inputs)", an agency named
only by its closing note; and the look-alikes each must leave in the text."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, article, checked

from cleannews.wire.dateline import find_dateline
from cleannews.wire.rules import wire_rules
from cleannews.wire.timestamp import is_labelled_timestamp, read_timestamp
from cleannews.wire.trailer import classify_trailer

RULES = wire_rules()
STANDFIRST = "The move comes amid growing pressure on the government to act before the winter."


def wire_removed(result: object) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == "wire"]  # type: ignore[attr-defined]


class TestBracketlessAgencyDatelines:
    @pytest.mark.parametrize(
        ("line", "place", "agency"),
        [
            (f"Hong Kong CNN — {BODY}", "Hong Kong", "CNN"),
            (f"WASHINGTON CNN — {BODY}", "WASHINGTON", "CNN"),
            (f"New York CNN Business — {BODY}", "New York", "CNN Business"),
        ],
    )
    def test_place_then_listed_agency_before_a_dash(self, line: str, place: str, agency: str) -> None:
        found = find_dateline(line, RULES)
        assert found is not None and (found.place, found.agency) == (place, agency)

    def test_in_an_article_the_dateline_stays_in_the_text(self) -> None:
        result = checked(article(head="By Jane Doe, CNN", lede=f"Seoul CNN — {BODY}"))
        assert result.dateline is not None and (result.dateline.place, result.dateline.agency) == ("Seoul", "CNN")
        assert result.byline == "Jane Doe" and result.source == "CNN"
        assert f"Seoul CNN — {BODY}" in result.text

    @pytest.mark.parametrize(
        "line",
        [
            "Former CNN — and later NBC — anchor Jane Doe said on Monday that she would retire.",
            "Against CNN — the network that made her famous — she filed suit in March.",
            "Acme CNN — a ticker, not a network — rose 3% on Monday in heavy trading.",
        ],
    )
    def test_no_known_city_before_the_agency_is_no_dateline(self, line: str) -> None:
        assert find_dateline(line, RULES) is None

    def test_the_general_grammar_keeps_a_comma_and_a_date_before_the_agency(self) -> None:
        found = find_dateline(f"RIYADH, March 21, 2024, SPA -- {BODY}", RULES)
        assert found is not None and (found.place, found.date) == ("RIYADH", "March 21, 2024")


class TestHeadTimes:
    @pytest.mark.parametrize("line", ["Thu, Nov 5, 2026, 3:12 PM 3 min read", "Wed, Jan 21, 2026, 10:25 PM 6 min read"])
    def test_a_reading_time_glued_after_the_time(self, line: str) -> None:
        assert read_timestamp(line, RULES) is not None

    def test_a_reading_time_alone_or_in_a_sentence_is_no_time(self) -> None:
        assert read_timestamp("3 min read", RULES) is None
        assert read_timestamp("The report takes 3 min read aloud, she said.", RULES) is None

    def test_yahoo_head_of_bloomberg_copy(self) -> None:
        head = "Jane Doe\nThu, Nov 5, 2026, 3:12 PM 3 min read"
        result = checked(article(head=head, lede=f"(Bloomberg) -- {BODY}"))
        assert result.byline == "Jane Doe"
        assert "Thu, Nov 5, 2026, 3:12 PM 3 min read" in wire_removed(result)

    def test_labelled_time(self) -> None:
        assert is_labelled_timestamp("Published On 5 Nov 2026", RULES)
        assert is_labelled_timestamp("Updated 3:12 PM EST, November 5, 2026", RULES)
        assert not is_labelled_timestamp("5 Nov 2026", RULES)

    def test_a_labelled_time_under_a_standfirst_leaves_and_the_standfirst_stays(self) -> None:
        result = checked(article(head=f"{STANDFIRST}\n\nPublished On 5 Nov 2026"))
        assert wire_removed(result) == ["Published On 5 Nov 2026"]
        assert STANDFIRST in result.text and BODY in result.text

    def test_a_bare_date_under_a_standfirst_stays(self) -> None:
        # a timeline's first entry under its introduction: no label says it is the page's time
        result = checked(article(head=f"{STANDFIRST}\n\n5 Nov 2026"))
        assert "5 Nov 2026" in result.text.split("\n")


class TestClosingLines:
    def test_bloombergs_stacked_closing_lines(self) -> None:
        tail = (
            "--With assistance from Sarah N. Lynch.\n"
            "(Updates with analyst comment in fourth paragraph.)\n"
            "More stories like this are available on bloomberg.com\n"
            "©2026 Bloomberg L.P."
        )
        result = checked(article(lede=f"(Bloomberg) -- {BODY}", tail=tail))
        assert result.credits == ("With assistance from Sarah N. Lynch.",)
        assert result.copyright == "©2026 Bloomberg L.P."
        assert all(line not in result.text for line in tail.split("\n"))
        assert result.text.rstrip().endswith(MORE)

    @pytest.mark.parametrize(
        "line",
        [
            "Associated Press writers Sarah N. Lynch in Washington and Hannah Lee contributed.",
            "Associated Press writer John Q. Public in Tokyo contributed to this report.",
        ],
    )
    def test_ap_contributors_with_middle_initials(self, line: str) -> None:
        found = classify_trailer(line, RULES)
        assert found is not None and found.kind == "credit" and found.value == line

    @pytest.mark.parametrize("line", ["(With agency inputs)", "With PTI inputs", "(With inputs from agencies)"])
    def test_indian_sites_agency_inputs(self, line: str) -> None:
        found = classify_trailer(line, RULES)
        assert found is not None and found.kind == "credit"

    def test_an_update_note_in_the_body_stays(self) -> None:
        for line in ("Updates with the tool arrive every month, the company said.", "(Adds colour to the room.)"):
            assert classify_trailer(line, RULES) is None

    def test_an_agency_named_only_by_its_closing_note(self) -> None:
        note = (
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the "
            "AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."
        )
        result = checked(article(head="Jane Doe   |05.11.2026 - Update : 05.11.2026", tail=note))
        assert result.source == "Anadolu Agency" and result.byline == "Jane Doe"
        assert note not in result.text

    def test_the_datelines_agency_wins_over_the_closing_note(self) -> None:
        note = "Anadolu Agency website contains only a portion of the news stories offered to subscribers."
        result = checked(article(lede=f"ANKARA (AA) – {BODY}", tail=note))
        assert result.source == "AA"

    def test_a_body_sentence_naming_an_agencys_website_gives_no_source(self) -> None:
        result = checked(article(tail="Reuters website traffic rose by a third last year, the company said."))
        assert result.source is None and "Reuters website traffic" in result.text
