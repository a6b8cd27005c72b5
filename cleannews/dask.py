"""cleannews inside Dask pipelines: clean a ``dask.bag`` of texts or a dask dataframe column.

Needs the ``dask`` extra (``pip install 'cleannews[dask]'``; dataframes also need pandas, which
``dask[dataframe]`` brings). Everything is lazy: the functions add steps to the graph, and
nothing runs until the caller computes or writes the result. A document is cleaned exactly as
:func:`cleannews.clean` cleans it, wherever it runs::

    import json, pathlib
    import dask.bag as db
    from cleannews.dask import clean_bag

    paths = sorted(str(p) for p in pathlib.Path("pages").rglob("*.txt"))
    pages = db.from_sequence(paths, npartitions=64).map(lambda p: (p, pathlib.Path(p).read_text()))
    records = clean_bag(pages, learn_profile=True, lang="en")   # a bag of dicts (the JSON record)
    records.map(json.dumps).to_textfiles("clean/*.jsonl")

With ``learn_profile=True`` the site profile is learnt from the same collection as a map-reduce
in the graph (line hashes counted per partition, summed by a tree of tasks, thresholded) and
handed to every partition's cleaning step: the same profile as ``cleannews profile build``,
whatever the partitioning.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from cleannews import clean
from cleannews.config import Config
from cleannews.profile import MIN_DOCS, MIN_SHARE, LineTally, SiteProfile, build_profile
from cleannews.profile_mapreduce import LineCounts, add

if TYPE_CHECKING:
    import pandas as pd
    from dask.bag import Bag, Item
    from dask.dataframe import DataFrame, Series
    from dask.delayed import Delayed

__all__ = ["clean_bag", "clean_frame", "clean_series", "profile_of"]

#: Partial counts combined per reduction task.
SPLIT_EVERY = 8


def _config(config: Config | None, options: dict[str, Any]) -> Config:
    cfg = config or Config()
    return cfg.replace(**options) if options else cfg


def _text_of(element: Any) -> str | None:
    if isinstance(element, str):
        return element
    if isinstance(element, tuple | list) and len(element) == 2 and isinstance(element[1], str):
        return element[1]
    return None


def _count_partition(elements: Iterable[Any]) -> LineCounts:
    tally = LineTally()
    for element in elements:
        text = _text_of(element)
        if text is not None:
            tally.add_text(text)
    return LineCounts(tally)


def _sum_partials(parts: Iterable[LineCounts]) -> LineCounts:
    total = LineCounts(LineTally())
    for part in parts:
        total = add(total, part)
    return total


def _threshold(total: LineCounts, min_docs: int, min_share: float) -> SiteProfile:
    return build_profile(total.tally.support(), total.tally.n_stories, min_docs, min_share)


def profile_of(bag: Bag, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE) -> Delayed:
    """The site profile of a bag of texts (or ``(path, text)`` pairs), as a lazy value.

    ``profile_of(bag).compute()`` is the :class:`~cleannews.profile.SiteProfile` that
    ``cleannews profile build`` saves for the same documents.
    """
    from dask.delayed import delayed

    total: Item = bag.reduction(_count_partition, _sum_partials, split_every=SPLIT_EVERY)
    profile: Delayed = delayed(_threshold, pure=True)(total, min_docs, min_share)
    return profile


def _with_profile(config: Config, profile: SiteProfile | None) -> Config:
    return config if profile is None else config.replace(profile=profile)


def _clean_elements(elements: Iterable[Any], config: Config, profile: SiteProfile | None) -> list[dict[str, Any]]:
    cfg = _with_profile(config, profile)
    records = []
    for element in elements:
        path = None
        if isinstance(element, str):
            text = element
        elif isinstance(element, tuple | list) and len(element) == 2:
            path, text = element
        else:
            raise TypeError(f"clean_bag takes texts or (path, text) pairs, not {type(element).__name__}")
        records.append(clean(text, cfg, path=path).to_json())
    return records


def clean_bag(
    bag: Bag,
    config: Config | None = None,
    *,
    learn_profile: bool = False,
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    **options: Any,
) -> Bag:
    """A bag of cleaned records (dicts of the JSON record: ``text``, metadata, ``removed``, ``edits``).

    Elements are texts, or ``(path, text)`` pairs whose path goes into the record. ``options``
    override fields of ``config`` as in :func:`cleannews.clean`; ``learn_profile`` learns the
    site profile from the bag first (see :func:`profile_of`).
    """
    cfg = _config(config, options)
    profile = profile_of(bag, min_docs, min_share) if learn_profile else None
    cleaned: Bag = bag.map_partitions(_clean_elements, cfg, profile)
    return cleaned


def _clean_texts(texts: pd.Series, config: Config, profile: SiteProfile | None) -> pd.Series:
    cfg = _with_profile(config, profile)
    return texts.map(lambda text: clean(text, cfg).text if isinstance(text, str) else text)


def _meta_of(result_json: dict[str, Any]) -> str:
    del result_json["text"], result_json["paragraphs"]
    return json.dumps(result_json, ensure_ascii=False, separators=(",", ":"))


def _clean_frame(
    frame: pd.DataFrame, column: str, config: Config, profile: SiteProfile | None, meta_key: str
) -> pd.DataFrame:
    cfg = _with_profile(config, profile)
    texts: list[Any] = []
    metas: list[str | None] = []
    for text in frame[column]:
        if isinstance(text, str):
            result = clean(text, cfg)
            texts.append(result.text)
            metas.append(_meta_of(result.to_json()))
        else:
            texts.append(text)
            metas.append(None)
    out = frame.copy()
    out[column] = texts
    out[meta_key] = metas
    return out


def _series_profile(series: Series, learn: bool, min_docs: int, min_share: float) -> Delayed | None:
    return profile_of(series.to_bag(), min_docs, min_share) if learn else None


def clean_series(
    series: Series,
    config: Config | None = None,
    *,
    learn_profile: bool = False,
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    **options: Any,
) -> Series:
    """A dask Series of the cleaned texts of ``series`` (same index; missing values stay missing)."""
    cfg = _config(config, options)
    profile = _series_profile(series, learn_profile, min_docs, min_share)
    meta = _clean_texts(series._meta, cfg, None)
    cleaned: Series = series.map_partitions(_clean_texts, cfg, profile, meta=meta)
    return cleaned


def clean_frame(
    frame: DataFrame,
    column: str = "text",
    config: Config | None = None,
    *,
    meta_key: str = "cleannews",
    learn_profile: bool = False,
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    **options: Any,
) -> DataFrame:
    """``frame`` with ``column`` cleaned and a ``meta_key`` column of JSON metadata and provenance.

    The new column holds what ``cleannews clean --jsonl`` puts under its ``--meta-key``: the JSON
    record without ``text`` and ``paragraphs``.
    """
    cfg = _config(config, options)
    profile = _series_profile(frame[column], learn_profile, min_docs, min_share)
    meta = _clean_frame(frame._meta, column, cfg, None, meta_key)
    cleaned: DataFrame = frame.map_partitions(_clean_frame, column, cfg, profile, meta_key, meta=meta)
    return cleaned
