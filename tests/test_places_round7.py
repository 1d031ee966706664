"""Places, round 7: a river, lake or delta says so in the lookup (`Feature.kind`), in the place
record (`Place.feature_kind`) and in the JSON output; a name the article gives a disease is no
place ("Reston ebolavirus", "imported Marburg"); a word of a person's name the article gives in
full is that person when written alone ("Maya Harden ... Harden was").

Every sentence here is the project's own.
"""

from __future__ import annotations

import json
from datetime import date

from tacitus.gazetteer import load_gazetteer
from tacitus.records import CodedArticle, Place, coded_article_to_dict


def places(doc) -> dict[str, Place]:
    return {m.text: m.place for m in doc._.tacitus_places if m.place is not None}


# --- the kind of a natural feature ------------------------------------------------------------


def test_lookup_says_what_a_water_feature_is():
    gaz = load_gazetteer()
    assert gaz.lookup("Dnipro River")[0].feature.kind == "river"
    assert gaz.lookup("Lake Victoria")[0].feature.kind == "lake"
    assert gaz.lookup("Danube Delta")[0].feature.kind == "delta"
    # a town, a division and a country are no natural feature
    for name in ("Kherson", "Kherson Oblast", "Ukraine"):
        assert gaz.lookup(name)[0].feature.kind == ""


def test_place_records_and_json_carry_the_kind(code):
    coded = code("Ukrainian troops crossed the Dnipro River near Kherson on Tuesday, the army said.",
                 date(2024, 10, 16))
    by_text = {m.text: m.place for m in coded.mentions if m.place is not None}
    river = next(p for t, p in by_text.items() if "Dnipro" in t)
    assert river.feature_kind == "river"
    assert by_text["Kherson"].feature_kind is None
    data = json.loads(json.dumps(coded_article_to_dict(coded)))
    kinds = {m["text"]: m["place"]["feature_kind"] for m in data["mentions"] if m.get("place")}
    assert "river" in kinds.values() and kinds["Kherson"] is None
    # and it survives the round trip through JSON
    again = CodedArticle.from_dict(data)
    assert any(m.place and m.place.feature_kind == "river" for m in again.mentions)


def test_an_old_record_without_the_kind_still_loads(code):
    coded = code("Flooding on the Lake Victoria shore displaced families in Kisumu.", date(2024, 10, 16))
    data = coded_article_to_dict(coded)
    for m in data["mentions"]:
        if m.get("place"):
            m["place"].pop("feature_kind")
    again = CodedArticle.from_dict(data)
    assert all(m.place.feature_kind is None for m in again.mentions if m.place)


# --- names that are not places here -----------------------------------------------------------


def test_a_disease_named_after_a_place_is_no_place(parse):
    doc = parse("Pigs on two farms carried the Reston ebolavirus, officials said. Doctors fear Marburg "
                "haemorrhagic fever more. Because Marburg kills slowly, an imported Marburg case can spread.")
    found = places(doc)
    assert not any("Reston" in t or "Marburg" in t for t in found), found


def test_the_disease_name_is_a_place_where_the_text_says_so(parse):
    doc = parse("The Reston ebolavirus was first found in monkeys shipped to Reston, Virginia. "
                "Later the strain turned up at a lab in Reston.")
    found = [m for m in doc._.tacitus_places if m.place is not None and m.text == "Reston"]
    assert len(found) == 2 and all(m.place.country == "USA" for m in found)


def test_a_large_city_in_a_disease_name_stays_a_place_elsewhere(parse):
    doc = parse("The Hong Kong fever scare faded. Officials in Hong Kong lifted the warning, and Hong Kong "
                "schools reopened on Monday.")
    assert sum(1 for m in doc._.tacitus_places if m.text == "Hong Kong" and m.place is not None) >= 2


def test_a_persons_name_written_alone_is_the_person(parse):
    doc = parse("Maya Harden, a schoolgirl, fell ill last week. According to the local station, Harden who "
                "attended fourth grade at a city school had been admitted on Friday.")
    assert "Harden" not in places(doc)
    doc = parse('Senator Dunn thanked Socorro Molina for speaking. "Thank you, Socorro. I know it is hard," '
                "he said in Sacramento.")
    found = places(doc)
    assert "Socorro" not in found and "Sacramento" in found, found


def test_a_persons_name_is_a_place_where_the_text_says_so(parse):
    doc = parse("Ray Lincoln, a farmer, was arrested in Lincoln on Friday.")
    assert [m.text for m in doc._.tacitus_places if m.place is not None] == ["Lincoln"]
