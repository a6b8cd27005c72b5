"""Round thirty-six, closing lines: national agencies' desk codes and credit lines under the story
(slashed codes on the agency's own page, capitals after the agency's name, initials under a rule of
"=", desks' credits in brackets, a desk code over the filing time), and closing lines with no field
(hashtags, a "follow us" line, the time the desk sent the copy, a note on the subscribers' service).
Synthetic pages, written for these tests."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import assert_body_stays, checked, port_story, took
from wire_articles import page as _page

TITLE = "Harbour terminal to open in spring"
OWN_MENU = "Skip to content\nHome\nNational\nBusiness\nSports"
OWN_FOOTER = "Share\nFacebook\nTwitter\nWhatsApp\nEmail\n\nAbout Us\nContact\n© 2026 Harbour Wire. All rights reserved."
BLOG_MENU = "Search\nClose this search box.\n\nHome\nWorld\nBusiness\nContact Us\n\nHome » World"
BLOG_FOOTER = (
    "Tags: Ports, Shipping\n\nShare this:\nClick to share on Facebook (Opens in new window)\n\n"
    "About Us\nPrivacy Policy\n© 2026 Port Daily Review. All rights reserved."
)


def test_slashed_desk_code_with_its_time_on_the_agencys_own_page_is_a_credit() -> None:
    result = checked(
        _page(OWN_MENU, TITLE, *port_story("Dhaka, March 3, 2026 (BSS) - "), "BSS/QR/TV/0915 hrs", OWN_FOOTER)
    )
    assert result.credits == ("BSS/QR/TV/0915 hrs",)
    assert result.source == "BSS"
    assert took(result, "BSS/QR/TV/0915 hrs")
    assert_body_stays(result.text)


def test_desk_code_between_slashes_is_a_credit() -> None:
    result = checked(_page(OWN_MENU, TITLE, *port_story("Varna, March 3 (BTA) - "), "/QT/", OWN_FOOTER))
    assert result.credits == ("/QT/",)
    assert "/QT/" not in result.text
    assert_body_stays(result.text)


def test_capitals_after_the_agencys_name_are_its_desk_code_not_a_byline() -> None:
    head = "March 3, 2026 by Asha Verma"
    result = checked(_page(BLOG_MENU, TITLE, head, *port_story("Pune, March 3 (PTI) "), "PTI QX VRT", BLOG_FOOTER))
    assert result.credits == ("PTI QX VRT",)
    assert result.byline == "Asha Verma"
    assert took(result, "PTI QX VRT")
    assert_body_stays(result.text)


def test_agency_in_the_posts_author_line_fills_the_byline_and_its_code_is_a_credit() -> None:
    head = "March 3, 2026 by UNI"
    result = checked(_page(BLOG_MENU, TITLE, head, *port_story("Pune, March 3 (UNI) "), "UNI QX VRT", BLOG_FOOTER))
    assert result.byline == "UNI"
    assert result.credits == ("UNI QX VRT",)
    assert head not in result.text and "QX VRT" not in result.text
    assert_body_stays(result.text)


def test_initials_under_a_rule_are_the_credit() -> None:
    result = checked(_page(TITLE, *port_story("NNA - "), "=========== K.Sm."))
    assert result.credits == ("K.Sm.",)
    assert "K.Sm." not in result.text and "====" not in result.text
    assert_body_stays(result.text)


def test_desks_credits_in_brackets_are_the_credits_without_the_brackets() -> None:
    credit = "RO - author: Dana Ilie, editor: Victor Stan; EN - author: Maria Enache, editor: Victor Stan"
    result = checked(_page(OWN_MENU, TITLE, *port_story("Cluj, March 3 /Agerpres/ - "), f"({credit})", OWN_FOOTER))
    assert result.credits == (credit,)
    assert credit not in result.text
    assert_body_stays(result.text)


def test_desk_code_over_the_filing_time_and_hashtags_close_theport_story() -> None:
    tail = "QR/TV\n\nBNA 1140 GMT 2026\n\n#Riffa #Ports"
    result = checked(_page(BLOG_MENU, TITLE, *port_story("Riffa, March 3 (BNA) -- "), tail, BLOG_FOOTER))
    assert result.credits == ("QR/TV",)
    assert result.source == "BNA"
    for line in ("QR/TV", "BNA 1140 GMT 2026", "#Riffa #Ports"):
        assert took(result, line), line
    assert_body_stays(result.text)


def test_time_the_desk_sent_the_copy_under_the_sign_off_is_a_closing_line() -> None:
    tail = "--SPA\n\n21:05 LOCAL TIME 18:05 GMT"
    result = checked(_page(OWN_MENU, TITLE, *port_story("JEDDAH, March 3, 2026, SPA -- "), tail, OWN_FOOTER))
    assert result.source == "SPA"
    assert took(result, "21:05 LOCAL TIME 18:05 GMT")
    assert result.credits == ()
    assert_body_stays(result.text)


def test_follow_line_under_the_source_line_is_a_closing_line() -> None:
    tail = "Source: MAP\n\nFollow us on Google News to get the newest stories."
    result = checked(_page(BLOG_MENU, TITLE, *port_story("Fez, March 3 (MAP) - "), tail, BLOG_FOOTER))
    assert result.source == "MAP"
    assert took(result, "Follow us on Google News to get the newest stories.")
    assert_body_stays(result.text)


def test_note_on_the_subscribers_service_is_a_closing_line() -> None:
    note = (
        "The agency's website carries only part of the stories sent to subscribers of its news service, "
        "in shortened form."
    )
    result = checked(_page(OWN_MENU, TITLE, *port_story("IZMIR (AA) - "), note, OWN_FOOTER))
    assert note not in result.text
    assert result.source == "AA"
    assert_body_stays(result.text)


# --- look-alikes: the story's own lines stay ---------------------------------------------------


def test_last_paragraph_with_a_hashtag_in_its_sentence_stays() -> None:
    last = "The drive, run under the hashtag #CleanHarbour, drew more than 900 volunteers on Saturday."
    result = checked(_page(TITLE, *PARAGRAPHS, last))
    assert last in result.text
    assert result.credits == ()
    assert_body_stays(result.text)


def test_follow_us_sentence_inside_the_story_stays() -> None:
    inner = "Follow us on Twitter, the harbour master told the crowd, and you will see every ship come in."
    result = checked(_page(TITLE, PARAGRAPHS[0], inner, *PARAGRAPHS[1:]))
    assert inner in result.text
    assert_body_stays(result.text)


def test_last_paragraph_asking_readers_to_follow_stays() -> None:
    last = "Organisers asked residents to follow us on social media, meaning the council's page, for closures."
    result = checked(_page(TITLE, *PARAGRAPHS, last))
    assert last in result.text


def test_fractions_in_a_last_line_are_no_desk_code() -> None:
    for last in ("24/7", "1/2", "Open 24/7 from March, the terminal will employ 1/2 of the old staff."):
        result = checked(_page(TITLE, *PARAGRAPHS, last))
        assert last in result.text, last
        assert result.credits == ()


def test_hashtag_line_with_no_story_above_it_is_read_only_under_theport_story() -> None:
    # a hashtag line inside the story, with the story's paragraphs under it, is the story's
    result = checked(_page(TITLE, PARAGRAPHS[0], "#Ports #Shipping", *PARAGRAPHS[1:]))
    assert "#Ports #Shipping" in result.text
