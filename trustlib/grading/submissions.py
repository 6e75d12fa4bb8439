"""Reading learners' submissions, in the three forms an instructor has, as data only.

1. **Responses files** (``*.json``) that the modules write, one per learner::

       {"format": 1, "learner": "officer-17",
        "answers": {"<scenario-id>/<exercise-id>": {"answer": "..." | ["opt-a", ...],
                                                    "updated": "2026-11-20T10:00:00Z",
                                                    "attempts": [...]}}}

   Earlier attempts that carry an answer are read too (they give the history).
2. **Saved notebooks** (``*.ipynb``), parsed with nbformat and never executed: every
   output of MIME type :data:`RECORD_MIME` (``{"learner", "scenario", "exercise",
   "answer", "report"}``) is one submission. The learner id comes from the record,
   else the notebook's ``trustlib`` metadata, else the file name. The record's
   ``report`` is ignored: scores are always recomputed here.
3. **Exports** (``*.csv``, ``*.jsonl``/``*.ndjson``): one row per learner x exercise
   with ``learner, scenario, exercise, answer`` and an optional ``submitted_at``.
   A steps answer may be comma-separated option ids.

Nothing here raises for a bad item: a corrupt file, a bad row or an empty answer
becomes a :class:`SkippedItem` with its reason, and reading goes on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import warnings
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Union

from .ids import learner_id

Answer = Union[str, list[str]]

#: The MIME type of the record output the module notebooks display after each check.
RECORD_MIME = "application/vnd.trustlib.record+json"
#: Longest answer graded (characters); a statement or plan is never near this long.
MAX_ANSWER_CHARS = 100_000
#: Largest submissions file read (bytes).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: File suffixes read when a directory is given.
SUFFIXES = (".json", ".ipynb", ".csv", ".jsonl", ".ndjson")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def storable(text: str) -> str:
    """``text`` with anything UTF-8 cannot hold (lone surrogates from ``\\ud800`` escapes or odd
    file names) replaced, so it can be hashed, stored and shown."""
    return text.encode("utf-8", "replace").decode("utf-8")


def content_hash(scenario: str, exercise: str, answer: Answer) -> str:
    """SHA-256 of the canonical JSON of what was answered (the learner is not part of it)."""
    canonical = json.dumps([scenario, exercise, answer], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "replace")).hexdigest()


@dataclass(frozen=True)
class Submission:
    """One answer by one learner to one exercise, as read from one source."""

    learner: str
    """Safe learner id (see :func:`trustlib.grading.ids.learner_id`)."""
    scenario: str
    """Scenario id."""
    exercise: str
    """Exercise id."""
    answer: Answer
    """Text, or option ids in order."""
    submitted_at: datetime | None
    """When the learner submitted it (UTC), when the source says."""
    source: str
    """Where it was read: a path, with ``#key`` or ``:line`` inside the file."""
    content_hash: str = ""
    """:func:`content_hash` of scenario, exercise and answer (filled in when left empty)."""

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.scenario, self.exercise, self.answer))

    def with_answer(self, answer: Answer) -> "Submission":
        """The same submission with a normalised answer (and its hash recomputed)."""
        return replace(self, answer=answer, content_hash="")


@dataclass(frozen=True)
class SkippedItem:
    """Something that could not be graded, and why."""

    source: str
    """Where it was read (file, and row or key when known)."""
    reason: str
    """What is wrong, in a sentence an instructor can act on."""
    code: str = "invalid"
    """A short category for summaries: ``corrupt-file``, ``empty-answer``, ``unknown-exercise`` ..."""
    learner: str | None = None
    """The learner, when it could be read."""


@dataclass
class ReadResult:
    """Everything read from a set of paths."""

    submissions: list[Submission] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    """The files opened, as their sources begin (absolute paths)."""

    @property
    def files(self) -> int:
        """How many files were opened."""
        return len(self.paths)

    def extend(self, other: "ReadResult") -> None:
        self.submissions += other.submissions
        self.skipped += other.skipped
        self.paths += other.paths


# ---- small parsers ---------------------------------------------------------------------------

def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware UTC datetime (naive times are taken as UTC); None if absent or bad."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def clean_answer(raw: Any) -> tuple[Answer | None, str | None, str]:
    """Normalise an answer: (answer, None, "") or (None, reason, code).

    Control characters (NUL included) are removed from text; a list must hold option-id strings.
    """
    if isinstance(raw, str):
        if len(raw) > MAX_ANSWER_CHARS:
            return None, (f"answer is {len(raw):,} characters long; the limit is {MAX_ANSWER_CHARS:,} "
                          "(was something pasted by mistake?)"), "answer-too-long"
        text = storable(_CONTROL.sub("", raw))
        if not text.strip():
            return None, "empty answer: nothing was written", "empty-answer"
        return text, None, ""
    if isinstance(raw, (list, tuple)):
        if not all(isinstance(item, str) for item in raw):
            return None, "a steps answer must be a list of option ids (text)", "bad-answer"
        steps = [storable(_CONTROL.sub("", item)).strip() for item in raw]
        steps = [s for s in steps if s]
        if not steps:
            return None, "empty answer: no steps were chosen", "empty-answer"
        if sum(map(len, steps)) > MAX_ANSWER_CHARS:
            return None, "steps answer is too long", "answer-too-long"
        return steps, None, ""
    if raw is None:
        return None, "no answer given", "empty-answer"
    return None, f"an answer must be text or a list of option ids, not {type(raw).__name__}", "bad-answer"


