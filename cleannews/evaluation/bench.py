"""``make bench``: speed and memory of whole cleannews processes, as ratios to ftfy, in one run.

It writes a corpus of realistic scraped articles (the benchmark's ground-truth texts wrapped in
page chrome, with words broken by chunking and hard wrapping, wire headline tags, datelines and
trailers, some mojibake and HTML entities) into a temporary folder, then times whole processes
from outside (``subprocess`` and ``time.perf_counter``; peak memory from ``getrusage`` of the
finished child), alternating the two commands of each ratio so that drift of a shared machine
hits both alike, and prints a table. Run it as::

    python -m cleannews.evaluation.bench --data ../shared/data [--files 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from cleannews.evaluation.data import Page, add_data_option, all_pages, require

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "yonhap-nato-lead.txt"

# --- The corpus --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Site:
    """A made-up news site: its masthead, menu and footer repeat on every page it serves."""

    name: str
    menu: tuple[str, ...]
    footer: tuple[str, ...]
    agency: str | None  # a wire agency whose copy the site runs


SECTIONS = ("Home", "World", "Politics", "Business", "Tech", "Science", "Sports", "Culture", "Opinion", "Video")
UI = ("Search", "Close this search box.", "Sign in", "Subscribe", "Menu", "Share", "Print", "Email", "Log in")
FOOTERS = (
    "Related articles",
    "Most read",
    "Share this article",
    "Follow us on Facebook",
    "Follow us on X",
    "Newsletter",
    "Terms of use",
    "Privacy policy",
    "Cookie settings",
    "Contact us",
    "Advertise with us",
    "Back to top",
)
AGENCIES = (
    ("Yonhap", "Yonhap News Agency", "SEOUL"),
    ("AP", "Associated Press", "WASHINGTON"),
    ("Reuters", "Reuters", "LONDON"),
    ("AFP", "Agence France-Presse", "PARIS"),
    (None, None, None),
    (None, None, None),
)
TAGS = ("LEAD", "2nd LD", "URGENT", "News Focus", "LEAD", "3rd LD")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_WORD = re.compile(r"[A-Za-z]{7,}")


def make_sites(rng: random.Random, count: int = 24) -> list[Site]:
    sites = []
    for i in range(count):
        kind = rng.choice(["Daily", "Evening", "Morning", "Weekly", "Global"])
        name = f"The {kind} {rng.choice(['Ledger', 'Post', 'Herald', 'Times', 'Courier', 'Observer'])} {i}"
        menu = (name, *rng.sample(SECTIONS, 6), *rng.sample(UI, 3))
        footer = (*rng.sample(FOOTERS, 5), f"© 2024 {name}. All rights reserved.")
        agency = AGENCIES[i % len(AGENCIES)][0]
        sites.append(Site(name, menu, footer, agency))
    return sites


def _title_of(page: Page) -> str:
    if page.title:
        return page.title.strip()
    slug = [part for part in page.url.rstrip("/").split("/") if part][-1]
    slug = re.sub(r"\.\w+$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w and not w.isdigit()]
    return " ".join(words).capitalize() or "News"


def _chunk_breaks(paragraph: str, rng: random.Random, rate: float) -> str:
    """Break words inside, as copying text out of fixed-size chunks does: "bolste\\nr"."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        cut = rng.randrange(2, len(word) - 1)
        return word[:cut] + "\n" + word[cut:]

    return _WORD.sub(split, paragraph)


def _hard_wrap(paragraph: str, rng: random.Random, width: int) -> str:
    """Wrap at ``width`` columns, hyphenating some long words across the break ("coop-\\neration")."""
    lines = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
    for i in range(len(lines) - 1):
        head, _, rest = lines[i + 1].partition(" ")
        if len(head) >= 8 and head.isalpha() and rng.random() < 0.3:
            cut = rng.randrange(3, len(head) - 3)
            lines[i] += f" {head[:cut]}-"
            lines[i + 1] = head[cut:] + (f" {rest}" if rest else "")
    return "\n".join(lines)


