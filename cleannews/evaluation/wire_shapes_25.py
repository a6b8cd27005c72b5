"""Round-twenty-five templates for the wire harness: mainstream wire stories as article extractors output them.

Written blind, before any round-twenty-five rule and without reading the rules or the earlier rounds'
templates, from the text data engineers hold when they build news corpora in 2024-2026 out of wire
stories: not whole pages but what article extractors and corpus pipelines keep of them (CC-News,
news-please, newspaper3k, trafilatura, readability, Diffbot, GDELT-driven scrapes, a news API's
truncated "content" field, an RSS full-text item). Such a body keeps the headline sometimes (with its
tag: "(LEAD)", "UPDATE 2-", "EXCLUSIVE-") and sometimes not; bylines and time lines on their own lines
or glued together ("By JANE DOE Associated PressUpdated 3:12 PM EST, November 5, 2026"); leftovers
between paragraphs ("Advertisement", "Story continues below advertisement", "Scroll to continue with
content", "RELATED: ...", "READ MORE: ...", newsletter promos, "Click here to ...", photo captions with
their credits "(Photo by NAME / AFP)", "(Photo by NAME/AFP via Getty Images)", "(AP Photo/NAME)",
"FILE PHOTO: ... REUTERS/NAME/File Photo", "... (Yonhap)", an embedded tweet's text with
"pic.twitter.com/..." and "— Name (@handle) November 5, 2026", video player strings, Bloomberg's "Most
Read from Bloomberg" list on Yahoo); the dateline lede; and the agency's tail. Agencies: Yonhap, Reuters
(Yahoo, U.S. News, the Straits Times), AP (members, local TV), AFP (Barron's, Khaleej Times, France
24), Bloomberg on Yahoo and BNN, PTI, IANS and ANI on NDTV, the Hindu and Business Standard, Kyodo on
the Japan Times, Xinhua, Bernama on Malay Mail, AAP, The Canadian Press on CTV, PA on the Standard, dpa
international, Anadolu; NewsAPI's "content" cut at 200 characters with "… [+N chars]"; a WordPress
RSS item with "The post ... appeared first on ...". Every name and sentence here is made up; only the
shapes are the extractors' outputs.

Contract (the harness' fields), following the choices rounds seventeen to twenty-four list as settled:
an agency in the byline's place fills the byline too; a provider line ("AFP", "Kyodo", "Press Trust of
India") names the source, not the byline; a byline's outlet or an affiliation line names the source as
printed ("Associated Press", "Bloomberg News", "The Canadian Press", "AAP"), an agency's desk after its
name gives the agency ("PA Political Correspondent" gives "PA"); "Source: X" is the strongest source; a
closing sign-off names the source as printed when nothing stronger does ("— Bernama" gives "Bernama",
"REUTERS", "AAP") and "-- BERNAMA"-like sign-offs win over the dateline's agency; a byline naming one
agency twice ("By AFP - Agence France Presse") gives byline and source "Agence France Presse"
(round twenty-two, reconciled); a dateline's bracketed region and country are no part of the place
("New Delhi [India], November 5 (ANI):" gives "New Delhi"); a colon after a place at the lede's start
is a dateline with a place only ("New Delhi:", as "Abu Dhabi:"); a newspaper's "OTTAWA —" or
"PARIS —" with no agency is a dateline with a place only; the Japan Times' "OSAKA –" under a "Kyodo"
provider line gives place OSAKA, no dateline agency, source "Kyodo"; a closing photo credit is a
credit (round seven); a republication note and WordPress' "The post ... appeared first on ..." under
agency copy are credits (round eighteen); a columnist's or writer's bio line under the story is a
credit (round eighteen); a correction note at the end of the story stays in the text (rounds fourteen
and twenty); a closing "Read more: TITLE" line is no trailer (so none is written at the end here);
Anadolu's closing subscription note names "Anadolu Agency"; the syndication notes of Indian portals
are trailers with no field; AP's "___" is a trailer; a glued "(ANI)" is a trailer cut from the last
paragraph. Choices made before the blind run, for what extracted bodies add:

- Leftovers between paragraphs are chrome, written outside the draft's head, body and tail (the
  draft's text gets them between its paragraphs, see :func:`_between`): the harness expects nothing
  of them, no head line, no trailer, no body sentence. As for a whole page's chrome (round twenty-two):
  a leftover the chrome pass takes counts for nothing, one left in the text counts only through what it
  hides, and one the wire pass takes counts as a false head line or trailer (or a false field: a
  caption's "AFP" or "(Yonhap)", an embedded tweet's "— Name (@handle) ..." line read as a sign-off or a
  byline, a "Most Read from Bloomberg" headline read as the title's tag). A leftover stands only between
  two paragraphs of the story or between its head and its lede, never under its last paragraph.
- A headline may be missing (the extractor kept only the body): the text then opens with the head or
  the lede, and no tag is expected.
- Head lines (out of the text): the story's byline, affiliation, provider and time lines above the
  lede, one line or glued: "By JANE DOE Associated PressUpdated 3:12 PM EST, November 5, 2026" is one
  head line (byline "JANE DOE", source "Associated Press"); "Jane Doe and John Roe, Bloomberg News" gives
  "Jane Doe and John Roe" and "Bloomberg News"; "By AFP - Agence France Presse" as above; "Jane Doe |
  AAP"; "By Jane Doe, PA Political Correspondent"; Anadolu's "Jane Doe |05.11.2026 - Update : 05.11.2026"
  gives "Jane Doe".
- NewsAPI's "content": the dateline and the first ~200 characters of the lede, cut mid-sentence, then
  "… [+4213 chars]". The cut text stays (a body sentence, expected in the output up to the cut); the
  "… [+N chars]" marker is the API's, outside the draft's fields (nothing expected: no trailer, no
  field). The dateline is read as any other. A NewsAPI title's " - Reuters" suffix names the source.
- A truncated closing credit ("(Reporting by Jane Doe; Editing by Jo", the extractor's or the feed's
  cut) is still the story's credit line: a trailer, its credit as printed without the bracket. A
  truncated last paragraph of prose is text (it stays; nothing follows it).
- Trailers, credits, copyright as settled: Yonhap's reporter e-mail (credit), "(END)", "Source: Yonhap
  News Agency" (source); Reuters' "(Reporting by ...; Editing by ...)" (credit), "Our Standards: The
  Thomson Reuters Trust Principles."; AP's "___", its contributors' line (credit), its copyright
  notice (``copyright``, with or without "This material may not be published, broadcast, rewritten or
  redistributed."); AFP's desk code (credit), "© 2026 AFP" and "© Agence France-Presse" (``copyright``
  as printed); Bloomberg's "--With assistance from NAME." (credit without the dashes), "More stories
  like this are available on bloomberg.com", "©2026 Bloomberg L.P."; PTI's desk code "PTI ABC DEF" and
  IANS' "abc/xyz" (credits), "--IANS", NDTV's "(Except for the headline, this story has not been
  edited by NDTV staff and is published from a syndicated feed.)"; Xinhua's "Enditem" and "Editor: NAME"
  (credit); "— Bernama", "-- BERNAMA", "REUTERS", a closing "AAP"; The Canadian Press' first-published
  note (credit); Anadolu's subscription note; "The post TITLE appeared first on SITE." (credit).
- Tags: Yonhap's bracketed tags ("LEAD", "2nd LD", "URGENT", "News Focus"), Reuters' prefixes
  ("UPDATE 2", "EXCLUSIVE", "REFILE", "UPDATE 1", "CORRECTED").
- Negatives (no agency, every paragraph stays): a staff story whose paragraphs say "Reuters reported",
  "told The Associated Press", "according to AFP", between leftovers and captions crediting AFP and
  Reuters photographers; a feature opening "PARIS — It was a cold morning ..." (a dateline with a place
  only, the settled contract: the one field expected) and closing on a correction note (text) and the
  writer's bio line ("Jane Doe is a reporter at ..." : a trailer and a credit, as settled); a story
  quoting "(LEAD)", "(END)" and "UPDATE 2-" in prose and ending on a paragraph naming Reuters and AFP;
  a staff story with embedded tweets ("— Name (@handle) November 5, 2026", "pic.twitter.com/...") and
  agency-credited captions between its paragraphs, its last paragraph a quote that names AP.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-25 and negatives-25 columns of the table as printed; 480 and 160 articles)::

    | field | held-out-25 P | held-out-25 R | negatives-25 P | negatives-25 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 0.958 | 1.000 | 1.000 |
    | dateline agency | 1.000 | 0.987 | – | – |
    | dateline date | 1.000 | 0.989 | – | – |
    | byline | 0.983 | 0.967 | – | – |
    | source | 0.994 | 0.975 | – | – |
    | credits | 1.000 | 0.959 | – | 0.000 |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 0.949 | – | 0.000 |
    | head lines | 0.996 | 0.937 | – | – |

Body sentences lost: held-out-25 12/3586, negatives-25 0/1607. Every other set printed what it prints
on this branch's main (ground-truth texts 2/94270, 5 timestamp lines taken from the head).

54 of the 480 held-out-25 articles missed something (bloomberg-25 16, india-25 13, scrape-25 11,
reuters-25 8, ap-25 3, commonwealth-25 3; none of yonhap, afp, asia, europe-mideast, newsapi, rss);
40 of the 160 negatives-25 articles did (every feature-dateline article, by a contract choice). No
inline leftover was read as metadata but one (below): no false tag, source from a caption or a tweet's
sign-off line. The misses, by cause (articles):

- a truncated closing credit ("(Reporting by NAME in CITY; Editing by Jo", no closing bracket) kept
  as text: no trailer, no credit (reuters-25 8).
- Bloomberg's "©2026 Bloomberg L.P." under the story taken by the chrome pass (the ``copyright`` is
  right, the wire trailer is not counted: the settled scoring of chrome removals) (16); with it one
  article's last two body sentences (2 lost) and in one "NAME, Bloomberg News" kept (1).
- NDTV's colon dateline in mixed case ("Kolkata:", "New Delhi:") not read, and the "Press Trust of
  India" provider line over it kept, so no source (india-25 11, 5 of them with the provider line); a
  PTI dateline with no dash ("Mumbai, May 3 (PTI)") and an ANI dateline not read, each with a lost
  body sentence (2).
- the glued byline and time "By NAME Associated PressUpdated 3:12 PM EST, November 5, 2026": the
  byline read as "NAME Associated PressUpdated", the source as the dateline's "AP" (ap-25 3).
- a writer's name alone over "The Canadian Press", and "NAME | AAP" under no headline, not read as a
  byline (commonwealth-25 3).
- the GDELT-style scrape (AP on a local TV site with video player strings, tweets and click prompts
  between paragraphs): "By NAME" kept above a video player's lines (6); the lede with its dateline
  lost with the player's lines above it (3 articles: place, agency and source missed, 6 sentences
  lost); the last paragraph, cut short by the scrape, lost (2 articles, 2 sentences, one of them the
  harness' look-alike ending); a video's length line ("02:31") taken as a head line (1: the only false head line).
- contract choice: a staff writer's bio line under a feature ("NAME is a reporter at The Daily Courier
  covering courts.") is a credit and a trailer here, as round eighteen's columnist's bio line; the
  rules keep it as text (negatives-25 40: all of negatives-25's credits and trailers recall 0.000).

No template bug was found in the misses: the figures above are the first and only blind run. Contract
choices of this round that the rules answer differently (not changed: this round is an estimate): the
staff bio line above; a truncated closing credit is still a credit (the rules keep it as text).

After fitting (branch fit25; same command, same seed)::

    | field | held-out-25 P | held-out-25 R | negatives-25 P | negatives-25 R |
    | tags | 1.000 | 1.000 | – | – |
    | dateline place | 1.000 | 1.000 | 1.000 | 1.000 |
    | dateline agency | 1.000 | 1.000 | – | – |
    | dateline date | 1.000 | 1.000 | – | – |
    | byline | 1.000 | 1.000 | – | – |
    | source | 1.000 | 1.000 | – | – |
    | credits | 1.000 | 1.000 | 1.000 | 1.000 |
    | copyright | 1.000 | 1.000 | – | – |
    | trailers | 1.000 | 1.000 | 1.000 | 1.000 |
    | head lines | 1.000 | 0.996 | – | – |

Body sentences lost: held-out-25 0/3586 (12 before), negatives-25 0/1607. Every other set prints what it
printed before (ground-truth texts 2/94270, 5 timestamp lines; the real-page heads and datelines tables
unchanged). The causes fixed, by general rules of shape:

- a video player's text (video.js and kin: "Video Player is loading.", "Play Video", "Mute", "Current
  Time 0:00", "/", "Duration 2:14", "Loaded: 0%", "Now Playing", "This is a modal window.") is one box set
  into the article (chrome's ``player_blocks``): its lines go, anywhere, and the article body grows over
  it to the paragraphs on its other side (``_across_players``). Fixed the 6 sentences lost with the
  lede and its dateline (and so the place, agency and source), the truncated last paragraphs (2), the
  PTI and ANI ledes (2), and "By NAME" above the player (6).
- a prompt that says the article goes on ("Scroll to continue with content", "Story continues below")
  under a box set into the article ("Most Read from Bloomberg Businessweek" and its headlines): the box
  goes and the body goes on under the prompt (``_continues_below``): Bloomberg's last 2 sentences.
- a clip's length under its "WATCH: ..." line ("02:31") is the player's, not a publication time.
- a time's label glued to the byline ("... Associated PressUpdated 3:12 PM EST, ...") is split off
  before the byline is read: byline NAME, source "Associated Press" (3).
- an agency's copyright closing with its legal form ("©2026 Bloomberg L.P.") is the agency's, so the
  chrome pass leaves it to the wire pass (16).
- an agency's provider line ("Press Trust of India") vouches for a mixed-case city before a colon in
  the lede under it ("Kolkata:"), as a head naming the agency did (5).
- a portal's closing note that it ran the story from an agency's feed ("... is published from a
  syndicated feed.", "... auto-generated from ...") vouches for that city too (6).
- with no headline, a first line that is a writer's name and an agency's ("Jane Doe | AAP"), or a
  name over the agency's name line ("The Canadian Press"), is the byline, not the title (3).
- contract (a): a bracketed credit line cut short ("(Reporting by NAME in CITY; Editing by Jo": whole
  credit clauses, then a role's first words, no closing bracket) is a credit (8).
- contract (b): a staff writer's bio line naming the paper and the beat ("NAME is a reporter at The
  Daily Courier covering courts.") is a credit, as round eighteen's columnist's line (negatives-25
  credits and trailers 0.000 -> 1.000); the ground-truth texts still lose 2/94270 and the chrome
  harness' clean texts 1/0/1/1, so the template stands (not reconciled).

Still missed: a "NAME, Bloomberg News" line that the chrome pass takes in a menu-like run with the
title and "Most Read from Bloomberg" (1 head line).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

WRITERS = (
    "Jane Doe",
    "John Roe",
    "Maria Alvarez",
    "Tom Hale",
    "Priya Menon",
    "Daniel Okafor",
    "Sarah Lindqvist",
    "Kevin O'Brien",
    "Lucia Ferraro",
    "Ahmed Karim",
)
KOREAN_WRITERS = ("Park Bo-ram", "Lee Ha-young", "Kim Eun-ji", "Choi Soo-min", "Yoo Jae-hoon")
PHOTOGRAPHERS = ("Ludovic DUPRE", "Adem KAYA", "Jim WATSON", "Tauseef MIRZA", "Anthony WALLACE")
MONTHS_DOT = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTHS_PLAIN = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
MONTHS_FULL = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
CITIES = ("LONDON", "WASHINGTON", "NEW YORK", "TOKYO", "BRUSSELS", "SINGAPORE", "FRANKFURT", "SYDNEY")
AP_CITIES = ("WASHINGTON", "ATLANTA", "PHOENIX", "DENVER, Colo.", "MIAMI, Fla.", "ALBANY, N.Y.", "KYIV, Ukraine")
AFP_CITIES = ("Paris", "Nairobi", "Kyiv", "Washington", "Beirut", "Bangkok", "Geneva")
DESCRIPTIONS = (
    "Rescue workers search the rubble of a collapsed building",
    "Supporters wave flags outside the court",
    "Traders work on the floor of the exchange",
    "A woman walks past a damaged shop",
    "Delegates arrive for the opening session of the summit",
    "Farmers drive tractors along the main road",
)
HEADLINES = (
    "Markets slide as investors weigh rate outlook",
    "Storm leaves thousands without power along coast",
    "Court blocks new rules on migrant detention",
    "Oil prices climb after supply cuts extended",
    "Parliament approves budget after marathon session",
    "Police arrest two after overnight protest",
)
HANDLES = (
    ("State Election Board", "StateElections"),
    ("City Fire Department", "CityFireDept"),
    ("Jane Doe", "janedoe_news"),
    ("Ministry of Foreign Affairs", "MFA_spokesman"),
)
TWEET_TEXTS = (
    "Polls close at 8 p.m. tonight. If you are in line, stay in line!",
    "Crews are on scene. Please avoid the area and follow updates here.",
    "We condemn today's attack in the strongest terms.",
    "Thank you to every volunteer who showed up this morning.",
)


def _when(rng: random.Random) -> tuple[int, int]:
    return rng.randint(0, 11), rng.randint(1, 28)


def _pick(rng: random.Random, n: int, pool: tuple[str, ...] = WRITERS) -> str:
    return " and ".join(rng.sample(pool, n))


def _between(d: Draft, before: int, mark: str) -> None:
    """Print ``mark`` (a leftover, chrome) right above the story's paragraph ``before`` (0: the lede,
    1: the first paragraph under it, ...), outside the draft's head, body and tail, so that the harness
    expects nothing of it. The draft's text is built when the template has finished, so the paragraph
    is looked up then."""
    build = d.text

    def text() -> str:
        out = build()
        anchor = f"{d.dateline} {d.lede}".strip() if before == 0 else d.body[before - 1]
        return out.replace(f"\n\n{anchor}", f"\n\n{mark}\n\n{anchor}", 1)

    object.__setattr__(d, "text", text)


def _after_lede(d: Draft, mark: str) -> None:
    """Glue ``mark`` to the end of the lede's line in the text (NewsAPI's "… [+N chars]"), outside
    the draft's fields."""
    build = d.text

    def text() -> str:
        lede = f"{d.dateline} {d.lede}".strip()
        return build().replace(lede, f"{lede}{mark}", 1)

    object.__setattr__(d, "text", text)


