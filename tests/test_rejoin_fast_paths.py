"""The rejoin pass's fast paths equal the plain definitions they stand for.

Each speed-up of the pass rests on a fact stated in its docstring: tokenizing with bytes
methods finds the regex's words, lower-casing maps no non-letter to a letter, a mend changes
the standing of a few words only, later rounds may reuse the first one's decisions... These
tests check each fact against the definition, on text made to meet the corner cases.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleannews import words
from cleannews.config import Config
from cleannews.document import Document, Line
from cleannews.evaluation.articles import articles
from cleannews.passes import rejoin as rejoin_pass
from cleannews.passes.rejoin import (
    EDIT_CONTEXT,
    MAX_ROUNDS,
    DocumentVocabulary,
    Join,
    _count_code_lines,
    _fits,
    _is_code_line,
    _junction_windows,
    _Memory,
    _mended_words,
    _merge,
    _rejoin_once,
    as_whitespace_leaves,
    candidate_breaks,
    document_vocabulary,
    mend,
    rejoin,
)
from cleannews.provenance import replay

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WORD = re.compile(r"[^\W\d_]+")
WORD_OR_COMPOUND = rejoin_pass._VOCABULARY_WORD
# Pieces that meet the corner cases: hyphens and soft hyphens at line ends, Greek capital and
# final sigmas, a capital I with a dot (two characters lower-cased), digits and underscores
# inside words, curly quotes, spaces at line edges, blank lines.
PIECES = [
    *"aAeE -\n\n\t.,;:!?()’'“”\u00a0\u00ad_0123",
    *["the ", "The ", "and ", "ΟΔΟΣ", "ὁδός", "ας", "İstanbul", "STRAẞE", "well-", "known", "co", "op"],
    *["eration", "bolste", "r ", "U.S.", "-\n", " \n", "\n ", "2,0", "00", "½", "ǅ", "ﬁne", "\ud800"],
]
pieces_text = st.lists(st.sampled_from(PIECES), max_size=150).map("".join)
texts = st.one_of(st.text(max_size=300), pieces_text, articles())


class TestUnicodeFacts:
    """What the tokenization and the vocabulary's letter runs assume of Unicode."""

    def test_lower_casing_keeps_non_letters_non_letters_and_is_idempotent(self) -> None:
        changed = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() != c]
        assert all(c.lower().lower() == c.lower() for c in changed)
        assert [c for c in changed if not WORD.fullmatch(c) and WORD.search(c.lower())] == []

    def test_non_ascii_non_letter_pattern(self) -> None:
        everything = "".join(map(chr, range(0x80, sys.maxunicode + 1)))
        letters = set("".join(WORD.findall(everything)))
        assert set(words._NON_ASCII_NON_LETTER.findall(everything)) == set(everything) - letters


@SETTINGS
@given(texts)
def test_lowered_words_are_the_regex_words(text: str) -> None:
    expected = [w.encode("utf-8", "surrogatepass") for w in WORD.findall(text.lower())]
    assert words.lowered_words(text) == expected


def test_lexicon_lookup_equals_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    alphabet = "abcdeéß'"
    table = {
        words.normalise("".join(rng.choices(alphabet, k=rng.randint(1, 9)))): rng.randint(1, 800) for _ in range(3000)
    }
    data = b"".join(f"{w}\t{z}\n".encode() for w, z in sorted(table.items(), key=lambda item: item[0].encode()))
    probes = [*table, *(w + "x" for w in table), *(w[:-1] for w in table), "", "zzzz", "a", "SS", "É"]
    for block in (16, 64, 4096):
        monkeypatch.setattr(words, "INDEX_BLOCK", block)
        lexicon = words.Lexicon(data)
        assert [lexicon.zipf(w) for w in probes] == [table.get(words.normalise(w), 0) / 100 for w in probes]