def _mojibake(text: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252")


def make_article(page: Page, site: Site, rng: random.Random) -> str:
    """One scraped page: masthead and menu, headline, body with broken lines, footer chrome."""
    paragraphs = [p.strip() for p in page.truth.split("\n") if p.strip()]
    agency = next((a for a in AGENCIES if a[0] == site.agency), AGENCIES[-1])
    title = _title_of(page)
    if agency[0] and rng.random() < 0.7:
        title = f"({rng.choice(TAGS)}) {title}"
        date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
        if paragraphs:
            paragraphs[0] = f"{agency[2]}, {date} ({agency[0]}) -- {paragraphs[0]}"
    if rng.random() < 0.15:  # mojibake: UTF-8 read as Windows-1252 in a few paragraphs
        for i in rng.sample(range(len(paragraphs)), min(len(paragraphs), rng.randint(1, 3))):
            paragraphs[i] = _mojibake(paragraphs[i].replace("'", "’"))
    if rng.random() < 0.1:
        paragraphs = [p.replace(" & ", " &amp; ").replace("’", "&#8217;") for p in paragraphs]
    layout = rng.choice(("chunk", "chunk", "wrap", "plain"))
    body = []
    for paragraph in paragraphs:
        if layout == "chunk":
            paragraph = _chunk_breaks(paragraph, rng, 0.03)
        elif layout == "wrap":
            paragraph = _hard_wrap(paragraph, rng, rng.choice((66, 72, 78)))
        body.append(paragraph)
    top = [*site.menu, *rng.sample(site.menu[1:], 2)]
    bottom = [*site.footer, *site.menu[1:4]]
    trailer = [f"Source: {agency[1]}"] if agency[1] and rng.random() < 0.8 else []
    byline = [
        f"By {rng.choice(['Kim', 'Lee', 'Smith', 'Garcia', 'Dubois'])} {rng.choice(['Min-ji', 'Anna', 'John', 'Paul'])}"
    ]
    return "\n".join([*top, "", title, "", *byline, "", "\n\n".join(body), "", *trailer, "", *bottom]) + "\n"


def articles(data: Path, count: int, seed: int = 20241130) -> Iterator[tuple[str, str]]:
    """``count`` generated articles as (relative path, text); the same for the same seed."""
    rng = random.Random(seed)
    pages = [p for p in all_pages(data) if len(p.truth) > 200]
    sites = make_sites(rng)
    for i in range(count):
        page = pages[i % len(pages)]
        number = rng.randrange(len(sites))
        yield f"site{number:02}/{page.corpus}-{page.page_id[:12]}-{i:05}.txt", make_article(page, sites[number], rng)


def write_corpus(data: Path, folder: Path, count: int) -> tuple[int, int]:
    """``count`` article files under ``folder`` (one subfolder per site); (files, bytes)."""
    total = 0
    for rel, text in articles(data, count):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return count, total


def write_big_file(corpus: Path, target: Path, megabytes: float) -> int:
    """One file of about ``megabytes`` MB: the corpus's articles one after another."""
    limit = int(megabytes * 1_000_000)
    size = 0
    with target.open("w", encoding="utf-8") as out:
        while size < limit:
            for path in sorted(corpus.rglob("*.txt")):
                text = path.read_text(encoding="utf-8")
                out.write(text + "\n")
                size += len(text.encode("utf-8")) + 1
                if size >= limit:
                    break
    return size


# --- Measuring ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system seconds of the command and its children
    peak_mb: float  # the largest single process


_PROBE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode\n"
    "wall = time.perf_counter() - t\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)\n"
)


def measure(command: Sequence[str], before: Callable[[], None] | None = None) -> Run:
    """Wall time and peak RSS (largest single process, MB) of a whole command, measured by a probe.

    ``before`` runs first, untimed (to clear an output folder).
    """
    if before is not None:
        before()
    done = subprocess.run([sys.executable, "-c", _PROBE, *command], capture_output=True, text=True, check=True)
    code, wall, cpu, peak = done.stdout.split()
    if code != "0":
        raise RuntimeError(f"{' '.join(command)} exited with {code}: {done.stderr.strip()}")
    return Run(float(wall), float(cpu), float(peak))


def paired(
    a: Sequence[str], b: Sequence[str], repeat: int, before: Callable[[], None] | None = None
) -> tuple[list[Run], list[Run]]:
    """Run ``a`` and ``b`` in turn ``repeat`` times, after one unmeasured warm-up each."""
    measure(a, before)
    measure(b, before)
    runs_a, runs_b = [], []
    for _ in range(repeat):
        runs_a.append(measure(a, before))
        runs_b.append(measure(b, before))
    return runs_a, runs_b


