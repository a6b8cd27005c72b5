"""Wire forms of the thirteenth round: the heads and tails of whole news pages, run through every
pass. A head whose labels stand on lines of their own, glued to the headline ("Source: Xinhua" /
"Editor: huaxia" / a time); a "Source:" line under a network's byline and time; an author's card
under the story; a byline and time under a standfirst; publication times in other languages; and
the look-alikes each must leave in the text."""

from __future__ import annotations

import pytest
from wire_articles import BODY, MORE, article, checked

from cleannews import clean
from cleannews.passes.headline import is_headline
from cleannews.wire.byline import parse_byline
from cleannews.wire.rules import wire_rules
from cleannews.wire.timestamp import head_label, is_timestamp
from cleannews.wire.trailer import author_card

RULES = wire_rules()
MENU = "Home\nWorld\nBusiness\nSci-Tech\nSport\nPhotos\nVideo\nSearch\n\n"


def wire_removed(result: object) -> list[str]:
    return [r.text for r in result.removed if r.pass_name == "wire"]  # type: ignore[attr-defined]


class TestXinhuaPageHead:
    PAGE = (
        MENU + "Rice harvest sets a record in the north\n"
        "Source: Xinhua\n"
        "Editor: huaxia\n"
        "2024-11-08 09:41:12\n\n"
        f"HARBIN, Nov. 8 (Xinhua) -- {BODY}\n\n{MORE}\n"
        "Enditem\n"
    )

    def test_whole_page(self) -> None:
        result = checked(self.PAGE)
        assert result.title == "Rice harvest sets a record in the north"
        assert result.dateline is not None
        assert (result.dateline.place, result.dateline.agency) == ("HARBIN", "Xinhua")
        assert result.source == "Xinhua"
        assert {"Source: Xinhua", "Editor: huaxia", "2024-11-08 09:41:12", "Enditem"} <= set(wire_removed(result))
        assert result.text.startswith("Rice harvest sets a record in the north\n\nHARBIN, Nov. 8 (Xinhua) --")

    def test_time_first_and_blank_lines(self) -> None:
        head = "2024-11-08 09:41:12\n\nSource: Xinhua\n\nEditor: Zhao Lin"
        result = checked(article(head=head, lede=f"HARBIN, Nov. 8 (Xinhua) -- {BODY}"))
        assert result.source == "Xinhua"
        assert {"2024-11-08 09:41:12", "Source: Xinhua", "Editor: Zhao Lin"} <= set(wire_removed(result))

    def test_china_daily_byline_with_the_site(self) -> None:
        line = "By Gao Ming | chinadaily.com.cn | Updated: 2024-11-08 09:41"
        assert parse_byline(line, RULES) is not None
        result = checked(article(head=line))
        assert result.byline == "Gao Ming"

    def test_cgtn_date(self) -> None:
        assert is_timestamp("Updated 15:02, 13-Dec-2024", RULES)
        assert not is_timestamp("Updated 15:02, 13-Decimal-2024", RULES)


class TestNetworkHead:
    def test_source_line_under_the_byline_and_time(self) -> None:
        page = (
            MENU + "Ceasefire extended by a day, officials say\n\n"
            "By Nadia Brandt, Owen Pike and Lucía Ferrer, CNN\n"
            "Updated 10:42 PM EST, Thu November 30, 2023\n\n"
            "Source: CNN\n\n"
            f"Doha (CNN) — {BODY}\n\n{MORE}\n"
        )
        result = checked(page)
        assert result.byline == "Nadia Brandt, Owen Pike and Lucía Ferrer"
        assert result.source == "CNN"
        assert "Source: CNN" in wire_removed(result)
        assert result.text.split("\n\n")[1].startswith("Doha (CNN) —")

    def test_source_line_over_the_dateline_alone(self) -> None:
        result = checked(article(head="Source: CNN Business", lede=f"New York (CNN) — {BODY}"))
        assert result.source == "CNN Business"
        assert "Source: CNN Business" in wire_removed(result)

    def test_source_line_of_nobody_stays(self) -> None:
        lede = "Source: a leaked memo seen by reporters says the plan will be dropped."
        result = checked(article(head="By Owen Pike", lede=lede))
        assert lede in result.text
        assert head_label("Source: a leaked memo", RULES) is None

    def test_colleagues_credit_under_the_story(self) -> None:
        result = checked(article(head="By Owen Pike, CNN", tail="CNN’s Nadia Brandt contributed reporting."))
        assert result.credits == ("CNN’s Nadia Brandt contributed reporting.",)


