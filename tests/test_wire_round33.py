"""Round thirty-three: Yonhap and the agencies' Korea copy on whole pages and one-line-per-element
dumps (synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

MENU = "The Harbour Times\nOpinion\nEconomy\nForeign Affairs\nSports\nLifestyle"


def test_dateline_teaser_above_the_headline_is_no_dateline() -> None:
    text = _page(
        "All News\n(LEAD) Ministers hold port talks 09:01 March 3, 2026\n(2nd LD) Ferry service resumes 2026-03-03 "
        "09:01\nSEOUL, March 3 (Yonhap) -- Exports rose for a third month, data showed.\n",
        "City plans a new harbour park",
        *PARAGRAPHS,
        "Most Viewed\n1 (LEAD) Storm knocks out power\n2 Bakery opens downtown",
    )
    result = checked(text)
    assert result.dateline is None
    assert result.source is None
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_dateline_lede_under_its_headline_still_read() -> None:
    text = _page("Harbour terminal to open in spring", "SEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0], *PARAGRAPHS[1:])
    result = checked(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("SEOUL", "Yonhap")


def test_menu_over_a_headline_and_its_time_line_shows_a_page() -> None:
    text = _page(
        MENU + "\n",
        "(LEAD) Harbour terminal to open in spring",
        "Yonhap",
        "Posted : 2026-03-03 10:03 | Updated : 2026-03-03 12:10",
        "SEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
    )
    result = checked(text)
    assert result.title == "Harbour terminal to open in spring"
    assert result.tags == ("LEAD",)
    assert result.source == "Yonhap"
    assert result.dateline is not None and result.dateline.place == "SEOUL"
    gone = {r.text for r in result.removed}
    assert {"Opinion", "Lifestyle", "Yonhap", "Posted : 2026-03-03 10:03 | Updated : 2026-03-03 12:10"} <= gone


def test_agency_head_line_under_a_menu_and_headline() -> None:
    text = _page(
        "PORT NEWS\nJapan\nWorld\nBusiness\n",
        "Harbour terminal to open in spring",
        "KYODO NEWS - Mar 3, 2026 - 21:59 | All, World",
        "SEOUL - " + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
    )
    result = checked(text)
    assert result.source == "KYODO NEWS"
    assert "KYODO NEWS - Mar 3, 2026 - 21:59 | All, World" not in result.text
    assert "Business" not in result.text.splitlines()


def test_time_field_under_a_caption_is_the_head() -> None:
    text = _page(
        MENU + "\n",
        "Harbour terminal to open in spring",
        "Troops take part in a joint drill near the border. (Copyright)",
        "Yonhap\nPosted : 2026-03-03 10:03 | Updated : 2026-03-03 12:10",
        *PARAGRAPHS,
    )
    result = checked(text)
    assert result.source == "Yonhap"
    assert "Posted : 2026-03-03 10:03 | Updated : 2026-03-03 12:10" not in result.text
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_menu_over_a_staff_story_without_time_changes_nothing() -> None:
    text = _page(MENU + "\n", "Harbour terminal to open in spring", *PARAGRAPHS)
    result = checked(text)
    assert result.source is None
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_closing_lines_above_a_keyword_section_of_a_get_text_dump() -> None:
    text = (
        "Yonhap News Agency\nSearch\nMenu\nNational\n\n(LEAD) Harbour terminal to open in spring\n\n"
        "2026-03-03 10:03\nSEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n"
        "The project was delayed by the\nHarbour Board\nand by flooding, officials said.\n\n"
        "jdoe@yna.co.kr\n(END)\n\nKeywords\n#Korea\nArticles with the same keyword\n(LEAD) Port talks open 10:03\n"
    )
    result = checked(text)
    assert result.credits == ("jdoe@yna.co.kr",)
    assert "(END)" not in result.text
    assert "Keywords" not in result.text
    for part in ("The project was delayed by the", "Harbour Board", "and by flooding, officials said."):
        assert part in result.text


def test_short_last_paragraph_broken_at_its_links_stays() -> None:
    text = (
        "Yonhap News Agency\nSearch\nMenu\nNational\n\n(LEAD) Harbour terminal to open in spring\n\n"
        "2026-03-03 10:03\nSEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n"
        "Reporting by the\nHarbour Gazette\nshowed that costs doubled.\n\n"
        "jdoe@yna.co.kr\n(END)\n\nKeywords\n#Korea\nArticles with the same keyword\n(LEAD) Port talks open 10:03\n"
    )
    result = checked(text)
    for part in ("Reporting by the", "Harbour Gazette", "showed that costs doubled."):
        assert part in result.text
    assert result.credits == ("jdoe@yna.co.kr",)


def test_keyword_section_under_a_staff_story_gives_no_trailer() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "By Jane Doe",
        *PARAGRAPHS,
        "Keywords\n#Korea\nArticles with the same keyword\n(LEAD) Port talks open 10:03",
    )
    result = checked(text)
    assert result.credits == ()
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_menu_over_a_headline_and_standfirst_keeps_the_standfirst() -> None:
    standfirst = "Rescue teams race to reach villages cut off by landslides after the quake"
    text = _page(
        "Business\nSport\nCulture\nWorld\n",
        "Harbour terminal to open in spring",
        standfirst,
        "Jane Doe in Rome\nTue 3 Mar 2026 14.05 GMT",
        *PARAGRAPHS,
    )
    result = checked(text)
    assert standfirst in result.text
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_caption_with_a_photo_credit_between_headline_and_time() -> None:
    text = _page(
        MENU + "\n",
        "Harbour terminal to open in spring",
        "Players celebrate after the match at the stadium. Yonhap photo",
        "Yonhap\nPosted : 2026-03-03 10:03",
        "SEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
    )
    result = checked(text)
    assert result.source == "Yonhap"
    assert "Posted : 2026-03-03 10:03" not in result.text


def test_last_paragraph_broken_after_a_comma_keeps_its_end() -> None:
    text = (
        "Yonhap News Agency\nSearch\nMenu\nNational\n\n(LEAD) Harbour terminal to open in spring\n\n"
        "2026-03-03 10:03\nSEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n"
        "The lines that booked berths include North Star, Blue\nWhale Shipping,\n"
        "MSC Atlantic and Harbour Feeder Lines.\n\n"
        "(END)\n\nKeywords\n#Korea\nArticles with the same keyword\n(LEAD) Port talks open 10:03\n"
    )
    result = checked(text)
    assert "MSC Atlantic and Harbour Feeder Lines." in result.text
    assert "(END)" not in result.text