def median_ratio(a: Sequence[Run], b: Sequence[Run], cpu: bool = False) -> float:
    """Median of the pairwise ratios a/b of wall times (or of CPU times)."""
    return statistics.median((x.cpu / y.cpu) if cpu else (x.seconds / y.seconds) for x, y in zip(a, b, strict=True))


def tool(name: str) -> list[str]:
    """The installed command ``name`` beside this Python (the virtual environment's)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"cleannews: error: no '{name}' command beside {sys.executable}; run 'make bench'")
    return [found]


FTFY_OVER_FILES = (
    "import sys, pathlib, ftfy\n"
    "for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt')):\n"
    "    ftfy.fix_text(path.read_text(encoding='utf-8'))\n"
)


@dataclass(frozen=True, slots=True)
class Row:
    what: str
    figure: str
    target: str
    ok: bool | None


def _fmt_runs(runs: Sequence[Run]) -> str:
    return f"{statistics.median(r.seconds for r in runs):.2f} s"


def _fmt_cpu(runs: Sequence[Run]) -> str:
    return f"{statistics.median(r.cpu for r in runs):.2f} s"


def compile_bytecode() -> None:
    """Write the package's bytecode cache, as a regular install does: with PYTHONDONTWRITEBYTECODE
    set, an editable install would otherwise recompile every module in every timed process."""
    package = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, stdout=subprocess.DEVNULL)


def bench(data: Path, files: int, repeat: int, big_mb: float, work: Path) -> list[Row]:
    rows: list[Row] = []
    compile_bytecode()
    corpus, out = work / "corpus", work / "out"
    count, size = write_corpus(data, corpus, files)
    mb = size / 1e6
    say(f"corpus: {count} files, {mb:.1f} MB in {corpus}")
    cleannews = tool("cleannews")

    def clean_dir(jobs: int) -> list[str]:
        return [*cleannews, "clean", str(corpus), "-o", str(out), "--jobs", str(jobs), "-q"]

    def fresh_output() -> None:
        # Each run writes a new folder: replacing existing files makes ext4 flush them first,
        # which would measure the disk (shared with other jobs) rather than cleannews.
        shutil.rmtree(out, ignore_errors=True)

    # 1. Throughput against ftfy.fix_text over the same files in one process.
    ftfy_cmd = [sys.executable, "-c", FTFY_OVER_FILES, str(corpus)]
    ours, theirs = paired(clean_dir(1), ftfy_cmd, repeat, fresh_output)
    ratio = 1 / median_ratio(ours, theirs)
    rows.append(
        Row(
            f"throughput, --jobs 1 vs ftfy.fix_text ({_fmt_runs(ours)} vs {_fmt_runs(theirs)})",
            f"{mb / statistics.median(r.seconds for r in ours):.1f} vs "
            f"{mb / statistics.median(r.seconds for r in theirs):.1f} MB/s = {ratio:.2f}x",
            ">= 2x",
            ratio >= 2,
        )
    )
    cpu_ratio = 1 / median_ratio(ours, theirs, cpu=True)
    rows.append(
        Row(
            f"  the same in CPU seconds ({_fmt_cpu(ours)} vs {_fmt_cpu(theirs)})",
            f"{cpu_ratio:.2f}x",
            "(reported)",
            None,
        )
    )
    unlearnt, theirs = paired([*clean_dir(1), "--no-learn-profile"], ftfy_cmd, repeat, fresh_output)
    rows.append(
        Row(
            f"  the same with --no-learn-profile ({_fmt_runs(unlearnt)} vs {_fmt_runs(theirs)})",
            f"{1 / median_ratio(unlearnt, theirs):.2f}x",
            "(reported)",
            None,
        )
    )
    # 2. Two workers against one.
    one, two = paired(clean_dir(1), clean_dir(2), repeat, fresh_output)
    speedup = median_ratio(one, two)
    rows.append(
        Row(
            f"--jobs 2 vs --jobs 1 ({_fmt_runs(two)} vs {_fmt_runs(one)}, {os.cpu_count()} cores)",
            f"{speedup:.2f}x",
            ">= 1.8x",
            speedup >= 1.8,
        )
    )
    rows.append(
        Row(
            f"  CPU seconds, --jobs 2 vs --jobs 1 ({_fmt_cpu(two)} vs {_fmt_cpu(one)})",
            f"{median_ratio(two, one, cpu=True):.2f}x",
            "(reported)",
            None,
        )
    )
    # 3. Cold start of a whole process on one file, against ftfy's own command.
    starts = repeat * 5
    sample = str(SAMPLE)
    broken = str(next(p for p in sorted(corpus.rglob("*.txt")) if "-\n" in p.read_text(encoding="utf-8")))
    for label, args in (
        ("cold start, clean SAMPLE", ["clean", sample]),
        ("cold start, clean -f json SAMPLE (options: Typer)", ["clean", "-f", "json", sample]),
        ("cold start, clean ARTICLE with broken words (wordfreq)", ["clean", broken]),
    ):
        target_file = broken if "ARTICLE" in label else sample
        ours, theirs = paired([*cleannews, *args], [*tool("ftfy"), target_file], starts)
        ratio = median_ratio(ours, theirs)
        main_target = label == "cold start, clean SAMPLE"
        rows.append(
            Row(
                f"{label} vs ftfy FILE ({_fmt_runs(ours)} vs {_fmt_runs(theirs)})",
                f"{ratio:.2f}x",
                "<= 1.5x" if main_target else "(reported)",
                ratio <= 1.5 if main_target else None,
            )
        )
    # 4. Memory of the batch, and one big file in linear time and bounded memory.
    peak = max(r.peak_mb for r in [*one, *two])
    rows.append(Row(f"peak RSS, {count}-file batch (largest process)", f"{peak:.0f} MB", "<= 150 MB", peak <= 150))
    if big_mb > 0:
        half, full = work / "half.txt", work / "full.txt"
        half_size = write_big_file(corpus, half, big_mb / 2)
        full_size = write_big_file(corpus, full, big_mb)
        small_runs, big_runs = [], []
        for _ in range(max(1, repeat - 1)):
            small_runs.append(measure([*cleannews, "clean", str(half), "-o", str(work / "half.out")]))
            big_runs.append(measure([*cleannews, "clean", str(full), "-o", str(work / "full.out")]))
        growth = median_ratio(big_runs, small_runs)
        scale = full_size / half_size
        rows.append(
            Row(
                f"{full_size / 1e6:.0f} MB file vs {half_size / 1e6:.0f} MB "
                f"({_fmt_runs(big_runs)} vs {_fmt_runs(small_runs)})",
                f"{growth:.2f}x time for {scale:.2f}x input",
                "<= 2.2x",
                growth <= 2.2,
            )
        )
        big_peak = max(r.peak_mb for r in big_runs)
        factor = big_peak * 1e6 / full_size / 1.048576
        rows.append(
            Row(
                f"peak RSS, {full_size / 1e6:.0f} MB file",
                f"{big_peak:.0f} MB = {factor:.1f}x the file",
                "<= 10x",
                factor <= 10,
            )
        )
    return rows


def print_table(rows: Sequence[Row]) -> None:
    width = max(len(r.what) for r in rows)
    fig = max(len(r.figure) for r in rows)
    print(f"{'measure':<{width}}  {'figure':<{fig}}  {'target':<10}  ok")
    for r in rows:
        verdict = "" if r.ok is None else ("yes" if r.ok else "NO")
        print(f"{r.what:<{width}}  {r.figure:<{fig}}  {r.target:<10}  {verdict}")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_data_option(parser)
    parser.add_argument("--files", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="measured runs of each command (default 3)")
    parser.add_argument("--big-mb", type=float, default=50, help="size of the single big file (0 skips it)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    args = parser.parse_args(argv)
    data = require(args.data)
    with tempfile.TemporaryDirectory(prefix="cleannews-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        rows = bench(data, args.files, args.repeat, args.big_mb, work)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} at the end (other work slows wall times)")
    print_table(rows)
    if args.json:
        print(json.dumps([_as_dict(r) for r in rows], indent=1))
    return 0 if all(r.ok is not False for r in rows) else 1


def _as_dict(row: Row) -> dict[str, object]:
    return {"what": row.what, "figure": row.figure, "target": row.target, "ok": row.ok}


if __name__ == "__main__":
    sys.exit(main())
