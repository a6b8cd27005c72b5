"""The command line, through Typer's test runner and once as the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleannews.cli import main
from tests.conftest import SAMPLE

EXPECTED_TEXT = SAMPLE.with_name("yonhap-nato-lead.expected.txt").read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_file_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", str(SAMPLE))
    assert (code, out, err) == (0, EXPECTED_TEXT, "")


def test_clean_json_is_one_line_per_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "clean", "--format", "json", str(SAMPLE), str(SAMPLE))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    record = json.loads(lines[0])
    assert record["tags"] == ["LEAD"] and record["source"] == "Yonhap News Agency"
    assert record["path"] == str(SAMPLE) and record["text"] == EXPECTED_TEXT


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.txt"
    code, out, err = run(capsys, "clean", str(SAMPLE), "-o", str(target))
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == EXPECTED_TEXT


def test_output_equal_to_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    shutil.copy(SAMPLE, source)
    code, out, err = run(capsys, "clean", str(source), "-o", str(source))
    assert code != 0 and out == ""
    assert err == f"cleannews: error: {source}: output would overwrite the input; choose another -o\n"
    assert source.read_bytes() == SAMPLE.read_bytes()


def test_many_inputs_into_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Short note\n\nA body line.\n", encoding="utf-8")
    outdir = tmp_path / "out"
    code, _, _ = run(capsys, "clean", str(SAMPLE), str(other), "-o", str(outdir), "-f", "json")
    assert code == 0
    assert sorted(p.name for p in outdir.iterdir()) == ["other.json", "yonhap-nato-lead.json"]


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "missing.txt")
    assert code == 3 and out == ""
    assert err == "cleannews: error: missing.txt: no such file\n"


def test_directory_given_as_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", str(tmp_path))
    assert code == 3 and out == ""
    assert err.startswith(f"cleannews: error: {tmp_path}: is a directory") and err.count("\n") == 1


def test_one_bad_input_does_not_stop_the_others(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "missing.txt", str(SAMPLE))
    assert code == 3 and out == EXPECTED_TEXT
    assert err == "cleannews: error: missing.txt: no such file\n"


def test_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--no-such-flag")
    assert code == 2 and out == ""
    assert err.startswith("cleannews: error: No such option: --no-such-flag") and err.count("\n") == 1


def test_unknown_pass_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "clean", "--disable", "nope", str(SAMPLE))
    assert code == 2 and "unknown pass 'nope'" in err


def test_passes_lists_every_pass(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "passes")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [
        "unicode",
        "chrome",
        "rejoin",
        "whitespace",
        "headline",
        "wire",
    ]


def test_ui_strings_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = tmp_path / "ui.txt"
    extra.write_text("# site chrome\nDaily Gazette Plus\n", encoding="utf-8")
    source = tmp_path / "a.txt"
    source.write_text("Daily Gazette Plus\nThe body.\n", encoding="utf-8")
    code, out, _ = run(capsys, "clean", "--ui-strings", str(extra), str(source))
    assert (code, out) == (0, "The body.\n")


def installed_command() -> list[str]:
    found = shutil.which("cleannews", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "cleannews"]


def test_installed_command_reads_stdin() -> None:
    done = subprocess.run([*installed_command(), "clean"], input=SAMPLE.read_bytes(), capture_output=True, check=False)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode("utf-8") == EXPECTED_TEXT


def test_python_dash_m_with_dash_and_missing_file() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cleannews", "clean", "-"], input=SAMPLE.read_bytes(), capture_output=True, check=False
    )
    assert done.stdout.decode("utf-8") == EXPECTED_TEXT
    missing = subprocess.run([sys.executable, "-m", "cleannews", "clean", "nope.txt"], capture_output=True, check=False)
    assert missing.returncode == 3 and b"Traceback" not in missing.stderr
    assert missing.stderr == b"cleannews: error: nope.txt: no such file\n"
