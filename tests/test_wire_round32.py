"""Round thirty-two: mainstream English wire stories on broadcasters', regional papers' and
aggregators' sites, copied as whole pages (synthetic pages, written for these tests)."""

from __future__ import annotations

from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page


def _removed(result: object) -> dict[str, str]:
    return {r.text: r.pass_name for r in result.removed}  # type: ignore[attr-defined]


def test_portal_page_with_a_sign_in_menu_and_policy_footer_is_read() -> None:
    # A portal's menu holding a UI string ("Sign in") over the story, its policy links under it:
    # the page is a page, its chrome goes, and the story's head and tail are read.
    text = _page(
        "Harbour News\nMail\nSign in\nNews\nFinance\nSports\nMore",
        "Harbour terminal to open in spring",
        "Reuters\nTue, November 5, 2026 at 3:12 PM UTC",
        "LONDON, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Terms\nPrivacy\nPrivacy Dashboard\nAbout Our Ads",
    )
    result = checked(text)
    assert result.title == "Harbour terminal to open in spring"
    assert result.source == "Reuters"
    assert result.dateline is not None
    assert (result.dateline.place, result.dateline.date, result.dateline.agency) == ("LONDON", "Nov 5", "Reuters")
    assert result.credits == ("Reporting by Jane Doe; Editing by John Roe",)
    gone = _removed(result)
    assert gone["Sign in"] == gone["Mail"] == gone["Privacy Dashboard"] == "chrome"
    assert gone["Reuters"] == gone["Tue, November 5, 2026 at 3:12 PM UTC"] == "wire"
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_site_label_after_an_agency_byline_is_no_part_of_it() -> None:
    for agency in ("Reuters", "Associated Press"):
        for label in (" FOXBusiness", "FOXBusiness", " CNBCTV18"):
            text = _page(
                "Harbour terminal to open in spring",
                f"By {agency}{label}",
                "Published November 5, 2026 4:34pm EST",
                "WASHINGTON - " + PARAGRAPHS[0],
                PARAGRAPHS[1],
            )
            result = checked(text)
            assert (result.byline, result.source) == (agency, agency), label
            assert _removed(result)[f"By {agency}{label}"] == "wire"


def test_agency_byline_glued_to_its_time_names_the_source() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "By Reuters   November 5, 2026 | 03:12 pm GMT+7",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = checked(text)
    assert (result.byline, result.source) == ("Reuters", "Reuters")
    assert _removed(result)["By Reuters   November 5, 2026 | 03:12 pm GMT+7"] == "wire"