def _caption(rng: random.Random, credit: str) -> str:
    month, day = _when(rng)
    return f"{rng.choice(DESCRIPTIONS)} on {MONTHS_FULL[month]} {day}, 2026. {credit}"


def _tweet(rng: random.Random) -> str:
    name, handle = rng.choice(HANDLES)
    month, day = _when(rng)
    code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return f"{rng.choice(TWEET_TEXTS)} pic.twitter.com/{code}\n\n— {name} (@{handle}) {MONTHS_FULL[month]} {day}, 2026"


def _video(rng: random.Random) -> str:
    return rng.choice(
        [
            "Video Player is loading.\nPlay Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration 2:14\nLoaded: 0%",
            f"WATCH: {rng.choice(HEADLINES)}\n02:31",
            "Now Playing\nThis is a modal window.",
        ]
    )


def _leftover(rng: random.Random, kinds: tuple[str, ...]) -> str:
    kind = rng.choice(kinds)
    photographer = rng.choice(PHOTOGRAPHERS)
    marks = {
        "ad": rng.choice(["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"]),
        "scroll": rng.choice(["Scroll to continue with content", "Story continues", "Continue reading"]),
        "related": f"{rng.choice(['RELATED', 'READ MORE', 'ALSO READ'])}: {rng.choice(HEADLINES)}",
        "newsletter": rng.choice(
            [
                "Sign up for our newsletter to get the day's top stories in your inbox.",
                "Sign up here.",
                "Get the latest news delivered daily. Sign up for our Morning Briefing newsletter.",
            ]
        ),
        "click": rng.choice(
            ["Click here to sign up for breaking news alerts.", "Click here to read more of our coverage."]
        ),
        "afp-photo": _caption(
            rng, rng.choice([f"(Photo by {photographer} / AFP)", f"(Photo by {photographer}/AFP via Getty Images)"])
        ),
        "ap-photo": _caption(rng, f"(AP Photo/{rng.choice(WRITERS)}, File)"),
        "reuters-photo": "FILE PHOTO: " + _caption(rng, f"REUTERS/{rng.choice(WRITERS)}/File Photo"),
        "yonhap-photo": _caption(rng, rng.choice(["(Yonhap)", "(PHOTO NOT FOR SALE) (Yonhap)"])),
        "tweet": _tweet(rng),
        "video": _video(rng),
    }
    return marks[kind]


