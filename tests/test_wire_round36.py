"""Round thirty-six: national agencies beyond the big ones as corpora scrape them -- SPA's dateline
with the Hijri date before the Gregorian one, MENA's provider line set off by a comma, and words a
scraper broke before a suffix that is a word of its own (synthetic pages, written for these tests)."""

from __future__ import annotations

import pytest
from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

from cleannews.wire.dateline import find_dateline
from cleannews.wire.rules import wire_rules

TITLE = "Harbour terminal to open in spring"
MENU = "Home\nGulf\nWorld\nBusiness\nSports"


@pytest.mark.parametrize(
    ("dateline", "place", "date"),
    [
        ("Riyadh, Jumada II 12, 1448, May 8, 2026, SPA --", "Riyadh", "Jumada II 12, 1448, May 8, 2026"),
        ("Makkah, Ramadan 3, 1447 AH, February 20, 2026, SPA --", "Makkah", "Ramadan 3, 1447 AH, February 20, 2026"),
        ("Jeddah, Dhul-Hijjah 9, 1447, May 26, 2026, SPA --", "Jeddah", "Dhul-Hijjah 9, 1447, May 26, 2026"),
    ],
)
def test_hijri_date_before_the_gregorian_one_is_read(dateline: str, place: str, date: str) -> None:
    result = checked(_page(MENU, TITLE, f"{dateline} {PARAGRAPHS[0]}", *PARAGRAPHS[1:]))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == (place, date, "SPA")
    assert result.dateline.text == dateline
    assert result.source == "SPA"
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_hijri_date_in_a_sentence_is_no_dateline() -> None:
    rules = wire_rules()
    assert find_dateline("Riyadh, Ramadan 3, 1447, was a busy day for the city's markets.", rules) is None
    lede = "Riyadh, Jumada II 12, 1448, saw the first rain of the season, officials said."
    assert find_dateline(lede, rules) is None


def test_agency_leading_the_time_line_with_a_comma_is_the_source() -> None:
    result = checked(_page(MENU, TITLE, "MENA , Thursday 19 Apr 2026", *PARAGRAPHS))
    assert result.source == "MENA"
    assert "MENA , Thursday" not in result.text
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_city_leading_a_time_line_names_no_source() -> None:
    result = checked(_page(MENU, TITLE, "Cairo , Thursday 19 Apr 2026", *PARAGRAPHS))
    assert result.source is None


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("the gaps left by tradition\nal software licenses", "the gaps left by traditional software licenses"),
        ("carried the state\nment, which was withdrawn", "carried the statement, which was withdrawn"),
        ("another improve\nment that affects it", "another improvement that affects it"),
    ],
)
def test_word_broken_before_a_suffix_is_mended(broken: str, whole: str) -> None:
    paragraph = f"The council said on Tuesday that {broken}, a spokeswoman told reporters."
    result = checked(_page(TITLE, PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]))
    assert f"The council said on Tuesday that {whole}, a spokeswoman told reporters." in result.text


@pytest.mark.parametrize(
    "kept",
    [
        "the authors, Kim et\nal. wrote in the journal",  # "etal" is no word
        "which the council was\nless keen on",  # "wasless" is no word
        "the ship\nless than a mile away",  # "shipless" is rare
    ],
)
def test_word_before_a_lone_suffix_word_is_not_glued(kept: str) -> None:
    paragraph = f"The council said on Tuesday that {kept}, a spokeswoman told reporters."
    result = checked(_page(TITLE, PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]))
    assert " ".join(paragraph.split()) in " ".join(result.text.split())
