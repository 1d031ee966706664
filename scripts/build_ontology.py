"""Build tacitus's packaged CAMEO/PLOVER ontology from the shared reference tables.

Reads ../shared/reference/cameo_event_codes.jsonl and plover_codebook.json and writes
src/tacitus/data/ontology/cameo.jsonl and plover.json (the SOURCE.md beside them is written
by hand and explains the choices made here).

Choices:
- Goldstein: GDELT's table (CAMEO.goldsteinscale.txt), for parity with GDELT's GoldsteinScale
  column. Codes GDELT lacks (0357, 1213, 1214, 1641-1643, 1951, 1952) inherit their parent's
  GDELT value and say so in `goldstein_source`. The Parus/gdeltPyR values are not used: they
  are keyed to an older CAMEO numbering (see the reference README, goldstein_disagreements).
- QuadClass: `quad_1to4` (GDELT convention) and `penta` (Phoenix/ConfliBERT 0-4).
- PLOVER: CAMEO2PLOVER-2021 where it maps the code; otherwise the nearest ancestor's mapping,
  otherwise the root's PLOVER event. PLOVER dropped CAMEO 01 (statements) and 02 (appeals):
  01x get no PLOVER event; 02x are mapped to REQUEST by tacitus (an appeal is a request;
  `plover_source: "tacitus"`), so appeal events still count in PLOVER aggregates.
- No manual prose is copied: names and numbers only.

Usage:
    python scripts/build_ontology.py [--reference ../shared/reference] [--out src/tacitus/data/ontology]
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

log = logging.getLogger("build_ontology")

ROOT = Path(__file__).resolve().parents[1]

# PLOVER modes that CAMEO2PLOVER-2021 uses but the current manual does not define, mapped to
# the nearest current mode (None drops the mode and keeps the event).
MODE_FIXES = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): None,
    ("ASSAULT", "cleansing"): None,
    ("ASSAULT", "seize"): None,
    ("ASSAULT", "pro_autocracy"): None,
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): None,
    ("COERCE", "ban"): "restrict",
    ("RETREAT", "return"): None,
    ("RETREAT", "ease"): None,
}


def _plover_of(row: dict, by_code: dict[str, dict]) -> tuple[dict | None, str]:
    code = row["code"]
    if row["root"] == "01":
        return None, "none"
    if row["root"] == "02":
        return {"event": "REQUEST", "mode": None, "context": []}, "tacitus"
    cur: dict | None = row
    while cur is not None:
        if cur.get("plover"):
            p = cur["plover"]
            src = "CAMEO2PLOVER-2021" if cur["code"] == code else f"CAMEO2PLOVER-2021:{cur['code']}"
            return {"event": p["event"], "mode": p.get("mode") or None, "context": list(p.get("context") or [])}, src
        cur = by_code.get(cur["parent"]) if cur.get("parent") else None
    root = by_code[row["root"]]
    event = (root.get("plover_root_event") or "").split("|")[0]
    if event:
        return {"event": event, "mode": None, "context": []}, "PLOVER-root"
    return None, "none"


def build(reference: Path, out: Path) -> tuple[int, int]:
    rows = [json.loads(line) for line in (reference / "cameo_event_codes.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    by_code = {r["code"]: r for r in rows}
    plover = json.loads((reference / "plover_codebook.json").read_text(encoding="utf-8"))
    known_modes = {(t["event"], m["mode"]) for t in plover["event_types"] for m in t["modes"]}
    known_contexts = {c["context"] for c in plover["contexts"]}

    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for r in sorted(rows, key=lambda r: r["code"]):
        gold = r["goldstein"].get("gdelt")
        gsrc = "gdelt"
        cur = r
        while gold is None and cur.get("parent"):
            cur = by_code[cur["parent"]]
            gold = cur["goldstein"].get("gdelt")
            gsrc = f"gdelt:{cur['code']}"
        p, psrc = _plover_of(r, by_code)
        if p is not None:
            mode = p["mode"]
            if mode and (p["event"], mode) not in known_modes:
                mode = MODE_FIXES.get((p["event"], mode))
            p["mode"] = mode
            p["context"] = [c for c in p["context"] if c in known_contexts]
        name = r["name"].strip()
        lines.append({
            "code": r["code"],
            "name": name,
            "level": len(r["code"]) - 1,
            "parent": r["parent"],
            "root": r["root"],
            "goldstein": gold,
            "goldstein_source": gsrc,
            "quad_1to4": r["quad_1to4"],
            "penta": r["quad_phoenix_0to4"],
            "plover": p,
            "plover_source": psrc,
        })
    with (out / "cameo.jsonl").open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")

    ptypes = []
    for t in plover["event_types"]:
        ptypes.append({
            "event": t["event"],
            "requires_recipient": bool(t.get("requires_recipient")),
            "quad": t.get("quad_category_section"),
            "modes": [m["mode"] for m in t["modes"]],
        })
    doc = {
        "source": plover["source"],
        "licence": "CC BY-SA 4.0 (derived from the PLOVER manual)",
        "event_types": ptypes,
        "contexts": sorted(known_contexts),
        "auxiliary_modes": plover["auxiliary_modes"],
        "sector_codes": [{"code": s["code"], "group": s["group"]} for s in plover["sector_codes"]],
        "nonstate_country_codes": [{"code": s["code"], "name": s["name"]} for s in plover["nonstate_country_codes"]],
        "scores": plover["scores"],
    }
    (out / "plover.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(lines), len(ptypes)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "tacitus" / "data" / "ontology")
    args = ap.parse_args()
    n_codes, n_types = build(args.reference, args.out)
    log.info("wrote %d CAMEO codes and %d PLOVER event types to %s", n_codes, n_types, args.out)


if __name__ == "__main__":
    main()
