"""Round twenty-three: whole pages of wire stories on regional outlets (the page's chrome around them)."""

from __future__ import annotations

from cleannews import clean

LEDE = "The ministry said on Thursday that exports rose for a third straight month on strong chip demand."
BODY = [
    "Shipments of semiconductors climbed 12 percent from a year earlier, the data showed.",
    "Officials expect the trend to continue into the first quarter of next year, citing new orders.",
]
MENU = ["Lagos Ledger", "Menu", "News", "Politics", "Business", "Sports", "Entertainment"]
FOOTER = ["Leave a Reply", "Your email address will not be published.", "© 2026 Lagos Ledger Limited"]
RELATED = ["Related", "Farmers protest over fuel prices", "Police arrest two after warehouse fire in port city"]


def _page(above: list[str], story: list[str], below: list[str]) -> str:
    return "\n".join(above) + "\n\n" + "\n\n".join(story) + "\n\n\n" + "\n".join(below) + "\n"


def test_a_sign_off_glued_to_the_last_paragraph_takes_no_sentence_with_it() -> None:
    last = "Ports and airlines both carried the notice, which was later withdrawn. (NAN)"
    page = _page([*MENU, "", "Exports rise for third straight month"], [LEDE, *BODY, last], [*RELATED, *FOOTER])
    result = clean(page)
    assert "Ports and airlines both carried the notice, which was later withdrawn." in result.text
    assert "(NAN)" not in result.text
    assert result.source == "NAN"


def test_a_teaser_under_read_next_lends_the_story_no_dateline() -> None:
    story = [
        "With that in mind, these are the biggest food and nutrition trends for 2026, plus what is fueling them.",
        "Meet the experts: Jane Doe, R.D., runs a nutrition clinic; John Roe, R.D.N., is author of The Small Plate.",
    ]
    teasers = [
        "Read next",
        "LONDON, Aug 30 (Reuters) - Airline adds direct flights to three new cities ...",
        "UPDATE 2-Opposition walks out of parliament over budget vote",
        "SEOUL, Aug. 30 (Yonhap) -- Court adjourns corruption trial of former governor ...",
        "Related",
        "Court adjourns corruption trial of former governor - Reuters",
        "(LEAD) Exporters warn of slowdown as orders fall",
        "Back to top",
        "About Us",
        "Contact",
        "Privacy Policy",
        "© 2026 The Delta Times. All rights reserved.",
    ]
    above = ["☰", "Menu", "The Delta Times", "Search", "Advertisement", "News", "", "Food trends for 2026"]
    result = clean(_page(above, story, teasers))
    assert result.dateline is None
    assert result.source is None
    assert result.tags == ()


def test_an_audio_players_position_is_no_publication_time() -> None:
    above = ["News24", "Menu", "Search", "Subscribe", "News", "World", "", "Exports rise for third straight month"]
    above += ["", "Listen to this article", "0:00 / 3:10"]
    result = clean(_page(above, [LEDE, *BODY], ["Related Articles", "Storm cuts power", "©2026 News24"]))
    player = [r for r in result.removed if r.text == "0:00 / 3:10"]
    assert [r.pass_name for r in player] == ["chrome"]
    assert "timestamp" not in player[0].reason


def test_a_paper_crediting_an_agency_is_no_byline() -> None:
    above = ["Daily Sabah", "Menu", "Türkiye", "World", "Business", "", "Exports rise for third straight month"]
    above += ["", "DAILY SABAH WITH AFP", "", "NOV 05, 2026 - 3:12 PM GMT+3"]
    result = clean(_page(above, [LEDE, *BODY], ["Latest News", "Storm cuts power", "© Copyright 2026 Daily Sabah"]))
    assert result.byline is None
    assert result.source == "AFP"
    assert "DAILY SABAH" not in result.text


def test_a_writer_with_an_agency_keeps_the_byline() -> None:
    above = ["Daily Sabah", "Menu", "Türkiye", "World", "Business", "", "Exports rise for third straight month"]
    above += ["", "JANE DOE WITH AFP", "", "NOV 05, 2026 - 3:12 PM GMT+3"]
    result = clean(_page(above, [LEDE, *BODY], ["Latest News", "Storm cuts power", "© Copyright 2026 Daily Sabah"]))
    assert result.byline == "JANE DOE"
    assert result.source == "AFP"
