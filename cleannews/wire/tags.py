"""Headline tags: "(LEAD)", "[속보]", "UPDATE 2-", "Factbox:" in front, "(AP)" or "- Reuters" behind."""

from __future__ import annotations

from dataclasses import dataclass

from cleannews import regexes
from cleannews.wire.rules import WireRules

_BRACKETED = regexes.compile(r"^[(\[【]([^()\[\]【】]{1,60})[)\]】]\s*")
_PREFIX = regexes.compile(r"^([A-Z][A-Z0-9 ]{0,30}?)\s?-\s?(?=\S)")
# "Analysis-Fed faces a dilemma": a label in mixed case glued to a sentence-case headline.
_MIXED_PREFIX = regexes.compile(r"^([A-Z][a-z]+(?: [A-Za-z]+)?)-(?=[A-Z0-9\"“‘'])")
_LABEL = regexes.compile(r"^((?:\d{1,2}(?:st|nd|rd|th)\s+)?[^\W\d_][\w&' ]{0,30}?)\s*(?::|\s\|)\s+")
# The take a label counts ("ROUNDUP 2:", dpa's second roundup of the day).
_VERSION = regexes.compile(r"\s+\d{1,2}$|^\d{1,2}(?:st|nd|rd|th)\s+")  # "ROUNDUP 2", "2nd UPDATE"
# The number of a take in a slug: "UPDATE 1", "REFILE-UPDATE 2".
_TAKE = regexes.compile(r"[A-Z] \d{1,2}$")
# What a headline looks like once its tags are off: it opens with a capital, a digit, a quote or
# a letter of a script without case.
_SUFFIX = regexes.compile(r"\s*(?:\s[-–—|]\s*(?P<a>[^-–—|()]{2,40}?)|\((?P<b>[^()]{2,40})\))\s*$")
# a full stop closing a sentence (not an initial's or abbreviation's: "U.S.") before the credit
_CAPTION_END = regexes.compile(r"[a-z0-9\)\"”’']{2}\.\s*$")
_HEADLINE_START = regexes.compile(r"^(?:[\"“‘'«„(\[]?[0-9]|[\"“‘'«„(\[]?[^\W\d_])")


@dataclass(frozen=True, slots=True)
class HeadlineTags:
    """What a headline carries: tags in front, a credited agency behind, and the bare title."""

    tags: tuple[str, ...]
    title: str
    prefix: str  # the text in front that holds the tags ("(LEAD) ", "UPDATE 2-")
    suffix: str  # the text behind that holds the agency (" - Reuters", " (AP)")
    agency: str | None


def _generic_tag(label: str, rules: WireRules) -> bool:
    """A bracketed label no file lists, taken as a tag when it reads like one: "(Hangzhou Asiad)"."""
    words = label.split()
    if not words or len(words) > 4 or len(label) > 30 or label.casefold() in rules.tag_stopwords:
        return False
    if any(not (c.isalnum() or c in " -.'’&") for c in label) or not any(map(str.isalpha, label)):
        return False  # (a bare number, "[2025]", dates a title and tags nothing)
    first = label[0]
    return first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())


def _starts_headline(rest: str) -> bool:
    return bool(rest.strip()) and _HEADLINE_START.match(rest) is not None and not rest[0].islower()


# Longer than any headline: the patterns below are not run on a paragraph.
MAX_HEADLINE_CHARS = 1000


