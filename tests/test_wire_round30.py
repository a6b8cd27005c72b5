"""Round thirty: wire stories as crawlers hand them over in markdown (Jina Reader, Firecrawl,
html2text, the Obsidian clipper; synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

from cleannews import clean


def test_jina_header_is_chrome_and_the_story_head_is_read() -> None:
    text = _page(
        "Title: (LEAD) Harbour terminal to open in spring",
        "URL Source: https://example-agency.test/view/AEN2026110500315",
        "Published Time: 2026-11-05T10:41:00+09:00",
        "Markdown Content:",
        "(LEAD) Harbour terminal to open in spring\n==========================================",
        "All News 10:41 November 05, 2026",
        "**SEOUL, Nov. 5 (Yonhap)** -- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "[kimsy@yna.co.kr](mailto:kimsy@yna.co.kr)\n(END)",
        "* [Home](https://example-agency.test/)\n* [National](https://example-agency.test/nk/)",
    )
    result = clean(text)
    assert result.tags == ("LEAD",)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("SEOUL", "Nov. 5", "Yonhap")
    assert result.credits == ("kimsy@yna.co.kr",)
    gone = {r.text: r.pass_name for r in result.removed}
    assert gone["Published Time: 2026-11-05T10:41:00+09:00"] == "chrome"
    assert gone["All News 10:41 November 05, 2026"] == "wire"
    assert "(END)" in gone
    # The dateline stays as printed, its bold marks included; the headline keeps its underline.
    assert "**SEOUL, Nov. 5 (Yonhap)** -- " + PARAGRAPHS[0] in result.text
    assert result.text.startswith("Harbour terminal to open in spring\n=====")
    checked(text)


def test_bold_dateline_stripped_records_its_marks() -> None:
    text = _page(
        "# Harbour terminal to open in spring",
        "**By JANE DOE Associated Press**",
        "_Nov 5, 2026 Updated 3 hrs ago_",
        "**HAYWARD, Calif. (AP)** — " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "\\_\\_\\_",
        "_Associated Press writer John Roe in New York contributed to this report._",
    )
    result = clean(text, strip_dateline=True)
    assert result.byline == "JANE DOE"
    assert result.source == "Associated Press"
    assert result.dateline is not None and result.dateline.place == "HAYWARD, Calif."
    assert result.credits == ("Associated Press writer John Roe in New York contributed to this report.",)
    assert [e.before for e in result.edits if e.pass_name == "wire"] == ["**HAYWARD, Calif. (AP)** — "]
    assert PARAGRAPHS[0] + "\n" in result.text + "\n"
    assert "\\_\\_\\_" in {r.text for r in result.removed}
    checked(text, strip_dateline=True)


def test_linked_byline_and_escaped_signoff() -> None:
    text = _page(
        "# Harbour terminal to open in spring",
        "By [Jane Doe](https://example.test/authors/jane-doe/) and [John Roe](https://example.test/authors/john-roe/)",
        "KUALA LUMPUR, Nov 5 (Bernama) -- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "\\-- BERNAMA",
    )
    result = clean(text)
    assert result.title == "Harbour terminal to open in spring"  # the heading's marks are no part of it
    assert result.text.startswith("# Harbour terminal to open in spring\n")
    assert result.byline == "Jane Doe and John Roe"
    assert result.source == "BERNAMA"
    assert "\\-- BERNAMA" in {r.text for r in result.removed}
    checked(text)


def test_front_matter_is_chrome_and_keeps_the_story() -> None:
    text = (
        '---\ntitle: "Harbour terminal to open in spring"\nauthor:\n  - "[[Jane Doe]]"\n'
        'published: 2026-11-05\ntags:\n  - "clippings"\n---\n'
        + _page(
            "By Jane Doe",
            "November 5, 2026 at 9:12 AM EST",
            "(Bloomberg) -- " + PARAGRAPHS[0],
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            "_--With assistance from John Roe._",
            "_(Updates with analyst comment in fifth paragraph.)_",
            "©2026 Bloomberg L.P.",
        )
    )
    result = clean(text)
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text
    assert result.byline == "Jane Doe"
    assert result.credits == ("With assistance from John Roe.",)
    assert result.copyright == "©2026 Bloomberg L.P."
    assert {r.text: r.pass_name for r in result.removed}["tags:"] == "chrome"
    checked(text)


def test_provider_time_line_is_no_dateline() -> None:
    text = _page(
        "* [Latest](https://example-agency.test/news/)\n* [Japan](https://example-agency.test/news/japan/)",
        "# Harbour terminal to open in spring",
        "KYODO NEWS - Nov 5, 2026 - 15:12 | All, World",
        "TOKYO - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = clean(text)
    assert result.dateline is not None
    assert result.dateline.place == "TOKYO"
    assert result.dateline.agency is None


def test_markdown_rule_under_the_story_is_no_trailer() -> None:
    text = _page(
        "# Harbour terminal to open in spring",
        "Madrid, Nov 5 (EFE).- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "mcm/ads",
        "---",
    )
    result = clean(text)
    assert "---" not in {r.text for r in result.removed}
    assert result.credits == ("mcm/ads",)


# --- negatives -------------------------------------------------------------------------------------


def test_bold_agency_quotes_in_a_body_stay() -> None:
    quote = "> **SEOUL, Nov. 5 (Yonhap) --** North Korea fired a missile on Thursday, the first dispatch said."
    numbers = "**By the numbers:** Exports rose 4.2% in October from a year earlier, the third gain in a row."
    linked = "The figures were first reported by [Reuters](https://example.test/world/x) on Monday, two people said."
    text = _page("# Harbour terminal to open in spring", PARAGRAPHS[0], quote, numbers, linked, PARAGRAPHS[1])
    result = clean(text)
    for line in (quote, numbers, linked, PARAGRAPHS[0], PARAGRAPHS[1]):
        assert line in result.text
    assert result.byline is None and result.dateline is None and not result.credits


def test_rule_in_a_body_stays() -> None:
    text = _page("# Harbour terminal to open in spring", PARAGRAPHS[0], "---", PARAGRAPHS[1], PARAGRAPHS[2])
    result = clean(text)
    assert "\n---\n" in result.text
    assert not result.removed or all(r.text != "---" for r in result.removed)
    assert not result.credits and result.source is None


def test_bernamas_note_under_its_sign_off_is_a_closing_line() -> None:
    # The agency's note closes every story it sends, plain or escaped by html2text (rounds 22 and 30).
    note = (
        "BERNAMA provides up-to-date authentic and comprehensive news and information which are"
        " disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502 and BERNAMA Radio."
    )
    for sign_off in ("-- BERNAMA", "\\-- BERNAMA"):
        text = _page(
            "Harbour terminal to open in spring",
            f"KUALA LUMPUR, Nov 5 (Bernama) -- {PARAGRAPHS[0]}",
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            sign_off,
            note,
        )
        result = clean(text)
        assert note not in result.text
        assert result.source == "BERNAMA"
        assert PARAGRAPHS[2] in result.text
        checked(text)


def test_a_sentence_about_bernama_stays() -> None:
    sentence = "BERNAMA provides news to subscribers in Malaysia and abroad, its chairman said on Thursday."
    text = _page("Harbour terminal to open in spring", PARAGRAPHS[0], PARAGRAPHS[1], sentence)
    assert sentence in clean(text).text


def test_lead_picture_under_a_linked_byline_keeps_the_head() -> None:
    # A crawler's whole page: the skip link first, a menu, then the story's head, with the lead
    # picture (a markdown image whose caption ends in a credit) between the time and the lede.
    text = _page(
        "[Skip to main content](https://example-wire.test/world/harbour-terminal-2026-11-05/#main-content)",
        "[Market data and analysis for professionals. Learn more about our terminal](https://example-wire.test/pro/)",
        "* [World](https://example-wire.test/world/)\n* [Business](https://example-wire.test/business/)\n"
        "* [Markets](https://example-wire.test/markets/)",
        "# Exclusive: Harbour terminal to open in spring, port authority says",
        "By [Jane Doe](https://example-wire.test/authors/jane-doe/) and"
        " [John Roe](https://example-wire.test/authors/john-roe/)",
        "November 16, 20269:46 PM GMTUpdated 5 hours ago",
        "![Cranes stand at the harbour, November 16, 2026. REUTERS/Ana Reyes](https://example-wire.test/img/a.jpg)",
        "LONDON, Nov 16 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Reporting by Jane Doe; Editing by John Roe",
        "## Read Next",
        "* [Oil prices slip as supply outlook dims](https://example-wire.test/markets/oil/) 9 hours ago\n"
        "* [Central bank holds rates steady](https://example-wire.test/markets/rates/) 5 hours ago",
    )
    result = checked(text)
    assert result.tags == ("Exclusive",)
    assert result.title == "Harbour terminal to open in spring, port authority says"
    assert result.byline == "Jane Doe and John Roe"
    gone = {r.text: r.pass_name for r in result.removed}
    assert gone["November 16, 20269:46 PM GMTUpdated 5 hours ago"] == "wire"
    skip = "[Skip to main content](https://example-wire.test/world/harbour-terminal-2026-11-05/#main-content)"
    assert gone[skip] == "chrome"
    # The picture is no headline: the story's headline opens the text, its tag taken out.
    assert result.text.startswith("# Harbour terminal to open in spring, port authority says\n\n![Cranes")
