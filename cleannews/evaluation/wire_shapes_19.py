"""Round-nineteen templates for the wire harness: national agencies' own English copy, and aggregators' copies of it.

Written blind, before any round-nineteen rule and without reading the rules or the earlier rounds'
templates, from how the English services of national news agencies look on their own sites in
2024-2026 and how the aggregators show that copy: the Gulf and Middle East (KUNA's "KUWAIT, Nov 5
(KUNA) --" with "(end)" and its desk code, WAM's "ABU DHABI, 5th November, 2026 (WAM) --" with
"WAM/NAME/NAME", QNA's "Doha, November 05 (QNA) -", SPA's "Riyadh, November 05, 2026, SPA --" with
"--SPA" and its local-time line, Petra's "Amman, Nov. 5 (Petra) --" with "--(Petra)", MENA's "CAIRO,
Nov 5 (MENA) -" with a closing "MENA", IRNA's "Tehran, IRNA –" with its "News ID:" line, its
"**3392**1416" code and "Follow us on X"), Russia and Central Asia (TASS' "MOSCOW, November 5.
/TASS/." under "5 NOV, 15:12" and over a tag list, Interfax's "MOSCOW. Nov 5 (Interfax) -", Kazinform's
"ASTANA. KAZINFORM –", Trend's "BAKU, Azerbaijan, November 5." under its section-and-time line,
nCa's closing "/// nCa, 5 November 2026"), South Asia (APP's "ISLAMABAD, Nov 5 (APP):", BSS's "DHAKA,
Nov 5, 2026 (BSS) -" with its "BSS/XX/YY/1512 hrs" code, RSS Nepal's "Kathmandu, Nov 5:"), Southeast and
East Asia (Antara's "Jakarta (ANTARA) -" with "Reporter:", "Editor:" and "Copyright © ANTARA 2026",
VNA's "Hanoi (VNA) –" with a closing "VNA", Jiji's "Tokyo, Nov. 5 (Jiji Press)--"), Europe (ANSA
English's "(ANSA) - ROME, NOV 5 -" and "ROME, Nov 5 (ANSA) -" with "ALL RIGHTS RESERVED © Copyright
ANSA", BTA's "Sofia, November 5 (BTA) -" with "/NF/", Agerpres' "Bucharest, Nov 5 /AGERPRES/ -" with
its "AGERPRES (RO - author: ...; EN - author: ...)" line, Hungary Today's "Via MTI", EFE's "Madrid,
Nov 5 (EFE).-"), Latin America (Prensa Latina's "Havana, Nov 5 (Prensa Latina)" with no dash and its
"ef/rgh" code, Agência Brasil's "Published on 05/11/2026 - 15:12" and "By NAME - Agência Brasil
Reporter - Brasília" with "Translation:" and "Edition:", MercoPress' "Thursday, November 5th 2026 -
15:12 UTC" and its tag line), Africa (APS's "ALGIERS -", MAP's "Rabat -", ENA's "Addis Ababa, November
5/2026 (ENA)", GNA's "Accra, Nov. 5, GNA -" with "ENDS", Xinhua's Africa copy with "Enditem"), then
the aggregators (MSN's provider line over "Story by NAME • 2h", NewsBreak's "PROVIDER · 3h", Ground
News' "Read Full Article at PROVIDER", Apple News' and Google News' shared addresses, Pocket's and
Firefox reader view's domain and author lines, a print view's "Source URL:" and "Printed on" lines).
Every name and sentence here is made up; only the shapes are the formats'.

Contract (the harness' fields), following the choices rounds seventeen and eighteen list as settled:
an agency in the byline's place fills the byline too; a dateline's bracketed region and country are
not part of the place (ANI's "New Delhi [India]" gives "New Delhi"); a closing sign-off names the
source as printed when nothing stronger does ("-- BERNAMA" gives "BERNAMA"); reading-time lines and
photo credits under the headline are the chrome pass's, so they are left out of these articles; a
closing "Read more: TITLE" line is no trailer (it stays as text: one article in four of the Gulf
template ends its body on one). Choices made before the blind run, for shapes no earlier round had:

- Head lines (out of the text): every byline line ("By NAME", "By NAME, KUNA", "Story by NAME • 2h",
  "By NAME - Agência Brasil Reporter - Brasília", Firefox reader view's bare author line), every
  provider line of an aggregator ("Anadolu Agency", "PROVIDER · 3h"), every time line in the sites'
  own formats ("05/11/2026 15:12", "5 NOV, 15:12", Hungary Today's "2026.11.05.", "Economy Materials
  5 November 2026 15:12 (UTC +04:00)", "Published on 05/11/2026 - 15:12", "Thursday, November 5th
  2026 - 15:12 UTC", "2026/11/05-15:12", "05 November 2026 15:12"), IRNA's "News ID: 85012345" line,
  and a read-later export's domain line ("tass.com") and "Saved from ADDRESS" line.
- ``byline``: the writer's name as printed, roles, outlets and relative times cut ("Story by Jane Doe
  • 2h" gives "Jane Doe", "Story by ANI • 5h" gives "ANI", "By Jane Doe - Agência Brasil Reporter -
  Brasília" gives "Jane Doe", Pocket's "by Jane Doe" gives "Jane Doe", a reader view's bare name
  line over the story gives the name). A name found only in a closing credit line (Antara's
  "Reporter: NAME", Agerpres' author list) is a credit, not the byline.
- ``source``: an agency or provider named in the head (MSN's or NewsBreak's provider line as printed,
  "Agência Brasil" of the byline line, "KUNA" of "By NAME, KUNA"), else the dateline's agency as
  printed ("KUNA", "WAM", "SPA", "TASS", "KAZINFORM", "AGERPRES", "Prensa Latina", "Jiji Press"),
  else a closing sign-off or "Via" line that names the agency ("/// nCa, 5 November 2026" gives
  "nCa", "Via MTI" gives "MTI", "Read Full Article at Anadolu Agency" gives "Anadolu Agency"). A
  domain line ("tass.com") and a shared address name no source.
- ``place``, ``date``, ``agency`` as the dateline prints them: "MOSCOW, November 5. /TASS/." gives
  MOSCOW, "November 5", TASS; "(ANSA) - ROME, NOV 5 -" gives ROME, "NOV 5", ANSA; "Riyadh, November
  05, 2026, SPA --" gives Riyadh, "November 05, 2026", SPA; "ABU DHABI, 5th November, 2026 (WAM) --"
  gives the date "5th November, 2026"; "Tehran, IRNA –" and "Jakarta (ANTARA) -" give a place and an
  agency and no date; "Surabaya, East Java (ANTARA) -" gives "Surabaya, East Java"; "ASTANA.
  KAZINFORM –" gives ASTANA and KAZINFORM; "BAKU, Azerbaijan, November 5." gives "BAKU, Azerbaijan"
  and "November 5", no agency; "Kathmandu, Nov 5:" gives Kathmandu and "Nov 5"; "Addis Ababa,
  November 5/2026 (ENA)" gives the date "November 5/2026"; "Havana, Nov 5 (Prensa Latina)" is a
  dateline with no dash; "ALGIERS -" and "Rabat -" give a place only; "Accra, Nov. 5, GNA -" gives
  Accra, "Nov. 5", GNA.
- Trailers (out of the text): every closing line below the story. Credits among them, as printed: desk
  and staff codes ("ahm.gta", "WAM/NAME/NAME", "**3392**1416", "BSS/AAS/JM/1512 hrs", "/NF/",
  "ef/rgh"), Antara's "Reporter: NAME" and "Editor: NAME", Agência Brasil's "Translation: NAME" or
  "Translated by NAME" and "Edition: NAME", Agerpres' "AGERPRES (RO - author: ...)" line, Xinhua's
  "Editor: NAME". Trailers with no field: "(end)", "--SPA" and SPA's "15:12 Local Time 12:12 GMT",
  "--(Petra)", "MENA", "VNA", "Enditem", "ENDS", "Via MTI", "/// nCa, ..." and Ground News' "Read
  Full Article at PROVIDER" (these three name the source), IRNA's "Follow us on X @IrnaEnglish",
  TASS' "Tags" list (the label line and one topic a line), a "Related News" block (its label and the
  headlines under it), MercoPress' "Tags:" line, a shared address (apple.news, news.google.com),
  "Shared from Apple News", a print view's "Source URL: ..." and "Printed on ..." lines. Copyright
  lines fill ``copyright`` as printed ("Copyright © ANTARA 2026", "ALL RIGHTS RESERVED © Copyright
  ANSA").
- Tags: none (none of these sites tags its English headlines); the field measures false finds.
- Negatives: body sentences quoting the agencies ("KUNA reported ...", "the official news agency WAM
  said ..."), datelines inside quotes, ledes opening with a city and a date in prose ("Hanoi on Nov
  5 hosted ..."), credit-like prose ("Editing the report took ...", "Translated by the ministry into
  ..."), all-caps words ending a quote ("... read \"ENOUGH\"."), short last paragraphs that look
  like sign-offs but are text ("Talks resume on Monday."): nothing is metadata, every paragraph
  stays.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-19 and negatives-19 columns of the table as printed; 440 and 160 articles)::

    | field | held-out-19 P | held-out-19 R | negatives-19 P | negatives-19 R |
    | tags | – | – | – | – |
    | dateline place | 1.000 | 0.972 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 0.978 | – | – |
    | byline | 0.871 | 0.831 | – | – |
    | source | 1.000 | 0.949 | – | – |
    | credits | 1.000 | 0.346 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.349 | – | – |
    | head lines | 1.000 | 0.734 | – | – |

Body sentences lost: held-out-19 0/3521, negatives-19 0/1651 (negatives-19: nothing found, no miss).
Every other set printed what it prints on this branch's main (ground-truth texts 2/94270).

237 of the 440 held-out-19 articles missed something (shares 40, read-later-print 40, latin-america
29, levant-iran-egypt 23, south-asia 23, southeast-east-asia 23, russia-central-asia 20,
europe-agencies 19, gulf-agencies 16, africa 4, msn 0). Every line missed stayed in the output text.
The misses, by cause (articles):

- closing desk and staff codes not known (credit and trailer kept): BSS's "BSS/XX/YY/1512 hrs" (16),
  IRNA's "**3392**1416" (13, with "Follow us on X @IrnaEnglish" kept in 10), BTA's "/NF/" (9);
  KUNA's "ahm.gta", WAM's "WAM/NAME/NAME", EFE's "ab/cd" and Prensa Latina's "ef/rgh" passed;
- closing credit lines not known: Agência Brasil's "Translation: NAME" / "Translated by NAME" with
  "Edition: NAME" (17), Agerpres' "AGERPRES (RO - author: ...; EN - author: ...)" (6); Antara's
  "Editor: NAME", Xinhua's "Editor: NAME" passed;
- closing sign-offs not known: SPA's "--SPA" with its "15:12 Local Time 12:12 GMT" line (9), Petra's
  "--(Petra)" (10), nCa's "/// nCa, 5 November 2026" (9, the source with it), Hungary Today's "Via
  MTI" (4, the source with it); KUNA's "(end)", "MENA", "VNA", "Enditem", GNA's "ENDS" passed;
- related-story and tag residue kept: a "Related News" / "Related Stories" block (gulf 7, APP 7),
  TASS' "Tags" list, one topic a line (4), MercoPress' "Tags: ..." line (12);
- aggregator residue kept: Apple News' address and "Shared from Apple News" (14), a Google News
  address (9), NewsBreak's "PROVIDER · 3h" head line (11; the source with it for Anadolu, 2), Ground
  News' "Read Full Article at PROVIDER" (6; the source with it for Anadolu, 1), a print view's
  "Source URL:" and "Printed on" lines (17), Pocket's domain and "Saved from ADDRESS" lines (8; its
  "by NAME" byline passed), Firefox reader view's domain line over a bare author line (15: byline
  and both head lines missed); MSN's provider line over "Story by NAME • 2h" passed in all 40;
- head lines not known: Jiji's "2026/11/05-15:12" (12), IRNA's "News ID: 85012345" (8); KUNA's,
  WAM's, QNA's, TASS', Kazinform's, Trend's, ANSA's, Agência Brasil's and MercoPress' time lines
  passed;
- datelines not read: Trend's "BAKU, Azerbaijan, November 5." (7: place and date), MAP's "Casablanca
  -" and "Laayoune -" (4; "Rabat -" passed). Every other dateline form passed, "(ANSA) - ROME, NOV 5
  -", "Riyadh, November 05, 2026, SPA --", "ASTANA. KAZINFORM –", "Havana, Nov 5 (Prensa Latina)"
  and "Addis Ababa, November 5/2026 (ENA)" included.

Contract choices of this round that the rules answer differently (no earlier round's docstring
settles them; not changed: this round is an estimate):

- Antara's closing "Reporter: NAME": a credit only here, the rules make the name the byline too and
  give no credit for the line (11 articles): the whole of byline precision 0.871 and part of the
  credits recall.

One template bug was fixed after the blind run (no article changed): an Apple News or Google News
share of Anadolu's copy (which has no dateline) expected the source "Anadolu Agency" though nothing
in the text names it (4 articles; now no source); and the docstring listed Ground News' "Read Full
Article at PROVIDER" as a trailer with no field while the template expected its source, as the other
closing lines that name an agency (now listed with them). The second run printed the same figures
but source recall 0.959 (from 0.949), the same 237 articles missing something.

After fitting (branch fit19; the blind figures above stay as the estimate), the same command::

    | field | held-out-19 P | held-out-19 R | negatives-19 P | negatives-19 R |
    | tags | – | – | – | – |
    | dateline place | 1.000 | 1.000 | – | – |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | – | – |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.976 | – | – |
    | head lines | 1.000 | 1.000 | – | – |

Body sentences lost: held-out-19 0/3521, negatives-19 0/1651; every other set as on main but held-out-18's
place recall, 0.968 (from 0.965: "Durban -" now read); ground-truth texts 2/94270; the real-page tables the
same. The causes, and how each was fixed (``cleannews/wire/residue.py`` holds the shapes):

- by shape: desk and staff codes (a slash or asterisks between groups of capitals, initials and figures:
  BSS, IRNA, BTA); sign-offs set off by marks that repeat the dateline's agency ("--SPA", "--(Petra)",
  passing the "below a finished sentence" check a bare name needs) or follow slashes ("/// nCa, ..."); a
  "Via X" line naming a listed agency; an agency's bracketed desk credits, each desk's clauses after its
  language code (Agerpres); blocks of related headlines or tags under their label ("Related News",
  "Related Stories", "Tags") and a "Tags: a, b, c." line; share and print lines ("Shared from X", "Source
  URL: ADDRESS", "Printed on TIME", a share address alone when its path carries an opaque token); "Read
  Full Article at X" (the source); above the story, a provider with the story's age ("TASS · 3h", the
  source), an item's number ("News ID: 85012345"), a read-later export's domain line (over a bare name:
  the byline) and "Saved from ADDRESS"; a hyphen joining a compact time ("2026/11/05-15:12"); a full
  stop after a dateline's date with the place in capitals ("BAKU, Azerbaijan, November 5."); a rare
  gazetteer city in mixed case before a spaced hyphen ("Casablanca -", "Laayoune -").
- by lexicon entries (grammar, not outlets' names): the credit roles "Edition" and "Author(s)" (common.toml,
  beside the Portuguese "Edição" already listed) and the time words "local" and "time" ("15:12 Local Time
  12:12 GMT").
- by the contract: Antara's closing "Reporter: NAME" is the byline, as round five settled (h6_antara and
  tests/test_wire_round5.py); the Antara template now expects that (11 articles; no article changed).

Still missed: IRNA's "Follow us on X @IrnaEnglish" as the last line (10 articles) leaves the text, but by
the chrome pass (a UI string), so the harness counts no wire trailer for it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import MONTH_NAMES

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

WRITERS = [
    "Jane Doe",
    "John Roe",
    "Fatima Al-Sabah",
    "Mohammed Al-Harbi",
    "Dmitry Volkov",
    "Aigerim Sultanova",
    "Rina Kusuma",
    "Nguyen Thi Lan",
    "Marco Bianchi",
    "Elena Popescu",
    "Ana Paula Souza",
    "Tesfaye Bekele",
    "Muhammad Asif Khan",
]
MONTHS = list(MONTH_NAMES)
MON3 = [m[:3] for m in MONTHS]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATED = [
    "Minister receives visiting delegation",
    "Trade talks to resume next month",
    "Central bank keeps key rate unchanged",
    "Heavy rain expected over the weekend",
    "New metro line opens to passengers",
    "Exports rise for third straight quarter",
]


def _day(rng: random.Random) -> date:
    return date(2026, 1, 1) + timedelta(days=rng.randint(0, 333))


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 23), rng.randint(0, 59)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _code(rng: random.Random, parts: int, sep: str, size: int = 2) -> str:
    letters = "abcdefghijklmnoprstuvwy"
    return sep.join("".join(rng.choice(letters) for _ in range(size)) for _ in range(parts))


def _writer(rng: random.Random) -> str:
    return rng.choice(WRITERS)


def _related(rng: random.Random, d: Draft, label: str = "Related News") -> None:
    d.tail.append(label)
    d.tail.extend(rng.sample(RELATED, rng.randint(2, 3)))


# --- (a) the agencies' own sites -------------------------------------------------------------


def gulf_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """KUNA, WAM, QNA and SPA on their own English pages."""
    day, (hh, mm) = _day(rng), _clock(rng)
    agency = rng.choice(["KUNA", "WAM", "QNA", "SPA"])
    if rng.random() < 0.25:
        d.body.append(f"Read more: {rng.choice(RELATED)}")  # stays: no trailer (settled)
    if agency == "KUNA":
        c.place = rng.choice(["KUWAIT", "NEW YORK", "RIYADH", "CAIRO"])
        c.date = f"{MON3[day.month - 1]} {day.day}"
        d.dateline = f"{c.place}, {c.date} (KUNA) --"
        if rng.random() < 0.5:
            d.head.append(f"{day:%d/%m/%Y} {hh:02d}:{mm:02d}")
        if rng.random() < 0.3:
            c.byline = _writer(rng)
            d.head.append(f"By {c.byline}, KUNA")
        d.tail.append("(end)")
        if rng.random() < 0.8:
            code = _code(rng, 2, ".", 3) if rng.random() < 0.5 else f"{_code(rng, 1, '', 3)}.gb"
            d.tail.append(code)
            c.credits = (code,)
    elif agency == "WAM":
        c.place = rng.choice(["ABU DHABI", "DUBAI", "SHARJAH"])
        c.date = f"{_ordinal(day.day)} {MONTHS[day.month - 1]}, {day.year}"
        d.dateline = f"{c.place}, {c.date} (WAM) --"
        if rng.random() < 0.5:
            d.head.append(f"{WEEKDAYS[day.weekday()][:3]} {day:%d-%m-%Y} {hh:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'}")
        credit = "WAM/" + "/".join(rng.sample(WRITERS, 2))
        d.tail.append(credit)
        c.credits = (credit,)
    elif agency == "QNA":
        c.place = "Doha"
        c.date = f"{MONTHS[day.month - 1]} {day.day:02d}"
        d.dateline = f"Doha, {c.date} (QNA) -"
        if rng.random() < 0.6:
            ampm = "AM" if hh < 12 else "PM"
            d.head.append(
                f"Published: {WEEKDAYS[day.weekday()]}, {day:%d} {MONTHS[day.month - 1]} {day.year} "
                f"{(hh - 1) % 12 + 1:02d}:{mm:02d} {ampm}"
            )
        if rng.random() < 0.6:
            _related(rng, d)
    else:
        c.place = rng.choice(["Riyadh", "Jeddah", "Makkah"])
        c.date = f"{MONTHS[day.month - 1]} {day.day:02d}, {day.year}"
        d.dateline = f"{c.place}, {c.date}, SPA --"
        d.tail.append("--SPA")
        if rng.random() < 0.7:
            d.tail.append(f"{hh:02d}:{mm:02d} Local Time {hh - 3:02d}:{mm:02d} GMT")
    c.agency = c.source = agency
    d.head_joint = rng.choice(["\n", "\n\n"])


def levant_iran_egypt(rng: random.Random, d: Draft, c: Case) -> None:
    """Petra, MENA and IRNA on their own English pages."""
    day, (hh, mm) = _day(rng), _clock(rng)
    agency = rng.choice(["Petra", "MENA", "IRNA"])
    if agency == "Petra":
        c.place, c.date = "Amman", f"{MON_AP[day.month - 1]} {day.day}"
        d.dateline = f"Amman, {c.date} (Petra) --"
        d.tail.append("--(Petra)")
    elif agency == "MENA":
        c.place, c.date = rng.choice(["CAIRO", "ALEXANDRIA"]), f"{MON3[day.month - 1]} {day.day}"
        d.dateline = f"{c.place}, {c.date} (MENA) -"
        d.tail.append("MENA")
    else:
        c.place = rng.choice(["Tehran", "New York"])
        d.dateline = f"{c.place}, IRNA –"
        d.head.append(
            f"{MON3[day.month - 1]} {day.day}, {day.year}, {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
        )
        if rng.random() < 0.6:
            d.head.append(f"News ID: {rng.randint(85000000, 85999999)}")
        code = f"**{rng.randint(1000, 3999)}**{rng.randint(1000, 2999)}"
        d.tail.append(code)
        c.credits = (code,)
        if rng.random() < 0.5:
            d.tail.append("Follow us on X @IrnaEnglish")
    c.agency = c.source = agency
    d.head_joint = "\n"


def russia_central_asia(rng: random.Random, d: Draft, c: Case) -> None:
    """TASS, Interfax, Kazinform, Trend and nCa on their own English pages."""
    day, (hh, mm) = _day(rng), _clock(rng)
    kind = rng.choice(["TASS", "TASS", "Interfax", "Kazinform", "Trend", "nCa"])
    if kind == "TASS":
        c.place = rng.choice(["MOSCOW", "ST. PETERSBURG", "MINSK", "UNITED NATIONS", "BEIJING"])
        c.date = f"{MONTHS[day.month - 1]} {day.day}"
        c.agency = c.source = "TASS"
        d.dateline = f"{c.place}, {c.date}. /TASS/."
        d.head.append(f"{day.day} {MON3[day.month - 1].upper()}, {hh:02d}:{mm:02d}")
        if rng.random() < 0.5:
            d.tail += ["Tags", *rng.sample(["Russia", "China", "Ukraine crisis", "Sergey Lavrov", "BRICS"], 2)]
            d.tail_blank = False
    elif kind == "Interfax":
        agency = rng.choice(["Interfax", "Interfax-Ukraine"])
        c.place = "MOSCOW" if agency == "Interfax" else "KYIV"
        c.date = f"{MON3[day.month - 1]} {day.day}"
        c.agency = c.source = agency
        d.dateline = f"{c.place}. {c.date} ({agency}) -"
    elif kind == "Kazinform":
        c.place = rng.choice(["ASTANA", "ALMATY", "SHYMKENT"])
        c.agency = c.source = "KAZINFORM"
        d.dateline = f"{c.place}. KAZINFORM –"
        d.head.append(f"{day.day} {MONTHS[day.month - 1]} {day.year}, {hh:02d}:{mm:02d}")
        if rng.random() < 0.4:
            c.byline = _writer(rng)
            d.head.insert(0, f"By {c.byline}")
    elif kind == "Trend":
        c.place, c.date = "BAKU, Azerbaijan", f"{MONTHS[day.month - 1]} {day.day}"
        d.dateline = f"{c.place}, {c.date}."
        section = rng.choice(["Economy Materials", "Politics Materials", "Oil&Gas Materials"])
        d.head.append(f"{section} {day.day} {MONTHS[day.month - 1]} {day.year} {hh:02d}:{mm:02d} (UTC +04:00)")
        if rng.random() < 0.5:
            c.byline = _writer(rng)
            d.head.append(f"By {c.byline}")
    else:
        c.source = "nCa"
        d.tail.append(f"/// nCa, {day.day} {MONTHS[day.month - 1]} {day.year}")
    d.head_joint = rng.choice(["\n", "\n\n"])


def south_asia(rng: random.Random, d: Draft, c: Case) -> None:
    """APP, BSS and RSS Nepal."""
    day, (hh, mm) = _day(rng), _clock(rng)
    kind = rng.choice(["APP", "BSS", "RSS"])
    if kind == "APP":
        c.place, c.date = rng.choice(["ISLAMABAD", "LAHORE", "KARACHI", "PESHAWAR"]), f"{MON3[day.month - 1]} {day.day}"
        c.agency = c.source = "APP"
        d.dateline = f"{c.place}, {c.date} (APP):"
        if rng.random() < 0.5:
            _related(rng, d, "Related Stories")
    elif kind == "BSS":
        c.place, c.date = (
            rng.choice(["DHAKA", "CHATTOGRAM", "RAJSHAHI"]),
            f"{MON3[day.month - 1]} {day.day}, {day.year}",
        )
        c.agency = c.source = "BSS"
        d.dateline = f"{c.place}, {c.date} (BSS) -"
        code = f"BSS/{_code(rng, 2, '/', 2).upper()}/{hh:02d}{mm:02d} hrs"
        d.tail.append(code)
        c.credits = (code,)
    else:
        c.place, c.date = "Kathmandu", f"{MON3[day.month - 1]} {day.day}"
        d.dateline = f"Kathmandu, {c.date}:"


def southeast_east_asia(rng: random.Random, d: Draft, c: Case) -> None:
    """Antara, VNA and Jiji Press."""
    day, (hh, mm) = _day(rng), _clock(rng)
    kind = rng.choice(["ANTARA", "VNA", "Jiji Press"])
    c.agency = c.source = kind
    if kind == "ANTARA":
        c.place = rng.choice(["Jakarta", "Jakarta", "Surabaya, East Java", "Denpasar, Bali"])
        d.dateline = f"{c.place} (ANTARA) -"
        reporter, editor = rng.sample(WRITERS, 2)
        lines = [f"Reporter: {reporter}", f"Editor: {editor}"]
        d.tail += lines
        # Fixed after fitting (the contract of round five, h6_antara and its test, settles it): the
        # closing "Reporter: NAME" names the byline, and only "Editor: NAME" is a credit.
        c.byline, c.credits = reporter, (lines[1],)
        c.copyright = f"Copyright © ANTARA {day.year}"
        d.tail.append(c.copyright)
        d.tail_blank = False
    elif kind == "VNA":
        c.place = rng.choice(["Hanoi", "Ho Chi Minh City", "Da Nang"])
        d.dateline = f"{c.place} (VNA) –"
        d.tail.append("VNA")
    else:
        c.place, c.date = rng.choice(["Tokyo", "Osaka"]), f"{MON_AP[day.month - 1]} {day.day}"
        d.dateline = f"{c.place}, {c.date} (Jiji Press)--"
        if rng.random() < 0.6:
            d.head.append(f"{day:%Y/%m/%d}-{hh:02d}:{mm:02d}")


def europe_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """ANSA English, BTA, Agerpres, Hungary Today (MTI) and EFE."""
    day, (hh, mm) = _day(rng), _clock(rng)
    kind = rng.choice(["ANSA", "ANSA", "BTA", "AGERPRES", "MTI", "EFE"])
    if kind == "ANSA":
        c.place = rng.choice(["ROME", "MILAN", "NAPLES", "BRUSSELS"])
        c.agency = c.source = "ANSA"
        if rng.random() < 0.5:
            c.date = f"{MON3[day.month - 1].upper()} {day.day}"
            d.dateline = f"(ANSA) - {c.place}, {c.date} -"
        else:
            c.date = f"{MON3[day.month - 1]} {day.day}"
            d.dateline = f"{c.place}, {c.date} (ANSA) -"
        if rng.random() < 0.6:
            d.head.append(f"{day:%d} {MONTHS[day.month - 1]} {day.year} {hh:02d}:{mm:02d}")
        c.copyright = "ALL RIGHTS RESERVED © Copyright ANSA"
        d.tail.append(c.copyright)
    elif kind == "BTA":
        c.place, c.date = rng.choice(["Sofia", "Plovdiv", "Varna"]), f"{MONTHS[day.month - 1]} {day.day}"
        c.agency = c.source = "BTA"
        d.dateline = f"{c.place}, {c.date} (BTA) -"
        code = f"/{_code(rng, 1, '', 2).upper()}/"
        d.tail.append(code)
        c.credits = (code,)
    elif kind == "AGERPRES":
        c.place, c.date = rng.choice(["Bucharest", "Cluj-Napoca", "Constanta"]), f"{MON3[day.month - 1]} {day.day}"
        c.agency = c.source = "AGERPRES"
        d.dateline = f"{c.place}, {c.date} /AGERPRES/ -"
        a, b, e, f = rng.sample(WRITERS, 4)
        credit = f"AGERPRES (RO - author: {a}, editor: {b}; EN - author: {e}, editor: {f})"
        d.tail.append(credit)
        c.credits = (credit,)
    elif kind == "MTI":
        c.source = "MTI"
        d.head.append(f"{day:%Y.%m.%d}.")
        d.tail.append("Via MTI")
    else:
        c.place, c.date = rng.choice(["Madrid", "Barcelona", "Seville"]), f"{MON3[day.month - 1]} {day.day}"
        c.agency = c.source = "EFE"
        d.dateline = f"{c.place}, {c.date} (EFE).-"
        code = _code(rng, 2, "/")
        d.tail.append(code)
        c.credits = (code,)


def latin_america(rng: random.Random, d: Draft, c: Case) -> None:
    """Prensa Latina, Agência Brasil and MercoPress."""
    day, (hh, mm) = _day(rng), _clock(rng)
    kind = rng.choice(["Prensa Latina", "Agência Brasil", "MercoPress"])
    if kind == "Prensa Latina":
        c.place = rng.choice(["Havana", "Caracas", "Mexico City", "Managua"])
        c.date = f"{MON3[day.month - 1]} {day.day}"
        c.agency = c.source = "Prensa Latina"
        d.dateline = f"{c.place}, {c.date} (Prensa Latina)"
        code = _code(rng, rng.choice([2, 3]), "/", rng.choice([2, 3]))
        d.tail.append(code)
        c.credits = (code,)
    elif kind == "Agência Brasil":
        c.byline, c.source = _writer(rng), "Agência Brasil"
        city = rng.choice(["Brasília", "Rio de Janeiro", "São Paulo"])
        d.head += [
            f"Published on {day:%d/%m/%Y} - {hh:02d}:{mm:02d}",
            f"By {c.byline} - Agência Brasil Reporter - {city}",
        ]
        translator, editor = rng.sample(WRITERS, 2)
        lines = [rng.choice([f"Translation: {translator}", f"Translated by {translator}"]), f"Edition: {editor}"]
        d.tail += lines
        c.credits = tuple(lines)
        d.tail_blank = rng.random() < 0.5
        d.head_joint = "\n"
    else:
        d.head.append(
            f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {_ordinal(day.day)} {day.year} - {hh:02d}:{mm:02d} UTC"
        )
        topics = rng.sample(["Argentina", "Falkland Islands", "Mercosur", "Uruguay", "Brazil", "fisheries"], 3)
        d.tail.append("Tags: " + ", ".join(topics) + ".")


def africa(rng: random.Random, d: Draft, c: Case) -> None:
    """APS, MAP, ENA, GNA and Xinhua's Africa copy."""
    day = _day(rng)
    kind = rng.choice(["APS", "MAP", "ENA", "GNA", "Xinhua"])
    if kind == "APS":
        c.place = rng.choice(["ALGIERS", "ORAN"])
        d.dateline = f"{c.place} -"
    elif kind == "MAP":
        c.place = rng.choice(["Rabat", "Casablanca", "Laayoune"])
        d.dateline = f"{c.place} -"
    elif kind == "ENA":
        c.place, c.date = "Addis Ababa", f"{MONTHS[day.month - 1]} {day.day}/{day.year}"
        c.agency = c.source = "ENA"
        d.dateline = f"Addis Ababa, {c.date} (ENA)"
    elif kind == "GNA":
        c.place, c.date = rng.choice(["Accra", "Kumasi", "Tamale"]), f"{MON_AP[day.month - 1]} {day.day}"
        c.agency = c.source = "GNA"
        d.dateline = f"{c.place}, {c.date}, GNA -"
        if rng.random() < 0.5:
            c.byline = _writer(rng)
            d.head.append(f"By {c.byline}")
        d.tail.append("ENDS")
    else:
        c.place = rng.choice(["NAIROBI", "ADDIS ABABA", "KIGALI", "LUSAKA"])
        c.date = f"{MON_AP[day.month - 1]} {day.day}"
        c.agency = c.source = "Xinhua"
        d.dateline = f"{c.place}, {c.date} (Xinhua) --"
        if rng.random() < 0.5:
            d.tail.append("Enditem")
        else:
            line = f"Editor: {_writer(rng)}"
            d.tail.append(line)
            c.credits = (line,)


