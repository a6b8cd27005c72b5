"""Round-five templates for the wire harness: agency copy as publishers' pages print it, and look-alikes.

Written blind: from how the agencies' copy looks where it is republished (agency sites, portals,
member papers, aggregators), before reading the round-five rules and never tuned to them after.
The first run of these templates is the blind figure reported for round five. Same contract as
:mod:`cleannews.evaluation.wire_shapes`: a template fills a :class:`~cleannews.evaluation.wire.Draft`
and a :class:`~cleannews.evaluation.wire.Case`; ``Draft.head`` lines are expected out of the text
(bylines, their affiliations, timestamps), ``Draft.tail`` lines are expected trailers, and
``Draft.dek`` and ``Draft.body`` paragraphs must stay. A template whose name ends in ``-ko`` is
filled with Korean body text.

Reconciled in round twenty-six: the korean-paper template's closing "NAME 기자 name@paper" is a
reporter's e-mail line (issue 5), so its address is a credit, as Yonhap's, the JoongAng Daily's and
Newsis' addresses are; the template first expected no credit (the name alone, as the byline).
Round six's korean-brackets template ("NAME 기자(name@paper)" closing the story) likewise.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

# Names no earlier round uses: particles, hyphens, apostrophes, diacritics, one-word surnames.
PEOPLE_5 = [
    "Jan de Vries",
    "Maria dos Santos",
    "Ana María de la Cruz",
    "Jean-Pierre Le Goff",
    "Siobhán Ní Bhriain",
    "Mohammed Al-Sharif",
    "Kim Tong-hyung",
    "Oluwaseun Adeyemi",
    "Hannah McKenzie-Reid",
    "Giulia Di Stefano",
    "Rahul Kumar Singh",
    "Erik von Ahn",
    "Sean O'Driscoll",
    "Pham Thu Hang",
]
MALAY_PEOPLE = ["Nur Aisyah binti Ahmad", "Muhammad Amirul bin Abdullah", "Siti Hajar Mohd Zain"]
KOREAN_PEOPLE_5 = ["김동현", "이지은", "박준서", "최서윤", "정민호", "한가람"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MONTHS_5 = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _people(rng: random.Random, k: int) -> list[str]:
    return rng.sample(PEOPLE_5, k)


def _joined(people: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def _day(rng: random.Random, months: list[str]) -> str:
    return f"{rng.choice(months)} {rng.randint(1, 28)}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}"


def _handle(person: str) -> str:
    return "".join(ch for ch in person.split()[-1].lower() if ch.isascii() and ch.isalpha())


# --- the agencies on their own sites and on portals ------------------------------------------


def h5_ap_titlecase(rng: random.Random, d: Draft, c: Case) -> None:
    """apnews.com today: title-case bylines of up to three names, an "Updated" line, varied credits."""
    people = _people(rng, 4)
    c.byline = _joined(people[: rng.choice([1, 2, 3])])
    d.head.append(f"By {c.byline}")
    if rng.random() < 0.6:
        d.head.append(f"Updated {_clock(rng)} EDT, {_day(rng, FULL_MONTHS)}, 2024")
    c.place = rng.choice(["MEXICO CITY", "ATLANTA", "BOISE, Idaho", "JERUSALEM", "PHOENIX", "MONTGOMERY, Ala."])
    c.agency = c.source = "AP"
    d.dateline = f"{c.place} (AP) —"
    credit = rng.choice(
        [
            f"AP Business Writer {people[3]} contributed to this report from New York.",
            f"Associated Press reporter {people[3]} in Chicago contributed.",
            "The Associated Press contributed to this report.",
            f"Associated Press writers {people[3]} in Denver and {people[0]} in Reno, Nevada, "
            "contributed to this report.",
        ]
    )
    if rng.random() < 0.8:
        d.tail += ["___", credit]
        c.credits = (credit,)


def h5_reuters_yahoo(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters on an aggregator: the name alone above a "Fri, July 5, 2024 at 4:12 AM GMT+9·3 min read" line."""
    people = _people(rng, 3)
    c.byline = people[0] if rng.random() < 0.6 else f"{people[0]} and {people[1]}"
    d.head.append(c.byline)
    weekday = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
    d.head.append(f"{weekday}, {_day(rng, FULL_MONTHS)}, 2024 at {_clock(rng)} GMT+9·{rng.randint(2, 6)} min read")
    c.place, c.agency, c.source = rng.choice(["LONDON", "BRASILIA", "TAIPEI", "OSLO"]), "Reuters", "Reuters"
    d.dateline = f"{c.place} (Reuters) -"
    credit = f"Reporting by {people[0]}; Editing by {people[2]}"
    d.tail.append(f"({credit})")
    c.credits = (credit,)


def h5_reuters_classic(rng: random.Random, d: Draft, c: Case) -> None:
    """Feed-style Reuters: long credit chains, the old "Reuter" sign-off, a Thomson Reuters copyright."""
    people = _people(rng, 4)
    c.place, c.date = rng.choice(["FRANKFURT", "MANILA", "CAIRO", "LIMA"]), _day(rng, ["Jan", "Feb", "Sept", "Oct"])
    c.agency = c.source = "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    credit = (
        f"Additional reporting by {people[0]} in Madrid and {people[1]} in Rome; "
        f"Writing by {people[2]}; Editing by {people[3]}"
    )
    d.tail.append(f"({credit})" if rng.random() < 0.5 else credit)
    c.credits = (credit,)
    end = rng.random()
    if end < 0.4:
        d.tail.append(rng.choice(["Reuter", "REUTER"]))
    elif end < 0.8:
        c.copyright = "(c) Copyright Thomson Reuters 2024."
        d.tail.append(c.copyright)


