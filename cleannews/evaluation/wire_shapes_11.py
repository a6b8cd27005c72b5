"""Round-eleven templates for the wire harness: wire copy in the shapes real agencies and republishers print.

Written blind, before any round-eleven rule, from a survey of how agencies, press-release wires and
the sites that republish them actually lay out datelines, bylines, headline tags and closing lines
(the shapes only: every name and sentence here is made up). South Asian agencies and papers
("New Delhi [India], July 5 (ANI):", "NEW DELHI:", "New Delhi, July 5:", "July 15(PTI)"), Malaysian
and Indonesian agencies and papers, Korea Bizwire and Jiji, press-release wires ("/PRNewswire/ --",
"--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) —", "/ ACCESSWIRE /", "--(Newsfile Corp. - date) -") with
their contact blocks and "SOURCE" lines, agency parentheticals with a desk ("(Reuters Breakingviews)",
"(CNN Business)", "(NNN-BERNAMA)"), American newspaper heads, syndication and republication notes.
Same contract as :mod:`cleannews.evaluation.wire_shapes_7`: ``Draft.head`` lines are expected out of
the text (bylines, their roles, timestamps), ``Draft.tail`` lines are expected trailers,
``Draft.dek`` and ``Draft.body`` paragraphs must stay.

Contract choices made before the blind run, for shapes no earlier round had: a "SOURCE Company" line
closing a press release names the issuer, which is the ``source``; a press release's contact block
("Media Contact:" and the name, e-mail and telephone lines under it) is taken out but is no credit;
"###" and "-30-" are end marks; an agency sign-off glued to the last paragraph ("... on Monday.
(ANI)") is cut out of it.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import look_alikes

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

# Names no earlier round uses.
PEOPLE_11 = [
    "Ingrid Solberg",
    "Omar Haddad",
    "Priyanka Nair",
    "Declan Byrne",
    "Camila Rojas",
    "Tomasz Nowak",
    "Adaeze Okafor",
    "Stefan Horvath",
    "Rafael Ortega",
    "Astrid Janssen",
    "Nikhil Rao",
    "Wen Jiahui",
]
KOREAN_11 = ["Yoon Seo-jin", "Bae Ji-hoon", "Han Min-ji", "Seo Dong-wook", "Jung Hae-rin"]
FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_STYLE = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
COMPANIES = ["Northwind Labs", "Bluefin Therapeutics, Inc.", "Orchard Grid Corp.", "Kestrel Mobility Ltd."]


def _day(rng: random.Random, months: list[str]) -> str:
    return f"{rng.choice(months)} {rng.randint(1, 28)}"


def _joined(people: list[str]) -> str:
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def _handle(person: str) -> str:
    return "".join(ch for ch in person.split()[-1].lower() if ch.isascii() and ch.isalpha())


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(10, 59)}"


# --- South Asia ---------------------------------------------------------------------------------


def h11_india(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI, ANI, IANS and UNI as Indian papers and portals print them, and the papers' own colon datelines."""
    form = rng.random()
    if form < 0.15:
        c.place, c.agency = rng.choice(["New Delhi", "Lucknow", "Guwahati"]), "ANI"
        c.date = _day(rng, FULL)
        d.dateline = f"{c.place} [India], {c.date} (ANI):"
    elif form < 0.25:
        c.place, state = rng.choice([("Amritsar", "Punjab"), ("Ahmedabad", "Gujarat"), ("Kochi", "Kerala")])
        c.date, c.agency = _day(rng, SHORT), "ANI"
        d.dateline = f"{c.place} ({state}) [India], {c.date} (ANI):"
    elif form < 0.35:
        c.place, c.agency = rng.choice(["Mumbai", "Shimla", "Raipur"]), "ANI"
        d.dateline = f"{c.place} (ANI):"
    elif form < 0.5:
        c.place, c.date, c.agency = rng.choice(["New Delhi", "Chennai", "Bhopal"]), _day(rng, SHORT), "PTI"
        glued = rng.random() < 0.4
        d.dateline = f"{c.place}, {c.date}{'' if glued else ' '}(PTI)"
    elif form < 0.6:
        c.place, c.date, c.agency = rng.choice(["NEW DELHI", "KOLKATA", "HYDERABAD"]), _day(rng, FULL), "PTI"
        d.dateline = f"{c.place}, {c.date} (PTI) -"
    elif form < 0.7:
        c.place, c.date, c.agency = rng.choice(["Jaipur", "Dehradun"]), _day(rng, SHORT), "UNI"
        d.dateline = f"{c.place}, {c.date} (UNI)"
    elif form < 0.85:
        c.place, c.date = rng.choice(["New Delhi", "Mumbai", "Bengaluru", "Kolkata"]), _day(rng, FULL)
        d.dateline = f"{c.place}, {c.date}:"
    else:
        c.place = rng.choice(["NEW DELHI", "MUMBAI", "CHANDIGARH", "ISLAMABAD", "KARACHI"])
        d.dateline = f"{c.place}:"
    if c.agency:
        c.source = c.agency
        tail = rng.random()
        if c.agency == "ANI" and tail < 0.5:
            d.body[-1] += " (ANI)"
            c.trailers += ("(ANI)",)
        elif c.agency == "PTI" and tail < 0.3:
            d.tail.append(rng.choice(["-- PTI", "— PTI"]))
        elif c.agency == "PTI" and tail < 0.6:
            slug = rng.choice(["PTI NAB KVK", "PTI ARI RHL", "PTI GJS TIR"])
            d.tail.append(slug)
            c.credits = (slug,)


