"""Round-thirty-four templates for the wire harness: a final exam across the kinds of copy users meet.

Written blind, before any round-thirty-four rule and without reading the rules or the earlier rounds'
templates, from the seed (``../shared/seed/000_2d0b4bed61e9544a.txt``: a "(LEAD)" Yonhap story on a
WordPress aggregator, words broken by newlines, "Source: Yonhap News Agency" under it) and from how
the main agencies' copy reaches a news-corpus builder or a journalist in 2025-2026, one (agency x
outlet x copy mode) combination per template, spread as widely as twelve allow: Reuters on
reuters.com copied whole (select all); AP on a US local paper's site as an article extractor outputs
it; Yonhap English, its own page copied whole or as a scraper's ``get_text("\\n")`` lines; AFP on Gulf
and African papers (Arab News, Gulf News, the Daily Nation); Xinhua on its English site and on China
Daily; Kyodo on the Japan Times and on its own English site; PTI and ANI on Indian portals (Business
Standard, ThePrint); Bernama and ANTARA on Southeast Asian sites (Malay Mail, the New Straits Times,
ANTARA English); dpa international and EFE English on clients' pages; Bloomberg on finance portals
(Yahoo Finance, BNN Bloomberg); PA Media and AAP on regional sites (a Newsquest paper, the Canberra
Times, SBS); and an RSS feed's full text (a WordPress feed of AP copy, a Reuters feed with the wire's
prefixes and notes, a Google News title ending " - Reuters"). Every name, address and sentence here is
made up; only the shapes are the pages'.

Contract (the harness' fields), following the choices rounds seventeen to thirty-three list as
settled:

- Tags: the headline's labels as printed: Yonhap's bracketed tags in order ("(LEAD) (Asiad)" gives
  "LEAD", "Asiad"; "(Olympics)" an event tag as "(Asiad)"); reuters.com's "Exclusive:", "Explainer:",
  "Factbox:", "Analysis:" labels; the wire's prefixes ("UPDATE 2-", "EXCLUSIVE-", "CORRECTED-",
  "FACTBOX-", "REFILE-", "CORRECTED-UPDATE 1-" gives "CORRECTED", "UPDATE 1"); "BREAKING:". A title
  ending " - Reuters" names the source and gives no tag. A tagged headline in a page's list ("Most
  Viewed", "Articles with the same keyword", "Latest") is not the story's tag.
- ``place``, ``date``, ``agency`` as the dateline prints them: "SEOUL, Nov. 30 (Yonhap) --", "TOKYO, Nov
  30 (Reuters) -", "COLUMBUS, Ohio (AP) —" (place with its state), "Kinshasa (AFP) -", "BEIJING, Nov.
  30 (Xinhua) --", "New Delhi, Nov 30 (PTI)" (no dash), "New Delhi [India], November 30 (ANI):" (the
  bracketed country no part of the place), "Jakarta (ANTARA) -", "Surabaya, East Java (ANTARA) -",
  "KUALA LUMPUR, Nov 30 —" (place and date), "KUALA LUMPUR:" and "Beirut:"-like colon datelines (place
  only), the Japan Times' "OSAKA –" (place only), Kyodo's "BEIJING -" (place only), "Berlin (dpa) -",
  "Madrid, Nov 30 (EFE).-", "(Bloomberg) --" (agency only).
- ``byline``: the writer's name as printed, roles and outlets cut ("By JANE DOE and JOHN ROE" over
  "Associated Press" gives "JANE DOE and JOHN ROE"; "By Jane Doe, John Roe and Mary Major" gives the
  three names as printed; "By JANE DOE, AP Business Writer" gives "JANE DOE"; "Jane Doe, Bloomberg
  News" gives "Jane Doe"; "Jane Doe | AAP" gives "Jane Doe"; "By Jane Doe, PA Political
  Correspondent" gives "Jane Doe"; "By Meg James Staff Writer" gives "Meg James"); an agency in the
  byline's place fills it too ("By The Associated Press" gives "The Associated Press", "By AFP" gives
  "AFP", "By Bernama - November 30, 2026 @ 2:20pm" gives "Bernama", China Daily's "By Xinhua |
  chinadaily.com.cn | Updated: ..." gives "Xinhua"); Yahoo Finance's bare author line over its time
  line gives the name(s); ANTARA's closing "Reporter: NAME" gives the byline (no credit).
- ``source``: "Source: X" is the strongest (SBS's "Source: AAP"); then the agency named in the head by
  the byline, an affiliation or a provider line as printed ("Associated Press", "The Associated
  Press", "AP" of "AP Business Writer", "AFP", "Xinhua" of Xinhua's one-line record and of China
  Daily's, "Kyodo" of the Japan Times' provider line, "KYODO NEWS" of Kyodo's head line, "Press Trust
  of India" of Business Standard's "Press Trust of India | New Delhi", "PTI" and "ANI" over ThePrint's
  time line, "Bernama", "dpa" of "By NAME, dpa", "EFE" over its place-and-time line, "Bloomberg News",
  "PA", "AAP"); then the dateline's agency; then a closing sign-off as printed ("— Bernama" gives
  "Bernama"); a title ending " - Reuters" gives "Reuters". Pages that credit no agency in the story's
  lines have no source.
- Head lines (out of the text): the story's byline, affiliation, provider, time lines and notes about
  the copy between the headline and the lede, as printed: reuters.com's glued "November 30,
  20262:14 PM GMT+9Updated 2 hours ago", "Updated 3:12 PM EST, November 30, 2026", BLOX's "Nov 30,
  2026 Updated 2 hrs ago", "All News 11:20 November 30, 2026", "Source: Xinhua| 2026-11-30
  14:20:15|Editor: NAME", "KYODO NEWS - Nov 30, 2026 - 11:20 | All, World", "Last Updated : Nov 30 2026
  | 2:20 PM IST", RSS' "Sun, 30 Nov 2026 05:20:00 +0000", Reuters' "(Corrects ...)" and "(Adds ...)"
  notes, "Source: AAP".
- Trailers (out of the text): the story's closing lines from its last paragraph down to the first line
  of chrome: Reuters' "Reporting by ...; Editing by ..." (a credit as printed, brackets cut) and "Our
  Standards: The Thomson Reuters Trust Principles., opens new tab"; AP's "___", contributors' line (a
  credit) and notice (the ``copyright``); Yonhap's reporter e-mail (a credit) and "(END)"; AFP's desk
  code (a credit) and "© Agence France-Presse" (the ``copyright``); Xinhua's "Enditem"; Kyodo's
  "Related coverage:" block (the label and the headlines under it); Business Standard's and ThePrint's
  syndication notes (no field); PTI's desk code "PTI ABC DEF" (a credit); a glued "(ANI)" (a trailer
  cut from the last paragraph); "— Bernama" (names the source); ANTARA's "Reporter:" (byline),
  "Editor:" (a credit) and "Copyright © ANTARA 2026" (the ``copyright``); EFE's desk code (a credit);
  Bloomberg's "--With assistance from NAME." (credit without the dashes), "More stories like this are
  available on bloomberg.com" and "©2026 Bloomberg L.P." (the ``copyright``); a closing "AAP" under an
  AAP byline (no field); WordPress' "The post TITLE appeared first on SITE." (a credit as printed).
- Page chrome is no field (round twenty-two): menus, search boxes, section labels, share buttons,
  keyword and "Most Viewed" / "Read Next" / "Latest" lists (with their tagged and datelined teasers),
  the page's ``<title>`` line, footers -- written outside the draft's head, body and tail
  (``page_above``, ``page_below``), so nothing is expected of it; the site's footer notice fills
  ``copyright`` only when the story prints none of its own (round twenty-two, reconciled).

Choices made before the blind run, for the details of this round:

- Scraper artefacts. Yonhap's ``get_text`` copy keeps one element a line: the page's ``<title>``
  ("HEADLINE | Yonhap News Agency", the headline doubled) opens it, the head lines are glued under the
  headline, the closing lines are adjacent, and one paragraph is broken into lines where its inline
  links were (at word boundaries: every sentence is expected whole, with a space where the line broke).
  A few pages were decoded with the wrong code page: mojibake ("â€™" for "’") stands in the headline and
  chrome only. Words broken INSIDE (the seed's "bolste\\nr") are not written: the harness compares the
  sentences as the template wrote them, so a correct rejoin would be counted as a loss.
- Arab News and Gulf News print AFP's copy under an "AFP" provider line with a colon dateline
  ("BEIRUT:", "Cairo:"): place only, source "AFP". The Daily Nation prints "By AFP" over AFP's own
  dateline: byline, source and dateline agency "AFP".
- Kyodo's own site prints Tokyo stories with no dateline (place none) and foreign ones under "BEIJING
  -"-like datelines (place only); the source is "KYODO NEWS" of its head line.
- The Newsquest paper prints PA's story without a dateline; ThePrint's ANI story glues "(ANI)" to its
  last paragraph.
- Reuters' feed items keep the desk's note about the copy ("(Corrects ...)", "(Adds ...)") on the line
  above the dateline: a head line. A Google News item's title ends " - Reuters" (source "Reuters").
- Negatives (no agency; nothing is metadata but the footer's copyright where the page prints one, and
  the staff byline and time line of the last one; every paragraph stays): a staff story whose
  sentences credit Reuters and AP, quote Yonhap's "(LEAD)" and end on "... when contacted by Reuters.";
  a staff story between "Latest" lists of datelined agency teasers with times ("SEOUL, Nov. 30 (Yonhap)
  -- ...", "LONDON, Nov 30 (Reuters) - ...", "WASHINGTON (AP) — ..."); an explainer with a "By the
  numbers" heading, figure lines and a paragraph opening "Source of the outage:"; a local paper's staff
  story under "By NAME Staff Writer" whose lede opens "By Sunday evening," and whose paragraphs name an
  e-mail address, "Reporting by the newspaper ..." and AP and AFP photographers.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-34 and negatives-34 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-34 P | held-out-34 R | negatives-34 P | negatives-34 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 0.982 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | 1.000 | 1.000 |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 0.991 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.934 | – | – |
    | head lines | 1.000 | 1.000 | 1.000 | 1.000 |

Body sentences lost: held-out-34 4/3966, negatives-34 0/1738. The other sets are untouched by this
round (each group draws from its own generator); the same run printed ground-truth texts 2/94270 (5
timestamp lines taken from the head), held-out-30 1/3904 and held-out-33 1/4296, 0 lost in every other
set.

22 of the 480 held-out-34 articles missed something (kyodo-34 12, sea-34 7, yna-34 3); reuters-com-34,
ap-local-extractor-34, afp-gulf-africa-34, xinhua-34, india-34, dpa-efe-34, bloomberg-34, pa-aap-34
and feed-34 came through whole, and no negatives-34 article missed anything (every precision 1.000).
The misses, by cause (articles):

- Kyodo's "Related coverage:" block under the story on Kyodo's own site (12 of 12 articles that carry
  it): the chrome pass takes the label and the two headlines under it as a section heading and its
  list (reason 'section heading "related coverage" (en lexicon)'), so the wire pass never lists them:
  36 expected trailers missed (the settled contract, rounds twenty and thirty, makes them the wire's
  trailers with no field; nothing else of these articles was missed).
- The New Straits Times' colon dateline "JOHOR BARU:" (7 of 7 articles with that city): no dateline
  read, place missed; "KUALA LUMPUR:", "PUTRAJAYA:" and "IPOH:" of the same template were read, and
  the byline and source "Bernama" of "By Bernama - ... @ ..." were read in all 7.
- Yonhap's ``get_text`` lines (3 of the 24 such articles): when the paragraph broken at its inline links
  ("... after the\\nWF-1000XM5\\nadvanced ...", "Marie\\nYovanovitch\\nhas ...") is the story's last,
  the chrome pass takes it with the closing lines under it as "after the article ended (section
  heading "Most Viewed")": the 4 lost sentences, 3 "(END)" and 2 reporter e-mails (the credits) missed
  as trailers. The same break in a paragraph higher up was rejoined whole (with its spaces) in every
  other article, and the doubled ``<title>`` line, the glued head lines and the "(LEAD)" teasers of the
  lists were handled.

No template bug was found in the misses (each expected field above is what the settled contract asks
for), so the figures above are the first and only blind run. Contract choices of this round that
differ from the settled contract: none found (Kyodo's "Related coverage:" block as trailers is rounds
twenty and thirty's, the colon dateline as a place only is rounds eighteen and twenty-three's, the
e-mail as a credit and "(END)" as a trailer are settled since round seventeen). Seen, not scored: a
paragraph's word broken inside (the seed's "bolste\\nr") and mojibake inside the story's own lines are
not written, the harness would count a correct repair as a loss.

After fitting (branch ``fit34``; the same articles), the held-out-34 and negatives-34 columns as
printed::

    | field | held-out-34 P | held-out-34 R | negatives-34 P | negatives-34 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | 1.000 | 1.000 |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 1.000 | – | – |
    | head lines | 1.000 | 1.000 | 1.000 | 1.000 |

Body sentences lost: held-out-34 0/3966 (main, after the fits of rounds thirty-one to thirty-three:
2/3966, place 0.982, trailers 0.941), negatives-34 0/1738; no held-out-34 article misses anything.
Every other set printed what it printed before (held-out-30 1/3904, held-out-33 1/4296, 0 elsewhere,
every precision as before; ground-truth texts 2/94270; real page heads wcxb 0.847 / 0.750, zyte 0.917 /
0.905; chrome Zyte all 0.930, WCXB all 0.922, clean texts losing lines 1/0/1/1, seed 0; titles Zyte 132
exact / 26 wrong, WCXB 478 / 97).

What was fixed, by cause: an agency's own block of related headlines under its story -- a label
printed with a colon ("Related coverage:", where the page's own heading has none) over headline-shaped
lines, right under the last paragraph or its closing lines, with the page's chrome or the end of the
text under it -- is left by the chrome pass among the closing lines, and the wire pass takes it as
trailers (Kyodo's 12 articles, 36 trailers); a colon dateline of two or three words in capitals that
no list knows ("JOHOR BARU:", the gazetteer's Johor Bahru), each too rare to be a lede's word and none a
given name, is read under a head that named the agency, and an agency in the byline's place ("By
Bernama - ...") now vouches for a colon dateline as a head's provider line does (the New Straits
Times' 7); a last paragraph broken at its links that is longer than a short statement stays the body's
when a line of it reads as prose of its own (Yonhap's get_text page: 2 sentences, its "(END)").
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

WRITERS = [
    "Hannah Cole",
    "Ravi Menon",
    "Park Ji-won",
    "Tomás Ibarra",
    "Aiko Saito",
    "Nomvula Dlamini",
    "Liam O'Connor",
    "Siti Aminah",
    "Mehmet Yilmaz",
    "Claire Dubois",
    "Daniel Okafor",
    "Erin McAllister",
]
MONTHS_FULL = [
    *["January", "February", "March", "April", "May", "June"],
    *["July", "August", "September", "October", "November", "December"],
]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_REUTERS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PRINT_NOTE = "ThePrint holds no responsibility for its content."
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Stamp:
    """One publication time, printed in the outlets' formats."""

    def __init__(self, rng: random.Random) -> None:
        self.year = rng.choice([2025, 2026, 2026])
        self.month = rng.randrange(12)
        self.day = rng.randint(1, 28)
        self.hour = rng.randint(0, 23)
        self.minute = rng.randint(0, 59)
        self.second = rng.randint(0, 59)
        self.weekday = WEEKDAYS[rng.randrange(7)]

    @property
    def h12(self) -> str:
        return str(self.hour % 12 or 12)

    @property
    def ampm(self) -> str:
        return "AM" if self.hour < 12 else "PM"

    def full(self) -> str:  # "November 30, 2026"
        return f"{MONTHS_FULL[self.month]} {self.day}, {self.year}"

    def iso(self) -> str:  # "2026-11-30"
        return f"{self.year}-{self.month + 1:02d}-{self.day:02d}"

    def hm(self) -> str:  # "14:20"
        return f"{self.hour:02d}:{self.minute:02d}"

    def clock(self) -> str:  # "2:20 PM"
        return f"{self.h12}:{self.minute:02d} {self.ampm}"


