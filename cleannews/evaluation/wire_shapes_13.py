"""Round-thirteen templates for the wire harness: the heads and tails of whole news pages.

Written blind, before any round-thirteen rule, from how page dumps (html-text, a browser's "copy
all") lay out the metadata around an article: a head where every piece stands on a line of its
own, often glued to the headline with no blank line ("Source: Xinhua" / "Editor: huaxia" /
"2024-12-13 15:02:30"), a network's head with its "Source:" label below the byline and the time,
a standfirst between the headline and the byline, publication times written in French, Italian,
Spanish, Portuguese, German and Dutch, and the author's card that a page prints under the story
("MARIA LOPEZ" over "Lopez covers wildfires for The Associated Press."). Every name and sentence
here is made up; only the shapes are the pages'.

Same contract as :mod:`cleannews.evaluation.wire_shapes_11`. Contract choices made before the blind
run, for shapes no earlier round had: a "Source: X" line in the head (above the lede) is a head line
and its X the ``source``; an author's card closing the page (a name line over one sentence saying
what the writer covers) is a trailer, both lines out of the text, the sentence kept in ``credits``;
a standfirst stays in the text, the byline and time lines under it are head lines even with no
dateline below them.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

PEOPLE_13 = [
    "Lena Marchetti",
    "Joaquín Salas",
    "Hiroshi Tanabe",
    "Chloé Bernard",
    "Matthias Keller",
    "Inês Carvalho",
    "Pieter van Dam",
    "Ruth Okonkwo",
    "Gareth Price",
    "Teodora Ilić",
    "Brendan Walsh",
    "Amara Diallo",
]
CHINESE_13 = ["Zhou Lan", "Sun Hao", "Gao Ming", "Lu Xiaoyan", "Qian Bo"]
EDITORS_13 = ["huaxia", "huaxia", "Zhang Rui", "Wang Qi", "Liu Jie"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
# A page's menu and share buttons around the article, for the variants that keep them.
MENU_13 = ["Home", "World", "Business", "Sport", "Culture", "Search"]


def _joined(people: list[str]) -> str:
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def _surname(person: str) -> str:
    """How a sentence names the person: "Lopez", "Van Dam" (with the particle, capitalised).

    Corrected after the blind run, which wrote "Dam writes about ..." for "Pieter van Dam".
    """
    words = person.split()
    if len(words) > 2 and words[-2][0].islower():
        return f"{words[-2].capitalize()} {words[-1]}"
    return words[-1]


def _with_menu(rng: random.Random, d: Draft) -> None:
    """The page's menu above the headline, as a page dump keeps it (chrome's to take)."""
    d.title = "\n".join(rng.sample(MENU_13, 4)) + "\n\n" + d.title


# --- Chinese agencies' and papers' pages -----------------------------------------------------------


def h13_xinhua_page(rng: random.Random, d: Draft, c: Case) -> None:
    """Xinhua's page head with every label on its own line (glued to the headline or not), the time
    first or last, China Daily's and the Global Times' heads, CGTN's date with the month in letters."""
    day, hour = rng.randint(10, 28), f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    stamp = f"2024-12-{day} {hour}"
    editor = f"Editor: {rng.choice(EDITORS_13)}"
    form = rng.random()
    c.place = rng.choice(["BEIJING", "URUMQI", "HONG KONG", "CHANGSHA"])
    c.date, c.agency = f"Dec. {day}", "Xinhua"
    d.dateline = f"{c.place}, {c.date} (Xinhua) --"
    c.source = "Xinhua"
    if form < 0.35:
        d.head += ["Source: Xinhua", editor, stamp]
    elif form < 0.5:
        d.head += [stamp, "Source: Xinhua", editor]
    elif form < 0.6:
        d.head += ["Source: Xinhua", stamp]
    elif form < 0.75:
        c.byline = rng.choice(CHINESE_13)
        d.head.append(f"By {c.byline} | chinadaily.com.cn | Updated: 2024-12-{day} {hour[:5]}")
    elif form < 0.87:
        c.byline = rng.choice(CHINESE_13)
        d.head += [f"By {c.byline}", f"Published: Dec {day}, 2024 {rng.randint(1, 11)}:{rng.randint(10, 59)} PM"]
    else:
        d.head.append(f"Updated {hour[:5]}, {day}-Dec-2024")
    d.head_joint = "\n" if rng.random() < 0.7 else "\n\n"
    d.head_attached = d.head_joint == "\n" and rng.random() < 0.8
    if rng.random() < 0.3:
        _with_menu(rng, d)
    if rng.random() < 0.5:
        d.tail.append("Enditem")
        c.trailers += ("Enditem",)


