# ruff: noqa: E501  (the page dumps hold long paragraphs, as real ones do)
"""The chrome pass on synthetic page dumps: menus twice, share buttons, cookie notices, related
lists, comments and footers, in several languages; the article itself must come through whole."""

from __future__ import annotations

import pytest

from cleannews import clean
from cleannews.config import Config
from cleannews.document import Document
from cleannews.lexicon import Lexicon, normalise_label, section_lexicon, stopwords, ui_lexicon
from cleannews.passes.chrome import densest_run, describe, guess_script_language, remove_chrome, repeated_blocks

CFG = Config()

ENGLISH_PAGE = """\
Council approves city budget after long debate - The Gazette

Skip to content
Home
World
Business
Sport
Search
Sign in

We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.
Accept all

Council approves city budget after long debate

By Jane Miller
March 3, 2024

Share
Facebook
Twitter

The city council approved the 2024 budget on Tuesday evening after a debate that lasted more than six hours, the mayor's office said.

Advertisement

The plan raises spending on schools and public transport by four percent, while property taxes stay at the level of last year.

Opposition members said the budget relied on optimistic forecasts of tax revenue and would leave the city exposed if the economy slowed.

"We have made choices that protect the services people use every day," the mayor told reporters after the vote.

Sign up for our newsletter

Related articles
Mayor outlines transport plan
School board names new head
Bridge repairs to start in May

Comments
Anna K.
2 hours ago
This is a sensible budget and I hope they stick to it this time around, to be honest with you all.
Reply

Home
World
Business
Sport
Privacy Policy
Terms of Use
© 2024 Gazette Media. All rights reserved.
"""

ARTICLE = [
    "Council approves city budget after long debate",
    "The city council approved the 2024 budget on Tuesday evening",
    "The plan raises spending on schools and public transport",
    "Opposition members said the budget relied on optimistic forecasts",
    '"We have made choices that protect the services people use every day,"',
]


def cleaned(text: str, cfg: Config = CFG) -> Document:
    return remove_chrome(Document.from_text(text), cfg)


def paragraphs(sentence: str, count: int = 4) -> str:
    """``count`` numbered paragraphs of one sentence, separated by blank lines: an article body."""
    return "\n\n".join(f"Paragraph {n}: {sentence}" for n in range(count))


def test_english_page_keeps_the_whole_article_and_nothing_else() -> None:
    doc = cleaned(ENGLISH_PAGE)
    kept = [line.text for line in doc.lines if not line.is_blank]
    for sentence in ARTICLE:
        assert sum(sentence in line for line in kept) == 1, sentence
    # The byline and date between headline and body belong to the article (the wire pass reads them).
    assert kept[:3] == ["Council approves city budget after long debate", "By Jane Miller", "March 3, 2024"]
    for chrome in ("Skip to content", "cookie", "Advertisement", "newsletter", "Mayor outlines", "Anna K.", "©"):
        assert not any(chrome in line for line in kept), chrome
    assert len(kept) == 7


def test_every_removal_names_its_rule() -> None:
    reasons = {r.text: r.reason for r in cleaned(ENGLISH_PAGE).removed}
    assert reasons["Skip to content"] == 'UI string "skip to content" (en lexicon)'
    assert reasons["Related articles"] == 'section heading "related articles" (en lexicon)'
    assert reasons["Mayor outlines transport plan"] == 'after the article ended (section heading "Related articles")'
    assert reasons["© 2024 Gazette Media. All rights reserved."].startswith("copyright or policy notice")
    assert reasons["Council approves city budget after long debate - The Gazette"] == "before the article body"
    assert "the page around the article" not in "".join(reasons.values())


def test_full_pipeline_finds_the_headline_of_a_page_dump() -> None:
    result = clean(ENGLISH_PAGE)
    assert result.title == "Council approves city budget after long debate"
    assert result.paragraphs[-1].endswith("the mayor told reporters after the vote.")