# --- (b) the same copy on aggregators --------------------------------------------------------

# (provider line, dateline maker): the agencies MSN and NewsBreak carry, each with its own dateline
_PROVIDERS = ["Anadolu Agency", "ANI", "Jiji Press", "TASS", "KUNA"]


def _provider_dateline(rng: random.Random, provider: str, d: Draft, c: Case) -> None:
    day = _day(rng)
    if provider == "ANI":
        c.place, c.date, c.agency = "New Delhi", f"{MONTHS[day.month - 1]} {day.day}", "ANI"
        d.dateline = f"New Delhi [India], {c.date} (ANI):"
    elif provider == "Jiji Press":
        c.place, c.date, c.agency = "Tokyo", f"{MON_AP[day.month - 1]} {day.day}", "Jiji Press"
        d.dateline = f"Tokyo, {c.date} (Jiji Press)--"
    elif provider == "TASS":
        c.place, c.date, c.agency = "MOSCOW", f"{MONTHS[day.month - 1]} {day.day}", "TASS"
        d.dateline = f"MOSCOW, {c.date}. /TASS/."
    elif provider == "KUNA":
        c.place, c.date, c.agency = "KUWAIT", f"{MON3[day.month - 1]} {day.day}", "KUNA"
        d.dateline = f"KUWAIT, {c.date} (KUNA) --"
    # Anadolu's English copy carries no dateline


