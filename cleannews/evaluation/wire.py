"""Evaluate wire-metadata detection: precision and recall per field, and body text lost.

Five measurements, printed as one markdown report:

1. a synthetic test set: wire-formatted articles built by a seeded generator from templates
   written for the purpose (many agencies and shapes, with look-alike negatives), around body
   paragraphs taken from the benchmark ground truth. Templates are split in two: ``dev``
   templates were used while writing the patterns, ``held-out`` templates (agencies and shapes
   the pattern files do not name) were not, and show how the rules generalise; each later round
   (``held-out-2`` ... ``held-out-38``, :mod:`~cleannews.evaluation.wire_shapes`,
   :mod:`~cleannews.evaluation.wire_shapes_5`, :mod:`~cleannews.evaluation.wire_shapes_7`,
   :mod:`~cleannews.evaluation.wire_shapes_11`, :mod:`~cleannews.evaluation.wire_shapes_13`,
   :mod:`~cleannews.evaluation.wire_shapes_14`, :mod:`~cleannews.evaluation.wire_shapes_15`,
   :mod:`~cleannews.evaluation.wire_shapes_16`, :mod:`~cleannews.evaluation.wire_shapes_17`,
   :mod:`~cleannews.evaluation.wire_shapes_18`, :mod:`~cleannews.evaluation.wire_shapes_19`,
   :mod:`~cleannews.evaluation.wire_shapes_20`, :mod:`~cleannews.evaluation.wire_shapes_21`,
   :mod:`~cleannews.evaluation.wire_shapes_22`, :mod:`~cleannews.evaluation.wire_shapes_23`,
   :mod:`~cleannews.evaluation.wire_shapes_24`, :mod:`~cleannews.evaluation.wire_shapes_25`,
   :mod:`~cleannews.evaluation.wire_shapes_26`, :mod:`~cleannews.evaluation.wire_shapes_27`,
   :mod:`~cleannews.evaluation.wire_shapes_28`, :mod:`~cleannews.evaluation.wire_shapes_29`,
   :mod:`~cleannews.evaluation.wire_shapes_30`, :mod:`~cleannews.evaluation.wire_shapes_31`,
   :mod:`~cleannews.evaluation.wire_shapes_32`, :mod:`~cleannews.evaluation.wire_shapes_33`,
   :mod:`~cleannews.evaluation.wire_shapes_34`, :mod:`~cleannews.evaluation.wire_shapes_35`,
   :mod:`~cleannews.evaluation.wire_shapes_36`, :mod:`~cleannews.evaluation.wire_shapes_37`,
   :mod:`~cleannews.evaluation.wire_shapes_38`) was written blind before its rules, and its first run
   is the figure that says how well the rules meet unseen copy;
2. hand-written tricky cases: odd shapes that are metadata, and sentences that only look like it;
3. the datelines that occur in the ground truth of ``../shared/data``, found and labelled by hand;
4. every ground-truth text run through the pipeline with ``strip_dateline``: the body sentences
   that the wire pass took out although they are not metadata (the target is 0);
5. bylines on real page heads: the writer found in the whole-page dumps of the WCXB and Zyte pages
   against the author their ground truth or metadata names (:mod:`~cleannews.evaluation.bylines`;
   tuned on its ``dev`` halves, ``check`` held out), and the labelled datelines of 3. found again in
   the Zyte pages' whole-page dumps, chrome and all.

Run ``python -m cleannews.evaluation.wire --data ../shared/data [--update-readme]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from cleannews import clean
from cleannews.evaluation import bylines as real_bylines
from cleannews.evaluation.bylines import ratio_cell
from cleannews.evaluation.data import add_data_option, all_pages, require, zyte_dumps
from cleannews.evaluation.wire_shapes import HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, NEGATIVES
from cleannews.evaluation.wire_shapes_5 import HELD_OUT_5, HELD_OUT_6, NEGATIVES_5, NEGATIVES_6
from cleannews.evaluation.wire_shapes_7 import (
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    HELD_OUT_10,
    NEGATIVES_7,
    NEGATIVES_8,
    NEGATIVES_9,
    NEGATIVES_10,
)
from cleannews.evaluation.wire_shapes_11 import HELD_OUT_11, HELD_OUT_12, NEGATIVES_11, NEGATIVES_12
from cleannews.evaluation.wire_shapes_13 import HELD_OUT_13, NEGATIVES_13
from cleannews.evaluation.wire_shapes_14 import HELD_OUT_14, NEGATIVES_14
from cleannews.evaluation.wire_shapes_15 import HELD_OUT_15, NEGATIVES_15
from cleannews.evaluation.wire_shapes_16 import HELD_OUT_16, NEGATIVES_16
from cleannews.evaluation.wire_shapes_17 import HELD_OUT_17, NEGATIVES_17
from cleannews.evaluation.wire_shapes_18 import HELD_OUT_18, NEGATIVES_18
from cleannews.evaluation.wire_shapes_19 import HELD_OUT_19, NEGATIVES_19
from cleannews.evaluation.wire_shapes_20 import HELD_OUT_20, NEGATIVES_20
from cleannews.evaluation.wire_shapes_21 import HELD_OUT_21, NEGATIVES_21
from cleannews.evaluation.wire_shapes_22 import HELD_OUT_22, NEGATIVES_22
from cleannews.evaluation.wire_shapes_23 import HELD_OUT_23, NEGATIVES_23
from cleannews.evaluation.wire_shapes_24 import HELD_OUT_24, NEGATIVES_24
from cleannews.evaluation.wire_shapes_25 import HELD_OUT_25, NEGATIVES_25
from cleannews.evaluation.wire_shapes_26 import HELD_OUT_26, NEGATIVES_26
from cleannews.evaluation.wire_shapes_27 import HELD_OUT_27, NEGATIVES_27
from cleannews.evaluation.wire_shapes_28 import HELD_OUT_28, NEGATIVES_28
from cleannews.evaluation.wire_shapes_29 import HELD_OUT_29, NEGATIVES_29
from cleannews.evaluation.wire_shapes_30 import HELD_OUT_30, NEGATIVES_30
from cleannews.evaluation.wire_shapes_31 import HELD_OUT_31, NEGATIVES_31
from cleannews.evaluation.wire_shapes_32 import HELD_OUT_32, NEGATIVES_32
from cleannews.evaluation.wire_shapes_33 import HELD_OUT_33, NEGATIVES_33
from cleannews.evaluation.wire_shapes_34 import HELD_OUT_34, NEGATIVES_34
from cleannews.evaluation.wire_shapes_35 import HELD_OUT_35, NEGATIVES_35
from cleannews.evaluation.wire_shapes_36 import HELD_OUT_36, NEGATIVES_36
from cleannews.evaluation.wire_shapes_37 import HELD_OUT_37, NEGATIVES_37
from cleannews.evaluation.wire_shapes_38 import HELD_OUT_38, NEGATIVES_38
from cleannews.result import Result

SEED = 20240530
T = TypeVar("T")
README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- wire-eval:start -->", "<!-- wire-eval:end -->"
FIELDS = (
    "tags",
    "dateline place",
    "dateline agency",
    "dateline date",
    "byline",
    "source",
    "credits",
    "copyright",
    "trailers",
    "head lines",
)


@dataclass
class Case:
    """One article and what a perfect detector would report for it."""

    name: str
    group: str  # "dev", "held-out" or "tricky"
    text: str
    tags: tuple[str, ...] = ()
    place: str | None = None
    agency: str | None = None
    date: str | None = None
    byline: str | None = None
    source: str | None = None
    credits: tuple[str, ...] = ()
    copyright: str | None = None
    trailers: tuple[str, ...] = ()  # whole lines the wire pass should take out as closing lines
    head_lines: tuple[str, ...] = ()  # whole lines it should take out above the lede (bylines, timestamps)
    body: tuple[str, ...] = ()  # paragraphs that must reach the output


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: Iterable[str], found: Iterable[str]) -> None:
        want, got = Counter(expected), Counter(found)
        self.tp += sum((want & got).values())
        self.fp += sum((got - want).values())
        self.fn += sum((want - got).values())

    def scalar(self, expected: str | None, found: str | None) -> None:
        self.add([expected] if expected else [], [found] if found else [])

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    cases: int = 0
    body_sentences: int = 0
    body_lost: int = 0
    timestamps: int = 0  # head timestamp lines taken out (not counted as lost)
    misses: list[str] = field(default_factory=list)


# --- body text from the ground truth ---------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9\uac00-\ud7a3])")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, roughly: enough to count what was lost."""
    return [s.strip() for s in _SENTENCE.split(text) if len(s.split()) >= 3 or _HANGUL.search(s)]


