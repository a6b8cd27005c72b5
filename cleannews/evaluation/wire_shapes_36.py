"""Round-thirty-six templates for the wire harness: national agencies beyond the big ones, scraped in whole pages.

News corpora built from the open web hold the English copy of national agencies that no big-agency
rule names, on the agencies' own sites and on WordPress aggregators like the seed's page. This round
draws, from what the writer knows of how each prints its copy, on India's IANS and UNI, Pakistan's
APP, Bangladesh's BSS, Nepal's RSS, Sri Lanka's LankaPuvath, the Philippines' PNA, Indonesia's
ANTARA, Vietnam's VNA, Thailand's TNA and NNT, the Gulf's WAM, SPA, KUNA, QNA, BNA and ONA,
Lebanon's NNA, Iran's IRNA, Anadolu's English page, Bulgaria's BTA, Romania's Agerpres, Ukrinform,
Prensa Latina, TASS in English, Kenya's KNA, Nigeria's NAN, South Africa's SAnews, Ghana's GNA,
Egypt's MENA and Morocco's MAP. Four page families are mixed: the agency's own page copied whole
(skip link, menu, breadcrumb, share bar, related list, footer), a WordPress aggregator in the seed's
shape (the search box printed twice, the menu at times twice, `Home » World`, the post's date and
author line, tags, share bar, related posts, comment form, footer), an extractor's output (headline,
a time or a writer, the story, its closing lines, nothing else) and an RSS item as a feed reader
saves it (title, pubDate, full content, the feed's "The post ... appeared first on ..." line). Two
aggregator templates break words of the body with a newline as the seed does (`bolste⏎r`). The
agencies' names are real; every person, site, address and sentence here is made up.

The contract as applied (what ``wire.py``'s docstring and the README call settled):

- fields as printed: the place, date and agency as the dateline prints them (`Dhaka`, `Nov 30, 2026`,
  `BSS`; `30th November, 2026`; SPA's Hijri date with the Gregorian one after it is one date);
  `source` is the most explicit credit: a `Source:` line, then a sign-off (`--IANS`, `--SPA`,
  `(PNA)`, `(NAN)`, `– SAnews.gov.za`), then a provider line (`MENA , Sunday 30 Nov 2026`), then the
  dateline's agency;
- bylines: the writer's name as printed, roles and times cut; a post's author line (`November 30,
  2026 by NAME`, `Posted on ... by NAME`, `By NAME - date`) names the writer, and an agency in the
  writer's place (`By IANS - ...`) fills it too, as rounds 17-35 settled (reconciled after the blind
  run: the first draft said it signs nobody); ANTARA's closing `Reporter: NAME` is the byline, not a
  credit, as rounds 5, 19 and 23 settled (reconciled after the blind run too); Anadolu's
  `NAME |date - Update : date` and BTA's `Author: NAME` give the name;
- head lines: the byline and time lines between the headline and the lede, and the provider line;
- closing lines: every line under the last paragraph down to the first line of page chrome is a
  trailer (sign-offs, desk codes, `(end)`, `/Ends`, SPA's time line, hashtags, a follow line, AA's
  note on its subscribers' service, the feed's "The post ..." line, ANTARA's copyright); page chrome
  (tags, share bars, related lists, comment forms, footers) is no field;
- credits: desk and staff codes as printed, the agency's letters included when the code joins them
  with slashes (`sk/vd`, `APP/ask/mkz`, `BSS/AB/CD/1745 hrs`, `WAM/NAME/NAME`, `UNI XC SNG`, `/DS/`,
  `3233**1416`, KUNA's `aff.gt` under its `(end)`), NNA's initials without the rule of `=` before
  them, people's lines (`Editor: NAME`, `Edited by NAME`), Agerpres' `(RO - author:
  ...; EN - author: ...)` without its brackets (as Reuters' bracketed credit line), the feed's
  "The post ... appeared first on ..." under agency copy; sign-offs give `source`, not credits;
- copyright: the story's own notice (ANTARA's `Copyright © ANTARA 2026`), else the page footer's
  notice (the footer fills `copyright` only when the story has none); extractor output and RSS
  items have none;
- body: the lede and paragraphs; a word broken by a newline is whole in the body, so the rejoin pass
  mending it loses nothing and leaving it broken loses its sentence.

Choices made for this round's details before the run: UNI's `UNI XC SNG` is a desk code (a credit
as printed, like PTI's), not a sign-off; IANS prints no dash after `(IANS)` and Prensa Latina none
after its name; NNA's `NNA - ` has no place; IRNA's `Tehran, IRNA –` has a place and no date;
VNA's, PNA's and SAnews' datelines are place-only or absent; Ukrinform's page has no dateline and
no source (its footer gives the copyright); KNA's `/Ends` is a trailer with no field; a MENA story
with only the provider line has no dateline and `MENA` as source; the pubDate of an RSS item is a
head line. Negatives: quoted datelines in prose (a middle paragraph, the last one, or opening the
lede), a lede opening with a place and a comma (`Dhaka, Chattogram and Khulna ...`), an agency's
name alone on a line in a teaser list under a staff story (with a teaser's dateline cut short by
`...`), and last paragraphs that open like closing lines (`Source:` before a sentence, "follow us",
a hashtag, "read more", "Edited by", "Ends of ..."). Only the footer's notice (in the teaser-list
negatives) and an RSS item's pubDate are expected there.

Blind first run (480 articles, 160 negatives), as the harness prints it; no template was changed
after it (every miss below is the tool's under the contract above; none was a template bug):

| field | held-out-36 P | held-out-36 R | negatives-36 P | negatives-36 R |
|---|---|---|---|---|
| tags | – | – | – | – |
| dateline place | 1.000 | 0.984 | – | – |
| dateline agency | 1.000 | 0.983 | – | – |
| dateline date | 1.000 | 0.979 | – | – |
| byline | 0.860 | 1.000 | – | – |
| source | 1.000 | 0.994 | – | – |
| credits | 1.000 | 0.632 | – | – |
| copyright | 1.000 | 1.000 | 1.000 | 1.000 |
| trailers | 1.000 | 0.750 | – | – |
| head lines | 1.000 | 0.989 | 1.000 | 1.000 |

Body sentences lost: held-out-36 4/3885, negatives-36 0/1364; nothing read in the negatives but the
footer's notice and the pubDate lines they expect. The misses, by cause (articles; one article may
have two causes):

- desk codes and credit lines under the story not read (trailer and credit missed): BSS's
  `BSS/AB/CD/1745 hrs` on its own page (16), UNI's `UNI XC SNG` (14; in 5 of them, where the post's
  author line is `by UNI`, the code was read as the byline and the author line left in the text),
  Agerpres' `(RO - author: ...; EN - author: ...)` (13), BTA's `/DS/` (10), NNA's `====== R.H.` (8),
  BNA's code over its `BNA 0858 GMT 2026` line (5);
- closing lines with no field not read: a hashtag line under the sign-off (13, Gulf aggregator), the
  aggregator's `Follow us on Google News ...` line (15), SPA's `15:32 LOCAL TIME 12:32 GMT` under
  `--SPA` (12), Anadolu's note on its subscribers' service (6);
- contract differences: an agency in the post's author line (`By IANS - date`, `date by UNI`) read
  as the byline (12), ANTARA's closing `Reporter: NAME` read as the byline rather than a credit (9);
  both give byline precision 0.860. The team's lead reconciled both with the settled contract after
  the run (the tool's reading is the contract's), which leaves the rest of the table as it was;
- SPA's dateline with the Hijri date first (`Riyadh, Jumada II 12, 1448, May 8, 2026, SPA --`) not
  read (7; in 1 with no sign-off the source is lost too);
- MENA's provider line (`MENA , Thursday 19 Apr 2026`) over a lede without a dateline taken as a
  head line but not as the source (2);
- body sentences lost (4 articles, 4 sentences): a word broken by a newline where both halves are
  words (`improve⏎ment`, `state⏎ment`, `work⏎flows`, `tradition⏎al`) left apart by the rejoin pass
  (the broken-word fragments, `beve⏎rages`, `accessi⏎ble`, `malicio⏎us`, were mended).
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # wire.py imports this module: the names are for the annotations only
    from cleannews.evaluation.wire import Case, Draft, Template

MONTHS_DOT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_PLAIN = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

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
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Made-up people: writers, editors, posters.
SOUTH_ASIAN = [
    "Ritika Sharma",
    "Arjun Malhotra",
    "Farah Qureshi",
    "Imran Siddiqui",
    "Nusrat Jahan",
    "Tanvir Ahmed",
    "Sujata Karki",
    "Prakash Adhikari",
    "Dilani Perera",
    "Kasun Jayasinghe",
]
SOUTHEAST_ASIAN = [
    "Maria Lourdes Dizon",
    "Ramon Villanueva",
    "Rina Hartono",
    "Budi Santoso",
    "Siti Rahmawati",
    "Nguyen Thu Ha",
    "Tran Minh Duc",
    "Somchai Wongsa",
]
ARABIC = ["Hatem Mohamed", "Rasha Saad", "Khaled Al-Amiri", "Noura Hassan", "Omar Haddad", "Layla Mansour"]
AFRICAN = ["Wanjiru Kamau", "Otieno Ochieng", "Chinedu Okafor", "Aisha Bello", "Kofi Mensah", "Ama Owusu"]
EUROPEAN = ["Elena Petrova", "Georgi Dimitrov", "Ioana Popescu", "Andrei Ionescu", "Ayse Demir", "Mehmet Kaya"]

# Made-up teaser headlines for related-post lists and sidebars.
TEASERS = [
    "Rail freight volumes climb for a third straight quarter",
    "Flood warnings issued for three northern districts",
    "Ministers agree to review fuel subsidy scheme next year",
    "New cricket stadium to open in the capital in March",
    "Exporters seek clarity on revised customs rules",
    "Health workers end week-long strike after pay deal",
    "Port authority plans second container terminal",
    "University entrance results to be published on Friday",
    "Power tariffs to remain unchanged until June, regulator says",
    "Airline adds weekly flights to two Gulf cities",
]
# Made-up aggregator and partner sites.
AGGREGATORS = ["Desi Wire Times", "South Asia Pulse", "Metro Ledger India", "Gulf Daily Digest", "Nile Valley Post"]


def _when(rng: random.Random) -> tuple[int, int]:
    """A month index and a day."""
    return rng.randrange(12), rng.randint(1, 28)


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 23), rng.randint(0, 59)


def _initials(rng: random.Random, n: int = 2, upper: bool = False) -> str:
    letters = "abcdefghjklmnprstvwz"
    code = "".join(rng.choice(letters) for _ in range(n))
    return code.upper() if upper else code


def _break_words(rng: random.Random, d: Draft, times: int) -> None:
    """Break long words of body paragraphs with a newline, as the seed's page does ("bolste⏎r"),
    in the text only: the case's body keeps them whole, so a word mended by the rejoin pass is no
    loss, and one left broken is."""
    picks: list[tuple[str, str, int]] = []
    for paragraph in rng.sample(d.body, min(times, len(d.body))):
        words = re.findall(r"\b[a-z]{9,}\b", paragraph)
        if words:
            word = rng.choice(words)
            picks.append((paragraph, word, rng.randint(3, len(word) - 2)))
    if not picks:
        return
    whole = d.text

    def broken() -> str:
        out = whole()
        for paragraph, word, cut in picks:
            at = out.index(word, out.index(paragraph)) + cut
            out = out[:at] + "\n" + out[at:]
        return out

    setattr(d, "text", broken)  # noqa: B010 (a draft's text, not its fields, carries the break)


def _search_box(rng: random.Random) -> list[str]:
    """The seed's search box, printed twice (desktop and mobile) or once."""
    box = ["Search", "Close this search box."]
    return [*box, *box] if rng.random() < 0.7 else box


