"""Loading and checking scenario files: ``load_scenario`` and ``validate_paths``."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from pydantic import ValidationError

from .errors import Problem, ScenarioError
from .loading import _plain, line_of, read_yaml, validation_problems
from .rubric import CONTRACT_IDS, RUBRIC_FILE, Rubric, bundled_dir, load_rubric
from .scenario import FORMAT_VERSION, TIME_EXAMPLES, Scenario, hours_after

SCHEMA_FILE = "scenario.schema.json"


def _cross_checks(path: Path, data: dict[str, Any], principle_ids: set[str]) -> list[Problem]:
    """Checks the models cannot express: references between fields of one file."""
    problems: list[Problem] = []

    def add(loc: tuple[Any, ...], message: str) -> None:
        problems.append(Problem(str(path), line_of(data, loc), ".".join(map(str, loc)), message))

    def check_principles(loc: tuple[Any, ...], value: Any) -> None:
        if not isinstance(value, list):
            return
        for i, pid in enumerate(value):
            if isinstance(pid, str) and pid not in principle_ids:
                add(loc + (i,), f"unknown principle id {pid!r}; valid ids are listed in scenarios/{RUBRIC_FILE}")

    exercises = data.get("exercises")
    exercises = exercises if isinstance(exercises, list) else []
    seen = Counter(ex.get("id") for ex in exercises if isinstance(ex, dict))
    for i, ex in enumerate(exercises):
        if not isinstance(ex, dict):
            continue
        if seen.get(ex.get("id"), 0) > 1:
            add(("exercises", i, "id"), f"duplicate exercise id {ex.get('id')!r}; each exercise needs its own id")
        check_principles(("exercises", i, "principles"), ex.get("principles"))
        if ex.get("kind") != "choose-steps":
            continue
        options = ex.get("options") if isinstance(ex.get("options"), list) else []
        option_ids = [o.get("id") for o in options if isinstance(o, dict)]
        counts = Counter(option_ids)
        for j, opt in enumerate(options):
            if not isinstance(opt, dict):
                continue
            if counts[opt.get("id")] > 1:
                add(("exercises", i, "options", j, "id"), f"duplicate option id {opt.get('id')!r}")
            check_principles(("exercises", i, "options", j, "principles"), opt.get("principles"))
            if opt.get("critical") and opt.get("harmful"):
                add(("exercises", i, "options", j), "an option cannot be both critical and harmful")
        for j, rule in enumerate(ex.get("order") or []):
            if not isinstance(rule, dict):
                continue
            for end in ("before", "after"):
                ref = rule.get(end)
                if isinstance(ref, str) and ref not in counts:
                    add(("exercises", i, "order", j, end),
                        f"names unknown option {ref!r}; options are: {', '.join(map(str, option_ids))}")
        answer = ex.get("model_answer")
        if isinstance(answer, list):
            for j, ref in enumerate(answer):
                if ref not in counts:
                    add(("exercises", i, "model_answer", j), f"names unknown option {ref!r}")
        elif answer is not None:
            add(("exercises", i, "model_answer"), "for choose-steps, give the model answer as a list of option ids")

    # A time the timeline cannot read would silently count as the moment of the incident.
    timed = [(("exercises", i, "at"), ex.get("at")) for i, ex in enumerate(exercises) if isinstance(ex, dict)]
    timed += [(("injects", i, "at"), inject.get("at")) for i, inject in enumerate(data.get("injects") or [])
              if isinstance(inject, dict)]
    for loc, at in timed:
        if isinstance(at, str) and at.strip() and hours_after(at) is None:
            add(loc, f"cannot read {at!r} as a time after the incident; write it like {TIME_EXAMPLES}")

    if isinstance(data.get("incident"), dict) and exercises and "public-statement" not in seen:
        add(("exercises",), "a scenario with an incident needs an exercise with id 'public-statement'")

    incident = data.get("incident") if isinstance(data.get("incident"), dict) else {}
    unknown_ids = {u.get("id") for u in incident.get("unknowns") or [] if isinstance(u, dict)}
    for i, inject in enumerate(data.get("injects") or []):
        if isinstance(inject, dict):
            unknown_ids |= {u.get("id") for u in inject.get("unknowns") or [] if isinstance(u, dict)}
    for i, inject in enumerate(data.get("injects") or []):
        if not isinstance(inject, dict):
            continue
        for j, ref in enumerate(inject.get("resolves") or []):
            if ref not in unknown_ids:
                add(("injects", i, "resolves", j), f"names unknown 'unknowns' id {ref!r}")
    return problems


def _check_format(path: Path, data: dict[str, Any]) -> list[Problem]:
    version = data.get("format")
    if version is None or version == FORMAT_VERSION or not isinstance(version, int):
        return []  # missing or mistyped: the model reports it
    return [Problem(str(path), line_of(data, ("format",)), "format",
                    f"unsupported format {version}; this trustlib reads format {FORMAT_VERSION}")]


def rubric_for(path: Path) -> Rubric:
    """The rubric beside a scenario file, else the bundled one."""
    beside = path.parent / RUBRIC_FILE
    return load_rubric(beside if beside.is_file() else None)


def parse_scenario(path: Path, rubric: Rubric | None = None) -> Scenario:
    """Load and check one scenario file; ScenarioError lists every problem in it."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ScenarioError([Problem(str(path), 1, "", "expected a mapping of fields at the top of the file")])
    rubric = rubric or rubric_for(path)
    problems = _check_format(path, data)
    scenario: Scenario | None = None
    if not problems:
        try:
            scenario = Scenario.model_validate(_plain(data))
        except ValidationError as exc:
            problems += validation_problems(path, data, exc)
    problems += _cross_checks(path, data, set(rubric.ids()))
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.field))
        raise ScenarioError(problems)
    assert scenario is not None
    return scenario


