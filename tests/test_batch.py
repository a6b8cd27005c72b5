"""Directories, in-place rewriting, scripts (--check, --diff), parallel runs, pipes and Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleannews import clean
from cleannews.cli import main
from tests.conftest import CLEAN_ARTICLE, article, write_tree
from tests.test_cli import installed_command, timeless


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, timeless(err)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A small scraped folder: articles in subfolders, a clean one, a note, a hidden file."""
    return write_tree(
        tmp_path / "in",
        {
            "a.txt": article(1),
            "b.txt": CLEAN_ARTICLE,
            "world/c.txt": article(2, mojibake=True),
            "world/asia/d.txt": article(3),
            "notes.md": "Home\nWorld\nHome\nWorld\nA note.\n",
            ".draft.txt": article(4),
        },
    )


def summary(files: int, changed: int, failed: int = 0, mojibake: int = 1, check: bool = False) -> str:
    """The summary for ``changed`` synthetic articles (``mojibake`` of them with one broken apostrophe)."""
    n = changed
    verb = ("would change", "would be left unchanged") if check else ("changed", "unchanged")
    head = f"cleannews: {files} files: {n} {verb[0]}, {files - n - failed} {verb[1]}, {failed} failed in T s\n"
    if not n:
        return head
    return (
        head
        + (f"  unicode: {mojibake} edit{'s' * (mojibake != 1)} (unicode {mojibake})\n" if mojibake else "")
        + f"  chrome: {6 * n} lines removed\n"
        + f"  rejoin: {2 * n} edits (hyphen-dropped {n}, split-word {n}); {2 * n} words rejoined\n"
        + f"  wire: {n} edit{'s' * (n != 1)} (tag {n})\n"
    )


def expected(text: str) -> str:
    return clean(text).text


