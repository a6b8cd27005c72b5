"""Remove page chrome: menus, UI strings, repeated blocks, related links, comments and footers.

The pass reads a page dump as a sequence of lines and decides, from the text alone, which lines
are the article (headline, lede, body) and which are the page around it:

1. Each line is described by its length, whether it ends like a sentence, the share of its words
   that are function words of the document's language, and whether it is title case.
2. Rules mark lines that are chrome wherever they stand: UI strings and section headings from the
   lexicon (``cleannews/lexicon``) and the user's own, copyright and policy notices, runs of short
   title-case lines or, in a script without case, of one or two words (menus), blocks repeated in
   the page, lines a site profile knows.
3. The article body is the densest run of prose: the run of lines with the greatest sum of
   prose words minus a cost for every line that is not prose. It ends early at a section heading
   ("Related", "Comments", "More from ..."), after which the article has ended; the headline is
   looked for just above it.
4. Lines outside the body go, when the page shows signs of chrome (a rule fired outside it): a
   clean article, which has none, loses no line.
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, filterfalse, repeat
from operator import add, and_, attrgetter, not_, sub, truediv
from typing import TYPE_CHECKING, NamedTuple

from cleannews import regexes
from cleannews.document import Document, Removal
from cleannews.lexicon import (
    LANGUAGES,
    Lexicon,
    inline_lexicon,
    legal_phrases,
    normalise_label,
    normalise_labels,
    section_lexicon,
    stopwords,
    ui_lexicon,
)
from cleannews.passes.headline import MIN_TITLE_SIMILARITY, is_page_furniture, title_similarity
from cleannews.wire.byline import parse_byline, plausible_bare_names, strip_places
from cleannews.wire.markdown import (
    ARCHIVE_TOOLBAR,
    CONSENT_WALL,
    CRAWLER_FRONT_MATTER,
    CRAWLER_HEADER,
    LINKS_ONLY,
    has_marks,
    marked,
)
from cleannews.wire.rules import wire_rules
from cleannews.wire.timestamp import (
    head_label,
    is_city,
    is_labelled_timestamp,
    is_player_position,
    is_timestamp,
    read_timestamp,
    source_beside_time,
)

if TYPE_CHECKING:
    from cleannews.config import Config
    from cleannews.wire.rules import WireRules

NAME = "chrome"
SUMMARY = "remove page chrome: UI strings, menus, repeated blocks, related links, comments, footers"

# A line longer than this many words reads as prose, not as a button, link or menu entry.
MAX_CHROME_WORDS = 8
# ... and one longer than this is no label of the lexicon.
MAX_LABEL_WORDS = 2 * MAX_CHROME_WORDS
MAX_CHROME_CHARS = 80
# A line of at least this many words, with enough function words, is prose (a headline is shorter).
MIN_PROSE_WORDS = 16
# ... or a sentence of at least this many.
MIN_SENTENCE_WORDS = 5
MIN_STOPWORD_SHARE = 0.1
# Characters of Chinese or Japanese a line ending in "。" holds to read as a sentence by that alone.
MIN_CJK_SENTENCE_CHARS = 12
# What a line that is not prose costs the body run, and how much a chrome line costs on top.
NON_PROSE_COST = 3.0
CHROME_COST = 3.0
# A line that a hard wrap ended is at least this long.
MIN_WRAPPED_CHARS = 40
# The headline is looked for among this many lines above the body.
HEADLINE_REACH = 12
# The prose words after a section heading's links that show the article goes on after them.
MIN_RESUMED_WORDS = 120
# Lines with figures in a row that make a table or a list of data, and what each counts for in
# the body run: neither prose nor chrome.
MIN_DATA_ROWS = 3
DATA_WEIGHT = 1.0
# The fewest words of a line of results told in sentences ("Davis 17 points. Moore 3 points.").
MIN_RESULT_WORDS = 12
# Paragraphs above a section heading that show the article has been told, not just begun.
MIN_PARAGRAPHS_ABOVE = 3
# What a paragraph with no paragraph next to it counts for, per word.
ISOLATED_PROSE_WEIGHT = 0.5
# How many lines after a section heading's links are read to see whether the article goes on.
RESUME_WINDOW = 12
# How much of a text its language is guessed from.
LANGUAGE_SAMPLE = 20000
# How many characters of lines have their words read at a time (their counts are kept, not the words).
WORDS_WINDOW = 1 << 16
# Short title-case lines in a row that make a menu.
MIN_MENU_LINES = 3
# The fewest words of a headline that ends a run of menu links over its time line.
MIN_MENU_HEADLINE_WORDS = 4
# How many signs of a page (different chrome lines; a menu shown twice counts two) make a text a
# page dump, from which more than whole-line UI strings go.
MIN_PAGE_SIGNS = 2
# Links before the first paragraph that are one sign of navigation above the article (an
# article opens with a headline, a byline, a date).
MIN_NAVIGATION_LINKS = 10
# The weight of a line that repeats the page's <title>: the headline, where the article starts.
HEADLINE_BONUS = 30.0
# The share of a headline's words that the <title> must hold, and the longest headline that ends
# like a sentence ("Why can't she sing it?").
HEADLINE_MATCH = 0.8
# How much of the <title>'s headline a line must repeat to be taken for the headline, and to be
# taken for it wherever it stands.
MIN_HEADLINE_COVER = 0.6
FULL_HEADLINE_COVER = 0.9
MAX_HEADLINE_WORDS = 16
# Short paragraphs that may close an article after its last long one.
MAX_SHORT_LAST = 2
MIN_STATEMENT_WORDS = 3
# The fewest words of a standfirst, the summary under a headline.
MIN_STANDFIRST_WORDS = 10
# The most lines no rule explains (a kicker, a section's name) that may stand between the nearest
# line of a headline's shape and the body, for that line to be taken as the headline.
MAX_UNEXPLAINED_UNDER_HEADLINE = 2
# A breadcrumb's parts (the words of each, at most) and how many make one.
MAX_CRUMB_WORDS = 6
MIN_CRUMBS = 3
# UI strings in a row that make a bar (share buttons) which ends the article, as a section heading does.
MIN_BAR_LINES = 3
# The most words of an agency's name read in a copyright notice ("Yonhap News Agency").
MAX_AGENCY_WORDS = 4
# Lines at the edge of a clean article that a later pass reads as metadata: never touched here.
# (a credit, a closing mark, a reporter's e-mail address alone on its line)
_CLOSING_MARK = (
    r"^\s*\(?(?:end|ends|enditem|끝)\)?\s*$|^\s*[(<\[]?\s*(?:e-?mail\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?\s*$"
)
_METADATA = regexes.compile(
    r"^\s*\(?(?:by|source|sources|reporting by|reporting from|writing by|editing by|additional reporting|"
    r"quelle|fuente|fonte|von|par|por|door)\b|"
    + _CLOSING_MARK
    # "CNN's Jane Doe contributed reporting.", "Associated Press writer X contributed to this report."
    + r"|^.{0,150}\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b"
    # an agency desk's initials under the story: "kms/jm", "bur-sst/ac"
    + r"|^\s*[a-z]{2,4}(?:[/-][a-z]{2,4}){1,3}\s*$"
    # the Chinese press' closing lines: the editor ("【责任编辑:X】", "（編輯：X）"), the source ("本文来源：X"),
    # the correction button ("【纠错】"), an agency's name alone in brackets ("（中央社）")
    + r"|^\s*[【\[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編|本文来源|本文來源)\s*[:：]"
    + r"|^\s*[【\[（(](?:纠错|糾錯|完)[】\]）)]\s*$|^\s*[（(][\u4e00-\u9fff]{2,5}[）)]\s*$",
    re.IGNORECASE,
)
_CLOSING = regexes.compile(_CLOSING_MARK, re.IGNORECASE)
# A date as Japanese, Chinese and Korean pages print it: "2024年12月19日 15時30分", "송고2024-03-28 15:30".
# A broadcast transcript's speaker label alone on its line ("[앵커]", "[기자]", "[리포트]"): the
# transcript's text, never a UI string ("기자", a reporter card's label), whatever the lexicon says.
_SPEAKER_LABEL = regexes.compile(
    r"\s*[\[［【]\s*(?:앵커|앵커\s*멘트|기자|기자\s*리포트|리포트|녹취|현장음|인터뷰이?|ANCHOR|REPORTER)\s*[\]］】]\s*"
)
# A Korean statement's polite or plain ending: "...입니다.", "...했다."
_KOREAN_STATEMENT = regexes.compile(r"[가-힣]다\.$")
_CJK_DATE = regexes.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s+\d{1,2}:\d{2}")
# A date in figures or a clock time, as a page's time line prints them ("Issued on: 05/11/2026 - 15:12"):
# no headline's.
_DATED = regexes.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")
# ... a clock time, which a headline prints no more than a page's time line ("Issued on: ... - 06:41").
_CLOCK = regexes.compile(r"\b\d{1,2}:\d{2}\b")
# What a writer's name line looks like: capitalised words, maybe "and" another and "in" a place.
_NAMES_SHAPE = regexes.compile(r"(?:(?:[A-ZÀ-ÖØ-Þ][\w'.-]*|and|in|&|,)\s*){2,12}")
# Kinds of UI strings set into an article's text: advertising labels, "Read more: ..." links.
_SET_IN_ARTICLE = ("inline", "link", "caption", "credit")
# Kinds of verdicts that the page's shape or a notice's words give, which a wire copy's own
# closing line may draw ("© 2026 AFP", "Source: Yonhap News Agency" over a menu).
_PAGE_SHAPED = ("notice", "menu")
# The kind `_closing_lines` gives the label of a release's contact block ("Contact:") in a wire copy's closing lines.
CONTACT_LABEL = "contact label"
# The kind `_closing_lines` gives the label of an agency's own block of related headlines under the story
# ("Related coverage:", Kyodo's), which the wire pass takes with its headlines as closing lines.
RELATED_LABEL = "related label"
# A photo's caption: it ends with the photo's credit ("(AP Photo/Jane Doe)", "(PHOTO NOT FOR SALE)
# (Yonhap)"), or it says what the photo shows ("This photo, provided by ..., shows ... (Yonhap)").
_PHOTO_CAPTION = regexes.compile(
    r"\((?:PHOTO NOT FOR SALE|[A-Za-z .]{0,30}\bPhoto/[^()]{1,60})\)\s*(?:\([A-Z][^()]{1,20}\))?\s*$"
    r"|^\s*(?:This|In this)(?: [\w,.' ]{0,40})? (?:photo|image|picture|photograph)\b.{0,300}\([A-Z][^()]{1,40}\)\s*$"
    # Korean papers' bracketed credit closing a caption: "[연합뉴스 자료사진]", "[EPA=연합뉴스]",
    # "[국방부 제공. 재판매 및 DB 금지]", "[촬영 김수연]".
    r"|\[(?:[^\[\]]{1,30}[=\s])?(?:연합뉴스\s?)?자료\s?사진\]\s*$|\[[^\[\]]{1,30}\s?제공(?:[.,][^\[\]]{0,30})?\]\s*$"
    r"|\[촬영\s[^\[\]]{1,20}\]\s*$|\[[A-Z][\w ]{1,20}=연합뉴스\]\s*$"
    # A sentence, then its credit in capitals after a bar: "Officials inspect the site. | KYODO".
    r"|[.!?][\"”’)]?\s+\|\s+[A-Z][A-Z0-9 /&.'-]{1,40}$"
    # A caption that says it is one, then its credit: "Representational image | ANI", "File photo: ... | PTI".
    r"|^\s*(?:(?:File|Representational|Representative|Illustrative|Archive)\s+)?(?:[Pp]hoto|[Ii]mage|[Pp]icture)"
    r"(?:\s+for\s+representation)?(?:[:,]\s[^|]{1,120})?\s+\|\s+[A-Z][A-Z0-9 /&.'-]{1,40}$"
)
# A video player's label and the clip's length under it ("Click to play video: '...'", "2:15").
_VIDEO_LABEL = regexes.compile(r"\s*(?:Click|Tap|Press) (?:here )?to (?:play|watch) (?:the )?video\b")
_CLIP_LENGTH = regexes.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*")
# A company's legal form after its name, closing a copyright notice: "©2026 Bloomberg L.P.".
_LEGAL_FORM = regexes.compile(r"(?:L\.P\.|LP|Inc\.?|Ltd\.?|LLC|Limited|Corp\.?|GmbH)")
# A prompt that says the article goes on below a box set into it.
_CONTINUES = regexes.compile(
    r"\s*(?:scroll (?:down )?to continue\b|(?:the )?(?:story|article) continues\b|continue reading below\b)",
    re.IGNORECASE,
)
# The most lines of a box set into an article above a prompt that says the article continues.
MAX_BOX_LINES = 8
# A video's title as a page links it: "WATCH: Storm hits coast", "Video: ...".
_WATCH_LABEL = regexes.compile(r"\s*(?:WATCH|Watch|VIDEO|Video)\s*[:|]\s*\S")
# The text of an HTML5 video player (video.js and kin) as extractors keep it, one control a line:
# its loading line, its buttons, its time and progress read-outs, its dialog notices.
_PLAYER_CONTROL = regexes.compile(
    r"\s*(?:video player is loading\.?|this is a modal window\.?|now playing|play(?: video)?|pause|replay"
    r"|(?:un)?mute|/|(?:current time|duration|remaining time)\s*-?(?:\d{1,2}:)?\d{1,2}:\d{2}"
    r"|(?:loaded|progress):?\s*\d{1,3}(?:\.\d+)?\s*%|stream type\s+live|seek to live, currently \w+ live"
    r"|(?:non-)?fullscreen|picture-in-picture|(?:captions|subtitles|chapters|descriptions)(?: off| settings)?"
    r"|close modal dialog|beginning of dialog window\..*|end of dialog window\.)\s*",
    re.IGNORECASE,
)
# ... and the lines that only a player prints (a lone "Play" or "/" may be anything's).
_PLAYER_MARK = regexes.compile(
    r"\s*(?:video player is loading|this is a modal window|(?:current time|duration|remaining time)\s*-?\d"
    r"|loaded:\s*\d|beginning of dialog window)",
    re.IGNORECASE,
)
# A line that is only a web address (a share bar's short link).
_BARE_LINK = regexes.compile(r"(?:https?://|www\.)\S+")
# A sentence closed by a credit in brackets, maybe with the time it was sent: "... in Seoul. (Yonhap) 11:29 AM".
_AGENCY_CREDIT_END = regexes.compile(
    r"[.!?][\"”’]?\s+\((?P<agency>[^()]{1,30})\)(?:\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$"
)
# A finance portal's quote box: its label and its tickers ("AAPL", "^GSPC", "BRK-B", "7203.T").
_TICKER_LABEL = regexes.compile(r"\s*(?:In this (?:article|story)|Related (?:quotes|tickers|stocks)):?\s*")
_TICKER = regexes.compile(r"\s*\^?[A-Z0-9][A-Z0-9.=^-]{0,11}(?:\s+[+-]?\d[\d.,]*%?)*\s*")
MAX_TICKER_LINES = 8
# Kinds of wire closing lines (``Trailer.kind``) that say a story has ended.
_CLOSING_MARKS = ("marker", "separator", "credit", "source")
# What every Korean credit _PHOTO_CAPTION finds holds.
_KOREAN_CREDIT_WORDS = ("사진]", "제공", "촬영", "=연합뉴스]")


def _may_be_photo_caption(text: str) -> bool:
    """What every line _PHOTO_CAPTION finds holds: a closing bracket, and "Photo/" or
    "PHOTO NOT FOR SALE", or "This" or "In this" first (a cheap test before the search).

    >>> _may_be_photo_caption("Rain in Seoul (AP Photo/Jane Doe)"), _may_be_photo_caption("The vote (7-2) passed.")
    (True, False)
    >>> _may_be_photo_caption("회의 모습 [연합뉴스 자료사진]"), _may_be_photo_caption("[종합2보] 회의 열려")
    (True, False)
    >>> bool(_PHOTO_CAPTION.search("Officials inspect the site on Thursday. | KYODO"))
    True
    >>> [bool(_PHOTO_CAPTION.search(t)) for t in ("Representational image | ANI", "Image wins award | ANI")]
    [True, False]
    """
    if "]" in text and any(map(text.__contains__, _KOREAN_CREDIT_WORDS)):
        return True  # "회의 모습 [연합뉴스 자료사진]"
    if " | " in text:
        return True  # "Officials inspect the site. | KYODO"
    return ")" in text and (
        "Photo/" in text or "PHOTO NOT FOR SALE" in text or text.lstrip().startswith(("This", "In this"))
    )


# A caption closed by its picture's credit: "(Image: GETTY)", "Credit: The Siberian Times",
# "Photo: iRunFar/Jane Doe", "(Photo Credit: Jane Doe)", "Jane Doe / Getty Images", "/ AP file".
_CREDIT_CLOSING = regexes.compile(
    r"(?<=\S)\s+(?:"
    r"\((?i:photo credit|image credit|photo courtesy|credit|image|photo|picture|foto|bild)s?:\s*[^()]{1,60}\)"
    r"|(?P<bare>Photo [Cc]redit|Image [Cc]redit|Credit|Photo|Image|Picture|Foto|Bild):\s*[^\s.!?:()][^.!?:()]{0,60}"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"\s/\s(?:Getty Images|AFP|AP|EPA|Reuters|Shutterstock|iStock)(?:\s[Ff]ile)?"
    r")\s*$"
)
MAX_CAPTION_WORDS = 60


def is_credited_caption(text: str) -> bool:
    """Whether a line is a photo's caption that ends with the picture's credit.

    >>> is_credited_caption("The plague wiped out half of Europe in the 14th century (Image: GETTY)")
    True
    >>> is_credited_caption("Officials inspect a marmot colony near the border Credit: The Siberian Times")
    True
    >>> is_credited_caption("Rep. Jane Doe speaks at the Capitol on July 25, 2019. J. Scott Smith / AP file")
    True
    >>> is_credited_caption("The agency gave credit: it said the loans would be repaid in full.")
    False
    >>> is_credited_caption("He posted the image: a cat asleep on the sofa")
    False
    >>> is_credited_caption("Updated on: November 19, 2019 / 10:07 AM / Reuters")
    False
    >>> is_credited_caption("Source: Survey analysis of Census data | Image Credit: Survey Group")
    False
    >>> is_credited_caption("Docker Hardened Image: Security Independently Validated by Auditors")
    False
    >>> is_credited_caption("Photo: Jane Doe")  # (a credit alone is another rule's)
    False
    """
    if ":" not in text and " / " not in text:
        return False
    found = _CREDIT_CLOSING.search(text)
    if found is None or len(text.split()) > MAX_CAPTION_WORDS:
        return False
    # (a time line's parts are slashed too: "Updated on: November 19, 2019 / 10:07 AM / Reuters";
    # a chart's source line is labelled: "Source: ... | Image Credit: ...")
    caption = text[: found.start()]
    # (an unbracketed label after no sentence is a caption only at a caption's length, not a
    # headline's: "Docker Hardened Images: Security Validated")
    sentence = caption.rstrip().endswith(_SENTENCE_END + tuple(_CLOSERS))
    if found["bare"] is not None and not sentence and len(caption.split()) <= MIN_SENTENCE_WORDS:
        return False
    return " / " not in caption and ":" not in caption and not is_timestamp(text, wire_rules())


# Verdicts of the lexicon on a line as a whole: what a page's buttons and links say.
_LABELS = ("user", "inline", "ui")
_BULLETS = ("- ", "* ", "• ", "· ", "– ")
_SENTENCE_END = tuple(".!?…。！？")
_CLOSERS = "\"'”’»)]"
_CJK = regexes.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = regexes.compile(r"[\uac00-\ud7af]")
_CJK_OR_HANGUL = regexes.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_ASCII_RUNS = regexes.compile(r"[\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
# A word (_WORD) in ASCII text: letters, and single apostrophes between letters. The tables keep
# letters (case-folded, or marked "U" for a capital and "l" for another), apostrophes and line
# breaks, and make every other character a space; then apostrophes between no two letters go.
_ASCII_LOWER = str.maketrans(
    {chr(i): chr(i).lower() if chr(i).isalpha() else " " for i in range(128) if chr(i) not in "'\n"}
)
_ASCII_CASES = str.maketrans(
    {chr(i): "U" if chr(i).isupper() else "l" if chr(i).isalpha() else " " for i in range(128) if chr(i) not in "'\n"}
)
_LONE_APOSTROPHES = regexes.compile(r"'(?:'+|(?![A-Za-z])|(?<![A-Za-z]'))")
# Characters beyond ASCII that stand between words as an ASCII character would: the apostrophe
# that joins words as "'" does, and marks that are no part of a word, as a space is not.
_ASCII_STAND_INS = (("’", "'"), *((mark, " ") for mark in "“”‘—–…\xa0©★─•·«»€£°"))
_KANA = regexes.compile(r"[\u3040-\u30ff]")
_DIGIT = regexes.compile(r"\d")
_TOKEN = regexes.compile(r"\w+")
# What separates a page title's parts: "Headline | Site", "Headline - Section - Site".
_TITLE_PARTS = regexes.compile(r"\s+[|–—-]\s+|\s+[·•»]\s+")
_WORD = regexes.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_BY_FUNCTION_WORDS = ("en", "de", "fr", "es", "it", "pt", "nl", "ru")
# ("No reproduction without permission.": the Japanese press' "無断転載禁止" in English, Nikkei's footer)
_COPYRIGHT_MARKS = (
    "©",
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "no reproduction without permission",
)
# What the label of a line that states a copyright holds: a mark, or the word. Such a phrase's
# longest word stands in the line case-folded (NFKC) too, as normalise_label joins no two pieces.
_COPYRIGHT_ANCHORS = tuple(max(mark.split(), key=len) for mark in _COPYRIGHT_MARKS)
_COPYRIGHT_HINTS = (*_COPYRIGHT_ANCHORS, "copyright", "(c)")
# A picture's label before a copyright mark: "(Image: © NASA)", "photos © Studio Nord", "Foto: ©".
_PICTURE_CREDIT = regexes.compile(
    r"^\W*(?:images?|photos?|pictures?|fotos?|bild|credit)\b|\b(?:images?|photos?|pictures?|fotos?)\s*(?::|by)?\s*©",
    re.IGNORECASE,
)
# A photographer credited after the agency, no year: "© РИА Новости / Елена Волкова", "© Reuters / Jo Doe".
_PHOTOGRAPHER_CREDIT = regexes.compile(
    r"©\s*[^\W\d_][^/\d©]{1,40}?\s*/\s*[^\W\d_][\w.'’-]+(?:\s+[^\W\d_][\w.'’-]+){1,3}"
)
_CRUMB_MARK = regexes.compile(r"[»›>]")
_CRUMB_SEPARATOR = regexes.compile(r"\s+[»›>]\s+")
_FOOTER_SEPARATOR = regexes.compile(r"\s+[|•·]\s+")
_POLICY_LINK = regexes.compile(r"\b(?:polic(?:y|ies)|terms|privacy)\b", re.IGNORECASE)
_YEAR = regexes.compile(r"\b(?:19|20)\d\d\b")
# "(c) Agencia EFE", "(C) 2024 Gazette": the sign typed as letters, opening a line, before a name or year.
_ASCII_COPYRIGHT = regexes.compile(r"\s*(?:[Cc]opyright\s*)?\([cC]\)\s+(?=[A-Z0-9])")
# A line that opens with its copyright and year: "Copyright 1995 - 2026", "© 2026", "(C) 2026".
_OPENING_COPYRIGHT = regexes.compile(r"\s*(?:copyright\s*(?:©|ⓒ|\(c\))?|©|ⓒ|\(c\))\s*(?:19|20)\d\d\b", re.IGNORECASE)


def is_sentence(text: str) -> bool:
    """Whether a line ends like a sentence (closing quotes and brackets looked through, and an
    agency's one-word sign-off glued after the last sentence).

    >>> is_sentence("He said so.”"), is_sentence("Related articles")
    (True, False)
    >>> is_sentence("The statement was later withdrawn. (NAN)"), is_sentence("Jobs (Opinion)")
    (True, False)
    """
    return _ends_sentence(text.rstrip())


# An agency's sign-off glued after the last sentence: "... do Sejmu. (PAP)", "... withdrawn.” (NAN)".
_GLUED_SIGNOFF = regexes.compile(r"(?<=[.!?…])[\"”’]?\s*\((?P<agency>[^\W\d_][\w./-]{1,19})\)$")


def _ends_sentence(stripped: str) -> bool:
    """Whether a stripped line ends like a sentence, closing quotes and brackets and a glued
    sign-off looked through.

    >>> _ends_sentence("Projekt trafi teraz do Sejmu. (PAP)"), _ends_sentence("Zdroj: ČTK (ČTK)")
    (True, False)
    >>> _ends_sentence("Top 17 Agencies in the U.S. (2025)")
    False
    """
    signoff = _GLUED_SIGNOFF.search(stripped) if stripped.endswith(")") else None
    if signoff is not None and signoff["agency"][:1].isupper():
        stripped = stripped[: signoff.start()]
    return stripped.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def looks_like_chrome(text: str) -> bool:
    """Short and not a sentence: the shape of a link, button, label or menu entry.

    >>> looks_like_chrome("Follow us on Instagram")
    True
    >>> looks_like_chrome("The ministry declined to comment.")
    False
    """
    stripped = text.strip()
    return len(stripped) <= MAX_CHROME_CHARS and len(stripped.split()) <= MAX_CHROME_WORDS and not is_sentence(stripped)


def guess_script_language(text: str, words: Sequence[Sequence[str]] | None = None) -> str:
    """The document's language as far as the lexicon cares: a CJK language by script, else by function
    words (``words``: the case-folded words of the sample it reads, ``text``'s first
    ``LANGUAGE_SAMPLE`` characters, line by line, when the caller has them).

    >>> guess_script_language("서울 국방부는 30일 밝혔다."), guess_script_language("Die Regierung hat es gesagt.")
    ('ko', 'de')
    >>> guess_script_language("東京の天気は晴れです。"), guess_script_language("北京时间今天上午")
    ('ja', 'zh')
    >>> guess_script_language("Jangan lebay dalam mencintai atau membenci sesuatu.")
    'und'

    """
    sample = text[:LANGUAGE_SAMPLE]
    beyond_ascii = _ASCII_RUNS.sub("", sample)  # every CJK and Hangul character, and fewer others
    hangul, kana, han = (len(script.findall(beyond_ascii)) for script in (_HANGUL, _KANA, _CJK))
    letters = _count_letters(sample, beyond_ascii) or 1
    if hangul / letters > 0.3:
        return "ko"
    if (han + hangul) / letters > 0.3:
        return "ja" if kana > han * 0.1 else "zh"
    if words is None:
        words = [[word.casefold() for word in _WORD.findall(sample)]]
    # How many words are function words of which languages ("de nl": of both).
    # How often each function word occurs, and so for which languages (each different one read once).
    languages_of = _languages_of_function_words()
    counts = Counter(filter(languages_of.__contains__, chain.from_iterable(words)))
    scores = dict.fromkeys(_BY_FUNCTION_WORDS, 0)
    for word, count in counts.items():
        for lang in languages_of[word]:
            scores[lang] += count
    best = max(_BY_FUNCTION_WORDS, key=lambda lang: (scores[lang], lang == "en"))
    # Too few function words of any listed language: another language, judged without them.
    return best if scores[best] >= 0.08 * sum(map(len, words)) else "und"


@lru_cache(maxsize=1)
def _languages_of_function_words() -> dict[str, tuple[str, ...]]:
    """Each function word of the languages the guess tells apart by them, with those it is one
    of (("de", "nl") for "was")."""
    languages: dict[str, list[str]] = {}
    for lang in _BY_FUNCTION_WORDS:
        for word in stopwords(lang):
            languages.setdefault(word, []).append(lang)
    return {word: tuple(names) for word, names in languages.items()}


def _count_letters(text: str, beyond_ascii: str) -> int:
    """How many characters of ``text`` are letters (``str.isalpha``); ``beyond_ascii``: its
    characters that are not ASCII.

    >>> text = "Año 2024: ½ día, ²x_y"
    >>> _count_letters(text, _ASCII_RUNS.sub("", text)) == sum(ch.isalpha() for ch in text)
    True
    """
    ascii_part = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    return ascii_letters + sum(map(str.isalpha, beyond_ascii))


class LineShape(NamedTuple):
    """What the pass knows about one non-blank line."""

    words: float
    sentence: bool
    stop_share: float
    title_case: bool
    prose: bool
    chrome_shaped: bool


def describe(text: str, lang: str) -> LineShape:
    """The shape of a line: its length in words, sentence end, function-word share, title case.

    >>> describe("The minister said on Monday that the talks would resume next week.", "en").prose
    True
    >>> s = describe("Politics Business Technology Science Health", "en")
    >>> s.prose, s.title_case
    (False, True)
    """
    stripped = text.strip()
    tokens = _WORD.findall(stripped)
    function = stopwords(lang)
    if lang in ("ja", "zh"):
        cjk = len(_CJK.findall(stripped))
        words = len(tokens) + cjk / 1.5 - sum(1 for t in tokens if _CJK.search(t))
        stop_share = sum(ch in function for ch in stripped) / max(cjk, 1)
        stop_share = min(1.0, stop_share * 2.5)  # function characters are denser than function words
        if cjk >= MIN_CJK_SENTENCE_CHARS and stripped.rstrip(_CLOSERS).endswith("。"):
            # A clause closed by the ideographic full stop is a sentence, whatever its function
            # characters (news Chinese, traditional above all, has few of them: "通過預算案，創歷年新高。").
            stop_share = max(stop_share, MIN_STOPWORD_SHARE)
    else:
        words = float(len(stripped.split()))
        if lang == "ko":
            stop_share = sum(t in function or t.endswith(_KOREAN_ENDINGS) for t in tokens) / max(len(tokens), 1)
            stop_share = min(1.0, stop_share * 0.5)
        else:
            stop_share = sum(t.casefold() in function for t in tokens) / max(len(tokens), 1) if function else 0.3
    # Title case: the words that start with a letter of a script with case, most of them capitalised.
    initials = [t[0] for t in tokens if t[:1].isalpha() and not _CJK.match(t) and not _HANGUL.match(t)]
    capitals = sum(ch.isupper() for ch in initials)
    return _shapes([words], [is_sentence(stripped)], [stop_share], [len(initials)], [capitals])[0]


def _shapes(
    words: Sequence[float],
    sentences: Sequence[bool],
    stop_shares: Sequence[float],
    cased: Sequence[int],
    capitals: Sequence[int],
) -> list[LineShape]:
    """The shapes of lines from what was counted in each: words, whether it ends a sentence, the
    share of function words, words that start with a letter of a script with case, and how many
    of those start with a capital (title case: most of them). Lines of the same shape share one
    (a page dump has a few thousand shapes over a hundred thousand lines).

    >>> shapes = _shapes([2.0, 9.0, 2.0], [False, True, False], [0.0, 0.3, 0.0], [2, 9, 2], [2, 1, 2])
    >>> shapes[0] is shapes[2], shapes[0].title_case, shapes[1].prose
    (True, True, True)
    """
    title_case = [n >= 1 and c / n >= 0.75 for n, c in zip(cased, capitals, strict=True)]
    prose = [
        share >= MIN_STOPWORD_SHARE
        and ((n >= MIN_PROSE_WORDS and not (title and not sentence)) or (sentence and n >= MIN_SENTENCE_WORDS))
        for n, sentence, share, title in zip(words, sentences, stop_shares, title_case, strict=True)
    ]
    chrome_shaped = [
        not is_prose and not sentence and n <= MAX_CHROME_WORDS
        for n, sentence, is_prose in zip(words, sentences, prose, strict=True)
    ]
    known: dict[LineShape, LineShape] = {}
    shapes = map(LineShape, words, sentences, stop_shares, title_case, prose, chrome_shaped)
    return [known.setdefault(shape, shape) for shape in shapes]


_KOREAN_ENDINGS = tuple("은는이가을를에의로와과도다")
_PROSE = attrgetter("prose")
# Languages whose lines describe() reads by their script, not only by their words.
_SCRIPT_LANGUAGES = ("ja", "zh", "ko")


@dataclass(frozen=True, slots=True)
class PageLines:
    """A page's non-blank lines, and what the rules read from each, read for all of them at once:
    the line stripped, whether it ends a sentence (``is_sentence``), its number of words
    (``len(text.split())``), and the label (``normalise_label``) of each line that looks like
    chrome (``looks_like_chrome``; None for the others, whose labels ``labels`` and ``key`` make
    when asked, and do not keep: a page's memory beyond its text stays a few numbers a line).

    >>> lines = PageLines.read(["  Share  on X ", "The council met on Monday.", "x " * 20])
    >>> lines.stripped[0], lines.sentences, lines.word_counts, lines.keys
    ('Share  on X', [False, True, False], [3, 5, 20], ['share on x', None, None])
    >>> lines.key(1), lines.labels([0, 2])[1][:5]
    ('the council met on monday', 'x x x')
    """

    texts: Sequence[str]
    stripped: list[str]
    sentences: list[bool]
    word_counts: list[int]
    keys: list[str | None]

    @classmethod
    def read(cls, texts: Sequence[str]) -> PageLines:
        stripped = list(map(str.strip, texts))
        sentences = list(map(str.endswith, map(str.rstrip, stripped, repeat(_CLOSERS)), repeat(_SENTENCE_END)))
        for k in compress(range(len(stripped)), map(not_, sentences)):
            if stripped[k].endswith(")"):
                sentences[k] = _ends_sentence(stripped[k])  # (a sign-off glued after the last sentence)
        # A line whose words stand one space apart, and nothing but those spaces is whitespace,
        # has one word more than spaces.
        word_counts = list(map(add, map(str.count, stripped, repeat(" ")), repeat(1)))
        spaced = map(and_, map(str.isprintable, stripped), map(not_, map(str.__contains__, stripped, repeat("  "))))
        for k in compress(range(len(stripped)), map(not_, spaced)):
            word_counts[k] = len(stripped[k].split())
        chrome_shaped = [
            k
            for k, (line, words, sentence) in enumerate(zip(stripped, word_counts, sentences, strict=True))
            if words <= MAX_CHROME_WORDS and not sentence and len(line) <= MAX_CHROME_CHARS
        ]
        keys: list[str | None] = [None] * len(texts)
        _consume(map(keys.__setitem__, chrome_shaped, _labels([texts[k] for k in chrome_shaped])))
        return cls(texts, stripped, sentences, word_counts, keys)

    def key(self, k: int) -> str:
        """The label of line ``k`` (``normalise_label``)."""
        key = self.keys[k]
        return normalise_label(self.texts[k]) if key is None else key

    def labels(self, rows: Sequence[int]) -> list[str]:
        """The labels of lines ``rows`` (``normalise_label``), those not kept made at once."""
        kept = list(map(self.keys.__getitem__, rows))
        missing = [j for j, key in enumerate(kept) if key is None]
        made = iter(_labels([self.texts[rows[j]] for j in missing]))
        return [next(made) if key is None else key for key in kept]


def _labels(texts: Sequence[str]) -> list[str]:
    """``normalise_label`` of each text, made ``WORDS_WINDOW`` characters of texts at a time."""
    labels: list[str] = []
    for start, end in _windows(texts):
        labels += normalise_labels(texts[start:end])
    return labels


# The words of lines, case-folded, and how many of each line's start with a cased letter, and a capital.
LineWords = tuple[list[list[str]], list[int], list[int]]


def line_words(texts: Sequence[str]) -> LineWords:
    """The words (``_WORD``) of each line, read at once: case-folded, and how many of them start
    with a letter of a script with case, and with a capital. It holds every word of ``texts``:
    PageWords reads a page through it a window at a time.

    >>> folded, cased, capitals = line_words(["Read more: Storm hits 2", "l'été, c'est—“fini”", "rock'n'roll ''ok'"])
    >>> folded
    [['read', 'more', 'storm', 'hits'], ["l'été", "c'est", 'fini'], ["rock'n'roll", 'ok']]
    >>> cased, capitals
    ([4, 3, 2], [2, 0, 0])
    """
    # Lines of ASCII, most of most pages, in one go (with common punctuation beyond ASCII as
    # its stand-in): every character but a letter, a line break or an apostrophe becomes a
    # space, and so does an apostrophe between no two letters.
    page = "\n".join(texts)
    for mark, stand_in in _ASCII_STAND_INS:
        if mark in page:
            page = page.replace(mark, stand_in)
    lines = page.split("\n")
    is_ascii = list(map(str.isascii, lines))
    plain = "\n".join(compress(lines, is_ascii))
    del page, lines
    lower, cases = plain.translate(_ASCII_LOWER), plain.translate(_ASCII_CASES)
    if "'" in plain:
        lower, cases = _LONE_APOSTROPHES.sub(" ", lower), _LONE_APOSTROPHES.sub(" ", cases)
    ascii_words = map(str.split, lower.split("\n"))
    case_marks = cases.split("\n")
    ascii_capitals = map(add, map(str.count, case_marks, repeat(" U")), map(str.startswith, case_marks, repeat("U")))
    count = len(texts)
    folded: list[list[str]]
    if count and all(is_ascii):  # (most pages: the lines are the ASCII lines)
        folded, capitals = list(ascii_words), list(ascii_capitals)
    else:
        rows = list(compress(range(count), is_ascii))
        folded = [[]] * count
        capitals = [0] * count
        _consume(map(folded.__setitem__, rows, ascii_words))
        _consume(map(capitals.__setitem__, rows, ascii_capitals))
    cased = list(map(len, folded))  # (a word's first ASCII character is a letter)
    for k in compress(range(count), map(not_, is_ascii)):
        tokens = _WORD.findall(texts[k])
        folded[k] = list(map(str.casefold, tokens))
        initials = "".join([token[0] for token in tokens])
        if not initials.isascii():
            initials = "".join(filter(str.isalpha, _CJK_OR_HANGUL.sub("", initials)))
        cased[k], capitals[k] = len(initials), sum(map(str.isupper, initials))
    return folded, cased, capitals


@dataclass(frozen=True, slots=True)
class PageWords:
    """What describe() counts in the words (``_WORD``) of every line of a page, read at once: how
    many words, how many of them are in ``function`` (case-folded), and how many start with a
    letter of a script with case, and with a capital. Only counts are kept: the words themselves
    are read ``window`` characters of lines at a time (``WORDS_WINDOW`` when None) and let go, so
    the memory a page takes beyond its text stays small.

    >>> words = PageWords.read(["Read more: Storm hits 2 coasts", "In the end, it's over", "Über"], {"the", "in"}, 10)
    >>> words.tokens, words.function_words, words.cased, words.capitals
    ([5, 5, 1], [0, 2, 0], [5, 5, 1], [2, 1, 1])
    """

    tokens: list[int]
    function_words: list[int]
    cased: list[int]
    capitals: list[int]

    @classmethod
    def read(cls, texts: Sequence[str], function: Collection[str], window: int | None = None) -> PageWords:
        return cls.count((line_words(texts[start:end]) for start, end in _windows(texts, window)), function)

    @classmethod
    def count(cls, windows: Iterable[LineWords], function: Collection[str]) -> PageWords:
        """The counts of the words of windows of lines (``line_words``), one after the other."""
        tokens: list[int] = []
        function_words: list[int] = []
        cased: list[int] = []
        capitals: list[int] = []
        for folded, window_cased, window_capitals in windows:
            tokens += map(len, folded)
            function_words += map(sum, map(map, repeat(function.__contains__), folded))
            cased += window_cased
            capitals += window_capitals
        return cls(tokens, function_words, cased, capitals)


def _windows(texts: Sequence[str], size: int | None = None) -> Iterator[tuple[int, int]]:
    """Consecutive ranges ``(start, end)`` of ``texts`` of about ``size`` characters each
    (``WORDS_WINDOW`` when None), at least one line: a longer line makes a window of its own.

    >>> list(_windows(["ab", "cd", "efghij", "k", "l"], 4))
    [(0, 2), (2, 3), (3, 5)]
    """
    if size is None:
        size = WORDS_WINDOW
    ends = list(accumulate(map(len, texts)))
    start = 0
    while start < len(texts):
        before = ends[start] - len(texts[start])
        end = max(bisect_right(ends, before + size, start), start + 1)
        yield start, end
        start = end


def _language_and_words(texts: Sequence[str], lang: str | None) -> tuple[str, PageWords | None]:
    """The page's language (``lang``, or when None guess_script_language's guess from the page's
    first ``LANGUAGE_SAMPLE`` characters) and the words of its lines counted (None for a language
    describe() reads by its script), every line's words read once.

    >>> texts = ["Die Regierung hat es gesagt.", "Sie ist da."]
    >>> lang, words = _language_and_words(texts, None)
    >>> lang, words.function_words if words else None
    ('de', [3, 3])
    >>> _language_and_words(["서울 국방부는 30일 밝혔다."], None)
    ('ko', None)
    """
    windows = (line_words(texts[start:end]) for start, end in _windows(texts))
    first = next(windows)
    if lang is None:
        sample, whole, cut = _language_sample(texts)
        # (the sample is shorter than a window: the first window holds the lines it holds whole)
        folded = first[0] if whole <= len(first[0]) else line_words(texts[:whole])[0]
        lang = guess_script_language(sample, [*folded[:whole], cut])
    if lang in _SCRIPT_LANGUAGES:
        return lang, None
    return lang, PageWords.count(chain([first], windows), stopwords(lang))


def _language_sample(texts: Sequence[str]) -> tuple[str, int, list[str]]:
    """The sample of the lines joined that guess_script_language reads (its first
    ``LANGUAGE_SAMPLE`` characters), how many lines it holds whole, and the case-folded words of
    the part of the next line it holds (no word spans a line break).

    >>> texts = ["Ein Text", "x" * (LANGUAGE_SAMPLE - 20) + " Ende Schluss", "Mehr"]
    >>> sample, whole, cut = _language_sample(texts)
    >>> sample == "\\n".join(texts)[:LANGUAGE_SAMPLE], whole, cut[1:]
    (True, 1, ['ende', 'schlu'])
    >>> _language_sample(["Ein Text", "Mehr"])
    ('Ein Text\\nMehr', 2, [])
    """
    offset = 0
    for k, text in enumerate(texts):
        if offset + len(text) > LANGUAGE_SAMPLE:
            cut = text[: max(0, LANGUAGE_SAMPLE - offset)]
            sample = "\n".join([*texts[:k], cut])[:LANGUAGE_SAMPLE]
            return sample, k, [word.casefold() for word in _WORD.findall(cut)]
        offset += len(text) + 1
    return "\n".join(texts), len(texts), []


def _consume(iterator: Iterable[object]) -> None:
    """Run an iterator to its end (the ``consume`` recipe of itertools)."""
    deque(iterator, maxlen=0)


def _shapes_of_paragraphs(
    lines: PageLines, positions: Sequence[int], lang: str | None
) -> tuple[list[LineShape], frozenset[int]]:
    """The shape of each line, read over the whole paragraph when a hard wrap split it, and the
    lines that continue the line before (``lang``: the page's language, guessed when None).

    A line continues into the next when they stand together (no blank line between) and it ends
    in a hyphen (a lone word only over a line not in capitals), or, as long as a hard-wrapped
    line, does not end a sentence while the next starts in lower case (not so a column of
    lower-case links: "facebook", "linkedin").
    """
    stripped, sentences, counts = lines.stripped, lines.sentences, lines.word_counts
    together = map((1).__eq__, map(sub, positions[1:], positions))
    wraps = [
        k
        for k in compress(range(len(stripped) - 1), together)
        if not sentences[k]
        and (
            # (a lone word with a hyphen over a capital is a button, "A-" over a caption, not a wrap)
            (stripped[k].endswith("-") and (" " in stripped[k] or not stripped[k + 1][:1].isupper()))
            or (len(stripped[k]) >= MIN_WRAPPED_CHARS and stripped[k + 1][:1].islower())
        )
    ]
    lang, words = _language_and_words(lines.texts, lang)
    function = stopwords(lang)
    if words is None:
        shapes = [describe(line, lang) for line in stripped]
    else:
        if function:
            shares = list(map(truediv, words.function_words, map(max, words.tokens, repeat(1))))
        else:
            shares = [0.3] * len(stripped)
        shapes = _shapes(list(map(float, counts)), sentences, shares, words.cased, words.capitals)
    # A paragraph that hard wraps split: its lines take its shape (a word never spans a space,
    # so its words are its lines' words).
    continued: set[int] = set()
    groups = [slice(start, end + 2) for start, end in _runs(wraps)]
    if words is None:
        paragraph_shapes = [describe(" ".join(stripped[group]), lang) for group in groups]
    else:
        # (the paragraphs' shapes made at once, as the lines' were)
        sums = [
            (sum(words.tokens[group]), sum(words.function_words[group]), sum(words.cased[group])) for group in groups
        ]
        paragraph_shapes = _shapes(
            [float(sum(counts[group])) for group in groups],
            [is_sentence(stripped[group.stop - 1]) for group in groups],
            [found / max(tokens, 1) if function else 0.3 for tokens, found, _ in sums],
            [cased for _, _, cased in sums],
            [sum(words.capitals[group]) for group in groups],
        )
    for group, shape in zip(groups, paragraph_shapes, strict=True):
        shapes[group] = [shape] * (group.stop - group.start)
        continued.update(range(group.start + 1, group.stop))
    return shapes, frozenset(continued)


def _runs(positions: Sequence[int]) -> list[tuple[int, int]]:
    """The runs of consecutive numbers in sorted ``positions``, as (first, last).

    >>> _runs([1, 2, 3, 7, 9, 10])
    [(1, 3), (7, 7), (9, 10)]
    """
    runs: list[tuple[int, int]] = []
    for k in positions:
        if runs and runs[-1][1] == k - 1:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


def legal_phrase(text: str, key: str | None = None) -> tuple[str, str] | None:
    """The copyright or policy phrase in ``text`` and its language, if any (``key``: the line's
    ``normalise_label``, when the caller has it).

    >>> legal_phrase("© 2024 Daily Gazette. All rights reserved.")
    ('©', 'en')
    >>> legal_phrase("The budget was approved.") is None
    True
    """
    if key is None:
        key = normalise_label(text)
    for phrase, lang in legal_phrases():
        # "Copyright" alone is a word an article may use in a heading; a notice gives a year or ©.
        if phrase in key and (phrase != "copyright" or "©" in text or _DIGIT.search(text)):
            return phrase, lang
        if phrase == "©" and "ⓒ" in text:
            return phrase, lang  # the circled c the Korean press prints for © ("ⓒ 한겨레신문사 : ...")
    return None


def densest_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """The run ``[start, end]`` with the greatest positive sum (Kadane), or None.

    >>> densest_run([-3, 20, -3, 15, -3, -3, -3, -3, -3, -3, 4])
    (1, 3)
    >>> densest_run([-1, -2]) is None
    True
    """
    # The sum of the run that ends at each line, which starts afresh after a sum of 0 or less.
    totals = list(accumulate(weights, lambda total, weight: (total if total > 0 else 0.0) + weight))
    best = max(totals, default=0.0)
    if best <= 0:
        return None
    end = totals.index(best)
    start = end
    while start > 0 and totals[start - 1] > 0:
        start -= 1
    return start, end


def _menu_runs(
    texts: Sequence[str],
    shapes: Sequence[LineShape],
    min_run: int = MIN_MENU_LINES,
    spaced: frozenset[int] = frozenset(),
) -> set[int]:
    """Positions in runs of ``min_run`` or more short title-case lines (a menu, a list of section
    links); in a script without case (Hangul, CJK), lines of one or two words without numbers.
    A headline set apart by a blank line over its date or time over the lede ends the run above it
    (``spaced``: the lines after a blank line).

    >>> texts = ["뉴시스", "전체기사", "정치", "경제", "기준금리 동결…한은 물가 둔화 지켜볼 것"]
    >>> sorted(_menu_runs(texts, [describe(t, "ko") for t in texts]))
    [0, 1, 2, 3]
    """
    links = [
        shape.chrome_shaped
        and shape.words <= 5
        and (shape.title_case or (shape.words <= 2 and _is_caseless_link(text, shape)))
        for text, shape in zip(texts, shapes, strict=True)
    ]
    # A date or time under a headline, right over the lede, is the story's head, and so is the headline
    # over it: the run of links ends above them ("Singapore", "Asia", "CNA Insider" over the headline
    # over "05 Nov 2026 03:12PM" over "TOKYO: ...").
    for k in range(1, len(texts)):
        # (a headline's words, not a category's "Recruiting Top Talent"; not the menu's last entry
        # right above the time)
        headline = links[k - 1] and shapes[k - 1].words >= MIN_MENU_HEADLINE_WORDS and k - 1 in spaced
        if headline and not _is_short_time(texts[k - 1]) and _is_short_time(texts[k]):
            lede = next((j for j in range(k + 1, len(texts)) if not _is_short_time(texts[j])), len(texts))
            if lede < len(texts) and shapes[lede].prose:
                links[k - 1 : lede] = [False] * (lede - k + 1)
    runs = _runs(list(compress(range(len(links)), links)))
    return {k for first, last in runs if last - first + 1 >= min_run for k in range(first, last + 1)}


def _is_short_time(text: str) -> bool:
    """A line that only gives a date or time, as a story's head prints it ("05 Nov 2026 03:12PM")."""
    return len(text) <= MAX_CHROME_CHARS and _DIGIT.search(text) is not None and is_timestamp(text, wire_rules())


def remove_chrome(doc: Document, cfg: Config) -> Document:
    """Remove the page around the article; every removed line says which rule removed it.

    A line is removed when it is, as a whole, a known UI string or section heading (the packaged
    lexicon plus ``cfg.ui_strings``), a copyright or policy notice, part of a menu (a run of short
    title-case lines) or of a run of short lines repeated in the page (every copy goes), a line
    that ``cfg.profile`` knows from many pages of the site, a later copy of a paragraph, or when
    it lies outside the article body on a page that shows chrome. Runs before rejoin, so words
    are rejoined across the gaps it leaves.

    >>> from cleannews.config import Config
    >>> para = "The council will vote on the plan on Monday, the mayor said."
    >>> text = f"Menu\\nLog in\\nMenu\\nLog in\\nBudget vote set\\n{para}\\n{para}"
    >>> doc = remove_chrome(Document.from_text(text), Config())
    >>> print(doc.text)
    Budget vote set
    The council will vote on the plan on Monday, the mayor said.
    >>> [(r.line, r.reason) for r in doc.removed][-1]
    (7, 'duplicate of line 6')
    """
    if header := page_frames([line.text for line in doc.lines]):
        # A crawler's own record over the page (Jina's "URL Source:", a YAML front matter), an archive's
        # toolbar, a consent wall: the tool's or the frame's, not the page's
        taken = [Removal(NAME, doc.lines[i].origin, doc.lines[i].text, why) for i, why in header.items()]
        doc = doc.replace(
            lines=tuple(line for i, line in enumerate(doc.lines) if i not in header), removed=doc.removed + tuple(taken)
        )
    all_texts = [line.text for line in doc.lines]
    content = list(compress(range(len(all_texts)), map(str.strip, all_texts)))  # the lines not blank
    if not content:
        return doc
    texts = [all_texts[i] for i in content]
    del all_texts
    lines = PageLines.read(texts)
    shapes, continued = _shapes_of_paragraphs(lines, content, cfg.lang if cfg.lang in LANGUAGES else None)
    # (the lines that stand after a blank line: a headline set apart from the menu above it)
    spaced = frozenset(k for k in range(1, len(content)) if content[k] > content[k - 1] + 1)
    verdicts = _rule_verdicts(lines, shapes, cfg, continued, spaced)
    blocks = repeated_blocks(texts, lines=lines)
    headings, items = _ui_words_in_the_text(texts, shapes, verdicts)
    own = headings | items
    # (a frame a page was copied in, a consent wall or an archive's toolbar, is one sign of the page)
    framed = any(why in (ARCHIVE_TOOLBAR, CONSENT_WALL) for why in header.values())
    page = _shows_a_page(texts, shapes, {k: v for k, v in verdicts.items() if k not in own}, blocks, lines, framed)
    stripped = lines.stripped
    del lines  # (the labels and counts are read: let them go before the article body is looked for)
    if page:
        verdicts = {k: v for k, v in verdicts.items() if k not in headings}
        final, story_copyright = _page_chrome(
            texts, stripped, shapes, verdicts, blocks, [doc.lines[i].origin for i in content]
        )
    else:
        final, story_copyright = _chrome_in_an_article(texts, verdicts, own, blocks), False
    del stripped, shapes, verdicts, blocks  # (let the page's tables go before the new lines are made)
    if not final:
        return doc
    by_index = {content[k]: why for k, why in final.items()}
    gone = sorted(by_index)
    del final, texts
    kept = list(map(doc.lines.__getitem__, filterfalse(by_index.__contains__, range(len(doc.lines)))))
    removed = [Removal(NAME, doc.lines[i].origin, doc.lines[i].text, by_index[i]) for i in gone]
    meta = doc.meta
    if meta.copyright is None and not story_copyright:
        # The page's copyright line leaves the text here, but its notice belongs in the metadata
        # (unless the story's own copyright line stays under it, for the wire pass).
        # (a line states a copyright only where its folded text holds a hint of it)
        hinted = _rows_holding(_COPYRIGHT_HINTS, [r.text.replace("ⓒ", "©") for r in removed], read=_folded)
        notices = (
            page_copyright(removed[j].text)
            for j in hinted
            if is_copyright_notice(removed[j].text) and not is_picture_credit(removed[j].text)
        )
        meta = meta.replace(copyright=next(notices, None))
    return doc.replace(lines=tuple(kept), removed=doc.removed + tuple(removed), meta=meta)


_MAX_HEADER_LINES = 60
# Jina Reader's header: "Title: ...", "URL Source: https://...", "Published Time: ...", "Markdown Content:"
_JINA_FIELD = regexes.compile(
    r"(?:Title|URL Source|Published Time|Description|Warning|Number of Pages|Markdown Content|Content):(?:\s|$)"
)
_YAML_FENCE = regexes.compile(r"-{3}\s*")
_YAML_ENTRY = regexes.compile(r"[A-Za-z_][\w -]{0,30}:(?:\s.*)?|\s+-\s.*|\s+\S.*")


def page_frames(texts: Sequence[str]) -> dict[int, str]:
    """The lines of what a page was copied in rather than the page itself, each with its reason: a
    crawler's record at the top (``crawler_header``), an archive's toolbar over its capture
    (``archive_toolbar``) and consent walls over or under the page (``consent_walls``).

    >>> wall = ["We value your privacy", "We and our partners use cookies.", "Accept all", "Reject all"]
    >>> sorted(page_frames(["The Wayback Machine - https://web.archive.org/web/2024/https://x.com/a", "", *wall]))
    [0, 2, 3, 4, 5]
    """
    return {**crawler_header(texts[:_MAX_HEADER_LINES]), **archive_toolbar(texts), **consent_walls(texts)}


# The Wayback Machine's toolbar as a copy of a capture keeps it: its hidden first line names the
# capture ("The Wayback Machine - https://web.archive.org/web/20240315093000/https://..."), and its
# lines (the captures, the calendar, "About this capture", the collection) run down to its
# "TIMESTAMPS" tab, with "loading" under it.
_WAYBACK_FIRST = regexes.compile(r"\s*The Wayback Machine\s+-\s+https?://web\.archive\.org/web/\d{4,14}\S*\s*")
_WAYBACK_TAB = regexes.compile(r"\s*TIMESTAMPS\s*")
_WAYBACK_LOADING = regexes.compile(r"\s*loading\s*")
MAX_TOOLBAR_LINES = 40


def archive_toolbar(texts: Sequence[str]) -> dict[int, str]:
    """The Wayback Machine's toolbar at the top of ``texts``: its first line, naming the capture's
    address, and the lines under it down to its "TIMESTAMPS" tab (and "loading") when that comes
    within a few dozen lines; only the first line where it does not. A story that opens "The
    Wayback Machine - the archive ..." names no capture.

    >>> bar = ["The Wayback Machine - https://web.archive.org/web/20240315/https://x.com/a", "12 captures"]
    >>> sorted(archive_toolbar([*bar, "About this capture", "TIMESTAMPS", "loading", "", "Talks resume"]))
    [0, 1, 2, 3, 4]
    >>> sorted(archive_toolbar([bar[0], "", "Talks resume", "Officials met."]))
    [0]
    >>> archive_toolbar(["The Wayback Machine - the free archive - holds 12 captures of the page."])
    {}
    """
    first = next((i for i, text in enumerate(texts) if text.strip()), None)
    if first is None or not _WAYBACK_FIRST.fullmatch(texts[first]):
        return {}
    reach = range(first + 1, min(len(texts), first + MAX_TOOLBAR_LINES))
    tab = next((i for i in reach if _WAYBACK_TAB.fullmatch(texts[i])), None)
    if tab is None:
        return {first: ARCHIVE_TOOLBAR}
    below = next((i for i in range(tab + 1, len(texts)) if texts[i].strip()), None)
    end = below if below is not None and _WAYBACK_LOADING.fullmatch(texts[below]) else tab
    return {i: ARCHIVE_TOOLBAR for i in range(first, end + 1) if texts[i].strip()}


# A consent wall's buttons, each a line of its own: "Accept all", "Reject All", "I Accept",
# "Manage preferences", "Show Purposes", "More options".
_CONSENT_BUTTON = regexes.compile(
    r"\s*(?:(?:accept|reject|allow|refuse|decline|deny)(?: all)?(?: cookies)?|i (?:accept|agree|decline)"
    r"|agree(?: and (?:close|continue))?|manage (?:preferences|options|settings|cookies|choices)|more options"
    r"|show purposes|(?:cookie|privacy) settings|customi[sz]e(?: settings)?|(?:only )?necessary cookies(?: only)?"
    r"|continue without (?:accepting|agreeing))\s*",
    re.IGNORECASE,
)
# What a wall's heading or text speaks of.
_CONSENT_WORDS = regexes.compile(r"\b(?:cookies?|privacy|consent|partners|personal data)\b", re.IGNORECASE)
MIN_CONSENT_BUTTONS = 2
MAX_WALL_TEXT_LINES = 4
MAX_BUTTON_CHARS = 40


def consent_walls(texts: Sequence[str]) -> dict[int, str]:
    """Consent walls copied with the page, over or under it: two or more buttons in a row ("Accept
    all", "Reject all", "Manage preferences"), under at most a few lines that open after a blank
    line (or the text's start) and speak of cookies, privacy or partners (the wall's heading and
    text: each a heading or a sentence that does). Buttons alone, or under a story's paragraphs, are
    the lexicon's to judge.

    >>> wall = ["We value your privacy", "We and our 120 partners use cookies to show ads.", "Accept all", "Reject all"]
    >>> sorted(consent_walls(["Talks resume", "", *wall, "", "Officials met on Monday."]))
    [2, 3, 4, 5]
    >>> consent_walls(["Officials met on Monday.", "Accept all", "Reject all"])  # no wall's text above
    {}
    >>> story = ["The council's privacy rules passed.", "He said officials met on Monday at noon."]
    >>> consent_walls([*story, "I agree", "Deny"])  # a sentence that speaks of none of it
    {}
    """
    found: dict[int, str] = {}
    k = 0
    while k < len(texts):
        if not _is_consent_button(texts[k]):
            k += 1
            continue
        end = k
        while end + 1 < len(texts) and _is_consent_button(texts[end + 1]):
            end += 1
        top = k
        while top > 0 and texts[top - 1].strip() and k - top < MAX_WALL_TEXT_LINES:
            top -= 1
        if (
            end - k + 1 >= MIN_CONSENT_BUTTONS
            and top < k
            and (top == 0 or not texts[top - 1].strip())
            and any(_CONSENT_WORDS.search(texts[i]) for i in range(top, k))
            and all(_CONSENT_WORDS.search(texts[i]) or not is_sentence(texts[i]) for i in range(top, k))
        ):
            found.update(dict.fromkeys(range(top, end + 1), CONSENT_WALL))
        k = end + 1
    return found


def _is_consent_button(text: str) -> bool:
    return len(text) <= MAX_BUTTON_CHARS and _CONSENT_BUTTON.fullmatch(text) is not None


def crawler_header(texts: Sequence[str]) -> dict[int, str]:
    """The lines of a crawler's record at the top of ``texts`` (a YAML front matter between "---"
    lines; Jina Reader's "URL Source:" header down to "Markdown Content:"), each with its reason.

    >>> sorted(crawler_header(["---", "title: Talks resume", "tags:", "  - clippings", "---", "", "SEOUL -- Talks."]))
    [0, 1, 2, 3, 4]
    >>> sorted(crawler_header(["Title: Talks", "", "URL Source: https://x.com/a", "", "Markdown Content:", "Talks."]))
    [0, 2, 4]
    >>> crawler_header(["---", "", "Title: the talks went on."])
    {}
    """
    first = next((i for i, text in enumerate(texts) if text.strip()), None)
    if first is None:
        return {}
    if _YAML_FENCE.fullmatch(texts[first]):
        for end in range(first + 1, len(texts)):
            if _YAML_FENCE.fullmatch(texts[end]):
                if end > first + 1:
                    return dict.fromkeys(range(first, end + 1), CRAWLER_FRONT_MATTER)
                return {}
            if not _YAML_ENTRY.fullmatch(texts[end]):
                return {}
        return {}
    found: dict[int, str] = {}
    for i in range(first, len(texts)):
        if not texts[i].strip():
            continue
        if not _JINA_FIELD.match(texts[i]):
            break
        found[i] = CRAWLER_HEADER
    fields = [texts[i].split(":", 1)[0] for i in found]
    return found if "URL Source" in fields or "Markdown Content" in fields else {}


def _chrome_in_an_article(
    texts: Sequence[str], verdicts: dict[int, Verdict], own: set[int], blocks: Sequence[RepeatedBlock]
) -> dict[int, str]:
    """What goes from an article with no page around it: the user's strings, the site profile's
    lines, advertising labels, UI strings of three words or more ("Skip to content"), and every
    copy of a repeated block that holds a UI string (a header scraped twice: "Home / World").
    A lone "Audio" or "Next" may be the article's own heading; two different UI strings make a page.
    """
    final = {k: v.reason for k, v in verdicts.items() if v.kind == "profile" and v.anywhere}
    for k, verdict in verdicts.items():
        if k in own:
            continue
        if verdict.kind in ("user", "inline", "caption") or (verdict.kind == "ui" and len(texts[k].split()) >= 3):
            final[k] = verdict.reason
    for block in blocks:
        lines = block.lines()
        if any(k in verdicts and verdicts[k].kind == "ui" for k in lines):
            why = f"repeated page chrome: a block of {block.length} short lines found {len(block.starts)} times"
            for k in lines:
                final.setdefault(k, why)
    final.update(_closing_tool_lines(texts, verdicts, own, final))
    # A UI string found more than once ("Menu", "Share" under every photo) is the page's, not a heading.
    copies = Counter(texts[k].strip() for k, v in verdicts.items() if v.kind == "ui" and k not in own)
    for k, verdict in verdicts.items():
        if verdict.kind == "ui" and k not in own and copies[texts[k].strip()] > 1:
            final.setdefault(k, verdict.reason)
    return final


def _closing_tool_lines(
    texts: Sequence[str], verdicts: dict[int, Verdict], own: set[int], final: dict[int, str]
) -> dict[int, str]:
    """The UI strings closing an article's text ("View comments", "Read in app" under an app's
    copy): they head nothing, the tool's lines, not the article's headings. Lines going anyway and
    closing lines the wire pass reads ("(END)") may stand under them; a line of the text's own must
    stand above them, and a labelled line ("Tags: ...") is the wire pass's to read.
    """
    from cleannews.wire.trailer import classify_trailer

    rules = wire_rules()
    last = len(texts) - 1
    for _ in range(_MAX_LINES_UNDER_TOOL_LINE):
        if last > 0 and (last in final or (last not in verdicts and classify_trailer(texts[last], rules) is not None)):
            last -= 1
    run: dict[int, str] = {}
    while (
        last in verdicts
        and verdicts[last].kind in ("ui", "section")
        and last not in own
        and ":" not in texts[last]
        and len(run) < _MAX_LINES_UNDER_TOOL_LINE
    ):
        run[last] = verdicts[last].reason
        last -= 1
    return run if last >= 0 and last not in verdicts else {}


_MAX_LINES_UNDER_TOOL_LINE = 4


def _page_chrome(
    texts: Sequence[str],
    stripped: Sequence[str],
    shapes: Sequence[LineShape],
    verdicts: dict[int, Verdict],
    blocks: Sequence[RepeatedBlock],
    origins: Sequence[int],
) -> tuple[dict[int, str], bool]:
    """The lines of a page dump that are not the article, with the reason for each (``stripped``:
    the lines stripped), and whether the article keeps its own copyright line among its closing
    lines."""
    body = _article_body(texts, shapes, verdicts, origins)
    start, end = (body.start, body.end) if body is not None else (0, len(texts) - 1)
    labels = body.contact_labels if body is not None else frozenset()
    final = {k: verdict.reason for k, verdict in verdicts.items() if verdict.anywhere and k not in labels}
    if body is not None:
        final.update(body.boxes)
        final.update(_writer_bios(texts, shapes, start, end, final))
    outside = _remove_outside(texts, verdicts, start, end, final)
    # A block repeated in the page is chrome, every copy of it, when one copy stands in the page
    # around the article; copies all inside the article are its own (table rows, spec lists).
    for block in blocks:
        copies = block.lines()
        menu = _is_menu_block(block, texts, shapes, verdicts)
        if any(k in outside or (menu and not start <= k <= end) for k in copies):
            why = f"repeated page chrome: a block of {block.length} short lines found {len(block.starts)} times"
            for k in copies:
                final[k] = verdicts[k].reason if k in verdicts and verdicts[k].anywhere else why
    # A repeated paragraph keeps its first copy (a standfirst shown twice, a pull quote).
    paragraphs = [k for k in compress(range(len(shapes)), map(_PROSE, shapes)) if k not in final]
    # (casefold makes no space and changes none: the words of a line spaced alike need no split)
    keys = [
        line.casefold() if line.isprintable() and "  " not in line else " ".join(texts[k].casefold().split())
        for k, line in zip(paragraphs, map(stripped.__getitem__, paragraphs), strict=True)
    ]
    if len(set(keys)) < len(keys):
        first_seen: dict[str, int] = {}
        for k, key in zip(paragraphs, keys, strict=True):
            if key in first_seen:
                final[k] = f"duplicate of line {origins[first_seen[key]]}"
            else:
                first_seen[key] = k
    if body is not None:
        final.update(_headline_copies(stripped, shapes, start, final, origins))
    return final, body is not None and body.keeps_copyright


def _headline_copies(
    stripped: Sequence[str], shapes: Sequence[LineShape], start: int, final: dict[int, str], origins: Sequence[int]
) -> dict[int, str]:
    """Lines that print the headline (the article's first line) again, whole and alone, before its
    running text starts (two paragraphs in a row): a gallery, a share box or a second heading
    above the lede. A headline of three words or more, not a sentence; a heading inside the
    article that repeats it is the article's own.

    >>> shapes = [describe(t, "en") for t in ("Storm hits the coast", "x", "Storm hits the coast")]
    >>> _headline_copies(["Storm hits the coast", "Share", "Storm hits the coast"], shapes, 0, {1: "ui"}, [1, 2, 3])
    {2: 'duplicate of line 1: the headline again'}
    >>> _headline_copies(["Storm hits the coast", "Share"], shapes, 0, {1: "ui"}, [1, 2])  # nothing under it
    {}
    """
    headline = " ".join(stripped[start].casefold().split())
    if len(headline.split()) < 3 or shapes[start].prose:
        return {}
    kept = [k for k in range(start + 1, len(stripped)) if k not in final]
    copies = {}
    for n, k in enumerate(kept, start=1):
        if shapes[k].prose and n < len(kept) and shapes[kept[n]].prose:
            break  # the running text
        if " ".join(stripped[k].casefold().split()) == headline:
            copies[k] = f"duplicate of line {origins[start]}: the headline again"
    return copies


def _is_menu_block(
    block: RepeatedBlock, texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict]
) -> bool:
    """A repeated menu: three or more short title-case links without numbers, in every copy
    (not a pair of table cells, not the rows of a table or spec list)."""
    return block.length >= 3 and all(
        (k in verdicts and verdicts[k].evidence) or _is_link(texts[k], shapes[k]) for k in block.lines()
    )


def _is_link(text: str, shape: LineShape) -> bool:
    """The shape of a menu entry: a short line without numbers, in title case where the script
    has case.

    >>> [_is_link(t, describe(t, "en")) for t in ("World News", "Class Size: 930", "- Amazon (Tools)")]
    [True, False, False]
    """
    stripped = text.strip()
    if shape.sentence or shape.words > 5 or _DIGIT.search(stripped) or stripped.endswith(":"):
        return False
    if stripped.startswith(_BULLETS):
        return False  # an item of a list in the article
    if shape.title_case:
        return True
    return any(map(str.isalpha, stripped)) and not any(ch.isupper() or ch.islower() for ch in stripped)


def _menu_ui_entry(text: str, shape: LineShape, verdict: Verdict | None) -> bool:
    """A UI string the lexicon knows, short as a menu's entry ("Sign in", "Log in"), not a sentence."""
    return (
        verdict is not None
        and verdict.kind == "ui"
        and verdict.evidence
        and not shape.sentence
        and shape.words <= 3
        and _DIGIT.search(text) is None
    )


def _is_caseless_link(text: str, shape: LineShape) -> bool:
    """A menu entry in a script without case: the shape of a link, no letter with case.

    >>> [_is_caseless_link(t, describe(t, "ko")) for t in ("전체기사", "World", "2026.09.04")]
    [True, False, False]
    """
    return not shape.title_case and _is_link(text, shape)


def _shows_a_page(
    texts: Sequence[str],
    shapes: Sequence[LineShape],
    verdicts: dict[int, Verdict],
    blocks: Sequence[RepeatedBlock],
    lines: PageLines,
    framed: bool = False,
) -> bool:
    """Whether the text is a page dump rather than an article alone: two different lines that the
    lexicon, the notices or the site profile call chrome, a menu shown twice, or one that opens the
    text with a UI string in it (``lines``: the page's lines read; ``framed``: a frame the page was
    copied in, a consent wall or an archive's toolbar, was taken off it, one sign more).

    An article may hold one such line (a "Related" heading, a copyright line the wire pass reads),
    and lists or tables that repeat; a page shows its navigation, share bar and footer.
    """
    # Labelled lines ("Read more: ...", "Photo: ...") stand in articles too: they are no sign;
    # notices with the same phrase are one.
    # A long notice counts where it opens with its copyright ("Copyright 1995 - 2026 . All rights
    # reserved. The content ... belongs to ..."): a footer's, never a sentence of the story.
    labels = {
        verdict.reason if verdict.kind == "notice" else lines.key(k)
        for k, verdict in verdicts.items()
        if verdict.evidence
        and verdict.kind != "link"
        and (
            shapes[k].words <= 2 * MAX_CHROME_WORDS
            or (verdict.kind == "notice" and _OPENING_COPYRIGHT.match(texts[k]) is not None)
        )
    }
    menus = sum(_is_menu_block(block, texts, shapes, verdicts) for block in blocks)
    # Navigation above the article: many links (short title-case lines without numbers) before
    # the first paragraph, where an article has its headline, byline and date.
    first_paragraph = next((k for k, shape in enumerate(shapes) if shape.prose), len(shapes))
    links = sum(_is_link(texts[k], shapes[k]) for k in range(first_paragraph))
    navigation = links >= MIN_NAVIGATION_LINKS
    # ... or a menu that opens the text and holds a UI string ("Home", "World", "Sport", ...).
    # (a UI string among its entries, "Sign in" between "Mail" and "News", is one of them)
    opening = next(
        (
            k
            for k in range(len(texts))
            if not _is_link(texts[k], shapes[k]) and not _menu_ui_entry(texts[k], shapes[k], verdicts.get(k))
        ),
        len(texts),
    )
    menu_first = (
        opening >= MIN_MENU_LINES
        and first_paragraph < len(shapes)  # (over an article's paragraphs)
        and any(k in verdicts and verdicts[k].evidence for k in range(opening))
    )
    # ... or a menu that opens the text over a story's head: its headline and publication time
    # (the headline may be short enough to look like the menu's last link)
    story = next((k for k in (opening, opening - 1) if k >= MIN_MENU_LINES and _story_head_at(texts, shapes, k)), None)
    menu_over_story = (
        story is not None
        and first_paragraph < len(shapes)
        # (a writer's name and role over the time are the head, no menu: "Jane Doe", "Business Correspondent";
        # the site's name may open a menu)
        and not any(_is_head_metadata(texts[k]) for k in range(1, story))
    )
    # ... or the page's first short lines printed twice over each other, as a select-all copy prints a
    # search box that the page holds twice ("Type to search" over "Search", twice: the seed's)
    # (on a page, not a note of a few lines that repeats its first ones)
    doubled = len(texts) >= MIN_DOUBLED_PAGE_LINES and any(
        texts[:n] == texts[n : 2 * n] and not any(shapes[k].prose or shapes[k].sentence for k in range(n))
        for n in range(2, MAX_DOUBLED_TOP_LINES + 1)
    )
    signs = len(labels) + 2 * menus + navigation + menu_first + 2 * menu_over_story + framed + doubled
    return signs >= MIN_PAGE_SIGNS


# How many lines the block at the top of a page (a search box) may have that a copy prints twice.
MAX_DOUBLED_TOP_LINES = 3
MIN_DOUBLED_PAGE_LINES = 12


MAX_STORY_HEAD_LINES = 4
MAX_HEAD_CAPTION_WORDS = 40
MAX_PROVIDER_WORDS = 3
# A photo's caption closed by its credit: "... in Seoul. (Yonhap)", "... at the stadium. Yonhap photo".
_HEAD_CAPTION_CREDIT = regexes.compile(r"(?:\)|[.!?][\"”’]?\s+[A-Z][\w.'’/-]*(?:\s+[\w.'’/-]+){0,2})\s*\Z")


def _story_head_at(texts: Sequence[str], shapes: Sequence[LineShape], first: int) -> bool:
    """Whether line ``first`` opens a story's head: a headline, then within a few short lines (a photo's
    caption closed by its credit, a provider's name) a line that gives the publication time ("Posted :
    2026-07-04 10:03", "KYODO NEWS - Sep 16, 2026 - 21:59 | All, World").

    >>> head = ["Talks resume in the capital", "Yonhap", "Posted : 2026-07-04 10:03", "Officials met on Monday."]
    >>> _story_head_at(head, [describe(t, "en") for t in head], 0)
    True
    >>> _story_head_at(head[:2] + head[3:], [describe(t, "en") for t in head[:2] + head[3:]], 0)
    False
    """
    rules = wire_rules()
    if first >= len(texts) or shapes[first].sentence or shapes[first].words > MAX_HEADLINE_WORDS:
        return False
    if is_timestamp(texts[first], rules):
        return False  # (a headline, no time of its own)
    for k in range(first + 1, min(first + 1 + MAX_STORY_HEAD_LINES, len(texts))):
        if len(texts[k]) <= MAX_CHROME_CHARS and _DIGIT.search(texts[k]) is not None and is_timestamp(texts[k], rules):
            return True
        credited = _HEAD_CAPTION_CREDIT.search(texts[k]) is not None and shapes[k].words <= MAX_HEAD_CAPTION_WORDS
        if not credited and shapes[k].words > MAX_PROVIDER_WORDS:
            return False  # (a standfirst or the story's paragraph; a photo's caption ends on its credit)
    return False


def is_breadcrumb(text: str) -> bool:
    """A trail of links to where a page sits in its site: three short parts or more between "»"
    or "›" ("Sofia Health » Price Guides » Meditation Class Cost"), or parts from "Home" between
    ">" (which also leads through a program's menus: "Go to Products > Data Files").

    >>> is_breadcrumb("Sofia Health » Price Guides » Meditation Class Cost"), is_breadcrumb("Home > News")
    (True, True)
    >>> is_breadcrumb("Prices rose > 5% in May » a record"), is_breadcrumb("A » B")
    (False, False)
    >>> is_breadcrumb("Go to Products > Data Files > Import"), is_breadcrumb("Example: Women » Rings » Gold")
    (False, False)
    >>> is_breadcrumb("Home » Best Drip Coffee Maker In 2026: Buying Tips From Coffee Pros")
    True
    """
    if not _CRUMB_MARK.search(text):
        return False
    parts = [part.strip() for part in _CRUMB_SEPARATOR.split(text.strip())]
    home = parts[0].casefold() in ("home", "start", "inicio", "accueil", "startseite")
    # (from Home, the last part may be the page's own title, however long)
    links = parts[:-1] if home else parts
    if not all(parts) or any(len(part.split()) > MAX_CRUMB_WORDS or ":" in part for part in links):
        return False
    if not all(part[0].isupper() for part in parts):
        return False
    return len(parts) >= 2 and (home or (len(parts) >= MIN_CRUMBS and ">" not in text))


def is_copyright_notice(text: str) -> bool:
    """A line that states a copyright (not a cookie or privacy notice).

    >>> is_copyright_notice("© 2024 Daily Gazette. All rights reserved."), is_copyright_notice("Privacy Policy")
    (True, False)
    >>> is_copyright_notice("(c) Agencia EFE"), is_copyright_notice("(c) the second option")
    (True, False)
    >>> is_copyright_notice("Copyright (c) YONHAP NEWS AGENCY")  # (no year)
    True
    >>> is_copyright_notice("ⓒ 한겨레신문사 : 무단 전재 및 재배포 금지")  # (the circled c)
    True
    """
    text = text.replace("ⓒ", "©")  # the circled c the Korean press prints for the sign (NFKC makes it "c")
    if not any(map(_folded([text])[0].__contains__, _COPYRIGHT_HINTS)):
        return False  # (no copyright phrase can stand in its label)
    if (mark := _ASCII_COPYRIGHT.match(text)) is not None:
        text = "© " + text[mark.end() :]  # "(c) Agencia EFE": the mark typed without its sign
    legal = legal_phrase(text)
    return legal is not None and (legal[0] in _COPYRIGHT_MARKS or legal[0].startswith("copyright"))


def is_picture_credit(text: str) -> bool:
    """A copyright line that credits a picture, not the page: an image's label before the mark,
    or a caption (a sentence) before it with no word of a copyright notice.

    >>> is_picture_credit("(Image: © NASA/ESA)"), is_picture_credit("Installation views, photos © Studio Nord, 2018")
    (True, True)
    >>> is_picture_credit("A cyclist rides past a blocked plant outside La Paz, November 19, 2019. © Reuters / Jo Doe")
    True
    >>> is_picture_credit("© 2024 Daily Gazette. All rights reserved."), is_picture_credit("Copyright 2024 The Gazette")
    (False, False)
    >>> is_picture_credit("Legal Notice Terms and Conditions Privacy Policy © pv magazine 2019")
    False
    >>> is_picture_credit("© РИА Новости / Елена Волкова"), is_picture_credit("© 2026 МИА «Россия сегодня»")
    (True, False)
    """
    if _PICTURE_CREDIT.search(text) or _PHOTOGRAPHER_CREDIT.fullmatch(text.strip()):
        return True
    before, mark, after = text.partition("©")
    folded = text.casefold()
    return (
        bool(mark)
        and len(before.split()) >= MIN_SENTENCE_WORDS
        and "copyright" not in folded
        and "rights" not in folded
        and _YEAR.search(after) is None  # (a page's notice dates itself: "© The Gazette 2011-2019")
    )


def page_copyright(text: str) -> str:
    """A copyright line without the links a footer prints beside it on the same line.

    >>> page_copyright("© 2019 NYP Holdings, Inc. All Rights Reserved | Terms of Use | Privacy | Sitemap")
    '© 2019 NYP Holdings, Inc. All Rights Reserved'
    >>> page_copyright("Copyright © 2019 Jpost Inc. All rights reserved • Terms of Use • Privacy Policy")
    'Copyright © 2019 Jpost Inc. All rights reserved'
    >>> page_copyright("© Copyright 2019, The Spokesman-Review | Terms of Service | Copyright Policy")
    '© Copyright 2019, The Spokesman-Review'
    >>> page_copyright("© 2024 Daily Gazette | All rights reserved")
    '© 2024 Daily Gazette | All rights reserved'
    """
    parts = _FOOTER_SEPARATOR.split(text.strip())
    kept = [
        part
        for part in parts
        if any(map(part.casefold().__contains__, (*_COPYRIGHT_HINTS, "rights"))) and not _POLICY_LINK.search(part)
    ]
    return " | ".join(kept) if kept and len(kept) < len(parts) else text.strip()


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a rule calls a line chrome; ``anywhere`` rules hold inside the article body too."""

    reason: str
    # Which rule: "user", "section", "inline", "ui", "link" (lexicon), "notice", "profile", "menu".
    kind: str
    anywhere: bool = True
    ends_article: bool = False
    # Whether the line alone shows that the page around the article is there (a lexicon entry,
    # a notice, a line the site profile knows): only such lines license removing a whole region.
    evidence: bool = True


def _rule_verdicts(
    lines: PageLines,
    shapes: Sequence[LineShape],
    cfg: Config,
    continued: frozenset[int] = frozenset(),
    spaced: frozenset[int] = frozenset(),
) -> dict[int, Verdict]:
    """What the rules say about each line, from the line itself and the page around it
    (``continued``: lines that go on a sentence wrapped from the line before; ``spaced``: lines
    after a blank line)."""
    texts = lines.texts
    found: dict[int, Verdict] = {}
    # The end of a wrapped sentence ("... and change\n  settings.") is no label.
    open_lines = list(filterfalse(continued.__contains__, range(len(texts))))
    for k, verdict in _lexicon_verdicts(lines, shapes, open_lines, cfg.ui_strings).items():
        if verdict.kind != "user" and _SPEAKER_LABEL.fullmatch(texts[k]):
            continue  # "[기자]" in a broadcast's transcript
        found[k] = verdict
    rest = [k for k in open_lines if k not in found]
    for k, verdict in _notice_verdicts(lines, shapes, rest, continued).items():
        found[k] = verdict
    # (a caption's credit and a breadcrumb's marks have literal parts: lines without are not read)
    # (line by line: the page joined into one string would cost a copy of it, four bytes a character
    # on a page with one emoji, at the peak of a big file's memory)
    crumbs = any(map(_CRUMB_MARK.search, texts))
    for k in rest:
        if k in found:
            continue
        text = texts[k]
        if _may_be_photo_caption(text) and _PHOTO_CAPTION.search(text) is not None:
            found[k] = Verdict("photo caption (a photo credit)", "caption", evidence=False)
        elif is_credited_caption(text):
            found[k] = Verdict("photo caption (closed by its picture credit)", "caption", evidence=False)
        elif crumbs and not shapes[k].sentence and is_breadcrumb(text):
            found[k] = Verdict("breadcrumb: the page's place in the site", "ui")
        elif is_player_position(text):
            found[k] = Verdict("media player: its position over the length (0:00 / 3:10)", "ui")
        elif (printed := print_furniture(text)) is not None:
            found[k] = Verdict(printed, "inline", evidence=False)
        elif k == 0 and len(texts) > 2 and _ALERT_NAME.fullmatch(text):
            found[k] = Verdict("an e-mail alert's name over the text", "inline", evidence=False)
        elif k == 0 and len(texts) > 2 and _HOST_LINE.fullmatch(text):
            # (a reader view's or a copied page's first line: the site's address over the headline)
            found[k] = Verdict("the site's address over the text (a reader view's)", "inline", evidence=False)
        elif _APP_LINE.fullmatch(text):
            # (a line any copy from an app carries: no sign of a page around the story)
            found[k] = Verdict("an app's own line (read in app)", "ui", evidence=False)
        elif _PAYWALL_LINE.fullmatch(text):
            # (set in the story under its lede as often as around it: it costs the story no words, and
            # three in a row are no share bar that ends it)
            found[k] = Verdict(PAYWALL_LINE, "inline", evidence=False)
        elif k + 1 < len(texts) and ")" in text[-20:] and _credited_above_a_dateline(text, texts[k + 1]):
            found[k] = Verdict("photo caption (an agency's credit over the dateline)", "caption", evidence=False)
        elif (
            0 < k < len(texts) - 1
            and k - 1 not in found
            and _agency_pictured_under_headline(text, texts[k - 1], shapes[k - 1])
        ):
            why = "photo caption (an agency's picture credit under the headline)"
            found[k] = Verdict(why, "caption", evidence=False)
    for k in rest:
        # A gallery's time between two of its captions ("[포토] ...", "2026.11.05 10:41", "[포토] ...")
        # is the photo's, not the story's publication time.
        if k not in found and 0 < k < len(texts) - 1 and _is_bare_time(texts[k]) and _between_captions(k, found):
            found[k] = Verdict("photo caption (the time between a gallery's captions)", "caption", evidence=False)
    for k, why in _video_embeds(texts, shapes, rest):
        found.setdefault(k, Verdict(why, "caption", evidence=False))
    for first, last in player_blocks(texts):
        for k in range(first, last + 1):
            found[k] = Verdict("video player (the text of its controls)", "inline", evidence=False)
    if cfg.profile is not None:
        unexplained = [k for k in rest if k not in found]
        # (the lines' keys made a window at a time; a credit is looked for only in lines the profile knows)
        for first, end in _windows([texts[k] for k in unexplained]):
            rows = unexplained[first:end]
            for k, n in zip(rows, cfg.profile.documents_with_lines([texts[k] for k in rows]), strict=True):
                if n and not _METADATA.match(texts[k]):
                    found[k] = Verdict(
                        f"site boilerplate: in {n} of {cfg.profile.n_docs} documents of the profile",
                        "profile",
                        anywhere=not shapes[k].prose,  # a paragraph the site repeats goes only outside the article
                    )
    verdicts = dict(sorted(found.items()))
    for k in sorted(_menu_runs(texts, shapes, spaced=spaced)):
        if _CLOSING.match(texts[k]) or _is_tagged_headline(texts[k]):
            continue  # "(END)" above a share bar is no link of it, nor "(LEAD) Storm Hits Coast" under a menu
        # A list inside an article looks the same: menus count only outside the body.
        shape = "title-case lines" if shapes[k].title_case else "lines of one or two words"
        verdicts.setdefault(k, Verdict(f"menu: a run of short {shape}", "menu", anywhere=False, evidence=False))
    return verdicts


_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FULL_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}})"
)
_PAPER_NAME = r"[A-Z][A-Z'&.-]+(?:\s+[A-Z][A-Z'&.-]+)+"
_FOLIO_MARK = r"(?:Page\s+)?[A-Z]?\d{1,3}(?:\s+of\s+\d{1,3})?"
_FOLIO_REST = rf"(?:{_PAPER_NAME}\s*[|·•]?\s*)?{_FULL_DATE}(?:\s*[|·•]?\s*{_PAPER_NAME})?"
# A printed page's running header or footer: its page number beside the date and maybe the
# paper's name in capitals ("7 THE KOREA HERALD Saturday, October 18, 2025", "A6 | Monday,
# November 30, 2026   THE SPOKESMAN-REVIEW"), or a page count alone ("Page 2 of 3").
_FOLIO = regexes.compile(
    rf"\s*(?:{_FOLIO_MARK}(?:\s*[|·•]\s*|\s+){_FOLIO_REST}|{_FOLIO_REST}(?:\s*[|·•]\s*|\s+){_FOLIO_MARK}"
    r"|Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*"
)
# A browser's print header ("05/29/26, 6:40 AM   TITLE | Site"): the print time, a gap, the title.
_PRINT_HEADER = regexes.compile(r"\s*\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?\s{2,}\S.*")
# A browser's print footer: the page's address, a gap, the page count ("https://... 2/3").
_PRINT_FOOTER = regexes.compile(r"\s*https?://\S+\s{2,}\d{1,3}/\d{1,3}\s*")


# An e-mail alert's own name ("AP News Alert", "Breaking News Alert") over its story.
_ALERT_NAME = regexes.compile(r"\s*(?:[A-Z][\w&.'-]*\s+){0,3}News\s+Alerts?\s*")
# A site's address alone on a line ("en.yna.co.kr", "www.example.com").
_HOST_LINE = regexes.compile(r"\s*(?:[a-z0-9-]+\.)+[a-z]{2,}\s*")
# A news app's own line in its copy of a story ("Read in app", "Continue reading in the app").
# A metered paywall's lines: its count ("You have 3 free articles left this month."), its call
# ("Subscribe to continue reading", "Subscribe for unlimited access") and its sign-in prompt.
PAYWALL_LINE = "a metered paywall's line"
_PAYWALL_LINE = regexes.compile(
    r"\s*(?:You have (?:\d{1,3}|no|one|two|three) (?:more )?free (?:articles?|stories|story|reads?) (?:left|remaining)"
    r"(?: (?:this|for the) month)?"
    r"|Subscribe (?:now )?(?:to (?:continue|keep) reading|for (?:unlimited|full) (?:digital )?access)"
    r"|Already (?:a subscriber|subscribed|a member)\?\s*(?:Sign in|Log in|Login|Log on))[.!]?\s*",
    re.IGNORECASE,
)
_APP_LINE = regexes.compile(r"\s*(?:Read|Continue reading|Open|Listen) in (?:the )?app\s*", re.IGNORECASE)


def print_furniture(text: str) -> str | None:
    """Why a line is a printed page's furniture (its folio, a browser's print header or footer),
    if it is one: the layout's, not the story's, wherever it stands (a page break may cut a
    paragraph in two).

    >>> print_furniture("\\f7 THE KOREA HERALD Saturday, October 18, 2025")
    "a printed page's folio (page number, date, paper)"
    >>> print_furniture("05/29/26, 6:40 AM        Talks stall | Reuters")
    "a browser's print header (print time and title)"
    >>> print_furniture("https://www.example.com/world/talks-stall/      2/3")
    "a browser's print footer (address and page count)"
    >>> [print_furniture(t) for t in ("7 people died on Saturday, October 18, 2025", "Page 2 of the report")]
    [None, None]
    >>> [print_furniture(t) for t in ("18 February 2026", "06 Dec 2026", "Monday, June 8, 2026")]
    [None, None, None]
    """
    text = text.replace("\f", "")
    if _FOLIO.fullmatch(text):
        return "a printed page's folio (page number, date, paper)"
    if _PRINT_HEADER.fullmatch(text):
        return "a browser's print header (print time and title)"
    if _PRINT_FOOTER.fullmatch(text):
        return "a browser's print footer (address and page count)"
    return None


def _between_captions(k: int, found: dict[int, Verdict]) -> bool:
    """Whether the lines right above and right below line ``k`` are photo captions."""
    above, below = found.get(k - 1), found.get(k + 1)
    return above is not None and below is not None and above.kind == below.kind == "caption"


def _is_bare_time(text: str) -> bool:
    """Whether a line is a date or time and nothing else ("2026.11.05 10:41").

    >>> [_is_bare_time(t) for t in ("2026.11.05 10:41", "10:41", "Posted 2026.11.05 10:41")]
    [True, True, False]
    """
    return _DATED.search(text) is not None and not any(map(str.isalpha, text))


def _credited_above_a_dateline(text: str, below: str) -> bool:
    """Whether a line is a photo's caption over a wire story: a sentence closed by an agency's
    credit ("An official speaks in Seoul. (Yonhap)", maybe with the time the photo was sent) right
    above the lede that opens with that story's dateline.

    >>> lede = "SEOUL, Nov. 9 (Yonhap) -- Exports rose for a third month, data showed."
    >>> _credited_above_a_dateline("An official speaks during a briefing in Seoul. (Yonhap)", lede)
    True
    >>> _credited_above_a_dateline("Exports rose in October, the ministry said. (Yonhap)", "Exports fell in May.")
    False
    """
    match = _AGENCY_CREDIT_END.search(text)
    if match is None:
        return False
    rules = wire_rules()
    if not rules.is_agency(match.group("agency")):
        return False
    from cleannews.wire.dateline import find_dateline

    dateline = find_dateline(below.strip(), rules, strict=True)
    return dateline is not None and dateline.agency is not None


# A sentence closed by an agency's picture credit, unbracketed or bracketed: "... on Thursday. AFP",
# "... REUTERS/File Photo", "... Bernama pic", "... (PA Wire)", "... (Jane Doe/PA)", "... AP Photo".
_AGENCY_PICTURE_CREDIT = regexes.compile(
    r"[.!?][\"”’]?\s+(?:(?P<credit>[A-Z][\w.'’ /-]{1,60}?)|\((?P<bracketed>[A-Z][\w.'’ /-]{1,60}?)\))\s*$"
)
_PICTURE_WORDS = regexes.compile(r"(?:\s+(?:[Pp]ics?|[Pp]hotos?|Wire|[Ff]ile))+$")
# The words of an agency's picture credit closing a caption ("REUTERS/File Photo", "Jane Doe/PA").
MAX_AGENCY_CREDIT_WORDS = 8
MAX_PICTURED_CAPTION_WORDS = 40


def _agency_pictured_under_headline(text: str, above: str, above_shape: LineShape) -> bool:
    """Whether a line is a photo's caption right under the headline: a short sentence or two closed
    by an agency's picture credit without a full stop ("Officials arrive in the capital. AFP",
    "... REUTERS/File Photo", "... Bernama pic"), under a line that is no sentence.

    >>> title = "Talks resume in the capital"
    >>> headline = describe(title, "en")
    >>> _agency_pictured_under_headline("People gather outside on Thursday. AFP", title, headline)
    True
    >>> _agency_pictured_under_headline("Crowds gather. REUTERS/File Photo", title, headline)
    True
    >>> _agency_pictured_under_headline("He spoke to the press. Acme", title, headline)
    False
    >>> _agency_pictured_under_headline("Crowds gather. (PA Wire)", title, headline)
    True
    >>> _agency_pictured_under_headline("Exports rose, the ministry said. (ANI)", title, headline)
    False
    >>> _agency_pictured_under_headline("PARIS (AFP) - Talks resumed. AFP", title, headline)
    False
    """
    if above_shape.sentence or not MIN_STATEMENT_WORDS <= above_shape.words <= MAX_HEADLINE_WORDS:
        return False
    if len(text.split()) > MAX_PICTURED_CAPTION_WORDS:
        return False
    found = _AGENCY_PICTURE_CREDIT.search(text)
    if found is None:
        return False
    credit = found.group("credit") or found.group("bracketed")
    if len(credit.split()) > MAX_AGENCY_CREDIT_WORDS:
        return False
    if found.group("bracketed") and "/" not in credit and _PICTURE_WORDS.search(credit) is None:
        return False  # "... said. (ANI)": the agency's sign-off, not a picture's credit
    rules = wire_rules()
    # "REUTERS/File Photo", "Jane Doe/PA", "Bernama pic": one part of the credit names the agency
    if not any(rules.is_agency(_PICTURE_WORDS.sub("", part.strip())) for part in credit.split("/")):
        return False
    from cleannews.wire.dateline import find_dateline

    return find_dateline(text.strip(), rules, strict=True) is None  # a lede, not a caption


def _video_embeds(
    texts: Sequence[str], shapes: Sequence[LineShape], candidates: Sequence[int]
) -> list[tuple[int, str]]:
    """The lines of a player or a box set into a page: a video player's label ("Click to play video:
    '...'"), the clip's length under it ("2:15") and the clip's title under that (a line that is no
    sentence); a finance portal's quote box ("In this article:" over its tickers).

    >>> texts = ["Click to play video: 'Storm hits coast'", "2:15", "Storm hits the coast", "Rain fell all day."]
    >>> [k for k, _ in _video_embeds(texts, [describe(t, "en") for t in texts], range(4))]
    [0, 1, 2]
    >>> texts = ["WATCH: Storm hits coast", "02:31", "Rain fell all day."]
    >>> [k for k, _ in _video_embeds(texts, [describe(t, "en") for t in texts], [1, 2])]
    [1]
    >>> texts = ["In this article:", "AAPL", "^GSPC", "Apple shares rose on Monday."]
    >>> [k for k, _ in _video_embeds(texts, [describe(t, "en") for t in texts], range(4))]
    [0, 1, 2]
    """
    embeds: list[tuple[int, str]] = []
    for k in candidates:
        if _TICKER_LABEL.fullmatch(texts[k]):
            # A finance portal's box of the quotes a story names ("In this article:" over "AAPL").
            embeds.append((k, "quote box (its label)"))
            embeds += [
                (j, "quote box (a ticker)")
                for j in range(k + 1, min(len(texts), k + 1 + MAX_TICKER_LINES))
                if all(_TICKER.fullmatch(texts[i]) for i in range(k + 1, j + 1))
            ]
            continue
        if k > 0 and _CLIP_LENGTH.fullmatch(texts[k]) and _WATCH_LABEL.match(texts[k - 1]):
            # A clip's length under its "WATCH: ..." title ("02:31"): no time of day.
            embeds.append((k, "video player (the clip's length under its title)"))
            continue
        if not _VIDEO_LABEL.match(texts[k]):
            continue
        embeds.append((k, "video player (its label)"))
        if k + 1 < len(texts) and _CLIP_LENGTH.fullmatch(texts[k + 1]):
            embeds.append((k + 1, "video player (the clip's length)"))
            title = k + 2
            if title < len(texts) and not shapes[title].sentence and shapes[title].words <= MAX_HEADLINE_WORDS:
                embeds.append((title, "video player (the clip's title)"))
    return embeds


def player_blocks(texts: Sequence[str]) -> list[tuple[int, int]]:
    """The first and last lines of each video player's text set into an article: a run of its
    controls' lines ("Play", "Mute", "Current Time 0:00", "/", "Duration 2:14") of two lines or
    more, one of them a line only a player prints.

    >>> texts = ["Rain fell all day.", "Video Player is loading.", "Play Video", "Mute", "Duration 2:14", "It ended."]
    >>> player_blocks(texts)
    [(1, 4)]
    >>> player_blocks(["Play", "Pause", "The show ended."])
    []
    """
    blocks: list[tuple[int, int]] = []
    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and _PLAYER_CONTROL.fullmatch(texts[end]):
            end += 1
        if end - k >= 2 and any(_PLAYER_MARK.match(texts[j]) for j in range(k, end)):
            blocks.append((k, end - 1))
        k = max(end, k + 1)
    return blocks


def _across_players(start: int, end: int, texts: Sequence[str], sentences: Sequence[bool]) -> tuple[int, int]:
    """The body run grown over the paragraphs that a video player's text parts from it (a lede
    above the player, a last paragraph under it): a player is set into the article, not around it.

    >>> texts = ["PARIS (AFP) - Rain fell all day.", "Play Video", "Duration 2:14", "It went on.", "It ended."]
    >>> _across_players(3, 4, texts, [True, False, False, True, True])
    (0, 4)
    """
    blocks = player_blocks(texts)
    below = {last: first for first, last in blocks}
    above = dict(blocks)
    while start - 1 in below and below[start - 1] > 0 and sentences[below[start - 1] - 1]:
        start = below[start - 1] - 1
        while start > 0 and sentences[start - 1]:
            start -= 1
    while end + 1 in above and above[end + 1] + 1 < len(texts) and sentences[above[end + 1] + 1]:
        end = above[end + 1] + 1
        while end + 1 < len(texts) and sentences[end + 1]:
            end += 1
    return start, end


def _lexicon_verdicts(
    lines: PageLines, shapes: Sequence[LineShape], candidates: Sequence[int], ui_strings: tuple[str, ...]
) -> dict[int, Verdict]:
    """Why lines are chrome by the lexicon: a user string, a section heading that ends the article,
    an inline UI string (an advertising label), a UI string, or a link line ("Read more: ...").
    Only lines of at most ``2 * MAX_CHROME_WORDS`` words are labels. A prefix entry does not take
    a sentence of some length, nor any entry a one-word question ("Comments?" labels nothing)."""
    lexicons = [(section_lexicon(), "section"), (inline_lexicon(), "inline"), (ui_lexicon(), "ui")]
    if ui_strings:
        lexicons.insert(0, (user_lexicon(ui_strings), "user"))
    candidates = [
        k
        for k in candidates
        if shapes[k].words <= MAX_LABEL_WORDS and not (lines.word_counts[k] == 1 and lines.stripped[k].endswith("?"))
    ]
    verdicts: dict[int, Verdict] = {}
    # A window of lines at a time, so that the labels made are let go.
    for first, end in _windows([lines.texts[k] for k in candidates]):
        _lexicon_verdicts_of(lines, shapes, candidates[first:end], lexicons, verdicts)
    return verdicts


def _lexicon_verdicts_of(
    lines: PageLines,
    shapes: Sequence[LineShape],
    candidates: Sequence[int],
    lexicons: Sequence[tuple[Lexicon, str]],
    verdicts: dict[int, Verdict],
) -> None:
    """_lexicon_verdicts over some lines, added to ``verdicts``."""
    rows, keys = [], []
    for k, key in zip(candidates, lines.labels(candidates), strict=True):
        if key:
            rows.append(k)
            keys.append(key)
    texts = [lines.texts[k] for k in rows]
    hits = [lexicon.match_lines(texts, keys) for lexicon, _ in lexicons]
    for j in compress(range(len(rows)), map(any, zip(*hits, strict=True))):
        shape = shapes[rows[j]]
        for (_, kind), lexicon_hits in zip(lexicons, hits, strict=True):
            hit = lexicon_hits[j]
            if hit is None or (hit.entry.endswith("*") and shape.sentence and shape.words > MAX_CHROME_WORDS):
                continue
            if kind == "user":
                verdict = Verdict(f'user UI string "{hit.entry}"', "user")
            elif kind == "section":
                verdict = Verdict(f'section heading "{hit.entry}" ({hit.source} lexicon)', "section", ends_article=True)
            else:
                if kind == "ui" and hit.entry.endswith(("*", ":*")) and hit.entry.rstrip("*").endswith(":"):
                    kind = "link"  # "Read more: Storm hits coast", "Photo: Jane Doe": a labelled line
                verdict = Verdict(f'UI string "{hit.entry}" ({hit.source} lexicon)', kind)
            verdicts[rows[j]] = verdict
            break


def _notice_verdicts(
    lines: PageLines, shapes: Sequence[LineShape], candidates: Sequence[int], continued: frozenset[int] = frozenset()
) -> dict[int, Verdict]:
    """Copyright and policy notices: a short line with a legal phrase, or one that opens with it,
    or any line with a copyright phrase. Inside the body a notice stays (an article may be about
    a privacy policy) unless it trails the last paragraph, where a copyright line belongs to the
    page; a copyright line closes the article it follows. A line that opens with a legal word and
    whose sentence goes on on the next line ("Copyright claims rose 12%" over "last year, the") is
    a sentence's start, unless it holds a copyright mark."""
    verdicts: dict[int, Verdict] = {}
    # A paragraph is a notice only by a copyright phrase: only lines holding one of the phrases
    # that count for them can be notices.
    paragraphs = [k for k in candidates if shapes[k].prose]
    others = [k for k in candidates if not shapes[k].prose]
    holding = [
        paragraphs[j] for j in _rows_holding(_COPYRIGHT_ANCHORS, [lines.texts[k] for k in paragraphs], read=_folded)
    ]
    # (the labels of lines that look like chrome are kept; the others' are made a window at a time)
    for first, end in _windows([lines.texts[k] for k in others]):
        rows = others[first:end]
        labels = lines.labels(rows)
        page = "\n".join(labels)
        # (a phrase stands only where a word it shares with others does: "cookie", "privacy")
        phrases = [phrase for anchor, group in _legal_phrase_groups() if anchor in page for phrase in group]
        holding += [rows[j] for j in _rows_holding(phrases, labels)]
    labelled = {k for k in paragraphs if _labelled_notice(lines.stripped[k])}
    holding += sorted(labelled.difference(holding))
    for k in holding:
        text, key, shape = lines.texts[k], lines.key(k), shapes[k]
        legal = legal_phrase(text, key)
        if legal is not None and (
            shape.chrome_shaped
            or legal[0] in _COPYRIGHT_MARKS
            or (
                (not shape.prose or k in labelled)
                and key.startswith(legal[0])
                and not _sentence_goes_on(text, k, continued)
            )
        ):
            if legal[0] == "©" and is_picture_credit(text):
                # "Protesters gather in the square. © Jane Doe / AFP": a photo's caption, set in the article
                # (kind "credit": unlike a caption the patterns find, it stays in an article with no page around it)
                verdicts[k] = Verdict("photo caption (a photo credit)", "credit", evidence=False)
                continue
            closes = legal[0] in _COPYRIGHT_MARKS or key.startswith(legal[0])
            why = f'copyright or policy notice ("{legal[0]}", {legal[1]} lexicon)'
            verdicts[k] = Verdict(why, "notice", anywhere=False, ends_article=closes)
    return verdicts