def bundled_ids() -> list[str]:
    """Ids (file stems) of the bundled scenarios."""
    return sorted(p.stem for p in _scenario_files(bundled_dir()))


def load_scenario(ref: str | Path) -> Scenario:
    """Load a scenario by path, or by the id of a bundled scenario (cached until the file changes)."""
    path = Path(ref)
    if not path.suffix and not path.exists():
        candidate = bundled_dir() / f"{ref}.yaml"
        if not candidate.is_file():
            raise ScenarioError([Problem(str(ref), None, "",
                                         f"no such file or bundled scenario; bundled: {', '.join(bundled_ids())}")])
        path = candidate
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return parse_scenario(path)  # reports "file not found" with the path
    return _parse_cached(str(path.resolve()), stamp)


@lru_cache(maxsize=64)
def _parse_cached(path: str, mtime_ns: int) -> Scenario:
    # Keyed on the modification time: an instructor's edited file is read again.
    return parse_scenario(Path(path))


def _scenario_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.name != RUBRIC_FILE and p.suffix in (".yaml", ".yml"))


def validate_paths(paths: Iterable[str | Path]) -> tuple[int, list[Problem]]:
    """Check scenario and rubric files (directories are searched); return (files checked, problems)."""
    from .loading import load_model

    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            if (p / RUBRIC_FILE).is_file():
                files.append(p / RUBRIC_FILE)
            files += _scenario_files(p)
        else:
            files.append(p)
    problems: list[Problem] = []
    for f in files:
        try:
            if f.name == RUBRIC_FILE:
                rubric = load_model(f, Rubric)
                missing = [pid for pid in CONTRACT_IDS if pid not in rubric.ids()]
                dupes = [pid for pid, n in Counter(rubric.ids()).items() if n > 1]
                problems += [Problem(str(f), None, "principles", f"contract principle {pid!r} is missing")
                             for pid in missing]
                problems += [Problem(str(f), None, "principles", f"duplicate principle id {pid!r}")
                             for pid in dupes]
            else:
                parse_scenario(f)
        except ScenarioError as exc:
            problems += exc.problems
    return len(files), problems



