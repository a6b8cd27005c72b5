"""Round twenty-four: whole-page copies of one wire story in the page's own language (Europe, Latin America)."""

from __future__ import annotations

from cleannews import clean

FR_BODY = [
    "Le conseil municipal a voté mardi soir un budget en hausse de 3 % pour les écoles de la ville.",
    "Les parents d'élèves ont salué une décision attendue depuis plusieurs années.",
    "Les travaux de rénovation doivent commencer au printemps, a indiqué la mairie.",
]
FR_ABOVE = ["Aller au contenu", "Le Quotidien du Sud", "Rechercher", "Fermer", "Menu", "Société", "Politique", "Sport"]
FR_BELOW = ["", "Partager", "Facebook", "Copier le lien", "", "Les plus lus", "La neige paralyse le nord du pays"]
FR_BELOW += ["", "Mentions légales", "Politique de confidentialité"]


def _page(above: list[str], head: list[str], story: list[str], below: list[str]) -> str:
    return "\n".join(above) + "\n\n" + "\n".join(head) + "\n\n" + "\n\n".join(story) + "\n" + "\n".join(below) + "\n"


def test_noticias_argentinas_over_its_time_is_the_provider_not_the_writer() -> None:
    body = [
        "El gobierno anunció este martes un nuevo plan de obras para las rutas nacionales del norte del país.",
        "Las obras comenzarán en marzo y durarán dos años, según informó el ministerio.",
    ]
    head = ["Política", "", "El Gobierno lanza un plan de obras viales", "", "Noticias Argentinas"]
    head += ["12 de marzo de 2026 - 09:41"]
    above = ["Ir al contenido", "Diario del Sur", "Buscar", "Cerrar", "Menú", "Cultura", "Deportes", "Economía"]
    below = ["", "Compartir", "Facebook", "WhatsApp", "", "Más leídas", "Suben las tarifas de luz", "", "Aviso legal"]
    result = clean(_page(above, head, [f"Salta, 12 mar (NA) - {body[0]}", body[1]], below))
    assert result.byline is None
    assert result.source == "Noticias Argentinas"
    assert "Noticias Argentinas" not in result.text


def test_a_papers_credit_to_afp_gives_the_source_and_no_byline() -> None:
    for credit in ("Par Le Quotidien avec AFP", "20 Minutes avec AFP", "La Dépêche avec AFP"):
        head = ["Les écoles de la ville auront plus de moyens en 2027", "", credit]
        head += ["Publié le 05/11/2026 à 15:12, mis à jour le 05/11/2026 à 17:40"]
        result = clean(_page(FR_ABOVE, head, FR_BODY, FR_BELOW))
        assert result.byline is None, credit
        assert result.source == "AFP", credit
        assert credit not in result.text
        assert "Publié le" not in result.text
        assert result.title == "Les écoles de la ville auront plus de moyens en 2027"


def test_a_writer_sharing_the_story_with_afp_is_no_papers_credit() -> None:
    from cleannews.passes.wire import paper_credit_agency
    from cleannews.wire.rules import wire_rules

    rules = wire_rules()
    assert paper_credit_agency("Par Jean Dupont avec AFP", rules) is None
    assert paper_credit_agency("Par catégorie", rules) is None
    assert paper_credit_agency("Der Kurier mit dpa", rules) == "dpa"
    assert paper_credit_agency("El Diario con EFE", rules) == "EFE"


def test_french_prose_citing_afp_and_a_category_menu_stay() -> None:
    body = [*FR_BODY[:2], "Selon l'AFP, la mesure sera étendue aux communes voisines l'an prochain."]
    head = ["Les écoles de la ville auront plus de moyens en 2027", "", "Par catégorie"]
    result = clean(_page(FR_ABOVE, head, body, FR_BELOW))
    assert result.source is None and result.byline is None
    assert "Selon l'AFP, la mesure sera étendue" in result.text


def test_zeit_ticker_head_with_its_source_and_dpa_infocom_closing() -> None:
    body = [
        "Berlin (dpa) - Die Bundesregierung will die Stromsteuer für private Haushalte senken.",
        "Die Entlastung soll bereits zum Jahresbeginn greifen. Die Opposition kritisierte das Vorhaben.",
        "Verbraucherschützer begrüßten den Schritt grundsätzlich.",
    ]
    above = ["Zum Inhalt springen", "ZEIT ONLINE", "Suche", "Menü", "Politik", "Wirtschaft", "Kultur"]
    head = ["Regierung will Stromsteuer senken", "", "5. November 2026, 15:12 Uhr Quelle: dpa"]
    below = ["", "Teilen", "Facebook", "", "Lesen Sie auch", "Inflation sinkt auf 2,1 Prozent", "", "Impressum"]
    notice = "© dpa-infocom, dpa:261105-930-123456/1"
    result = clean(_page(above, head, [*body, notice], below))
    assert result.source == "dpa"
    assert "Quelle: dpa" not in result.text
    assert result.copyright == notice
    assert any(r.pass_name == "wire" and r.text == notice for r in result.removed)


def test_german_prose_quoting_dpa_keeps_every_sentence() -> None:
    body = [
        "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, wie die dpa meldete.",
        "Die Deutsche Presse-Agentur berichtete zuvor über einen Streit in der Koalition.",
    ]
    above = ["Zum Inhalt springen", "Stadtanzeiger", "Suche", "Menü", "Lokales", "Sport", "Kultur"]
    result = clean(_page(above, ["Stadtrat beschließt Haushalt"], body, ["", "Impressum", "Datenschutz"]))
    assert result.source is None and result.dateline is None
    for sentence in body:
        assert sentence in result.text


