"""Round-two templates for the wire harness: real-world shapes held out, and look-alike negatives.

Written from how wire copy looks where it is republished (agency sites, portals, local papers,
press-release wires), before the round-two rules, and not tuned to them afterwards: when one
fails, the rule is fixed in general and a new template is added, never the failing string.
Every template fills a :class:`~cleannews.evaluation.wire.Draft` (the article) and a
:class:`~cleannews.evaluation.wire.Case` (what a perfect detector reports); ``Draft.head`` lines
are expected out of the text (bylines, timestamps), ``Draft.dek`` paragraphs are expected to stay.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from cleannews.evaluation.wire import Case, Draft

    Template = Callable[[random.Random, Draft, Case], None]

# Names none of the pattern files or dev templates use.
PEOPLE = [
    "Amara Okafor",
    "Lars Eriksson",
    "Siobhan McCarthy",
    "Rafael Ortiz",
    "Mei Lin Tan",
    "Tomasz Nowak",
    "Aisha Bello",
    "D'Arcy Fitzgerald",
    "Hiroshi Tanaka",
    "Pierre-Antoine Dubois",
    "JoAnne McGregor",
    "Kwame Mensah",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
# All twelve, as the later rounds' templates spell a date in full.
MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
# Places no dev template uses; regions the place lists may not know.
CAPS_PLACES = [
    "NAIROBI, Kenya",
    "FORT WAYNE, Ind.",
    "BATON ROUGE, La.",
    "TEGUCIGALPA, Honduras",
    "ST. PAUL, Minn.",
    "PORT MORESBY, Papua New Guinea",
    "WASHINGTON, D.C.",
    "KYIV, Ukraine",
    "GREENVILLE, S.C.",
    "BAMAKO, Mali",
]
MIXED_PLACES = ["Fort Wayne", "Spokane", "Bakersfield, Calif.", "Kalamazoo", "Duluth, Minn.", "Tuscaloosa"]
COLON_PLACES = ["ISLAMABAD", "PESHAWAR", "GUWAHATI", "THIRUVANANTHAPURAM", "SHARJAH", "DUBAI", "LAHORE", "MUMBAI"]


def _pick_people(rng: random.Random, k: int) -> list[str]:
    return rng.sample(PEOPLE, k)


def _day(rng: random.Random, months: list[str]) -> str:
    return f"{rng.choice(months)} {rng.randint(1, 28)}"


def clock(rng: random.Random) -> str:
    """A time of day as a US page prints it: "4:12 PM"."""
    return f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}"


def joined_names(people: list[str]) -> str:
    """ "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Poe"."""
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def h2_ap_web(rng: random.Random, d: Draft, c: Case) -> None:
    """An apnews.com page: capitals byline, an "Updated" line, "___" blocks of credits and promos."""
    people = _pick_people(rng, 3)
    if rng.random() < 0.3:
        c.tags = ("EXPLAINER",)
        d.title = f"EXPLAINER: {d.title}"
    byline = people[0].upper() if rng.random() < 0.5 else f"{people[0].upper()} and {people[1].upper()}"
    c.byline = byline
    d.head.append(f"By {byline}")
    if rng.random() < 0.7:
        d.head.append(f"Updated {clock(rng)} EDT, {_day(rng, MONTHS)}, 2024")
    c.place = rng.choice(CAPS_PLACES)
    c.agency = c.source = "AP"
    d.dateline = f"{c.place} (AP) —"
    if rng.random() < 0.8:
        city = rng.choice(["Miami", "Lagos", "Denver"])
        credit = f"Associated Press writer {people[2]} in {city} contributed to this report."
        d.tail += ["___", credit]
        c.credits = (credit,)
    if rng.random() < 0.5:
        d.tail += [
            "___",
            f"Follow AP’s coverage of {rng.choice(['climate', 'the economy', 'elections'])} at https://apnews.com/hub/topic",
        ]
    if rng.random() < 0.4:
        d.tail += [
            "___",
            "The Associated Press’ climate and environmental coverage receives financial support from multiple "
            "private foundations. AP is solely responsible for all content. Find AP’s standards for working with "
            "philanthropies, a list of supporters and funded coverage areas at AP.org.",
        ]


def h2_reuters_web(rng: random.Random, d: Draft, c: Case) -> None:
    """A reuters.com page: byline and timestamp lines, unbracketed credits, the standards link."""
    people = _pick_people(rng, 4)
    if rng.random() < 0.4:
        c.tags = (rng.choice(["Exclusive", "Analysis", "Insight"]),)
        d.title = f"{c.tags[0]}: {d.title}"
    c.byline = f"{people[0]} and {people[1]}" if rng.random() < 0.5 else people[0]
    d.head.append(f"By {c.byline}")
    d.head.append(f"{_day(rng, MONTHS)}, 2024 {clock(rng)} GMT+{rng.randint(0, 9)}")
    c.place, c.date = rng.choice(["LONDON", "SINGAPORE", "FRANKFURT", "JOHANNESBURG", "BENGALURU"]), _day(rng, MONTHS)
    c.agency = c.source = "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    credit = f"Reporting by {people[0]} in {c.place.title()}; Writing by {people[2]}; Editing by {people[3]}"
    d.tail.append(credit)
    c.credits = (credit,)
    if rng.random() < 0.6:
        d.tail.append("Our Standards: The Thomson Reuters Trust Principles., opens new tab")


def h2_canadian_press(rng: random.Random, d: Draft, c: Case) -> None:
    """The Canadian Press: "Name, The Canadian Press" bylines, "— With files from", the publication note."""
    people = _pick_people(rng, 2)
    c.byline = people[0]
    c.source = "The Canadian Press"
    d.head.append(f"{people[0]}, The Canadian Press" if rng.random() < 0.5 else f"By {people[0]}\nThe Canadian Press")
    c.place = rng.choice(["HALIFAX", "REGINA", "WINNIPEG", "FREDERICTON", "IQALUIT, Nunavut", "CHARLOTTETOWN"])
    d.dateline = f"{c.place} —"
    credits = []
    if rng.random() < 0.5:
        credits.append(f"— With files from {people[1]} in {rng.choice(['Toronto', 'Ottawa'])}")
    credits.append(f"This report by The Canadian Press was first published {_day(rng, AP_MONTHS)}, 2024.")
    d.tail += credits
    c.credits = tuple(line.lstrip("— ") for line in credits)


def h2_india(rng: random.Random, d: Draft, c: Case) -> None:
    """Indian agencies and papers: ANI's "[India]", PTI without a separator, "GUWAHATI:" with a colon."""
    style = rng.random()
    if style < 0.35:
        c.place, c.date, c.agency = "New Delhi", _day(rng, MONTHS), "ANI"
        c.source = "ANI"
        d.dateline = f"New Delhi [India], {c.date} (ANI):"
        d.tail.append("(ANI)")
    elif style < 0.65:
        c.place = rng.choice(["Kolkata", "Chennai", "Hyderabad", "Lucknow"])
        c.date, c.agency, c.source = _day(rng, ["Jan", "Feb", "Mar", "Apr", "Jun"]), "PTI", "PTI"
        d.dateline = f"{c.place}, {c.date} ({c.agency})"
        d.tail.append(
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a "
            "syndicated feed.)"
        )
    else:
        c.place = rng.choice(COLON_PLACES)
        d.dateline = f"{c.place}:"