class TestAuthorCard:
    TAIL = (
        "___\n\nAssociated Press writer Sam Ortega in Denver contributed to this report.\n\n"
        "ELENA VOSS\nVoss covers wildfires and climate for The Associated Press."
    )

    def test_ap_tail_with_the_card(self) -> None:
        page = "Wildfire forces thousands to flee\n\n" + f"PHOENIX (AP) — {BODY}\n\n{MORE}\n\n" + self.TAIL + "\n"
        result = checked(page)
        assert result.credits == (
            "Associated Press writer Sam Ortega in Denver contributed to this report.",
            "Voss covers wildfires and climate for The Associated Press.",
        )
        assert {"___", "ELENA VOSS"} <= set(wire_removed(result))
        assert result.text.rstrip().endswith(MORE)
        reasons = {r.text: r.reason for r in result.removed}
        assert reasons["ELENA VOSS"].startswith("author card")

    def test_card_of_the_byline_in_title_case(self) -> None:
        tail = "Elena Voss\nElena Voss is a historian of medieval France."
        result = checked(article(head="By Elena Voss", tail=tail))
        assert result.credits == ("Elena Voss is a historian of medieval France.",)
        assert result.text.rstrip().endswith(MORE)

    @pytest.mark.parametrize(
        ("name", "sentence", "byline"),
        [
            # a profile closing the story: someone the story is about, not its writer
            ("RAY ORTIZ", "Ortiz is a volunteer firefighter who lost his own home in the blaze.", None),
            # what someone said
            ("HELEN MARSH", "Marsh covers the cost of the shelter from her own savings, she said.", None),
            # a heading over the last sentence
            ("WHAT COMES NEXT", "The council will vote on the plan in March.", None),
            # the sentence is about another person than the name line
            ("ELENA VOSS", "Ortega covers courts for The Associated Press.", None),
        ],
    )
    def test_look_alikes_stay(self, name: str, sentence: str, byline: str | None) -> None:
        assert not author_card(name, sentence, byline)
        result = checked(article(head="By Elena Voss", tail=f"{name}\n{sentence}"))
        assert sentence in result.text
        assert name in result.text

    def test_byline_surname_in_a_last_sentence_stays(self) -> None:
        last = "Voss is a former firefighter who now trains volunteers, the department said."
        result = checked(article(head="By Elena Voss", tail=last))
        assert last in result.text


class TestStandfirstHead:
    DEK = "Rescue teams race to reach villages cut off by landslides after the quake"

    @pytest.mark.parametrize(
        ("head", "byline"),
        [
            ("Tom Walker in Rome\n\nTue 3 Dec 2024 14.05 GMT", "Tom Walker"),
            ("Tom Walker in Rome\nTue 3 Dec 2024 14.05 GMT", "Tom Walker"),
            ("By Tom Walker\n\nTuesday 03 December 2024 14:05 GMT", "Tom Walker"),
            ("Tom Walker Rome correspondent\n\nThu 5 Dec 2024 18.45 GMT", "Tom Walker"),
        ],
    )
    def test_byline_and_time_under_a_standfirst(self, head: str, byline: str) -> None:
        page = f"Dozens dead as earthquake strikes mountain region\n\n{self.DEK}\n\n{head}\n\n{BODY}\n\n{MORE}\n"
        result = checked(page)
        assert result.title == "Dozens dead as earthquake strikes mountain region"
        assert result.byline == byline
        assert self.DEK in result.text  # the standfirst is part of the article
        assert result.text.strip().split("\n\n")[1:4] == [self.DEK, BODY, MORE]

    def test_time_alone_under_a_short_introduction_stays(self) -> None:
        # A timeline: its first date heading is no head line
        page = f"Crisis talks collapse\n\nHow the crisis unfolded\n\n3 March 2024\n\n{BODY}\n\n{MORE}\n"
        result = checked(page)
        assert "3 March 2024" in result.text
        assert result.byline is None

    def test_byline_line_that_lost_its_headline_is_no_headline(self) -> None:
        assert is_headline("Tom Walker Rome correspondent")
        result = checked(f"Tom Walker Rome correspondent\nThu 5 Dec 2024 18.45 GMT\n\n{BODY}\n\n{MORE}\n")
        assert result.title is None


