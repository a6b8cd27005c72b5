"""The unicode pass's fast path skips ftfy only for lines ftfy would leave exactly as they are.

Differential tests: ftfy itself is the oracle. Generated lines mix plain text with what ftfy
acts on (mojibake made by real mis-decodings, entities, controls, ligatures, full-width forms,
decomposed accents, surrogates); for each, either the fast path sends it to ftfy, or ftfy
returns it unchanged. And whatever the path, ``fix_line`` equals ftfy's own result.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleannews.passes.unicode import (
    _CJK,
    PLAIN_TYPOGRAPHY,
    _cjk_width_map,
    _ftfy_config,
    _triggers,
    fix_line,
    needs_ftfy,
    required_characters,
)

CONFIG = _ftfy_config(True)
UNCURLING = _ftfy_config(False)

TYPOGRAPHY = "’‘“”–—…·«»•©®™\u00a0„‚′″°€£¥§¶±×÷"
LETTERS = "éèêëàâäçñöüßøåæœÉÀÇÑÖÜØÅÆŒıİłŁšžčřőűăşţ"
SCRIPTS = "ΑΒΓΔΟΞαβγδοξАБВГРСабвгрсЁёЂђ서울한국東京中文日本語ไทยعربيעברית"
SUSPECT = "ÂÃÎÐØÙ¢£¤¥¦§¨ª«¬¯°±²³´µ¶·¸¹º»¼½¾¿ƒˆ˜‰‹›Š‚„†‡•−√≈∂≠≤≥│┌┐┘├┤┬┼═║▀▄█░▒▓\ufffd\uf8ff"
FIXABLE = "&;#\x1b\x00\x07\x0b\x7f\x80\x85\x9f\u206a\ufeff\ufff9ﬁﬂﬀﬃＡａ０！\u3000ｶﾞ\u0301\u0308\u200b\u2028"
SURROGATES = "\ud83d\udca9\udc00"
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()-/\t" + (
    TYPOGRAPHY + LETTERS + SCRIPTS + SUSPECT + FIXABLE + SURROGATES
)
ENTITIES = [
    "&amp;",
    "&lt;",
    "&#8217;",
    "&#x2019;",
    "&eacute;",
    "&EACUTE;",
    "&nbsp;",
    "&hellip;",
    "&amp",
    "& ",
    "Q&A",
    "&#;",
]
ENCODINGS = ["cp1252", "latin-1", "cp1251", "cp1253", "cp1250", "cp1257", "mac_roman", "cp437", "iso-8859-2"]


@st.composite
def mojibake(draw: st.DrawFn) -> str:
    """Text that went through a real mis-decoding: UTF-8 bytes read in a single-byte encoding."""
    original = draw(st.text(alphabet=TYPOGRAPHY + LETTERS + SCRIPTS + "abc ", min_size=1, max_size=12))
    encoding = draw(st.sampled_from(ENCODINGS))
    return original.encode("utf-8").decode(encoding, errors="replace")


PIECES = st.one_of(
    st.text(alphabet=ALPHABET, max_size=12),
    mojibake(),
    st.sampled_from(ENTITIES),
    st.text(alphabet=TYPOGRAPHY + LETTERS + "abc ", max_size=8),
)
# Lines without anything ftfy's simple fixes act on: only its mojibake detector can decide them.
NEAR_MISSES = st.text(alphabet="abcdefg ABC.,'-" + TYPOGRAPHY + LETTERS + SCRIPTS + SUSPECT, max_size=30)
LINES = st.one_of(st.lists(PIECES, max_size=6).map("".join), NEAR_MISSES).map(
    lambda s: s.replace("\n", " ").replace("\r", " ")
)


def ftfy_fixed(line: str, config: ftfy.TextFixerConfig = CONFIG) -> str:
    return ftfy.fix_and_explain(line, config=config).text


@settings(max_examples=1500, deadline=None)
@given(LINES)
@example("NATO’s “plan” — 서울 café")
@example("NATOâ€™s plan")
@example("Tom &amp; Jerry")
@example("ﬁnancial ＮＥＷＳ")
@example("e\u0301te\u0301")
def test_lines_the_fast_path_skips_are_lines_ftfy_leaves_alone(line: str) -> None:
    if not needs_ftfy(line):
        assert ftfy_fixed(line) == line


@settings(max_examples=800, deadline=None)
@given(LINES)
def test_fix_line_equals_ftfy(line: str) -> None:
    if _CJK.search(line) is None:
        assert fix_line(line)[0] == ftfy_fixed(line)
        assert fix_line(line, keep_curly_quotes=False)[0] == ftfy_fixed(line, UNCURLING)
    else:  # a line of Chinese or Japanese keeps its full-width punctuation: ftfy without its width fix
        for keep, config in ((True, _ftfy_config(True, False)), (False, _ftfy_config(False, False))):
            narrowed = ftfy_fixed(line, config).translate(_cjk_width_map())
            assert fix_line(line, keep_curly_quotes=keep)[0] == unicodedata.normalize("NFC", narrowed)


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        (
            "新华社北京11月30日电\u3000（记者张三）据介绍，增长５％。",
            "新华社北京11月30日电\u3000（记者张三）据介绍，增长5％。",
        ),
        (
            "【ワシントン共同】政府は３０日、ＧＤＰを発表した（ｶﾞｲﾄﾞ）。",
            "【ワシントン共同】政府は30日、GDPを発表した（ガイド）。",
        ),
        ("ＧＤＰ rose ５％ （ｉｎ ｔｏｔａｌ）", "GDP rose 5% (in total)"),
    ],
)
def test_cjk_lines_keep_their_full_width_punctuation(line: str, fixed: str) -> None:
    assert fix_line(line)[0] == fixed


@settings(max_examples=1500, deadline=None)
@given(LINES)
def test_the_mojibake_detector_never_fires_without_an_anchor(line: str) -> None:
    _, _, anchors = _triggers()
    assert anchors is not None
    if is_bad(line):
        assert anchors.search(line)


# ftfy's own kinds of trouble, one line each.
TRICKY = [
    "The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.",  # double mojibake
    "Ã¢â‚¬Å“Hello,Ã¢â‚¬Â\x9d she said",
    "sÃ³",
    "voilÃ  le travail",
    "AHÅ\u00aeRAH",
    "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",  # Cyrillic read as cp1252
    "Ã\xa0 la carte",
    "â€œquotedâ€\x9d",
    "Broken text&hellip; it&#x2019;s ﬂubberiﬁc!",
    "&macr;\\_(ã\x83\x84)_/&macr;",
    "ＬＯＵＤ\u3000ＮＯＩＳＥＳ",
    "\x1b[36;44mcolour\x1b[0m",
    "a\x00b\x07c\x7fd",
    "\ufeffbyte order mark",
    "control\u206aarabic\ufff9annotation",
    "caf\u0065\u0301",
    "\ud83d\udca9 pile",
    "C1 \x85 ellipsis \x91quotes\x92",
    "P&EACUTE;REZ",
    "this&not that",
    "Ãºnicamente",
    "Ãªtre Ã©tÃ©",
    "вЂ™ cp1251 apostrophe",
    "â€”dash",
    "Ã—²",
    "“Straße” – 100 € – naïve café – 東京",
]


@pytest.mark.parametrize("line", TRICKY)
def test_tricky_lines(line: str) -> None:
    assert fix_line(line)[0] == ftfy_fixed(line)
    if ftfy_fixed(line) != line:
        assert needs_ftfy(line)


def test_clean_news_typography_takes_the_fast_path() -> None:
    for line in ["NATO’s “serious” concern — again…", "Der Minister sagte: „Straße“", "서울, 11월 30일 (연합뉴스)"]:
        assert not needs_ftfy(line)


def test_required_characters_reads_ftfys_detector() -> None:
    anchors = required_characters(BADNESS_RE)
    assert anchors is not None
    assert {"Ã", "Â", "€", "\x80"} <= anchors
    assert not anchors & set("’“”–—…")  # common typography is not a reason to suspect mojibake
    assert required_characters(re.compile("a|b")) is None
    assert required_characters(re.compile("é", re.IGNORECASE)) is None


def test_plain_typography_is_nothing_ftfy_acts_on() -> None:
    # Lines of ASCII and these characters skip ftfy without importing it: check the installed
    # ftfy agrees, character by character (its fixes, its entity pattern, its mojibake detector).
    fixers, entities, anchors = _triggers()
    assert anchors is not None
    for char in PLAIN_TYPOGRAPHY:
        assert not fixers.search(char) and not anchors.search(char) and not entities.search(char), repr(char)
        assert unicodedata.is_normalized("NFC", char)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="abcXYZ019 .,;:'\"()-/\t" + PLAIN_TYPOGRAPHY, max_size=40))
def test_plain_lines_are_left_alone_by_ftfy(line: str) -> None:
    assert not needs_ftfy(line)
    assert ftfy_fixed(line) == line
