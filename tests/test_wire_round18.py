"""Round eighteen's closing and byline forms (wire copy as other outlets run it), fitted after its blind
run: a desk editor's initials after a source, a public-interest scheme's reporter, its funding note,
a newsletter's own promotions and a syndicate's note under a column. Every line is written for the test."""

from __future__ import annotations

import pytest
from wire_articles import article, checked

from cleannews.wire.byline import parse_byline
from cleannews.wire.rules import wire_rules
from cleannews.wire.trailer import classify_trailer

RULES = wire_rules()


@pytest.mark.parametrize(("line", "source"), [("Source: Reuters/ec", "Reuters"), ("Source: AFP/fh", "AFP")])
def test_a_desk_editors_initials_are_no_part_of_the_source(line: str, source: str) -> None:
    result = checked(article(tail=line))
    assert result.source == source and line not in result.text


def test_two_agencies_after_a_slash_stay_as_printed() -> None:
    found = classify_trailer("Source: AFP/Reuters", RULES)
    assert found is not None and found.value == "AFP/Reuters"


def test_a_local_democracy_reporter_is_a_role() -> None:
    byline = parse_byline("By Hana Okoro, Local Democracy Reporter", RULES)
    assert byline is not None and byline.names == "Hana Okoro"
    result = checked(article("By Hana Okoro, Local Democracy Reporter"))
    assert result.byline == "Hana Okoro" and "Local Democracy" not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
        "Want more? Sign up for Harbour Briefing, our free daily newsletter.",
        "Forwarded this email? Subscribe here.",
        "To find out more about Hana Okoro and read features by other Creators Syndicate writers and "
        "cartoonists, visit the Creators Syndicate website at www.creators.com.",
    ],
)
def test_closing_notes_leave_the_text_with_no_field(line: str) -> None:
    result = checked(article(tail=line))
    assert line not in result.text
    assert result.credits == () and result.source is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Want more? The council says the fares will rise again next year.",
        "Local democracy is funded through the rates, the mayor said.",
    ],
)
def test_sentences_like_the_notes_stay(sentence: str) -> None:
    assert sentence in checked(article(tail=sentence)).text


def test_the_canadian_press_after_the_name_without_a_comma() -> None:
    result = checked(article("By Hana Okoro The Canadian Press"))
    assert (result.byline, result.source) == ("Hana Okoro", "The Canadian Press")


@pytest.mark.parametrize(
    "line",
    [
        "This story was originally published by Harbour Matters and distributed through a partnership with "
        "The Associated Press.",
        "Hana Okoro is a columnist for the Lakeside Sentinel.",
        "Hana Okoro is a Bloomberg Opinion columnist covering shipping.",
    ],
)
def test_republication_notes_and_columnists_lines_are_credits(line: str) -> None:
    result = checked(article(tail=line))
    assert result.credits == (line.rstrip("."),) or result.credits == (line,)
    assert line not in result.text


def test_a_sentence_about_a_columnist_in_the_story_stays() -> None:
    sentence = "The mayor is a columnist for the local paper, which she has written for since 2019."
    assert sentence in checked(article(tail=sentence)).text


def test_an_agency_signing_off_with_its_acronym() -> None:
    result = checked(article(tail="African News Agency (ANA)"))
    assert result.source == "African News Agency (ANA)" and "ANA" not in result.text


def test_a_bloomberg_opinion_column_closes_with_its_disclaimer() -> None:
    tail = (
        "This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP "
        "and its owners.\n\n"
        "Hana Okoro is a Bloomberg Opinion columnist covering shipping.\n\n"
        "More stories like this are available on bloomberg.com/opinion"
    )
    result = checked(article(tail=tail))
    assert result.credits == ("Hana Okoro is a Bloomberg Opinion columnist covering shipping.",)
    assert "Bloomberg" not in result.text


def test_an_agencys_beat_correspondent_names_the_agency() -> None:
    result = checked(article("By Hana Okoro, PA Home Affairs Correspondent"))
    assert (result.byline, result.source) == ("Hana Okoro", "PA")