def _sentence_goes_on(text: str, k: int, continued: frozenset[int]) -> bool:
    """Whether line ``k``, which opens with a legal word, starts a sentence that goes on on the next
    line: "Copyright claims against the platform rose 12%" over "last year, the" (a paragraph a
    scraper broke at its links). A notice's year ("Copyright 2026 ...") says it is one, wrapped.

    >>> _sentence_goes_on("Copyright claims rose 12%", 3, frozenset({4}))
    True
    >>> _sentence_goes_on("Copyright claims rose 12%", 3, frozenset({5}))
    False
    >>> _sentence_goes_on("Copyright 2026 The Harbour Times and", 3, frozenset({4}))
    False
    """
    return k + 1 in continued and _NOTICE_YEAR.search(text) is None


# A year in a notice: "Copyright 2026", "© 1998-2026".
_NOTICE_YEAR = regexes.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _labelled_notice(text: str) -> bool:
    """A paragraph that a legal phrase labels before a colon: a portal's "平台声明：该文观点仅代表作者本人，…".

    >>> _labelled_notice("平台声明：该文观点仅代表作者本人。"), _labelled_notice("会议指出：要扩大需求。")
    (True, False)
    """
    label = _NOTICE_LABEL.match(text)
    return label is not None and legal_phrase(label.group(1)) is not None