def h2_tass(rng: random.Random, d: Draft, c: Case) -> None:
    """TASS and Armenpress: the agency after the date, set off by slashes or a comma."""
    if rng.random() < 0.5:
        c.place, c.date, c.agency = rng.choice(["MOSCOW", "ST. PETERSBURG", "MINSK"]), _day(rng, MONTHS), "TASS"
        d.dateline = f"{c.place}, {c.date}. /TASS/."
    else:
        c.place, c.agency = "YEREVAN", "ARMENPRESS"
        c.date = _day(rng, MONTHS).upper()
        d.dateline = f"YEREVAN, {c.date}, ARMENPRESS."
    c.source = c.agency


def h2_us_local(rng: random.Random, d: Draft, c: Case) -> None:
    """A US local paper: "By X | Staff Writer", "Published ... | Updated ...", a contact line at the end."""
    person = rng.choice(PEOPLE)
    c.byline = person
    form = rng.choice(["By {} | Staff Writer", "Story by {}", "Written by {}", "By {} | {}"])
    handle = person.split()[-1].lower().replace("'", "")
    d.head.append(form.format(person, f"{handle}@thecourier.com"))
    if rng.random() < 0.6:
        d.head.append(
            f"Published {rng.randint(5, 9)}:00 a.m. ET {_day(rng, AP_MONTHS)}, 2024 | "
            f"Updated {rng.randint(10, 11)}:15 a.m. ET {_day(rng, AP_MONTHS)}, 2024"
        )
    c.place = rng.choice(MIXED_PLACES)
    d.dateline = f"{c.place} {rng.choice(['—', '–'])}"
    contact = rng.choice(
        [
            f"Contact {person} at {handle}@thecourier.com or 555-01{rng.randint(10, 99)}. "
            f"Follow her on Twitter: @{handle}.",
            f"Contact the reporter at {handle}@thecourier.com.",
            f"{person} covers city hall for the Courier. Reach him at {handle}@thecourier.com.",
        ]
    )
    d.tail.append(contact)
    c.credits = (contact,)


