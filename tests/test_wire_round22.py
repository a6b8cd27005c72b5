"""Round twenty-two: whole-page copies of one wire story (the page's chrome around the story)."""

from __future__ import annotations

from cleannews import clean

LEDE = "The ministry said on Thursday that exports rose for a third straight month on strong chip demand."
BODY = [
    "Shipments of semiconductors climbed 12 percent from a year earlier, the data showed.",
    "Officials expect the trend to continue into the first quarter of next year, citing new orders.",
    "Analysts said the figures pointed to a steady recovery in global demand for electronics.",
]
KO_LEDE = "정부는 이날 수출이 석 달 연속 증가했다고 밝혔다. 반도체 수출이 크게 늘어난 영향이다."
KO_BODY = [
    "산업통상자원부에 따르면 지난달 반도체 수출은 작년 같은 달보다 12% 늘었다.",
    "정부는 내년 1분기에도 이런 흐름이 이어질 것으로 내다봤다고 설명했다.",
]
WORDPRESS_BELOW = [
    "",
    "Share this:",
    "Facebook",
    "X",
    "WhatsApp",
    "",
    "Post navigation",
    "Previous Post",
    "Central bank holds rates steady, signals caution",
    "Next Post",
    "Storm cuts power to thousands along the coast",
    "",
    "Recent Posts",
    "Parliament passes budget after late-night session",
    "Court upholds ban on single-use plastics",
    "",
    "Copyright © 2026 Seoul Insider | Powered by Astra WordPress Theme",
]


def _page(above: list[str], story: list[str], below: list[str]) -> str:
    return "\n".join(above) + "\n\n" + "\n\n".join(story) + "\n" + "\n".join(below) + "\n"


def _wordpress(story: list[str], below: list[str] = WORDPRESS_BELOW) -> str:
    above = ["Skip to content", "Seoul Insider", "Search", "Close this search box.", "Search", "Close this search box."]
    return _page(above, ["(LEAD) Exports rise for third straight month", *story], below)


def test_korean_story_notice_wins_over_the_footer_notice() -> None:
    story = [f"(서울=연합뉴스) 김수연 기자 = {KO_LEDE}", *KO_BODY]
    notice = "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
    tail = [f"kimsy@yna.co.kr\n제보는 카카오톡 okjebo\n{notice}\n2026/11/05 15:12 송고"]
    below = ["", "좋아요", "화나요", "", "관련 뉴스", "많이 본 뉴스", "", "회사소개", "이용약관", "개인정보처리방침"]
    below += ["Copyright ⓒ 2026 Yonhap News Agency. All rights reserved."]
    above = ["연합뉴스", "최신기사", "정치", "경제", "사회", "검색", "", "[종합2보] 수출 석 달 연속 증가"]
    result = clean(_page(above, [*story, *tail], below))
    assert result.copyright == "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
    assert "제보는 카카오톡" not in result.text
    assert result.credits == ("kimsy@yna.co.kr",)


def test_a_footer_notice_alone_fills_copyright() -> None:
    result = clean(_wordpress([LEDE, *BODY]))
    assert result.copyright == "Copyright © 2026 Seoul Insider"


def test_source_line_over_wordpress_chrome_names_the_source() -> None:
    # The seed's shape: the share buttons right under "Source: ...", which reads as a menu's first item
    below = ["", "", "Facebook", "X", "WhatsApp", "Telegram", "Email", *WORDPRESS_BELOW[6:]]
    result = clean(_wordpress([LEDE, *BODY, "Source: Yonhap News Agency"], below))
    assert result.source == "Yonhap News Agency"
    assert "Source: Yonhap News Agency" not in result.text
    assert BODY[-1] in result.text


def test_sign_off_above_the_agency_self_description() -> None:
    below = [
        "",
        "BERNAMA provides up-to-date authentic and comprehensive news and information which are"
        " disseminated via BERNAMA Wires, the website and its social media platforms.",
    ]
    result = clean(_wordpress([f"KUALA LUMPUR, Nov 5 -- {LEDE}", *BODY, "-- BERNAMA"], below))
    assert result.source == "BERNAMA"
    assert "-- BERNAMA" not in result.text
    assert BODY[-1] in result.text


