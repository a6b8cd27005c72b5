"""The Dask engine on a real two-worker LocalCluster: byte-for-byte the same results as the local engine.

One cluster (two worker processes on loopback) serves the whole module; each command joins it
with ``--scheduler``. The corpus is generated here: synthetic articles from a few made-up
sites (shared mastheads and footers for the site profile), with broken words, wire tags,
mojibake, a binary file and a file that needs ``--encoding``.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import distributed
import pytest

from cleannews import clean
from cleannews.cli import main
from cleannews.config import Config
from cleannews.executors import map_reduce
from cleannews.executors_dask import DaskExecutor
from cleannews.profile import profile_from_files, profile_from_texts
from cleannews.profile_mapreduce import learn_profile_on
from cleannews.work import FileTask, file_failed
from tests.conftest import article, write_tree

SITES = (
    ("The Daily Gazette", "Subscribe to the Gazette newsletter", "© 2024 Daily Gazette Media. All rights reserved."),
    ("Harbour Evening Post", "Get the Evening Post app", "Harbour Evening Post, 12 Quay Street"),
    ("Lakeside Courier", "Follow the Courier on social media", "Courier Media Group. Terms and privacy."),
)


def site_page(n: int, rng: random.Random) -> str:
    """A page of one of three sites: the site's masthead and footer lines around a wire article."""
    name, promo, footer = SITES[n % len(SITES)]
    body = article(n, mojibake=n % 7 == 0)
    extra = "\n".join(rng.sample(["Most read", "Watch live", "Weather", "Markets today", "Puzzles"], 2))
    return f"{name}\n{extra}\n\n{body}\n{promo}\n{footer}\n"


def write_corpus(root: Path, count: int = 48) -> Path:
    rng = random.Random(8)
    files = {f"site{n % 3}/{'archive/' if n % 4 == 0 else ''}page-{n:03}.txt": site_page(n, rng) for n in range(count)}
    files["clean.txt"] = "A clean paragraph that needs no change.\n"
    write_tree(root, files)
    (root / "site1" / "broken.txt").write_bytes(b"\x00\x01binary\x00")  # fails: looks binary
    (root / "site2" / "latin.txt").write_bytes("Caf\xe9 cr\xe8me, na\xefve r\xe9sum\xe9s.\n".encode("cp1252"))
    return root


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},  # not 8787, which another cluster may hold
        host="127.0.0.1",
        silence_logs=logging.ERROR,
    ) as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def address(cluster: distributed.LocalCluster) -> str:
    return str(cluster.scheduler_address)


@pytest.fixture(scope="module")
def client(address: str) -> Iterator[distributed.Client]:
    with distributed.Client(address, set_as_default=False) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("dask") / "pages")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, re.sub(r" in \d+(\.\d+)? s$", " in T s", err, flags=re.MULTILINE)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def both(capsys: pytest.CaptureFixture[str], address: str, *args: str) -> tuple[int, str, str]:
    """Run a command on the local engine and on the cluster; they must agree on everything."""
    local = run(capsys, *args, "--jobs", "1")
    on_dask = run(capsys, *args, "--engine", "dask", "--scheduler", address)
    assert on_dask[:2] == local[:2]
    # Known gap: decoding warnings ("decoded as cp1252") are written by the worker that reads the
    # file, so on a cluster they land in the worker's log; errors travel back and must agree.
    assert errors_of(on_dask[2]) == errors_of(local[2])
    return local


