"""Round-twenty-nine templates for the wire harness: one mainstream English wire story, copied three ways.

Written blind, before any round-twenty-nine rule and without reading the rules or the earlier rounds'
templates, from how the commonest case reaches users in 2025-2026: ONE English-language agency story
(AP, Reuters, AFP, Bloomberg, Yonhap, Kyodo, Xinhua, PTI, ANI, PA Media, AAP, The Canadian Press, dpa,
Anadolu, EFE) on a site that runs it, copied (1) as a whole page (select all: menus, share bars,
captions, "Most read", footers), (2) as an article extractor's output (the body with its captions,
byline and time lines, sometimes without the headline, "Also read" links left between paragraphs),
or (3) as a news API's or RSS feed's full text. Sites: AP members (Hearst, Gannett, Nexstar stations,
"BREAKING:" on a TV site), Reuters on Yahoo, U.S. News, Investing.com and Nasdaq.com, Yonhap as in
the seed and on the Korea Herald, PTI and ANI on Business Standard, Devdiscourse and ThePrint, AFP on
Gulf and Asian papers (Arab News, Gulf News, the Straits Times, Bangkok Post), Bloomberg on Yahoo
Finance and BNN, Kyodo on the Japan Times, Xinhua's own English pages, PA on UK regional papers, AAP and
The Canadian Press on their clients' sites, Anadolu, dpa and EFE English as feed items, and MSN's and
NewsBreak's aggregator pages. Every name and sentence here is made up; only the shapes are the formats'.

Contract (the harness' fields), following the choices rounds seventeen to twenty-eight list as settled:
an agency in the byline's place fills the byline too ("By Reuters" gives byline and source "Reuters",
"By Yonhap" gives "Yonhap"); a provider line over a time names the source, not the byline ("Reuters",
"AFP", "Kyodo", "Press Trust of India | New Delhi"); a byline's outlet or affiliation line names the
source as printed ("Associated Press", "The Canadian Press", "AAP"), an agency's desk after its name
gives the agency ("PA Political Correspondent" gives "PA"); "Source: X" is the strongest source; a
closing sign-off names the source as printed when nothing stronger does ("AFP" on the Straits Times);
a dateline's bracketed region and country are no part of the place ("New Delhi [India], November 5
(ANI):" gives "New Delhi"); a colon after a place at the lede's start is a dateline with a place only
("PARIS:"); the Japan Times' "OSAKA –" under a "Kyodo" provider line gives place OSAKA, no dateline
agency, source "Kyodo"; Xinhua's one-line head record is a head line naming the source, its editor no
credit; reading-time lines alone and photo captions with their credits are the chrome pass's (page
chrome: written outside the draft's head, body and tail, nothing expected of them); a leftover between
two paragraphs (an extractor's "Also read" link, an "ADVERTISEMENT" mark, a caption) is chrome as well
(round twenty-five); a closing "Read more: TITLE" line is no trailer (none is written at the end here);
the story's own copyright line under its closing lines is the ``copyright`` and a trailer, the site's
footer notice fills ``copyright`` only when the story prints none (round twenty-two, reconciled); AP's
funding note is an end mark with no field; the Indian portals' syndication notes are trailers with no
field; a glued "(ANI)" is a trailer cut from the last paragraph; Anadolu's subscription note names
"Anadolu Agency"; a headline may be missing from an extractor's output (no tag expected then).
Choices made before the blind run, for the details of this round:

- Head lines: the story's byline, provider, affiliation and time lines between the headline and the
  lede ("By JANE DOE Associated Press", "Updated 3:12 PM EST, November 5, 2026", "Published: Nov. 5,
  2026, 3:12 p.m. ET", "Thu, November 5, 2026 at 3:12 PM UTC", "Published 11/05/2026, 03:12 PM",
  "November 05, 2026 — 10:12 am EST", "Written by Jane Doe for Reuters" (byline "Jane Doe", source
  "Reuters"), "Published : Nov. 5, 2026 - 10:41", "Last Updated : Nov 05 2026 | 3:12 PM IST",
  "Published: November 05, 2026 15:12", "PUBLISHED : 5 Nov 2026 at 15:12", "Story by Jane Doe • 2h",
  "Jane Doe | AAP", "Updated November 5 2026 - 3:12pm, first published 1:05pm", "Jane Doe |05.11.2026
  - Update : 05.11.2026").
- Tags as printed: "UPDATE 3-" gives "UPDATE 3", "EXCLUSIVE-" "EXCLUSIVE", "Factbox:" "Factbox",
  "BREAKING:" "BREAKING", Yonhap's "(LEAD)" "LEAD" and "(2nd LD)" "2nd LD".
- Datelines as printed: "WASHINGTON (AP) —", "LONDON, Nov 5 (Reuters) -", "SEOUL, Nov. 5 (Yonhap) --",
  "New Delhi, Nov 5 (PTI)" (no dash), "(Bloomberg) --" (agency only), "BEIJING, Nov. 5 (Xinhua) --",
  "Madrid, Nov 5 (EFE).-" (place, date, agency), "Berlin (dpa) -", "OTTAWA —" (place only),
  "WASHINGTON –" on the Straits Times (place only; the closing "AFP" names the source).
- Trailers: Reuters' "(Reporting by ...; Editing by ...)" (credit without brackets), AP's "___" and
  contributors' line (credit), AP's notice (copyright), Yonhap's e-mail (credit) and "(END)", "Source:
  Yonhap News Agency" (source), PTI's desk code "PTI ABC DEF" (credit), the portals' syndication notes
  (no field), Bloomberg's "--With assistance from NAME." (credit "With assistance from NAME."), "More
  stories like this are available on bloomberg.com" (no field) and "©2026 Bloomberg L.P." (copyright),
  The Canadian Press' "This report by The Canadian Press was first published Nov. 5, 2026." (credit),
  EFE's desk code "ab/cd" (credit), dpa's closing "dpa" ... not written (unsure of the house form), a
  closing "AFP" sign-off, Nasdaq's disclaimer "The views and opinions expressed herein are ..." (no
  field), Anadolu's subscription note.
- Negatives (no agency; nothing is metadata but the footer's copyright, every paragraph stays): a US
  local paper's staff story under a menu naming "AP News" and "Reuters" and over a "Most Read" list of
  timed agency headlines; an Indian portal's staff story quoting "(PTI)" datelines and "told ANI" in its
  sentences; an extractor's output of a blog post whose sentences quote "(LEAD)", "UPDATE 2-" and "By
  Reuters" and end on "Reuters could not independently verify ..."; a regional paper's staff story under
  "Latest" teasers with "(LEAD)" and "EXCLUSIVE-" headlines and times.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-29 and negatives-29 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-29 P | held-out-29 R | negatives-29 P | negatives-29 R |
    | tags | 1.000 | 0.990 | – | – |
    | dateline place | 1.000 | 0.983 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 0.874 | – | – |
    | copyright | 1.000 | 0.879 | 1.000 | 1.000 |
    | trailers | 0.976 | 0.832 | – | – |
    | head lines | 1.000 | 0.986 | – | – |

Body sentences lost: held-out-29 0/3729, negatives-29 0/1581 (negatives-29: nothing found but the
footers' copyright, as expected; no miss). Every other set printed what it prints on main
(ground-truth texts 2/94270, 5 timestamp lines taken from the head).

65 of the 480 held-out-29 articles missed something (bloomberg-finance 25, aggregators 11,
asia-papers 11, indian-portals 11, afp-papers 6, reuters-labels 1); the other six templates passed
whole (AP members' whole pages with "BREAKING:", Reuters on Yahoo, U.S. News and Investing.com, the
seed's Yonhap copy and its extractor and Korea Herald forms, UK regional PA pages, AAP and The Canadian
Press, the feed items of Anadolu, dpa and EFE). The misses, by cause (articles):

- Bloomberg on a whole Yahoo Finance page: the closing lines ("--With assistance from NAME.", "More
  stories like this are available on bloomberg.com", "©2026 Bloomberg L.P.") right above the page's
  "Most Read from Bloomberg" teaser list are all kept (25, every whole-page article of the template;
  the same lines with nothing under them are read): credits, copyright and trailers recall. A rule
  miss (the settled contract: closing lines above page chrome are the story's);
- Nasdaq.com's closing disclaimer ("The views and opinions expressed herein are the views and opinions
  of the author and do not necessarily reflect those of Nasdaq, Inc.") is not known, and hides the
  Reuters credit line above it (11): a rule miss (round twenty-seven settled the opinion services'
  disclaimers as trailers; this portal's wording is not among them);
- Devdiscourse's head line "Devdiscourse News Desk | CITY | Updated: DD-MM-YYYY HH:MM IST" is kept
  (11): a contract choice of this round (a portal's desk-and-time line as a head line, like the settled
  "Press Trust of India | New Delhi" and time lines), no earlier round lists the shape;
- Gulf News' title-case colon dateline "Washington:" under "AFP" and "Published: ..." gives no place
  (6): a rule miss (round twenty-five settled "New Delhi:" as a place-only dateline);
- "Explainer:" before a headline the harness set in lower case is not read as a tag (1): a rule miss
  on the harness' title casing;
- a template bug (11, all the false trailers): Xinhua's footer notice stood right under the last
  paragraph, which the settled contract (round twenty-two: the story's own copyright line stands
  directly under its last paragraph or closing lines) makes the story's notice and a trailer, while
  the template expected no trailer. Fixed: the page's footer links now stand between (no random draw
  changed). Nothing in the negatives was read as metadata.

No contract choice here contradicts what rounds seventeen to twenty-eight list as settled; the one
shape no earlier round lists is Devdiscourse's head line.

Second run, the template bug fixed (the same command; the only change: trailers P 0.976 -> 1.000, the
54 other miss lines unchanged)::

    | field | held-out-29 P | held-out-29 R | negatives-29 P | negatives-29 R |
    | tags | 1.000 | 0.990 | – | – |
    | dateline place | 1.000 | 0.983 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 0.874 | – | – |
    | copyright | 1.000 | 0.879 | 1.000 | 1.000 |
    | trailers | 1.000 | 0.832 | – | – |
    | head lines | 1.000 | 0.986 | – | – |

This round is an estimate only: no rule was changed.

After fitting (branch ``fit29``; the same command, the held-out-29 and negatives-29 columns as printed)::

    | field | held-out-29 P | held-out-29 R | negatives-29 P | negatives-29 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | 1.000 | 1.000 |
    | trailers | 1.000 | 1.000 | – | – |
    | head lines | 1.000 | 1.000 | – | – |

Body sentences lost: held-out-29 0/3729, negatives-29 0/1581; no miss left in the round; every other
set printed what it printed before, cell for cell and miss for miss (every other body count 0,
ground-truth texts 2/94270, the real-page tables unchanged); chrome (Zyte all F1 0.929, WCXB all 0.922,
clean texts losing 1/0/1/1 lines, seed 0: the figures main's code prints today) and titles (Zyte exact
132 / wrong 27, WCXB 478 / 98) unchanged; the seed's output unchanged. What was fixed, by cause (rules
of shape):

- Closing lines above a page's teaser list (25): the wire pass' tail reading now passes a section
  heading and its few short teasers at the page's end ("Most Read from Bloomberg", "More from Reuters",
  "Trending Now": a heading the section lexicon knows, bare or with "from NAME") and reads up from the
  line above the heading when that line is a closing line; a staff story's last paragraph there is none,
  and nothing is read (the list stays the chrome pass' matter).
- Nasdaq.com's disclaimer (11): round twenty-seven's family of opinion disclaimers gains the portals'
  form, the whole line only: "The views (and opinions) expressed herein/here/in this article are (the
  views and opinions|those) of the author(s) (and do not necessarily reflect those of NAME)."; "The
  views expressed by the minister ..." names no author and stays.
- Devdiscourse's head line (11): a desk ("... Desk") glued by bars to a place and a time, the rest a
  time line, is a head line naming no writer and no source.
- Gulf News' "Washington:" under a caption (6): below a standfirst (here the photo caption the harness
  sets under the headline) the lede's dateline is read as strictly as a paragraph's only while the head
  lines under it did not give a credit line (a byline or the agency's name) and a time while a source
  is known; when they did, the head is vouched for and the colon dateline reads as round twenty-five
  settled.
- "Explainer:" before a lower-case headline (1): a desk's slug among the labels ("Explainer", "Factbox",
  "Analysis") is a tag before a headline a feed set in lower case, as a bracketed listed tag already was.
"""