@pytest.mark.parametrize(
    ("page", "article", "chrome"),
    [
        (
            "Startseite\nPolitik\nWirtschaft\nSport\nSuche\nAnmelden\n\nRegierung plant neue Regeln für Mieten\n\n"
            "Teilen\nDrucken\n\nDie Bundesregierung will die Zusammenarbeit mit den Ländern beim Wohnungsbau deutlich "
            "ausbauen, teilte das Ministerium am Montag mit.\n\nAnzeige\n\nNach Angaben des Ministeriums sollen die neuen "
            "Regeln ab dem kommenden Jahr gelten, und Mieter in Großstädten sollen davon besonders profitieren.\n\n"
            "Mehr zum Thema\nWohnungsbau stockt\nMieten steigen weiter\n\nKommentare\n\nImpressum\nDatenschutz\n"
            "© 2024 Beispiel Verlag. Alle Rechte vorbehalten.\n",
            ["Regierung plant neue Regeln für Mieten", "Die Bundesregierung will", "Nach Angaben des Ministeriums"],
            ["Startseite", "Teilen", "Anzeige", "Mehr zum Thema", "Mieten steigen weiter", "Impressum", "©"],
        ),
        (
            "Accueil\nInternational\nÉconomie\nRechercher\nSe connecter\n\nLe gouvernement présente son budget\n\n"
            "Partager\n\nLe gouvernement a présenté mercredi un budget qui prévoit une hausse des dépenses pour "
            "les écoles et les hôpitaux.\n\nPublicité\n\nLes syndicats ont salué un effort réel mais jugent que "
            "les hausses de salaires restent trop faibles pour les agents.\n\nSur le même sujet\nLa dette publique "
            "atteint un record\n\nCommentaires\n\nMentions légales\nTous droits réservés\n",
            ["Le gouvernement présente son budget", "Le gouvernement a présenté", "Les syndicats ont salué"],
            ["Accueil", "Partager", "Publicité", "Sur le même sujet", "La dette publique", "Mentions légales"],
        ),
        (
            "Inicio\nInternacional\nDeportes\nBuscar\nIniciar sesión\n\nEl Gobierno aprueba el nuevo presupuesto\n\n"
            "Compartir\n\nEl Gobierno aprobó el martes un presupuesto que aumenta el gasto en educación y en la "
            "sanidad pública del país.\n\nPublicidad\n\nLa oposición criticó que las cuentas se basan en una "
            "previsión de crecimiento demasiado optimista para el año.\n\nNoticias relacionadas\nLa deuda sube\n\n"
            "Aviso legal\nPolítica de privacidad\n",
            ["El Gobierno aprueba el nuevo presupuesto", "El Gobierno aprobó", "La oposición criticó"],
            ["Inicio", "Compartir", "Publicidad", "Noticias relacionadas", "La deuda sube", "Aviso legal"],
        ),
        (
            "홈\n정치\n경제\n검색\n로그인\n\n국방부, 나토와 협력 확대 합의\n\n공유하기\n페이스북\n트위터\n\n"
            "국방부는 30일 북대서양조약기구(나토) 최고사령관과 만나 군사 협력을 확대하기로 합의했다고 밝혔다.\n\n"
            "광고\n\n양측은 사이버 안보와 군사 훈련 분야에서 협력을 강화하는 방안을 논의했다고 국방부는 전했다.\n\n"
            "관련기사\n국방장관 방미\n\n댓글\n\n개인정보처리방침\n무단전재 및 재배포 금지\n",
            ["국방부, 나토와 협력 확대 합의", "국방부는 30일", "양측은 사이버 안보와"],
            ["공유하기", "페이스북", "광고", "관련기사", "국방장관 방미", "무단전재"],
        ),
        (
            "ホーム\n政治\n経済\n検索\nログイン\n\n政府が新たな経済対策を発表\n\nシェア\nツイート\n\n"
            "政府は二十日、物価高に対応するための新たな経済対策を閣議決定したと発表した。\n\n広告\n\n"
            "対策には低所得世帯への給付金や電気料金の負担を軽くする措置が含まれている。\n\n関連記事\n"
            "日銀が金利を据え置き\n\nプライバシーポリシー\n無断転載を禁じます\n",
            ["政府が新たな経済対策を発表", "政府は二十日", "対策には低所得世帯"],
            ["シェア", "ツイート", "広告", "関連記事", "日銀が金利", "無断転載"],
        ),
        (
            "首页\n国际\n财经\n搜索\n登录\n\n政府公布新的经济刺激计划\n\n分享\n微博\n\n"
            "政府周三公布了一项新的经济刺激计划，旨在扩大国内消费并支持中小企业的发展。\n\n广告\n\n"
            "分析人士表示，这项计划将在未来两年内对经济增长产生积极影响，但效果仍有待观察。\n\n相关新闻\n"
            "央行维持利率不变\n\n隐私政策\n版权所有 不得转载\n",
            ["政府公布新的经济刺激计划", "政府周三公布了", "分析人士表示"],
            ["分享", "微博", "广告", "相关新闻", "央行维持利率不变", "版权所有"],
        ),
    ],
    ids=["de", "fr", "es", "ko", "ja", "zh"],
)
def test_pages_in_other_languages(page: str, article: list[str], chrome: list[str]) -> None:
    kept = "\n".join(line.text for line in cleaned(page).lines)
    for text in article:
        assert text in kept
    for text in chrome:
        assert text not in kept


