"""Round twenty-six: Yonhap in depth and the Korean press around it (broadcasters, photo galleries)."""

from __future__ import annotations

import pytest

from cleannews import clean

FIRST = (
    "정부는 내년 예산안을 국회에 제출하면서 복지 지출을 역대 최대 규모로 늘렸다고 밝혔다. "
    "기획재정부는 저소득층 지원과 돌봄 예산이 크게 늘었다고 설명했다."
)
SECOND = (
    "국회는 다음 달부터 예산안 심사에 들어간다. 여야는 지역 사업 예산을 두고 "
    "치열한 공방을 벌일 것으로 보이며, 정부는 원안 통과를 요청했다."
)
THIRD = (
    "전문가들은 세수 여건이 나빠진 만큼 지출 구조를 함께 손봐야 한다고 지적했다. "
    "한 연구원은 재정 건전성을 지키려면 중기 계획이 필요하다고 말했다."
)


def _page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_broadcast_transcript_keeps_its_speaker_labels_and_sign_off() -> None:
    text = _page(
        ["KBS", "뉴스", "정치", "경제", "사회", "전국", "국제"],
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        ["2026.11.05. 오후 3:12"],
        ["[앵커]"],
        [FIRST],
        ["[기자]"],
        [SECOND],
        [THIRD],
        ["KBS 김수연입니다."],
        [
            "김수연 기자 (kimsy@kbs.co.kr)",
            "영상편집 : 이재영",
            "Copyright ⓒ KBS. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지",
        ],
        ["많이 본 뉴스", "전국 곳곳 비…내일 아침 기온 뚝"],
    )
    result = clean(text)
    for paragraph in ("[앵커]", FIRST, "[기자]", SECOND, THIRD, "KBS 김수연입니다."):
        assert paragraph in result.paragraphs
    assert result.byline == "김수연"
    assert "KBS 김수연입니다." not in (result.byline or "")


@pytest.mark.parametrize("headline", ["한미 국방장관 회담…연합훈련 확대 합의", "북한, 동해상으로 탄도미사일 발사"])
def test_a_gallery_time_between_photo_captions_is_no_head_line(headline: str) -> None:
    text = _page(
        ["지역일보"],
        [
            "[포토] 가을 단풍 절정 맞은 설악산 [연합뉴스 자료사진]",
            "2026.11.05 10:41",
            "[포토] 수능 앞둔 수험생들 [촬영 김수연]",
        ],
        [headline],
        [FIRST],
        [SECOND],
        [THIRD],
        ["많이 본 뉴스", "[속보] 대법원, 노조법 개정 관련 첫 판결"],
        ["Copyright © 지역일보. All rights reserved."],
    )
    result = clean(text)
    assert not [r for r in result.removed if r.pass_name == "wire" and r.text == "2026.11.05 10:41"]
    assert "2026.11.05 10:41" not in result.text  # (the gallery's, page chrome)
    for paragraph in (FIRST, SECOND, THIRD):
        assert paragraph in result.paragraphs
    assert result.dateline is None and result.byline is None and result.source is None


def test_a_headline_of_korean_words_between_commas_is_no_list_of_names() -> None:
    from cleannews.wire.names import looks_like_names

    assert not looks_like_names("북한, 동해상으로 탄도미사일 발사")
    assert looks_like_names("김수연, 이재영") and looks_like_names("남궁민수")


def test_a_story_that_cites_yonhap_in_prose_has_no_wire_metadata() -> None:
    cited = "연합뉴스에 따르면 정부는 이날 오전 긴급 회의를 열고 대응 방안을 논의한 것으로 전해졌다."
    result = clean(_page(["정부, 긴급 회의 열어"], [cited], [SECOND], [THIRD]))
    for paragraph in (cited, SECOND, THIRD):
        assert paragraph in result.paragraphs
    assert result.dateline is None and result.source is None and result.byline is None
    assert result.credits == () and not result.removed


def test_a_one_line_time_under_a_single_caption_is_still_the_storys() -> None:
    # Only a time between two captions is the gallery's: a story's own time line stays metadata.
    text = _page(["한미 국방장관 회담…연합훈련 확대 합의"], ["입력 2026.11.05. 10:41"], [FIRST], [SECOND], [THIRD])
    result = clean(text)
    assert [r.text for r in result.removed if r.pass_name == "wire"] == ["입력 2026.11.05. 10:41"]


