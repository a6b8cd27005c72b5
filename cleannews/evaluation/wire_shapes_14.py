"""Round-fourteen templates for the wire harness: agency copy as it reaches readers, and look-alikes.

Written blind, before any round-fourteen rule and without reading the rules, from how aggregators,
local stations, Indian portals, regional and European agencies and Latin American services print
wire copy: Yahoo's and MSN's heads (the provider alone on a line over a time, "Story by NAME • 5h"),
US local stations running AP copy ("By NAME Associated Press" on one line, "By The Associated
Press", Nexstar's "Posted:"/"Updated:" lines, a station's call sign in the dateline, the stations'
copyright lines), Indian portals running PTI, IANS and ANI copy under their disclaimers, the agency
as the author line on Gulf and Asian sites (Kyodo's one-line head, WAM's editors' sign-off,
Anadolu's subscription note), European agencies in their own languages ("Praha 30. listopadu (ČTK)
-", "București, 30 nov /AGERPRES/ -", Lusa's "AYR // JMR" and "Lusa/Fim", "(APA, 30.11.2026)",
dpa-infocom's mark, ANSA's "RIPRODUZIONE RISERVATA"), Spanish-language services (AP en español,
Europa Press with the day alone, Prensa Latina, Andina, EFE's redistribution notice), headline tags
and update markers in other languages, Reuters' correction and update lines under the headline,
bylines with roles and other papers' names, contributors' lines and copyright tails. Every name and
sentence here is made up; only the shapes are the outlets'.

Same contract as :mod:`cleannews.evaluation.wire_shapes_13`. Contract choices made before the blind
run, for shapes no earlier round had: an agency's or paper's name alone on a head line (an
aggregator's provider line, a site's author line) is a head line and the ``source``; "By The
Associated Press" names no person, so it is a head line and a ``source`` with no ``byline`` (see the
reconciliation below);
Reuters' "(Corrects ...)", "(Adds ...)" and "(Refiles ...)" lines under the headline are head lines
(like Yonhap's ATTN line); an "Editor's note:" above the story and a correction note below it stay
in the text (as the negatives of round two hold for an editor's note); a portal's disclaimer about a
syndicated feed and an agency's subscription note are trailers with no field; a closing "autor:" line
names the byline; a line opening with "©" is the ``copyright`` even when it carries a feed id.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-14 and negatives-14 columns of the table as printed; 360 and 80 articles)::

    | field | held-out-14 P | held-out-14 R | negatives-14 P | negatives-14 R |
    | tags | 1.000 | 0.725 | – | – |
    | dateline place | 1.000 | 0.941 | – | – |
    | dateline agency | 0.949 | 0.941 | – | – |
    | dateline date | 1.000 | 0.886 | – | – |
    | byline | 0.843 | 0.761 | – | – |
    | source | 0.946 | 0.891 | – | – |
    | credits | 1.000 | 0.547 | – | – |
    | copyright | 1.000 | 0.943 | – | – |
    | trailers | 1.000 | 0.640 | – | – |
    | head lines | 1.000 | 0.805 | – | – |

Body sentences lost: held-out-14 0/2814, negatives-14 0/725. 167 held-out-14 articles missed
something, no negatives-14 article did. The misses, by cause (articles): an aggregator's provider
line over its time kept, and AP's source read from the dateline ("AP") instead of the provider line
(19: MSN's "The Associated Press" over "Story by NAME • 5h" 12, Yahoo's "Reuters" 4, "Associated
Press" over "Updated ..." 3; AFP's passed); "By The Associated Press" taken as a byline (4); Indian
portals' syndication disclaimers kept, with the PTI slug, "--IANS" or glued "(ANI)" above them
(23: ThePrint 10, Outlook 8, mid-day 5; Business Standard's passed); Kyodo's one-line head "KYODO
NEWS - Nov 8, 2026 - 13:26 | World, All" read as the dateline, agency "KYODO NEWS", the head line
kept and the lede's "WASHINGTON -" lost (13, 5 of them with a place); WAM's "WAM/Name/Name" sign-off
kept (8); Anadolu's subscription note kept (9); European agencies in their own languages (25:
ČTK's "Brno 6. listopadu (ČTK) -" 7, Hina's and Tanjug's "ZAGREB, 4. studenoga (Hina) -" 5, ANSA's
"RIPRODUZIONE RISERVATA © Copyright ANSA" 5, Lusa's "AYR // JMR" and "Lusa/Fim" 4, PAP's "(PAP)",
"autor:" and slug 2, APA's "(APA, 22.11.2026)" 2; dpa-infocom, ANP and AGERPRES passed); AP en
español's "___" and "... contribuyó a este despacho." kept (11); Europa Press's "SEVILLA, 9 (EUROPA
PRESS)" (3; MADRID and BARCELONA passed); the tag "ROUNDUP 2:" (11; the other tags and Reuters'
"(Corrects ...)" lines passed); "By A, Role, and B, Role" (12), "Written by A | Edited by B" (9)
and USA Today's "Contributing: X, USA TODAY; The Associated Press" (15) missed; "— With AFP" taken
as a byline "With AFP" and not as a credit (9). No expected field was found wrong on review, so
the templates are as they were for the blind run.

After the blind run, one contract call was reconciled with the earlier rounds' (not with the rules'
output): "By The Associated Press" now expects ``byline`` "The Associated Press" as well as the
``source``, as "By Reuters Staff" does in round seven.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import clock, joined_names, look_alikes

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

# Names no earlier round uses.
PEOPLE_14 = [
    "Marisol Quintero",
    "Callum Fraser",
    "Anneliese Vogt",
    "Deepak Menon",
    "Yusuf Demir",
    "Harriet Lowe",
    "Tomás Aguirre",
    "Ewa Zielińska",
    "Kenji Morita",
    "Fatima Al-Sayed",
    "Grant Whitaker",
    "Nadia Petrova",
]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
US_PLACES = ["TOLEDO, Ohio", "BOISE, Idaho", "MOBILE, Ala.", "DES MOINES, Iowa", "TULSA, Okla.", "ALBANY, N.Y."]


def _ordinal(day: int) -> str:
    """ "1st", "22nd", "13th", as WAM writes its dates."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _slug(person: str) -> str:
    """Desk initials as agencies print them: "mq", "cf"."""
    return "".join(word[0] for word in person.split()).lower()