def _good_paragraph(text: str, korean: bool) -> bool:
    """A paragraph of prose: one line, opening like a sentence and ending like one."""
    if "\n" in text or not text.rstrip('"”’)').endswith((".", "!", "?", "다")):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in '"“‘' or _HANGUL.match(text)):
        return False
    if korean:
        return len(_HANGUL.findall(text)) > 30
    return len(text.split()) >= 12 and text.isascii() is not False and not _HANGUL.search(text)


@dataclass(frozen=True)
class Bodies:
    english: list[list[str]]
    korean: list[list[str]]
    titles: list[str]


def load_bodies(data: Path) -> Bodies:
    """Runs of body paragraphs (never the first or last of an article) and plain headlines."""
    english: list[list[str]] = []
    korean: list[list[str]] = []
    titles: list[str] = []
    for page in all_pages(data):
        paragraphs = [p.strip() for p in page.truth.split("\n\n") if p.strip()]
        if len(paragraphs) < 5:
            paragraphs = [p.strip() for p in page.truth.split("\n") if p.strip()]
        is_korean = len(_HANGUL.findall(page.truth)) > 200
        middle = [p for p in paragraphs[1:-2] if _good_paragraph(p, is_korean)]
        if len(middle) >= 3:
            (korean if is_korean else english).append(middle[:8])
        title = (page.title or "").strip()
        plain = not re.search(r"[|:()\[\]]| [-–—] |^[A-Z ]+$|[.!?]$", title)
        if 4 <= len(title.split()) <= 14 and plain and title.isascii():
            titles.append(title)
    return Bodies(english, korean, titles)


# --- the generator ---------------------------------------------------------------------------

PLACES = [
    ("SEOUL", None),
    ("WASHINGTON", None),
    ("LONDON", None),
    ("NEW YORK", None),
    ("SAN FRANCISCO", None),
    ("HAYWARD", "Calif."),
    ("ST. LOUIS", None),
    ("HANOI", "Vietnam"),
    ("NEW DELHI", None),
    ("RIO DE JANEIRO", None),
    ("KYIV", "Ukraine"),
    ("DUBAI", "United Arab Emirates"),
    ("WINSTON-SALEM", "N.C."),
    ("COEUR D'ALENE", "Idaho"),
    ("BEIJING", None),
    ("TOKYO", None),
    ("PARIS", None),
    ("BRUSSELS", None),
    ("JOHANNESBURG", None),
    ("SÃO PAULO", None),
]
HELD_OUT_PLACES = [
    ("ANKARA", None),
    ("KUALA LUMPUR", None),
    ("OTTAWA", None),
    ("ST. JOHN'S", "Newfoundland"),
    ("BUENOS AIRES", None),
    ("NAIROBI", "Kenya"),
]
REPORTERS = [
    "Kim Soo-yeon",
    "Jane Doe",
    "John Roe",
    "Maria García",
    "Ahmed al-Masri",
    "Nguyen Van An",
    "Ludwig van Berg",
    "Mary Ann O'Neil",
    "Chen Wei",
    "Jean-Luc Martin",
    "Priya Raghavan",
    "Oliver Smith-Jones",
]
KOREAN_REPORTERS = ["김수연", "이재영", "박민수", "최지은", "정하늘"]
MONTHS_DOT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_PLAIN = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
YONHAP_TAGS: list[tuple[str, ...]] = [
    *[("LEAD",), ("2nd LD",), ("3rd LD",), ("URGENT",), ("News Focus",), ("Yonhap Interview",)],
    *[("Yonhap Feature",), ("EDITORIAL from Korea Times",), ("LEAD", "Asiad"), ("World Cup",)],
    *[("2nd LD", "World Cup"), ("Hangzhou Asiad",), ()],
]
REUTERS_TAGS: list[tuple[str, ...]] = [
    *[("UPDATE 2",), ("EXCLUSIVE",), ("CORRECTED",), ("REFILE",), ("RPT",), ("ANALYSIS",), ("FACTBOX",)],
    *[("BREAKINGVIEWS",), ("CORRECTED", "UPDATE 1"), ("REFILE", "EXCLUSIVE"), ("GLOBAL MARKETS",), ()],
]
TRICKY_ENDINGS = [
    "The company told Reuters it would appeal the ruling.",
    "Reporting by the Guardian showed that prices had risen for a third month.",
    "Copyright claims against the platform rose 12% last year, the report said.",
    "Readers can write to the ombudsman with questions about the new rules, the paper said.",
    "AP and Reuters both carried the statement, which was later withdrawn.",
    "Associated Press writers have covered the trial since it opened in March.",
]
TRICKY_LEDES = [
    "By the time rescuers arrived, the river had already burst its banks.",
    "NATO — the alliance formed in 1949 — said on Monday it would send more troops.",
    "NASA - the space agency - said the launch had been delayed.",
    "Reuters reported on Monday that the talks had stalled.",
]


def _date(rng: random.Random, months: list[str]) -> str:
    return f"{rng.choice(months)} {rng.randint(1, 28)}"


def _place(rng: random.Random, places: list[tuple[str, str | None]]) -> str:
    city, region = rng.choice(places)
    return f"{city}, {region}" if region else city


def _names(rng: random.Random) -> str:
    people = rng.sample(REPORTERS, rng.choice([1, 1, 2]))
    return " and ".join(people)