from __future__ import annotations

import functools
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

REPORTERS = [
    "Jane Doe",
    "John Roe",
    "Maria García",
    "Ahmed al-Masri",
    "Priya Raghavan",
    "Oliver Smith-Jones",
    "Chen Wei",
    "Mary Ann O'Neil",
]
MONTHS = ["November", "December", "January", "February", "March", "April"]
MON_DOT = {
    "November": "Nov.",
    "December": "Dec.",
    "January": "Jan.",
    "February": "Feb.",
    "March": "March",
    "April": "April",
}
MON3 = {"November": "Nov", "December": "Dec", "January": "Jan", "February": "Feb", "March": "Mar", "April": "Apr"}
MONTH_NO = {"November": 11, "December": 12, "January": 1, "February": 2, "March": 3, "April": 4}
EDITORS = ["Mark Potter", "Susan Fenton", "Alex Richardson", "Kim Coghill", "Jonathan Oatis", "Nick Zieminski"]
TEASERS = [
    "City council approves budget after late-night session",
    "Storm knocks out power to thousands across the region",
    "High school team wins first state title in 30 years",
    "Police identify driver in fatal highway crash",
    "New bakery opens downtown with lines around the block",
    "Schools to delay start time next fall, board says",
]


@functools.lru_cache(maxsize=1)
def _page_draft() -> type[Draft]:
    """A draft whose text also carries leftovers between paragraphs (chrome: nothing expected) and
    may glue its first closing line to the last paragraph ("... said. (ANI)")."""
    from cleannews.evaluation.wire import Draft

    class PageDraft(Draft):
        def text(self) -> str:
            out = super().text()
            between: dict[int, str] = getattr(self, "between", {})
            if getattr(self, "glued_tail", False) and self.tail and self.body:
                out = out.replace(f"{self.body[-1]}\n\n{self.tail[0]}", f"{self.body[-1]} {self.tail[0]}", 1)
            for index, leftover in between.items():
                paragraph = self.body[index]
                out = out.replace(f"\n\n{paragraph}", f"\n\n{leftover}\n\n{paragraph}", 1)
            return out

    return PageDraft


