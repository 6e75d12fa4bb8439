"""The scenario file format (``format: 1``), defined once as typed models.

The JSON Schema in ``scenarios/scenario.schema.json`` is generated from these
models (``trustlib schema``), so editors can autocomplete and check files.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from .errors import ExerciseError

FORMAT_VERSION = 1

Id = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="kebab-case id")]


_TIME_UNITS = {"minute": 1 / 60, "min": 1 / 60, "m": 1 / 60, "hour": 1, "hr": 1, "h": 1,
               "day": 24, "d": 24, "week": 168, "w": 168}
_TIME = re.compile(r"(\d+(?:\.\d+)?)\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\b", re.I)
TIME_EXAMPLES = "'T+1h', 'T+30min', 'T+72h', '3 days', '1 week'"


def hours_after(at: str | None) -> float | None:
    """Hours after the incident for an exercise's or inject's ``at`` ('T+1h', 'T+72h', '10 days', '1 week'):
    0 when there is none, None when it cannot be read as a time."""
    if not at:
        return 0.0
    m = _TIME.search(at)
    if not m:
        return None
    unit = m.group(2).lower()
    unit = unit if unit in _TIME_UNITS else unit.rstrip("s")
    return float(m.group(1)) * _TIME_UNITS[unit]


class _Model(BaseModel):
    # Unknown keys are typos in hand-written files: reject them with their line.
    model_config = ConfigDict(extra="forbid")


class Wrongdoing(str, Enum):
    """What the facts show about the officer's conduct at this point in time."""

    established = "established"
    not_established = "not-established"
    not_indicated = "not-indicated"


class Fact(_Model):
    """A fact the agency knows and may state."""

    id: Id | None = None
    text: str = Field(min_length=1, description="The fact, as a plain sentence.")
    contradicted_by: list[str] = Field(
        default_factory=list,
        description="Claims that would contradict this fact if a response stated them (e.g. 'he was armed').",
    )


class Unknown(_Model):
    """Something not yet known: a response must not state it as fact."""

    id: Id | None = None
    text: str = Field(min_length=1, description="What is not yet known, as a plain phrase.")
    asserted_by: list[str] = Field(
        default_factory=list,
        description="Claims that would state this unknown as fact (e.g. 'he reached for his waistband').",
    )


class PersonHarmed(_Model):
    """The person the incident harmed."""

    name: str | None = Field(None, description="Name, if it may be released.")
    description: str = Field(min_length=1, description="Who they are, as the agency may describe them.")
    outcome: str = Field(min_length=1, description="What happened to them (died at the scene, injured, ...).")
    family_notified: bool = Field(description="Whether the family has been told.")
    suspected_of_crime: bool = Field(
        False, description="Whether they were suspected of a crime when the incident began."
    )
    history_relevant: bool = Field(
        False,
        description="Whether any record or past is relevant and was known to the officers beforehand.",
    )


class Officer(_Model):
    """An officer involved in the incident."""

    role: str = Field(min_length=1, description="Rank and service, e.g. 'patrol officer, 3 years'.")
    name: str | None = Field(None, description="Name; normally withheld in the first 48 hours.")
    status: str = Field(min_length=1, description="Duty status now, e.g. 'on paid administrative leave'.")
    name_released: bool = False


class Contact(_Model):
    """A community partner or other stakeholder."""

    name: str = Field(min_length=1)
    role: str = Field(min_length=1, description="What they are: a faith coalition, a youth league ...")
    relationship: str | None = Field(None, description="The history of the agency's partnership with them.")
    aliases: list[str] = Field(default_factory=list, description="Other ways a response may refer to them.")


class Incident(_Model):
    """The incident as the exercise presents it at one point in time."""

    type: str = Field(min_length=1, description="E.g. 'fatal police shooting after a foot chase'.")
    when: str = Field(min_length=1)
    where: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    known_facts: list[Fact] = Field(min_length=1)
    unknowns: list[Unknown] = Field(default_factory=list)
    wrongdoing: Wrongdoing
    person_harmed: PersonHarmed
    officers: list[Officer] = Field(min_length=1)
    investigation: str = Field(min_length=1, description="Who investigates, e.g. the state bureau.")
    video: str | None = Field(None, description="Body camera or bystander video, and its release plan.")