def _sprinkle(rng: random.Random, d: Draft, kinds: tuple[str, ...], most: int = 2) -> None:
    """Up to ``most`` leftovers between the story's paragraphs (never under the last one)."""
    gaps = list(range(1, len(d.body) + 1))
    for gap in rng.sample(gaps, min(len(gaps), rng.randint(0, most))):
        _between(d, gap, _leftover(rng, kinds))


def _maybe_drop_title(rng: random.Random, d: Draft, c: Case, chance: float = 0.2) -> bool:
    """The extractor kept no headline (the text opens with the head or the lede)."""
    if rng.random() < chance:
        d.title = ""
        c.tags = ()
        return True
    return False


# --- held-out templates -------------------------------------------------------------------


def h25_yonhap(rng: random.Random, d: Draft, c: Case) -> None:
    """Yonhap English through trafilatura or news-please: tagged headline, the seed's tail."""
    c.tags = rng.choice([("LEAD",), ("2nd LD",), ("URGENT",), ("News Focus",), (), ()])
    d.title = "".join(f"({t}) " for t in c.tags) + d.title
    _maybe_drop_title(rng, d, c, 0.15)
    if rng.random() < 0.4:
        c.byline = rng.choice(KOREAN_WRITERS)
        d.head.append(f"By {c.byline}")
    month, day = _when(rng)
    c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_DOT[month]} {day}", "Yonhap", "Yonhap"
    d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    _sprinkle(rng, d, ("yonhap-photo", "ad", "related"))
    if rng.random() < 0.5:
        email = f"{rng.choice(['brk', 'haye', 'ejkim', 'soominc'])}@yna.co.kr"
        d.tail.append(email)
        c.credits = (email,)
    if rng.random() < 0.6:
        d.tail.append("(END)")
    if rng.random() < 0.35:
        d.tail.append("Source: Yonhap News Agency")
        c.source = "Yonhap News Agency"
    d.tail_blank = rng.random() < 0.5


