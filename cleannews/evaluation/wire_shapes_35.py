"""Round-thirty-five templates for the wire harness: wire copy as corpus builders fetch it in bulk.

Written blind, before any round-thirty-five rule and without reading the rules or the earlier rounds'
templates, from the seed (``../shared/seed/000_2d0b4bed61e9544a.txt``: a "(LEAD)" Yonhap story on a
WordPress aggregator under a doubled search box) and from how mainstream English wire copy reaches a
data engineer who fetches news IN BULK in 2024-2026: Common Crawl WET records (the page's text, one
line per block: menus, cookie banners, footers; the WARC header is not part of the text), CC-News /
news-please output (title, description and maintext joined: the description repeats the lede, without
its dateline), newspaper4k / goose3 extraction (the body with photo captions and "READ MORE:" lines
left in), GDELT-linked scrapes through requests + BeautifulSoup ``get_text("\\n")`` (one line per
element, the words of inline links on lines of their own), and RSS full-text items (the description's
HTML stripped, "The post ... appeared first on ..." under it). Agencies: Yonhap, Reuters, AP, AFP,
Xinhua, Kyodo, PTI, Bernama, Bloomberg, PA, AAP, Anadolu. Every name, address and sentence here is
made up; only the shapes are the pages' and the tools'.

Contract (the harness' fields), following the choices rounds seventeen to thirty-four list as
settled:

- Tags: the headline's labels as printed (Yonhap's bracketed tags in order, reuters.com's
  "Exclusive:" / "Explainer:" labels, the wire's "UPDATE 2-"-like prefixes). A tagged headline in a
  page's teaser list is not the story's tag.
- ``place``, ``date``, ``agency`` as the dateline prints them: "SEOUL, Nov. 30 (Yonhap) --",
  "LONDON, Nov 30 (Reuters) -", "COLUMBUS, Ohio (AP) —" (place with its state), "Paris (AFP) -",
  "BEIJING, Nov. 30 (Xinhua) --", "New Delhi, Nov 30 (PTI)" (no dash), "KUALA LUMPUR, Nov 30 —"
  (place and date, no agency), the Japan Times' "OSAKA –" (place only), "(Bloomberg) --" (agency
  only).
- ``byline``: the writer's name as printed, roles and outlets cut ("By JANE DOE, Associated Press"
  gives "JANE DOE"; "By Jane Doe, PA Political Correspondent" gives "Jane Doe"; "Jane Doe | AAP" gives
  "Jane Doe"; Anadolu's "Jane Doe |30.11.2026 - Update : 30.11.2026" gives "Jane Doe"); an agency in
  the byline's place fills it too ("By Yonhap" gives "Yonhap").
- ``source``: "Source: X" is the strongest ("Source: AAP"); then the agency named in the head by the
  byline, an affiliation or a provider line as printed ("Associated Press", "AFP", "Kyodo", "PA",
  "AAP"); then the dateline's agency; then a closing sign-off as printed ("— Bernama" gives
  "Bernama"); Anadolu's closing subscription note names "Anadolu Agency" (the weakest).
- Head lines (out of the text): the story's byline, affiliation, provider and time lines between the
  headline (or the standfirst) and the lede: "All News 11:20 November 30, 2026", "By NAME", "AFP",
  "Published on: 30/11/2026 - 11:20", RSS' "Sun, 30 Nov 2026 05:20:00 +0000", "Kyodo", "Nov 30,
  2026", "Source: AAP", "Updated November 30 2026 - 2:20pm, first published 11:05am".
- Trailers (out of the text): the story's closing lines from its last paragraph down to the first line
  of chrome: reporter e-mails (credits), "(END)", "Reporting by ...; Editing by ..." (a credit, brackets
  cut), "Our Standards: The Thomson Reuters Trust Principles." (no field), AP's "___" and contributors'
  line (a credit) and notice (``copyright``), AFP's desk code (a credit) and "© 2026 AFP"
  (``copyright``), Xinhua's "Enditem", PTI's "PTI ABC DEF" (a credit), "The post TITLE appeared first
  on SITE." (a credit as printed), "— Bernama" (source), Bloomberg's "--With assistance from NAME."
  (a credit without dashes) and "©2026 Bloomberg L.P." (``copyright``), Anadolu's subscription note
  (no field but the source).
- Page chrome is no field (round twenty-two): menus, cookie banners, search boxes, section labels,
  share buttons, teaser lists with datelines, footers, photo captions under the headline -- written
  outside the draft's head, body and tail (``page_above``, ``page_below``, a caption glued under the
  title), so nothing is expected of it; the site's footer copyright notice fills ``copyright`` only
  when the story prints none of its own (round twenty-two, reconciled).

Choices made before the blind run, for the details of this round:

- CC-News / news-please: the description is a standfirst (it stays, as body): the lede's first
  sentence without the dateline, sometimes cut with "...". The maintext opens on the dateline.
- WET records: no blank lines inside the page's chrome, the head lines on adjacent lines (one block
  a line); the story's paragraphs are blocks of their own.
- BeautifulSoup ``get_text("\\n")``: head and closing lines adjacent; one paragraph broken into lines
  where its inline links were (at word boundaries): its sentences are expected whole, with a space
  where the line broke.
- newspaper4k: a "READ MORE: HEADLINE" line between paragraphs is story text as the ground truth
  keeps such lines (it stays, expected as body); a photo caption ending "(AP Photo/NAME)" glued under
  the title is chrome (nothing expected).
- Negatives (nothing is metadata, every paragraph stays): a staff story in a WET record between teaser
  lists of datelined agency stories and a menu naming "Reuters"; a CC-News staff story whose
  paragraphs quote "(LEAD)" and "SEOUL, Nov. 30 (Yonhap) --" in prose and end "..., Reuters
  reported."; a get_text scrape whose paragraphs have the words "Reuters", "AP" and "Yonhap" of inline
  links on lines of their own, the last paragraph among them; an RSS item of a staff post that opens
  "By Sunday night," and ends on a sentence about copyright.
Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-35 and negatives-35 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-35 P | held-out-35 R | negatives-35 P | negatives-35 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 0.997 | 0.000 | – |
    | dateline agency | 1.000 | 0.996 | 0.000 | – |
    | dateline date | 1.000 | 0.995 | 0.000 | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 0.952 | 0.000 | – |
    | credits | 1.000 | 0.996 | – | – |
    | copyright | 0.991 | 0.991 | – | – |
    | trailers | 1.000 | 0.996 | – | – |
    | head lines | 1.000 | 0.956 | – | – |

Body sentences lost: held-out-35 3/4011, negatives-35 0/1459. Every other set printed what it prints
on main (ground-truth texts 2/94270). 26 held-out-35 articles (one of them the template bug below)
and 1 negatives-35 article missed something; the misses, by cause (articles):

- SBS's "Source: AAP" alone under the headline of a get_text page (menu and section label above
  it, no dateline) is not read: no source, the line stays in the text (22, bs4-aap; the Canberra
  Times' "NAME | AAP" variant passed). Rounds 18 and 34 list the line as a head line and the source.
- a get_text paragraph broken at an inline link where the link ends on a contraction ("Japan is a
  nation\\nthat's\\nnot afraid ...") is rejoined as "that'snot": one sentence lost (1, bs4-afp).
- the look-alike last paragraph "Copyright claims against the platform rose 12%\\nlast year, the\\nreport
  said." broken by get_text at a link is taken by the chrome pass as a copyright notice and, with it,
  every line below as "after the article ended": the sentence lost, AFP's desk code and "© 2026 AFP"
  not read as credit and copyright (1, bs4-afp: copyright P and R, credits, trailers).
- news-please's description that repeats the WHOLE first paragraph (the lede is one long sentence
  ending in a quote, so the description is the paragraph, not a cut first sentence) above the
  maintext: the dateline under it is not found (1, ccnews-xinhua: place, date, agency, source).
- negatives: a WET record's teaser list above the headline ("SEOUL, Nov. 30 (Yonhap) -- South
  Korea's exports rose ...") is read as the story's dateline when the story is two short paragraphs
  (1 of 40, wet-staff-teasers: dateline and source precision 0.000 on negatives-35).

No contract choice of this round differs from what rounds 17-34 list as settled. One template bug
was fixed after the blind run: the get_text link breaker could open a line on the mark closing the
link's text ("Localization And Mapping\\n): Visual SLAM ..."); a rejoiner rightly glues it back, which
the harness counted as a lost sentence (1, bs4-aap; same article draws, the line now opens on a
word). The re-run changes only that: held-out-35 body sentences lost 2/4011, every figure of the
table as above.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft, Template

WRITERS = [
    "Lena Hartmann",
    "Arjun Malhotra",
    "Choi Min-seo",
    "Beatriz Lozano",
    "Samuel Okafor",
    "Yuki Tanabe",
    "Fiona MacLeod",
    "Daniel Kowalski",
    "Nur Aisyah Rahman",
    "Grace O'Brien",
]
EDITORS = ["Mark Heinrich", "Toby Chopra", "Alison Williams", "Sharon Singleton", "Chizu Nomiyama"]
MONTHS = ["Nov.", "Dec.", "Jan.", "Feb.", "March", "April"]
MONTHS_PLAIN = ["Nov", "Dec", "Jan", "Feb", "March", "April"]
COOKIE = [
    "We use cookies to improve your experience on our site.",
    "Accept all",
    "Manage preferences",
]
LINK_WORDS = ["President Yoon", "the central bank", "Prime Minister Kishida", "the defence ministry", "last week"]


def _writer(rng: random.Random) -> str:
    return rng.choice(WRITERS)


def _break_at_link(text: str, rng: random.Random) -> str:
    """A paragraph as get_text("\\n") prints it when an inline link sits in it: the link's words on
    a line of their own (broken at word boundaries only)."""
    words = text.split(" ")
    if len(words) < 10:
        return text
    start = rng.randint(3, len(words) - 5)
    end = start + rng.randint(1, 3)
    # A line of get_text opens where an element does: never on a mark that closes the link's text
    # ("Mapping\n):"), which a rejoiner rightly glues back (fixed after the blind run: a template bug).
    while end < len(words) - 1 and not words[end][:1].isalnum():
        end += 1
    return " ".join(words[:start]) + "\n" + " ".join(words[start:end]) + "\n" + " ".join(words[end:])


def _first_sentence(lede: str) -> str:
    head, dot, _ = lede.partition(". ")
    return head + dot.strip() if dot else lede


def _description(lede: str, rng: random.Random) -> str:
    """news-please's description: the lede's first sentence, sometimes cut with "..."."""
    first = _first_sentence(lede)
    if rng.random() < 0.4 and len(first.split()) > 14:
        return " ".join(first.split()[:12]) + " ..."
    return first


# --- held-out ------------------------------------------------------------------------------------


def t_wet_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """A Common Crawl WET record of en.yna.co.kr: menu, title, section-and-time line, footer."""
    c.tags = rng.choice([("LEAD",), ("2nd LD",), ("URGENT",), ("News Focus",), ("LEAD", "Asiad"), ()])
    d.title = " ".join(f"({t})" for t in c.tags) + (" " if c.tags else "") + d.title
    d.page_above = ["Yonhap News Agency", "NATIONAL", "NORTH KOREA", "ECONOMY", "MARKET", "SPORTS", "K-POP", "Search"]
    c.date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    d.head = [
        f"{rng.choice(['All News', 'National', 'Economy'])} {rng.randint(10, 23)}:{rng.randint(10, 59)}"
        " November 30, 2026"
    ]
    if rng.random() < 0.5:
        c.byline = _writer(rng)
        d.head.insert(0, f"By {c.byline}")
    d.head_joint = "\n"
    c.place, c.agency, c.source = "SEOUL", "Yonhap", "Yonhap"
    d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    if rng.random() < 0.7:
        email = f"{rng.choice(['hjlee', 'mskim', 'ycpark'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    d.tail.append("(END)")
    d.tail_blank = False
    d.page_below = [
        "Keywords",
        "#North Korea",
        "Most Viewed",
        "1 (LEAD) N. Korea fires ballistic missile into East Sea",
        "ABOUT US",
        "Contact Us",
    ]
    if rng.random() < 0.5:
        c.copyright = "Copyright (c) Yonhap News Agency. All rights reserved."
        d.page_below.append(c.copyright)


def t_ccnews_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """CC-News (news-please) fields of a reuters.com story joined: title, description, maintext."""
    label = rng.choice(["Exclusive", "Explainer", None, None])
    if label:
        c.tags = (label,)
        d.title = f"{label}: {d.title}"
    d.dek = [_description(d.lede, rng)]
    c.place = rng.choice(["LONDON", "FRANKFURT", "SINGAPORE", "WASHINGTON", "TOKYO"])
    c.date = f"{rng.choice(MONTHS_PLAIN)} {rng.randint(1, 28)}"
    c.agency = c.source = "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    reporter, editor = _writer(rng), rng.choice(EDITORS)
    credit = f"Reporting by {reporter}; Editing by {editor}"
    d.tail.append(f"({credit})" if rng.random() < 0.3 else credit)
    c.credits = (credit,)
    if rng.random() < 0.6:
        d.tail.append("Our Standards: The Thomson Reuters Trust Principles.")
    d.tail_blank = rng.random() < 0.5


def t_newspaper4k_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """newspaper4k's text of an AP story on a member paper: caption under the title, a READ MORE
    line between paragraphs, the "___" closing block."""
    photographer = _writer(rng)
    if rng.random() < 0.6:
        d.title += f"\n\nFILE - Shoppers walk past a store in Chicago, Oct. 3, 2026. (AP Photo/{photographer}, File)"
    c.place = rng.choice(["COLUMBUS, Ohio", "DENVER", "ATLANTA", "PHOENIX", "ALBANY, N.Y."])
    c.agency, c.source = "AP", "AP"
    if rng.random() < 0.5:
        c.byline = _writer(rng).upper()
        d.head.append(f"By {c.byline}, Associated Press")
        c.source = "Associated Press"
    d.dateline = f"{c.place} (AP) —"
    if rng.random() < 0.5 and d.body:
        d.body.insert(1, "READ MORE: What to know about the new rules for retirement accounts")
    if rng.random() < 0.7:
        d.tail.append("___")
        c.trailers += ("___",)
        credit = f"Associated Press writer {_writer(rng)} in New York contributed to this report."
        d.tail.append(credit)
        c.credits = (credit,)
    if rng.random() < 0.4:
        c.copyright = (
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be published,"
            " broadcast, rewritten or redistributed without permission."
        )
        d.tail.append(c.copyright)


def t_bs4_afp(rng: random.Random, d: Draft, c: Case) -> None:
    """get_text("\\n") of a France 24-like page running AFP: one element a line, a linked phrase on
    its own line inside a paragraph."""
    d.page_above = ["Skip to main content", "Live", "Europe", "Africa", "Middle East", "Asia-Pacific", "Search"]
    d.head = ["AFP", f"Published on: 30/11/2026 - {rng.randint(10, 23)}:{rng.randint(10, 59)}"]
    d.head_joint = "\n"
    c.source = "AFP"
    c.place = rng.choice(["Paris", "Lagos", "Dakar", "Beirut", "Nairobi"])
    c.agency = "AFP"
    d.dateline = f"{c.place} (AFP) -"
    if d.body:
        i = rng.randrange(len(d.body))
        d.body[i] = _break_at_link(d.body[i], rng)
    code = rng.choice(["burs-jm/ach", "sst/dl", "kms/rsc", "pmh-mh/gle"])
    d.tail.append(code)
    c.credits = (code,)
    if rng.random() < 0.6:
        c.copyright = "© 2026 AFP"
        d.tail.append(c.copyright)
    d.tail_blank = False
    d.page_below = ["Share", "Read more", "© 2026 Copyright France 24 - All rights reserved"]
    if not c.copyright:
        c.copyright = "© 2026 Copyright France 24 - All rights reserved"


def t_rss_pti(rng: random.Random, d: Draft, c: Case) -> None:
    """An RSS full-text item of an Indian portal's feed running PTI: date, dateline without a dash,
    desk code, WordPress' "The post ... appeared first on ..."."""
    d.head = [f"Sun, 30 Nov 2026 0{rng.randint(1, 9)}:{rng.randint(10, 59)}:00 +0000"]
    c.place = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai"])
    c.date = f"Nov {rng.randint(1, 28)}"
    c.agency = c.source = "PTI"
    d.dateline = f"{c.place}, {c.date} (PTI)"
    code = "PTI " + " ".join(rng.sample(["ABC", "SKU", "RT", "NSD", "KVK", "DV"], 3))
    d.tail.append(code)
    site = rng.choice(["The Daily Ledger India", "NewsDrum", "Current Affairs Hub"])
    post = f"The post {d.title} appeared first on {site}."
    d.tail.append(post)
    c.credits = (code, post)
    d.tail_blank = rng.random() < 0.5