@dataclass
class Draft:
    """A case being built: head lines, the lede's dateline, body paragraphs, closing lines."""

    title: str
    dek: list[str] = field(default_factory=list)  # standfirst paragraphs, which stay
    head: list[str] = field(default_factory=list)
    dateline: str = ""
    lede: str = ""
    body: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    tail_blank: bool = True
    head_joint: str = "\n\n"  # between head lines: a page dump often keeps them on adjacent lines
    head_attached: bool = False  # the head glued to the line above it (the headline or standfirst)
    # The page around the story (a whole-page copy): chrome lines over the headline and under the
    # story's last line, which no field of the case names ("" is a blank line).
    page_above: list[str] = field(default_factory=list)
    page_below: list[str] = field(default_factory=list)

    def text(self) -> str:
        head = [self.head_joint.join(self.head)] if self.head else []
        top = [self.title, *self.dek]
        if self.head_attached and head:
            top[-1] += "\n" + head.pop()
        blocks = [*top, *head, f"{self.dateline} {self.lede}".strip(), *self.body]
        out = "\n\n".join(blocks)
        if self.tail:
            out += "\n\n" + ("\n\n" if self.tail_blank else "\n").join(self.tail)
        out += "\n"
        if above := "\n".join(self.page_above):
            out = f"{above}\n\n{out}"
        if below := "\n".join(self.page_below):
            out = f"{out}\n{below}\n"
        return out


Template = Callable[[random.Random, Draft, Case], None]


def t_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
    if rng.random() < 0.5:
        c.byline = rng.choice(REPORTERS)
        d.head.append(f"By {c.byline}")
    c.place, c.date, c.agency = "SEOUL", _date(rng, MONTHS_DOT), "Yonhap"
    d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    c.source = "Yonhap"
    if rng.random() < 0.6:
        email = f"{rng.choice(['kimsy', 'jaeyoung', 'hague', 'elly'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    if rng.random() < 0.7:
        d.tail.append("(END)")
    if rng.random() < 0.3:
        d.tail.append("Source: Yonhap News Agency")
        c.source = "Yonhap News Agency"
    d.tail_blank = rng.random() < 0.5


def t_yonhap_korean(rng: random.Random, d: Draft, c: Case) -> None:
    c.tags = rng.choice([("속보",), ("2보",), ("종합",), ("종합2보",), ("단독",), ("인터뷰",), ()])
    d.title = "".join(f"[{t}] " for t in c.tags) + d.title
    city = rng.choice(["서울", "세종", "부산", "워싱턴", "베이징"])
    reporter = rng.choice(KOREAN_REPORTERS)
    c.place, c.agency, c.byline, c.source = city, "연합뉴스", reporter, "연합뉴스"
    d.dateline = f"({city}=연합뉴스) {reporter} 기자 ="
    email = f"{rng.choice(['kimsy', 'jylee', 'mspark'])}@yna.co.kr"
    d.tail.append(email)
    c.credits = (email,)
    c.copyright = "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
    d.tail.append(c.copyright)
    if rng.random() < 0.5:
        d.tail.append(f"2024/11/{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)} 송고")
    d.tail_blank = False


def t_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    c.tags = rng.choice(REUTERS_TAGS)
    d.title = "".join(f"{t}-" for t in c.tags) + d.title
    if rng.random() < 0.4:
        c.byline = rng.choice(REPORTERS)
        d.head.append(f"By {c.byline}" + (", Reuters" if rng.random() < 0.5 else ""))
    c.place, c.date, c.agency = _place(rng, PLACES), _date(rng, MONTHS_PLAIN), "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    c.source = "Reuters"
    who = rng.sample(REPORTERS, 3)
    credit = f"Reporting by {who[0]} in {rng.choice(['London', 'Seoul', 'Washington'])}; Editing by {who[1]}"
    if rng.random() < 0.4:
        credit = f"Additional reporting by {who[2]}; " + credit
    c.credits = (credit,)
    d.tail.append(f"({credit})" if rng.random() < 0.6 else credit)
    if rng.random() < 0.3:
        d.tail.append("Our Standards: The Thomson Reuters Trust Principles.")
    if rng.random() < 0.2:
        d.tail.append("Reuters")


def t_reuters_site(rng: random.Random, d: Draft, c: Case) -> None:
    """A republished Reuters story: "- Reuters" after the headline, no place in the dateline."""
    d.title = d.title + " - Reuters"
    c.source = "Reuters"
    c.date, c.agency = _date(rng, MONTHS_PLAIN), "Reuters"
    d.dateline = f"{c.date} (Reuters) -"
    c.copyright = f"© {rng.randint(2015, 2024)} Reuters. All rights reserved."
    d.tail.append(c.copyright)


def t_ap(rng: random.Random, d: Draft, c: Case) -> None:
    # The source is the most explicit credit: "(AP)" after the headline, else a byline's
    # "Associated Press", else the dateline's agency.
    c.place, c.agency, c.source = _place(rng, PLACES), "AP", "AP"
    if rng.random() < 0.6:
        c.byline = _names(rng)
        style = rng.random()
        if style < 0.3:
            d.head.append(f"By {c.byline.upper()}")
            c.byline = c.byline.upper()
            d.head.append("Associated Press")
            c.source = "Associated Press"
        elif style < 0.6:
            d.head.append(f"By {c.byline}, Associated Press")
            c.source = "Associated Press"
        else:
            d.head.append(f"By {c.byline}")
    if rng.random() < 0.3:
        d.title += " (AP)"
        c.source = "AP"
    d.dateline = f"{c.place} (AP) —"
    if rng.random() < 0.7:
        d.tail.append("___")
        c.trailers += ("___",)
        who = rng.sample(REPORTERS, 2)
        credit = rng.choice(
            [
                f"Associated Press writer {who[0]} in {rng.choice(['Boston', 'Tokyo'])} contributed to this report.",
                f"Associated Press writers {who[0]} and {who[1]} contributed to this report.",
                f"AP writer {who[0]} contributed.",
            ]
        )
        d.tail.append(credit)
        c.credits = (credit,)
    if rng.random() < 0.5:
        c.copyright = f"© {rng.randint(2015, 2024)} The Associated Press. All rights reserved."
        d.tail.append(c.copyright)


def t_afp(rng: random.Random, d: Draft, c: Case) -> None:
    city = _place(rng, PLACES)
    if rng.random() < 0.5:
        city = city.split(",")[0].title()
    c.place, c.agency, c.source = city, "AFP", "AFP"
    d.dateline = f"{city} (AFP) -"
    slug = rng.choice(["bur-sst/ac", "jm/ach", "pmh-bc/dl", "str-kma/ser"])
    d.tail.append(slug)
    c.credits = (slug,)
    if rng.random() < 0.5:
        c.copyright = f"© {rng.randint(2015, 2024)} AFP"
        d.tail.append(c.copyright)


def t_xinhua(rng: random.Random, d: Draft, c: Case) -> None:
    c.place, c.date, c.agency, c.source = "BEIJING", _date(rng, MONTHS_DOT), "Xinhua", "Xinhua"
    d.dateline = f"BEIJING, {c.date} (Xinhua) --"
    if rng.random() < 0.5:
        editor = rng.choice(["Liu Yang", "Zhang Wei", "Wang Fang"])
        d.tail.append(f"Editor: {editor}")
        c.credits = (f"Editor: {editor}",)


def t_kyodo(rng: random.Random, d: Draft, c: Case) -> None:
    c.place, c.agency, c.source = "TOKYO", "Kyodo", "Kyodo"
    d.dateline = "TOKYO (Kyodo) --"
    if rng.random() < 0.5:
        d.tail.append("==Kyodo")