class TestTimesElsewhere:
    @pytest.mark.parametrize(
        "line",
        [
            "Publié le 3 décembre 2024 à 14h05",
            "Publié le 03/12/2024 à 14h05",
            "Publié le 03 décembre 2024 à 14h05, modifié le 03 décembre 2024 à 16h20",
            "Publié le : 03/12/2024 - 14:05Modifié le : 03/12/2024 - 16:20",
            "Publié aujourd'hui à 14h05",
            "Pubblicato il 3 dicembre 2024 alle 14:05",
            "Aggiornato il 03/12/2024 alle 16:20",
            "martedì 3 dicembre 2024",
            "Publicado el 3 de diciembre de 2024 a las 14:05",
            "Actualizado a las 16:20 h",
            "Publicado em 3 de dezembro de 2024 às 14h05",
            "03/12/2024 14h05 Atualizado há 2 horas",
            "terça-feira, 3 de dezembro de 2024",
            "Aktualisiert am 3. Dezember 2024, 14:05 Uhr",
            "Veröffentlicht am 03.12.2024 um 14:05 Uhr",
            "vor 2 Stunden",
            "Gepubliceerd op 3 december 2024 om 14:05",
            "Bijgewerkt: 3 december 2024, 16:20",
            "dinsdag 3 december 2024, 14:05",
        ],
    )
    def test_read_as_times(self, line: str) -> None:
        assert is_timestamp(line, RULES)

    @pytest.mark.parametrize(
        "line",
        [
            "Le 3 décembre 2024, la terre a tremblé à Rome.",
            "Publié le rapport, le ministre a démissionné.",
            "Rendez-vous le 3 décembre à Rome",
            "Pubblicato il libro di memorie",
            "vor dem Rathaus",
            "3 rd",
        ],
    )
    def test_sentences_are_no_times(self, line: str) -> None:
        assert not is_timestamp(line, RULES)

    def test_french_page(self) -> None:
        page = (
            "Accueil\nActualités\nInternational\nSe connecter\nS'abonner\n\n"
            "Séisme : des dizaines de morts dans une région montagneuse\n\n"
            "Par Claire Fontaine\nPublié le 3 décembre 2024 à 14h05\n\nPartager\n\n"
            "Rome (AFP) - Au moins 42 personnes ont été tuées mardi dans un séisme, ont annoncé les autorités.\n\n"
            "Les secouristes tentaient d'atteindre des villages coupés du monde, selon la protection civile.\n"
        )
        result = checked(page)
        assert result.title == "Séisme : des dizaines de morts dans une région montagneuse"
        assert result.byline == "Claire Fontaine"
        assert result.source == "AFP"
        assert "Publié le 3 décembre 2024 à 14h05" in wire_removed(result)

    @pytest.mark.parametrize(
        ("byline", "stamp"),
        [
            ("Di Lena Marchetti", "Pubblicato il 3 dicembre 2024 alle 14:05"),
            ("Por Joaquín Salas", "Publicado el 3 de diciembre de 2024 a las 14:05"),
            ("Por Inês Carvalho", "Publicado em 3 de dezembro de 2024 às 14h05"),
            ("Von Matthias Keller", "Aktualisiert am 3. Dezember 2024, 14:05 Uhr"),
            ("Door Pieter van Dam", "Gepubliceerd op 3 december 2024 om 14:05"),
        ],
    )
    def test_byline_and_time_glued_to_the_headline(self, byline: str, stamp: str) -> None:
        result = checked(f"Council passes budget\n{byline}\n{stamp}\n\n{BODY}\n\n{MORE}\n")
        assert result.title == "Council passes budget"
        assert result.byline == byline.split(None, 1)[1]
        assert {byline, stamp} <= set(wire_removed(result))


def test_the_agencys_name_alone_among_the_head_lines_is_the_source() -> None:
    text = (
        "日銀、追加利上げを決定 物価上昇続く\n\n2024年12月19日 15時30分\n\n共同通信\n\n"
        "【東京共同】日本銀行は19日の金融政策決定会合で、政策金利を引き上げることを決めた。\n\n"
        "植田和男総裁は記者会見で、引き続き金利を引き上げていくと述べた。\n"
    )
    result = clean(text)
    assert result.title == "日銀、追加利上げを決定 物価上昇続く" and result.source == "共同通信"
    assert result.paragraphs[0].startswith("【東京共同】")


def test_an_agency_named_in_a_sentence_opening_the_body_is_no_head_line() -> None:
    text = "Storm hits coast\n\nReuters reported that the storm hit the coast on Monday, forcing thousands to flee.\n"
    assert clean(text).paragraphs[0].startswith("Reuters reported")


@pytest.mark.parametrize(
    "note",
    ["(ATTN: UPDATES with details in paras 3-5; ADDS photo)", "(Adds analyst comment in paragraph 4, updates prices)"],
)
def test_an_editors_note_under_the_headline_leaves_the_text(note: str) -> None:
    text = (
        f"(LEAD) Oil prices climb as supply worries deepen\n\n{note}\n\n"
        "SEOUL, Jan. 5 (Yonhap) -- Oil prices rose on Friday, heading for a weekly gain, traders said.\n\n"
        "Brent crude futures were up 96 cents.\n"
    )
    result = clean(text)
    assert note not in result.text and result.dateline is not None
    assert any(r.reason == "head line (an editors' note to subscribers) removed" for r in result.removed)


def test_a_sentence_in_parentheses_under_the_headline_stays() -> None:
    text = (
        "Minister speaks\n\n(Updates are expected later today, the ministry said.)\n\n"
        "The minister spoke on Monday about the plan for schools.\n"
    )
    assert "(Updates are expected later today" in clean(text).text


def test_a_french_credit_without_a_connector_after_reportage_is_a_credit() -> None:
    text = (
        "Un séisme frappe la région\n\n"
        "Rome (AFP) - Au moins 42 personnes ont été tuées mardi dans un séisme, selon les autorités.\n\n"
        "Les secours tentaient d'atteindre les villages.\n\n(Reportage Marie Dupont, édité par Paul Martin)\n"
    )
    result = clean(text)
    assert result.credits == ("Reportage Marie Dupont, édité par Paul Martin",)
