"""Places, round 21: curated from a held-out-style probe (points from the places' Wikipedia
articles, scripts/build_gazetteer.py): Tinzaouaten on the Mali-Algeria border, the Paria
peninsula, and presidential palaces that stand for where a head of state receives visitors
(Koulouba, Miraflores, the Casa Rosada, Planalto), North Mitrovica, Banjska and Oddar Meanchey;
"palace" joins a name as a feature noun; the first of two joined places is its whole name ("in
Zubin Potok and Leposavic"); a bare PERSON inside a place ("Jarinje" of "the Jarinje crossing") is
no second mention; a dash dateline's town ("KYIV - ") is the town, its dash left out; a hyphen news
adds to a closed name ("Petion-Ville" for Pétionville); Cite Soleil, Zalambessa, Fordow and Rustaveli
Avenue curated.

Every sentence here is the project's own.
"""

from __future__ import annotations


def _places(art):
    return {m.text: (m.place.name, m.place.country) for m in art.mentions if m.place is not None}


def _locations(art):
    return {e.trigger: (e.location.name if e.location else None) for e in art.events}


def test_a_border_town_under_another_spelling(code):
    art = code("Drones struck a market near Tin Zaouatene on Sunday, Malian officials said.")
    assert _places(art).get("Tin Zaouatene") == ("Tinzaouaten", "MLI")


def test_a_peninsula_needs_its_noun(code):
    art = code("A US destroyer sailed north of the Paria peninsula on Friday, Venezuelan officials said.")
    assert _places(art).get("Paria peninsula") == ("Paria Peninsula", "VEN")


def test_a_bare_name_of_a_town_elsewhere_stays_the_town(code):
    art = code("Floods cut the road to Paria in Bihar on Friday, Indian officials said.")
    assert _places(art).get("Paria", ("", ""))[1] != "VEN"


def test_a_palace_is_where_the_meeting_was(code):
    art = code("Mali's junta leader received the Russian envoy at Koulouba palace on Monday.")
    assert _locations(art).get("received") == "Koulouba Palace"


def test_a_palace_as_speaker_is_no_place(code):
    art = code("The Casa Rosada said on Monday that the president would travel to Chile.")
    assert "Casa Rosada" not in _places(art)


def test_a_mislabelled_town_listed_after_a_two_word_town(code):
    art = code("PRISTINA, Nov 14, 2024 (Wire) - Police detained five suspects in raids in Zubin Potok and "
               "Leposavic on Tuesday, Kosovo police said.")
    assert _places(art).get("Leposavic", ("", ""))[1] == "XKX"


def test_a_name_inside_a_crossing_is_no_second_person(code):
    art = code("Kosovo police stopped a suspect at the Jarinje crossing on Tuesday as he tried to cross into Serbia.")
    assert not [m for m in art.mentions if m.text == "Jarinje" and m.label == "PERSON"]
    assert any(m.text.startswith("Jarinje") and m.place is not None for m in art.mentions)


def test_curated_kosovo_and_cambodia_places(code):
    art = code("Serbs marched through North Mitrovica on Tuesday, and shells hit villages in Oddar Meanchey "
               "province, Kosovo and Cambodian officials said.")
    places = _places(art)
    assert places.get("North Mitrovica") == ("North Mitrovica", "XKX")
    assert any(c == "KHM" and n == "Oddar Meanchey" for n, c in places.values())


def test_a_dash_dateline_town_is_a_clean_place(code):
    art = code("KYIV - Russian forces shelled the city of Kharkiv on Monday, killing three people, "
               "Ukrainian officials said.")
    places = _places(art)
    assert places.get("KYIV") == ("Kyiv", "UKR")
    assert not [t for t in places if t.endswith("-")]


def test_a_hyphen_news_adds_to_a_closed_name(code):
    art = code("Thousands of residents fled toward Petion-Ville on Tuesday, Haitian officials said.")
    assert _places(art).get("Petion-Ville") == ("Pétionville", "HTI")


def test_curated_sites_and_towns_of_late_probes(code):
    art = code("A drone strike killed eight civilians in Cite Soleil last month, and jets struck a site near "
               "Fordow in June, while Ethiopian troops massed near Zalambessa.")
    places = _places(art)
    assert places.get("Cite Soleil", ("", ""))[1] == "HTI"
    assert places.get("Fordow", ("", ""))[1] == "IRN"
    assert places.get("Zalambessa", ("", ""))[1] == "ETH"