def t_newspaper(rng: random.Random, d: Draft, c: Case) -> None:
    """A newspaper's own story: caps dateline without agency, staff byline, copyright."""
    c.place = _place(rng, PLACES)
    d.dateline = f"{c.place} {rng.choice(['—', '--', '–'])}"
    c.byline = rng.choice(REPORTERS)
    d.head.append(f"By {c.byline} {rng.choice(['Staff Writer', 'Staff Reporter', 'Senior Correspondent'])}")
    paper = rng.choice(["The Daily Courier", "Hawaii News Now", "Tribune Media"])
    c.copyright = f"Copyright {rng.randint(2015, 2024)} {paper}. All rights reserved."
    d.tail.append(c.copyright)
    if rng.random() < 0.4:
        who = rng.choice(REPORTERS)
        d.tail.insert(0, f"{who} contributed to this report.")
        c.credits = (f"{who} contributed to this report.",)


def t_labels(rng: random.Random, d: Draft, c: Case) -> None:
    """Colon labels on a headline and a plain dateline with a date: "SALVADOR, Feb 26 -"."""
    label = rng.choice(["Factbox", "Explainer", "BREAKING", "WATCH", "LIVE", "Analysis"])
    c.tags = (label,)
    d.title = f"{label}: {d.title}"
    c.place, c.date = _place(rng, PLACES), _date(rng, MONTHS_PLAIN)
    d.dateline = f"{c.place}, {c.date} -"


def t_cnn_upi(rng: random.Random, d: Draft, c: Case) -> None:
    if rng.random() < 0.5:
        c.agency, c.source = "CNN", "CNN"
        if rng.random() < 0.5:
            d.dateline = "(CNN)"
        else:
            c.place = rng.choice(["Washington", "Hong Kong", "London"])
            d.dateline = f"{c.place} (CNN) —"
    else:
        c.place, c.date, c.agency, c.source = _place(rng, PLACES), _date(rng, MONTHS_DOT), "UPI", "UPI"
        d.dateline = f"{c.place}, {c.date} (UPI) --"
        c.copyright = f"Copyright {rng.randint(2015, 2024)} United Press International, Inc. All Rights Reserved."
        d.tail.append(c.copyright)


def t_ap_short(rng: random.Random, d: Draft, c: Case) -> None:
    """Agency-only datelines as portals print them: "AP - ", "(Reuters) —"."""
    c.agency = c.source = rng.choice(["AP", "Reuters"])
    d.dateline = f"{c.agency} -" if c.agency == "AP" else "(Reuters) —"


# Held-out templates: agencies and shapes the pattern files do not name.
def h_unknown_agency(rng: random.Random, d: Draft, c: Case) -> None:
    c.agency = rng.choice(["Anadolu", "Bernama", "KUNA", "Prensa Latina"])
    c.place, c.source = _place(rng, HELD_OUT_PLACES), c.agency
    d.dateline = f"{c.place} ({c.agency}) -"
    if rng.random() < 0.5:
        c.date = _date(rng, MONTHS_DOT)
        d.dateline = f"{c.place}, {c.date} ({c.agency}) --"


def h_canadian_press(rng: random.Random, d: Draft, c: Case) -> None:
    c.place = _place(rng, HELD_OUT_PLACES)
    d.dateline = f"{c.place} —"
    line = f"This report by The Canadian Press was first published {_date(rng, MONTHS_DOT)}, 2024."
    d.tail.append(line)
    c.credits = (line,)


def h_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    c.agency = c.source = "Bloomberg"
    d.dateline = "(Bloomberg) --"
    c.byline = rng.choice(REPORTERS)
    d.head.append(f"By {c.byline}")
    who = rng.choice(REPORTERS)
    credit = f"--With assistance from {who}."
    d.tail.append(credit)
    c.credits = (credit.lstrip("-"),)
    c.copyright = f"©{rng.randint(2015, 2024)} Bloomberg L.P."
    d.tail.append(c.copyright)


def h_dpa_efe(rng: random.Random, d: Draft, c: Case) -> None:
    if rng.random() < 0.5:
        c.place, c.agency, c.source = rng.choice(["Berlin", "Hamburg", "München"]), "dpa", "dpa"
        d.dateline = f"{c.place} (dpa) -"
    else:
        c.place, c.agency, c.source = rng.choice(["Madrid", "Bogotá", "Lima"]), "EFE", "EFE"
        c.date = f"{rng.randint(1, 28)} {rng.choice(['ene', 'feb', 'mar', 'abr', 'may'])}"
        d.dateline = f"{c.place}, {c.date} (EFE).-"


def h_prwire(rng: random.Random, d: Draft, c: Case) -> None:
    c.place = _place(rng, HELD_OUT_PLACES + PLACES)
    c.date = f"{_date(rng, MONTHS_DOT)}, 2024"
    c.agency = c.source = rng.choice(["PRNewswire", "GLOBE NEWSWIRE"])
    d.dateline = f"{c.place}, {c.date} /{c.agency}/ --"


def h_tags_elsewhere(rng: random.Random, d: Draft, c: Case) -> None:
    """Headline tags spelled in ways the files do not list."""
    tag = rng.choice(["Paris Olympics", "G20 Summit", "Election 2024", "Busan Expo"])
    c.tags = (tag,)
    d.title = f"({tag}) {d.title}"
    c.place = _place(rng, PLACES)
    d.dateline = f"{c.place} —"


DEV: dict[str, Template] = {
    "yonhap": t_yonhap,
    "yonhap-korean": t_yonhap_korean,
    "reuters": t_reuters,
    "reuters-site": t_reuters_site,
    "ap": t_ap,
    "afp": t_afp,
    "xinhua": t_xinhua,
    "kyodo": t_kyodo,
    "newspaper": t_newspaper,
    "labels": t_labels,
    "cnn-upi": t_cnn_upi,
    "agency-only": t_ap_short,
}
HELD_OUT: dict[str, Template] = {
    "unknown-agency": h_unknown_agency,
    "canadian-press": h_canadian_press,
    "bloomberg": h_bloomberg,
    "dpa-efe": h_dpa_efe,
    "press-release": h_prwire,
    "event-tags": h_tags_elsewhere,
}


def generate(bodies: Bodies, per_template: int, seed: int = SEED) -> Iterator[Case]:
    """``per_template`` articles per template, the same ones for the same seed.

    The round-two groups (``held-out-2``, ``negatives``) draw from their own generator, so adding
    them left the first round's articles as they were.
    """
    rng = random.Random(seed)
    for group, templates in (("dev", DEV), ("held-out", HELD_OUT)):
        yield from _from_templates(bodies, rng, group, templates, per_template)
    for i, lede in enumerate(TRICKY_LEDES):
        paragraphs = rng.choice(bodies.english)
        draft = Draft(title=rng.choice(bodies.titles), lede=lede, body=paragraphs[:3])
        case = Case(f"look-alike-lede-{i}", "dev", draft.text(), body=(lede, *paragraphs[:3]))
        yield case
    rng = random.Random(seed + 2)
    yield from _from_templates(bodies, rng, "held-out-2", HELD_OUT_2, per_template)
    yield from _from_templates(bodies, rng, "negatives", NEGATIVES, per_template * 3)
    # From round three on, each group draws from a generator of its own (seed + 3, + 4, ...), so
    # a new group leaves the articles of the others as they were. Append new groups at the end.
    for offset, (group, templates, times) in enumerate(LATER_GROUPS, start=3):
        yield from _from_templates(bodies, random.Random(seed + offset), group, templates, per_template * times)


