"""Actor strings: `ngec_actors` (text + context + date -> country and sector).

The scorer takes a resolver callable `resolve(text, date=..., context=...)` returning an
`Actor` (or a dict with "country" and "sector", or None for "no actor"). By default it is
`tacitus.kb.resolve_text`.

A case counts for country accuracy when its gold asserts a country (`country` is not null)
and for sector accuracy when it asserts a sector. `""` in the gold means the test asserts
*no* value: None, "" and "---" from us then count as correct. Our sector is compared on its
first three letters (GOV, MIL...); `sector_any_accuracy` also accepts the gold's second
sector or any listed alternative.

Reading the gold in its own terms (NGEC writes PLOVER codes; tacitus writes CAMEO ones):

- Sectors: CAMEO and PLOVER use a few codes differently. CAMEO MED is the media and HLH
  health; PLOVER's MED is health and JRN the media. Our sector is translated before the
  comparison (`PLOVER_SECTOR`), so a paramedic (CAMEO HLH) is PLOVER MED, not a journalist.
- Countries: NGEC writes an intergovernmental organisation's bloc (UNO, EUR) or IGO in the
  country field, and leaves it empty for a non-governmental organisation (the NGO is its
  sector). A CAMEO code such as NGOHLHIRC therefore has no country; IGOUNOJUDICJ is UNO;
  a transnational armed group (IMGMUSISI) is IMG, PLOVER's non-state country code.
- Inputs: a case's `known_country` (the country NGEC's caller already knew) is passed to the
  resolver with the context, as NGEC's `agent_to_code` receives it.
- Dates: NGEC's undated cases were written against "today" when the tests were written (the
  suite README: 2021-2022 roles), not against the day we run. An undated case is resolved as
  of the latest date any case of the same file states (`reference_date`), so an office held
  then is not scored as "former" because it ended since.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from tacitus.errors import TacitusError
from tacitus.evaluate.common import parse_date, ratio

NOTES = (
    "tacitus.kb.resolve_text(text, date=, context=) on each case that asserts a country or a sector; "
    'an asserted "" (no value) is right when we give none; sectors compared on their first three '
    "letters after CAMEO->PLOVER translation (MED->JRN, HLH->MED, HRI->SOC); sector_any_accuracy also "
    "accepts the gold's second or alternative sectors. An IGO without a country counts by its bloc code "
    "(IGOEUREEC -> EUR) or IGO, an IMG group is IMG, an NGO has no country; a gold IGO accepts any IGO actor. known_country is "
    "passed with the context; undated cases are resolved as of the latest date the file states."
)

log = logging.getLogger(__name__)

Resolver = Callable[..., Any]
_ORG_PREFIXES = ("IGO", "NGO")
#: CAMEO agent codes whose PLOVER code differs (PLOVER manual, sector codes): CAMEO MED is
#: the media (PLOVER JRN), HLH health (PLOVER MED), HRI human-rights groups (PLOVER SOC,
#: civil society), INS insurgents (PLOVER REB).
PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED", "HRI": "SOC", "INS": "REB"}


def plover_sectors(sectors: str | None) -> str:
    """Our CAMEO sector codes ("GOVMED") in PLOVER's terms ("GOVJRN"), three letters at a time."""
    groups = [(sectors or "")[i:i + 3] for i in range(0, len(sectors or ""), 3)]
    return "".join(PLOVER_SECTOR.get(g, g) for g in groups)


def _field(result: Any, name: str) -> str | None:
    if result is None:
        return None
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    if not value or value in ("---", "-"):
        return None
    return str(value)


def actor_country(result: Any) -> str | None:
    """Our country for an actor in NGEC's terms: the country, or for an intergovernmental
    organisation without one, its bloc code from the CAMEO code (IGOEUREEC -> EUR,
    IGOUNOJUDICJ -> UNO) or IGO itself; a non-governmental organisation has none (NGEC codes
    NGO as the sector)."""
    from tacitus.kb import SECTORS

    country = _field(result, "country")
    if country:
        return country
    code = _field(result, "code") or ""
    if code[:3] == "IGO":
        bloc = code[3:6]
        return bloc if len(bloc) == 3 and bloc.isalpha() and bloc not in SECTORS else "IGO"
    if code[:3] == "IMG":  # PLOVER's non-state country code for transnational armed groups
        return "IMG"
    return None


def country_matches(result: Any, gold: str | None) -> bool:
    """Whether our country is the gold's; a gold of "IGO" or "NGO" (any such organisation)
    accepts every actor coded as one."""
    if gold in _ORG_PREFIXES and (_field(result, "code") or "").startswith(gold):
        return True
    return actor_country(result) == gold


