"""The guidance as a rubric: the principles every score is expressed in."""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .loading import load_model

#: The 16 principle ids of the guidance. A public contract: never rename or drop one.
CONTRACT_IDS: tuple[str, ...] = (
    "engage-personally",
    "show-up-at-community-events",
    "respect-every-encounter",
    "meet-all-groups",
    "cultural-awareness",
    "know-key-leaders",
    "open-and-honest",
    "inform-of-facts",
    "no-victim-demonizing",
    "admit-wrongdoing",
    "announce-agency-response",
    "engage-community-partners",
    "support-officers",
    "include-officers-in-messaging",
    "accountability-with-officer-rights",
    "transparency-and-accountability",
)


class Category(str, Enum):
    """When in the life of an incident a principle applies."""

    before = "before"
    public_response = "public-response"
    officers = "officers"
    throughout = "throughout"


class Levels(BaseModel):
    """What each level of a principle looks like in a response."""

    model_config = ConfigDict(extra="forbid")
    met: str = Field(description="What a response that fully meets the principle does.")
    partial: str = Field(description="What a response that partly meets it does.")
    violated: str = Field(description="What a response does that the guidance warns against.")


class Principle(BaseModel):
    """One principle of the guidance, in the project's own words."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Stable id (kebab-case).")
    title: str = Field(min_length=1, description="Short human title.")
    category: Category
    description: str = Field(min_length=1, description="The principle in the project's own words.")
    excerpt: str = Field(min_length=1, description="Short attributed excerpt of the source it rests on.")
    source: str = Field(min_length=1, description="Citation of the source (title and address).")
    levels: Levels


class Rubric(BaseModel):
    """The principles, versioned like the scenario files."""

    model_config = ConfigDict(extra="forbid")
    format: int = Field(1, description="Rubric file format version.")
    principles: list[Principle]

    def ids(self) -> list[str]:
        """Principle ids in rubric order."""
        return [p.id for p in self.principles]

    def get(self, principle_id: str) -> Principle:
        """The principle with this id (KeyError names the valid ids)."""
        for p in self.principles:
            if p.id == principle_id:
                return p
        raise KeyError(f"unknown principle {principle_id!r}; valid: {', '.join(self.ids())}")


def bundled_dir() -> Path:
    """Directory of the bundled scenario and rubric files (wheel or source checkout)."""
    here = Path(__file__).resolve().parent
    packaged = here / "_scenarios"
    return packaged if packaged.is_dir() else here.parent / "scenarios"


RUBRIC_FILE = "rubric.yaml"


@lru_cache(maxsize=8)
def _load_rubric_cached(path: str) -> Rubric:
    return load_model(Path(path), Rubric)


def load_rubric(path: str | Path | None = None) -> Rubric:
    """Load the rubric file (the bundled ``scenarios/rubric.yaml`` by default)."""
    target = Path(path) if path else bundled_dir() / RUBRIC_FILE
    return _load_rubric_cached(str(target.resolve()))