@SETTINGS
@given(texts, st.booleans(), st.booleans())
def test_document_vocabulary_answers_equal_the_set(text: str, wrapped: bool, with_runs: bool) -> None:
    lines = Document.from_text(text).lines
    texts_ = [line.text for line in lines]
    whole = "\n".join(texts_)
    expected = document_vocabulary(lines, wrapped)
    runs = Counter(rejoin_pass._letter_runs(whole))
    vocabulary = DocumentVocabulary(texts_, whole, wrapped, (lambda: runs) if with_runs else None)
    tokens = [w.lower() for w in rejoin_pass._VOCABULARY_WORD.findall(whole)]
    asked = {*tokens, *(a + b for a, b in pairwise(tokens)), *(t[:-1] for t in tokens)}
    assert {w for w in asked if w in vocabulary} == {w for w in asked if w in expected}


@SETTINGS
@given(texts, st.data())
def test_mending_changes_only_the_words_around_the_junction(text: str, data: st.DataObject) -> None:
    lines = [line.text for line in Document.from_text(text).lines]
    breaks = [i for i, _ in candidate_breaks(tuple(Line(t, 1) for t in lines))]
    if not breaks:
        return
    i = data.draw(st.sampled_from(breaks))
    join = data.draw(st.sampled_from([Join("", 0, "", 1, ""), Join(" ", 0, "", 1, ""), Join("", 1, "", 1, "")]))
    merged = _merge(lines[i], lines[i + 1], join)
    after = [*lines[:i], merged, *lines[i + 2 :]]
    junction = len(lines[i].rstrip()) - join.drop_tail
    changed = _mended_words(lines[i], lines[i + 1]) | {
        w.lower() for window in _junction_windows(merged, [junction]) for w in WORD_OR_COMPOUND.findall(window)
    }
    for wrapped in (False, True):
        before_set = document_vocabulary(tuple(Line(t, 1) for t in lines), wrapped)
        after_set = document_vocabulary(tuple(Line(t, 1) for t in after), wrapped)
        assert before_set ^ after_set <= changed


@SETTINGS
@given(articles(), st.data())
def test_language_margin_covers_two_words_per_mend(text: str, data: st.DataObject) -> None:
    lang, margin = words.detect_language_with_margin(text)
    lines = text.split("\n")
    mends = 0
    while 2 * (mends + 1) <= margin and len(lines) > 1:
        i = data.draw(st.integers(0, len(lines) - 2))
        glue = data.draw(st.sampled_from(["", " "]))
        lines[i : i + 2] = [lines[i].rstrip() + glue + lines[i + 1].lstrip()]
        mends += 1
    if len(text) <= words.DETECTION_WINDOW:
        assert words.detect_language("\n".join(lines)) == lang


def _rounds_without_memory(doc: Document, cfg: Config) -> Document:
    """The rejoin pass as it was: every round starts from nothing (then as the whitespace pass
    leaves the lines, if breaks remain and it changes them)."""
    for settled in (False, True):
        for _ in range(MAX_ROUNDS):
            mended = _rejoin_once(doc, cfg, _Memory(), settled)
            if mended is doc:
                break
            doc = mended
        untidy = as_whitespace_leaves(doc, doc.text) if candidate_breaks(doc.lines) else None
        if untidy is None:
            break
        doc = untidy
    return doc


@SETTINGS
@given(st.one_of(articles(), pieces_text))
def test_later_rounds_reuse_only_what_still_holds(text: str) -> None:
    cfg = Config()
    doc = Document.from_text(text)
    fast, plain = rejoin(doc, cfg), _rounds_without_memory(doc, cfg)
    assert fast.text == plain.text
    assert fast.edits == plain.edits


# A word mended in the first round ("zorb|lax" after a line too long for a wrap) is in the
# document's vocabulary in the second, where it decides the same split on a short line.
LATE_WORD = (
    "The survey team walked along the river for most of the morning and counted every bird they "
    "could see from the path, then the zorb\nlax nested in the reeds.\n\nWe saw the zorb\nlax again "
    "at noon.\n\nApples\nPears\nPlums\n"
)
# German by its function words until the first round mends twelve English "an|d" into "and":
# then English, in which "lone|liness" is a word (it is not in German).
LATE_LANGUAGE = "\n".join(
    [
        "Der Bericht der Stadt und die Antwort der Bank auf eine Frage von dem Amt.",
        "",
        *(
            f"Zebraquokkawombat{k} Platypusechidnanumbat Bilbyquollpossumglider Kangaroowallabywallaroo "
            f"Cassowaryemu an\nd koalas.\n"
            for k in range(12)
        ),
        "Die Kommission prüft den Antrag: lone",
        "liness bis zum Ende.",
    ]
)