def msn(rng: random.Random, d: Draft, c: Case) -> None:
    """MSN's copy: the provider's name over "Story by NAME • 2h"."""
    provider = rng.choice(_PROVIDERS)
    _provider_dateline(rng, provider, d, c)
    c.source = provider
    c.byline = provider if rng.random() < 0.3 else _writer(rng)
    age = rng.choice(["2h", "5h", "37m", "1d", "3d"])
    d.head += [provider, f"Story by {c.byline} • {age}"]
    d.head_joint = "\n"
    if provider == "KUNA":
        d.tail.append("(end)")


def shares(rng: random.Random, d: Draft, c: Case) -> None:
    """NewsBreak, Ground News, Apple News and Google News copies."""
    provider = rng.choice(_PROVIDERS)
    _provider_dateline(rng, provider, d, c)
    kind = rng.choice(["newsbreak", "ground", "apple", "google"])
    # Fixed after the blind run (a template bug): the source only where the text names it (Anadolu's
    # copy has no dateline, so an Apple or Google share of it names no source).
    c.source = c.agency or (provider if kind in ("newsbreak", "ground") else None)
    token = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(22))
    if kind == "newsbreak":
        d.head.append(f"{provider} · {rng.randint(1, 11)}h")
    elif kind == "ground":
        d.tail.append(f"Read Full Article at {provider}")
    elif kind == "apple":
        d.tail += [f"https://apple.news/{token}", "Shared from Apple News"]
        d.tail_blank = rng.random() < 0.5
    else:
        d.tail.append(f"https://news.google.com/articles/CBMi{token}?hl=en-US&gl=US&ceid=US:en")