# A short label before a colon opening a line: "平台声明：", "Disclaimer:".
_NOTICE_LABEL = regexes.compile(r"([^:：]{2,24})[:：]")


@lru_cache(maxsize=1)
def _legal_phrase_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The legal phrases (``legal_phrases``) grouped under the start of a word (five letters or
    more) that several of them hold ("cooki"), each under the one that most of them hold, or
    alone under itself: a page without a group's start holds none of its phrases.

    >>> groups = _legal_phrase_groups()
    >>> all(anchor in phrase for anchor, group in groups for phrase in group)
    True
    >>> sorted(p for _, group in groups for p in group) == sorted({p for p, _ in legal_phrases()})
    True
    >>> [group for anchor, group in groups if "we use cookies" in group][0][:2]
    ('wir verwenden cookies', 'diese website verwendet cookies')
    """
    phrases = list(dict.fromkeys(phrase for phrase, _ in legal_phrases()))
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        # (a word's pieces count too: "cookie" stands in "cookies")
        pieces = {w[:i] for w in phrase.split() for i in range(5, len(w) + 1)}
        shared = max(sorted(pieces), key=lambda piece: sum(piece in other for other in phrases), default=phrase)
        anchor = shared if sum(shared in other for other in phrases) > 1 else phrase
        groups.setdefault(anchor, []).append(phrase)
    return tuple((anchor, tuple(group)) for anchor, group in groups.items())


def _folded(texts: Sequence[str]) -> list[str]:
    """Lines (none holding a line break) in NFKC, case-folded, all at once (ASCII ones lowered).

    >>> _folded(["Straße", "ＭＥＮＵ", "Home"])
    ['strasse', 'menu', 'home']
    """
    is_ascii = list(map(str.isascii, texts))
    plain = iter("\n".join(compress(texts, is_ascii)).lower().split("\n"))
    others = "\n".join(compress(texts, map(not_, is_ascii)))
    folded = iter(unicodedata.normalize("NFKC", others).casefold().split("\n"))
    return [next(plain) if ascii_line else next(folded) for ascii_line in is_ascii]


def _rows_holding(
    needles: Sequence[str],
    labels: Sequence[str],
    *,
    read: Callable[[Sequence[str]], Sequence[str]] | None = None,
    window: int | None = None,
) -> list[int]:
    """The rows of ``labels`` (none holding a line break) in which one of ``needles`` stands, in
    order; with ``read``, in what it makes of them (``_folded``: the lines folded). They are read
    ``window`` characters at a time (``WORDS_WINDOW`` when None).

    >>> _rows_holding(["all rights", "©"], ["news", "© 0 gazette", "all rights reserved ©", "sport"])
    [1, 2]
    >>> _rows_holding(["menu"], ["Home", "ＭＥＮＵ", "News", "Menu"], read=_folded, window=8)
    [1, 3]
    """
    rows: set[int] = set()
    for first, end in _windows(labels, window):
        part = labels[first:end] if read is None else read(labels[first:end])
        page = "\n".join(part)
        starts = list(accumulate(map(add, map(len, part), repeat(1)), initial=0))
        del part
        for needle in needles:
            at = page.find(needle)
            while at >= 0:
                row = bisect_right(starts, at) - 1
                rows.add(first + row)
                at = page.find(needle, starts[row + 1])
    return sorted(rows)


@lru_cache(maxsize=8)
def user_lexicon(ui_strings: tuple[str, ...]) -> Lexicon:
    """The user's own UI strings (``Config.ui_strings``) as a lexicon."""
    return Lexicon.from_entries((s, "user") for s in ui_strings)