def test_closing_sign_off_under_a_newsletter_promo() -> None:
    below = ["", "Get the latest news delivered to your inbox."]
    result = clean(_wordpress([f"SYDNEY, Nov 5 - {LEDE}", *BODY, "AAP"], below))
    assert result.source == "AAP"
    assert "\nAAP\n" not in f"\n{result.text}\n"


def test_negative_sentence_naming_kyodo_is_no_copyright() -> None:
    last = "Kyodo News, citing government sources, said the cabinet would approve the plan next week."
    result = clean(_wordpress([LEDE, *BODY, last]))
    assert last in result.text
    assert result.copyright == "Copyright © 2026 Seoul Insider"
    assert result.source is None


def test_negative_prose_above_page_chrome_stays() -> None:
    last = "Reuters and AFP were among the agencies that reported the figures first, the ministry said."
    below = ["", "Get the latest news delivered to your inbox."]
    result = clean(_wordpress([LEDE, *BODY, last], below))
    assert last in result.text
    assert result.source is None
    assert result.credits == ()


def _menu_page(head: list[str], story: list[str]) -> str:
    above = ["Daily Courier", "Home", "World", "Business", "Sports", "Opinion", "Subscribe", "", "World"]
    below = ["", "Share this article", "Facebook", "X", "", "© 2026 Daily Courier. All rights reserved."]
    return _page(above, [*head, *story], below)


def test_photo_caption_credit_names_no_source() -> None:
    # The caption, not a headline "... | KYODO": the caption's credit is no source
    text = _menu_page(["Officials inspect the site on Thursday. | KYODO"], [f"FUKUOKA – {LEDE}", *BODY])
    result = clean(text)
    assert result.source != "KYODO"
    alone = clean("Officials inspect the site on Thursday. | KYODO\n\n" + LEDE)
    # (the chrome pass takes it as a photo caption, as it takes "(AP Photo/...)" ones: no source, no title)
    assert alone.source is None and alone.title is None
    assert [r.pass_name for r in alone.removed] == ["chrome"]


def test_headline_crediting_an_agency_still_names_it() -> None:
    result = clean(f"Exports rise for third straight month | Reuters\n\n{LEDE}\n\n{BODY[0]}\n")
    assert result.source == "Reuters"
    assert result.title == "Exports rise for third straight month"


def test_glued_time_line_with_a_day_ago_is_a_head_line() -> None:
    # reuters.com: "Updated a day ago" glued to the time under the byline
    head = ["By Jane Doe", "January 7, 20266:38 PM GMTUpdated a day ago"]
    result = clean(
        _menu_page(["Exports rise for third straight month", *head], [f"SEOUL, Jan 7 (Reuters) - {LEDE}", *BODY])
    )
    assert "GMTUpdated" not in result.text
    assert result.byline == "Jane Doe"


def test_issued_on_and_modified_time_line_is_a_head_line() -> None:
    head = ["Issued on: 06/11/2025 - 06:41Modified: 06/11/2025 - 10:41"]
    result = clean(f"Exports rise for third straight month\n\n{head[0]}\n\nSeoul (AFP) – {LEDE}\n\n{BODY[0]}\n")
    assert "Issued on" not in result.text
    assert result.source == "AFP"


def test_agency_and_city_line_names_the_source() -> None:
    # Business Standard: "Press Trust of India | Hyderabad" over the time, the headline taken as chrome
    head = ["Press Trust of India | Hyderabad", "Last Updated : Sep 14 2026 | 1:33 PM IST"]
    result = clean("\n".join(head) + f"\n\n{LEDE}\n\n{BODY[0]}\n")
    assert result.source == "Press Trust of India"
    assert "Hyderabad" not in result.text


def test_time_line_as_first_line_is_a_head_line() -> None:
    # Yahoo: the headline and "Reuters" went with the page's chrome; the time line is left on top
    text = f"Mon, May 26, 2025 at 6:03 PM UTC 3 min read\n\nFRANKFURT, May 26 (Reuters) - {LEDE}\n\n{BODY[0]}\n"
    result = clean(text)
    assert "3 min read" not in result.text
    assert result.source == "Reuters"