# --- Malaysia, Indonesia, the Philippines --------------------------------------------------------


def h11_malaysia_indonesia(rng: random.Random, d: Draft, c: Case) -> None:
    """Bernama and its NNN feed, Malaysian papers' colon datelines, Antara with the year and glued dashes."""
    form = rng.random()
    if form < 0.2:
        c.place, c.date, c.agency = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "IPOH"]), _day(rng, FULL), "Bernama"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
        if rng.random() < 0.5:
            d.tail.append(rng.choice(["-- BERNAMA", "— Bernama"]))
            c.source = d.tail[-1].lstrip("-— ")
    elif form < 0.35:
        c.place, c.date, c.agency = rng.choice(["LANGKAWI", "KUANTAN", "SINGAPORE"]), _day(rng, FULL), "NNN-BERNAMA"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) —"
    elif form < 0.55:
        c.place = rng.choice(["PETALING JAYA", "KOTA KINABALU", "GEORGE TOWN", "SHAH ALAM"])
        d.dateline = f"{c.place}:"
    elif form < 0.75:
        c.place, c.agency = rng.choice(["Jakarta", "Medan", "Yogyakarta"]), "Antara"
        c.date = f"{rng.choice(SHORT)} {rng.randint(1, 28)}, 2024"
        glued = rng.random() < 0.5
        d.dateline = f"{c.place}, {c.date} ({c.agency}){'-' if glued else ' -'}"
    elif form < 0.9:
        c.place, c.agency = rng.choice(["Semarang", "Palembang", "Mataram"]), "ANTARA"
        d.dateline = f"{c.place} ({c.agency}) -"
    else:
        c.place = rng.choice(["DAVAO CITY", "CAGAYAN DE ORO", "BACOLOD CITY"])
        d.dateline = f"{c.place} –"
    if c.agency and c.source is None:
        c.source = c.agency


# --- Korea and Japan -----------------------------------------------------------------------------


def h11_korea_japan(rng: random.Random, d: Draft, c: Case) -> None:
    """Korea Bizwire with and without a date, Jiji with its dashes glued, Yonhap, JoongAng's closing byline."""
    form = rng.random()
    if form < 0.3:
        c.place, c.agency = rng.choice(["SEOUL", "Seoul", "INCHEON", "Busan"]), "Korea Bizwire"
        if rng.random() < 0.5:
            c.date = _day(rng, AP_STYLE)
            d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
        else:
            d.dateline = f"{c.place} ({c.agency}) --"
    elif form < 0.5:
        c.place, c.date, c.agency = rng.choice(["Tokyo", "Sapporo", "Fukuoka"]), _day(rng, FULL), "Jiji Press"
        d.dateline = f"{c.place}, {c.date} ({c.agency})--"
    elif form < 0.75:
        c.byline = rng.choice(KOREAN_11)
        d.head.append(f"By {c.byline}")
        c.place, c.date, c.agency = rng.choice(["SEOUL", "SEJONG", "DAEJEON"]), _day(rng, AP_STYLE), "Yonhap"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
        handle = c.byline.split()[0].lower()
        email = f"{handle}{rng.randint(1, 99)}@yna.co.kr"
        d.tail += [email, "(END)"]
        c.credits = (email,)
        d.tail_blank = rng.random() < 0.5
    else:
        name = rng.choice(KOREAN_11).upper()
        c.byline = name
        handle = name.split()[-1].lower().replace("-", "") + "." + name.split()[0].lower()
        d.tail.append(f"BY {name} [{handle}@joongang.co.kr]")
    if c.agency:
        c.source = c.agency


# --- press-release wires -------------------------------------------------------------------------


