"""Round twenty-seven: story forms beyond the straight news story (live pages, obituaries, columns)."""

from __future__ import annotations

import pytest

from cleannews import clean

FIRST = (
    "The transport minister told parliament on Thursday that the rail franchise would be brought back "
    "under public control by the spring, ending months of uncertainty for passengers."
)
SECOND = (
    "Opposition members said the plan left open how the service would be paid for, and called for the "
    "full cost to be published before the vote next week."
)
THIRD = (
    "Unions welcomed the announcement but warned that staff shortages on the northern routes would not "
    "be solved by a change of owner alone, and asked for talks on pay."
)


def _page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _live_page(byline: str) -> str:
    return _page(
        ["Rail live: Minister says franchise will return to public hands"],
        ["The minister is expected to make a statement to parliament later today."],
        [byline],
        ["Thu 5 Nov 2026 15.12 GMT"],
        [
            "Key events",
            "2h ago",
            "Minister says no decision has been taken",
            "Show key events only",
            "Please turn on JavaScript to use this feature",
        ],
        ["15.07 GMT"],
        [FIRST],
        ["14.58 GMT"],
        [SECOND],
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Carver (now) and Tom Hartley (earlier)", "Ann Carver and Tom Hartley"),
        ("Ann Carver (now), Tom Hartley and Priya Nair (earlier)", "Ann Carver, Tom Hartley and Priya Nair"),
    ],
)
def test_a_live_pages_shift_byline_gives_the_names(line: str, names: str) -> None:
    result = clean(_live_page(line))
    assert result.byline == names
    removed = [r.text for r in result.removed]
    assert line in removed and "Thu 5 Nov 2026 15.12 GMT" in removed
    assert FIRST in result.paragraphs and SECOND in result.paragraphs


def test_the_first_entry_stamp_under_the_key_events_is_a_head_line() -> None:
    result = clean(_live_page("Ann Carver"))
    assert result.byline == "Ann Carver"
    removed = [r.text for r in result.removed]
    assert "15.07 GMT" in removed
    assert "14.58 GMT" not in removed  # a later entry's stamp is no head line
    assert FIRST in result.paragraphs


def test_a_live_entry_opening_with_a_time_stays_text() -> None:
    entry = "15.07 GMT: the minister has arrived at parliament and is expected to speak within the hour."
    text = _page(
        ["Rail live: Minister says franchise will return to public hands"],
        ["Ann Carver"],
        ["Thu 5 Nov 2026 15.12 GMT"],
        ["Key events", "2h ago", "Minister says no decision has been taken"],
        [entry],
        [FIRST],
    )
    result = clean(text)
    assert entry in result.paragraphs and FIRST in result.paragraphs
    assert "Key events" in result.text  # the block is the page's, not the wire pass'


@pytest.mark.parametrize("slug", ["OBITUARY", "Obituary"])
def test_an_obituary_slug_is_a_headline_tag(slug: str) -> None:
    text = _page(
        [f"{slug}-Margaret Ellison, champion of public transport, dies at 91"],
        [f"LONDON, Nov 5 (Reuters) - {FIRST}"],
        [SECOND],
        ["Reporting by Jane Doe; Editing by John Roe"],
    )
    result = clean(text)
    assert result.tags == (slug,)
    assert result.title == "Margaret Ellison, champion of public transport, dies at 91"


DISCLAIMER = (
    "This column reflects the personal views of the author and does not necessarily reflect the opinion "
    "of the editorial board or Bloomberg LP and its owners."
)


def test_an_opinion_services_disclaimer_is_a_trailer() -> None:
    text = _page(
        ["Rail nationalisation is the easy part"],
        ["By Ann Carver, Bloomberg Opinion"],
        [FIRST],
        [SECOND],
        [DISCLAIMER],
        ["Ann Carver is a Bloomberg Opinion columnist covering transport. She was previously a reporter at the FT."],
        ["More stories like this are available on bloomberg.com/opinion"],
    )
    result = clean(text)
    assert DISCLAIMER in [r.text for r in result.removed]
    assert DISCLAIMER not in result.text
    assert SECOND in result.paragraphs


def test_a_sentence_about_a_column_in_the_body_stays() -> None:
    sentence = "The column reflects the personal views of many commuters, who say the timetable has never worked."
    text = _page(["Readers answer back on the rail plan"], [FIRST], [sentence], [SECOND])
    result = clean(text)
    assert sentence in result.paragraphs and SECOND in result.paragraphs


def test_a_listed_bracketed_tag_before_a_lower_case_headline() -> None:
    text = _page(
        ["(News Focus) what the rail deal leaves open for the regions"],
        ["By Kim Soo-yeon"],
        [f"SEOUL, Nov. 5 (Yonhap) -- {FIRST}"],
        [SECOND, THIRD],
        ["(END)"],
    )
    result = clean(text)
    assert result.tags == ("News Focus",)
    assert result.byline == "Kim Soo-yeon"
