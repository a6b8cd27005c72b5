"""Wire forms of the sixteenth round: agencies in non-Latin scripts (Chinese, Japanese, Russian,
Ukrainian, Greek, Vietnamese, Arabic, Hindi) and the archival wire copy research corpora hold (AP's
slug and transmission lines, the papers' news services, AFP's and Xinhua's old sign-offs), and the
look-alikes that must stay in the text."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, article, checked

from cleannews.passes.unicode import fix_line
from cleannews.wire.dateline import find_dateline
from cleannews.wire.rules import wire_rules
from cleannews.wire.trailer import classify_trailer, ends_sentence

RULES = wire_rules()

ZH_1 = "海关总署7日公布，前10个月进出口总值同比增长3.4%，其中出口增长6.2%。"
ZH_2 = "业内人士指出，外贸企业订单总体稳定，但部分行业仍面临压力。"
JA_1 = "気象庁は7日、今冬は平年より寒くなるとの見通しを発表した。"
JA_2 = "日本海側では大雪への警戒が必要だという。"
RU_1 = "Городские власти объявили о запуске трёх новых линий электричек с января."
RU_2 = "Стоимость проезда на новых маршрутах останется прежней, уточнили в мэрии."
AR_1 = "أعلنت الحكومة عن خطة لتوسيع شبكة القطارات في العاصمة خلال العام المقبل."
AR_2 = "وقال وزير النقل إن المرحلة الأولى ستكتمل قبل نهاية الصيف."
HI_1 = "राज्य सरकार ने शहर में तीन नए अस्पताल खोलने की घोषणा की है।"
HI_2 = "स्वास्थ्य मंत्री ने कहा कि काम अगले साल शुरू होगा।"


def wire_removed(result: object) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == "wire"]  # type: ignore[attr-defined]


class TestChinese:
    def test_xinhua_dateline_glued_to_the_lede_and_the_editors_line(self) -> None:
        text = f"外贸稳中有进\n\n新华社广州12月7日电（记者王海、刘畅）{ZH_1}\n\n{ZH_2}\n\n（完）\n【责任编辑：陈静】\n"
        result = checked(text)
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("广州", "12月7日", "新华社")
        assert (result.byline, result.source, result.credits) == ("王海、刘畅", "新华社", ("责任编辑：陈静",))
        # the full-width punctuation of the text is kept, and the dateline stays in the lede
        assert f"新华社广州12月7日电（记者王海、刘畅）{ZH_1}" in result.text
        assert "（完）" not in result.text and "陈静" not in result.text

    def test_china_news_service_web_desk_without_a_place(self) -> None:
        result = checked(f"外贸稳中有进\n\n中新网12月7日电　{ZH_1}\n\n{ZH_2}\n\n（编辑：陈静）\n")
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.date, result.dateline.agency) == (None, "12月7日", "中新网")
        assert result.credits == ("编辑：陈静",)

    def test_source_line_in_the_head_names_the_source(self) -> None:
        text = f"外贸稳中有进\n来源：人民网\n2026-12-07 10:12:45\n\n新华社北京12月7日电 {ZH_1}\n\n{ZH_2}\n"
        result = checked(text)
        assert result.source == "人民网"
        assert {"来源：人民网", "2026-12-07 10:12:45"} <= set(wire_removed(result))

    @pytest.mark.parametrize(
        ("dateline", "agency", "place"),
        [("新华网北京12月7日电　", "新华网", "北京"), ("央视网12月7日电 ", "央视网", None)],
    )
    def test_web_desks(self, dateline: str, agency: str, place: str | None) -> None:
        found = find_dateline(dateline + ZH_1, RULES)
        assert found is not None and (found.agency, found.place, found.date) == (agency, place, "12月7日")

    def test_a_papers_own_dateline_and_the_end_mark_glued_to_the_last_paragraph(self) -> None:
        result = checked(f"外贸稳中有进\n\n本报上海12月7日电（记者王海）{ZH_1}\n\n{ZH_2}（完）\n")
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.agency, result.byline) == ("上海", None, "王海")
        assert result.text.rstrip().endswith(ZH_2)

    def test_look_alikes_stay(self) -> None:
        lede = "12月7日，上海市政府宣布将新建五座公园。"
        closing = "这些数据来源于海关总署的月度统计。"
        result = checked(f"城市绿地扩容\n\n{lede}\n\n{ZH_2}\n\n{closing}\n")
        assert result.dateline is None and result.source is None
        assert lede in result.text and closing in result.text


class TestJapanese:
    def test_jiji_signoff_and_time_line(self) -> None:
        result = checked(f"寒い冬の見通し\n\n【ソウル時事】{JA_1}\n\n{JA_2}\n\n（時事通信）\n（2026/12/07-09:41）\n")
        assert result.dateline is not None and (result.dateline.place, result.dateline.agency) == ("ソウル", "時事")
        assert result.source == "時事通信"
        assert "（時事通信）" not in result.text and "2026/12/07" not in result.text

    def test_a_papers_correspondent_in_the_brackets(self) -> None:
        found = find_dateline(f"【ニューヨーク＝佐藤花子】{JA_1}", RULES)
        assert found is not None and (found.place, found.agency, found.byline) == ("ニューヨーク", None, "佐藤花子")
        korean = find_dateline("【서울=연합뉴스】 김수연 기자 = 정부는 7일 발표했다.", RULES)
        assert korean is not None and (korean.agency, korean.byline) == ("연합뉴스", "김수연")

    def test_kyodo_signoff_glued_to_the_last_paragraph(self) -> None:
        result = checked(f"寒い冬の見通し\n\n【札幌共同】{JA_1}\n\n{JA_2}（共同）\n")
        assert result.source == "共同" and result.text.rstrip().endswith(JA_2)

    def test_a_sentence_naming_kyodo_stays(self) -> None:
        closing = "共同通信社の調査によると、回答者の6割が賛成した。"
        result = checked(f"寒い冬の見通し\n\n{JA_1}\n\n{closing}\n")
        assert closing in result.text and result.source is None

    def test_ideographic_full_stop_ends_a_sentence(self) -> None:
        assert ends_sentence(JA_2) and ends_sentence(HI_2) and not ends_sentence("気象庁は7日")


class TestRussianAndUkrainian:
    @pytest.mark.parametrize(
        ("dateline", "place", "date", "agency", "byline"),
        [
            ("ЕКАТЕРИНБУРГ, 7 декабря. /ТАСС/.", "ЕКАТЕРИНБУРГ", "7 декабря", "ТАСС", None),
            ("ОМСК, 7 декабря /ТАСС/.", "ОМСК", "7 декабря", "ТАСС", None),
            ("НОВОСИБИРСК, 7 декабря. /Корр. ТАСС Пётр Орлов/.", "НОВОСИБИРСК", "7 декабря", "ТАСС", "Пётр Орлов"),
            ("СОЧИ, 7 дек — РИА Новости.", "СОЧИ", "7 дек", "РИА Новости", None),
            ("СОЧИ, 7 дек — РИА Новости, Анна Лебедева.", "СОЧИ", "7 дек", "РИА Новости", "Анна Лебедева"),
            ("Самара. 7 декабря. INTERFAX.RU -", "Самара", "7 декабря", "INTERFAX.RU", None),
            ("ХАРКІВ. 7 грудня. ІНТЕРФАКС-УКРАЇНА -", "ХАРКІВ", "7 грудня", "ІНТЕРФАКС-УКРАЇНА", None),
        ],
    )
    def test_datelines(self, dateline: str, place: str, date: str, agency: str, byline: str | None) -> None:
        result = checked(article(lede=f"{dateline} {RU_1}", title="Новые линии электричек"))
        assert result.dateline is not None
        found = result.dateline
        assert (found.text, found.place, found.date, found.agency) == (dateline, place, date, agency)
        assert (result.byline, result.source) == (byline, agency)
        assert f"{dateline} {RU_1}" in result.text

    def test_author_line_and_source_line(self) -> None:
        text = f"Новые линии электричек\n\nАвтор: Анна Лебедева\n\n{RU_1}\n\n{RU_2}\n\nИсточник: РИА Новости\n"
        result = checked(text)
        assert (result.byline, result.source) == ("Анна Лебедева", "РИА Новости")
        assert result.text.strip() == f"Новые линии электричек\n\n{RU_1}\n\n{RU_2}"

    def test_look_alikes_stay(self) -> None:
        lede = "7 декабря в Самаре открылся новый вокзал."
        closing = "Об этом ТАСС сообщил представитель мэрии, пожелавший остаться неназванным."
        result = checked(f"Новый вокзал\n\n{lede}\n\n{RU_2}\n\n{closing}\n")
        assert result.dateline is None and result.source is None
        assert lede in result.text and closing in result.text


class TestArabic:
    @pytest.mark.parametrize(
        ("dateline", "place", "date", "agency"),
        [
            ("دمشق - (أ ف ب) -", "دمشق", None, "أ ف ب"),
            ("عمان (د ب أ) -", "عمان", None, "د ب أ"),
            ("بيروت (رويترز) -", "بيروت", None, "رويترز"),
            ("الدوحة في 7 ديسمبر /قنا/", "الدوحة", "7 ديسمبر", "قنا"),
            ("دبي في 7 ديسمبر / وام /", "دبي", "7 ديسمبر", "وام"),
        ],
    )
    def test_datelines(self, dateline: str, place: str, date: str | None, agency: str) -> None:
        result = checked(article(lede=f"{dateline} {AR_1}", title="خطة لتوسيع شبكة القطارات"))
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.date, result.dateline.agency) == (place, date, agency)
        assert result.source == agency

    def test_source_line_closing_the_story(self) -> None:
        result = checked(f"خطة القطارات\n\n{AR_1}\n\n{AR_2}\n\nالمصدر: وكالات\n")
        assert result.source == "وكالات" and "المصدر" not in result.text

    def test_quoted_agency_inside_a_sentence_stays(self) -> None:
        closing = "ونقلت وكالة الأنباء الألمانية (د ب أ) عن مسؤول قوله إن العمل سيبدأ قريبا."
        result = checked(f"خطة القطارات\n\n{AR_1}\n\n{closing}\n")
        assert closing in result.text and result.source is None and result.dateline is None


class TestHindi:
    def test_bhasha_dateline_and_slug(self) -> None:
        result = checked(f"तीन नए अस्पताल\n\nपटना, 7 दिसंबर (भाषा) {HI_1}\n\n{HI_2}\n\nभाषा अमित राजेश\n")
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("पटना", "7 दिसंबर", "भाषा")
        assert result.credits == ("भाषा अमित राजेश",) and "अमित" not in result.text

    def test_ians_signoff_and_desk_initials(self) -> None:
        result = checked(f"तीन नए अस्पताल\n\nभोपाल, 7 दिसंबर (आईएएनएस) {HI_1}\n\n{HI_2}\n\n--आईएएनएस\n\nएमकेएस/आरटी\n")
        assert result.dateline is not None and result.dateline.agency == "आईएएनएस"
        assert result.credits == ("एमकेएस/आरटी",)
        assert result.text.rstrip().endswith(HI_2)

    def test_sentence_opening_with_the_word_bhasha_stays(self) -> None:
        closing = "भाषा के मुद्दे पर सभी दलों की बैठक बुलाई गई है।"
        result = checked(f"तीन नए अस्पताल\n\n{HI_1}\n\n{closing}\n")
        assert closing in result.text and not result.credits


class TestOtherScripts:
    def test_greek_source_line(self) -> None:
        body = "Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα για τις μεταφορές."
        result = checked(f"Νέο πρόγραμμα\n\n{body}\n\nΟι εργασίες ξεκινούν τον Μάρτιο.\n\nΠηγή: ΑΠΕ-ΜΠΕ\n")
        assert result.source == "ΑΠΕ-ΜΠΕ" and "Πηγή" not in result.text

    def test_vietnamese_vna_dateline(self) -> None:
        lede = "Hải Phòng, 7/12 (TTXVN) - Thành phố khởi công tuyến đường sắt đô thị đầu tiên."
        result = checked(article(lede=lede, title="Khởi công đường sắt"))
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("Hải Phòng", "7/12", "TTXVN")

    def test_ukrinform_provider_line_over_its_time(self) -> None:
        text = article(head="Укрінформ\n07.12.2026 09:15", lede="Уряд ухвалив нову програму підтримки громад.")
        result = checked(text)
        assert result.source == "Укрінформ" and "Укрінформ" not in result.text


class TestArchives:
    def test_ap_slug_byline_marks_and_transmission_line(self) -> None:
        head = (
            "PM-Bridge-Collapse, 2nd Ld-Writethru,0714\nEds: ADDS quotes from mayor.\n"
            "By TERESA OAKS=\nAssociated Press Writer="
        )
        text = article(head=head, lede=f"PITTSBURGH (AP) _ {BODY}", tail="AP-NY-12-07-06 1802EST")
        result = checked(text)
        assert result.tags == ("2nd Ld-Writethru",)
        assert (result.byline, result.source) == ("TERESA OAKS", "Associated Press")
        assert result.dateline is not None and result.dateline.place == "PITTSBURGH"
        assert result.text.strip() == f"Council passes budget\n\nPITTSBURGH (AP) _ {BODY}\n\n{MORE}"

    def test_news_service_copyright_under_the_byline(self) -> None:
        text = article(head="By Teresa Oaks\nc.2006 New York Times News Service", lede=f"CHICAGO _ {BODY}")
        result = checked(text + "\nNYT-12-07-06 2215EST\n")
        assert (result.byline, result.source) == ("Teresa Oaks", "New York Times News Service")
        assert result.copyright == "c.2006 New York Times News Service"
        assert "NYT-12-07-06" not in result.text and "c.2006" not in result.text

    def test_afp_transmission_line_and_slug(self) -> None:
        text = article(lede=f"ROME, Dec 7 (AFP) - {BODY}", tail="ljm/pt\n\nAFP 071530 GMT DEC 06")
        result = checked(text)
        assert result.credits == ("ljm/pt",) and "AFP 071530" not in result.text

    def test_xinhua_enditem_glued_to_the_last_paragraph(self) -> None:
        text = article(lede=f"SHANGHAI, Dec. 7 (Xinhua) -- {BODY}") + f"\n{MORE} Enditem\n"
        result = checked(text)
        assert result.text.rstrip().endswith(MORE) and "Enditem" not in result.text

    @pytest.mark.parametrize(
        "sentence",
        [
            "The Associated Press Writer of the Year award went to a reporter from Denver.",
            "Cox News Service closed its Washington bureau in 2009, a former editor said.",
            "Story can end here, the director said, if the studio refuses to pay for reshoots.",
        ],
    )
    def test_look_alikes_stay(self, sentence: str) -> None:
        result = checked(article(tail=sentence))
        assert sentence in result.text and not result.credits and result.source is None

    def test_an_equals_sign_in_a_sentence_is_no_mark(self) -> None:
        assert find_dateline("WASHINGTON _ the town in Georgia voted on Monday.", RULES) is None
        assert classify_trailer("The formula E= mc2 was on the board.", RULES) is None


def test_cjk_text_keeps_its_full_width_punctuation() -> None:
    assert fix_line(ZH_2)[0] == ZH_2
    assert fix_line("（完）")[0] == "（完）"
