"""Round twenty-eight: Japanese, Chinese and Russian wire pages (synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import checked
from wire_articles import page as _page

from cleannews import clean
from cleannews.wire.byline import plausible_bare_names
from cleannews.wire.rules import wire_rules

ZHT_PARAGRAPHS = (
    "市府今天宣布，捷運新路線將提前半年通車，沿線居民可望縮短通勤時間。",
    "交通局長指出，試營運期間票價打八折，並增開尖峰時段班次。",
)


def test_short_traditional_chinese_page_keeps_every_paragraph() -> None:
    text = _page(
        "東方晨報\n即時\n港聞\n兩岸\n國際\n體育\n登入",
        "捷運新路線提前通車",
        "09:15 3/4/2026",
        "新華社台北3月4日電 " + ZHT_PARAGRAPHS[0],
        ZHT_PARAGRAPHS[1],
        "分享：",
        "熱門新聞\n港股收市微升\n天文台發出強烈季候風信號\n本港新增兩宗個案",
        "私隱政策\n© 2026 東方晨報 版權所有",
    )
    result = clean(text)
    out = " ".join(result.text.split())
    for paragraph in ZHT_PARAGRAPHS:
        assert paragraph in out
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("台北", "3月4日", "新華社")


def test_cna_page_dateline_buttons_and_editor_line() -> None:
    text = _page(
        "中央社 CNA\n即時\n政治\n國際\n兩岸\n產經\n科技\n搜尋",
        "捷運新路線提前通車",
        "字級\n分享\n列印",
        "2026/3/4 09:15（3/4 11:20 更新）",
        "（中央社記者陳美玲高雄4日電）" + ZHT_PARAGRAPHS[0],
        ZHT_PARAGRAPHS[1],
        "（編輯：吳建國）1150304",
        "相關新聞\n港股收市微升\n天文台發出強烈季候風信號",
        "© 2026 中央通訊社 版權所有",
    )
    result = clean(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("高雄", "4日", "中央社")
    assert result.byline == "陳美玲"
    assert result.source == "中央社"
    assert [c.replace("：", ":") for c in result.credits] == ["編輯:吳建國"]
    assert "字級" not in result.text and "更新" not in result.text
    assert ZHT_PARAGRAPHS[1] in result.text


def test_cna_masthead_is_no_byline() -> None:
    text = _page(
        "中央社 CNA\n即時\n政治\n國際\n兩岸\n產經\n科技\n搜尋",
        "捷運新路線提前通車",
        "2026/3/4 09:15",
        "（中央社台北4日電）" + ZHT_PARAGRAPHS[0],
        ZHT_PARAGRAPHS[1],
        "相關新聞\n港股收市微升\n天文台發出強烈季候風信號",
        "© 2026 中央通訊社 版權所有",
    )
    result = clean(text)
    assert result.byline is None
    assert result.source == "中央社"


def test_cna_dateline_with_an_unlisted_place_gives_no_place_or_byline() -> None:
    result = clean(_page("新路線通車", "（中央社記者陳美玲蘇澳4日電）" + ZHT_PARAGRAPHS[0], ZHT_PARAGRAPHS[1]))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == (None, "4日", "中央社")
    assert result.byline is None


JA_PARAGRAPHS = (
    "財務省は4日、為替市場の動向を注視する考えを改めて示した。",
    "市場関係者によると、当面は金利差を意識した取引が続く見通しだという。",
)


def test_nikkei_agency_mark_and_footer_notice() -> None:
    text = _page(
        "日本経済新聞\nメニュー\n検索\nログイン\nトップ\n速報\n国際\n政治",
        "為替市場の動向を注視　財務省",
        "2026年3月4日 9:15",
        "【ロンドン=共同】" + JA_PARAGRAPHS[0],
        JA_PARAGRAPHS[1],
        "保存\n共有\n印刷",
        "関連ニュース\n日銀、金融政策を維持\n株価、反落",
        "Nikkei Inc. No reproduction without permission.",
    )
    result = clean(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("ロンドン", "共同")
    assert result.copyright == "Nikkei Inc. No reproduction without permission."


def test_yahoo_japan_provider_line_and_distribution_time() -> None:
    text = _page(
        "Yahoo!ニュース\nログイン\n主要\n国内\n国際\n経済\nスポーツ",
        "為替市場の動向を注視　財務省",
        "時事通信\n3/4(水) 9:15配信",
        "【ロンドン時事】" + JA_PARAGRAPHS[0],
        JA_PARAGRAPHS[1],
        "最終更新:3/4(水) 11:20",
        "アクセスランキング\n1 日銀、金融政策を維持\n2 株価、反落",
        "© LY Corporation",
    )
    result = clean(text)
    assert result.source == "時事通信"
    assert "配信" not in result.text and "最終更新" not in result.text
    assert JA_PARAGRAPHS[1] in result.text


RU_PARAGRAPHS = (
    "Эксперты ожидают, что новые правила вступят в силу уже в следующем квартале.",
    "В министерстве пообещали подготовить разъяснения для участников рынка до конца месяца.",
)


def test_ria_page_dateline_photo_credit_and_footer() -> None:
    text = _page(
        "РИА Новости\nПолитика\nВ мире\nЭкономика\nОбщество\nНаука",
        "Правительство изменило правила для участников рынка",
        "Здание министерства. Архивное фото\n© РИА Новости / Петр Сидоров\nПерейти в медиабанк",
        "10:15 04.03.2026 (обновлено: 12:20 04.03.2026)",
        "КАЗАНЬ, 4 мар — РИА Новости. " + RU_PARAGRAPHS[0],
        RU_PARAGRAPHS[1],
        "Россия\nКазань\nЭкономика",
        "Подписывайтесь на РИА Новости в Telegram",
        "Лента новостей\n10:15 В регионе открылся новый мост",
        "© 2026 МИА «Россия сегодня»",
    )
    result = clean(text)
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("КАЗАНЬ", "4 мар", "РИА Новости")
    assert result.copyright == "© 2026 МИА «Россия сегодня»"
    assert "обновлено" not in result.text
    assert RU_PARAGRAPHS[1] in result.text


def test_tass_second_time_line_leaves_the_head() -> None:
    text = _page(
        "Правительство изменило правила для участников рынка",
        "4 марта 2026, 10:15\nОбновлено 4 марта 2026, 12:20",
        "КАЗАНЬ, 4 марта. /ТАСС/. " + RU_PARAGRAPHS[0],
        RU_PARAGRAPHS[1],
    )
    result = clean(text)
    assert "Обновлено" not in result.text
    assert result.dateline is not None and result.dateline.agency == "ТАСС"


ZH_PARAGRAPHS = (
    "有关部门表示，将进一步优化审批流程，提高企业办事效率。",
    "据介绍，新措施将于下月起在全省推开，惠及数万家中小企业。",
)


def test_xinhua_closing_lines_and_sina_glued_outlet() -> None:
    xinhua = _page(
        "新华网\n首页\n时政\n国际\n财经\n体育\n搜索",
        "多地优化审批流程",
        "字体：小 中 大\n分享到：",
        "2026-03-04 09:15:20\n来源：新华网",
        "新华社南京3月4日电（记者赵敏）" + ZH_PARAGRAPHS[0],
        ZH_PARAGRAPHS[1],
        "【纠错】\n【责任编辑:钱伟】",
        "相关新闻\n春耕生产有序推进\n多地发布天气预警",
        "Copyright © 2000-2026 XINHUANET.com All rights reserved.",
    )
    result = clean(xinhua)
    assert [c.replace("：", ":") for c in result.credits] == ["责任编辑:钱伟"]
    assert "纠错" not in result.text
    sina = _page(
        "多地优化审批流程",
        "2026年03月04日 09:15 新华网",
        "新华社南京3月4日电 " + ZH_PARAGRAPHS[0],
        ZH_PARAGRAPHS[1],
        "责任编辑：钱伟",
    )
    result = clean(sina)
    assert result.source == "新华网"
    assert result.dateline is not None and result.dateline.agency == "新华社"


def test_netease_source_and_editor_line_and_portal_disclaimer() -> None:
    text = _page(
        "搜狐\n首页\n新闻\n体育\n汽车\n登录",
        "多地优化审批流程",
        "2026-03-04 09:15 来源: 新华社",
        "新华社南京3月4日电 " + ZH_PARAGRAPHS[0],
        ZH_PARAGRAPHS[1],
        "本文来源：新华社 责任编辑：钱伟_NBJ12345",
        "返回搜狐，查看更多",
        "平台声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。",
        "Copyright © 2026 Sohu.com Inc. All Rights Reserved.",
    )
    result = clean(text)
    assert [c.replace("：", ":") for c in result.credits] == ["责任编辑:钱伟_NBJ12345"]
    assert "平台声明" not in result.text


def test_peoples_daily_time_line_with_a_bar_before_the_source() -> None:
    text = _page(
        "多地优化审批流程",
        "2026年03月04日09:15 | 来源：人民网－人民日报",
        "本报南京3月4日电  （记者赵敏）" + ZH_PARAGRAPHS[0],
        ZH_PARAGRAPHS[1],
    )
    result = clean(text)
    assert result.source == "人民网－人民日报"
    assert "来源" not in result.text


def test_agency_named_in_sentences_stays_text() -> None:
    chinese = _page("多地优化审批流程", "据新华社报道，" + ZH_PARAGRAPHS[0], ZH_PARAGRAPHS[1])
    result = clean(chinese)
    assert result.dateline is None and result.source is None
    assert "据新华社报道" in result.text
    russian = _page("Правила изменились", "Как сообщает ТАСС, " + RU_PARAGRAPHS[0][0].lower() + RU_PARAGRAPHS[0][1:])
    result = clean(russian)
    assert result.dateline is None and result.source is None
    assert "Как сообщает ТАСС" in result.text


def test_list_headline_over_a_time_is_no_byline() -> None:
    text = _page(
        "南方晨報\n首頁\n政治\n社會\n生活",
        "即時新聞\n08:30 （中央社記者吳建國台北4日電）港股收市微升"
        "\n07:10 （中央社記者陳美玲台北4日電）天文台發出強烈季候風信號",
        "颱風外圍環流影響　北部山區防大雨",
        "2026/03/04 09:15",
        ZHT_PARAGRAPHS[0],
        ZHT_PARAGRAPHS[1],
        "分享",
        "熱門新聞\n港股收市微升\n本港新增兩宗個案",
        "© 2026 南方晨報 版權所有",
    )
    assert clean(text).byline is None
    # (a run of ideographs longer than a name is no name, whatever stands below it)
    assert not plausible_bare_names("颱風外圍環流影響　北部山區防大雨", wire_rules())
    assert plausible_bare_names("王希 申铖", wire_rules())


RU_PARAGRAPHS = (
    "Правительство утвердило план развития северных территорий до 2035 года, сообщили в кабинете министров.",
    "Документ предусматривает строительство новых дорог и модернизацию аэропортов в регионах.",
)


def test_writers_name_signing_a_russian_page_is_its_byline() -> None:
    # Kommersant signs its stories with the writer's name alone under the last paragraph.
    text = _page(
        "Вестник\nПолитика\nЭкономика\nБизнес\nМир\nВойти",
        "Правительство утвердило план развития севера",
        "20.06.2026, 08:54",
        *RU_PARAGRAPHS,
        "Елена Волкова",
        "Подписывайтесь на «Ъ» в Telegram",
        "Еще по теме\nВ Госдуме предложили продлить программу льготной ипотеки\n"
        "Синоптики пообещали аномальное тепло на следующей неделе",
        "© АО «Вестник». Все права защищены.",
    )
    result = checked(text)
    assert result.byline == "Елена Волкова"
    assert {r.text: r.pass_name for r in result.removed}["Елена Волкова"] == "wire"
    for paragraph in RU_PARAGRAPHS:
        assert paragraph in result.text


def test_teaser_cards_writer_and_testimonials_names_are_no_byline() -> None:
    prose = "The speed at which the city's transport is changing is nothing short of a revolution, planners said."
    card = _page(
        "Council passes budget",
        "The council passed the budget on Monday after a long debate, the mayor said in a statement.",
        "Machine learning in banking: use cases",
        prose,
        "Sudeep Rao\n26 Sep 2024",
        "SUBSCRIBE TO OUR NEWSLETTER\nSubscribe",
    )
    assert checked(card).byline is None
    testimonials = _page(
        "Council passes budget",
        "The council passed the budget on Monday after a long debate, the mayor said in a statement.",
        "The whole team is a pleasure to work with and they will not disappoint you at any point.",
        "Pope Henry",
        "Mila Willow",
        "Ella Alice",
        "498 Brush St Detroit, MI 48226, USA",
    )
    assert checked(testimonials).byline is None
