"""Round twenty-three: whole pages of wire stories on regional outlets (the page's chrome around them)."""

from __future__ import annotations

from cleannews import clean
from cleannews.result import Result

LEDE = "The ministry said on Thursday that exports rose for a third straight month on strong chip demand."
BODY = [
    "Shipments of semiconductors climbed 12 percent from a year earlier, the data showed.",
    "Officials expect the trend to continue into the first quarter of next year, citing new orders.",
]
MENU = ["Lagos Ledger", "Menu", "News", "Politics", "Business", "Sports", "Entertainment"]
FOOTER = ["Leave a Reply", "Your email address will not be published.", "© 2026 Lagos Ledger Limited"]
RELATED = ["Related", "Farmers protest over fuel prices", "Police arrest two after warehouse fire in port city"]


def _page(above: list[str], story: list[str], below: list[str]) -> str:
    return "\n".join(above) + "\n\n" + "\n\n".join(story) + "\n\n\n" + "\n".join(below) + "\n"


def test_a_sign_off_glued_to_the_last_paragraph_takes_no_sentence_with_it() -> None:
    last = "Ports and airlines both carried the notice, which was later withdrawn. (NAN)"
    page = _page([*MENU, "", "Exports rise for third straight month"], [LEDE, *BODY, last], [*RELATED, *FOOTER])
    result = clean(page)
    assert "Ports and airlines both carried the notice, which was later withdrawn." in result.text
    assert "(NAN)" not in result.text
    assert result.source == "NAN"


def test_a_teaser_under_read_next_lends_the_story_no_dateline() -> None:
    story = [
        "With that in mind, these are the biggest food and nutrition trends for 2026, plus what is fueling them.",
        "Meet the experts: Jane Doe, R.D., runs a nutrition clinic; John Roe, R.D.N., is author of The Small Plate.",
    ]
    teasers = [
        "Read next",
        "LONDON, Aug 30 (Reuters) - Airline adds direct flights to three new cities ...",
        "UPDATE 2-Opposition walks out of parliament over budget vote",
        "SEOUL, Aug. 30 (Yonhap) -- Court adjourns corruption trial of former governor ...",
        "Related",
        "Court adjourns corruption trial of former governor - Reuters",
        "(LEAD) Exporters warn of slowdown as orders fall",
        "Back to top",
        "About Us",
        "Contact",
        "Privacy Policy",
        "© 2026 The Delta Times. All rights reserved.",
    ]
    above = ["☰", "Menu", "The Delta Times", "Search", "Advertisement", "News", "", "Food trends for 2026"]
    result = clean(_page(above, story, teasers))
    assert result.dateline is None
    assert result.source is None
    assert result.tags == ()


def test_an_audio_players_position_is_no_publication_time() -> None:
    above = ["News24", "Menu", "Search", "Subscribe", "News", "World", "", "Exports rise for third straight month"]
    above += ["", "Listen to this article", "0:00 / 3:10"]
    result = clean(_page(above, [LEDE, *BODY], ["Related Articles", "Storm cuts power", "©2026 News24"]))
    player = [r for r in result.removed if r.text == "0:00 / 3:10"]
    assert [r.pass_name for r in player] == ["chrome"]
    assert "timestamp" not in player[0].reason


def test_a_paper_crediting_an_agency_is_no_byline() -> None:
    above = ["Daily Sabah", "Menu", "Türkiye", "World", "Business", "", "Exports rise for third straight month"]
    above += ["", "DAILY SABAH WITH AFP", "", "NOV 05, 2026 - 3:12 PM GMT+3"]
    result = clean(_page(above, [LEDE, *BODY], ["Latest News", "Storm cuts power", "© Copyright 2026 Daily Sabah"]))
    assert result.byline is None
    assert result.source == "AFP"
    assert "DAILY SABAH" not in result.text


def test_a_writer_with_an_agency_keeps_the_byline() -> None:
    above = ["Daily Sabah", "Menu", "Türkiye", "World", "Business", "", "Exports rise for third straight month"]
    above += ["", "JANE DOE WITH AFP", "", "NOV 05, 2026 - 3:12 PM GMT+3"]
    result = clean(_page(above, [LEDE, *BODY], ["Latest News", "Storm cuts power", "© Copyright 2026 Daily Sabah"]))
    assert result.byline == "JANE DOE"
    assert result.source == "AFP"


