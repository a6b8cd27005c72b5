"""Chrome removal on whole-page text dumps, scored against the article bodies of two benchmarks.

Run as ``python -m cleannews.evaluation.chrome --data ../shared/data`` (``make eval-chrome``).

The inputs are whole-page text dumps made by html-text (``html_text.extract_text(html)`` with its
default settings, the dump behind the Zyte benchmark's 0.665 baseline): the ready Zyte dumps and
the WCXB dev articles dumped the same way. Every system sees the same dump:

- raw: the dump itself;
- cleannews: ``cleannews.clean`` with default settings, scored on its body paragraphs — the
  ground truth of both benchmarks holds the article body without its headline, so the headline
  that cleannews keeps as the first paragraph (``result.title``) is left out;
- jusText: the dump's lines given to jusText as ``<p>`` elements, with the stoplist of the
  page's language;
- C4 lines: datatrove's ``C4QualityFilter`` with its line-level rules only (terminal punctuation,
  three words, javascript and policy lines; the document-level rules that would drop whole pages
  are off).

Scores are the benchmark's: 4-token shingles, per-document normalised counts, mean precision and
recall, F1 of the means (``cleannews.evaluation.scoring``). Pages are split in two halves by a hash
of their id: ``dev`` is the half the rules were developed on, ``check`` the half kept for checking.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleannews.evaluation.data import add_data_option, require, wcxb_pages, zyte_dumps, zyte_pages
from cleannews.evaluation.scoring import Score, score

README_START = "<!-- chrome-eval:start -->"
README_END = "<!-- chrome-eval:end -->"
# Published scores of HTML extractors on the Zyte pages (from the HTML, not from the dump).
PUBLISHED_ZYTE = {
    "trafilatura (HTML, published)": (0.958, 0.938, 0.978),
    "jusText (HTML, published)": (0.804, 0.858, 0.756),
}
_JUSTEXT_STOPLISTS = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ko": "Korean",
}


@dataclass(frozen=True, slots=True)
class Sample:
    """One page: its corpus, id, whole-page text dump and ground-truth article body."""

    corpus: str
    page_id: str
    dump: str
    truth: str

    @property
    def half(self) -> str:
        digest = hashlib.sha1(f"{self.corpus}/{self.page_id}".encode()).digest()
        return "dev" if digest[0] % 2 == 0 else "check"


def load_samples(data: Path) -> list[Sample]:
    """The Zyte dumps as published, and the WCXB dev articles dumped with html-text the same way."""
    import html_text

    samples = []
    dumps = zyte_dumps(data)
    for page in zyte_pages(data):
        samples.append(Sample("zyte", page.page_id, dumps[page.page_id], page.truth))
    for page in wcxb_pages(data):
        if page.html_path is not None:
            samples.append(Sample("wcxb", page.page_id, html_text.extract_text(page.html()), page.truth))
    return samples


def run_cleannews(dump: str) -> str:
    """The article body cleannews finds in a dump, without the headline it keeps."""
    from cleannews import clean

    return "\n\n".join(clean(dump).paragraphs)


def run_justext(dump: str) -> str:
    """jusText over the dump's lines given as paragraphs."""
    import justext

    from cleannews.passes.chrome import guess_script_language

    lang = _JUSTEXT_STOPLISTS.get(guess_script_language(dump), "English")
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in dump.splitlines() if line.strip())
    page += "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist(lang), encoding="utf-8")
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_c4_lines(dump: str) -> str:
    """datatrove's C4 quality filter, line-level rules only."""
    from datatrove.data import Document as DatatroveDocument

    doc = DatatroveDocument(text=dump, id="page")
    _c4_filter().filter(doc)
    return str(doc.text)


@lru_cache(maxsize=1)
def _c4_filter() -> Any:
    from datatrove.pipeline.filters import C4QualityFilter

    return C4QualityFilter(filter_lorem_ipsum=False, filter_curly_bracket=False, min_num_sentences=-1)


SYSTEMS: dict[str, Callable[[str], str]] = {
    "raw dump": lambda dump: dump,
    "cleannews": run_cleannews,
    "jusText (lines as <p>)": run_justext,
    "C4 line filter (datatrove)": run_c4_lines,
}


def lost_lines(texts: Iterable[str]) -> tuple[int, int, int]:
    """Documents, their non-blank lines, and how many of those the chrome pass removes."""
    from cleannews.config import Config
    from cleannews.document import Document
    from cleannews.passes.chrome import remove_chrome

    documents = lines = removed = 0
    for text in texts:
        doc = Document.from_text(text)
        documents += 1
        lines += sum(not line.is_blank for line in doc.lines)
        removed += len(remove_chrome(doc, Config()).removed)
    return documents, lines, removed


