"""Given names and surnames, for telling a byline without "By" from a kicker or a section name.

``lexicon/wire/given_names.txt`` and ``surnames.txt`` list names in Latin script, folded (lower
case, accents off), one per line, taken from the person providers of every locale of the
``faker`` package (MIT licence). They are read only when a line of names with no "By" and no
affiliation stands above or beside a publication time, and rebuilt with
``python -m cleannews.wire.people`` (needs ``pip install faker``).
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from functools import lru_cache
from pathlib import Path

from cleannews import regexes
from cleannews.lexicon import data_files

_FOLDER = "wire"
_FILES = {"given": "given_names.txt", "surname": "surnames.txt"}
_HEADER = (
    "# {what} in Latin script, folded (lower case, accents off), from the person providers of every\n"
    "# locale of the faker package (MIT licence). Rebuild with `python -m cleannews.wire.people`.\n"
)


def fold(name: str) -> str:
    """Case and accents off: "Siobhán" and "SIOBHAN" are one key.

    >>> fold("Siobhán"), fold("BJÖRN")
    ('siobhan', 'bjorn')
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=2)
def _names(kind: str) -> frozenset[str]:
    text = data_files().joinpath(_FOLDER, _FILES[kind]).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    """A given name in some locale ("Jane", "Siobhán", "Kwame"); for "Jean-Pierre" its first part.

    >>> is_given_name("Jennifer"), is_given_name("Jean-Pierre"), is_given_name("Telegraph")
    (True, True, False)
    """
    key = fold(word)
    given = _names("given")
    return key in given or key.split("-")[0] in given or key.replace("'", "").replace("’", "") in given


def is_surname(word: str) -> bool:
    """A surname in some locale ("Smith", "Nguyen", "Kim").

    >>> is_surname("Nguyen"), is_surname("Strategy")
    (True, False)
    """
    return fold(word) in _names("surname")


# A word this rare in English reads as a name when no list knows it ("Okpanachi", "Tishby").
_MAX_NAME_ZIPF = 3.5
_MAX_UNLISTED_ZIPF = 3.5
# After a rare surname written first ("Pham Thu Hang"), given names may be words, but not the
# commonest ones.
_MAX_GIVEN_ZIPF = 5.0
# Two words this common are a phrase before they are a name ("Winter Storm" above a time): a name
# alone is then no byline, at the cost of a few real ones ("Mark White").
_MAX_PHRASE_ZIPF = 4.6
# A romanised Korean or Chinese given name: "Ji-hoon", "Tong-hyung", "Soo-yeon".
_SYLLABLES = regexes.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")


def _rare(word: str) -> bool:
    from cleannews.words import zipf

    return zipf(word, "en") < _MAX_NAME_ZIPF


def reads_as_person(name: str) -> bool:
    """Whether one name reads as a person's, by the name lists: a given name then a surname or a
    word too rare to be anything else ("Jennifer Newmann"), a surname first then given names (as
    East Asian names are written: "Kim Tong-hyung"), or words no list and no dictionary knows
    ("Oluwaseun Adeyemi"). "Asia Japan", "Telegraph Sport", "Foundational Fitness Protocol" do not.

    >>> [reads_as_person(n) for n in ["Jennifer Newmann", "LEONARDO GARCIA", "Kim Tong-hyung", "Naftali Tishby"]]
    [True, True, True, True]
    >>> [reads_as_person(n) for n in ["Seo Ji-hoon", "Pham Thu Hang", "D'Arcy Fitzgerald"]]
    [True, True, True]
    >>> [reads_as_person(n) for n in ["Asia Japan", "Web Designer Business", "DIY Home Decor", "Winter Storm"]]
    [False, False, False, False]
    """
    from cleannews.words import zipf

    tokens = [t for t in name.split() if not t.islower() and not t.endswith(".")]  # particles, initials off
    if len(tokens) < 2:
        return len(tokens) == 1 and not tokens[0].isascii()  # "김수연"
    first, rest = tokens[0], tokens[1:]
    last = rest[-1]
    if all(zipf(t, "en") >= _MAX_PHRASE_ZIPF for t in tokens):
        return False
    if is_given_name(first) and (is_surname(last) or "-" in last or "'" in last or _rare(last)):
        return True
    if is_surname(first) and all(is_given_name(t) or "-" in t or _rare(t) for t in rest):
        return True
    if len(first) <= 5 and len(rest) == 1 and _SYLLABLES.fullmatch(last):  # "Seo Ji-hoon"
        return True
    if is_surname(first) and _rare(first) and all(zipf(t, "en") < _MAX_GIVEN_ZIPF for t in rest):
        return True
    return all(zipf(t, "en") < _MAX_UNLISTED_ZIPF for t in tokens)


def _latin(name: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name)


def build() -> dict[str, list[str]]:
    """The folded given names and surnames of every locale of ``faker``, sorted."""
    providers = importlib.import_module("faker.providers.person")
    found: dict[str, set[str]] = {"given": set(), "surname": set()}
    prefixes = {"given": ("first_name", "first_romanized", "middle_name"), "surname": ("last_name", "last_romanized")}
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if callable(value) or not isinstance(value, dict | list | tuple):
                continue
            for kind, starts in prefixes.items():
                if attr.startswith(starts):
                    names = value.keys() if isinstance(value, dict) else value
                    found[kind].update(fold(n) for n in names if isinstance(n, str) and _latin(n))
    return {kind: sorted(n for n in names if n and " " not in n and n.isascii()) for kind, names in found.items()}


def main(argv: list[str] | None = None) -> int:
    import argparse  # a maintainer's rebuild command: not imported by a cleaning run

    argparse.ArgumentParser(description="Rebuild cleannews/lexicon/wire/given_names.txt and surnames.txt.").parse_args(
        argv
    )
    folder = Path(__file__).resolve().parents[1] / "lexicon" / _FOLDER
    for kind, names in build().items():
        what = "Given names" if kind == "given" else "Surnames"
        (folder / _FILES[kind]).write_text(_HEADER.format(what=what) + "\n".join(names) + "\n", encoding="utf-8")
        print(f"{_FILES[kind]}: {len(names)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
