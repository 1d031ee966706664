"""Places, round 15: transliteration variants. A town that news spells otherwise than GeoNames
("Qalqilya" for Qalqilyah, "Deir al-Balah" for Dayr al Balah, "Kyaukphyu" for Kyaukpyu) is
found by its skeleton (tacitus.gazetteer.skeleton), only when no name or alternate matches,
only in a country of the article's context (or, without context, a town of 10,000 or more).

Every sentence here is the project's own.
"""

from __future__ import annotations

import pytest

from tacitus.gazetteer import load_gazetteer, normalize_name, skeleton


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("news, geonames", [
    ("Deir al-Balah", "Dayr al Balaḩ"), ("Deir el-Balah", "Deir al-Balah"), ("Qalqilya", "Qalqīlyah"),
    ("Kyaukphyu", "Kyaukpyu"), ("Nabatiyeh", "An Nabaţīyah"), ("Beit Lahia", "Bayt Lāhiyā"),
    ("Khan Younis", "Khān Yūnis"), ("Kurakhovo", "Kurakhove"), ("Deir Ezzor", "Deir ez-Zor"), ("Sa'dah", "Saada"),
])
def test_spellings_share_a_skeleton(news, geonames):
    assert skeleton(normalize_name(news)) == skeleton(normalize_name(geonames))


@pytest.mark.parametrize("a, b", [("Gaza", "Giza"), ("Homs", "Hama"), ("Tulkarm", "Tubas"), ("Mosul", "Basra")])
def test_different_towns_keep_different_skeletons(a, b):
    assert skeleton(normalize_name(a)) != skeleton(normalize_name(b))


def test_a_skeleton_is_its_own_skeleton():
    for name in ("Ras al-Khaimah", "Zaporizhzhya", "Al Ḩudaydah", "Novoselivske", "Aaïtanît"):
        key = skeleton(normalize_name(name))
        assert skeleton(key) == key


@pytest.mark.parametrize("name, country, town", [
    ("Qalqilya", "PSE", "Qalqīlyah"), ("Deir al-Balah", "PSE", "Dayr al Balaḩ"), ("Kyaukphyu", "MMR", "Kyaukpyu"),
    ("Bani Suhaila", "PSE", "Banī Suhaylā"), ("Deir Ezzor", "SYR", "Deir ez-Zor"),
])
def test_a_variant_in_the_articles_country(gaz, name, country, town):
    best = gaz.lookup(name, context={country: 1.0})[0]
    assert (best.feature.name, best.matched) == (town, "variant")


def test_a_variant_outside_the_articles_countries_is_dropped(gaz):
    assert gaz.lookup("Bani Suhaila", context={"USA": 1.0, "CAN": 1.0}) == []


def test_an_exact_name_or_alternate_wins(gaz):
    assert gaz.lookup("Kyaukpyu", context={"MMR": 1.0})[0].matched == "name"
    assert gaz.lookup("Kurakhovo", context={"UKR": 1.0})[0].matched == "alternate"  # listed by GeoNames
    assert all(c.matched != "variant" for c in gaz.lookup("Zaporozhye", context={"UKR": 1.0}))


@pytest.mark.parametrize("name", ["Hezbollah", "Biden", "Tine", "Main Street"])
def test_no_variant_for_names_that_are_no_town(gaz, name):
    assert not any(c.matched == "variant" for c in gaz.lookup(name, context={"LBN": 1.0, "USA": 1.0, "TCD": 1.0}))


def places(code, text: str) -> dict[str, tuple[str, str | None]]:
    art = code(text)
    return {m.text: (m.place.name, m.place.country) for m in art.mentions if m.place is not None}


@pytest.mark.parametrize("text, mention, country", [
    ("Israeli soldiers raided Nablus and Qalqilya in the West Bank before dawn.", "Qalqilya", "PSE"),
    ("Medics in Gaza said an air strike hit a house in Deir al-Balah overnight.", "Deir al-Balah", "PSE"),
    ("Syrian state media said a car bomb exploded in Deir Ezzor, in eastern Syria.", "Deir Ezzor", "SYR"),
])
def test_a_variant_spelling_in_a_story(code, text, mention, country):
    assert places(code, text).get(mention, (None, None))[1] == country


def test_an_exact_town_is_kept_in_a_story(code):
    found = places(code, "Ukrainian troops held their lines near Pokrovsk and Kurakhove, the army said.")
    assert found["Pokrovsk"] == ("Pokrovsk", "UKR")


def test_no_variant_town_in_a_story_about_elsewhere(code):
    # a surname that looks like a Gaza town's other spelling, in a story about the United States
    found = places(code, "Senator Alan Suhaila told reporters in Ohio that the bill would pass.")
    assert all(country in (None, "USA") for _, country in found.values())