def _wordpress_above(rng: random.Random, section: str) -> list[str]:
    menu = ["Home", section, "World", "Business", "Sports", "Entertainment", "Contact Us"]
    lines = [*_search_box(rng), ""]
    lines += menu
    if rng.random() < 0.4:
        lines += ["", *menu]  # the mobile menu, a second copy
    lines += ["", f"Home » {section}"]
    return lines


def _wordpress_below(rng: random.Random, site: str, tags: list[str]) -> tuple[list[str], str]:
    """A WordPress page under the story: tags, share bar, related posts, comment form, footer.
    Returns the lines and the footer's copyright notice."""
    lines: list[str] = []
    if rng.random() < 0.5:
        lines += ["Tags: " + ", ".join(tags)]
    else:
        lines += ["Tags", *tags]
    lines += ["", "Share this:"]
    lines += [f"Click to share on {s} (Opens in new window)" for s in ("Facebook", "X", "WhatsApp")]
    lines += ["", "Like this:", "Like Loading...", "", rng.choice(["Related Posts", "Related", "You May Also Like"])]
    for teaser in rng.sample(TEASERS, 3):
        m, day = _when(rng)
        lines += [teaser, f"{MONTHS_FULL[m]} {day}, 2026"]
    if rng.random() < 0.5:
        lines += [
            "",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "Name *",
            "Email *",
            "Post Comment",
        ]
    notice = rng.choice([f"© 2026 {site}. All rights reserved.", f"Copyright © 2026 {site}. All Rights Reserved."])
    lines += ["", "About Us", "Privacy Policy", "Contact Us", notice]
    if rng.random() < 0.5:
        lines.append("Proudly powered by WordPress | Theme: Newsline by Example Themes.")
    return lines, notice


