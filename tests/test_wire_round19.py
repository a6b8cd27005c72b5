"""Wire forms of round nineteen, known by their shape: desk codes, marked sign-offs, related-story
and tag blocks, share and print lines, aggregators' head lines, and the look-alikes that are text."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, article, checked

from cleannews.wire.residue import is_desk_code, marked_signoff
from cleannews.wire.rules import wire_rules

RULES = wire_rules()
LEDE = f"PORT ARTHUR, Nov 5 (QXA) - {BODY}"


class TestClosingCodes:
    @pytest.mark.parametrize("code", ["QXA/MR/TK/0915 hrs", "**4471**2203", "/ZB/", "DESK/JD/RB", "KX/ab/1412 hrs"])
    def test_desk_codes_are_credits(self, code: str) -> None:
        result = checked(article(lede=LEDE, tail=code))
        assert result.credits == (code,)
        assert code not in result.text and result.text.rstrip().endswith(MORE)

    @pytest.mark.parametrize("line", ["and/or", "24/7", "he/she", "9/11", "NO MORE WAR", "AC DC"])
    def test_slashed_words_and_figures_are_no_codes(self, line: str) -> None:
        assert not is_desk_code(line)

    @pytest.mark.parametrize("line", ["24/7", "9/11", "Talks resume on Monday."])
    def test_figures_closing_the_text_stay(self, line: str) -> None:
        assert checked(article(lede=LEDE, tail=line)).text.rstrip().endswith(line)


class TestMarkedSignoffs:
    @pytest.mark.parametrize(
        ("lede", "tail", "source"),
        [
            (f"Amman, Nov. 5 (Petra) -- {BODY}", "--(Petra)", "Petra"),
            (LEDE, "Read more: Port reopens after storm\n--QXA", "QXA"),  # the settled "Read more" line stays
        ],
    )
    def test_the_datelines_agency_after_marks(self, lede: str, tail: str, source: str) -> None:
        result = checked(article(lede=lede, tail=tail))
        assert result.source == source
        assert result.text.rstrip().endswith(tail.split("\n")[0] if "\n" in tail else MORE)

    def test_slashes_and_a_date_name_the_source(self) -> None:
        result = checked(article(tail="/// zNw, 5 November 2026"))
        assert result.source == "zNw" and result.text.rstrip().endswith(MORE)

    def test_local_time_under_the_signoff(self) -> None:
        result = checked(article(lede=LEDE, tail="--QXA\n09:12 Local Time 06:12 GMT"))
        assert "Local Time" not in result.text and result.source == "QXA"

    def test_a_writer_after_dashes_is_no_agency(self) -> None:
        assert marked_signoff("-- Jane Doe, Staff Writer", RULES, "QXA") is None

    def test_via_a_listed_agency(self) -> None:
        result = checked(article(tail="Via MTI"))
        assert result.source == "MTI" and result.text.rstrip().endswith(MORE)


class TestClosingBlocks:
    def test_related_headlines_under_their_label(self) -> None:
        tail = "Related Stories\nPort workers end strike\nRain delays harvest"
        result = checked(article(lede=LEDE, tail=tail))
        assert result.text.rstrip().endswith(MORE)

    def test_tags_one_a_line(self) -> None:
        result = checked(article(lede=LEDE, tail="Tags\nShipping\nLabour unions"))
        assert result.text.rstrip().endswith(MORE)

    def test_tag_line(self) -> None:
        result = checked(article(tail="Tags: Shipping, Labour unions, Ports."))
        assert result.text.rstrip().endswith(MORE)

    def test_a_last_paragraph_about_related_news_stays(self) -> None:
        tail = "Related news came from the port.\nNo one was hurt."
        assert checked(article(tail=tail)).text.rstrip().endswith("No one was hurt.")


class TestCredits:
    @pytest.mark.parametrize(
        "lines",
        [
            ("Translation: Jane Doe", "Edition: John Roe"),
            ("Translated by Jane Doe", "Edition: John Roe"),
            ("AGERPRES (RO - author: Jane Doe, editor: John Roe; EN - author: Ann Lee, editor: Tom Brown)",),
        ],
    )
    def test_translation_and_desk_credits(self, lines: tuple[str, ...]) -> None:
        result = checked(article(tail="\n".join(lines)))
        assert result.credits == lines and result.text.rstrip().endswith(MORE)

    def test_translated_by_in_prose_stays(self) -> None:
        ending = "Translated by the ministry into four languages, the guide will be handed out at airports."
        assert checked(article(tail=ending)).text.rstrip().endswith(ending)


class TestAggregatorResidue:
    @pytest.mark.parametrize(
        "tail",
        [
            "https://apple.news/AbC123dEf456GhI789jKl0\nShared from Apple News",
            "Source URL: https://example.org/world/1234567\nPrinted on 05/11/2026 15:12",
            "https://news.google.com/articles/CBMiXyZ123abcQ9rT7uVw?hl=en-US&gl=US&ceid=US:en",
        ],
    )
    def test_share_and_print_lines(self, tail: str) -> None:
        result = checked(article(tail=tail))
        assert result.text.rstrip().endswith(MORE)
        assert len(result.removed) == len(tail.split("\n"))

    def test_read_full_article_names_the_source(self) -> None:
        result = checked(article(tail="Read Full Article at Anadolu Agency"))
        assert result.source == "Anadolu Agency" and result.text.rstrip().endswith(MORE)

    def test_provider_line_with_its_age(self) -> None:
        result = checked(article("Anadolu Agency · 3h"))
        assert result.source == "Anadolu Agency"
        assert result.text.startswith("Council passes budget\n\n" + BODY)

    def test_reader_views_domain_over_a_bare_name(self) -> None:
        result = checked(article("example.com\nJane Doe"))
        assert result.byline == "Jane Doe"
        assert result.text.startswith("Council passes budget\n\n" + BODY)

    def test_read_later_domain_and_saved_from(self) -> None:
        result = checked(article("example.com\nby Jane Doe\nSaved from https://example.com/world/1234"))
        assert result.byline == "Jane Doe"
        assert result.text.startswith("Council passes budget\n\n" + BODY)

    @pytest.mark.parametrize("head", ["News ID: 85012345", "2026/11/05-15:12"])
    def test_item_numbers_and_compact_times(self, head: str) -> None:
        result = checked(article(head))
        assert [r.text for r in result.removed] == [head]


class TestDatelines:
    def test_a_full_stop_after_the_date(self) -> None:
        result = checked(article(lede=f"BAKU, Azerbaijan, November 5. {BODY}"))
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.date) == ("BAKU, Azerbaijan", "November 5")

    def test_a_rare_city_before_a_hyphen(self) -> None:
        result = checked(article(lede=f"Laayoune - {BODY}"))
        assert result.dateline is not None and result.dateline.place == "Laayoune"

    def test_a_lede_with_a_date_in_prose_is_no_dateline(self) -> None:
        assert checked(article(lede=f"Hanoi on Nov 5 hosted the talks. {BODY}")).dateline is None


class TestLookAlikes:
    @pytest.mark.parametrize(
        "ending",
        [
            "Talks resume on Monday.",
            'The crowd chanted "NO MORE WAR" until the police moved in.',
            'Supporters waved flags and shouted "VIVA CUBA".',
            "KUNA and QNA both carried the statement in full.",
        ],
    )
    def test_short_and_quoted_endings_stay(self, ending: str) -> None:
        result = checked(article(lede=LEDE, tail=ending))
        assert result.text.rstrip().endswith(ending) and not result.credits

    def test_all_caps_closing_quote_stays(self) -> None:
        result = checked(article(lede=LEDE, tail='"ENOUGH"'))
        assert result.text.rstrip().endswith('"ENOUGH"')

    @pytest.mark.parametrize("pair", ["and/or", "he/she", "his/her"])
    def test_words_written_with_a_slash_are_no_desk_slug(self, pair: str) -> None:
        # An AFP desk slug ("jm/ach") is initials; a pair of words with a slash is text.
        result = checked(article(lede=LEDE, tail=pair))
        assert result.text.rstrip().endswith(pair) and not result.credits

    @pytest.mark.parametrize("ending", ["N/A", "Q&A", "R&D"])
    def test_abbreviations_closing_a_story_are_no_code_or_signoff(self, ending: str) -> None:
        result = checked(article(lede=LEDE, tail=ending))
        assert result.text.rstrip().endswith(ending) and not result.credits and result.source == "QXA"