#: The groups of round three on, in the order their generators were seeded: name, templates,
#: articles per template as a multiple of ``per_template``.
LATER_GROUPS: tuple[tuple[str, dict[str, Template], int], ...] = (
    ("held-out-3", HELD_OUT_3, 1),
    ("held-out-4", HELD_OUT_4, 1),
    ("held-out-5", HELD_OUT_5, 1),
    ("negatives-5", NEGATIVES_5, 1),
    ("held-out-6", HELD_OUT_6, 1),
    ("negatives-6", NEGATIVES_6, 1),
    ("held-out-7", HELD_OUT_7, 1),
    ("negatives-7", NEGATIVES_7, 2),
    ("held-out-8", HELD_OUT_8, 1),
    ("negatives-8", NEGATIVES_8, 1),
    ("held-out-9", HELD_OUT_9, 1),
    ("negatives-9", NEGATIVES_9, 1),
    ("held-out-10", HELD_OUT_10, 1),
    ("negatives-10", NEGATIVES_10, 1),
    ("held-out-11", HELD_OUT_11, 1),
    ("negatives-11", NEGATIVES_11, 2),
    ("held-out-12", HELD_OUT_12, 1),
    ("negatives-12", NEGATIVES_12, 1),
    ("held-out-13", HELD_OUT_13, 1),
    ("negatives-13", NEGATIVES_13, 2),
    ("held-out-14", HELD_OUT_14, 1),
    ("negatives-14", NEGATIVES_14, 1),
    ("held-out-15", HELD_OUT_15, 1),
    ("negatives-15", NEGATIVES_15, 1),
    ("held-out-16", HELD_OUT_16, 1),
    ("negatives-16", NEGATIVES_16, 1),
    ("held-out-17", HELD_OUT_17, 1),
    ("negatives-17", NEGATIVES_17, 1),
    ("held-out-18", HELD_OUT_18, 1),
    ("negatives-18", NEGATIVES_18, 1),
    ("held-out-19", HELD_OUT_19, 1),
    ("negatives-19", NEGATIVES_19, 1),
    ("held-out-20", HELD_OUT_20, 1),
    ("negatives-20", NEGATIVES_20, 1),
    ("held-out-21", HELD_OUT_21, 1),
    ("negatives-21", NEGATIVES_21, 1),
    ("held-out-22", HELD_OUT_22, 1),
    ("negatives-22", NEGATIVES_22, 1),
    ("held-out-23", HELD_OUT_23, 1),
    ("negatives-23", NEGATIVES_23, 1),
    ("held-out-24", HELD_OUT_24, 1),
    ("negatives-24", NEGATIVES_24, 1),
    ("held-out-25", HELD_OUT_25, 1),
    ("negatives-25", NEGATIVES_25, 1),
    ("held-out-26", HELD_OUT_26, 1),
    ("negatives-26", NEGATIVES_26, 1),
    ("held-out-27", HELD_OUT_27, 1),
    ("negatives-27", NEGATIVES_27, 1),
    ("held-out-28", HELD_OUT_28, 1),
    ("negatives-28", NEGATIVES_28, 1),
    ("held-out-29", HELD_OUT_29, 1),
    ("negatives-29", NEGATIVES_29, 1),
    ("held-out-30", HELD_OUT_30, 1),
    ("negatives-30", NEGATIVES_30, 1),
    ("held-out-31", HELD_OUT_31, 1),
    ("negatives-31", NEGATIVES_31, 1),
    ("held-out-32", HELD_OUT_32, 1),
    ("negatives-32", NEGATIVES_32, 1),
    ("held-out-33", HELD_OUT_33, 1),
    ("negatives-33", NEGATIVES_33, 1),
    ("held-out-34", HELD_OUT_34, 1),
    ("negatives-34", NEGATIVES_34, 1),
    ("held-out-35", HELD_OUT_35, 1),
    ("negatives-35", NEGATIVES_35, 1),
    ("held-out-36", HELD_OUT_36, 1),
    ("negatives-36", NEGATIVES_36, 1),
    ("held-out-37", HELD_OUT_37, 1),
    ("negatives-37", NEGATIVES_37, 1),
    ("held-out-38", HELD_OUT_38, 1),
    ("negatives-38", NEGATIVES_38, 1),
)


def _from_templates(
    bodies: Bodies, rng: random.Random, group: str, templates: dict[str, Template], per_template: int
) -> Iterator[Case]:
    for name, template in templates.items():
        korean = name == "yonhap-korean" or name.endswith("-ko")
        for i in range(per_template):
            paragraphs = rng.choice(bodies.korean if korean else bodies.english)
            title = paragraphs[0].split(".")[0][:60].strip() if korean else rng.choice(bodies.titles)
            body = rng.sample(paragraphs, min(len(paragraphs), rng.randint(2, 5)))
            draft = Draft(title=title, lede=body[0], body=body[1:])
            case = Case(f"{name}-{i}", group, "")
            if not korean and not group.startswith("negatives") and rng.random() < 0.15:
                draft.body.append(rng.choice(TRICKY_ENDINGS))  # a look-alike last paragraph
            template(rng, draft, case)
            case.text = draft.text()
            tail = [line for block in draft.tail for line in block.split("\n")]  # a card: name over bio
            case.trailers = (*tail, *(t for t in case.trailers if t not in tail))
            head = [line for block in draft.head for line in block.split("\n")]
            # (a template may expect a line above the headline too: a page's time line over it)
            case.head_lines = (*head, *(h for h in case.head_lines if h not in head))
            case.body = (*draft.dek, draft.lede, *draft.body)
            yield case


# --- hand-written tricky cases ---------------------------------------------------------------


