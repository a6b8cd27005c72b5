"""Round-thirty-eight templates for the wire harness: wire stories republished on small sites, copied as whole pages.

Drawn from the seed (``/work/shared/seed/000_2d0b4bed61e9544a.txt``: a Yonhap "(LEAD)" story on a
WordPress aggregator, copied with select-all: a search box printed twice, menus, the tagged headline
over two blank lines, a body with words broken by a newline, "Source: Yonhap News Agency" at the end)
and from what such republishers look like in 2025-2026: WordPress and Blogger aggregators,
auto-publishing "news" sites fed from agency or member-station feeds, regional portals in the Gulf,
Africa, India and Southeast Asia, diaspora and community papers, business-news blogs. Each page
runs one agency story (Yonhap English, Reuters, AP, AFP, Xinhua, Kyodo, PTI, ANI, IANS, Bernama,
ANTARA, Anadolu, dpa, EFE, PA, AAP, Bloomberg, UPI) under the site's own head (post-meta lines with
the poster, date, reading time or views; Blogger's date header; an agency in the writer's place; a
time line naming its source), with the agency's dateline or none, its closing lines or the site's
"Source:" / "Via" / "Courtesy:" line, and the site's tail (tags, share buttons, previous/next,
related posts with a tagged teaser now and then, the comment form, the footer). Copies are
select-all (blank lines between blocks), a scraper's ``get_text("\n")`` dump (one element a line,
no blank line, an inline link's words on lines of their own) or an extractor's output (no chrome).
The seed's artefacts are on some: words broken mid-word in body paragraphs, the search box twice,
stray spaces and tabs around paragraphs and a line of spaces in the menu, two blank lines under the
headline, no newline after the last line. Every name, site, teaser and invented sentence is made up.

The contract as applied here (from ``wire.py``'s docstring and templates and the README's "Wire
metadata", "The JSON record" and "Page chrome and site profiles"): fields as printed (tags without
brackets, the dateline's place, date and agency as the lede prints them, the byline's names as
printed); roles and affiliations are cut from bylines (``By NAME, PA Political Correspondent``:
byline NAME, source ``PA``; ``NAME | AAP``; a name over ``Australian Associated Press``); a post-meta
line's poster is the byline, handles included (``admin``, ``editor``), and the whole line is a head
line; an agency in the writer's place (``By Bernama | ...``, ``Agence France-Presse`` over the
time, ``AFP | Published ...``, ``KYODO``) is the source, no byline, and its line a head line; page
chrome (search boxes, the date bar, menus, breadcrumbs, tags, share rows, related posts, comments,
footer links) is no field; the closing lines from the last paragraph down to the first chrome line
are trailers; ``source`` is the most explicit credit (a ``Source:``/``Via``/``Courtesy:`` line, then a
sign-off, then the agency after the headline, then the byline's agency, then the dateline's); the
story's copyright line wins, and the footer's notice fills ``copyright`` only when the story has
none; the body's paragraphs are scored as written, so a word the copy broke counts as lost unless
it is mended.

Choices made for this round's details, before the first run:

- Blogger's date header (``Tuesday, December 4, 2025``) over the post title is the post's time: a
  head line, although it stands above the headline; a site's date bar at the top of the page
  (today's date, before the search box) is chrome.
- When the site prints its own poster, the agency's byline is gone from the copy (aggregators copy
  the body); where the agency's byline is kept, the site's head names no person. So each case has
  one writer at most.
- A closing ``Via Reuters``, ``Courtesy: dpa``, ``Source: EFE`` names the source as printed after the
  label (``Via Anadolu Agency``: ``Anadolu Agency``); ``-- BERNAMA`` and ``--IANS`` are sign-offs
  (source as printed, ``BERNAMA``); ANI's ``(ANI)`` glued after the last sentence is a trailer.
- ANI's dateline place keeps the bracketed country as printed: ``New Delhi [India]``. (Reconciled
  after the blind run by the team's lead: the bracketed country is no part of the place, as round 29
  settled; "By AFP" and "By Bernama | ..." fill the byline with the agency, as rounds 17-35 settled;
  ANTARA's closing "Reporter: NAME" is the byline, not a credit, as rounds 5, 19 and 23 settled.)
- Desk codes under the story (PTI's ``PTI ABC KVK RT``, IANS' ``ab/kvd``, AFP's ``sah/mtp``), Xinhua's
  ``Editor:`` line, ANTARA's closing ``Reporter:`` and ``Editor:`` lines, a Yonhap address, Reuters'
  and AP's contributors' lines, Bloomberg's ``With assistance from ...`` (without its dashes) and an
  auto-blog's ``The post TITLE appeared first on SITE.`` under agency copy are credits; ``(END)``,
  ``Enditem``, ``___``, ``==Kyodo``, ``More stories like this are available on bloomberg.com`` and
  the Indian portals' syndicated-feed disclaimers are trailers with no field.
- Anadolu's place alone on the line over the lede (``ANKARA``) is the dateline's place, no agency.
- Kyodo on an extractor's copy: ``KYODO`` alone over the time is the source, ``TOKYO –`` the place.
- ANTARA's ``Related news: ...`` line between paragraphs is chrome inside the body, no field.

Negatives (``negatives-38``): the same sites' staff posts, with the same chrome and artefacts. A
lede or second paragraph that quotes a dateline (``"SEOUL, Nov. 3 (Yonhap) --" was how ...``); a
last paragraph opening ``Source:``, ``Via`` or ``Courtesy of`` in a sentence; a headline with a
bracketed word that is no tag (``(Almost) everything ...``, ``Ten [mostly] free things ...``); an
author line naming a person who is quoted in the body, and a last paragraph naming an agency. Their
bylines, head lines and footer copyrights are real metadata and expected; nothing else is.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``; 480 held-out
articles, 160 negatives), as printed:

| field | held-out-38 P | held-out-38 R | negatives-38 P | negatives-38 R |
|---|---|---|---|---|
| tags | 1.000 | 0.990 | – | – |
| dateline place | 0.989 | 0.938 | – | – |
| dateline agency | 1.000 | 0.964 | – | – |
| dateline date | 1.000 | 0.950 | – | – |
| byline | 0.802 | 0.954 | 1.000 | 0.917 |
| source | 0.998 | 0.965 | – | – |
| credits | 1.000 | 0.842 | – | – |
| copyright | 1.000 | 0.997 | 1.000 | 1.000 |
| trailers | 0.998 | 0.945 | – | – |
| head lines | 0.998 | 0.899 | 1.000 | 0.925 |

Body sentences lost: held-out-38 24/3871, negatives-38 3/1380. No miss was a bug of these
templates (each expectation was checked against the contract above; none was changed after the
run, and the generated pages were read before it). The misses, by cause (articles):

- Contract questions, where the tool and this round's choices differ: an agency in the writer's
  place read as the byline (``By AFP`` 11, ``By Bernama | TIME`` 17: 28, most of byline P); ANTARA's
  closing ``Reporter: NAME`` read as the byline instead of a credit (23: the rest of byline P and
  most of credits R); ANI's place given without its bracketed country (``Kolkata`` for ``Kolkata
  [India]``, 4: place P and R). The team's lead reconciled all three with the settled contract
  after the run (the tool's reading is the contract's); the rest of the misses stand as listed.
- Head lines of the site not read: Blogger's date header over the post title (15); post-meta lines
  ``TIME | NAME | N min read`` and ``By NAME on DATE | N Views`` (byline and head line, 8, and 9 in
  ``negatives-38``), ``By NAME | DATE`` (1 negative); site time lines in a ``get_text`` dump
  (``Posted: 19/01/2025 21:17``, ``Published: ...``, ``DATE | N min read``, ``By admin - DATE``: 13),
  and elsewhere (``AFP | DATE | Updated TIME`` 2, ``PTI | Updated: ...`` 2, ``... WIB`` 2, ``DATE | N min read`` and
  ``Published:`` on the auto-blog 3, under Anadolu's lone place 3, 2 in ``negatives-38``).
- Closing lines not read: ``Courtesy: dpa`` / ``Courtesy: EFE`` (13); ``Via Anadolu Agency`` (6, source
  too); ``The post TITLE appeared first on SITE.`` under AP copy, not a credit (12).
- Datelines: Anadolu's ``ANKARA`` alone over the lede (5; ``ISTANBUL`` was read; one taken as a head
  line instead, head lines P); in ``get_text`` dumps the lede's first line, cut short by an inline
  link, taken as chrome before the body with its dateline (5, each losing its first sentence) or
  left unread (2).
- Whole heads missed: pages where neither the tagged headline nor the head under it was read (the
  seed-like page with a tagline and a line of spaces in the menu, 1; the community paper's
  Xinhua pages, 4; IANS on the Indian portal, 2).
- Sources: ``NAME | AAP`` (2).
- Precision: an inline link's line ``AP and Reuters`` (the harness' look-alike last paragraph broken
  at a link) read as a sign-off (1: source P, trailers P, one sentence lost).
- Body sentences lost: words broken mid-word left unmended, mostly where both halves are words
  (``half⏎time``, ``foot⏎rest``, ``kings⏎hip``, ``pro⏎mises``, ``at⏎tempt``, ``batt⏎ened``; 16, and
  all 3 in ``negatives-38``: ``rider⏎ship``, ``keyser⏎ver``, ``noticeboa⏎rd``); the lede's first line
  in dumps (5, above); a link's line joined without its space (``.github/ folder``, 1); a last
  paragraph under stray spaces taken after the article (1); the sign-off above (1).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

# --- what this round makes up ----------------------------------------------------------------

MONTHS_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_DOT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_PLAIN = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The sites' own people (posters, editors of a community paper) and the agencies' writers.
SITE_WRITERS = [
    "Daniel Okafor",
    "Hana Seo",
    "Rahul Mehta",
    "Siti Aminah",
    "Tom Whitaker",
    "Lucía Fernández",
    "Mark Ellison",
    "Priya Nair",
    "Kevin Osei",
    "Emily Hartley",
    "Jonas Weber",
    "Nora Castillo",
]
AGENCY_WRITERS = [
    "Lee Ji-hoon",
    "Sarah Whitfield",
    "Paolo Ricci",
    "Aiko Tanaka",
    "Nadia Haddad",
    "Carlos Mendoza",
    "Megan O'Brien",
    "Vikram Sethi",
    "Oliver Brandt",
    "Farah Yusof",
]
YONHAP_TAGS_38: list[tuple[str, ...]] = [
    ("LEAD",),
    ("LEAD",),
    ("2nd LD",),
    ("3rd LD",),
    ("4th LD",),
    ("URGENT",),
    ("News Focus",),
    ("Yonhap Interview",),
    ("Yonhap Feature",),
    ("LEAD", "Yonhap Interview"),
    ("2nd LD", "Asian Games"),
    (),
]
REUTERS_TAGS_38: list[tuple[str, ...]] = [
    ("UPDATE 1",),
    ("UPDATE 3",),
    ("EXCLUSIVE",),
    ("RPT",),
    ("ANALYSIS",),
    ("INSIGHT",),
    ("REFILE", "UPDATE 2"),
    (),
    (),
]
TEASERS = [
    "Port city opens new ferry terminal after two-year delay",
    "Central bank keeps rates on hold as inflation cools",
    "Heavy rain forces school closures in three provinces",
    "Chipmaker posts record quarterly profit on AI demand",
    "Parliament passes revised labour bill after long debate",
    "Tourist arrivals rebound to pre-pandemic levels",
    "Rail operator to add night trains on coastal line",
    "Farmers warn of poor harvest after dry summer",
]
TAGGED_TEASERS = [
    "(LEAD) N. Korea test-fires cruise missiles off west coast",
    "(2nd LD) Exports rise for 14th month on chip sales",
    "UPDATE 1-Oil steadies as traders weigh supply outlook",
]
MENU = ["Home", "News", "World", "Asia", "Business", "Economy", "Tech", "Entertainment", "Sports", "Opinion"]


@dataclass
class _Copy:
    """How the page was copied: edits to the assembled text (words broken by a newline, stray spaces,
    a glued sign-off), a text dump with no blank line, no newline at the end."""

    edits: dict[str, str] = field(default_factory=dict)
    after: list[tuple[str, str]] = field(default_factory=list)
    squeeze: bool = False
    end_newline: bool = True

    def change(self, original: str, new: str) -> None:
        self.edits[original] = new


def _copy(d: Draft) -> _Copy:
    """Hook the copy's artefacts into ``d``'s text; the case's body keeps the paragraphs as written."""
    state = _Copy()
    plain = d.text

    def text() -> str:
        out = plain()
        for original, new in state.after:  # lines put between blocks, before the paragraphs' own edits
            out = out.replace(original, new, 1)
        for original, new in state.edits.items():
            out = out.replace(original, new, 1)
        if state.squeeze:
            out = re.sub(r"\n(?:[ \t]*\n)+", "\n", out)
        if not state.end_newline:
            out = out.rstrip("\n")
        return out

    d.__dict__["text"] = text
    return state