def t_wet_japantimes_kyodo(rng: random.Random, d: Draft, c: Case) -> None:
    """A WET record of the Japan Times running Kyodo: cookie banner, menu, provider and date lines."""
    d.page_above = [*COOKIE, "The Japan Times", "NEWS", "BUSINESS", "OPINION", "LIFE", "SPORTS", "", "NATIONAL"]
    d.head = ["Kyodo", f"Nov {rng.randint(1, 28)}, 2026"]
    d.head_joint = "\n"
    c.source = "Kyodo"
    c.place = rng.choice(["OSAKA", "SAPPORO", "FUKUOKA", "NAGOYA"])
    d.dateline = f"{c.place} –"
    d.page_below = ["Related", "Japan to expand subsidies for chipmakers", "KEYWORDS", "economy, Kyodo"]


def t_ccnews_xinhua(rng: random.Random, d: Draft, c: Case) -> None:
    """CC-News fields of an english.news.cn story: the description repeats the lede."""
    d.dek = [_description(d.lede, rng)]
    c.place = rng.choice(["BEIJING", "SHANGHAI", "URUMQI"])
    c.date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    c.agency = c.source = "Xinhua"
    d.dateline = f"{c.place}, {c.date} (Xinhua) --"
    if rng.random() < 0.6:
        d.tail.append("Enditem")


