"""Build the actor knowledge base files under src/tacitus/data/actors/ from the reference tables.

Reads (relative to --reference, default ../shared/reference/original):
  CountryInfo/CountryInfo.120116.txt     country names, adjectival forms, capitals, major cities (CC BY-SA)
  text_to_CAMEO/countrynames.txt         the CAMEO country code list (MIT)
  phoenix/Phoenix.Countries.actors.txt   people and national institutions with dated CAMEO roles (MIT)
  phoenix/Phoenix.International.actors.txt   IGOs, NGOs and their officials (MIT)
  phoenix/Phoenix.MilNonState.actors.txt     armed non-state groups (MIT)
  phoenix/Phoenix.agents.txt             agent nouns -> CAMEO sector codes (MIT)

Writes:
  countries.jsonl   one country per line: code, name, aliases, cities, capitals
  phoenix.jsonl     one actor per line: id, name, aliases, roles [[code, start, end], ...]
  agents.jsonl      one agent noun phrase per line: phrase, code

The hand-written facts file (facts.yaml, leaders and offices to 2026, IGOs, media, armed
groups, intelligence services, weapons, seats of government, extra agent nouns) is edited by
hand and is not produced here; it is read by tacitus.kb with the same loader as a user's file.

Usage:
    .venv/bin/python scripts/build_kb.py [--reference DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path

from tacitus.kb import normalize

log = logging.getLogger("build_kb")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REF = ROOT.parent / "shared" / "reference" / "original"
DEFAULT_OUT = ROOT / "src" / "tacitus" / "data" / "actors"

_TAG = re.compile(r"<(?P<tag>[A-Za-z0-9-]+)>(?P<body>.*?)</(?P=tag)>", re.S)
_ROLE = re.compile(r"\[(?P<code>[A-Z~-]{3,}[A-Z0-9]*)\s*(?P<dates>[^\]]*)\]")
_TITLES = {"president", "prime", "premier", "minister", "king", "queen", "general", "gen.", "chancellor",
           "foreign", "defense", "defence", "russian", "american", "british", "chinese", "secretary",
           "ambassador", "senator", "sen.", "rep.", "governor", "mr.", "mrs.", "dr.", "former", "vice"}
# Kosovo: CountryInfo and CAMEO write KSV; tacitus uses XKX (EU, IMF and PLOVER usage).
_RECODE = {"KSV": "XKX", "KOS": "XKX"}
# Names CountryInfo lists under both members of the former Serbia and Montenegro: each keeps its own.
_NOT_OF = {"MNE": {"serb", "serbian", "serbians", "belgrade", "beograd"}, "SRB": {"montenegrin"}}
# Single words CountryInfo lists as alternative names that are ordinary English words.
_GENERIC = {"state", "states", "republic", "union", "kingdom", "island", "islands", "federation", "emirates",
            "commonwealth", "principality", "territory", "colony", "nation", "land", "the"}
_SMALL = {"of", "the", "and", "for", "in", "on", "al", "el", "de", "du", "la", "le", "von", "van", "bin", "ibn", "y"}


def words(raw: str) -> str:
    """PHOENIX_STYLE_NAME_ -> 'Phoenix Style Name' (title case, small words lower)."""
    text = raw.strip().strip("_").replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip()
    out = []
    for i, w in enumerate(text.split(" ")):
        low = w.lower()
        if i and low in _SMALL:
            out.append(low)
        elif len(w) <= 4 and w.isupper() and (" " not in text or not any(c in "AEIOU" for c in w[1:])):
            out.append(w)  # acronyms such as NATO, FSB, UN stay upper case
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def phoenix_date(token: str) -> str | None:
    """YYMMDD (or YYYYMMDD) -> ISO date; two-digit years pivot at 30."""
    token = token.strip()
    if not token.isdigit():
        return None
    if len(token) == 6:
        yy = int(token[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        mm, dd = token[2:4], token[4:6]
    elif len(token) == 8:
        year, mm, dd = int(token[:4]), token[4:6], token[6:8]
    else:
        return None
    mm = mm if mm != "00" else "01"
    dd = dd if dd != "00" else "01"
    return f"{year:04d}-{mm}-{dd}"


def parse_role(code: str, dates: str) -> list | None:
    code = code.lstrip("~")
    code = _RECODE.get(code[:3], code[:3]) + code[3:]
    dates = dates.strip()
    if not dates:
        return [code, None, None]
    if dates.startswith(">"):
        return [code, phoenix_date(dates[1:]), None]
    if dates.startswith("<"):
        return [code, None, phoenix_date(dates[1:])]
    if "-" in dates:
        a, b = dates.split("-", 1)
        return [code, phoenix_date(a), phoenix_date(b)]
    return [code, phoenix_date(dates), None]


def parse_phoenix(path: Path, source: str) -> list[dict]:
    """Parse a Phoenix/PETRARCH actor dictionary into entries with names, aliases and roles."""
    entries: list[dict] = []
    current: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        roles = [parse_role(m["code"], m["dates"]) for m in _ROLE.finditer(stripped)]
        name_part = _ROLE.sub("", stripped).strip()
        if stripped.startswith("["):
            if current is not None:
                current["roles"].extend(r for r in roles if r)
            continue
        if stripped.startswith("+"):
            if current is not None and name_part[1:].strip():
                current["aliases"].append(words(name_part[1:]))
                current["roles"].extend(r for r in roles if r)
            continue
        if line[0].isspace():
            continue
        current = {"name": words(name_part), "aliases": [], "roles": [r for r in roles if r], "source": source}
        entries.append(current)
    return [e for e in entries if e["roles"] and e["name"]]


def country_of(code: str) -> str:
    return code[:3]


def build_phoenix(ref: Path) -> list[dict]:
    out: list[dict] = []
    files = [
        ("Phoenix.Countries.actors.txt", "phoenix-countries"),
        ("Phoenix.International.actors.txt", "phoenix-international"),
        ("Phoenix.MilNonState.actors.txt", "phoenix-milnonstate"),
    ]
    seen: set[str] = set()
    for fname, source in files:
        for entry in parse_phoenix(ref / "phoenix" / fname, source):
            codes = [r[0] for r in entry["roles"]]
            # Bare country entries (code = 3 letters, no sector) carry cities and rivers as
            # aliases; countries come from CountryInfo instead.
            if all(len(c) == 3 for c in codes) and not any(r[1] or r[2] for r in entry["roles"]):
                continue
            if any(c.startswith("---") and len(c) == 3 for c in codes):
                continue
            key = entry["name"].lower()
            if key in seen:
                continue
            seen.add(key)
            if any(c.startswith("MNC") for c in codes):
                continue  # multinational firms: not political actors, and too many to ship
            # Title-prefixed variants ("President X", "Russian Prime Minister X") are left out:
            # the resolver strips titles itself.
            aliases = sorted({a for a in entry["aliases"] if a and a.lower() != key
                              and not a.lower().endswith(" " + key) and a.split(" ")[0].lower() not in _TITLES})
            ends = [r[2] for r in entry["roles"] if r[2]]
            if ends and len(ends) == len([r for r in entry["roles"] if r[1] or r[2]]) and max(ends) < "1980":
                continue  # people whose every dated role ended before 1980
            row = {
                "id": "phx:" + re.sub(r"[^a-z0-9]+", "-", key).strip("-"),
                "name": entry["name"],
                "aliases": aliases,
                "roles": [" ".join([r[0], r[1] or "", r[2] or ""]).strip() if (r[1] or r[2]) else r[0]
                          for r in entry["roles"]],
            }
            out.append(row)
    return out


def build_agents(ref: Path) -> list[dict]:
    text = (ref / "phoenix" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    subs: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(?P<phrase>[^\[]+?)\s*\[~(?P<code>[A-Z]+)\]", line)
        if not m:
            continue
        phrases = [m["phrase"]]
        for marker, repl in subs.items():
            phrases = [p.replace(marker, r) for p in phrases for r in repl] if any(marker in p for p in phrases) else phrases
        forms = []
        for phrase in phrases:
            # "CATTLE_THIEF {CATTLE_THIEVES}": an irregular plural; "POLICE {}": none
            brace = re.match(r"^(?P<base>[^{]*?)\s*\{(?P<plural>[^}]*)\}\s*$", phrase)
            forms.extend([brace["base"], brace["plural"]] if brace else [phrase])
        for phrase in forms:
            if "!" in phrase or "," in phrase:
                continue
            clean = normalize(phrase.replace("_", " "))  # the lookup key tacitus.kb uses ("gen." -> "gen")
            if clean:
                rows.setdefault(clean, m["code"])
    return [{"phrase": p, "code": c} for p, c in sorted(rows.items())]


def _plurals(forms: list[str]) -> list[str]:
    """Plural nouns of the adjectival forms that take "-s" ("Albanian" -> "Albanians", "Iraqi" ->
    "Iraqis"): one word ending in -an or -i. "-ese" and "-ish" forms have none ("the Chinese");
    CountryInfo's nationality list also holds spellings of the name ("Hayastan"): their plurals
    are harmless keys no text uses."""
    return [f + "s" for f in forms if f.isalpha() and len(f) > 4 and f.endswith(("an", "i"))
            and not f.endswith(("stan", "man"))]  # "Afghanestan", "Englishman": spellings of names, -men


def build_countries(ref: Path) -> list[dict]:
    # Several rows share a code (Mayotte and Saint Barthelemy are FRA, Jersey is GBR): a row with a
    # state number (third column not 000) is the state itself, so its name beats a territory's;
    # otherwise the last row wins (the list puts the common name last: Russian Federation, Russia).
    codes: dict[str, str] = {}
    stated: set[str] = set()
    for line in (ref / "text_to_CAMEO" / "countrynames.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and len(parts[1]) == 3 and parts[1] != "---":
            code = _RECODE.get(parts[1], parts[1])
            state = len(parts) > 2 and parts[2].strip() not in ("", "000")
            if state or code not in stated:
                codes[code] = parts[0]
            if state:
                stated.add(code)
    text = (ref / "CountryInfo" / "CountryInfo.120116.txt").read_text(encoding="utf-8", errors="replace")
    out: list[dict] = []
    for block in text.split("<Country>\n")[1:]:
        # A commented-out tag ("#<CountryCode>[YUGMKD ...]" above the real one) is not a field.
        block = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("#"))
        fields: dict[str, str] = {}
        for m in _TAG.finditer(block):
            fields.setdefault(m["tag"], m["body"])
        code = (fields.get("CountryCode") or fields.get("ISO3166-alpha3") or "").strip()
        code = _RECODE.get(code, code)
        if len(code) != 3 or not code.isalpha():
            continue

        def items(tag: str, fields: dict[str, str] = fields) -> list[str]:
            lines = (line.split("#", 1)[0].strip() for line in (fields.get(tag) or "").splitlines())
            return [words(x) for line in lines for x in line.split() if x]

        name = codes.get(code) or words(fields.get("CountryName", code))
        nationality = items("Nationality")
        aliases = [a for a in [words(fields.get("CountryName", ""))] + nationality + _plurals(nationality)
                   if a and a != name and a.lower() not in _GENERIC]
        drop = _NOT_OF.get(code, set())
        out.append({
            "code": code,
            "name": name,
            "aliases": sorted({a for a in aliases if normalize(a) not in drop}),
            "capitals": [c for c in items("Capital") if normalize(c) not in drop],
            "cities": items("MajorCities"),
        })
    merged: dict[str, dict] = {}
    for row in out:  # a code listed twice (Kosovo after recoding): merge the names
        have_row = merged.setdefault(row["code"], row)
        if have_row is not row:
            for key in ("aliases", "capitals", "cities"):
                have_row[key] = list(dict.fromkeys(have_row[key] + row[key]))
            if row["name"] not in have_row["aliases"] and row["name"] != have_row["name"]:
                have_row["aliases"].append(row["name"])
    out = list(merged.values())
    have = {c["code"] for c in out}
    for code, name in codes.items():
        if code not in have:
            out.append({"code": code, "name": name, "aliases": [], "capitals": [], "cities": []})
    return sorted(out, key=lambda c: c["code"])


def write_jsonl(path: Path, rows: list[dict], header: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    log.info("wrote %s (%d rows, %d bytes)", path, len(rows), path.stat().st_size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", type=Path, default=DEFAULT_REF)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "countries.jsonl", build_countries(args.reference),
                "built by scripts/build_kb.py from CountryInfo (CC BY-SA 3.0) and text_to_CAMEO (MIT); see SOURCE.md")
    phoenix = build_phoenix(args.reference)
    people = [r for r in phoenix if any(" " in role for role in r["roles"])]
    others = [r for r in phoenix if not any(" " in role for role in r["roles"])]
    # Two files (countries A-L and M-Z of the first role) keep each under 2 MiB.
    for part, keep in (("a_l", lambda c: c < "M"), ("m_z", lambda c: c >= "M")):
        write_jsonl(args.out / f"phoenix_people_{part}.jsonl", [r for r in people if keep(r["roles"][0][:1])],
                    "built by scripts/build_kb.py from the Phoenix actor dictionaries (MIT); "
                    "roles 'CODE START END'; see SOURCE.md")
    write_jsonl(args.out / "phoenix_orgs.jsonl", others,
                "built by scripts/build_kb.py from the Phoenix actor dictionaries (MIT); see SOURCE.md")
    write_jsonl(args.out / "agents.jsonl", build_agents(args.reference),
                "built by scripts/build_kb.py from Phoenix.agents.txt (MIT); see SOURCE.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