def h11_press_release(rng: random.Random, d: Draft, c: Case) -> None:
    """A company's release as the wires send it: the wire's own dateline, an "About" section that stays,
    contact blocks, "SOURCE" lines, links to the original and end marks."""
    company = rng.choice(COMPANIES)
    year = rng.choice(["2023", "2024", "2025"])
    month_day = _day(rng, AP_STYLE)
    form = rng.random()
    if form < 0.2:
        c.place = rng.choice(["NEW YORK", "SAN DIEGO", "BOSTON", "MADISON, N.J.", "SEOUL, South Korea"])
        c.agency = rng.choice(["PRNewswire", "PRNewswire", "PRNewswire-FirstCall"])
        c.date = f"{month_day}, {year}"
        d.dateline = f"{c.place}, {c.date} /{c.agency}/ {rng.choice(['--', '—'])}"
    elif form < 0.35:
        c.place = rng.choice(["SAN FRANCISCO", "AUSTIN, Texas", "TAMPA, Fla.", "CALGARY, Alberta"])
        c.agency = "BUSINESS WIRE"
        if rng.random() < 0.6:
            d.dateline = f"{c.place}--(BUSINESS WIRE)--"
        else:
            d.dateline = f"{c.place} — (BUSINESS WIRE) —"
    elif form < 0.5:
        c.place = rng.choice(["FORT WAYNE, Ind.", "CHATHAM, N.J.", "VANCOUVER, British Columbia", "LONDON"])
        c.date = f"{rng.choice(['June', 'July', 'Nov.', 'Dec.'])} {rng.randint(1, 28):02d}, {year}"
        c.agency = "GLOBE NEWSWIRE"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) {rng.choice(['--', '—'])}"
    elif form < 0.6:
        c.place, c.date, c.agency = rng.choice(["TORONTO", "MONTREAL", "OTTAWA"]), f"{month_day}, {year}", "CNW"
        d.dateline = f"{c.place}, {c.date} /{c.agency}/ -"
    elif form < 0.7:
        c.place, c.agency = rng.choice(["NEW YORK, NY", "DALLAS, TX", "MIAMI, FL"]), "ACCESSWIRE"
        c.date = f"{rng.choice(FULL)} {rng.randint(1, 28)}, {year}"
        d.dateline = f"{c.place} / {c.agency} / {c.date} /"
    elif form < 0.8:
        c.place, c.agency = (
            rng.choice(["LONDON, UNITED KINGDOM", "DUBLIN, IRELAND", "AUSTIN, TEXAS, UNITED STATES"]),
            ("EINPresswire.com"),
        )
        c.date = f"{rng.choice(FULL)} {rng.randint(1, 28)}, {year}"
        d.dateline = f"{c.place}, {c.date} /{c.agency}/ --"
    elif form < 0.9:
        c.place, c.agency = rng.choice(["Vancouver, British Columbia", "Toronto, Ontario"]), "Newsfile Corp."
        c.date = f"{rng.choice(FULL)} {rng.randint(1, 28)}, {year}"
        d.dateline = f"{c.place}--({c.agency} - {c.date}) -"
    else:
        c.place, c.agency = rng.choice(["LOS ANGELES", "HOUSTON"]), "PRNewswire"
        c.date = f"{month_day}, {year}"
        d.dateline = f"{c.place}\n, {c.date} /{c.agency}/ —"  # the dateline split by the page's markup
    c.source = c.agency
    short = company.split(",")[0].replace(" Inc.", "").replace(" Corp.", "").replace(" Ltd.", "")
    d.body += [
        f"About {short}",
        f"{short} builds software and hardware for the energy and transport industries. Founded in 2011, "
        f"the company employs more than 900 people in eight countries.",
    ]
    tail = rng.random()
    person = rng.choice(PEOPLE_11)
    email = f"{_handle(person)}@{short.split()[0].lower()}.com"
    if c.agency.startswith("PRNewswire") or c.agency == "CNW":
        slug = short.lower().replace(" ", "-")
        d.tail.append(
            f"View original content:https://www.prnewswire.com/news-releases/{slug}-30{rng.randint(1000, 9999)}.html"
        )
        d.tail.append(f"SOURCE {company}")
        c.source = company
    elif tail < 0.5:
        block = [rng.choice(["Media Contact:", "Contacts", "CONTACT:", "Investor Contact:"]), person, email]
        if rng.random() < 0.5:
            block.append(f"+1 {rng.randint(200, 899)}-555-{rng.randint(1000, 9999)}")
        d.tail += block
        d.tail_blank = False
    if rng.random() < 0.25:
        d.tail.append(rng.choice(["###", "-30-"]))


# --- agency parentheticals with a desk or a service ----------------------------------------------