def _fmt(s: Score) -> str:
    return f"{s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f}"


def evaluate(samples: Sequence[Sample], systems: Sequence[str], progress: bool = True) -> list[str]:
    """The markdown table: one row per system, F1/P/R per corpus and half."""
    columns = [(corpus, half) for corpus in ("zyte", "wcxb") for half in ("dev", "check", "all")]
    header = "| system | " + " | ".join(f"{c} {h} F1 | P | R" for c, h in columns) + " |"
    rows = [header, "|---|" + "---:|" * (3 * len(columns))]
    for name in systems:
        run = SYSTEMS[name]
        started = time.monotonic()
        outputs = {(s.corpus, s.page_id): run(s.dump) for s in samples}
        cells = []
        for corpus, half in columns:
            chosen = [s for s in samples if s.corpus == corpus and half in ("all", s.half)]
            cells.append(_fmt(score((s.truth, outputs[(s.corpus, s.page_id)]) for s in chosen)))
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
        if progress:
            sys.stderr.write(f"{name}: {time.monotonic() - started:.1f}s\n")
    for name, (f1, p, r) in PUBLISHED_ZYTE.items():
        blank = " | ".join(["–"] * 3)
        rows.append(f"| {name} | {blank} | {blank} | {f1:.3f} | {p:.3f} | {r:.3f} | " + " | ".join([blank] * 3) + " |")
    return rows


def clean_article_rows(samples: Sequence[Sample], seed: Path | None) -> list[str]:
    """How many lines the chrome pass removes from texts that have no chrome at all."""
    rows = ["| clean texts (should lose nothing) | documents | lines | lines removed |", "|---|---:|---:|---:|"]
    for corpus in ("zyte", "wcxb"):
        docs, lines, removed = lost_lines(s.truth for s in samples if s.corpus == corpus)
        rows.append(f"| {corpus} ground truth | {docs} | {lines} | {removed} |")
    if seed is not None and seed.is_dir():
        from cleannews import clean

        texts = [clean(p.read_text(encoding="utf-8")).text for p in sorted(seed.glob("*.txt"))]
        docs, lines, removed = lost_lines(texts)
        rows.append(f"| seed after cleaning | {docs} | {lines} | {removed} |")
    return rows


def update_readme(readme: Path, table: str) -> None:
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.DOTALL)
    block = f"{README_START}\n{table}\n{README_END}"
    if not pattern.search(text):
        raise SystemExit(f"cleannews: error: {readme} has no {README_START} ... {README_END} markers")
    readme.write_text(pattern.sub(lambda _: block, text), encoding="utf-8")


def worst(samples: Sequence[Sample], count: int) -> None:
    """Print the pages where cleannews does worst, for error analysis."""
    from cleannews.evaluation.scoring import compare

    scored = []
    for s in samples:
        c = compare(s.truth, run_cleannews(s.dump))
        scored.append((min(c.precision or 0.0, c.recall or 0.0), s, c))
    for value, s, c in sorted(scored, key=lambda item: item[0])[:count]:
        print(f"{value:.2f} {s.corpus} {s.page_id} P={c.precision} R={c.recall}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_data_option(parser)
    parser.add_argument("--systems", nargs="*", choices=list(SYSTEMS), default=list(SYSTEMS))
    parser.add_argument("--corpus", choices=("zyte", "wcxb"), help="only this corpus")
    parser.add_argument("--seed", type=Path, default=Path("../shared/seed"), help="chrome-free texts to check")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where cleannews does worst")
    parser.add_argument("--update-readme", action="store_true", help="write the tables into README.md")
    args = parser.parse_args(argv)
    samples = load_samples(require(args.data))
    if args.corpus:
        samples = [s for s in samples if s.corpus == args.corpus]
    if args.worst:
        worst(samples, args.worst)
        return 0
    table = "\n".join(evaluate(samples, args.systems))
    checks = "\n".join(clean_article_rows(samples, args.seed))
    counts = {c: sum(s.corpus == c for s in samples) for c in ("zyte", "wcxb")}
    note = (
        f"Zyte: {counts['zyte']} pages, WCXB dev articles: {counts['wcxb']} pages; "
        "F1 | precision | recall per half (dev: developed on; check: held out)."
    )
    output = f"{note}\n\n{table}\n\n{checks}"
    print(output)
    if args.update_readme:
        update_readme(Path("README.md"), output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