_DOMAINS = {"TASS": "tass.com", "KUNA": "kuna.net.kw", "ANI": "aninews.in", "Jiji Press": "jiji.com"}


def read_later_print(rng: random.Random, d: Draft, c: Case) -> None:
    """Pocket and Firefox reader-view exports, and a print view, of the agencies' pages."""
    provider = rng.choice(list(_DOMAINS))
    _provider_dateline(rng, provider, d, c)
    c.source = provider
    domain = _DOMAINS[provider]
    day, (hh, mm) = _day(rng), _clock(rng)
    address = f"https://{domain}/{rng.choice(['world', 'politics', 'economy'])}/{rng.randint(1000000, 2999999)}"
    kind = rng.choice(["pocket", "reader", "print"])
    if kind == "pocket":
        c.byline = _writer(rng)
        d.head += [domain, f"by {c.byline}", f"Saved from {address}"]
        d.head_joint = "\n"
    elif kind == "reader":
        c.byline = _writer(rng)
        d.head += [domain, c.byline]
        d.head_joint = "\n"
    else:
        d.tail += [f"Source URL: {address}", f"Printed on {day:%d/%m/%Y} {hh:02d}:{mm:02d}"]
        d.tail_blank = False


HELD_OUT_19: dict[str, Template] = {
    "gulf-agencies": gulf_agencies,
    "levant-iran-egypt": levant_iran_egypt,
    "russia-central-asia": russia_central_asia,
    "south-asia": south_asia,
    "southeast-east-asia": southeast_east_asia,
    "europe-agencies": europe_agencies,
    "latin-america": latin_america,
    "africa": africa,
    "msn": msn,
    "shares": shares,
    "read-later-print": read_later_print,
}