def _current(state: _Copy, paragraph: str) -> str:
    return state.edits.get(paragraph, paragraph)


def _break_word(rng: random.Random, state: _Copy, paragraphs: list[str]) -> None:
    """A newline inside a word of a body paragraph, as the seed's "bolste⏎r" and "amm⏎unition"."""
    candidates = [p for p in paragraphs if re.search(r"\b[a-z]{7,}\b", _current(state, p))]
    if not candidates:
        return
    paragraph = rng.choice(candidates)
    now = _current(state, paragraph)
    words = list(re.finditer(r"\b[a-z]{7,}\b", now))
    word = rng.choice(words)
    cut = word.start() + rng.randint(2, len(word.group()) - 1)
    state.change(paragraph, now[:cut] + "\n" + now[cut:])


def _break_links(rng: random.Random, state: _Copy, paragraphs: list[str]) -> None:
    """An inline link's words on a line of their own (``get_text("\\n")``)."""
    paragraph = rng.choice(paragraphs)
    words = _current(state, paragraph).split(" ")
    if len(words) < 10:
        return
    i = rng.randint(2, len(words) - 5)
    n = rng.randint(1, 3)
    new = " ".join(words[:i]) + "\n" + " ".join(words[i : i + n]) + "\n" + " ".join(words[i + n :])
    state.change(paragraph, new)


