"""The packaged CAMEO/PLOVER codebook: counts, the GDELT Goldstein version, quad classes, PLOVER."""

from __future__ import annotations

import pytest

from tacitus import ontology
from tacitus.ontology import UnknownCodeError, all_codes, cameo, is_code, plover_types


def test_every_cameo_code_is_there():
    codes = all_codes()
    assert len(codes) == 319
    assert sum(1 for c in codes if c.level == 1) == 20
    assert sum(1 for c in codes if c.level == 2) == 147
    assert sum(1 for c in codes if c.level == 3) == 152
    assert [c.code for c in codes if c.level == 1] == [f"{i:02d}" for i in range(1, 21)]


def test_codes_keep_leading_zeros_and_parents():
    c = cameo("0874")
    assert (c.code, c.parent, c.root, c.level) == ("0874", "087", "08", 3)
    assert cameo(42).code == "042"
    assert cameo("1").code == "01"
    assert [k.code for k in ontology.children("19")][:3] == ["190", "191", "192"]


@pytest.mark.parametrize("code,goldstein", [
    ("016", -2.0),   # GDELT; icews has -5, Parus +3.4 (older numbering)
    ("022", 3.2),
    ("124", -4.0),
    ("163", -8.0),
    ("164", -7.0),
    ("165", -6.5),
    ("166", -7.0),
    ("190", -10.0),
    ("042", 1.9),
    ("0874", 10.0),
])
def test_goldstein_is_gdelts_table(code, goldstein):
    assert cameo(code).goldstein == goldstein
    assert cameo(code).goldstein_source == "gdelt"


def test_codes_gdelt_lacks_inherit_their_parent():
    c = cameo("1951")
    assert c.goldstein == cameo("195").goldstein
    assert c.goldstein_source == "gdelt:195"


@pytest.mark.parametrize("code,quad,penta", [
    ("010", 1, 0), ("020", 1, 0), ("036", 1, 1), ("051", 1, 1), ("072", 2, 2), ("0841", 2, 2),
    ("090", 3, 3), ("112", 3, 3), ("130", 3, 3), ("141", 4, 4), ("154", 4, 4), ("163", 4, 3),
    ("173", 4, 4), ("190", 4, 4), ("202", 4, 4),
])
def test_quad_and_penta_classes(code, quad, penta):
    assert cameo(code).quad_class == quad
    assert cameo(code).penta_class == penta


def test_plover_mapping():
    assert cameo("0874").plover_event == "RETREAT"
    assert cameo("0874").plover_mode == "disarm"
    assert cameo("195").plover_event == "ASSAULT"
    assert cameo("111").plover_event == "ACCUSE"
    assert cameo("010").plover_event is None          # PLOVER dropped statements
    assert cameo("0232").plover_event == "REQUEST"    # appeals: tacitus maps them to REQUEST
    assert cameo("0232").plover_source == "tacitus"
    assert cameo("19").plover_event == "ASSAULT"      # roots take the manual's root table


def test_plover_modes_and_contexts_are_current():
    types = {t.event: t for t in plover_types()}
    assert len(types) == 16
    assert {"AGREE", "CONSULT", "ASSAULT", "COERCE", "REQUEST"} <= set(types)
    assert "DEMAND" not in types and "FIGHT" not in types
    assert types["AID"].requires_recipient
    contexts = set(ontology.plover_contexts())
    for c in all_codes():
        if c.plover_event:
            assert c.plover_event in types, c.code
            assert c.plover_mode is None or c.plover_mode in types[c.plover_event].modes, c.code
            assert set(c.plover_context) <= contexts, c.code
    assert "MIL" in ontology.plover_sectors()


def test_unknown_codes():
    assert is_code("190") and not is_code("999") and not is_code("176")
    with pytest.raises(UnknownCodeError, match="not a CAMEO event code"):
        cameo("999")
