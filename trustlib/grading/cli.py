"""The ``trustlib grade`` and ``trustlib export`` commands (wired into ``trustlib.cli`` by :func:`add_parser`).

Imports of the grading machinery happen inside the handlers, so ``trustlib --help`` and the
other commands stay fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_GRADEBOOK = 0, 1, 2, 3

GRADE_EPILOG = """\
SUBMISSIONS are files or directories (searched recursively; hidden folders such as
.ipynb_checkpoints are left out):
  *.json            responses files the modules save, one per learner
  *.ipynb           learners' saved notebooks (read as data; never executed)
  *.csv, *.jsonl    exports with columns learner, scenario, exercise, answer[, submitted_at];
                    a steps answer is comma-separated option ids
Nothing stops the run: what cannot be graded is recorded with its reason and summarised.
Re-running on the same submissions changes nothing. Exit status: 0 done, 1 done but items
were skipped (with --strict), 2 usage error, 3 the gradebook cannot be opened or written.
"""


def _grade(args: argparse.Namespace) -> int:
    from .gradebook import GradebookError, cohort_name
    from .runner import grade

    if args.jobs < 1:
        print("trustlib grade: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        cohort_name(args.cohort)
    except GradebookError as exc:
        print(f"trustlib grade: {exc}", file=sys.stderr)
        return EXIT_USAGE
    missing = [p for p in args.submissions if not Path(p).exists()]
    if len(missing) == len(args.submissions):
        print(f"trustlib grade: no such file or directory: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    # Reading notebooks imports nbformat, whose jsonschema imports the optional rfc3987-syntax,
    # which builds a parser grammar at import time (1-3 s). Nothing in this process validates IRIs,
    # so the grade command's own process does without it (jsonschema treats it as not installed).
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    try:
        summary = grade(args.submissions, args.gradebook, reports=args.reports, jobs=args.jobs,
                        cohort=args.cohort, scenario_dirs=args.scenarios or (), progress=not args.quiet,
                        lock_timeout=args.lock_timeout)
    except GradebookError as exc:
        print(f"trustlib grade: {exc}", file=sys.stderr)
        return EXIT_GRADEBOOK
    print(summary.to_text())
    return EXIT_SKIPPED if (args.strict and summary.skipped) else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from .exports import write_csv, write_json
    from .gradebook import Gradebook, GradebookError, cohort_name, sqlite_file

    path = sqlite_file(args.gradebook)
    if path is not None and not path.is_file():
        print(f"trustlib export: no gradebook at {args.gradebook}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with Gradebook(args.gradebook, lock_timeout=args.lock_timeout, writable=False) as book:
            cohort = cohort_name(args.cohort) if args.cohort else None
            if cohort and cohort not in book.cohorts():
                print(f"trustlib export: no cohort {args.cohort!r}; cohorts: {', '.join(book.cohorts()) or '(none)'}",
                      file=sys.stderr)
                return EXIT_USAGE
            paths = write_csv(book, args.csv, cohort) if args.csv else [write_json(book, args.json, cohort)]
    except GradebookError as exc:
        print(f"trustlib export: {exc}", file=sys.stderr)
        return EXIT_GRADEBOOK
    for path in paths:
        print(f"wrote {path}")
    return EXIT_OK


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``grade`` and ``export`` to the ``trustlib`` command's subparsers."""
    p = subparsers.add_parser(
        "grade", help="grade a cohort's submissions into a gradebook, with HTML feedback reports",
        epilog=GRADE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("submissions", nargs="+", metavar="SUBMISSIONS", help="files or directories of submissions")
    p.add_argument("--gradebook", required=True, metavar="PATH_OR_URL",
                   help="SQLite file (created if missing) or a SQLAlchemy URL, e.g. postgresql+psycopg://host/db")
    p.add_argument("--reports", metavar="DIR", help="write index.html and learners/<id>.html here")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="score in N processes (default 1)")
    p.add_argument("--cohort", metavar="NAME", help="cohort the submissions belong to (default: 'default')")
    p.add_argument("--scenarios", action="append", metavar="DIR",
                   help="also look up scenario ids in this directory of scenario files (repeatable)")
    p.add_argument("--lock-timeout", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait for another grader's write lock (default 30)")
    p.add_argument("--strict", action="store_true", help="exit with status 1 when anything was skipped")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_grade)

    p = subparsers.add_parser("export", help="export a gradebook as CSV (one row per learner) or JSON")
    p.add_argument("--gradebook", required=True, metavar="PATH_OR_URL")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", metavar="PATH", help="a .csv file (one cohort), or a directory: <cohort>.csv each")
    out.add_argument("--json", metavar="PATH", help="everything, as one JSON file")
    p.add_argument("--cohort", metavar="NAME", help="only this cohort")
    p.add_argument("--lock-timeout", type=float, default=30.0, metavar="SECONDS")
    p.set_defaults(func=_export)
