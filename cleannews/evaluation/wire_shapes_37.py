"""Round-thirty-seven templates for the wire harness: wire stories from archives, mirrors and walls.

Written blind (the rules, their data, the earlier rounds' templates and the wire pass's tests
unread; only ``wire.py`` and the README's statements of the contract read). It draws from how
researchers and journalists retrieve a story that has left its page or sits behind something: a
Wayback Machine capture copied as text (the toolbar's lines above the page: "The Wayback Machine -
https://web.archive.org/web/...", "N captures", the date range, the month and year strips,
"About this capture", "COLLECTED BY" and the collection's note, "TIMESTAMPS"), an archive.today /
archive.ph / archive.is copy (its header block: "webpage capture", "Saved from", the address, the
UTC time, "All snapshots from host ...", "Webpage", "Screenshot", "download .zip"), AMP and mobile
pages (the hamburger, "Open in app" and "Download our app" banners, a menu printed twice, sticky
share bars, an "Advertisement" label or an app promotion set inside the story), consent walls
("We value your privacy", a paragraph about partners and cookies, "Accept all / Reject all /
Manage preferences") over or under the page, metered paywalls ("You have N free articles left",
"Subscribe to continue reading", "Already a subscriber? Sign in") under the lede or at the page's
foot, a browser's translated page (the banner "Translated from Korean", "Show original", "Google
Translate" over a Korean Yonhap, a Japanese Kyodo or a Chinese Xinhua page, everything in it in
English as a machine translation prints it), and text copied out of a news aggregator's in-app
browser ("Done", the address, "AA", "Open in browser" above; "Hide stories from ..." below).
Agencies: Yonhap in English and Korean, Reuters, AP, AFP, Xinhua, Kyodo, PTI, ANI, Bernama,
Bloomberg, dpa, EFE, PA, AAP, Anadolu, on the agency's own page, a client paper or a portal. One
template is the seed's page archived: a WordPress aggregator's "Search" / "Close this search box."
block twice over a tagged Yonhap headline, mostly no dateline, words broken by a newline in the
middle ("bolste⏎r"), "Source: Yonhap News Agency" last. Every site, address, person and sentence
is made up; only the shapes are real.

The contract as applied (``wire.py``'s docstring and the README's field tables): fields as
printed (tags without brackets, as the headline writes them: "Comprehensive 2nd report" on a
translated Yonhap headline; the dateline's place, date and agency as written: "(Seoul = Yonhap
News) Reporter Han Ji-min =" gives place "Seoul", agency "Yonhap News", byline "Han Ji-min";
"Xinhua News Agency, Wuhan, April 25 (Reporter Lu Wenjie)" gives place "Wuhan", date "April 25",
agency "Xinhua News Agency", byline "Lu Wenjie"; "[Moscow Kyodo]" place "Moscow", agency
"Kyodo"); roles and affiliations cut from bylines ("By NAME, PA Political Correspondent": byline
NAME, source "PA"; "By NAME, dpa", "By NAME, AAP" likewise); the source is the most explicit
credit (a ``Source:`` line, then a sign-off such as "-- BERNAMA", "Australian Associated Press" or
a glued "(ANI)", then an agency's name alone among the head lines such as "Bernama", "KYODO",
"Anadolu Agency", "Press Trust of India", "Bloomberg", "Associated Press", or a time line naming
its source "... Source: Xinhua.net", then a byline's agency, then the dateline's agency); page
chrome is no field (frames, menus, walls, banners, share bars, teasers: nothing is expected of
them, and the "Reuters" of a paywall's partner box above a staff story's headline is chrome);
head lines are the byline, agency and time lines between the headline and the lede; closing lines
from the story's last paragraph down to the first chrome line are trailers (credits, notices,
"(END)", a desk's tip line "제보는 카카오톡 okjebo", a syndication disclaimer, Bloomberg's "More
stories like this ..." line, Reuters' standards line, the translated "... Sent" time), with their
fields (credits: the desk's address, "Reporting by ...", the AP contributor line, AFP's slug,
"Editor: NAME" also from "(Editor: NAME)", Bloomberg's assistance line without its dashes); the
story's copyright line fills ``copyright`` and the page footer's notice fills it only when the
story has none (so a footer's "© 2024 Site. All rights reserved." is expected where the story
printed none); chrome set inside the story (a paywall under the lede) is neither body nor field,
and every body paragraph must reach the output whole, a word broken by a newline mended.

Choices made for this round's details before running: the paywall, app promotion or
"Advertisement" block inside the story is set right under the lede, and the seed's broken words
are made in the body paragraphs (never the lede), both by a final step on the harness' own
assembly (``_finish``: the case's paragraphs stay whole in the expectation); ANI's bracketed
datelines ("New Delhi [India], ...") are left out, since the README does not say how their place
is read, and ANI is credited by its sign-off glued to the last paragraph (trailer "(ANI)");
combinations whose source the README leaves open (an agency line in the head and a sign-off in
the tail) are not generated; Kyodo under a "KYODO" head line has a bare "TOKYO –" dateline
(no agency), under a time line alone "TOKYO (Kyodo) --"; Yonhap's English page time line is its
"All News 13:53 March 15, 2024" form; translated Korean time lines read "Sent ..." or "Updated
..."; an AP byline's "Associated Press" makes the source "Associated Press", as in ``t_ap``.
Negatives: a staff story about web archives in a Wayback frame whose lede opens "The Wayback
Machine - the free archive ... -" and which quotes a capture count and date range; a staff story
behind a consent wall whose last paragraph opens "Source:" in a sentence; a staff story under a
paywall box with a "Reuters" logo line above its headline; a staff story on an AMP page or under a
translation banner whose lede opens with a place and a comma and which quotes a Yonhap dateline.
Their staff bylines and times, and a footer's notice, are expected as such.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, 40
articles per template; no template or expectation changed after it: every miss below was read
against the contract above and none is a bug of a template):

| field | held-out-37 P | held-out-37 R | negatives-37 P | negatives-37 R |
|---|---|---|---|---|
| tags | 1.000 | 0.993 | – | – |
| dateline place | 1.000 | 0.854 | – | – |
| dateline agency | 1.000 | 0.858 | – | – |
| dateline date | 1.000 | 0.864 | – | – |
| byline | 1.000 | 0.828 | 1.000 | 0.811 |
| source | 1.000 | 0.873 | – | – |
| credits | 1.000 | 0.990 | – | – |
| copyright | 1.000 | 0.935 | 1.000 | 1.000 |
| trailers | 0.901 | 0.921 | – | – |
| head lines | 1.000 | 0.922 | 1.000 | 0.796 |

Body sentences lost: held-out-37 6/4286, negatives-37 0/1297. Nothing false was read in
``negatives-37`` (no dateline, source, tag or trailer): the Wayback lede, the "Source:" sentence,
the paywall's "Reuters" and the quoted dateline all stayed text. No other set's figures changed.

Misses by cause (articles; 87 of 480 held-out articles and 18 of 160 negatives have one):

- a browser's translated page (40, every ``translated`` article): no translated dateline is read,
  "(Seoul = Yonhap News) Reporter NAME =" (18), "Xinhua News Agency, Wuhan, April 25 (Reporter
  NAME)" (11), "[Moscow Kyodo]" (11): place, agency and source missed in all 40, byline in 29, date
  in 11; the translated Yonhap notice "<Copyright (c) Yonhap News, unauthorized reproduction and
  redistribution prohibited>" is not read as the copyright (16) and the closing "2024/03/15 10:22
  Sent" not as a closing line (10); head times "Sent 2024-03-15 10:22" (4) and "2024-04-25 15:15:27
  Source: Xinhua.net" (4) stay. The translated tags ("[Comprehensive]", "[Breaking News]") and the
  desk's address were read;
- the aggregator's in-app browser (30 of ``inapp-pti-ani``): under the in-app bar ("Done", the
  address, "AA", "Open in browser" or "✕", the site, "⋮") no page is seen on 9 pages, whose
  first line stays the headline, so their PTI dateline, head lines and source are missed; the
  "Also read" teasers and the in-app bar under the story are taken as closing lines (11: all the
  trailers' false finds); the syndication notes in this round's wording ("... is published from a
  syndicated feed.") are not read (9); "(ANI)" glued to the last paragraph is missed (7), and the
  source with it on 4 of them (3 with no "ANI" head line, 1 whose head was not read either);
- a consent wall over the page (10): its heading ("We value your privacy") is taken for the
  headline and the story's head is not reached: PA bylines and times (4, ``paywall-pa-aap``), AFP's
  "Issued on:" lines (2), Xinhua's "Source: Xinhua| ...|Editor: huaxia" line (3) and its dateline
  (2; 6 articles of ``consent-afp-xinhua``); under the page (2), Xinhua's closing "Editor: NAME"
  is not reached (the wall's prose and the teasers above it stay);
- the chrome pass took story text (2, 4 sentences lost): a two-sentence lede above a paywall went
  with the head (``paywall-bloomberg``: the Bloomberg dateline and head lines with it), and a
  story of two short lines went as part of the "Related" list under it (a Kyodo dateline with it);
- words broken mid-word not mended (2 sentences): "scaffo⏎lded", "with⏎drawn" (``seed-aggregator``;
  its other broken words were mended, its "Source: Yonhap News Agency" always read);
- a tag before a headline in lower case (1): "(2nd LD) what is once sprung ...";
- negatives (18): staff bylines and their times missed, on Wayback-framed pages whose story opens
  "The Wayback Machine - ..." where nothing at all was done (10: the toolbar's first line stays
  the headline) and under a consent wall whose heading is taken for the headline (8).

Estimate only: the rules were not changed for this round.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

# --- made-up people, sites and pieces of text ----------------------------------------------------

WRITERS = [
    "Dana Whitcombe",
    "Tomas Ferreira",
    "Hyun-woo Baek",
    "Lena Marsh",
    "Priyanka Dutt",
    "Marcus Oyelaran",
    "Ines Kovalenko",
    "Rafael Quintero",
    "Aiko Tanabe",
    "Callum Rees",
    "Sophie Lindqvist",
    "Yusuf Demirtas",
]
KOREAN_WRITERS = ["한지민", "오세윤", "문가람", "서도현", "윤태경"]
KOREAN_ROMANISED = ["Han Ji-min", "Oh Se-yoon", "Moon Ga-ram", "Seo Do-hyun", "Yoon Tae-kyung"]
CHINESE_ROMANISED = ["Zhao Lihua", "Sun Mingyu", "Qian Haoran", "Zhou Yiting", "Lu Wenjie"]
EDITORS = ["Wang Qiao", "Liang Shu", "Feng Dan", "Xu Mei"]
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
MONTHS_3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS_3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
TEASERS = [
    "Port city weighs night ferry service after record summer",
    "Regulator fines two lenders over slow complaint handling",
    "Heat wave pushes power demand to a new high",
    "Ministry delays rules on delivery riders' insurance",
    "Farmers count losses as late frost hits orchards",
    "Carmaker recalls 41,000 vans over brake sensor fault",
    "Coastal towns brace for the first typhoon of the season",
    "Court hears appeal in long-running water rights case",
    "Rail operator adds late trains for the festival weekend",
    "Central bank holds rates, signals patience on cuts",
    "Students return to schools rebuilt after the floods",
    "Exporters see slower orders as shipping costs climb",
]
KOREAN_TEASERS = [
    "서울 도심 심야버스 노선 두 곳 늘린다",
    "지방 공항 국제선 증편…여름 성수기 대비",
    "수도권 아파트 전세 거래 석 달째 증가",
    "청년 일자리 지원 예산 12% 늘어",
    "남부 지방 장마 시작…주말까지 많은 비",
]
TRANSLATED_TEASERS = [
    "Two more late-night bus routes in downtown Seoul",
    "International flights at regional airports increased ahead of the summer season",
    "Jeonse transactions in the metropolitan area rise for the third month",
    "Budget for youth job support up 12%",
]


def _when(rng: random.Random) -> tuple[int, int, int, int, int]:
    """A publication time: year, month, day, hour, minute."""
    return rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)


def _clock(hour: int, minute: int, *, space: bool = True, dots: bool = False) -> str:
    """A 12-hour clock: "4:12 PM", "4:12pm", "4:12 p.m."."""
    half = ("a.m." if dots else "AM") if hour < 12 else ("p.m." if dots else "PM")
    h = hour % 12 or 12
    return f"{h}:{minute:02d} {half}" if space else f"{h}:{minute:02d}{half.lower()}"


def _host(rng: random.Random, names: list[str]) -> str:
    return rng.choice(names)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]


# --- the frames: what stands around (or inside) the story when it is retrieved this way ---------


def _wayback(rng: random.Random, url: str, y: int, m: int, day: int) -> list[str]:
    """The Wayback Machine's toolbar as a copy of the capture keeps it, above the page."""
    stamp = f"{y}{m:02d}{day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    lines = [f"The Wayback Machine - https://web.archive.org/web/{stamp}/{url}"]
    if rng.random() < 0.25:
        return lines  # a copy that kept only the hidden first line
    first = f"{day:02d} {MONTHS_3[m - 1]} {y}"
    last = f"{rng.randint(1, 28):02d} {MONTHS_3[rng.randrange(12)]} {y + 1}"
    lines += [f"{rng.randint(2, 900)} captures", f"{first} - {last}"]
    if rng.random() < 0.5:
        months = [MONTHS_3[(m - 2) % 12].upper(), MONTHS_3[m - 1].upper(), MONTHS_3[m % 12].upper()]
        lines += ["\t".join(months), f"{day:02d}", f"{y - 1}\t{y}\t{y + 1}"]
    if rng.random() < 0.6:
        lines += ["success", "fail"]
    lines += ["About this capture", "COLLECTED BY"]
    collection = rng.choice(
        [
            (
                "Organization: Lantern Web Keepers",
                "A volunteer group that saves news sites and local forums before they go offline.",
            ),
            (
                "Collection: news-frontpages-2024",
                "Front pages of news sites and the stories they link to, taken daily.",
            ),
            ("Collection: Save Page Now", "Pages saved by visitors on request."),
        ]
    )
    lines += [*collection, "TIMESTAMPS"]
    if rng.random() < 0.4:
        lines.append("loading")
    return lines


