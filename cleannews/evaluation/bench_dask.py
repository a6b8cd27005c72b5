"""``make bench-dask``: the Dask engine against the local process pool on the same machine.

It writes 20,000 generated articles (the generator of :mod:`cleannews.evaluation.bench`: the
benchmark's ground-truth texts in page chrome, with broken words, wire metadata and mojibake)
and times whole ``cleannews clean DIR -o OUT`` processes, in turn, so that drift of a shared
machine hits each alike:

- ``--engine local --jobs 2`` (the process pool);
- ``--engine dask --jobs 2``: the command starts and stops its own two-worker LocalCluster;
- ``--engine dask --scheduler ADDRESS``: the same two workers already running (started here),
  which is how a cluster is used, and shows the engine's own overhead per task.

Every Dask output tree is compared with the local one byte for byte, and the site profile
built by ``profile build --engine dask`` with the local one. Run it as::

    python -m cleannews.evaluation.bench_dask --data ../shared/data [--files 20000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from cleannews.evaluation.bench import Row, Run, measure, print_table, say, tool, write_corpus
from cleannews.evaluation.data import add_data_option, require


class Timed(NamedTuple):
    seconds: float
    cpu: float


def timed(command: Sequence[str], before: Callable[[], None], cluster_cpu: Callable[[], float]) -> Timed:
    """Wall time and CPU seconds of a whole command, plus what the running cluster spent meanwhile."""
    before()
    spent = cluster_cpu()
    run = measure(command)
    return Timed(run.seconds, run.cpu + cluster_cpu() - spent)


def same_tree(a: Path, b: Path) -> bool:
    """Whether two output folders hold the same files with the same bytes."""
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, [str(p) for p in files_a], shallow=False)
    return not mismatch and not errors


def _median(runs: Sequence[Run | Timed]) -> float:
    return statistics.median(r.seconds for r in runs)


def bench(data: Path, files: int, repeat: int, jobs: int, work: Path, warm_up: bool = False) -> list[Row]:
    import distributed

    corpus = work / "corpus"
    count, size = write_corpus(data, corpus, files)
    mb = size / 1e6
    say(f"corpus: {count} files, {mb:.1f} MB in {corpus}")
    cleannews = tool("cleannews")
    outputs = {name: work / f"out-{name}" for name in ("local", "dask-own", "dask-running")}
    rows: list[Row] = []
    import dask.config

    # The running cluster is set up as the dask engine sets up its own: no statistical profiler
    # (it serves the dashboard; on a cluster of your own it costs a few per cent of CPU).
    with (
        dask.config.set({"distributed.worker.profile.enabled": False}),
        distributed.LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": ":0"},
            silence_logs=logging.ERROR,
        ) as cluster,
    ):
        address = str(cluster.scheduler_address)
        commands = {
            "local": ["--engine", "local", "--jobs", str(jobs)],
            "dask-own": ["--engine", "dask", "--jobs", str(jobs)],
            "dask-running": ["--engine", "dask", "--scheduler", address],
        }

        import psutil

        client = distributed.Client(cluster, set_as_default=False)
        workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]

        def cluster_cpu() -> float:
            """CPU seconds of the running cluster so far: its workers, and its scheduler (this process)."""
            return time.process_time() + sum(sum(w.cpu_times()[:2]) for w in workers)

        def clean(name: str) -> Timed:
            out = outputs[name]
            return timed(
                [*cleannews, "clean", str(corpus), "-o", str(out), "-q", *commands[name]],
                lambda: shutil.rmtree(out, ignore_errors=True),
                cluster_cpu if name == "dask-running" else lambda: 0.0,
            )

        runs: dict[str, list[Timed]] = {name: [] for name in commands}
        identical = True
        if warm_up:
            say("warm-up: one run of each")
            for name in commands:
                clean(name)
        for round_no in range(repeat):
            # The order turns each round, so that a slow spell of the shared machine is spread out.
            for name in [*commands][round_no % 3 :] + [*commands][: round_no % 3]:
                runs[name].append(clean(name))
                say(f"round {round_no + 1}: {name} {runs[name][-1].seconds:.1f} s, {runs[name][-1].cpu:.1f} CPU s")
            for name in ("dask-own", "dask-running"):
                identical &= same_tree(outputs["local"], outputs[name])
        # The profile, built both ways on the same corpus.
        profiles = {name: work / f"profile-{name}.json" for name in ("local", "dask")}
        measure([*cleannews, "profile", "build", str(corpus), "-o", str(profiles["local"]), "--jobs", str(jobs)])
        measure([*cleannews, "profile", "build", str(corpus), "-o", str(profiles["dask"]), *commands["dask-running"]])
        same_profile = profiles["local"].read_bytes() == profiles["dask"].read_bytes()
        lines = len(json.loads(profiles["local"].read_text(encoding="utf-8"))["lines"])
        # Start-up and shut-down of a LocalCluster: one small file, both engines.
        one = next(iter(sorted(corpus.rglob("*.txt"))))
        starts = {
            name: [measure([*cleannews, "clean", str(one), *commands[name]]) for _ in range(max(2, repeat))]
            for name in ("local", "dask-own")
        }
        client.close()
    local_s = _median(runs["local"])
    tasks = -(-count // max(1, min(32, count // (jobs * 8))))
    for name, label in (("dask-own", "starting its own LocalCluster"), ("dask-running", "on a running cluster")):
        seconds = _median(runs[name])
        ratio = statistics.median(b.seconds / a.seconds for a, b in zip(runs[name], runs["local"], strict=True))
        cpu_ratio = statistics.median(b.cpu / a.cpu for a, b in zip(runs[name], runs["local"], strict=True))
        rows.append(
            Row(
                f"--engine dask ({jobs} workers, {label}) vs --engine local --jobs {jobs} "
                f"({seconds:.1f} s vs {local_s:.1f} s; {mb / seconds:.2f} vs {mb / local_s:.2f} MB/s)",
                f"{ratio:.2f}x throughput",
                ">= 0.85x",
                ratio >= 0.85,
            )
        )
        rows.append(
            Row(
                f"  the same in CPU seconds, all processes ({statistics.median(r.cpu for r in runs[name]):.0f} "
                f"vs {statistics.median(r.cpu for r in runs['local']):.0f}; steadier than wall time when shared)",
                f"{cpu_ratio:.2f}x work per CPU s",
                "",
                None,
            )
        )
    overhead = statistics.median(r.cpu for r in runs["dask-running"]) - statistics.median(r.cpu for r in runs["local"])
    overhead = overhead / tasks * 1000
    rows.append(
        Row(
            f"engine overhead per Dask task, CPU ({tasks} tasks of ~{count // tasks} files)",
            f"{overhead:.1f} ms",
            "",
            None,
        )
    )
    start_cost = _median(starts["dask-own"]) - _median(starts["local"])
    rows.append(Row("start-up and shut-down of a LocalCluster (one file, vs local)", f"+{start_cost:.1f} s", "", None))
    rows.append(
        Row(
            f"outputs identical to --engine local ({count} files, every run)",
            "yes" if identical else "NO",
            "yes",
            identical,
        )
    )
    rows.append(
        Row(f"site profile identical ({lines} boilerplate lines)", "yes" if same_profile else "NO", "yes", same_profile)
    )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_data_option(parser)
    parser.add_argument("--files", type=int, default=20000, help="articles to generate (default 20000)")
    parser.add_argument("--repeat", type=int, default=1, help="measured runs of each command (default 1)")
    parser.add_argument("--jobs", type=int, default=2, help="workers on each engine (default 2)")
    parser.add_argument("--warm-up", action="store_true", help="one unmeasured run of each command first")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args(argv)
    data = require(args.data)
    say(f"{os.cpu_count()} cores; timings on a shared machine are noisy")
    with tempfile.TemporaryDirectory(prefix="cleannews-bench-dask-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = bench(data, args.files, args.repeat, args.jobs, work, args.warm_up)
    print_table(rows)
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
