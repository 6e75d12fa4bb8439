"""The gradebook: learners, submissions, per-principle results and problems, in a real database.

A SQLite file by default (any SQLAlchemy URL works: ``postgresql+psycopg://...`` serves an
academy with several instructors). What it guarantees:

- **Transactional**: each :meth:`Gradebook.record` call is one transaction; a submission is
  never stored without its score and results, nor a score without its submission.
- **Idempotent**: a submission is keyed by (cohort, learner, scenario, exercise, content hash);
  recording it again changes nothing. A score is keyed by (submission, scorer version): a new
  scorer version adds a score beside the old one.
- **History**: a newer submission of the same learner and exercise supersedes the older one,
  which is kept (``superseded`` with ``superseded_by``). "Newer" means a later
  ``submitted_at`` (or, when the source gives no time, the time it was received), so the
  outcome does not depend on the order in which files are graded.
- **Concurrency**: on SQLite the file is in WAL mode, every write transaction starts with
  ``BEGIN IMMEDIATE`` (writers queue instead of deadlocking), waits on a busy timeout and
  is retried; on other databases the learner's row is locked (``SELECT ... FOR UPDATE``)
  while its submissions are rewritten. Two graders writing the same gradebook lose nothing.
- **Clear failures**: a read-only, locked or non-database file raises :class:`GradebookError`
  with a sentence saying what to do; the failed transaction is rolled back whole.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar

from sqlalchemy import (
    JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint, bindparam, create_engine, event, func, select, update,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from ..report import Report
from .ids import valid_cohort
from .submissions import SkippedItem, Submission, storable

SCHEMA_VERSION = 1
DEFAULT_COHORT = "default"
T = TypeVar("T")

metadata = MetaData()

gradebook_meta = Table(
    "gradebook_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

learners = Table(
    "learners", metadata,
    Column("id", Integer, primary_key=True),
    Column("cohort", String(80), nullable=False),
    Column("learner", String(80), nullable=False),
    Column("first_seen", DateTime, nullable=False),
    UniqueConstraint("cohort", "learner", name="uq_learner"),
)

submissions = Table(
    "submissions", metadata,
    Column("id", Integer, primary_key=True),
    Column("learner_id", Integer, ForeignKey("learners.id"), nullable=False),
    Column("scenario", String(100), nullable=False),
    Column("exercise", String(100), nullable=False),
    Column("answer", JSON, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("submitted_at", DateTime, nullable=True),
    Column("received_at", DateTime, nullable=False),
    Column("effective_at", DateTime, nullable=False),
    Column("superseded", Boolean, nullable=False, default=False),
    Column("superseded_by", Integer, ForeignKey("submissions.id"), nullable=True),
    UniqueConstraint("learner_id", "scenario", "exercise", "content_hash", name="uq_submission"),
    Index("ix_submission_group", "learner_id", "scenario", "exercise"),
)

scores = Table(
    "scores", metadata,
    Column("id", Integer, primary_key=True),
    Column("submission_id", Integer, ForeignKey("submissions.id"), nullable=False),
    Column("scorer_version", String(32), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("overall", Float, nullable=False),
    Column("notes", JSON, nullable=False),
    Column("steps", JSON, nullable=False),
    Column("scored_at", DateTime, nullable=False),
    UniqueConstraint("submission_id", "scorer_version", name="uq_score"),
)

results = Table(
    "results", metadata,
    Column("id", Integer, primary_key=True),
    Column("score_id", Integer, ForeignKey("scores.id"), nullable=False),
    Column("principle", String(80), nullable=False),
    Column("level", String(16), nullable=False),
    Column("score", Float, nullable=True),
    Column("evidence", JSON, nullable=False),
    Column("suggestion", Text, nullable=False),
    UniqueConstraint("score_id", "principle", name="uq_result"),
)

problems = Table(
    "problems", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False, unique=True),
    Column("cohort", String(80), nullable=False),
    Column("source", Text, nullable=False),
    Column("code", String(40), nullable=False),
    Column("reason", Text, nullable=False),
    Column("learner", String(80), nullable=True),
    Column("recorded_at", DateTime, nullable=False),
)


class GradebookError(RuntimeError):
    """The gradebook cannot be opened or written; the message says why and what to do."""


class GradebookLocked(GradebookError):
    """Another program held the gradebook's write lock for longer than the lock timeout."""