def h2_cnn(rng: random.Random, d: Draft, c: Case) -> None:
    """A CNN page: "By X, CNN", an "Updated" line, "(CNN) —" and a contributed line."""
    people = _pick_people(rng, 2)
    c.byline = people[0]
    d.head.append(f"By {people[0]}, CNN")
    if rng.random() < 0.7:
        d.head.append(f"Updated {clock(rng)} EST, Sun {_day(rng, MONTHS)}, 2024")
    c.agency = c.source = "CNN"
    if rng.random() < 0.5:
        d.dateline = "(CNN) —"
    else:
        c.place = rng.choice(["Tel Aviv", "Atlanta", "Kyiv", "Nairobi"])
        d.dateline = f"{c.place} (CNN) —"
    if rng.random() < 0.6:
        credit = f"CNN’s {people[1]} contributed to this report."
        d.tail.append(credit)
        c.credits = (credit,)


def h2_press_release(rng: random.Random, d: Draft, c: Case) -> None:
    """PR Newswire and Business Wire releases: "SOURCE Company" and the "View original content" link."""
    company = rng.choice(["Acme Holdings", "Northwind Labs", "Contoso Energy"])
    c.place = rng.choice(["CHICAGO", "AUSTIN, Texas", "BOSTON"])
    if rng.random() < 0.5:
        c.date = f"{_day(rng, MONTHS)}, 2024"
        c.agency = "PRNewswire"
        d.dateline = f"{c.place}, {c.date} /PRNewswire/ --"
        d.tail += [
            f"View original content:https://www.prnewswire.com/news-releases/{company.split()[0].lower()}-301234567.html",
            f"SOURCE {company}",
        ]
        c.source = company
    else:
        c.agency = c.source = "BUSINESS WIRE"
        d.dateline = f"{c.place}--({c.agency})--"