def test_menu_rendered_twice_goes_entirely_and_a_repeated_paragraph_keeps_its_first_copy() -> None:
    menu = "News\nOpinion\nCulture\nTravel\n"
    para = "Officials said the bridge would reopen to traffic on Friday after two weeks of repairs."
    doc = cleaned(
        f"{menu}\n{menu}\nBridge to reopen Friday\n\n{para}\n\nThe work cost less than planned, they said.\n\n{para}\n"
    )
    assert doc.text.strip().split("\n")[0] == "Bridge to reopen Friday"
    assert doc.text.count(para) == 1
    assert sum("repeated page chrome" in r.reason for r in doc.removed) == 8


def test_a_related_box_inside_the_article_goes_and_the_article_goes_on() -> None:
    first = " ".join(["The storm flooded the coastal road and closed two schools, officials said."] * 2)
    later = [
        f"Paragraph {n} of the story says what the storm did to the harbour and to the town. Boats were torn "
        "from their moorings and the fish market stayed shut."
        for n in range(6)
    ]
    page = f"Home\nSearch\n\n{first}\n\nRelated\nOther storm story one\nOther storm story two\n\n"
    page += "\n\n".join(later) + "\n"
    doc = cleaned(page)
    assert all(p in doc.text for p in later)
    assert "Other storm story" not in doc.text
    assert any(r.reason.startswith("links under the section heading") for r in doc.removed)


def test_a_share_bar_under_the_headline_does_not_end_the_article() -> None:
    body = "\n\n".join(
        f"Paragraph {n} of the report explains the new rules for landlords and tenants." for n in range(4)
    )
    doc = cleaned(f"Home\nSearch\n\nNew rules for rents\n\nShare\nComments\nPrint\n\n{body}\n")
    assert doc.text.strip().startswith("New rules for rents") and "Paragraph 3" in doc.text


@pytest.mark.parametrize(
    "text",
    [
        "Rains flood Seoul\n\nHeavy rain hit the capital on Monday, officials said.\n\nSchools were closed.\n\nSource: Yonhap",
        "Budget passes\n\nThe council passed the budget.\n\nThe vote was 7-2.\n\nSome members left early.",
        "A single paragraph without any headline at all, as pasted from an e-mail by a reader.",
        "Top 5 tips\n\n1. Sleep well\n2. Eat well\n3. Walk daily\n4. Read books\n5. Call friends\n\nThat is all for today.",
    ],
)
def test_articles_without_chrome_lose_no_line(text: str) -> None:
    assert cleaned(text).removed == ()


def test_sample_after_cleaning_loses_no_line(sample_text: str) -> None:
    assert cleaned(clean(sample_text).text).removed == ()


def test_article_sentences_mentioning_policies_and_ui_words_stay() -> None:
    text = (
        "Facebook changed its privacy policy on Monday, the company said in a statement.\n\n"
        "Users can share the video on Facebook, and search crews found the boat on Tuesday.\n"
    )
    assert cleaned(text).removed == ()


def test_user_strings_extend_the_lexicon_as_whole_lines_and_prefixes() -> None:
    page = "Gazette Plus\nGazette Radio: listen live\n\nThe council met on Monday and approved the plan for the park.\n"
    doc = cleaned(page, Config(ui_strings=("Gazette Plus", "Gazette Radio:*")))
    assert doc.text.strip() == "The council met on Monday and approved the plan for the park."
    assert [r.reason for r in doc.removed] == ['user UI string "gazette plus"', 'user UI string "gazette radio:*"']


class TestLexicon:
    def test_every_language_has_ui_strings_and_section_headings(self) -> None:
        for lang in ("en", "de", "fr", "es", "it", "pt", "ko", "ja", "zh"):
            assert ui_lexicon().match({"en": "Share", "de": "Teilen", "fr": "Partager", "es": "Compartir",
                                       "it": "Condividi", "pt": "Compartilhar", "ko": "공유", "ja": "シェア",
                                       "zh": "分享"}[lang]) is not None  # fmt: skip
            assert stopwords(lang), lang
        assert section_lexicon().match("More from BBC Sport") is not None

    def test_numbers_match_any_number(self) -> None:
        assert ui_lexicon().match("12 min read") is not None
        assert ui_lexicon().match("Comments (37)") is not None
        assert normalise_label("5 hours ago") == "0 hours ago"

    def test_prefix_entries_keep_their_punctuation(self) -> None:
        lex = Lexicon.from_entries([("Read more:*", "en")])
        assert lex.match("Read more: Storm hits coast") is not None
        assert lex.match("Read more about the storm on our site") is None