def _archive_today(rng: random.Random, url: str, host: str, y: int, m: int, day: int) -> list[str]:
    """archive.today's (archive.ph's) header block above the saved page."""
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    when = f"{day:02d} {MONTHS_3[m - 1]} {y} {clock} UTC"
    lines = [rng.choice(["archive.today", "archive.ph", "archive.is"]), "webpage capture"]
    lines += ["Saved from", url, "search", when]
    if rng.random() < 0.5:
        lines += ["history", "←prior", "next→"]
    else:
        lines.append("no other snapshots from this url")
    lines += [f"All snapshots from host {host}", "Webpage", "Screenshot"]
    lines += rng.choice([["share", "download .zip", "report bug or abuse"], ["share", "download .zip"]])
    if rng.random() < 0.5:
        lines.append("Buy me a coffee")
    return lines


def _consent(rng: random.Random) -> list[str]:
    """A consent wall's text, copied with the page under it."""
    partners = rng.randint(90, 980)
    lines = [rng.choice(["We value your privacy", "We care about your privacy", "Your privacy choices"])]
    lines.append(
        rng.choice(
            [
                f"We and our {partners} partners use cookies and similar tools to keep this site working, to "
                "measure how it is used and to show you advertising that fits your interests.",
                f"This site and its {partners} partners store and read small files on your device to count "
                "visits, remember your settings and choose the ads you see.",
            ]
        )
    )
    if rng.random() < 0.6:
        lines.append(
            "You can accept all, reject all or pick your own settings, and change your mind at any time under "
            "Privacy settings at the foot of each page."
        )
    lines += rng.choice(
        [
            ["Accept all", "Reject all", "Manage preferences"],
            ["Accept All", "Reject All", "Manage Preferences"],
            ["Reject all", "Accept all", "More options"],
            ["I Accept", "Show Purposes"],
        ]
    )
    return lines