def split_tags(headline: str, rules: WireRules) -> HeadlineTags:
    """Split the tags off a headline.

    >>> from cleannews.wire.rules import wire_rules
    >>> split_tags("(LEAD) (Asiad) Korea wins gold", wire_rules()).tags
    ('LEAD', 'Asiad')
    >>> found = split_tags("CORRECTED-UPDATE 2-Oil falls on supply fears - Reuters", wire_rules())
    >>> found.tags, found.title, found.agency
    (('CORRECTED', 'UPDATE 2'), 'Oil falls on supply fears', 'Reuters')
    >>> split_tags("US-China talks resume", wire_rules()).tags
    ()
    >>> split_tags("(Not) the end of an era", wire_rules()).tags
    ()
    >>> split_tags("(News Focus) what the talks leave open", wire_rules()).tags
    ('News Focus',)
    >>> split_tags("Analysis-Fed faces a dilemma over rates", wire_rules()).tags
    ('Analysis',)
    >>> split_tags("Live-Action Remake Tops Box Office", wire_rules()).tags
    ()
    >>> split_tags("Analysis-Fed Faces a Dilemma Over Rates", wire_rules()).tags
    ('Analysis',)
    >>> split_tags("ROUNDUP 2: Talks resume in Geneva", wire_rules()).tags
    ('ROUNDUP 2',)
    >>> split_tags("2nd UPDATE: Fed holds rates", wire_rules()).tags
    ('2nd UPDATE',)
    >>> split_tags("[2025] Free courses with certificates", wire_rules()).tags
    ()
    >>> split_tags("(2nd LD) what the budget leaves out", wire_rules()).tags
    ('2nd LD',)
    >>> split_tags("UPDATE 1-oil prices slip as stocks build", wire_rules()).tags
    ('UPDATE 1',)
    >>> split_tags("Soccer-Arsenal go top with late win over Chelsea", wire_rules()).tags
    ('Soccer',)
    >>> [split_tags(title, wire_rules()).tags for title in ("Golf-Cart Sales Soar", "Tennis-Sinner beats Alcaraz")]
    [(), ('Tennis',)]
    >>> [split_tags(t, wire_rules()).tags for t in ("Explainer: what the talks leave open", "Watch: it rains")]
    [('Explainer',), ()]
    """
    tags: list[str] = []
    rest = headline
    if len(headline) > MAX_HEADLINE_CHARS:
        return HeadlineTags((), headline, "", "", None)
    while True:
        if match := _BRACKETED.match(rest):
            label = match.group(1).strip()
            after = rest[match.end() :]
            known = rules.tag.fullmatch(label) is not None
            # a listed tag ("(News Focus)", "(LEAD)") stands before a headline a feed set in lower case too
            # ("(2nd LD)" as well: a numbered take opens on its figure)
            opens = label[:1].isupper() or label[:1].isdigit()
            lowered = known and opens and after[:1].islower() and len(after.split()) >= 3
            if ((known or _generic_tag(label, rules)) and _starts_headline(after)) or lowered:
                tags.append(label)
                rest = after
                continue
        if (match := _PREFIX.match(rest)) and rules.tag_prefix.fullmatch(match.group(1)):
            after = rest[match.end() :]
            # a numbered take ("UPDATE 1-") is a tag before a headline a feed set in lower case too
            if _starts_headline(after) or (_TAKE.search(match.group(1)) is not None and after[:1].isalpha()):
                tags.append(match.group(1))
                rest = after
                continue
        if (
            (match := _MIXED_PREFIX.match(rest))
            and rules.tag_label.fullmatch(match.group(1))
            and (
                _sentence_case(after := rest[match.end() :])
                # a slug that opens no compound may stand before a headline in title case
                or (match.group(1).casefold() in rules.tag_slug_words and _starts_headline(after))
            )
        ):
            tags.append(match.group(1))
            rest = after
            continue
        if (
            (match := _MIXED_PREFIX.match(rest))
            and match.group(1).casefold() in rules.tag_slug_words
            and rules.tag_prefix.fullmatch(match.group(1).upper())
            and not _title_case(rest[match.end() :])
        ):
            # a desk's slug as a client's page sets it in mixed case: "Soccer-Arsenal go top with win"
            # (not before a headline in title case: "Golf-Cart Sales Soar" is a compound)
            tags.append(match.group(1))
            rest = rest[match.end() :]
            continue
        if (match := _LABEL.match(rest)) and rules.tag_label.fullmatch(_VERSION.sub("", match.group(1).strip())):
            after = rest[match.end() :]
            label = match.group(1).strip()
            # a desk's slug ("Explainer:", "Factbox:") stands before a headline a feed set in lower case too
            lowered = (
                label.casefold() in rules.tag_slug_words
                and label[:1].isupper()
                and after[:1].islower()
                and len(after.split()) >= 3
            )
            if _starts_headline(after) or lowered:
                tags.append(label)
                rest = after
                continue
        break
    prefix = headline[: len(headline) - len(rest)]
    title, suffix, agency = _split_suffix(rest, rules)
    return HeadlineTags(tuple(tags), title, prefix, suffix, agency)


def _title_case(headline: str) -> bool:
    """Whether every longer word of ``headline`` after its first is capitalised ("Cart Sales Soar
    in Florida"), as no sentence-case headline is, however many names it holds ("Sinner beats
    Alcaraz in Turin final")."""
    words = [w for w in headline.split()[1:] if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _sentence_case(headline: str) -> bool:
    """A headline in sentence case ("Fed faces a dilemma over rates"), not title case, where a
    capital after a hyphen would be the second half of a compound ("Live-Action Remake Arrives")."""
    words = [w for w in headline.split()[1:] if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) < 0.5


def _split_suffix(title: str, rules: WireRules) -> tuple[str, str, str | None]:
    """``"Quake hits Japan (AP)"`` -> ``("Quake hits Japan", " (AP)", "AP")``."""
    match = _SUFFIX.search(title)
    if match is None or match.start() == 0 or not rules.is_agency(match.group("a") or match.group("b")):
        return title, "", None
    head = title[: match.start()]
    if len(head.split()) < 2 or _CAPTION_END.search(head):
        # a photo caption's sentence and its credit ("Officials inspect the site. | KYODO") is
        # no headline crediting an agency
        return title, "", None
    return head, title[match.start() :], match.group("a") or match.group("b")
