"""Round eighteen's closing and byline forms (wire copy as other outlets run it), fitted after its blind
run: a desk editor's initials after a source, a public-interest scheme's reporter, its funding note,
a newsletter's own promotions and a syndicate's note under a column. Every line is written for the test."""

from __future__ import annotations

import pytest
from wire_articles import BODY, article, checked

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


# --- fitted by general rules after the rest of the blind run -------------------------------------


@pytest.mark.parametrize(
    ("head", "source"),
    [
        ("By Hana Okoro, Harbourline", "Harbourline"),  # a coined word too rare to be a title
        ("By Hana Okoro, LakeMatters", "LakeMatters"),  # an inner capital
        ("Hana Okoro, Metro24\n\n05 Nov 2026", "Metro24"),  # a digit, no "By"
    ],
)
def test_a_partner_brand_in_the_bylines_outlet_slot_is_the_source(head: str, source: str) -> None:
    result = checked(article(head))
    assert (result.byline, result.source) == ("Hana Okoro", source)
    assert source not in result.text


@pytest.mark.parametrize("head", ["By Hana Okoro, Nairobi", "By Hana Okoro, Founder", "By Hana Okoro, CEO"])
def test_a_place_or_a_title_after_the_name_is_no_source(head: str) -> None:
    result = checked(article(head))
    assert result.byline == "Hana Okoro" and result.source is None


def test_a_time_line_with_its_first_publication_after_a_comma() -> None:
    line = "Updated May 2 2026 - 4:40pm, first published 2:40pm"
    result = checked(article(f"By Hana Okoro\n\n{line}"))
    assert result.byline == "Hana Okoro" and line not in result.text


def test_an_agency_in_the_bylines_place_with_a_time_after_an_at_sign() -> None:
    text = article("By Antara - May 2, 2026 @ 4:40pm", lede="JAKARTA: " + BODY)
    result = checked(text)
    assert (result.byline, result.source) == ("Antara", "Antara")
    assert result.dateline is not None and result.dateline.place == "JAKARTA"
    assert "@" not in result.text


@pytest.mark.parametrize("tail", ["(NAN)", "(NAN)\n\nEdited by Hana Okoro"])
def test_an_agencys_initials_in_brackets_sign_off_the_story(tail: str) -> None:
    result = checked(article(tail=tail))
    assert result.source == "NAN" and "NAN" not in result.text


def test_an_agencys_initials_glued_to_the_last_paragraph() -> None:
    text = article(lede=BODY) + "\nThe ministry will publish the figures in March. (NAN)\n"
    result = checked(text)
    assert result.source == "NAN" and "(NAN)" not in result.text
    assert "The ministry will publish the figures in March." in result.text


@pytest.mark.parametrize("ending", ["The full report is online. (PDF)", "The talks resume on Monday. (NAN"])
def test_brackets_that_spell_no_agency_stay(ending: str) -> None:
    result = checked(article(tail=ending))
    assert ending in result.text and result.source is None


def test_an_image_credit_with_a_middle_initial_under_a_sign_off() -> None:
    result = checked(article(tail="AAP\n\nImage: AAP Image/Hana R. Okoro"))
    assert result.source == "AAP" and result.credits == ("Image: AAP Image/Hana R. Okoro",)
    assert "AAP" not in result.text


def test_a_shared_copys_address_and_the_apps_note_leave_the_text() -> None:
    tail = "https://www.example-news.com/2026/0502/council-passes-budget\n\nShared from the Harbour News app"
    result = checked(article(tail=tail))
    assert "example-news" not in result.text and "Shared" not in result.text
    assert result.credits == () and result.source is None


def test_a_bare_address_closing_a_page_stays_without_a_share_note() -> None:
    address = "https://www.example-news.com/2026/0502/council-passes-budget"
    assert address in checked(article(tail=address)).text


def test_a_feeds_footer_under_agency_copy_is_a_credit() -> None:
    note = "The post Council passes budget appeared first on Harbour Business Daily."
    result = checked(article(lede="LONDON, May 2 (Reuters) - " + BODY, tail=note))
    assert result.credits == (note,) and note not in result.text


def test_a_feeds_footer_on_a_sites_own_page_stays() -> None:
    # The ground truth of real pages keeps the line as the text of a blog's own post.
    note = "The post Council passes budget appeared first on Harbour Business Daily."
    result = checked(article(tail=note))
    assert note in result.text and result.credits == ()


def test_a_numbered_update_tag_before_a_headline_in_lower_case() -> None:
    result = checked(article(title="UPDATE 2-oil prices slip as stocks build"))
    assert result.tags == ("UPDATE 2",) and result.title == "oil prices slip as stocks build"


def test_a_lower_case_word_after_a_slug_without_a_take_is_no_tag() -> None:
    assert checked(article(title="ANALYSIS-driven hiring is here to stay")).tags == ()


def test_durban_opens_a_dateline_before_a_hyphen() -> None:
    result = checked(article(lede="Durban - " + BODY))
    assert result.dateline is not None and result.dateline.place == "Durban"