def _paywall(rng: random.Random) -> list[str]:
    """A metered paywall's interstitial."""
    left = rng.randint(0, 5)
    lines = rng.choice(
        [
            [f"You have {left} free articles left this month.", "Subscribe to continue reading"],
            ["Subscribe to continue reading", f"You have {left} free articles left"],
            [f"You have {left} free articles left.", "Subscribe for unlimited access"],
            ["Subscribe to continue reading"],
        ]
    )
    if rng.random() < 0.4:
        lines.append(rng.choice(["See our plans", "Subscribe now", "Get 3 months for $1"]))
    lines.append(rng.choice(["Already a subscriber? Sign in", "Already a subscriber? Log in"]))
    return lines


def _app_bar(rng: random.Random, site: str) -> list[str]:
    """A mobile or AMP page's top: the hamburger, the site's name, app banners."""
    lines = [rng.choice(["☰", "Menu", "≡"]), site]
    lines += rng.sample(
        [
            "Open in app",
            "Download our app",
            f"Get the {site.removeprefix('The ')} app",
            "Sign in",
            "Search",
            "Subscribe",
        ],
        rng.randint(2, 4),
    )
    return lines


def _share_bar(rng: random.Random) -> list[str]:
    """A sticky share bar, copied as the buttons' labels."""
    return rng.choice(
        [
            ["Share", "Facebook", "X", "WhatsApp", "Email", "Copy link"],
            ["Share this article", "Facebook", "Twitter", "LinkedIn", "Copy Link"],
            ["Share", "WhatsApp", "Telegram", "Copy link"],
        ]
    )


def _menu(rng: random.Random) -> list[str]:
    sections = ["Home", "News", "World", "Business", "Politics", "Sport", "Opinion", "Tech", "Culture"]
    return [sections[0], *rng.sample(sections[1:], rng.randint(4, 7))]


def _teasers(rng: random.Random, label: str) -> list[str]:
    return ["", label, *rng.sample(TEASERS, rng.randint(2, 4))]


def _footer(rng: random.Random, site: str, y: int) -> str:
    return rng.choice(
        [
            f"© {y} {site}. All rights reserved.",
            f"Copyright © {y} {site}. All rights reserved.",
            f"© {site} {y}",
        ]
    )


def _finish(d: Draft, inside: list[str] | None = None, breaks: list[tuple[str, str]] | None = None) -> None:
    """Give the draft its final text: the harness' own assembly, then a block of page chrome set in
    under the lede (a paywall or an app banner inside the story) and words broken by a newline in
    the body paragraphs (the seed's ``bolste⏎r``). The case still expects the paragraphs whole."""
    plain = type(d).text

    def text() -> str:
        out = plain(d)
        lede = f"{d.dateline} {d.lede}".strip()
        if inside and lede in out:
            out = out.replace(lede, lede + "\n\n" + "\n".join(inside), 1)
        for whole, broken in breaks or ():
            out = out.replace(whole, broken, 1)
        return out

    vars(d)["text"] = text


def _breaks(rng: random.Random, paragraphs: list[str], count: int) -> list[tuple[str, str]]:
    """Up to ``count`` body paragraphs, each with one long word broken by a newline."""
    out: list[tuple[str, str]] = []
    for paragraph in rng.sample(paragraphs, min(count, len(paragraphs))):
        words = list(re.finditer(r"\b[a-z]{8,}\b", paragraph))
        if not words:
            continue
        word = rng.choice(words)
        cut = word.start() + rng.randint(2, len(word.group()) - 1)
        out.append((paragraph, paragraph[:cut] + "\n" + paragraph[cut:]))
    return out


# --- held-out templates ----------------------------------------------------------------------

YONHAP_TAGS: list[tuple[str, ...]] = [
    ("LEAD",),
    ("LEAD",),
    ("2nd LD",),
    ("URGENT",),
    ("News Focus",),
    ("Yonhap Interview",),
    ("LEAD", "News Focus"),
    (),
    (),
]
YONHAP_HOSTS = ["en.hanbit-wire.com", "english.seoulwire-news.net"]