def test_section_with_a_slash_before_the_time() -> None:
    text = f"Sci/Tech 12:45 August 26, 2025\n\nSEOUL, Aug. 26 (Yonhap) -- {LEDE}\n\n{BODY[0]}\n"
    assert "Sci/Tech" not in clean(text).text


def test_negative_agency_and_non_city_stays() -> None:
    text = f"Exports rise for third straight month\n\nReuters | Business\n\n{LEDE}\n\n{BODY[0]}\n"
    result = clean(text)
    assert "Reuters | Business" in result.text


def test_negative_article_opening_on_its_date_keeps_it() -> None:
    # a date alone (no clock) on the first line stays: an article's text may open on its date
    text = f"May 20, 2025\n\n{LEDE}\n\n{BODY[0]}\n"
    assert "May 20, 2025" in clean(text).text


def test_a_portal_s_photo_credit_and_donation_box_leave_the_agency_s_closing_lines_to_the_wire_pass() -> None:
    text = _page(
        ["The Daily Ledger", "Politics", "Economy", "World", "Opinion", "Videos", "Subscribe", ""],
        [
            "Exports rise for third straight month on chip demand",
            "PTI\n3 March, 2026 11:05 am IST",
            "Text Size:",
            "File photo | PTI",
            "Pune (Maharashtra) [India], March 3 (PTI): " + LEDE,
            *BODY[:2],
            BODY[2] + " (PTI)",
            "This report is auto-generated from PTI news service. The Daily Ledger holds no responsibility for "
            "its content.",
        ],
        [
            "",
            "Subscribe to our channels on YouTube, Telegram & WhatsApp",
            "",
            "Support Our Journalism",
            "Readers deserve fearless, independent reporting from every district. The Daily Ledger - with its "
            "reporters and editors - is doing just that.",
            "Support Our Journalism",
            "",
            "Most Popular",
            "Court upholds ban on single-use plastics",
            "",
            "Copyright © 2026 Ledger Media Pvt. Ltd. All rights reserved.",
        ],
    )
    result = clean(text)
    wire_removed = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert "File photo" not in result.text
    assert "Support Our Journalism" not in result.text and "YouTube" not in result.text
    assert any(line.startswith("This report is auto-generated") for line in wire_removed)
    assert any(e.pass_name == "wire" and e.before.strip() == "(PTI)" for e in result.edits)
    assert result.text.rstrip().endswith("for electronics.")
    assert result.source == "PTI"


