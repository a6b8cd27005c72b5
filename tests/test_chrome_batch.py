"""The chrome pass reads a page's lines all at once; what it reads must equal the one-line rules.

Each batch reader (labels, words, word counts, sentence ends, lexicon look-ups, paragraph shapes,
the language guess) is checked against the plain per-line definition it replaces, on arbitrary
text and on text made of the characters its fast paths treat specially. The readers hold a page
a window of lines at a time: the whole pass must not depend on the window's size.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleannews.config import Config
from cleannews.document import Document
from cleannews.lexicon import (
    Lexicon,
    inline_lexicon,
    normalise_label,
    normalise_labels,
    section_lexicon,
    stopwords,
    ui_lexicon,
)
from cleannews.passes import chrome
from cleannews.passes.chrome import (
    _CJK,
    _HANGUL,
    _WORD,
    LANGUAGE_SAMPLE,
    PageLines,
    PageWords,
    _folded,
    _language_and_words,
    _rows_holding,
    _shapes_of_paragraphs,
    _windows,
    describe,
    guess_script_language,
    is_sentence,
    line_words,
)

BATCH_SETTINGS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# The characters the fast paths handle themselves: ASCII letters, apostrophes (joining words or
# not), digits, brackets, every kind of space, the punctuation standing in for ASCII, and some
# that must leave the fast path (accents, combining marks, compatibility forms, Cyrillic, CJK).
PIECES = [
    *"aAbZ '’''-.:;?!()[]{}0123456789\t\x0b\x1c\u00a0\u3000  ",
    *"“”‘—–…©★─•·«»€£°éßİﬁＡ\u0301\u00ad\u200bяЖ東서",
    *["The ", "the ", "Share", "Read more: ", "says:", "Comments (12)", "All rights reserved", "rock'n'roll"],
]
line_text = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join),
    st.text(min_size=1, max_size=60),
).map(lambda text: re.sub(r"[\r\n]", " ", text))
page_lines = st.lists(line_text.filter(str.strip), min_size=1, max_size=12)


@BATCH_SETTINGS
@given(page_lines)
def test_labels_words_and_sentences_read_at_once_equal_the_line_rules(texts: list[str]) -> None:
    assert normalise_labels(texts) == [normalise_label(text) for text in texts]
    lines = PageLines.read(texts)
    assert [lines.key(k) for k in range(len(texts))] == [normalise_label(text) for text in texts]
    assert lines.word_counts == [len(text.split()) for text in texts]
    assert lines.sentences == [is_sentence(text) for text in texts]
    tokens = [_WORD.findall(text) for text in texts]
    folded = [[token.casefold() for token in line] for line in tokens]
    # describe's title case: the words that start with a letter of a script with case
    initials = [
        [t[0] for t in line if t[:1].isalpha() and not _CJK.match(t) and not _HANGUL.match(t)] for line in tokens
    ]
    cased = [len(line) for line in initials]
    capitals = [sum(ch.isupper() for ch in line) for line in initials]
    assert line_words(texts) == (folded, cased, capitals)
    function = stopwords("en")
    # The page's words read a few lines at a time (a window of 1 character: a line at a time;
    # of 40: a few lines) count the same as the whole page's words at once.
    for window in (1, 40, 10_000):
        words = PageWords.read(texts, function, window)
        assert words.tokens == [len(line) for line in folded]
        assert words.function_words == [sum(word in function for word in line) for line in folded]
        assert (words.cased, words.capitals) == (cased, capitals)


@BATCH_SETTINGS
@given(page_lines)
def test_lexicon_lookups_at_once_equal_one_by_one(texts: list[str]) -> None:
    user = Lexicon.from_entries([("Read *", "u"), ("Read more:*", "u"), ("* says:", "u"), ("the", "u")])
    for lexicon in (ui_lexicon(), inline_lexicon(), section_lexicon(), user):
        expected = [lexicon.match(text) for text in texts]
        assert lexicon.match_lines(texts) == expected
        assert lexicon.match_lines(texts, normalise_labels(texts)) == expected


@BATCH_SETTINGS
@given(page_lines, st.sampled_from(["en", "de", "ru", "und", "ko", "ja"]))
def test_paragraph_shapes_equal_describe_over_each_paragraph(texts: list[str], lang: str) -> None:
    positions = list(range(len(texts)))
    shapes, continued = _shapes_of_paragraphs(PageLines.read(texts), positions, lang)
    starts = [k for k in positions if k not in continued]
    for start, end in zip(starts, [*starts[1:], len(texts)], strict=True):
        paragraph = " ".join(text.strip() for text in texts[start:end])
        assert shapes[start:end] == [describe(paragraph, lang)] * (end - start)


@BATCH_SETTINGS
@given(page_lines)
def test_the_language_guess_from_the_page_words_equals_the_guess_from_the_text(texts: list[str]) -> None:
    page = "\n".join(texts)
    assert _language_and_words(texts, None)[0] == guess_script_language(page)


def test_the_language_guess_reads_the_words_of_a_line_cut_at_the_sample_end() -> None:
    texts = ["Die Regierung hat", "der " * (LANGUAGE_SAMPLE // 4 - 3) + "und die the the the the", "the the the"]
    page = "\n".join(texts)
    assert _language_and_words(texts, None)[0] == guess_script_language(page)


@BATCH_SETTINGS
@given(page_lines, st.integers(min_value=1, max_value=80))
def test_windows_cover_the_lines_in_order(texts: list[str], size: int) -> None:
    windows = list(_windows(texts, size))
    assert [k for start, end in windows for k in range(start, end)] == list(range(len(texts)))
    for start, end in windows:
        # a window holds at most ``size`` characters of lines, unless one line is longer
        assert end - start == 1 or sum(map(len, texts[start:end])) <= size


@BATCH_SETTINGS
@given(page_lines, st.integers(min_value=1, max_value=80))
def test_labels_and_searches_read_a_window_at_a_time_equal_the_line_rules(texts: list[str], size: int) -> None:
    lines = PageLines.read(texts)
    rows = list(range(len(texts)))[::-1]
    assert lines.labels(rows) == [normalise_label(texts[k]) for k in rows]
    needles = ["©", "reserved", "copyright", "privacy", "the", "0"]
    folded = [normalise_label(text) for text in texts]
    expected = [k for k, label in enumerate(folded) if any(needle in label for needle in needles)]
    assert _rows_holding(needles, texts, read=normalise_labels, window=size) == expected
    assert _rows_holding(needles, folded, window=size) == expected
    expected = [k for k, line in enumerate(_folded(texts)) if any(needle in line for needle in needles)]
    assert _rows_holding(needles, texts, read=_folded, window=size) == expected


PAGE_LINES = [
    "Home",
    "World News",
    "Sport",
    "Share",
    "Read more: Storm hits coast",
    "Related articles",
    "Comments (12)",
    "© 2024 The Daily Gazette. All rights reserved.",
    "Privacy Policy",
    "Budget vote set for Monday",
    "The council will vote on the plan on Monday, the mayor said after the meeting.",
    "Officials said the new budget would fund schools, roads and the city's two hospitals",
    "and that the vote was expected to pass with a large majority.",
    "Die Regierung hat am Montag gesagt, dass die Gespräche in der nächsten Woche weitergehen.",
    "",
]
page_text = st.lists(st.one_of(st.sampled_from(PAGE_LINES), line_text), min_size=1, max_size=40).map("\n".join)


@BATCH_SETTINGS
@given(page_text, st.sampled_from([1, 30, 200]))
def test_the_pass_does_not_depend_on_the_window_size(text: str, size: int) -> None:
    doc = Document.from_text(text)
    expected = chrome.remove_chrome(doc, Config())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chrome, "WORDS_WINDOW", size)
        windowed = chrome.remove_chrome(doc, Config())
    assert windowed.lines == expected.lines
    assert windowed.removed == expected.removed
    assert windowed.meta == expected.meta