def test_newsis_closing_line_gives_the_address_as_the_credit_and_its_notice_the_copyright() -> None:
    notice = "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지.>"
    text = _page(
        ["서울 아파트값 3주 연속 상승…강남권 주도"],
        [f"【서울=뉴시스】김수연 기자 = {FIRST}"],
        [SECOND],
        [THIRD],
        ["◎공감언론 뉴시스 kimsy@newsis.com", notice],
        ["많이 본 뉴스", "북한, 동해상으로 탄도미사일 발사"],
    )
    result = clean(text)
    assert result.dateline is not None and (result.dateline.place, result.dateline.agency) == ("서울", "뉴시스")
    assert result.credits == ("kimsy@newsis.com",)
    assert result.copyright == notice
    for paragraph in (SECOND, THIRD):
        assert paragraph in result.paragraphs


def test_a_glued_korean_time_line_of_posting_and_update_is_one_timestamp() -> None:
    from cleannews.wire.rules import wire_rules
    from cleannews.wire.timestamp import is_timestamp

    rules = wire_rules()
    assert is_timestamp("등록 2026.11.05 10:41:23수정 2026.11.05 11:20:05", rules)
    assert is_timestamp("입력 2026. 11. 5. 10:41수정 2026. 11. 5. 11:20", rules)
    assert not is_timestamp("입력 2026.11.05. 10:41 정부는 예산안을 제출했다", rules)
    result = clean(
        _page(["정부, 내년 예산안 국회 제출"], ["입력 2026. 11. 5. 10:41수정 2026. 11. 5. 11:20"], [FIRST], [SECOND])
    )
    assert [r.text for r in result.removed] == ["입력 2026. 11. 5. 10:41수정 2026. 11. 5. 11:20"]


def test_a_top_10_list_under_the_story_ends_it_and_its_footer_is_no_closing_line() -> None:
    lede = (
        "SEOUL, Nov. 5 (Yonhap) -- South Korea's exports rose for a 14th straight month in October on "
        "strong demand for chips, government data showed Wednesday."
    )
    more = (
        "Outbound shipments rose 4.6 percent from a year earlier, the trade ministry said, while imports "
        "fell for a second month as energy prices eased."
    )
    footer = "© koreatimes.co.kr. All rights reserved."
    text = _page(
        ["(LEAD) Exports rise for 14th straight month on chips"],
        [lede],
        [more],
        ["Top 10 Stories", "Seoul stocks open higher on tech gains", "BOK keeps key rate unchanged"],
        [footer],
    )
    result = clean(text)
    assert result.tags == ("LEAD",)
    assert "Seoul stocks open higher on tech gains" not in result.text
    assert not [r for r in result.removed if r.pass_name == "wire" and r.text == footer]
    assert more in result.paragraphs


def test_yonhap_englishs_footer_without_a_year_is_the_pages_copyright() -> None:
    lede = (
        "SEOUL, Nov. 5 (Yonhap) -- The Bank of Korea kept its key rate unchanged at 3.25 percent on "
        "Thursday, saying it would watch how fast inflation slows."
    )
    more = (
        "The decision was widely expected, as the won has weakened against the dollar and household debt "
        "has kept growing in recent months, analysts said."
    )
    text = _page(
        ["BOK keeps key rate unchanged at 3.25 pct"],
        [lede],
        [more],
        ["kimsy@yna.co.kr", "(END)"],
        ["Most Viewed", "1. Seoul stocks open higher on tech gains", "2. Exports rise for 14th straight month"],
        ["About Us", "Contact Us", "Privacy Policy", "Copyright (c) YONHAP NEWS AGENCY"],
    )
    result = clean(text)
    assert result.copyright == "Copyright (c) YONHAP NEWS AGENCY"
    assert result.credits == ("kimsy@yna.co.kr",)
    assert more in result.paragraphs