def _stray_spaces(rng: random.Random, state: _Copy, paragraphs: list[str]) -> None:
    for paragraph in rng.sample(paragraphs, min(len(paragraphs), 2)):
        now = _current(state, paragraph)
        state.change(paragraph, rng.choice(["  ", "\t", " "]) + now + rng.choice([" ", "  ", "\u00a0"]))


@dataclass
class _When:
    month: int
    day: int
    year: int
    hour: int
    minute: int

    @property
    def full(self) -> str:
        return f"{MONTHS_FULL[self.month]} {self.day}, {self.year}"

    @property
    def dmy(self) -> str:
        return f"{self.day} {MONTHS_FULL[self.month]} {self.year}"

    @property
    def short(self) -> str:
        return f"{MONTHS_SHORT[self.month]} {self.day}, {self.year}"

    @property
    def slashed(self) -> str:
        return f"{self.day:02d}/{self.month + 1:02d}/{self.year}"

    @property
    def iso(self) -> str:
        return f"{self.year}-{self.month + 1:02d}-{self.day:02d}"

    @property
    def clock(self) -> str:
        hour = self.hour % 12 or 12
        return f"{hour}:{self.minute:02d} {'am' if self.hour < 12 else 'pm'}"

    @property
    def clock24(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    @property
    def weekday_line(self) -> str:
        return f"{WEEKDAYS[(self.day + self.month) % 7]}, {self.full}"


def _when(rng: random.Random) -> _When:
    return _When(
        rng.randrange(12), rng.randint(1, 28), rng.choice([2025, 2025, 2026]), rng.randrange(24), rng.randrange(60)
    )


# --- the page around the story ---------------------------------------------------------------


def _search_box(rng: random.Random) -> list[str]:
    box = rng.choice([["Search", "Close this search box."], ["Search for:", "Search"], ["Type to search", "Search"]])
    return box + box if rng.random() < 0.7 else box  # printed twice, as the seed's


def _menu(rng: random.Random) -> list[str]:
    items = [m for m in MENU if rng.random() < 0.65]
    return ["Home", *[m for m in items if m != "Home"]] if len(items) >= 3 else ["Home", "World", "Business", "Tech"]


def _above(rng: random.Random, site: str, when: _When) -> list[str]:
    lines: list[str] = []
    if rng.random() < 0.4:
        lines.append("Skip to content")
    if rng.random() < 0.4:
        lines.append(when.weekday_line)  # the site's date bar: today's date, not the story's time
    lines += _search_box(rng)
    lines.append(site)
    if rng.random() < 0.4:
        lines.append(rng.choice(["Your window on Asia", "News that matters to our community", "Daily briefings"]))
    lines += _menu(rng)
    if rng.random() < 0.2:
        lines.append("   ")  # stray whitespace
    if rng.random() < 0.35:
        section = rng.choice(["World", "Asia", "Business", "News"])
        lines.append(f"Home » {section} » {rng.choice(['Korea', 'Politics', 'Markets', 'Region'])}")
    return lines


def _below(rng: random.Random, c: Case, site: str, when: _When, blogger: bool = False) -> list[str]:
    """Tags, share buttons, related posts, comments, footer; the footer's copyright fills the field only
    when the story has none."""
    lines: list[str] = [""]
    if blogger:
        lines += ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"]
        lines.append(f"Labels: {rng.choice(['Markets', 'World'])}, {rng.choice(['Economy', 'Asia', 'Reuters'])}")
        lines += ["No comments:", "Post a Comment", "Newer Post", "Older Post", "Home"]
        lines.append("Subscribe to: Post Comments (Atom)")
    else:
        if rng.random() < 0.6:
            lines.append(
                rng.choice(["Tags: ", "Tags "])
                + ", ".join(rng.sample(["Korea", "Asia", "Defense", "Economy", "Trade", "Politics"], 3))
            )
        if rng.random() < 0.7:
            lines += [rng.choice(["Share this:", "Share", "Share this article"]), "Facebook", "X", "WhatsApp"]
            if rng.random() < 0.5:
                lines += ["Telegram", "Print"]
        if rng.random() < 0.4:
            lines += ["Previous Post", rng.choice(TEASERS), "Next Post", rng.choice(TEASERS)]
        if rng.random() < 0.7:
            lines.append(rng.choice(["Related Posts", "Related", "You May Also Like", "More Stories"]))
            pool = TEASERS + (TAGGED_TEASERS if rng.random() < 0.4 else [])
            for teaser in rng.sample(pool, 3):
                lines.append(teaser)
                if rng.random() < 0.5:
                    lines.append(f"{MONTHS_FULL[rng.randrange(12)]} {rng.randint(1, 28)}, {when.year}")
        if rng.random() < 0.4:
            lines += [
                "Leave a Reply Cancel reply",
                "Your email address will not be published. Required fields are marked *",
                "Comment *",
                "Name *",
                "Email *",
                "Website",
                "Post Comment",
            ]
    lines += ["About Us", "Contact", "Privacy Policy"]
    if rng.random() < 0.75:
        notice = rng.choice(
            [f"© {when.year} {site}. All rights reserved.", f"Copyright © {when.year} {site}", f"© {when.year} {site}"]
        )
        lines.append(notice)
        if c.copyright is None:
            c.copyright = notice
    lines.append(
        "Powered by Blogger" if blogger else rng.choice(["Powered by WordPress", "Proudly powered by WordPress"])
    )
    return lines


def _post_meta(rng: random.Random, when: _When, writer: str) -> str:
    """A blog's post-meta line that names the poster."""
    views = f"{rng.randint(12, 4800):,}"
    return rng.choice(
        [
            f"Posted on {when.full} by {writer}",
            f"By {writer} | {when.full} | {rng.randint(2, 7)} min read",
            f"{when.full} by {writer}",
            f"By {writer} - {when.full}",
            f"By {writer} on {when.short} | {views} Views",
            f"{when.full} {when.clock} | {writer} | {rng.randint(2, 6)} min read",
        ]
    )


def _time_line(rng: random.Random, when: _When) -> str:
    """A site's time line with no writer on it."""
    return rng.choice(
        [
            f"Published: {when.full}",
            f"{when.full} {when.clock}",
            f"Last updated: {when.short} {when.clock24}",
            f"{when.dmy} | {rng.randint(2, 6)} min read",
            f"Posted: {when.slashed} {when.clock24}",
        ]
    )


def _artefacts(rng: random.Random, state: _Copy, d: Draft, words: float = 0.5, spaces: float = 0.3) -> None:
    body = list(d.body) or [d.lede]
    if rng.random() < words:
        _break_word(rng, state, body)
        if rng.random() < 0.3:
            _break_word(rng, state, body)
    if rng.random() < spaces and d.body:
        _stray_spaces(rng, state, d.body)


def _glue_signoff(state: _Copy, d: Draft, c: Case, signoff: str) -> None:
    """A sign-off glued after the last sentence: "... on Monday. (ANI)"."""
    last = d.body[-1] if d.body else d.lede
    state.change(last, _current(state, last) + " " + signoff)
    c.trailers += (signoff,)


# --- held-out templates ----------------------------------------------------------------------


def h_wp_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """The seed's page: a WordPress aggregator's select-all copy of a Yonhap story."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["K-Wire Today", "Peninsula Digest", "Seoul Brief Online", "Asia News Hub"])
    c.tags = rng.choice(YONHAP_TAGS_38)
    d.title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
    d.page_above = _above(rng, site, when)
    if rng.random() < 0.5:
        writer = rng.choice(["admin", *SITE_WRITERS])
        d.head.append(_post_meta(rng, when, writer))
        c.byline = writer
    if rng.random() < 0.5:
        c.place, c.date, c.agency = "SEOUL", f"{MONTHS_DOT[when.month]} {when.day}", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    if rng.random() < 0.3:
        email = rng.choice(["jhlee", "khj", "sarah", "yoon"]) + "@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    if rng.random() < 0.4:
        d.tail.append("(END)")
    d.tail.append("Source: Yonhap News Agency")
    c.source = "Yonhap News Agency"
    d.tail_blank = rng.random() < 0.7
    if rng.random() < 0.35:
        state.end_newline = False  # the seed: the copy ends on the source line
    else:
        d.page_below = _below(rng, c, site, when)
    state.after.append((d.title + "\n\n", d.title + "\n\n\n"))
    _artefacts(rng, state, d, words=0.7)


def h_blogger_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """A Blogger markets blog auto-posting Reuters: the date header over the post title."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["Market Pulse Daily", "The Ledger Lines", "Money Morning Notes"])
    c.tags = rng.choice(REUTERS_TAGS_38)
    d.title = "".join(f"{t}-" for t in c.tags) + d.title
    d.page_above = [
        "Skip to main content",
        "Search",
        "Search This Blog",
        site,
        "Markets, money and the economy",
        "Home",
    ]
    if rng.random() < 0.5:
        header = f"{WEEKDAYS[(when.day + when.month) % 7]}, {when.full}"
        d.page_above.append(header)  # Blogger's date header: the post's time, over its title
        c.head_lines += (header,)
        if rng.random() < 0.5:
            c.byline = rng.choice(AGENCY_WRITERS)
            d.head.append(f"By {c.byline}")
    else:
        writer = rng.choice(SITE_WRITERS)
        d.head.append(f"By {writer} - {when.full}")
        c.byline = writer
    city = rng.choice(["LONDON", "NEW YORK", "SINGAPORE", "TOKYO", "FRANKFURT", "MUMBAI"])
    c.place, c.date, c.agency, c.source = city, f"{MONTHS_PLAIN[when.month]} {when.day}", "Reuters", "Reuters"
    d.dateline = f"{city}, {c.date} (Reuters) -"
    who = rng.sample(AGENCY_WRITERS, 3)
    credit = f"Reporting by {who[0]} in {city.title()}; Editing by {who[1]}"
    if rng.random() < 0.3:
        credit = f"Reporting by {who[0]}; Additional reporting by {who[2]}; Editing by {who[1]}"
    d.tail.append(f"({credit})")
    c.credits = (credit,)
    closing = rng.random()
    if closing < 0.35:
        d.tail.append("Source: Reuters")
    elif closing < 0.6:
        d.tail.append("Via Reuters")
    d.page_below = _below(rng, c, site, when, blogger=True)
    _artefacts(rng, state, d, words=0.4)


def h_autoblog_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """An auto-publishing "news" site running an AP story from a member station's feed."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["USA Wire Today", "Daily National Report", "NewsFeed 247"])
    origin = rng.choice(["KVTR News 7", "WDLM 12 Action News", "The Harlow Sentinel"])
    d.page_above = _above(rng, site, when)
    c.agency, c.source = "AP", "AP"
    c.place = rng.choice(["WASHINGTON", "NEW YORK", "PHOENIX", "ATLANTA", "DENVER", "BOISE, Idaho", "MOBILE, Ala."])
    d.dateline = f"{c.place} (AP) —"
    style = rng.random()
    if style < 0.4:
        c.byline = " and ".join(rng.sample(AGENCY_WRITERS, rng.choice([1, 1, 2]))).upper()
        d.head += [f"By {c.byline}", "Associated Press"]
        c.source = "Associated Press"
    elif style < 0.7:
        c.byline = rng.choice(AGENCY_WRITERS)
        d.head.append(f"By {c.byline}, The Associated Press")
        c.source = "The Associated Press"
    if rng.random() < 0.6:
        d.head.append(_time_line(rng, when))
    d.head_joint = "\n" if rng.random() < 0.5 else "\n\n"
    if rng.random() < 0.6:
        d.tail.append("___")
        who, city = rng.choice(AGENCY_WRITERS), rng.choice(["Chicago", "Dallas", "Seattle"])
        credit = f"Associated Press writer {who} in {city} contributed to this report."
        d.tail.append(credit)
        c.credits = (credit,)
    if rng.random() < 0.6:
        c.copyright = (
            f"Copyright {when.year} The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed."
        )
        d.tail.append(c.copyright)
    if rng.random() < 0.5:
        note = f"The post {d.title} appeared first on {origin}."
        d.tail.append(note)
        c.credits += (note,)
    if rng.random() < 0.5:
        state.squeeze = True  # a scraper's text dump: one line per element, no blank line
        _break_links(rng, state, [d.lede, *d.body])
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.3)


def h_portal_afp(rng: random.Random, d: Draft, c: Case) -> None:
    """A Gulf or African regional portal running AFP: the agency in the writer's place."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["Gulf Brief", "Sahel Today", "Lagoon City Times", "Emirates Digest"])
    above = _above(rng, site, when)
    if rng.random() < 0.4:
        above.insert(len(above) - 2, "Breaking News")
    d.page_above = above
    credit = rng.choice(["AFP", "Agence France-Presse", "By AFP"])
    c.source = "Agence France-Presse" if credit == "Agence France-Presse" else "AFP"
    stamp = rng.choice(
        [
            f"Published: {when.dmy}, {when.clock24}",
            f"{when.short} | Updated {when.clock}",
            f"{when.slashed} {when.clock24} GMT",
        ]
    )
    if rng.random() < 0.3:
        d.head.append(f"AFP | {stamp}")  # the agency leading the time line
        c.source = "AFP"
    else:
        d.head += [credit, stamp]
        if credit == "By AFP":
            c.byline = "AFP"  # "By AFP" fills the byline (rounds 17-35; reconciled after the blind run)
    d.head_joint = "\n"
    place = rng.choice(["Paris", "PARIS", "Dubai", "Nairobi", "Kinshasa", "Cairo", "Abidjan", "Brussels"])
    c.place, c.agency = place, "AFP"
    d.dateline = f"{place} (AFP) -"
    if rng.random() < 0.4:
        c.copyright = rng.choice([f"© {when.year} AFP", "© Agence France-Presse"])
        d.tail.append(c.copyright)
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.4)