def _own_site_above(rng: random.Random, menu: list[str], section: str) -> list[str]:
    """An agency's own page over the headline: skip link, menu, breadcrumb."""
    lines = ["Skip to content", *menu]
    if rng.random() < 0.5:
        lines += ["", f"Home / {section}"]
    return lines


def _own_site_below(rng: random.Random, notice: str) -> list[str]:
    lines = ["Share", "Facebook", "Twitter", "WhatsApp", "Email", "", rng.choice(["Related News", "More News"])]
    lines += rng.sample(TEASERS, 3)
    lines += ["", "About Us", "Contact", "Terms of Use", notice]
    return lines


# --- held-out templates ----------------------------------------------------------------------


def h_ians_uni_wordpress(rng: random.Random, d: Draft, c: Case) -> None:
    """IANS or UNI copy on a WordPress aggregator in the seed's shape: the search box twice, a
    menu, "Home » India", the post's date-and-author line, words broken mid-word, tags, share bar,
    related posts, footer."""
    m, day = _when(rng)
    c.place = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Lucknow", "Guwahati"])
    c.date = f"{MONTHS_PLAIN[m]} {day}"
    site = rng.choice(AGGREGATORS[:3])
    section = rng.choice(["India", "World", "Business", "Nation"])
    d.page_above = _wordpress_above(rng, section)
    if rng.random() < 0.5:
        c.agency = c.source = "IANS"
        d.dateline = f"{c.place}, {c.date} (IANS)"
        if rng.random() < 0.8:
            d.tail.append(rng.choice(["--IANS", "-- IANS", "—IANS"]))
        if rng.random() < 0.7:
            code = f"{_initials(rng)}/{_initials(rng)}"
            d.tail.append(code)
            c.credits = (code,)
    else:
        c.agency = c.source = "UNI"
        d.dateline = f"{c.place}, {c.date} (UNI)"
        if rng.random() < 0.7:
            code = f"UNI {_initials(rng, 2, True)} {_initials(rng, 3, True)}"
            d.tail.append(code)
            c.credits = (code,)
    when = f"{MONTHS_FULL[m]} {day}, 2026"
    poster = rng.choice([*SOUTH_ASIAN[:4], c.agency])
    meta = rng.choice([f"{when} by {poster}", f"Posted on {when} by {poster}", f"By {poster} - {when}"])
    d.head.append(meta)
    c.byline = poster  # an agency in the writer's place fills it too (reconciled with rounds 17-35)
    d.page_below, c.copyright = _wordpress_below(rng, site, rng.sample(["India", "Economy", "Politics", "IANS"], 2))
    if rng.random() < 0.6:
        _break_words(rng, d, rng.choice([1, 2]))