def h_wayback_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap's English page as the Wayback Machine captured it: toolbar, menus, the tagged headline,
    Yonhap's section-and-time line, the dateline, the desk's address and (END), keywords and lists,
    the footer's notice (the copyright: the story has none)."""
    y, m, day, hh, mi = _when(rng)
    c.tags = rng.choice(YONHAP_TAGS)
    d.title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
    url = f"https://{_host(rng, YONHAP_HOSTS)}/view/AEN{y}{m:02d}{day:02d}00{rng.randint(1000, 9999)}315"
    d.page_above = [*_wayback(rng, url, y, m, day), "", "Skip to content", *_menu(rng)]
    if rng.random() < 0.3:
        d.page_above += ["", *_menu(rng)]  # the menu twice: the bar and the drawer
    if rng.random() < 0.75:
        section = rng.choice(["All News", "All News", "North Korea", "Economy"])
        d.head.append(f"{section} {hh:02d}:{mi:02d} {MONTHS_FULL[m - 1]} {day}, {y}")
    c.place = rng.choice(["SEOUL", "SEOUL", "SEOUL", "SEJONG", "WASHINGTON", "BEIJING"])
    c.date, c.agency, c.source = f"{MONTHS_DOT[m - 1]} {day}", "Yonhap", "Yonhap"
    d.dateline = f"{c.place}, {c.date} (Yonhap) --"
    if rng.random() < 0.6:
        email = f"{rng.choice(['hjmin', 'sykim', 'gr.moon', 'tkyoon'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    if rng.random() < 0.85:
        d.tail.append("(END)")
    d.tail_blank = rng.random() < 0.5
    d.page_below = ["Keywords", "#North Korea", "#economy"][: rng.randint(2, 3)]
    d.page_below += _teasers(rng, rng.choice(["Most Viewed", "Latest News"]))
    if rng.random() < 0.6:
        c.copyright = f"(C) Yonhap News Agency {y}. All Rights Reserved."
        d.page_below += ["", "About Us", "Contact Us", c.copyright]


def h_wayback_yonhap_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap's Korean page captured by the Wayback Machine or archive.today (Korean body text)."""
    y, m, day, hh, mi = _when(rng)
    url = f"https://www.hanbit-wire.co.kr/view/AKR{y}{m:02d}{day:02d}0{rng.randint(10000, 99999)}00{rng.randint(1, 9)}"
    if rng.random() < 0.6:
        d.page_above = _wayback(rng, url, y, m, day)
    else:
        d.page_above = _archive_today(rng, url, "www.hanbit-wire.co.kr", y, m, day)
    d.page_above += ["", "연합뉴스", "전체메뉴", "검색"]
    d.page_above += rng.sample(["정치", "북한", "경제", "산업", "사회", "전국", "세계", "문화", "스포츠"], 6)
    c.tags = rng.choice([("속보",), ("2보",), ("종합",), ("종합2보",), ("단독",), ("인터뷰",), (), ()])
    d.title = "".join(f"[{t}] " for t in c.tags) + d.title
    if rng.random() < 0.7:
        d.head.append(f"송고{y}-{m:02d}-{day:02d} {hh:02d}:{mi:02d}")
    city = rng.choice(["서울", "서울", "세종", "부산", "광주", "워싱턴"])
    reporter = rng.choice(KOREAN_WRITERS)
    c.place, c.agency, c.byline, c.source = city, "연합뉴스", reporter, "연합뉴스"
    role = "특파원" if city == "워싱턴" else "기자"
    d.dateline = f"({city}=연합뉴스) {reporter} {role} ="
    email = f"{rng.choice(['jmhan', 'syoh', 'garam', 'dhseo'])}@yna.co.kr"
    d.tail.append(email)
    c.credits = (email,)
    if rng.random() < 0.4:
        d.tail.append("제보는 카카오톡 okjebo")  # the desk's tip line: a closing line, no field
    c.copyright = rng.choice(
        [
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        ]
    )
    d.tail.append(c.copyright)
    if rng.random() < 0.5:
        d.tail.append(f"{y}/{m:02d}/{day:02d} {hh:02d}:{mi:02d} 송고")
    d.tail_blank = False
    d.page_below = ["관련 뉴스", *rng.sample(KOREAN_TEASERS, 2), "", "공유", "많이 본 뉴스"]
    d.page_below += rng.sample(KOREAN_TEASERS, 2)


def h_seed_aggregator(rng: random.Random, d: Draft, c: Case) -> None:
    """The seed's page, archived: a WordPress aggregator's search box twice over Yonhap's tagged
    headline, often no dateline, words broken mid-word, "Source: Yonhap News Agency" at the end."""
    y, m, day, _, _ = _when(rng)
    search = ["Search", "Close this search box."]
    d.page_above = [*search, *search]
    if rng.random() < 0.5:
        url = f"https://koreadesk-today.com/{y}/{m:02d}/{day:02d}/{_slug(d.title)}/"
        d.page_above = [*_wayback(rng, url, y, m, day), "", *d.page_above]
    c.tags = rng.choice(YONHAP_TAGS[:-1])
    d.title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
    if rng.random() < 0.35:
        c.place, c.date, c.agency = "SEOUL", f"{MONTHS_DOT[m - 1]} {day}", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    c.source = "Yonhap News Agency"
    d.tail.append("Source: Yonhap News Agency")
    if rng.random() < 0.5:
        d.page_below = ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading..."]
        d.page_below += _teasers(rng, "Related")
    _finish(d, breaks=_breaks(rng, d.body, rng.choice([1, 2, 2])))


REUTERS_TAGS: list[tuple[str, ...]] = [("UPDATE 1",), ("UPDATE 2",), ("EXCLUSIVE",), ("ANALYSIS",), (), (), ()]
PAPERS = ["The Harbor Ledger", "Tri-County Sentinel", "Maple Valley Courier", "The Ridgeview Dispatch"]
PAPER_HOSTS = {
    "The Harbor Ledger": "www.harborledger.com",
    "Tri-County Sentinel": "www.tricountysentinel.net",
    "Maple Valley Courier": "www.maplevalleycourier.com",
    "The Ridgeview Dispatch": "m.ridgeviewdispatch.com",
}
PLACES = ["LONDON", "WASHINGTON", "SINGAPORE", "FRANKFURT", "NEW YORK", "BRUSSELS", "TOKYO", "SEOUL"]
US_PLACES = ["PHOENIX", "ALBANY, N.Y.", "BATON ROUGE, La.", "DES MOINES, Iowa", "WASHINGTON", "NEW YORK"]