def listing(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


# Directories -------------------------------------------------------------------------------


def test_directory_is_mirrored_under_the_output(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "clean", str(tree), "-o", str(out_dir))
    assert (code, out, err) == (0, "", summary(4, 3))
    assert listing(out_dir) == ["a.txt", "b.txt", "world/asia/d.txt", "world/c.txt"]
    assert (out_dir / "world/c.txt").read_text(encoding="utf-8") == expected(article(2, mojibake=True))
    assert "mayor’s" in (out_dir / "world/c.txt").read_text(encoding="utf-8")
    assert (out_dir / "b.txt").read_text(encoding="utf-8") == CLEAN_ARTICLE


def test_json_outputs_get_a_json_suffix(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    code, _, _ = run(capsys, "clean", str(tree), "-o", str(out_dir), "-f", "json", "-q")
    assert code == 0
    assert listing(out_dir) == ["a.json", "b.json", "world/asia/d.json", "world/c.json"]
    record = json.loads((out_dir / "world/asia/d.json").read_text(encoding="utf-8"))
    assert record["path"] == str(tree / "world/asia/d.txt")
    assert record["tags"] == ["LEAD"] and record["text"] == expected(article(3))


def test_include_and_exclude_globs(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    args = ["clean", str(tree), "-o", str(out_dir), "-q", "--include", "*.txt", "--include", "*.md"]
    code, _, _ = run(capsys, *args, "--exclude", "asia", "--exclude", "world/c.txt")
    assert code == 0
    assert listing(out_dir) == ["a.txt", "b.txt", "notes.txt"]


def test_directory_to_stdout_in_a_fixed_order(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "clean", str(tree), "-f", "json", "-q")
    assert code == 0
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths == [str(tree / p) for p in ("a.txt", "b.txt", "world/c.txt", "world/asia/d.txt")]


def test_an_output_inside_the_input_is_not_read_back(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inner = tree / "cleaned"
    for _ in range(2):
        code, _, err = run(capsys, "clean", str(tree), "-o", str(inner))
        assert (code, err) == (0, summary(4, 3))
    assert listing(inner) == ["a.txt", "b.txt", "world/asia/d.txt", "world/c.txt"]


def test_output_into_the_input_directory_is_refused(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", str(tree), "-o", str(tree))
    assert (code, out) == (2, "")
    assert err == f"cleannews: error: {tree / 'a.txt'}: output would overwrite the input; choose another -o\n"
    assert (tree / "a.txt").read_text(encoding="utf-8") == article(1)


def test_two_inputs_for_one_output_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = write_tree(tmp_path / "in", {"a.txt": article(1), "a.md": article(2)})
    code, out, err = run(capsys, "clean", str(tree), "--include", "*", "-o", str(tmp_path / "out"))
    assert (code, out) == (2, "")
    assert err == (
        f"cleannews: error: {tree / 'a.txt'} and {tree / 'a.md'} would both be written to "
        f"{tmp_path / 'out' / 'a.txt'}; clean them separately\n"
    )


def test_links_out_of_the_tree_and_loops_are_skipped(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(article(7), encoding="utf-8")
    (tree / "leak.txt").symlink_to(secret)
    (tree / "outside").symlink_to(tmp_path)
    (tree / "world" / "loop").symlink_to(tree)
    (tree / "alias.txt").symlink_to(tree / "a.txt")
    (tree / "dangling.txt").symlink_to(tree / "gone.txt")
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "clean", str(tree), "-o", str(out_dir))
    assert (code, out) == (0, "")
    assert err == (
        f"cleannews: warning: {tree / 'dangling.txt'}: skipped: a broken link\n"
        f"cleannews: warning: {tree / 'leak.txt'}: skipped: it links to {secret}, outside {tree}\n"
        f"cleannews: warning: {tree / 'outside'}: skipped: it links to {tmp_path}, outside {tree}\n"
    ) + summary(5, 4)
    assert listing(out_dir) == ["a.txt", "alias.txt", "b.txt", "world/asia/d.txt", "world/c.txt"]


def test_empty_directory_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "clean", str(tmp_path / "empty"))
    assert (code, out, err) == (0, "", f"cleannews: warning: no files matching *.txt in {tmp_path / 'empty'}\n")


# In place ----------------------------------------------------------------------------------


def test_in_place_rewrites_only_what_changes(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "a.txt").chmod(0o640)
    untouched = (tree / "b.txt").stat().st_mtime_ns
    code, out, err = run(capsys, "clean", str(tree), "--in-place", "--backup", ".orig")
    assert (code, out, err) == (0, "", summary(4, 3))
    assert (tree / "a.txt").read_text(encoding="utf-8") == expected(article(1))
    assert (tree / "a.txt.orig").read_text(encoding="utf-8") == article(1)
    assert (tree / "a.txt").stat().st_mode & 0o777 == 0o640
    assert (tree / "b.txt").stat().st_mtime_ns == untouched
    assert not (tree / "b.txt.orig").exists()
    assert sorted(p.name for p in tree.rglob("*.orig")) == ["a.txt.orig", "c.txt.orig", "d.txt.orig"]
    # A second run finds nothing to do, and backups (*.orig) are not inputs.
    code, _, err = run(capsys, "clean", str(tree), "--in-place", "--backup", ".orig")
    assert (code, err) == (0, summary(4, 0))


def test_in_place_through_a_link_keeps_the_link(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / "alias.txt").symlink_to(tree / "world" / "asia" / "d.txt")
    code, _, _ = run(capsys, "clean", str(tree / "alias.txt"), "--in-place")
    assert code == 0
    assert (tree / "alias.txt").is_symlink()
    assert (tree / "world" / "asia" / "d.txt").read_text(encoding="utf-8") == expected(article(3))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--in-place", "-o", "x"], "--in-place rewrites the inputs; it cannot be combined with -o"),
        (["--in-place", "-f", "json"], "--in-place writes cleaned text; it cannot be combined with --format json"),
        (["--check", "-o", "x"], "--check and --diff write nothing; drop -o and --in-place"),
        (["--diff", "--in-place"], "--check and --diff write nothing; drop -o and --in-place"),
        (["--backup", ".bak"], "--backup keeps originals of files rewritten with --in-place; add --in-place"),
        (["--backup", "a/b", "--in-place"], "backup suffix 'a/b' must be a non-empty name suffix such as .bak"),
    ],
)
def test_contradictory_options_are_usage_errors(
    tree: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "clean", str(tree), *args)
    assert (code, out, err) == (2, "", f"cleannews: error: {message}\n")
    assert (tree / "a.txt").read_text(encoding="utf-8") == article(1)


# Scripts: --check and --diff --------------------------------------------------------------------


def test_check_lists_changes_writes_nothing_and_exits_1(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", str(tree), "--check")
    assert (code, out) == (1, "")
    assert err == (
        f"would change: {tree / 'a.txt'}\n"
        f"would change: {tree / 'world/c.txt'}\n"
        f"would change: {tree / 'world/asia/d.txt'}\n"
    ) + summary(4, 3, check=True)
    assert (tree / "a.txt").read_text(encoding="utf-8") == article(1)


def test_check_on_clean_input_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "clean.txt"
    source.write_text(CLEAN_ARTICLE, encoding="utf-8")
    assert run(capsys, "clean", str(source), "--check") == (0, "", "")
    assert run(capsys, "clean", str(source), "--check", "-q") == (0, "", "")


def test_diff_is_a_unified_diff_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Home\nWorld\nHome\nWorld\nGood to bolste\nr ties.", encoding="utf-8")
    code, out, err = run(capsys, "clean", str(source), "--diff", "--check")
    assert (code, err) == (1, "")
    assert out == (
        f"--- {source}\t(original)\n"
        f"+++ {source}\t(cleaned)\n"
        "@@ -1,6 +1 @@\n"
        "-Home\n"
        "-World\n"
        "-Home\n"
        "-World\n"
        "-Good to bolste\n"
        "-r ties.\n"
        "\\ No newline at end of file\n"
        "+Good to bolster ties.\n"
    )
    if shutil.which("patch"):  # the diff applies with patch(1)
        target = tmp_path / "patched.txt"
        subprocess.run(["patch", "-s", "-o", str(target), str(source)], input=out.encode(), check=True)
        assert target.read_text(encoding="utf-8") == "Good to bolster ties.\n"


# Parallel runs -------------------------------------------------------------------------------


def big_tree(root: Path, n: int) -> Path:
    return write_tree(root, {f"part{i % 3}/art{i:03}.txt": article(i, mojibake=i % 4 == 0) for i in range(n)})


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = big_tree(tmp_path / "in", 40)
    one = run(capsys, "clean", str(tree), "-f", "json", "--jobs", "1")
    two = run(capsys, "clean", str(tree), "-f", "json", "--jobs", "2")
    assert one == two
    assert one[0] == 0 and len(one[1].splitlines()) == 40
    run(capsys, "clean", str(tree), "-o", str(tmp_path / "o1"), "-j", "1")
    run(capsys, "clean", str(tree), "-o", str(tmp_path / "o2"), "-j", "2")
    files = listing(tmp_path / "o1")
    assert files == listing(tmp_path / "o2") and len(files) == 40
    for rel in files:
        assert (tmp_path / "o1" / rel).read_bytes() == (tmp_path / "o2" / rel).read_bytes()


def test_verbose_prints_a_line_per_file_quiet_prints_nothing(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "clean", str(tree), "-o", str(tmp_path / "o"), "-v", "-j", "2")
    assert code == 0
    assert err == (
        "learnt the batch's boilerplate: 5 lines, each in 3+ of 4 documents (copies of one article counted once)\n"
        f"{tree / 'a.txt'}: changed: 6 lines removed, 3 edits -> {tmp_path / 'o/a.txt'}\n"
        f"{tree / 'b.txt'}: unchanged -> {tmp_path / 'o/b.txt'}\n"
        f"{tree / 'world/c.txt'}: changed: 6 lines removed, 4 edits -> {tmp_path / 'o/world/c.txt'}\n"
        f"{tree / 'world/asia/d.txt'}: changed: 6 lines removed, 3 edits -> {tmp_path / 'o/world/asia/d.txt'}\n"
    ) + summary(4, 3)
    assert run(capsys, "clean", str(tree), "-o", str(tmp_path / "o"), "-q") == (0, "", "")


# Pipes and interruptions -------------------------------------------------------------------------


def test_head_of_a_json_stream_ends_quietly(tmp_path: Path) -> None:
    tree = big_tree(tmp_path / "in", 300)
    command = " ".join([*installed_command(), "clean", str(tree), "--format", "json"])
    done = subprocess.run(
        ["bash", "-c", f'set -o pipefail; {command} | head -1; echo "${{PIPESTATUS[0]}}" >&2'],
        capture_output=True,
        check=False,
    )
    assert done.stderr == b"0\n"
    assert json.loads(done.stdout)["path"] == str(tree / "part0" / "art000.txt")


def test_ctrl_c_leaves_no_partial_output(tmp_path: Path) -> None:
    # The interrupt must reach the batch while it runs: on a loaded machine this test's polling
    # may fall behind a small batch, which then finishes first; a bigger one is tried then.
    for attempt, count in enumerate((1500, 6000)):
        tree = big_tree(tmp_path / f"in{attempt}", count)
        out_dir = tmp_path / f"out{attempt}"
        process = subprocess.Popen(
            [*installed_command(), "clean", str(tree), "-o", str(out_dir), "--jobs", "2"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # signal the whole group, as a terminal does on Ctrl-C
        )
        deadline = time.monotonic() + 30
        while not (out_dir.exists() and any(out_dir.rglob("*.txt"))) and time.monotonic() < deadline:
            time.sleep(0.01)
        if process.poll() is None:
            break
        process.communicate(timeout=60)  # finished before the interrupt could be sent
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert (process.returncode, out, err) == (130, b"", b"cleannews: error: interrupted\n")
    written = list(out_dir.rglob("*"))
    assert not [p for p in written if p.name.startswith(".")]  # no temporary files left
    files = [p for p in written if p.is_file()]
    assert 0 < len(files) < count
    for path in files:
        source = tree / path.relative_to(out_dir)
        assert path.read_text(encoding="utf-8") == expected(source.read_text(encoding="utf-8"))


# JSON Lines -------------------------------------------------------------------------------------


def records_file(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(start, start + count):
            handle.write(json.dumps({"id": i, "body": article(i, mojibake=i % 3 == 0), "lang": "en"}) + "\n")
    return path


def test_jsonl_cleans_one_field_and_keeps_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = records_file(tmp_path / "corpus.jsonl", 3)
    code, out, err = run(capsys, "clean", "--jsonl", "--field", "body", "--meta-key", "meta", "-q", str(corpus))
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == [0, 1, 2]
    for i, record in enumerate(records):
        result = clean(article(i, mojibake=i % 3 == 0), path=f"{corpus}:{i + 1}")
        assert list(record) == ["id", "body", "lang", "meta"]
        assert record["body"] == result.text and record["lang"] == "en"
        expected_meta = result.to_json()
        del expected_meta["text"], expected_meta["paragraphs"]
        assert record["meta"] == expected_meta


def test_jsonl_bad_records_are_reported_and_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "Good to bolste\\nr ties."}\nnot json\n\n[1, 2]\n{"body": "x"}\n', encoding="utf-8")
    code, out, err = run(capsys, "clean", "--jsonl", str(corpus))
    assert code == 3
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Good to bolster ties.\n"]
    assert err == (
        f"cleannews: error: {corpus}:2: not valid JSON (Expecting value: line 1 column 1 (char 0))\n"
        f"cleannews: error: {corpus}:4: not a JSON object\n"
        f"cleannews: error: {corpus}:5: no string field 'text'; name the text field with --field\n"
        "cleannews: 4 records: 1 changed, 0 unchanged, 3 failed in T s\n"
        "  rejoin: 1 edit (split-word 1); 1 word rejoined\n"
    )


def test_many_jsonl_inputs_make_one_ordered_stream(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = tmp_path / "corpus"
    tree.mkdir()
    records_file(tree / "b.jsonl", 150, start=150)
    records_file(tree / "a.jsonl", 150)
    records_file(tmp_path / "first.jsonl", 10, start=1000)
    one = run(capsys, "clean", "--jsonl", "--field", "body", str(tmp_path / "first.jsonl"), str(tree), "-j", "1")
    two = run(capsys, "clean", "--jsonl", "--field", "body", str(tmp_path / "first.jsonl"), str(tree), "-j", "2")
    assert one == two
    ids = [json.loads(line)["id"] for line in one[1].splitlines()]
    assert ids == [*range(1000, 1010), *range(300)]


def test_jsonl_mirrored_and_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = tmp_path / "corpus"
    (tree / "sub").mkdir(parents=True)
    records_file(tree / "sub" / "a.jsonl", 5)
    code, _, _ = run(capsys, "clean", "--jsonl", "--field", "body", str(tree), "-o", str(tmp_path / "out"), "-q")
    assert code == 0 and listing(tmp_path / "out") == ["sub/a.jsonl"]
    mirrored = (tmp_path / "out" / "sub" / "a.jsonl").read_text(encoding="utf-8")
    code, _, _ = run(capsys, "clean", "--jsonl", "--field", "body", str(tree), "--in-place", "--backup", ".bak", "-q")
    assert code == 0
    assert (tree / "sub" / "a.jsonl").read_text(encoding="utf-8") == mirrored
    assert [json.loads(line)["id"] for line in (tree / "sub" / "a.jsonl.bak").read_text().splitlines()] == [
        0,
        1,
        2,
        3,
        4,
    ]


def test_jsonl_from_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    data = b'{"text": "Good to bolste\\nr ties.", "n": 1}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "clean", "--jsonl", "-q")
    assert code == 0
    assert json.loads(out)["text"] == "Good to bolster ties.\n"
    assert json.loads(out)["cleannews"]["path"] == "-:1"


# Progress ----------------------------------------------------------------------------------------


def test_progress_bar_on_a_terminal_leaves_stdout_alone(tmp_path: Path) -> None:
    import pty

    tree = big_tree(tmp_path / "in", 60)
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    process = subprocess.Popen(
        [*installed_command(), "clean", str(tree), "-f", "json", "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    out, _ = process.communicate(timeout=120)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.returncode == 0
    assert [json.loads(line)["path"] for line in out.splitlines()][:2] == [
        str(tree / "part0" / "art000.txt"),
        str(tree / "part0" / "art003.txt"),
    ]
    assert b"\x1b[" not in out  # no terminal codes in the data
    text = shown.decode("utf-8", errors="replace")
    assert "files/s" in text and "/60 files" in text  # the bar was drawn on stderr
    assert "cleannews: 60 files: 60 changed, 0 unchanged, 0 failed" in text  # then the summary


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    tree = big_tree(tmp_path / "in", 20)
    done = subprocess.run([*installed_command(), "clean", str(tree), "-q"], capture_output=True, check=False)
    assert (done.returncode, done.stderr) == (0, b"")


# A batch learns its site's boilerplate ---------------------------------------------------------

SITE_LINE = "The Riverside Chronicle: independent local news since 1887"


def site_pages(root: Path, n: int) -> Path:
    """``n`` plain articles of one site, each with the same masthead line, which no lexicon knows."""
    towns = ["Riverside", "Oak Hill", "Millbrook", "Eastport", "Cedar Falls", "Lakeview"]
    pages = {}
    for i in range(n):
        town = towns[i % len(towns)]
        pages[f"p{i:02}.txt"] = (
            f"{SITE_LINE}\n\nCouncil in {town} approves budget number {i}\n\n"
            f"The council of {town} approved a budget of {i + 2} million dollars on Monday evening, "
            "after a long debate about the roads and the new library.\n\n"
            f"Residents of {town} can read the full plan at the town hall from next week, the clerk said.\n"
        )
    return write_tree(root, pages)


def test_a_directory_run_learns_and_removes_the_site_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = site_pages(tmp_path / "in", 6)
    code, out, _ = run(capsys, "clean", str(pages), "-f", "json", "-j", "1")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 6
    for record in records:
        assert SITE_LINE not in record["text"]
        reasons = [r["reason"] for r in record["removed"] if r["text"] == SITE_LINE]
        assert reasons == ["site boilerplate: in 6 of 6 documents of the profile"]
    # Told not to, it keeps them; each page alone would keep them too.
    _, kept, _ = run(capsys, "clean", str(pages), "-f", "json", "--no-learn-profile")
    assert all(SITE_LINE in json.loads(line)["text"] for line in kept.splitlines())
    assert SITE_LINE in run(capsys, "clean", str(pages / "p00.txt"))[1]


def test_the_learnt_profile_does_not_depend_on_jobs_or_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = site_pages(tmp_path / "in", 12)
    one = run(capsys, "clean", str(pages), "-f", "json", "-j", "1")
    two = run(capsys, "clean", str(pages), "-f", "json", "-j", "2")
    assert one == two and SITE_LINE not in one[1].split('"text"')[1]


def test_a_sample_is_chosen_by_name_not_by_order_or_place() -> None:
    from cleannews.batch import sample_for_profile
    from cleannews.inputs import Source

    def tree(root: str) -> list[Source]:
        return [Source(f"{root}/site/{i:04}.txt", f"{root}/site/{i:04}.txt", f"site/{i:04}.txt") for i in range(50)]

    names = [source.path for source in tree("/data")]
    chosen = sample_for_profile(tree("/data"), 10)
    assert len(chosen) == 10 and set(chosen) <= set(names)
    assert sample_for_profile(list(reversed(tree("/data"))), 10) == chosen
    # The same tree elsewhere (another temporary folder, another machine): the same files.
    assert [p.removeprefix("/tmp/x") for p in sample_for_profile(tree("/tmp/x"), 10)] == [
        p.removeprefix("/data") for p in chosen
    ]
    assert sample_for_profile(tree("/data")[:5], 10) == names[:5]


def test_a_given_profile_is_used_instead_of_learning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = site_pages(tmp_path / "in", 6)
    empty = tmp_path / "empty.json"
    assert run(capsys, "profile", "build", str(tmp_path / "in" / "p00.txt"), "-o", str(empty))[0] == 0
    _, out, _ = run(capsys, "clean", str(pages), "-f", "json", "--profile", str(empty))
    assert all(SITE_LINE in json.loads(line)["text"] for line in out.splitlines())
