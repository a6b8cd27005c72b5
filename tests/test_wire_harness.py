"""The wire harness' pooled figures: every held-out set's counts added up, field by field."""

from __future__ import annotations

from cleannews.evaluation.wire import Report, pooled, render_pooled


def _report(tp: int, fp: int, fn: int, lost: int = 0) -> Report:
    report = Report(cases=10, body_sentences=100, body_lost=lost)
    score = report.scores["byline"]
    score.tp, score.fp, score.fn = tp, fp, fn
    return report


def test_pooled_adds_the_counts_of_the_named_groups_only() -> None:
    reports = {
        "held-out": _report(9, 0, 1),
        "held-out-2": _report(8, 1, 1, lost=2),
        "negatives-5": _report(0, 3, 0),
        "dev": _report(100, 0, 0),
    }
    total = pooled(reports, "held-out")
    assert (total.cases, total.body_sentences, total.body_lost) == (20, 200, 2)
    byline = total.scores["byline"]
    assert (byline.tp, byline.fp, byline.fn) == (17, 1, 2)
    assert byline.precision == 17 / 18 and byline.recall == 17 / 19
    assert pooled(reports, "negatives").scores["byline"].fp == 3
    table = render_pooled(reports)
    assert "| byline | 0.944 | 0.895 | 0.000 | – |" in table
    assert "body sentences lost 2/200" in table