def _ui_words_in_the_text(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict]
) -> tuple[set[int], set[int]]:
    """One- or two-word UI strings that may be the article's own, with no other chrome next to
    them: headings whose words the next paragraph takes up ("YouTube" above "YouTube marketing is
    ..."), and items of a list of things ("Compass", "Watch", "Headlamp"; in a page dump, a menu).

    >>> texts = ["Social video", "YouTube", "YouTube marketing is integral for brands of every size."]
    >>> shapes = [describe(t, "en") for t in texts]
    >>> _ui_words_in_the_text(texts, shapes, {1: Verdict("UI string", "ui")})
    ({1}, set())
    """
    headings: set[int] = set()
    items: set[int] = set()
    for k, verdict in verdicts.items():
        label = _WORD.findall(texts[k])
        if verdict.kind not in _LABELS or not label or len(label) > 2 or any(j in verdicts for j in (k - 1, k + 1)):
            continue
        following = {word.casefold() for word in _WORD.findall(texts[k + 1])} if k + 1 < len(texts) else set()
        if k + 1 < len(texts) and shapes[k + 1].prose and all(word.casefold() in following for word in label):
            headings.add(k)
        elif 0 < k < len(texts) - 1 and all(
            not shapes[j].prose
            and not shapes[j].sentence
            and 1 <= shapes[j].words <= MAX_CHROME_WORDS
            and not _METADATA.match(texts[j])  # (a credit the wire pass takes out is no item of a list)
            for j in (k - 1, k + 1)
        ):
            items.add(k)
    return headings, items


