"""Reading scenario and rubric files: YAML with line numbers, every problem reported at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from .errors import Problem, ScenarioError

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file keeping line information; syntax errors become a ScenarioError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError([Problem(str(path), None, "", "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            [Problem(str(path), None, "", f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8")]
        ) from None
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        raise ScenarioError([Problem(str(path), line, "", f"YAML syntax error: {what}")]) from None


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """1-based line of the value at ``loc`` in round-trip YAML data (nearest located parent)."""
    node, line = data, getattr(getattr(data, "lc", None), "line", None)
    line = line + 1 if line is not None else None
    for key in loc:
        if isinstance(node, CommentedMap) and key in node:
            row = node.lc.key(key)[0] if node.lc.data and key in node.lc.data else None
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            row = node.lc.item(key)[0] if node.lc.data and key in node.lc.data else None
            node = node[key]
        else:
            continue  # a union tag in pydantic's loc, or a missing field: stay at the parent
        if row is not None:
            line = row + 1
    return line


def _field(loc: tuple[Any, ...], data: Any) -> str:
    # Drop pydantic's union tags (e.g. 'public-statement') that are not keys of the data.
    parts, node = [], data
    for key in loc:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            node = node[key]
        elif isinstance(node, dict) or node is None:
            node = None  # a missing field: keep its name
        else:
            continue
        parts.append(str(key))
    return ".".join(parts)


def _message(err: dict[str, Any]) -> str:
    kind, msg = err["type"], err["msg"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see scenarios/scenario.schema.json)"
    if kind == "union_tag_invalid":
        return f"{msg}"
    got = err.get("input")
    if kind.endswith("_type") and not isinstance(got, (dict, list)):
        return f"{msg} (got {got!r})"
    return msg


def validation_problems(path: Path, data: Any, exc: ValidationError) -> list[Problem]:
    """Turn a pydantic error into located problems."""
    return [
        Problem(str(path), line_of(data, tuple(e["loc"])), _field(tuple(e["loc"]), data), _message(e))
        for e in exc.errors()
    ]


def load_model(path: Path, model: type[M]) -> M:
    """Load one YAML file into ``model``; raise ScenarioError with every problem."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ScenarioError([Problem(str(path), 1, "", "expected a mapping of fields at the top of the file")])
    try:
        return model.model_validate(_plain(data))
    except ValidationError as exc:
        raise ScenarioError(validation_problems(path, data, exc)) from None


def _plain(data: Any) -> Any:
    # ruamel's round-trip types behave like dict/list, but pydantic's strict
    # checks and JSON Schema want plain builtins.
    if isinstance(data, dict):
        return {str(k): _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    if isinstance(data, str):
        return str(data)
    return data
