"""Round twenty-five: wire stories as article extractors output them, with leftovers between paragraphs."""

from __future__ import annotations

from cleannews import clean

PLAYER = [
    "Video Player is loading.",
    "Play Video",
    "Play",
    "Mute",
    "Current Time 0:00",
    "/",
    "Duration 2:14",
    "Loaded: 0%",
]
LEDE = (
    "WASHINGTON (AP) — The county board voted on Tuesday to delay the new parking rules by a year, "
    "saying shop owners needed more time to prepare for the change."
)
MIDDLE = (
    "Several owners told the board that the rules, as written, would cut the number of spaces in front "
    "of their stores by half. The board asked its staff to draft a smaller plan by the spring."
)
LAST = "The board meets again on March 4."


def _story(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_players_text_between_the_lede_and_the_rest_takes_no_paragraph() -> None:
    result = clean(_story(["Parking rules delayed by a year"], [LEDE], PLAYER, [MIDDLE], PLAYER, [LAST]))
    for paragraph in (LEDE, MIDDLE, LAST):
        assert paragraph in result.text
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("WASHINGTON", "AP")
    for control in ("Video Player is loading.", "Current Time 0:00", "Duration 2:14", "Loaded: 0%"):
        assert control not in result.text
    assert {r.reason for r in result.removed if r.text in PLAYER} == {"video player (the text of its controls)"}


def test_a_player_above_the_lede_leaves_the_dateline_to_the_wire_pass() -> None:
    lede = LEDE.replace("WASHINGTON (AP)", "KYIV, Ukraine (AP)")
    result = clean(_story(["Parking rules delayed by a year"], PLAYER, [lede], PLAYER, [MIDDLE]))
    assert lede.split("— ", 1)[1] in result.text
    assert MIDDLE in result.text
    assert result.dateline is not None
    assert result.dateline.place == "KYIV, Ukraine"
    assert result.source == "AP"


def test_a_clips_length_under_its_watch_line_is_no_publication_time() -> None:
    result = clean(_story(["Parking rules delayed by a year"], ["WATCH: Board delays parking rules", "02:31"], [LEDE]))
    taken = {r.text: r.pass_name for r in result.removed}
    assert taken.get("02:31") == "chrome"
    assert LEDE in result.text


def test_a_most_read_box_above_a_continue_prompt_does_not_end_the_article() -> None:
    box = ["Most Read from Bloomberg Businessweek", "Storm leaves thousands without power", "Markets slide on rates"]
    last = "Shares of the company rose 4% in New York trading after the report. Analysts expect more cuts."
    text = _story(
        ["Retailer plans to cut 500 jobs"],
        [f"(Bloomberg) -- {MIDDLE}"],
        [LEDE.split("— ", 1)[1]],
        [*box, "", "Scroll to continue with content"],
        [last],
        ["©2026 Bloomberg L.P."],
    )
    result = clean(text)
    assert last in result.text
    for line in box:
        assert line not in result.text
    assert result.copyright == "©2026 Bloomberg L.P."


def test_a_glued_update_time_is_split_off_the_byline() -> None:
    head = ["Parking rules delayed by a year", "", "By JANE DOE Associated PressUpdated 3:12 PM EST, November 5, 2026"]
    result = clean(_story(head, [LEDE], [MIDDLE]))
    assert result.byline == "JANE DOE"
    assert result.source == "Associated Press"
    assert "PressUpdated" not in result.text


# --- negatives ---------------------------------------------------------------------------------


def test_a_body_sentence_naming_reuters_stays() -> None:
    said = "Reuters reported on Monday that the board had received more than 300 letters about the plan."
    result = clean(_story(["Parking rules delayed by a year"], [LEDE], PLAYER, [MIDDLE], [said]))
    assert said in result.text
    assert result.credits == ()


def test_a_features_place_dateline_is_a_place_only() -> None:
    lede = "PARIS — It was a cold morning when the first shop owners lined up outside the town hall to speak."
    result = clean(_story(["Shop owners line up"], [lede], PLAYER, [MIDDLE], [LAST]))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("PARIS", None)
    assert lede in result.text
    assert LAST in result.text


def test_a_short_last_paragraph_under_a_player_stays() -> None:
    result = clean(_story(["Parking rules delayed by a year"], [LEDE], [MIDDLE], PLAYER, ["It passed 7-2."]))
    assert "It passed 7-2." in result.text


def test_a_provider_line_vouches_for_a_mixed_case_city_before_a_colon() -> None:
    lede = "Kolkata: The state government on Tuesday announced a new scheme for small traders in the city."
    rest = "The scheme will offer loans at low rates to more than 10,000 traders, the minister said."
    result = clean(_story(["Top tools for small traders in 2026"], ["Press Trust of India"], [lede], [rest]))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Kolkata", None)
    assert result.source == "Press Trust of India"
    assert lede in result.text


def test_a_city_before_a_colon_with_no_agency_is_no_dateline() -> None:
    lede = "Bordeaux: One of the most famous wine regions in the world draws millions of visitors a year."
    result = clean(_story(["A guide to the wine regions"], [lede], [MIDDLE]))
    assert result.dateline is None


def test_a_credit_line_cut_short_is_still_the_credit() -> None:
    lede = "LONDON, Dec 13 (Reuters) - Britain's economy grew faster than expected in October, data showed."
    rest = "Economists polled by Reuters had expected growth of 0.1%, after a flat September."
    cut = "(Reporting by Jane Doe in London; Editing by Jo"
    result = clean(_story(["UPDATE 2-UK economy grows"], [lede], [rest], [cut]))
    assert result.credits == ("Reporting by Jane Doe in London; Editing by Jo",)
    assert cut not in result.text
    assert rest in result.text


def test_a_paragraph_opening_a_bracket_is_no_credit() -> None:
    lede = "LONDON, Dec 13 (Reuters) - Britain's economy grew faster than expected in October, data showed."
    last = "(Reporting by the statistics office showed that; Prices rose for a third month"
    result = clean(_story(["UK economy grows"], [lede], [last]))
    assert result.credits == ()
    assert last in result.text


def test_a_writer_and_agency_line_under_no_headline_is_the_byline() -> None:
    lede = "The council will vote on the plan on Monday, the mayor said in a statement on Tuesday."
    result = clean(_story(["Priya Menon | AAP"], [lede], [MIDDLE]))
    assert (result.title, result.byline, result.source) == (None, "Priya Menon", "AAP")
    assert lede in result.text


def test_a_bare_name_over_the_canadian_press_is_the_byline() -> None:
    lede = "TORONTO — The council will vote on the plan on Monday, the mayor said in a statement."
    result = clean(_story(["Sarah Lindqvist"], ["The Canadian Press"], [lede], [MIDDLE]))
    assert (result.title, result.byline, result.source) == (None, "Sarah Lindqvist", "The Canadian Press")


def test_a_name_over_a_sentence_stays_the_headline() -> None:
    result = clean(_story(["Jane Doe"], ["Jane Doe was born in 1950 in a small town by the sea."], [MIDDLE]))
    assert result.byline is None
    assert result.title == "Jane Doe"


def test_a_staff_writers_closing_bio_is_a_credit() -> None:
    lede = "PARIS — It was a cold morning when the first shop owners lined up outside the town hall to speak."
    bio = "Jane Doe is a reporter at The Daily Courier covering courts."
    result = clean(_story(["Shop owners line up"], [lede], [MIDDLE], [bio]))
    assert result.credits == (bio,)
    assert bio not in result.text


def test_a_sentence_about_a_reporter_is_no_bio() -> None:
    lede = "PARIS — It was a cold morning when the first shop owners lined up outside the town hall to speak."
    last = "Jane Doe is a reporter at the hospital where she worked for ten years before the strike began."
    result = clean(_story(["Shop owners line up"], [lede], [MIDDLE], [last]))
    assert result.credits == ()
    assert last in result.text


def test_an_agencys_copyright_with_its_legal_form_is_the_storys() -> None:
    lede = "(Bloomberg) -- Retail sales rose for a third month in October, the government said on Friday."
    page = ["Skip to content", "Menu", "Sign in", "Markets", "Economy", "Technology"]
    result = clean(_story(page, ["Retail sales rise"], [lede], [MIDDLE], ["©2026 Bloomberg L.P."]))
    assert result.copyright == "©2026 Bloomberg L.P."
    assert [r.pass_name for r in result.removed if r.text == "©2026 Bloomberg L.P."] == ["wire"]  # a trailer
    assert MIDDLE in result.text


def test_a_closing_feed_note_vouches_for_a_mixed_case_city_before_a_colon() -> None:
    lede = "Chennai: The state government on Tuesday announced a new scheme for small traders in the city."
    rest = "The scheme will offer loans at low rates to more than 10,000 traders, the minister said."
    note = (
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a "
        "syndicated feed.)"
    )
    result = clean(_story(["Scheme for small traders"], [lede], [rest], [note]))
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.agency) == ("Chennai", None)
    assert lede in result.text
    assert note not in result.text
