"""Round thirty-seven (the lead's part): a numbered Yonhap tag before a headline set in lower case,
and a word broken where neither half is a word (synthetic pages, written for these tests)."""

from __future__ import annotations

import pytest
from wire_articles import PORT_PARAGRAPHS as PARAGRAPHS
from wire_articles import checked
from wire_articles import page as _page

MENU = "Skip to content\nHome\nBusiness\nCulture\nPolitics"


@pytest.mark.parametrize("tag", ["2nd LD", "3rd LD", "LEAD"])
def test_listed_tag_before_a_lower_case_headline(tag: str) -> None:
    text = _page(MENU, f"({tag}) what the harbour budget leaves out", "SEOUL, Jan. 28 (Yonhap) -- " + PARAGRAPHS[0])
    result = checked(text + "\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n")
    assert result.tags == (tag,)
    assert result.title == "what the harbour budget leaves out"


def test_unlisted_bracket_before_a_lower_case_headline_is_no_tag() -> None:
    result = checked(_page(MENU, "(2nd try) what the harbour budget leaves out", *PARAGRAPHS))
    assert result.tags == ()


@pytest.mark.parametrize(
    ("broken", "whole"),
    [("the same codebase, scaffo\nlded with a template", "the same codebase, scaffolded with a template")],
)
def test_word_broken_where_neither_half_is_a_word_is_mended(broken: str, whole: str) -> None:
    paragraph = f"The council said on Tuesday that it had tested {broken}, a spokeswoman told reporters."
    result = checked(_page("Harbour terminal to open in spring", PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]))
    assert f"it had tested {whole}, a spokeswoman" in result.text


def test_two_unknown_halves_that_make_no_word_stay_apart() -> None:
    paragraph = "The council said the codes were QXZV\nwrtp and MLKQ, a spokeswoman told reporters."
    result = checked(_page("Harbour terminal to open in spring", PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]))
    assert "QXZVwrtp" not in result.text