@dataclass(frozen=True, slots=True)
class RepeatedBlock:
    """A block of consecutive short non-sentence lines found more than once in the page."""

    starts: tuple[int, ...]
    length: int

    def lines(self) -> list[int]:
        return [s + j for s in self.starts for j in range(self.length)]


def repeated_blocks(texts: Sequence[str], min_lines: int = 2, lines: PageLines | None = None) -> list[RepeatedBlock]:
    """Blocks of ``min_lines`` or more consecutive short non-sentences that recur, grown as long as
    every copy goes on alike (``lines``: the page's lines read, when the caller has them).

    >>> repeated_blocks(["Search", "Close", "Story text here.", "Search", "Close"])
    [RepeatedBlock(starts=(0, 3), length=2)]
    """
    # The label of each line that looks like chrome (looks_like_chrome), None for the others.
    labels = (lines or PageLines.read(texts)).keys
    starts_of: dict[tuple[str | None, ...], list[int]] = {}
    for k in compress(range(len(labels) - min_lines + 1), labels):
        block = labels[k : k + min_lines]
        if all(block):
            starts_of.setdefault(tuple(block), []).append(k)
    blocks = []
    covered: set[int] = set()
    for starts in starts_of.values():
        if len(starts) < 2 or starts[0] in covered:
            continue
        length = min_lines
        while starts[0] + length < starts[1] and all(
            s + length < len(labels) and labels[s + length] and labels[s + length] == labels[starts[0] + length]
            for s in starts
        ):
            length += 1
        found = RepeatedBlock(tuple(starts), length)
        covered.update(found.lines())
        blocks.append(found)
    return blocks


