"""The command line on single documents, through Typer's test runner, main() and the installed command."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleannews import clean
from cleannews.cli import app, main
from cleannews.launch import main as launch_main
from tests.conftest import SAMPLE, article

EXPECTED_TEXT = SAMPLE.with_name("yonhap-nato-lead.expected.txt").read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def timeless(err: str) -> str:
    """A summary with its timing replaced, for exact comparison."""
    return re.sub(r" in \d+\.\d s$", " in T s", err, flags=re.MULTILINE)


def test_clean_file_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", str(SAMPLE))
    assert (code, out, err) == (0, EXPECTED_TEXT, "")


def test_plain_clean_gives_the_same_result(capsys: pytest.CaptureFixture[str]) -> None:
    code = launch_main(["clean", str(SAMPLE)])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, EXPECTED_TEXT, "")


def test_plain_clean_starts_without_typer_rich_or_pydantic() -> None:
    # cleannews runs once per file in shell loops: the plain call must not pay for the CLI framework.
    probe = (
        "import sys; from cleannews.launch import main; code = main(['clean', sys.argv[1]]); "
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'rich', 'pydantic', 'wordfreq'}), "
        "file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(SAMPLE)], capture_output=True, check=False)
    assert done.stdout.decode("utf-8") == EXPECTED_TEXT
    assert done.stderr == b"0 []\n"


def test_typer_runner_separates_stdout_and_stderr() -> None:
    result = CliRunner().invoke(app, ["clean", str(SAMPLE), "missing.txt"])
    assert result.exit_code == 3
    assert result.stdout == EXPECTED_TEXT
    assert timeless(result.stderr) == (
        "cleannews: error: missing.txt: no such file\n"
        "cleannews: 2 files: 1 changed, 0 unchanged, 1 failed in T s\n"
        "  chrome: 4 lines removed\n"
        "  rejoin: 2 edits (split-word 2); 2 words rejoined\n"
        "  wire: 1 line removed, 1 edit (tag 1)\n"
    )


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
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()  # not the 0600 of a temporary file


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_output_equal_to_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    shutil.copy(SAMPLE, source)
    code, out, err = run(capsys, "clean", str(source), "-o", str(source))
    assert (code, out) == (2, "")
    assert err == f"cleannews: error: {source}: output would overwrite the input; choose another -o\n"
    assert source.read_bytes() == SAMPLE.read_bytes()


def test_many_inputs_into_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Short note\n\nA body line.\n", encoding="utf-8")
    outdir = tmp_path / "out"
    code, out, _ = run(capsys, "clean", str(SAMPLE), str(other), "-o", str(outdir), "-f", "json")
    assert (code, out) == (0, "")
    assert sorted(p.name for p in outdir.iterdir()) == ["other.json", "yonhap-nato-lead.json"]


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "missing.txt")
    assert (code, out, err) == (3, "", "cleannews: error: missing.txt: no such file\n")


def test_undecodable_input_fails_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    code, out, err = run(capsys, "clean", str(binary))
    assert (code, out, err) == (3, "", f"cleannews: error: {binary}: looks binary, not text\n")


def test_stdin_twice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "-", "-")
    assert (code, out, err) == (2, "", "cleannews: error: stdin ('-') can be read only once\n")


def test_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--no-such-flag")
    assert (code, out) == (2, "")
    assert err == "cleannews: error: No such option: --no-such-flag; see 'cleannews clean --help'\n"


def test_bad_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--jobs", "-1", str(SAMPLE))
    assert (code, out) == (2, "")
    assert err.startswith("cleannews: error: Invalid value for '--jobs'") and err.count("\n") == 1


def test_unknown_pass_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--disable", "nope", str(SAMPLE))
    assert (code, out) == (2, "")
    assert err == (
        "cleannews: error: unknown pass 'nope'; choose from unicode, chrome, rejoin, whitespace, headline, wire\n"
    )


def test_disable_a_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text(article(1), encoding="utf-8")
    code, out, _ = run(capsys, "clean", "--disable", "chrome", str(source))
    assert (code, out) == (0, clean(article(1), disable=frozenset({"chrome"})).text)
    assert out.startswith("Home\n")


def test_passes_lists_every_pass(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "passes")
    assert (code, err) == (0, "")
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
    code, out, err = run(capsys, "clean", "--ui-strings", str(extra), str(source))
    assert (code, out, err) == (0, "The body.\n", "")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from cleannews import __version__

    assert run(capsys, "--version") == (0, f"cleannews {__version__}\n", "")


def installed_command() -> list[str]:
    found = shutil.which("cleannews", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "cleannews"]


def test_installed_command_reads_stdin() -> None:
    done = subprocess.run([*installed_command(), "clean"], input=SAMPLE.read_bytes(), capture_output=True, check=False)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode("utf-8") == EXPECTED_TEXT


def test_python_dash_m_with_dash_and_missing_file() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cleannews", "clean", "-"], input=SAMPLE.read_bytes(), capture_output=True, check=False
    )
    assert (done.returncode, done.stdout.decode("utf-8"), done.stderr) == (0, EXPECTED_TEXT, b"")
    missing = subprocess.run([sys.executable, "-m", "cleannews", "clean", "nope.txt"], capture_output=True, check=False)
    assert (missing.returncode, missing.stdout, missing.stderr) == (
        3,
        b"",
        b"cleannews: error: nope.txt: no such file\n",
    )
