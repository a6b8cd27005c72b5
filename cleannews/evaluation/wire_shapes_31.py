"""Round-thirty-one templates for the wire harness: wire stories copied through the other tools users hold.

Written blind, before any round-thirty-one rule and without reading the rules or the earlier rounds'
templates, from how a mainstream English-language agency story of 2025-2026 reaches a user who copies
it with a tool other than a browser's select-all, an extractor or a markdown crawler: ``pdftotext``
(plain and ``-layout``) of a paper's e-edition page or of a browser's "Save as PDF" (lines wrapped
at the column, words hyphenated at line ends, justified lines with runs of spaces, running headers
and footers with page numbers and the print date, form feeds, a jump line "Please see X, A8" and
"Continued from A6"), a browser's reader view copied (the site's domain and the reading time around
the headline), a site's print view ("Source URL: ..." and "Printed on ..." under the story), mobile
apps' share text and copy (Apple News' "Shared from Apple News" under the apple.news address, the
Yahoo app's provider line over its time, NewsBreak's "PROVIDER · 3h" and a "Read in app" line),
plain-text e-mail newsletters and news alerts ("View in browser", "[link]" marks, other headlines,
unsubscribe footers with the sender's rights line) and read-later and note exports (Instapaper's
domain and "Saved from ADDRESS" lines, a note's "Source: ADDRESS" and "Saved: DATE" lines over a
pasted page). Agencies: Yonhap (on the Korea Herald's page and in a reader view), Reuters, AP, PA
Media, AFP, Bloomberg, AAP, Kyodo and PTI. Every name and sentence here is made up; only the shapes
are the formats'.

Contract (the harness' fields), following the choices rounds seventeen to thirty list as settled: an
agency in the byline's place fills the byline too; a byline's outlet or an affiliation line names the
source as printed ("Associated Press" of "By JANE DOE" over "Associated Press"; "AAP" of "Jane Doe |
AAP"), an agency's desk after its name gives the agency ("PA Political Correspondent" gives "PA"); a
provider line over a time names the source, not the byline ("AFP", "Reuters" over Yahoo's time line,
whose glued reading time is part of it; NewsBreak's "Bloomberg · 3h"); Kyodo's "KYODO NEWS - Nov 5,
2026 - 15:12 | All, World" is a head line naming "KYODO NEWS"; Business Standard's "Press Trust of
India | New Delhi" is a head line naming "Press Trust of India"; "New Delhi, Nov 5 (PTI)" with no
dash is a dateline; a glued sign-off in brackets ("(ANI)", here "(Yonhap)") is a trailer cut from the
last paragraph and names the source when nothing stronger does; reuters.com's "Exclusive:" and
"Factbox:" labels, "UPDATE 2-" and "BREAKING:" give the tags "Exclusive", "Factbox", "UPDATE 2",
"BREAKING"; reporter e-mails, desk codes ("burs-jm/dc"), Reuters' "Reporting by ...; Editing by
..." (brackets cut), AP's contributors' line and Bloomberg's "With assistance from NAME." are credits
as printed; "(END)", "___", "Our Standards: ...", "==Kyodo", a closing "AAP" under an AAP byline,
the portals' syndication notes, "Shared from Apple News" and the share address over it, a print
view's "Source URL: ..." and "Printed on ..." lines are trailers with no field (round nineteen); a
read-later export's domain line and "Saved from ADDRESS" line are head lines naming no field (round
nineteen); reading-time lines alone and photo captions with their credits are page chrome; the
story's own copyright line under its closing lines is the ``copyright`` and a trailer, a footer's
notice (here a newsletter's) fills ``copyright`` only when the story prints none (round twenty-two,
reconciled); page chrome and leftovers between paragraphs are written outside the draft's head, body
and tail (``page_above``, ``page_below``, or inserted into the rendered text), so nothing is expected
of them: one the wire pass takes counts as a false head line, trailer or field. Choices made before
the blind run, for what these tools add:

- The text is what the tool prints: the story's paragraphs are hard-wrapped (at a column of 30 to 40
  characters on an e-paper page, 90 on a printed web page), justified with runs of spaces under
  ``-layout``, and words are hyphenated at line ends ("bol-" over "ster") where the page's type did
  it. A body sentence is expected in the output as the page printed it before the layout: whole
  words, no line-end hyphen (the rejoin pass's matter; a lost sentence is counted as lost). Real
  hyphens ("U.S.-led") are never the break's.
- Running headers and footers, page numbers ("Page 2 of 3", "2/3"), form feeds, the browser's print
  header and footer ("11/30/26, 3:12 PM  TITLE | Reuters", the page's address with "1/3"), the
  e-paper's folio ("A6 | Monday, November 30, 2026  THE SPOKESMAN-REVIEW") and its jump lines
  ("Please see TARIFFS, A8", "TARIFFS", "Continued from A6") are page chrome wherever they stand,
  between paragraphs or inside one (a page break splits a paragraph on the e-paper page): nothing is
  expected of them, and the sentence a page break splits is expected whole.
- A reader view's domain line and reading time ("en.yna.co.kr", "4–5 minutes") and a mobile page's
  "Read in app" are chrome; the app's source line over the headline ("Reuters" over Apple News'
  headline) is chrome as well (the dateline's agency names the source; both name the same agency).
- A newsletter's own head ("View in browser", its name and date), its "Read more [link]" line, the
  other headlines below the story and the unsubscribe footer are chrome; the footer's rights line
  fills ``copyright`` (the story prints none). A news alert's headline "BREAKING: ..." gives the tag.
- A note's "Source: https://..." line over a pasted page names an address, not an agency: a head line
  with no field, like "Saved from ADDRESS"; its "Saved: 30/11/2026 15:40" line is a time line (a
  head line), as Instapaper's "Saved on ..." is.
- Negatives: staff stories (no agency) through the same tools, whose paragraphs quote agencies,
  datelines, bylines and "(LEAD)"; a newsletter's "By the Morning Brief team" under the headline and a
  chart's "Source: company filings" between paragraphs are chrome, not byline or source; Apple News'
  share lines under a staff story are trailers with no field, as above.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-31 and negatives-31 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-31 P | held-out-31 R | negatives-31 P | negatives-31 R |
    | tags | 1.000 | 0.107 | – | – |
    | dateline place | 0.981 | 0.966 | – | – |
    | dateline agency | 1.000 | 0.996 | – | – |
    | dateline date | 1.000 | 0.994 | – | – |
    | byline | 1.000 | 0.800 | 0.000 | – |
    | source | 0.906 | 0.802 | 0.000 | – |
    | credits | 1.000 | 0.662 | – | – |
    | copyright | 1.000 | 0.784 | – | – |
    | trailers | 0.958 | 0.782 | 1.000 | 1.000 |
    | head lines | 1.000 | 0.671 | 0.000 | – |

Body sentences lost: held-out-31 94/3902, negatives-31 26/1602. Every other set printed what it prints
on main (ground-truth texts 2/94270, 5 timestamp lines taken from the head).

375 held-out-31 and 66 negatives-31 miss lines; ``print-view-pa``, ``apple-news-reuters``,
``reader-blog`` and ``apple-news-staff`` came through whole. The misses, by cause (articles):

- pdftotext ``-layout``'s justified lines are joined with no space between the last word of a line
  and the first of the next ("if you can" / "afford it" gives "canafford"), so every sentence over a
  line break is lost: 81 sentences of ``epaper-ap-member`` and all 26 of ``epaper-staff`` (the
  negatives' losses); the line-end hyphen stays in the word ("pos-sible"); a justified dateline keeps
  its runs of spaces in the place ("COLUMBUS,    Ohio" 6) or is not read ("NEW  YORK  –" 3).
- a page break inside a paragraph (the Korea Herald's plain pdftotext: the folio line "7 THE KOREA
  HERALD Saturday, ..." between two lines of a sentence) is not taken out, so the sentence around it
  is lost (13 of ``pdftotext-herald-yonhap``; its glued "(Yonhap)" was read in every article).
- the headline under a tool's own line is not found as the title, so its tag is lost: the reader
  view's domain line "en.yna.co.kr" (all 35 tagged Yonhap headlines), the browser's print header
  "05/29/26, 6:40 AM  Exclusive: TITLE | Reuters" (all 25 "Exclusive"/"Factbox"), the alert e-mail's
  "AP News Alert" / "View in browser [link]" over "BREAKING: ..." (all 40): tags recall 0.107, the 12
  found being Yahoo's "UPDATE n-" (the title is the text's first line there).
- closing lines above a tool's footer are not read: the browser's print footer "https://www.reuters.com/...
  2/2" under "Reporting by ...; Editing by ..." and "Our Standards: ..." leaves both in (40: credits
  and trailers); an app's one chrome line under the story hides the closing lines above it: Yahoo's
  "View comments" under AFP's desk code or Reuters' "(Reporting by ...)" (15), NewsBreak's "Read in
  app" under "--With assistance from NAME." and "©2026 Bloomberg L.P." (22: credits, copyright);
  without that line both are read.
- heads under a newsletter's or a note's own lines are not read: "NAME | AAP" under "View in
  browser", the newsletter's name and date (40: no byline, source only from the closing "AAP" in 9);
  the note's "Source: https://...", "Saved: DATE" lines over Business Standard's "Press Trust of
  India | New Delhi" and "Last Updated : ..." (40: every head line stays, source "PTI" from the
  dateline, not "Press Trust of India"); Instapaper's "Saved on DATE at TIME" line and, in 23,
  Kyodo's "KYODO NEWS - ..." line under it stay (40 head lines, 23 sources).
- false finds in the negatives: the newsletter's "By the Morning Brief team" under the headline is
  taken as the byline (39) and its name over its date ("The Morning Brief" / "Friday, May 30, 2025")
  as a provider line naming the source (40), with the date line as a head line (40); the chart
  notes' "Source: ..." lines between paragraphs were left alone.
- an alert e-mail's footer rights line "Copyright 2026 The Associated Press. All rights reserved."
  is read as the ``copyright`` (as expected) but taken by the wire pass as a closing line, which the
  harness counts as a false trailer (22: trailers precision 0.958); on the newsletter the chrome pass
  takes the same kind of line and nothing is counted.

No template bug was found in the misses (each expected field above is what the tool's copy prints),
so the figures above are the first and only blind run. Contract choices of this round that the rules
answer differently: a newsletter's name over its date is chrome here, where rounds eighteen to
twenty-two settled a provider line over a time as naming the source (the shape is the same: 40
negatives); "By the Morning Brief team" is no byline here (the brief's own example of chrome); the
footer copyright counted as a false trailer is the settled scoring of page chrome (round
twenty-two), not a new choice. The rest (the reader view's domain line, print headers and footers,
form feeds and folios, "Saved on ..." and a note's "Source: ADDRESS" as head lines) no earlier round
settles.

After fitting (branch ``fit31``; the same articles), the held-out-31 and negatives-31 columns as
printed::

    | field | held-out-31 P | held-out-31 R | negatives-31 P | negatives-31 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 0.997 | – | – |
    | dateline agency | 1.000 | 0.996 | – | – |
    | dateline date | 1.000 | 0.994 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 0.998 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 1.000 | 1.000 | 1.000 |
    | head lines | 1.000 | 1.000 | 1.000 | 1.000 |

Body sentences lost: held-out-31 1/3902, negatives-31 0/1602. Every other set printed what it printed
before (held-out-30 1/3904, ground-truth texts 2/94270; real page heads wcxb 0.847 / 0.750, zyte
0.917 / 0.881).

What was fixed, by cause:

- justified columns (107 sentences: 81 of ``epaper-ap-member``, all 26 of ``epaper-staff``): every
  full line of a justified column is as wide as the others, so its breaks fall a constant interval
  apart and the rejoin pass read them as a chunker's cuts (joined with no space, "canafford", line-end
  hyphens kept). A chunk interval whose lines hold runs of spaces between words and none of whose
  breaks has a space beside it is a justified column (``rejoin._justified``), read as wrapped text;
  the hyphen then goes as in any wrapped paragraph ("pos-sible" -> "possible"), "U.S.-led" stays.
- a justified dateline ("COLUMBUS,    Ohio  –", "NEW  YORK  –", 9) is read with single spaces, the
  cut still the line's own text (``dateline._unpadded``).
- printed pages' furniture is chrome wherever it stands (``chrome.print_furniture``): a folio (a
  page number or "Page N of M" beside a full date, maybe the paper's name in capitals: "7 THE
  KOREA HERALD Saturday, ...", "A6 | Monday, ...   THE SPOKESMAN-REVIEW"; never a bare date, never a
  line with lower-case words), a browser's print header (print time, a gap, the title) and footer
  (an address, a gap, "2/3"); a sentence a folio splits is joined again by the rejoin pass's mending
  of split paragraphs (12 of the 13 Korea Herald sentences; the print header hid all 25
  "Exclusive"/"Factbox" tags, the footer the 40 Reuters closing lines).
- a tool's own lines at the top: a reader view's site address alone on the text's first line, an
  e-mail alert's name ("AP News Alert") there, "View in browser [link]" (a UI string now, with
  "View this email in your browser"); the headline under them is found and gives its tag (35 Yonhap
  tags, 40 "BREAKING", and the newsletter's AAP head: 40 bylines).
- a tool's own line under the story: "Read in app" by its shape (no sign of a page), and a UI or
  section string closing the text of an article ("View comments") is chrome, unless labelled
  ("Tags: ..." stays the wire pass's); the closing lines above are read (15 Yahoo, 22 NewsBreak).
- a note's or export's "Saved on DATE at TIME", "Saved: DATE TIME" and "Source: ADDRESS" lines are
  head lines naming no field (``residue.head_residue``), and the head below them is read (40
  Instapaper/Kyodo, 40 Business Standard/PTI: source "Press Trust of India").
- "By the Morning Brief team": "the X team" in prose case ("the" and the collective word in lower
  case) describes who made a newsletter, no byline; a team that signs writes its name as a name ("the
  Lavazza Team", "The Ledger editors", settled in earlier rounds) and still does.

Reconciled: the newsletter's name over its date. The shape is a name line over a time line under the
text's top, which the rules read as the headline over its publication time (settled, rounds
eighteen to twenty-two: a time line under the head is a head line); nothing general tells a
newsletter's name from a headline there. The template now expects the date line as a head line
(negatives-31 head lines 1.000 / 1.000); the name stays in the text as the title, as any headline
does, and names no source (negatives-31 source precision: no false find). The alert's footer rights
line: "View in browser" now makes the alert a page to the chrome pass, which takes the footer with
its rights line, and ``copyright`` is filled from it as the settled contract of round twenty-two
says (the story prints none): no false trailer.

Still missed: one Korea Herald sentence ("... covered, and" / "are shown ..." across a folio joined
as "andare", a word-join decision of the rejoin pass); one reader-view Yonhap dateline (an URGENT
headline over a reading time, the dateline not read in that article).
"""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