# --- networks' heads --------------------------------------------------------------------------------


def h13_network_head(rng: random.Random, d: Draft, c: Case) -> None:
    """CNN's head as a page prints it: the byline with the network, one or two time lines, a reading
    time, then "Source: CNN" over the dateline; its colleagues' credit under the story."""
    people = rng.sample(PEOPLE_13, 3)
    c.byline = _joined(people[: rng.choice([1, 2, 3])])
    day = rng.randint(1, 28)
    weekday = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
    clock = f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}"
    zone = rng.choice(["EST", "EDT", "ET"])
    network = rng.choice(["CNN", "CNN", "CNN", "CNN Business"])
    d.head.append(f"By {c.byline}, CNN")
    form = rng.random()
    if form < 0.4:
        d.head.append(f"Updated {clock} {zone}, {weekday} November {day}, 2023")
    elif form < 0.7:
        when = f"{clock} {zone}, {weekday} November {day}, 2023"
        d.head += [f"Published {when}", f"Updated {when}"]
    else:
        d.head += ["Updated", f"{clock} {zone}, {weekday} November {day}, 2023"]  # the label over its time
    d.head.append(f"Source: {network}")
    c.source = network
    c.agency = "CNN"
    if rng.random() < 0.7:
        c.place = rng.choice(["Hong Kong", "Washington", "London", "Jerusalem", "Seoul"])
        d.dateline = f"{c.place} (CNN) —"
    else:
        d.dateline = "(CNN) —"
    d.head_joint = rng.choice(["\n", "\n\n"])
    d.head_attached = d.head_joint == "\n" and rng.random() < 0.7
    if rng.random() < 0.5:
        helpers = rng.sample([p for p in PEOPLE_13 if p not in people], rng.choice([1, 2]))
        line = rng.choice(
            [
                f"CNN’s {_joined(helpers)} contributed reporting.",
                f"CNN's {_joined(helpers)} contributed to this report.",
            ]
        )
        d.tail.append(line)
        c.credits = (line,)
    if rng.random() < 0.3:
        _with_menu(rng, d)


# --- the author's card under an agency story --------------------------------------------------------


_BEATS = [
    "covers wildfires and climate for The Associated Press",
    "covers immigration and the U.S.-Mexico border for The Associated Press",
    "is a reporter for The Associated Press based in Sacramento",
    "is an Associated Press video journalist based in Nairobi",
    "writes about energy and the environment for The Associated Press",
    "is the AP's chief correspondent in Rome",
    "reports on courts and criminal justice for The Associated Press",
]


def _bio(person: str, rng: random.Random, full: bool) -> str:
    who = person if full else _surname(person)
    return f"{who} {rng.choice(_BEATS)}."


def h13_author_card(rng: random.Random, d: Draft, c: Case) -> None:
    """AP's closing lines over the author's card: "___", the contributors' credit, then the writer's
    name (in capitals, or as the byline spells it) over one sentence on what the writer covers."""
    people = rng.sample(PEOPLE_13, 3)
    writers = people[: rng.choice([1, 1, 2])]
    c.place = rng.choice(["SACRAMENTO, Calif.", "PHOENIX", "NAIROBI, Kenya", "ROME"])
    c.agency = c.source = "AP"
    d.dateline = f"{c.place} (AP) —"
    capitals = rng.random() < 0.6
    if rng.random() < 0.75:
        c.byline = _joined([w.upper() for w in writers]) if capitals else _joined(writers)
        d.head.append(f"By {c.byline}")
    if rng.random() < 0.8:
        where = rng.choice(["Los Angeles", "Denver", "Rome"])
        credit = f"Associated Press writer {people[2]} in {where} contributed to this report."
        d.tail += ["___", credit]
        c.credits += (credit,)
    elif rng.random() < 0.5:
        credit = f"Associated Press writer {people[2]} contributed."
        d.tail.append(credit)
        c.credits += (credit,)
    glued = rng.random() < 0.8
    for writer in writers:
        name = writer.upper() if capitals else writer
        sentence = _bio(writer, rng, full=not capitals and rng.random() < 0.5)
        d.tail.append(f"{name}\n{sentence}" if glued else name)
        if not glued:
            d.tail.append(sentence)
        c.credits += (sentence,)
    if rng.random() < 0.3:
        c.copyright = "Copyright 2024 The Associated Press. All Rights Reserved."
        d.tail.append(c.copyright)


# --- a standfirst between the headline and the byline -----------------------------------------------


