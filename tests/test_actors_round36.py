"""Round 36: ship prefixes, a bloc's ministers and chiefs, "the bloc" after them, "the alliance"
after "the Alliance of ...", a bloc's officer, people of a body told by its head word, and the
speakers of a datelined story of two states."""
import pytest

from tacitus.pipeline import code_text


def _codes(text, published="2025-03-11"):
    coded = code_text(text, published=published)
    return {m.text: (m.actor.code if m.actor else None) for m in coded.mentions}


# ------------------------------------------------------------------ ships named after a prefix
@pytest.mark.parametrize("text, name, code", [
    ("The frigate HMS Richmond escorted the convoy through the strait.", "HMS Richmond", "GBRMIL"),
    ("A cutter towed the BRP Teresa Magbanua back to port on Friday.", "BRP Teresa Magbanua", "PHLMIL"),
    ("The USS Carl Vinson arrived in Busan on Tuesday.", "USS Carl Vinson", "USAMIL"),
    ("Rebels seized the MV Star Horizon off the coast.", "MV Star Horizon", "---BUS"),
    ("Divers inspected the hull of HMAS Toowoomba after the sonar incident.", "HMAS Toowoomba", "AUSMIL"),
])
def test_ship_prefix_gives_the_flag_state(text, name, code):
    assert _codes(text)[name] == code


def test_ship_prefix_keeps_a_name_with_of():
    assert _codes("HMS Duke of Kent docked in Oman.")["HMS Duke of Kent"] == "GBRMIL"


@pytest.mark.parametrize("text, word", [
    ("Climbers reached MT Everest in May.", "MT Everest"),  # a mountain, not a tanker
    ("ITS engineers repaired the signals.", "ITS engineers"),  # no capitalised name after it
])
def test_ship_prefix_must_not_fire(text, word):
    codes = _codes(text)
    assert word not in codes or codes[word] is None or not codes[word].endswith(("MIL", "BUS"))


# ------------------------------------------------------------------ a bloc's ministers
@pytest.mark.parametrize("text, name, code", [
    ("SADC foreign ministers, gathering in Lusaka on Monday, urged Maputo to end the unrest.",
     "SADC foreign ministers", "IGOSAFDEVSADGOV"),
    ("ECOWAS defence chiefs, meeting in Accra, approved a standby force.", "ECOWAS defence chiefs", "IGOWAFWASMIL"),
    ("EU finance ministers approved the loan on Tuesday.", "EU finance ministers", "IGOEUREECGOV"),
])
def test_bloc_ministers_are_the_bloc(text, name, code):
    assert _codes(text)[name] == code


def test_state_ministers_stay_the_state():
    codes = _codes("Kenyan finance ministers approved the loan on Tuesday.")
    assert codes["Kenyan finance ministers"] == "KENGOV"


def test_the_bloc_after_its_ministers_is_the_bloc_itself():
    codes = _codes("ASEAN economy ministers gathered in Hanoi on Sunday. "
                   "Thailand's trade minister said the bloc hoped to finish the pact soon.")
    assert codes["bloc"] == "IGOSEAASN"


def test_the_alliance_is_the_alliance_of_named_before():
    codes = _codes("Niger joined Mali and Burkina Faso in the Alliance of Sahel States last year. "
                   "ECOWAS criticised the move on Monday. "
                   "Niger's premier said the alliance would build a joint force.")
    assert codes["alliance"] == "IGO"  # not ECOWAS, the bloc named last


def test_officer_of_the_bloc_by_its_possessive():
    codes = _codes("ECOWAS warned Guinea on Friday. "
                   "The bloc's commission president, Amara Kandeh, said elections must be held.")
    assert codes["Amara Kandeh"] == "IGOWAFWASGOV"


# ------------------------------------------------------------------ people of a body by its head word
def test_department_spokesman_is_the_department_named_before():
    codes = _codes("The US State Department criticised the sentence on Monday. "
                   "A department spokeswoman urged Minsk to free the journalist.")
    assert codes["department spokeswoman"] == "USAGOV"


def test_another_department_spokesman_is_not_taken():
    codes = _codes("The US State Department criticised the sentence on Monday. "
                   "A health department spokeswoman declined to comment.")
    assert codes.get("health department spokeswoman") != "USAGOV"


# ------------------------------------------------------------------ the dateline's speakers
_DATELINED = (
    "NIAMEY, Niger, March 11, 2025 (Test Wire) - Niger accused Benin on Tuesday of training "
    "militants near their border, after army commanders said Beninese troops had fired on a "
    "Nigerien patrol.\n\n"
    "Benin denied the charge. Interior Minister Garba Issoufou Maiga told reporters that Niamey "
    "would close the crossing.\n\n"
    "Militants said they had ambushed a convoy, a claim the army denied.")