def t_bs4_bernama(rng: random.Random, d: Draft, c: Case) -> None:
    """get_text("\\n") of Malay Mail running Bernama: time line, dateline with a date and no agency,
    "— Bernama" under the story."""
    d.page_above = ["Malay Mail", "Malaysia", "World", "Money", "Life", "Sports", "Showbiz", "MALAYSIA"]
    d.head = [f"Sunday, 30 Nov 2026 {rng.randint(1, 11)}:{rng.randint(10, 59)} PM MYT"]
    c.place = rng.choice(["KUALA LUMPUR", "PUTRAJAYA", "KOTA KINABALU", "JOHOR BARU"])
    c.date = f"Nov {rng.randint(1, 28)}"
    d.dateline = f"{c.place}, {c.date} —"
    if d.body and rng.random() < 0.5:
        i = rng.randrange(len(d.body))
        d.body[i] = _break_at_link(d.body[i], rng)
    d.tail.append("— Bernama")
    c.source = "Bernama"
    d.tail_blank = False
    d.page_below = ["Related Articles", "Subscribe to our newsletter", "Follow us on Facebook"]


def t_anadolu(rng: random.Random, d: Draft, c: Case) -> None:
    """newspaper4k's text of aa.com.tr/en with its head line kept: "NAME |DD.MM.YYYY - Update :
    DD.MM.YYYY", the subscription note at the end."""
    c.byline = _writer(rng)
    day = rng.randint(10, 28)
    d.head = [f"{c.byline} |{day}.11.2026 - Update : {day}.11.2026"]
    d.tail.append(
        "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the "
        "AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."
    )
    c.source = "Anadolu Agency"