class TestShapes:
    def test_prose_and_menus(self) -> None:
        assert describe("The minister said the talks would resume next week in Brussels.", "en").prose
        menu = describe("Politics", "en")
        assert menu.chrome_shaped and menu.title_case and not menu.prose

    def test_language_guess(self) -> None:
        assert guess_script_language("Il governo ha detto che la legge è pronta per il voto.") == "it"
        assert guess_script_language("Пресс-служба сообщила об этом в понедельник.") == "ru"
        assert guess_script_language("Jangan lebay dalam mencintai atau membenci sesuatu.") == "und"

    def test_densest_run_and_repeated_blocks(self) -> None:
        assert densest_run([-3, 10, -3, 10, -20, 5]) == (1, 3)
        blocks = repeated_blocks(["Home", "News", "Sport", "Body text here.", "Home", "News", "Sport"])
        assert [(b.starts, b.length) for b in blocks] == [((0, 4), 3)]


def test_profile_lines_go_with_their_document_count() -> None:
    from cleannews.profile import profile_from_texts

    pages = [
        f"Gazette Weekly\nOur partners\n\nStory {n} tells of a new park, which opened on Sunday morning." for n in "abc"
    ]
    profile = profile_from_texts(pages, min_docs=2, min_share=0.5)
    doc = cleaned(pages[0], Config(profile=profile))
    assert doc.text.strip() == pages[0].split("\n\n")[1]
    assert doc.removed[0].reason == "site boilerplate: in 3 of 3 documents of the profile"


class TestArticleAlone:
    """A text with no page around it (fewer than two signs of one) loses only what is chrome in any text."""

    def test_headings_named_like_ui_words_stay(self) -> None:
        text = (
            "Where to sell online\n\nYouTube\n\nYouTube marketing is integral for brands that sell online, "
            "and reviews there reach many buyers.\n\nNext\n\nThe last step is to measure what each channel brings.\n"
        )
        assert cleaned(text).removed == ()

    def test_a_single_section_heading_and_repeated_paragraphs_stay(self) -> None:
        para = "Is it worth the added cost? For most families it is, the survey found."
        text = f"Buying guide\n\n{para}\n\nRelated\n\nThe second model costs less and lasts longer.\n\n{para}\n"
        assert cleaned(text).removed == ()

    @pytest.mark.parametrize("label", ["Advertisement", "Skip to main content"])
    def test_advertising_labels_and_long_ui_strings_go(self, label: str) -> None:
        text = (
            "The council met on Monday and approved the plan for the park.\n\n"
            f"{label}\n\nWork will start in May, the mayor said.\n\nThe park opens next year.\n"
        )
        doc = cleaned(text)
        assert [r.text for r in doc.removed] == [label]
        assert doc.removed[0].reason == f'UI string "{label.casefold()}" (en lexicon)'
        assert "The park opens next year." in doc.text


def test_a_page_in_russian_goes_by_its_own_lexicon() -> None:
    page = (
        "Поиск\nГлавная\nНовости\nСпорт\nВойти\n\nПравительство утвердило новый бюджет\n\nПоделиться\n\n"
        "Правительство в среду утвердило бюджет, который увеличивает расходы на школы и больницы.\n\n"
        "Реклама\n\nПо словам министра, новые правила вступят в силу с начала следующего года.\n\n"
        "Читайте также\nДолг вырос\n\nВсе права защищены\n"
    )
    kept = "\n".join(line.text for line in cleaned(page).lines)
    for text in ("Правительство утвердило новый бюджет", "Правительство в среду", "По словам министра"):
        assert text in kept
    for text in ("Поиск", "Поделиться", "Реклама", "Читайте также", "Долг вырос", "Все права защищены"):
        assert text not in kept


def test_a_comment_thread_ends_the_article() -> None:
    body = [
        f"Paragraph {n} of the report tells how the team lost on Monday night and what the coach said after it."
        for n in range(4)
    ]
    comments = "\n\n".join(
        f"fan{n} says:\nNovember 19, 2019 at 6:{n}4 am\n\nThey should have kept the ball on the ground, honestly."
        for n in range(4)
    )
    page = "Home\nSearch\n\nTeam loses again\n\n" + "\n\n".join(body) + "\n\n34 responses to “Team loses again”\n\n"
    doc = cleaned(page + comments + "\n")
    assert all(p in doc.text for p in body)
    assert "honestly" not in doc.text and "says:" not in doc.text