def h_archive_today_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """A client paper's Reuters story saved by archive.today: the header block, the paper's menu,
    a slugged headline, byline and time, the Reuters dateline, the credit line, the paper's
    "Copyright ... Thomson Reuters." or the agency's standards line, related links and the footer."""
    y, m, day, hh, mi = _when(rng)
    paper = rng.choice(PAPERS)
    host = PAPER_HOSTS[paper]
    url = f"https://{host}/news/world/articles/{y}-{m:02d}-{day:02d}/{_slug(d.title)}"
    d.page_above = [*_archive_today(rng, url, host, y, m, day), "", "Skip to main content", paper, *_menu(rng)]
    c.tags = rng.choice(REUTERS_TAGS)
    d.title = "".join(f"{t}-" for t in c.tags) + d.title
    if rng.random() < 0.5:
        c.byline = _names(rng)
        d.head.append(f"By {c.byline}")
    if rng.random() < 0.8:
        zone = rng.choice(["GMT", "GMT+9", "UTC", "EDT"])
        d.head.append(f"{MONTHS_FULL[m - 1]} {day}, {y} {_clock(hh, mi)} {zone}")
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.place, c.date, c.agency, c.source = rng.choice(PLACES), f"{MONTHS_PLAIN[m - 1]} {day}", "Reuters", "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    who = rng.sample(WRITERS, 2)
    credit = f"Reporting by {who[0]}; Editing by {who[1]}"
    c.credits = (credit,)
    d.tail.append(f"({credit})" if rng.random() < 0.6 else credit)
    if rng.random() < 0.5:
        c.copyright = f"Copyright {y} Thomson Reuters."
        d.tail.append(c.copyright)
    elif rng.random() < 0.5:
        d.tail.append("Our Standards: The Thomson Reuters Trust Principles.")
    d.page_below = ["Tags:", rng.choice(["World News", "Business", "Markets"]), *_teasers(rng, "Related Content")]
    if rng.random() < 0.6:
        footer = _footer(rng, paper, y)
        d.page_below += ["", "Privacy Policy", "Terms of Use", footer]
        c.copyright = c.copyright or footer


def _names(rng: random.Random) -> str:
    return " and ".join(rng.sample(WRITERS, rng.choice([1, 1, 2])))


def h_amp_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """AP on a member paper's AMP page: the hamburger and app banners, a share bar under the headline,
    AP's byline forms and time line, an advertisement label or app promotion under the lede, the
    AP tail, the sticky share bar and the paper's footer."""
    y, m, day, hh, mi = _when(rng)
    paper = rng.choice(PAPERS)
    d.page_above = _app_bar(rng, paper)
    if rng.random() < 0.3:
        d.title += "\n" + "\n".join(_share_bar(rng))
    c.place, c.agency, c.source = rng.choice(US_PLACES), "AP", "AP"
    if rng.random() < 0.8:
        c.byline = _names(rng)
        style = rng.random()
        if style < 0.35:
            c.byline = c.byline.upper()
            d.head += [f"By {c.byline}", "Associated Press"]
            c.source = "Associated Press"
        elif style < 0.65:
            d.head.append(f"By {c.byline}, Associated Press")
            c.source = "Associated Press"
        else:
            d.head.append(f"By {c.byline}")
    if rng.random() < 0.7:
        zone = "EDT" if 3 <= m <= 10 else "EST"
        label = rng.choice(["Updated", "Published"])
        d.head.append(f"{label} {_clock(hh, mi)} {zone}, {MONTHS_FULL[m - 1]} {day}, {y}")
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.dateline = f"{c.place} (AP) —"
    inside = None
    if rng.random() < 0.4:
        inside = rng.choice(
            [["Advertisement"], ["ADVERTISEMENT"], [f"Get the {paper.removeprefix('The ')} app", "Download now"]]
        )
    if rng.random() < 0.6:
        d.tail.append("___")
        who = rng.sample(WRITERS, 2)
        credit = rng.choice(
            [
                f"Associated Press writer {who[0]} in {rng.choice(['Denver', 'Atlanta'])} contributed to this report.",
                f"Associated Press writers {who[0]} and {who[1]} contributed to this report.",
            ]
        )
        d.tail.append(credit)
        c.credits = (credit,)
    if rng.random() < 0.6:
        c.copyright = (
            f"Copyright {y} The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed."
        )
        d.tail.append(c.copyright)
    d.page_below = [*_share_bar(rng), *_teasers(rng, "Trending")]
    if rng.random() < 0.5:
        footer = _footer(rng, paper, y)
        d.page_below += ["", "View full site", footer]
        c.copyright = c.copyright or footer
    _finish(d, inside=inside)


PORTALS = ["Meridian World News", "GlobeLine 24", "Atlas Wire Daily"]


