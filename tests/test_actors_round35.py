"""Round 35: seats of government as metonyms, service officials, naval escort ships."""
import pytest

from tacitus.pipeline import code_text


def _sources(text):
    coded = code_text(text, published="2024-06-20")
    return {e.source.text: e.source.code for e in coded.events if e.source is not None}


def _codes(text):
    coded = code_text(text, published="2024-06-20")
    return {m.text: (m.actor.code if m.actor else None) for m in coded.mentions}


@pytest.mark.parametrize("text, name, code", [
    ("Miraflores dismissed the reports.", "Miraflores", "VENGOV"),
    ("The Casa Rosada rejected the proposal on Monday.", "Casa Rosada", "ARGGOV"),
    ("La Moneda condemned the attack.", "La Moneda", "CHLGOV"),
])
def test_presidential_palace_speaks_for_its_government(text, name, code):
    assert _codes(text)[name] == code


@pytest.mark.parametrize("text, code", [
    ("A Peruvian army official said Lima was considering new patrols.", "PERMIL"),
    ("A senior Thai air force official said two jets were scrambled.", "THAMIL"),
    ("An Indonesian navy official said the patrol had ended.", "IDNMIL"),
])
def test_service_official_is_military(text, code):
    assert code in _codes(text).values()


def test_escort_vessel_and_patrol_boats_are_military():
    codes = _codes("Indian patrol boats intercepted the trawler.\n\nThe frigate rammed an escort vessel.")
    assert codes["Indian patrol boats"] == "INDMIL"
    assert codes["vessel"] == "---MIL"  # "escort" is a naval word, not merchant shipping