def test_the_headline_under_teasers_opens_the_article() -> None:
    teasers = "\n\n".join(
        f"Other story {n} headline\n\nSummary of other story {n}, which the site shows above every article page."
        for n in range(3)
    )
    body = paragraphs("the storm flooded the coastal road and closed two schools on Tuesday, officials said.")
    page = f"Storm floods coast road | The Gazette\n\nHome\nWorld\nSearch\n\n{teasers}\n\nStorm floods coast road\n\n{body}\n"
    doc = cleaned(page)
    assert doc.text.strip().startswith("Storm floods coast road\n")
    assert "Other story" not in doc.text


def test_a_table_in_the_article_keeps_the_article_whole() -> None:
    rows = "\n".join(f"{n} Driver Name{n} {5040 - n * 7} {n % 3} {n % 5}" for n in range(1, 13))
    page = (
        "NASCAR standings after the final race | Racing News\n\nHome\nNews\nSearch\nSign in\n\n"
        "NASCAR standings after the final race\n\n"
        "Here are the final standings of the season after all thirty-six races, with points and wins.\n\n"
        f"Pos. Driver Points Wins Poles\n{rows}\n\n"
        "Related articles\nOther race report\n\n© 2019 Racing News. All rights reserved.\n"
    )
    kept = cleaned(page).text
    assert "1 Driver Name1" in kept and "12 Driver Name12" in kept
    assert "Other race report" not in kept and "©" not in kept


def test_the_credit_line_under_a_page_article_stays_for_the_wire_pass() -> None:
    body = paragraphs("the storm flooded the coastal road and closed two schools on Tuesday, officials said.")
    page = (
        f"Home\nWorld\nSearch\nSign in\n\nStorm floods coast road\n\n{body}\n\nSource: Yonhap\n\n"
        "Related articles\nOther story\n\nPrivacy Policy\n© 2024 Gazette\n"
    )
    result = clean(page)
    assert result.source == "Yonhap" and result.copyright == "© 2024 Gazette"
    assert "Other story" not in result.text


def test_a_reporters_address_and_end_mark_above_a_share_bar_stay_for_the_wire_pass() -> None:
    # "(END)" over "Share", "Facebook", "Twitter" reads as one run of short title-case links.
    body = paragraphs("the minister told lawmakers that growth could slow next year, his office said.")
    page = (
        f"Home\nNational\nPolitics\nSearch\n\nGrowth to slow, minister says\n\n{body}\n\n"
        "jwpark@example.co.kr\n(END)\n\nShare\nFacebook\nTwitter\nRelated Articles\nOther story\n"
    )
    result = clean(page)
    assert result.credits == ("jwpark@example.co.kr",)
    assert {(r.pass_name, r.text) for r in result.removed} >= {("wire", "(END)"), ("wire", "jwpark@example.co.kr")}
    assert result.text.endswith("his office said.\n") and "Other story" not in result.text


def test_a_ui_string_beside_a_credit_line_is_no_item_of_a_list() -> None:
    # "Share" between a short line and the credit reads as it does once the wire pass has taken
    # the credit out: a page's UI string, not an item of a list of short lines. So cleaning the
    # output again changes nothing.
    body = "The storm flooded the coastal road and closed two schools on Tuesday, officials said."
    tail = "\n\nShare\n\nRoads closed\n\nShare"
    with_credit, without = clean(f"{body}{tail}\n\nSource: Reuters\n"), clean(f"{body}{tail}\n")
    assert with_credit.source == "Reuters"
    assert with_credit.text == without.text == f"{body}\n\nRoads closed\n"
    assert clean(with_credit.text).text == with_credit.text


@pytest.mark.parametrize("stamp", ["January 5, 2024 10:30 AM GMT", "Published 5 January 2024", "3 minute read"])
def test_the_headline_above_a_byline_and_a_date_opens_the_article(stamp: str) -> None:
    body = paragraphs("oil prices rose on Friday as worries over supply outweighed signs of weak demand.")
    page = (
        "World\nBusiness\nMarkets\nSign In\nSubscribe\n\n"
        f"UPDATE 2-Oil prices climb as supply worries deepen\n\nBy Laura Sanchez\n\n{stamp}\n\n{body}\n\n"
        "Read Next\nStocks rise ahead of jobs data\n"
    )
    result = clean(page)
    assert result.title == "Oil prices climb as supply worries deepen" and result.tags == ("UPDATE 2",)
    assert result.byline == "Laura Sanchez"
    assert result.paragraphs[0].startswith("Paragraph 0") and stamp not in result.text


def test_short_paragraphs_parted_by_the_same_ui_string_are_one_article() -> None:
    # A live blog, or a page with a share button under each paragraph: the repeated "Share"
    # parts no paragraphs, so short ones are not taken for teasers around the longest.
    page = """\
Menu

The talks resumed on Monday.

Share

Both sides want a deal soon.

Share

The minister spoke to reporters after the meeting.

Share

A second round is planned for May.

Share
"""
    result = clean(page)
    assert result.text.split("\n\n") == [
        "The talks resumed on Monday.",
        "Both sides want a deal soon.",
        "The minister spoke to reporters after the meeting.",
        "A second round is planned for May.\n",
    ]
    assert {r.text for r in result.removed} == {"Menu", "Share"}