def _page(d: Draft) -> Draft:
    cls = _page_draft()
    if not isinstance(d, cls):
        d.__class__ = cls
        setattr(d, "between", {})  # noqa: B010 (an attribute Draft does not declare)
    return d


def _leftover(rng: random.Random, d: Draft, text: str) -> None:
    if len(d.body) >= 2:
        between: dict[int, str] = getattr(_page(d), "between")  # noqa: B009
        between[rng.randrange(1, len(d.body))] = text


def _when(rng: random.Random) -> tuple[str, int, int, int, str]:
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    hour = rng.randint(1, 12)
    minute = rng.randint(0, 59)
    ampm = rng.choice(["AM", "PM"])
    return month, day, hour, minute, ampm


def _year(month: str) -> int:
    return 2025 if month in ("November", "December") else 2026


def _ap_notice() -> str:
    return (
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission."
    )


# --- held-out ------------------------------------------------------------------------------


def h_ap_member_page(rng: random.Random, d: Draft, c: Case) -> None:
    """AP copy on a Hearst paper, a Gannett site or a Nexstar station: whole page."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    site = rng.choice(["The Daily Herald", "KXAN Austin", "Times Union", "WFLA"])
    d.page_above = [
        "Skip to content",
        site,
        "News",
        "Weather",
        "Sports",
        "Politics",
        "Subscribe",
        "Sign In",
        "",
        rng.choice(["National", "Politics", "U.S. & World", "Nation & World"]),
    ]
    if rng.random() < 0.3:
        d.title = f"BREAKING: {d.title}"
        c.tags = ("BREAKING",)
    writer = rng.choice(REPORTERS)
    shape = rng.randrange(3)
    if shape == 0:
        d.head = [
            f"By {writer.upper()} Associated Press",
            f"Updated {hour}:{minute:02d} {ampm} EST, {month} {day}, {year}",
        ]
        c.byline, c.source = writer.upper(), "Associated Press"
    elif shape == 1:
        d.head = [
            f"by: {writer}, Associated Press",
            f"Posted: {MON3[month]} {day}, {year} / {hour}:{minute:02d} {ampm} EST",
        ]
        c.byline, c.source = writer, "Associated Press"
    else:
        d.head = [
            "By The Associated Press",
            f"Published {hour}:{minute:02d} {ampm.lower()[0]}.m. ET {MON_DOT[month]} {day}, {year}",
        ]
        c.byline, c.source = "The Associated Press", "The Associated Press"
    d.head_joint = rng.choice(["\n", "\n\n"])
    place = rng.choice(["WASHINGTON", "NEW YORK", "CHICAGO", "PHOENIX", "ATLANTA"])
    d.dateline = f"{place} (AP) —"
    c.place, c.agency = place, "AP"
    if rng.random() < 0.5:
        _leftover(rng, d, "ADVERTISEMENT")
    tail = ["___"]
    helper = rng.choice([r for r in REPORTERS if r != writer])
    city = rng.choice(["New York", "Los Angeles", "Miami"])
    credit = f"Associated Press writer {helper} in {city} contributed to this report."
    tail.append(credit)
    c.credits = (credit,)
    if rng.random() < 0.6:
        tail.append(_ap_notice())
        c.copyright = _ap_notice()
    d.tail = tail
    d.tail_blank = rng.random() < 0.5
    footer = f"© {year} {site}. All rights reserved."
    d.page_below = [
        "",
        "Copy Link",
        "Most Read",
        *rng.sample(TEASERS, 3),
        "",
        "About Us",
        "Contact",
        "Privacy Policy",
        footer,
    ]
    if c.copyright is None:
        c.copyright = footer


def h_reuters_portal(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters copy on Yahoo News, U.S. News or Investing.com: whole page or extractor output."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    tag = rng.choice(["UPDATE 3", "UPDATE 1", "EXCLUSIVE", None, None])
    if tag:
        d.title = f"{tag}-{d.title}"
        c.tags = (tag,)
    site = rng.randrange(3)
    if site == 0:  # Yahoo
        d.head = ["Reuters", f"Thu, {month} {day}, {year} at {hour}:{minute:02d} {ampm} UTC"]
        c.source = "Reuters"
    elif site == 1:  # U.S. News
        d.head = ["By Reuters", f"{MON_DOT[month]} {day}, {year}, at {hour}:{minute:02d} a.m."]
        c.byline = c.source = "Reuters"
    else:  # Investing.com
        d.head = [f"Published {MONTH_NO[month]:02d}/{day:02d}/{year}, {hour:02d}:{minute:02d} {ampm}", "By Reuters"]
        c.byline = c.source = "Reuters"
    d.head_joint = "\n"
    place = rng.choice(["LONDON", "NEW YORK", "SINGAPORE", "FRANKFURT", "TOKYO"])
    date = f"{MON3[month]} {day}"
    d.dateline = f"{place}, {date} (Reuters) -"
    c.place, c.date, c.agency = place, date, "Reuters"
    writers = rng.sample(REPORTERS, rng.choice([1, 2]))
    credit = f"Reporting by {' and '.join(writers)}; Editing by {rng.choice(EDITORS)}"
    d.tail = [f"({credit})"]
    c.credits = (credit,)
    whole = rng.random() < 0.6
    if whole:
        d.page_above = ["Home", "News", "Finance", "Sports", "Search", "", "Sign in"]
        d.page_below = [
            "",
            "Most Popular",
            *rng.sample(TEASERS, 2),
            "",
            "Terms and Privacy Policy",
            "Privacy Dashboard",
        ]
        if site == 1 and rng.random() < 0.7:
            d.tail.append(f"Copyright {year} Thomson Reuters.")
            c.copyright = f"Copyright {year} Thomson Reuters."


def h_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap English: the seed's WordPress copy, Yonhap's page through an extractor, the Korea Herald."""
    month, day, hour, minute, _ = _when(rng)
    year = _year(month)
    tag = rng.choice(["LEAD", "2nd LD", None])
    if tag:
        d.title = f"({tag}) {d.title}"
        c.tags = (tag,)
    date = f"{MON_DOT[month]} {day}"
    d.dateline = f"SEOUL, {date} (Yonhap) --"
    c.place, c.date, c.agency = "SEOUL", date, "Yonhap"
    c.source = "Yonhap"
    form = rng.randrange(3)
    if form == 0:  # the seed: a WordPress page, the dateline cut off by the copy
        d.dateline = ""
        c.place = c.date = c.agency = None
        d.page_above = ["Search", "Close this search box.", "Search", "Close this search box."]
        d.tail = ["Source: Yonhap News Agency"]
        c.source = "Yonhap News Agency"
    elif form == 1:  # Yonhap's own page through an extractor: e-mail and (END)
        d.head = [f"{hour:02d}:{minute:02d} {month} {day:02d}, {year}"] if rng.random() < 0.5 else []
        mail = rng.choice(["kimsy@yna.co.kr", "leejy@yna.co.kr", "parkms@yna.co.kr"])
        d.tail = [mail, "(END)"]
        d.tail_blank = False
        c.credits = (mail,)
    else:  # the Korea Herald running Yonhap
        d.head = ["By Yonhap", f"Published : {MON_DOT[month]} {day}, {year} - {hour:02d}:{minute:02d}"]
        d.head_joint = "\n"
        c.byline = "Yonhap"
        d.page_above = ["The Korea Herald", "National", "Business", "Life&Culture", "Sports", "Opinion"]
        d.page_below = [
            "",
            "Most Popular",
            *rng.sample(TEASERS, 2),
            "",
            "Copyright Herald Corporation. All Rights Reserved.",
        ]
        c.copyright = "Copyright Herald Corporation. All Rights Reserved."


