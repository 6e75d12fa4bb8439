"""One exception type for every problem found in a scenario or rubric file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, located so an instructor can fix it."""

    file: str
    """Path of the file, as given."""
    line: int | None
    """1-based line of the offending value, when it can be located."""
    field: str
    """Dotted path of the field (``exercises.1.principles.0``); empty for the whole file."""
    message: str
    """What is wrong and, where it helps, what to do."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ScenarioError(ValueError):
    """A scenario or rubric file could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ExerciseError(ValueError):
    """An answer named an exercise, option or step that does not exist."""
