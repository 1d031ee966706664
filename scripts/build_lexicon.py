"""Derive tacitus's broad verb lexicon from PETRARCH-2's CAMEO verb dictionary (MIT).

Reads ../shared/reference/original/petrarch2/CAMEO.2.0.txt and writes, in tacitus's own
format (not PETRARCH's), to src/tacitus/data/lexicon/:

- verbs.petrarch.jsonl: one row per (verb, constraints) -> CAMEO code. Fields: id, lemma, pos
  ("verb"), code (null = the phrase is explicitly not an event), obj (object heads or @class),
  particle, preps ([[preposition, head or null], ...]), origin.
- verbs.classes.petrarch.json: the dictionary's synonym sets as word classes
  ({"@weapon": ["missile", ...]}).

Only the facts are kept (which verb with which object or preposition selects which code).
Patterns that constrain the subject, or whose code has no primary part ("[:173]"), are left
out. When the dictionary gives several codes for the same verb and constraints, the first
is kept. A pattern is attached to the verb its comment names when that verb belongs to the
block, otherwise to every verb of the block (as PETRARCH-2 does).

The hand-written core lexicon (verbs.core.jsonl) is ours and is not touched by this script;
it takes priority over these rows at equal specificity.

Usage:
    python scripts/build_lexicon.py [--source PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path

log = logging.getLogger("build_lexicon")

ROOT = Path(__file__).resolve().parents[1]
PARTICLES = {"out", "up", "down", "off", "back", "forward", "away", "over", "in", "on", "aside", "through"}
PREPS = {"with", "to", "for", "against", "on", "in", "into", "at", "from", "of", "by", "over", "about", "under",
         "between", "among", "toward", "towards", "upon", "off", "across", "around", "behind", "before",
         "after", "along", "inside", "onto", "within", "without", "as", "out", "through", "near", "up",
         "down", "back", "amid", "despite"}
_CODE = re.compile(r"\[([0-9]*|---)(?::([0-9]*|---))?\]")
_MEMBER = re.compile(r"^(\+?)([A-Z][A-Z0-9_\-']*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")


def _word(text: str) -> str:
    return text.strip().lower().replace("_", " ")


def _code(text: str | None) -> str | None | bool:
    """CAMEO code of a `[...]` field: a code, None for [---] (not an event), False to skip."""
    if not text:
        return False
    m = _CODE.search(text)
    if not m:
        return False
    first = m.group(1)
    if first == "---":
        return None
    if not first:
        return False
    return first


def _parse_pattern(body: str) -> dict | None:
    """Parse the part of a pattern line between '-' and the code: '* OBJ (PREP HEAD)'."""
    body = body.replace("$", " ").replace("+", " ").replace("^", " ").replace("%", " ")
    if "*" not in body:
        return None
    before, after = body.split("*", 1)
    if before.strip():
        return None  # subject constraints are left out
    items: list[tuple[str, str]] = []
    i = 0
    text = after.strip()
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "(":
            j = text.find(")", i)
            if j < 0:
                return None
            items.append(("pp", text[i + 1:j]))
            i = j + 1
        elif ch == "{":
            j = text.find("}", i)
            if j < 0:
                return None
            items.append(("np", text[i + 1:j]))
            i = j + 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in "({":
                j += 1
            items.append(("w", text[i:j]))
            i = j
    obj: list[str] = []
    particle = None
    preps: list[list[str | None]] = []
    for kind, val in items:
        if kind == "pp":
            words = [w for w in re.split(r"[\s/]+", val.replace("{", " ").replace("}", " ")) if w]
            if not words:
                continue
            prep = _word(words[0])
            if prep not in PREPS:
                return None
            head = words[-1] if len(words) > 1 else None
            preps.append([prep, _head(head) if head else None])
        else:
            words = val.split()
            if not words:
                continue
            if kind == "w" and not obj and particle is None and _word(words[0]) in PARTICLES and len(items) > 1 \
                    and items[items.index((kind, val)) + 1][0] != "pp":
                particle = _word(words[0])
                continue
            if kind == "w" and not obj and particle is None and _word(words[0]) in PARTICLES and len(items) == 1:
                particle = _word(words[0])
                continue
            if obj:
                continue  # a second noun phrase (rare) is not used
            obj = [_head(words[-1])]
    if not obj and not preps and particle is None:
        return None
    return {"obj": obj or None, "particle": particle, "preps": preps or None}


def _head(word: str) -> str:
    return "@" + word[1:].lower().rstrip("_") if word.startswith("&") else _word(word)


def parse(text: str) -> tuple[list[dict], dict[str, list[str]]]:
    lines = text.splitlines()
    classes: dict[str, list[str]] = {}
    rows: list[dict] = []
    section = "head"
    current_class: str | None = None
    block_code: str | None | bool = False
    members: list[tuple[str, str | None, str | None | bool]] = []  # (lemma, particle/prep, code)
    n = 0

    def emit(lemma: str, second: str | None, code, cons: dict | None, note: str) -> None:
        nonlocal n
        row = {"lemma": lemma, "pos": "verb", "code": code, "obj": None, "particle": None, "preps": None}
        if second:
            if second in PREPS or second in PARTICLES:
                row["particle"] = second
            else:
                row["obj"] = [second]
        if cons:
            if cons["obj"]:
                if row["obj"]:
                    return
                row["obj"] = cons["obj"]
            if cons["particle"]:
                if row["particle"]:
                    return
                row["particle"] = cons["particle"]
            row["preps"] = cons["preps"]
        n += 1
        row["id"] = f"p2:{lemma.replace(' ', '_')}:{n}"
        rows.append(row)

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("- ") else raw.rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("####### SYNONYM"):
            section = "syn"
            continue
        if section == "syn":
            if line.startswith("&"):
                current_class = "@" + line[1:].strip().lower().rstrip("_")
                classes.setdefault(current_class, [])
            elif line.startswith("+") and current_class:
                word = _word(line[1:].strip().split()[0]).strip()
                if word and not word.startswith("&"):
                    classes[current_class].append(word)
            continue
        if section != "verbs":
            continue
        if raw.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+(\[[^\]]*\])", raw)
            block_code = _code(m.group(2)) if m else False
            members = []
            continue
        if raw.startswith("- "):
            body, _, comment = raw[2:].partition("#")
            m = _CODE.search(body)
            if not m:
                continue
            code = _code(m.group(0))
            if code is False:
                continue
            cons = _parse_pattern(body[: m.start()])
            if cons is None:
                continue
            named = _word(comment.split(",")[0]) if comment.strip() else ""
            targets = [mb for mb in members if mb[0] == named and mb[1] is None] or members
            for lemma, second, _ in targets:
                emit(lemma, second, code, cons, f"pattern of {named or 'block'}")
            continue
        if not line.strip():
            continue
        m = _MEMBER.match(line.strip())
        if not m:
            continue
        word = _word(m.group(2))
        parts = word.split()
        lemma, second = parts[0], (parts[1] if len(parts) > 1 else None)
        code = _code(m.group(4)) if m.group(4) else block_code
        members.append((lemma, second, code))
        if code:  # a real default code; [---] blocks only code through their patterns
            emit(lemma, second, code, None, "verb default")
    # keep the first row for each (lemma, constraints)
    seen: set[str] = set()
    out = []
    for row in rows:
        key = json.dumps([row["lemma"], row["obj"], row["particle"], row["preps"]])
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    return out, {k: sorted(set(v)) for k, v in classes.items() if v}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path,
                    default=ROOT.parent / "shared" / "reference" / "original" / "petrarch2" / "CAMEO.2.0.txt")
    ap.add_argument("--codes", type=Path, default=ROOT.parent / "shared" / "reference" / "cameo_event_codes.jsonl")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "tacitus" / "data" / "lexicon")
    args = ap.parse_args()
    rows, classes = parse(args.source.read_text(encoding="utf-8", errors="replace"))
    known = {json.loads(line)["code"] for line in args.codes.read_text(encoding="utf-8").splitlines() if line.strip()}
    kept = []
    for row in rows:
        code = row["code"]
        if code is not None and code not in known:
            if code[:3] in known:  # a sub-code CAMEO 1.1b3 does not have: keep its parent
                row["code"] = code[:3]
            else:
                log.info("dropped %s: %s is not a CAMEO 1.1b3 code", row["id"], code)
                continue
        kept.append(row)
    rows = kept
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "verbs.petrarch.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in ("id", "lemma", "code", "obj", "particle", "preps")
                                 if row[k] is not None or k == "code"}) + "\n")
    (args.out / "verbs.classes.petrarch.json").write_text(json.dumps(classes, indent=0, sort_keys=True) + "\n",
                                                          encoding="utf-8")
    log.info("wrote %d verb rows and %d word classes to %s", len(rows), len(classes), args.out)


if __name__ == "__main__":
    main()