WRITERS = [
    "Jane Doe",
    "John Roe",
    "Kim Soo-yeon",
    "Park Min-ji",
    "Maria Lopez",
    "Ahmed Hassan",
    "Priya Nair",
    "Tom O'Brien",
    "Sarah Whitfield",
    "Daniel Moreau",
    "Lucy Chen",
    "Rahul Mehta",
]
EDITORS = ["Tom Brown", "Alex Richardson", "Mark Heinrich", "Kim Coghill", "Hugh Lawson", "Jan Harvey"]
DESKS = ["burs-jm/dc", "sst/rl", "kms/jm", "bur-fz/lb", "jhe/ach"]
SLUGS = ["tariffs", "summit", "election", "budget", "strike", "storm", "talks", "ceasefire", "rates"]
JUMP_WORDS = ["TARIFFS", "SUMMIT", "BUDGET", "STORM", "TALKS", "RATES"]
MONTHS_DOT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_PLAIN = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
VOWELS = set("aeiouyAEIOUY")
DIGRAPHS = {"th", "ch", "sh", "ph", "gh", "ck", "wh", "qu", "ng", "wr", "kn"}


def _day(rng: random.Random) -> datetime.date:
    return datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))


def _long(day: datetime.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 11), rng.randint(0, 59)


def _token(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- layout: what pdftotext and the print path do to the story's paragraphs ---------------------

_HYPHENABLE = re.compile(r"[a-z]{8,}[.,;:]?")


def _cut(word: str, room: int) -> int:
    """Where a typesetter would break ``word`` to fit ``room`` characters with its hyphen (0: none)."""
    core = word.rstrip(".,;:")
    for cut in range(min(room - 1, len(core) - 3), 2, -1):
        pair = core[cut - 1 : cut + 1].lower()
        if pair[0] not in VOWELS and pair[1] not in VOWELS and core[cut - 2] in VOWELS and pair not in DIGRAPHS:
            return cut
    return 0


def _wrap(text: str, width: int, rng: random.Random, hyphenate: float, justify: bool) -> list[str]:
    """Greedy lines of at most ``width`` characters, a word hyphenated at a line end now and then."""
    words = text.split()
    lines: list[list[str]] = []
    current: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if not current or len(" ".join([*current, word])) <= width:
            current.append(word)
            i += 1
            continue
        room = width - len(" ".join(current)) - 1
        if hyphenate and _HYPHENABLE.fullmatch(word) and rng.random() < hyphenate and (cut := _cut(word, room)):
            current.append(word[:cut] + "-")
            words[i] = word[cut:]
        lines.append(current)
        current = []
    if current:
        lines.append(current)
    out = []
    for n, line in enumerate(lines):
        if justify and n < len(lines) - 1 and len(line) > 1:
            gaps, spare = len(line) - 1, width - len("".join(line))
            spaces = [spare // gaps + (1 if g < spare % gaps else 0) for g in range(gaps)]
            out.append("".join(w + " " * s for w, s in zip(line, [*spaces, 0], strict=True)))
        else:
            out.append(" ".join(line))
    return out


def _render(d: Draft, change: Callable[[str], str]) -> None:
    """Have ``d.text()`` print the draft through ``change`` (the tool's layout): the draft's fields,
    and with them what the case expects, stay the story's own text."""
    plain = d.text
    d.text = lambda: change(plain())  # type: ignore[method-assign]


def _layout(
    d: Draft,
    rng: random.Random,
    *,
    width: int,
    hyphenate: float = 0.0,
    justify: bool = False,
    joint: str = "\n\n",
    breaks: Callable[[int], list[str]] | None = None,
    break_rate: float = 0.0,
    inside: float = 0.0,
    signoff: str = "",
    between: Callable[[int], list[str]] | None = None,
) -> None:
    """Print the story's paragraphs as a tool lays them out: wrapped at ``width``, joined by
    ``joint``, a page break's lines (``breaks(page)``) between two paragraphs or inside one, other
    chrome (``between``) between two, and a sign-off glued to the last paragraph."""
    local = random.Random(rng.getrandbits(32))
    blocks = [f"{d.dateline} {d.lede}".strip(), *d.body]
    plan = [local.random() for _ in blocks]
    where = [local.random() for _ in blocks]
    extra = [local.random() for _ in blocks]

    def change(text: str) -> str:
        story = "\n\n".join(blocks)
        if story not in text:
            return text
        page = 2
        pieces: list[str] = []
        for n, block in enumerate(blocks):
            last = n == len(blocks) - 1
            lines = _wrap(block + (f" {signoff}" if last and signoff else ""), width, local, hyphenate, justify)
            if breaks and n and plan[n] < break_rate:
                if where[n] < inside and len(pieces) and pieces[-1].count("\n") >= 2:
                    # the page ends inside the paragraph above: split its lines around the break
                    above = pieces[-1].split("\n")
                    cut = max(1, len(above) // 2)
                    pieces[-1] = "\n".join(above[:cut]) + "\n\n" + "\n".join(breaks(page)) + "\n\n"
                    pieces[-1] += "\n".join(above[cut:])
                else:
                    pieces.append("\n".join(breaks(page)))
                page += 1
            elif between and n and extra[n] < 0.35:
                pieces.append("\n".join(between(n)))
            pieces.append("\n".join(lines))
        return text.replace(story, joint.join(pieces), 1)

    _render(d, change)


def _after_title(d: Draft, lines: list[str]) -> None:
    """Chrome lines printed right under the headline (a reading time, a team's credit)."""
    title = d.title

    def change(text: str) -> str:
        return text.replace(f"{title}\n\n", f"{title}\n\n" + "\n".join(lines) + "\n\n", 1)

    _render(d, change)


# --- held-out templates ----------------------------------------------------------------------


def h_herald_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """The Korea Herald's e-paper page, pdftotext plain: Yonhap copy with a glued "(Yonhap)"."""
    day = _day(rng)
    folio = rng.randint(2, 16)
    header = f"{folio} THE KOREA HERALD {day:%A}, {_long(day)}"
    d.page_above = [rng.choice(["National", "Business", "North Korea", "Finance"]), ""]
    if rng.random() < 0.5:
        d.page_above = [header, *d.page_above]

    def page_break(page: int) -> list[str]:
        return [f"\f{folio + page - 1} THE KOREA HERALD {day:%A}, {_long(day)}"]

    c.source = "Yonhap"
    c.trailers = ("(Yonhap)",)
    _layout(
        d,
        rng,
        width=rng.randint(30, 40),
        hyphenate=0.4,
        joint=rng.choice(["\n", "\n\n"]),
        breaks=page_break,
        break_rate=0.25,
        inside=0.4,
        signoff="(Yonhap)",
    )


def h_pdf_print_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """reuters.com saved as PDF from the browser, pdftotext -layout: print header and footer lines."""
    label = rng.choice(["Exclusive", "Factbox", ""])
    if label:
        c.tags = (label,)
        d.title = f"{label}: {d.title}"
    day = _day(rng)
    hour, minute = _clock(rng)
    stamp = f"{day:%m/%d/%y}, {hour}:{minute:02d} {rng.choice(['AM', 'PM'])}"
    slug = "-".join(d.title.lower().split()[:6])
    slug = re.sub(r"[^a-z0-9-]", "", slug)
    address = (
        f"https://www.reuters.com/world/{rng.choice(['asia-pacific', 'europe', 'us', 'china'])}/{slug}-{day:%Y-%m-%d}/"
    )
    total = rng.randint(2, 4)
    d.page_above = [f"{stamp}{' ' * rng.randint(8, 30)}{d.title} | Reuters", ""]
    names = rng.sample(WRITERS, rng.choice([1, 1, 2]))
    c.byline = " and ".join(names)
    d.head = [f"By {c.byline}", f"{_long(day)} {hour}:{minute:02d} PM GMT+9 Updated {rng.randint(2, 9)} hours ago"]
    d.head_joint = "\n"
    place = rng.choice(["SEOUL", "LONDON", "TOKYO", "WASHINGTON", "BRUSSELS"])
    c.place, c.date, c.agency, c.source = place, f"{MONTHS_PLAIN[day.month - 1]} {day.day}", "Reuters", "Reuters"
    d.dateline = f"{place}, {c.date} (Reuters) -"
    credit = f"Reporting by {' and '.join(names)}; Editing by {rng.choice(EDITORS)}"
    c.credits = (credit,)
    d.tail = [credit, "Our Standards: The Thomson Reuters Trust Principles., opens new tab"]
    d.page_below = ["", f"{address}{' ' * rng.randint(20, 40)}{total}/{total}"]

    def page_break(page: int) -> list[str]:
        return [
            f"{address}{' ' * rng.randint(20, 40)}{page - 1}/{total}",
            f"\f{stamp}{' ' * rng.randint(8, 30)}{d.title} | Reuters",
        ]

    _layout(d, rng, width=rng.randint(84, 96), breaks=page_break, break_rate=0.3)


def h_epaper_ap_member(rng: random.Random, d: Draft, c: Case) -> None:
    """A US member paper's e-edition page, pdftotext -layout: justified column, jump lines."""
    day = _day(rng)
    paper = rng.choice(["THE SPOKESMAN-REVIEW", "THE COLUMBUS DISPATCH", "ARKANSAS DEMOCRAT-GAZETTE"])
    folio = rng.choice(["A4", "A6", "B2", "A10"])
    d.page_above = [f"{folio} | {day:%A}, {_long(day)}{' ' * rng.randint(10, 30)}{paper}", ""]
    writer = rng.choice(WRITERS).upper()
    c.byline, c.source = writer, "Associated Press"
    d.head = [f"By {writer}", "Associated Press"]
    d.head_joint = "\n"
    place = rng.choice(["WASHINGTON", "NEW YORK", "DETROIT", "COLUMBUS, Ohio", "SEATTLE"])
    c.place = place
    d.dateline = f"{place} –"
    word = rng.choice(JUMP_WORDS)
    jump = f"A{rng.randint(7, 12)}"

    def page_break(page: int) -> list[str]:
        return [f"Please see {word}, {jump}", "", f"\f{jump} | {day:%A}, {_long(day)}   {paper}", "", word,
                f"Continued from {folio}"]  # fmt: skip

    def caption(_: int) -> list[str]:
        return [f"A worker walks past the plant on {day:%A}. {rng.choice(WRITERS).upper()}/AP"]

    helper = rng.choice(WRITERS)
    if rng.random() < 0.6:
        city = rng.choice(["Chicago", "Atlanta", "Denver"])
        credit = f"Associated Press writer {helper} in {city} contributed to this report."
        d.tail = [credit]
        c.credits = (credit,)
    _layout(
        d,
        rng,
        width=rng.randint(32, 38),
        hyphenate=0.4,
        justify=True,
        breaks=page_break,
        break_rate=0.3,
        between=caption,
    )


def h_reader_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap English in Firefox's reader view, copied: domain over the headline, reading time under it."""
    c.tags = rng.choice([("LEAD",), ("2nd LD",), ("URGENT",), ("News Focus",), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    d.page_above = ["en.yna.co.kr"]
    low = rng.randint(2, 6)
    _after_title(d, [f"{low}–{low + 1} minutes"])
    day = _day(rng)
    c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_DOT[day.month - 1]} {day.day}", "Yonhap", "Yonhap"
    d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    if rng.random() < 0.6:
        email = f"{rng.choice(['kimsy', 'mjpark', 'hague', 'elly', 'yunhap'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")
    d.tail_blank = rng.random() < 0.5


def h_print_view_pa(rng: random.Random, d: Draft, c: Case) -> None:
    """A UK regional site's print view of PA copy, copied: "Source URL:" and "Printed on" lines below."""
    writer = rng.choice(WRITERS)
    role = rng.choice(["PA Political Correspondent", "PA Home Affairs Correspondent", "PA Reporter"])
    c.byline, c.source = writer, "PA"
    day = _day(rng)
    hour, minute = _clock(rng)
    d.head = [f"By {writer}, {role}", f"{day.day} {day:%B} {day.year}, {hour}:{minute:02d}pm"]
    d.head_joint = rng.choice(["\n", "\n\n"])
    site = rng.choice(["www.northern-echo.example.co.uk", "www.oxfordmail.example.co.uk", "www.heraldscot.example"])
    d.tail = [
        f"Source URL: https://{site}/news/national/{rng.randint(24000000, 25999999)}-{rng.choice(SLUGS)}/",
        f"Printed on {day.day:02d}/{day.month:02d}/{day.year} {hour + 12}:{minute:02d}",
    ]
    d.tail_blank = rng.random() < 0.5
    d.page_above = [site.removeprefix("www."), ""] if rng.random() < 0.5 else []


def h_apple_news_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters copy copied from Apple News and sent with its share text: source line over the headline."""
    d.page_above = ["Reuters", ""]
    writer = rng.choice(WRITERS)
    day = _day(rng)
    c.byline = writer
    d.head = [f"By {writer}", f"{_long(day)}"]
    d.head_joint = "\n"
    place = rng.choice(["LONDON", "FRANKFURT", "SINGAPORE", "NEW YORK"])
    c.place, c.date, c.agency, c.source = place, f"{MONTHS_PLAIN[day.month - 1]} {day.day}", "Reuters", "Reuters"
    d.dateline = f"{place}, {c.date} (Reuters) -"
    credit = f"Reporting by {writer}; Editing by {rng.choice(EDITORS)}"
    c.credits = (credit,)
    d.tail = [f"({credit})", f"https://apple.news/A{_token(rng, 21)}", "Shared from Apple News"]
    d.tail_blank = rng.random() < 0.5


def h_yahoo_app(rng: random.Random, d: Draft, c: Case) -> None:
    """The Yahoo app's copy of AFP or Reuters copy: provider line over its time and reading time."""
    day = _day(rng)
    hour, minute = _clock(rng)
    time = f"{day:%a}, {_long(day)} at {hour}:{minute:02d} PM UTC · {rng.randint(2, 6)} min read"
    if rng.random() < 0.5:
        c.source = c.agency = "AFP"
        c.place = rng.choice(["Paris", "Geneva", "Nairobi", "Bangkok"])
        d.dateline = f"{c.place} (AFP) -"
        d.head = ["AFP", time]
        desk = rng.choice(DESKS)
        d.tail = [desk]
        c.credits = (desk,)
    else:
        if rng.random() < 0.6:
            c.tags = (f"UPDATE {rng.randint(1, 4)}",)
            d.title = f"{c.tags[0]}-{d.title}"
        c.source = c.agency = "Reuters"
        c.place = rng.choice(["LONDON", "BEIJING", "MEXICO CITY"])
        c.date = f"{MONTHS_PLAIN[day.month - 1]} {day.day}"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        d.head = ["Reuters", time]
        credit = f"Reporting by {rng.choice(WRITERS)}; Editing by {rng.choice(EDITORS)}"
        d.tail = [f"({credit})"]
        c.credits = (credit,)
    d.head_joint = "\n"
    d.page_below = ["", "View comments"] if rng.random() < 0.5 else []


def h_newsbreak_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg copy copied from NewsBreak's mobile page: "Read in app", provider line with its age."""
    d.page_above = ["Read in app", ""]
    d.head = [f"Bloomberg · {rng.randint(1, 23)}h"]
    c.source = c.agency = "Bloomberg"
    d.dateline = "(Bloomberg) --"
    helper = rng.choice(WRITERS)
    credit = f"With assistance from {helper}."
    d.tail = [f"--{credit}", f"©{_day(rng).year} Bloomberg L.P."]
    c.credits = (credit,)
    c.copyright = d.tail[-1]
    d.page_below = ["", "Read in app"] if rng.random() < 0.5 else []


def h_newsletter_aap(rng: random.Random, d: Draft, c: Case) -> None:
    """A paper's plain-text e-mail newsletter leading with AAP copy, other headlines and a footer below."""
    day = _day(rng)
    d.page_above = ["View in browser", "", "Today's Headlines", f"{day:%A}, {day.day} {day:%B} {day.year}", ""]
    writer = rng.choice(WRITERS)
    c.byline, c.source = writer, "AAP"
    d.head = [f"{writer} | AAP"]
    if rng.random() < 0.5:
        d.tail = ["AAP"]
    others = [
        "Interest rate decision looms as inflation eases",
        "Floods cut highway in the state's north",
        "Council votes to expand inner-city bike lanes",
    ]
    rights = f"© {day.year} Australian Community Media. All rights reserved."
    c.copyright = rights
    d.page_below = [
        "",
        "Read more [link]",
        "",
        "MORE HEADLINES",
        "",
        *[f"{t} [link]" for t in rng.sample(others, 2)],
        "",
        "You're receiving this email because you subscribed to Today's Headlines.",
        "Unsubscribe [link] | Update your preferences [link] | View in browser [link]",
        rights,
    ]


def h_alert_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """An AP news alert e-mail: "BREAKING:" headline, the lede and a paragraph or two, the footer."""
    c.tags = ("BREAKING",)
    d.title = f"BREAKING: {d.title}"
    d.page_above = ["AP News Alert", "View in browser [link]", ""]
    place = rng.choice(["WASHINGTON", "NEW YORK", "LOS ANGELES", "KYIV, Ukraine"])
    c.place, c.agency, c.source = place, "AP", "AP"
    d.dateline = f"{place} (AP) —"
    d.body = d.body[:2]
    d.page_below = [
        "",
        "Read more on apnews.com [link]",
        "",
        "You are receiving this email because you signed up for AP News Alerts.",
        "Unsubscribe [link] | Manage preferences [link]",
        "The Associated Press, 200 Liberty Street, New York, NY 10281",
    ]
    if rng.random() < 0.5:
        rights = f"Copyright {_day(rng).year} The Associated Press. All rights reserved."
        d.page_below.append(rights)
        c.copyright = rights


def h_instapaper_kyodo(rng: random.Random, d: Draft, c: Case) -> None:
    """Kyodo's story from an Instapaper text export: domain, "Saved from" and saved-on lines, Kyodo's head."""
    day = _day(rng)
    hour, minute = _clock(rng)
    path = f"{day.year}/{day.month:02d}/{_token(rng, 10).lower()}-{rng.choice(SLUGS)}"
    address = f"https://english.kyodonews.net/news/{path}.html"
    section = rng.choice(["World", "Japan", "Business"])
    d.head = [
        "english.kyodonews.net",
        f"Saved from {address}",
        f"Saved on {_long(day)} at {hour}:{minute:02d} PM",
        f"KYODO NEWS - {MONTHS_PLAIN[day.month - 1]} {day.day}, {day.year} - {hour + 12}:{minute:02d} | All, {section}",
    ]
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.source = "KYODO NEWS"
    c.place = rng.choice(["TOKYO", "BEIJING", "OSAKA"])
    d.dateline = f"{c.place} -"
    d.tail = ["==Kyodo"]


def h_note_pti(rng: random.Random, d: Draft, c: Case) -> None:
    """A Business Standard page of PTI copy pasted into a note and saved as .txt: source URL and saved lines."""
    day = _day(rng)
    hour, minute = _clock(rng)
    story_id = rng.randint(120000000000, 126000000000)
    address = f"https://www.business-standard.com/india-news/{rng.choice(SLUGS)}-{story_id}_1.html"
    d.head = [
        f"Source: {address}",
        f"Saved: {day.day:02d}/{day.month:02d}/{day.year} {hour + 12}:{minute:02d}",
        f"Press Trust of India | {rng.choice(['New Delhi', 'Mumbai', 'Kolkata'])}",
        f"Last Updated : {day:%b} {day.day:02d} {day.year} | {hour}:{minute:02d} PM IST",
    ]
    d.head_joint = "\n"
    c.source = "Press Trust of India"
    c.place, c.date, c.agency = "New Delhi", f"{MONTHS_PLAIN[day.month - 1]} {day.day}", "PTI"
    d.dateline = f"New Delhi, {c.date} (PTI)"
    if rng.random() < 0.5:
        desk = [rng.choice(["SKU", "ABH", "RT"]), rng.choice(["ANB", "DV", "MR"]), rng.choice(["ANB", "DV", "MR"])]
        code = "PTI " + " ".join(desk)
        d.tail.append(code)
        c.credits = (code,)
    d.tail.append(
        "(Only the headline and picture of this report may have been reworked by the Business Standard "
        "staff; the rest of the content is auto-generated from a syndicated feed.)"
    )


# --- negatives: staff stories through the same tools -------------------------------------------

QUOTING = [
    'The ministry\'s statement, which Yonhap carried under the headline "(LEAD) Seoul to expand defense ties," '
    "was revised twice before noon.",
    "Reuters, which first reported the plan on Monday, said the deal was worth about $2 billion.",
    '"WASHINGTON (AP) — The Senate on Tuesday" is how the wire story the paper ran that morning began.',
    "By the time the Associated Press called the race, most of the crowd had gone home.",
    "A spokesperson told AFP the company would not comment on the talks until they were finished.",
    "The newspaper's archive still holds the original dispatch, datelined LONDON, Jan. 4 (Reuters).",
    "Source: a statement from the regional government, which the council read aloud on Friday evening.",
    "Editing by hand, the clerks corrected more than 400 entries before the deadline, officials said.",
]


def n_epaper_staff(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story on an e-paper page, pdftotext -layout, quoting agencies in its paragraphs."""
    day = _day(rng)
    folio = rng.randint(2, 9)
    d.page_above = [f"A{folio} | {day:%A}, {_long(day)}        THE DAILY COURIER", ""]
    for sentence in rng.sample(QUOTING, 2):
        d.body.insert(rng.randint(0, len(d.body)), sentence)

    def page_break(page: int) -> list[str]:
        return [f"Page {page - 1}", f"\fA{folio + page - 1} | {day:%A}, {_long(day)}        THE DAILY COURIER"]

    _layout(d, rng, width=rng.randint(32, 40), hyphenate=0.4, justify=True, breaks=page_break, break_rate=0.3)


def n_newsletter_team(rng: random.Random, d: Draft, c: Case) -> None:
    """A newsletter's own story: "By the Morning Brief team" under the headline, a chart's source note."""
    day = _day(rng)
    d.page_above = ["View in browser", "", "The Morning Brief", f"{day:%A}, {_long(day)}", ""]
    # (reconciled after the blind run to the settled contract: a name's line over a date at the head
    # is read as the publication time, a head line; see "After fitting")
    c.head_lines = (f"{day:%A}, {_long(day)}",)
    _after_title(d, ["By the Morning Brief team"])
    d.body.append(rng.choice(QUOTING[:2]))

    def chart(_: int) -> list[str]:
        return [
            rng.choice(["Chart: Quarterly revenue, in billions", "Chart: Share of exports by market"]),
            rng.choice(["Source: company filings", "Source: national statistics office", "Source: Reuters"]),
        ]

    _layout(d, rng, width=rng.randint(70, 78), between=chart)
    d.page_below = [
        "",
        "Was this email forwarded to you? Sign up [link]",
        "Unsubscribe [link] | Manage preferences [link]",
    ]


def n_reader_blog(rng: random.Random, d: Draft, c: Case) -> None:
    """A blog's own story in a reader view: a lede opening on a city, "(LEAD)" and "Reuters" in sentences."""
    d.page_above = [rng.choice(["seoulwatch.example.com", "the-briefing.example.org"])]
    low = rng.randint(3, 8)
    _after_title(d, [f"{low}–{low + 2} minutes"])
    city = rng.choice(["Seoul", "London", "Tokyo", "Washington"])
    d.body.insert(0, d.lede)
    weekday = rng.choice(["Monday", "Tuesday", "Friday"])
    d.lede = (
        f"{city} on {weekday} became the latest capital to tighten its rules on short-term rentals, officials said."
    )
    d.body.insert(rng.randint(1, len(d.body)), QUOTING[0])
    d.body.append(rng.choice([QUOTING[1], QUOTING[4], "The company told Reuters it would appeal the ruling."]))


def n_apple_news_staff(rng: random.Random, d: Draft, c: Case) -> None:
    """A paper's staff story shared from Apple News: share lines under a story that quotes agencies."""
    d.page_above = [rng.choice(["The Atlantic", "The Hill", "Los Angeles Times"]), ""]
    d.body.insert(rng.randint(0, len(d.body)), rng.choice(QUOTING[2:6]))
    d.tail = [f"https://apple.news/A{_token(rng, 21)}", "Shared from Apple News"]


HELD_OUT_31: dict[str, Template] = {
    "pdftotext-herald-yonhap": h_herald_yonhap,
    "pdf-print-reuters": h_pdf_print_reuters,
    "epaper-ap-member": h_epaper_ap_member,
    "reader-view-yonhap": h_reader_yonhap,
    "print-view-pa": h_print_view_pa,
    "apple-news-reuters": h_apple_news_reuters,
    "yahoo-app-afp-reuters": h_yahoo_app,
    "newsbreak-bloomberg": h_newsbreak_bloomberg,
    "newsletter-aap": h_newsletter_aap,
    "alert-ap": h_alert_ap,
    "instapaper-kyodo": h_instapaper_kyodo,
    "note-pti": h_note_pti,
}

NEGATIVES_31: dict[str, Template] = {
    "epaper-staff": n_epaper_staff,
    "newsletter-team": n_newsletter_team,
    "reader-blog": n_reader_blog,
    "apple-news-staff": n_apple_news_staff,
}