# --- aggregators' heads -------------------------------------------------------------------------------


def h14_aggregator(rng: random.Random, d: Draft, c: Case) -> None:
    """Yahoo's and MSN's heads over agency copy: the provider alone on a line over a time ("Reuters" /
    "Mon, November 30, 2026 at 4:12 AM GMT+9"), "AFP" over an "Updated" time, MSN's provider over
    "Story by NAME • 5h"."""
    people = rng.sample(PEOPLE_14, 3)
    day = rng.randint(1, 28)
    weekday = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
    form = rng.random()
    if form < 0.3:
        d.head += ["Reuters", f"{weekday}, November {day}, 2026 at {clock(rng)} GMT+{rng.randint(1, 9)}"]
        c.place, c.date = rng.choice(["LONDON", "SINGAPORE", "MEXICO CITY", "WARSAW"]), f"Nov {day}"
        c.agency = c.source = "Reuters"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        credit = f"Reporting by {people[0]}; Editing by {people[1]}"
        d.tail.append(f"({credit})")
        c.credits = (credit,)
    elif form < 0.55:
        provider = rng.choice(["Associated Press", "The Associated Press"])
        d.head += [provider, f"Updated {weekday}, November {day}, 2026 at {clock(rng)}"]
        c.place, c.agency = rng.choice(US_PLACES), "AP"
        c.source = provider
        d.dateline = f"{c.place} (AP) —"
    elif form < 0.75:
        d.head += ["AFP", f"Updated {weekday}, November {day}, 2026 at {clock(rng)} GMT+1"]
        c.place, c.agency, c.source = rng.choice(["Paris", "Dakar", "Beirut", "Manila"]), "AFP", "AFP"
        d.dateline = f"{c.place} (AFP) -"
    else:
        name = people[0].upper()
        c.byline = name
        d.head += ["The Associated Press", f"Story by {name} • {rng.randint(2, 9)}h"]
        c.source = "The Associated Press"
        c.place, c.agency = rng.choice(US_PLACES), "AP"
        d.dateline = f"{c.place} (AP) —"
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.head_attached = d.head_joint == "\n" and rng.random() < 0.5


