"""Whole pages around one wire story: the chrome pass keeps the story's own head and closing lines
for the wire pass, and loses none of its text (a standfirst, results told in sentences)."""

from __future__ import annotations

from cleannews import clean

MENU = ["Skip to main content", "World", "Business", "Markets", "Sport", "Culture", "Opinion", "Newsletters"]
FOOTER = ["Read next", "Floods force evacuations in river towns", "Inflation eases to lowest level in two years"]
LEDE = (
    "Paris (AFP) - The city council approved the new tram line on Tuesday after two years of debate, "
    "and the first trains are due to run before the end of the decade, officials said."
)
BODY = [
    "The line will link the northern suburbs to the centre and is expected to carry about 90,000 passengers "
    "a day once it is fully open, according to the transport authority.",
    "Opponents said the cost had doubled since the plan was first presented and asked for an independent "
    "audit of the budget before any work starts on the route.",
]


def page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def removed_by_chrome(text: str) -> set[str]:
    return {removal.text.strip() for removal in clean(text).removed if removal.pass_name == "chrome"}


def test_a_standfirst_under_the_headline_stays_with_the_story() -> None:
    standfirst = "Critics of the project say the money would be better spent on buses and on cycle lanes."
    text = page(
        MENU,
        ["Tram line approved after years of debate"],
        [standfirst],
        ["Issued on: 06/11/2025 - 06:41Modified: 06/11/2025 - 10:41", "By: NEWS WIRES"],
        ["2 min Reading time", "Advertising", "Workers repair a tram line on November 6, 2025. © Jane DOE / AFP"],
        [LEDE],
        BODY,
        FOOTER,
        ["© 2025 Copyright Site 24 - All rights reserved."],
    )
    result = clean(text)
    assert standfirst in result.text
    assert result.title == "Tram line approved after years of debate"
    assert "Issued on: 06/11/2025 - 06:41Modified: 06/11/2025 - 10:41" not in removed_by_chrome(text)


def test_the_headline_with_its_tag_over_a_bar_of_buttons_is_the_story_s() -> None:
    text = page(
        ["Yonhap News Agency", "FRENCH", "SPANISH", "KOREAN", "Latest", "National", "Economy", "Search", "Close"],
        ["(LEAD) Tram line approved after years of debate"],
        ["12:04 November 9, 2025"],
        ["facebook", "twitter", "URL", "Print", "A+", "A-"],
        [LEDE.replace("Paris (AFP) -", "SEOUL, Nov. 9 (Yonhap) --")],
        BODY,
        ["(END)"],
        ["Latest News", "1. Wildfire smoke prompts health warnings", "2. Storm cuts power to thousands"],
        ["Contact Us", "Privacy Policy", "ⓒ Yonhap News Agency. All Rights Reserved"],
    )
    result = clean(text)
    assert result.tags == ("LEAD",)
    assert result.title == "Tram line approved after years of debate"


def test_the_agency_s_closing_lines_under_the_story_go_to_the_wire_pass() -> None:
    notice = (
        "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed."
    )
    text = page(
        MENU,
        ["Tram line approved after years of debate", "By JANE DOE, Associated Press"],
        [LEDE.replace("Paris (AFP) -", "PARIS (AP) —")],
        BODY,
        [notice],
        ["Trending Stories", "Court upholds ban on single-use plastics", "Ministers meet to discuss fishing quotas"],
        ["Copyright 2025 Nexstar Media, Inc. All rights reserved."],
    )
    result = clean(text)
    wire_removed = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert notice in wire_removed
    assert result.copyright == notice


def test_an_agency_s_notice_under_the_story_is_a_wire_trailer_not_the_footer_s() -> None:
    text = page(
        MENU,
        ["Tram line approved after years of debate"],
        [LEDE.replace("Paris (AFP) -", "(ANSA) - ROME, NOV 6 -")],
        BODY,
        ["ALL RIGHTS RESERVED © Copyright ANSA"],
        ["Suggested Topics:", "Climate", "Share", "X", "Facebook", "Linkedin", "Email"],
        ["© 2026 Site. All rights reserved"],
    )
    result = clean(text)
    wire_removed = {r.text.strip() for r in result.removed if r.pass_name == "wire"}
    assert "ALL RIGHTS RESERVED © Copyright ANSA" in wire_removed
    assert result.copyright == "ALL RIGHTS RESERVED © Copyright ANSA"