def h_community_xinhua(rng: random.Random, d: Draft, c: Case) -> None:
    """A diaspora community paper running Xinhua: its time line names the source."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["Harbor City Chinese Weekly", "Pacific Rim Report", "Lakeside Community Post"])
    d.page_above = _above(rng, site, when)
    c.source = "Xinhua"
    head = rng.random()
    if head < 0.4:
        d.head.append(f"{when.iso} {when.clock24} | Source: Xinhua")
    elif head < 0.7:
        writer = rng.choice(SITE_WRITERS)
        d.head.append(_post_meta(rng, when, writer))
        c.byline = writer
    else:
        d.head.append(_time_line(rng, when))
    place = rng.choice(["BEIJING", "BEIJING", "SHANGHAI", "WASHINGTON", "HONG KONG", "NAIROBI"])
    c.place, c.date, c.agency = place, f"{MONTHS_DOT[when.month]} {when.day}", "Xinhua"
    d.dateline = f"{place}, {c.date} (Xinhua) --"
    if rng.random() < 0.3:
        d.tail.append("Enditem")
    if rng.random() < 0.3:
        editor = f"Editor: {rng.choice(['Liu Min', 'Zhao Rui', 'Sun Jie'])}"
        d.tail.append(editor)
        c.credits = (editor,)
    if rng.random() < 0.3:
        d.tail.append("Source: Xinhua")
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.4, spaces=0.6)


def h_biz_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """A business-news blog republishing Bloomberg, tickers over the menu."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["Capital Street Journal", "The Deal Sheet", "Asia Markets Wire"])
    above = _above(rng, site, when)
    above.insert(0, f"DOW {rng.randint(38000, 46000):,}.{rng.randint(10, 99)} +0.{rng.randint(1, 9)}%")
    above.insert(1, f"S&P 500 {rng.randint(5000, 6500):,}.{rng.randint(10, 99)} -0.{rng.randint(1, 9)}%")
    d.page_above = above
    c.agency, c.source = "Bloomberg", "Bloomberg"
    d.dateline = "(Bloomberg) --"
    if rng.random() < 0.7:
        c.byline = " and ".join(rng.sample(AGENCY_WRITERS, rng.choice([1, 2])))
        d.head.append(f"By {c.byline}")
    if rng.random() < 0.6:
        d.head.append(f"{when.short} {when.clock} ET")
    d.head_joint = "\n"
    if rng.random() < 0.5:
        who = rng.choice(AGENCY_WRITERS)
        d.tail.append(f"--With assistance from {who}.")
        c.credits = (f"With assistance from {who}.",)
    if rng.random() < 0.4:
        d.tail.append("More stories like this are available on bloomberg.com")
    if rng.random() < 0.7:
        c.copyright = f"©{when.year} Bloomberg L.P."
        d.tail.append(c.copyright)
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.3)