def h_indian_portal(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI on Business Standard or Devdiscourse, ANI on ThePrint: whole pages and extractor output."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    city = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai"])
    form = rng.randrange(3)
    if form == 0:  # Business Standard, PTI
        d.head = [
            f"Press Trust of India | {city}",
            f"Last Updated : {MON3[month]} {day:02d} {year} | {hour}:{minute:02d} {ampm} IST",
        ]
        d.head_joint = "\n"
        c.source = "Press Trust of India"
        date = f"{MON3[month]} {day}"
        d.dateline = f"{city}, {date} (PTI)"
        c.place, c.date, c.agency = city, date, "PTI"
        code = "PTI " + " ".join(rng.sample(["ABC", "SKU", "ANB", "RT", "DV", "NSD"], 3))
        note = (
            "(Only the headline and picture of this report may have been reworked by the Business Standard "
            "staff; the rest of the content is auto-generated from a syndicated feed.)"
        )
        d.tail = [code, note]
        c.credits = (code,)
        d.page_above = ["Home", "Markets", "Companies", "Opinion", "Politics", "Premium", "Subscribe"]
        d.page_below = ["", "More From This Section", *rng.sample(TEASERS, 2)]
    elif form == 1:  # Devdiscourse, PTI, extractor output
        d.head = [
            f"Devdiscourse News Desk | {city} | Updated: "
            f"{day:02d}-{MONTH_NO[month]:02d}-{year} {hour:02d}:{minute:02d} IST"
        ]
        c.source = "PTI"
        date = f"{MON3[month]} {day}"
        d.dateline = f"{city}, {date} (PTI)"
        c.place, c.date, c.agency = city, date, "PTI"
        d.tail = [
            "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)"
        ]
    else:  # ThePrint, ANI
        date = f"{month} {day}"
        d.dateline = f"{city} [India], {date} (ANI):"
        c.place, c.date, c.agency = city, date, "ANI"
        c.source = "ANI"
        note = "This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content."
        if d.body:
            d.tail = ["(ANI)", note]
            setattr(_page(d), "glued_tail", True)  # noqa: B010
        else:
            d.tail = [note]
        if rng.random() < 0.5:
            _leftover(rng, d, "Also Read: " + rng.choice(TEASERS))