def test_naver_reading_tools_leave_the_tagged_headline_and_times_to_the_wire_pass() -> None:
    ko_lede = "(서울=연합뉴스) 김수연 기자 = 정부는 이날 수출이 석 달 연속 증가했다고 밝혔다. 반도체 수출이 늘었다."
    ko_body = "산업통상자원부에 따르면 지난달 반도체 수출은 작년 같은 달보다 12% 늘었다고 관계자가 설명했다."
    above = ["NAVER", "뉴스", "정치", "경제", "사회", "검색", "연합뉴스", "구독", "", "[속보] 수출 석 달 연속 증가"]
    above += ["", "입력2026.11.05. 오후 3:12", "수정2026.11.05. 오후 5:40", "", "기사원문", "추천", "댓글"]
    above += ["본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "SNS 보내기", "인쇄하기"]
    tail = "kimsy@yna.co.kr\nCopyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지."
    below = ["기자 프로필", "연합뉴스", "김수연 기자", "구독", "댓글", "이용약관", "© NAVER Corp."]
    result = clean(_page(above, [ko_lede, ko_body, tail], below))
    assert result.tags == ("속보",)
    taken = {r.text: r.pass_name for r in result.removed}
    assert taken["입력2026.11.05. 오후 3:12"] == taken["수정2026.11.05. 오후 5:40"] == "wire"
    assert result.text.split("\n\n")[:2] == ["수출 석 달 연속 증가", ko_lede]


def test_a_provider_line_between_two_labelled_times() -> None:
    above = [*MENU[:6], "", "Exports rise for third straight month", "", "UNB"]
    above += ["Publish : 05 Nov 2026, 03:12 PM", "Update : 05 Nov 2026, 05:40 PM"]
    result = clean(_page(above, [LEDE, *BODY], ["Read more", "Storm cuts power", "© 2026 Dhaka Ledger"]))
    assert result.source == "UNB"
    assert "Publish :" not in result.text
    assert "UNB" not in result.text


def test_two_times_on_one_line_and_a_second_time_line() -> None:
    for head in (
        ["By The Associated Press", "Published: Nov. 5, 2026 at 8:12 PM UTC|Updated: 2 hours ago"],
        ["Associated Press", "Posted 3:12 PM, Nov 05, 2026", "and last updated 5:40 PM, Nov 05, 2026"],
    ):
        above = ["WXYZ News", "Menu", "Weather", "Sports", "Local News", "", "Exports rise for third straight month"]
        result = clean(_page([*above, "", *head], [LEDE, *BODY], ["Related", "Storm cuts power", "© 2026 WXYZ"]))
        assert result.text.split("\n\n")[:2] == ["Exports rise for third straight month", LEDE]


def test_an_agency_over_the_desks_address_names_the_source() -> None:
    above = ["Korea JoongAng Daily", "Menu", "Search", "National", "", "Exports rise for third straight month"]
    above += ["", "Published: 05 Nov. 2026, 15:12"]
    story = [f"SEOUL, Nov. 5 (Yonhap) -- {LEDE}", *BODY, "YONHAP [english@joongang.co.kr]"]
    result = clean(_page(above, story, ["Related Article", "Storm cuts power", "© 2026 Korea JoongAng Daily"]))
    assert result.source == "YONHAP"
    assert result.credits == ("english@joongang.co.kr",)


def test_a_city_in_mixed_case_before_a_colon_is_a_dateline() -> None:
    above = ["Gulf Ledger", "Menu", "UAE", "World", "Business", "", "Exports rise for third straight month", "", "WAM"]
    above += ["", "Published: November 05, 2026 15:12"]
    for city in ("Sharjah", "Abu Dhabi", "Ras Al Khaimah"):
        result = clean(_page(above, [f"{city}: {LEDE}", *BODY], ["Related", "Storm cuts power", "© 2026 Gulf Ledger"]))
        assert result.dateline is not None and result.dateline.place == city
        assert result.source == "WAM"


def test_a_word_before_a_colon_is_no_dateline() -> None:
    for word in ("Summary", "Update", "Reading"):
        result = clean(f"Exports rise for third straight month\n\n{word}: {LEDE}\n\n{BODY[0]}\n")
        assert result.dateline is None
    # a guide's item under a writer's byline: no agency named, no dateline
    guide = "Bordeaux: One of the most famous wine regions in the world, it allows five red grapes."
    result = clean(f"A guide to wine\n\nBy Jane Doe, New Delhi\n\nJul 22, 2024 10:12 AM IST\n\n{guide}\n\n{BODY[0]}\n")
    assert result.dateline is None


def test_a_papers_desk_with_the_agency_signs_off() -> None:
    above = ["Buenos Aires Ledger", "Menu", "Argentina", "World", "Sport", "", "Exports rise for third straight month"]
    above += ["", "By AFP", "05-11-2026 15:12"]
    result = clean(_page(above, [LEDE, *BODY, "– TIMES/AFP"], ["Related", "Storm cuts power", "© 2026 Perfil"]))
    assert [r.pass_name for r in result.removed if r.text == "– TIMES/AFP"] == ["wire"]  # a closing line
    assert result.source == "AFP"
    assert result.text.rstrip().endswith(BODY[-1])


def test_a_time_alone_under_a_menu_is_the_storys_when_a_wire_dateline_opens_the_lede() -> None:
    above = ["VietnamPlus", "Menu", "Politics", "Business", "Society", "World", "Culture", "Sports", "Business"]
    above += ["", "Exports Rise Again in November", "", "Sunday, August 24, 2025 10:36"]
    below = ["Tags", "Storm cuts power", "See more", "© Copyright 2008 - 2026 VietnamPlus. All rights reserved."]
    result = clean(_page(above, [f"Hanoi (VNA) – {LEDE}", *BODY, "VNA"], below))
    taken = [r.pass_name for r in result.removed if r.text == "Sunday, August 24, 2025 10:36"]
    assert taken == ["wire"]
    assert result.title == "Exports Rise Again in November"


def test_a_date_alone_under_a_list_of_categories_stays_chrome() -> None:
    above = ["Gardening Club", "Menu", "Roses", "Tulips", "Orchids", "Ferns", "Succulents", "Cacti", "Herbs"]
    above += ["", "Recruiting Top Talent", "", "Sunday, August 24, 2025"]
    lede = "Plant the bulbs in autumn, a hand's depth down, and water them well before the first frost."
    result = clean(_page(above, [lede, *BODY], ["Tags", "Storm cuts power", "See more"]))
    assert result.title != "Recruiting Top Talent"


# --- second fit: story heads the chrome pass took when no dated lede vouched for them ------------

SHARE_BAR = ["Bookmark", "Share", "WhatsApp", "Telegram", "Facebook", "Twitter", "Email"]


def _taken_by_wire(result: Result, text: str) -> bool:
    return [r.pass_name for r in result.removed if r.text == text] == ["wire"]


def test_a_byline_and_time_over_the_lead_pictures_credit_are_the_storys() -> None:
    above = ["Philippine News Agency", "Home", "National", "Provincial", "Business", "Foreign", "Sports"]
    above += ["", "Exports Rise for Third Straight Month", "", "By Maria Santos", "", "May 4, 2026, 7:22 am"]
    above += ["", "(PNA photo by Ana Reyes)"]
    result = clean(_page(above, [f"DAVAO CITY – {LEDE}", *BODY], [*RELATED, "All content is in the public domain."]))
    assert result.title == "Exports Rise for Third Straight Month"
    assert result.byline == "Maria Santos"
    assert _taken_by_wire(result, "By Maria Santos")
    assert _taken_by_wire(result, "May 4, 2026, 7:22 am")


def test_a_time_line_naming_the_agency_under_a_menu_is_the_storys() -> None:
    above = ["INQUIRER.NET", "Menu", "NEWSINFO", "GLOBALNATION", "BUSINESS", "LIFESTYLE", "SPORTS", "OPINION"]
    above += ["", "Best Practices for Vehicle Rentals", "", "Agence France-Presse / 05:49 PM April 29, 2026"]
    result = clean(_page(above, [f"GENEVA, Switzerland — {LEDE}", *BODY], ["Read Next", *RELATED[1:]]))
    assert result.source == "Agence France-Presse"
    assert _taken_by_wire(result, "Agence France-Presse / 05:49 PM April 29, 2026")


def test_a_time_under_a_share_bar_is_the_storys() -> None:
    above = ["CNA", "Menu", "Search", "Singapore", "Asia", "World", "Business", "Sport", "Watch", "Listen", "World"]
    above += ["", "Exports Rise Again in November", "", *SHARE_BAR, "", "31 Jan 2025 06:31PM"]
    below = ["Also worth reading", *RELATED[1:], "Copyright© Mediacorp 2026. Mediacorp Pte Ltd. All rights reserved."]
    result = clean(_page(above, [f"BANGKOK: {LEDE}", *BODY, "Source: AFP/zl"], below))
    assert result.title == "Exports Rise Again in November"
    assert _taken_by_wire(result, "31 Jan 2025 06:31PM")


def test_a_byline_under_the_font_buttons_is_the_storys() -> None:
    above = ["The Korea Herald", "Menu", "National", "Business", "Life&Culture", "Subscribe", "Social Affairs"]
    above += ["", "Exports Rise Again in November", "", "URL Copy", "email", "facebook", "Print", "twitter", "A", "A"]
    above += ["", "By Yonhap", "Published : Dec. 5, 2026 - 10:01 Updated : Dec. 5, 2026 - 14:08"]
    result = clean(_page(above, [LEDE, *BODY, "(Yonhap)"], ["Most Popular", *RELATED[1:]]))
    assert result.byline == "Yonhap"
    assert _taken_by_wire(result, "By Yonhap")


def test_the_provider_line_under_a_share_bar_with_comments_is_the_storys() -> None:
    above = ["DAWN", "Menu", "Home", "Pakistan", "World", "Opinion", "E-Paper", "", "Exports Rise Again in November"]
    above += ["", "Facebook", "X", "WhatsApp", "Comments", "Email", "", "AFP", "", "Published August 16, 2026"]
    result = clean(_page(above, [LEDE, *BODY], ["Comments", "Leave a comment", "© 2026 Dawn"]))
    assert result.source == "AFP"
    assert _taken_by_wire(result, "AFP")
    assert _taken_by_wire(result, "Published August 16, 2026")


def test_a_date_under_a_list_of_categories_with_no_share_bar_stays_chrome() -> None:
    above = ["Gardening Club", "Menu", "Roses", "Tulips", "Orchids", "Ferns", "Succulents", "Cacti", "Herbs"]
    above += ["", "Recruiting Top Talent", "", "(Club photo by Ana Reyes)", "", "Sunday, August 24, 2025"]
    lede = "Plant the bulbs in autumn, a hand's depth down, and water them well before the first frost."
    result = clean(_page(above, [lede, *BODY], ["Tags", "Storm cuts power", "See more"]))
    assert result.title != "Recruiting Top Talent"


def test_the_agencys_name_over_its_city_over_the_time_names_the_source() -> None:
    for head in (["ANADOLU AGENCY", "ISTANBUL", "OCT 08, 2026 - 9:36 AM GMT+3"], ["ANADOLU AGENCY", "", "ANKARA", ""]):
        if not head[-1]:
            head = [*head[:-1], "AUG 11, 2025 - 1:03 PM GMT+3"]
        above = ["DAILY SABAH", "Menu", "Türkiye", "Politics", "Business", "World", "Sports", "Opinion", "Türkiye"]
        above += ["", "Exports Rise Again in November", "", *head]
        result = clean(_page(above, [LEDE, *BODY], ["Most Read", *RELATED[1:], "© Copyright 2026 Daily Sabah"]))
        assert result.source == "ANADOLU AGENCY"
        assert result.dateline is None  # the city line is the head's, no dateline
        assert all(_taken_by_wire(result, line) for line in head if line)


def test_a_source_record_beside_the_time_is_a_head_line() -> None:
    above = ["Global Times", "Menu", "CHINA", "SOURCE", "OPINION", "IN-DEPTH", "WORLD", "LIFE", "ARTS", "SPORT"]
    above += ["", "Exports Rise Again in November", "", "Source: Xinhua Published: Nov 27, 2026 07:33 PM"]
    lede = f"BEIJING, Nov. 27 (Xinhua) -- {LEDE}"
    result = clean(_page(above, [lede, *BODY], ["Related", *RELATED[1:]]))
    assert result.source == "Xinhua"
    assert _taken_by_wire(result, "Source: Xinhua Published: Nov 27, 2026 07:33 PM")


LONG_STANDFIRST = " ".join(
    [
        "Exporters had warned for months that the slowdown in chip orders would weigh on shipments this year.",
        "The figures released on Thursday told another story, with demand from data centres and carmakers",
        "lifting sales to record highs in three of the four biggest markets, and officials said the rebound",
        "would carry into next year as new factories come on line in the south of the country.",
    ]
)


def test_a_byline_and_time_under_a_long_standfirst_are_the_storys() -> None:
    above = ["IOL", "Menu", "News", "Business", "Sport", "South Africa", "", "Exports Rise Again in November"]
    story = [LONG_STANDFIRST, "Jane Doe\nPublished Nov 7, 2025", f"Cape Town - {LEDE}", *BODY]
    result = clean(_page(above, story, ["African News Agency (ANA)", "Related Articles", *RELATED[1:]]))
    assert result.byline == "Jane Doe"
    assert result.dateline is not None and result.dateline.place == "Cape Town"
    assert _taken_by_wire(result, "Published Nov 7, 2025")
    assert LONG_STANDFIRST in result.text


def test_a_long_first_paragraph_over_a_labelled_time_alone_keeps_its_lines() -> None:
    story = [LONG_STANDFIRST, "Published Nov 7, 2025", LEDE, *BODY]
    result = clean(_page(["Exports Rise Again in November"], story, []))
    assert result.byline is None
    assert LONG_STANDFIRST in result.text