def test_a_wordpress_copys_agency_notice_in_brackets_is_the_storys_copyright() -> None:
    lede = (
        "SEOUL, Nov. 5 (Yonhap) -- South Korea and Japan agreed Wednesday to expand exchanges between "
        "their young people, the foreign ministry said, as the two sides seek warmer ties."
    )
    more = (
        "The ministers also discussed how to respond to North Korea's missile launches and agreed to "
        "keep in close contact through their embassies, the ministry added."
    )
    text = _page(
        ["Search", "Close this search box."],
        ["S. Korea, Japan agree to expand youth exchanges"],
        [lede],
        [more],
        ["Source: Yonhap News Agency"],
        ["Yonhap News Agency (All rights reserved)"],
        ["Share this:", "Facebook", "X"],
        ["Copyright © 2026 Korea Today Wire | Powered by Astra WordPress Theme"],
    )
    result = clean(text)
    assert result.source == "Yonhap News Agency"
    assert result.copyright == "Yonhap News Agency (All rights reserved)"
    assert [r.text for r in result.removed if r.pass_name == "wire"] == [
        "Source: Yonhap News Agency",
        "Yonhap News Agency (All rights reserved)",
    ]
    assert more in result.paragraphs


NEWSIS_HEAD = ["뉴시스", "전체기사", "정치", "경제", "사회", "국제"]
NEWSIS_FOOT = [
    "◎공감언론 뉴시스 kimsy@newsis.com",
    "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지.>",
]


def test_a_menu_of_one_hangul_word_a_line_is_chrome_and_the_head_under_it_is_read() -> None:
    text = _page(
        NEWSIS_HEAD,
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        ["등록 2026.11.05 15:12:40수정 2026.11.05 15:40:02"],
        [f"[워싱턴=뉴시스]김수연 기자 = {FIRST}"],
        [SECOND],
        [THIRD],
        NEWSIS_FOOT,
        ["많이 본 뉴스", "서울 아파트값 3주 연속 상승…강남권 주도"],
    )
    result = clean(text)
    assert result.byline == "김수연"
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("워싱턴", "뉴시스")
    removed = [removal.text for removal in result.removed]
    assert removed[: len(NEWSIS_HEAD)] == NEWSIS_HEAD
    assert "등록 2026.11.05 15:12:40수정 2026.11.05 15:40:02" in removed
    assert result.text.startswith("정부, 내년 예산안 국회 제출…복지 지출 역대 최대\n\n[워싱턴=뉴시스]")


def test_a_list_of_one_hangul_word_a_line_inside_the_story_stays() -> None:
    items = ["돌봄", "교육", "주거", "일자리"]
    text = _page(
        NEWSIS_HEAD,
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        [f"[워싱턴=뉴시스]김수연 기자 = {FIRST}"],
        ["정부가 꼽은 중점 분야는 다음과 같다."],
        items,
        [SECOND],
        [THIRD],
        NEWSIS_FOOT,
    )
    result = clean(text)
    assert "\n".join(items) in result.text
    assert not set(items) & {removal.text for removal in result.removed}
    assert clean("\n\n".join([FIRST, "\n".join(items), SECOND, THIRD])).text.count("\n".join(items)) == 1


# Third fit (branch fit26b): the closing lines of the Korean press and the broadcasters.

_MENU = ["뉴스", "정치", "경제", "사회", "전국", "국제"]
_MOST_VIEWED = ["많이 본 뉴스", "전국 곳곳 비…내일 아침 기온 뚝"]


def test_a_korean_papers_closing_reporter_line_gives_the_address_as_a_credit() -> None:
    text = _page(
        ["매일신문", *_MENU],
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        ["박민수 기자", "입력 2026.11.05. 10:41"],
        [FIRST],
        [SECOND],
        [THIRD],
        ["박민수 기자 mspark@maeil.co.kr", "Copyright © 매일신문. All rights reserved. 무단 전재, 재배포 금지"],
        _MOST_VIEWED,
    )
    result = clean(text)
    assert result.byline == "박민수"
    assert result.credits == ("mspark@maeil.co.kr",)
    assert result.paragraphs[-1] == THIRD


def test_the_hankyorehs_circled_c_notice_is_the_copyright() -> None:
    notice = "ⓒ 한겨레신문사 : 무단 전재 및 재배포, AI 학습 이용 금지"
    text = _page(
        ["한겨레", *_MENU],
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        ["이재영 기자", "입력 2026.11.05. 10:41"],
        [FIRST],
        [SECOND],
        [THIRD],
        ["이재영 기자 jylee@hani.co.kr", notice],
        _MOST_VIEWED,
    )
    result = clean(text)
    assert result.copyright == notice
    assert result.credits == ("jylee@hani.co.kr",)
    assert notice not in result.text


