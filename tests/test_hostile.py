"""Hostile input through the command line: it keeps working, says what it could not do, loses nothing.

Also the regression tests for crashes and bugs that the property tests and the fuzzer found.
"""

from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path

import pytest

from cleannews import clean, files
from cleannews.cli import main
from cleannews.provenance import replay
from tests.conftest import SAMPLE

ARTICLE = "(LEAD) Storm floods Seoul\n\nHeavy rain hit the capi\ntal on Monday.\n\nAdvertisement\n\nSource: Yonhap\n"
CLEANED = "Storm floods Seoul\n\nHeavy rain hit the capital on Monday.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def put(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# -- what arrives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        bytes.fromhex("89504e470d0a1a0a0000000d49484452"),  # PNG
        bytes.fromhex("ffd8ffe000104a464946000101"),  # JPEG
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02\nendstream",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",  # zip
    ],
)
def test_binary_file_is_skipped_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    source = put(tmp_path, "image.txt", data)
    target = tmp_path / "out.txt"
    code, out, err = run(capsys, "clean", source, "-o", str(target))
    assert (code, out, err) == (3, "", f"cleannews: error: {source}: looks binary, not text\n")
    assert not target.exists()


def test_binary_on_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class Stdin:
        buffer = __import__("io").BytesIO(b"\x00\x01binary")

    monkeypatch.setattr("sys.stdin", Stdin)
    assert run(capsys, "clean") == (3, "", "cleannews: error: <stdin>: looks binary, not text\n")


@pytest.mark.parametrize("data", [b"", b"\n\n\n", b"   \t  \r\n \r\n", codecs.BOM_UTF8, b"\xc2\xa0\n\xe2\x80\x8b\n"])
def test_empty_and_blank_files_give_empty_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    assert run(capsys, "clean", put(tmp_path, "blank.txt", data)) == (0, "", "")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("lf", ARTICLE.encode()),
        ("crlf", ARTICLE.replace("\n", "\r\n").encode()),
        ("cr", ARTICLE.replace("\n", "\r").encode()),
        ("bom", codecs.BOM_UTF8 + ARTICLE.encode()),
        ("utf16-bom", ARTICLE.encode("utf-16")),
        ("utf16-no-bom", ARTICLE.encode("utf-16-le")),
        ("utf32", ARTICLE.encode("utf-32")),
    ],
)
def test_encodings_and_line_endings_give_the_same_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    assert run(capsys, "clean", put(tmp_path, f"{name}.txt", data)) == (0, CLEANED, "")


def test_legacy_encoding_is_read_and_announced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Le ministre a déclaré jeudi que les négociations reprendraient à Genève.\n"
    source = put(tmp_path, "fr.txt", text.encode("cp1252"))
    code, out, err = run(capsys, "clean", source)
    assert (code, out) == (0, text)
    assert err == (
        f"cleannews: warning: {source}: not UTF-8 (byte 15); decoded as cp1252, detected; "
        "give --encoding if that is wrong\n"
    )
    assert run(capsys, "clean", "--encoding", "cp1252", source) == (0, text, "")


def test_undecodable_file_is_an_error_with_the_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = put(tmp_path, "junk.txt", b"Headline\n\n" + bytes(range(0x80, 0x100)))
    code, out, err = run(capsys, "clean", source)
    assert (code, out) == (3, "")
    assert err.startswith(f"cleannews: error: {source}: not valid UTF-8 at byte 10 and the encoding could not")
    assert "--encoding" in err and err.count("\n") == 1


def test_wrong_encoding_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = put(tmp_path, "a.txt", "naïve\n".encode("cp1252"))
    code, _, err = run(capsys, "clean", "--encoding", "utf-8", source)
    assert code == 3
    expected = f"{source}: not valid utf-8 at byte 2, though --encoding says it is; give the right --encoding"
    assert err == f"cleannews: error: {expected}\n"


def test_mixed_scripts_are_preserved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "서울, 11월 30일 (연합뉴스) -- 국방부 장관은 목요일 협상을 재개한다고 밝혔다.\n\n"
        "\u200fقال وزير الدفاع إن المفاوضات ستستمر.\u200f\n\n"
        "Emoji 👨\u200d👩\u200d👧 and 👍🏽 stay, so does Ελλάδα and café.\n"
    )
    assert run(capsys, "clean", put(tmp_path, "mixed.txt", text.encode())) == (0, text, "")