def h11_agency_desks(rng: random.Random, d: Draft, c: Case) -> None:
    """An agency's desk or service in the parenthesis: Reuters Breakingviews and Health, the Thomson Reuters
    Foundation, CNN Business, Bloomberg, The Conversation as AP moves it, UPI with only a date."""
    form = rng.random()
    people = rng.sample(PEOPLE_11, 3)
    if form < 0.15:
        c.place, c.date, c.agency = (
            rng.choice(["HONG KONG", "LONDON", "NEW YORK"]),
            _day(rng, FULL),
            "Reuters Breakingviews",
        )
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.25:
        c.place, c.agency = rng.choice(["NEW YORK", "CHICAGO"]), "Reuters Health"
        d.dateline = f"{c.place} ({c.agency}) -"
    elif form < 0.35:
        c.place, c.date = rng.choice(["BOGOTA", "NAIROBI", "BANGKOK"]), _day(rng, SHORT)
        c.agency = "Thomson Reuters Foundation"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.5:
        c.agency = rng.choice(["CNN", "CNN Business"])
        if rng.random() < 0.5:
            c.place = rng.choice(["Seoul", "New York", "Abu Dhabi", "Mexico City"])
            d.dateline = f"{c.place} ({c.agency}) —"
        else:
            d.dateline = f"({c.agency}) —"
    elif form < 0.7:
        c.agency = "Bloomberg"
        c.byline = _joined(people[: rng.choice([1, 2])])
        d.head.append(f"By {c.byline}")
        d.dateline = "(Bloomberg) --"
        line = f"--With assistance from {people[2]}."
        d.tail.append(line)
        c.credits = (line.lstrip("-"),)
        if rng.random() < 0.5:
            c.copyright = f"©{rng.choice(['2023', '2024', '2025'])} Bloomberg L.P."
            d.tail.append(c.copyright)
    elif form < 0.85:
        c.agency = "The Conversation"
        d.dateline = "(The Conversation) —"
    else:
        c.date, c.agency = _day(rng, FULL), "UPI"
        d.dateline = f"{c.date} (UPI) --"
    c.source = c.agency


# --- Russia and Europe ----------------------------------------------------------------------------


def h11_russia_europe(rng: random.Random, d: Draft, c: Case) -> None:
    """TASS and Interfax with full stops, dpa and EFE in English, ANSA's English service with a date and
    no agency, a place named at two levels without an agency."""
    form = rng.random()
    if form < 0.2:
        c.place, c.date, c.agency = rng.choice(["MOSCOW", "UNITED NATIONS", "ST. PETERSBURG"]), _day(rng, FULL), "TASS"
        d.dateline = f"{c.place}, {c.date}. /{c.agency}/."
    elif form < 0.35:
        c.place, c.date, c.agency = rng.choice(["MOSCOW", "MINSK", "YEKATERINBURG"]), _day(rng, FULL), "Interfax"
        d.dateline = f"{c.place}. {c.date} ({c.agency}) -"
    elif form < 0.5:
        c.place, c.agency = rng.choice(["Cologne", "Leipzig", "Hanover"]), "dpa"
        d.dateline = f"{c.place} ({c.agency}) -"
    elif form < 0.65:
        c.place, c.agency = rng.choice(["Valencia", "Quito", "Santo Domingo"]), "EFE"
        c.date = f"{rng.choice(SHORT)} {rng.randint(1, 28)}"
        d.dateline = f"{c.place}, {c.date} ({c.agency}).-"
    elif form < 0.8:
        c.place, c.date = rng.choice(["Rome", "Naples", "Florence"]), _day(rng, FULL)
        d.dateline = f"{c.place}, {c.date} -"
    else:
        c.place = rng.choice(["UNITED NATIONS, NEW YORK", "VATICAN CITY, Rome", "GENEVA, Switzerland"])
        d.dateline = f"{c.place} –"
    if c.agency:
        c.source = c.agency


# --- newspapers' heads -----------------------------------------------------------------------------


def h11_newspaper_heads(rng: random.Random, d: Draft, c: Case) -> None:
    """American and British papers' heads: a byline with the update time on one line, "Published"/"Updated"
    lines, a byline with the network, Al Jazeera's "Published On", the Mail's "FOR MAILONLINE"."""
    people = rng.sample(PEOPLE_11, 3)
    day = rng.randint(1, 28)
    form = rng.random()
    if form < 0.2:
        c.byline = _joined(people[: rng.choice([1, 2])])
        d.head.append(f"By {c.byline} | Updated July {day}, 2024, {_clock(rng)} a.m. ET")
    elif form < 0.4:
        c.byline = _joined(people[: rng.choice([1, 2, 3])])
        d.head += [f"By {c.byline}", f"Published July {day}, 2024Updated July {day}, 2024, {_clock(rng)} p.m. ET"]
    elif form < 0.55:
        c.byline = people[0]
        d.head += [f"By {c.byline}", f"July {day}, 2024 at {_clock(rng)} a.m. EDT"]
    elif form < 0.7:
        c.byline = _joined(people[: rng.choice([1, 2])])
        c.source = "CNN"
        d.head += [f"By {c.byline}, CNN", f"Updated {_clock(rng)} AM EDT, Fri July {day}, 2024"]
    elif form < 0.85:
        c.byline = people[0]
        d.head += [f"By {c.byline}", f"Published On {day} Jul 2024"]
    else:
        c.byline = people[0].upper()
        stamp = f"{_clock(rng)} BST, {day} July 2024"
        d.head += [f"By {c.byline} FOR MAILONLINE", f"PUBLISHED: {stamp} | UPDATED: {stamp}"]


