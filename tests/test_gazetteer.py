"""The packaged gazetteer: size, lookups, ranking with context, and user overrides."""

from __future__ import annotations

import json

import pytest

from tacitus.errors import DataFileError
from tacitus.gazetteer import distance_km, index_lines, load_gazetteer, normalize_name
from tacitus.resources import data_file


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_packaged_files_are_small_and_listed():
    manifest = json.loads(data_file("gazetteer/MANIFEST.json").read_text())
    assert "countries.tsv" in manifest["files"] and "divisions.tsv" in manifest["files"]
    assert manifest["index"]
    total = 0
    for name in manifest["files"] + manifest["index"]:
        size = data_file(f"gazetteer/{name}").stat().st_size
        assert size < 2 * 1024 * 1024, name
        total += size
    assert total < 50 * 1024 * 1024
    assert (data_file("gazetteer/SOURCE.md")).exists()


def test_gazetteer_covers_countries_divisions_and_small_places(gaz):
    levels = {}
    for f in gaz.features:  # parses every packaged row: a malformed one raises DataFileError
        levels[f.level] = levels.get(f.level, 0) + 1
    assert levels["country"] >= 230
    assert levels["city"] >= 200_000
    assert levels["admin1"] >= 2_500
    assert levels["admin2"] >= 10_000


def test_packaged_index_is_sorted_and_points_at_rows(gaz):
    index = list(gaz._index)  # UTF-8 lines: bytes sort as the str lines do
    assert index == sorted(index)
    rows = {int(line.split(b"\t")[1]) for line in index[::997]}
    assert max(rows) < len(gaz)
    assert gaz.lookup("Kyiv")[0].feature.name == "Kyiv"


def test_index_lines_mark_names_alternates_and_shadowed_names():
    row = "x:1\tGeorgia (U.S. state)\tGa.|~Atlanta Region\t32.7\t-83.4\tUSA\tadmin1\t\t"
    assert index_lines(7, row) == ["georgia (us state)\t7\tP", "georgia\t7\tA", "ga\t7\tA", "atlanta region\t7\tS"]
    assert index_lines(3, "x:2\tSao Paulo\t\t-22\t-48\tBRA\tadmin1\t\tshadowed") == ["sao paulo\t3\tS"]


def test_small_places_and_second_level_divisions(gaz):
    village = gaz.lookup("Weiswampach")[0].feature
    assert village.country == "LUX" and village.level == "city" and (village.population or 0) < 5_000
    pandi = gaz.lookup("Pandi", context={"PHL": 1.0})[0].feature
    assert pandi.country == "PHL" and pandi.admin2 == "Bulacan"
    ecija = gaz.lookup("Nueva Ecija")[0].feature
    assert ecija.country == "PHL" and ecija.level == "admin2"
    assert distance_km(ecija.lat, ecija.lon, 15.6, 121.0) < 60
    county = gaz.lookup("Queen Anne's County")[0].feature
    assert county.level == "admin2" and county.admin1 == "Maryland"


def test_a_division_named_like_a_town_needs_a_level_word(gaz):
    assert gaz.lookup("Houston")[0].feature.level == "city"
    assert gaz.lookup("Houston", level="admin2", context={"USA": 1.0})[0].feature.level == "admin2"
    assert gaz.lookup("Sao Paulo")[0].feature.level == "city"
    state = gaz.lookup("Sao Paulo", level="admin1")[0].feature
    assert state.level == "admin1" and state.country == "BRA"
    # a division called by a generic word ("Western", Sri Lanka) is not found by that word alone
    assert not any(c.feature.id.startswith("geonames-admin") for c in gaz.lookup("Western"))
    assert any(c.feature.country == "LKA" for c in gaz.lookup("Western", level="admin1"))


def test_named_divisions_pick_among_towns_of_one_name(gaz):
    assert gaz.lookup("Austin", context={"USA": 1.0})[0].feature.admin1 == "Texas"
    inside = gaz.lookup("Austin", context={"USA": 1.0}, within={"indiana": 1.5, "scott": 1.5})[0].feature
    assert inside.admin1 == "Indiana"
    # ... but do not turn a state into a town of that name
    assert gaz.lookup("California", within={"pennsylvania": 1.5, "washington": 1.5})[0].feature.level == "admin1"


@pytest.mark.parametrize(
    ("name", "country", "level", "lat", "lon"),
    [
        ("Kyiv", "UKR", "city", 50.45, 30.52),
        ("Kiev", "UKR", "city", 50.45, 30.52),
        ("Donetsk Oblast", "UKR", "admin1", 48.0, 37.8),
        ("Kursk region", "RUS", "admin1", 51.6, 36.1),
        ("the U.S.", "USA", "country", 39.8, -98.6),
        ("Gaza Strip", "PSE", "admin1", 31.4, 34.4),
        ("Seoul", "KOR", "city", 37.57, 126.98),
    ],
)
def test_lookup_best_candidate(gaz, name, country, level, lat, lon):
    best = gaz.lookup(name)[0].feature
    assert best.country == country
    assert best.level == level
    assert distance_km(best.lat, best.lon, lat, lon) < 60


def test_implied_level_prefers_the_division(gaz):
    assert gaz.lookup("Kharkiv")[0].feature.level == "city"
    assert gaz.lookup("Kharkiv", level="admin1")[0].feature.level == "admin1"


def test_context_countries_break_ties(gaz):
    assert gaz.lookup("Georgia")[0].feature.country == "GEO"
    assert gaz.lookup("Georgia", context={"USA": 1.0})[0].feature.country == "USA"


def test_unknown_name_gives_nothing(gaz):
    assert gaz.lookup("Qwxzzy Plateau") == []


def test_normalize_and_demonyms(gaz):
    assert normalize_name("the U.S.") == "us"
    assert normalize_name("Kraków") == "krakow"
    assert gaz.demonym("Russian") == "RUS"
    assert gaz.demonym("North Korean") == "PRK"
    assert gaz.country("UKR").level == "country"


def test_user_gazetteer_override(tmp_path):
    header = "id\tname\talternates\tlat\tlon\tcountry\tlevel\tpopulation\tflags\n"
    (tmp_path / "places.tsv").write_text(header + "x:1\tNewtown\tNew Town\t10.0\t20.0\tXYZ\tcity\t5000\t\n")
    (tmp_path / "MANIFEST.json").write_text(json.dumps({"files": ["places.tsv"]}))
    gaz = load_gazetteer(tmp_path)
    assert len(gaz) == 1
    assert gaz.lookup("new town")[0].feature.id == "x:1"


def test_bad_row_names_file_and_line(tmp_path):
    header = "id\tname\talternates\tlat\tlon\tcountry\tlevel\tpopulation\tflags\n"
    (tmp_path / "bad.tsv").write_text(header + "x:1\tNowhere\t\tnorth\t20.0\tXYZ\tcity\t\t\n")
    (tmp_path / "MANIFEST.json").write_text(json.dumps({"files": ["bad.tsv"]}))
    with pytest.raises(DataFileError, match="bad.tsv, line 2"):
        load_gazetteer(tmp_path)