# --- US local stations and papers running AP copy -------------------------------------------------------

STATION_COPYRIGHTS = [
    "Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, "
    "rewritten, or redistributed.",
    "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without permission.",
    "Copyright 2026 Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, "
    "rewritten, or redistributed.",
    "© 2026 Cox Media Group",
]


def h14_us_local_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """A local station or paper running AP copy: "By NAME Associated Press" on one line, the name over
    "The Associated Press", "By The Associated Press" over a "Published:" line, Nexstar's agency line over
    "Posted:" and "Updated:"; or the station's own story with its call sign in the dateline, "By:" and
    AP's help credited at the end."""
    people = rng.sample(PEOPLE_14, 2)
    day = rng.randint(1, 28)
    c.place = rng.choice(US_PLACES)
    c.agency = c.source = "AP"
    form = rng.random()
    if form < 0.2:
        c.byline = people[0].upper()
        d.head.append(f"By {c.byline} Associated Press")
        c.source = "Associated Press"
    elif form < 0.4:
        c.byline = people[0].upper()
        d.head += [f"By {c.byline}", "The Associated Press"]
        c.source = "The Associated Press"
    elif form < 0.55:
        d.head += ["By The Associated Press", f"Published: Nov. {day}, 2026 at {clock(rng)} EST"]
        # Reconciled after the blind run with the contract of earlier rounds ("By Reuters Staff"): a
        # byline that names an agency fills the byline as well as the source.
        c.byline = c.source = "The Associated Press"
    elif form < 0.75:
        stamp = f"Nov {day}, 2026 / {rng.randint(1, 11):02d}:{rng.randint(10, 59)} PM EST"
        d.head += ["Associated Press", f"Posted: {stamp}", f"Updated: {stamp}"]
        c.source = "Associated Press"
    else:
        station = rng.choice(["WXYZ", "KGTV", "WFTS", "KSHB"])
        c.byline = people[0]
        d.head.append(f"By: {people[0]}")
        c.agency = c.source = station
        d.dateline = f"{c.place} ({station}) —"
        credit = "The Associated Press contributed to this report."
        d.tail.append(credit)
        c.credits = (credit,)
        c.copyright = STATION_COPYRIGHTS[2]
        d.tail.append(c.copyright)
        return
    d.dateline = f"{c.place} (AP) —"
    if rng.random() < 0.6:
        c.copyright = rng.choice(STATION_COPYRIGHTS)
        d.tail.append(c.copyright)


# --- Indian portals running agency copy -------------------------------------------------------------------

MIDDAY_NOTE = (
    "This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no responsibility "
    "or liability for its dependability, trustworthiness, reliability and data of the text. Mid-day "
    "management/mid-day.com reserves the sole right to alter, delete or remove (without notice) the content in "
    "its absolute discretion for any reason whatsoever"
)