# --- closing lines ---------------------------------------------------------------------------------


def h11_closing_lines(rng: random.Random, d: Draft, c: Case) -> None:
    """Closing lines of syndicated and agency copy: Tribune's syndication copyright, McClatchy's
    "originally published", a reporter's address, AP's hub and support notes, Reuters' credit chain."""
    people = rng.sample(PEOPLE_11, 3)
    c.place = rng.choice(["RALEIGH, N.C.", "TACOMA, Wash.", "SACRAMENTO, Calif.", "FRESNO, Calif."])
    d.dateline = f"{c.place} —"
    form = rng.random()
    if form < 0.2:
        paper = rng.choice(["The Philadelphia Inquirer", "Los Angeles Times", "The Seattle Times"])
        site = {"The Philadelphia Inquirer": "inquirer.com", "Los Angeles Times": "latimes.com"}.get(
            paper, "seattletimes.com"
        )
        c.copyright = (
            f"©{rng.choice(['2023', '2024'])} {paper}. Visit {site}. Distributed by Tribune Content Agency, LLC."
        )
        d.tail.append(c.copyright)
    elif form < 0.35:
        line = f"This story was originally published July {rng.randint(1, 28)}, 2024, {_clock(rng)} AM."
        d.tail.append(line)
        c.credits = (line,)
    elif form < 0.5:
        line = f"Reach {people[0]} at {_handle(people[0])}@dailyherald.com."
        d.tail.append(line)
        c.credits = (line,)
    elif form < 0.65:
        c.agency = c.source = "AP"
        d.dateline = f"{c.place} (AP) —"
        topic = rng.choice(["elections", "climate", "the war in Ukraine"])
        hub = f"Follow AP's coverage of {topic} at https://apnews.com/hub/{topic.split()[-1].lower()}"
        d.tail += ["___", hub]
        c.trailers += ("___",)
    elif form < 0.8:
        c.agency = c.source = "AP"
        d.dateline = f"{c.place} (AP) —"
        funder = rng.choice(["several private foundations", "the Walton Family Foundation", "Lilly Endowment Inc."])
        line = (
            f"The Associated Press receives support from {funder} for its coverage of water and environmental "
            "policy. The AP is solely responsible for all content."
        )
        d.tail += ["___", line]
        c.trailers += ("___",)
        # Corrected after the blind run: the blind run expected this note in ``credits``, but the
        # harness's contract since held-out-2 is that a funding note is an end mark with no field.
    else:
        c.agency = c.source = "Reuters"
        c.date = _day(rng, SHORT)
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        line = f"Reporting by {people[0]} in Seoul and {people[1]} in Tokyo; Editing by {people[2]}"
        d.tail.append(line)
        c.credits = (line,)
        if rng.random() < 0.5:
            d.tail.append("Our Standards: The Thomson Reuters Trust Principles.")


# --- headline tags ---------------------------------------------------------------------------------