def _norm_gold(value: Any) -> str | None:
    return None if value in (None, "", "---") else str(value)


def reference_date(records: Sequence[dict[str, Any]]) -> date | None:
    """The "today" of a file of NGEC cases: the latest date any of its cases states (None when
    none states one). Undated cases were written against the world of that time."""
    dates = [d for d in (parse_date(r.get("date")) for r in records) if d is not None]
    return max(dates) if dates else None


def resolve_all(records: Sequence[dict[str, Any]], resolver: Resolver, today: date | None = None) -> list[Any]:
    """Call the resolver on each record's text with its date (or `today` when it has none) and
    its context plus its known country; a TacitusError from the resolver becomes None (logged)."""
    out = []
    for r in records:
        context = " ".join(str(x) for x in (r.get("context"), r.get("known_country")) if x) or None
        try:
            out.append(resolver(r["text"], date=parse_date(r.get("date")) or today, context=context))
        except TacitusError as exc:
            log.warning("%s: %s", r.get("id"), exc)
            out.append(None)
    return out


def score_actors(gold: Sequence[dict[str, Any]], predictions: Sequence[Any], worst: int = 15) -> dict[str, Any]:
    """Country and sector accuracy of resolved actors against NGEC-style records.

    Returns {"figures": {...}, "tables": {"misses": [...]}} (the first `worst` wrong cases).
    """
    n_country = ok_country = n_sector = ok_sector = ok_sector_any = n_sector2 = ok_sector2 = 0
    misses: list[dict[str, Any]] = []
    wrong_by_country: Counter[str] = Counter()
    for r, pred in zip(gold, predictions, strict=True):
        country = actor_country(pred)
        sectors = plover_sectors(_field(pred, "sector"))
        sector = sectors[:3] or None
        sector_2 = sectors[3:6] or None
        wrong = []
        if r.get("country") is not None:
            n_country += 1
            if country_matches(pred, _norm_gold(r["country"])):
                ok_country += 1
            else:
                wrong.append("country")
                wrong_by_country[r["country"] or "(none)"] += 1
        if r.get("sector") is not None:
            n_sector += 1
            want = _norm_gold(r["sector"])
            if sector == want:
                ok_sector += 1
            else:
                wrong.append("sector")
            allowed = {want, _norm_gold(r.get("sector_2"))} | {_norm_gold(s) for s in r.get("sector_any_of") or []}
            if want is not None:
                allowed.discard(None)
            if sector in allowed or (sector_2 is not None and sector_2 in allowed):
                ok_sector_any += 1
        if r.get("sector_2"):
            n_sector2 += 1
            if r["sector_2"] in {sector, sector_2}:
                ok_sector2 += 1
        if wrong and len(misses) < worst:
            misses.append({
                "id": r.get("id"), "text": r.get("text"), "gold": f"{r.get('country') or '-'} {r.get('sector') or '-'}",
                "ours": f"{country or '-'} {sectors or '-'}", "wrong": "+".join(wrong),
            })
    figures = {
        "cases": len(gold),
        "country_cases": n_country,
        "country_accuracy": ratio(ok_country, n_country),
        "sector_cases": n_sector,
        "sector_accuracy": ratio(ok_sector, n_sector),
        "sector_any_accuracy": ratio(ok_sector_any, n_sector),
        "sector2_cases": n_sector2,
        "sector2_accuracy": ratio(ok_sector2, n_sector2),
        "resolved": sum(1 for p in predictions if p is not None),
    }
    return {"figures": figures, "tables": {"misses": misses}}


def default_resolver(actors: str | None = None) -> Resolver:
    """The knowledge base's `resolve_text`, with a user's actor file added when `actors` is
    given (the KB `code --actors` builds), imported when first needed.

    Raises:
        TacitusError: the knowledge base module is not available, or the actor file is bad.
    """
    try:
        from tacitus.kb import load_kb
    except ImportError as exc:
        raise TacitusError(f"actor resolution is not available ({exc}); tacitus.kb is needed") from exc
    return load_kb(actors).resolve_text


def evaluate_actors(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Resolve the cases that assert a country or a sector and score them (`ngec_actors`)."""
    cases = [r for r in records if r.get("country") is not None or r.get("sector") is not None]
    resolver = ctx.resolver or default_resolver(getattr(ctx, "actors", None))
    return score_actors(cases, resolve_all(cases, resolver, today=reference_date(records)))
