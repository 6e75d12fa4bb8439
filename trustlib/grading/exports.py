"""Exports of the gradebook: a CSV per cohort for an LMS gradebook import, and a full JSON export.

The CSV has one row per learner and one column per grade item, in the shape LMS gradebook
imports (Moodle, Canvas, Blackboard, Brightspace) map by hand or by header:

- ``learner`` (the identifier to map to the LMS user), ``cohort``, ``exercises_graded``,
  ``average`` (mean of the exercise scores);
- one column per exercise, ``<scenario>/<exercise>``: the overall score, 0-100;
- one column per exercise and principle, ``<scenario>/<exercise>/<principle>``: 0-100.

Numbers use a dot and one decimal; an empty cell means no graded answer (or a principle the
exercise does not score). Only current submissions count. Cells never start with ``= + - @``
(so a spreadsheet cannot read one as a formula). UTF-8, comma-separated, CRLF line ends (RFC 4180).

The JSON export holds everything: every submission (current and history) with its answer,
time, source, content hash and full report, and the items that could not be graded.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..rubric import load_rubric
from .catalog import ScenarioCatalog
from .files import write_atomic
from .gradebook import Gradebook, GradebookError

EXPORT_FORMAT = 1


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def cohort_table(book: Gradebook, cohort: str | None, catalog: ScenarioCatalog | None = None
                 ) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a cohort's CSV export (rows sorted by learner)."""
    order = {pid: i for i, pid in enumerate(load_rubric().ids())}
    current = [s for s in book.submissions(cohort, current_only=True) if s.report is not None]
    exercises = (catalog or ScenarioCatalog()).order(s.key for s in current)
    principles: dict[str, set[str]] = {key: set() for key in exercises}
    for s in current:
        principles[s.key] |= {pid for pid, r in s.report.principles.items() if r.score is not None}  # type: ignore[union-attr]
    columns = [(key, None) for key in exercises] + [
        (key, pid) for key in exercises for pid in sorted(principles[key], key=lambda p: order.get(p, 999))]
    header = ["learner", "cohort", "exercises_graded", "average"] + [
        key if pid is None else f"{key}/{pid}" for key, pid in columns]
    by_learner: dict[str, dict[str, Any]] = {}
    for s in current:
        by_learner.setdefault(s.learner, {})[s.key] = s.report
    rows = []
    name = cohort or "default"
    for learner in sorted(by_learner):
        reports = by_learner[learner]
        average = sum(r.overall for r in reports.values()) / len(reports)
        cells = [learner, name, str(len(reports)), _cell(round(average, 1))]
        for key, pid in columns:
            report = reports.get(key)
            if report is None:
                cells.append("")
            elif pid is None:
                cells.append(_cell(float(report.overall)))
            else:
                result = report.principles.get(pid)
                cells.append(_cell(100.0 * result.score) if result is not None and result.score is not None else "")
        rows.append([_cell(c) if i < 2 else c for i, c in enumerate(cells)])
    return header, rows


def write_csv(book: Gradebook, target: str | Path, cohort: str | None = None) -> list[Path]:
    """Write the CSV export. ``target`` ending in ``.csv`` is one file (one cohort: ``cohort``, or the
    only one there is); otherwise it is a directory that gets ``<cohort>.csv`` for every cohort."""
    path = Path(target)
    if path.suffix.lower() == ".csv":
        cohorts = [cohort] if cohort else book.cohorts()
        if len(cohorts) > 1:
            raise GradebookError(f"the gradebook holds {len(cohorts)} cohorts ({', '.join(map(str, cohorts))}): "
                                 "name one with --cohort, or give a directory to get one CSV per cohort")
        files = [(path, cohorts[0] if cohorts else cohort)]
    else:
        files = [(path / f"{name}.csv", name) for name in ([cohort] if cohort else book.cohorts())]
    written = []
    for file, name in files:
        header, rows = cohort_table(book, name)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        written.append(write_atomic(file, buffer.getvalue()))
    return written


def export_data(book: Gradebook, cohort: str | None = None) -> dict[str, Any]:
    """Everything in the gradebook (one cohort, or all) as JSON-ready data."""
    cohorts = [cohort] if cohort else book.cohorts()
    out: dict[str, Any] = {"format": EXPORT_FORMAT, "cohorts": []}
    for name in cohorts:
        learners: dict[str, list[dict[str, Any]]] = {}
        for s in book.submissions(name):
            learners.setdefault(s.learner, []).append({
                "scenario": s.scenario, "exercise": s.exercise, "answer": s.answer,
                "submitted_at": s.submitted_at.isoformat() if s.submitted_at else None,
                "received_at": s.received_at.isoformat(), "source": s.source, "content_hash": s.content_hash,
                "current": not s.superseded, "report": s.report.to_dict() if s.report else None,
            })
        out["cohorts"].append({
            "name": name or "default",
            "learners": [{"learner": lid, "submissions": subs} for lid, subs in sorted(learners.items())],
            "not_graded": [{"source": p.source, "code": p.code, "reason": p.reason, "learner": p.learner,
                            "recorded_at": p.recorded_at.isoformat()} for p in book.problems(name)],
        })
    return out


def write_json(book: Gradebook, target: str | Path, cohort: str | None = None) -> Path:
    """Write the JSON export to ``target``."""
    return write_atomic(Path(target), json.dumps(export_data(book, cohort), ensure_ascii=False, indent=1) + "\n")