def h5_afp_web(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP on a portal: "Jean DUPONT" with no "By", the agency on the next line, a publication time."""
    person = rng.choice(PEOPLE_5)
    first, last = person.split(" ", 1)
    c.byline = f"{first} {last.upper()}"
    d.head.append(c.byline)
    d.head.append("AFP")
    if rng.random() < 0.6:
        d.head.append(f"Published on {_day(rng, FULL_MONTHS)}, 2024 - {rng.randint(10, 23)}:{rng.randint(10, 59)}")
    c.place = rng.choice(["Dakar", "Kinshasa", "Quito", "Vientiane", "Tbilisi"])
    c.agency = c.source = "AFP"
    d.dateline = f"{c.place} (AFP) –"
    if rng.random() < 0.5:
        slug = rng.choice(["burs-ec/dhw", "jri/lb", "sw-dv/tym"])
        d.tail.append(slug)
        c.credits = (slug,)


def h5_yonhap_english(rng: random.Random, d: Draft, c: Case) -> None:
    """en.yna.co.kr: the section-and-time line, the byline, tags the files may not list, the e-mail and (END)."""
    tags = rng.choice(
        [("LEAD",), ("4th LD",), ("Olympics",), ("LEAD", "Paris Olympics"), ("Yonhap Feature",), ("URGENT",), ()]
    )
    c.tags = tags
    d.title = "".join(f"({t}) " for t in tags) + d.title
    d.head.append(f"All News {rng.randint(10, 23)}:{rng.randint(10, 59)} July {rng.randint(10, 28)}, 2024")
    c.byline = rng.choice(["Kim Tong-hyung", "Park Boram", "Lee Minji", "Shin Ji-hye"])
    d.head.append(f"By {c.byline}")
    c.place = rng.choice(["SEOUL", "SEJONG", "BUSAN", "WASHINGTON", "INCHEON"])
    c.date, c.agency, c.source = f"July {rng.randint(1, 28)}", "Yonhap", "Yonhap"
    d.dateline = f"{c.place}, {c.date} (Yonhap) --"
    email = f"{_handle(c.byline)}{rng.randint(1, 99)}@yna.co.kr"
    d.tail += [email, "(END)"]
    c.credits = (email,)


def h5_yonhap_korean_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """연합뉴스 as portals print it: two reporters or a correspondent (특파원), the newer copyright line."""
    c.tags = rng.choice([("속보",), ("르포",), ("팩트체크",), ("종합3보",), ()])
    d.title = "".join(f"[{t}] " for t in c.tags) + d.title
    c.place = rng.choice(["서울", "세종", "광주", "도쿄", "파리", "뉴욕"])
    c.agency = c.source = "연합뉴스"
    abroad = c.place in {"도쿄", "파리", "뉴욕"}
    if abroad:
        c.byline = rng.choice(KOREAN_PEOPLE_5)
        d.dateline = f"({c.place}=연합뉴스) {c.byline} 특파원 ="
    else:
        pair = rng.sample(KOREAN_PEOPLE_5, rng.choice([1, 2]))
        c.byline = " ".join(pair)
        d.dateline = f"({c.place}=연합뉴스) {c.byline} 기자 ="
    email = f"{rng.choice(['dhkim', 'jelee', 'jspark'])}@yna.co.kr"
    c.credits = (email,)
    c.copyright = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
    d.tail += [email, c.copyright]
    if rng.random() < 0.5:
        d.tail.append(f"2024/07/{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)} 송고")
    d.tail_blank = rng.random() < 0.5


def h5_korean_agencies_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """뉴시스 and 뉴스1: "[서울=뉴시스]" in square brackets, "(서울=뉴스1)", their e-mails and copyrights."""
    c.place = rng.choice(["서울", "부산", "대전", "수원"])
    c.byline = rng.choice(KOREAN_PEOPLE_5)
    if rng.random() < 0.5:
        c.agency = c.source = "뉴시스"
        d.dateline = f"[{c.place}=뉴시스] {c.byline} 기자 ="
        email = f"{rng.choice(['dhkim', 'mhjung'])}@newsis.com"
        c.copyright = "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"
    else:
        c.agency = c.source = "뉴스1"
        d.dateline = f"({c.place}=뉴스1) {c.byline} 기자 ="
        email = f"{rng.choice(['dhkim', 'mhjung'])}@news1.kr"
        c.copyright = "Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지."
    c.credits = (email,)
    d.tail += [email, c.copyright]
    d.tail_blank = False


def h5_korean_paper_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """A Korean daily's own story: no dateline, "이름 기자 e-mail" as the last line."""
    c.byline = rng.choice(KOREAN_PEOPLE_5)
    address = f"{rng.choice(['dhkim', 'jelee', 'mhjung'])}@{rng.choice(['hani.co.kr', 'khan.kr'])}"
    d.tail.append(f"{c.byline} 기자 {address}")
    c.credits = (address,)  # a reporter's e-mail line: the address is a credit (reconciled in round twenty-six)


def h5_xinhua_site(rng: random.Random, d: Draft, c: Case) -> None:
    """english.news.cn: a "Source: Xinhua| date time|Editor: huaxia" line on top, "Enditem" at the end."""
    stamp = f"2024-07-{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    d.head.append(f"Source: Xinhua| {stamp}|Editor: {rng.choice(['huaxia', 'Liu Xin', 'Zhou Wei'])}")
    c.place = rng.choice(["UNITED NATIONS", "NAIROBI", "CANBERRA", "URUMQI", "VIENTIANE"])
    c.date, c.agency, c.source = _day(rng, AP_MONTHS_5), "Xinhua", "Xinhua"
    d.dateline = f"{c.place}, {c.date} (Xinhua) --"
    if rng.random() < 0.5:
        d.tail.append("Enditem")


def h5_japan(rng: random.Random, d: Draft, c: Case) -> None:
    """Jiji Press with no space before the dashes, Kyodo outside Tokyo, Japan Times sign-offs."""
    form = rng.random()
    if form < 0.35:
        c.place, c.date, c.agency = rng.choice(["Tokyo", "Osaka", "Sapporo"]), _day(rng, FULL_MONTHS), "Jiji Press"
        c.source = "Jiji Press"
        d.dateline = f"{c.place}, {c.date} ({c.agency})--"
    elif form < 0.7:
        c.place, c.agency, c.source = rng.choice(["NAGOYA", "FUKUOKA", "SENDAI"]), "Kyodo", "Kyodo"
        d.dateline = f"{c.place} (Kyodo) --"
    else:
        c.place = rng.choice(["TOKYO", "KOBE", "HIROSHIMA"])
        d.dateline = f"{c.place} –"
        c.source = rng.choice(["Kyodo", "JIJI", "AFP-JIJI", "Bloomberg"])
        d.tail.append(f"— {c.source}" if rng.random() < 0.5 else f"—{c.source}")


def h5_dpa(rng: random.Random, d: Draft, c: Case) -> None:
    """dpa International with a byline, and dpa-AFX on finance portals with its desk slug."""
    if rng.random() < 0.5:
        c.place, c.agency, c.source = rng.choice(["Berlin", "Vienna", "Kiel", "Brussels"]), "dpa", "dpa"
        d.dateline = f"{c.place} (dpa) -"
        if rng.random() < 0.5:
            c.byline = rng.choice(PEOPLE_5)
            d.head.append(f"By {c.byline}, dpa")
        if rng.random() < 0.6:
            story = f"2407{rng.randint(10, 28)}-99-{rng.randint(100000, 999999)}/{rng.randint(2, 6)}"
            c.copyright = f"© dpa-infocom, dpa:{story}"
            d.tail.append(c.copyright)
    else:
        c.place, c.agency, c.source = rng.choice(["FRANKFURT", "HAMBURG", "MUNICH"]), "dpa-AFX", "dpa-AFX"
        d.dateline = f"{c.place} ({c.agency}) -"
        slug = rng.choice(["/ck/jha", "/ben/mis", "/tav/men"])
        d.tail.append(slug)
        c.credits = (slug,)


def h5_india(rng: random.Random, d: Draft, c: Case) -> None:
    """IANS ("--IANS" and desk initials), PTI's desk slug, an Indian Express byline line, "With inputs"."""
    form = rng.random()
    if form < 0.35:
        c.place, c.date, c.agency, c.source = rng.choice(["New Delhi", "Patna"]), _day(rng, FULL_MONTHS), "IANS", "IANS"
        d.dateline = f"{c.place}, {c.date} (IANS)"
        slug = rng.choice(["ab/vd", "sn/dpb", "rvt/khz"])
        d.tail += ["--IANS", slug]
        c.credits = (slug,)
    elif form < 0.7:
        c.place, c.date, c.agency, c.source = rng.choice(["Mumbai", "Bengaluru"]), _day(rng, SHORT_MONTHS), "PTI", "PTI"
        d.dateline = f"{c.place}, {c.date} (PTI)"
        slug = rng.choice(["PTI SKU RT RT", "PTI ABC NSD", "PTI KRS MR"])
        d.tail.append(slug)
        c.credits = (slug,)
    else:
        c.byline = rng.choice(PEOPLE_5)
        place = rng.choice(["New Delhi", "Pune", "Chandigarh"])
        stamp = f"{_day(rng, FULL_MONTHS)}, 2024 {rng.randint(10, 23)}:{rng.randint(10, 59)} IST"
        d.head.append(f"Written by {c.byline} | {place} | Updated: {stamp}")
        d.tail.append("(With inputs from agencies)")
        c.credits = ("With inputs from agencies",)


def h5_efe_ansa(rng: random.Random, d: Draft, c: Case) -> None:
    """EFE's ".-" datelines and sign-off with desk initials; ANSA with the agency first, and its copyright."""
    if rng.random() < 0.5:
        c.place, c.agency, c.source = rng.choice(["Bogota", "Caracas", "Havana", "Montevideo"]), "EFE", "EFE"
        if rng.random() < 0.5:
            c.date = _day(rng, SHORT_MONTHS)
            d.dateline = f"{c.place}, {c.date} (EFE).-"
        else:
            d.dateline = f"{c.place} (EFE).-"
        d.tail.append("EFE")
        if rng.random() < 0.6:
            slug = rng.choice(["ja/ec", "mcm/gbf", "lvp/rrt"])
            d.tail.append(slug)
            c.credits = (slug,)
    else:
        c.place, c.agency, c.source = rng.choice(["ROME", "MILAN", "NAPLES"]), "ANSA", "ANSA"
        c.date = f"{rng.choice(['JUL', 'AUG', 'SEP'])} {rng.randint(1, 28)}"
        d.dateline = f"(ANSA) - {c.place}, {c.date} -"
        c.copyright = "ALL RIGHTS RESERVED © Copyright ANSA"
        d.tail.append(c.copyright)


def h5_upi(rng: random.Random, d: Draft, c: Case) -> None:
    """UPI's dateline with a date but no place, under a byline."""
    c.byline = rng.choice(PEOPLE_5)
    d.head.append(f"By {c.byline}")
    c.date, c.agency, c.source = _day(rng, FULL_MONTHS), "UPI", "UPI"
    d.dateline = f"{c.date} (UPI) --"


def h5_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg: two bylines and a timestamp, contact lines for the reporter and the editors."""
    people = _people(rng, 4)
    c.byline = f"{people[0]} and {people[1]}"
    d.head.append(f"By {c.byline}")
    d.head.append(f"{_day(rng, FULL_MONTHS)}, 2024 at {_clock(rng)} GMT+9")
    c.agency = c.source = "Bloomberg"
    d.dateline = "(Bloomberg) --"
    reporter = f"To contact the reporter on this story: {people[0]} in London at {_handle(people[0])}@bloomberg.net"
    editors = f"To contact the editors responsible for this story: {people[2]} at {_handle(people[2])}@bloomberg.net"
    d.tail += [reporter, editors]
    c.credits = (reporter, editors)
    if rng.random() < 0.5:
        c.copyright = "©2024 Bloomberg L.P."
        d.tail.append(c.copyright)


def h5_taiwan_cna(rng: random.Random, d: Draft, c: Case) -> None:
    """Focus Taiwan: "Taipei, July 5 (CNA)" with no dash, the byline at the end in brackets, "Enditem/ls"."""
    people = rng.sample(["Chen Wei-ting", "Lin Mei-ling", "Huang Yu-zhe", "Joseph Yeh"], rng.choice([1, 2]))
    c.place, c.date, c.agency, c.source = rng.choice(["Taipei", "Kaohsiung"]), _day(rng, FULL_MONTHS), "CNA", "CNA"
    d.dateline = f"{c.place}, {c.date} (CNA)"
    c.byline = " and ".join(people)
    d.tail += [f"(By {c.byline})", rng.choice(["Enditem/ls", "Enditem/AW", "Enditem/kb"])]
    d.tail_blank = False


def h5_singapore_cna(rng: random.Random, d: Draft, c: Case) -> None:
    """CNA Singapore: the name alone above "05 Jul 2024 10:12AM (Updated: ...)", a "SINGAPORE:" dateline."""
    c.byline = rng.choice(PEOPLE_5)
    d.head.append(c.byline)
    day = f"{rng.randint(10, 28)} Jul 2024"
    posted = f"{day} {rng.randint(1, 11)}:{rng.randint(10, 59)}AM"
    d.head.append(f"{posted} (Updated: {day} {rng.randint(1, 11)}:{rng.randint(10, 59)}PM)")
    c.place = rng.choice(["SINGAPORE", "KUALA LUMPUR", "JAKARTA"])
    d.dateline = f"{c.place}:"


def h5_bernama(rng: random.Random, d: Draft, c: Case) -> None:
    """Bernama with Malay names ("bin", "binti") in the byline."""
    c.byline = rng.choice(MALAY_PEOPLE)
    d.head.append(f"By {c.byline}")
    c.place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "KOTA KINABALU"])
    c.date, c.agency = _day(rng, FULL_MONTHS), "Bernama"
    d.dateline = f"{c.place}, {c.date} (Bernama) --"
    d.tail.append("-- BERNAMA")
    c.source = "BERNAMA"


def h5_pa(rng: random.Random, d: Draft, c: Case) -> None:
    """PA Media copy in UK papers: "By Name, PA Political Correspondent", no dateline."""
    c.byline = rng.choice(PEOPLE_5)
    role = rng.choice(["PA Political Correspondent", "PA Chief Reporter", "PA Scotland", "PA"])
    d.head.append(f"By {c.byline}, {role}" if rng.random() < 0.6 else f"{c.byline}, {role}")
    c.source = "PA"


def h5_canadian_press(rng: random.Random, d: Draft, c: Case) -> None:
    """The Canadian Press on a broadcaster's site: "Posted" and "Last Updated" lines, files from AP."""
    c.byline = rng.choice(PEOPLE_5)
    d.head += [f"By {c.byline}", "The Canadian Press"]
    stamp = f"{_day(rng, ['Jul', 'Aug', 'Sep'])}, 2024"
    d.head.append(f"Posted {stamp} {rng.randint(1, 11)}:{rng.randint(10, 59)} am EDT")
    if rng.random() < 0.5:
        d.head.append(f"Last Updated {stamp} at {rng.randint(1, 11)}:{rng.randint(10, 59)} pm EDT")
    c.source = "The Canadian Press"
    c.place = rng.choice(["OTTAWA", "EDMONTON", "QUEBEC CITY", "VICTORIA"])
    d.dateline = f"{c.place} —"
    credits = []
    if rng.random() < 0.5:
        credits.append("— With files from The Associated Press")
    credits.append(f"This report by The Canadian Press was first published {_day(rng, AP_MONTHS_5)}, 2024.")
    d.tail += credits
    c.credits = tuple(line.lstrip("— ") for line in credits)


def h5_aap(rng: random.Random, d: Draft, c: Case) -> None:
    """AAP in Australian papers: the name alone over "Australian Associated Press", or "Name|AAP"."""
    c.byline = rng.choice(PEOPLE_5)
    if rng.random() < 0.5:
        d.head.append(f"{c.byline}\nAustralian Associated Press")
        c.source = "Australian Associated Press"
    else:
        d.head.append(f"{c.byline}|AAP")
        c.source = "AAP"


def h5_nz_republisher(rng: random.Random, d: Draft, c: Case) -> None:
    """A New Zealand site republishing agency copy: a hyphen dateline, "- AP" as the last line."""
    c.place = rng.choice(["LONDON", "SYDNEY", "SUVA", "WASHINGTON"])
    d.dateline = f"{c.place} -"
    c.source = rng.choice(["AP", "Reuters", "AFP", "RNZ"])
    d.tail.append(f"- {c.source}")


def h5_philippines(rng: random.Random, d: Draft, c: Case) -> None:
    """Philippine sites: "By: Name" with a role and a handle, "Name - Philstar.com" over a date line."""
    c.byline = rng.choice(PEOPLE_5)
    if rng.random() < 0.5:
        d.head.append(f"By: {c.byline} - Reporter / @{_handle(c.byline)}INQ")
        d.head.append(f"INQUIRER.net / {_clock(rng)} July {rng.randint(10, 28)}, 2024")
        c.place = "MANILA, Philippines"
        d.dateline = f"{c.place} —"
    else:
        d.head.append(f"{c.byline} - Philstar.com")
        d.head.append(f"July {rng.randint(10, 28)}, 2024 | {rng.randint(1, 11)}:{rng.randint(10, 59)}am")
        c.source = "Philstar.com"
        c.place = rng.choice(["MANILA", "CEBU CITY", "DAVAO CITY"])
        d.dateline = f"{c.place}, Philippines —"
        c.place = f"{c.place}, Philippines"


def h5_vietnam(rng: random.Random, d: Draft, c: Case) -> None:
    """Vietnam News and VNA: capitals with diacritics, "(VNA)", a "VNS" sign-off."""
    if rng.random() < 0.5:
        c.place = rng.choice(["HÀ NỘI", "HUẾ", "ĐÀ NẴNG"])
        d.dateline = f"{c.place} —"
        d.tail.append("VNS")
        c.source = "VNS"
    else:
        c.place, c.agency, c.source = rng.choice(["Hanoi", "Can Tho"]), "VNA", "VNA"
        d.dateline = f"{c.place} ({c.agency}) –"


def h5_gulf(rng: random.Random, d: Draft, c: Case) -> None:
    """Gulf and Iranian agencies: SPA with the year and a comma, IRNA, QNA, KUNA's "(end)"."""
    form = rng.random()
    if form < 0.3:
        c.place, c.date, c.agency = "RIYADH", f"{_day(rng, FULL_MONTHS)}, 2024", "SPA"
        d.dateline = f"{c.place}, {c.date}, SPA --"
    elif form < 0.6:
        c.place, c.agency = rng.choice(["TEHRAN", "DOHA"]), rng.choice(["IRNA", "QNA"])
        d.dateline = f"{c.place} ({c.agency}) –"
    else:
        c.place, c.date, c.agency = "KUWAIT", _day(rng, ["Jan", "July", "Aug"]), "KUNA"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
        d.tail.append("(end)")
        if rng.random() < 0.5:
            d.tail.append("sm.ms")
            c.credits = ("sm.ms",)
    c.source = c.agency


# --- bylines without "By", and closing lines of every kind ------------------------------------


def h5_name_over_date(rng: random.Random, d: Draft, c: Case) -> None:
    """A reporter's name alone above a date, or beside it, with no "By" and no agency."""
    people = _people(rng, 2)
    c.byline = people[0] if rng.random() < 0.7 else f"{people[0]} and {people[1]}"
    dates = [f"{_day(rng, FULL_MONTHS)}, 2024", f"{rng.randint(1, 28)} July 2024", f"Jul {rng.randint(1, 28)}, 2024"]
    date = rng.choice(dates)
    form = rng.random()
    if form < 0.4:
        d.head += [c.byline, date]
    elif form < 0.7:
        d.head.append(f"{c.byline} · {date}")
    else:
        d.head.append(f"{c.byline} | {date} {_clock(rng)} ET")
    if rng.random() < 0.5:
        c.place = rng.choice(["SAN DIEGO", "CARDIFF", "LUSAKA"])
        d.dateline = f"{c.place} —"


def h5_staff_titles(rng: random.Random, d: Draft, c: Case) -> None:
    """Staff bylines without "By": "Name, Staff Writer", "Name and Name, Staff Writers", "NAME | Staff Reporter"."""
    people = _people(rng, 2)
    form = rng.random()
    if form < 0.4:
        c.byline = people[0]
        d.head.append(f"{people[0]}, Staff Writer")
    elif form < 0.7:
        c.byline = f"{people[0]} and {people[1]}"
        d.head.append(f"{c.byline}, Staff Writers")
    else:
        c.byline = people[0].upper()
        d.head.append(f"{c.byline} | Staff Reporter")
    if rng.random() < 0.5:
        d.head.append(f"Published {_day(rng, AP_MONTHS_5)}, 2024")


def h5_cnn_three(rng: random.Random, d: Draft, c: Case) -> None:
    """Three names and the network on one byline: "By A, B and C, CNN"."""
    people = _people(rng, 3)
    c.byline = _joined(people)
    d.head.append(f"By {c.byline}, CNN")
    c.agency = c.source = "CNN"
    d.dateline = "(CNN) —"


def h5_korea_joongang(rng: random.Random, d: Draft, c: Case) -> None:
    """Korea JoongAng Daily: "BY NAME [e-mail]" in capitals above the story."""
    c.byline = rng.choice(["KIM TONG-HYUNG", "LEE JAE-LIM", "PARK EUN-JEE", "SARAH CHEA"])
    handle = c.byline.split()[-1].lower().replace("-", "")
    d.head.append(f"BY {c.byline} [{handle}.{rng.choice(['jd', 'ej'])}@joongang.co.kr]")


def h5_contact_tails(rng: random.Random, d: Draft, c: Case) -> None:
    """A newspaper's closing lines: where the reporters were, how to reach them, the copyright."""
    people = _people(rng, 3)
    c.place = rng.choice(["GLASGOW", "PERTH, Australia", "TALLINN, Estonia"])
    d.dateline = f"{c.place} —"
    closing = rng.choice(
        [
            f"{people[0]} reported from London and {people[1]} from Paris.",
            f"{people[1]} contributed reporting from Brussels.",
            f"{people[2]} can be reached at {_handle(people[2])}@dailyledger.com.",
            f"Email: {_handle(people[2])}@dailyledger.com",
        ]
    )
    d.tail.append(closing)
    c.credits = (closing,)
    c.copyright = rng.choice(
        [
            "Copyright © 2024 The Washington Times, LLC.",
            "© Copyright 2024 The Straits Times",
            "(c) 2024 Agence France-Presse",
            "Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be published, "
            "broadcast, rewritten, or redistributed.",
        ]
    )
    d.tail.append(c.copyright)


def h5_source_lines(rng: random.Random, d: Draft, c: Case) -> None:
    """The agency named on the last line: "Source: dpa", "-- Reuters", "(AFP)", "Reuters contributed"."""
    c.place = rng.choice(["GENEVA", "ADDIS ABABA", "MANAGUA"])
    d.dateline = f"{c.place} —"
    form = rng.random()
    if form < 0.3:
        c.source = rng.choice(["Xinhua", "AP", "Bernama", "dpa", "Reuters"])
        d.tail.append(f"Source: {c.source}")
    elif form < 0.55:
        c.source = rng.choice(["Reuters", "AFP", "AP"])
        d.tail.append(f"-- {c.source}")
    elif form < 0.75:
        c.source = rng.choice(["AFP", "Reuters"])
        d.tail.append(f"({c.source})")
    else:
        line = rng.choice(["Reuters contributed to this report.", "Material from Reuters was used in this report."])
        d.tail.append(line)
        c.credits = (line,)


HELD_OUT_5: dict[str, Template] = {
    "ap-titlecase": h5_ap_titlecase,
    "reuters-yahoo": h5_reuters_yahoo,
    "reuters-classic": h5_reuters_classic,
    "afp-web": h5_afp_web,
    "yonhap-english": h5_yonhap_english,
    "yonhap-korean-5-ko": h5_yonhap_korean_ko,
    "korean-agencies-ko": h5_korean_agencies_ko,
    "korean-paper-ko": h5_korean_paper_ko,
    "xinhua-site": h5_xinhua_site,
    "japan": h5_japan,
    "dpa": h5_dpa,
    "india-5": h5_india,
    "efe-ansa": h5_efe_ansa,
    "upi": h5_upi,
    "bloomberg-5": h5_bloomberg,
    "taiwan-cna": h5_taiwan_cna,
    "singapore-cna": h5_singapore_cna,
    "bernama": h5_bernama,
    "pa": h5_pa,
    "canadian-press-5": h5_canadian_press,
    "aap": h5_aap,
    "nz-republisher": h5_nz_republisher,
    "philippines": h5_philippines,
    "vietnam": h5_vietnam,
    "gulf": h5_gulf,
    "name-over-date": h5_name_over_date,
    "staff-titles": h5_staff_titles,
    "cnn-three": h5_cnn_three,
    "korea-joongang": h5_korea_joongang,
    "contact-tails": h5_contact_tails,
    "source-lines": h5_source_lines,
}

# --- round-five negatives: nothing here is metadata ------------------------------------------

NEGATIVE_TITLES_5 = [
    "Reuters Institute finds trust in news slipping",
    "AP Stylebook adds entries on artificial intelligence",
    "Bloomberg pledges $1 billion to medical school",
    "Exclusive clubs face new tax on memberships",
    "Update your phone now, regulators warn",
    "Analysis of 2,000 wills reveals family feuds",
]
NEGATIVE_LEDES_5 = [
    "Tokyo, the world's most populous metropolis, is running out of young workers.",
    "Berlin, once a divided city, now has more bridges than Venice.",
    "Lagos, Nigeria's commercial hub, was brought to a standstill by floods on Monday.",
    "Seoul, like many Asian capitals, has a problem with empty classrooms.",
    "AP Moller-Maersk said on Thursday that profits would fall sharply this year.",
    "PA Consulting has been hired to review the council's finances.",
    "CNA Financial said on Monday that storm claims had doubled.",
    "Bloomberg, the former New York mayor, has pledged to fund the study.",
    "Maria dos Santos, 52, has sold fish at the market for three decades.",
    "By Jan de Vries's own account, the deal was struck over dinner.",
    "Reuters, the news agency, said on Friday it would close two bureaus.",
    'Editors mark such stories "UPDATE 2-" in the headline, the style guide says.',
    "The headline carried the tag (URGENT), which the agency uses sparingly.",
]
NEGATIVE_ENDINGS_5 = [
    'The message, signed by the bureau chief, ended: "See you in Geneva -- Reuters."',
    'Asked about the leak, he said only: "Ask Reuters."',
    "AFP, AP and Reuters all withdrew the image within hours.",
    "The winning photograph, by Jan de Vries of Reuters, shows a boy on a rooftop.",
    "Xinhua News Agency said the talks had been candid and constructive.",
    "Hannah McKenzie-Reid, a staff writer at the magazine, left in 2019.",
    "Written and directed by Jan de Vries, the play runs until August.",
    "With assistance from the United Nations, the town rebuilt its school.",
    "Reporting from Kyiv, she described the shelling in detail.",
]
EPIGRAPHS = [
    ('"The reports of my death are greatly exaggerated."', "— Mark Twain"),
    ('"Journalism is printing what someone else does not want printed."', "— George Orwell"),
    ('"History is a vast early warning system."', "-- Norman Cousins"),
]
NAME_LISTS = [
    "The nominees are:\nAmara Okafor\nJan de Vries\nGiulia Di Stefano",
    "She is survived by her children:\nMaria dos Santos\nSean O'Driscoll",
    "The jury:\nKim Tong-hyung\nErik von Ahn\nSiobhán Ní Bhriain",
]


def negative_5(rng: random.Random, d: Draft, c: Case) -> None:
    """Look-alikes: city-and-comma ledes, agency-named companies, quotes that end with an agency,
    epigraphs signed "— Mark Twain" above or below the story, lists of names at the end."""
    if rng.random() < 0.25:
        d.title = rng.choice(NEGATIVE_TITLES_5)
    if rng.random() < 0.5:
        d.lede = rng.choice(NEGATIVE_LEDES_5)
    form = rng.random()
    if form < 0.2:
        quote, author = rng.choice(EPIGRAPHS)
        d.dek += [quote, author]
    elif form < 0.4:
        quote, author = rng.choice(EPIGRAPHS)
        d.body += [quote, author] if rng.random() < 0.5 else [f"{quote}\n{author}"]
    elif form < 0.6:
        d.body.append(rng.choice(NAME_LISTS))
    else:
        d.body.append(rng.choice(NEGATIVE_ENDINGS_5))


NEGATIVE_ENDINGS_KO = [
    '그는 연합뉴스와의 통화에서 "아직 결정된 것은 없다"고 말했다.',
    "이 사실은 김동현 기자가 처음 보도했다.",
    "연합뉴스와 뉴시스 등은 이 같은 내용을 일제히 보도했다.",
]


def negative_5_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Korean look-alikes: last sentences that name an agency or a reporter."""
    d.body.append(rng.choice(NEGATIVE_ENDINGS_KO))


NEGATIVES_5: dict[str, Template] = {"negative-5": negative_5, "negative-5-ko": negative_5_ko}


# --- round six: written after the round-five rules, run once blind, never tuned against --------

PEOPLE_6 = [
    "Shaun Whitfield",
    "Priyanka Deshmukh",
    "Tomás Álvarez",
    "Ingrid Solberg",
    "Femi Ogunleye",
    "Clara Beaumont",
]


def h6_guardian(rng: random.Random, d: Draft, c: Case) -> None:
    """The Guardian: "Name in Place" with no "By", a "Fri 5 Jul 2024 10.12 BST" line."""
    person = rng.choice(PEOPLE_6)
    c.byline = person
    d.head.append(f"{person} in {rng.choice(['Kyiv', 'Brussels', 'Lagos'])}")
    day = f"{rng.choice(['Mon', 'Fri', 'Sat'])} {rng.randint(1, 28)} Jul 2024"
    d.head.append(f"{day} {rng.randint(10, 23)}.{rng.randint(10, 59)} BST")


def h6_bbc(rng: random.Random, d: Draft, c: Case) -> None:
    """BBC News: "By Name" over "BBC News, Place"."""
    c.byline = rng.choice(PEOPLE_6)
    d.head += [f"By {c.byline}", f"BBC News, {rng.choice(['Seoul', 'Nairobi', 'Washington'])}"]
    c.source = "BBC News"


def h6_asia_dailies(rng: random.Random, d: Draft, c: Case) -> None:
    """Straits Times and Gulf News: the name over a role, an "UPDATED" line in capitals."""
    c.byline = rng.choice(PEOPLE_6)
    if rng.random() < 0.5:
        d.head += [c.byline, rng.choice(["Senior Correspondent", "Assistant Editor", "Business Correspondent"])]
        d.head.append(f"UPDATED Jul {rng.randint(10, 28)}, 2024, {rng.randint(1, 11)}:{rng.randint(10, 59)} PM")
    else:
        d.head.append(f"{c.byline}, {rng.choice(['Assistant Editor', 'Senior Reporter'])}")
        d.head.append(f"Published: July {rng.randint(10, 28)}, 2024 {rng.randint(10, 23)}:{rng.randint(10, 59)}")


def h6_abc_au(rng: random.Random, d: Draft, c: Case) -> None:
    """ABC Australia: "Posted Fri 5 Jul 2024 at 10:12am, updated Fri 5 Jul 2024 at 11:00am"."""
    c.byline = rng.choice(PEOPLE_6)
    d.head.append(f"By {c.byline}")
    day = f"Fri {rng.randint(1, 28)} Jul 2024"
    d.head.append(f"Posted {day} at {rng.randint(1, 11)}:{rng.randint(10, 59)}am, updated {day} at 1:05pm")


def h6_antara(rng: random.Random, d: Draft, c: Case) -> None:
    """Antara: "Jakarta (ANTARA) -", the reporter and the editor as labelled lines at the end."""
    c.place, c.agency, c.source = rng.choice(["Jakarta", "Surabaya"]), "ANTARA", "ANTARA"
    d.dateline = f"{c.place} ({c.agency}) -"
    reporter, editor = rng.sample(PEOPLE_6, 2)
    c.byline = reporter
    c.credits = (f"Editor: {editor}",)
    c.copyright = "Copyright © ANTARA 2024"
    d.tail += [f"Reporter: {reporter}", f"Editor: {editor}", c.copyright]
    d.tail_blank = False


def h6_more_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """Agencies no file names, in forms the grammar may not know: a weekday in the date, no dash."""
    form = rng.random()
    if form < 0.35:
        c.place, c.date, c.agency = "RAMALLAH", f"Friday, July {rng.randint(1, 28)}, 2024", "WAFA"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form < 0.7:
        c.place, c.date, c.agency = "Havana", f"Jul {rng.randint(1, 28)}", "Prensa Latina"
        d.dateline = f"{c.place}, {c.date} ({c.agency})"
    else:
        c.place, c.date, c.agency = (
            rng.choice(["CAIRO", "MOSCOW"]),
            f"July {rng.randint(1, 28)}",
            rng.choice(["MENA", "Sputnik"]),
        )
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    c.source = c.agency


def h6_place_line(rng: random.Random, d: Draft, c: Case) -> None:
    """Japan Today and Anadolu: the place in capitals alone on the line above the lede."""
    c.place = rng.choice(["TOKYO", "ISTANBUL", "OSAKA", "ANKARA"])
    d.dek.append(c.place)  # a dateline stays in the text (the blind run wrongly expected it out)
    if rng.random() < 0.5:
        d.tail.append("KYODO" if c.place in ("TOKYO", "OSAKA") else "AA")
        c.source = d.tail[-1]


def h6_korean_brackets_ko(rng: random.Random, d: Draft, c: Case) -> None:
    """Korean dailies: "[이데일리 김수연 기자]" opening the lede, or the older "【서울=뉴시스】"."""
    reporter = rng.choice(KOREAN_PEOPLE_5)
    c.byline = reporter
    if rng.random() < 0.5:
        paper = rng.choice(["이데일리", "아시아경제", "머니투데이"])
        d.dateline = f"[{paper} {reporter} 기자]"
        c.source = c.agency = paper
    else:
        c.place, c.agency, c.source = "서울", "뉴시스", "뉴시스"
        d.dateline = f"【서울=뉴시스】{reporter} 기자 ="
    email = f"{rng.choice(['dhkim', 'jelee'])}@{rng.choice(['edaily.co.kr', 'newsis.com'])}"
    d.tail.append(f"{reporter} 기자({email})")
    c.credits = (email,)  # a reporter's e-mail line: the address is a credit (reconciled in round twenty-six)


def h6_signoffs(rng: random.Random, d: Draft, c: Case) -> None:
    """Closing lines in other shapes: two agencies, "Agencies", a columnist's disclaimer, video credits."""
    c.place = rng.choice(["DUBAI", "SHANGHAI", "HARARE"])
    d.dateline = f"{c.place} —"
    form = rng.random()
    if form < 0.3:
        line = rng.choice(["— Reuters/AP", "— AFP/Reuters", "— Agencies"])
        d.tail.append(line)
        c.source = line.lstrip("— ")
    elif form < 0.55:
        rng.choice(PEOPLE_6)  # drawn and unused: kept so that the articles stay those of the blind run
        whose = rng.choice(["her", "his"])
        line = f"(The author is a Reuters Breakingviews columnist. The opinions expressed are {whose} own.)"
        d.tail.append(line)
        c.credits = (line.strip("()"),)
    elif form < 0.8:
        reporter, editor = rng.sample(PEOPLE_6, 2)
        line = f"(Video reporter: {reporter}; video editor: {editor})"
        d.tail.append(line)
        c.credits = (line.strip("()"),)
    else:
        line = "Xinhua contributed to this story."
        d.tail.append(line)
        c.credits = (line,)


def h6_nyt(rng: random.Random, d: Draft, c: Case) -> None:
    """A newspaper's print note and reporting credits at the end."""
    people = rng.sample(PEOPLE_6, 2)
    c.byline = f"{people[0]} and {people[1]}"
    d.head.append(f"By {c.byline}")
    d.head.append(f"July {rng.randint(1, 28)}, 2024")
    note = (
        f"A version of this article appears in print on July {rng.randint(1, 28)}, 2024, Section A, Page "
        f"{rng.randint(1, 12)} of the New York edition with the headline: {d.title}."
    )
    d.tail.append(note)
    c.credits = (note,)


HELD_OUT_6: dict[str, Template] = {
    "guardian": h6_guardian,
    "bbc": h6_bbc,
    "asia-dailies": h6_asia_dailies,
    "abc-au": h6_abc_au,
    "antara": h6_antara,
    "more-agencies": h6_more_agencies,
    "place-line": h6_place_line,
    "korean-brackets-ko": h6_korean_brackets_ko,
    "signoffs-6": h6_signoffs,
    "print-note": h6_nyt,
}

KICKERS_6 = ["Winter Storm", "Supreme Court", "April Showers", "Rose Parade", "Grace Notes", "Summer Olympics"]


def negative_6(rng: random.Random, d: Draft, c: Case) -> None:
    """A kicker above a publication time (no byline), or a closing line that only looks like credits."""
    if rng.random() < 0.5:
        d.dek.append(rng.choice(KICKERS_6))
        d.head.append(f"Updated {rng.randint(1, 11)}:{rng.randint(10, 59)} PM EDT, July {rng.randint(1, 28)}, 2024")
    else:
        d.body.append(
            rng.choice(
                [
                    "Editor: the word she used most often in interviews, her colleagues recall.",
                    "Reporter: a job she held for 30 years before retiring to the coast.",
                    "The opinions expressed are those of the survey's respondents, the pollster said.",
                    "— and that, the minister said, is where the matter rests.",
                ]
            )
        )


NEGATIVES_6: dict[str, Template] = {"negative-6": negative_6}