STANDFIRSTS_13 = [
    "Rescue teams race to reach villages cut off by landslides after 6.8-magnitude quake",
    "Ministers say the plan will cut waiting lists, but unions warn of staff shortages",
    "Exclusive: documents show the company knew of the defect two years before the recall",
    "The tournament’s organisers insist the stadium will be ready in time for the opening match",
    "Farmers in the south fear a third dry summer as reservoirs fall to record lows",
]


def h13_standfirst_head(rng: random.Random, d: Draft, c: Case) -> None:
    """The Guardian's, The Independent's and The Telegraph's heads: a standfirst under the headline,
    then the writer (with a place, a desk, or "By") and the time, and the body with no dateline."""
    people = rng.sample(PEOPLE_13, 2)
    d.dek.append(rng.choice(STANDFIRSTS_13))
    day, month = rng.randint(1, 28), rng.choice(["Dec", "Nov", "Oct"])
    form = rng.random()
    c.byline = people[0]
    if form < 0.3:
        where = rng.choice(["Rome", "Madrid", "Lagos", "Berlin"])
        d.head += [f"{people[0]} in {where}", f"Tue {day} {month} 2024 14.05 GMT"]
        if rng.random() < 0.3:
            d.head.append(f"Last modified on Tue {day} {month} 2024 16.20 GMT")
    elif form < 0.45:
        c.byline = f"{people[0]} and {people[1]}"
        d.head += [f"{c.byline} in {rng.choice(['Rome', 'Madrid'])}", f"Wed {day} {month} 2024 09.30 GMT"]
    elif form < 0.6:
        desk = rng.choice(["Rome correspondent", "Africa correspondent", "Economics editor"])
        d.head += [f"{people[0]} {desk}", f"Thu {day} {month} 2024 18.45 GMT"]
    elif form < 0.75:
        d.head += [f"By {people[0]}", f"Tuesday {day:02d} December 2024 14:05 GMT"]
    elif form < 0.9:
        d.head += [people[0], f"Tuesday {day:02d} December 2024 14:05 GMT"]
    else:
        d.head += [people[0], f"{day} December 2024 • 2:05pm"]
    d.head_joint = "\n\n" if rng.random() < 0.6 else "\n"
    if rng.random() < 0.25:
        _with_menu(rng, d)


# --- publication times in other languages -----------------------------------------------------------


def _fr(rng: random.Random, day: int) -> tuple[str, str]:
    byline = rng.choice(["Chloé Bernard", "Amara Diallo"])
    stamp = rng.choice(
        [
            f"Publié le {day} décembre 2024 à 14h05",
            f"Publié le {day:02d}/12/2024 à 14h05",
            f"Publié le {day:02d} décembre 2024 à 14h05, modifié le {day:02d} décembre 2024 à 16h20",
            f"Publié le : {day:02d}/12/2024 - 14:05",
            f"Mis à jour le {day} déc. 2024 à 16:20",
        ]
    )
    return f"Par {byline}", stamp


def _it(rng: random.Random, day: int) -> tuple[str, str]:
    stamp = rng.choice(
        [
            f"Pubblicato il {day} dicembre 2024 alle 14:05",
            f"{day} dicembre 2024, 14:05",
            f"Aggiornato il {day:02d}/12/2024 alle 16:20",
            f"{day:02d} Dicembre 2024 alle 14:05",
        ]
    )
    return "Di Lena Marchetti", stamp


def _es(rng: random.Random, day: int) -> tuple[str, str]:
    stamp = rng.choice(
        [
            f"Publicado el {day} de diciembre de 2024 a las 14:05",
            f"Actualizado {day:02d} dic 2024 - 16:20 CET",
            f"Martes, {day} de diciembre de 2024, 14:05",
            f"{day:02d}/12/2024 14:05 h",
        ]
    )
    return "Por Joaquín Salas", stamp


def _pt(rng: random.Random, day: int) -> tuple[str, str]:
    stamp = rng.choice(
        [
            f"Publicado em {day} de dezembro de 2024 às 14h05",
            f"{day:02d}/12/2024 14h05 Atualizado há 2 horas",
            f"Atualizado em {day:02d}/12/2024 - 16:20",
        ]
    )
    return "Por Inês Carvalho", stamp


def _de(rng: random.Random, day: int) -> tuple[str, str]:
    stamp = rng.choice(
        [
            f"{day:02d}.12.2024, 14.05 Uhr",
            f"Aktualisiert am {day}. Dezember 2024, 14:05 Uhr",
            f"Veröffentlicht am {day:02d}.12.2024 um 14:05 Uhr",
            f"Dienstag, {day:02d}.12.2024, 14:05 Uhr",
        ]
    )
    return "Von Matthias Keller", stamp


