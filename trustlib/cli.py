"""The ``trustlib`` command: validate, score, schema, demo, lab (and grade)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _validate(args: argparse.Namespace) -> int:
    from .scenarios import validate_paths
    from .rubric import bundled_dir

    paths = args.paths or [bundled_dir()]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        print(f"trustlib validate: no such file or directory: {', '.join(map(str, missing))}", file=sys.stderr)
        return EXIT_USAGE
    checked, problems = validate_paths(paths)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {checked} file(s)", file=sys.stderr)
        return EXIT_INVALID
    print(f"{checked} file(s) valid")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .rubric import bundled_dir
    from .schema import write_schemas

    for path in write_schemas(Path(args.dir) if args.dir else bundled_dir()):
        print(f"wrote {path}")
    return EXIT_OK


def _score(args: argparse.Namespace) -> int:
    import json

    from . import load_scenario, score_response
    from .errors import ExerciseError, ScenarioError

    try:
        scenario = load_scenario(args.scenario)
        if args.steps is not None:
            answer: object = [s.strip() for s in args.steps.split(",") if s.strip()]
        else:
            answer = Path(args.text_file).read_text(encoding="utf-8", errors="replace") \
                if args.text_file != "-" else sys.stdin.read()
        report = score_response(scenario, args.exercise, answer)
    except (ScenarioError, ExerciseError, OSError) as exc:
        print(f"trustlib score: {exc}", file=sys.stderr)
        return EXIT_INVALID if not isinstance(exc, OSError) else EXIT_USAGE
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text())
    return EXIT_OK


DEMO_SCENARIO = "harlow-creek-shooting"
DEMO_STATEMENT = (
    "Shots were fired during an officer-involved shooting last night. The suspect, who has a "
    "lengthy criminal record, failed to comply. The officer followed his training. "
    "We have no further comment at this time."
)


def _demo(args: argparse.Namespace) -> int:
    from . import load_scenario, score_response
    from .scenarios import bundled_ids

    default = DEMO_SCENARIO if DEMO_SCENARIO in bundled_ids() else bundled_ids()[0]
    scenario = load_scenario(args.scenario or default)
    ex = scenario.exercise("public-statement")
    print(f"Scenario: {scenario.title}\n\n{ex.prompt}\n")
    for label, text in (("A weak first statement", DEMO_STATEMENT), ("The model answer", ex.model_answer)):
        print(f"=== {label} ===\n{text}\n")
        print(score_response(scenario, "public-statement", text).to_text())
        print()
    return EXIT_OK


FIRST_MODULE = "01-start-here.ipynb"


def _lab(args: argparse.Namespace) -> int:
    from .rubric import bundled_dir

    root = Path(args.dir) if args.dir else bundled_dir().parent / "notebooks"
    if not root.is_dir():
        print(f"trustlib lab: no notebook directory at {root}; pass --dir", file=sys.stderr)
        return EXIT_USAGE
    # The interpreter running trustlib has JupyterLab installed; "jupyter" may not be on PATH (no venv activated).
    cmd = [sys.executable, "-m", "jupyterlab", "--ip", "127.0.0.1", f"--ServerApp.root_dir={root}"]
    if args.port:
        cmd.append(f"--port={args.port}")
    if (root / FIRST_MODULE).is_file():
        cmd.append(str((root / FIRST_MODULE).resolve()))  # opens the first module; the others are in the file browser
    if args.no_browser:
        cmd.append("--no-browser")
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    os.execv(cmd[0], cmd)
    return EXIT_OK  # pragma: no cover


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trustlib", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check scenario and rubric files; report every problem")
    p.add_argument("paths", nargs="*", help="files or directories (default: the bundled scenarios)")
    p.set_defaults(func=_validate)

    p = sub.add_parser("schema", help="regenerate the JSON Schema files from the models")
    p.add_argument("--dir", help="where to write (default: the bundled scenarios directory)")
    p.set_defaults(func=_schema)

    p = sub.add_parser("score", help="score one answer to one exercise")
    p.add_argument("scenario", help="scenario file or bundled scenario id")
    p.add_argument("--exercise", required=True, help="exercise id, e.g. public-statement")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text-file", help="file holding the answer text ('-' for standard input)")
    src.add_argument("--steps", help="comma-separated option ids, in order")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_score)

    p = sub.add_parser("demo", help="score a weak statement and the model answer, in the terminal")
    p.add_argument("--scenario", help="bundled scenario id or file")
    p.set_defaults(func=_demo)

    p = sub.add_parser("lab", help="open the curriculum in JupyterLab on 127.0.0.1")
    p.add_argument("--dir", help="notebook directory (default: the curriculum)")
    p.add_argument("--no-browser", action="store_true")
    p.add_argument("--port", type=int, help="port on 127.0.0.1 (default: JupyterLab's, 8888 or the next free)")
    p.set_defaults(func=_lab)
    from .grading.cli import add_parser as add_grading_commands; add_grading_commands(sub)  # noqa: E702
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``trustlib`` console script."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
