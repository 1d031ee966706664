"""The actor knowledge base: every row loads, codes are known, offices do not overlap, counts are
pinned, date-aware resolution of free-standing actor strings, user files and their errors."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.errors import DataFileError
from tacitus.kb import (
    DEFUNCT_STATES,
    REGIONS,
    SECTORS,
    ActorKB,
    Entry,
    load_kb,
    normalize,
    read_actor_file,
    resolve_text,
    split_code,
)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_packaged_row_loads_with_pinned_counts(kb):
    """Counts of every packaged source and of each kind in facts.yaml: adding or losing rows
    must be deliberate (update these when the data changes)."""
    by_source: dict[str, int] = {}
    for e in kb.entries:
        by_source[e.source] = by_source.get(e.source, 0) + 1
    assert len(kb.countries) == 216
    assert by_source == {"phoenix": 20_676, "facts": 1_741, "countries": 1_393}
    assert sum(1 for e in kb.entries if e.source == "phoenix" and e.kind == "person") == 17_632
    facts = read_actor_file("facts.yaml", source="facts")
    kinds: dict[str, int] = {}
    for e in facts:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    # round 8: the UN human rights office (OHCHR) and UNDP; round 9: nine dailies, two East Timor parties;
    # round 16: ten monarchs whose reigns ended or began, Jordan's crown prince; round 17: the
    # Soviet demonym, two agent nouns; round 18: Mali's foreign minister Abdoulaye Diop; round 19: two
    # Afghan armed groups, four commercial banks named "Bank of <place>"; round 30: the Alliance of Sahel States;
    # round 35: eight seats of government (Miraflores, Casa Rosada ...); round 36: ECOWAS's Omar Touray;
    # round 37: the Caribbean Community (CARICOM)
    assert kinds == {"agent": 35, "capital": 3, "collective": 21, "demonym": 123, "government": 42, "group": 98,
                     "igo": 74, "media": 120, "organisation": 330, "person": 783, "weapon": 112}
    assert len(kb.agents) == 3_792  # round 36: army/military/navy commanders, defence and military chiefs, finance, trade, economy, energy, health, justice ministers, foreign secretary; round 35: army, navy, air force officials, patrol boats, gunboats; round 30: air defences (six phrases, with their spelling variants); round 29: think tanks, merchant carriers (bulk, car, LNG, gas, ore); round 4: lay civilians (worshippers, ...), coalitions; round 6: state outlets, councils, civil society; round 14: trade representative; round 15: captors, cartel members, federal agents; round 17: car, truck and suicide bombers, hospital staff, student leaders, political prisoners; round 23: editors, publishers, bloggers, writers, authors, dissidents; round 24: aid officials and groups, relief workers, military advisers and instructors, opposition candidates, State House
    assert len(facts) == by_source["facts"]


def test_country_names_are_the_states_not_their_territories(kb):
    """The CAMEO list maps territories to their state (Saint Barthelemy -> FRA); the state's own
    name must win (the territory stays an alias in the data)."""
    assert kb.countries["FRA"].name == "France"
    assert kb.countries["GBR"].name == "United Kingdom"


def test_codes_are_known(kb):
    countries = set(kb.countries) | REGIONS | set(DEFUNCT_STATES)  # the Soviet Union, with its dates
    for e in kb.entries:
        if e.country and e.source != "phoenix":
            assert e.country in countries, (e.id, e.country)
        elif e.country:
            assert len(e.country) == 3 and e.country.isupper(), (e.id, e.country)  # Phoenix keeps historic states (DDR)
        if e.sector:
            assert e.sector[:3] in SECTORS, (e.id, e.sector)
        for role in e.roles:
            country, sector = split_code(role.code)
            if e.source != "phoenix":
                assert country is None or country in countries, (e.id, role.code)
                assert sector is None or sector in SECTORS, (e.id, role.code)
    assert all(code[:3] in SECTORS for code in kb.agents.values())


def test_no_overlapping_terms_for_one_office_in_facts():
    """One person cannot hold the same office twice at once, and one office (country + title)
    cannot have two holders at once."""
    facts = [e for e in read_actor_file("facts.yaml", source="facts") if e.kind == "person"]
    holders: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for e in facts:
        for r in e.roles:
            title = r.title.split(",")[0].strip().lower()
            if title in ("prime minister", "president", "foreign minister", "defence minister", "chancellor",
                         "supreme leader", "secretary of state", "secretary of defense"):
                holders.setdefault((r.code[:3], title), []).append(
                    (r.start or date.min, r.end or date.max, e.name))
    checked = 0
    for (country, title), terms in holders.items():
        terms.sort()
        for (_s1, e1, n1), (s2, _e2, n2) in zip(terms, terms[1:], strict=False):
            checked += 1
            assert s2 >= e1 or n1 == n2, f"{country} {title}: {n1} until {e1} overlaps {n2} from {s2}"
    assert checked > 50


def test_names_are_unique_within_facts():
    seen: dict[tuple[str, str], str] = {}
    for e in read_actor_file("facts.yaml", source="facts"):
        key = (normalize(e.name), e.kind)
        assert key not in seen, f"{e.name} twice in facts.yaml"
        seen[key] = e.id


@pytest.mark.parametrize("text, when, country, sector", [
    ("Vladimir Putin", date(2009, 3, 1), "RUS", "GOV"),
    ("Vladimir Putin", date(2015, 3, 1), "RUS", "GOV"),
    ("Vladimir Putin", date(1999, 1, 10), "RUS", "SPY"),
    ("Prime Minister of Russia", None, "RUS", "GOV"),
    ("the Russian Defense Ministry", None, "RUS", "GOV"),
    ("Ukrainian officials", None, "UKR", "GOV"),
    ("Ukrainian military sources", None, "UKR", "MIL"),
    ("North Korean soldiers", None, "PRK", "MIL"),
    ("the Russian Parliament", None, "RUS", "LEG"),
    ("The Washington Post", None, "USA", "MED"),
    ("The Times", None, "GBR", "MED"),
    ("Kim Jong Un", date(2024, 1, 1), "PRK", "GOV"),
    ("Zelenskyy", date(2024, 1, 1), "UKR", "GOV"),
    ("Andrei Belousov", date(2025, 1, 1), "RUS", "GOV"),
    ("Dmitry Peskov", date(2024, 1, 1), "RUS", "GOV"),
    ("Yoon Suk Yeol", date(2023, 1, 1), "KOR", "GOV"),
    ("Lee Jae-myung", date(2023, 1, 1), "KOR", "OPP"),
    ("Lee Jae-myung", date(2025, 8, 1), "KOR", "GOV"),
    ("Keir Starmer", date(2022, 1, 1), "GBR", "OPP"),
    ("the Kremlin", None, "RUS", "GOV"),
    ("Pyongyang", None, "PRK", "GOV"),
    ("Russia", None, "RUS", None),
    ("North Korean", None, "PRK", None),
    ("Hamas", None, "PSE", "REB"),
    ("Shanghai police", None, "CHN", "COP"),
    ("Defense Minister", "German", "DEU", "GOV"),
    ("Chinese Foreign Ministry spokesman", None, "CHN", "GOV"),
    ("Deputy Secretary Blinken", date(2016, 1, 1), "USA", "GOV"),
    ("Muslim clerics", None, None, "REL"),
    ("Saudi-led coalition", None, "SAU", "MIL"),
])
def test_resolve_text(text, when, country, sector):
    context = when if isinstance(when, str) else None
    when = when if isinstance(when, date) else None
    actor = resolve_text(text, date=when, context=context)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector), actor


def test_resolution_records_its_evidence():
    actor = resolve_text("Vladimir Putin", date=date(2010, 1, 1))
    assert actor.kb_id and actor.rule.startswith("kb") and 0 < actor.confidence <= 1
    assert actor.role == "prime minister"
    assert actor.code == "RUSGOV"


def test_former_leader_is_elite():
    actor = resolve_text("Boris Johnson", date=date(2024, 1, 1))
    assert (actor.country, actor.sector) == ("GBR", "ELI")


def test_igo_has_no_country_and_keeps_its_code():
    actor = resolve_text("NATO")
    assert actor.country is None and actor.code.startswith("IGO")


def test_weapon_has_origin_country():
    actor = resolve_text("Storm Shadow")
    assert (actor.kind, actor.country) == ("weapon", "GBR")


def test_nothing_known_is_none():
    assert resolve_text("the weather") is None
    assert resolve_text("") is None


def test_user_yaml_extends_the_kb(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- name: Marta Quillfeather\n"
        "  aliases: [Quillfeather]\n"
        "  kind: person\n"
        "  country: CHL\n"
        "  roles: ['CHLGOV 2020-01-01 - interior minister']\n"
        "- {name: Brightwater Collective, kind: group, country: PER, sector: REB}\n",
        encoding="utf-8",
    )
    kb = load_kb(str(path))
    actor = kb.resolve_text("Marta Quillfeather", date=date(2024, 5, 1))
    assert (actor.country, actor.sector, actor.role) == ("CHL", "GOV", "interior minister")
    assert kb.resolve_text("Brightwater Collective").code == "PERREB"
    assert resolve_text("Brightwater Collective") is None  # the default KB is untouched


def test_user_csv_extends_the_kb(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name,aliases,kind,country,sector,roles\n"
        "Harbour Watch Radio,HWR,media,NZL,MED,\n"
        "Oskar Lindqvale,Lindqvale,person,SWE,,SWEMIL 2019-01-01 - army chief\n",
        encoding="utf-8",
    )
    kb = load_kb(str(path))
    assert kb.resolve_text("Harbour Watch Radio").code == "NZLMED"
    assert kb.resolve_text("Lindqvale", date=date(2022, 1, 1)).code == "SWEMIL"


@pytest.mark.parametrize("suffix, body, line", [
    (".yaml", "- {name: Good One, kind: group, country: FRA, sector: REB}\n- {name: Bad One, kind: group, country: France}\n", 2),
    (".yaml", "- {name: A, kind: person, country: FRA, roles: ['FRAGOV 2020-13-01 - minister']}\n", 1),
    (".yaml", "- {name: A, kind: spaceship}\n", 1),
    (".csv", "name,kind,country,sector\nGood,group,FRA,REB\nBad,group,FRA,XYZ\n", 3),
])
def test_bad_user_file_names_file_and_line(tmp_path, suffix, body, line):
    path = tmp_path / f"bad{suffix}"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_kb(str(path))
    assert str(path) in str(err.value)
    assert f"line {line}" in str(err.value)


def test_missing_user_file_is_a_clear_error(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        load_kb(str(tmp_path / "nope.yaml"))


def test_ngec_dev_suite_figures(shared):
    """Country and sector accuracy on the NGEC dev half, scored as `tacitus eval ngec_actors`
    scores it (targets: 0.90 / 0.80)."""
    import json

    from tacitus.evaluate.actors import reference_date, resolve_all, score_actors

    rows = [json.loads(line) for line in (shared / "suites" / "ngec_actors" / "dev.jsonl").read_text().splitlines()]
    cases = [r for r in rows if r["country"] is not None or r["sector"] is not None]
    figures = score_actors(cases, resolve_all(cases, resolve_text, today=reference_date(rows)))["figures"]
    # Measured 0.943 / 0.887 (2026-11-30); the misses left need people the KB lacks (a singer,
    # a Chinese citizen) or follow NGEC choices that contradict others in the same file.
    assert figures["country_accuracy"] >= 0.90
    assert figures["sector_accuracy"] >= 0.80


# --- PLOVER conventions and general rules -----------------------------------------------------

@pytest.mark.parametrize("text, country, sector, code", [
    ("Abkhazia", "GEO", "PRE", "GEOPRE"),                      # partially recognised: claimant + PRE
    ("Transnistrian officials", "MDA", "GOV", "MDAGOVPRE"),
    ("a breakaway region", None, "PRE", "---PRE"),
    ("pro-government paramilitaries", None, "PRM", "---PRM"),
    ("an opposition lawmaker", None, "LEG", "---LEGOPP"),      # OPP is the secondary code
    ("International Court of Justice", None, "JUD", "IGOUNOJUDICJ"),  # the IGO's role from its code
    ("spokesman for Hamas", "PSE", "REB", "PSEREB"),           # a title takes its organisation
    ("President of the Ruritanian Human Rights League", None, "HRI", "---HRI"),
    ("He", None, "UNK", "---UNK"),                             # PLOVER's generic unidentified actor
    ("two men", None, "UNK", "---UNK"),
    ("Islamic State", None, "REB", "IMGMUSISI"),
    ("Ukraine's Security Service", "UKR", "SPY", "UKRSPY"),      # a generic name after another country
    ("Yoon", "KOR", "GOV", "KORGOV"),                          # a family name written first
])
def test_plover_conventions(text, country, sector, code):
    actor = resolve_text(text, date=date(2024, 1, 1))
    assert (actor.country, actor.sector, actor.code) == (country, sector, code), actor


def test_gazetteer_place_gives_the_country_the_kb_lacks():
    assert resolve_text("Rakhine villagers").code == "MMRCVL"  # a region right before an agent noun
    assert resolve_text("Puerto Penasco").country == "MEX"      # a town as the whole string
    assert resolve_text("Sen. Feliciano Valencia").country is None  # a place inside a name is not a country


def test_phoenix_agent_nouns_are_lookup_keys(kb):
    assert kb.agent_sector("Gen.") == "MIL" and kb.agent_sector("Brig. Gen.") == "MIL"
    assert kb.agent_sector("cattle thieves") == "CRM"      # the plural Phoenix writes in braces
    assert not any("{" in k or "." in k for k in kb.agents)


def test_parties_share_an_acronym_and_the_context_chooses():
    assert resolve_text("the PRD", context="Mexican").country == "MEX"
    assert resolve_text("the PRD", context="Dominican").country == "DOM"
    assert resolve_text("PRI").code == "MEXPTY"


# --- how the NGEC scorer reads the gold ---------------------------------------------------------

def test_scorer_translates_cameo_sectors_to_plover():
    from tacitus.evaluate.actors import plover_sectors, score_actors
    from tacitus.records import Actor

    assert plover_sectors("HLH") == "MED" and plover_sectors("GOVMED") == "GOVJRN" and plover_sectors(None) == ""
    gold = [{"id": "a", "text": "paramedic", "country": None, "sector": "MED"},
            {"id": "b", "text": "state news agency", "country": None, "sector": "JRN"}]
    preds = [Actor(text="paramedic", sector="HLH"), Actor(text="state news agency", sector="MED")]
    assert score_actors(gold, preds)["figures"]["sector_accuracy"] == 1.0


def test_scorer_countries_of_organisations():
    from tacitus.evaluate.actors import actor_country
    from tacitus.records import Actor

    assert actor_country(Actor(text="x", code="IGOUNOJUDICJ")) == "UNO"
    assert actor_country(Actor(text="x", code="IGOJUDICC")) == "IGO"   # JUD is a role, not a bloc
    assert actor_country(Actor(text="x", code="NGOHLHIRC")) is None    # NGEC: NGO is a sector
    assert actor_country(Actor(text="x", code="IMGMUSISI")) == "IMG"


def test_scorer_dates_and_known_country():
    from tacitus.evaluate.actors import reference_date, resolve_all

    rows = [{"text": "a", "date": "2021-01-01"}, {"text": "b", "date": None, "known_country": "Mexico"},
            {"text": "c", "date": "2022-10-01", "context": "Somali"}]
    assert reference_date(rows) == date(2022, 10, 1)
    seen = []
    resolve_all(rows, lambda text, date=None, context=None: seen.append((text, date, context)), today=date(2022, 10, 1))
    assert seen == [("a", date(2021, 1, 1), None), ("b", date(2022, 10, 1), "Mexico"), ("c", date(2022, 10, 1), "Somali")]


def test_build_script_reproduces_the_packaged_files(shared, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(root / "scripts" / "build_kb.py"), "--reference",
                    str(shared / "reference" / "original"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    packaged = root / "src" / "tacitus" / "data" / "actors"
    for name in ("countries.jsonl", "phoenix_people_a_l.jsonl", "phoenix_people_m_z.jsonl", "phoenix_orgs.jsonl",
                 "agents.jsonl"):
        assert (tmp_path / name).read_bytes() == (packaged / name).read_bytes(), name
        assert (packaged / name).stat().st_size < 2 * 1024 * 1024


@pytest.mark.parametrize("text, key", [
    ("Kim Jong-un", "kim jong un"),
    ("  Kim  Jong ", "kim jong"),  # plain ASCII words: only lower-cased and single-spaced
    ("NATO", "nato"),
    ("Russia's", "russia"),
    ("O'Brien", "obrien"),
    ("U.S.", "u s"),
    ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ("Hamas’s", "hamas"),
    ("x\ty", "x y"),
    (" ", ""),
])
def test_normalize_keys(text, key):
    assert normalize(text) == key


def test_begins_name_at_word_boundaries_or_anywhere():
    kb = ActorKB([Entry(id="t:1", name="Harbour Watch Radio", kind="media")], [], {})
    assert kb.begins_name("harbour") and kb.begins_name("harbour watch") and kb.begins_name("harbour watch radio")
    assert not kb.begins_name("harbour wat")
    assert kb.begins_name("harbour wat", whole_words=False)  # the next token may be glued on ("Wat-ch")
    assert not kb.begins_name("watch") and not kb.begins_name("watch", whole_words=False)
    kb.extend([Entry(id="t:2", name="Quillfeather Institute", kind="organisation", source="user")])
    assert kb.begins_name("quillfeather") and kb.begins_name("quill", whole_words=False)  # rebuilt after extend


def test_agent_phrases_after_extend():
    """agent_sector skips phrases whose leading words start no agent phrase; that set follows
    the KB when a user's file adds agent nouns."""
    kb = ActorKB([], [], {"riot squad": "COP"})
    assert kb.agent_sector("riot squads") == "COP"
    assert kb.agent_sector("the riot squads") is None and kb.agent_sector("harbour wardens") is None
    kb.extend([Entry(id="u:1", name="harbour warden", kind="agent", sector="COP", source="user")])
    assert kb.agent_sector("Harbour Wardens") == "COP"