def tricky_cases() -> list[Case]:
    """Odd shapes and look-alikes, written by hand."""
    body = "Officials said the measure would take effect next month. Critics called it rushed."
    return [
        Case(
            "inline-credits",
            "tricky",
            f"Talks resume\n\nGENEVA (Reuters) - {body} (Reporting by Jane Doe; Editing by John Roe)\n",
            place="GENEVA",
            agency="Reuters",
            source="Reuters",
            credits=("Reporting by Jane Doe; Editing by John Roe",),
            trailers=("(Reporting by Jane Doe; Editing by John Roe)",),
            body=(body,),
        ),
        Case(
            "quoted-tag-in-body",
            "tricky",
            f'Editors explain their tags\n\n{body}\n\nThe desk marks updated stories with "(LEAD)" in the headline.\n',
            body=(body, 'The desk marks updated stories with "(LEAD)" in the headline.'),
        ),
        Case(
            "reuters-in-last-sentence",
            "tricky",
            f"Bank fined\n\n{body}\n\nThe bank declined to comment to Reuters.\n",
            body=(body, "The bank declined to comment to Reuters."),
        ),
        Case(
            "list-ending-with-agency",
            "tricky",
            f"Who carried the story\n\n{body}\n\nThe outlets were:\nAP\nAFP\nReuters\n",
            body=(body,),
        ),
        Case(
            "not-a-tag",
            "tricky",
            f"(Not) the end of an era\n\n{body}\n",
            body=(body,),
        ),
        Case(
            "hyphenated-headline",
            "tricky",
            f"US-China talks resume in Geneva\n\n{body}\n",
            body=(body,),
        ),
        Case(
            "acronym-lede",
            "tricky",
            f"Agency delays launch\n\nNASA — the space agency — said {body.lower()}\n",
            body=(f"NASA — the space agency — said {body.lower()}",),
        ),
        Case(
            "by-phrase-lede",
            "tricky",
            f"Floods recede\n\nBy Monday, the river had fallen two metres.\n\n{body}\n",
            body=("By Monday, the river had fallen two metres.", body),
        ),
        Case(
            "copyright-sentence",
            "tricky",
            f"Court rules on fan art\n\n{body}\n\nCopyright law does not protect ideas, only their expression.\n",
            body=(body, "Copyright law does not protect ideas, only their expression."),
        ),
        Case(
            "email-in-sentence",
            "tricky",
            f"Tips wanted\n\n{body}\n\nReaders can send their questions to tips@example.com before Friday.\n",
            body=(body, "Readers can send their questions to tips@example.com before Friday."),
        ),
        Case(
            "contributed-sentence",
            "tricky",
            f"Prices climb\n\n{body}\n\nRising fuel costs contributed to the increase.\n",
            body=(body, "Rising fuel costs contributed to the increase."),
        ),
        Case(
            "end-in-quote",
            "tricky",
            f'A film review\n\n{body}\n\nThe film closes on a single card that reads "(END)".\n',
            body=(body, 'The film closes on a single card that reads "(END)".'),
        ),
        Case(
            "korean-dateline-no-reporter",
            "tricky",
            f"북한, 미사일 발사\n\n(서울=연합뉴스) 북한이 30일 동해상으로 탄도미사일을 발사했다.\n\n{body}\n",
            place="서울",
            agency="연합뉴스",
            source="연합뉴스",
            body=(body,),
        ),
        Case(
            "ap-full-tail",
            "tricky",
            f"Quake rattles Alaska\n\nBy JANE DOE\nAssociated Press\n\nANCHORAGE, Alaska (AP) — {body}\n\n___\n\n"
            "Associated Press writer John Roe in Juneau contributed to this report.\n\n"
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed.\n",
            place="ANCHORAGE, Alaska",
            agency="AP",
            byline="JANE DOE",
            head_lines=("By JANE DOE", "Associated Press"),
            source="Associated Press",
            credits=("Associated Press writer John Roe in Juneau contributed to this report.",),
            copyright="Copyright 2024 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            trailers=(
                "___",
                "Associated Press writer John Roe in Juneau contributed to this report.",
                "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
                "broadcast, rewritten or redistributed.",
            ),
            body=(body,),
        ),
        Case(
            "pti-bare-dateline",
            "tricky",
            f"Monsoon arrives early\n\nNew Delhi, Jun 2 (PTI) {body}\n\n(This story has not been edited by "
            "our staff and is auto-generated from a syndicated feed.)\n",
            place="New Delhi",
            date="Jun 2",
            agency="PTI",
            source="PTI",
            trailers=("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",),
            body=(body,),
        ),
        Case(
            "ansa",
            "tricky",
            f"Governo approva la manovra\n\n(ANSA) - ROMA, 05 GEN - {body}\n",
            place="ROMA",
            date="05 GEN",
            agency="ANSA",
            source="ANSA",
            body=(body,),
        ),
        Case(
            "xinhua-chinese",
            "tricky",
            "中国发布新规\n\n新华社北京1月11日电（记者张三）国务院11日发布新规。\n\n（责任编辑：李四）\n",
            place="北京",
            date="1月11日",
            agency="新华社",
            source="新华社",
            byline="张三",
            credits=("责任编辑：李四",),  # the editor's line is a credit, as Xinhua English's "Editor: X" (round 16)
            trailers=("（责任编辑：李四）",),
        ),
        Case(
            "kyodo-japanese",
            "tricky",
            "米大統領が来日\n\n【ワシントン共同】米大統領は11日、来月日本を訪問すると発表した。\n",
            place="ワシントン",
            agency="共同",
            source="共同",
        ),
    ]


# --- the ground truth of ../shared/data ------------------------------------------------------

# Datelines that open a ground-truth article, found by reading the first paragraphs of every
# page: page id (prefix) -> (place, date, agency). A dateline that opens a later paragraph
# counts too when that is where the article's lede is.
GROUND_TRUTH_DATELINES: dict[str, tuple[str | None, str | None, str | None]] = {
    "06e5123e": (None, None, "Reuters"),
    "0d461229": ("MADRID", None, None),
    "264dc3ae": ("BUFFALO, N.Y.", None, None),
    "359fee22": ("WASHINGTON", None, "Reuters"),
    "35b15891": ("CLEVELAND, Ohio", None, None),
    "374ac9a5": ("DUBAI, United Arab Emirates", None, None),
    "57d46c9d": ("NEW YORK", None, "Reuters"),
    "57e2e988": ("New York, NY", None, None),
    "5a822960": ("VIENNA", None, None),
    "5ae11e58": ("BAAR, SWITZERLAND", None, None),
    "5caf91b8": ("HAYWARD, Calif.", None, "AP"),
    "5f9c5ed5": ("NEW DELHI", None, None),
    "65ce3a45": ("Dekalb, Ill.", None, None),
    "776a1c04": ("SIOUX FALLS, S.D.", None, None),
    "7de52419": ("Indianapolis", None, None),
    "82b6d780": ("WASHINGTON", None, "AP"),
    "a6968f42": ("COLUMBIA, S.C.", None, "AP"),
    "aec5deea": ("WASHINGTON", None, "AP"),
    "b37be353": ("BERLIN", None, None),
    "c467d507": ("ST. JOSEPH, Mich.", None, "AP"),
    "c58aa507": ("WASHINGTON", None, None),
    "c69e539d": ("BAAR, SWITZERLAND", None, None),
    "d0382c0d": ("SAN FRANCISCO", None, "AP"),
    "d1c57d78": ("WASHINGTON", None, None),
    "d605bdef": ("Hong Kong", None, "CNN Business"),
    "d90bda7e": (None, None, "PanARMENIAN.Net"),
    "db6b0816": ("HANOI, Vietnam", None, "AP"),
    "dfd43bc0": ("New York, NY", None, None),
    "e7994d55": ("LONDON", None, "AP"),
    "eecd2575": ("LOS ANGELES", None, "AP"),
    "ef2b3f26": ("SANTA FE, N.M.", None, "AP"),
    "ef4e67b6": (None, None, "CNN"),
    "f344ca5f": ("HONOLULU, Hawaii", None, "HawaiiNewsNow"),
    "0031": ("NEW JERSEY", None, "WABC"),
    "4557": ("WASHINGTON", "January 24, 2017", None),
}
# Closing lines of ground-truth articles that are metadata, labelled by hand: taking them out
# loses no body text. Page id (prefix) -> the lines.
GROUND_TRUTH_TRAILERS: dict[str, tuple[str, ...]] = {
    "0ec95c72": (
        "정덕현 칼럼니스트 thekian1@entermedia.co.kr",
        "[사진=JTBC, 이매진아시아]",
        "저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지",
    ),
    "9da36ae4": (
        "칼럼니스트 박생강 pillgoo9@gmail.com",
        "[사진=MBC, SBS]",
        "저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지",
    ),
    "287e4d9f": ("______________________________",),
    "359fee22": ("(Reporting by Will Dunham; Editing by Tom Brown)", "© Reuters"),
    "4219d096": ("© Regan",),
    "686bb170": ("(Image credit: All About Space)",),
    "c50845a7": ("(Image credit: All About Space)",),
    "82b6d780": ("___",),
    "a6968f42": ("___",),
    "e7994d55": ("___",),
    "eecd2575": ("___",),
    "c467d507": (
        "© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, "
        "rewritten, or redistributed.",
    ),
    "f344ca5f": ("Copyright 2019 Hawaii News Now. All rights reserved.",),
    "4267": ("Rudri Bhatt Patel contributed to this article.",),
    "bdb56ac8": ("This article was reprinted on Wired.com.",),  # a republication note (credits)
    "c58aa507": ("Contributing: Kristine Phillips",),  # USA TODAY's contributors' line (credits)
    "0462": ("Image: SiliconANGLE/ChatGPT",),
    # The Conversation's republication note, the page's last line (credits, like Wired's above)
    "0345": (
        "This article is republished from The Conversation under a Creative Commons license. "
        "Read the original article.",
    ),
}