def test_a_teaser_beside_one_ui_string_stays_outside_the_article() -> None:
    # One "Read more" between a paragraph and the article is no pattern of entries: the lone
    # summary above the body is still a teaser.
    page = """\
Menu

Markets fell sharply.

Read more

Council approves city budget after long debate

The city council approved the 2024 budget on Tuesday evening after a debate that lasted more than six hours, the mayor's office said.

The budget raises spending on schools and roads and holds property taxes at last year's level, according to the finance committee.
"""
    result = clean(page)
    assert "Markets fell sharply." not in result.text
    assert result.text.startswith("Council approves city budget after long debate\n")


def test_the_writers_name_under_a_headline_is_no_headline() -> None:
    # Pasted from a page without its <title>: the nearest line above the body is the writer's
    # name and the date; the headline stands above them.
    body = paragraphs("at least 42 people were killed when the earthquake struck early on Tuesday, officials said.")
    page = f"Search\nSign in\nWorld\nEurope\n\nDozens dead as earthquake strikes mountain region\n\nTom Walker in Rome\nTue 3 Dec 2024 14.05 GMT\n\nShare\n\n{body}\n"
    result = clean(page)
    assert result.title == "Dozens dead as earthquake strikes mountain region"
    assert result.paragraphs[0].startswith("Paragraph 0")


def test_links_set_into_the_article_do_not_cut_its_last_paragraph() -> None:
    # "Read more: ..." and "Related: ..." between paragraphs, and an image caption under the byline.
    page = """\
Home
News
Sport
Search

Storm Bert: Thousands without power as winds hit 80mph

Share
Save

Image caption, Fallen trees blocked roads across the region on Sunday

Tens of thousands of homes remain without power after Storm Bert brought winds of up to 80mph and heavy rain to large parts of the country.

The Met Office issued amber warnings for wind in the north and west, with flooding reported in several towns.

Read more: What is an amber weather warning?

Energy companies said engineers were working to restore supplies, but some customers could be without power until Monday evening.

Related: Storm names announced for the coming season

The Environment Agency said more than 100 flood warnings were in place on Sunday afternoon.

More on this story
What to do if your home floods
"""
    result = clean(page)
    assert result.title == "Storm Bert: Thousands without power as winds hit 80mph"
    assert result.paragraphs[0].startswith("Tens of thousands") and len(result.paragraphs) == 4
    assert result.paragraphs[-1].startswith("The Environment Agency said")
    assert "Read more" not in result.text and "Related:" not in result.text and "caption" not in result.text


def test_a_share_bar_of_newer_networks_under_the_headline_goes() -> None:
    body = paragraphs("the finance ministry will raise the tax credit for chipmakers next year, officials said.")
    page = f"Home\nNational\nBusiness\nSearch\n\nSeoul to expand chip subsidies\n\nShare\nFacebook\nX\nKakaoTalk\nThreads\nLink\n\n{body}\n"
    result = clean(page)
    assert result.title == "Seoul to expand chip subsidies"
    assert result.paragraphs[0].startswith("Paragraph 0")


def test_key_points_and_subheadings_keep_the_article_whole() -> None:
    # A bulleted list of key points under the lede, then short sections under subheadings:
    # the list counts as part of the article, not as a gap between its lede and its body.
    page = """\
Home
News
Business
Search
Subscribe

What the new budget means for you

Share

The government's budget, unveiled on Tuesday, includes changes to income tax, pensions and childcare that will affect millions of households.

Key points
- Income tax threshold raised to a new level
- State pension up by more than inflation
- Free childcare extended to younger children
- Fuel duty frozen for another year

Income tax

The personal allowance will rise from April, meaning a basic-rate taxpayer will save about three hundred pounds a year, according to the Treasury.

Pensions

The state pension will increase in line with earnings growth, taking the full new state pension to its highest level yet.

Related Topics
Budget
Tax
"""
    result = clean(page)
    assert result.title == "What the new budget means for you"
    assert result.paragraphs[0].startswith("The government's budget")
    assert "- Fuel duty frozen for another year" in result.text and "Key points" in result.text
    assert result.text.rstrip().endswith("highest level yet.")


