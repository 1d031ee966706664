"""Round 33: a name the parser sets beside the post's place ("X's envoy in <city>, Name,") takes
the office's state; a known body followed by a country's name is that country's chapter
("Transparency International Georgia"); a capitalised "<Nouns>' Association" is one body.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc


def _codes(nlp, text: str) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None)
            for m in actor_doc(nlp, text, date(2025, 9, 4))._.tacitus_actors}


def test_a_states_envoy_in_a_city_gives_the_apposed_name_its_state(nlp):
    codes = _codes(nlp, "Norway's envoy in Geneva, Lars Ostby, said the talks had stalled.")
    assert codes.get("Lars Ostby") == "NORGOV"


def test_an_unowned_envoy_in_a_city_gives_no_state(nlp):
    # must not fire: no state owns the office, so the name keeps no country
    codes = _codes(nlp, "An envoy in Geneva, Lars Ostby, said the talks had stalled.")
    assert not (codes.get("Lars Ostby") or "").startswith("NOR")


def test_a_known_body_followed_by_a_country_is_its_national_chapter(nlp):
    codes = _codes(nlp, "Transparency International Kenya said the new procurement law invited fraud.")
    assert codes.get("Transparency International Kenya") == "KENNGO"


def test_a_country_set_off_by_a_comma_is_no_chapter(nlp):
    # must not fire: the body and the country are two phrases
    codes = _codes(nlp, "Transparency International, Kenya's watchdog partner, said the law invited fraud.")
    assert "Transparency International Kenya" not in codes
    assert codes.get("Transparency International", "").startswith("NGO")


def test_a_capitalised_trade_possessing_association_is_one_ngo(nlp):
    codes = _codes(nlp, "The Armenian Young Doctors' Association said the clinics had been shut.")
    assert codes.get("Armenian Young Doctors' Association") == "ARMNGO"


def test_a_trade_possessing_a_plain_noun_is_not_a_society(nlp):
    # must not fire: "offices" names no body, so the phrase keeps its own sector
    codes = _codes(nlp, "Police searched the Georgian Young Lawyers' offices on Monday.")
    assert not any((code or "").endswith("NGO") for code in codes.values())