def h_india_portal(rng: random.Random, d: Draft, c: Case) -> None:
    """An Indian auto-publishing portal running PTI, ANI or IANS from the feed, with its disclaimer."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["Desi Times Online", "NewsHub 24x7", "Bharat Daily Live"])
    d.page_above = _above(rng, site, when)
    agency = rng.choice(["PTI", "ANI", "IANS"])
    c.agency = c.source = agency
    city = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru"])
    if rng.random() < 0.5:
        d.head.append(f"{agency} | Updated: {when.short}, {when.clock24} IST")
    else:
        d.head.append(f"Last Updated: {MONTHS_SHORT[when.month]} {when.day}, {when.year}, {when.clock24} IST")
    if agency == "ANI":
        c.place, c.date = city, f"{MONTHS_FULL[when.month]} {when.day}"
        # (the bracketed country is no part of the place, round 29: reconciled after the blind run)
        d.dateline = f"{city} [India], {c.date} (ANI):"
        _glue_signoff(state, d, c, "(ANI)")
    else:
        c.place, c.date = city, f"{MONTHS_SHORT[when.month]} {when.day}"
        d.dateline = f"{city}, {c.date} ({agency})"
        if agency == "PTI":
            slug = "PTI " + " ".join(rng.sample(["ABC", "KVK", "RT", "SKU", "NSD", "DV", "MNK"], 3))
            d.tail.append(slug)
            c.credits = (slug,)
        else:
            d.tail.append("--IANS")
            desk = rng.choice(["ab/kvd", "sk/dan", "rvt/svn"])
            d.tail.append(desk)
            c.credits = (desk,)
    if rng.random() < 0.6:
        d.tail.append(
            rng.choice(
                [
                    f"(Except for the headline, this story has not been edited by {site} staff and is published "
                    "from a syndicated feed.)",
                    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
                ]
            )
        )
    d.tail_blank = rng.random() < 0.5
    below = _below(rng, c, site, when)
    below.insert(1, "Follow us on Google News")
    d.page_below = below
    _artefacts(rng, state, d, words=0.5)


def h_sea_portal(rng: random.Random, d: Draft, c: Case) -> None:
    """A Malaysian or Indonesian regional portal running Bernama or ANTARA."""
    state = _copy(d)
    when = _when(rng)
    if rng.random() < 0.5:
        site = rng.choice(["Borneo Herald Online", "Straits Morning"])
        d.page_above = _above(rng, site, when)
        d.head.append(f"By Bernama | {when.slashed} {when.clock}")
        c.byline = "Bernama"  # (an agency after "By" fills the byline: reconciled after the blind run)
        city = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "KOTA KINABALU", "GEORGE TOWN"])
        c.place, c.date, c.agency = city, f"{MONTHS_PLAIN[when.month]} {when.day}", "Bernama"
        d.dateline = f"{city}, {c.date} (Bernama) --"
        d.tail.append("-- BERNAMA")
        c.source = "BERNAMA"
    else:
        site = rng.choice(["Nusantara Today", "Java Post Online"])
        d.page_above = _above(rng, site, when)
        d.head.append(f"{when.dmy} {when.clock24} WIB")
        city = rng.choice(["Jakarta", "Surabaya", "Denpasar", "Makassar"])
        c.place, c.agency, c.source = city, "ANTARA", "ANTARA"
        d.dateline = f"{city} (ANTARA) -"
        if d.body and rng.random() < 0.5:
            related = f"Related news: {rng.choice(TEASERS)}"
            state.after.append((d.body[0], related + "\n\n" + d.body[0]))
        names = ", ".join(rng.sample(["Ayu Lestari", "Bima Santoso", "Dewi Kartika"], rng.choice([1, 2])))
        reporter = f"Reporter: {names}"
        editor = f"Editor: {rng.choice(['Rudi Hartono', 'Sri Wahyuni'])}"
        c.copyright = f"Copyright © ANTARA {when.year}"
        d.tail += [reporter, editor, c.copyright]
        # (the closing reporter's line names the byline, rounds 5, 19, 23: reconciled after the blind run)
        c.byline, c.credits = names, (editor,)
        d.tail_blank = False
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.5)


def h_diaspora_europe(rng: random.Random, d: Draft, c: Case) -> None:
    """An expatriate or diaspora site running Anadolu, dpa or EFE, closing on its own credit line."""
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["The Anatolian Courier", "Iberia Expat News", "Rhine Valley English"])
    d.page_above = _above(rng, site, when)
    if rng.random() < 0.6:
        writer = rng.choice(SITE_WRITERS)
        d.head.append(
            rng.choice([f"By {writer} · {when.full}", f"{writer} · {when.short} · {rng.randint(2, 5)} min read"])
        )
        c.byline = writer
    else:
        d.head.append(_time_line(rng, when))
    agency = rng.choice(["Anadolu", "dpa", "EFE"])
    if agency == "Anadolu":
        city = rng.choice(["ANKARA", "ISTANBUL"])
        c.place = city
        state.after.append((d.lede, f"{city}\n\n{d.lede}"))  # AA's place alone over the lede
        closing = rng.choice(["Source: Anadolu Agency", "Via Anadolu Agency"])
        c.source = "Anadolu Agency"
    elif agency == "dpa":
        city = rng.choice(["Berlin", "Hamburg", "Vienna"])
        c.place, c.agency = city, "dpa"
        d.dateline = f"{city} (dpa) -"
        closing = rng.choice(["Courtesy: dpa", "Source: dpa"])
        c.source = "dpa"
    else:
        city = rng.choice(["Madrid", "Barcelona", "Bogotá"])
        c.place, c.agency, c.date = city, "EFE", f"{MONTHS_SHORT[when.month]} {when.day}"
        d.dateline = f"{city}, {c.date} (EFE).-"
        closing = rng.choice(["Source: EFE", "Courtesy: EFE"])
        c.source = "EFE"
    d.tail.append(closing)
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.5)


def h_community_pa_aap(rng: random.Random, d: Draft, c: Case) -> None:
    """A British or Australian community paper running PA or AAP copy."""
    state = _copy(d)
    when = _when(rng)
    writer = rng.choice(AGENCY_WRITERS)
    c.byline = writer
    if rng.random() < 0.5:
        site = rng.choice(["Westfield Gazette", "The Coastline Courier"])
        role = rng.choice(["PA Political Correspondent", "PA Home Affairs Correspondent", "PA Reporter"])
        d.head.append(f"By {writer}, {role}")
        c.source = "PA"
        d.head.append(f"{when.day} {MONTHS_SHORT[when.month]} {when.year}, {when.clock24}")
    else:
        site = rng.choice(["Riverina Local", "Bayside Community News"])
        if rng.random() < 0.5:
            d.head += [writer, "Australian Associated Press"]
            c.source = "Australian Associated Press"
        else:
            d.head.append(f"{writer} | AAP")
            c.source = "AAP"
        d.head.append(f"Updated {when.dmy} {when.clock}")
    d.head_joint = "\n" if rng.random() < 0.5 else "\n\n"
    d.page_above = _above(rng, site, when)
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.5)


def h_extracted(rng: random.Random, d: Draft, c: Case) -> None:
    """An extractor's output of such a page: no chrome; Kyodo, UPI or Yonhap copy."""
    state = _copy(d)
    when = _when(rng)
    agency = rng.choice(["Kyodo", "UPI", "Yonhap"])
    if agency == "Kyodo":
        d.head.append("KYODO")
        c.source = "KYODO"
        c.place = "TOKYO"
        d.dateline = "TOKYO –"
        if rng.random() < 0.5:
            d.tail.append("==Kyodo")
    elif agency == "UPI":
        c.date, c.agency, c.source = f"{MONTHS_DOT[when.month]} {when.day}", "UPI", "UPI"
        if rng.random() < 0.5:
            c.place = rng.choice(["WASHINGTON", "SEOUL", "LONDON"])
            d.dateline = f"{c.place}, {c.date} (UPI) --"
        else:
            d.dateline = f"{c.date} (UPI) --"
        if rng.random() < 0.5:
            c.byline = rng.choice(AGENCY_WRITERS)
            d.head.append(f"By {c.byline}")
        c.copyright = f"Copyright {when.year} United Press International, Inc. All Rights Reserved."
        d.tail.append(c.copyright)
    else:
        c.tags = rng.choice(YONHAP_TAGS_38)
        d.title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
        c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_DOT[when.month]} {when.day}", "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        d.tail.append("(END)")
        if rng.random() < 0.5:
            d.tail.append("Source: Yonhap News Agency")
            c.source = "Yonhap News Agency"
    if rng.random() < 0.5:
        d.head.append(_time_line(rng, when))
    d.head_joint = "\n"
    _artefacts(rng, state, d, words=0.5, spaces=0.5)


