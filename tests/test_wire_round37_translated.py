"""Round thirty-seven, translated pages: a browser's machine translation of a Korean, a Chinese or a
Japanese agency page, its dateline, times and closing lines in English as the translation prints
them ("(Busan = Yonhap News) Reporter NAME =", "Xinhua News Agency, CITY, DATE (Reporter NAME)",
"[CITY Kyodo]", "Sent DATE TIME", "DATE TIME Sent", "<Copyright (c) Yonhap News, unauthorized
reproduction and redistribution prohibited>"). Synthetic pages, written for these tests."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import assert_body_stays, checked, port_story, took
from wire_articles import page as _page

TITLE = "Harbour terminal to open in spring"
BANNER = "Translated from Korean\nShow original\nGoogle Translate"
KOREAN_MENU = "Harbour News\nAll menu\nsearch\npolitics\neconomy\nsociety"
CHINESE_BANNER = "This page has been translated from Chinese to English\nShow original\nGoogle Translate"
CHINESE_MENU = "Home\nCurrent affairs\nInternational\nFinance\nSociety"
JAPANESE_BANNER = "Google Translate\nTranslated from Japanese\nShow original\nOptions ▾"
JAPANESE_MENU = "Home\nNews\nPolitics\nEconomy\nWorld"
NOTICE = "<Copyright (c) Yonhap News, unauthorized reproduction and redistribution prohibited>"


# --- Yonhap, translated from Korean ----------------------------------------------------------------


def test_translated_yonhap_page_reads_its_dateline_times_and_closing_lines() -> None:
    tail = f"mhkim@example.co.kr\n{NOTICE}\n2026/03/03 10:22 Sent"
    related = "Related news\nCity adds two night bus routes\nFerry fares to rise in April\n\nShare\nMost viewed"
    text = _page(
        BANNER,
        KOREAN_MENU,
        f"[Comprehensive] {TITLE}",
        "Sent 2026-03-03 10:22",
        *port_story("(Busan = Yonhap News) Reporter Kim Ha-neul = "),
        tail,
        related,
    )
    result = checked(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Busan", "Yonhap News")
    assert result.source == "Yonhap News"
    assert result.byline == "Kim Ha-neul"
    assert result.tags == ("Comprehensive",)
    assert result.copyright == NOTICE
    assert result.credits == ("mhkim@example.co.kr",)
    assert took(result, "Sent 2026-03-03 10:22")
    assert took(result, "2026/03/03 10:22 Sent")
    assert took(result, NOTICE)
    assert_body_stays(result.text)


def test_translated_yonhap_dateline_without_spaces_and_with_a_correspondent() -> None:
    text = _page(TITLE, *port_story("(Washington=Yonhap News Agency) Correspondent Park Jun-ho = "))
    result = checked(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Washington", "Yonhap News Agency")
    assert result.byline == "Park Jun-ho"
    assert result.text.count(PARAGRAPHS[0]) == 1
    assert_body_stays(result.text)


def test_translated_dateline_with_two_reporters_names_both() -> None:
    result = checked(_page(TITLE, *port_story("(Sejong=News1) Reporters Lee Da-eun and Choi Min-seo = ")))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Sejong", "News1")
    assert result.byline == "Lee Da-eun and Choi Min-seo"
    assert_body_stays(result.text)


def test_translated_dateline_with_the_role_alone_names_no_one() -> None:
    result = checked(_page(TITLE, *port_story("(Beijing = Yonhap News) Correspondent = ")))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Beijing", "Yonhap News")
    assert result.byline is None
    assert_body_stays(result.text)


def test_korean_original_dateline_is_still_read() -> None:
    result = checked(
        _page("항만 새 터미널 봄 개장", "(부산=연합뉴스) 김하늘 기자 = 부산항만공사는 3일 새 터미널을 연다고 밝혔다.")
    )
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("부산", "연합뉴스")
    assert result.byline == "김하늘"


# --- Xinhua, translated from Chinese ----------------------------------------------------------------


def test_translated_xinhua_page_under_its_menus_reads_the_dateline_and_the_time_naming_its_source() -> None:
    text = _page(
        CHINESE_BANNER,
        CHINESE_MENU,
        TITLE,
        "2026-03-03 15:15:27 Source: Xinhua.net",
        *port_story("Xinhua News Agency, Tianjin, March 3 (Reporter Gao Minghui) "),
        "Recommended\nFerry fares to rise in April\nCity adds two night bus routes",
    )
    result = checked(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date) == ("Tianjin", "March 3")
    assert result.dateline.agency == "Xinhua News Agency"
    assert result.byline == "Gao Minghui"
    assert result.source == "Xinhua.net"  # the time line naming its source is the more explicit credit
    assert took(result, "2026-03-03 15:15:27 Source: Xinhua.net")
    assert_body_stays(result.text)


def test_translated_xinhua_dateline_without_a_time_line_gives_the_agency_as_the_source() -> None:
    result = checked(_page(TITLE, *port_story("Xinhua News Agency, Tianjin, March 3rd (Reporter Gao Minghui) ")))
    assert result.dateline is not None
    assert result.dateline.date == "March 3rd"
    assert result.source == "Xinhua News Agency"
    assert result.byline == "Gao Minghui"
    assert_body_stays(result.text)


def test_translated_china_news_service_dateline() -> None:
    result = checked(_page(TITLE, *port_story("China News Service, Qingdao, July 9 (Reporters Ma Lin and He Yu) ")))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Qingdao", "China News Service")
    assert result.byline == "Ma Lin and He Yu"
    assert_body_stays(result.text)


# --- Kyodo and Jiji, translated from Japanese -------------------------------------------------------


def test_translated_kyodo_dateline_in_brackets() -> None:
    text = _page(JAPANESE_BANNER, JAPANESE_MENU, TITLE, "2026/03/03 10:22", *port_story("[Nagoya Kyodo] "))
    result = checked(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Nagoya", "Kyodo")
    assert result.source == "Kyodo"
    assert_body_stays(result.text)


def test_translated_jiji_dateline_with_its_equals_sign() -> None:
    result = checked(_page(TITLE, *port_story("【Paris = Jiji Press】 ")))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Paris", "Jiji Press")
    assert_body_stays(result.text)


# --- look-alikes: the story's own lines stay ---------------------------------------------------------


def test_lede_naming_xinhua_in_a_sentence_is_no_dateline() -> None:
    lede = "Xinhua News Agency, the state news service, said on Monday that the terminal would open in May."
    result = checked(_page(TITLE, lede, *PARAGRAPHS))
    assert result.dateline is None
    assert lede in result.text
    assert_body_stays(result.text)


def test_agency_and_date_over_the_year_is_no_dateline() -> None:
    for lede in ("Xinhua, March 3, 2026 was the day the terminal opened.", "Xinhua, March 3 2026 saw rain."):
        result = checked(_page(TITLE, lede, *PARAGRAPHS))
        assert result.dateline is None, lede
        assert lede in result.text


def test_bracketed_place_and_agency_without_a_listed_agency_is_no_dateline() -> None:
    lede = "[Nagoya Harbour] The terminal will open in May, the harbour's managers said on Monday."
    result = checked(_page(TITLE, lede, *PARAGRAPHS))
    assert result.dateline is None
    assert lede in result.text


def test_sentence_saying_sent_is_no_time_line() -> None:
    last = "Sent 2,000 letters by the port in March, residents replied with 700 objections."
    result = checked(_page(TITLE, *port_story("(Busan = Yonhap News) Reporter Kim Ha-neul = "), last))
    assert last in result.text
    assert_body_stays(result.text)


def test_last_paragraph_with_a_hashtag_in_its_sentence_stays_on_a_translated_page() -> None:
    last = "The drive, run under the hashtag #CleanHarbour, drew more than 900 volunteers on Saturday."
    result = checked(_page(BANNER, TITLE, *port_story("(Busan = Yonhap News) Reporter Kim Ha-neul = "), last))
    assert last in result.text
    assert result.credits == ()
    assert_body_stays(result.text)


def test_follow_us_sentence_inside_a_translated_story_stays() -> None:
    inner = "Follow us on Twitter, the harbour master told the crowd, and you will see every ship come in."
    story = port_story("[Nagoya Kyodo] ")
    result = checked(_page(JAPANESE_BANNER, TITLE, story[0], inner, *story[1:]))
    assert inner in result.text
    assert_body_stays(result.text)


def test_fractions_in_a_last_line_stay_on_a_translated_page() -> None:
    for last in ("24/7", "1/2", "Open 24/7 from March, the terminal will employ 1/2 of the old staff."):
        result = checked(
            _page(TITLE, *port_story("Xinhua News Agency, Tianjin, March 3 (Reporter Gao Minghui) "), last)
        )
        assert last in result.text, last
        assert result.credits == ()
