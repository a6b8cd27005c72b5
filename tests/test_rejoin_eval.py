"""The rejoin harness's generators and scorer, on synthetic text (no benchmark data needed)."""

from __future__ import annotations

import random

from cleannews.evaluation.rejoin import (
    Break,
    Gaps,
    Sample,
    inject_chunks,
    inject_wrap,
    letter_index,
    matching_blocks,
    score,
)

TEXT = (
    "The well-known minister said on Monday that cooperation between the two countries would grow.\n"
    "- first item of a list\n"
    "- second item\n\n"
    "A second paragraph, with pre- and post-war housing, ends here."
)


def sample(broken: str, kind: str, breaks: list[Break]) -> Sample:
    return Sample("test", "p", kind, "en", TEXT, broken, breaks, Gaps.of(TEXT))


def test_gaps_hold_spaces_line_breaks_and_word_hyphens() -> None:
    gaps = Gaps.of("well-known coop-\neration\n- item")
    assert gaps.letters == "wellknowncooperation-item"
    assert sorted(gaps.gaps.values()) == [(0, "-"), (1, ""), (1, ""), (2, ""), (2, "-")]


def test_letter_index_counts_letters_before_each_position() -> None:
    assert letter_index("ab -c") == [-1, 0, 1, 1, 2, 3]


def test_original_scores_exact_everywhere() -> None:
    for kind, (broken, breaks, _) in {
        "chunk": inject_chunks(TEXT, random.Random(3), letter_index(TEXT)),
        "wrap": inject_wrap(TEXT, random.Random(3), letter_index(TEXT), None),
    }.items():
        assert breaks
        tally = score(sample(broken, kind, breaks), TEXT)
        assert tally.exact == tally.breaks and tally.wrong_join == tally.wrong_split == 0
        left = score(sample(broken, kind, breaks), broken)
        assert left.missed == left.breaks


def test_wrong_joins_and_splits_are_counted() -> None:
    glued = TEXT.replace("- first item of a list\n- second", "- first item of a list - second")
    assert score(sample(TEXT, "clean", []), glued).lines_changed == 1
    assert score(sample(TEXT, "clean", []), TEXT.replace("well-known", "wellknown")).wrong_join == 1
    assert score(sample(TEXT, "clean", []), TEXT.replace("cooperation", "coop- eration")).wrong_split == 1


def test_matching_blocks_resync_after_a_change() -> None:
    a = "x" * 50 + "AverageGMAT:729-AverageGPA:3.6-Class"
    b = "x" * 50 + "AverageGMAT:729AverageGPA:3.6Class"
    blocks = matching_blocks(a, b)
    assert blocks[0] == (0, 0, 65) and sum(n for _, _, n in blocks) == len(b)