def h2_afp_portal(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP on a portal: "By Jean DUPONT" bylines, "City (AFP) –", desk slugs and the copyright."""
    person = rng.choice(PEOPLE)
    first, last = person.rsplit(" ", 1)
    if rng.random() < 0.6:
        c.byline = f"{first} {last.upper()}"
        d.head.append(f"By {c.byline}")
    c.place = rng.choice(["Nairobi", "Bamako", "Port Moresby", "Tegucigalpa", "Ulaanbaatar"])
    c.agency = c.source = "AFP"
    d.dateline = f"{c.place} (AFP) –"
    slug = rng.choice(["burs-jm/rox", "bur-fz/dhc", "str-lth/mtp"])
    d.tail.append(slug)
    c.credits = (slug,)


def h2_brand_datelines(rng: random.Random, d: Draft, c: Case) -> None:
    """Agencies named by a web brand, with no brackets: "Trend.Az -", "News.Az -"."""
    c.agency = c.source = rng.choice(["Trend.Az", "News.Az", "Caspian.News", "AzVision.az"])
    d.dateline = f"{c.agency} -"


def h2_headline_tags(rng: random.Random, d: Draft, c: Case) -> None:
    """Headline tags in the spellings agencies' sites print."""
    form, tag = rng.choice(
        [
            ("(2ND LEAD) {}", "2ND LEAD"),
            ("(UPDATE) {}", "UPDATE"),
            ("BREAKING NEWS: {}", "BREAKING NEWS"),
            ("LIVE UPDATES: {}", "LIVE UPDATES"),
            ("WRAPUP 1-{}", "WRAPUP 1"),
            ("INSIGHT-{}", "INSIGHT"),
            ("AP EXPLAINS: {}", "AP EXPLAINS"),
            ("(News Analysis) {}", "News Analysis"),
            ("Analysis-{}", "Analysis"),
        ]
    )
    c.tags = (tag,)
    d.title = form.format(d.title)
    c.place = rng.choice(CAPS_PLACES)
    d.dateline = f"{c.place} —"


def h2_standfirst(rng: random.Random, d: Draft, c: Case) -> None:
    """A standfirst (and maybe a byline) between the headline and the dateline that opens the lede."""
    d.dek.append(
        rng.choice(
            [
                "The move follows months of pressure from shareholders and regulators",
                "Officials say the new rules will take effect before the summer.",
                "A report released on Monday paints a bleak picture of the sector",
            ]
        )
    )
    if rng.random() < 0.5:
        c.byline = rng.choice(PEOPLE)
        d.head.append(f"By {c.byline}")
    form = rng.random()
    if form < 0.4:
        c.place = rng.choice(["New York, NY", "San Diego, CA", "Austin, TX"])
        d.dateline = f"{c.place} –"
    elif form < 0.7:
        c.place, c.agency = rng.choice(["LAGOS", "OSLO", "HAVANA"]), "Reuters"
        c.source = "Reuters"
        d.dateline = f"{c.place} (Reuters) -"
    else:
        c.place = rng.choice(CAPS_PLACES)
        d.dateline = f"{c.place} —"


HELD_OUT_2: dict[str, Template] = {
    "ap-web": h2_ap_web,
    "reuters-web": h2_reuters_web,
    "canadian-press-2": h2_canadian_press,
    "india": h2_india,
    "tass-armenpress": h2_tass,
    "us-local": h2_us_local,
    "cnn-web": h2_cnn,
    "press-release-2": h2_press_release,
    "afp-portal": h2_afp_portal,
    "brand-datelines": h2_brand_datelines,
    "headline-tags-2": h2_headline_tags,
    "standfirst": h2_standfirst,
}

# --- negatives: an article whose first or last paragraph only looks like metadata -----------

NEGATIVE_LEDES = [
    "By the end of the week, more than 2,000 people had left the city.",
    "By comparison, last year's harvest was the smallest in a decade.",
    "Written by hand in 1843, the letters were found in an attic last spring.",
    "Story by story, the tower rose above the harbour through the summer.",
    "Updated figures released on Monday showed inflation easing to 3.1%.",
    "Published in 2019, the study followed 4,000 patients for a decade.",
    "Amara Okafor, the company's chief executive, said the merger would close in June.",
    "Chicago — a city that prides itself on its architecture — is losing its oldest theatre.",
    "Paris - long a magnet for painters - is pricing them out.",
    "Reuters reported on Tuesday that the talks had stalled.",
    "Boston: a city of neighbourhoods, and of fierce loyalties to them.",
    "LONDON calling: the broadcaster's overseas service turns 90 this year.",
    "Source: a leaked memo seen by several newspapers, which the ministry disputes.",
    "Editing by committee rarely produces a good novel, the author argues.",
    "Staff writers at the magazine voted to unionise on Thursday.",
]
NEGATIVE_ENDINGS = [
    "Source: officials familiar with the matter said the deal could close within weeks.",
    "Reuters could not independently verify the report.",
    "Additional reporting by local journalists has uncovered similar cases elsewhere.",
    "Compiled by volunteers, the list now runs to 4,000 names.",
    "Readers with information can email tips@citypolice.gov or call 555-0100.",
    "This report was first published by the inspector general in 2019 and updated last year.",
    "With files from the national archive, the researchers rebuilt the ship's final voyage.",
    "Follow the money, the investigators say, and the story tells itself.",
    "AFP and Reuters also carried the statement, which was later withdrawn.",
    "Copyright lawyers say the ruling will almost certainly be appealed.",
    "All rights reserved, reads the notice on the door of the shuttered theatre.",
    "Amara Okafor contributed to the fund, records show.",
    "The Associated Press contributed to the confusion by misreporting the date.",
    "By then, it was too late.",
    "Contact with the crew was lost shortly after midnight, the coast guard said.",
    "Writing by candlelight, she finished the manuscript in six weeks.",
    "Photo: a child holds a candle at the vigil, an image that went around the world.",
    "Editor's note: this story has been updated to correct the date of the vote.",
]
NEGATIVE_TITLES = [
    "(Un)healthy obsessions",
    '"(LEAD)" and other tags, explained',
    "Breaking Bad star returns to the stage",
    "Exclusive rights to the Games go to a streamer",
    "Analysis paralysis hits the boardroom",
    "US-UK trade talks stall again",
    "Live music returns to the park",
    "Talks collapse - again",
]


def look_alikes(
    rng: random.Random,
    d: Draft,
    ledes: Sequence[str],
    endings: Sequence[str],
    lede_share: float = 0.6,
    titles: Sequence[str] = (),
) -> None:
    """Put a round's look-alikes in a draft: maybe a title (three times in ten), maybe a lede, and
    a closing sentence, always when the lede is not one of them (the negatives of rounds seven on)."""
    if titles and rng.random() < 0.3:
        d.title = rng.choice(titles)
    if rng.random() < lede_share:
        d.lede = rng.choice(ledes)
    if rng.random() < 0.7 or d.lede not in ledes:
        d.body.append(rng.choice(endings))


def negative(rng: random.Random, d: Draft, c: Case) -> None:
    """A plain article with a look-alike title, lede or last paragraph: nothing is metadata.

    ``Editor's note:`` closing an article is not wire metadata either: it stays in the text."""
    if rng.random() < 0.3:
        d.title = rng.choice(NEGATIVE_TITLES)
    if rng.random() < 0.6:
        d.lede = rng.choice(NEGATIVE_LEDES)
    if rng.random() < 0.7 or d.lede not in NEGATIVE_LEDES:
        d.body.append(rng.choice(NEGATIVE_ENDINGS))


NEGATIVES: dict[str, Template] = {"negative": negative}


# --- round three: written after the round-two rules, never tuned against --------------------

ROUND3_PEOPLE = ["Nadia Haddad", "Bjorn Lindqvist", "Chidi Obi", "Ana Lucia Pereira", "Seo Ji-hoon", "Liam O'Brien"]


def h3_dw(rng: random.Random, d: Draft, c: Case) -> None:
    """Deutsche Welle: no dateline, editors' initials and the agencies in brackets at the end."""
    writer, editor = rng.choice(["ab", "rs", "dh", "kb"]), rng.choice(["rc", "wmr", "sms"])
    line = f"{writer}/{editor} ({rng.choice(['AFP, Reuters', 'dpa, AP', 'Reuters'])})"
    d.tail.append(line)
    c.credits = (line,)


def h3_al_jazeera(rng: random.Random, d: Draft, c: Case) -> None:
    """Al Jazeera: "Published On 3 Mar 2024", and "Source: Al Jazeera and news agencies" at the end."""
    d.head.append(f"Published On {rng.randint(1, 28)} {rng.choice(['Mar', 'Apr', 'May'])} 2024")
    source = rng.choice(["Al Jazeera and news agencies", "Al Jazeera", "News agencies"])
    d.tail.append(f"Source: {source}")
    c.source = source


def h3_korea_herald(rng: random.Random, d: Draft, c: Case) -> None:
    """Korea Herald: "By Name (e-mail)" above the story, or below it as its last line."""
    person = rng.choice(ROUND3_PEOPLE)
    handle = person.split()[0].lower()
    line = f"By {person} ({handle}@heraldcorp.com)"
    c.byline = person
    if rng.random() < 0.5:
        d.head.append(line)
    else:
        d.tail.append(line)


def h3_japan(rng: random.Random, d: Draft, c: Case) -> None:
    """A Japanese English paper: "TOKYO —" and a "KYODO" or "JIJI" sign-off in capitals."""
    c.place = rng.choice(["TOKYO", "OSAKA", "NAHA, Okinawa Pref."])
    d.dateline = f"{c.place} —"
    signoff = rng.choice(["KYODO", "JIJI", "Kyodo"])
    d.tail.append(signoff)
    c.source = signoff


def h3_asean(rng: random.Random, d: Draft, c: Case) -> None:
    """Bernama, PNA, WAM: "-- BERNAMA" sign-offs, ordinal days, "(PNA)" at the end."""
    form = rng.random()
    if form < 0.35:
        c.place, c.date, c.agency = "KUALA LUMPUR", _day(rng, MONTHS), "Bernama"
        d.dateline = f"KUALA LUMPUR, {c.date} (Bernama) --"
        d.tail.append("-- BERNAMA")
        c.source = "BERNAMA"
    elif form < 0.7:
        c.place = rng.choice(["MANILA", "DAVAO CITY", "CEBU CITY"])
        d.dateline = f"{c.place} –"
        d.tail.append("(PNA)")
        c.source = "PNA"
    else:
        day = rng.choice(["3rd", "21st", "12th"])
        c.place, c.date, c.agency = "ABU DHABI", f"{day} {rng.choice(MONTHS)} 2024", "WAM"
        d.dateline = f"ABU DHABI, {c.date} (WAM) --"
        c.source = "WAM"


def h3_pipe_bylines(rng: random.Random, d: Draft, c: Case) -> None:
    """Bylines without "By" set off by a bar, and a sign-off byline below the story."""
    people = rng.sample(ROUND3_PEOPLE, 2)
    if rng.random() < 0.5:
        c.byline = people[0]
        c.source = "Reuters"
        d.head.append(f"{people[0]} | Reuters")
    else:
        c.byline = f"{people[0]} and {people[1]}"
        c.source = "The Associated Press"
        d.head.append(f"{people[0]} and {people[1]} | The Associated Press")
    c.place = rng.choice(CAPS_PLACES)
    d.dateline = f"{c.place} —"


def h3_title_suffix(rng: random.Random, d: Draft, c: Case) -> None:
    """Portal headlines that credit the agency behind a bar or dash: "| AP News", "– Xinhua"."""
    suffix, source = rng.choice(
        [(" | AP News", "AP News"), (" - The Associated Press", "The Associated Press"), (" – Xinhua", "Xinhua")]
    )
    d.title += suffix
    c.source = source


def h3_scmp(rng: random.Random, d: Draft, c: Case) -> None:
    """An Asian daily running agency copy: "Additional reporting by Reuters", "Agence France-Presse"."""
    line = rng.choice(["Additional reporting by Reuters", "Additional reporting by AFP and Bloomberg"])
    d.tail.append(line)
    c.credits = (line,)
    if rng.random() < 0.5:
        d.tail.append("Agence France-Presse")
        c.source = "Agence France-Presse"


def h3_dash_signoff(rng: random.Random, d: Draft, c: Case) -> None:
    """A reporter's name signing off the story: "— Jane Doe", "-- Jane Doe, Staff Writer"."""
    person = rng.choice(ROUND3_PEOPLE)
    c.byline = person
    d.tail.append(rng.choice([f"— {person}", f"-- {person}, Staff Writer"]))


HELD_OUT_3: dict[str, Template] = {
    "dw": h3_dw,
    "al-jazeera": h3_al_jazeera,
    "korea-herald": h3_korea_herald,
    "japan-signoff": h3_japan,
    "asean": h3_asean,
    "pipe-bylines": h3_pipe_bylines,
    "title-suffix": h3_title_suffix,
    "agency-credits": h3_scmp,
    "dash-signoff": h3_dash_signoff,
}

NEGATIVE_LEDES_3 = [
    "WASHINGTON — not Moscow — is where the deal will be signed, officials said.",
    "Paris, Texas, is a town of 25,000 people about two hours from Dallas.",
    "Staff at the hospital worked through the night as the storm hit.",
    "March 3, 2024 will be remembered as the day the dam finally gave way.",
    "Jane Doe and John Roe | a love story, the film's poster reads.",
    "Written by Nadia Haddad and directed by Chidi Obi, the film opens on Friday.",
]
NEGATIVE_ENDINGS_3 = [
    "(c) The ruling applies to every contract signed after that date, the court said.",
    "Nadia Haddad, a spokeswoman for the agency, declined to comment.",
    "By Friday, officials hope to reopen the road to traffic.",
    "Source code for the project has been published on GitHub.",
    "Follow-up tests are scheduled for June, the hospital said.",
    "Xinhua said the talks had been constructive.",
    "Edited by Liam O'Brien, the anthology collects 40 essays on the city.",
    "Reuters",
]


def negative_3(rng: random.Random, d: Draft, c: Case) -> None:
    """Round-three look-alikes; a lone "Reuters" under a paragraph that does not end a sentence
    ("The outlets were:") is a list item, not a sign-off."""
    if rng.random() < 0.5:
        d.lede = rng.choice(NEGATIVE_LEDES_3)
    ending = rng.choice(NEGATIVE_ENDINGS_3)
    if ending == "Reuters":
        d.body.append("The statement was carried by:")
    d.body.append(ending)


NEGATIVES["negative-3"] = negative_3


# --- round four: written after the round-three fixes, never tuned against ---------------------


def h4_anadolu(rng: random.Random, d: Draft, c: Case) -> None:
    """Anadolu Agency: the byline and the dates on one line, "Name |03.03.2024 - Update : 03.03.2024"."""
    person = rng.choice(PEOPLE)
    day = f"{rng.randint(10, 28)}.0{rng.randint(1, 9)}.2024"
    d.head.append(f"{person} |{day} - Update : {day}")
    c.byline = person
    c.place = rng.choice(["ANKARA", "ISTANBUL", "GAZIANTEP"])
    d.dateline = f"{c.place} —"


def h4_interfax(rng: random.Random, d: Draft, c: Case) -> None:
    """Interfax: "MOSCOW. March 3 (Interfax) -", a full stop after the place."""
    c.place, c.date, c.agency = rng.choice(["MOSCOW", "KYIV", "ALMATY"]), _day(rng, MONTHS), "Interfax"
    c.source = "Interfax"
    d.dateline = f"{c.place}. {c.date} (Interfax) -"


def h4_npr(rng: random.Random, d: Draft, c: Case) -> None:
    """NPR-style head: the name alone on a line, then an "Updated" line; a copyright line closes."""
    person = rng.choice(ROUND3_PEOPLE)
    c.byline = person
    d.head.append(person)
    d.head.append(f"Updated {_day(rng, MONTHS)}, 2024 {rng.randint(1, 12)}:{rng.randint(10, 59)} AM ET")
    c.copyright = f"Copyright 2024 {rng.choice(['NPR', 'WBUR', 'KQED'])}"
    d.tail.append(c.copyright)


def h4_reuters_read(rng: random.Random, d: Draft, c: Case) -> None:
    """reuters.com with "Updated 2 hours ago" glued to the time, and lower-case credit roles."""
    people = _pick_people(rng, 3)
    c.byline = people[0]
    d.head.append(f"By {people[0]}")
    d.head.append(f"{_day(rng, MONTHS)}, 2024 {clock(rng)} GMT+1 Updated {rng.randint(2, 9)} hours ago")
    c.place, c.date, c.agency = rng.choice(["DUBAI", "SEOUL", "TORONTO"]), _day(rng, MONTHS), "Reuters"
    c.source = "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    credit = f"Writing by {people[1]}; editing by {people[2]}"
    d.tail.append(f"({credit})")
    c.credits = (credit,)


def h4_cp_tail(rng: random.Random, d: Draft, c: Case) -> None:
    """Canadian copy closing with the agency after a dash, or "—With files from Reuters"."""
    c.place = rng.choice(["ST. JOHN'S, N.L.", "SASKATOON", "WHITEHORSE"])
    d.dateline = f"{c.place} —"
    if rng.random() < 0.5:
        d.tail.append("— The Canadian Press")
        c.source = "The Canadian Press"
    else:
        d.tail.append("—With files from Reuters")
        c.credits = ("With files from Reuters",)


HELD_OUT_4: dict[str, Template] = {
    "anadolu": h4_anadolu,
    "interfax": h4_interfax,
    "npr": h4_npr,
    "reuters-read": h4_reuters_read,
    "cp-tail": h4_cp_tail,
}