def t_ccnews_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """CC-News fields of a Bloomberg story on a partner portal: description, "(Bloomberg) --"."""
    d.dek = [_description(d.lede, rng)]
    c.agency = c.source = "Bloomberg"
    d.dateline = "(Bloomberg) --"
    if rng.random() < 0.7:
        credit = f"With assistance from {_writer(rng)}."
        d.tail.append(f"--{credit}")
        c.credits = (credit,)
    if rng.random() < 0.4:
        d.tail.append("More stories like this are available on bloomberg.com")
    c.copyright = "©2026 Bloomberg L.P."
    d.tail.append(c.copyright)
    d.tail_blank = rng.random() < 0.5


def t_wet_pa(rng: random.Random, d: Draft, c: Case) -> None:
    """A WET record of a Newsquest paper running PA: cookie banner, menu, PA byline and time line."""
    d.page_above = [*COOKIE, "Search", "News", "Sport", "What's On", "Announcements", "National news"]
    c.byline = _writer(rng)
    role = rng.choice(["PA Political Correspondent", "PA Home Affairs Correspondent", "PA Chief Reporter"])
    d.head = [f"By {c.byline}, {role}", f"{rng.randint(1, 28)} Nov 2026, {rng.randint(1, 11)}:{rng.randint(10, 59)}pm"]
    d.head_joint = "\n"
    c.source = "PA"
    d.page_below = ["Comments: Our rules", "Most Read", "Newsquest Media Group", "Contact us"]