@pytest.mark.parametrize("station", ["KBS", "SBS", "MBC"])
def test_a_broadcasters_crew_credits_under_the_reporter_line_are_credits(station: str) -> None:
    notice = f"Copyright ⓒ {station}. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지"
    text = _page(
        [station, *_MENU],
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        ["2026.11.05. 오후 3:12"],
        ["[앵커]"],
        [FIRST],
        ["[기자]"],
        [SECOND],
        [f"{station} 김수연입니다."],
        ["김수연 기자 (kimsy@news.co.kr)", "촬영기자 : 이재영 / 영상편집 : 박민수", notice],
        _MOST_VIEWED,
    )
    result = clean(text)
    assert result.credits == ("kimsy@news.co.kr", "촬영기자 : 이재영 / 영상편집 : 박민수")
    assert result.copyright == notice
    assert result.byline == "김수연"
    for paragraph in ("[앵커]", FIRST, "[기자]", SECOND, f"{station} 김수연입니다."):
        assert paragraph in result.paragraphs


def test_ytns_reporter_line_tip_box_and_copyright_close_the_item() -> None:
    notice = "[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]"
    tip_box = [
        "※ '당신의 제보가 뉴스가 됩니다'",
        "[카카오톡] YTN 검색해 채널 추가",
        "[전화] 02-398-8585",
        "[메일] social@ytn.co.kr",
    ]
    text = _page(
        ["YTN", *_MENU],
        ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
        ["2026.11.05. 오후 3:12"],
        ["[앵커]"],
        [FIRST],
        ["[기자]"],
        [SECOND],
        ["YTN 김수연입니다."],
        ["YTN 김수연 (kimsy@ytn.co.kr)", "촬영기자 : 이재영", *tip_box, notice],
        _MOST_VIEWED,
    )
    result = clean(text)
    assert (result.byline, result.source) == ("김수연", "YTN")
    assert result.credits == ("kimsy@ytn.co.kr", "촬영기자 : 이재영")
    assert result.copyright == notice
    assert [r.text for r in result.removed if r.pass_name == "wire" and r.text in tip_box] == tip_box
    for paragraph in ("[앵커]", FIRST, "[기자]", SECOND, "YTN 김수연입니다."):
        assert paragraph in result.paragraphs


def test_a_sentence_quoting_a_reporters_address_stays() -> None:
    quoted = "제보를 원하는 독자는 김수연 기자에게 kimsy@hani.co.kr 주소로 연락해 달라고 신문사는 밝혔다."
    result = clean(_page(["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"], [FIRST], [SECOND], [quoted]))
    assert result.credits == ()
    assert quoted in result.paragraphs


def test_a_reporter_label_paragraph_of_a_transcript_stays_text() -> None:
    result = clean(
        _page(
            ["정부, 내년 예산안 국회 제출…복지 지출 역대 최대"],
            ["[기자]"],
            [FIRST],
            ["[기자]"],
            [SECOND],
            ["[전화] 02-398-8585 번호로 민원이 몰렸다고 구청은 설명했다."],
        )
    )
    assert result.paragraphs.count("[기자]") == 2
    assert "[전화] 02-398-8585 번호로 민원이 몰렸다고 구청은 설명했다." in result.paragraphs
    assert result.credits == ()


_RELEASE = (
    "AUSTIN, TX, UNITED STATES, December 16, 2026 /EINPresswire.com/ -- Northwind Analytics opened "
    "a new office in Austin on Monday, the company said.\n\n"
    "The office will employ forty people by the end of next year, according to the company."
)


def test_ein_presswires_unlabelled_contact_block_closes_the_release() -> None:
    block = ["Colleen O'Driscoll", "Northwind Analytics, Inc.", "416-555-0176"]
    result = clean(f"Northwind opens Austin office\n\n{_RELEASE}\n\n" + "\n".join([*block, "email us here"]) + "\n")
    assert [r.text for r in result.removed if r.pass_name == "wire"] == [*block, "email us here"]
    assert result.credits == ()
    assert result.paragraphs[-1].endswith("according to the company.")


def test_a_closing_list_of_a_name_and_numbers_with_no_link_under_it_stays() -> None:
    # (no closing line under it: a body's last lines, however short, are not read as a contact block)
    block = ["Colleen O'Driscoll", "Northwind Analytics, Inc.", "416-555-0176"]
    result = clean(f"Northwind opens Austin office\n\n{_RELEASE}\n\n" + "\n".join(block) + "\n")
    assert "416-555-0176" in result.text