def h_app_bss_own_page(rng: random.Random, d: Draft, c: Case) -> None:
    """APP's and BSS's own English pages: a menu, the posting time under the headline, the colon or
    hyphen dateline, the desk code under the story (`APP/ask/mkz`, `BSS/AB/CD/1745 hrs`)."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    if rng.random() < 0.5:
        c.agency = c.source = "APP"
        c.place = rng.choice(["ISLAMABAD", "LAHORE", "KARACHI", "PESHAWAR", "QUETTA"])
        c.date = f"{MONTHS_PLAIN[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (APP):"
        d.page_above = _own_site_above(
            rng, ["Home", "National", "Business", "International", "Sports", "Provinces", "Photos"], "National"
        )
        d.head.append(
            rng.choice([f"{MONTHS_FULL[m]} {day}, 2026", f"{MONTHS_SHORT[m]} {day}, 2026 - {hour}:{minute:02d}"])
        )
        if rng.random() < 0.8:
            code = f"APP/{_initials(rng, 3)}/{_initials(rng, 3)}"
            d.tail.append(code)
            c.credits = (code,)
        c.copyright = "Copyright © 2026 APP. All rights reserved."
    else:
        c.agency = c.source = "BSS"
        c.place = rng.choice(["Dhaka", "Rajshahi", "Sylhet", "Khulna", "Barishal"])
        c.date = f"{MONTHS_PLAIN[m]} {day}, 2026"
        d.dateline = f"{c.place}, {c.date} (BSS) -"
        d.page_above = _own_site_above(
            rng, ["Home", "National", "Politics", "Business", "International", "Sports", "Bangla"], "National"
        )
        d.head.append(f"{WEEKDAYS[rng.randrange(7)]}, {day} {MONTHS_SHORT[m]} 2026, {hour:02d}:{minute:02d}")
        if rng.random() < 0.8:
            code = f"BSS/{_initials(rng, 2, True)}/{_initials(rng, 2, True)}/{hour:02d}{minute:02d} hrs"
            d.tail.append(code)
            c.credits = (code,)
        c.copyright = "© 2026 Bangladesh Sangbad Sangstha. All rights reserved."
    d.head_joint = "\n"
    d.page_below = _own_site_below(rng, c.copyright)


def h_rss_lankapuvath_extract(rng: random.Random, d: Draft, c: Case) -> None:
    """Nepal's RSS and Sri Lanka's LankaPuvath as an extractor outputs them: headline, maybe a
    date and a writer, the story, and a `Source:` line; no page around it."""
    m, day = _when(rng)
    if rng.random() < 0.5:
        c.agency = c.source = "RSS"
        c.place = rng.choice(["Kathmandu", "Pokhara", "Biratnagar", "Lalitpur", "Dhangadhi"])
        c.date = f"{MONTHS_DOT[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (RSS):"
        if rng.random() < 0.4:
            d.tail.append("Source: Rastriya Samachar Samiti")
            c.source = "Rastriya Samachar Samiti"
    else:
        c.agency = c.source = "LankaPuvath"
        c.place = rng.choice(["Colombo", "Kandy", "Galle", "Jaffna", "Trincomalee"])
        c.date = f"{MONTHS_PLAIN[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (LankaPuvath) -"
        if rng.random() < 0.4:
            d.tail.append("Source: LankaPuvath")
    if rng.random() < 0.5:
        d.head.append(f"2026-{m + 1:02d}-{day:02d}")
    if rng.random() < 0.4:
        c.byline = rng.choice(SOUTH_ASIAN[6:])
        d.head.insert(0, f"By {c.byline}")


def h_pna_antara_vna_own_page(rng: random.Random, d: Draft, c: Case) -> None:
    """PNA, ANTARA and VNA on their own English pages: PNA's `By` line and `MANILA –` with `(PNA)`
    under the story; ANTARA's `Jakarta (ANTARA) -` with its reporter, editor and copyright lines;
    VietnamPlus' `Hanoi (VNA) –` with `VNA` under it and tags below."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    kind = rng.choice(["pna", "antara", "vna"])
    d.head_joint = "\n"
    if kind == "pna":
        c.place = rng.choice(["MANILA", "CEBU CITY", "DAVAO CITY", "BAGUIO CITY", "ILOILO CITY"])
        d.dateline = f"{c.place} –"
        c.byline = rng.choice(SOUTHEAST_ASIAN[:2])
        d.head += [f"By {c.byline}", f"{MONTHS_FULL[m]} {day}, 2026, {hour % 12 + 1}:{minute:02d} pm"]
        d.tail.append("(PNA)")
        c.source = "PNA"
        d.page_above = _own_site_above(rng, ["Home", "Nation", "Regions", "Business", "Sports", "Foreign"], "Nation")
        c.copyright = "© 2026 Philippine News Agency. All rights reserved."
        d.page_below = _own_site_below(rng, c.copyright)
    elif kind == "antara":
        c.place = rng.choice(["Jakarta", "Surabaya", "Denpasar", "Makassar", "Medan"])
        c.agency = c.source = "ANTARA"
        d.dateline = f"{c.place} (ANTARA) -"
        d.head.append(f"{_ordinal(day)} {MONTHS_FULL[m]} 2026 {hour:02d}:{minute:02d}")
        reporter, editor = rng.sample(SOUTHEAST_ASIAN[2:5], 2)
        d.tail += [f"Reporter: {reporter}", f"Editor: {editor}"]
        # (the reporter's line names the byline, as rounds 5, 19 and 23 settled; reconciled after the blind run)
        c.byline, c.credits = reporter, (f"Editor: {editor}",)
        c.copyright = "Copyright © ANTARA 2026"
        d.tail.append(c.copyright)
        d.page_above = _own_site_above(rng, ["Home", "Indonesia", "Business", "World", "Sports", "Photo"], "Indonesia")
        d.page_below = ["Related News", *rng.sample(TEASERS, 2), "", "Most Popular", *rng.sample(TEASERS, 3)]
    else:
        c.place = rng.choice(["Hanoi", "Ho Chi Minh City", "Da Nang", "Can Tho", "Hai Phong"])
        c.agency = c.source = "VNA"
        d.dateline = f"{c.place} (VNA) –"
        d.head.append(f"{WEEKDAYS[rng.randrange(7)]}, {MONTHS_FULL[m]} {day}, 2026 {hour:02d}:{minute:02d}")
        if rng.random() < 0.7:
            d.tail.append("VNA")
        d.page_above = _own_site_above(
            rng, ["Home", "Politics", "Business", "Society", "Culture", "Travel"], "Politics"
        )
        c.copyright = "© 2026 VietnamPlus. All rights reserved."
        d.page_below = ["Tags", "Vietnam", "economy", "", *_own_site_below(rng, c.copyright)]