def test_redazione_ansa_under_its_time_is_the_byline_and_names_ansa() -> None:
    body = [
        "(ANSA) - MILANO, 05 NOV - Il governo ha approvato il decreto sulle bollette energetiche.",
        "Il provvedimento passa ora all'esame del Parlamento, ha spiegato il ministro.",
    ]
    above = ["Vai al contenuto", "Cerca", "Chiudi", "Menu", "Politica", "Economia", "Sport"]
    head = ["Bollette, via libera al decreto", "", "Redazione ANSA", "MILANO, 05 novembre 2026, 15:12"]
    result = clean(_page(above, head, [*body, "RIPRODUZIONE RISERVATA © Copyright ANSA"], ["", "Condividi"]))
    assert result.byline == "Redazione ANSA"
    assert result.source == "ANSA"
    assert "MILANO, 05 novembre 2026, 15:12" not in result.text


def test_agencia_brasil_reporter_line_gives_the_writer_and_the_agency() -> None:
    body = [
        "O governo federal anunciou nesta terça-feira um novo programa de habitação popular.",
        "A previsão é que as primeiras unidades sejam entregues no segundo semestre.",
    ]
    above = ["Ir para o conteúdo", "Buscar", "Fechar", "Menu", "Geral", "Economia", "Política"]
    head = ["Governo lança programa de habitação", "", "Por Ana Souza - Repórter da Agência Brasil - Brasília"]
    head += ["Publicado em 05/11/2026 - 15:12"]
    result = clean(_page(above, head, [*body, "Edição: Carlos Lima"], ["", "Compartilhar"]))
    assert result.byline == "Ana Souza"
    assert result.source == "Agência Brasil"
    assert "Repórter da Agência Brasil" not in result.text


def test_keystone_ats_dateline_in_french() -> None:
    lede = "Genève (Keystone-ATS) - Les CFF ont annoncé une hausse de 2 %."
    result = clean(f"Les CFF augmentent leurs tarifs\n\n{lede}\n")
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Genève", "Keystone-ATS")


def test_swedish_page_with_tt_over_its_time() -> None:
    above = ["Till innehållet", "Sök", "Stäng", "Meny", "Nyheter", "Sverige", "Världen", "Ekonomi"]
    head = ["Regeringen föreslår sänkt skatt på el", "", "TT", "Publicerad 2026-11-25 07:47"]
    body = [
        "Trafikverket uppmanar bilister att undvika onödiga resor. Flera tåg har ställts in.",
        "Enligt myndigheten har hundratals hushåll varit utan ström sedan i går kväll.",
    ]
    below = ["", "Dela", "Läs också", "Mest läst", "Kontakta oss", "Cookieinställningar"]
    result = clean(_page(above, head, body, below))
    assert result.source == "TT"
    assert "Publicerad" not in result.text and "Sök" not in result.text and "Mest läst" not in result.text
    for paragraph in body:
        assert paragraph in result.text


def test_danish_ritzau_signoff_and_kl_time() -> None:
    above = ["Gå til indhold", "Søg", "Luk", "Menu", "Nyheder", "Indland", "Udland"]
    head = ["Regeringen vil hæve pensionsalderen", "", "Publiceret 7. sep. 2026 kl. 20.46"]
    body = [
        "Ministeren sagde, at aftalen vil blive fremlagt i næste uge. Oppositionen kritiserer forslaget.",
        "Forhandlingerne fortsætter tirsdag, oplyser ministeriet.",
    ]
    result = clean(_page(above, head, [*body, "/ritzau/"], ["", "Del", "Læs også", "Mest læste"]))
    assert result.source == "ritzau"
    assert "/ritzau/" not in result.text and "Publiceret" not in result.text
    for paragraph in body:
        assert paragraph in result.text


def test_polish_pap_closing_lines_keep_the_last_paragraph() -> None:
    above = ["Przejdź do treści", "Szukaj", "Zamknij", "Menu", "Wiadomości", "Kraj", "Świat"]
    head = ["Silny wiatr zerwał dachy w kilku województwach", "", "03.12.2026, 06:46"]
    body = [
        "Według strażaków w nocy interweniowali ponad tysiąc razy. Nikt nie został poważnie ranny.",
        "Minister zapewnił, że poszkodowani otrzymają pomoc. Projekt trafi teraz do Sejmu. (PAP)",
    ]
    tail = "autor: Anna Nowak\nmw/ sma/"
    result = clean(_page(above, head, [*body, tail], ["", "Udostępnij", "Czytaj także", "Najczęściej czytane"]))
    assert result.byline == "Anna Nowak"
    assert result.source == "PAP"
    assert result.credits == ("mw/ sma/",)
    assert "Projekt trafi teraz do Sejmu." in result.text


def test_czech_ctk_dateline_and_source_line() -> None:
    above = ["Přejít na obsah", "Hledat", "Zavřít", "Menu", "Zprávy", "Domácí", "Zahraniční"]
    head = ["Vláda schválila rozpočet na příští rok", "", "10. 1. 2026 11:50"]
    body = [
        "Praha 10. ledna (ČTK) - Vláda dnes schválila návrh rozpočtu. Schodek má činit 230 miliard korun.",
        "Opozice návrh kritizuje a žádá další úspory, uvedl mluvčí.",
    ]
    result = clean(_page(above, head, [*body, "Zdroj: ČTK"], ["", "Sdílet", "Čtěte také", "Nejčtenější"]))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Praha", "ČTK")
    assert result.source == "ČTK"
    assert "Zdroj: ČTK" not in result.text