@dataclass(frozen=True, slots=True)
class Body:
    """Where the article is: its first and last line, and boxes of links inside it."""

    start: int
    end: int
    boxes: dict[int, str]
    # Whether its wire copy's closing lines under it hold the story's copyright line.
    keeps_copyright: bool = False
    # The labels of a release's contact block among those closing lines ("Contact:", a UI string too).
    contact_labels: frozenset[int] = frozenset()


def _article_body(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], origins: Sequence[int] = ()
) -> Body | None:
    """The article: the densest run of prose, from its headline to a section heading that ends it
    (``origins``: each line's number in the page, where blank lines part its paragraphs)."""
    title = _page_title(texts, shapes)
    found = _headline(texts, shapes, verdicts, title) if title is not None else None
    headline, cover = found if found is not None else (None, 0.0)
    data = _data_rows(texts, shapes, verdicts)
    prose = list(map(_PROSE, shapes))
    sentences = [shape.sentence or shape.prose for shape in shapes]
    separators = _entry_separators(sentences, verdicts)
    alone = _isolated(prose, separators)
    weights = [
        shape.words * (ISOLATED_PROSE_WEIGHT if isolated else 1.0) if is_prose else -NON_PROSE_COST
        for shape, is_prose, isolated in zip(shapes, prose, alone, strict=False)  # (one line: alone is longer)
    ]
    for k in data:
        if not prose[k]:
            weights[k] = DATA_WEIGHT  # a row of a table or an item of a list with figures
    for k in _result_lines(texts, shapes):
        # Sentences of names and figures ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points."):
        # a story told in results, with too few function words to read as prose.
        weights[k] = shapes[k].words * ISOLATED_PROSE_WEIGHT
    for k, verdict in verdicts.items():
        # (a link set into the article costs no more for the words of the story it links to)
        words = 0 if verdict.kind in _SET_IN_ARTICLE else shapes[k].words
        weights[k] = -(CHROME_COST if verdict.evidence else NON_PROSE_COST) - words
    for box in _paywall_boxes(verdicts, prose):
        # A paywall set into the story under its lede parts no paragraphs: it costs nothing, and the
        # paragraphs on either side of it are not alone.
        for k in box:
            weights[k] = 0.0
        for k in (box.start - 1, box.stop):
            weights[k] = shapes[k].words
    if headline is not None:
        weights[headline] = HEADLINE_BONUS  # the page's headline, as its <title> names it
    run = densest_run(weights)
    if run is None:
        return None
    start, end = _across_separators(*run, sentences, separators)
    start, end = _across_players(start, end, texts, sentences)
    boxes: dict[int, str] = {}
    resumed = _continues_below(texts, shapes, verdicts, end)
    if resumed is not None:
        prompt = texts[resumed - 1].strip()
        why = f'a box set into the article above "{prompt}"'
        boxes = {j: why for j in range(end + 1, resumed - 1) if j not in verdicts}
        end = resumed
        while end + 1 < len(texts) and sentences[end + 1] and end + 1 not in verdicts:
            end += 1
    prose_words = [shape.words if shape.prose else 0.0 for shape in shapes]
    if headline is not None and start - HEADLINE_REACH <= headline <= end:
        # Teasers above the headline are not the article; a headline above the body with chrome
        # between (a share bar, a byline box) still opens it. A headline that repeats only part
        # of the title (a related story's) must have more of the article after it than before.
        before = sum(prose_words[k] for k in range(start, headline) if k not in verdicts)
        after = sum(prose_words[headline : end + 1])
        if headline < start or (after >= MIN_RESUMED_WORDS / 2 and (cover >= FULL_HEADLINE_COVER or before < after)):
            start = headline
    elif headline is not None and _opens_broken_body(headline, cover, start, prose_words, verdicts):
        start = headline
    if start != headline:
        start = _with_cut_lede(texts, verdicts, start, origins)
        start = _with_standfirst(texts, shapes, verdicts, start)
        start = _with_headline(texts, shapes, verdicts, start, title)
    # A section heading after the first paragraph ends the article, unless the body goes on
    # after the links that follow it (a "Related" box set into the article); so does a bar of
    # three or more UI strings in a row (share buttons under the article).
    # A heading in a share bar under the headline ("Comments 12") has little of the body above
    # it: little of the run's prose, unless what follows is a thread of comments.
    # Only a line with a verdict may end the article: the lines between are counted, not tried.
    total = sum(prose_words[start : end + 1])
    marks = sorted(verdicts)
    k, above, paragraphs = start, 0.0, 0
    while (at := bisect_left(marks, k)) < len(marks) and (mark := marks[at]) <= end:
        *_, above = accumulate(prose_words[k : mark + 1], initial=above)
        paragraphs += sum(prose[k : mark + 1])
        k = mark + 1
        if above > 0 and _ends_article(mark, verdicts):
            resume = _body_resumes(shapes, verdicts, mark, end)
            if resume is not None:
                heading = texts[mark].strip()
                for j in range(mark + 1, resume):
                    boxes[j] = f'links under the section heading "{heading}" inside the article'
                k = resume + 1
            elif (
                above >= MIN_RESUMED_WORDS / 2 and (above >= total / 4 or _thread_follows(mark, verdicts, paragraphs))
            ) or _story_closed_above(texts, mark):
                end = mark - 1
                break
    while end > start and not shapes[end].prose and end not in data:
        end -= 1  # an article ends with a paragraph, or with a table or list of figures
    if not any(shapes[k].prose for k in range(start, end + 1)):
        end = _dated_story_under(texts, shapes, verdicts, end)  # a story of a few short lines under its head
    # ... or with a short one ("The vote was 7-2."), which the run left out as too short to count
    if shapes[end].prose:
        last = end
        while (
            end + 1 < min(len(texts), last + 1 + MAX_SHORT_LAST)
            and end + 1 not in verdicts
            and _is_short_statement(texts[end + 1], shapes[end + 1])
        ):
            end += 1
    if origins:
        end = _broken_last_paragraphs(texts, shapes, verdicts, origins, end)
    # ... and its credits ("Source: Yonhap", "Reporting by ..."), which the wire pass reads.
    while end + 1 < len(texts) and end + 1 not in verdicts and _METADATA.match(texts[end + 1]):
        end += 1
    closing = _closing_lines(texts, verdicts, end)
    labels = frozenset(end + 1 + i for i, kind in enumerate(closing) if kind in (CONTACT_LABEL, RELATED_LABEL))
    return Body(start, end + len(closing), boxes, "copyright" in closing, labels)


def _dated_story_under(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], end: int
) -> int:
    """The last line of a story too short to hold a paragraph of prose (two lines of figures under
    its dateline) when the body found, with no prose, ends over it: a line that opens with a wire
    dateline naming its agency or date a few lines under ``end`` (its head's time between, nothing a
    rule calls chrome), and the sentences under it; ``end`` where there is none.

    >>> story = ["OSAKA (Kyodo) -- Fares: 2 adults, 1 child.", "Fares: 1 adult."]
    >>> texts = ["Trains run late", "Apr 12, 2026", *story, "Related"]
    >>> _dated_story_under(texts, [describe(t, "en") for t in texts], {4: Verdict("section", "section")}, 0)
    3
    >>> _dated_story_under(texts[:2] + texts[3:], [describe(t, "en") for t in texts[:2] + texts[3:]], {}, 0)
    0
    """
    for k in range(end + 1, min(len(texts), end + 1 + MAX_STORY_HEAD_LINES)):
        if k in verdicts or shapes[k].prose:
            return end
        if _opens_with_wire_dateline(texts[k]):
            while k + 1 < len(texts) and k + 1 not in verdicts and shapes[k + 1].sentence:
                k += 1
            return k
    return end


def _paywall_boxes(verdicts: dict[int, Verdict], prose: Sequence[bool]) -> list[range]:
    """Runs of lines between two paragraphs that a rule calls chrome anywhere, with a metered
    paywall's line among them: a paywall's interstitial set into the story.

    >>> wall, ui = Verdict(PAYWALL_LINE, "inline", evidence=False), Verdict('UI string "subscribe now"', "ui")
    >>> _paywall_boxes({1: wall, 2: ui}, [True, False, False, True])
    [range(1, 3)]
    >>> _paywall_boxes({1: ui, 2: ui}, [True, False, False, True]), _paywall_boxes({1: wall}, [True, False, False])
    ([], [])
    """
    boxes = []
    k = 1
    while k < len(prose) - 1:
        end = k
        while end < len(prose) and end in verdicts and verdicts[end].anywhere:
            end += 1
        if (
            end > k
            and end < len(prose)
            and prose[k - 1]
            and prose[end]
            and any(verdicts[j].reason == PAYWALL_LINE for j in range(k, end))
        ):
            boxes.append(range(k, end))
        k = end + 1
    return boxes


def _continues_below(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], end: int
) -> int | None:
    """The paragraph where the article goes on under a box set into it (a "Most Read" list, a
    player) when a prompt says it does ("Scroll to continue with content", "Story continues below").

    >>> last = "The storm is expected to move out to sea by the end of the week, forecasters said."
    >>> texts = ["Rain fell all day.", "Most Read", "Storm hits coast", "Scroll to continue with content", last]
    >>> _continues_below(texts, [describe(t, "en") for t in texts], {}, 0)
    4
    >>> texts = ["Rain fell all day.", "Most Read", "Storm hits coast", last]
    >>> _continues_below(texts, [describe(t, "en") for t in texts], {}, 0) is None
    True
    """
    for k in range(end + 1, min(len(texts) - 1, end + 1 + MAX_BOX_LINES)):
        if shapes[k].prose:
            return None
        if _CONTINUES.match(texts[k]):
            return k + 1 if shapes[k + 1].prose else None
    return None


def _opens_broken_body(
    headline: int, cover: float, start: int, prose_words: Sequence[float], verdicts: dict[int, Verdict]
) -> bool:
    """Whether the headline far above the densest run still opens the article: a list or table
    broke its prose into pieces (a listicle's entries, a checklist), so the run holds only its
    longest piece. The headline repeats all of the page's <title>, the lines between hold
    paragraphs of the story's own, and no section heading or notice ends an article between.

    >>> prose = [0.0, 40.0, 0.0, 40.0, 0.0, 90.0, 80.0]
    >>> _opens_broken_body(0, 1.0, 5, prose, {})
    True
    >>> _opens_broken_body(0, 1.0, 5, prose, {2: Verdict("section heading", "section", ends_article=True)})
    False
    >>> _opens_broken_body(0, 0.7, 5, prose, {})
    False
    """
    if headline >= start or cover < FULL_HEADLINE_COVER:
        return False
    if any(verdicts[k].ends_article for k in range(headline + 1, start) if k in verdicts):
        return False
    return sum(prose_words[headline + 1 : start]) >= MIN_RESUMED_WORDS / 2


def _closing_lines(texts: Sequence[str], verdicts: dict[int, Verdict], end: int) -> list[str]:
    """The kinds (``Trailer.kind``) of the lines directly under the article's last line ``end``
    that are its wire copy's closing lines, which the wire pass reads (``classify_trailer``):
    "Our Standards: ...", an agency's copyright ("© 2026 AFP", AP's notice on a member's page), a
    "송고" time line, a desk code. A notice or a menu entry that only the page's shape calls chrome
    may be one; a UI string, a line the user or the site profile names, or a site's own copyright
    (its footer's first line) is not, nor is anything after the first line that is no closing line.

    >>> texts = ["The talks resume on Monday, officials said.", "© 2026 AFP", "Read next", "© 2026 Site"]
    >>> notice = Verdict("notice", "notice", anywhere=False, ends_article=True)
    >>> _closing_lines(texts, {1: notice, 2: Verdict("section", "section"), 3: notice}, 0)
    ['copyright']
    """
    from cleannews.wire.trailer import (
        MAX_TRAILER_CHARS,
        classify_trailer,
        contact_run,
        is_feed_footer,
        signs_the_story,
    )

    rules = wire_rules()
    kinds: list[str] = []
    contact = range(0)  # the lines of a release's contact block above its closing lines
    for k in range(end + 1, len(texts)):
        verdict = verdicts.get(k)
        if verdict is not None and verdict.kind == "section" and (related := _related_block(texts, verdicts, k)):
            kinds += [RELATED_LABEL, *repeat("related", related - 1)]  # (the page's chrome starts under it)
            break
        if k in contact:
            if verdict is not None and (verdict.anywhere or verdict.kind not in _PAGE_SHAPED):
                break  # (a name and a company over the address may read as a menu)
            kinds.append("contact")
            continue
        label = verdict is not None and verdict.kind == "ui"  # "Contact:", a UI string too
        if verdict is not None and not label and (verdict.anywhere or verdict.kind not in _PAGE_SHAPED):
            break
        text = marked(texts[k]).view  # (read through its markdown: "_Associated Press writer ... contributed._")
        if label or classify_trailer(text, rules) is None:
            # a release's contact block (a label over names, addresses and numbers) over closing lines
            # of its own ("Source: Acme Corp", the wire's copyright)
            run = contact_run(texts, k, rules)
            if run and _closing_lines(texts, {}, k + run - 1):
                contact = range(k + 1, k + run)
                kinds.append(CONTACT_LABEL)
                continue
            if label:
                break
        trailer = classify_trailer(text, rules) if len(text) <= MAX_TRAILER_CHARS else None
        if trailer is None and _labelled_writer(text, rules):
            kinds.append("byline")  # "autor: Anna Nowak" closing a PAP story, "Reporter: Jane Doe" (Antara)
            continue
        if trailer is None and not kinds and k == end + 1 and signs_the_story(texts[end], text, rules):
            # The page's chrome starts right under the name, by a rule's evidence (a UI string, a
            # section heading, a notice), or the text ends: not a teaser card's writer over its date,
            # a column of testimonials' names or a release's contact over its company.
            below = verdicts.get(k + 1)
            if k + 1 == len(texts) or (below is not None and below.evidence):
                kinds.append("byline")  # "Елена Волкова" alone under a Kommersant story's last paragraph
                continue
            break
        if trailer is None and kinds and is_feed_footer(text):
            kinds.append("credit")  # "The post TITLE appeared first on SITE." under the agency's closing lines
            continue
        if trailer is None or (trailer.kind == "copyright" and not held_by_an_agency(text, rules)):
            break  # (a site's own copyright under the story is its footer's first line)
        kinds.append(trailer.kind)
    return kinds


def _related_block(texts: Sequence[str], verdicts: dict[int, Verdict], label: int) -> int:
    """How many lines from ``label`` form an agency's own block of related headlines under its story,
    which the wire pass reads as closing lines (``residue_block``): a label printed with a colon, as
    the copy prints it ("Related coverage:", where the page's own heading has none), over headlines
    that no rule calls chrome, with the page's chrome (a line a rule's evidence names) or the end of
    the text right under them; 0 if none.

    >>> texts = ["Talks resume Monday.", "Related coverage:", "Japan, China hold talks", "News Ranking", "1"]
    >>> heading = Verdict("section heading", "section", ends_article=True)
    >>> _related_block(texts, {1: heading, 3: heading}, 1)
    2
    >>> _related_block(texts, {1: heading}, 1), _related_block(["Related coverage", *texts[2:4]], {0: heading}, 0)
    (0, 0)
    """
    from cleannews.wire.residue import RESIDUE_BLOCK_LINES, residue_block

    if not texts[label].rstrip().endswith(":"):
        return 0
    below = label + 1
    while below < len(texts) and below not in verdicts and below - label < RESIDUE_BLOCK_LINES:
        below += 1
    if below == label + 1 or (below < len(texts) and (below not in verdicts or not verdicts[below].evidence)):
        return 0
    block = [texts[k] for k in range(label, below)]
    return len(block) if residue_block(block) == len(block) else 0


def _labelled_writer(text: str, rules: WireRules) -> bool:
    """A writer's name under its label, as an agency closes its copy: "autor: Anna Nowak".

    >>> rules = wire_rules()
    >>> [_labelled_writer(t, rules) for t in ("autor: Anna Nowak", "Autor: Jan Kowalski", "Kontakt: redakcja")]
    [True, True, False]
    """
    from cleannews.wire.byline import has_byline_prefix
    from cleannews.wire.names import looks_like_names

    label, colon, names = text.strip().partition(":")
    if not colon or len(label.split()) > 2 or not has_byline_prefix(text.strip(), rules):
        return False
    names = names.strip()
    return looks_like_names(names) and plausible_bare_names(names, rules)