def h_tna_nnt_rss_item(rng: random.Random, d: Draft, c: Case) -> None:
    """Thai agencies' stories as a feed reader saves an RSS item: the title, the item's pubDate,
    the full content, and the feed's "The post ... appeared first on ..." line."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    c.place = rng.choice(["BANGKOK", "CHIANG MAI", "PHUKET", "KHON KAEN"])
    if rng.random() < 0.5:
        c.agency = c.source = "TNA"
        c.date = f"{MONTHS_SHORT[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (TNA) –"
    else:
        c.agency = c.source = "NNT"
        d.dateline = f"{c.place} (NNT) -"
    weekday = WEEKDAYS[rng.randrange(7)][:3]
    d.head.append(f"{weekday}, {day:02d} {MONTHS_SHORT[m]} 2026 {hour:02d}:{minute:02d}:00 +0700")
    if rng.random() < 0.7:
        site = rng.choice(["Thai Wire Review", "Bangkok Newsline"])
        note = f"The post {d.title} appeared first on {site}."
        d.tail.append(note)
        c.credits = (note,)


def h_wam_spa_own_page(rng: random.Random, d: Draft, c: Case) -> None:
    """WAM and SPA on their own English pages: WAM's ordinal date and closing `WAM/editor/translator`
    line; SPA's `RIYADH, November 30, 2026, SPA --` (at times with the Hijri date first), `--SPA` and
    its time line under the story."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    d.head_joint = "\n"
    if rng.random() < 0.5:
        c.agency = c.source = "WAM"
        c.place = rng.choice(["ABU DHABI", "DUBAI", "SHARJAH", "AL AIN", "FUJAIRAH"])
        c.date = f"{_ordinal(day)} {MONTHS_FULL[m]}, 2026"
        d.dateline = f"{c.place}, {c.date} (WAM) --"
        weekday = WEEKDAYS[rng.randrange(7)][:3]
        d.head.append(f"{weekday} {day:02d}-{m + 1:02d}-2026 {hour:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}")
        if rng.random() < 0.8:
            line = "WAM/" + "/".join(rng.sample(ARABIC, 2))
            d.tail.append(line)
            c.credits = (line,)
        d.page_above = _own_site_above(rng, ["Home", "UAE", "Gulf", "Arab", "World", "Economy", "Sports"], "UAE")
        c.copyright = "Copyright © 2026 Emirates News Agency. All rights reserved."
    else:
        c.agency = c.source = "SPA"
        c.place = rng.choice(["RIYADH", "JEDDAH", "MAKKAH", "DAMMAM", "ALULA"])
        date = f"{MONTHS_FULL[m]} {day}, 2026"
        if rng.random() < 0.3:
            c.place = c.place.title()
            date = f"Jumada II {rng.randint(1, 29)}, 1448, {date}"
        c.date = date
        d.dateline = f"{c.place}, {c.date}, SPA --"
        if rng.random() < 0.8:
            d.tail.append("--SPA")
            if rng.random() < 0.7:
                d.tail.append(f"{hour:02d}:{minute:02d} LOCAL TIME {(hour - 3) % 24:02d}:{minute:02d} GMT")
        d.page_above = _own_site_above(
            rng, ["Home", "Kingdom", "Economy", "International", "Sports", "Culture"], "Kingdom"
        )
        c.copyright = "© 2026 Saudi Press Agency. All rights reserved."
    d.page_below = _own_site_below(rng, c.copyright)