@pytest.mark.parametrize(("text", "late"), [(LATE_WORD, "zorb\nlax"), (LATE_LANGUAGE, "lone\nliness")])
def test_later_rounds_see_what_the_first_changed(text: str, late: str) -> None:
    cfg = Config()
    doc = Document.from_text(text)
    fast, plain = rejoin(doc, cfg), _rounds_without_memory(doc, cfg)
    assert (fast.text, fast.edits) == (plain.text, plain.edits)
    first = _rejoin_once(doc, cfg, _Memory())
    assert late in first.text  # not mended in the first round...
    assert late not in fast.text  # ...but in a later one


def test_code_lines_and_wrap_fits_counted_in_c_loops_equal_the_loops() -> None:
    rng = random.Random(3)
    pieces = ["{", "}", ");", "]", "if (x) {", "  ", "word", "end;", ",", "(", "a b c"]
    lines = ["".join(rng.choices(pieces, k=rng.randint(0, 4))) for _ in range(400)]
    assert _count_code_lines([line.strip() for line in lines]) == sum(map(_is_code_line, lines))
    breaks = [b for _, b in candidate_breaks(tuple(Line(line + "x", 1) for line in lines))]
    top = 111
    expected = [0] * (top + 1)
    for b in breaks:
        if len(b.tail) < top:
            expected[len(b.tail)] += 1
            expected[min(b.need, top)] -= 1
    running = [sum(expected[: w + 1]) for w in range(top + 1)]
    assert _fits(breaks, top) == running


def test_a_pair_of_lines_that_repeats_is_reused_at_each_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Later rounds reuse every break that still holds, also where the same two lines occur
    many times (here a round mends one break, so the pass runs all its rounds)."""
    calls = Counter[str]()
    decide = rejoin_pass._decide_break

    def counted(*args: object, **kwargs: object) -> object:
        calls["decide"] += 1
        return decide(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rejoin_pass, "_decide_break", counted)
    doc = Document.from_text("a-\n a" * 2000)
    rounds = 0
    memory = _Memory()
    while rounds < MAX_ROUNDS and (mended := _rejoin_once(doc, Config(), memory)) is not doc:
        doc, rounds = mended, rounds + 1
    assert rounds > 2
    assert calls["decide"] < 2000 + 20 * rounds


def test_an_edit_shows_a_bounded_end_of_a_long_left_line() -> None:
    join = Join("", 0, "split-word", 1.0, "")
    long_word = "x" * (3 * EDIT_CONTEXT)
    assert mend("the " + long_word, "y and", join) == ("x" * EDIT_CONTEXT + "\ny", "x" * EDIT_CONTEXT + "y")
    assert mend("a short tail  ", "y and", join) == ("tail  \ny", "taily")


@pytest.mark.parametrize(
    "text", ["a-\n" * 3000, "a-\na" * 3000, "\n".join(["a-" * 30] * 300), "\n".join(["x" * 150] * 200)]
)
def test_a_long_run_of_mended_lines_replays_and_its_edits_stay_small(text: str) -> None:
    """Mending thousands of lines into one word: each edit shows at most EDIT_CONTEXT
    characters of the word so far (it showed the whole of it: a record quadratic in size)."""
    cfg = Config()
    doc = Document.from_text(text)
    mended = rejoin(doc, cfg)
    assert len(mended.lines) < len(doc.lines) / 2
    assert max(len(e.before) for e in mended.edits) <= EDIT_CONTEXT + 1 + 150
    assert replay(text, (), mended.edits).strip() == "\n".join(line.text for line in mended.lines).strip()
    plain = _rounds_without_memory(doc, cfg)
    assert (plain.text, plain.edits) == (mended.text, mended.edits)
