"""Golden cases: each input beside its expected output, also checked for idempotence and provenance."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleannews import clean
from cleannews.provenance import replay
from tests.conftest import CASES, SAMPLE

GOLDEN = sorted([*CASES.glob("*.txt"), SAMPLE])


def expected_for(case: Path) -> str:
    sibling = case.with_suffix(".expected")
    if not sibling.exists():
        sibling = case.with_name(case.stem + ".expected.txt")
    return sibling.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", GOLDEN, ids=lambda p: p.stem)
def test_output_matches_expected(case: Path) -> None:
    assert clean(case.read_text(encoding="utf-8")).text == expected_for(case)


@pytest.mark.parametrize("case", GOLDEN, ids=lambda p: p.stem)
def test_cleaning_twice_changes_nothing(case: Path) -> None:
    once = clean(case.read_text(encoding="utf-8"))
    twice = clean(once.text)
    assert twice.text == once.text
    assert twice.removed == ()
    assert twice.edits == ()


@pytest.mark.parametrize("case", GOLDEN, ids=lambda p: p.stem)
def test_provenance_accounts_for_the_output(case: Path) -> None:
    source = case.read_text(encoding="utf-8")
    result = clean(source)
    assert replay(source, result.removed, result.edits) == result.text


def test_sample_json_contract() -> None:
    result = clean(SAMPLE.read_text(encoding="utf-8"), path=str(SAMPLE)).to_json()
    expected = json.loads(SAMPLE.with_name("yonhap-nato-lead.expected.json").read_text(encoding="utf-8"))
    expected["path"] = str(SAMPLE)
    assert result == expected


def test_sample_metadata_and_provenance(sample_text: str) -> None:
    result = clean(sample_text)
    assert result.title == "Defense chief, NATO’s top commander agree to expand defense cooperation"
    assert result.tags == ("LEAD",)
    assert result.source == "Yonhap News Agency"
    assert len(result.paragraphs) == 11
    assert [(r.pass_name, r.line, r.text) for r in result.removed] == [
        ("chrome", 1, "Search"),
        ("chrome", 2, "Close this search box."),
        ("chrome", 3, "Search"),
        ("chrome", 4, "Close this search box."),
        ("wire", 33, "Source: Yonhap News Agency"),
    ]
    assert [(e.pass_name, e.before, e.after) for e in result.edits] == [
        ("rejoin", "bolste\nr", "bolster"),
        ("rejoin", "amm\nunition", "ammunition"),
        ("wire", "(LEAD) ", ""),
    ]
    assert "’" in result.text and "'" not in result.text
    assert result.text.endswith(".\n") and not result.text.endswith("\n\n")