def test_a_story_told_in_results_lines_is_kept() -> None:
    results = [
        "COLUMBUS, Ohio (AP) — Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Aden Hara 2 goals, 2 assists.",
        "Space Coast (0-1): Kairi Brooks 18 points. Adrianna Knight 12 points. Syniah Johnson 6 points.",
        "ADVERTISEMENT",
        "Palm Bay (1-0-2): Noah Jackson 1 goal, 1 assist. Sheldon Bryan 1 goal, 1 assist. Neil Auguste 1 save.",
        "Viera (3-0): Talorie Crafton 1 goal. Madelyn Rosario 1 assist. Jordan Spira and Megan Cook 4 total.",
    ]
    about = (
        "The Associated Press is an independent global news organization dedicated to factual reporting. "
        "Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news."
    )
    text = page(
        MENU,
        ["High school results for the weekend", "By  JANE DOE", "Updated 7:47 AM EDT, July 11, 2026"],
        ["Share", "Copy", "Link copied", "Email", "Facebook"],
        results,
        ["Most read", "Ministers meet to discuss fishing quotas", "Police arrest two over museum theft"],
        [about, "Contact Us", "Terms of Use", "Privacy Policy"],
    )
    out = " ".join(clean(text).text.split())
    for line in results:
        if line != "ADVERTISEMENT":
            assert line.split("— ")[-1] in out


def test_a_site_s_own_copyright_under_the_story_is_still_its_footer() -> None:
    # A company's notice whose name only starts like an agency's is no wire trailer.
    footer = "Copyright © 2026 Dow Jones & Company, Inc. All Rights Reserved"
    text = page(
        MENU,
        ["Tram line approved after years of debate"],
        [LEDE],
        BODY,
        [footer, "This copy is for your personal, non-commercial use only."],
        ["Customer Center", "Privacy Notice", "Cookie Notice"],
    )
    result = clean(text)
    assert footer in removed_by_chrome(text)
    assert all(footer not in r.text for r in result.removed if r.pass_name == "wire")


def test_a_footer_list_and_a_menu_entry_named_like_an_agency_still_go() -> None:
    text = page(
        ["Skip to main content", "Home", "Reuters", "Markets", "World", "Sport", "Culture", "Newsletters"],
        ["Tram line approved after years of debate"],
        [LEDE.replace("Paris (AFP) - ", "")],
        BODY,
        ["Related", "Partners", "Reuters", "AP", "AFP"],
        ["© 2026 Site. All rights reserved."],
    )
    result = clean(text)
    assert result.source is None
    assert result.text.splitlines()[0] == "Tram line approved after years of debate"
    assert "Partners" not in result.text and "Reuters" not in result.text


def test_a_tagged_headline_under_a_menu_is_the_headline_not_a_link() -> None:
    # A title-case headline right under a menu looks like one more link, but a wire tag opens it;
    # an editors' note and a share bar stand between it and the lede.
    seoul = (
        "SEOUL, May 13 (Yonhap) -- The city council approved the new tram line on Tuesday after two years "
        "of debate, and the first trains are due to run before the end of the decade, officials said."
    )
    text = page(
        MENU,
        ["(LEAD) Council Approves New Tram Line"],
        ["All News 16:54 May 13, 2026"],
        ["(ATTN: ADDS comments in para 3)"],
        ["facebook", "twitter", "URL"],
        [seoul],
        BODY,
        FOOTER,
    )
    result = clean(text)
    assert result.title == "Council Approves New Tram Line" and result.tags == ("LEAD",)
    assert "(ATTN: ADDS comments in para 3)" not in {r.text for r in result.removed if r.pass_name == "chrome"}


KOREAN_LEDE = (
    "(서울=연합뉴스) 김수연 기자 = 서울시의회는 2년간의 논의 끝에 새 트램 노선 건설 계획을 화요일 승인했다. "
    "시는 첫 열차가 2030년 이전에 운행을 시작할 것이라고 밝혔다."
)
KOREAN_BODY = [
    "새 노선은 북부 교외와 도심을 연결하며, 완전 개통 후에는 하루 약 9만 명의 승객을 실어 나를 것으로 예상된다. "
    "교통공사는 공사 기간 동안 버스 노선을 임시로 조정하겠다고 설명했다.",
    "반대 측은 계획이 처음 발표된 이후 비용이 두 배로 늘었다며 "
    "공사를 시작하기 전에 예산에 대한 독립적인 감사를 요구했다. "
    "시의회는 다음 달 감사 결과를 공개하기로 했다.",
]


