"""Batch grading: a cohort's submissions into a gradebook, feedback reports, exports and a dashboard.

Modules, one concept each:

- :mod:`~trustlib.grading.submissions`: read responses files, saved notebooks and CSV/JSONL exports
- :mod:`~trustlib.grading.ids`: learner ids made safe for paths and spreadsheets
- :mod:`~trustlib.grading.catalog`: scenario lookup by id, and checking an answer against its exercise
- :mod:`~trustlib.grading.gradebook`: the database (SQLite or any SQLAlchemy URL)
- :mod:`~trustlib.grading.runner`: :func:`grade`, what ``trustlib grade`` runs
- :mod:`~trustlib.grading.html_reports`: per-learner and cohort HTML pages
- :mod:`~trustlib.grading.exports`: CSV per cohort and JSON
- :mod:`~trustlib.grading.analysis` and :mod:`~trustlib.grading.dashboard`: where the cohort stands
- :mod:`~trustlib.grading.synthetic`: sample cohorts for demos, tests and benchmarks

Names are imported lazily so that ``trustlib --help`` does not load SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "grade": "runner", "GradeSummary": "runner",
    "Gradebook": "gradebook", "GradebookError": "gradebook", "GradebookLocked": "gradebook",
    "read_submissions": "submissions", "Submission": "submissions", "SkippedItem": "submissions",
    "write_reports": "html_reports", "write_csv": "exports", "write_json": "exports",
    "load_cohort": "analysis", "learner_id": "ids",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'trustlib.grading' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