def t_bs4_aap(rng: random.Random, d: Draft, c: Case) -> None:
    """get_text("\\n") of an Australian site running AAP: SBS's "Source: AAP" or a "NAME | AAP"
    byline over the Canberra Times' time line."""
    if rng.random() < 0.5:
        d.page_above = ["SBS News", "Australia", "World", "Politics", "Australia"]
        d.head = ["Source: AAP"]
    else:
        d.page_above = ["The Canberra Times", "News", "Sport", "Comment", "National"]
        c.byline = _writer(rng)
        first = rng.randint(6, 11)
        d.head = [
            f"{c.byline} | AAP",
            f"Updated November 30 2026 - {first + 1}:{rng.randint(10, 59)}am, first published {first}:05am",
        ]
    d.head_joint = "\n"
    c.source = "AAP"
    if d.body and rng.random() < 0.5:
        i = rng.randrange(len(d.body))
        d.body[i] = _break_at_link(d.body[i], rng)
    d.page_below = ["Share", "Latest", "Advertisement"]


# --- negatives -----------------------------------------------------------------------------------


def n_wet_staff_teasers(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story in a WET record, between a menu naming agencies and datelined teaser lists."""
    d.page_above = ["Home", "World", "Reuters", "AP", "Business", "Markets", "Latest"]
    d.page_above += [
        "SEOUL, Nov. 30 (Yonhap) -- South Korea's exports rose for a 14th straight month",
        "LONDON, Nov 30 (Reuters) - Sterling edged higher on Monday",
        "WASHINGTON (AP) — The Senate passed a stopgap spending bill",
    ]
    d.page_below = ["More from World", "TOKYO (Kyodo) -- Japan's cabinet approved a record budget", "About", "Contact"]


def n_ccnews_quotes(rng: random.Random, d: Draft, c: Case) -> None:
    """CC-News fields of a staff media column quoting wire conventions in prose."""
    d.dek = [_description(d.lede, rng)]
    d.body.insert(
        0,
        'Editors there still mark a rewritten story "(LEAD)" and open it with a line such as '
        '"SEOUL, Nov. 30 (Yonhap) --", a habit that dates back decades.',
    )
    d.body.append("The ministry declined to comment on the figures, Reuters reported.")


def n_bs4_link_words(rng: random.Random, d: Draft, c: Case) -> None:
    """get_text("\\n") of a staff story whose inline links are agency names, each on its own line."""
    agency = rng.choice(["Reuters", "AP", "Yonhap", "AFP"])
    d.body.append(
        f"The talks were first reported by\n{agency}\non Tuesday, citing two officials familiar with the plan."
    )
    d.body.insert(
        0,
        f"A report by\n{rng.choice(['Bloomberg', 'Kyodo', 'Xinhua'])}\n"
        "said the deal could be signed as early as next month.",
    )


def n_rss_staff_post(rng: random.Random, d: Draft, c: Case) -> None:
    """An RSS full-text item of a staff post: a "By Sunday night," lede and a copyright sentence last."""
    d.lede = "By Sunday night, " + d.lede[0].lower() + d.lede[1:]
    d.body.append("Copyright disputes over the photographs have dragged on for years, the lawyers said.")


HELD_OUT_35: dict[str, Template] = {
    "wet-yonhap": t_wet_yonhap,
    "ccnews-reuters": t_ccnews_reuters,
    "newspaper4k-ap": t_newspaper4k_ap,
    "bs4-afp": t_bs4_afp,
    "rss-pti": t_rss_pti,
    "wet-japantimes-kyodo": t_wet_japantimes_kyodo,
    "ccnews-xinhua": t_ccnews_xinhua,
    "bs4-bernama": t_bs4_bernama,
    "anadolu": t_anadolu,
    "ccnews-bloomberg": t_ccnews_bloomberg,
    "wet-pa": t_wet_pa,
    "bs4-aap": t_bs4_aap,
}
NEGATIVES_35: dict[str, Template] = {
    "wet-staff-teasers": n_wet_staff_teasers,
    "ccnews-quotes": n_ccnews_quotes,
    "bs4-link-words": n_bs4_link_words,
    "rss-staff-post": n_rss_staff_post,
}
