# ruff: noqa: E501  (the page dumps hold long paragraphs, as real ones do)
"""A page prints its headline again (a gallery's caption box, a share box, a second heading) and a
photo gallery's counters and buttons ("Image 1 of 13", "Back to Gallery") around the
article: they go; the headline itself, and a paragraph or heading that only resembles them, stay."""

from __future__ import annotations

from cleannews import clean

HEADLINE = "Flood defences fail as river bursts its banks in market town"
PARAGRAPHS = [
    "Residents of the market town were evacuated on Tuesday night after the river rose more than two metres in six hours and poured over the new flood wall.",
    "The council said about 300 homes had been flooded and that emergency shelters had been opened in the town's two secondary schools.",
    "Engineers will inspect the wall, finished only last year at a cost of four million pounds, once the water has gone down, the council said.",
]


def _page(head: list[str]) -> str:
    lines = [
        f"{HEADLINE} | The Valley Gazette",
        "",
        "Home",
        "News",
        "Weather",
        "Sport",
        "Search",
        "",
        HEADLINE,
        "",
        *head,
        "",
    ]
    for paragraph in PARAGRAPHS:
        lines += [paragraph, ""]
    lines += ["Privacy Policy", "© 2025 The Valley Gazette. All rights reserved."]
    return "\n".join(lines) + "\n"


def test_the_headline_printed_again_under_it_goes_once() -> None:
    result = clean(_page([HEADLINE, "", "Share this story"]))
    assert result.text.count(HEADLINE) == 1
    assert result.text.startswith(HEADLINE)
    assert [r.text for r in result.removed].count(HEADLINE) == 1
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_a_gallery_between_headline_and_story_goes() -> None:
    gallery = [
        "Water covers the high street on Tuesday night.",
        "Image 1 of / 13",
        "Image 1 of 13",
        HEADLINE,
        "Back to Gallery",
    ]
    result = clean(_page(gallery))
    for line in (counter for counter in gallery[1:] if counter != HEADLINE):
        assert f"\n{line}\n" not in f"\n{result.text}\n"
    assert result.text.count(HEADLINE) == 1
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_a_line_that_only_resembles_the_headline_stays() -> None:
    # A subheading that repeats part of the headline, and a sentence quoting all of it, are text.
    subheading = "Flood defences fail"
    quoting = f"Locals shared a photo captioned '{HEADLINE}' within minutes of the wall giving way."
    page = _page([]).replace(PARAGRAPHS[1], f"{subheading}\n\n{quoting}\n\n{PARAGRAPHS[1]}")
    result = clean(page)
    assert subheading in result.text
    assert quoting in result.text


def test_a_review_score_stays() -> None:
    # "5 / 10" alone on a line may be a counter, but also a score given inside a review: it is text.
    page = _page([]).replace(PARAGRAPHS[2], f"Safety score\n\n7 / 10\n\n{PARAGRAPHS[2]}")
    assert "7 / 10" in clean(page).text


def test_a_short_headline_repeated_is_not_taken_for_a_copy() -> None:
    # A headline of two words may come back as one of the article's own headings.
    page = _page([]).replace(PARAGRAPHS[2], f"Flood warning\n\n{PARAGRAPHS[2]}")
    page = page.replace(f"{HEADLINE}\n\n", "Flood warning\n\n", 1)
    assert "Flood warning\n\n" + PARAGRAPHS[2] in clean(page).text


def test_buttons_counters_and_hidden_graphics_titles_go() -> None:
    furniture = ["Previous post", "Next post", "Shares", "Created with Sketch.", "Δ", "Jump to review"]
    result = clean(_page(furniture))
    kept = result.text.splitlines()
    for line in furniture:
        assert line not in kept
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text


def test_a_sentence_that_starts_like_a_button_stays() -> None:
    sentence = "Shares in the construction firm that built the wall fell 12% on Wednesday morning."
    page = _page([]).replace(PARAGRAPHS[1], f"{PARAGRAPHS[1]}\n\n{sentence}")
    assert sentence in clean(page).text


def test_a_question_headline_under_a_menu_opens_the_article() -> None:
    # A headline that is a question reads as a sentence; it repeats the page's <title>, so the
    # article opens with it, not with the short links of the menu above ("Talk to an Expert").
    question = "How Much Does Flood Insurance Really Cost?"
    page = "\n".join(
        [
            f"{question} | Acme Cover",
            "",
            "Contact Us",
            "Talk to an Expert",
            "Help Center",
            "About Us",
            "",
            "Product Tour",
            "Start FREE Trial",
            "Log In",
            "",
            "Product Tour",
            "Log In",
            "Start FREE Trial",
            "Blog Insurance Guides",
            "",
            question,
            "",
            *(f"{paragraph}\n" for paragraph in PARAGRAPHS),
            "Privacy Policy",
        ]
    )
    assert clean(page).text.startswith(f"{question}\n\n{PARAGRAPHS[0]}")


def test_a_page_that_ends_at_its_headline_is_cleaned() -> None:
    # Nothing under the headline but chrome: no copy to look for, and no error.
    page = f"{HEADLINE} | The Valley Gazette\n\nHome\nNews\nWeather\nSport\n\n{HEADLINE}\n\nShare\nPrivacy Policy\n"
    assert HEADLINE in clean(page).text