def _names(rng: random.Random, most: int = 2, caps: bool = False) -> str:
    """One to ``most`` writers as a byline prints them ("A", "A and B", "A, B and C"); AP's capitals
    leave the "and" alone ("JANE DOE and JOHN ROE")."""
    people = [p.upper() if caps else p for p in rng.sample(WRITERS, rng.randint(1, most))]
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]


def _break_at_links(text: str, rng: random.Random) -> str:
    """A paragraph as ``get_text("\\n")`` prints it when names in it were links: broken into lines
    at word boundaries around one or two capitalised words."""
    words = text.split(" ")
    spots = [i for i in range(1, len(words) - 1) if words[i][:1].isupper()]
    if not spots:
        return text
    for i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), reverse=True):
        words[i] = "\n" + words[i] + "\n"
    return " ".join(words).replace(" \n", "\n").replace("\n ", "\n")


def _mojibake(text: str) -> str:
    """Text decoded with the wrong code page: UTF-8 read as Windows-1252."""
    return text.replace("'", "’").encode("utf-8").decode("cp1252", errors="replace")


# --- 1. Reuters on reuters.com, copied whole ------------------------------------------------


def t_reuters_com(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    place, zone, city = rng.choice(
        [
            ("SEOUL", "GMT+9", "Seoul"),
            ("TOKYO", "GMT+9", "Tokyo"),
            ("LONDON", "GMT", "London"),
            ("WASHINGTON", "GMT-5", "Washington"),
            ("NEW DELHI", "GMT+5:30", "New Delhi"),
            ("BRUSSELS", "GMT+1", "Brussels"),
            ("SINGAPORE", "GMT+8", "Singapore"),
            ("JOHANNESBURG", "GMT+2", "Johannesburg"),
        ]
    )
    label = rng.choice(["Exclusive", "Explainer", "Factbox", "Analysis", None, None, None])
    if label:
        d.title = f"{label}: {d.title}"
        c.tags = (label,)
    section = rng.choice(["Asia Pacific", "Europe", "Americas", "Africa", "World", "Markets"])
    c.byline = _names(rng, 3)
    updated = rng.choice(["", f"Updated {rng.randint(1, 9)} hours ago", "Updated 42 mins ago"])
    d.head = [f"By {c.byline}", f"{s.full()}{s.clock()} {zone}{updated}"]
    d.head_joint = "\n"
    c.place, c.date, c.agency, c.source = place, f"{MONTHS_REUTERS[s.month]} {s.day}", "Reuters", "Reuters"
    d.dateline = f"{place}, {c.date} (Reuters) -"
    who = rng.sample(WRITERS, 3)
    credit = f"Reporting by {who[0]} in {city}; Editing by {who[1]}"
    if rng.random() < 0.4:
        credit = f"Reporting by {who[0]} in {city}; Additional reporting by {who[2]}; Editing by {who[1]}"
    c.credits = (credit,)
    d.tail = [credit, "Our Standards: The Thomson Reuters Trust Principles., opens new tab"]
    d.page_above = [
        *["Skip to main content", "Exclusive news, data and analytics for financial market professionals"],
        *["Learn more about", "LSEG", "", "Reuters", "World", "Business", "Markets", "Sustainability", "Legal"],
        *["Commentary", "Technology", "Investigations", "More", "My News", "Sign In", "Register", "", section],
    ]
    footer = f"© {s.year} Reuters. All rights reserved"
    d.page_below = [
        "",
        "Suggested Topics:",
        section,
        "Politics",
        "",
        "Share",
        "X",
        "Facebook",
        "Linkedin",
        "Email",
        "Link",
        "Purchase Licensing Rights",
        "",
        "Read Next",
        section,
        "Rescuers search for survivors after quake strikes remote region",
        f"{rng.randint(2, 9)} hours ago",
        "Markets",
        "Oil steadies as traders weigh supply risks against weak demand",
        "an hour ago",
        "",
        "Site Index",
        "Browse",
        "World",
        "Business",
        "Markets",
        "About Reuters",
        "About Reuters, opens new tab",
        "Careers, opens new tab",
        "Reuters News Agency, opens new tab",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        footer,
    ]
    c.copyright = footer


# --- 2. AP on a US local paper's site, an extractor's output ----------------------------------


def t_ap_local_extractor(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    place = rng.choice(
        ["COLUMBUS, Ohio", "SACRAMENTO, Calif.", "ATLANTA", "PHOENIX", "DES MOINES, Iowa", "WASHINGTON", "DENVER"]
    )
    c.place, c.agency, c.source = place, "AP", "AP"
    d.dateline = f"{place} (AP) —"
    writers = _names(rng)
    style = rng.randrange(5)
    if style == 0:
        c.byline = _names(rng, caps=True)
        d.head = [f"By {c.byline}", "Associated Press"]
        c.source = "Associated Press"
    elif style == 1:
        c.byline = writers
        d.head = [f"By {writers}, Associated Press"]
        c.source = "Associated Press"
    elif style == 2:
        c.byline = c.source = "The Associated Press"
        d.head = ["By The Associated Press"]
    elif style == 3:
        c.byline = rng.choice(WRITERS).upper()
        d.head = [f"By {c.byline}, AP Business Writer"]
    else:
        c.byline = writers
        d.head = [f"By {writers}"]
        if rng.random() < 0.5:
            d.title += " (AP)"
    d.head.append(
        rng.choice(
            [
                f"Updated {s.clock()} EST, {s.full()}",
                f"{MONTHS_SHORT[s.month]} {s.day}, {s.year} Updated {rng.randint(2, 9)} hrs ago",
                f"Published {s.h12}:{s.minute:02d} {s.ampm[0].lower()}.m. ET {MONTHS_AP[s.month]} {s.day}, {s.year}",
            ]
        )
    )
    d.head_joint = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.2:
        d.title = f"BREAKING: {d.title}"
        c.tags = ("BREAKING",)
    if rng.random() < 0.6:
        who = rng.sample(WRITERS, 2)
        credit = rng.choice(
            [
                f"Associated Press writer {who[0]} in {rng.choice(['Chicago', 'Miami'])} contributed to this report.",
                f"Associated Press writers {who[0]} and {who[1]} contributed to this report.",
            ]
        )
        d.tail += ["___", credit]
        c.credits = (credit,)
    if rng.random() < 0.6:
        c.copyright = (
            f"Copyright {s.year} The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed without permission."
        )
        d.tail.append(c.copyright)


# --- 3. Yonhap English: its own page copied whole, or a scraper's get_text() lines -------------

YONHAP_TAGS: list[tuple[str, ...]] = [
    *[("LEAD",), ("2nd LD",), ("3rd LD",), ("URGENT",), ("News Focus",), ("Yonhap Interview",)],
    *[("LEAD", "Asiad"), ("Olympics",), (), ()],
]


def t_yna(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    section = rng.choice(["All News", "North Korea", "National", "Economy", "Politics", "Sports", "Culture"])
    time_line = f"{section} {s.hm()} {MONTHS_FULL[s.month]} {s.day:02d}, {s.year}"
    if c.tags[:1] in (("News Focus",), ("Yonhap Interview",)) and rng.random() < 0.7:
        c.byline = rng.choice(["Park Ji-won", "Kim Ha-neul", "Lee Seung-woo"])
        d.head = [f"By {c.byline}", time_line]
    else:
        d.head = [time_line]
    c.place = rng.choice(["SEOUL", "SEOUL", "SEOUL", "SEJONG", "BUSAN", "WASHINGTON", "TOKYO"])
    c.date, c.agency, c.source = f"{MONTHS_AP[s.month]} {s.day}", "Yonhap", "Yonhap"
    d.dateline = f"{c.place}, {c.date} (Yonhap) --"
    if rng.random() < 0.8:
        email = f"{rng.choice(['jwpark', 'hanul', 'swlee', 'elly', 'nkim'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")
    footer = "(C) Yonhap News Agency. All Rights Reserved"
    menu = [
        *["Yonhap News Agency", "KOREAN", "CHINESE", "JAPANESE", "ARABIC", "SPANISH", "FRENCH", "Search"],
        *["MENU", "National", "North Korea", "Economy", "Market", "Business & Tech", "Culture", "K-pop", "Sports"],
    ]
    below = [
        "Keywords",
        "#North Korea",
        "#Korea",
        "Articles with the same keyword",
        "(LEAD) N. Korea fires short-range ballistic missiles into East Sea: JCS",
        f"{s.iso()} 10:11",
        "(2nd LD) Seoul stocks close higher on chip rally",
        f"{s.iso()} 15:49",
        "Most Viewed",
        "1",
        "(LEAD) BTS member to be discharged from military service next month",
        "2",
        "(URGENT) Minimum wage set at 10,320 won for next year",
        "Yonhap News Agency",
        "Address: 25, Yulgok-ro 2-gil, Jongno-gu, Seoul, Republic of Korea",
        footer,
    ]
    if rng.random() < 0.5:  # the whole page, selected and copied in a browser
        d.page_above = [*menu, "", section]
        d.page_below = ["", *below]
    else:  # BeautifulSoup's get_text("\n"): one element a line, the <title> on top
        d.page_above = [f"{d.title} | Yonhap News Agency", *menu]
        d.head_joint = "\n"
        d.head_attached = True
        d.tail_blank = False
        if d.body:
            i = rng.randrange(len(d.body))
            d.body[i] = _break_at_links(d.body[i], rng)
        d.page_below = below
    c.copyright = footer


# --- 4. AFP on Gulf and African papers ---------------------------------------------------------


def t_afp_gulf_africa(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    c.source = "AFP"
    outlet = rng.choice(["arab-news", "gulf-news", "nation"])
    if outlet == "arab-news":
        c.place = rng.choice(["BEIRUT", "GAZA CITY", "KHARTOUM", "DAMASCUS", "BAGHDAD", "TEHRAN"])
        d.dateline = f"{c.place}:"
        d.head = ["AFP", f"Updated {s.day} {MONTHS_FULL[s.month]} {s.year}"]
        if rng.random() < 0.4:
            d.title = _mojibake(d.title)
        d.page_above = [
            "Arab News",
            "Saudi Arabia",
            "Middle East",
            "World",
            "Business",
            "Sport",
            "Opinion",
            "",
            "Middle-East",
        ]
        footer = f"Copyright © {s.year} Arab News. All rights reserved."
        d.page_below = ["", "Topics:", "Lebanon", "Israel", "", "Donâ€™t miss", "Related", footer]
    elif outlet == "gulf-news":
        c.place = rng.choice(["Cairo", "Paris", "Kyiv", "Istanbul", "Islamabad"])
        d.dateline = f"{c.place}:"
        d.head = ["AFP", f"Published: {MONTHS_FULL[s.month]} {s.day:02d}, {s.year} {s.hm()}"]
        d.page_above = ["Gulf News", "UAE", "Gulf", "World", "Business", "Sport", "Opinion", "", "World"]
        footer = f"© Al Nisr Publishing LLC {s.year}. All rights reserved."
        d.page_below = ["", "Get Updates on Topics You Choose", "Sign up", "", "Up Next", footer]
    else:
        c.place = rng.choice(["Kinshasa", "Addis Ababa", "Khartoum", "Mogadishu", "Kampala"])
        c.agency = "AFP"
        c.byline = "AFP"
        d.dateline = f"{c.place} (AFP) -"
        d.head = ["By AFP", f"{s.weekday}, {s.full()}"]
        footer = f"© Nation Media Group {s.year}. All Rights Reserved."
        d.page_above = ["Nation", "News", "Business", "Sports", "Counties", "Africa", "World", "", "Africa"]
        d.page_below = ["", "Read more", "Most Read", "", footer]
        if rng.random() < 0.5:
            code = rng.choice(["bur-cld/ach", "str-sva/jj", "mbb/cw"])
            d.tail.append(code)
            c.credits = (code,)
        if rng.random() < 0.5:
            footer = "© Agence France-Presse"
            d.tail.append(footer)
    c.copyright = footer
    d.head_joint = rng.choice(["\n", "\n\n"])


# --- 5. Xinhua on its English site and on China Daily -----------------------------------------


def t_xinhua(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    c.place = rng.choice(["BEIJING", "BEIJING", "SHANGHAI", "URUMQI", "HONG KONG", "CAIRO", "UNITED NATIONS"])
    c.date, c.agency, c.source = f"{MONTHS_AP[s.month]} {s.day}", "Xinhua", "Xinhua"
    d.dateline = f"{c.place}, {c.date} (Xinhua) --"
    if rng.random() < 0.5:
        editor = rng.choice(["Liu Yang", "Zhang Rui", "Huaxia", "Wang Fang"])
        d.head = [f"Source: Xinhua| {s.iso()} {s.hm()}:{s.second:02d}|Editor: {editor}"]
        d.page_above = ["Xinhua", "English", "China", "World", "Business", "Sci-Tech", "Culture", "Photos", "Video"]
        footer = f"Copyright © 2000-{s.year} XINHUANET.com All rights reserved."
        d.page_below = ["", "Photos", "Video", "", footer]
        if rng.random() < 0.7:
            d.tail.append("Enditem")
    else:
        c.byline = "Xinhua"
        d.head = [f"By Xinhua | chinadaily.com.cn | Updated: {s.iso()} {s.hm()}"]
        d.page_above = ["CHINA DAILY", "Global Edition", "HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "", "World"]
        footer = (
            f"Copyright 1995 - {s.year} . All rights reserved. The content (including but not limited to text, "
            "photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC)."
        )
        d.page_below = ["", "Share", "", "Most Viewed in 24 Hours", "", footer]
    c.copyright = footer


# --- 6. Kyodo on the Japan Times and on its own English site -----------------------------------


def t_kyodo(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    if rng.random() < 0.5:
        c.place, c.source = rng.choice(["OSAKA", "SAPPORO", "NAGOYA", "FUKUOKA", "NAHA, Okinawa Pref."]), "Kyodo"
        d.dateline = f"{c.place} –"
        d.head = ["Kyodo", f"{MONTHS_SHORT[s.month]} {s.day}, {s.year}"]
        d.page_above = [
            "The Japan Times",
            "Subscribe",
            "My Account",
            "",
            "NEWS",
            "NATIONAL",
            "POLITICS",
            "",
            "NATIONAL",
        ]
        footer = "© The Japan Times Ltd. All rights reserved."
        d.page_below = ["", "Keywords", "Osaka", "", "Latest News", footer]
    else:
        c.source = "KYODO NEWS"
        region = rng.choice(["Japan", "World", "China", "Korean Peninsula", "Business"])
        d.head = [f"KYODO NEWS - {MONTHS_SHORT[s.month]} {s.day}, {s.year} - {s.hm()} | All, {region}"]
        if region != "Japan":
            c.place = rng.choice(["BEIJING", "SEOUL", "WASHINGTON", "BANGKOK"])
            d.dateline = f"{c.place} -"
        if rng.random() < 0.4:
            d.tail = [
                "Related coverage:",
                "Japan, China agree to resume high-level economic dialogue",
                "Japan's exports rise for 3rd straight month on chip demand",
            ]
        footer = "Copyright © Kyodo News. All Rights Reserved."
        d.page_above = ["KYODO NEWS", "Japan", "World", "Business", "Sports", "Latest", ""]
        d.page_below = ["", "Related coverage", "", "News Ranking", "1", "2", footer]
    c.copyright = footer


# --- 7. PTI and ANI on Indian portals ------------------------------------------------------------


def t_india(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    city = rng.choice(["New Delhi", "Mumbai", "Bengaluru", "Chennai", "Kolkata"])
    ist = f"{s.h12}:{s.minute:02d} {s.ampm.lower()} IST"
    outlet = rng.choice(["business-standard", "theprint-pti", "theprint-ani"])
    if outlet == "theprint-ani":
        c.place, c.date, c.agency, c.source = city, f"{MONTHS_FULL[s.month]} {s.day}", "ANI", "ANI"
        d.dateline = f"{city} [India], {c.date} (ANI):"
        d.head = ["ANI", f"{s.day} {MONTHS_FULL[s.month]}, {s.year} {ist}"]
        d.body[-1] += " (ANI)"
        c.trailers += ("(ANI)",)
        d.tail = [f"This report is auto-generated from ANI news service. {PRINT_NOTE}"]
    else:
        c.place, c.date, c.agency = city, f"{MONTHS_SHORT[s.month]} {s.day}", "PTI"
        d.dateline = f"{city}, {c.date} (PTI)"
        code = "PTI " + " ".join(rng.sample(["ABC", "DEF", "SKU", "ANB", "RT", "KSS", "NSD"], rng.randint(2, 4)))
        if outlet == "business-standard":
            c.source = "Press Trust of India"
            d.head = [
                f"Press Trust of India | {city}",
                f"Last Updated : {MONTHS_SHORT[s.month]} {s.day:02d} {s.year} | {s.clock()} IST",
            ]
            d.tail = [
                "(Only the headline and picture of this report may have been reworked by the Business Standard "
                "staff; the rest of the content is auto-generated from a syndicated feed.)"
            ]
        else:
            c.source = "PTI"
            d.head = ["PTI", f"{s.day} {MONTHS_FULL[s.month]}, {s.year} {ist}"]
            d.tail = [
                code,
                f"This report is auto-generated from Syndicated News feed. {PRINT_NOTE}",
            ]
            c.credits = (code,)
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.page_above = ["ThePrint" if outlet != "business-standard" else "Business Standard", "Home", "India", "Politics"]
    d.page_below = ["", "Subscribe to our channels on YouTube, Telegram & WhatsApp", "", "Show Full Article"]


# --- 8. Bernama and ANTARA on Southeast Asian sites ---------------------------------------------


def t_sea(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    outlet = rng.choice(["malay-mail", "nst", "antara"])
    if outlet == "malay-mail":
        c.place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN", "KOTA KINABALU", "KUCHING"])
        c.date, c.source = f"{MONTHS_SHORT[s.month]} {s.day}", "Bernama"
        d.dateline = f"{c.place}, {c.date} —"
        d.head = [f"{s.weekday}, {s.day:02d} {MONTHS_SHORT[s.month]} {s.year} {s.clock()} MYT"]
        d.tail = ["— Bernama"]
        d.page_above = ["Malay Mail", "Malaysia", "World", "Money", "Life", "Sports", "", "MALAYSIA"]
        d.page_below = ["", "Related Articles", "", "Most Read"]
    elif outlet == "nst":
        c.place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "JOHOR BARU", "IPOH"])
        c.byline = c.source = "Bernama"
        d.dateline = f"{c.place}:"
        d.head = [f"By Bernama - {MONTHS_FULL[s.month]} {s.day}, {s.year} @ {s.h12}:{s.minute:02d}{s.ampm.lower()}"]
        d.page_above = ["New Straits Times", "News", "Business", "Lifestyle", "Sports", "World", "", "Nation"]
        d.page_below = ["", "Most Popular", "", "Latest"]
    else:
        c.place = rng.choice(["Jakarta", "Surabaya, East Java", "Denpasar, Bali", "Makassar, South Sulawesi"])
        c.agency = c.source = "ANTARA"
        d.dateline = f"{c.place} (ANTARA) -"
        d.head = [f"{s.day} {MONTHS_FULL[s.month]} {s.year} {s.hm()}"]
        c.byline = rng.choice(["Siti Aminah", "Rizky Pratama", "Dewi Lestari"])
        editor = rng.choice(["Rahmad Nasution", "Anton Santoso"])
        c.copyright = f"Copyright © ANTARA {s.year}"
        d.tail = [f"Reporter: {c.byline}", f"Editor: {editor}", c.copyright]
        c.credits = (f"Editor: {editor}",)
        d.tail_blank = False
        d.page_above = ["ANTARA News", "Indonesia", "Business", "World", "Sports", "Video", "", "Indonesia"]
        d.page_below = ["", "Related News", "", "Most Read"]


# --- 9. dpa international and EFE English on clients' pages -------------------------------------


def t_dpa_efe(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    if rng.random() < 0.5:
        c.place = rng.choice(["Berlin", "Hamburg", "Brussels", "Vienna", "Frankfurt"])
        c.agency = c.source = "dpa"
        c.byline = _names(rng)
        d.dateline = f"{c.place} (dpa) -"
        d.head = [f"{s.day} {MONTHS_FULL[s.month]} {s.year}, {s.hm()}", f"By {c.byline}, dpa"]
        d.page_above = ["dpa international", "Top news", "Politics", "Business", "Sports", "Science", ""]
    else:
        c.place = rng.choice(["Madrid", "Bogota", "Mexico City", "Buenos Aires", "Lima", "Caracas"])
        c.date, c.agency, c.source = f"{MONTHS_SHORT[s.month]} {s.day}", "EFE", "EFE"
        d.dateline = f"{c.place}, {c.date} (EFE).-"
        d.head = ["EFE", f"{c.place} | {s.day:02d}/{s.month + 1:02d}/{s.year} {s.hm()}"]
        code = rng.choice(["jgc/sk", "mmm/jgb", "ac/ir", "lpm/pddp"])
        d.tail = [code]
        c.credits = (code,)
        d.page_above = ["EFE Noticias", "English", "World", "Latin America", "Spain", "Economy", "", "World"]
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.page_below = ["", "Related", "", "Latest"]


# --- 10. Bloomberg on finance portals -----------------------------------------------------------


def t_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    c.agency, c.source = "Bloomberg", "Bloomberg"
    d.dateline = "(Bloomberg) --"
    names = _names(rng)
    c.byline = names
    if rng.random() < 0.5:  # Yahoo Finance: a bare author line over the time line and reading time
        d.head = [names, f"{s.weekday[:3]}, {s.full()} at {s.clock()} GMT+9 {rng.randint(2, 6)} min read"]
        d.page_above = ["Yahoo Finance", "News", "Finance", "Sports", "More", "", "Markets", "My Portfolio", ""]
        d.page_below = ["", "View Comments", "", "Trending tickers"]
    else:  # BNN Bloomberg
        d.head = [f"{names}, Bloomberg News", f"Published {MONTHS_SHORT[s.month]} {s.day}, {s.year} {s.clock()} EST"]
        c.source = "Bloomberg News"
        d.page_above = ["BNN Bloomberg", "Markets", "Investing", "Business", "Personal Finance", "", "Company News"]
        d.page_below = ["", "Share", "", "Top Stories"]
    d.head_joint = "\n"
    who = rng.choice(WRITERS)
    d.tail = [f"--With assistance from {who}."]
    c.credits = (f"With assistance from {who}.",)
    if rng.random() < 0.6:
        d.tail.append("More stories like this are available on bloomberg.com")
    c.copyright = f"©{s.year} Bloomberg L.P."
    d.tail.append(c.copyright)


# --- 11. PA Media and AAP on regional sites ------------------------------------------------------


def t_pa_aap(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    outlet = rng.choice(["newsquest", "canberra", "sbs"])
    name = rng.choice(WRITERS)
    if outlet == "newsquest":
        c.byline, c.source = name, "PA"
        role = rng.choice(["PA Political Correspondent", "PA Chief Reporter", "PA Scotland"])
        d.head = [f"By {name}, {role}", f"Published: {s.day} {MONTHS_FULL[s.month]} {s.year} {s.hm()}"]
        paper = rng.choice(["Oxford Mail", "The Northern Echo", "Bournemouth Echo"])
        d.page_above = [
            "Skip to main content",
            paper,
            "News",
            "Sport",
            "What's On",
            "Announcements",
            "",
            "National news",
        ]
        footer = f"© Copyright 2001-{s.year}. This site is part of Newsquest's audited local newspaper network."
        d.page_below = ["", "Comments", "", "Most Read", "", footer]
        c.copyright = footer
    elif outlet == "canberra":
        c.byline, c.source = name, "AAP"
        d.head = [
            f"{name} | AAP",
            f"Updated {MONTHS_FULL[s.month]} {s.day} {s.year} - {s.h12}:{s.minute:02d}{s.ampm.lower()}, "
            f"first published {rng.randint(1, 11)}:{rng.randint(10, 59)}am",
        ]
        if rng.random() < 0.5:
            d.tail = ["AAP"]
        footer = f"© {s.year} The Canberra Times. All rights reserved."
        d.page_above = ["The Canberra Times", "News", "Sport", "Comment", "Lifestyle", "", "National"]
        d.page_below = ["", "More from National", "", footer]
        c.copyright = footer
    else:
        c.source = "AAP"
        d.head = [
            f"Published {s.day} {MONTHS_FULL[s.month]} {s.year} {s.h12}:{s.minute:02d}{s.ampm.lower()}",
            "Source: AAP",
        ]
        d.page_above = ["SBS News", "Australia", "World", "Politics", "", "Australia"]
        d.page_below = ["", "Share", "", "Latest"]
    d.head_joint = rng.choice(["\n", "\n\n"])


# --- 12. an RSS feed's full text ------------------------------------------------------------------


def t_feed(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    rfc = f"{s.weekday[:3]}, {s.day:02d} {MONTHS_SHORT[s.month]} {s.year} {s.hm()}:{s.second:02d} +0000"
    kind = rng.choice(["wordpress-ap", "reuters-feed", "google-news"])
    if kind == "wordpress-ap":
        place = rng.choice(["WASHINGTON", "NEW YORK", "CHICAGO", "HOUSTON", "MIAMI"])
        c.place, c.agency, c.source = place, "AP", "AP"
        d.dateline = f"{place} (AP) —"
        d.head = [rfc]
        if rng.random() < 0.5:
            c.byline = _names(rng, caps=True)
            d.head.insert(0, f"By {c.byline}, Associated Press")
            c.source = "Associated Press"
        site = rng.choice(["WTOP News", "The Bedford Gazette", "KXAN Austin"])
        note = f"The post {d.title} appeared first on {site}."
        d.tail = [note]
        c.credits = (note,)
    else:
        place = rng.choice(["LONDON", "FRANKFURT", "SINGAPORE", "NEW YORK", "DUBAI"])
        c.place, c.agency, c.source = place, "Reuters", "Reuters"
        s_date = f"{MONTHS_REUTERS[s.month]} {s.day}"
        c.date = s_date
        d.dateline = f"{place}, {s_date} (Reuters) -"
        d.head = [rfc]
        if kind == "google-news":
            d.title += " - Reuters"
        else:
            c.tags = rng.choice(
                [("UPDATE 2",), ("EXCLUSIVE",), ("CORRECTED",), ("FACTBOX",), ("REFILE",), ("CORRECTED", "UPDATE 1")]
            )
            d.title = "".join(f"{t}-" for t in c.tags) + d.title
            if "CORRECTED" in c.tags:
                d.head.append("(Corrects name of ministry in paragraph 3)")
            elif c.tags[0].startswith("UPDATE"):
                d.head.append("(Adds details from ministry statement, analyst comment)")
        who = rng.sample(WRITERS, 2)
        credit = f"Reporting by {who[0]}; Editing by {who[1]}"
        d.tail = [f"({credit})"]
        c.credits = (credit,)
    d.head_joint = "\n"


# --- negatives: staff stories and pages whose chrome or body look like metadata -----------------


def n_staff_quotes(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    d.body.insert(
        0,
        "The ministry's statement, first carried by Reuters and later by The Associated Press, did not say "
        "when the talks would resume.",
    )
    d.body.append(
        'Yonhap\'s first report, marked "(LEAD)" within the hour, put the number of injured at three, '
        "a figure the fire agency later revised."
    )
    d.body.append("A spokesperson for the company declined to comment when contacted by Reuters.")
    d.page_above = ["The Valley Courier", "News", "Local", "Business", "Sports", "Opinion", "", "Local News"]
    footer = f"© {s.year} The Valley Courier. All rights reserved."
    d.page_below = ["", "Share this story", "", "Most Popular", "", footer]
    c.copyright = footer


def n_teaser_lists(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    d.page_above = [
        "Metro Herald",
        "News",
        "World",
        "Business",
        "",
        "Latest",
        f"LONDON, {MONTHS_REUTERS[s.month]} {s.day} (Reuters) - Britain's economy shrank in the third quarter",
        "12 min ago",
        f"SEOUL, {MONTHS_AP[s.month]} {s.day} (Yonhap) -- South Korea's exports rose for a fifth month",
        "1 hour ago",
        "",
        "Home",
        "Local News",
    ]
    footer = f"Copyright © {s.year} Metro Herald Media. All rights reserved."
    d.page_below = [
        "",
        "More from the wires",
        "WASHINGTON (AP) — The Senate passed a stopgap spending bill late on Friday",
        "3 hours ago",
        "(LEAD) N. Korea test-fires cruise missiles off west coast: JCS",
        "UPDATE 2-Oil prices edge up as supply worries persist",
        "PARIS (AFP) - French lawmakers approved the budget in a late-night vote",
        "",
        footer,
    ]
    c.copyright = footer


def n_by_the_numbers(rng: random.Random, d: Draft, c: Case) -> None:
    d.body[len(d.body) // 2 : len(d.body) // 2] = [
        "By the numbers",
        "3.2 million: households left without power at the storm's peak, according to the utility.",
        "Source of the outage: a substation fire that spread to two transmission lines, the company said.",
    ]
    d.body.append("AP and AFP photographers were kept behind a police line for most of the day.")
    d.page_above = ["The Daily Ledger", "News", "Explainers", "Data", "", "Explainers"]
    d.page_below = ["", "Related", "", "Newsletter sign-up"]


def n_staff_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    s = Stamp(rng)
    c.byline = rng.choice(["Meg James", "Tom Whitfield", "Rosa Delgado"])
    d.head = [f"By {c.byline} Staff Writer", f"{MONTHS_FULL[s.month]} {s.day}, {s.year} {s.clock()} PT"]
    d.head_joint = "\n"
    d.body.insert(0, d.lede)
    d.lede = "By Sunday evening, more than 3,000 people had left the coastal towns, officials said."
    d.body.append("Readers with information about the fire can write to tips@valleycourier-example.com.")
    d.body.append("Reporting by the newspaper in 2019 first exposed the scheme, which the county denied at the time.")
    d.body.append("AP and AFP photographers were also at the scene on Sunday.")
    d.page_above = ["Valley Courier", "California", "Business", "Sports", "", "California"]
    d.page_below = ["", "More to Read", ""]


HELD_OUT_34: dict[str, Template] = {
    "reuters-com-34": t_reuters_com,
    "ap-local-extractor-34": t_ap_local_extractor,
    "yna-34": t_yna,
    "afp-gulf-africa-34": t_afp_gulf_africa,
    "xinhua-34": t_xinhua,
    "kyodo-34": t_kyodo,
    "india-34": t_india,
    "sea-34": t_sea,
    "dpa-efe-34": t_dpa_efe,
    "bloomberg-34": t_bloomberg,
    "pa-aap-34": t_pa_aap,
    "feed-34": t_feed,
}
NEGATIVES_34: dict[str, Template] = {
    "staff-quotes-34": n_staff_quotes,
    "teaser-lists-34": n_teaser_lists,
    "by-the-numbers-34": n_by_the_numbers,
    "staff-datelines-34": n_staff_datelines,
}