def h14_india_syndicated(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI, IANS and ANI copy on Indian portals: the agency's name over an IST time, and the portals'
    disclaimers about the syndicated feed (Business Standard's, ThePrint's, Outlook's, mid-day's)."""
    day = rng.randint(1, 28)
    form = rng.random()
    if form < 0.3:
        d.head += ["Press Trust of India", f"Last Updated : Nov {day} 2026 | {clock(rng)} IST"]
        c.place, c.date, c.agency = rng.choice(["New Delhi", "Mumbai", "Kolkata"]), f"Nov {day}", "PTI"
        c.source = "Press Trust of India"
        d.dateline = f"{c.place}, {c.date} (PTI)"
        d.tail.append(
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; "
            "the rest of the content is auto-generated from a syndicated feed.)"
        )
    elif form < 0.5:
        c.place, c.date, c.agency = rng.choice(["Chandigarh", "Bengaluru", "Patna"]), f"Nov {day}", "PTI"
        c.source = "PTI"
        d.dateline = f"{c.place}, {c.date} (PTI)"
        if rng.random() < 0.5:
            slug = rng.choice(["PTI SKC RT", "PTI ABS NSD", "PTI VN DV"])
            d.tail.append(slug)
            c.credits = (slug,)
        d.tail.append(
            "This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility "
            "for its content."
        )
    elif form < 0.75:
        d.head += ["IANS", f"Updated: Nov {day}, 2026, {rng.randint(10, 23)}:{rng.randint(10, 59)} IST"]
        c.place, c.date, c.agency = rng.choice(["Chennai", "Lucknow", "Guwahati"]), f"Nov {day}", "IANS"
        c.source = "IANS"
        d.dateline = f"{c.place}, {c.date} (IANS)"
        if rng.random() < 0.5:
            d.tail.append("--IANS")
        d.tail.append(
            "(Disclaimer: This story is auto-generated from a syndicated feed. Outlook staff may not have modified "
            "or edited the content body.)"
        )
    else:
        c.place, c.date, c.agency = rng.choice(["New Delhi", "Pune", "Jaipur"]), f"November {day}", "ANI"
        c.source = "ANI"
        d.dateline = f"{c.place} [India], {c.date} (ANI):"
        if rng.random() < 0.5:
            d.body[-1] += " (ANI)"
            c.trailers += ("(ANI)",)
        d.tail.append(MIDDAY_NOTE)


# --- Asian and Gulf agencies in English ---------------------------------------------------------------------

ANADOLU_NOTE = (
    "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News "
    "Broadcast System (HAS), and in summarized form. Please contact us for subscription options."
)


def h14_asia_gulf(rng: random.Random, d: Draft, c: Case) -> None:
    """Kyodo's one-line head ("KYODO NEWS - Nov 30, 2026 - 14:05 | World, All"), the agency as the author
    line on a Gulf site ("WAM" over "Published:"), WAM's editors' sign-off, Anadolu's subscription note."""
    people = rng.sample(PEOPLE_14, 2)
    day = rng.randint(1, 28)
    form = rng.random()
    if form < 0.3:
        d.head.append(f"KYODO NEWS - Nov {day}, 2026 - {rng.randint(10, 23)}:{rng.randint(10, 59)} | World, All")
        c.source = "KYODO NEWS"
        if rng.random() < 0.6:
            c.place = rng.choice(["BANGKOK", "WASHINGTON", "SEOUL", "BEIJING"])
            d.dateline = f"{c.place} -"
    elif form < 0.55:
        d.head += ["WAM", f"Published: November {day}, 2026 {rng.randint(10, 23)}:{rng.randint(10, 59)}"]
        c.source = "WAM"
        c.place = rng.choice(["ABU DHABI", "DUBAI", "SHARJAH"])
        c.date, c.agency = f"{_ordinal(day)} November, 2026", "WAM"
        d.dateline = f"{c.place}, {c.date} (WAM) --"
    elif form < 0.75:
        c.place, c.agency, c.source = rng.choice(["ABU DHABI", "AL AIN"]), "WAM", "WAM"
        c.date = f"{_ordinal(day)} November, 2026"
        d.dateline = f"{c.place}, {c.date} (WAM) --"
        line = f"WAM/{people[0]}/{people[1]}"
        d.tail.append(line)
        c.credits = (line,)
    else:
        c.place, c.agency, c.source = rng.choice(["ANKARA", "ISTANBUL", "IZMIR"]), "AA", "AA"
        d.dateline = f"{c.place} (AA) –"
        d.tail.append(ANADOLU_NOTE)
    d.head_joint = rng.choice(["\n", "\n\n"])


# --- European agencies in their own languages -----------------------------------------------------------------


def h14_europe_native(rng: random.Random, d: Draft, c: Case) -> None:
    """European agencies in their own languages, with their own closing lines."""
    person = rng.choice(PEOPLE_14)
    day = rng.randint(1, 28)
    form = rng.randrange(9)
    if form == 0:
        c.place, c.agency = rng.choice(["Berlin", "Köln", "Düsseldorf"]), "dpa"
        d.dateline = f"{c.place} (dpa) -"
        if rng.random() < 0.6:
            c.copyright = f"© dpa-infocom, dpa:2611{day:02d}-930-{rng.randint(100000, 999999)}/2"
            d.tail.append(c.copyright)
    elif form == 1:
        c.agency = "APA"
        if rng.random() < 0.5:
            c.place = rng.choice(["Wien", "Graz", "Linz"])
            d.dateline = f"{c.place} (APA) -"
        d.tail.append(rng.choice([f"(APA, {day:02d}.11.2026)", f"(red, APA, {day:02d}.11.2026)"]))
        if c.place is None:
            c.agency = None
            c.source = "APA"
    elif form == 2:
        c.place, c.agency = rng.choice(["DEN HAAG", "AMSTERDAM", "ROTTERDAM"]), "ANP"
        d.dateline = f"{c.place} (ANP) -"
    elif form == 3:
        c.place, c.agency = rng.choice(["Praha", "Brno", "Ostrava"]), "ČTK"
        c.date = f"{day}. listopadu"
        d.dateline = f"{c.place} {c.date} ({c.agency}) -"
    elif form == 4:
        c.place, c.agency = rng.choice(["ZAGREB", "SPLIT", "BEOGRAD", "NOVI SAD"]), "Hina"
        c.date = f"{day}. studenoga"
        if c.place in ("BEOGRAD", "NOVI SAD"):
            c.agency, c.date = "Tanjug", f"{day}. novembra"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
    elif form == 5:
        c.place, c.agency = rng.choice(["București", "Cluj-Napoca", "Iași"]), "AGERPRES"
        c.date = f"{day} nov"
        d.dateline = f"{c.place}, {c.date} /{c.agency}/ -"
    elif form == 6:
        c.place, c.agency = rng.choice(["Warszawa", "Kraków", "Gdańsk"]), "PAP"
        d.dateline = f"{c.place} ({c.agency}) -"
        d.tail.append("(PAP)")
        c.source = "PAP"
        if rng.random() < 0.5:
            c.byline = person
            d.tail.append(f"autor: {person}")
        slug = f"{_slug(person)}/ {rng.choice(['mhr', 'par', 'mms'])}/"
        d.tail.append(slug)
        c.credits = (slug,)
    elif form == 7:
        c.place, c.agency = rng.choice(["Lisboa", "Porto", "Coimbra"]), "Lusa"
        c.date = f"{day} nov 2026"
        d.dateline = f"{c.place}, {c.date} ({c.agency}) -"
        slug = f"{rng.choice(['AYR', 'SMM', 'JGO'])} // {rng.choice(['JMR', 'EL', 'ZO'])}"
        d.tail += [slug, "Lusa/Fim"]
        c.credits = (slug,)
    else:
        c.place, c.agency = rng.choice(["MILANO", "NAPOLI", "TORINO"]), "ANSA"
        c.date = f"{day:02d} NOV"
        d.dateline = f"(ANSA) - {c.place}, {c.date} -"
        c.copyright = "RIPRODUZIONE RISERVATA © Copyright ANSA"
        d.tail.append(c.copyright)
    if c.agency and c.source is None:
        c.source = c.agency


# --- Spanish-language services ----------------------------------------------------------------------------------

EFE_NOTICE = (
    "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos "
    "de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A."
)


def h14_latam_spanish(rng: random.Random, d: Draft, c: Case) -> None:
    """AP en español ("Por NAME", "contribuyó a este despacho"), Europa Press with the day alone, Prensa
    Latina and Andina in Spanish, Xinhua's and Sputnik's Spanish services, EFE's redistribution notice."""
    people = rng.sample(PEOPLE_14, 2)
    day = rng.randint(1, 28)
    form = rng.random()
    if form < 0.3:
        c.byline = people[0].upper()
        d.head.append(f"Por {c.byline}")
        c.place = rng.choice(["CIUDAD DE MÉXICO", "BOGOTÁ, Colombia", "SANTIAGO, Chile", "LIMA, Perú"])
        c.agency = c.source = "AP"
        d.dateline = f"{c.place} (AP) —"
        if rng.random() < 0.7:
            credit = f"El periodista de The Associated Press {people[1]} en Caracas contribuyó a este despacho."
            d.tail += ["___", credit]
            c.credits = (credit,)
    elif form < 0.45:
        c.place, c.date, c.agency = rng.choice(["MADRID", "BARCELONA", "SEVILLA"]), str(day), "EUROPA PRESS"
        d.dateline = f"{c.place}, {c.date} ({c.agency})"
    elif form < 0.6:
        c.place, c.date, c.agency = rng.choice(["La Habana", "Caracas", "Managua"]), f"{day} nov", "Prensa Latina"
        d.dateline = f"{c.place}, {c.date} ({c.agency})"
        if rng.random() < 0.5:
            slug = f"{_slug(people[0])}/{_slug(people[1])}"
            d.tail.append(slug)
            c.credits = (slug,)
    elif form < 0.7:
        c.place, c.date, c.agency = rng.choice(["Lima", "Cusco", "Piura"]), f"nov. {day}", "ANDINA"
        d.dateline = f"{c.place}, {c.date} ({c.agency})."
    elif form < 0.85:
        if rng.random() < 0.5:
            c.place, c.date, c.agency = "BEIJING", f"{day} nov", "Xinhua"
            d.dateline = f"{c.place}, {c.date} ({c.agency}) --"
        else:
            c.place, c.agency = "MOSCÚ", "Sputnik"
            d.dateline = f"{c.place} ({c.agency}) —"
    else:
        c.place, c.date, c.agency = rng.choice(["Bogotá", "Quito", "Asunción"]), f"{day} nov", "EFE"
        d.dateline = f"{c.place}, {c.date} ({c.agency}).-"
        c.copyright = EFE_NOTICE
        d.tail.append(c.copyright)
    if c.agency and c.source is None:
        c.source = c.agency


# --- headline tags and update markers ------------------------------------------------------------------------


def h14_tags_markers(rng: random.Random, d: Draft, c: Case) -> None:
    """Tags in other agencies' spellings and languages ("UPDATE 2 - ", "ROUNDUP 2:", "(AMPLIACIÓN)",
    "Xinhua Headlines:", "ÚLTIMA HORA:"), and Reuters' correction and update lines under the headline."""
    form = rng.randrange(9)
    if form < 3:
        tags, marker = [
            (("CORRECTED", "UPDATE 2"), "(Corrects spelling of minister's name in paragraph 4)"),
            (("UPDATE 1",), "(Adds comment from central bank in paragraphs 5-7)"),
            (("REFILE",), "(Refiles to fix typo in headline)"),
        ][form]
        c.tags = tags
        d.title = "".join(f"{t}-" for t in tags) + d.title
        d.head.append(marker)
        c.place, c.date = rng.choice(["OSLO", "NAIROBI", "SANTIAGO", "JAKARTA"]), f"Nov {rng.randint(1, 28)}"
        c.agency = c.source = "Reuters"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        return
    form_title, tags, dateline = [
        ("UPDATE 2 - {}", ("UPDATE 2",), ("ANKARA", "AA", "{p} (AA) –")),
        ("ROUNDUP 2: {}", ("ROUNDUP 2",), ("Berlin", "dpa", "{p} (dpa) -")),
        ("(AMPLIACIÓN) {}", ("AMPLIACIÓN",), ("Madrid", "EFE", "{p}, 30 nov (EFE).-")),
        ("Xinhua Headlines: {}", ("Xinhua Headlines",), ("BEIJING", "Xinhua", "{p}, Nov. 30 (Xinhua) --")),
        ("ÚLTIMA HORA: {}", ("ÚLTIMA HORA",), None),
        ("Live updates: {}", ("Live updates",), None),
    ][form - 3]
    c.tags = tags
    d.title = form_title.format(d.title)
    if dateline:
        c.place, c.agency, shape = dateline
        c.source = c.agency
        d.dateline = shape.format(p=c.place)
        if "30" in shape:
            c.date = "30 nov" if c.agency == "EFE" else "Nov. 30"
    if rng.random() < 0.3:
        d.dek.append(
            "Editor's note: This story contains descriptions of violence that some readers may find upsetting."
        )
    elif rng.random() < 0.3:
        d.body.append("This story has been corrected to show that the vote took place on Tuesday, not Monday.")


# --- bylines with roles and contributors -----------------------------------------------------------------------

COPYRIGHTS_14 = [
    "Copyright The Financial Times Limited 2026. All rights reserved.",
    "© 2026 The New York Times Company",
    "(c) 2026, The Washington Post",
    "Copyright © 2026 Kyodo News. All Rights Reserved.",
    "© Copyright 2026 South China Morning Post Publishers Ltd. All rights reserved.",
    "Copyright ©2026 Jiji Press Ltd. All rights reserved.",
]


def h14_bylines_roles(rng: random.Random, d: Draft, c: Case) -> None:
    """Bylines with a role after each name, another paper's name under the byline, "Written by ... |
    Edited by ...", and closing contributors' lines (USA Today's "Contributing:", "Staff writer X
    contributed to this report.") over a copyright."""
    people = rng.sample(PEOPLE_14, 4)
    form = rng.random()
    if form < 0.3:
        roles = rng.sample(["Chief Political Correspondent", "Health Editor", "Senior Reporter", "Economics Editor"], 2)
        c.byline = f"{people[0]} and {people[1]}"
        d.head.append(f"By {people[0]}, {roles[0]}, and {people[1]}, {roles[1]}")
    elif form < 0.55:
        paper = rng.choice(["The Washington Post", "Los Angeles Times", "The New York Times"])
        c.byline = joined_names(people[: rng.choice([1, 2])])
        d.head += [f"By {c.byline}", paper]
        c.source = paper
    elif form < 0.75:
        c.byline = people[0]
        d.head.append(f"Written by {people[0]} | Edited by {people[1]}")
    else:
        c.byline = people[0]
        d.head.append(f"By {people[0]}")
    c.place = rng.choice(["BRUSSELS", "PHOENIX", "CARDIFF, Wales", "HOBART, Australia"])
    d.dateline = f"{c.place} —"
    tail = rng.random()
    if tail < 0.35:
        line = f"Contributing: {people[2]}, USA TODAY; The Associated Press"
        d.tail.append(line)
        c.credits = (line,)
    elif tail < 0.65:
        line = f"Staff writer {people[2]} contributed to this report."
        d.tail.append(line)
        c.credits = (line,)
    elif tail < 0.8:
        line = f"{people[2]} and {people[3]} contributed reporting."
        d.tail.append(line)
        c.credits = (line,)
    if rng.random() < 0.5:
        c.copyright = rng.choice(COPYRIGHTS_14)
        d.tail.append(c.copyright)


# --- sign-offs and copyright tails ------------------------------------------------------------------------------


def h14_signoffs(rng: random.Random, d: Draft, c: Case) -> None:
    """A republisher's sign-off naming where the copy came from ("— With AFP", "(With inputs from
    Reuters)", "— Agencies") or a paper's own closing initials, over an "All rights reserved" line."""
    c.place = rng.choice(["KARACHI", "COLOMBO", "DOHA", "MUSCAT"])
    d.dateline = f"{c.place}:" if rng.random() < 0.5 else f"{c.place} —"
    form = rng.random()
    if form < 0.3:
        line = rng.choice(["(With inputs from Reuters)", "(With inputs from AFP and AP)"])
        d.tail.append(line)
        c.credits = (line.strip("()"),)
    elif form < 0.55:
        line = rng.choice(["— With AFP", "— With Reuters"])
        d.tail.append(line)
        c.credits = (line.lstrip("— "),)
    elif form < 0.75:
        d.tail.append("— Agencies")
        c.source = "Agencies"
    else:
        line = rng.choice(["AFP/APP", "Reuters/APP"])
        d.tail.append(line)
        c.source = line
    if rng.random() < 0.5:
        c.copyright = rng.choice(
            [
                "Copyright © 2026, Dawn. All rights reserved.",
                "© 2026 Gulf Times. All Rights Reserved.",
                "Copyright © 2026 The Peninsula. All rights reserved.",
            ]
        )
        d.tail.append(c.copyright)


HELD_OUT_14: dict[str, Template] = {
    "aggregator-14": h14_aggregator,
    "us-local-ap": h14_us_local_ap,
    "india-syndicated": h14_india_syndicated,
    "asia-gulf-14": h14_asia_gulf,
    "europe-native": h14_europe_native,
    "latam-spanish": h14_latam_spanish,
    "tags-markers-14": h14_tags_markers,
    "bylines-roles-14": h14_bylines_roles,
    "signoffs-14": h14_signoffs,
}

# --- round-fourteen negatives: nothing here is metadata -----------------------------------------------------------

NEGATIVE_LEDES_14 = [
    "Press Trust of India figures show that diesel sales fell 4% in November.",
    "Madrid, 30 years after its last bid, is hoping to host the Games again.",
    "Berlin (and much of eastern Germany) faced a second night of hard frost on Monday.",
    "Associated Press reporters counted 40 trucks at the border crossing on Sunday.",
    "Updated maps from the ministry show the flood zone has doubled since Friday.",
    "The Associated Press has learned that the plant will close in March.",
    "Reuters and AFP photographers were among those detained, the union said.",
    "Story by story, the old mill has been turned into flats since the spring.",
    "Posted on the town hall door at dawn, the notice gave residents a week to leave.",
    "Lisboa, Porto and Coimbra will share the festival next year, organisers said.",
]
NEGATIVE_ENDINGS_14 = [
    "The disclaimer, printed on every ticket, says the club accepts no responsibility for lost property.",
    "Contributing to the delay was a shortage of spare parts, the airline said.",
    "All rights to the footage were sold to a streaming service, the producers said.",
    "The Associated Press contributed footage to the documentary, which premieres in March.",
    "This material may not be suitable for younger viewers, the board warned.",
    "Corrections officers at the prison have been on strike since Friday.",
    "Press Trust of India and Reuters both reported the figures on Monday.",
    "By Associated Press count, at least 40 people have died in the heat wave.",
    "Correction: the council said an earlier agenda had misstated the date of the vote.",
    "Staff writers at the paper voted on Friday to accept the new contract.",
    "Story continues to develop, the mayor told reporters as she left the meeting.",
]
NEGATIVE_TITLES_14 = [
    "Update on bridge repairs due Friday",
    "Roundup of the week's best new films",
    "Urgent care clinics close across the county",
    "Story time returns to the library",
    "Associated Press photographer wins top award",
]


def negative_14(rng: random.Random, d: Draft, c: Case) -> None:
    """Look-alikes of the round-fourteen forms: an agency or a city as the subject of the lede, a city
    and a number before a comma, an "Updated"/"Posted"/"Story by" opening, contributors', disclaimer,
    correction and rights sentences closing the story, headlines opening with a tag's word."""
    look_alikes(rng, d, NEGATIVE_LEDES_14, NEGATIVE_ENDINGS_14, titles=NEGATIVE_TITLES_14)


# Standfirsts that open like a head's provider, time or byline line.
NEGATIVE_DEKS_14 = [
    "Reuters analysis of shipping data shows exports fell for a third month",
    "Updated guidance says schools should stay open during heat waves",
    "Posted to Kyiv in 2022, the diplomat says the war changed everything",
    "AFP photographers spent a week with the last shepherds of the valley",
    "Press freedom groups say the law will silence local reporters",
    "By-election campaign enters its final week with the race still tight",
    "Associated Press journalists retraced the route the migrants took",
]


def negative_14_head(rng: random.Random, d: Draft, c: Case) -> None:
    """A standfirst under the headline that opens like an agency's name, a time label or a byline,
    over a lede with no dateline: all of it stays."""
    d.dek.append(rng.choice(NEGATIVE_DEKS_14))
    if rng.random() < 0.4:
        d.lede = rng.choice(NEGATIVE_LEDES_14)


NEGATIVES_14: dict[str, Template] = {"negative-14": negative_14, "negative-14-head": negative_14_head}