def test_the_headline_above_its_standfirst_and_listen_and_share_lines_opens_the_article() -> None:
    body = paragraphs("the economy shrank in the final three months of last year, the government said.")
    page = (
        "Skip to content\nWorld\nAdvertisement\nSupported by\n\nJapan's Economy Shrinks as Consumers Pull Back\n\n"
        "Household spending fell for a third straight quarter, raising pressure on the central bank.\n\n"
        "Listen to this article · 5:12 min Learn more\nShare full article\n\n"
        f"By Ben Dooley and Hisako Ueno\nReporting from Tokyo\n\nFeb. 15, 2024\n\n{body}\n"
    )
    result = clean(page)
    assert result.title == "Japan's Economy Shrinks as Consumers Pull Back"
    assert "Household spending fell" in result.text and "Share full article" not in result.text


def test_the_headline_above_its_standfirst_opens_a_pasted_page() -> None:
    # No <title> line: the nearest candidate above the body is the standfirst; the headline
    # above it opens the article, and the writer's name and the date under them are no headline.
    body = paragraphs("at least 42 people were killed when the earthquake struck early on Tuesday, officials said.")
    page = (
        "Search\nSign in\nWorld\nEurope\nEarthquake\n\nDozens dead as earthquake strikes mountain region\n"
        "Rescue teams race to reach villages cut off by landslides after the quake\n"
        f"Tom Walker in Rome\nTue 3 Dec 2024 14.05 GMT\nShare\n\n{body}\n"
    )
    result = clean(page)
    assert result.text.startswith("Dozens dead as earthquake strikes mountain region\n")
    assert "Rescue teams race" in result.text and "Earthquake\n" not in result.text


def test_a_copyright_typed_as_c_in_parentheses_under_the_page_is_kept_as_metadata() -> None:
    body = "\n\n".join(
        f"Párrafo {n}: el Gobierno aprobó este martes el proyecto de presupuestos para el próximo año."
        for n in range(4)
    )
    page = f"Portada\nInternacional\nBuscar\n\nEl Gobierno aprueba el presupuesto\n\n{body}\n\nCompartir\nNoticias relacionadas\nOtra noticia\n(c) Agencia EFE\nAviso legal\n"
    result = clean(page)
    assert result.copyright == "(c) Agencia EFE" and "Agencia EFE" not in result.text


@pytest.mark.parametrize(
    "credit",
    [
        "(Image: © Sky Survey/NASA)",
        "Installation views, photos © Studio Nord, 2018",
        "A cyclist rides past a blocked fuel plant outside the capital on Tuesday. © Wire Photos / Jo Doe",
    ],
)
def test_the_page_copyright_is_the_footer_notice_not_a_picture_credit(credit: str) -> None:
    body = "\n\n".join(
        f"Paragraph {n}: the council approved the city budget on Tuesday after a long debate, officials said."
        for n in range(4)
    )
    footer = "© 2024 The Gazette. All Rights Reserved | Terms of Use | Privacy | Sitemap"
    page = f"Home\nWorld\nSearch\nSign in\n\nCouncil approves budget\n\n{body}\n\n{credit}\n\nRelated stories\nOther story\n{footer}\n"
    result = clean(page)
    assert result.copyright == "© 2024 The Gazette. All Rights Reserved"
    assert footer not in result.text and any(r.text == footer for r in result.removed)


def test_a_japanese_page_keeps_its_headline_above_the_date() -> None:
    body = "\n\n".join(
        f"日本銀行は19日の金融政策決定会合で、政策金利を引き上げることを決めた。物価上昇が続いている（{n}）。"
        for n in range(4)
    )
    page = f"ホーム\nニュース\n政治\n経済\n検索\nログイン\n\n日銀、追加利上げを決定 物価上昇続く\n\n2024年12月19日 15時30分\n\n{body}\n\n関連記事\nシェア\n"
    result = clean(page)
    assert result.title == "日銀、追加利上げを決定 物価上昇続く"


@pytest.mark.parametrize(
    ("menu", "paragraph", "last", "related"),
    [
        (
            "Home\nWorld\nBusiness\nSearch",
            "Paragraph {n}: the city council approved the budget on Tuesday evening after a long debate, the mayor said.",
            "The vote was 7-2.",
            "Related news",
        ),
        (
            "首页\n时政\n国际\n财经\n搜索",
            "国家统计局有关负责人表示，今年的粮食增产主要得益于单产的提高，全国的粮食总产量再创了历史新高（{n}）。",
            "其中，玉米产量增长了，稻谷产量基本稳定。",
            "相关新闻",
        ),
    ],
)
def test_a_short_last_paragraph_closes_the_article(menu: str, paragraph: str, last: str, related: str) -> None:
    body = "\n\n".join(paragraph.format(n=n) for n in range(3))
    page = f"{menu}\n\nCouncil passes budget after long debate\n\n{body}\n\n{last}\n\n{related}\nOther story\n"
    result = clean(page)
    assert result.paragraphs[-1].replace(",", "，") == last
    assert "Other story" not in result.text