def test_combining_marks_are_composed() -> None:
    assert clean("Cafe\u0301 and re\u0301sume\u0301.\n").text == "Café and résumé.\n"


def test_invisible_and_odd_spaces_on_purpose() -> None:
    """No-break spaces become spaces; zero-width spaces, word joiners, stray BOMs and soft
    hyphens are dropped; zero-width joiners stay (emoji and several scripts need them)."""
    result = clean("10\u00a0km from co\u00adoperation, zero\u200bwidth, a\u2060b, \ufeffx, 👨\u200d👩\n")
    assert result.text == "10 km from cooperation, zerowidth, ab, x, 👨\u200d👩\n"
    assert result.edits[-1].pass_name == "whitespace"


def test_html_entities_are_decoded_and_recorded() -> None:
    result = clean("Tom &amp; Jerry &#8217;s &eacute;t&eacute; &lt;b&gt;\n")
    assert result.text == "Tom & Jerry ’s été <b>\n"
    assert result.edits[0].pass_name == "unicode" and "unescape_html" in result.edits[0].reason


def test_control_characters_are_removed_and_recorded() -> None:
    result = clean("a\x07b\x1b[31mc\x7fd\n")
    assert "\x07" not in result.text and "\x7f" not in result.text
    assert replay("a\x07b\x1b[31mc\x7fd\n", result.removed, result.edits) == result.text


# -- size --------------------------------------------------------------------------------------


# Sizes here are large enough to expose quadratic behaviour as a very slow suite; the full-size
# cases (100 MB line, a million lines) and their timings are in `make bench` (adversarial.py).


def test_two_megabyte_single_line() -> None:
    line = "The minister said that talks would resume next week in Geneva. " * 32_000
    result = clean(line)
    assert result.text == line.strip() + "\n"


def test_twenty_thousand_short_lines() -> None:
    text = "".join(f"Item {i}: value\n" for i in range(20_000))
    result = clean(text)
    assert replay(text, result.removed, result.edits) == result.text


def test_paragraph_of_twenty_thousand_wrapped_lines() -> None:
    """Was quadratic: every join copied and searched the growing line (did not finish in 120 s)."""
    text = "\n".join(f"the minister said that talks would resume {i}" for i in range(20_000))
    result = clean(text)
    assert replay(text, result.removed, result.edits) == result.text


# -- paths -------------------------------------------------------------------------------------


def test_output_through_a_symlink_to_the_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    code, out, err = run(capsys, "clean", str(source), "-o", str(link))
    assert (code, out) == (2, "") and "would overwrite the input" in err
    assert source.read_text() == ARTICLE


def test_output_to_a_hard_link_of_the_input_leaves_the_input_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The output is written to a new file and renamed over the link: the input's inode is untouched.
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    os.link(source, tmp_path / "b.txt")
    code, _, _ = run(capsys, "clean", str(source), "-o", str(tmp_path / "b.txt"))
    assert code in (0, 2)
    assert source.read_text() == ARTICLE


def test_output_into_new_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new" / "deeper" / "out.txt"
    assert run(capsys, "clean", str(SAMPLE), "-o", str(target))[0] == 0
    assert target.exists()


def test_full_disk_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("yesterday's output\n")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
    code, out, err = run(capsys, "clean", str(SAMPLE), "-o", str(target))
    assert (code, out) == (3, "")
    assert err == f"cleannews: error: {target}: cannot write (No space left on device); it was left as it was\n"
    assert target.read_text() == "yesterday's output\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_one_bad_file_among_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = put(tmp_path, "good.txt", ARTICLE.encode())
    binary = put(tmp_path, "bad.txt", b"\x00\x01\x02")
    outdir = tmp_path / "out"
    code, out, err = run(capsys, "clean", binary, good, str(tmp_path / "missing.txt"), "-o", str(outdir))
    assert code == 3 and out == ""
    assert f"{binary}: looks binary, not text" in err and "missing.txt: no such file" in err
    assert (outdir / "good.txt").read_text() == CLEANED
    assert not (outdir / "bad.txt").exists()


# -- regressions: bugs that the property tests found, now fixed ---------------------------------


