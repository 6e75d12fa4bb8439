"""Per-learner responses files: every draft and every checked attempt, kept on disk.

One JSON file per learner (format 1; the batch grader reads exactly this)::

    {"format": 1, "learner": "officer-17",
     "answers": {"<scenario-id>/<exercise-id>": {
         "answer": "..." | ["option-id", ...],          # the latest draft or checked answer
         "updated": "2026-11-20T10:00:00+00:00",
         "attempts": [{"answer": ..., "checked": "2026-11-20T10:00:00+00:00", "overall": 62.5}]}}}

Where it lives: ``<home>/responses/<learner>.json``, where ``<home>`` is the
``TRUSTLIB_HOME`` environment variable, else ``~/.trustlib``; or an explicit path.

Nothing an officer typed is lost:

- every write goes to a temporary file in the same directory, is flushed to disk,
  then replaces the file in one step (``os.replace``), so a crash leaves the old
  file or the new one, never half of one;
- every write re-reads the file under a lock and changes only its own key, so two
  notebooks open at once (two kernels) do not overwrite each other's answers;
- a file that cannot be read (corrupt JSON, not a responses file, a newer format)
  is moved aside to ``<name>.json.corrupt-<time>`` (kept, never deleted) with a
  warning that names both paths, and the answer being saved goes into a new file;
- if the disk cannot be written at all, the answer stays in memory, the error is
  kept in :attr:`ResponsesStore.problems`, and the next save tries again.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import re
import tempfile
import threading
import unicodedata
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Union

try:  # POSIX; on Windows the in-process lock and atomic replace still apply
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

FORMAT = 1
#: Environment variable naming trustlib's home directory (default ``~/.trustlib``).
HOME_ENV = "TRUSTLIB_HOME"
#: Learner id used when none is given (e.g. when a module runs under nbval).
DEFAULT_LEARNER = "demo"
#: Longest learner id kept in a file name (before the hash suffix).
MAX_ID_CHARS = 64

Answer = Union[str, list[str]]

_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


class ResponsesWarning(UserWarning):
    """A responses file could not be read and was moved aside, or could not be written."""


def now_iso() -> str:
    """The current time, UTC, ISO 8601 with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def safe_learner_id(raw: object) -> str:
    """A learner id that is safe as a file name: ``[A-Za-z0-9._-]``, starting with a letter or digit.

    Anything else (``/``, ``..``, spaces, accents, NUL) is replaced; when anything had to
    change, a short hash of the original is appended so two different ids never share a
    file. An empty id becomes :data:`DEFAULT_LEARNER`.

    >>> safe_learner_id("officer-17")
    'officer-17'
    >>> safe_learner_id("../../etc/passwd").startswith("etc-passwd-")
    True
    """
    if raw is None:
        return DEFAULT_LEARNER
    original = str(raw).strip()
    text = unicodedata.normalize("NFKC", original)
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text)
    text = re.sub(r"-{2,}", "-", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = text.lstrip("._-").rstrip(".-_")[:MAX_ID_CHARS].rstrip(".-_")
    if not text:
        if not original:
            return DEFAULT_LEARNER
        text = "learner"
    if text != original or text.split(".")[0].upper() in _WINDOWS_RESERVED:
        digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        text = f"{text}-{digest}"
    assert _SAFE.match(text), text
    return text


def trustlib_home() -> Path:
    """``$TRUSTLIB_HOME``, else ``~/.trustlib``."""
    env = os.environ.get(HOME_ENV, "").strip()
    return Path(env).expanduser() if env else Path.home() / ".trustlib"


def responses_dir(home: str | Path | None = None) -> Path:
    """The directory holding the responses files."""
    return (Path(home).expanduser() if home is not None else trustlib_home()) / "responses"


def responses_path(learner: object, home: str | Path | None = None) -> Path:
    """The default responses file of ``learner``; always inside :func:`responses_dir`."""
    directory = responses_dir(home)
    path = directory / f"{safe_learner_id(learner)}.json"
    # safe_learner_id never yields a separator or '..'; check anyway, cheaply.
    if path.parent != directory or path.name.startswith("."):
        raise ValueError(f"learner id {learner!r} does not make a safe file name")
    return path


def key_for(scenario_id: str, exercise_id: str) -> str:
    """The stable key of an exercise in a responses file."""
    return f"{scenario_id}/{exercise_id}"


def _valid_answer(answer: Any) -> bool:
    return isinstance(answer, str) or (isinstance(answer, list) and all(isinstance(a, str) for a in answer))


def _check_answer(answer: Any) -> Answer:
    if isinstance(answer, tuple):
        answer = list(answer)
    if not _valid_answer(answer):
        raise TypeError(f"an answer is text or a list of option ids, not {type(answer).__name__}")
    return answer


class ResponsesStore:
    """The responses file of one learner.

    ``ResponsesStore("officer-17")`` uses the default location; ``path=`` names a file;
    ``read_only=True`` never writes (papermill grading of a learner's saved file).
    """

    def __init__(self, learner: object = DEFAULT_LEARNER, path: str | Path | None = None, *,
                 home: str | Path | None = None, read_only: bool = False):
        self.learner = safe_learner_id(learner)
        self.path = Path(path).expanduser() if path is not None else responses_path(self.learner, home)
        self.read_only = read_only
        #: Problems met (moved-aside files, failed writes), newest last, for the views to show.
        self.problems: list[str] = []
        self._lock = threading.RLock()
        self._data: dict[str, Any] = self._empty()
        self._dirty: dict[str, dict[str, Any]] = {}  # entries not yet on disk (a write failed)
        self._reload()

    # ---- reading ----------------------------------------------------------------------------
    def _empty(self) -> dict[str, Any]:
        return {"format": FORMAT, "learner": self.learner, "answers": {}}

    def _warn(self, message: str) -> None:
        self.problems.append(message)
        warnings.warn(message, ResponsesWarning, stacklevel=3)

    def _read_disk(self) -> dict[str, Any]:
        """The file's content; an unreadable file is moved aside (unless read-only)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self._empty()
        except OSError as exc:
            self._warn(f"could not read the responses file {self.path}: {exc}")
            return copy.deepcopy(self._data)
        reason = None
        data: Any = None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            reason = f"it is not valid JSON ({str(exc)[:120]})"
        if reason is None:
            if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
                reason = "it is not a trustlib responses file (no 'answers' object)"
            elif data.get("format", FORMAT) != FORMAT:
                reason = f"it has format {data.get('format')!r}; this trustlib reads format {FORMAT}"
        if reason is not None:
            self._move_aside(reason)
            return self._empty()
        answers: dict[str, Any] = {}
        for key, entry in data["answers"].items():
            # Keep every well-formed entry; a damaged entry is kept as it is (never dropped).
            answers[str(key)] = entry
        data["answers"] = answers
        data["format"] = FORMAT
        data.setdefault("learner", self.learner)
        return data

    def _move_aside(self, reason: str) -> None:
        if self.read_only:
            self._warn(f"the responses file {self.path} cannot be read: {reason}. It was left as it is.")
            return
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return  # another kernel moved it first
        except OSError as exc:
            self._warn(f"the responses file {self.path} cannot be read ({reason}) and could not be "
                       f"moved aside ({exc}); answers are kept in memory until it can be written.")
            raise
        self._warn(f"the responses file {self.path} could not be read: {reason}. It was kept as "
                   f"{aside}, and a new file was started; ask your instructor if you need the old answers.")

    def _reload(self) -> None:
        with self._lock:
            try:
                data = self._read_disk()
            except OSError:
                data = self._empty()
            data["answers"].update(copy.deepcopy(self._dirty))
            self._data = data

    def reload(self) -> None:
        """Re-read the file (another kernel may have written to it)."""
        self._reload()

    # ---- writing ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        lock_path = self.path.with_name(f".{self.path.name}.lock")
        with open(lock_path, "a+") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _write(self, key: str, entry: dict[str, Any]) -> bool:
        """Merge ``entry`` under ``key`` into the file on disk, atomically. True when written."""
        with self._lock:
            self._dirty[key] = entry
            self._data["answers"][key] = copy.deepcopy(entry)
            if self.read_only:
                return False
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                with self._file_lock():
                    data = self._read_disk()
                    data["answers"].update(copy.deepcopy(self._dirty))
                    data["learner"] = data.get("learner") or self.learner
                    self._atomic_dump(data)
                    self._data = data
                    self._dirty.clear()
                return True
            except OSError as exc:
                self._warn(f"could not save to {self.path} ({exc}); your answer is kept in memory "
                           "and will be saved on the next try.")
                return False

    def _atomic_dump(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    # ---- the public API -----------------------------------------------------------------------
    @property
    def data(self) -> dict[str, Any]:
        """A copy of the whole file's content as last read or written."""
        with self._lock:
            return copy.deepcopy(self._data)

    def entry(self, key: str) -> dict[str, Any] | None:
        """The entry of one exercise key (a copy), or None."""
        with self._lock:
            entry = self._data["answers"].get(key)
            return copy.deepcopy(entry) if isinstance(entry, dict) else None

    def answer(self, key: str) -> Answer | None:
        """The latest answer (draft or checked) saved under ``key``, or None."""
        entry = self.entry(key)
        if entry is None or not _valid_answer(entry.get("answer")):
            return None
        return entry["answer"]

    def attempts(self, key: str) -> list[dict[str, Any]]:
        """The checked attempts under ``key``, oldest first."""
        entry = self.entry(key)
        attempts = entry.get("attempts") if entry else None
        return [a for a in attempts if isinstance(a, dict) and _valid_answer(a.get("answer"))] \
            if isinstance(attempts, list) else []

    def keys(self) -> list[str]:
        with self._lock:
            return list(self._data["answers"])

    def _entry_for_update(self, key: str) -> dict[str, Any]:
        entry = self.entry(key)
        if entry is None:
            entry = {"answer": "", "updated": now_iso(), "attempts": []}
        if not isinstance(entry.get("attempts"), list):
            entry["attempts"] = []
        return entry

    def save_draft(self, key: str, answer: Any) -> bool:
        """Keep ``answer`` as the latest draft under ``key``. True when it reached the disk."""
        answer = _check_answer(answer)
        with self._lock:
            entry = self._entry_for_update(key)
            if entry.get("answer") == answer and key not in self._dirty and key in self._data["answers"]:
                return True  # nothing changed
            entry["answer"] = copy.deepcopy(answer)
            entry["updated"] = now_iso()
            return self._write(key, entry)

    def add_attempt(self, key: str, answer: Any, overall: float, checked: str | None = None) -> bool:
        """Record a checked attempt (and make it the latest answer). True when it reached the disk."""
        answer = _check_answer(answer)
        with self._lock:
            entry = self._entry_for_update(key)
            when = checked or now_iso()
            entry["answer"] = copy.deepcopy(answer)
            entry["updated"] = when
            entry["attempts"].append({"answer": copy.deepcopy(answer), "checked": when,
                                      "overall": float(overall)})
            return self._write(key, entry)

    def flush(self) -> bool:
        """Try again to write entries a failed write left in memory. True when nothing is pending."""
        with self._lock:
            if not self._dirty or self.read_only:
                return not self._dirty
            key, entry = next(iter(self._dirty.items()))
            return self._write(key, entry)

    def __repr__(self) -> str:
        return f"ResponsesStore(learner={self.learner!r}, path={str(self.path)!r})"