def h25_reuters(rng: random.Random, d: Draft, c: Case) -> None:
    """Reuters copy from Yahoo or U.S. News through an extractor: prefix tags, a credit that may be cut."""
    c.tags = rng.choice([("UPDATE 2",), ("EXCLUSIVE",), ("REFILE", "UPDATE 1"), ("CORRECTED",), (), ()])
    d.title = "".join(f"{t}-" for t in c.tags) + d.title
    _maybe_drop_title(rng, d, c)
    if rng.random() < 0.4:
        c.byline = _pick(rng, rng.choice([1, 2]))
        d.head.append(f"By {c.byline}")
    month, day = _when(rng)
    c.place, c.date, c.agency, c.source = rng.choice(CITIES), f"{MONTHS_PLAIN[month]} {day}", "Reuters", "Reuters"
    d.dateline = f"{c.place}, {c.date} (Reuters) -"
    _sprinkle(rng, d, ("reuters-photo", "ad", "scroll", "newsletter"))
    who = rng.sample(WRITERS, 2)
    credit = f"Reporting by {who[0]} in {rng.choice(['London', 'Tokyo', 'Washington'])}; Editing by {who[1]}"
    if rng.random() < 0.15:
        credit = credit[: rng.randint(len(credit) - 8, len(credit) - 3)]  # the feed's cut
        d.tail.append(f"({credit}")
        c.credits = (credit,)
        return
    c.credits = (credit,)
    d.tail.append(f"({credit})" if rng.random() < 0.7 else credit)
    if rng.random() < 0.3:
        d.tail.append("Our Standards: The Thomson Reuters Trust Principles.")


