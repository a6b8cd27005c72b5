"""Round-fifteen templates for the wire harness: wire copy as researchers receive it in bulk.

Written blind, before any round-fifteen rule and without reading the rules, from how news databases,
feed readers and terminals hand wire copy over: Factiva's plain display (headline, byline, "523
words", the date, the time, the source's name and code, "English", the copyright line, and
"Document LBA0000020261105ekb5001xx" at the end), Nexis' export (the publication line, its date
line and copyright, "Section:", "Length: 523 words", "Byline:", "Dateline:", "Body", then
"Classification", "Load-Date:" and "End of Document"), ProQuest's full-text export ("Author: Doe,
Jane", "Publication info:", "ProQuest document link", "Full text:" glued to the lede, and the
record's fields after the story), NewsBank's record (the source and date line, "Author/Byline:",
"Section:", "Page:", "Readability:", "Record Number:"), a feed reader's saved item ("Title:",
"Author:", "Date:", "Link:" over the full text), Bloomberg's terminal story (its GMT stamp, the
contact labels over the reporters' lines), Dow Jones Newswires and MarketWatch copy ("UPDATE:",
"By NAME" over "Of DOW JONES NEWSWIRES", the glued "NEW YORK--", "Write to ...", MarketWatch's
"-NAME; phone; AskNewswires@dowjones.com", "(END) Dow Jones Newswires" and its time line), Reuters'
terminal copy (stacked tags, "((address; phone; Reuters Messaging: ...))", "Keywords:"), and member
feeds (AP's "Eds:" line and "AP Business Writer", The Canadian Press with "Companies in this story:",
PA's "By NAME, PA Political Correspondent", RNZ's republication note). Every name and sentence here
is made up; only the shapes are the formats'.

Same contract as :mod:`cleannews.evaluation.wire_shapes_14`. Contract choices made before the blind
run, for the database fields no earlier round had:

- Every field line above the lede is a head line (out of the text), whatever it holds: Factiva's
  word count, date, time, source name, source code, language and copyright lines; Nexis' publication
  line, date line, edition, copyright, "Section:", "Length:", "Byline:", "Dateline:" and the lone
  "Body" label; ProQuest's "Author:", "Publication info:" and "ProQuest document link"; NewsBank's
  source-and-date line, "Author/Byline:", "Edition:", "Section:", "Page:" and "Readability:"; a feed
  reader's "Author:", "Date:" and "Link:"; AP's "Eds:" line. A copyright line in the head is a head
  line and fills ``copyright`` (a head line, not a trailer).
- Every field line below the story is a trailer with no field, except where it names a field:
  Factiva's "Document ..." id, Nexis' "Classification", "Language:", "Publication-Type:", "Subject:",
  "Geographic:", "Load-Date:" and "End of Document"; ProQuest's "Subject:", "Publication title:",
  "Publication date:", "Document URL:" and the rest; NewsBank's "Record Number:"; Reuters' "Keywords:";
  The Canadian Press' "Companies in this story:". ProQuest's "Copyright:" line fills ``copyright``
  with what follows the label; a NewsBank copyright line is the ``copyright`` as printed.
- ``source`` is the publication as the database names it on its own line, verbatim ("Reuters News",
  "Associated Press Newswires", "The Guardian (London)", "Springfield Daily Courier (IL)"): the
  database's field is the most explicit credit, above the dateline's agency. ProQuest's source is the
  publication name that opens "Publication info:" (up to the semicolon).
- ``byline`` is the name as the field prints it: "Byline: By JANE DOE, AP Business Writer" gives
  "JANE DOE", "Author: Doe, Jane" gives "Doe, Jane", "Author/Byline: Jane Doe, Staff Writer" gives
  "Jane Doe"; a feed reader's "Author: Jane Doe" gives "Jane Doe".
- A "Dateline: PLACE" field fills ``place`` when the lede has no dateline (the lede's own dateline,
  which stays in the text, wins when it has one; they agree in these templates). ProQuest's
  "Full text:" label glued to the lede is not a line of its own: the lede (and its dateline) stays.
- A feed reader's "Title: HEADLINE" line is the title; its label is no tag (a Reuters tag after it
  still is).
- A Bloomberg contact block (a label line over the name-and-address line) is two trailers and one
  credit per block, the label and the line joined by a space (round five's one-line form); the
  terminal's stamp ("2026-11-05 15:12:33.456 GMT") is a head line. Reuters' "((...))" contact line
  is a trailer and a credit without its double brackets. MarketWatch's "-NAME; phone; address" line
  is a trailer and a credit without its dash. RNZ's republication note is a trailer and a credit.
- Dow Jones' glued "NEW YORK--" is a dateline with no agency; "Of DOW JONES NEWSWIRES" is a head line;
  the ``source`` is "Dow Jones Newswires" (from the "(END)" line, as round eleven), MarketWatch's
  copy in the same feed too. "UPDATE:" and "2nd UPDATE:" are tags ("UPDATE", "2nd UPDATE").

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-15 and negatives-15 columns of the table as printed; 360 and 80 articles)::

    | field | held-out-15 P | held-out-15 R | negatives-15 P | negatives-15 R |
    | tags | 1.000 | 0.585 | – | – |
    | dateline place | 1.000 | 0.785 | – | – |
    | dateline agency | 1.000 | 0.936 | – | – |
    | dateline date | 1.000 | 0.975 | – | – |
    | byline | 1.000 | 0.548 | – | – |
    | source | 0.819 | 0.501 | – | – |
    | credits | 0.477 | 0.224 | – | – |
    | copyright | 0.737 | 0.161 | – | – |
    | trailers | 1.000 | 0.184 | – | – |
    | head lines | 1.000 | 0.175 | – | – |

Body sentences lost: held-out-15 0/3003, negatives-15 0/688. 341 of the 360 held-out-15 articles
missed something (every factiva, nexis, proquest, newsbank, feed-item and bloomberg-terminal
article; dow-jones 36, reuters-terminal 36, member-feeds 29); no negatives-15 article did. The
misses, by cause (articles):

- Database field lines above the lede kept (all 160 database articles): Factiva's word count,
  language, source code and copyright lines (its date, time and source-name lines were taken in
  some), so its ``copyright`` is never found and its ``source`` falls back to the dateline's agency
  ("Reuters" 7, "AP" 10, "AFP" 3, "KYODO" from the code line 3) or to nothing (The Canadian Press 8);
  Nexis' whole head (publication, date, copyright, "Section:", "Length:", "Byline:", "Dateline:",
  "Body": 40), which also hides the lede's own "MEXICO CITY (AP) —" (10) and leaves "Byline:" unread
  (35) and "Dateline:" unused (14); ProQuest's "Author: Doe, Jane", "Publication info:" and
  "ProQuest document link" (40), its "Full text: PLACE --" dateline unread (25); NewsBank's source and
  date line, "Author/Byline:", "Edition:", "Section:", "Page:", "Readability:" (40).
- Database field lines below the story kept: Factiva's "Document ..." id (40; AFP's desk slug above it
  kept with it, 6); Nexis' Classification fields, "Load-Date:" and "End of Document" (40); ProQuest's
  record fields (40; its "Copyright: X" taken with its label as the ``copyright`` 10, kept 16);
  NewsBank's copyright and "Record Number:" (40).
- Source names as the database prints them: "Associated Press Newswires", "Associated Press
  International", "Reuters News", "Kyodo News" and "Agence France Presse" read as the dateline's
  agency (28 found, contract: the database's line).
- A feed reader's item: the "Link:" line kept (40), in 19 of them the whole head kept ("Author:"
  unread, 14), and a Reuters tag after "Title:" missed (16).
- Bloomberg's terminal: the contact labels on their own lines over the name-and-address lines kept,
  only the editors' address line taken (as a credit without its label) (40); the GMT stamp kept (30).
- Dow Jones: "2nd UPDATE:" not a tag (13; "UPDATE:" passed), "Of DOW JONES NEWSWIRES" kept (11),
  the whole tail kept when it ends on the "... ET (... GMT)" line with no copyright under it (7),
  MarketWatch's "-NAME; phone; AskNewswires@dowjones.com" line kept and the ``source`` read as
  "MarketWatch" from the dateline (5; contract: "Dow Jones Newswires" from the "(END)" line).
- Reuters' terminal: a closing "Keywords:" line hides the whole tail above it (21); the "((...))"
  contact line taken as a credit with its double brackets (15); the tags "TABLE" (5), "MEDIA" (3),
  "INSTANT VIEW" (2) missed ("RPT-UPDATE 1", "WRAPUP 2", "BUZZ", "UPDATE 3" passed).
- Member feeds: AP's "Eds:" line kept (20), and with it "Associated Press" under the byline kept and
  the ``source`` read as "AP" (4); The Canadian Press' "Companies in this story:" kept (3); RNZ's
  republication note kept (6). PA's "By NAME, PA Political Correspondent" passed.

One template bug was fixed after the blind run: Factiva's document id had an extra digit after the
year ("...0000020261" + month); no expected field changed, and the second run printed the same
figures. No expected field was found wrong on review.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import joined_names, look_alikes

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

# Names no earlier round uses.
PEOPLE_15 = [
    "Rosalind Achterberg",
    "Miguel Ferreira",
    "Siobhan Gallagher",
    "Arjun Kapoor",
    "Elif Yildiz",
    "Torsten Lindqvist",
    "Naledi Mokoena",
    "Quentin Roussel",
    "Hana Kobayashi",
    "Bartholomew Reed",
    "Ines Wojcik",
    "Leandro Batista",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
PAPERS = [
    ("Springfield Daily Courier", "Springfield, Ill.", "IL", "Courier Media Group"),
    ("The Harbour Gazette", "Halifax, N.S.", "NS", "Gazette Publishing Ltd"),
    ("Lakeside Tribune", "Duluth, Minn.", "MN", "Tribune Holdings LLC"),
]
PAPER_PLACES = {
    "Springfield Daily Courier": "SPRINGFIELD",
    "The Harbour Gazette": "HALIFAX",
    "Lakeside Tribune": "DULUTH",
}


def _handle(person: str) -> str:
    return "".join(ch for ch in person.split()[-1].lower() if ch.isascii() and ch.isalpha())


def _dotted(person: str) -> str:
    """ "jane.doe", as agencies spell a reporter's address."""
    return ".".join(_handle(part) for part in person.split())