@dataclass
class WriteStats:
    """What one :meth:`Gradebook.record` call changed."""

    added: int = 0
    """New submissions stored with their score."""
    rescored: int = 0
    """Known submissions given a score by a new scorer version."""
    unchanged: int = 0
    """Submissions already stored with a score by this scorer version."""
    superseded: int = 0
    """Older submissions newly marked as superseded."""

    def __iadd__(self, other: "WriteStats") -> "WriteStats":
        self.added += other.added
        self.rescored += other.rescored
        self.unchanged += other.unchanged
        self.superseded += other.superseded
        return self


@dataclass
class StoredSubmission:
    """A submission as the gradebook holds it, with its newest score as a Report."""

    id: int
    cohort: str
    learner: str
    scenario: str
    exercise: str
    answer: Any
    content_hash: str
    source: str
    submitted_at: datetime | None
    received_at: datetime
    superseded: bool
    superseded_by: int | None
    report: Report | None = None
    scored_at: datetime | None = None

    @property
    def key(self) -> str:
        """``scenario/exercise``."""
        return f"{self.scenario}/{self.exercise}"

    @property
    def effective_at(self) -> datetime:
        """The time used to order attempts: submitted, else received."""
        return self.submitted_at or self.received_at


@dataclass
class StoredProblem:
    """A recorded skip: something that could not be graded."""

    cohort: str
    source: str
    code: str
    reason: str
    learner: str | None
    recorded_at: datetime