def h11_headline_tags(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters desk slugs the earlier rounds did not use, and portal labels before a colon."""
    form, tags = rng.choice(
        [
            ("WRAPUP 2-{}", ("WRAPUP 2",)),
            ("INSIGHT-{}", ("INSIGHT",)),
            ("US STOCKS-{}", ("US STOCKS",)),
            ("FOREX-{}", ("FOREX",)),
            ("TIMELINE-{}", ("TIMELINE",)),
            ("SPECIAL REPORT-{}", ("SPECIAL REPORT",)),
            ("UPDATE 3-EXCLUSIVE-{}", ("UPDATE 3", "EXCLUSIVE")),
            ("EXCLUSIVE: {}", ("EXCLUSIVE",)),
            ("BREAKING NEWS: {}", ("BREAKING NEWS",)),
            ("Opinion: {}", ("Opinion",)),
            ("VIDEO: {}", ("VIDEO",)),
            ("PHOTOS: {}", ("PHOTOS",)),
            ("(4th LD) {}", ("4th LD",)),
            ("(LEAD) (Asian Games) {}", ("LEAD", "Asian Games")),
        ]
    )
    c.tags = tags
    d.title = form.format(d.title)


HELD_OUT_11: dict[str, Template] = {
    "india-11": h11_india,
    "malaysia-indonesia": h11_malaysia_indonesia,
    "korea-japan-11": h11_korea_japan,
    "press-release-11": h11_press_release,
    "agency-desks": h11_agency_desks,
    "russia-europe-11": h11_russia_europe,
    "newspaper-heads": h11_newspaper_heads,
    "closing-lines-11": h11_closing_lines,
    "headline-tags-11": h11_headline_tags,
}

# --- round-eleven negatives: nothing here is metadata ---------------------------------------------

NEGATIVE_LEDES_11 = [
    "New Delhi, which hosted the summit last year, will bid for the 2036 Games, officials said.",
    "Jakarta, Indonesia's capital, is sinking by up to 25 centimetres a year in places.",
    "Seoul (Korea) and Tokyo (Japan) will co-host the forum next spring, organisers said on Monday.",
    "PR Newswire, which is owned by Cision, said on Monday that it would raise its prices.",
    "By Ingrid Solberg's own account, the deal fell apart over a single clause.",
    "By July 5, the reservoir had fallen to a third of its capacity.",
    "Tokyo: a city that never stops building, as one architect put it, is running out of land.",
    "Bloomberg (the company, not the former mayor) reported record revenue on Thursday.",
    "Mumbai [formerly Bombay] has grown by two million people in a decade, the census showed.",
    "UNITED NATIONS officials said the convoy had been stopped at the border for a third day.",
]
NEGATIVE_ENDINGS_11 = [
    "Contact tracing was abandoned by most countries in 2022.",
    "Source code for the tool was published on Friday, the developers said.",
    "Reach out to the helpline if you need support, the charity said.",
    "Distributed by volunteers, the food parcels reached 4,000 families before the storm.",
    "This story was originally told by her grandmother, the author said in an interview.",
    "Media contacts at the ministry did not respond to requests for comment.",
    "The statement was carried by ANI and PTI late on Tuesday.",
    "Follow-up tests are due in March, the hospital said.",
    "About half of the respondents said they would vote again.",
    "View the full results on the commission's website, the chairman urged voters.",
]
NEGATIVE_TITLES_11 = [
    "Opinion polls show the race tightening",
    "Video games lift Sony's quarterly profit",
    "Insight into the minds of chess champions",
    "Timeline set for the new metro line",
]


def negative_11(rng: random.Random, d: Draft, c: Case) -> None:
    """Look-alikes of the round-eleven forms: a place with a bracketed aside, "By" before a possessive,
    a place before a colon in a sentence, a wire or an agency as the subject, contact- and source-like
    closing sentences, desk-slug words opening a headline."""
    look_alikes(rng, d, NEGATIVE_LEDES_11, NEGATIVE_ENDINGS_11, titles=NEGATIVE_TITLES_11)


NEGATIVES_11: dict[str, Template] = {"negative-11": negative_11}


# --- round twelve: shapes no round-eleven rule was fitted to, run once blind -----------------------
# Written after every round-eleven change, from agencies, wires and republishers that the survey
# behind held-out-11 did not look at: Nordic, Baltic, Balkan, Gulf, Iranian and African agencies in
# their own date orders, Asian press-release wires, financial newswires and their tails, other
# papers' and networks' heads, credits in other languages, scraped e-mail placeholders.

PEOPLE_12 = ["Sigrid Halvorsen", "Kwame Mensah", "Lucía Fernández", "Dario Kovač", "Farid Rahimi", "Maeve Doyle"]


def h12_europe_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """Nordic, Baltic and Balkan agencies in English: day-month order, the year, an agency in capitals."""
    form = rng.random()
    if form < 0.15:
        c.place, c.agency = rng.choice([("OSLO", "NTB"), ("COPENHAGEN", "Ritzau"), ("HELSINKI", "STT")])
        d.dateline = f"{c.place} ({c.agency}) -"
    elif form < 0.3:
        c.place, c.agency = rng.choice([("VILNIUS", "BNS"), ("RIGA", "LETA"), ("TALLINN", "BNS")])
        c.date = _day(rng, FULL)
        d.dateline = f"{c.place}, {c.date} ({c.agency}) –"
    elif form < 0.45:
        c.place, c.agency = "Ljubljana", "STA"
        c.date = f"{rng.randint(1, 28)} {rng.choice(FULL)}"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.6:
        c.place, c.agency = "Skopje", "MIA"
        c.date = f"{rng.randint(1, 28)} {rng.choice(FULL)} 2024"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.75:
        c.place, c.date, c.agency = rng.choice(["BELGRADE", "NOVI SAD"]), _day(rng, FULL), "Tanjug"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.9:
        c.place, c.date, c.agency = "Nicosia", _day(rng, SHORT), "CNA"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    else:
        c.place, c.agency = "ATHENS", "ANA-MPA"
        d.dateline = f"{c.place} ({c.agency}) -"
    c.source = c.agency


def h12_gulf_iran(rng: random.Random, d: Draft, c: Case) -> None:
    """KUNA, BNA with a colon, IRNA after a comma, Mehr's zero-padded date, Tasnim."""
    form = rng.random()
    if form < 0.25:
        c.place, c.date, c.agency = "KUWAIT", _day(rng, FULL), "KUNA"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
        if rng.random() < 0.5:
            slug = rng.choice(["ah.gb", "mk.rk"])
            d.tail += [slug, "KUNA"]
            c.credits = (slug,)
    elif form < 0.45:
        c.place, c.date, c.agency = "Manama", _day(rng, FULL), "BNA"
        d.dateline = f"{c.place}, {c.date} ({c.agency}):"
    elif form < 0.65:
        c.place, c.agency = "Tehran", "IRNA"
        d.dateline = f"{c.place}, {c.agency} -"
    elif form < 0.85:
        c.place, c.agency = "TEHRAN", "MNA"
        c.date = f"{rng.choice(['Jul.', 'Aug.', 'Sep.'])} {rng.randint(1, 28):02d}"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) –"
    else:
        c.place, c.agency = "TEHRAN", "Tasnim"
        d.dateline = f"{c.place} ({c.agency}) –"
    c.source = c.agency