def test_dateline_speakers_take_the_dateline_country():
    codes = _codes(_DATELINED)
    assert codes["army commanders"] == "NERMIL"
    assert codes["Garba Issoufou Maiga"] == "NERGOV"
    assert codes["Militants"] == "NERREB"
    assert codes["army"] == "NERMIL"


def test_dateline_speakers_not_when_the_story_is_another_states():
    # filed from Niamey about Benin's affairs: Benin outnumbers the dateline's country
    codes = _codes(
        "NIAMEY, Niger, March 11, 2025 (Test Wire) - Benin's parliament approved a new budget for "
        "Benin on Tuesday after weeks of debate in Cotonou.\n\n"
        "Benin's president said Benin would cut fuel subsidies, and Beninese unions threatened "
        "strikes across Benin.\n\nArmy commanders said the borders stayed open.")
    assert codes["Army commanders"] != "NERMIL"


def test_dateline_speakers_not_officials_or_a_blocs_people():
    codes = _codes(
        "NIAMEY, Niger, March 11, 2025 (Test Wire) - Niger accused Benin on Tuesday of training "
        "militants near their border.\n\nOfficials said talks would resume. "
        "An ECOWAS envoy said the region needed calm.")
    assert codes["Officials"] != "NERGOV"


# ------------------------------------------------------------------ a bloc's officer by date
def test_an_officer_who_moved_to_a_bloc_is_the_blocs_after_the_move():
    assert _codes("Omar Alieu Touray said the summit would go ahead.", published="2025-06-01")[
        "Omar Alieu Touray"] == "IGOWAFWAS"
    assert _codes("Omar Touray said the summit would go ahead.", published="2012-06-01")["Omar Touray"] == "GMBGOV"


# ------------------------------------------------------------------ "each side"
def _sources(text):
    coded = code_text(text, published="2025-03-11")
    return [sorted(a.code for a in e.source) for e in coded.events]


def test_each_side_is_both_parties_of_the_dispute():
    sources = _sources("Tajikistan and Kyrgyzstan exchanged fire overnight. Each side blamed the other for the escalation.")
    assert ["KGZ", "TJK"] in sources[1:]


def test_each_side_of_a_place_is_no_pair():
    sources = _sources("Moldova and Romania signed a deal. Guards stood on each side of the bridge.")
    assert all("each side" not in str(s) for s in sources)
    codes = _codes("Moldova and Romania signed a deal. Guards stood on each side of the bridge.")
    assert "side" not in " ".join(codes)


# ------------------------------------------------------------------ hyphenated surnames
def test_a_hyphenated_surname_used_alone_is_the_whole_surname():
    codes = _codes("LIMA, Peru (Wire) - Peru's interior minister, Rosa Quispe-Mamani, said the roads would reopen. "
                   "Quispe-Mamani added that police had made arrests.")
    assert codes.get("Quispe-Mamani") == "PERGOV"
    assert "Mamani" not in codes


def test_a_different_hyphenated_name_is_not_joined():
    codes = _codes("LIMA, Peru (Wire) - Peru's interior minister, Rosa Quispe-Mamani, said the roads would reopen. "
                   "Later, Torres-Mamani, a protest leader, disagreed.")
    assert codes.get("Torres-Mamani") != "PERGOV"


# ------------------------------------------------------------------ ships and planes a commander speaks of
def test_warships_under_a_navy_speaker_are_the_navys():
    codes = _codes("Vietnamese navy commanders told reporters that warships would escort the fishing fleet.")
    assert codes["warships"] == "VNMMIL"


def test_jets_under_a_foreign_ministry_speaker_stay_open():
    codes = _codes("Lithuania's foreign ministry said jets had crossed into its airspace.")
    assert codes["jets"] == "---MIL"


def test_a_flagged_merchant_ship_takes_its_flag():
    codes = _codes("Gunmen boarded the Marshallese-flagged MV Sea Lark off Yemen, and Iran seized the "
                   "Greek-flagged MT Aegean Star.")
    assert codes["MV Sea Lark"] in ("MHLBUS", "---BUS")  # (a demonym the KB may lack leaves it open)
    assert codes["MT Aegean Star"] == "GRCBUS"


def test_an_unflagged_merchant_ship_stays_open():
    assert _codes("Pirates released the MV Sea Lark on Sunday.")["MV Sea Lark"] == "---BUS"