def _words(rng: random.Random) -> str:
    count = rng.randint(180, 1900)
    return f"{count:,} words" if count >= 1000 and rng.random() < 0.5 else f"{count} words"


def _feed_id(rng: random.Random, code: str, month: int, day: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    tail = "".join(rng.choice(letters + "0123456789") for _ in range(2))
    serial = f"e{rng.choice(letters)}{rng.choice('bc')}{day % 10}00{rng.randint(1, 9)}{tail}"
    return f"Document {code}000002026{month:02d}{day:02d}{serial}"


# --- Factiva -----------------------------------------------------------------------------------------


def h15_factiva(rng: random.Random, d: Draft, c: Case) -> None:
    """Factiva's plain display: the headline, maybe the byline, the word count, the date, the time,
    the source's name and code, the language and the copyright line, each on a line; the story;
    the document id at the end."""
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    who = rng.choice(PEOPLE_15)
    form = rng.random()
    if form < 0.3:
        c.source, code, c.agency = "Reuters News", "LBA", "Reuters"
        c.copyright = rng.choice(
            [
                "(c) 2026 Reuters Limited",
                "Copyright 2026 Thomson Reuters. Click For Restrictions - https://agency.reuters.com/en/copyright.html",
            ]
        )
        c.place = rng.choice(["LONDON", "FRANKFURT", "SINGAPORE", "NEW YORK"])
        c.date = f"{SHORT[month - 1]} {day}"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        tags = rng.choice([(), (), ("UPDATE 2",), ("RPT",), ("EXCLUSIVE",)])
        c.tags = tags
        d.title = "".join(f"{t}-" for t in tags) + d.title
        if rng.random() < 0.5:
            c.byline = who
            d.head.append(f"By {who}")
    elif form < 0.5:
        c.source, code, c.agency = "Agence France Presse", "AFPR", "AFP"
        c.copyright = "(c) 2026 Agence France-Presse"
        c.place = rng.choice(["PARIS", "NAIROBI", "MANILA"])
        c.date = f"{SHORT[month - 1]} {day}, 2026"
        d.dateline = f"{c.place}, {c.date} (AFP) -"
        if rng.random() < 0.5:
            slug = rng.choice(["burs-sah/dl", "kms/pbt", "jmy/ser"])
            d.tail.append(slug)
            c.credits = (slug,)
    elif form < 0.7:
        c.source, code, c.agency = "Associated Press Newswires", "APRS", "AP"
        c.copyright = "Copyright 2026. The Associated Press. All Rights Reserved."
        c.place = rng.choice(["LONDON", "DENVER", "CHICAGO"])
        d.dateline = f"{c.place} (AP) —"
        if rng.random() < 0.6:
            c.byline = who.upper()
            d.head.append(f"By {c.byline}, AP Business Writer")
    elif form < 0.85:
        c.source, code = "The Canadian Press", "CPR"
        c.copyright = "(c) 2026 The Canadian Press"
        c.place = rng.choice(["TORONTO", "OTTAWA", "CALGARY"])
        d.dateline = f"{c.place} —"
        if rng.random() < 0.5:
            c.byline = who
            d.head.append(f"By {who}")
    else:
        c.source, code, c.agency = "Kyodo News", "KYODO", "Kyodo"
        c.copyright = "(c) 2026 Kyodo News International, Inc."
        c.place = "TOKYO"
        c.date = f"{AP_MONTHS[month - 1]} {day}"
        d.dateline = f"TOKYO, {c.date} Kyodo -"
    d.head += [
        _words(rng),
        f"{day} {MONTHS[month - 1]} 2026",
        *([f"{rng.randint(0, 23):02d}:{rng.randint(10, 59)}" + rng.choice(["", " GMT"])] if rng.random() < 0.7 else []),
        c.source,
        *([code] if rng.random() < 0.6 else []),
        "English",
        c.copyright,
    ]
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.head_attached = d.head_joint == "\n" and rng.random() < 0.5
    d.tail.append(_feed_id(rng, code, month, day))


# --- Nexis -------------------------------------------------------------------------------------------


def h15_nexis(rng: random.Random, d: Draft, c: Case) -> None:
    """Nexis' export: the publication, its date line and copyright, Section/Length/Byline/Dateline,
    "Body", the story, then Classification fields, "Load-Date:" and "End of Document"."""
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    weekday = rng.choice(WEEKDAYS)
    who = rng.choice(PEOPLE_15)
    if rng.random() < 0.45:
        c.source = "Associated Press International"
        c.copyright = "Copyright 2026 Associated Press All Rights Reserved"
        c.place = rng.choice(["LONDON", "ROME", "MEXICO CITY"])
        c.agency = "AP"
        head = [
            c.source,
            f"{MONTHS[month - 1]} {day}, 2026 {weekday} {rng.randint(1, 11)}:{rng.randint(10, 59)} PM GMT",
            c.copyright,
            f"Section: {rng.choice(['BUSINESS NEWS', 'INTERNATIONAL NEWS', 'DOMESTIC NEWS'])}",
            f"Length: {_words(rng)}",
        ]
        if rng.random() < 0.7:
            c.byline = who.upper()
            head.append(f"Byline: By {c.byline}, {rng.choice(['AP Business Writer', 'Associated Press'])}")
        head += [f"Dateline: {c.place}", "Body"]
        d.dateline = f"{c.place} (AP) —"
    else:
        c.source = rng.choice(["The Guardian (London)", "The Harbour Gazette (Nova Scotia)", "Lakeside Tribune"])
        holder = {"The Guardian (London)": "Guardian News & Media Limited"}.get(c.source, "Tribune Holdings LLC")
        c.copyright = f"Copyright 2026 {holder} All Rights Reserved"
        c.byline = who
        head = [
            c.source,
            f"{MONTHS[month - 1]} {day}, 2026 {weekday}",
            *([rng.choice(["Final Edition", "Online Edition"])] if rng.random() < 0.5 else []),
            c.copyright,
            f"Section: {rng.choice(['WORLD NEWS; Pg. 12', 'NEWS; Pg. A3', 'BUSINESS; Version:2'])}",
            f"Length: {_words(rng)}",
            f"Byline: {who}" + rng.choice(["", "; Staff Writer", " Economics correspondent"]),
        ]
        if rng.random() < 0.5:
            c.place = {"The Guardian (London)": "BRUSSELS", "Lakeside Tribune": "DULUTH"}.get(c.source, "HALIFAX")
            head.append(f"Dateline: {c.place}")
        head.append("Body")
    d.head += head
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.head_attached = d.head_joint == "\n" and rng.random() < 0.4
    if rng.random() < 0.5:
        d.tail += [
            "Classification",
            "Language: ENGLISH",
            f"Publication-Type: {'Newswire' if c.agency else 'Newspaper'}",
            f"Subject: INFLATION ({rng.randint(70, 95)}%); INTEREST RATES ({rng.randint(60, 90)}%)",
        ]
        if rng.random() < 0.5:
            d.tail.append(f"Geographic: EUROPE ({rng.randint(70, 95)}%)")
    d.tail += [f"Load-Date: {MONTHS[month - 1]} {min(day + 1, 28)}, 2026", "End of Document"]
    d.tail_blank = rng.random() < 0.5


# --- ProQuest and NewsBank ---------------------------------------------------------------------------


def h15_proquest(rng: random.Random, d: Draft, c: Case) -> None:
    """ProQuest's full-text export: "Author: Doe, Jane", "Publication info:", the document link,
    "Full text:" glued to the lede, and the record's fields after the story."""
    paper, city, _state, publisher = rng.choice(PAPERS)
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    who = rng.choice(PEOPLE_15)
    first, last = who.split(" ", 1)
    c.source = paper
    if rng.random() < 0.8:
        c.byline = f"{last}, {first}"
        d.head.append(f"Author: {c.byline}")
    d.head += [
        f"Publication info: {paper}; {city} [{city}]. {day:02d} {SHORT[month - 1]} 2026: A.{rng.randint(1, 9)}.",
        "ProQuest document link",
    ]
    if rng.random() < 0.5:
        c.place = PAPER_PLACES[paper]
        d.dateline = f"Full text: {c.place} --"
    else:
        d.dateline = "Full text:"
    d.head_joint = "\n\n"
    docid = rng.randint(2800000000, 2899999999)
    c.copyright = f"Copyright {publisher} {SHORT[month - 1]} {day}, 2026"
    d.tail += [
        "Subject: Inflation; Interest rates; Local government",
        f"Location: {city}",
        f"Publication title: {paper}; {city}",
        "Publication year: 2026",
        f"Publication date: {SHORT[month - 1]} {day}, 2026",
        f"Section: {rng.choice(['News', 'Local', 'Business'])}",
        f"Publisher: {publisher}",
        "Source type: Newspaper",
        "Language of publication: English",
        "Document type: News",
        f"ProQuest document ID: {docid}",
        f"Document URL: https://www.proquest.com/newspapers/story/docview/{docid}/se-2",
        f"Copyright: {c.copyright}",
        f"Last updated: 2026-{month:02d}-{min(day + 1, 28):02d}",
        "Database: U.S. Newsstream",
    ][: rng.choice([5, 13, 15])]
    if not any(line.startswith("Copyright:") for line in d.tail):
        c.copyright = None
    d.tail_blank = rng.random() < 0.6


def h15_newsbank(rng: random.Random, d: Draft, c: Case) -> None:
    """NewsBank's record: the source and date line, "Author/Byline:", edition, section, page and
    readability lines, the story, the paper's copyright and the record number."""
    paper, _city, state, _publisher = rng.choice(PAPERS)
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    who = rng.choice(PEOPLE_15)
    c.source = f"{paper} ({state})"
    head = [f"{c.source} - {rng.choice(WEEKDAYS)}, {MONTHS[month - 1]} {day}, 2026"]
    if rng.random() < 0.8:
        c.byline = who
        label = rng.choice(["Author/Byline", "Author"])
        head.append(f"{label}: {who}" + rng.choice(["", ", Staff Writer", "; Staff Writer"]))
    if rng.random() < 0.5:
        head.append(f"Edition: {rng.choice(['Final', 'Metro', 'First'])}")
    head.append(f"Section: {rng.choice(['Local', 'News', 'Business'])}")
    head.append(f"Page: {rng.choice(['A1', 'A3', 'B2'])}")
    if rng.random() < 0.6:
        head.append(f"Readability: {rng.choice(['10-12', '>12'])} grade level (Lexile: {rng.randint(1050, 1390)})")
    d.head += head
    d.head_joint = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.5:
        c.place = PAPER_PLACES[paper]
        d.dateline = f"{c.place} —"
    c.copyright = f"Copyright 2026, {paper}. All Rights Reserved." if rng.random() < 0.7 else f"Copyright 2026 {paper}"
    d.tail += [c.copyright, f"Record Number: {_handle(paper)[:3]}_{rng.randint(1000000, 9999999)}"]
    d.tail_blank = rng.random() < 0.5


# --- a feed reader's saved item ----------------------------------------------------------------------


def h15_feed_item(rng: random.Random, d: Draft, c: Case) -> None:
    """A feed reader's saved item (RSS or Atom full text): "Title:", "Author:", "Date:" and "Link:"
    lines over the story; agency copy keeps its dateline."""
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    who = rng.choice(PEOPLE_15)
    if rng.random() < 0.35:
        c.tags = rng.choice([("UPDATE 1",), ("EXCLUSIVE",), ()])
        d.title = "".join(f"{t}-" for t in c.tags) + d.title
        c.agency = c.source = "Reuters"
        c.place, c.date = rng.choice(["LONDON", "BRUSSELS", "TOKYO"]), f"{SHORT[month - 1]} {day}"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
    elif rng.random() < 0.4:
        c.agency = c.source = "AP"
        c.place = rng.choice(["PHOENIX", "ATLANTA", "BOSTON"])
        d.dateline = f"{c.place} (AP) —"
    d.title = f"Title: {d.title}"
    head = []
    if rng.random() < 0.75:
        c.byline = who
        head.append(f"Author: {who}")
    stamp = rng.choice(
        [
            f"Date: {rng.choice(['Mon', 'Tue', 'Wed', 'Thu'])}, {day:02d} {SHORT[month - 1]} 2026 "
            f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:00 +0000",
            f"Date: 2026-{month:02d}-{day:02d}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z",
        ]
    )
    head += [stamp, f"Link: https://news.example.org/world/story-2026-{month:02d}-{day:02d}/"]
    d.head += head
    d.head_joint = "\n"
    d.head_attached = rng.random() < 0.7


# --- terminals ---------------------------------------------------------------------------------------


def h15_bloomberg_terminal(rng: random.Random, d: Draft, c: Case) -> None:
    """A Bloomberg story copied from the terminal: the stamp, "By NAME", "(Bloomberg) --", the
    assistance line and the contact labels over the reporters' and editors' lines."""
    people = rng.sample(PEOPLE_15, 4)
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    c.agency = c.source = "Bloomberg"
    d.dateline = "(Bloomberg) --"
    head = []
    if rng.random() < 0.7:
        clock = f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}"
        head.append(f"2026-{month:02d}-{day:02d} {clock} GMT")
    writers = people[: rng.choice([1, 2])]
    c.byline = joined_names(writers)
    head.append(f"By {c.byline}")
    d.head += head
    d.head_joint = rng.choice(["\n", "\n\n"])
    credits: list[str] = []
    if rng.random() < 0.5:
        line = f"--With assistance from {people[2]}."
        d.tail.append(line)
        credits.append(line.lstrip("-"))
    where = rng.choice(["London", "Tokyo", "New York"])
    reporter = f"{writers[0]} in {where} at {_handle(writers[0])}{rng.randint(1, 99)}@bloomberg.net"
    editor = f"{people[3]} at {_handle(people[3])}@bloomberg.net"
    d.tail.append(f"To contact the reporter on this story:\n{reporter}")
    credits.append(f"To contact the reporter on this story: {reporter}")
    if rng.random() < 0.7:
        d.tail.append(f"To contact the editors responsible for this story:\n{editor}")
        credits.append(f"To contact the editors responsible for this story: {editor}")
    c.credits = tuple(credits)
    d.tail_blank = rng.random() < 0.4