def h12_africa(rng: random.Random, d: Draft, c: Case) -> None:
    """Ghana's GNA after a comma, Ethiopia's ENA with a slashed year, TAP, APA, SAnews with no agency."""
    form = rng.random()
    if form < 0.25:
        c.place, c.date, c.agency = rng.choice(["Accra", "Kumasi", "Ho"]), _day(rng, FULL), "GNA"
        d.dateline = f"{c.place}, {c.date}, {c.agency} -"
    elif form < 0.45:
        c.place, c.agency = "Addis Ababa", "ENA"
        c.date = f"{rng.choice(FULL)} {rng.randint(1, 28)}/2024"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.65:
        c.place, c.date, c.agency = "Tunis", _day(rng, FULL), "TAP"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.85:
        c.place, c.agency = rng.choice(["Dakar", "Abidjan", "Bamako"]), "APA"
        d.dateline = f"{c.place} ({c.agency}) -"
    else:
        c.place = rng.choice(["Pretoria", "Polokwane", "Mbombela"])
        d.dateline = f"{c.place} –"
    if c.agency:
        c.source = c.agency


def h12_asian_wires(rng: random.Random, d: Draft, c: Case) -> None:
    """Asian press-release wires: JCN and ACN with the year and dashes on both sides, Media OutReach."""
    year = rng.choice(["2024", "2025"])
    form = rng.random()
    if form < 0.35:
        c.place, c.agency = rng.choice(["TOKYO", "OSAKA"]), "JCN Newswire"
        c.date = f"{rng.choice(SHORT)} {rng.randint(1, 28)}, {year}"
        d.dateline = f"{c.place}, {c.date} - ({c.agency}) -"
    elif form < 0.65:
        c.place, c.agency = rng.choice(["HONG KONG", "SINGAPORE"]), "ACN Newswire"
        c.date = f"{rng.choice(SHORT)} {rng.randint(1, 28)}, {year}"
        d.dateline = f"{c.place}, {c.date} - ({c.agency}) -"
    else:
        c.place, c.agency = (
            rng.choice(["SINGAPORE", "HONG KONG SAR", "KUALA LUMPUR, MALAYSIA"]),
            "Media OutReach Newswire",
        )
        c.date = f"{rng.randint(1, 28)} {rng.choice(FULL)} {year}"
        d.dateline = f"{c.place} - {c.agency} - {c.date} -"
    c.source = c.agency
    if rng.random() < 0.4:
        d.tail.append("Hashtag: #Northwind")


def h12_financial_wires(rng: random.Random, d: Draft, c: Case) -> None:
    """Financial newswires on portals: RTTNews and MT Newswires alone in brackets, Investing.com's
    lede, Dow Jones' "(END)" line, its time line and copyright, a WSJ reporter's address."""
    person = rng.choice(PEOPLE_12)
    form = rng.random()
    if form < 0.25:
        c.agency = c.source = rng.choice(["RTTNews", "MT Newswires"])
        d.dateline = f"({c.agency}) -" if c.agency == "RTTNews" else f"({c.agency}) --"
        if c.agency == "RTTNews" and rng.random() < 0.5:
            line = "For comments and feedback contact: editorial@rttnews.com"
            d.tail.append(line)
            c.credits = (line,)
    elif form < 0.45:
        c.agency = c.source = "Investing.com"
        d.dateline = "Investing.com --"
    elif form < 0.75:
        c.byline = person
        d.head.append(f"By {person}")
        d.tail += [
            "(END) Dow Jones Newswires",
            f"July {rng.randint(10, 28):02d}, 2024 10:12 ET (14:12 GMT)",
        ]
        c.source = "Dow Jones Newswires"
        c.copyright = "Copyright (c) 2024 Dow Jones & Company, Inc."
        d.tail.append(c.copyright)
        d.tail_blank = rng.random() < 0.5
    else:
        c.byline = person
        d.head.append(f"By {person}")
        line = f"Write to {person} at {_handle(person)}@wsj.com"
        d.tail.append(line)
        c.credits = (line,)


