"""The packaged gazetteer: size, lookups, ranking with context, and user overrides."""

from __future__ import annotations

import json

import pytest

from tacitus.errors import DataFileError
from tacitus.gazetteer import distance_km, load_gazetteer, normalize_name
from tacitus.resources import data_file


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_packaged_files_are_small_and_listed():
    manifest = json.loads(data_file("gazetteer/MANIFEST.json").read_text())
    assert "countries.tsv" in manifest["files"] and "divisions.tsv" in manifest["files"]
    for name in manifest["files"]:
        assert data_file(f"gazetteer/{name}").stat().st_size < 2 * 1024 * 1024, name
    assert (data_file("gazetteer/SOURCE.md")).exists()


def test_gazetteer_covers_countries_divisions_and_cities(gaz):
    levels = {}
    for f in gaz.features:
        levels[f.level] = levels.get(f.level, 0) + 1
    assert levels["country"] >= 230
    assert levels["city"] >= 60_000
    assert levels["admin1"] >= 150


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
