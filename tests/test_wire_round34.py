"""Round thirty-four: an agency's own related block under its story, a two-word colon dateline
under an agency's head, and a long last paragraph broken at its links (synthetic pages, written for
these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

WIRE_MENU = "PORT WIRE\nJapan\nWorld\nBusiness\nSports\nLatest"
RELATED = ("Related coverage:", "Ferry operators agree on new timetable", "Harbour dredging to start next year")
PAGE_BELOW = "Related coverage\n\nNews Ranking\n1\n2\nCopyright © Port Wire. All Rights Reserved."


def _wire_page(*tail: str) -> str:
    return _page(
        WIRE_MENU + "\n",
        "Harbour terminal to open in spring",
        "KYODO NEWS - Mar 3, 2026 - 21:59 | All, World",
        "SEOUL - " + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
        *tail,
        PAGE_BELOW,
    )


def test_agency_related_block_under_the_story_is_its_closing_lines() -> None:
    result = checked(_wire_page(*RELATED))
    wire_taken = {r.text for r in result.removed if r.pass_name == "wire"}
    assert set(RELATED) <= wire_taken
    assert not any(line in result.text for line in RELATED)
    assert result.source == "KYODO NEWS"
    assert result.credits == ()
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_agency_related_block_under_its_closing_lines() -> None:
    result = checked(_wire_page("jdoe@kyodonews.jp", *RELATED))
    wire_taken = {r.text for r in result.removed if r.pass_name == "wire"}
    assert {"jdoe@kyodonews.jp", *RELATED} <= wire_taken
    assert result.credits == ("jdoe@kyodonews.jp",)
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_page_related_heading_without_colon_stays_chrome() -> None:
    result = checked(_wire_page("Related coverage", *RELATED[1:]))
    chrome_taken = {r.text for r in result.removed if r.pass_name == "chrome"}
    assert {"Related coverage", *RELATED[1:]} <= chrome_taken
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_related_label_over_sentences_is_not_a_block() -> None:
    # the lines under the label are sentences, no headlines: the chrome pass keeps its verdict
    sentences = ("Ferry operators agreed on a new timetable.", "Dredging starts next year.")
    result = checked(_wire_page("Related coverage:", *sentences))
    assert not any(r.text == "Related coverage:" and r.pass_name == "wire" for r in result.removed)
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


NST_PAGE = "New Straits Times\nNews\nBusiness\nLifestyle\nSports\nWorld\n\nNation"


def _nst(lede_start: str) -> str:
    return _page(
        NST_PAGE,
        "Harbour terminal to open in spring",
        "By Bernama - March 3, 2026 @ 2:20pm",
        lede_start + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
        "Most Popular\n\nLatest",
    )


def test_two_word_colon_dateline_under_an_agency_byline() -> None:
    result = checked(_nst("JOHOR BARU: "))
    assert result.dateline is not None
    assert result.dateline.place == "JOHOR BARU"
    assert result.byline == "Bernama"
    assert PARAGRAPHS[0] in result.text


def test_common_words_before_a_colon_are_no_dateline() -> None:
    for opening in ("BREAKING NEWS: ", "HIGH COURT: "):
        result = checked(_nst(opening))
        assert result.dateline is None, opening
        assert opening.strip() in result.text


def test_two_word_colon_opening_without_agency_head_is_no_dateline() -> None:
    text = _page("Harbour terminal to open in spring", "By Jane Doe", "JOHOR BARU: " + PARAGRAPHS[0], *PARAGRAPHS[1:])
    result = checked(text)
    assert result.dateline is None
    assert "JOHOR BARU: " + PARAGRAPHS[0] in result.text


YNA_HEAD = (
    "Yonhap News Agency\nSearch\nMenu\nNational\n\n(LEAD) Harbour terminal to open in spring\n\n"
    "By Jane Doe\nPolitics 10:03 March 3, 2026\n\nSEOUL, March 3 (Yonhap) -- " + PARAGRAPHS[0] + "\n\n"
)
YNA_TAIL = "\n\n(END)\n\nKeywords\n#Korea\nArticles with the same keyword\n(LEAD) Port talks open\n2026-03-03 10:11\n"
LONG_BROKEN = (
    "Shipping lines said demand rose sharply after the",
    "Harbour Board",
    "cut its fees for the winter season. The terminal's cranes are packing",
    "Portmax's",
    "newly designed lifting gear, which can move twice as many containers an hour as the old ones did.",
)


def test_long_last_paragraph_broken_at_its_links_stays() -> None:
    result = checked(YNA_HEAD + "\n".join(LONG_BROKEN) + YNA_TAIL)
    for part in LONG_BROKEN:
        assert part in result.text
    assert "(END)" not in result.text
    assert "Keywords" not in result.text


def test_long_list_of_links_under_the_story_is_no_paragraph() -> None:
    links = (
        "Read more about the",
        "Harbour Board",
        "Portmax cranes and lifting gear for container terminals and ports",
        "Container terminals in Asia and their operators and their shipping lines",
        "Ferry timetables for the winter season.",
    )
    result = checked(YNA_HEAD + "\n".join(links) + YNA_TAIL)
    assert PARAGRAPHS[0] in result.text
    assert "Container terminals in Asia and their operators and their shipping lines" not in result.text