def test_no_glue_between_a_word_and_a_capital_in_chunk_mode() -> None:
    long_line = (
        "The minister said that talks would resume after months of tension between both governments "
        "and the people in the week next"
    )
    assert clean(long_line + "\nThe talks begin.\n").text == long_line + "\nThe talks begin.\n"
    assert "minister.The" not in clean(f"{long_line} minister.\nThe talks begin.\n").text


@pytest.mark.parametrize(
    "text",
    [
        "a \n.",
        "a\xad\u0301",
    ],
)
def test_fixed_idempotence_cases(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once


def test_replay_of_a_line_edited_then_removed() -> None:
    source = ",\ufeff\n[\n\n"
    result = clean(source)
    assert replay(source, result.removed, result.edits) == result.text


def test_replay_of_an_empty_input() -> None:
    assert replay("", (), ()) == ""


# -- bugs the property tests found in the passes (smallest reproducers) --------------------------


def test_known_chrome_invisible_character() -> None:
    once = clean("\u00adShare\n\nBody text here.\n").text
    assert clean(once).text == once


def test_known_chrome_adjacent_copies_made_by_rejoin() -> None:
    once = clean("0)000)000)0\n0\n)000)000)0").text
    assert clean(once).text == once


def test_known_chrome_duplicate_after_rejoin() -> None:
    text = (
        "Heavy rain hit the capital on Monday and flooded several districts.\n\nShare\n\n"
        "Heavy rain hit the capital on Monday and\nflooded several districts.\n"
    )
    once = clean(text).text
    assert clean(once).text == once


def test_known_chrome_headline_tag_reveals_duplicate() -> None:
    once = clean("(LEAD) the the the\n\nThe the the.\n\nShare\n").text
    assert clean(once).text == once


def test_known_rejoin_trimmed_evidence() -> None:
    once = clean("Flooded Seoul on resume both.\n\nFlooded-\n Seoul on resume both.\n").text
    assert clean(once).text == once


def test_known_rejoin_layout_changes_after_joining() -> None:
    text = (
        "The the the the the minister minister minister minister minister\nminister minister. "
        "The the minister minister minister minister minister\n서울.\n\nShare\n"
    )
    once = clean(text).text
    assert clean(once).text == once


def test_known_rejoin_invisible_at_line_start() -> None:
    once = clean("aa\n\u00ada").text
    assert clean(once).text == once


# -- regular expressions -------------------------------------------------------------------------


def test_no_stage_is_slow_on_adversarial_lines() -> None:
    """A quadratic search on a 40,000-character line takes seconds; every stage must take far less.

    ``make bench`` measures the growth at 1 MB (cleannews/evaluation/adversarial.py).
    """
    from cleannews.evaluation.adversarial import rows

    slow = [row for row in rows(sizes=(40_000,), repeats=1) if row.seconds > 1.0]
    assert slow == []


@pytest.mark.parametrize("unit", ["a-\n", "a-\na", "a-" * 30 + "\n"])
def test_rejoin_stays_linear_on_runs_of_lines_that_mend_into_one(unit: str) -> None:
    """Thousands of lines mended into one word: each join copied the line so far and recorded
    the whole word in its edit (18 s at 40,000 characters of "a-⏎", 16 times the time at 10,000).
    Four times the text must take about four times as long (at most eight; a quadratic join takes
    sixteen). The CPU time of this process, best of three, so that other work on the machine does
    not count."""
    import time

    from cleannews.config import Config
    from cleannews.document import Document
    from cleannews.passes.rejoin import rejoin

    def seconds(size: int) -> float:
        doc = Document.from_text(unit * (size // len(unit)))
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            rejoin(doc, Config())
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(10_000), seconds(40_000)
    assert large < 8 * small + 0.05


def test_mending_split_paragraphs_is_linear_in_blank_lines() -> None:
    """A page whose removed lines leave a run of tens of thousands of blank lines: each blank line
    scanned the run after it (a 25 MB file took minutes)."""
    import time

    from cleannews.document import Document
    from cleannews.passes.rejoin import _mend_split_paragraphs

    doc = Document.from_text("The council said on Monday that it would vote on the\n" + "\n" * 40_000 + "plan soon.")
    doc = doc.replace(lines=doc.lines[:20_000] + doc.lines[20_001:])  # a line removed in the run
    started = time.process_time()
    mended = _mend_split_paragraphs(doc)
    assert time.process_time() - started < 1.0
    assert mended.text.startswith("The council said on Monday that it would vote on the plan soon.")
