"""Round thirty-five: copy as corpus builders fetch it in bulk -- a "Source:" line alone under the
headline, a feed's description that repeats the whole lede, a teaser list of datelined stories, and
paragraphs that a scraper broke at their inline links (synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

MENU = "Harbour News\nAustralia\nWorld\nPolitics\nAustralia"
FOOTER = "Share\nLatest\nAdvertisement"
TITLE = "Harbour terminal to open in spring"


def test_source_line_alone_under_the_headline_names_the_source() -> None:
    result = checked(_page(MENU, TITLE, "Source: AAP", *PARAGRAPHS, FOOTER))
    assert result.source == "AAP"
    assert "Source: AAP" not in result.text
    assert result.dateline is None
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_source_line_naming_no_agency_under_the_headline_stays() -> None:
    # "Source:" with a value no list knows is no head line when nothing vouches for it
    result = checked(_page(MENU, TITLE, "Source: a leaked memo", *PARAGRAPHS, FOOTER))
    assert result.source is None
    assert "Source: a leaked memo" in result.text


LEDE = (  # longer than a standfirst: a feed's description that is the whole lede
    "Officials in the region said on Tuesday that the new rail link would open to freight next spring, "
    "two years later than planned, because flooding had twice washed away the embankment that carries "
    "the line across the valley and its replacement had to be redesigned with deeper foundations, "
    "which added about a third to the cost of the project and pushed back the date of its first trains."
)


def test_description_that_repeats_the_whole_lede_stays_over_its_dateline() -> None:
    text = _page(TITLE, LEDE, "URUMQI, March 24 (Xinhua) -- " + LEDE, *PARAGRAPHS)
    result = checked(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("URUMQI", "March 24", "Xinhua")
    assert result.source == "Xinhua"
    assert result.text.count(LEDE) == 2  # the description is a standfirst: it stays


def test_long_paragraph_over_another_story_is_no_standfirst() -> None:
    # a long first paragraph over a datelined one that does not repeat it: the lede, no dateline read below it
    other = "BEIJING, March 24 (Xinhua) -- " + PARAGRAPHS[0]
    result = checked(_page(TITLE, LEDE, other, *PARAGRAPHS[1:]))
    assert result.dateline is None


TEASERS = (
    "SEOUL, Nov. 30 (Yonhap) -- South Korea's exports rose for a 14th straight month\n"
    "LONDON, Nov 30 (Reuters) - Sterling edged higher on Monday\n"
    "WASHINGTON (AP) — The Senate passed a stopgap spending bill"
)


def test_teaser_list_of_datelined_stories_is_no_dateline() -> None:
    menu = "Home\nWorld\nReuters\nAP\nBusiness\nMarkets\nLatest\n" + TEASERS
    result = checked(_page(menu, TITLE, *PARAGRAPHS[:2], "More from World\nAbout\nContact"))
    assert result.dateline is None
    assert result.source is None
    for paragraph in PARAGRAPHS[:2]:
        assert paragraph in result.text


def test_one_datelined_lede_is_still_read() -> None:
    lede = "SEOUL, Nov. 30 (Yonhap) -- " + PARAGRAPHS[0]
    result = checked(_page(TITLE, lede, *PARAGRAPHS[1:]))
    assert result.dateline is not None and result.dateline.agency == "Yonhap"


def test_line_broken_after_a_contraction_is_not_glued() -> None:
    # get_text("\n") put the words of an inline link on a line of their own: "that's" + "not" is no "snot"
    paragraph = "Japan is a nation\nthat's\nnot afraid of innovation and progress, yet it guards its customs."
    result = checked(_page(TITLE, "Dakar (AFP) - " + PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]))
    assert "that'snot" not in result.text
    assert "thatsnot" not in result.text
    assert " ".join(paragraph.split()) in " ".join(result.text.split())


def test_possessive_of_an_unknown_name_broken_at_a_link_is_not_glued() -> None:
    paragraph = (
        "The inquiry will focus on decisions taken by Kelmora's\nfounder and\nformer chief executive, officials said."
    )
    result = checked(_page(TITLE, PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]))
    assert "Kelmora'sfounder" not in result.text
    assert " ".join(paragraph.split()) in " ".join(result.text.split())


def test_sentence_opening_with_copyright_broken_at_a_link_stays() -> None:
    last = "Copyright claims against the platform rose 12%\nlast year, the\nreport said."
    text = _page(TITLE, "Dakar (AFP) - " + PARAGRAPHS[0], *PARAGRAPHS[1:], last, "sst/dl", "© 2026 AFP", FOOTER)
    result = checked(text)
    assert " ".join(last.split()) in " ".join(result.text.split())
    assert result.copyright == "© 2026 AFP"
    assert result.credits == ("sst/dl",)


def test_copyright_notice_wrapped_over_two_lines_is_still_a_notice() -> None:
    # the notice's year says what it is, though the line goes on in lower case
    notice = "Copyright 2026 The Harbour Times and\nits licensors"
    result = checked(_page(MENU, TITLE, *PARAGRAPHS, notice, FOOTER))
    assert "Harbour Times and" not in result.text
    assert "its licensors" not in result.text
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text