def h25_ap(rng: random.Random, d: Draft, c: Case) -> None:
    """AP on members' and local TV sites through an extractor: byline styles, glued time, captions, tweets."""
    _maybe_drop_title(rng, d, c, 0.15)
    c.place, c.agency, c.source = rng.choice(AP_CITIES), "AP", "AP"
    if rng.random() < 0.7:
        names = _pick(rng, rng.choice([1, 1, 2])).upper()
        c.byline = names
        style = rng.random()
        if style < 0.3:
            d.head += [f"By {names}", "Associated Press"]
            c.source = "Associated Press"
        elif style < 0.5:
            d.head.append(f"By {names}, Associated Press")
            c.source = "Associated Press"
        elif style < 0.7:
            month, day = _when(rng)
            d.head.append(
                f"By {names} Associated PressUpdated {rng.randint(1, 11)}:{rng.randint(10, 59)} PM EST, "
                f"{MONTHS_FULL[month]} {day}, 2026"
            )
            c.source = "Associated Press"
        else:
            d.head.append(f"By {names}")
    d.dateline = f"{c.place} (AP) —"
    _sprinkle(rng, d, ("ap-photo", "ad", "tweet", "click"))
    if rng.random() < 0.6:
        d.tail.append("___")
        who = rng.sample(WRITERS, 2)
        credit = rng.choice(
            [
                f"Associated Press writer {who[0]} in {rng.choice(['Chicago', 'Miami'])} contributed to this report.",
                f"Associated Press writers {who[0]} and {who[1]} contributed.",
            ]
        )
        d.tail.append(credit)
        c.credits = (credit,)
    if rng.random() < 0.5:
        notice = "Copyright 2026 The Associated Press. All rights reserved."
        if rng.random() < 0.6:
            notice += " This material may not be published, broadcast, rewritten or redistributed."
        d.tail.append(notice)
        c.copyright = notice