def test_provider_over_a_labelled_publication_date_are_head_lines() -> None:
    text = _page(
        "Harbour terminal to open in spring",
        "Xinhua",
        "Publication date 05 November 2026 | 15:12 ICT",
        "PHNOM PENH, Nov. 5 (Xinhua) -- " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    result = checked(text)
    assert result.source == "Xinhua"
    gone = _removed(result)
    assert gone["Xinhua"] == gone["Publication date 05 November 2026 | 15:12 ICT"] == "wire"


def test_wire_agency_feed_note_is_a_trailer() -> None:
    note = (
        "This story is published from a wire agency feed without modifications to the text. "
        "Only the headline has been changed."
    )
    text = _page("Harbour terminal to open in spring", "NEW DELHI: " + PARAGRAPHS[0], PARAGRAPHS[1], note)
    result = checked(text)
    assert _removed(result)[note] == "wire"
    assert result.source is None and result.credits == ()
    assert PARAGRAPHS[1] in result.text


def test_time_lines_under_a_headline_under_a_menu_are_the_story_head() -> None:
    # A menu of sections over the headline and its time lines: the time lines are the story's head
    # (the wire pass reads them), and the headline is no menu entry.
    for times in (("05 Nov 2026 03:12PM", "(Updated: 05 Nov 2026 05:19PM)"), ("11/05/2026",)):
        text = _page(
            "Skip to main content\nSingapore\nAsia\nCommentary\nSustainability\nInsider",
            "Harbour Terminal Opens In Spring",
            *times,
            "TOKYO: " + PARAGRAPHS[0],
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            "Source: Reuters/fs",
            "Latest News\nStorm leaves thousands without power across the coast\n2h ago",
            "Copyright© Harbour Media 2026. All rights reserved.",
        )
        result = checked(text)
        gone = _removed(result)
        assert all(gone[time] == "wire" for time in times), gone
        assert gone["Sustainability"] == "chrome"
        assert "Harbour Terminal Opens In Spring" not in gone
        assert result.source == "Reuters"


def test_agency_picture_caption_under_the_headline_is_no_title() -> None:
    for credit in ("AFP", "REUTERS/File Photo", "Bernama pic", "(Jane Doe/PA)", "AP Photo"):
        caption = f"Workers clear debris from a street after the storm. {credit}"
        text = _page(
            "Harbour News\nNational\nBusiness\nOpinion\nWorld\nLifestyle",
            "Harbour terminal to open in spring",
            caption,
            "Monday, 5 Nov 2026 11:43 PM MYT",
            "PUTRAJAYA: " + PARAGRAPHS[0],
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            "- Bernama",
            "Related Stories\nStriking port workers reach tentative deal\nScientists track rare bird in city park",
            "Copyright © 2026 Harbour News. All rights reserved.",
        )
        result = checked(text)
        assert result.title == "Harbour terminal to open in spring", credit
        gone = _removed(result)
        assert gone[caption] == "chrome"
        assert gone["Monday, 5 Nov 2026 11:43 PM MYT"] == "wire"
        assert result.dateline is not None and result.dateline.place == "PUTRAJAYA"


def test_negative_body_sentence_naming_a_site_label_stays() -> None:
    sentence = "By Reuters FOXBusiness count, the shares fell for a third day as traders sold bank stocks."
    text = _page("Markets slide again", "By Jane Doe", PARAGRAPHS[0], sentence, PARAGRAPHS[1])
    result = checked(text)
    assert result.byline == "Jane Doe"
    assert sentence in result.text
    assert result.source is None


def test_negative_a_caption_credit_in_the_body_stays() -> None:
    # A paragraph that closes on an agency's name is the story's, away from the headline.
    closing = "The footage was first shared by a local broadcaster. AFP"
    text = _page("Harbour terminal to open in spring", PARAGRAPHS[0], PARAGRAPHS[1], closing, PARAGRAPHS[2])
    result = checked(text)
    assert closing in result.text


def test_negative_tagged_teasers_in_a_latest_list_give_no_tag() -> None:
    # "UPDATE 2-..." the last entry of a "Latest" list right above a staff story's title-case headline
    paragraphs = (
        "Officials who planned the new harbour park mainly did so to cover the cost of flood defences; most "
        "councils don't run their own parks, opting for a revenue-sharing approach with a private operator.",
        'Wire headlines marked "(LEAD)" and "UPDATE 2-" went out within minutes, each revising the death toll.',
        'The post, signed "By Jane Doe", was deleted an hour later, the regulator said.',
        "Fee structures vary by council, and most parks have their own rules. State-funded parks usually charge "
        "more for visitors from outside the region.",
    )
    text = _page(
        "Skip to main content\nLatest\n(LEAD) Scientists track rare bird sighting in city park\n"
        "UPDATE 2-Striking port workers reach tentative deal\n",
        "Advanced Guide to Harbour Parks Integration and Optimization for Cities",
        *paragraphs,
        "\nRead next\nStorm leaves thousands without power across the coast",
    )
    result = checked(text)
    assert result.tags == ()
    assert result.title != "Striking port workers reach tentative deal"
    assert all(paragraph in result.text for paragraph in paragraphs)


def test_a_tagged_headline_over_its_story_keeps_its_tag() -> None:
    text = _page(
        "UPDATE 2-Striking port workers reach tentative deal",
        "City council backs plan for a new harbour park",
        "LONDON, Nov 5 (Reuters) - " + PARAGRAPHS[0],
        PARAGRAPHS[1],
    )
    assert checked(text).tags == ("UPDATE 2",)