def h_consent_afp_xinhua(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP or Xinhua on an international portal copied with its consent wall (above the page or,
    as the overlay sits at the end of the document, below it)."""
    y, m, day, hh, mi = _when(rng)
    portal = rng.choice(PORTALS)
    wall = _consent(rng)
    above = rng.random() < 0.7
    d.page_above = [*([*wall, ""] if above else []), portal, *_menu(rng)]
    if rng.random() < 0.6:
        c.place, c.agency, c.source = rng.choice(["Paris", "PARIS", "Geneva", "Nairobi", "Kyiv"]), "AFP", "AFP"
        if rng.random() < 0.7:
            d.head.append(f"Issued on: {day:02d}/{m:02d}/{y} - {hh:02d}:{mi:02d}")
            if rng.random() < 0.4:
                d.head.append(f"Modified: {day:02d}/{m:02d}/{y} - {(hh + 1) % 24:02d}:{mi:02d}")
        d.dateline = f"{c.place} (AFP) {rng.choice(['-', '–'])}"
        if rng.random() < 0.7:
            slug = rng.choice(["kvd-lm/ach", "jd/gv", "bur-rt/sbk", "mfb/rox"])
            d.tail.append(slug)
            c.credits = (slug,)
        if rng.random() < 0.6:
            c.copyright = f"© {y} AFP"
            d.tail.append(c.copyright)
    else:
        c.place, c.date, c.agency, c.source = "BEIJING", f"{MONTHS_DOT[m - 1]} {day}", "Xinhua", "Xinhua"
        if rng.random() < 0.5:
            stamp = f"{y}-{m:02d}-{day:02d} {hh:02d}:{mi:02d}:{rng.randint(0, 59):02d}"
            d.head.append(f"Source: Xinhua| {stamp}|Editor: huaxia")
        d.dateline = f"BEIJING, {c.date} (Xinhua) --"
        if rng.random() < 0.6:
            editor = f"Editor: {rng.choice(EDITORS)}"
            d.tail.append(editor)
            c.credits = (editor,)
    d.head_joint = "\n"
    d.page_below = _teasers(rng, "Read more")
    if not above:
        d.page_below += ["", *wall]
    if rng.random() < 0.5:
        footer = _footer(rng, portal, y)
        d.page_below += ["", footer]
        c.copyright = c.copyright or footer


FINANCE = ["Ledgerline Markets", "The Capital Post", "Tradewinds Finance"]


def h_paywall_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg on a finance portal behind a metered paywall: the interstitial under the lede (or at
    the page's foot), a provider line, byline and time, the assistance line and Bloomberg's notice."""
    y, m, day, hh, mi = _when(rng)
    site = rng.choice(FINANCE)
    d.page_above = [site, "Subscribe", "Sign In", *_menu(rng)]
    c.agency = c.source = "Bloomberg"
    if rng.random() < 0.3:
        d.head.append("Bloomberg")
    if rng.random() < 0.8:
        c.byline = _names(rng)
        d.head.append(f"By {c.byline}")
    if rng.random() < 0.5:
        d.head.append(f"{MONTHS_FULL[m - 1]} {day}, {y} at {_clock(hh, mi)} GMT+9")
    else:
        wd = WEEKDAYS_3[rng.randrange(7)]
        d.head.append(f"{wd}, {MONTHS_FULL[m - 1]} {day}, {y} at {_clock(hh, mi)} GMT+9·{rng.randint(2, 7)} min read")
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.dateline = "(Bloomberg) --"
    wall = _paywall(rng)
    inside = wall if rng.random() < 0.7 else None
    if rng.random() < 0.5:
        credit = f"--With assistance from {rng.choice(WRITERS)}."
        d.tail.append(credit)
        c.credits = (credit.lstrip("-"),)
    if rng.random() < 0.4:
        d.tail.append("More stories like this are available on bloomberg.com")
    if rng.random() < 0.7:
        c.copyright = f"©{y} Bloomberg L.P."
        d.tail.append(c.copyright)
    d.page_below = [*([] if inside else ["", *wall]), *_teasers(rng, "Most Read")]
    _finish(d, inside=inside)


TRANSLATION_BANNERS = [
    ["Google Translate", "Translated from {lang}", "Show original", "Options ▾"],
    ["Translated from {lang}", "Show original", "Google Translate"],
    ["This page has been translated from {lang} to English", "Show original", "Google Translate"],
]


def h_translated(rng: random.Random, d: Draft, c: Case) -> None:
    """A browser's translated page: the translation banner over a Korean Yonhap page, a Japanese
    Kyodo page or a Chinese Xinhua page, its menus, tags, dateline and closing lines in English as
    the translation prints them. Fields as printed: "(Seoul = Yonhap News) Reporter Han Ji-min ="
    gives place Seoul, agency and source Yonhap News, byline Han Ji-min (the role off)."""
    y, m, day, hh, mi = _when(rng)
    branch = rng.random()
    lang = "Korean" if branch < 0.5 else "Japanese" if branch < 0.75 else "Chinese"
    d.page_above = [line.format(lang=lang) for line in rng.choice(TRANSLATION_BANNERS)]
    if branch < 0.5:
        d.page_above += ["", "Yonhap News", "All menu", "search", "politics", "North Korea", "economy", "society"]
        tag = rng.choice(["Breaking News", "Comprehensive", "Exclusive", "Comprehensive 2nd report", "", ""])
        c.tags = (tag,) if tag else ()
        d.title = f"[{tag}] {d.title}" if tag else d.title
        if rng.random() < 0.6:
            d.head.append(f"{rng.choice(['Sent', 'Updated'])} {y}-{m:02d}-{day:02d} {hh:02d}:{mi:02d}")
        city = rng.choice(["Seoul", "Seoul", "Sejong", "Busan", "Washington"])
        name = rng.choice(KOREAN_ROMANISED)
        role = "Correspondent" if city == "Washington" else "Reporter"
        eq = rng.choice([" = ", "="])
        d.dateline = f"({city}{eq}Yonhap News) {role} {name} ="
        c.place, c.agency, c.source, c.byline = city, "Yonhap News", "Yonhap News", name
        email = f"{rng.choice(['jmhan', 'syoh', 'garam'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
        if rng.random() < 0.8:
            c.copyright = "<Copyright (c) Yonhap News, unauthorized reproduction and redistribution prohibited>"
            d.tail.append(c.copyright)
        if rng.random() < 0.4:
            d.tail.append(f"{y}/{m:02d}/{day:02d} {hh:02d}:{mi:02d} Sent")
        d.tail_blank = False
        d.page_below = ["Related news", *rng.sample(TRANSLATED_TEASERS, 2), "", "Share", "Most viewed"]
    elif branch < 0.75:
        d.page_above += ["", "Home", "News", "Politics", "Economy", "World", "Society"]
        if rng.random() < 0.6:
            d.head.append(f"{y}/{m:02d}/{day:02d} {hh:02d}:{mi:02d}")
        city = rng.choice(["Washington", "Beijing", "Seoul", "Osaka", "Moscow"])
        c.place, c.agency, c.source = city, "Kyodo", "Kyodo"
        d.dateline = f"[{city} Kyodo]"
        d.page_below = ["Related articles", *rng.sample(TEASERS, 2)]
    else:
        d.page_above += ["", "Home", "Current affairs", "International", "Finance", "Society"]
        if rng.random() < 0.6:
            d.head.append(f"{y}-{m:02d}-{day:02d} {hh:02d}:{mi:02d}:{rng.randint(0, 59):02d} Source: Xinhua.net")
            c.source = "Xinhua.net"  # a time naming its source: the source label is the most explicit credit
        city = rng.choice(["Beijing", "Shanghai", "Guangzhou", "Wuhan"])
        name = rng.choice(CHINESE_ROMANISED)
        c.place, c.date, c.agency, c.byline = city, f"{MONTHS_FULL[m - 1]} {day}", "Xinhua News Agency", name
        c.source = c.source or "Xinhua News Agency"
        d.dateline = f"Xinhua News Agency, {city}, {c.date} (Reporter {name})"
        if rng.random() < 0.6:
            editor = rng.choice(EDITORS)
            d.tail.append(f"(Editor: {editor})")
            c.credits = (f"Editor: {editor}",)
        d.page_below = ["Recommended", *rng.sample(TEASERS, 2)]


INDIAN_SITES = ["Bharat Samachar Live", "NewsPulse India", "The Deccan Ledger"]


def h_inapp_pti_ani(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI or ANI copy on an Indian portal, copied out of a news aggregator's in-app browser: the
    in-app bar, the portal's menu, the agency's head line and time, the syndication note (PTI) or
    the "(ANI)" glued to the last paragraph, the in-app browser's bottom bar."""
    y, m, day, hh, mi = _when(rng)
    site = rng.choice(INDIAN_SITES)
    host = f"www.{site.lower().replace(' ', '')}.in"
    frame = rng.choice([["Done", host, "AA", "Open in browser"], ["✕", site, host, "⋮"], ["← Back", host, "Share"]])
    d.page_above = [*frame, "", site, *_menu(rng)]
    stamp = rng.choice(
        [
            f"Updated: {MONTHS_3[m - 1]} {day}, {y} {hh:02d}:{mi:02d} IST",
            f"Published: {MONTHS_FULL[m - 1]} {day}, {y} {_clock(hh, mi)} IST",
        ]
    )
    if rng.random() < 0.6:
        agency = rng.choice(["PTI", "Press Trust of India"])
        if rng.random() < 0.5:
            d.head.append(agency)
            c.source = agency
        d.head.append(stamp)
        city = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru"])
        c.place, c.date, c.agency = city, f"{MONTHS_3[m - 1]} {day}", "PTI"
        c.source = c.source or "PTI"
        d.dateline = f"{city}, {c.date} (PTI)"
        if rng.random() < 0.6:
            d.tail.append(
                rng.choice(
                    [
                        "(This story has not been edited by our staff and is published from a syndicated feed.)",
                        f"(Except for the headline, this report has not been edited by {site} staff and is "
                        "published from a syndicated feed.)",
                    ]
                )
            )
    else:
        if rng.random() < 0.5:
            d.head.append("ANI")
        d.head.append(stamp)
        c.source = "ANI"
        d.body[-1] += " (ANI)"
        c.trailers = ("(ANI)",)
    d.head_joint = "\n"
    d.page_below = ["Open in browser", f"Hide stories from {site}", "Report"][: rng.randint(1, 3)]
    if rng.random() < 0.5:
        d.page_below = [*_teasers(rng, "Also read")[1:], "", *d.page_below]


MALAYSIAN_SITES = ["The Straits Morning", "Borneo Daily Star"]


def h_mobile_bernama_anadolu(rng: random.Random, d: Draft, c: Case) -> None:
    """A mobile site (m.) running Bernama or Anadolu: the hamburger, app banners, the menu again in
    the drawer, the agency's line and time under the headline, the colon dateline of Malaysian
    papers or Anadolu's "(AA)", Bernama's sign-off, a sticky share bar."""
    y, m, day, hh, mi = _when(rng)
    site = rng.choice(MALAYSIAN_SITES) if rng.random() < 0.6 else "Bosphorus Herald"
    menu = _menu(rng)
    d.page_above = [*_app_bar(rng, site), *menu, "", *menu]
    if site != "Bosphorus Herald":
        c.place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "GEORGE TOWN", "KOTA KINABALU", "JOHOR BAHRU"])
        d.dateline = f"{c.place}:"
        stamp = f"{MONTHS_FULL[m - 1]} {day}, {y} @ {_clock(hh, mi, space=False)}"
        if rng.random() < 0.5:
            d.head += ["Bernama", stamp]
            c.source = "Bernama"
        else:
            d.head.append(stamp)
            d.tail.append("-- BERNAMA")
            c.source = "BERNAMA"
    else:
        c.place, c.agency = rng.choice(["ANKARA", "ISTANBUL", "IZMIR"]), "AA"
        d.dateline = f"{c.place} (AA) –"
        stamp = f"{day:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}"
        if rng.random() < 0.6:
            d.head += ["Anadolu Agency", stamp]
            c.source = "Anadolu Agency"
        else:
            d.head.append(stamp)
            c.source = "AA"
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.page_below = [*_share_bar(rng), *_teasers(rng, "Latest")]


