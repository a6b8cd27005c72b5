"""Round thirty-eight, closing lines: a republishing site's own line naming the agency it took the
story from ("Courtesy: dpa", "Via Anadolu Agency"), a feed's footer under an agency's copyright ("The
post TITLE appeared first on SITE."), a last paragraph a scraper's dump broke at its links, and
look-alikes that stay the story's (a line of an agency's name that a link broke out of a sentence,
"Courtesy of" in a sentence, a hashtag in a sentence, "Follow us" inside the story, fractions).
Synthetic pages, written for these tests."""

from __future__ import annotations

from wire_articles import assert_body_stays, checked, port_story, took
from wire_articles import page as _page

TITLE = "Harbour terminal to open in spring"
MENU = "Search\nClose this search box.\n\nHome\nWorld\nBusiness\nContact Us"
FOOTER = (
    "Share\nFacebook\nX\nWhatsApp\n\nRelated\nFerry fares to rise in summer\nMay 3, 2026\n\n"
    "About Us\nContact\nPrivacy Policy\nCopyright © 2026 Quayside Expat News\nPowered by WordPress"
)
AP_NOTICE = (
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed."
)
FEED_FOOTER = "The post Harbour terminal to open in spring appeared first on Quayside Daily."


def test_courtesy_line_names_the_agency_as_printed() -> None:
    result = checked(_page(MENU, TITLE, *port_story("Valencia, May 3 (EFE).- "), "Courtesy: dpa", FOOTER))
    assert result.source == "dpa"
    assert took(result, "Courtesy: dpa")
    assert_body_stays(result.text)


def test_via_line_under_a_lone_place_names_the_agency_with_its_word_agency() -> None:
    result = checked(_page(MENU, TITLE, "ANKARA", *port_story(), "Via Anadolu Agency", FOOTER))
    assert result.source == "Anadolu Agency"
    assert took(result, "Via Anadolu Agency")
    assert_body_stays(result.text)


def test_courtesy_of_a_person_is_no_source() -> None:
    closing = "Courtesy: Maria Lindqvist"
    result = checked(_page(MENU, TITLE, *port_story(), closing, FOOTER))
    assert result.source is None
    assert not took(result, closing)
    assert_body_stays(result.text)


def test_last_paragraph_opening_courtesy_of_in_a_sentence_stays() -> None:
    last = "Courtesy of the port, visitors may tour the new quay on Sunday."
    result = checked(_page(MENU, TITLE, *port_story(), last, FOOTER))
    assert last in result.text
    assert result.source is None
    assert_body_stays(result.text)


def test_feed_footer_under_the_agencys_copyright_is_a_credit() -> None:
    text = "\n".join((TITLE, *port_story("BOSTON (AP) — "), AP_NOTICE, FEED_FOOTER, "Tags Ports, Shipping", FOOTER))
    result = checked(text)
    assert FEED_FOOTER in result.credits
    assert result.copyright == AP_NOTICE
    assert took(result, FEED_FOOTER) and took(result, AP_NOTICE)
    assert_body_stays(result.text)


def test_feed_footer_under_the_agencys_copyright_without_a_dateline_is_a_credit() -> None:
    text = "\n".join((TITLE, *port_story(), AP_NOTICE, FEED_FOOTER, "Tags Ports, Shipping", FOOTER))
    result = checked(text)
    assert result.credits == (FEED_FOOTER,)
    assert result.copyright == AP_NOTICE
    assert_body_stays(result.text)


def test_feed_footer_under_a_sites_own_story_stays_its_text() -> None:
    result = checked(_page(TITLE, *port_story(), FEED_FOOTER))
    assert result.credits == ()
    assert FEED_FOOTER in result.text


def test_agencies_named_on_a_line_a_link_broke_out_of_a_sentence_are_no_sign_off() -> None:
    broken = "AP and Reuters\nboth carried the\nstatement, which was later withdrawn."
    text = "\n".join((TITLE, *port_story("MIAMI (AP) — "), broken, "Tags: Ports, Shipping", FOOTER))
    result = checked(text)
    assert result.source == "AP"
    assert "AP and Reuters" in result.text and "statement, which was later withdrawn." in result.text
    assert_body_stays(result.text)


def test_last_paragraph_broken_at_a_link_over_a_word_in_lower_case_stays() -> None:
    broken = " Read the harbour plan - A short overview\nof\nBerths, cranes and schedules for the first year."
    text = "\n".join((TITLE, *port_story("MIAMI (AP) — "), broken, "Source: AP", "Tags: Ports, Shipping", FOOTER))
    result = checked(text)
    assert result.source == "AP"
    assert "Berths, cranes and schedules for the first year." in result.text
    assert not any(r.text.strip() == "of" for r in result.removed)
    assert_body_stays(result.text)


def test_last_paragraph_that_is_a_sentence_with_a_hashtag_stays() -> None:
    last = "The authority will post updates on the opening under #HarbourTerminal, a spokeswoman said."
    result = checked(_page(MENU, TITLE, *port_story(), last, FOOTER))
    assert last in result.text
    assert result.credits == ()
    assert result.source is None
    assert_body_stays(result.text)


def test_follow_us_sentence_inside_the_story_stays() -> None:
    inside = "Follow us on the quay, the guide told the visitors, and keep behind the yellow line."
    story = port_story("Valencia, May 3 (EFE).- ")
    result = checked(_page(MENU, TITLE, story[0], inside, *story[1:], "Courtesy: EFE", FOOTER))
    assert inside in result.text
    assert result.source == "EFE"
    assert_body_stays(result.text)


def test_fractions_in_a_line_stay() -> None:
    lines = ("Berths open 24/7 from the first week.", "Cranes work at 1/2 capacity until June, officials said.")
    result = checked(_page(MENU, TITLE, *port_story(), *lines, "Via Anadolu Agency", FOOTER))
    for line in lines:
        assert line in result.text
    assert result.source == "Anadolu Agency"
    assert_body_stays(result.text)