class Inject(_Model):
    """New information that arrives at a later time in a branching exercise."""

    at: str = Field(min_length=1, description="When, e.g. 'T+24h'.")
    title: str = Field(min_length=1)
    facts: list[Fact] = Field(default_factory=list)
    resolves: list[str] = Field(default_factory=list, description="Ids of unknowns this inject answers.")
    unknowns: list[Unknown] = Field(default_factory=list)
    wrongdoing: Wrongdoing | None = Field(None, description="A change in what the facts show.")
    person_harmed: PersonHarmed | None = Field(
        None, description="The person harmed as of this inject (e.g. now named, family notified)."
    )
    officers: list[Officer] | None = Field(None, description="The officers as of this inject (status, names released).")


class Community(_Model):
    """The community the scenario takes place in."""

    description: str = Field(min_length=1)
    groups: list[Contact] = Field(default_factory=list, description="Community groups and organisations.")
    leaders: list[Contact] = Field(default_factory=list, description="Key leaders.")
    cultural_norms: list[str] = Field(default_factory=list, description="Forms of address, protocol ...")
    trust_level: str | None = None


class ExerciseBase(_Model):
    id: Id
    title: str = Field(min_length=1)
    prompt: str = Field(min_length=1, description="What the learner is asked to do.")
    principles: list[str] = Field(min_length=1, description="Principle ids this exercise is scored on.")
    at: str | None = Field(None, description="Point in time, e.g. 'T+1h'; injects up to it apply.")
    model_answer: str | list[str] = Field(description="A strong answer (text, or option ids in order).")


class TextExercise(ExerciseBase):
    """A free-text exercise: a statement, a message, a plan or a reflection."""

    kind: Literal[
        "public-statement", "partner-message", "officer-message", "engagement-plan", "reflection"
    ]
    min_words: int = Field(0, ge=0, description="Below this the answer is flagged as too short.")


class StepOption(_Model):
    """One step a learner may choose."""

    id: Id
    text: str = Field(min_length=1)
    principles: list[str] = Field(default_factory=list, description="Principles this step serves.")
    critical: bool = Field(False, description="Leaving it out is named in the feedback.")
    harmful: bool = Field(False, description="Choosing it is named in the feedback and violates its principles.")
    why: str = Field(min_length=1, description="Why the step matters (or harms), shown after an attempt.")


class OrderConstraint(_Model):
    """Step ``before`` must come before step ``after`` when both are chosen."""

    before: Id
    after: Id
    why: str = Field(min_length=1)


class StepsExercise(ExerciseBase):
    """Choose and order steps from a list of options."""

    kind: Literal["choose-steps"]
    options: list[StepOption] = Field(min_length=2)
    order: list[OrderConstraint] = Field(default_factory=list)
    max_choices: int | None = Field(None, ge=1)


Exercise = Annotated[Union[TextExercise, StepsExercise], Field(discriminator="kind")]


class Scenario(_Model):
    """A training scenario: the situation, the people in it and its exercises."""

    format: Literal[1] = Field(description="Scenario file format version.")
    id: Id
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    agency: str = Field(min_length=1, description="The agency the learner speaks for.")
    community: Community
    incident: Incident | None = Field(None, description="Absent for a pre-incident scenario.")
    partners: list[Contact] = Field(default_factory=list, description="Established community partners.")
    stakeholders: list[Contact] = Field(default_factory=list)
    injects: list[Inject] = Field(default_factory=list)
    exercises: list[Exercise] = Field(min_length=1)
    sources: list[str] = Field(default_factory=list, description="Citations for facts drawn on.")

    def exercise(self, exercise_id: str) -> TextExercise | StepsExercise:
        """The exercise with this id; ExerciseError names the valid ids."""
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        valid = ", ".join(e.id for e in self.exercises)
        raise ExerciseError(f"scenario {self.id!r} has no exercise {exercise_id!r}; valid: {valid}")

