"""Scoring tacitus against public gold suites (`tacitus eval`).

A suite is one normalized JSON Lines file (see `../shared/suites/README.md`). Its kind is
read from its records' fields, so a suite is found by name under a folder or given as a
path. Each kind has a module with a pure scorer `score_*(gold, predictions)` and an
`evaluate_*(records, ctx)` that makes the predictions (coding texts in batches with one
pipeline loaded once) and scores them.

Example:
    >>> from tacitus.evaluate import EvalContext, run_suite
    >>> result = run_suite("../shared/suites/petr2_gsr/petr2_gsr.jsonl", limit=5)  # doctest: +SKIP
    >>> round(result.figures["exact_f1"], 2)  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from tacitus.errors import InputError, TacitusError
from tacitus.evaluate.common import read_jsonl

log = logging.getLogger(__name__)

__all__ = ["EvalContext", "SuiteResult", "KINDS", "detect_kind", "find_suites", "resolve_suite", "run_suite"]


@dataclass(frozen=True)
class Kind:
    name: str
    title: str
    evaluate: Callable[..., dict[str, Any]]
    notes: str = ""
    needs_pipeline: bool = True


def _kinds() -> dict[str, Kind]:
    from tacitus.evaluate import actors, classes, entities, events, factuality, timex, toponyms

    return {k.name: k for k in (
        Kind("cameo_events", "CAMEO event triples (source, target, code)", events.evaluate_petr, events.PETR_NOTES),
        Kind("plover_events", "PLOVER event types and dyads", events.evaluate_plover, events.PLOVER_NOTES),
        Kind("sentence_class", "CAMEO PentaClass of sentences", classes.evaluate_classes, classes.NOTES),
        Kind("actor_strings", "actor resolution: country and sector", actors.evaluate_actors, actors.NOTES,
             needs_pipeline=False),
        Kind("timex", "DATE expressions: detection and normalisation", timex.evaluate_timex, timex.NOTES),
        Kind("toponyms", "toponym geolocation", toponyms.evaluate_toponyms, toponyms.NOTES),
        Kind("entities", "typed entity spans", entities.evaluate_entities, entities.NOTES),
        Kind("factuality", "event polarity and certainty", factuality.evaluate_factuality, factuality.NOTES),
    )}


KINDS = _kinds()

# The order suites appear in `tacitus eval all`; suites not listed follow by name.
SUITE_ORDER = ("petr2_gsr", "plover_gsr", "conflibert_cameo", "ngec_actors", "tempeval3", "geovirus", "re3d", "meantime")


def detect_kind(record: dict[str, Any]) -> str:
    """The kind of a suite from the fields of one of its records.

    Raises:
        InputError: the record matches no known kind.
    """
    keys = set(record)
    if "event_current" in keys:
        return "plover_events"
    if "no_events" in keys and "events" in keys:
        return "cameo_events"
    if "quad" in keys:
        return "sentence_class"
    if "assertions" in keys or ("method" in keys and "country" in keys):
        return "actor_strings"
    if "toponyms" in keys:
        return "toponyms"
    if "entities" in keys:
        return "entities"
    if "events" in keys and "timex" in keys:
        return "factuality"
    if "timex" in keys:
        return "timex"
    raise InputError(f"cannot tell what kind of suite has records with fields {sorted(keys)}; "
                     "see ../shared/suites/README.md for the normalized formats")


@dataclass
class EvalContext:
    """What the evaluators share across suites: one pipeline (loaded when first needed), the
    actor resolver, the batch size. `actors` is a user's actor file (YAML or CSV) added to the
    knowledge base of both the pipeline and the default resolver, as `code --actors` does."""

    nlp_factory: Callable[[], Language] | None = None
    resolver: Callable[..., Any] | None = None
    actors: str | None = None
    batch_size: int = 32
    progress: Callable[[int, int], None] | None = None
    load_seconds: float = 0.0
    _nlp: Language | None = field(default=None, repr=False)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from tacitus.pipeline import load_pipeline

            started = time.perf_counter()
            self._nlp = self.nlp_factory() if self.nlp_factory else load_pipeline(actors=self.actors)
            self.load_seconds = time.perf_counter() - started
            log.info("pipeline loaded in %.1f s", self.load_seconds)
        return self._nlp


@dataclass(frozen=True)
class SuiteResult:
    """The outcome of one suite: figures, detail tables, how long it took, and whether it ran."""

    name: str
    kind: str
    path: str
    records: int
    figures: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    seconds: float
    errors: int = 0
    skipped: str | None = None
    limit: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "suite": self.name, "kind": self.kind, "path": self.path, "records": self.records,
            "limit": self.limit, "seconds": round(self.seconds, 2), "errors": self.errors,
            "skipped": self.skipped, "figures": self.figures, "tables": self.tables,
        }


def find_suites(folder: str | Path) -> dict[str, Path]:
    """Normalized suite files under `folder`, by name: `<name>/<file>.jsonl` is suite `<name>`
    (`<name>/<stem>` when a folder holds several), a `.jsonl` directly in `folder` is its
    stem. `original/` and `convert/` folders are not looked into. In report order."""
    root = Path(folder)
    found: dict[str, Path] = {}
    if not root.is_dir():
        return found
    for f in sorted(root.glob("*.jsonl")):
        found[f.stem] = f
    for sub in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        if sub.name in ("original", "convert"):
            continue
        files = sorted(sub.glob("*.jsonl"))
        if len(files) == 1:
            found[sub.name] = files[0]
        else:
            for f in files:
                found[f"{sub.name}/{f.stem}"] = f
    rank = {name: i for i, name in enumerate(SUITE_ORDER)}
    return dict(sorted(found.items(), key=lambda kv: (rank.get(kv[0].split("/")[0], len(rank)), kv[0])))


def resolve_suite(spec: str, folder: str | Path) -> list[tuple[str, Path]]:
    """(name, path) of the suites `spec` names: "all", a suite name under `folder`, or a path.

    Raises:
        InputError: nothing matches; the message lists the suites found.
    """
    p = Path(spec)
    if spec != "all" and p.is_file():
        return [(p.parent.name if p.parent.name and p.stem in ("dev", "train", "test") else p.stem, p)]
    found = find_suites(folder)
    if spec == "all":
        if not found:
            raise InputError(f"no suites (*.jsonl) found under {folder}; give --suites DIR")
        return list(found.items())
    if spec in found:
        return [(spec, found[spec])]
    known = ", ".join(found) or "none"
    raise InputError(f"no suite {spec!r} under {folder} (found: {known}); give a suite name, a .jsonl path or 'all'")


def run_suite(path: str | Path, name: str | None = None, limit: int | None = None,
              ctx: EvalContext | None = None) -> SuiteResult:
    """Run one suite and score it.

    Args:
        path: the normalized JSON Lines file.
        name: the suite's name in the report (the file's stem by default).
        limit: score only the first N records.
        ctx: the shared context (pipeline, resolver); a new one when omitted.

    Returns:
        A SuiteResult; `skipped` says why when the suite could not run (e.g. a part of
        tacitus it needs is missing). Timing covers coding and scoring, not model loading.

    Raises:
        InputError: the file cannot be read or is of no known kind.
    """
    ctx = ctx or EvalContext()
    path = Path(path)
    records = read_jsonl(path, limit=limit)
    name = name or path.stem
    if not records:
        raise InputError(f"{path}: the suite has no records")
    kind = KINDS[detect_kind(records[0])]
    if kind.needs_pipeline:
        ctx.nlp  # noqa: B018 - load outside the timed part
    started = time.perf_counter()
    try:
        out = kind.evaluate(records, ctx)
    except TacitusError as exc:
        log.warning("suite %s skipped: %s", name, exc)
        return SuiteResult(name, kind.name, str(path), len(records), {}, {}, time.perf_counter() - started,
                           skipped=str(exc), limit=limit)
    seconds = time.perf_counter() - started
    return SuiteResult(name, kind.name, str(path), len(records), out["figures"], out.get("tables", {}), seconds,
                       errors=out.get("errors", 0), limit=limit)