def _label(table: dict[str, T], page: str) -> T | None:
    """The label of ``page`` in a table keyed by page-id prefixes."""
    for key, value in table.items():
        if page.startswith(key):
            return value
    return None


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).rstrip(".")


_HEAD_REASONS = ("byline", "timestamp", "head line")


def trailer_lines(result: Result) -> list[str]:
    """The closing lines the wire pass took out (as removals, as edits that emptied a line, or cut
    from the end of the last paragraph: "... on Monday. (ANI)")."""
    lines = [
        r.text
        for r in result.removed
        if r.pass_name == "wire" and not r.reason.startswith((*_HEAD_REASONS, "dateline"))
    ]
    lines += [
        e.before
        for e in result.edits
        if e.pass_name == "wire"
        and e.kind in ("remove", "trailer")  # "trailer": credits or a sign-off cut from the last paragraph
        and not e.reason.startswith((*_HEAD_REASONS, "dateline"))
    ]
    return [t.strip() for t in lines]


def head_lines(result: Result) -> list[str]:
    """The lines above the lede the wire pass took out: bylines, their affiliations, timestamps."""
    return [r.text.strip() for r in result.removed if r.pass_name == "wire" and r.reason.startswith(_HEAD_REASONS)]


def wire_taken(result: Result) -> list[str]:
    """Every piece of text the wire pass took out of this result (lines and in-line cuts), but
    the timestamp lines of the head, counted apart (see :func:`timestamps_taken`)."""
    taken = [r.text for r in result.removed if r.pass_name == "wire" and not r.reason.startswith("timestamp")]
    taken += [e.before for e in result.edits if e.pass_name == "wire" and e.kind != "tag"]
    return [t.strip() for t in taken if t.strip()]


def timestamps_taken(result: Result) -> list[str]:
    """The head's timestamp lines ("Updated February 12, 2026") the wire pass took out: metadata
    outside the JSON contract, which annotators often left in the article body."""
    return [r.text.strip() for r in result.removed if r.pass_name == "wire" and r.reason.startswith("timestamp")]


def ground_truth(data: Path) -> tuple[Report, Report]:
    """(datelines found in the ground truth, body sentences lost over all ground-truth texts)."""
    datelines, loss = Report(), Report()
    for page in all_pages(data):
        result = clean(page.truth, strip_dateline=True)
        loss.cases += 1
        expected = _label(GROUND_TRUTH_DATELINES, page.page_id)
        found = result.dateline
        datelines.cases += 1 if expected else 0
        place, date, agency = expected if expected else (None, None, None)
        datelines.scores["dateline place"].scalar(place, found.place if found else None)
        datelines.scores["dateline agency"].scalar(agency, found.agency if found else None)
        datelines.scores["dateline date"].scalar(date, found.date if found else None)
        if expected and (found is None or (found.place, found.agency) != (place, agency)):
            datelines.misses.append(f"{page.page_id[:8]}: expected {expected}, found {found}")
        if found and not expected:
            datelines.misses.append(f"{page.page_id[:8]}: unexpected dateline {found.text!r}")
        allowed = {_norm(t) for t in _label(GROUND_TRUTH_TRAILERS, page.page_id) or ()}
        if found and expected:
            allowed.add(_norm(found.text))
        expected_trailers = _label(GROUND_TRUTH_TRAILERS, page.page_id) or ()
        taken = [_norm(t) for t in trailer_lines(result)]
        loss.scores["trailers"].add([_norm(t) for t in expected_trailers], taken)
        loss.misses += [
            f"{page.page_id[:8]}: trailer kept {t[:80]!r}" for t in expected_trailers if _norm(t) not in taken
        ]
        stamps = timestamps_taken(result)
        loss.timestamps += len(stamps)
        loss.misses += [f"{page.page_id[:8]}: timestamp line taken {t!r}" for t in stamps]
        for piece in wire_taken(result):
            if _norm(piece) not in allowed:
                lost = sentences(piece) or [piece]
                loss.body_lost += len(lost)
                loss.misses.append(f"{page.page_id[:8]}: lost {piece[:100]!r}")
        loss.body_sentences += sum(len(sentences(p)) for p in page.truth.split("\n") if p.strip())
    return datelines, loss


def page_datelines(data: Path) -> tuple[int, int, int, list[str]]:
    """The labelled datelines again, on the Zyte pages' whole-page dumps (chrome and all): (found
    right, found wrong or where none is labelled, missed, the misses)."""
    right = wrong = missed = 0
    misses: list[str] = []
    for page_id, dump in sorted(zyte_dumps(data).items()):
        expected = _label(GROUND_TRUTH_DATELINES, page_id)
        found = clean(dump).dateline
        if expected and expected[0]:
            if found is not None and found.place == expected[0]:
                right += 1
                continue
            missed += 1
            misses.append(f"{page_id[:8]}: expected {expected[0]!r}, found {found.text if found else None!r}")
            wrong += found is not None
        elif found is not None and not expected:
            wrong += 1
            misses.append(f"{page_id[:8]}: unexpected dateline {found.text!r}")
    return right, wrong, missed, misses


def render_page_datelines(right: int, wrong: int, missed: int) -> str:
    precision = right / (right + wrong) if right + wrong else None
    recall = right / (right + missed) if right + missed else None
    return (
        "| real page dumps (Zyte) | labelled places | found right | found wrong | place P | place R |\n"
        "|---|---:|---:|---:|---:|---:|\n"
        f"| datelines | {right + missed} | {right} | {wrong} | {ratio_cell(precision)} | {ratio_cell(recall)} |\n"
    )


