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