UK_SITES = ["Wessex Evening Post", "The Fenland Gazette", "Tyneside Chronicle"]
AU_SITES = ["Riverina Leader", "The Coastal Examiner"]


def h_paywall_pa_aap(rng: random.Random, d: Draft, c: Case) -> None:
    """PA on a UK regional site or AAP on an Australian one, with consent wall and metered paywall:
    the wall over or under the page, the interstitial under the lede, PA's role bylines, AAP's
    byline and time, AAP's sign-off."""
    y, m, day, hh, mi = _when(rng)
    uk = rng.random() < 0.6
    site = rng.choice(UK_SITES if uk else AU_SITES)
    wall = _consent(rng)
    above = rng.random() < 0.5
    d.page_above = [*([*wall, ""] if above else []), site, *_menu(rng)]
    c.byline = rng.choice(WRITERS)
    if uk:
        role = rng.choice(["Political Correspondent", "Chief Reporter", "Home Affairs Correspondent", "Reporter"])
        d.head.append(rng.choice([f"By {c.byline}, PA {role}", f"{c.byline}, PA {role}"]))
        c.source = "PA"
        stamps = [f"Published {day} {MONTHS_FULL[m - 1]} {y}", f"{hh:02d}:{mi:02d}, {day:02d} {MONTHS_3[m - 1]} {y}"]
        d.head.append(rng.choice(stamps))
    else:
        stamp = f"{MONTHS_FULL[m - 1]} {day} {y} - {_clock(hh, mi, space=False)}"
        if rng.random() < 0.5:
            d.head += [f"By {c.byline}, AAP", stamp]
            c.source = "AAP"
        else:
            d.head += [f"By {c.byline}", stamp]
            d.tail.append("Australian Associated Press")
            c.source = "Australian Associated Press"
    d.head_joint = rng.choice(["\n", "\n\n"])
    inside = _paywall(rng) if rng.random() < 0.6 else None
    d.page_below = [*(["", *wall] if not above else []), *_teasers(rng, "More stories")]
    if rng.random() < 0.5:
        footer = _footer(rng, site, y)
        d.page_below += ["", footer]
        c.copyright = footer
    _finish(d, inside=inside)


def h_archive_dpa_efe_kyodo(rng: random.Random, d: Draft, c: Case) -> None:
    """dpa's and EFE's English services and Kyodo on a Japanese paper's English site, saved by the
    Wayback Machine or archive.today."""
    y, m, day, hh, mi = _when(rng)
    branch = rng.random()
    site, host = rng.choice(
        [("World Desk International", "www.worlddesk-intl.com"), ("Nippon Evening Times", "www.nipponevening.jp")]
    )
    url = f"https://{host}/{y}/{m:02d}/{day:02d}/{_slug(d.title)}/"
    frame = _wayback(rng, url, y, m, day) if rng.random() < 0.5 else _archive_today(rng, url, host, y, m, day)
    d.page_above = [*frame, "", site, *_menu(rng)]
    if branch < 0.35:
        c.place, c.agency, c.source = rng.choice(["Berlin", "Hamburg", "Frankfurt", "Brussels", "Kyiv"]), "dpa", "dpa"
        if rng.random() < 0.4:
            c.byline = rng.choice(WRITERS)
            d.head.append(f"By {c.byline}, dpa")
        d.head.append(f"{MONTHS_3[m - 1]} {day}, {y}, {_clock(hh, mi)}")
        d.dateline = f"{c.place} (dpa) -"
    elif branch < 0.7:
        c.place, c.agency, c.source = rng.choice(["Madrid", "Bogota", "Lima", "Mexico City"]), "EFE", "EFE"
        c.date = f"{MONTHS_3[m - 1]} {day}"
        d.head.append(f"{day:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}")
        d.dateline = f"{c.place}, {c.date} (EFE).-"
    else:
        c.place = rng.choice(["TOKYO", "OSAKA", "NAGOYA"])
        if rng.random() < 0.5:
            d.head += ["KYODO", f"{MONTHS_3[m - 1]} {day}, {y}"]
            c.source = "KYODO"
            d.dateline = f"{c.place} –"
        else:
            d.head.append(f"{MONTHS_3[m - 1]} {day}, {y}")
            c.agency = c.source = "Kyodo"
            d.dateline = f"{c.place} (Kyodo) --"
    d.head_joint = "\n"
    d.page_below = _teasers(rng, "Related")
    if rng.random() < 0.5:
        footer = _footer(rng, site, y)
        d.page_below += ["", footer]
        c.copyright = footer


