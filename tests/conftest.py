"""Shared fixtures: where the sample and the golden cases live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "yonhap-nato-lead.txt"
CASES = ROOT / "tests" / "cases"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