def held_by_an_agency(notice: str, rules: WireRules) -> bool:
    """Whether a copyright notice names a news agency as its holder, its name whole ("© 2026 AFP",
    "Copyright 2025 The Associated Press. All rights reserved."), not as the start of a company's
    ("Dow Jones & Company, Inc.").

    >>> rules = wire_rules()
    >>> [held_by_an_agency(t, rules) for t in ("© 2026 AFP", "Copyright 2025 Thomson Reuters.", "© 2026 Site")]
    [True, True, False]
    >>> held_by_an_agency("Copyright © 2026 Dow Jones & Company, Inc. All Rights Reserved", rules)
    False
    >>> held_by_an_agency("©2026 Bloomberg L.P.", rules), held_by_an_agency("© 2026 Site Media Inc.", rules)
    (True, False)
    """
    words = notice.split()
    names = [word.strip(".,;:()<>[]") for word in words]
    for i in range(len(words)):
        for j in range(min(len(words), i + MAX_AGENCY_WORDS), i, -1):
            if not rules.is_agency(" ".join(names[i:j])):
                continue
            # The name ends the holder: a stop after it, or nothing, or the rights' words.
            after = words[j] if j < len(words) else ""
            if (
                words[j - 1][-1:] in ".,;>"
                or not after
                or (j + 1 == len(words) and _LEGAL_FORM.fullmatch(after) is not None)  # "©2026 Bloomberg L.P."
                or not (after[:1].isupper() or after[:1] == "&")
                or after.casefold() == "all"
            ):
                return True
    return False


def _entry_separators(sentences: Sequence[bool], verdicts: dict[int, Verdict]) -> set[int]:
    """UI strings that stand between sentences again and again, one under each entry of a live
    blog or each paragraph of a page ("Share"), or that are set into articles ("Advertisement",
    "Read more: ..."). They part no paragraphs of the article.

    >>> share = Verdict('UI string "share"', "ui")
    >>> sorted(_entry_separators([True, False, True, False, True], {1: share, 3: share}))
    [1, 3]
    >>> sorted(_entry_separators([True, False, True, False, False], {1: share, 3: share}))
    []
    """
    last = len(sentences) - 1
    between = [
        k
        for k, verdict in verdicts.items()
        if verdict.anywhere and verdict.evidence and 0 < k < last and sentences[k - 1] and sentences[k + 1]
    ]
    times = Counter(verdicts[k].reason for k in between)
    return {k for k in between if times[verdicts[k].reason] >= 2 or verdicts[k].kind in _SET_IN_ARTICLE}


def _isolated(prose: Sequence[bool], separators: Collection[int]) -> list[bool]:
    """Which paragraphs have no paragraph next to them, past an entry separator: between a
    teaser's title and its date, or beside a caption, a paragraph is a summary or a caption more
    often than part of the article.

    >>> prose = [False, True, False, True, False, True, False]
    >>> _isolated(prose, set())
    [False, True, False, True, False, True, False]
    >>> _isolated(prose, {2, 4})
    [False, False, False, False, False, False, False]
    """
    alone = [False] * len(prose)
    for k in range(1, len(prose) - 1):
        above = prose[k - 1] or (k - 1 in separators and prose[k - 2])
        below = prose[k + 1] or (k + 1 in separators and k + 2 < len(prose) and prose[k + 2])
        alone[k] = prose[k] and not (above or below)
    return alone


def _across_separators(start: int, end: int, sentences: Sequence[bool], separators: Collection[int]) -> tuple[int, int]:
    """The body run grown over the entries around it that entry separators part from it.

    >>> _across_separators(2, 2, [True, False, True, False, True, False], {1, 3})
    (0, 4)
    """
    while start - 2 >= 0 and start - 1 in separators and sentences[start - 2]:
        start -= 2
        while start > 0 and sentences[start - 1] and start - 1 not in separators:
            start -= 1
    while end + 2 < len(sentences) and end + 1 in separators and sentences[end + 2]:
        end += 2
        while end + 1 < len(sentences) and sentences[end + 1] and end + 1 not in separators:
            end += 1
    return start, end


MAX_OPEN_SENTENCE_LINES = 4
# A line that leaves its sentence open: it ends on a word or a comma, not on a sentence's end.
_OPEN_ENDING = regexes.compile(r"[\w,;’'%-]\Z")
_SENTENCE_CLOSED = regexes.compile(r"\w[\w)]*[.!?][\"”’)]?\Z")


def _sentence_left_open(texts: Sequence[str], verdicts: dict[int, Verdict], origins: Sequence[int], end: int) -> int:
    """The body's last line grown over the rest of its paragraph when a page's text broke it into
    lines at its links and names (``get_text("\\n")``: "... by WeWork's" / "founder and" / "former CEO,
    Adam Neumann."): a line that leaves its sentence open goes on in the line right under it (no blank
    line between: ``origins``, the lines' numbers in the page).

    >>> texts = ["The inquiry looks at WeWork's", "founder and", "former CEO, Adam Neumann.", "Keywords"]
    >>> _sentence_left_open(texts, {3: Verdict("section heading", "section")}, [1, 2, 3, 5], 0)
    2
    >>> _sentence_left_open(texts, {3: Verdict("section heading", "section")}, [1, 3, 5, 7], 0)
    0
    >>> _sentence_left_open(["Prices rose on Monday.", "Most Read"], {}, [1, 2], 0)
    0
    >>> _sentence_left_open(["A solid overview", "of", "HTML for developers.", "Tags"], {}, [1, 2, 3, 4], 0)
    2
    >>> _sentence_left_open(["Google Cloud Managed Lustre", "High performance file service."], {}, [1, 2], 0)
    0
    """
    last = end
    while (
        end + 1 < len(texts)
        and end - last < MAX_OPEN_SENTENCE_LINES
        and end + 1 not in verdicts
        and _OPEN_ENDING.search(texts[end].rstrip()) is not None
        and origins[end + 1] == origins[end] + 1
    ):
        end += 1
    # (the sentence must end, in a line that goes on with it: a list of links under an open line,
    # "Google Cloud Managed Lustre" / "High performance file service.", is no paragraph of the story)
    # (it goes on in lower case, or after a comma: "Gear Circadian Pro," / "ENO Junglenest and Mantis UL.",
    # or over a word in lower case between: "Learn HTML - A solid overview" / "of" / "HTML for developers.")
    going_on = texts[end - 1].rstrip().endswith(",") or any(
        texts[k].lstrip()[:1].islower() for k in range(last + 1, end + 1)
    )
    closed = _SENTENCE_CLOSED.search(texts[end].rstrip()) is not None and going_on
    return end if end == last or closed else last


def _broken_last_paragraphs(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], origins: Sequence[int], end: int
) -> int:
    """The body's end grown over the rest of a paragraph that a page's text broke into lines at its
    links (see ``_sentence_left_open``), and over a short last paragraph or two broken so ("Reporting
    by the" / "Guardian" / "showed that prices rose."), or a longer one with a line of prose in it, as the
    body takes them whole.

    >>> texts = ["Prices rose on Monday.", "Reporting by the", "Guardian", "showed that prices rose.", "Keywords"]
    >>> heading = {4: Verdict("section heading", "section")}
    >>> _broken_last_paragraphs(texts, [describe(t, "en") for t in texts], heading, [1, 3, 4, 5, 7], 0)
    3
    >>> _broken_last_paragraphs(texts, [describe(t, "en") for t in texts], heading, [1, 3, 5, 7, 9], 0)
    0
    >>> texts = ["Prices rose on Monday, the data showed.", "Subscribe to our", "newsletter", "Keywords"]
    >>> heading = {3: Verdict("section heading", "section")}
    >>> _broken_last_paragraphs(texts, [describe(t, "en") for t in texts], heading, [1, 3, 4, 6], 0)
    0
    """
    end = _sentence_left_open(texts, verdicts, origins, end)
    for _ in range(MAX_SHORT_LAST):
        first = end + 1
        if first >= len(texts) or first in verdicts:
            break
        last = _sentence_left_open(texts, verdicts, origins, first)
        if last == first:
            if not _is_short_statement(texts[first], shapes[first]):
                break
        else:
            words = sum(shapes[k].words for k in range(first, last + 1))
            ending = texts[last].rstrip().rstrip(_CLOSERS)
            if not (shapes[last].sentence and ending.endswith(".") and not ending.endswith("..")):
                break
            # (a long one too when a line of it reads as prose of its own: "... after the" / "WF-1000XM5" /
            # "advanced their tech even further. These ..." is the story's, a list of links under it is not)
            long = words > MAX_HEADLINE_WORDS * 2
            if words < MIN_STATEMENT_WORDS or (long and not any(shapes[k].prose for k in range(first, last + 1))):
                break
        end = last
    return end


def _is_short_statement(text: str, shape: LineShape) -> bool:
    """A short paragraph that states something, as an article may end ("The vote was 7-2."), not
    a call to act or a question to the reader ("Talk to us!", "Was this helpful?", "Terms apply.").

    >>> [_is_short_statement(t, describe(t, "en")) for t in ("The vote was 7-2.", "Let's talk!", "Terms apply.")]
    [True, False, False]
    """
    ending = text.rstrip().rstrip(_CLOSERS)
    if shape.sentence and shape.words >= MIN_STATEMENT_WORDS - 1 and _KOREAN_STATEMENT.search(ending):
        return True  # (Korean glues its endings to the word: a broadcast's sign-off "KBS 김수연입니다.")
    if not (shape.sentence and shape.words >= MIN_STATEMENT_WORDS):
        return False
    if ending.endswith("。"):
        return True  # (a CJK sentence: few function words to count)
    # (a long one may be a list told in a sentence, with few function words: "Services: payroll, ...")
    enough = shape.stop_share >= MIN_STOPWORD_SHARE or shape.words >= MIN_RESULT_WORDS
    return ending.endswith(".") and not ending.endswith("..") and enough


def _data_rows(texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict]) -> set[int]:
    """Lines in runs of ``MIN_DATA_ROWS`` or more that hold figures, or bulleted items, and some
    words: the rows of a table, the items of a schedule, a recipe or a list of key points (an
    article may hold one), not prose.

    >>> rows = ["Standings", "1 Kyle Busch 5040 5", "2 Martin Truex 5035 7", "3 Kevin Harvick 5033 4", "Share"]
    >>> sorted(_data_rows(rows, [describe(t, "en") for t in rows], {}))
    [1, 2, 3]
    """
    rows = [k for k, shape in enumerate(shapes) if not shape.prose and k not in verdicts and _is_data_row(texts[k])]
    return {k for first, last in _runs(rows) if last - first + 1 >= MIN_DATA_ROWS for k in range(first, last + 1)}


def _result_lines(texts: Sequence[str], shapes: Sequence[LineShape]) -> list[int]:
    """Lines of sentences with figures, at least ``MIN_RESULT_WORDS`` words long, that are no prose
    for their few function words: the results of a sports round-up, a list of scores.

    >>> texts = ["Viera (3-0): Talorie Crafton 1 goal. Madelyn Rosario 1 assist. Jordan Spira 4 saves.", "Scores 3-1"]
    >>> _result_lines(texts, [describe(t, "en") for t in texts])
    [0]
    """
    return [
        k
        for k, shape in enumerate(shapes)
        if shape.sentence and not shape.prose and shape.words >= MIN_RESULT_WORDS and _DIGIT.search(texts[k])
    ]


def _is_data_row(text: str) -> bool:
    """A line with figures, or a bulleted item, and at least two words ("3 Kevin Harvick 5033",
    "1 cup asparagus, 2 eggs", "- Fuel duty frozen for another year").

    >>> [_is_data_row(t) for t in ("3 Kevin Harvick 5033", "- Fuel duty frozen", "World News", "- 5")]
    [True, True, False, False]
    """
    return bool(_DIGIT.search(text) or text.lstrip().startswith(_BULLETS)) and len(_WORD.findall(text)) >= 2


def _story_closed_above(texts: Sequence[str], heading: int) -> bool:
    """Whether the line above a section heading closes a wire story ("(END)", "___", "Follow AP's
    coverage at ...", "(Reporting by ...)", "Source: Yonhap"): the article has ended there, however
    short it was.

    >>> _story_closed_above(["The talks resume on Monday.", "(END)", "", "Most read"], 3)
    True
    >>> _story_closed_above(["The talks resume on Monday.", "", "Most read"], 2)
    False
    """
    from cleannews.wire.trailer import classify_trailer

    k = heading - 1
    while k >= 0 and not texts[k].strip():
        k -= 1
    trailer = classify_trailer(texts[k], wire_rules()) if k >= 0 else None
    return trailer is not None and trailer.kind in _CLOSING_MARKS


def _thread_follows(heading: int, verdicts: dict[int, Verdict], paragraphs: int) -> bool:
    """Whether a section heading below a told article (some paragraphs) opens a thread of
    comments or teasers: more UI strings follow it ("Reply", "2 hours ago", "janedoe says:")."""
    window = range(heading + 1, heading + 1 + RESUME_WINDOW)
    chrome = sum(k in verdicts and verdicts[k].evidence for k in window)
    return paragraphs >= MIN_PARAGRAPHS_ABOVE and chrome >= 2


def _ends_article(k: int, verdicts: dict[int, Verdict]) -> bool:
    """A section heading, or the first of three or more UI strings in a row (a share bar)."""
    if k in verdicts and verdicts[k].ends_article:
        return True
    bar = [j in verdicts and verdicts[j].evidence and verdicts[j].anywhere for j in range(k - 1, k + MIN_BAR_LINES)]
    return not bar[0] and all(bar[1:])


def _headline(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], title: str
) -> tuple[int, float] | None:
    """The line that repeats the headline in the page's <title> best (the first of equals), and
    how much of it: the title's longest part between separators, which leaves out the site's name.

    >>> texts = ["Storm hits coast | Gazette", "Gazette", "Storm hits coast again", "Storm hits coast"]
    >>> _headline(texts, [describe(t, "en") for t in texts], {}, texts[0])
    (3, 1.0)
    >>> texts = ["Type to search", "Search", "Type to search", "Search", "Storm hits coast"]
    >>> _headline(texts, [describe(t, "en") for t in texts], {}, texts[0]) is None
    True
    """
    best: tuple[int, float] | None = None
    headline_words = max((_tokens(part) for part in _TITLE_PARTS.split(title)), key=len)
    candidates = [
        k
        for k, shape in enumerate(shapes)
        if k > 0
        and not shape.prose
        and shape.words >= 3
        and not (shape.sentence and shape.words > MAX_HEADLINE_WORDS)
        and not (k in verdicts and verdicts[k].evidence)
        # (the page's first lines printed again, as the seed's search box is: "Type to search" over "Search")
        and texts[k : k + 2] != texts[:2]
    ]
    # A line shares no word with the headline where none of its words stands in the line
    # case-folded (as each of the line's words does): it is not read word by word.
    folded = "\n".join([texts[k] for k in candidates]).casefold().split("\n") if candidates else []
    for k, line in zip(candidates, folded, strict=True):
        if not any(map(line.__contains__, headline_words)):
            continue
        words = _tokens(texts[k])
        shared = len(words & headline_words)
        cover = shared / len(headline_words) if headline_words else 0.0
        if shared >= HEADLINE_MATCH * len(words) and cover >= MIN_HEADLINE_COVER and (best is None or cover > best[1]):
            best = (k, cover)
    return best


def _repeats_title(line: str, title: str) -> bool:
    """Whether a line is the headline the page's <title> holds, word for word (its longest part
    between separators, which leaves out the site's name).

    >>> _repeats_title("How Much Does It Cost?", "How Much Does It Cost? | Workzone")
    True
    >>> _repeats_title("How Much Does It Cost Today?", "How Much Does It Cost? | Workzone")
    False
    """
    headline_words = max((_tokens(part) for part in _TITLE_PARTS.split(title)), key=len)
    return len(headline_words) >= 3 and _tokens(line) == headline_words


def _tokens(text: str) -> set[str]:
    """The case-folded words and numbers of a line."""
    return {token.casefold() for token in _TOKEN.findall(text)}


def _body_resumes(shapes: Sequence[LineShape], verdicts: dict[int, Verdict], heading: int, end: int) -> int | None:
    """Where the article goes on after a section heading and its links, if it does.

    It goes on when, after the links, the next lines hold enough prose with two paragraphs
    side by side somewhere (teasers and comments have titles, names and dates between theirs).
    """
    k = heading + 1
    while k <= end and not shapes[k].prose:
        # The box's links, and maybe a second box like it ("Related" twice); another section
        # ("Comments" after "Related") means the article has ended.
        if k in verdicts and verdicts[k].ends_article and verdicts[k].reason != verdicts[heading].reason:
            return None
        k += 1
    resume = k
    words = 0.0
    side_by_side = False
    for j in range(resume, min(end, resume + RESUME_WINDOW) + 1):
        if j in verdicts and verdicts[j].ends_article:
            break
        if shapes[j].prose:
            words += shapes[j].words
            side_by_side = side_by_side or (j > resume and shapes[j - 1].prose)
    return resume if side_by_side and words >= MIN_RESUMED_WORDS else None


def _page_title(texts: Sequence[str], shapes: Sequence[LineShape]) -> str | None:
    """The first line when it reads as a page's <title> (html-text and browsers put it first)."""
    if len(texts) < 2 or shapes[0].sentence or shapes[0].words < 3 or LINKS_ONLY.fullmatch(texts[0]):
        return None  # (a crawler's "[Skip to main content](URL)" is no <title>)
    return texts[0]


def _with_headline(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], start: int, title: str | None
) -> int:
    """Move the start of the body up to the headline, when one stands just above it: of the
    lines of three words or more that are neither a sentence nor chrome, nor a credit, a
    writer's name or a date (nor the page's <title>), the one that repeats the most of the
    page's <title>, or else the nearest; or the shorter line above it, when that line is a
    standfirst.

    >>> texts = ["Menu", "Dozens dead as quake strikes", "Tom Walker in Rome", "Tue 3 Dec 2024 14.05 GMT",
    ...          "At least 42 people died in the quake, officials said."]
    >>> _with_headline(texts, [describe(t, "en") for t in texts], {0: Verdict("UI", "ui")}, 4, None)
    1
    >>> texts.insert(2, "Rescue teams race to reach villages cut off by landslides after the quake")
    >>> _with_headline(texts, [describe(t, "en") for t in texts], {0: Verdict("UI", "ui")}, 5, None)
    1
    >>> texts = ["Quake kills dozens in Italy | Gazette", "Menu", "Dozens dead as quake strikes Italy",
    ...          "Rescuers search the rubble", "At least 42 people died in the quake, officials said."]
    >>> _with_headline(texts, [describe(t, "en") for t in texts], {1: Verdict("UI", "ui")}, 4, texts[0])
    2
    """
    if title is not None and _repeats_title(texts[start], title):
        return start  # the body opens with the headline (a question: "How Much Does It Cost?")
    lowest = 1 if title is not None else 0
    # The lines above the body, as far as HEADLINE_REACH lines that no rule took for chrome
    # (a share bar between the headline and the body does not put the headline out of reach).
    top, seen = start, 0
    while top > lowest and seen < HEADLINE_REACH:
        top -= 1
        seen += not (top in verdicts and verdicts[top].evidence)
    reach = range(start - 1, top - 1, -1)
    # The nearest line of the headline's shape, unless a photo credit or a label of the page
    # ("Table of Contents") that no rule took for chrome stands first: the lines above it belong
    # to the page, not the article.
    furniture = next(
        (
            k
            for k in reach
            if k not in verdicts
            and is_page_furniture(texts[k], bylines=False)
            and not _credit_under_head(k, lowest, texts, shapes, verdicts)
        ),
        -1,
    )
    found = next((k for k in reach if k > furniture and _may_be_headline(k, texts, shapes, verdicts)), None)
    unexplained = 0 if found is None else _unexplained_between(found, start, texts, shapes, verdicts)
    if unexplained > MAX_UNEXPLAINED_UNDER_HEADLINE:
        # Short lines that are neither the story's metadata nor chrome stand between: the
        # nearest line of a headline's shape is an entry of a menu the rules did not see.
        found = None
    if found is None and title is None:
        found = _headline_ending_a_menu(reach, texts, shapes, verdicts)
    if title is not None:
        # The page's own headline repeats its <title> (maybe worded a little differently), a
        # photo credit, a tagline or a teaser's title does not, or less; a headline that repeats
        # it may be two words long.
        similarity = {k: title_similarity(texts[k], title) for k in reach}
        similar = sorted(
            (k for k in reach if similarity[k] >= MIN_TITLE_SIMILARITY and texts[k : k + 2] != texts[:2]),
            key=lambda k: -similarity[k],
        )  # (not the page's first lines printed again: the seed's search box twice)
        found = next(
            (k for k in similar if _may_be_headline(k, texts, shapes, verdicts, min_words=2, in_menu=True)), found
        )
    if found is None and title is not None:
        # (a page's <title> that no line repeats says nothing of the menu's last line)
        found = _headline_ending_a_menu(reach, texts, shapes, verdicts)
    if found is None:
        # The first line, when nothing but the story's metadata and chrome stands under it, is
        # the headline of a story copied from its page, not a page's <title> over a page.
        first_opens = (
            title is not None and top <= lowest and _unexplained_between(0, start, texts, shapes, verdicts) == 0
        )
        return 0 if first_opens and _opens_a_story(texts[0], shapes[0]) else start
    # A standfirst (a long summary, not in title case) under its headline: the headline opens it.
    above = found - 1
    standfirst = shapes[found].words >= MIN_STANDFIRST_WORDS and not shapes[found].title_case
    if standfirst and above >= lowest and 4 <= shapes[above].words < shapes[found].words:
        return above if _may_be_headline(above, texts, shapes, verdicts) else found
    return found


# The words of a photo credit alone ("(PNA photo by Nur Aisyah Rahman)"), not a caption.
MAX_CREDIT_WORDS = 8


