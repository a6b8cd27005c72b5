"""Round thirty-eight (the lead's part): words a copy broke in the middle of a paragraph's line,
where one half or both are words of their own (synthetic pages, written for these tests)."""

from __future__ import annotations

import pytest
from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

TITLE = "Harbour terminal to open in spring"
# Paragraphs on one long line each, as a page's text has them: no line of it was wrapped.
LONG = (" ".join(PARAGRAPHS), " ".join(reversed(PARAGRAPHS)))


def _with(paragraph: str) -> str:
    return " ".join(checked(_page(TITLE, LONG[0], paragraph, LONG[1])).text.split())


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        # both halves are words, the whole is likelier than the two side by side
        ("Called qahveh khanehs, coffeehouses app\neared in Mecca in the 15th century.", "coffeehouses appeared in"),
        (
            "If a guy comes into the room holding a symbol of true kings\nhip, the book is a hit with its readers.",
            "true kingship, the",
        ),
        # a paragraph's opening words on the left
        ("Always be pre\npared and know how to use your map and compass.", "Always be prepared and"),
        # one half is no word, the whole a rare one
        (
            "The dry weather came as Southern California batt\nened the hatches for the storm.",
            "California battened the",
        ),
        (
            "Pragmatic interpretability tends to underweight comp\nositionality, the authors argue in the paper.",
            "underweight compositionality,",
        ),
    ],
)
def test_word_broken_inside_a_paragraph_line_is_mended(broken: str, whole: str) -> None:
    assert whole in _with(broken)


@pytest.mark.parametrize(
    "kept",
    [
        # a link's words on a line of their own (BeautifulSoup's get_text): the break is between words
        "The council said the plan\nmay\nbe approved by the end of the year, officials said.",
        "Japan is a nation\nthat's\nnot afraid of innovation and progress, yet it guards its customs.",
        # two words side by side are likelier than the rare word they would make
        "The players rested their feet on the floor or on a foot\nrest, with their backs straight.",
        # function words side by side, in a long line's pieces: "may be", not "maybe"
        "The council said on Tuesday that the whole plan may\nbe approved by the end of the year, officials said.",
        "The guide told the visitors to stop at the gate. Walk\nthrough the garden and along the old harbour wall.",
    ],
)
def test_break_between_words_keeps_them_apart(kept: str) -> None:
    assert " ".join(kept.split()) in _with(kept)


def test_closing_line_after_a_stray_space_is_not_glued_to_the_last_paragraph() -> None:
    # a copy left a space after the last sentence: the notice under it stays a line of its own
    notice = "Copyright 2025 The Associated Press. All rights reserved."
    text = _page(TITLE, "NEW YORK (AP) — " + LONG[0], LONG[1] + " \n" + notice + "\n___")
    result = checked(text)
    assert result.copyright == notice
    assert notice not in result.text
    assert LONG[1] in result.text


def test_chunk_cut_beside_a_space_inside_a_sentence_is_still_mended() -> None:
    text = _page(TITLE, LONG[0], "The council said on Tuesday it would agree to \nexpand the port, officials said.")
    assert "it would agree to expand the port" in " ".join(checked(text).text.split())
