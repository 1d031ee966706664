"""Places stage: toponyms resolved with context, and event locations from the event's clause."""

from __future__ import annotations

from tacitus.gazetteer import distance_km
from tacitus.ingest import article_from_text
from tacitus.pipeline.places import event_location, find_places


def places_by_text(doc):
    return {m.text: m.place for m in doc._.tacitus_places}


def test_city_and_division_with_level_word(parse):
    doc = parse("Shelling hit Kharkiv overnight, and officials in the Zaporizhzhia region reported damage to homes.")
    places = places_by_text(doc)
    assert places["Kharkiv"].country == "UKR" and places["Kharkiv"].admin_level == "city"
    region = next(p for t, p in places.items() if t.startswith("Zaporizhzhia"))
    assert region.admin_level == "admin1" and region.precision == "admin1"


def test_every_place_carries_id_country_level_precision_rule(parse):
    doc = parse("Delegations from Canada and Brazil gathered in Nairobi on Tuesday.")
    assert len(doc._.tacitus_places) >= 3
    for m in doc._.tacitus_places:
        p = m.place
        assert p.feature_id and p.country and p.admin_level and p.precision and p.rule
        assert 0.0 < p.confidence <= 1.0
        assert m.label in ("GPE", "LOC", "FAC")


def test_article_context_resolves_ambiguous_names(parse):
    doc = parse("Storms flooded streets in Atlanta and Savannah. Officials across Georgia opened shelters.")
    georgia = places_by_text(doc)["Georgia"]
    assert georgia.country == "USA"
    assert any(alt.country == "GEO" for alt in georgia.alternatives)


def test_country_stays_a_country(parse):
    doc = parse("Georgia and Armenia signed a border agreement in Tbilisi.")
    assert places_by_text(doc)["Georgia"].country == "GEO"


def test_capital_used_as_metonym_is_still_a_place(parse):
    doc = parse("Moscow warned Warsaw against hosting the missiles.")
    places = places_by_text(doc)
    assert places["Moscow"].country == "RUS"
    assert places["Warsaw"].country == "POL"


def test_known_city_is_never_left_as_a_person(code):
    coded = code("Debris from the drones was collected after strikes on Kyiv and Odesa.")
    kyiv = [m for m in coded.mentions if m.text == "Kyiv"]
    assert kyiv and all(m.label != "PERSON" and m.place is not None for m in kyiv)
    assert kyiv[0].place.country == "UKR"


def trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_event_location_from_locative_phrase(parse):
    doc = parse("Rockets struck a market in Haifa on Sunday, police said.")
    tok = trigger(doc, "struck")
    place = event_location(doc, tok.sent, tok)
    assert place is not None and place.country == "ISR" and place.precision == "city"


def test_event_location_from_national_adjective_is_country_level(parse):
    doc = parse("The two defence ministers met at a Chinese naval base last week.")
    tok = trigger(doc, "met")
    place = event_location(doc, tok.sent, tok)
    assert place is not None
    assert place.country == "CHN" and place.precision == "country" and place.admin_level == "country"
    assert "demonym" in place.rule


def test_event_location_ignores_places_that_are_actors_or_directions(parse):
    doc = parse("Paris condemned the decision and sent aid to Lebanon.")
    tok = trigger(doc, "condemned")
    assert event_location(doc, tok.sent, tok) is None


def test_event_location_does_not_borrow_from_another_clause(parse):
    doc = parse("The spokesman said that soldiers were training in Belarus.")
    said = trigger(doc, "said")
    assert event_location(doc, said.sent, said) is None
    training = trigger(doc, "training")
    assert event_location(doc, training.sent, training).country == "BLR"


def test_find_places_is_a_pure_function_of_the_doc(parse):
    doc = parse("Floods cut roads between Lahore and Islamabad in Pakistan's Punjab province.")
    again = find_places(doc)
    assert [(m.start, m.end, m.place.feature_id) for m in again] == [
        (m.start, m.end, m.place.feature_id) for m in doc._.tacitus_places]
    punjab = next(m.place for m in again if m.text.startswith("Punjab"))
    assert punjab.country == "PAK" and punjab.admin_level == "admin1"


def test_dateline_city_is_context(nlp):
    text = "ATLANTA, Oct 16 (Reuters) - Officials in Georgia extended the state of emergency."
    art = article_from_text(text, id="t")
    doc = nlp.make_doc(text)
    doc._.tacitus_article = art
    doc = nlp(doc)
    georgia = [m.place for m in doc._.tacitus_places if m.text == "Georgia"]
    assert art.location and georgia and georgia[0].country == "USA"


def place_of(doc, text):
    return next(m.place for m in doc._.tacitus_places if m.text == text)


def test_town_followed_by_its_division(parse):
    doc = parse("The outbreak began in Austin, Indiana, where clinics ran out of test kits.")
    austin = place_of(doc, "Austin")
    assert austin.country == "USA" and distance_km(austin.lat, austin.lon, 38.76, -85.81) < 30
    assert place_of(doc, "Indiana").admin_level == "admin1"


def test_division_named_like_a_city_after_a_town(parse):
    doc = parse("Inspectors visited a dairy near Yakima, Washington, on Friday.")
    washington = place_of(doc, "Washington")
    assert washington.admin_level == "admin1" and washington.country == "USA"


def test_the_state_of_names_the_division(parse):
    doc = parse("The first case was found in the state of Washington in 2003.")
    assert place_of(doc, "Washington").admin_level == "admin1"


def test_a_list_of_states_keeps_its_members_states(parse):
    doc = parse("New cases were reported in Oregon, Utah, Washington and Wyoming last month.")
    assert place_of(doc, "Washington").admin_level == "admin1"


def test_a_list_is_not_read_as_town_and_division(parse):
    doc = parse("Officials are checking farms in Washington, Pennsylvania and California.")
    assert place_of(doc, "California").admin_level == "admin1"
    assert place_of(doc, "Pennsylvania").admin_level == "admin1"


def test_hyphenated_country_name_is_one_place(parse):
    doc = parse("Cholera spread to Guinea, Guinea-Bissau, Liberia and Mali this year.")
    assert place_of(doc, "Guinea-Bissau").country == "GNB"


def test_later_bare_name_keeps_the_earlier_reading(parse):
    doc = parse("Nine people died of fever in the Republic of Congo this month. Health workers in Congo "
                "asked for vaccines.")
    congo = [m.place for m in doc._.tacitus_places if m.text == "Congo"]
    assert congo and congo[0].country == "COG"
    assert any(alt.country == "COD" and 0 < alt.score < 1 for alt in congo[0].alternatives)


def test_small_town_after_a_preposition_in_a_country_of_the_article(parse):
    doc = parse("Kenyan officials said the clinic in Dadaab had treated refugees from Somalia.")
    dadaab = place_of(doc, "Dadaab")
    assert dadaab.country == "KEN" and dadaab.admin_level == "city"


def test_second_level_division_with_its_level_word(parse):
    doc = parse("Flooding closed schools across Bulacan province in the Philippines.")
    bulacan = next(m.place for m in doc._.tacitus_places if m.text.startswith("Bulacan"))
    assert bulacan.country == "PHL" and bulacan.admin_level == "admin2" and bulacan.precision == "admin2"