def h15_dow_jones(rng: random.Random, d: Draft, c: Case) -> None:
    """Dow Jones Newswires and MarketWatch copy from the feed: "UPDATE:" tags, "By NAME" over "Of DOW
    JONES NEWSWIRES", the glued "NEW YORK--", "Write to ..." or MarketWatch's "-NAME; phone; address",
    "(END) Dow Jones Newswires", its time line and the copyright."""
    who = rng.choice(PEOPLE_15)
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    c.tags = rng.choice([("UPDATE",), ("2nd UPDATE",), (), ()])
    d.title = "".join(f"{t}: " for t in c.tags) + d.title
    c.byline = who
    c.source = "Dow Jones Newswires"
    marketwatch = rng.random() < 0.35
    if marketwatch:
        d.head.append(f"By {who}")
        c.place = rng.choice(["SAN FRANCISCO", "NEW YORK", "LONDON"])
        d.dateline = f"{c.place} (MarketWatch) --"
        c.agency = "MarketWatch"
        line = f"-{who}; 415-439-{rng.randint(1000, 9999)}; AskNewswires@dowjones.com"
        d.tail.append(line)
        c.credits = (line.lstrip("-"),)
    else:
        d.head += [f"By {who}", *(["Of DOW JONES NEWSWIRES"] if rng.random() < 0.5 else [])]
        c.place = rng.choice(["NEW YORK", "WASHINGTON", "FRANKFURT"])
        d.dateline = f"{c.place}--"
        if rng.random() < 0.8:
            line = f"Write to {who} at {_dotted(who)}@{rng.choice(['wsj.com', 'dowjones.com'])}"
            d.tail.append(line)
            c.credits = (line,)
    d.head_joint = rng.choice(["\n", "\n\n"])
    hour, minute = rng.randint(6, 16), rng.randint(10, 59)
    d.tail += [
        "(END) Dow Jones Newswires",
        f"{MONTHS[month - 1]} {day:02d}, 2026 {hour:02d}:{minute} ET ({hour + 5:02d}:{minute} GMT)",
    ]
    if rng.random() < 0.7:
        c.copyright = "Copyright (c) 2026 Dow Jones & Company, Inc."
        d.tail.append(c.copyright)
    d.tail_blank = rng.random() < 0.5