# --- negatives: staff stories in the same frames, with text that only looks like metadata ---------


def _staff_head(rng: random.Random, d: Draft, c: Case, y: int, m: int, day: int) -> None:
    """A staff writer's byline and time (real metadata of the staff story), or none."""
    if rng.random() < 0.6:
        c.byline = rng.choice(WRITERS)
        d.head.append(f"By {c.byline}")
        if rng.random() < 0.6:
            d.head.append(f"{MONTHS_FULL[m - 1]} {day}, {y}")
    d.head_joint = "\n"


def n_archive_story(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story about web archives in a Wayback frame: its lede opens "The Wayback Machine -",
    a paragraph quotes a capture count and date range."""
    y, m, day, _, _ = _when(rng)
    url = f"https://www.harborledger.com/{y}/{m:02d}/{_slug(d.title)}"
    d.page_above = [*_wayback(rng, url, y, m, day), "", "The Harbor Ledger", *_menu(rng)]
    _staff_head(rng, d, c, y, m, day)
    n = rng.randint(12, 400)
    d.lede = rng.choice(
        [
            f"The Wayback Machine - the free archive run by a nonprofit library - holds {n} captures of the "
            "council's old planning portal, the earliest from a decade ago.",
            f"The Wayback Machine - not the council - is now the only place where residents can read the "
            f"{n} planning notices that vanished from the city's website last spring.",
        ]
    )
    first, last = f"{day:02d} {MONTHS_3[m - 1]} {y - 3}", f"{day:02d} {MONTHS_3[(m + 2) % 12]} {y}"
    d.body.insert(
        rng.randint(0, len(d.body)),
        f'The archive\'s summary for the page reads "{n} captures, {first} - {last}", and the last copy still '
        "shows the comment form that residents used to object to the new depot.",
    )


def n_source_sentence(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story behind a consent wall whose last paragraph opens "Source:" in a sentence."""
    y, m, day, _, _ = _when(rng)
    wall = _consent(rng)
    d.page_above = [*wall, "", rng.choice(PORTALS), *_menu(rng)]
    _staff_head(rng, d, c, y, m, day)
    d.body.append(
        rng.choice(
            [
                "Source: a person who has seen the draft, and who asked not to be named because it is not yet "
                "public, said the terms could still change before the vote.",
                "Source: the council's own figures, published in its yearly report, show that repairs fell "
                "behind schedule in four of the last five years.",
                "Source: our analysis of 2,400 inspection records obtained under the freedom of information law, "
                "which the agency released after a six-month delay.",
            ]
        )
    )
    d.page_below = _teasers(rng, "Read more")


def n_reuters_logo(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story under a paywall whose partner box carries a "Reuters" logo line above the headline."""
    y, m, day, _, _ = _when(rng)
    site = rng.choice(FINANCE)
    box = rng.choice(
        [
            ["Reuters", "Subscribe to continue reading", "Already a subscriber? Sign in"],
            ["Subscribe to continue reading", "Reuters", "Markets data and news from our partners"],
            ["Reuters", "Get unlimited access to markets news", "Subscribe now"],
        ]
    )
    d.page_above = [site, *_menu(rng), "", *box]
    _staff_head(rng, d, c, y, m, day)
    d.page_below = _teasers(rng, "Most Read")
    if rng.random() < 0.5:
        footer = _footer(rng, site, y)
        d.page_below += ["", footer]
        c.copyright = footer


def n_quoted_dateline(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story on an AMP page or under a translation banner: its lede opens with a place and a
    comma, and a paragraph quotes a wire dateline."""
    y, m, day, _, _ = _when(rng)
    if rng.random() < 0.5:
        d.page_above = _app_bar(rng, rng.choice(PAPERS))
    else:
        d.page_above = [line.format(lang="Korean") for line in rng.choice(TRANSLATION_BANNERS)]
    _staff_head(rng, d, c, y, m, day)
    place = rng.choice(["Incheon", "Busan", "Daegu", "Ulsan", "Gwangju"])
    d.lede = rng.choice(
        [
            f"{place}, home to one of the country's busiest ports, will add two night bus routes to its "
            "ferry terminal from next month, the city said on Tuesday.",
            f"{place}, long a byword for shipyards and steel, now counts more jobs in logistics than in "
            "manufacturing, according to figures released this week.",
        ]
    )
    quoted = f"SEOUL, {MONTHS_DOT[m - 1]} {day} (Yonhap) --"
    d.body.insert(
        rng.randint(0, len(d.body)),
        f'The first report on the plan, filed under the line "{quoted}", gave no figures for the cost of '
        "the new routes.",
    )
    d.page_below = _share_bar(rng)


HELD_OUT_37: dict[str, Template] = {
    "wayback-yonhap": h_wayback_yonhap,
    "wayback-yonhap-ko": h_wayback_yonhap_ko,
    "seed-aggregator": h_seed_aggregator,
    "archive-today-reuters": h_archive_today_reuters,
    "amp-ap": h_amp_ap,
    "consent-afp-xinhua": h_consent_afp_xinhua,
    "paywall-bloomberg": h_paywall_bloomberg,
    "translated": h_translated,
    "inapp-pti-ani": h_inapp_pti_ani,
    "mobile-bernama-anadolu": h_mobile_bernama_anadolu,
    "paywall-pa-aap": h_paywall_pa_aap,
    "archive-dpa-efe-kyodo": h_archive_dpa_efe_kyodo,
}
NEGATIVES_37: dict[str, Template] = {
    "archive-story": n_archive_story,
    "source-sentence": n_source_sentence,
    "reuters-logo": n_reuters_logo,
    "quoted-dateline": n_quoted_dateline,
}
