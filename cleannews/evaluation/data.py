"""Loading the public benchmark data in ``../shared/data`` for the harnesses (never for tests)."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path("../shared/data")


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page: where it came from, its HTML (lazily), and its clean article text."""

    corpus: str  # "zyte" or "wcxb"
    page_id: str
    url: str
    truth: str  # the ground-truth article body
    title: str | None
    html_path: Path | None

    def html(self) -> str:
        if self.html_path is None:
            raise FileNotFoundError(f"{self.corpus}/{self.page_id}: no HTML")
        with gzip.open(self.html_path, "rb") as handle:
            return handle.read().decode("utf-8", errors="replace")


def add_data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"folder with the benchmark data (default: {DEFAULT_DATA})"
    )


def require(data: Path) -> Path:
    """``data`` if it holds the benchmark folders; otherwise say so clearly and exit."""
    if not (data / "zyte-benchmark").is_dir() or not (data / "wcxb-dev-articles").is_dir():
        sys.stderr.write(
            f"cleannews: error: no benchmark data in {data} (expected zyte-benchmark/ and wcxb-dev-articles/); "
            "give its location with --data\n"
        )
        raise SystemExit(2)
    return data


def zyte_pages(data: Path) -> Iterator[Page]:
    root = data / "zyte-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        html = root / "html" / f"{page_id}.html.gz"
        yield Page("zyte", page_id, truth[page_id]["url"], truth[page_id]["articleBody"], None, html)


def zyte_dumps(data: Path, tool: str = "html-text") -> dict[str, str]:
    """The ready whole-page text dumps of the Zyte pages, by page id."""
    output = json.loads((data / "zyte-benchmark" / "output" / f"{tool}.json").read_text(encoding="utf-8"))
    return {page_id: item["articleBody"] for page_id, item in output["output"].items()}


def wcxb_pages(data: Path) -> Iterator[Page]:
    root = data / "wcxb-dev-articles"
    for path in sorted((root / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        html = root / "html" / f"{path.stem}.html.gz"
        yield Page(
            "wcxb",
            path.stem,
            record.get("url", ""),
            truth.get("main_content") or "",
            truth.get("title"),
            html if html.exists() else None,
        )


def all_pages(data: Path) -> Iterator[Page]:
    yield from zyte_pages(data)
    yield from wcxb_pages(data)
