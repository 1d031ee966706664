"""Places, round 12: border settlements and crossings too small for GeoNames' 500-people floor
are curated points in the build script (Eteringbang on the Cuyuni, Diboli on the Mali-Senegal
border); Jarinje sits at its crossing; Manchar Lake is a lake of Sindh.

Every sentence here is the project's own.
"""

from __future__ import annotations

import math

import pytest


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl, dp = math.radians(lon2 - lon1), p2 - p1
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Venezuelan troops crossed into Eteringbang, a village in Guyana, on Sunday.", "Eteringbang", "GUY", 6.7, -61.1),
    ("Gunmen fired on Guyanese soldiers near Eteringbang on Sunday.", "Eteringbang", "GUY", 6.7, -61.1),
    ("Serbian police closed the Jarinje crossing on Monday.", "Jarinje", "XKX", 43.22, 20.69),
    ("Militants blew up a bridge near Diboli, on the border with Senegal.", "Diboli", "MLI", 14.47, -12.2),
    ("Water from Manchar Lake flooded the town of Sehwan on Saturday.", "Manchar Lake", "PAK", 26.42, 67.68),
])
def test_small_border_places_are_found(code, text, name, country, lat, lon):
    places = [m.place for m in code(text).mentions if m.place is not None and name in m.text]
    assert places, f"{name} not found"
    p = places[0]
    assert p.country == country and km(p.lat, p.lon, lat, lon) < 25
