"""`cleannews explain`: every removal and edit shown where it happened, with its pass and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleannews import clean
from cleannews.cli import main
from cleannews.provenance import layout
from cleannews.render import explain as explain_module
from cleannews.render.explain import DEL, build_rows
from tests.conftest import CASES, SAMPLE, article

DOCUMENT = (
    "Menu\n"
    "Menu\n"
    "(LEAD) Heavy rain floods roads in Seoul\n"
    "\n"
    "Heavy rain hit the capi\n"
    "tal, the mayor\u00e2\u20ac\u2122s office said.\n"
    "\n"
    "Source: Yonhap News Agency\n"
)


def test_plain_marks_in_a_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "doc.txt"
    source.write_text(DOCUMENT, encoding="utf-8")
    code = main(["explain", str(source)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == (
        "     1  [-Menu-]\n"
        '          ^ chrome: UI string "menu" (en lexicon)\n'
        "     2  [-Menu-]\n"
        '          ^ chrome: UI string "menu" (en lexicon)\n'
        "     3  [-(LEAD) -]Heavy rain floods roads in Seoul\n"
        "          ^ wire: headline tag LEAD moved to tags\n"
        "\n"
        "   5-6  Heavy rain hit the capi[-⏎-]tal, the mayor[-â€™-]{+’+}s office said.\n"
        "          ^ [1] unicode: ftfy: encode sloppy-windows-1252, decode utf-8\n"
        '          ^ [2] rejoin: "capital" is a word\n'
        "\n"
        "     8  [-Source: Yonhap News Agency-]\n"
        "          ^ wire: source trailer moved to source\n"
        "\n"
        "title: Heavy rain floods roads in Seoul\n"
        "tags: LEAD\n"
        "source: Yonhap News Agency\n"
        "3 lines removed, 3 edits\n"
    )


def test_colours_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "doc.txt"
    source.write_text(DOCUMENT, encoding="utf-8")
    monkeypatch.setattr(explain_module, "wants_color", lambda: True)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["explain", str(source)]) == 0
    out, _ = capsys.readouterr()
    assert "\x1b[" in out  # styled
    assert "[-" not in out and "{+" not in out  # colours instead of marks
    assert "\x1b[9m" in out or ";9m" in out or "9;" in out  # strike-through for what was removed


def test_invisible_changes_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "doc.txt"
    source.write_text("A body of 10\u00a0km with a zero\u200bwidth space.\n", encoding="utf-8")
    assert main(["explain", str(source)]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == "     1  A body of 10[-<U+00A0>-]{+ +}km with a zero[-<U+200B>-]width space."


def test_explain_errors_like_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "missing.txt"]) == 3
    assert capsys.readouterr() == ("", "cleannews: error: missing.txt: no such file\n")


@pytest.mark.parametrize("case", sorted([*CASES.glob("*.txt"), SAMPLE]), ids=lambda p: p.stem)
def test_what_explain_keeps_is_the_cleaned_text(case: Path) -> None:
    source = case.read_text(encoding="utf-8")
    result = clean(source)
    rows, notes = build_rows(source, result.removed, result.edits)
    assert layout(row.plain() for row in rows if not row.removed) == result.text
    assert len(notes) == len(result.removed) + len(result.edits)
    assert sum(row.removed for row in rows) == len(result.removed)
    assert all(seg.kind == DEL for row in rows if row.removed for seg in row.segments)


def test_every_synthetic_article_explains_consistently() -> None:
    for n in range(8):
        source = article(n, mojibake=n % 2 == 0)
        result = clean(source)
        rows, _ = build_rows(source, result.removed, result.edits)
        assert layout(row.plain() for row in rows if not row.removed) == result.text