def errors_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("cleannews: warning:")]


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_directory_outputs_are_identical(
    corpus: Path, tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    local = run(capsys, "clean", str(corpus), "-o", str(tmp_path / "local"), "-f", output_format, "--jobs", "2")
    dask = run(
        capsys, "clean", str(corpus), "-o", str(tmp_path / "dask"), "-f", output_format, "--engine", "dask",
        "--scheduler", address,
    )  # fmt: skip
    assert dask == local
    code, out, err = local
    assert (code, out) == (3, "")  # the binary file failed, the others were written
    assert f"cleannews: error: {corpus / 'site1' / 'broken.txt'}: looks binary, not text\n" in err
    written = tree(tmp_path / "dask")
    assert written == tree(tmp_path / "local")
    assert len(written) == 50
    suffix = ".json" if output_format == "json" else ".txt"
    assert sorted(written)[:2] == [f"clean{suffix}", f"site0/archive/page-000{suffix}"]


def test_stdout_in_input_order(corpus: Path, address: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = both(capsys, address, "clean", str(corpus), "-f", "json", "-q")
    assert code == 3
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records][:3] == [
        str(corpus / "clean.txt"),
        str(corpus / "site0" / "page-003.txt"),
        str(corpus / "site0" / "page-006.txt"),
    ]
    text = both(capsys, address, "clean", str(corpus / "site0"), "--encoding", "utf-8", "-q")[1]
    assert text.count("Heavy rain closed") == 16


def test_json_lines_are_identical(
    corpus: Path, tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = sorted(corpus.rglob("page-*.txt"))
    records = [json.dumps({"id": i, "text": p.read_text(encoding="utf-8")}) for i, p in enumerate(pages)]
    records.insert(5, "not json")
    (tmp_path / "corpus.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    code, out, err = both(capsys, address, "clean", "--jsonl", str(tmp_path / "corpus.jsonl"))
    assert code == 3 and "corpus.jsonl:6: not valid JSON" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == list(range(len(pages)))


def test_profile_is_the_same_whatever_the_partitioning(corpus: Path, client: distributed.Client) -> None:
    files = [str(p) for p in sorted(corpus.rglob("*.txt"))]
    expected, failures = profile_from_files([Path(f) for f in files], min_share=0.2)
    assert len(expected) >= 6 and failures == [f"{corpus / 'site1' / 'broken.txt'}: looks binary, not text"]
    with DaskExecutor(client=client) as executor:
        for chunk_size in (1, 5, 13, 1000):
            shuffled = random.Random(chunk_size).sample(files, len(files))
            profile, errors = learn_profile_on(executor, shuffled, min_share=0.2, chunk_size=chunk_size)
            assert profile.dumps() == expected.dumps()
            assert errors == failures


def test_map_reduce_combines_in_input_order(client: distributed.Client) -> None:
    with DaskExecutor(client=client) as executor:
        assert map_reduce(executor, "".join, str.__add__, "abcdefghijklmnopqrstuvwxyz", chunk_size=2) == (
            "abcdefghijklmnopqrstuvwxyz"
        )
        assert map_reduce(executor, "".join, str.__add__, "", chunk_size=2) is None


def test_profile_build_and_use_on_the_cluster(
    corpus: Path, tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local_profile, dask_profile = tmp_path / "local.json", tmp_path / "dask.json"
    build = ("profile", "build", str(corpus), "--min-share", "0.2")
    local = run(capsys, *build, "-o", str(local_profile))
    dask = run(capsys, *build, "-o", str(dask_profile), "--engine", "dask", "--scheduler", address)
    assert dask[0] == local[0] == 3  # the binary file could not be read
    assert dask_profile.read_bytes() == local_profile.read_bytes()
    _, out, _ = both(capsys, address, "clean", str(corpus), "--profile", str(local_profile), "-f", "json", "-q")
    removed = [r["reason"] for line in out.splitlines() for r in json.loads(line)["removed"]]
    assert sum("site boilerplate" in reason for reason in removed) >= 48  # the profile was broadcast and used


def test_urls_in_and_out(corpus: Path, tmp_path: Path, address: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "clean", str(corpus), "-o", str(tmp_path / "local"), "--jobs", "1")
    source, target = corpus.as_uri(), (tmp_path / "dask").as_uri()
    code, _, err = run(capsys, "clean", source, "-o", target, "--engine", "dask", "--scheduler", address)
    assert code == 3 and f"cleannews: error: {source}/site1/broken.txt: looks binary, not text\n" in err
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")
    assert not list((tmp_path / "dask").rglob(".*"))  # no temporary file left behind


def test_object_store_outputs_are_put_whole(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import fsspec

    memory = fsspec.filesystem("memory")
    code, _, _ = run(capsys, "clean", str(corpus / "site0"), "-o", "memory://cleannews-test/out", "--jobs", "1", "-q")
    assert code == 0
    run(capsys, "clean", str(corpus / "site0"), "-o", str(tmp_path / "local"), "--jobs", "1", "-q")
    stored = {path.split("/out/", 1)[1]: memory.cat_file(path) for path in memory.find("/cleannews-test/out")}
    assert stored == tree(tmp_path / "local")
    memory.rm("/cleannews-test", recursive=True)


def _die_once(marker: str, item: int) -> int:
    """Kill the worker process the first time an item is seen (the marker file remembers)."""
    flag = Path(marker) / str(item)
    if item == 3 and not flag.exists():
        flag.touch()
        os._exit(1)
    return item * item


def _fail_on_seven(item: int) -> int:
    if item == 7:
        raise ValueError("seven is not allowed")
    return item + 100


def test_a_worker_lost_mid_run_is_retried(tmp_path: Path, client: distributed.Client) -> None:
    from functools import partial

    with DaskExecutor(client=client) as executor:
        results = list(executor.map_ordered(partial(_die_once, str(tmp_path)), range(8), chunk_size=2))
    assert results == [n * n for n in range(8)]
    assert (tmp_path / "3").exists()  # the worker did die once
    client.wait_for_workers(2, timeout=30)  # the nanny restarts it, for the next tests


def test_a_failing_item_is_reported_alone(client: distributed.Client) -> None:
    with DaskExecutor(client=client, retries=1) as executor:
        results = list(
            executor.map_ordered(_fail_on_seven, range(10), chunk_size=4, on_error=lambda item, exc: f"{item}: {exc}")
        )
        assert results == [100, 101, 102, 103, 104, 105, 106, "7: seven is not allowed", 108, 109]
        with pytest.raises(ValueError, match="seven"):
            list(executor.map_ordered(_fail_on_seven, range(10), chunk_size=4))


def test_a_lost_document_is_a_failure_with_its_path() -> None:
    outcome = file_failed(FileTask("news/a.txt", "news/a.txt", size=10), RuntimeError("boom"))
    assert outcome.errors == ("news/a.txt: internal error: RuntimeError: boom; please report it",)
    assert (outcome.stats.failed, outcome.stats.bytes) == (1, 10)


def test_bag_api(client: distributed.Client) -> None:
    from cleannews.dask import clean_bag, profile_of

    rng = random.Random(3)
    texts = [site_page(n, rng) for n in range(30)]
    for partitions in (1, 4, 7):
        bag = db.from_sequence(texts, npartitions=partitions)
        profile = profile_of(bag, min_share=0.2).compute(scheduler=client)
        assert profile == profile_from_texts(texts, min_share=0.2) and len(profile) >= 6
        records = clean_bag(bag, learn_profile=True, min_share=0.2, lang="en").compute(scheduler=client)
        assert records == [clean(t, Config(profile=profile), lang="en").to_json() for t in texts]
    pairs = db.from_sequence([("a.txt", texts[0]), ("b.txt", texts[1])], npartitions=2)
    assert [r["path"] for r in clean_bag(pairs).compute(scheduler=client)] == ["a.txt", "b.txt"]


def test_dataframe_api(client: distributed.Client) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from cleannews.dask import clean_frame, clean_series

    rng = random.Random(4)
    texts = [site_page(n, rng) for n in range(12)]
    frame = dd.from_pandas(pd.DataFrame({"id": range(12), "body": texts}), npartitions=3)
    cleaned = clean_frame(frame, "body", keep_meta=True).compute(scheduler=client)
    assert list(cleaned.columns) == ["id", "body", "cleannews"]
    expected = [clean(t, keep_meta=True).to_json() for t in texts]
    assert list(cleaned["body"]) == [e["text"] for e in expected]
    meta = [json.loads(m) for m in cleaned["cleannews"]]
    assert meta == [{k: v for k, v in e.items() if k not in ("text", "paragraphs")} for e in expected]
    series = clean_series(frame["body"], learn_profile=True, min_share=0.2).compute(scheduler=client)
    profile = profile_from_texts(texts, min_share=0.2)
    assert list(series) == [clean(t, Config(profile=profile)).text for t in texts]


def test_without_dask_a_one_line_error(corpus: Path) -> None:
    probe = (
        "import sys\n"
        "for name in ('dask', 'distributed', 'fsspec'): sys.modules[name] = None\n"
        "import cleannews\n"
        "assert cleannews.clean('(LEAD) Rain\\n\\nIt rai\\nned.').text\n"
        "from cleannews.launch import main\n"
        "assert main(['clean', sys.argv[1]]) == 0\n"
        "assert 'cleannews.executors_dask' not in sys.modules\n"
        "sys.exit(main(['clean', sys.argv[1], '--engine', 'dask']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(corpus / "clean.txt")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stdout == "A clean paragraph that needs no change.\n"
    assert done.stderr == "cleannews: error: the dask engine needs Dask; pip install 'cleannews[dask]'\n"


def test_usage_errors(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "clean", str(corpus), "--scheduler", "tcp://127.0.0.1:1")
    assert (code, err) == (2, "cleannews: error: --scheduler is the address of a Dask scheduler; add --engine dask\n")
    code, _, err = run(capsys, "clean", corpus.as_uri(), "--in-place")
    assert (code, err) == (
        2,
        "cleannews: error: --in-place rewrites local files; write URL inputs elsewhere with -o\n",
    )