def h_text_dump(rng: random.Random, d: Draft, c: Case) -> None:
    """A scraper's ``get_text("\\n")`` of an aggregator's page: one element a line, links on lines of
    their own, chrome printed twice; Reuters, AP, AFP, Xinhua, Yonhap or EFE copy."""
    state = _copy(d)
    state.squeeze = True
    when = _when(rng)
    site = rng.choice(["World News Pulse", "GlobalPost Now", "Headline Hub"])
    d.page_above = _above(rng, site, when)
    writer = rng.choice(["admin", "editor", *SITE_WRITERS])
    if rng.random() < 0.7:
        d.head.append(rng.choice([f"Posted on {when.full} by {writer}", f"By {writer} - {when.full}"]))
        c.byline = writer
    else:
        d.head.append(_time_line(rng, when))
    agency = rng.choice(["Reuters", "AP", "AFP", "Xinhua", "Yonhap", "EFE"])
    c.agency = c.source = agency
    if agency == "Reuters":
        c.place, c.date = "SINGAPORE", f"{MONTHS_PLAIN[when.month]} {when.day}"
        d.dateline = f"SINGAPORE, {c.date} (Reuters) -"
        credit = f"Reporting by {rng.choice(AGENCY_WRITERS)}; Editing by {rng.choice(AGENCY_WRITERS)}"
        d.tail.append(f"({credit})")
        c.credits = (credit,)
    elif agency == "AP":
        c.place = rng.choice(["CHICAGO", "LOS ANGELES", "MIAMI"])
        d.dateline = f"{c.place} (AP) —"
    elif agency == "AFP":
        c.place = rng.choice(["Geneva", "Bangkok", "Lagos"])
        d.dateline = f"{c.place} (AFP) -"
        slug = rng.choice(["burs-jm/dw", "sah/mtp", "kma/ser"])
        d.tail.append(slug)
        c.credits = (slug,)
    elif agency == "Xinhua":
        c.place, c.date = "BEIJING", f"{MONTHS_DOT[when.month]} {when.day}"
        d.dateline = f"BEIJING, {c.date} (Xinhua) --"
    elif agency == "Yonhap":
        c.place, c.date = "SEOUL", f"{MONTHS_DOT[when.month]} {when.day}"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        d.tail.append("(END)")
    else:
        c.place, c.date = "Madrid", f"{MONTHS_SHORT[when.month]} {when.day}"
        d.dateline = f"Madrid, {c.date} (EFE).-"
    if rng.random() < 0.5:
        d.tail.append(f"Source: {agency}")
    d.page_below = _below(rng, c, site, when)
    _break_links(rng, state, [d.lede, *d.body])
    _artefacts(rng, state, d, words=0.5)