def h_afp_papers(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP on Arab News, Gulf News, the Straits Times or the Bangkok Post: whole pages."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    place = rng.choice(["PARIS", "GENEVA", "BRUSSELS", "NAIROBI", "WASHINGTON"])
    form = rng.randrange(4)
    paper = ["Arab News", "Gulf News", "The Straits Times", "Bangkok Post"][form]
    if form == 0:  # Arab News
        d.head = ["AFP", f"{MON3[month]} {day}, {year} {hour:02d}:{minute:02d}"]
        d.dateline = f"{place}:"
        c.place, c.source = place, "AFP"
    elif form == 1:  # Gulf News
        d.head = ["AFP", f"Published: {month} {day:02d}, {year} {hour:02d}:{minute:02d}"]
        d.dateline = f"{place.title()}:"
        c.place, c.source = place.title(), "AFP"
    elif form == 2:  # the Straits Times: no provider line, closing sign-off
        d.head = [f"{MON3[month]} {day:02d}, {year}, {hour:02d}:{minute:02d} {ampm}"]
        d.dateline = f"{place} –"
        c.place, c.source = place, "AFP"
        d.tail = ["AFP"]
    else:  # Bangkok Post
        d.head = ["AGENCE FRANCE-PRESSE", f"PUBLISHED : {day} {MON3[month]} {year} at {hour:02d}:{minute:02d}"]
        d.dateline = f"{place} -"
        c.place, c.source = place, "AGENCE FRANCE-PRESSE"
    d.head_joint = "\n"
    d.page_above = ["Menu", "World", "Middle East", "Asia", "Business", "Sport", "Opinion", "", "Share"]
    d.title = f"{d.title}\n\nA photo from the scene shows the area on {month} {day}. (AFP)"
    footer = f"Copyright © {year} {paper}. All rights reserved."
    d.page_below = ["", "Latest updates", *rng.sample(TEASERS, 3), "", footer]
    c.copyright = footer


def h_bloomberg_finance(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg on Yahoo Finance or BNN Bloomberg: whole page or feed text."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    writers = rng.sample(REPORTERS, rng.choice([1, 2]))
    form = rng.randrange(2)
    if form == 0:
        d.head = [" and ".join(writers), f"{MON3[month]} {day}, {year}, {hour}:{minute:02d} {ampm}"]
        c.byline = " and ".join(writers)
    else:
        d.head = [
            f"{' and '.join(writers)}, Bloomberg News",
            f"Published {month} {day}, {year} at {hour}:{minute:02d} {ampm}",
        ]
        c.byline = " and ".join(writers)
    d.head_joint = "\n"
    d.dateline = "(Bloomberg) --"
    c.agency = c.source = "Bloomberg"
    if form == 1:
        c.source = "Bloomberg News"
    tail = []
    helper = rng.choice([r for r in REPORTERS if r not in writers])
    if rng.random() < 0.7:
        tail.append(f"--With assistance from {helper}.")
        c.credits = (f"With assistance from {helper}.",)
    tail.append("More stories like this are available on bloomberg.com")
    tail.append(f"©{year} Bloomberg L.P.")
    c.copyright = f"©{year} Bloomberg L.P."
    d.tail = tail
    if rng.random() < 0.5:
        d.page_above = ["Yahoo Finance", "My Portfolio", "Markets", "News", "Videos", "", "Bloomberg"]
        d.page_below = ["", "Most Read from Bloomberg", *rng.sample(TEASERS, 2)]
        _leftover(rng, d, "Most Read from Bloomberg Businessweek")


def h_asia_papers(rng: random.Random, d: Draft, c: Case) -> None:
    """Kyodo on the Japan Times, Xinhua's own English page: extractor output or whole page."""
    month, day, hour, minute, _ = _when(rng)
    year = _year(month)
    if rng.random() < 0.5:  # the Japan Times, Kyodo
        d.head = ["Kyodo", f"{MON3[month]} {day}, {year}"]
        d.head_joint = "\n"
        place = rng.choice(["OSAKA", "NAGOYA", "SAPPORO", "FUKUOKA"])
        d.dateline = f"{place} –"
        c.place, c.source = place, "Kyodo"
        d.page_above = ["The Japan Times", "News", "Business", "Opinion", "Life", "Sports", "", "JAPAN"]
        d.page_below = ["", "Related Stories", *rng.sample(TEASERS, 2), "", "The Japan Times LTD. All rights reserved."]
        c.copyright = "The Japan Times LTD. All rights reserved."
    else:  # Xinhua's own English page
        editor = rng.choice(["Liu Ming", "Zhang Xiao", "Wang Xi"])
        d.head = [
            f"Source: Xinhua| {year}-{MONTH_NO[month]:02d}-{day:02d} "
            f"{hour + 8:02d}:{minute:02d}:{rng.randint(0, 59):02d}|Editor: {editor}"
        ]
        date = f"{MON_DOT[month]} {day}"
        d.dateline = "BEIJING, " + date + " (Xinhua) --"
        c.place, c.date, c.agency, c.source = "BEIJING", date, "Xinhua", "Xinhua"
        if rng.random() < 0.5:
            # Template bug fixed after the blind run: the footer stood right under the last
            # paragraph, which the settled contract (round twenty-two) makes the story's own notice
            # and a trailer; the page has its footer links between them.
            footer = ["Back to Top", "Close", "Xinhuanet", "About Us", "Contact Us"]
            d.page_below = ["", *footer, "Copyright © 2000-2026 XINHUANET.com All rights reserved."]
            c.copyright = "Copyright © 2000-2026 XINHUANET.com All rights reserved."


def h_uk_regional(rng: random.Random, d: Draft, c: Case) -> None:
    """PA Media copy on Newsquest and Reach regional papers: whole pages."""
    month, day, hour, minute, _ = _when(rng)
    year = _year(month)
    writer = rng.choice(REPORTERS)
    form = rng.randrange(3)
    suffix = (
        "th" if day not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[day]
    )
    if form == 0:
        d.head = [f"By {writer}, PA Political Correspondent", f"{day}{suffix} {month} {year}"]
        c.byline, c.source = writer, "PA"
    elif form == 1:
        d.head = ["By PA News Agency", f"Published {day}{suffix} {MON3[month]} {year}, {hour + 8:02d}:{minute:02d}"]
        c.byline = c.source = "PA News Agency"
    else:
        d.head = [f"{writer}, PA", f"{hour + 8:02d}:{minute:02d}, {day:02d} {MON3[month]} {year}"]
        c.byline, c.source = writer, "PA"
    d.head_joint = "\n"
    paper = rng.choice(["Oxford Mail", "Manchester Evening News", "The Northern Echo"])
    d.page_above = [paper, "News", "Sport", "What's On", "Announcements", "Jobs", "", "UK News"]
    footer = f"© Copyright {year} {paper}. All rights reserved."
    d.page_below = ["", "Comments: Our rules", "Most Read", *rng.sample(TEASERS, 3), "", footer]
    c.copyright = footer


def h_aap_cp(rng: random.Random, d: Draft, c: Case) -> None:
    """AAP on Australian sites, The Canadian Press on CTV and Global News: whole page or feed."""
    month, day, hour, minute, _ = _when(rng)
    year = _year(month)
    writer = rng.choice(REPORTERS)
    if rng.random() < 0.5:
        first = max(1, hour - 2)
        d.head = [
            f"{writer} | AAP",
            f"Updated {month} {day} {year} - {hour}:{minute:02d}pm, first published {first}:05pm",
        ]
        c.byline, c.source = writer, "AAP"
        if rng.random() < 0.3:
            d.tail = ["AAP"]
    else:
        d.head = [f"By {writer} The Canadian Press", f"Posted {month} {day}, {year} {hour}:{minute:02d} pm"]
        c.byline, c.source = writer, "The Canadian Press"
        place = rng.choice(["OTTAWA", "TORONTO", "EDMONTON", "HALIFAX"])
        d.dateline = f"{place} —"
        c.place = place
        note = f"This report by The Canadian Press was first published {MON_DOT[month]} {day}, {year}."
        d.tail = [note]
        c.credits = (note,)
    d.head_joint = "\n"
    if rng.random() < 0.5:
        d.page_above = ["Menu", "Search", "Watch", "Local", "National", "World", "", "Share this item"]
        d.page_below = ["", "Trending Now", *rng.sample(TEASERS, 2)]


def h_feed_items(rng: random.Random, d: Draft, c: Case) -> None:
    """Anadolu, dpa international and EFE English as an API's or RSS feed's full text."""
    month, day, _, _, _ = _when(rng)
    year = _year(month)
    form = rng.randrange(3)
    if form == 0:  # Anadolu
        writer = rng.choice(REPORTERS)
        stamp = f"{day:02d}.{MONTH_NO[month]:02d}.{year}"
        d.head = [f"{writer} |{stamp} - Update : {stamp}"]
        c.byline = writer
        c.source = "Anadolu Agency"
        d.tail = [
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the "
            "AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."
        ]
    elif form == 1:  # dpa international
        place = rng.choice(["Berlin", "Hamburg", "Frankfurt"])
        d.dateline = f"{place} (dpa) -"
        c.place, c.agency, c.source = place, "dpa", "dpa"
    else:  # EFE English
        place = rng.choice(["Madrid", "Bogota", "Mexico City"])
        date = f"{MON3[month]} {day}"
        d.dateline = f"{place}, {date} (EFE).-"
        c.place, c.date, c.agency, c.source = place, date, "EFE", "EFE"
        code = rng.choice(["ab/cd", "mv/jpm", "gf/ssa"])
        d.tail = [code]
        c.credits = (code,)


def h_aggregators(rng: random.Random, d: Draft, c: Case) -> None:
    """AP or Reuters copy on MSN and NewsBreak, and a Nasdaq.com page of Reuters copy."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    writer = rng.choice(REPORTERS)
    form = rng.randrange(3)
    if form == 0:  # MSN
        d.head = ["The Associated Press", f"Story by {writer} • {rng.randint(1, 9)}h"]
        c.byline, c.source = writer, "The Associated Press"
        place = rng.choice(["NEW YORK", "DENVER", "BOSTON"])
        d.dateline = f"{place} (AP) —"
        c.place, c.agency = place, "AP"
    elif form == 1:  # NewsBreak
        d.head = ["Associated Press", f"{MON3[month]} {day}, {year}"]
        c.source = "Associated Press"
        place = rng.choice(["LOS ANGELES", "SEATTLE", "DALLAS"])
        d.dateline = f"{place} (AP) —"
        c.place, c.agency = place, "AP"
    else:  # Nasdaq.com
        d.head = [
            f"{month} {day:02d}, {year} — {hour:02d}:{minute:02d} {ampm.lower()} EST",
            f"Written by {writer} for Reuters",
        ]
        c.byline, c.source = writer, "Reuters"
        date = f"{MON3[month]} {day}"
        d.dateline = f"NEW YORK, {date} (Reuters) -"
        c.place, c.date, c.agency = "NEW YORK", date, "Reuters"
        credit = f"Reporting by {writer}; Editing by {rng.choice(EDITORS)}"
        d.tail = [
            f"({credit})",
            "The views and opinions expressed herein are the views and opinions of the author and do not "
            "necessarily reflect those of Nasdaq, Inc.",
        ]
        c.credits = (credit,)
    d.head_joint = "\n"


def h_factbox_explainer(rng: random.Random, d: Draft, c: Case) -> None:
    """reuters.com labels on an extractor's output: "Factbox:" and "Explainer:", or no headline."""
    month, day, hour, minute, ampm = _when(rng)
    year = _year(month)
    label = rng.choice(["Factbox", "Explainer"])
    d.title = f"{label}: {d.title}"
    c.tags = (label,)
    writers = rng.sample(REPORTERS, rng.choice([1, 2]))
    d.head = [
        f"By {' and '.join(writers)}",
        f"{month} {day}, {year}{hour}:{minute:02d} {ampm} GMTUpdated {rng.randint(2, 9)} hours ago",
    ]
    c.byline = " and ".join(writers)
    c.source = "Reuters"
    place = rng.choice(["WASHINGTON", "BRUSSELS", "HONG KONG"])
    date = f"{MON3[month]} {day}"
    d.dateline = f"{place}, {date} (Reuters) -"
    c.place, c.date, c.agency = place, date, "Reuters"
    credit = f"Reporting by {writers[0]}; Editing by {rng.choice(EDITORS)}"
    d.tail = [f"({credit})", "Our Standards: The Thomson Reuters Trust Principles., opens new tab"]
    c.credits = (credit,)


# --- negatives -----------------------------------------------------------------------------


def n_local_staff_page(rng: random.Random, d: Draft, c: Case) -> None:
    """A local paper's staff story: menus naming agencies, a "Most Read" list with times."""
    d.page_above = ["Skip to content", "The Valley Courier", "Local", "AP News", "Reuters", "Obituaries", "e-Edition"]
    d.body.append("The Associated Press reported last week that similar measures had passed in three other states.")
    d.page_below = [
        "",
        "Most Read",
        *(f"{t} 3:12 PM (AP)" for t in rng.sample(TEASERS, 2)),
        "",
        "© 2026 The Valley Courier. All rights reserved.",
    ]
    c.copyright = "© 2026 The Valley Courier. All rights reserved."


def n_indian_staff(rng: random.Random, d: Draft, c: Case) -> None:
    """An Indian portal's own story quoting PTI and ANI in its sentences."""
    d.body.insert(0, 'The minister, speaking to ANI on Thursday, said the rollout would "begin in phases".')
    d.body.append("An earlier PTI report, datelined New Delhi, Nov 5, had put the figure at 1,200 crore.")


def n_blog_extract(rng: random.Random, d: Draft, c: Case) -> None:
    """An extractor's output of a blog post quoting wire tags and bylines in its sentences."""
    d.body.insert(0, 'Yonhap\'s story, headlined "(LEAD) Talks stall again", was updated twice that evening.')
    d.body.append('A later item marked "UPDATE 2-" and signed "By Reuters" carried the same figures.')
    d.body.append("Reuters could not independently verify the report.")


def n_teaser_chrome(rng: random.Random, d: Draft, c: Case) -> None:
    """A regional paper's staff story under a "Latest" list of tagged agency headlines with times."""
    d.page_above = [
        "Latest",
        "(LEAD) S. Korea, U.S. hold joint drills 10:41",
        "EXCLUSIVE-Automaker weighs sale of unit 11:02",
        "UPDATE 2-Oil prices edge higher 11:15",
        "",
        "Local News",
    ]
    d.body.append("By Friday, the council expects to publish the full report online.")


HELD_OUT_29: dict[str, Template] = {
    "ap-member-page": h_ap_member_page,
    "reuters-portal": h_reuters_portal,
    "yonhap-copies": h_yonhap,
    "indian-portals": h_indian_portal,
    "afp-papers": h_afp_papers,
    "bloomberg-finance": h_bloomberg_finance,
    "asia-papers": h_asia_papers,
    "uk-regional-pa": h_uk_regional,
    "aap-cp": h_aap_cp,
    "feed-items": h_feed_items,
    "aggregators": h_aggregators,
    "reuters-labels": h_factbox_explainer,
}

NEGATIVES_29: dict[str, Template] = {
    "local-staff-page": n_local_staff_page,
    "indian-staff": n_indian_staff,
    "blog-extract": n_blog_extract,
    "teaser-chrome": n_teaser_chrome,
}