# --- scoring the synthetic and tricky cases --------------------------------------------------


def score(cases: Iterable[Case]) -> dict[str, Report]:
    reports: dict[str, Report] = {}
    for case in cases:
        report = reports.setdefault(case.group, Report())
        report.cases += 1
        result = clean(case.text)
        dl = result.dateline
        s = report.scores
        s["tags"].add(case.tags, result.tags)
        s["dateline place"].scalar(case.place, dl.place if dl else None)
        s["dateline agency"].scalar(case.agency, dl.agency if dl else None)
        s["dateline date"].scalar(case.date, dl.date if dl else None)
        s["byline"].scalar(case.byline, result.byline)
        s["source"].scalar(case.source, result.source)
        s["credits"].add([_norm(c) for c in case.credits], [_norm(c) for c in result.credits])
        s["copyright"].scalar(case.copyright, result.copyright)
        s["trailers"].add([_norm(t) for t in case.trailers], [_norm(t) for t in trailer_lines(result)])
        s["head lines"].add([_norm(t) for t in case.head_lines], [_norm(t) for t in head_lines(result)])
        out = " ".join(result.text.split())
        for paragraph in case.body:
            for sentence in sentences(paragraph) or [paragraph]:
                report.body_sentences += 1
                if " ".join(sentence.split()) not in out:
                    report.body_lost += 1
                    report.misses.append(f"{case.name}: lost {sentence[:80]!r}")
        wrong = [
            f"{f} (expected {want!r}, found {got!r})"
            for f, (want, got) in {
                "tags": (tuple(case.tags), tuple(result.tags)),
                "date": (case.date, dl.date if dl else None),
                "place": (case.place, dl.place if dl else None),
                "agency": (case.agency, dl.agency if dl else None),
                "byline": (case.byline, result.byline),
                "source": (case.source, result.source),
                "copyright": (case.copyright, result.copyright),
                "credits": (sorted(map(_norm, case.credits)), sorted(map(_norm, result.credits))),
                "trailers": (sorted(map(_norm, case.trailers)), sorted(map(_norm, trailer_lines(result)))),
                "head lines": (sorted(map(_norm, case.head_lines)), sorted(map(_norm, head_lines(result)))),
            }.items()
            if want != got
        ]
        if wrong:
            report.misses.append(f"{case.name}: {'; '.join(wrong)}")
    return reports


def render(reports: dict[str, Report], datelines: Report, loss: Report) -> str:
    later = [group for group, _, _ in LATER_GROUPS]
    order = (
        "dev",
        "held-out",
        "held-out-2",
        *(g for g in later if g.startswith("held-out")),
        "negatives",
        *(g for g in later if g.startswith("negatives")),
        "tricky",
    )
    groups = [g for g in order if g in reports]
    head = "| field | " + " | ".join(f"{g} P | {g} R" for g in groups) + " | ground truth P | ground truth R |"
    lines = [head, "|---|" + "---|---|" * (len(groups) + 1)]
    for name in FIELDS:
        cells = []
        for g in groups:
            sc = reports[g].scores[name]
            cells += [ratio_cell(sc.precision), ratio_cell(sc.recall)]
        truth = datelines.scores[name] if name.startswith("dateline") else loss.scores[name]
        if name.startswith("dateline") or name == "trailers":
            cells += [ratio_cell(truth.precision), ratio_cell(truth.recall)]
        else:
            cells += ["", ""]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    counts = ", ".join(f"{g}: {reports[g].cases} articles" for g in groups)
    lost = ", ".join(f"{g} {reports[g].body_lost}/{reports[g].body_sentences}" for g in groups)
    lines += [
        "",
        f"Cases: {counts}; ground truth: {loss.cases} texts, {datelines.cases} labelled datelines.",
        f"Body sentences lost: {lost}; ground-truth texts (with `--strip-dateline`) "
        f"{loss.body_lost}/{loss.body_sentences} (and {loss.timestamps} timestamp lines taken from the head).",
    ]
    return "\n".join(lines) + "\n"


def pooled(reports: dict[str, Report], prefix: str) -> Report:
    """The counts of every group named ``prefix`` or ``prefix-N`` added up: each field's figure
    over all the held-out articles (or all the negatives) at once."""
    total = Report()
    for group, report in reports.items():
        if group == prefix or group.startswith(f"{prefix}-"):
            total.cases += report.cases
            total.body_sentences += report.body_sentences
            total.body_lost += report.body_lost
            for name, score in report.scores.items():
                kept = total.scores[name]
                kept.tp, kept.fp, kept.fn = kept.tp + score.tp, kept.fp + score.fp, kept.fn + score.fn
    return total


def render_pooled(reports: dict[str, Report]) -> str:
    """Each field over every held-out set at once, and over every negatives set."""
    held_out, negatives = pooled(reports, "held-out"), pooled(reports, "negatives")
    lines = [
        "| field (all sets pooled) | held-out P | held-out R | negatives P | negatives R |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in FIELDS:
        h, n = held_out.scores[name], negatives.scores[name]
        cells = [ratio_cell(h.precision), ratio_cell(h.recall), ratio_cell(n.precision), ratio_cell(n.recall)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Pooled: {held_out.cases} held-out articles, {negatives.cases} negatives; body sentences lost "
        f"{held_out.body_lost}/{held_out.body_sentences} and {negatives.body_lost}/{negatives.body_sentences}.",
    ]
    return "\n".join(lines) + "\n"


def update_readme(table: str, readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        sys.stderr.write(f"cleannews: error: {readme} has no {START} ... {END} block\n")
        raise SystemExit(2)
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    readme.write_text(f"{before}{START}\n{table}{END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add_data_option(parser)
    parser.add_argument("--per-template", type=int, default=40, help="articles per template (default 40)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--misses", action="store_true", help="list every miss and every lost sentence")
    parser.add_argument("--update-readme", action="store_true", help="write the table into README.md")
    args = parser.parse_args(argv)
    data = require(args.data)
    bodies = load_bodies(data)
    reports = score([*generate(bodies, args.per_template, args.seed), *tricky_cases()])
    datelines, loss = ground_truth(data)
    pages = real_bylines.score(real_bylines.load_pages(data))
    right, wrong, missed, dateline_misses = page_datelines(data)
    table = (
        render(reports, datelines, loss)
        + "\n"
        + render_pooled(reports)
        + "\n"
        + real_bylines.render(pages)
        + "\n"
        + render_page_datelines(right, wrong, missed)
    )
    sys.stdout.write(table)
    if args.misses:
        for name, report in [*reports.items(), ("ground-truth datelines", datelines), ("ground-truth loss", loss)]:
            for miss in report.misses:
                sys.stdout.write(f"- {name}: {miss}\n")
        for half, page_report in pages.items():
            for miss in page_report.misses:
                sys.stdout.write(f"- real page heads ({half}): {miss}\n")
        for miss in dateline_misses:
            sys.stdout.write(f"- real page datelines: {miss}\n")
    if args.update_readme:
        update_readme(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