HELD_OUT_38: dict[str, Template] = {
    "wp-yonhap": h_wp_yonhap,
    "blogger-reuters": h_blogger_reuters,
    "autoblog-ap": h_autoblog_ap,
    "portal-afp": h_portal_afp,
    "community-xinhua": h_community_xinhua,
    "biz-bloomberg": h_biz_bloomberg,
    "india-portal": h_india_portal,
    "sea-portal": h_sea_portal,
    "diaspora-europe": h_diaspora_europe,
    "community-pa-aap": h_community_pa_aap,
    "extracted": h_extracted,
    "text-dump": h_text_dump,
}


# --- negatives: the same sites' own staff posts -----------------------------------------------

QUOTED_DATELINES = [
    '"SEOUL, Nov. 3 (Yonhap) --" was how the forwarded message opened, and most members who shared it never '
    "read past that first line.",
    'A screenshot that began "TOKYO (Kyodo) --" circulated in the association\'s group chat last week, but the '
    "story it showed was three years old.",
    'The clipping on the noticeboard, datelined "KUALA LUMPUR, March 2 (Bernama) --", has hung there since the '
    "club first opened its doors.",
]
SOURCE_SENTENCES = [
    "Source: figures the transport office released on Friday show ridership rose 12 percent in October.",
    "Via the new ferry link, the trip from the harbour to the island now takes less than an hour.",
    "Courtesy of the city archive, the photographs will stay on display in the library until March.",
    "Our source for the rent figures is the housing survey that the council publishes every spring.",
]
AGENCY_ENDINGS = [
    "Yonhap News Agency first reported the plan in October, citing officials at the ministry.",
    "Reuters and AFP photographers covered the opening, the organisers said.",
    "The festival was featured in a Bernama report last year, which brought visitors from across the region.",
    "An AP story on the same fund drew hundreds of letters from readers, the committee said.",
]
BRACKET_HEADLINES = [
    "(Almost) everything you need to know about the new bus routes",
    "The (un)official guide to this year's lantern festival",
    "(Not) another budget story: what the council actually agreed",
    "Why the night market (still) matters to the neighbourhood",
    "Ten [mostly] free things to do in the city this weekend",
]


