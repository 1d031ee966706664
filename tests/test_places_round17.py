"""Places, round 17: Armenia's provinces under their bare names (GeoNames writes "Syunik'i
Marz"); St Vincent as the island state; curated towns, regions and a river GeoNames lacks or
spells otherwise (Maungdaw, Balcad, Ramree Island, Middle/Lower Shabelle, the Naf).

Every sentence here is the project's own. Curated coordinates: scripts/build_gazetteer.py
(ADMIN1 and WATERS, with their sources).
"""

from __future__ import annotations

import pytest

from tacitus.gazetteer import load_gazetteer


@pytest.mark.parametrize("name, level, iso3, kind", [
    ("Syunik", "province", "ARM", "admin1"), ("Tavush", "province", "ARM", "admin1"),
    ("Middle Shabelle", None, "SOM", "admin1"), ("Lower Shabelle", None, "SOM", "admin1"),
    ("Maungdaw", None, "MMR", "city"), ("Balcad", None, "SOM", "city"), ("Ramree Island", None, "MMR", "region"),
    ("St Vincent", None, "VCT", "country"),
])
def test_names_found(name, level, iso3, kind):
    best = load_gazetteer().lookup(name, level=level, limit=1)
    assert best and (best[0].feature.country, best[0].feature.level) == (iso3, kind)


def test_the_naf_is_a_border_river():
    best = load_gazetteer().lookup("Naf River", limit=1)[0].feature
    assert best.kind == "river" and set(best.countries) == {"MMR", "BGD"}


def test_balad_stays_the_iraqi_town():
    # Balcad's curated entry must not take the name of another country's larger town
    best = load_gazetteer().lookup("Balad", limit=1)
    assert best and best[0].feature.country == "IRQ"


def test_provinces_in_text(code):
    art = code("Shelling was reported in Syunik province and in Middle Shabelle on the same day.")
    found = {m.text: m.place.country for m in art.mentions if m.place is not None}
    assert found.get("Syunik province") == "ARM" and found.get("Middle Shabelle") == "SOM"