def _nl(rng: random.Random, day: int) -> tuple[str, str]:
    stamp = rng.choice(
        [
            f"Gepubliceerd op {day} december 2024 om 14:05",
            f"{day} dec 2024 om 14:05",
            f"Bijgewerkt: {day} december 2024, 16:20",
        ]
    )
    return "Door Pieter van Dam", stamp


def h13_times_elsewhere(rng: random.Random, d: Draft, c: Case) -> None:
    """A byline and a publication time in French, Italian, Spanish, Portuguese, German or Dutch,
    under the headline, over a dateline or straight over the body."""
    day = rng.randint(1, 28)
    lang, write = rng.choice(
        [("fr", _fr), ("fr", _fr), ("it", _it), ("es", _es), ("pt", _pt), ("de", _de), ("de", _de), ("nl", _nl)]
    )
    byline, stamp = write(rng, day)
    c.byline = byline.split(None, 1)[1]
    d.head += [byline, stamp] if rng.random() < 0.8 else [stamp]
    if len(d.head) == 1:
        c.byline = None
    agency = {"fr": ("Rome", "AFP"), "de": ("Berlin", "dpa"), "es": ("Madrid", "EFE")}.get(lang)
    if agency and rng.random() < 0.6:
        c.place, c.agency = agency
        c.source = c.agency
        d.dateline = f"{c.place} ({c.agency}) -"
    d.head_joint = "\n" if rng.random() < 0.6 else "\n\n"
    d.head_attached = d.head_joint == "\n" and rng.random() < 0.5
    if rng.random() < 0.3:
        _with_menu(rng, d)


HELD_OUT_13: dict[str, Template] = {
    "xinhua-page": h13_xinhua_page,
    "network-head": h13_network_head,
    "author-card": h13_author_card,
    "standfirst-head": h13_standfirst_head,
    "times-elsewhere": h13_times_elsewhere,
}

# --- round-thirteen negatives: nothing here is metadata ---------------------------------------------

# A name heading over a sentence about that person, closing a story that profiles people.
PROFILES_13 = [
    ("RAY ORTIZ", "Ortiz is a volunteer firefighter who lost his own home in the blaze."),
    ("ANA TORRES", "Torres is a nurse at the county hospital and a mother of three."),
    ("Dmitri Volkov", "Volkov is a former chess champion who now coaches children in Tbilisi."),
    ("HELEN MARSH", "Marsh covers the cost of the shelter from her own savings, she said."),
]
# Headings over a last sentence, as explainers close.
HEADINGS_13 = [
    ("WHAT COMES NEXT", "The council will vote on the plan in March, officials said."),
    ("THE BOTTOM LINE", "Prices are likely to keep rising into next year, analysts said."),
]
NEGATIVE_ENDINGS_13 = [
    "Source: a survey of 1,200 households carried out by the central bank in March.",
    "Walsh is a former firefighter who now trains volunteers, the department said.",
    "Editor's picks for the festival were announced on Friday, the organisers said.",
]
NEGATIVE_LEDES_13 = [
    "Published on 3 December 2024, the report found that rents had doubled in a decade.",
    "Updated guidance from the ministry, issued at 14:05 on Tuesday, asks schools to stay open.",
    "Source: CNN was the first to report the resignation, according to the network.",
]


def negative_13(rng: random.Random, d: Draft, c: Case) -> None:
    """Look-alikes of the round-thirteen shapes: a profile's name heading over a sentence about the
    person (not the writer), a byline's surname in the last sentence with no card above it, a
    timeline whose first date heading sits under a short introduction, sentences that open like a
    "Source:" or a timestamp line."""
    form = rng.random()
    if form < 0.3:
        name, sentence = rng.choice(PROFILES_13)
        d.body.append(f"{name}\n{sentence}")
    elif form < 0.45:
        heading, sentence = rng.choice(HEADINGS_13)
        d.body.append(f"{heading}\n{sentence}")
    elif form < 0.6:
        c.byline = "Brendan Walsh"
        d.head.append(f"By {c.byline}")
        d.body.append(NEGATIVE_ENDINGS_13[1])
    elif form < 0.75:
        # A timeline: a short introduction, then date headings over what happened.
        d.body = ["3 March 2024", d.lede, *d.body]
        d.lede = "How the crisis unfolded"
    elif form < 0.88:
        d.lede = rng.choice(NEGATIVE_LEDES_13)
    else:
        d.body.append(rng.choice([NEGATIVE_ENDINGS_13[0], NEGATIVE_ENDINGS_13[2]]))


NEGATIVES_13: dict[str, Template] = {"negative-13": negative_13}