def h12_heads(rng: random.Random, d: Draft, c: Case) -> None:
    """Heads of other papers and networks: Politico's capitals over a numeric date, ABC News' glued
    "ByName", The Independent's name over a weekday, Hindustan Times' desk byline, Fox's bar."""
    people = rng.sample(PEOPLE_12, 2)
    day = rng.randint(10, 28)
    form = rng.random()
    if form < 0.2:
        c.byline = people[0].upper()
        d.head += [f"By {c.byline}", f"07/{day}/2024 10:12 AM EDT"]
    elif form < 0.4:
        c.byline = f"{people[0]} and {people[1]}"
        d.head.append(f"By{c.byline}")
    elif form < 0.6:
        c.byline = people[0]
        d.head += [people[0], f"Friday {day} July 2024 10:12 BST"]
    elif form < 0.8:
        c.byline = people[0]
        d.head += [f"By {people[0]}, New Delhi", f"Jul {day}, 2024 10:12 AM IST"]
    else:
        c.byline = people[0]
        c.source = "Fox News"
        d.head.append(f"By {people[0]} | Fox News")


def h12_credits_elsewhere(rng: random.Random, d: Draft, c: Case) -> None:
    """Credits in Spanish, Portuguese, French and German as the agencies' own services close, and a
    scraped page's "[email protected]" where an address was."""
    a, b = rng.sample(PEOPLE_12, 2)
    line = rng.choice(
        [
            f"Reporte de {a}; Editado en español por {b}",
            f"Reportagem de {a}; Edição de {b}",
            f"Reportage {a}, édité par {b}",
            f"Reporter: {a}; redigiert von {b}",
            f"{a} can be reached at [email protected]",
            "Contact: [email protected]",
        ]
    )
    bracketed = not line.startswith(("Contact", a)) and rng.random() < 0.6
    d.tail.append(f"({line})" if bracketed else line)
    c.credits = (line,)


def h12_tags(rng: random.Random, d: Draft, c: Case) -> None:
    """Xinhua's story labels, tags before a bar, and Yonhap's ATTN line below the headline."""
    form, tags = rng.choice(
        [
            ("Economic Watch: {}", ("Economic Watch",)),
            ("China Focus: {}", ("China Focus",)),
            ("World Insights: {}", ("World Insights",)),
            ("OPINION | {}", ("OPINION",)),
            ("LIVE UPDATES | {}", ("LIVE UPDATES",)),
            ("(2nd LD) {}", ("2nd LD",)),
        ]
    )
    c.tags = tags
    d.title = form.format(d.title)
    if tags == ("2nd LD",):
        d.head.append(rng.choice(["(ATTN: ADDS details in paras 4-6)", "(ATTN: UPDATES with minister's remarks)"]))
        c.place, c.date, c.agency, c.source = "SEOUL", _day(rng, AP_STYLE), "Yonhap", "Yonhap"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) --"


HELD_OUT_12: dict[str, Template] = {
    "europe-agencies-12": h12_europe_agencies,
    "gulf-iran": h12_gulf_iran,
    "africa-12": h12_africa,
    "asian-wires": h12_asian_wires,
    "financial-wires": h12_financial_wires,
    "heads-12": h12_heads,
    "credits-elsewhere": h12_credits_elsewhere,
    "tags-12": h12_tags,
}

NEGATIVE_LEDES_12 = [
    "ByteDance said on Monday that it would open a data centre in Finland.",
    "Accra, Kumasi and Tamale all reported power cuts on Monday.",
    "Investing.com readers voted the index the year's best performer.",
    "Oslo (the city council, not the government) will decide on the tolls.",
    "Tehran, IRNA and the foreign ministry all denied the report on Tuesday.",
]
NEGATIVE_ENDINGS_12 = [
    "Write to your MP before the vote on Thursday, campaigners urged.",
    "Dow Jones Newswires reported the deal first on Tuesday.",
    "Copyright infringement claims rose by a third last year.",
    "Hashtags such as the one used by the campaign spread quickly.",
    "Contact with the crew was lost shortly after midnight.",
]


def negative_12(rng: random.Random, d: Draft, c: Case) -> None:
    """Look-alikes of the round-twelve forms: a glued "By" that starts a name, places and agencies in a
    list, a city with a bracketed aside, sentences that open like credit and contact lines."""
    look_alikes(rng, d, NEGATIVE_LEDES_12, NEGATIVE_ENDINGS_12)
    if rng.random() < 0.2:
        d.title = rng.choice(["Economic watchdog fines two banks", "China focuses on chip exports"])


NEGATIVES_12: dict[str, Template] = {"negative-12": negative_12}