def h15_reuters_terminal(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters copy from a terminal: stacked tags, the credit line, the reporter's contact line in
    double brackets, and the "Keywords:" line."""
    people = rng.sample(PEOPLE_15, 3)
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    c.tags = rng.choice(
        [("RPT", "UPDATE 1"), ("WRAPUP 2",), ("BUZZ",), ("INSTANT VIEW",), ("MEDIA",), ("UPDATE 3",), ("TABLE",)]
    )
    d.title = "".join(f"{t}-" for t in c.tags) + d.title
    c.agency = c.source = "Reuters"
    c.place, c.date = rng.choice(["LONDON", "MUMBAI", "SAO PAULO", "ZURICH"]), f"{SHORT[month - 1]} {day}"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    credit = f"Reporting by {people[0]}; Writing by {people[1]}; Editing by {people[2]}"
    d.tail.append(f"({credit})")
    contact = (
        f"{_dotted(people[0])}@thomsonreuters.com; +44 20 7542 {rng.randint(1000, 9999)}; "
        f"Reuters Messaging: {_dotted(people[0])}.thomsonreuters.com@reuters.net"
    )
    credits = [credit]
    if rng.random() < 0.7:
        d.tail.append(f"(({contact}))")
        credits.append(contact)
    c.credits = tuple(credits)
    if rng.random() < 0.6:
        d.tail.append(f"Keywords: {rng.choice(['BRITAIN ECONOMY/', 'INDIA MARKETS/', 'SWISS BANKS/RESULTS'])}")
    d.tail_blank = rng.random() < 0.5


# --- member feeds --------------------------------------------------------------------------------------


def h15_member_feeds(rng: random.Random, d: Draft, c: Case) -> None:
    """What agencies move to members: AP's "Eds:" line and "AP Business Writer", The Canadian Press'
    "Companies in this story:" and publication note, PA's byline with a desk, RNZ's republication note."""
    people = rng.sample(PEOPLE_15, 2)
    month, day = rng.randint(1, 10), rng.randint(1, 28)
    form = rng.random()
    if form < 0.35:
        eds = rng.choice(
            [
                "Eds: UPDATES with comment from finance minister. With AP Photos.",
                "Eds: ADDS details of vote, background. AP Video.",
                "Eds: This story is part of an occasional series on water.",
            ]
        )
        c.byline = people[0].upper()
        d.head += [eds, f"By {c.byline}", rng.choice(["AP Business Writer", "Associated Press"])]
        c.place = rng.choice(["LONDON", "DETROIT", "SEATTLE"])
        c.agency = "AP"
        c.source = "Associated Press" if d.head[-1] == "Associated Press" else "AP"
        d.dateline = f"{c.place} (AP) —"
        if rng.random() < 0.6:
            credit = f"AP Business Writer {people[1]} in New York contributed to this report."
            d.tail += ["___", credit]
            c.credits = (credit,)
    elif form < 0.6:
        if rng.random() < 0.6:  # the note alone names no source (held-out's canadian-press)
            c.byline, c.source = people[0], "The Canadian Press"
            d.head += [f"By {people[0]}", "The Canadian Press"]
        c.place = rng.choice(["TORONTO", "MONTREAL", "VANCOUVER"])
        d.dateline = f"{c.place} —"
        if rng.random() < 0.7:
            d.tail.append(f"Companies in this story: ({rng.choice(['TSX:RY', 'TSX:TD, TSX:BNS', 'TSX:SHOP'])})")
        note = f"This report by The Canadian Press was first published {AP_MONTHS[month - 1]} {day}, 2026."
        d.tail.append(note)
        c.credits = (note,)
    elif form < 0.85:
        c.byline = people[0]
        c.source = "PA"
        desk = rng.choice(["PA Political Correspondent", "PA Health Correspondent", "PA Scotland", "PA"])
        d.head.append(f"By {people[0]}, {desk}")
    else:
        note = rng.choice(
            [
                "This story was originally published by RNZ and is republished with permission.",
                "This article was first published by RNZ and is republished with permission.",
            ]
        )
        d.tail.append(note)
        c.credits = (note,)
        if rng.random() < 0.5:
            c.byline, c.source = people[0], "RNZ"  # the note alone is a credit (The Conversation's, round eleven)
            d.head += [people[0], "RNZ"]
    d.head_joint = rng.choice(["\n", "\n\n"])


HELD_OUT_15: dict[str, Template] = {
    "factiva-15": h15_factiva,
    "nexis-15": h15_nexis,
    "proquest-15": h15_proquest,
    "newsbank-15": h15_newsbank,
    "feed-item-15": h15_feed_item,
    "bloomberg-terminal-15": h15_bloomberg_terminal,
    "dow-jones-15": h15_dow_jones,
    "reuters-terminal-15": h15_reuters_terminal,
    "member-feeds-15": h15_member_feeds,
}

# --- round-fifteen negatives: nothing here is metadata -------------------------------------------------

NEGATIVE_LEDES_15 = [
    "Length of stay in the city's hospitals rose to 6.1 days last year, the health board said.",
    "Body cameras will be worn by every officer in the county from January, the sheriff said.",
    "Document after document released on Tuesday showed the ministry knew of the leak in March.",
    "Section 8 vouchers will cover a larger share of rents from next year, the agency said.",
    "Language classes for new arrivals will be free from September, the council announced.",
    "Full text of the agreement, all 212 pages of it, was published by the ministry on Friday.",
    "Author and historian Mira Calder has won this year's prize for non-fiction, the jury said.",
    "Date palms planted along the boulevard in 2019 have begun to bear fruit, the city said.",
    "Publication of the audit, due in May, has been delayed until after the election.",
]
NEGATIVE_ENDINGS_15 = [
    "The statement, which ran to 523 words, did not mention the strike.",
    "Load-shedding will resume on Monday evening, the utility said.",
    "The byline on the original investigation was shared by three reporters, the paper said.",
    "End of document: the last page of the filing lists 14 creditors, according to the court.",
    "Readers can write to the council at its Main Street office until Friday.",
    "Keywords in the job advertisement included 'resilient' and 'self-starter', the tribunal heard.",
    "Companies in this sector have cut 4,000 jobs since January, the union said.",
    "The document ID on the leaked memo matched the ministry's own records, investigators said.",
    "Copyright in the photographs remains with the family, the museum said.",
    "Record numbers of visitors came to the festival this year, the organisers said.",
    "Subject to approval by the regulator, the merger will close in the spring.",
    "The report was first published by the institute in March and revised in June.",
]
NEGATIVE_TITLES_15 = [
    "Body found in river near old mill",
    "Length of hospital stays rises again",
    "Document reveals plan to close depot",
    "Language schools struggle as students stay away",
    "Record number of candidates in council race",
]


def negative_15(rng: random.Random, d: Draft, c: Case) -> None:
    """Look-alikes of the database fields: ledes and closing sentences that open with a field's word
    ("Length", "Body", "Document", "Section", "Language", "Full text", "Author", "Date",
    "Publication", "Load-shedding", "Keywords", "Companies in this", "Copyright in", "Record",
    "Subject to") or mention a word count, a byline or a document id."""
    look_alikes(rng, d, NEGATIVE_LEDES_15, NEGATIVE_ENDINGS_15, titles=NEGATIVE_TITLES_15)


# A fact box inside the story: short "Label: value" lines like a record's fields.
FACT_BOXES_15 = [
    "Length: 1.2 km\nCost: $48 million\nOpening: spring 2028",
    "Section: northern bypass\nLength: 14 km\nLanes: four",
    "Author: Mira Calder\nPublisher: Northgate Books\nPages: 312",
    "Source: county health board\nDate: survey of 2,400 households",
]


def negative_15_fields(rng: random.Random, d: Draft, c: Case) -> None:
    """A fact box of "Label: value" lines between body paragraphs (a bridge's length and cost, a
    book's author and publisher), and a closing sentence that mentions a word count or a document:
    all of it stays."""
    box = rng.choice(FACT_BOXES_15)
    d.body.insert(min(1, len(d.body)), box)
    if d.body[-1] == box or rng.random() < 0.5:
        d.body.append(rng.choice(NEGATIVE_ENDINGS_15))


NEGATIVES_15: dict[str, Template] = {"negative-15": negative_15, "negative-15-fields": negative_15_fields}