def _utc_naive(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _aware(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=timezone.utc)


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for ``target``: a URL as given, or a file path as a SQLite URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(target: str | Path) -> Path | None:
    """The file of a plain SQLite gradebook (a path, or a ``sqlite:///`` URL); None for other databases,
    in-memory and ``file:`` URI forms."""
    url = make_url(database_url(target))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:" or url.query.get("uri"):
        return None
    return Path(url.database)


def cohort_name(name: str | None) -> str:
    """A safe cohort name (``default`` when none is given)."""
    if not name:
        return DEFAULT_COHORT
    if not valid_cohort(name):
        suggestion = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-._")[:64] or "cohort-1"
        raise GradebookError(f"cohort name {name!r} cannot be used: use up to 64 letters, digits, '.', '_' "
                             f"or '-', starting with a letter or digit (e.g. {suggestion!r})")
    return name


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database table is locked" in text or "busy" in text


def _explain(exc: BaseException, where: str) -> GradebookError:
    text = str(getattr(exc, "orig", exc))
    low = text.lower()
    if "readonly" in low or "read-only" in low or "unable to open database" in low or "permission" in low:
        return GradebookError(
            f"cannot write the gradebook {where}: it is read-only or its folder cannot be written "
            f"({text}). Give the grader write access to the file and its folder, or choose another "
            "--gradebook. Nothing was written.")
    if "not a database" in low or "malformed" in low:
        return GradebookError(f"{where} is not a trustlib gradebook (the file is not a SQLite database: {text}). "
                              "Choose another --gradebook path.")
    return GradebookError(f"gradebook {where}: {text}")


class Gradebook:
    """A gradebook database. Open it with a path or URL; the schema is created when missing."""

    def __init__(self, target: str | Path, *, lock_timeout: float = 30.0, writable: bool = True):
        """Open (and create, when ``writable``) the gradebook at ``target``.

        With ``writable=False`` nothing is written (exports of a read-only gradebook work);
        otherwise a no-op write proves at once that the gradebook can be written.
        """
        self.url = database_url(target)
        self.lock_timeout = float(lock_timeout)
        url = make_url(self.url)
        self.is_sqlite = url.get_backend_name() == "sqlite"
        self.where = str(url.database) if self.is_sqlite and url.database else url.render_as_string(hide_password=True)
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            path = sqlite_file(self.url)
            if path is not None:
                if path.is_dir():
                    raise GradebookError(f"the gradebook {path} is a directory; give a file path such as "
                                         f"{path / 'gradebook.sqlite'}")
                if not writable and not path.is_file():
                    raise GradebookError(f"no gradebook at {path}")
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise _explain(exc, self.where) from None
            kwargs["connect_args"] = {"timeout": max(0.05, min(self.lock_timeout, 5.0))}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            self._sqlite_setup(self.engine, writable)
        if writable:
            self._init_schema()
        else:
            self._check_schema()

    # ---- connection set-up --------------------------------------------------------------------
    @staticmethod
    def _sqlite_setup(engine: Engine, writable: bool) -> None:
        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # transactions are begun explicitly, below
            cursor = dbapi_conn.cursor()
            try:
                cursor.execute("PRAGMA foreign_keys=ON")
                if not writable:
                    return
                try:
                    cursor.execute("PRAGMA journal_mode=WAL")
                    cursor.execute("PRAGMA synchronous=NORMAL")
                except sqlite3.DatabaseError:
                    pass  # read-only or damaged: the first write reports it clearly
            finally:
                cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Take the write lock at the start: two writers queue instead of failing mid-transaction.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writable else "BEGIN")

    def _transaction(self, fn: Callable[[Connection], T]) -> T:
        """Run ``fn`` in one write transaction, retrying while another writer holds the lock."""
        deadline = time.monotonic() + self.lock_timeout
        delay, conflicts = 0.05, 0
        while True:
            try:
                with self.engine.begin() as conn:
                    return fn(conn)
            except IntegrityError:
                # Another grader inserted the same row between our read and our write: retry,
                # and the second pass finds it.
                conflicts += 1
                if conflicts > 3:
                    raise
            except (OperationalError, DBAPIError) as exc:
                if not _is_locked(exc):
                    raise _explain(exc, self.where) from None
                if time.monotonic() > deadline:
                    raise GradebookLocked(
                        f"the gradebook {self.where} is locked by another program (waited "
                        f"{self.lock_timeout:g} s). Wait for it to finish, then run again; what was "
                        "already recorded is kept and re-running is safe.") from None
            except sqlite3.Error as exc:  # pragma: no cover - raised outside SQLAlchemy's wrapping
                raise _explain(exc, self.where) from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def _init_schema(self) -> None:
        def create(conn: Connection) -> None:
            metadata.create_all(conn)
            row = conn.execute(select(gradebook_meta.c.value).where(gradebook_meta.c.key == "schema")).first()
            if row is None:
                conn.execute(gradebook_meta.insert().values(key="schema", value=str(SCHEMA_VERSION)))
            elif int(row[0]) > SCHEMA_VERSION:
                raise GradebookError(f"the gradebook {self.where} was written by a newer trustlib "
                                     f"(schema {row[0]}); upgrade trustlib to use it")
            else:
                # A no-op write: proves now, before any grading, that the gradebook can be written.
                conn.execute(update(gradebook_meta).where(gradebook_meta.c.key == "schema")
                             .values(value=gradebook_meta.c.value))

        try:
            self._transaction(create)
        except GradebookError:
            self.engine.dispose()
            raise
        except sqlite3.Error as exc:  # pragma: no cover
            self.engine.dispose()
            raise _explain(exc, self.where) from None

    def _check_schema(self) -> None:
        try:
            with self.engine.connect() as conn:
                row = conn.execute(select(gradebook_meta.c.value).where(gradebook_meta.c.key == "schema")).first()
        except DBAPIError as exc:
            self.engine.dispose()
            if "no such table" in str(exc.orig).lower():
                raise GradebookError(f"{self.where} is not a trustlib gradebook (it has no gradebook tables)") from None
            raise _explain(exc, self.where) from None
        if row is None:
            self.engine.dispose()
            raise GradebookError(f"{self.where} is not a trustlib gradebook (it has no schema version)")

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> "Gradebook":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing ------------------------------------------------------------------------------
    def scored_keys(self, cohort: str | None, scorer_version: str) -> set[tuple[str, str, str, str]]:
        """(learner, scenario, exercise, content hash) of the cohort's submissions already scored
        by ``scorer_version``: grading them again would change nothing."""
        name = cohort_name(cohort)
        query = (select(learners.c.learner, submissions.c.scenario, submissions.c.exercise,
                        submissions.c.content_hash)
                 .join(learners, learners.c.id == submissions.c.learner_id)
                 .join(scores, scores.c.submission_id == submissions.c.id)
                 .where(learners.c.cohort == name, scores.c.scorer_version == scorer_version))
        with self.engine.connect() as conn:
            return {tuple(row) for row in conn.execute(query)}  # type: ignore[misc]

    def record(self, cohort: str | None, graded: Sequence[tuple[Submission, dict[str, Any]]]) -> WriteStats:
        """Store submissions with their reports (``Report.to_dict()``) in one transaction."""
        name = cohort_name(cohort)
        if not graded:
            return WriteStats()
        return self._transaction(lambda conn: self._record(conn, name, graded))

    def _learner_ids(self, conn: Connection, cohort: str, names: Iterable[str], now: datetime) -> dict[str, int]:
        """Ids of these learners of the cohort, created when missing (rows locked on other databases)."""
        wanted = sorted(set(names))

        def lookup() -> dict[str, int]:
            found: dict[str, int] = {}
            for chunk in _chunks(wanted, 500):
                query = select(learners.c.learner, learners.c.id).where(
                    learners.c.cohort == cohort, learners.c.learner.in_(chunk))
                if not self.is_sqlite:
                    query = query.with_for_update()
                found.update((name, int(lid)) for name, lid in conn.execute(query))
            return found

        found = lookup()
        missing = [n for n in wanted if n not in found]
        if missing:
            conn.execute(learners.insert(), [{"cohort": cohort, "learner": n, "first_seen": now} for n in missing])
            found = lookup()
        return found

    def _record(self, conn: Connection, cohort: str, graded: Sequence[tuple[Submission, dict[str, Any]]]
                ) -> WriteStats:
        """Set-based: a handful of statements per batch, whatever its size (few round trips to a server)."""
        stats = WriteStats()
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        lids = self._learner_ids(conn, cohort, (sub.learner for sub, _ in graded), now)
        Key = tuple[int, str, str, str]

        def existing_submissions() -> dict[Key, int]:
            out: dict[Key, int] = {}
            for chunk in _chunks(sorted(set(lids.values())), 500):
                out.update(((r.learner_id, r.scenario, r.exercise, r.content_hash), int(r.id)) for r in conn.execute(
                    select(submissions.c.id, submissions.c.learner_id, submissions.c.scenario,
                           submissions.c.exercise, submissions.c.content_hash)
                    .where(submissions.c.learner_id.in_(chunk))))
            return out

        known = existing_submissions()
        scored: set[tuple[int, str]] = set()
        for chunk in _chunks(sorted(set(known.values())), 500):
            scored.update((int(a), b) for a, b in conn.execute(
                select(scores.c.submission_id, scores.c.scorer_version).where(scores.c.submission_id.in_(chunk))))

        new_rows: list[dict[str, Any]] = []
        to_score: list[tuple[Key, dict[str, Any]]] = []
        seen: set[tuple[Key, str]] = set()
        new_keys: set[Key] = set()
        for sub, report in graded:
            key: Key = (lids[sub.learner], sub.scenario, sub.exercise, sub.content_hash)
            version = str(report.get("scorer_version", ""))
            sid = known.get(key)
            if (key, version) in seen or (sid is not None and (sid, version) in scored):
                stats.unchanged += 1
                continue
            seen.add((key, version))
            if sid is None and key not in new_keys:
                new_keys.add(key)
                submitted = _utc_naive(sub.submitted_at)
                new_rows.append({"learner_id": key[0], "scenario": sub.scenario, "exercise": sub.exercise,
                                 "answer": sub.answer, "content_hash": sub.content_hash, "source": sub.source,
                                 "submitted_at": submitted, "received_at": now, "effective_at": submitted or now,
                                 "superseded": False})
                stats.added += 1
            else:
                stats.rescored += 1
            to_score.append((key, report))
        if new_rows:
            conn.execute(submissions.insert(), new_rows)
            known = existing_submissions()
        if to_score:
            conn.execute(scores.insert(), [
                {"submission_id": known[key], "scorer_version": str(report.get("scorer_version", "")),
                 "kind": str(report.get("kind", "")), "overall": float(report.get("overall", 0.0)),
                 "notes": list(report.get("notes", [])), "steps": dict(report.get("steps", {})), "scored_at": now}
                for key, report in to_score])
            score_ids: dict[tuple[int, str], int] = {}
            for chunk in _chunks(sorted({known[key] for key, _ in to_score}), 500):
                score_ids.update(((int(a), b), int(c)) for a, b, c in conn.execute(
                    select(scores.c.submission_id, scores.c.scorer_version, scores.c.id)
                    .where(scores.c.submission_id.in_(chunk))))
            rows = [
                {"score_id": score_ids[(known[key], str(report.get("scorer_version", "")))], "principle": pid,
                 "level": r["level"], "score": r["score"], "evidence": r.get("evidence", []),
                 "suggestion": r.get("suggestion", "")}
                for key, report in to_score for pid, r in report.get("principles", {}).items()]
            if rows:
                conn.execute(results.insert(), rows)
        if new_rows:
            stats.superseded += self._resolve(conn, sorted({r["learner_id"] for r in new_rows}))
        return stats

    @staticmethod
    def _resolve(conn: Connection, learner_ids: list[int]) -> int:
        """Mark all but the newest submission of each learner's exercise as superseded (by the newest);
        return how many were newly superseded."""
        groups: dict[tuple[int, str, str], list[Any]] = {}
        for chunk in _chunks(learner_ids, 500):
            for row in conn.execute(
                    select(submissions.c.id, submissions.c.learner_id, submissions.c.scenario, submissions.c.exercise,
                           submissions.c.effective_at, submissions.c.superseded, submissions.c.superseded_by)
                    .where(submissions.c.learner_id.in_(chunk))):
                groups.setdefault((row.learner_id, row.scenario, row.exercise), []).append(row)
        changes, newly = [], 0
        for rows in groups.values():
            rows.sort(key=lambda r: (r.effective_at, r.id))
            current = rows[-1].id
            for row in rows:
                want = (False, None) if row.id == current else (True, current)
                if (bool(row.superseded), row.superseded_by) != want:
                    newly += int(want[0] and not row.superseded)
                    changes.append({"sid": row.id, "sup": want[0], "by": want[1]})
        if changes:
            conn.execute(update(submissions).where(submissions.c.id == bindparam("sid"))
                         .values(superseded=bindparam("sup"), superseded_by=bindparam("by")), changes)
        return newly

    def record_skipped(self, cohort: str | None, skipped: Iterable[SkippedItem], files: Iterable[str] = ()) -> int:
        """Store skipped items, each once (recording the same skip again changes nothing); return how
        many are new. Problems recorded earlier for one of ``files`` (the files just read) that were
        not found again are removed: the file was fixed."""
        name = cohort_name(cohort)
        items = [replace(i, source=storable(i.source), reason=storable(i.reason)) for i in skipped]
        read = [storable(f) for f in files]
        if not items and not read:
            return 0

        def key(item: SkippedItem) -> str:
            return hashlib.sha256(json.dumps([name, item.source, item.code, item.reason]).encode()).hexdigest()

        def from_file(source: str) -> bool:
            return any(source == f or source.startswith((f + "#", f + ":")) for f in read)

        def write(conn: Connection) -> int:
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            wanted = {key(i): i for i in items}
            known = {r.key: r for r in conn.execute(
                select(problems.c.id, problems.c.key, problems.c.source).where(problems.c.cohort == name))}
            fixed = [r.id for k, r in known.items() if k not in wanted and from_file(r.source)]
            if fixed:
                conn.execute(problems.delete().where(problems.c.id.in_(fixed)))
            new = [{"key": k, "cohort": name, "source": i.source, "code": i.code, "reason": i.reason,
                    "learner": i.learner, "recorded_at": now} for k, i in wanted.items() if k not in known]
            if new:
                conn.execute(problems.insert(), new)
            return len(new)

        return self._transaction(write)

    # ---- reading ------------------------------------------------------------------------------
    def cohorts(self) -> list[str]:
        """Cohort names, sorted."""
        with self.engine.connect() as conn:
            return sorted(r[0] for r in conn.execute(select(learners.c.cohort).distinct()))

    def learners(self, cohort: str | None = None) -> list[str]:
        """Learner ids of a cohort (``None``: the default cohort), sorted."""
        with self.engine.connect() as conn:
            return sorted(r[0] for r in conn.execute(
                select(learners.c.learner).where(learners.c.cohort == cohort_name(cohort))))

    def submissions(self, cohort: str | None = None, *, learner: str | None = None,
                    current_only: bool = False, all_cohorts: bool = False) -> list[StoredSubmission]:
        """Submissions with their newest score, ordered by learner, exercise and time."""
        query = (select(submissions, learners.c.cohort, learners.c.learner)
                 .join(learners, learners.c.id == submissions.c.learner_id))
        if not all_cohorts:
            query = query.where(learners.c.cohort == cohort_name(cohort))
        if learner is not None:
            query = query.where(learners.c.learner == learner)
        if current_only:
            query = query.where(submissions.c.superseded.is_(False))
        query = query.order_by(learners.c.cohort, learners.c.learner, submissions.c.scenario,
                               submissions.c.exercise, submissions.c.effective_at, submissions.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
            ids = [r["id"] for r in rows]
            newest: dict[int, Any] = {}
            for chunk in _chunks(ids, 500):
                latest = (select(func.max(scores.c.id)).where(scores.c.submission_id.in_(chunk))
                          .group_by(scores.c.submission_id))
                for s in conn.execute(select(scores).where(scores.c.id.in_(latest))).mappings():
                    newest[s["submission_id"]] = s
            by_score: dict[int, dict[str, Any]] = {}
            for chunk in _chunks([s["id"] for s in newest.values()], 500):
                for r in conn.execute(select(results).where(results.c.score_id.in_(chunk))
                                      .order_by(results.c.id)).mappings():
                    by_score.setdefault(r["score_id"], {})[r["principle"]] = {
                        "level": r["level"], "score": r["score"], "evidence": r["evidence"],
                        "suggestion": r["suggestion"]}
        out = []
        for r in rows:
            s = newest.get(r["id"])
            report = None
            if s is not None:
                report = Report.from_dict({
                    "scenario": r["scenario"], "exercise": r["exercise"], "kind": s["kind"],
                    "answer": r["answer"], "principles": by_score.get(s["id"], {}), "notes": s["notes"],
                    "steps": s["steps"], "scorer_version": s["scorer_version"]})
            out.append(StoredSubmission(
                id=r["id"], cohort=r["cohort"], learner=r["learner"], scenario=r["scenario"],
                exercise=r["exercise"], answer=r["answer"], content_hash=r["content_hash"], source=r["source"],
                submitted_at=_aware(r["submitted_at"]), received_at=_aware(r["received_at"]),  # type: ignore[arg-type]
                superseded=bool(r["superseded"]), superseded_by=r["superseded_by"], report=report,
                scored_at=_aware(s["scored_at"]) if s is not None else None))
        return out

    def problems(self, cohort: str | None = None, *, all_cohorts: bool = False) -> list[StoredProblem]:
        """Recorded skips, oldest first."""
        query = select(problems).order_by(problems.c.id)
        if not all_cohorts:
            query = query.where(problems.c.cohort == cohort_name(cohort))
        with self.engine.connect() as conn:
            return [StoredProblem(r["cohort"], r["source"], r["code"], r["reason"], r["learner"],
                            _aware(r["recorded_at"]))  # type: ignore[arg-type]
                    for r in conn.execute(query).mappings()]

    def counts(self) -> dict[str, int]:
        """Row counts per table (for checks and summaries)."""
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                    for t in (learners, submissions, scores, results, problems)}


def _chunks(items: list[T], size: int) -> Iterable[list[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
