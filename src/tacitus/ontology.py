"""The CAMEO / PLOVER codebook: names, Goldstein weights, QuadClass and the CAMEO->PLOVER mapping.

Built by `scripts/build_ontology.py` into `tacitus/data/ontology/` (see its SOURCE.md for the
choices: GDELT's Goldstein table, GDELT's 1-4 QuadClass plus the Phoenix/ConfliBERT 0-4 penta
class, CAMEO2PLOVER-2021). Loaded once per process.

Example:
    >>> cameo("0874").plover_event
    'RETREAT'
    >>> cameo("190").quad_class, cameo("190").goldstein
    (4, -10.0)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tacitus.errors import TacitusError
from tacitus.resources import iter_jsonl, read_json

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PENTA_NAMES = {0: "statement", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}


class UnknownCodeError(TacitusError):
    """A string that is not a CAMEO event code."""

    code = "unknown_code"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its weights and its PLOVER equivalent.

    `quad_class` follows GDELT (1 verbal cooperation .. 4 material conflict); `penta_class`
    follows Phoenix/ConfliBERT (0 statement .. 4 material conflict). `plover_event` is None
    for CAMEO 01x (statements, dropped by PLOVER).
    """

    code: str
    name: str
    goldstein: float
    quad_class: int
    penta_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]
    root: str
    parent: str | None
    level: int
    goldstein_source: str = "gdelt"
    plover_source: str = ""

    @property
    def quad_name(self) -> str:
        return QUAD_NAMES[self.quad_class]


@dataclass(frozen=True)
class PloverType:
    """A PLOVER event type with its modes."""

    event: str
    modes: tuple[str, ...]
    requires_recipient: bool
    quad: str | None


@lru_cache(maxsize=1)
def _codes() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for row in iter_jsonl("ontology/cameo.jsonl"):
        p: dict[str, Any] = row.get("plover") or {}
        out[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_1to4"]),
            penta_class=int(row["penta"]),
            plover_event=p.get("event"),
            plover_mode=p.get("mode"),
            plover_context=tuple(p.get("context") or ()),
            root=row["root"],
            parent=row.get("parent"),
            level=int(row["level"]),
            goldstein_source=row.get("goldstein_source", "gdelt"),
            plover_source=row.get("plover_source", ""),
        )
    return out


@lru_cache(maxsize=1)
def _plover() -> dict[str, Any]:
    return read_json("ontology/plover.json")


def normalize_code(code: str | int) -> str:
    """Return `code` as CAMEO writes it (leading zeros restored: 42 -> "042", "1" -> "01")."""
    text = str(code).strip()
    if text.isdigit() and len(text) < 2:
        text = text.zfill(2)
    elif text.isdigit() and len(text) == 2 and text not in _codes():
        text = text.zfill(3)
    return text


def is_code(code: str | int) -> bool:
    """True if `code` is a CAMEO event code (2, 3 or 4 digits)."""
    return str(code).strip() in _codes()


def cameo(code: str | int) -> CameoCode:
    """The codebook entry of a CAMEO event code.

    Args:
        code: "042", "0874", "19"; integers and strings without leading zeros are accepted
            when unambiguous (42 -> "042").

    Returns:
        The CameoCode.

    Raises:
        UnknownCodeError: not a CAMEO event code.

    Example:
        >>> cameo("042").name
        'Make a visit'
    """
    codes = _codes()
    text = str(code).strip()
    if text in codes:
        return codes[text]
    text = normalize_code(code)
    if text in codes:
        return codes[text]
    raise UnknownCodeError(f"{code!r} is not a CAMEO event code; run `tacitus codebook` for the list")


def all_codes() -> list[CameoCode]:
    """Every CAMEO event code, in code order (roots, then their 3- and 4-digit codes)."""
    return [c for _, c in sorted(_codes().items())]


def children(code: str) -> list[CameoCode]:
    """The codes directly under `code`."""
    return [c for c in all_codes() if c.parent == code]


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO code ("0874" -> "08")."""
    return cameo(code).root


def plover_types() -> list[PloverType]:
    """PLOVER's 16 event types with their modes."""
    return [
        PloverType(event=t["event"], modes=tuple(t["modes"]), requires_recipient=bool(t["requires_recipient"]),
                   quad=t.get("quad"))
        for t in _plover()["event_types"]
    ]


def plover_contexts() -> list[str]:
    """PLOVER's contexts (military, economic, ...)."""
    return list(_plover()["contexts"])


def plover_modes(event: str) -> tuple[str, ...]:
    """The modes of a PLOVER event type (empty when it has none or is unknown)."""
    for t in plover_types():
        if t.event == event:
            return t.modes
    return ()


def plover_sectors() -> list[str]:
    """PLOVER's actor sector codes (GOV, MIL, REB, ...)."""
    return [s["code"] for s in _plover()["sector_codes"]]


def quad_class(code: str) -> int:
    """GDELT QuadClass (1-4) of a CAMEO code."""
    return cameo(code).quad_class


def penta_class(code: str) -> int:
    """Phoenix/ConfliBERT PentaClass (0-4) of a CAMEO code."""
    return cameo(code).penta_class