def test_a_korean_photo_caption_is_no_headline() -> None:
    # Yonhap's Korean page: the caption's bracketed credit says what it is, so the tagged headline
    # above the "송고" line stays the story's headline.
    text = page(
        ["본문 바로가기", "연합뉴스", "최신기사", "정치", "경제", "사회", "세계", "문화", "스포츠", "오피니언", "검색"],
        ["사회"],
        ["[종합2보] 서울시의회, 새 트램 노선 건설 계획 승인"],
        ["송고2026-07-28 11:41"],
        ["공유", "글자크기 조정", "인쇄"],
        ["회의 모습 [연합뉴스 자료사진]"],
        [KOREAN_LEDE],
        KOREAN_BODY,
        ["kimsy@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "2026/07/28 11:41 송고"],
        ["관련 뉴스", "많이 본 뉴스", "회사소개", "이용약관"],
        ["Copyright ⓒ 2026 Yonhap News Agency. All rights reserved."],
    )
    result = clean(text)
    assert result.title == "서울시의회, 새 트램 노선 건설 계획 승인" and result.tags == ("종합2보",)
    assert "송고2026-07-28 11:41" in {r.text for r in result.removed if r.pass_name == "wire"}
    assert "회의 모습 [연합뉴스 자료사진]" in removed_by_chrome(text)


def test_a_long_footer_notice_under_a_menu_shows_a_page() -> None:
    # A reprint's page: a menu, the story, a list and one long copyright paragraph at the foot
    # (no short notice): the page around the story goes, and the wire pass reads its head.
    xinhua = LEDE.replace("Paris (AFP) -", "WASHINGTON, July 14 (Xinhua) --")
    text = page(
        ["Daily Courier", "Global Edition", "China", "World", "Business", "Lifestyle", "Culture", "Travel"],
        ["Sports", "Opinion", "Regional", "Forum"],
        ["Tram line approved after years of debate"],
        ["By Xinhua | dailycourier.example | Updated: 2026-07-14 06:28"],
        [xinhua],
        BODY,
        ["Most Viewed in 24 Hours", *FOOTER[1:]],
        [
            "Copyright 1995 - 2026 . All rights reserved. The content (including but not limited to text, photo, "
            "multimedia information, etc) published in this site belongs to Daily Courier Information Co.",
            "License for publishing multimedia online 0108263",
        ],
    )
    result = clean(text)
    assert result.dateline is not None and result.dateline.agency == "Xinhua"
    assert result.title == "Tram line approved after years of debate"
    assert "Most Viewed in 24 Hours" not in result.text and "Global Edition" not in result.text


def test_a_caption_credited_after_a_bar_is_no_headline() -> None:
    # "... | KYODO": a photo's caption (a sentence, then its credit after a bar), not the headline.
    text = page(
        ["The Island Times", "Subscribe", "Login", "Japan", "World", "Business", "Sports", "Opinion", "Life"],
        ["BUSINESS"],
        ["Tram Line Approved After Years of Debate"],
        ["Kyodo", "Dec 27, 2025"],
        ["SHARE"],
        ["Officials inspect the site on Thursday. | KYODO"],
        ["Advertisement"],
        [LEDE.replace("Paris (AFP) -", "FUKUOKA –")],
        BODY,
        ["KEYWORDS", "Diplomacy", "Kansai"],
        ["Latest Japan stories", *FOOTER[1:]],
        ["© The Island Times Ltd. All rights reserved."],
    )
    result = clean(text)
    assert result.title == "Tram Line Approved After Years of Debate"
    assert result.source == "Kyodo"
    assert "Officials inspect the site on Thursday. | KYODO" in removed_by_chrome(text)


def test_a_headline_ending_a_menu_over_the_agency_and_time() -> None:
    # The headline reads as one more link of the menu above it, and the page's first line as its
    # <title>; the agency's name over the time says the lines under the headline are its head.
    text = page(
        ["The Island Times", "Subscribe", "Login", "Japan", "World", "Business", "Sports", "Opinion", "Life"],
        ["JAPAN"],
        ["Best Online Tram Programs"],
        ["Kyodo", "Aug 9, 2026"],
        [LEDE.replace("Paris (AFP) -", "FUKUOKA –")],
        BODY,
        ["KEYWORDS", "Crime", "Diplomacy"],
        ["Latest Japan stories", *FOOTER[1:]],
        ["© The Island Times Ltd. All rights reserved."],
    )
    result = clean(text)
    assert result.title == "Best Online Tram Programs"
    assert result.source == "Kyodo"
    assert {"Kyodo", "Aug 9, 2026"} <= {r.text for r in result.removed if r.pass_name == "wire"}
