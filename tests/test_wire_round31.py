"""Round thirty-one: wire stories copied through other tools: pdftotext ``-layout`` (justified
datelines), a browser's reader view and print header, news apps' lines, e-mail alerts and
newsletters, read-later and note exports (synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

from cleannews.wire.dateline import find_dateline
from cleannews.wire.rules import wire_rules

RULES = wire_rules()


def test_a_justified_dateline_is_read_with_single_spaces() -> None:
    found = find_dateline("COLUMBUS,    Ohio   –   The city council said on Monday it would act.", RULES)
    assert found is not None and found.place == "COLUMBUS, Ohio"
    assert found.text == "COLUMBUS,    Ohio   –"
    found = find_dateline("NEW  YORK  –  The city said on Monday it would act.", RULES)
    assert found is not None and found.place == "NEW YORK"


def test_reader_view_domain_over_a_tagged_headline() -> None:
    text = _page(
        "en.example-agency.test",
        "(LEAD) Harbour terminal to open in spring",
        "3–4 minutes",
        "SEOUL, Nov. 5 (Yonhap) -- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "(END)",
    )
    result = checked(text)
    assert result.tags == ("LEAD",)
    assert result.title == "Harbour terminal to open in spring"
    assert "en.example-agency.test" in {r.text for r in result.removed}


def test_browser_print_header_and_footer_are_chrome() -> None:
    address = "https://www.example-wire.test/world/harbour-terminal-2026-11-05/"
    text = _page(
        "11/05/26, 6:40 AM            Exclusive: Harbour terminal to open in spring | Example Wire",
        "Exclusive: Harbour terminal to open in spring",
        "By Jane Doe\nNovember 5, 2026 3:12 PM GMT+9 Updated 2 hours ago",
        "SEOUL, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Reporting by Jane Doe; Editing by John Roe",
        f"{address}                              1/1",
    )
    result = checked(text)
    assert result.tags == ("Exclusive",)
    assert result.credits == ("Reporting by Jane Doe; Editing by John Roe",)
    reasons = {r.text: r.reason for r in result.removed}
    assert "print header" in reasons[text.split("\n")[0]]
    assert "print footer" in reasons[f"{address}                              1/1"]


def test_alert_email_lines_over_a_breaking_headline() -> None:
    text = _page(
        "Example News Alert\nView in browser [link]",
        "BREAKING: Harbour terminal to open in spring",
        "NEW YORK (AP) — " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = checked(text)
    assert result.tags == ("BREAKING",)
    assert {"Example News Alert", "View in browser [link]"} <= {r.text for r in result.removed}


def test_closing_lines_above_an_apps_read_in_app_line() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "(Bloomberg) -- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "--With assistance from Jane Doe.",
        "©2026 Bloomberg L.P.",
        "Read in app",
    )
    result = checked(text)
    assert result.credits == ("With assistance from Jane Doe.",)
    assert result.copyright == "©2026 Bloomberg L.P."


def test_closing_credit_above_view_comments() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "SEOUL, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "(Reporting by Jane Doe; Editing by John Roe)",
        "View comments",
    )
    result = checked(text)
    assert result.credits == ("Reporting by Jane Doe; Editing by John Roe",)


def test_saved_on_line_is_a_head_line_over_the_providers_line() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "english.example-news.test\nSaved from https://english.example-news.test/news/2026/11/harbour.html\n"
        "Saved on November 5, 2026 at 3:12 PM\nKYODO NEWS - Nov 5, 2026 - 15:12 | All, World",
        "TOKYO - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = checked(text)
    assert result.source == "KYODO NEWS"
    gone = {r.text for r in result.removed}
    assert "Saved on November 5, 2026 at 3:12 PM" in gone


def test_a_notes_source_address_and_saved_lines_are_head_lines() -> None:
    text = _page(
        "Source: https://www.example-paper.test/india-news/harbour-terminal-121934812904_1.html\n"
        "Saved: 05/11/2026 15:40",
        "Harbour terminal to open in spring",
        "Press Trust of India | New Delhi",
        "New Delhi, Nov 5 (PTI) " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = checked(text)
    assert result.source == "Press Trust of India"
    gone = {r.text for r in result.removed}
    assert "Saved: 05/11/2026 15:40" in gone
    assert "Press Trust of India | New Delhi" in gone


def test_a_newsletters_team_is_no_byline() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "By the Morning Brief team",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = checked(text)
    assert result.byline is None
    assert "By the Morning Brief team" in result.text


def test_a_named_team_still_signs() -> None:
    result = checked(_page("Harbour terminal to open in spring", "By the Copperleaf Team", *PARAGRAPHS))
    assert result.byline == "the Copperleaf Team"
