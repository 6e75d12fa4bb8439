"""Learner and cohort ids made safe to use as file names, database keys and CSV cells.

A learner id comes from a submission (a field inside a file, or the file's name), so it is
untrusted: ``../../etc``, ``C:\\x``, ``=HYPERLINK(...)`` or a NUL byte must never reach
outside the reports directory or into a formula. Learner ids are made safe exactly as the
modules name their responses files (:func:`trustlib.responses.safe_learner_id`), so a
learner has the same id in the notebooks and in the gradebook.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..responses import safe_learner_id

_COHORT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def learner_id(raw: object) -> str | None:
    """The safe id of a learner (``[A-Za-z0-9._-]``, starting with a letter or digit; a short hash
    of the original appended when anything had to change), or None when no id was given.

    >>> learner_id("officer-17")
    'officer-17'
    >>> learner_id("../../etc").startswith("etc-")
    True
    >>> learner_id("  ") is None
    True
    """
    if raw is None or isinstance(raw, bool) or not isinstance(raw, (str, int)):
        return None
    if not str(raw).strip():
        return None
    return safe_learner_id(raw)


def valid_cohort(name: str) -> bool:
    """Whether ``name`` can be used as a cohort name as it is (letters, digits, ``. _ -``; up to 64)."""
    return bool(_COHORT.match(name))


def path_inside(directory: Path, name: str) -> Path:
    """``directory / name``, refusing any name that would resolve outside ``directory``."""
    base = directory.resolve()
    target = (base / name).resolve()
    if target.parent != base:
        raise ValueError(f"refusing to write {name!r} outside {base}")
    return target