def h_gulf_wordpress(rng: random.Random, d: Draft, c: Case) -> None:
    """KUNA, QNA, BNA and ONA copy on a Gulf WordPress aggregator: KUNA's `(end)` and desk initials,
    BNA's desk code and filing line, ONA's `--ONA`, QNA's `Source:` line."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    kind = rng.choice(["KUNA", "QNA", "BNA", "ONA"])
    c.agency = c.source = kind
    if kind == "KUNA":
        c.place, c.date = "Kuwait", f"{MONTHS_PLAIN[m]} {day}"
        d.dateline = f"Kuwait, {c.date} (KUNA) --"
        if rng.random() < 0.8:
            code = f"{_initials(rng, 3)}.{_initials(rng, 2)}"
            d.tail += ["(end)", code]
            c.credits = (code,)
    elif kind == "QNA":
        c.place, c.date = "Doha", f"{MONTHS_FULL[m]} {day}"
        d.dateline = f"Doha, {c.date} (QNA) -"
        if rng.random() < 0.5:
            d.tail.append("Source: Qatar News Agency")
            c.source = "Qatar News Agency"
    elif kind == "BNA":
        c.place, c.date = "Manama", f"{MONTHS_DOT[m]} {day}"
        d.dateline = f"Manama, {c.date} (BNA) --"
        if rng.random() < 0.8:
            code = f"{_initials(rng, 2, True)}/{_initials(rng, 2, True)}"
            d.tail += [code, f"BNA {hour:02d}{minute:02d} GMT 2026"]
            c.credits = (code,)
    else:
        c.place, c.date = "Muscat", f"{MONTHS_PLAIN[m]} {day}"
        d.dateline = f"Muscat, {c.date} (ONA) --"
        if rng.random() < 0.7:
            d.tail.append("--ONA")
    section = rng.choice(["Gulf", "Middle East", "Region"])
    d.page_above = _wordpress_above(rng, section)
    poster = rng.choice(ARABIC)
    when = f"{MONTHS_FULL[m]} {day}, 2026"
    d.head.append(rng.choice([f"Posted on {when} by {poster}", f"{when} by {poster}"]))
    c.byline = poster
    if rng.random() < 0.4:
        d.tail.append(f"#{c.place} #{rng.choice(['GCC', 'Economy', 'Diplomacy'])}")
    d.page_below, c.copyright = _wordpress_below(rng, "Gulf Daily Digest", ["Gulf", kind])


def h_nna_irna_aa(rng: random.Random, d: Draft, c: Case) -> None:
    """Lebanon's NNA (`NNA - ` and `====== R.H.` under the story) and IRNA (`Tehran, IRNA – ` and a
    code such as `3233**1416`) as an extractor outputs them; Anadolu's English page (`NAME |date -
    Update : date`, `ANKARA (AA) - `, the site's note on its subscribers' service)."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    kind = rng.choice(["NNA", "IRNA", "AA"])
    c.agency = c.source = kind
    if kind == "NNA":
        d.dateline = "NNA -"
        if rng.random() < 0.5:
            d.head.append(f"{WEEKDAYS[rng.randrange(7)]} {day:02d} {MONTHS_SHORT[m]} 2026 {hour:02d}:{minute:02d}")
        if rng.random() < 0.8:
            initials = rng.choice(["R.H.", "L.Y.", "R.Sh.", "N.A."])
            d.tail.append(f"{'=' * rng.randint(10, 16)} {initials}")
            c.credits = (initials,)
    elif kind == "IRNA":
        c.place = "Tehran"
        d.dateline = "Tehran, IRNA –"
        if rng.random() < 0.6:
            d.head.append(f"{MONTHS_SHORT[m]} {day}, 2026, {hour:02d}:{minute:02d}")
        if rng.random() < 0.8:
            code = f"{rng.randint(1000, 9999)}**{rng.randint(1000, 9999)}"
            d.tail.append(code)
            c.credits = (code,)
    else:
        c.place = rng.choice(["ANKARA", "ISTANBUL", "IZMIR"])
        d.dateline = f"{c.place} (AA) -"
        c.byline = rng.choice(EUROPEAN[4:])
        stamp = f"{day:02d}.{m + 1:02d}.2026"
        d.head.append(f"{c.byline}   |{stamp} - Update : {stamp}")
        if rng.random() < 0.6:
            d.tail.append(
                "The agency's website carries only part of the stories sent to subscribers of its news service, "
                "in shortened form. Contact us for subscription options."
            )
        d.page_above = _own_site_above(rng, ["Home", "World", "Politics", "Economy", "Sports", "Analysis"], "World")
        c.copyright = "© 2026 Anadolu Agency. All rights reserved."
        d.page_below = ["Related topics", "Türkiye", "Diplomacy", "", *_own_site_below(rng, c.copyright)]
        d.head_joint = "\n"


def h_bta_agerpres_ukrinform(rng: random.Random, d: Draft, c: Case) -> None:
    """European agencies' own English pages: BTA (`Sofia, November 30 (BTA) - `, an `Author:` line,
    `/DS/` under the story), Agerpres (`Bucharest, Nov 30 /Agerpres/ - ` and its `(RO - author: ...;
    EN - author: ...)` line), Ukrinform (no dateline, a time under the headline, a footer)."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    kind = rng.choice(["BTA", "Agerpres", "Ukrinform"])
    d.head_joint = "\n"
    if kind == "BTA":
        c.agency = c.source = "BTA"
        c.place = rng.choice(["Sofia", "Plovdiv", "Varna", "Burgas"])
        c.date = f"{MONTHS_FULL[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (BTA) -"
        if rng.random() < 0.5:
            c.byline = rng.choice(EUROPEAN[:2])
            d.head.append(f"Author: {c.byline}")
        d.head.append(f"{hour:02d}:{minute:02d}, {day:02d} {MONTHS_SHORT[m]} 2026")
        if rng.random() < 0.8:
            code = f"/{_initials(rng, 2, True)}/"
            d.tail.append(code)
            c.credits = (code,)
        c.copyright = "© 2026 Bulgarian News Agency. All rights reserved."
    elif kind == "Agerpres":
        c.agency = c.source = "Agerpres"
        c.place = rng.choice(["Bucharest", "Cluj-Napoca", "Iasi", "Constanta"])
        c.date = f"{MONTHS_PLAIN[m]} {day}"
        d.dateline = f"{c.place}, {c.date} /Agerpres/ -"
        d.head.append(f"{day:02d}-{m + 1:02d}-2026 {hour:02d}:{minute:02d}")
        if rng.random() < 0.8:
            a, b = rng.sample(EUROPEAN[2:4] + EUROPEAN[:2], 2)
            x, y = rng.sample(EUROPEAN[:4], 2)
            credit = f"RO - author: {a}, editor: {b}; EN - author: {x}, editor: {y}"
            d.tail.append(f"({credit})")
            c.credits = (credit,)
        c.copyright = "© 2026 AGERPRES. All rights reserved."
    else:
        d.head.append(f"{day:02d}.{m + 1:02d}.2026 {hour:02d}:{minute:02d}")
        c.copyright = "© 2015-2026 Ukrinform. All rights reserved."
    d.page_above = _own_site_above(rng, ["Home", "Politics", "Economy", "Society", "World", "Sports"], "Politics")
    d.page_below = _own_site_below(rng, c.copyright)


def h_prensa_latina_tass_extract(rng: random.Random, d: Draft, c: Case) -> None:
    """Prensa Latina (`Havana, Nov 30 (Prensa Latina) `, lower-case desk initials under the story)
    and TASS in English (`MOSCOW, November 30. /TASS/.`, the time under the headline) as an
    extractor outputs them."""
    m, day = _when(rng)
    hour, minute = _clock(rng)
    if rng.random() < 0.5:
        c.agency = c.source = "Prensa Latina"
        c.place = rng.choice(["Havana", "Santiago de Cuba", "Caracas", "Managua", "Mexico City"])
        c.date = f"{MONTHS_PLAIN[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (Prensa Latina)"
        if rng.random() < 0.8:
            code = f"{_initials(rng, 3)}/{_initials(rng, 3)}"
            d.tail.append(code)
            c.credits = (code,)
    else:
        c.agency = c.source = "TASS"
        c.place = rng.choice(["MOSCOW", "ST. PETERSBURG", "VLADIVOSTOK", "KALININGRAD"])
        c.date = f"{MONTHS_FULL[m]} {day}"
        d.dateline = f"{c.place}, {c.date}. /TASS/."
        if rng.random() < 0.7:
            d.head.append(f"{day} {MONTHS_SHORT[m].upper()}, {hour:02d}:{minute:02d}")


def h_africa_own_pages(rng: random.Random, d: Draft, c: Case) -> None:
    """African agencies' own pages: KNA (`By` line, `/Ends`), NAN (`By` line, `(NAN)` and `Edited
    by ...`), SAnews (`– SAnews.gov.za`), GNA (`Accra, Nov. 30, GNA – ` and `GNA`)."""
    m, day = _when(rng)
    kind = rng.choice(["KNA", "NAN", "SAnews", "GNA"])
    d.head_joint = "\n"
    when = f"{MONTHS_FULL[m]} {day}, 2026"
    if kind == "KNA":
        c.byline = rng.choice(AFRICAN[:2])
        d.head += [f"By {c.byline}", when]
        if rng.random() < 0.7:
            d.tail.append("/Ends")
        c.copyright = "© 2026 Kenya News Agency. All rights reserved."
    elif kind == "NAN":
        c.byline = rng.choice(AFRICAN[2:4])
        d.head += [f"By {c.byline}", when]
        c.source = "NAN"
        d.tail.append("(NAN)")
        if rng.random() < 0.7:
            editor = rng.choice([n for n in AFRICAN if n != c.byline])
            d.tail.append(f"Edited by {editor}")
            c.credits = (f"Edited by {editor}",)
        c.copyright = "© 2026 News Agency of Nigeria. All rights reserved."
    elif kind == "SAnews":
        d.head.append(when)
        d.tail.append("– SAnews.gov.za")
        c.source = "SAnews.gov.za"
        c.copyright = "© 2026 South African Government News Agency. All rights reserved."
    else:
        c.byline = rng.choice(AFRICAN[4:])
        d.head += [f"By {c.byline}", when]
        c.place = rng.choice(["Accra", "Kumasi", "Tamale", "Cape Coast"])
        c.date = f"{MONTHS_DOT[m]} {day}"
        c.agency = c.source = "GNA"
        d.dateline = f"{c.place}, {c.date}, GNA –"
        if rng.random() < 0.5:
            d.tail.append("GNA")
        c.copyright = "© 2026 Ghana News Agency. All rights reserved."
    d.page_above = _own_site_above(rng, ["Home", "News", "Regions", "Business", "Sports", "Features"], "News")
    d.page_below = _own_site_below(rng, c.copyright)


def h_mena_map_wordpress(rng: random.Random, d: Draft, c: Case) -> None:
    """MENA and MAP copy on a WordPress aggregator with the seed's artefacts: the search box and the
    menu printed twice, words broken mid-word; MENA's provider line under the headline (`MENA ,
    Sunday 30 Nov 2026`), MAP's `Rabat, Nov. 30 (MAP) -`, a `Source:` line and a follow line."""
    m, day = _when(rng)
    d.page_above = _wordpress_above(rng, "Africa")
    if rng.random() < 0.5:
        c.agency = c.source = "MENA"
        d.head.append(f"MENA , {WEEKDAYS[rng.randrange(7)]} {day} {MONTHS_SHORT[m]} 2026")
        if rng.random() < 0.5:
            c.place, c.date = "CAIRO", f"{MONTHS_PLAIN[m]} {day}"
            d.dateline = f"CAIRO, {c.date} (MENA) -"
        else:
            c.agency = None  # the provider line credits MENA; the lede opens without a dateline
        if rng.random() < 0.4:
            d.tail.append("Source: Middle East News Agency")
            c.source = "Middle East News Agency"
    else:
        c.agency = c.source = "MAP"
        c.place = rng.choice(["Rabat", "Casablanca", "Marrakech", "Tangier"])
        c.date = f"{MONTHS_DOT[m]} {day}"
        d.dateline = f"{c.place}, {c.date} (MAP) -"
        poster = rng.choice(ARABIC[3:])
        d.head.append(f"{MONTHS_FULL[m]} {day}, 2026 by {poster}")
        c.byline = poster
        if rng.random() < 0.4:
            d.tail.append("Source: MAP")
    if rng.random() < 0.5:
        d.tail.append("Follow us on Google News for the latest updates.")
    d.page_below, c.copyright = _wordpress_below(rng, "Nile Valley Post", ["Egypt", "Morocco"])
    _break_words(rng, d, rng.choice([1, 2, 2]))


# --- negatives ---------------------------------------------------------------------------------

QUOTED_DATELINES = [
    'Agency copy on the site still opens with lines such as "Dhaka, Nov 30 (BSS) -", which the editors leave '
    "in place because readers expect them.",
    'The correction, datelined "New Delhi, Nov 30 (IANS)" in the original feed, was published two days after '
    "the first report.",
    'Students on the course are taught to read a line like "Kuwait, Nov 30 (KUNA) --" as the place and the '
    "day a story was filed.",
    'A reader complained that a story marked "(UNI)" at its end had been copied word for word from another outlet.',
]
QUOTED_LEDES = [
    "\"Islamabad, Nov 30 (APP):\" is how most of the country's morning news still begins, the study's author "
    "told the seminar on Tuesday.",
    '"Havana, Nov 30 (Prensa Latina)" was the only line of the dispatch that survived the censor, the former '
    "correspondent recalled.",
]
PLACE_COMMA_LEDES = [
    "Kathmandu, a valley of nearly three million people, has spent a decade arguing about where to put its rubbish.",
    "Islamabad, planned in the 1960s as a city of wide avenues, now struggles with traffic on most weekday mornings.",
    "Dhaka, Chattogram and Khulna together account for more than half of the country's garment exports, the "
    "survey found.",
    "Colombo, once a port of call for spice traders, is betting on cruise ships to lift its tourism numbers "
    "this winter.",
    "Manila, Cebu and Davao will each get a new flood-control pumping station under the plan approved on Tuesday.",
    "Accra, the capital, recorded its heaviest November rainfall in twenty years, according to the weather service.",
    "Muscat, Doha and Manama have all raised their forecasts for visitor numbers ahead of the winter season.",
    "Sofia, Bucharest and Kyiv signed a joint letter calling for faster rail links across the region.",
]
LOOKALIKE_ENDINGS = [
    "Source: a senior official at the ministry, who asked not to be named because the talks were private, "
    "said the figures would be revised in January.",
    "The figures come from one source: the central bank's quarterly survey of about 1,200 firms.",
    "Organisers asked residents to follow us on social media, meaning the council's new page, for news of "
    "road closures.",
    "The campaign, run under the hashtag #CleanRiversNow, drew more than 4,000 volunteers over the weekend.",
    "Readers who want to read more can find the full report on the commission's website, the chairman said.",
    "Edited by a team of volunteers, the bulletin now reaches about 20,000 homes in the district each week.",
    "Ends of the old runway will be turned into a public park, the airport's director said on Sunday.",
]


def n_quoted_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story on a WordPress page (no post meta, a footer without a notice) that quotes
    agency datelines in its prose: in a middle paragraph, as the last paragraph, or opening the lede."""
    d.page_above = _wordpress_above(rng, rng.choice(["Media", "Opinion"]))
    where = rng.random()
    if where < 0.3:
        d.body.insert(0, d.lede)
        d.lede = rng.choice(QUOTED_LEDES)
    elif where < 0.6:
        d.body.insert(len(d.body) // 2, rng.choice(QUOTED_DATELINES))
    else:
        d.body.append(rng.choice(QUOTED_DATELINES))
    d.page_below = ["Share this:", "Facebook", "X", "", "Related Posts", *rng.sample(TEASERS, 3), "", "About Us"]


def n_place_comma_lede(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story whose lede opens with a place and a comma, as an extractor outputs it or as an
    RSS item with its pubDate (a head line, the one field expected)."""
    d.body.insert(0, d.lede)
    d.lede = rng.choice(PLACE_COMMA_LEDES)
    if rng.random() < 0.5:
        m, day = _when(rng)
        d.head.append(f"{WEEKDAYS[rng.randrange(7)][:3]}, {day:02d} {MONTHS_SHORT[m]} 2026 08:30:00 +0000")


def n_agency_in_teasers(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story on an aggregator whose "Latest News" list under it credits each teaser with an
    agency's name alone on a line, one teaser quoting its dateline cut short with an ellipsis."""
    d.page_above = _wordpress_above(rng, rng.choice(["India", "World"]))
    below: list[str] = ["Latest News"]
    for teaser in rng.sample(TEASERS, 4):
        below += [teaser, rng.choice(["IANS", "APP", "BSS", "KUNA", "PNA", "GNA"]), f"{rng.randint(1, 9)} hours ago"]
    below += [
        "Kuwait, Nov 30 (KUNA) -- The cabinet on Monday approved the draft budget for the next fiscal year...",
        "Read more »",
    ]
    notice = "© 2026 South Asia Pulse. All rights reserved."
    d.page_below = [*below, "", "About Us", "Privacy Policy", notice]
    c.copyright = notice  # the footer's notice: the story has none (the settled contract)


def n_lookalike_endings(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story whose last paragraph is prose that looks like a closing line: `Source:` before a
    sentence, a follow request, a hashtag, "read more", "Edited by" and "Ends" opening sentences."""
    d.body.append(rng.choice(LOOKALIKE_ENDINGS))


HELD_OUT_36: dict[str, Template] = {
    "ians-uni-wordpress": h_ians_uni_wordpress,
    "app-bss-own-page": h_app_bss_own_page,
    "rss-lankapuvath-extract": h_rss_lankapuvath_extract,
    "pna-antara-vna-own-page": h_pna_antara_vna_own_page,
    "tna-nnt-rss-item": h_tna_nnt_rss_item,
    "wam-spa-own-page": h_wam_spa_own_page,
    "gulf-wordpress": h_gulf_wordpress,
    "nna-irna-aa": h_nna_irna_aa,
    "bta-agerpres-ukrinform": h_bta_agerpres_ukrinform,
    "prensa-latina-tass-extract": h_prensa_latina_tass_extract,
    "africa-own-pages": h_africa_own_pages,
    "mena-map-wordpress": h_mena_map_wordpress,
}
NEGATIVES_36: dict[str, Template] = {
    "quoted-datelines": n_quoted_datelines,
    "place-comma-lede": n_place_comma_lede,
    "agency-in-teasers": n_agency_in_teasers,
    "lookalike-endings": n_lookalike_endings,
}