def _ids(scenario: Any, exercise: Any) -> tuple[str, str] | None:
    if not isinstance(scenario, str) or not isinstance(exercise, str):
        return None
    scenario, exercise = scenario.strip(), exercise.strip()
    if not scenario or not exercise or len(scenario) > 200 or len(exercise) > 200:
        return None
    return scenario, exercise


class _Reader:
    """Collects submissions and skips for one file."""

    def __init__(self, path: Path):
        self.path = path
        self.result = ReadResult(paths=[storable(str(path))])

    def skip(self, where: str, reason: str, code: str, learner: str | None = None) -> None:
        self.result.skipped.append(SkippedItem(storable(f"{self.path}{where}"), storable(reason), code, learner))

    def add(self, where: str, learner_raw: Any, scenario: Any, exercise: Any, answer: Any,
            submitted_at: datetime | None) -> None:
        learner = learner_id(learner_raw)
        if learner is None:
            self.skip(where, f"no usable learner id ({learner_raw!r:.60})", "no-learner")
            return
        ids = _ids(scenario, exercise)
        if ids is None:
            self.skip(where, "scenario and exercise ids must be given as text", "bad-row", learner)
            return
        cleaned, reason, code = clean_answer(answer)
        if cleaned is None:
            self.skip(where, reason or "bad answer", code, learner)
            return
        self.result.submissions.append(
            Submission(learner, storable(ids[0]), storable(ids[1]), cleaned, submitted_at,
                       storable(f"{self.path}{where}"))
        )


def _decode(path: Path, reader: _Reader) -> str | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            reader.skip("", f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}", "unreadable-file")
            return None
        data = path.read_bytes()
    except OSError as exc:
        reader.skip("", f"cannot read the file: {exc.strerror or exc}", "unreadable-file")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reader.skip("", f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                        "save or export it as UTF-8", "not-utf8")
        return None


def _load_json(text: str, reader: _Reader, where: str = "") -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        detail = f"line {exc.lineno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        reader.skip(where, f"corrupt JSON ({detail})", "corrupt-file")
        return None


# ---- the three forms --------------------------------------------------------------------------

def read_responses_file(path: Path) -> ReadResult:
    """Submissions in a per-learner responses file written by the modules."""
    reader = _Reader(path)
    text = _decode(path, reader)
    if text is None:
        return reader.result
    data = _load_json(text, reader)
    if data is None:
        return reader.result
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        reader.skip("", "not a trustlib responses file (expected an object with 'learner' and 'answers')",
                    "wrong-format")
        return reader.result
    if data.get("format", 1) != 1:
        reader.skip("", f"unsupported responses format {data.get('format')!r}; this trustlib reads format 1",
                    "wrong-format")
        return reader.result
    learner = data.get("learner")
    if learner in (None, ""):
        learner = path.stem
    for key, entry in data["answers"].items():
        where = f"#{key}"
        scenario, _, exercise = str(key).partition("/")
        if not isinstance(entry, dict):
            reader.skip(where, "an answer entry must be an object with 'answer'", "bad-row")
            continue
        attempts = entry.get("attempts")
        if isinstance(attempts, list):
            for i, attempt in enumerate(attempts, start=1):
                if isinstance(attempt, dict) and "answer" in attempt:
                    at = next((attempt[k] for k in ("checked", "at", "submitted_at", "updated")
                               if k in attempt), None)
                    reader.add(f"{where}@attempt-{i}", learner, scenario, exercise, attempt["answer"],
                               parse_time(at))
        if "answer" not in entry:
            reader.skip(where, "the entry has no 'answer'", "empty-answer")
            continue
        reader.add(where, learner, scenario, exercise, entry["answer"], parse_time(entry.get("updated")))
    return reader.result


def _records(nb: Any) -> Iterator[tuple[int, Any]]:
    for index, cell in enumerate(nb.get("cells", []) or []):
        if not isinstance(cell, dict):
            continue
        for output in cell.get("outputs", []) or []:
            if isinstance(output, dict) and isinstance(output.get("data"), dict) and RECORD_MIME in output["data"]:
                yield index, output["data"][RECORD_MIME]