# --- negatives: look-alikes that are text ----------------------------------------------------


def neg_agency_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """Body sentences that quote or credit the agencies."""
    pool = [
        "KUNA reported on Thursday that the cabinet had approved the draft budget.",
        "The official news agency WAM said the talks would continue next month in Abu Dhabi.",
        "TASS quoted a Kremlin spokesman as saying the meeting had been constructive.",
        "Interfax, citing an unnamed source, said the contract had been signed on Wednesday.",
        "According to Antara, the eruption forced the closure of two airports on the island.",
        "The state news agency APP carried the full text of the prime minister's speech.",
        "Prensa Latina said the shipment of medical supplies arrived in the port of Mariel.",
    ]
    picked = rng.sample(pool, 3)
    d.body.insert(min(1, len(d.body)), picked[0])
    d.body.append(picked[1])
    d.body.append(rng.choice(["KUNA and QNA both carried the statement in full.", picked[2]]))


def neg_quoted_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """Datelines inside quotes, and ledes that open with a city and a date in prose."""
    ledes = [
        "Hanoi on Nov 5 hosted the first round of the talks, which lasted three hours.",
        "Jakarta in November is usually wet, and this year was no exception, residents said.",
        "Moscow, five days after the vote, remained calm as results were counted.",
        "Islamabad last Tuesday ordered a review of the fuel subsidy scheme.",
    ]
    d.lede = f"{rng.choice(ledes)} {d.lede}"
    quoted = [
        'The dispatch that opened "MOSCOW, November 5. /TASS/." was withdrawn an hour later.',
        'Readers were puzzled by a story that began "KUWAIT, Nov 5 (KUNA) --" and then stopped mid-sentence.',
        'The leaked memo was headed "ROME, Nov 5 (ANSA) -" but had never been sent, the agency said.',
    ]
    d.body.insert(min(1, len(d.body)), rng.choice(quoted))


