"""Which scenarios a submission may name, and checking a submission against its exercise.

A submission names its scenario by id. The id is never used as a path: it is
looked up among the bundled scenarios and any instructor directories given
(``--scenarios DIR``), so a learner cannot make the grader read a file of their
choosing. Each scenario is parsed once per process.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import ExerciseError, Problem, ScenarioError
from ..rubric import bundled_dir
from ..scenario import Scenario, StepsExercise
from ..scenarios import _scenario_files, parse_scenario
from .submissions import SkippedItem, Submission

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class ScenarioCatalog:
    """Scenarios by id: instructor directories first (in the order given), then the bundled ones."""

    def __init__(self, directories: Sequence[str | Path] = ()):
        self.directories = [Path(d) for d in directories] + [bundled_dir()]
        self._cache: dict[str, Scenario | ScenarioError] = {}
        self._files: dict[str, Path] | None = None

    def files(self) -> dict[str, Path]:
        """Scenario id (file stem) to file, first directory wins."""
        if self._files is None:
            found: dict[str, Path] = {}
            for directory in self.directories:
                if directory.is_dir():
                    for path in _scenario_files(directory):
                        found.setdefault(path.stem, path)
            self._files = found
        return self._files

    def get(self, scenario_id: str) -> Scenario:
        """The scenario with this id; ScenarioError when it is unknown or its file is invalid."""
        cached = self._cache.get(scenario_id)
        if isinstance(cached, Scenario):
            return cached
        if isinstance(cached, ScenarioError):
            raise cached
        path = self.files().get(scenario_id) if _ID.match(scenario_id) else None
        try:
            if path is None:
                known = ", ".join(sorted(self.files())) or "(none)"
                raise ScenarioError([Problem(scenario_id[:80], None, "", f"unknown scenario; known: {known}")])
            scenario = parse_scenario(path)
            if scenario.id != scenario_id:
                raise ScenarioError([Problem(str(path), None, "id",
                                             f"file {path.name} holds scenario {scenario.id!r}, not {scenario_id!r}")])
        except ScenarioError as exc:
            self._cache[scenario_id] = exc
            raise
        self._cache[scenario_id] = scenario
        return scenario

    def order(self, keys: Iterable[str]) -> list[str]:
        """``scenario/exercise`` keys sorted by scenario id, then in the order the scenario lists
        its exercises (unknown ones last, alphabetically)."""

        def key(k: str) -> tuple[str, int, str]:
            scenario_id, _, exercise_id = k.partition("/")
            try:
                ids = [e.id for e in self.get(scenario_id).exercises]
            except ScenarioError:
                ids = []
            return scenario_id, ids.index(exercise_id) if exercise_id in ids else len(ids), exercise_id

        return sorted(set(keys), key=key)

    def prepare(self, submission: Submission) -> Submission | SkippedItem:
        """The submission checked against its exercise and normalised (steps as a list of option ids),
        or a SkippedItem saying why it cannot be graded."""

        def skip(reason: str, code: str) -> SkippedItem:
            return SkippedItem(submission.source, reason, code, submission.learner)

        try:
            scenario = self.get(submission.scenario)
        except ScenarioError as exc:
            first = exc.problems[0].message if exc.problems else str(exc)
            code = "unknown-scenario" if first.startswith("unknown scenario") else "invalid-scenario"
            return skip(f"scenario {submission.scenario[:80]!r}: {first}", code)
        try:
            exercise = scenario.exercise(submission.exercise)
        except ExerciseError as exc:
            return skip(str(exc), "unknown-exercise")
        answer = submission.answer
        if isinstance(exercise, StepsExercise):
            if isinstance(answer, str):
                answer = [a.strip() for a in answer.split(",") if a.strip()]
            valid = {o.id for o in exercise.options}
            unknown = [a for a in answer if a not in valid]
            if unknown:
                return skip(f"exercise {exercise.id!r} has no option {', '.join(map(repr, unknown[:5]))}; "
                            f"valid: {', '.join(sorted(valid))}", "invalid-answer")
        elif not isinstance(answer, str):
            return skip(f"exercise {exercise.id!r} takes text, not a list of steps", "invalid-answer")
        return submission if answer == submission.answer else submission.with_answer(answer)