def read_notebook(path: Path) -> ReadResult:
    """Submissions recorded in a learner's saved notebook (read with nbformat; never executed)."""
    import nbformat  # imported here: it is slow to import and only notebooks need it

    reader = _Reader(path)
    text = _decode(path, reader)
    if text is None:
        return reader.result
    try:
        # nbformat's reader parses any notebook version without converting or schema-validating it
        # (validation is slow and its nags, e.g. missing cell ids, are not the grader's business);
        # what the grader uses is checked below, field by field.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nb = nbformat.reader.reads(text)
    except Exception as exc:  # nbformat raises several types for a damaged file
        reader.skip("", f"corrupt notebook ({type(exc).__name__}: {str(exc)[:200]})", "corrupt-file")
        return reader.result
    if not isinstance(nb, dict) or nb.get("nbformat") != 4:
        reader.skip("", "not a version 4 notebook", "wrong-format")
        return reader.result
    meta = nb.get("metadata", {}).get("trustlib", {}) if isinstance(nb.get("metadata"), dict) else {}
    default_learner = (meta.get("learner") if isinstance(meta, dict) else None) or path.stem
    try:
        saved = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    except OSError:
        saved = None
    found = 0
    for cell_index, record in _records(nb):
        found += 1
        where = f"#cell-{cell_index}"
        if isinstance(record, str):
            record = _load_json(record, reader, where)
            if record is None:
                continue
        if not isinstance(record, dict):
            reader.skip(where, "a trustlib record must be an object", "bad-row")
            continue
        learner = record.get("learner") or default_learner
        at = parse_time(record.get("submitted_at") or record.get("at")) or saved
        reader.add(where, learner, record.get("scenario"), record.get("exercise"), record.get("answer"), at)
    if not found:
        reader.skip("", "no trustlib answers recorded in this notebook (was it saved after checking "
                        "an answer?)", "no-answers")
    return reader.result


_COLUMNS = ("learner", "scenario", "exercise", "answer")


def _row_submission(reader: _Reader, where: str, row: dict[str, Any]) -> None:
    exercise = row.get("exercise")
    scenario = row.get("scenario")
    if (scenario in (None, "")) and isinstance(exercise, str) and "/" in exercise:
        scenario, _, exercise = exercise.partition("/")
    reader.add(where, row.get("learner"), scenario, exercise, row.get("answer"),
               parse_time(row.get("submitted_at")))


def read_csv(path: Path) -> ReadResult:
    """Submissions in a CSV export, one row per learner x exercise."""
    reader = _Reader(path)
    text = _decode(path, reader)
    if text is None:
        return reader.result
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, MAX_FILE_BYTES))
    try:
        rows = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(rows)
        except StopIteration:
            reader.skip("", "empty CSV file", "wrong-format")
            return reader.result
        names = [h.strip().lower() for h in header]
        missing = [c for c in _COLUMNS if c not in names and not (c == "scenario" and "exercise" in names)]
        if missing:
            reader.skip("", f"CSV header lacks column(s) {', '.join(missing)}; "
                            f"expected {', '.join(_COLUMNS)}[, submitted_at]", "wrong-format")
            return reader.result
        while True:
            line = rows.line_num + 1  # where the record starts (a quoted answer may span lines)
            try:
                values = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                reader.skip(f":{line}", f"malformed CSV ({exc}); the rest of the file was not read",
                            "corrupt-file")
                break
            if not any(v.strip() for v in values):
                continue
            _row_submission(reader, f":{line}", dict(zip(names, values)))
    finally:
        csv.field_size_limit(limit)
    return reader.result


def read_jsonl(path: Path) -> ReadResult:
    """Submissions in a JSON Lines export, one object per learner x exercise."""
    reader = _Reader(path)
    text = _decode(path, reader)
    if text is None:
        return reader.result
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        row = _load_json(line, reader, f":{number}")
        if row is None:
            continue
        if not isinstance(row, dict):
            reader.skip(f":{number}", "each line must be a JSON object", "bad-row")
            continue
        _row_submission(reader, f":{number}", row)
    return reader.result


_READERS = {".json": read_responses_file, ".ipynb": read_notebook, ".csv": read_csv,
            ".jsonl": read_jsonl, ".ndjson": read_jsonl}


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files to read: files as given, directories searched (hidden folders such as
    ``.ipynb_checkpoints`` are left out), in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and child.suffix.lower() in SUFFIXES and not any(p.startswith(".") for p in rel):
                    yield child
        else:
            yield path


def read_path(path: Path) -> ReadResult:
    """Read one file with the reader its suffix calls for. Sources name it by its absolute path,
    so a gradebook knows a file however the instructor spelled it."""
    path = Path(os.path.abspath(path))
    if not path.exists():
        result = ReadResult()
        result.skipped.append(SkippedItem(storable(str(path)), "no such file or directory", "unreadable-file"))
        return result
    fn = _READERS.get(path.suffix.lower())
    if fn is None:
        result = ReadResult(paths=[storable(str(path))])
        result.skipped.append(SkippedItem(storable(str(path)), f"unsupported file type {path.suffix or '(none)'!r}; "
                                                     f"expected one of {', '.join(SUFFIXES)}", "unsupported-file"))
        return result
    try:
        return fn(path)
    except Exception as exc:  # never let one file stop the reading of the others
        result = ReadResult(paths=[storable(str(path))])
        result.skipped.append(SkippedItem(storable(str(path)), f"could not be read ({type(exc).__name__}: {exc})",
                                          "corrupt-file"))
        return result


def read_submissions(paths: Iterable[str | Path]) -> ReadResult:
    """Read every submission under ``paths`` (files or directories); never raises for a bad item."""
    result = ReadResult()
    for path in iter_files(paths):
        result.extend(read_path(path))
    return result