def test_a_short_agency_story_ends_at_its_closing_lines_not_at_the_agency_s_footer() -> None:
    text = _page(
        ["Menu", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Newsletters", ""],
        [
            "Storm cuts power to thousands along the coast",
            "By JANE DOE\nUpdated 8:03 PM EDT, November 15, 2025",
            "PHOENIX (AP) — Power went out for thousands on Saturday.",
            "Crews worked through the night.",
            "___\nFollow AP's coverage of the weather at https://apnews.com/hub/weather.",
        ],
        [
            "",
            "Most read",
            "Court upholds ban on single-use plastics",
            "Central bank holds rates steady, signals caution",
            "Rail strike called off after pay deal",
            "",
            "The Associated Press is an independent global news organization dedicated to factual reporting. "
            "Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all "
            "formats and the essential provider of the technology and services vital to the news business.",
            "The Associated Press",
            "ap.org",
            "Careers",
            "Contact Us",
            "Terms of Use",
            "Privacy Policy",
            "Copyright 2025 The Associated Press. All Rights Reserved.",
        ],
    )
    result = clean(text)
    wire_removed = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert "___" in wire_removed
    assert "The Associated Press" not in wire_removed
    assert result.source == "AP"
    assert "independent global news organization" not in result.text
    assert "Court upholds ban" not in result.text
    assert result.text.rstrip().endswith("Crews worked through the night.")


def test_a_video_player_between_the_byline_and_the_lede_leaves_the_head_to_the_wire_pass() -> None:
    text = _page(
        ["City News", "Skip to main content", "Watch", "Canada", "World", "Politics", "Money", "Health", ""],
        [
            "Exports rise for third straight month",
            "By Jane Doe The Canadian Press\nPosted July 11, 2025 4:24 pm",
            "Click to play video: 'Storm cuts power to thousands'\n2:15\nAirline cancels flights as pilots walk out",
            "TORONTO — " + LEDE,
            *BODY,
            "This report by The Canadian Press was first published July 11, 2025.",
        ],
        ["", "Trending Now", "Court upholds ban on single-use plastics", "", "© 2025 City News Inc."],
    )
    result = clean(text)
    wire_removed = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert {"By Jane Doe The Canadian Press", "Posted July 11, 2025 4:24 pm"} <= wire_removed
    assert "Airline cancels flights" not in result.text and "2:15" not in result.text
    assert result.byline == "Jane Doe"
    assert result.text.split("\n\n")[1].startswith("TORONTO — ")


def test_a_quote_box_under_the_agency_line_leaves_the_tagged_headline_to_the_wire_pass() -> None:
    text = _page(
        ["Finance Portal", "Search query", "Sign in", "Mail", "News", "Finance", "Sports", "More", ""],
        [
            "UPDATE 1-Exports rise for third straight month on chip demand",
            "Reuters\nThu, July 10, 2025 at 5:24 PM UTC 3 min read",
            "In this article:\nAAPL\n^GSPC",
            "WASHINGTON, July 10 (Reuters) - " + LEDE,
            *BODY,
            "(Reporting by Jane Doe; Editing by John Roe)",
        ],
        ["", "View comments", "", "Recommended Stories", "Court upholds ban on single-use plastics"],
    )
    result = clean(text)
    assert result.tags == ("UPDATE 1",)
    assert result.source == "Reuters"
    assert "AAPL" not in result.text and "In this article" not in result.text
    assert result.text.split("\n\n")[1].startswith("WASHINGTON, July 10 (Reuters) - ")


def test_a_caption_credited_to_the_agency_over_the_dateline_is_chrome_not_the_lede() -> None:
    text = _page(
        ["Yonhap News Agency", "KOREAN", "CHINESE", "Latest", "National", "Economy", "Search", "Close", ""],
        [
            "(URGENT) Exports rise for third straight month on chip demand",
            "All News 21:36 June 3, 2026",
            "facebook\ntwitter\nURL\nPrint\nA+\nA-\nAn official speaks during a press briefing in Seoul. (Yonhap)",
            "SEOUL, June 3 (Yonhap) -- " + LEDE,
            *BODY,
            "(END)",
        ],
        ["", "Most Viewed", "1. Court upholds ban on single-use plastics", "", "(C) Yonhap News Agency"],
    )
    result = clean(text)
    assert result.tags == ("URGENT",)
    assert "All News 21:36 June 3, 2026" in {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert "An official speaks" not in result.text


def test_a_title_case_headline_over_the_byline_a_share_bar_and_a_photo_stays_the_story_s_head() -> None:
    text = _page(
        ["Menu", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Newsletters", "Search Query"],
        [
            "Your Car Maintenance Checklist",
            "By JOHN ROE\nUpdated 8:01 AM GMT, February 10, 2025",
            "Share\nCopy\nLink copied\nEmail\nFacebook\nX\nReddit",
            "FILE - People walk past the building, Feb. 10, 2024, in New York. (AP Photo/Jane Doe, File)\nRead More",
            "SPRINGFIELD, Ill. (AP) — " + LEDE,
            *BODY,
        ],
        ["", "Most read", "Court upholds ban on single-use plastics", "", "Copyright 2025 The Associated Press."],
    )
    result = clean(text)
    wire_removed = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert {"By JOHN ROE", "Updated 8:01 AM GMT, February 10, 2025"} <= wire_removed
    assert result.byline == "JOHN ROE"


def test_pa_news_agency_in_the_byline_s_place_names_the_source() -> None:
    result = clean("By PA News Agency\n\nLONDON — " + LEDE + "\n\n" + "\n\n".join(BODY) + "\n")
    assert (result.byline, result.source) == ("PA News Agency", "PA News Agency")