def h25_afp(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP on Barron's, Khaleej Times and France 24 through an extractor."""
    c.place, c.agency, c.source = rng.choice(AFP_CITIES), "AFP", "AFP"
    style = rng.random()
    if style < 0.3:
        d.head.append("By AFP - Agence France Presse")
        c.byline = c.source = "Agence France Presse"
    elif style < 0.55:
        d.head.append("AFP")
    d.dateline = f"{c.place} (AFP) -"
    _sprinkle(rng, d, ("afp-photo", "ad", "related"))
    if rng.random() < 0.6:
        code = rng.choice(["burs-jm/dc", "kma/sst", "bur-ach/rl", "jts/lb"])
        d.tail.append(code)
        c.credits = (code,)
    if rng.random() < 0.4:
        c.copyright = rng.choice(["© 2026 AFP", "© Agence France-Presse"])
        d.tail.append(c.copyright)


def h25_bloomberg(rng: random.Random, d: Draft, c: Case) -> None:
    """Bloomberg on Yahoo and BNN: "Most Read from Bloomberg" lists, "(Bloomberg) --", the tail."""
    _maybe_drop_title(rng, d, c)
    c.agency = c.source = "Bloomberg"
    if rng.random() < 0.6:
        c.byline = _pick(rng, rng.choice([1, 2]))
        if rng.random() < 0.5:
            d.head.append(f"{c.byline}, Bloomberg News")
            c.source = "Bloomberg News"
        else:
            d.head.append(f"By {c.byline}")
    d.dateline = "(Bloomberg) --"
    if rng.random() < 0.5:
        most = "\n".join(["Most Read from Bloomberg", *rng.sample(HEADLINES, 4)])
        _between(d, 0, most)
    if d.body and rng.random() < 0.4:
        _between(
            d,
            rng.randint(1, len(d.body)),
            "\n".join(["Most Read from Bloomberg Businessweek", *rng.sample(HEADLINES, 3)]),
        )
    _sprinkle(rng, d, ("ad", "scroll"), 1)
    if rng.random() < 0.5:
        who = rng.choice(WRITERS)
        d.tail.append(f"--With assistance from {who}.")
        c.credits = (f"With assistance from {who}.",)
    if rng.random() < 0.4:
        d.tail.append("More stories like this are available on bloomberg.com")
    if rng.random() < 0.6:
        c.copyright = "©2026 Bloomberg L.P."
        d.tail.append(c.copyright)


def h25_india(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI, IANS and ANI on NDTV, the Hindu and Business Standard through newspaper3k."""
    month, day = _when(rng)
    city = rng.choice(["New Delhi", "Mumbai", "Kolkata", "Chennai"])
    kind = rng.choice(["ndtv", "pti", "ani", "ians"])
    if kind == "ndtv":
        c.place = city
        d.dateline = f"{city}:"
        if rng.random() < 0.5:
            d.head.append("Press Trust of India")
            c.source = "Press Trust of India"
        d.tail.append(
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a "
            "syndicated feed.)"
        )
    elif kind == "pti":
        c.place, c.date, c.agency, c.source = city, f"{MONTHS_PLAIN[month]} {day}", "PTI", "PTI"
        d.dateline = f"{city}, {c.date} (PTI)"
        if rng.random() < 0.5:
            code = "PTI " + " ".join(rng.sample(["ABC", "SKU", "RT", "NSD", "ANB"], 3))
            d.tail.append(code)
            c.credits = (code,)
    elif kind == "ani":
        state = {"New Delhi": "", "Mumbai": " (Maharashtra)", "Kolkata": " (West Bengal)", "Chennai": " (Tamil Nadu)"}
        c.place, c.date, c.agency, c.source = city, f"{MONTHS_FULL[month]} {day}", "ANI", "ANI"
        d.dateline = f"{city}{state[city]} [India], {c.date} (ANI):"
        if rng.random() < 0.6 and d.body:
            d.body[-1] += " (ANI)"
            c.trailers += ("(ANI)",)
    else:
        c.place, c.date, c.agency, c.source = city, f"{MONTHS_PLAIN[month]} {day}", "IANS", "IANS"
        d.dateline = f"{city}, {c.date} (IANS)"
        d.tail.append("--IANS")
        code = rng.choice(["ssp/dan", "rvt/kvd", "ak/arm"])
        d.tail.append(code)
        c.credits = (code,)
    _sprinkle(rng, d, ("ad", "related", "video"))
    d.tail_blank = rng.random() < 0.5


def h25_asia(rng: random.Random, d: Draft, c: Case) -> None:
    """Kyodo on the Japan Times, Xinhua English, Bernama on Malay Mail, Reuters on the Straits Times."""
    month, day = _when(rng)
    kind = rng.choice(["kyodo", "xinhua", "bernama", "straits"])
    if kind == "kyodo":
        c.place, c.source = rng.choice(["OSAKA", "TOKYO", "SAPPORO"]), "Kyodo"
        d.head.append("Kyodo")
        d.dateline = f"{c.place} –"
    elif kind == "xinhua":
        c.place, c.date, c.agency, c.source = "BEIJING", f"{MONTHS_DOT[month]} {day}", "Xinhua", "Xinhua"
        d.dateline = f"BEIJING, {c.date} (Xinhua) --"
        if rng.random() < 0.5:
            d.tail.append("Enditem")
        else:
            editor = rng.choice(["Liu Yang", "Zhang Jing", "Wang Lei"])
            d.tail.append(f"Editor: {editor}")
            c.credits = (f"Editor: {editor}",)
    elif kind == "bernama":
        c.place, c.date, c.source = "KUALA LUMPUR", f"{MONTHS_PLAIN[month]} {day}", "Bernama"
        d.dateline = f"KUALA LUMPUR, {c.date} —"
        d.tail.append("— Bernama")
    else:
        c.place, c.source = rng.choice(["WASHINGTON", "BEIJING", "JAKARTA"]), "REUTERS"
        d.dateline = f"{c.place} –"
        d.tail.append("REUTERS")
    _sprinkle(rng, d, ("ad", "related", "newsletter"))


def h25_commonwealth(rng: random.Random, d: Draft, c: Case) -> None:
    """AAP on Australian sites, The Canadian Press on CTV, PA on the Standard, through readability."""
    name = rng.choice(WRITERS)
    kind = rng.choice(["aap", "cp", "pa"])
    _maybe_drop_title(rng, d, c, 0.1)
    c.byline = name
    if kind == "aap":
        d.head.append(f"{name} | AAP")
        c.source = "AAP"
        if rng.random() < 0.5:
            d.tail.append("AAP")
    elif kind == "cp":
        d.head += [name, "The Canadian Press"]
        c.source = "The Canadian Press"
        c.place = rng.choice(["OTTAWA", "TORONTO", "VICTORIA"])
        d.dateline = f"{c.place} —"
        month, day = _when(rng)
        note = f"This report by The Canadian Press was first published {MONTHS_DOT[month]} {day}, 2026."
        d.tail.append(note)
        c.credits = (note,)
    else:
        d.head.append(f"By {name}, PA Political Correspondent")
        c.source = "PA"
    _sprinkle(rng, d, ("ad", "newsletter", "related"))


def h25_europe_mideast(rng: random.Random, d: Draft, c: Case) -> None:
    """dpa international on a client, Anadolu's English service, through Diffbot or trafilatura."""
    if rng.random() < 0.5:
        c.place, c.agency, c.source = rng.choice(["Berlin", "Hamburg", "Brussels"]), "dpa", "dpa"
        d.dateline = f"{c.place} (dpa) -"
    else:
        # Anadolu's English copy prints no dateline: the writer's line over the dates, the closing note.
        c.byline = rng.choice(WRITERS)
        month, day = _when(rng)
        d.head.append(f"{c.byline}  |{day:02d}.{month + 1:02d}.2026 - Update : {day:02d}.{month + 1:02d}.2026")
        c.source = "Anadolu Agency"
        d.tail.append(
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the "
            "AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."
        )
    _sprinkle(rng, d, ("ad", "scroll", "afp-photo"))


def h25_newsapi(rng: random.Random, d: Draft, c: Case) -> None:
    """NewsAPI's "content": the dateline and the lede's first ~200 characters, "… [+N chars]"."""
    month, day = _when(rng)
    kind = rng.choice(["reuters", "ap", "yonhap"])
    if kind == "reuters":
        c.place, c.date, c.agency, c.source = rng.choice(CITIES), f"{MONTHS_PLAIN[month]} {day}", "Reuters", "Reuters"
        d.dateline = f"{c.place}, {c.date} (Reuters) -"
        if rng.random() < 0.5:
            d.title += " - Reuters"
    elif kind == "ap":
        c.place, c.agency, c.source = rng.choice(AP_CITIES), "AP", "AP"
        d.dateline = f"{c.place} (AP) —"
    else:
        c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_DOT[month]} {day}", "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
    room = 200 - len(d.dateline) - 1
    words = d.lede.split()
    cut = ""
    for word in words:
        if len(cut) + len(word) + 1 > room:
            break
        cut = f"{cut} {word}".strip()
    d.lede = cut.rstrip(".,;:")
    d.body = []
    _after_lede(d, f"… [+{rng.randint(1200, 6400)} chars]")


def h25_rss(rng: random.Random, d: Draft, c: Case) -> None:
    """A WordPress site's RSS full-text item of agency copy: "The post ... appeared first on ..."."""
    month, day = _when(rng)
    kind = rng.choice(["bernama", "xinhua", "yonhap"])
    if kind == "bernama":
        c.place, c.date, c.agency = "KUALA LUMPUR", f"{MONTHS_PLAIN[month]} {day}", "Bernama"
        d.dateline = f"KUALA LUMPUR, {c.date} (Bernama) --"
        d.tail.append("-- BERNAMA")
        c.source = "BERNAMA"
    elif kind == "xinhua":
        c.place, c.date, c.agency, c.source = "BEIJING", f"{MONTHS_DOT[month]} {day}", "Xinhua", "Xinhua"
        d.dateline = f"BEIJING, {c.date} (Xinhua) --"
    else:
        c.place, c.date, c.agency, c.source = "SEOUL", f"{MONTHS_DOT[month]} {day}", "Yonhap", "Yonhap"
        d.dateline = f"SEOUL, {c.date} (Yonhap) --"
        d.tail.append("(END)")
    site = rng.choice(["Asia Business Daily", "The Borneo Post Online", "Korea Portal News"])
    note = f"The post {d.title} appeared first on {site}."
    d.tail.append(note)
    c.credits = (note,)
    _sprinkle(rng, d, ("related", "newsletter"), 1)


def h25_scrape(rng: random.Random, d: Draft, c: Case) -> None:
    """A GDELT-driven scrape of AP copy on a local TV site: video player text, click prompts, a cut end."""
    _maybe_drop_title(rng, d, c, 0.3)
    c.place, c.agency, c.source = rng.choice(AP_CITIES), "AP", "AP"
    d.dateline = f"{c.place} (AP) —"
    if rng.random() < 0.5:
        c.byline = _pick(rng, 1).upper()
        d.head.append(f"By {c.byline}")
    if rng.random() < 0.5:
        _between(d, 0, _video(rng))
    _sprinkle(rng, d, ("video", "click", "ad", "tweet"), 3)
    if rng.random() < 0.3 and d.body:
        last = d.body[-1]
        d.body[-1] = last[: rng.randint(len(last) // 2, len(last) - 5)].rstrip()  # the scrape's cut
        return
    if rng.random() < 0.6:
        c.copyright = "Copyright 2026 The Associated Press. All rights reserved."
        d.tail.append(c.copyright)


HELD_OUT_25: dict[str, Template] = {
    "yonhap-25": h25_yonhap,
    "reuters-25": h25_reuters,
    "ap-25": h25_ap,
    "afp-25": h25_afp,
    "bloomberg-25": h25_bloomberg,
    "india-25": h25_india,
    "asia-25": h25_asia,
    "commonwealth-25": h25_commonwealth,
    "europe-mideast-25": h25_europe_mideast,
    "newsapi-25": h25_newsapi,
    "rss-25": h25_rss,
    "scrape-25": h25_scrape,
}


# --- negatives ------------------------------------------------------------------------------


def n25_staff_mentions(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story that credits agencies in its prose, with agency-credited captions between paragraphs."""
    d.body.insert(
        0,
        rng.choice(
            [
                "Reuters reported on Wednesday that the two sides had agreed to resume talks next week.",
                "The minister told The Associated Press in an interview that the plan would not be delayed.",
                "According to AFP, at least a dozen people were detained outside the building overnight.",
            ]
        ),
    )
    d.body.append(
        rng.choice(
            [
                "The company did not respond to a request for comment from Reuters or from this newspaper.",
                "Officials told AP and Bloomberg News that a decision was expected before the end of the month.",
            ]
        )
    )
    _sprinkle(rng, d, ("afp-photo", "reuters-photo", "ad", "related"), 3)


def n25_feature_dateline(rng: random.Random, d: Draft, c: Case) -> None:
    """A feature that opens "PARIS — It was a cold morning ...", closes on a correction and the writer's bio."""
    c.place = rng.choice(["PARIS", "NAIROBI", "LISBON"])
    d.dateline = f"{c.place} —"
    d.lede = rng.choice(
        [
            "It was a cold morning when the first boats came in, and the harbour was already full of buyers.",
            "It was still dark when the queue began to form outside the clinic on the edge of town.",
        ]
    )
    month, day = _when(rng)
    d.body.append(
        f"Correction: An earlier version of this article misstated the date of the vote. It was held on "
        f"{MONTHS_FULL[month]} {day}, not the day before."
    )
    name = rng.choice(WRITERS)
    bio = f"{name} is a reporter at The Daily Courier covering {rng.choice(['climate', 'housing', 'courts'])}."
    d.tail.append(bio)
    c.credits = (bio,)
    _sprinkle(rng, d, ("ad", "newsletter"), 1)


def n25_quoted_tags(rng: random.Random, d: Draft, c: Case) -> None:
    """A story about newsrooms that quotes "(LEAD)", "(END)" and "UPDATE 2-" in its prose."""
    d.body.insert(
        0,
        'Wire editors still mark a rewritten story with "(LEAD)" in the headline and close each item with '
        '"(END)", a habit older than the internet.',
    )
    d.body.insert(
        1,
        'A second version of the same report, tagged "UPDATE 2-" on the terminal, reached clients twenty '
        "minutes later with new figures.",
    )
    d.body.append("Reuters and AFP carried the same figures later in the day, citing the statistics office.")
    _sprinkle(rng, d, ("related", "ad"), 2)


def n25_embeds(rng: random.Random, d: Draft, c: Case) -> None:
    """A staff story with embedded tweets and agency-credited captions, ending on a quote naming AP."""
    if d.body:
        _between(d, rng.randint(1, len(d.body)), _tweet(rng))
    d.body.append(
        '"We learned about it the same way everyone else did, from an AP alert on our phones," one resident said.'
    )
    _sprinkle(rng, d, ("afp-photo", "ap-photo", "tweet"), 2)


NEGATIVES_25: dict[str, Template] = {
    "staff-mentions-25": n25_staff_mentions,
    "feature-dateline-25": n25_feature_dateline,
    "quoted-tags-25": n25_quoted_tags,
    "embeds-25": n25_embeds,
}
