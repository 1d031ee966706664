"""Round 34: a title the parser heads before a person's name is that person to the events; a name
the model cut short keeps its untagged last word; "then-<title>" is the office held then (GOV)
and keeps its owner; outlet credits ("(Caucasus Wire)", "the Tehran Times") are media, not
people or places; "the two armies" / "both governments" after two states are each state's body;
"the sanctions regime" is no government. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import code_text
from test_actors import actor_doc


def _codes(nlp, text: str) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None)
            for m in actor_doc(nlp, text, date(2025, 9, 4))._.tacitus_actors}


def _event(text: str, trigger: str):
    coded = code_text(text, published="2025-09-04")
    return next(e for e in coded.events if e.trigger == trigger)


# ------------------------------------------------------------------ 1. titles before names
def test_a_possessed_title_before_a_name_acts_as_that_person():
    event = _event("Chile's foreign minister Tomas Ibarra Soto met Bolivian officials in La Paz on Monday.", "met")
    assert [(a.text, a.code) for a in event.source] == [("Tomas Ibarra Soto", "CHLGOV")]


def test_a_former_title_set_off_by_commas_acts_as_the_elite():
    # the head noun "president" must not act as the sitting government
    text = "A former Kenyan president, Jomo Mwangi, said the election was rigged."
    event = _event(text, "said")
    assert [a.code for a in event.source] == ["KENELI"] and all(a.text in text for a in event.source)


def test_a_name_cut_short_takes_its_last_word(nlp):
    codes = _codes(nlp, "Foreign Minister Arnoldo Andre Tinoco of Costa Rica met his counterpart.")
    assert codes.get("Arnoldo Andre Tinoco") == "CRIGOV"


def test_a_then_title_is_the_office_held_then_with_its_owner(nlp):
    codes = _codes(nlp, "Chile's then-interior minister Tomas Ibarra Soto ordered the crackdown in 2019.")
    assert codes.get("Tomas Ibarra Soto") == "CHLGOV"


def test_a_then_title_in_apposition_makes_no_elite(nlp):
    codes = _codes(nlp, "The then-interior minister of Chile, Tomas Ibarra Soto, ordered the crackdown in 2019.")
    assert codes.get("Tomas Ibarra Soto") == "CHLGOV"


def test_a_former_title_stays_an_elite(nlp):
    # must not fire: "former" is an office left
    codes = _codes(nlp, "Chile's former interior minister Tomas Ibarra Soto was charged on Monday.")
    assert codes.get("Tomas Ibarra Soto") == "CHLELI"


# ------------------------------------------------------------------ 2. outlets
def test_a_bracketed_wire_credit_is_an_outlet_not_a_person(nlp):
    doc = actor_doc(nlp, "Georgian police detained dozens of protesters overnight (Caucasus Wire).")
    m = next(m for m in doc._.tacitus_actors if m.text == "Caucasus Wire")
    assert m.label != "PERSON" and m.actor.sector == "MED"


def test_a_wire_cited_as_the_source_is_an_outlet(nlp):
    codes = _codes(nlp, "Georgian police detained dozens of protesters overnight, according to Caucasus Wire.")
    assert codes.get("Caucasus Wire") == "---MED"


def test_a_place_in_an_outlet_credit_is_no_place_of_the_story():
    coded = code_text("TBILISI (Caucasus Wire) -- Georgian police detained dozens of protesters overnight.",
                      published="2025-09-04")
    assert not any(m.place is not None and m.text == "Caucasus" for m in coded.mentions)


def test_an_outlet_named_for_a_capital_is_that_countrys_media(nlp):
    codes = _codes(nlp, "The Tehran Times said Iran would respond to the strikes.")
    assert codes.get("Tehran Times") == "IRNMED"


def test_a_capital_before_a_plain_noun_stays_the_government(nlp):
    # must not fire: no outlet word follows the capital
    codes = _codes(nlp, "Tehran said Iran would respond to the strikes.")
    assert codes.get("Tehran") == "IRNGOV"


# ------------------------------------------------------------------ 3. pairs of state bodies
def test_the_two_armies_after_two_states_are_their_armies():
    event = _event("Peru and Ecuador clashed along the border. The two armies exchanged artillery fire overnight.",
                   "exchanged")
    assert sorted(a.code for a in event.source) == ["ECUMIL", "PERMIL"]


def test_both_governments_after_two_states_are_their_governments():
    event = _event("Gabon and Cameroon signed a border deal on Monday. Both governments pledged to withdraw troops.",
                   "withdraw")
    assert sorted(a.code for a in event.source) == ["CMRGOV", "GABGOV"]


def test_two_armies_of_one_state_and_a_militia_are_no_state_pair():
    # must not fire: the two sides are not two states
    event = _event("The army and the militia have fought since April. The two armies accused each other of abuses.",
                   "accused")
    assert not any(a.code in ("ECUMIL", "PERMIL") or (a.code or "").endswith("GOV") for a in event.source)


# ------------------------------------------------------------------ 4. regimes of rules
def test_a_rules_regime_is_no_government(nlp):
    codes = _codes(nlp, "Pyongyang's missile tests threaten the non-proliferation regime, Seoul said.")
    assert not any((code or "").endswith("GOV") and "regime" in text for text, code in codes.items())


def test_the_sanctions_regime_is_no_actor(nlp):
    assert "regime" not in _codes(nlp, "The sanctions regime has failed to curb exports, analysts said.")


def test_a_ruling_regime_stays_a_government(nlp):
    # must not fire: "the military regime" rules
    codes = _codes(nlp, "Niger's military regime expelled the French ambassador.")
    assert any((code or "").startswith("NER") and "regime" in text for text, code in codes.items())