def _credit_under_head(
    k: int, lowest: int, texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict]
) -> bool:
    """Whether the photo credit at ``k`` is the lead picture's, under the story's head: a run of the
    story's head lines (a byline, the time) stands right above it, with a line of a headline's shape
    over them.

    >>> texts = ["Menu", "Port strike ends after three weeks", "By Jo Cruz", "May 4, 2026, 7:22 am",
    ...          "(PNA photo by Ana Reyes)", "MANILA – Dock workers went back to work on Monday, the union said."]
    >>> shapes = [describe(t, "en") for t in texts]
    >>> _credit_under_head(4, 0, texts, shapes, {0: Verdict("UI", "ui")})
    True
    >>> _credit_under_head(2, 0, texts, shapes, {0: Verdict("UI", "ui")})  # no head line above it
    False
    """
    if len(texts[k].split()) > MAX_CREDIT_WORDS:
        return False  # a caption with its credit ("Rescuers at work (Credit: iStock)") may stand anywhere
    j = k - 1
    while j >= lowest and j not in verdicts and _is_head_metadata(texts[j]):
        j -= 1
    return j < k - 1 and j >= lowest and _may_be_headline(j, texts, shapes, verdicts)


def _with_standfirst(
    texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict], start: int
) -> int:
    """Move the start of the body up to its standfirst: a paragraph of prose that stands above it
    with only the story's head lines between (a date, a byline, the agency: lines the wire pass
    reads) and what is set in an article (a photo's caption, an advertising mark, a reading time).

    >>> texts = ["Menu", "Dozens dead as quake strikes",
    ...          "Rescue teams raced on Tuesday to reach the villages that the landslides cut off.",
    ...          "Issued on: 03/12/2024 - 14:05", "By: NEWS WIRES",
    ...          "Rome (AFP) - At least 42 people died in the quake, officials said."]
    >>> shapes = [describe(t, "en") for t in texts]
    >>> _with_standfirst(texts, shapes, {0: Verdict("UI", "ui")}, 5)
    2
    """
    k = start - 1
    head = False
    while k >= 0 and not shapes[k].prose:
        verdict = verdicts.get(k)
        text = texts[k]
        if verdict is not None and (
            verdict.kind in _SET_IN_ARTICLE or (verdict.kind == "ui" and shapes[k].words <= MAX_CHROME_WORDS)
        ):
            k -= 1  # a caption, "Advertisement", "2 min read", a share button
        elif (verdict is None or verdict.kind == "menu") and _is_head_line(text):
            head = True
            k -= 1
        else:
            return start
    return k if head and k >= 0 and k not in verdicts and shapes[k].prose else start


# How many lines an inline link may cut the lede's first sentence into, over the body's first line.
MAX_CUT_LEDE_LINES = 4
# What ends a line of prose: a sentence's last mark, maybe inside its quote.
_LINE_ENDS_SENTENCE = regexes.compile(r"[.!?…][\"'”’)]*\s*$")


def _with_cut_lede(texts: Sequence[str], verdicts: dict[int, Verdict], start: int, origins: Sequence[int]) -> int:
    """Move the start of the body up to the lede's first line when inline links cut it into short
    lines over the body's first line (a scraper's ``get_text`` dump prints a link's words on lines
    of their own): lines that end no sentence, with no blank line between (``origins``: each
    line's number in the page), up from the body to one that opens with a wire dateline naming its
    agency or date. A teaser over the headline stands apart.

    >>> texts = ["Menu", "A headline", "MIAMI (AP) — Certifications are", "recognized by",
    ...          "industry and may be required to enter or continue to work in a specific position."]
    >>> _with_cut_lede(texts, {0: Verdict("UI", "ui")}, 4, range(5))
    2
    >>> _with_cut_lede(texts, {0: Verdict("UI", "ui")}, 4, [0, 1, 2, 4, 5])  # a blank line between
    4
    >>> texts[2] = "Certifications are"  # no dateline: a menu's or a teaser's lines, maybe
    >>> _with_cut_lede(texts, {0: Verdict("UI", "ui")}, 4, range(5))
    4
    """
    k = start
    for _ in range(MAX_CUT_LEDE_LINES):
        above = k - 1
        if above < 0 or above in verdicts or not texts[above].strip() or _LINE_ENDS_SENTENCE.search(texts[above]):
            break
        if len(origins) <= k or origins[k] != origins[above] + 1:
            break
        k = above
        if _opens_with_wire_dateline(texts[k]):
            return k
    return start


def _is_head_line(text: str) -> bool:
    """A line of the story's head: a date or time, a byline or a credit, the agency."""
    return bool(_METADATA.match(text) or _DATED.search(text) or _is_head_metadata(text))


def _opens_a_story(text: str, shape: LineShape) -> bool:
    """A first line that reads as a story's headline, not a page's <title>: no site's name after a
    separator ("Headline | Site"), not chrome-like."""
    return not _TITLE_PARTS.search(text) and shape.words >= 3 and not shape.sentence


def _headline_ending_a_menu(
    reach: range, texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict]
) -> int | None:
    """The headline that a run of short title-case lines took in ("Sport" ... "Defer, Panic, and
    Recover"): the nearest line of a headline's shape (three words or more) over the story's
    metadata only, where a label or a byline says what the lines are ("Source: Xinhua", "Par
    Chloé Bernard") or the lede under them opens with a dateline naming its agency or date; not a
    date alone over a lede without one (a list of categories over the time ends so as well).

    >>> texts = ["Sport", "World", "Defer, Panic, and Recover", "Source: Xinhua", "2024-12-26 14:25:37",
    ...          "URUMQI, Dec. 26 (Xinhua) -- Output rose by a fifth in the year, officials said on Monday."]
    >>> menu = {k: Verdict("menu", "menu", anywhere=False, evidence=False) for k in range(4)}
    >>> _headline_ending_a_menu(range(4, -1, -1), texts, [describe(t, "en") for t in texts], menu)
    2
    >>> texts[2:4] = ["Recruiting Top Talent"]  # over the date alone, and the dated lede: the story's
    >>> _headline_ending_a_menu(range(3, -1, -1), texts, [describe(t, "en") for t in texts], menu)
    2
    >>> texts[4] = "Output rose by a fifth in the year, officials said on Monday."  # a list of categories
    >>> _headline_ending_a_menu(range(3, -1, -1), texts, [describe(t, "en") for t in texts], menu) is None
    True
    """
    from cleannews.passes.wire import paper_credit_agency

    rules = wire_rules()
    # The lede under the head opening with a wire dateline that names its agency or date ("Hanoi
    # (VNA) –", "JOHOR BARU, Aug 24 —"): the time over it is the story's, not a list's.
    named = reach.start + 1 < len(texts) and _opens_with_wire_dateline(texts[reach.start + 1])
    # A labelled time ("Published Feb 5, 2025") over a lede that opens with a dateline naming its
    # place only ("Pretoria -"), or a share bar between the headline and the time: the story's head,
    # as a list of categories never stands so.
    placed = reach.start + 1 < len(texts) and _opens_with_wire_dateline(texts[reach.start + 1], place=True)
    timed = False  # a head line seen between the lede and this line
    for k in reach:
        text = texts[k].strip()
        verdict = verdicts.get(k)
        if (
            verdict is not None
            and (
                verdict.kind in _SET_IN_ARTICLE
                or (verdict.kind == "ui" and verdict.evidence and shapes[k].words <= MAX_CHROME_WORDS)
            )
        ) or _BARE_LINK.fullmatch(text):
            # (a share bar over the story's head lines: not over the lede alone, as a menu's "Contact Us" is)
            named = named or (timed and verdict is not None and verdict.kind == "ui")
            continue  # a share bar, its short link, a photo's caption, "Read More" between the head and the body
        if _FONT_BUTTON.fullmatch(text) or (verdict is not None and _in_a_bar(k, verdicts)):
            continue  # the font buttons "A" "A+", or "Comments" among the share buttons
        if k > 0 and rules.is_agency(texts[k - 1].strip()) and _is_city_alone(text):
            continue  # "ANADOLU AGENCY" over "ISTANBUL" over the time: the city the agency filed from
        if k == reach.start and text.isupper() and _is_city_alone(text):
            named = True  # "ANKARA" alone right over the lede: the dateline's place (Anadolu's), as a dateline is
            continue
        if _is_head_metadata(text):
            timed = True
            named = (
                named
                or head_label(text, rules) is not None
                or parse_byline(text, rules, bare=True) is not None
                or rules.is_agency(text)  # "Kyodo" over the time: the provider line
                or _timestamp_naming_source(text)  # "Agence France-Presse / 05:49 PM April 29, 2026"
                or (placed and is_labelled_timestamp(text, rules))
                or paper_credit_agency(text, rules) is not None
                or _dated_writer_line(text, rules)  # "December 7, 2026 4:56 am | Jane Doe | 3 min read"
            )
            continue
        if verdict is None and len(text.split()) <= MAX_CREDIT_WORDS and is_page_furniture(text, bylines=False):
            continue  # the lead picture's credit ("(PNA photo by ...)") between the head and the lede
        if named and _may_be_headline(k, texts, shapes, verdicts, in_menu=True):
            return k
        return None
    return None


# The words of a city's name on a line alone under the agency's ("Ras Al Khaimah").
MAX_CITY_WORDS = 3
# The buttons that change a page's type size: "A", "A+", "A-".
_FONT_BUTTON = regexes.compile(r"[Aa][+\-−]?")


def _in_a_bar(k: int, verdicts: dict[int, Verdict]) -> bool:
    """Whether the line at ``k`` stands between two buttons of a bar (UI strings the lexicon names)."""
    return all(j in verdicts and verdicts[j].kind == "ui" and verdicts[j].evidence for j in (k - 1, k + 1))


def _is_city_alone(text: str) -> bool:
    """Whether a line is a city's name alone, maybe in capitals ("ISTANBUL", "Ankara").

    >>> _is_city_alone("ISTANBUL"), _is_city_alone("Sport")
    (True, False)
    """
    return len(text.split()) <= MAX_CITY_WORDS and is_city(text.title() if text.isupper() else text, wire_rules())


def _timestamp_naming_source(text: str) -> bool:
    """Whether a time line names the agency that provides the story.

    >>> _timestamp_naming_source("Agence France-Presse / 05:49 PM April 29, 2026")
    True
    >>> _timestamp_naming_source("05:49 PM April 29, 2026")
    False
    """
    stamp = read_timestamp(text.strip(), wire_rules())
    return (stamp is not None and bool(stamp.source)) or source_beside_time(text.strip(), wire_rules()) is not None


def _opens_with_wire_dateline(text: str, place: bool = False) -> bool:
    """Whether a line opens with a dateline in its strict forms that names an agency or a date
    (or, with ``place``, only its place).

    >>> _opens_with_wire_dateline("Hanoi (VNA) – The ministry said so."), _opens_with_wire_dateline("Sport")
    (True, False)
    >>> _opens_with_wire_dateline("BANGKOK: The ministry said so."), _opens_with_wire_dateline("BANGKOK: It did.", True)
    (False, True)
    """
    from cleannews.wire.dateline import find_dateline

    found = find_dateline(text.strip(), wire_rules(), strict=True)
    return found is not None and bool(found.agency or found.date or (place and found.place))


def _may_be_headline(
    k: int,
    texts: Sequence[str],
    shapes: Sequence[LineShape],
    verdicts: dict[int, Verdict],
    min_words: int = 3,
    in_menu: bool = False,
) -> bool:
    """A line of three words or more (``min_words``) that is neither a sentence nor chrome (but
    maybe, with ``in_menu``, a line of a run of short title-case lines), nor a credit, a writer's
    name ("Tom Walker in Rome") or a date ("Published 5 January 2024") under a headline, nor a
    photo credit, a byline with its role or a label of the page ("Table of Contents")."""
    shape = shapes[k]
    if k in verdicts and not (in_menu and verdicts[k].kind == "menu"):
        return False
    if shape.prose or shape.sentence or shape.words < min_words or _METADATA.match(texts[k]):
        return False
    if is_page_furniture(texts[k]) or _is_head_metadata(texts[k]) or _CLOCK.search(texts[k]):
        return False
    if LINKS_ONLY.fullmatch(texts[k]):
        return False  # a crawler's picture or link alone ("![A man walks past ...](URL)")
    # A line right under a byline is the writer's role or outlet ("The Canadian Press"), never the headline.
    return not (k > 0 and texts[k - 1].lstrip()[:3].casefold() == "by " and parse_byline(texts[k - 1], wire_rules()))


def _is_tagged_headline(text: str) -> bool:
    """Whether a line opens with a wire headline tag the wire rules read ("(LEAD) ...", "UPDATE 2-..."):
    a story's headline, never a link of a menu.

    >>> _is_tagged_headline("(LEAD) The Best Electric Scooters"), _is_tagged_headline("Top News")
    (True, False)
    """
    from cleannews.wire.tags import split_tags

    return bool(split_tags(text.strip(), wire_rules()).tags)


@lru_cache(maxsize=1024)
def _is_head_metadata(text: str) -> bool:
    """Whether a line is what stands by a headline about the story: a date, a labelled field, a
    writer's name or a byline, or the agency that provides it ("AFP" over the time)."""
    from cleannews.passes.wire import is_editors_note, paper_credit_agency

    rules = wire_rules()
    text = (marked(text).view if has_marks(text) else text).strip()  # "By [Jane Doe](URL)" as "By Jane Doe"
    return bool(
        is_editors_note(text)  # "(ATTN: ADDS comments in para 3)" under the headline
        or rules.is_agency(text)
        or paper_credit_agency(text, rules) is not None  # "20 Minutes avec AFP" over the time
        or (_DIGIT.search(text) is not None and (is_timestamp(text, rules) or _CJK_DATE.search(text) is not None))
        or head_label(text, rules) is not None  # "Source: Xinhua", "Editor: Wang Qi" beside the time
        or source_beside_time(text, rules) is not None  # "Source: Xinhua Published: Nov 05, 2026 03:12 PM"
        or (_NAMES_SHAPE.fullmatch(text) and plausible_bare_names(strip_places(text), rules))
        or parse_byline(text, rules, bare=True) is not None  # "Inês Carvalho Africa correspondent"
        or (_DIGIT.search(text) is not None and _dated_writer_line(text, rules))
    )


def _dated_writer_line(text: str, rules: WireRules) -> bool:
    """A post-meta line: the time, the writer and maybe the reading time, parted by marks
    ("December 7, 2026 4:56 am | Jane Doe | 3 min read"), or "By" the writer with the time.

    >>> _dated_writer_line("December 7, 2026 4:56 am | Jane Doe | 3 min read", wire_rules())
    True
    >>> _dated_writer_line("By admin - November 21, 2025", wire_rules())
    True
    >>> _dated_writer_line("24/7 | Open All Hours | Free Parking", wire_rules())
    False
    """
    from cleannews.wire.page_head import bare_writer, post_meta_writer

    found = bare_writer(text, rules)
    if found is not None and found[1] and found[0] != text.strip():
        return True
    return text.lstrip()[:3].casefold() == "by " and post_meta_writer(text, rules) is not None


def _unexplained_between(
    found: int, start: int, texts: Sequence[str], shapes: Sequence[LineShape], verdicts: dict[int, Verdict]
) -> int:
    """The lines between a headline and the body that no rule explains, or that a menu holds:
    neither chrome of another kind (a share bar), nor a date, a byline or a credit, nor a
    standfirst (prose)."""
    # A menu entry in a run of chrome lines that the lexicon names is a button of a bar ("facebook",
    # "URL", "Print", "A+"), not a menu the rules did not see.
    bars = {j for run in _runs([j for j in range(found + 1, start) if j in verdicts]) for j in _bar(run, verdicts)}
    return sum(
        1
        for j in range(found + 1, start)
        if texts[j].strip()
        and (
            j not in verdicts or (verdicts[j].kind == "menu" and j not in bars)
        )  # (a byline and its date may read as a menu)
        and not shapes[j].prose
        and any(map(str.isalpha, texts[j]))  # (counts of likes and comments, a lone "×")
        and not _METADATA.match(texts[j])
        and not is_page_furniture(texts[j])
        and not _is_head_metadata(texts[j])
        # (the dateline's place alone over the lede: Anadolu's "ANKARA")
        and not (j == start - 1 and texts[j].strip().isupper() and _is_city_alone(texts[j].strip()))
    )


def _bar(run: tuple[int, int], verdicts: dict[int, Verdict]) -> range:
    """The lines of a run of chrome lines ``(first, last)`` when half of them or more are evidence
    of chrome (a bar of buttons: "facebook", "Print", "A+"), else none (a menu with "Log In" in it)."""
    lines = range(run[0], run[1] + 1)
    return lines if 2 * sum(verdicts[j].evidence for j in lines) >= len(lines) else range(0)


def _remove_outside(
    texts: Sequence[str], verdicts: dict[int, Verdict], start: int, end: int, final: dict[int, str]
) -> set[int]:
    """Remove the lines before and after the body, when the page shows signs of chrome there;
    the lines removed so."""
    before = range(start)
    after = range(end + 1, len(texts))
    outside: set[int] = set()
    if _shows_chrome(before, verdicts):
        outside.update(before)
        for k in before:
            final.setdefault(k, verdicts[k].reason if k in verdicts else "before the article body")
    if _shows_chrome(after, verdicts):
        ended = next((k for k in after if k in verdicts and verdicts[k].ends_article), None)
        why = "after the article body"
        if ended is not None:
            why = f'after the article ended (section heading "{texts[ended].strip()}")'
        outside.update(after)
        for k in after:
            final.setdefault(k, verdicts[k].reason if k in verdicts else why)
    return outside


def _shows_chrome(region: range, verdicts: dict[int, Verdict]) -> bool:
    """Whether a region of the page shows chrome: a line the lexicon, a notice or the profile
    names, or a menu (a run of links)."""
    inside = [verdict for k, verdict in verdicts.items() if k in region]
    return any(verdict.evidence for verdict in inside) or sum(v.kind == "menu" for v in inside) >= MIN_MENU_LINES


# A writer's bio under the article: a line naming the writer ("Jane Doe", "About Jane Doe",
# "Jane Doe, CFP®") and, at most two lines below it, a paragraph about them ("Jane Doe is a
# freelance writer...", "Jane covers biotech...").
MAX_BIO_GAP = 2
MAX_PROSE_AFTER_BIO = 2
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_BIO_HEAD = regexes.compile(
    rf"(?:About\s+(?:the\s+author\s*[:|-]?\s*)?)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    r"(?:\s*,\s*[^,.!?]{1,40})?\s*:?"
)
_BIO_VERBS = (
    "is|was|has|had|covers|covered|writes|wrote|holds|joined|founded|started|leads|serves|reports|"
    "lives|works|worked|began|specializes|specialises|received|earned|spent"
)
_BIO_REST = regexes.compile(rf"(?:\s*\([^)]*\))?(?:\s*,[^,]{{1,60}},)?\s+(?:{_BIO_VERBS})\b")
_HONORIFIC = regexes.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+")


def _bio_opening(paragraph: str, name: str) -> bool:
    """Whether a paragraph opens as a bio of ``name``: the name (whole, or its first or last word)
    and, soon after it, a verb of a bio.

    >>> _bio_opening("Jane Doe is a freelance writer based in Toronto.", "Jane Doe")
    True
    >>> _bio_opening("Jane, a mother of two, has written for the Times.", "Jane Doe")
    True
    >>> _bio_opening("Doe said the vote would be close.", "Jane Doe")
    False
    """
    text = _HONORIFIC.sub("", paragraph.strip(), count=1)
    words = name.split()
    for said in (name, words[0], words[-1]):
        if text.startswith((said + " ", said + ",")) and _BIO_REST.match(text, len(said)) is not None:
            return True
    return False


def _a_person(name: str) -> bool:
    """Whether a name is a person's, not an organisation's or a place's ("About Acme Labs")."""
    return plausible_bare_names(name, wire_rules())


def _writer_bios(
    texts: Sequence[str], shapes: Sequence[LineShape], start: int, end: int, final: dict[int, str]
) -> dict[int, str]:
    """The writer's bio at the foot of an article body: its name line, the lines up to the bio
    paragraph, the bio and the paragraphs after it that name the writer again. Only where the
    article has paragraphs above it, at most two paragraphs follow it in the body, and no other
    bio of this shape stands in the body (a page of profiles is the article).

    >>> body = ["The council met on Monday to vote on the new budget for the town."] * 3
    >>> texts = [*body, "Jane Doe", "Jane Doe is a freelance writer based in Toronto."]
    >>> shapes = [describe(t, "en") for t in texts]
    >>> sorted(_writer_bios(texts, shapes, 0, 4, {}))
    [3, 4]
    """
    found: list[tuple[int, int, str]] = []
    for k in range(start, end + 1):
        if k in final or not shapes[k].prose:
            continue
        for head in range(k - 1, max(start, k - 1 - MAX_BIO_GAP) - 1, -1):
            match = _BIO_HEAD.fullmatch(texts[head].strip())
            if match is not None and _bio_opening(texts[k], match["name"]) and _a_person(match["name"]):
                found.append((head, k, match["name"]))
                break
    if len(found) != 1:
        return {}
    head, bio, name = found[0]
    above = sum(shapes[k].prose for k in range(start, head) if k not in final)
    if above < MIN_PARAGRAPHS_ABOVE:
        return {}
    words = name.split()
    last = bio
    for k in range(bio + 1, end + 1):
        if k in final:
            continue
        if not shapes[k].prose or not {words[0], words[-1]} & {w.strip(",.’'") for w in texts[k].split()[:10]}:
            break
        last = k
    after = sum(shapes[k].prose for k in range(last + 1, end + 1) if k not in final)
    if after > MAX_PROSE_AFTER_BIO:
        return {}
    why = f'the writer\'s bio under the article ("{name}")'
    return {k: why for k in range(head, last + 1) if k not in final}