def neg_credit_prose(rng: random.Random, d: Draft, c: Case) -> None:
    """Closing sentences that open like credit lines but are the story's text."""
    endings = [
        "Editing the report took the committee almost a year, its chairman said.",
        "Translated by the ministry into four languages, the guide will be handed out at airports.",
        "Reporting by local media suggested the final figure could be higher.",
        "Editor of the weekly for two decades, she said she had never seen such a turnout.",
        "Reporter shield laws were not part of the package, officials said.",
    ]
    d.body.append(rng.choice(endings))


def neg_caps_and_short_endings(rng: random.Random, d: Draft, c: Case) -> None:
    """All-caps words ending a quote, and short last paragraphs that look like sign-offs."""
    caps = [
        'Protesters outside the ministry held signs reading "ENOUGH".',
        'The crowd chanted "NO MORE WAR" until the police moved in.',
        'The banner above the stage read simply "THE END".',
        'Supporters waved flags and shouted "VIVA CUBA".',
    ]
    short = ["Talks resume on Monday.", "No one was hurt.", "That was the end of it.", "The vote is final."]
    d.body.append(rng.choice(caps))
    if rng.random() < 0.7:
        d.body.append(rng.choice(short))


NEGATIVES_19: dict[str, Template] = {
    "agency-prose": neg_agency_prose,
    "quoted-datelines": neg_quoted_datelines,
    "credit-prose": neg_credit_prose,
    "caps-short-endings": neg_caps_and_short_endings,
}