def test_a_call_to_the_reader_after_the_article_is_no_last_paragraph() -> None:
    body = paragraphs("the city council approved the budget on Tuesday evening after a long debate, the mayor said.", 3)
    page = f"Home\nWorld\nBusiness\nSearch\n\nCouncil passes budget\n\n{body}\n\nLet's talk!\n\nRelated news\nOther story\n"
    assert clean(page).paragraphs[-1].startswith("Paragraph 2")


def test_a_contributor_line_under_the_article_stays_for_the_wire_pass() -> None:
    body = paragraphs("Israel and Hamas agreed to extend the truce for another day, the two sides said early Thursday.")
    page = f"World\nPolitics\nSign in\n\nTruce extended, officials say\n\n{body}\n\nCNN's Alex Stambaugh contributed reporting.\n\nLink Copied!\nAd Feedback\nRelated Video\nMore from CNN\n"
    result = clean(page)
    assert result.credits == ("CNN's Alex Stambaugh contributed reporting.",)


def test_a_short_menu_with_a_ui_string_opening_the_text_makes_it_a_page() -> None:
    text = (
        "Home\nWorld\nSport\nBusiness\n\nStorm hits coast\n\n"
        "A storm hit the coast on Monday, officials said, forcing thousands of people to leave their homes.\n\n"
        "More rain is expected on Tuesday, the weather office said.\n"
    )
    result = clean(text)
    assert result.title == "Storm hits coast"
    assert [r.text for r in result.removed] == ["Home", "World", "Sport", "Business"]


def test_an_article_opening_with_a_short_list_is_no_page() -> None:
    text = "Flour\nSugar\nEggs\n\nMix the flour and sugar, then beat in the eggs one at a time until smooth.\n"
    assert clean(text).removed == ()


@pytest.mark.parametrize(
    "caption",
    [
        "This image, provided by the Joint Chiefs of Staff, shows a missile launch. (PHOTO NOT FOR SALE) (Yonhap)",
        "A worker loads trims into his truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station. (NASA)",
    ],
)
def test_a_photo_caption_goes_from_an_article_and_a_page(caption: str) -> None:
    body = "SEOUL, Nov. 5 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Tuesday, the military said."
    article = (
        f"N. Korea fires ballistic missile\n\n{caption}\n\n{body}\n\nThe launch came a day before the U.S. election.\n"
    )
    for text in (article, "Home\nWorld\nSearch\nSign in\n\n" + article):
        result = clean(text)
        assert caption not in result.text and result.paragraphs[0] == body
        assert any(r.reason == "photo caption (a photo credit)" for r in result.removed)


def test_a_headline_about_photos_is_no_caption() -> None:
    text = "Miss Moscow picked from 49 top beauties (PHOTOS)\n\nThe contest was held on Saturday in the capital, organisers said.\n"
    assert clean(text).title == "Miss Moscow picked from 49 top beauties (PHOTOS)"


def test_a_site_builders_form_messages_and_field_labels_are_chrome() -> None:
    body = "\n\n".join(
        f"Paragraph {n}: the council approved the city budget on Tuesday after a long debate, officials said."
        for n in range(4)
    )
    form = "Subscribe\nFirst Name\nLast Name *\nThank you! Your submission has been received!\nOops! Something went wrong while submitting the form."
    result = clean(f"Home\nWorld\nSearch\n\nCouncil approves budget\n\n{body}\n\n{form}\n")
    assert result.paragraphs[-1].startswith("Paragraph 3")
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Thank you! Your submission has been received!"].startswith("UI string")
    assert reasons["Last Name *"] == 'UI string "last name" (en lexicon)'


@pytest.mark.parametrize(
    ("trail", "crumb"),
    [
        ("Home » Guides » Coffee", True),
        ("Home > News > Business", True),
        ("Go to Products > Data Files > Import", False),
    ],
)
def test_a_breadcrumb_above_the_headline_is_chrome(trail: str, crumb: bool) -> None:
    body = "\n\n".join(
        f"Paragraph {n}: the council approved the city budget on Tuesday after a long debate, officials said."
        for n in range(4)
    )
    result = clean(f"Home\nWorld\nSearch\nSign in\n\n{trail}\n\nCouncil approves budget\n\n{body}\n")
    reasons = {r.text: r.reason for r in result.removed}
    assert result.title == "Council approves budget"
    assert (reasons.get(trail) == "breadcrumb: the page's place in the site") is crumb