def _staff_page(rng: random.Random, d: Draft, c: Case) -> tuple[_Copy, _When, str]:
    state = _copy(d)
    when = _when(rng)
    site = rng.choice(["Lakeside Korean Journal", "Harbor City Post", "Desi Times Online", "Nusantara Today"])
    d.page_above = _above(rng, site, when)
    return state, when, site


def n_quoted_dateline(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff post whose lede quotes a wire dateline."""
    state, when, site = _staff_page(rng, d, c)
    writer = rng.choice(SITE_WRITERS)
    d.head.append(_post_meta(rng, when, writer))
    c.byline = writer
    quote = rng.choice(QUOTED_DATELINES)
    if rng.random() < 0.6:
        d.body.insert(0, d.lede)
        d.lede = quote
    else:
        d.body.insert(min(1, len(d.body)), quote)
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.3)


def n_source_sentence(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff post whose last paragraph opens with "Source:", "Via" or "Courtesy of" in a sentence."""
    state, when, site = _staff_page(rng, d, c)
    d.head.append(_time_line(rng, when))
    d.body.append(rng.choice(SOURCE_SENTENCES))
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.3)


def n_bracket_headline(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff post under a headline with a bracketed word that is no tag."""
    state, when, site = _staff_page(rng, d, c)
    d.title = rng.choice(BRACKET_HEADLINES)
    writer = rng.choice(["admin", *SITE_WRITERS])
    d.head.append(f"Posted on {when.full} by {writer}")
    c.byline = writer
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.3)


def n_author_quoted(rng: random.Random, d: Draft, c: Case) -> None:
    """A community post by a writer who is quoted in it, ending on a paragraph that names an agency."""
    state, when, site = _staff_page(rng, d, c)
    writer = rng.choice(SITE_WRITERS)
    d.head.append(rng.choice([f"By {writer}", f"By {writer} | {when.full}"]))
    c.byline = writer
    quote = (
        f'"We have waited a long time for this," said {writer}, who chairs the residents\' committee and '
        "wrote to the council twice last year."
    )
    d.body.insert(min(1, len(d.body)), quote)
    d.body.append(rng.choice(AGENCY_ENDINGS))
    d.page_below = _below(rng, c, site, when)
    _artefacts(rng, state, d, words=0.3)


NEGATIVES_38: dict[str, Template] = {
    "staff-quoted-dateline": n_quoted_dateline,
    "staff-source-sentence": n_source_sentence,
    "staff-bracket-headline": n_bracket_headline,
    "staff-author-quoted": n_author_quoted,
}
