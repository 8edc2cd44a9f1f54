"""Round 55, helper 1: blood groups and feeding tubes read as reports word them.

- Another patient's unit stopped at the bedside, the groups told as not known or not checked
  ("no idea what group the other lady is"): nothing says it was incompatible, so neither never
  event nor near miss. A group pair stated beside it is still a near miss 12.
- A direct antiglobulin test told as turning positive after ABO-incompatible plasma shows the
  plasma went in: never event 12, not a near miss. Incompatible plasma sent back unopened is
  still a near miss.
- The unit's group told straight after it with its RhD ("unit A RhD neg") and the patient's
  group told with the record it is on ("pt's group on the lab report O RhD pos"): an
  incompatible unit stopped before it was hung is near miss 12. A compatible pair is not.
- A nasojejunal tube in the bronchus, the form filed "as an NG never event": the NG is the
  category's, so the NJ exclusion holds. A gastric tube in the bronchus is still near miss 13.
- A gastric tube whose film was misread as in the lung, the report saying no tube was ever in
  the lung: neither. A tube shown in the lung on the film and taken out is still near miss 13.
- A gastrostomy that came out at home, no advice in the "discharge pack": the pack
  of leaflets is no retained object. A surgical pack left in is still never event 3.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

OTHER_PATIENTS_UNIT_GROUPS_UNKNOWN = [
    "bag of red cells taken to bed 7 for Mrs T Oduya was labelled for another pt on the ward. "
    "picked up at the bedside check before it was spiked and sent back. groups never checked "
    "because the name was wrong, I don't know what group the other lady is.",
    "Unit brought to the side room was labelled for a different patient, name on the tag did "
    "not match the wristband. Not hung, returned to the fridge. Not sure what group the other "
    "pt is.",
]

OTHER_PATIENTS_UNIT_GROUPS_STATED = [
    "bag of red cells taken to bed 7 was labelled for another pt on the ward. picked up at the "
    "bedside check before it was spiked. the unit was group B, our pt is group O.",
]

DAT_TURNED_POSITIVE = [
    "trauma call, pt group A pos. 3 units of group O FFP issued as there was no A plasma left "
    "and no one swapped to AB. next morning pt's DAT turned positive with a bigger Hb fall "
    "than the bleeding explained.",
]

INCOMPATIBLE_PLASMA_SENT_BACK = [
    "pt group A pos. 3 units of group O FFP issued as there was no A plasma left. noticed on the "
    "bedside check before spiking, all sent back unopened.",
]

RED_CELLS_GROUP_AFTER_UNIT = [
    "Theatre 2 - scrub nurse and I checked at the anaesthetic machine before hanging, pt on "
    "the table for a revision hip. Unit B RhD neg, pt's group on the blood bank printout O RhD "
    "pos. Cool box had come from theatre 3 with their units in as well. not hung, both units "
    "returned.",
]

RED_CELLS_COMPATIBLE_PAIR = [
    "Theatre 2 - scrub nurse and I checked at the anaesthetic machine before hanging, pt on "
    "the table for a revision hip. Unit O RhD neg, pt's group on the blood bank printout B RhD "
    "pos. Cool box had come from theatre 3 with their units in as well.",
]

NJ_FILED_AS_NG = [
    "Nasojejunal tube needed for feeding. Put in on the ward by the dietitian, xray showed it "
    "in the right main bronchus. not used, taken out, done under endoscopy next day. Datix "
    "completed as NG never event near miss.",
]

NG_IN_BRONCHUS_CAUGHT = [
    "Nasogastric tube needed for feeding. Put in on the ward by the dietitian, xray showed it "
    "in the right main bronchus. not used, taken out, done under endoscopy next day. Datix "
    "completed as NG never event near miss.",
]

FILM_MISREAD_NEVER_IN_LUNG = [
    "NG tube sat well in the stomach on the formal radiology report the next day, but the FY1 "
    "read the film as 'tip in left lung' and had it taken out. re-passed twice overnight with "
    "no aspirate. no tube was ever in the lung. 15 hours without feed.",
]

FILM_SHOWS_LUNG = [
    "NG tube passed on the ward, the FY1 read the film as tip in the left lung and had it taken "
    "out before any feed. re-passed, second film in the stomach.",
]

GASTROSTOMY_OUT_AT_HOME = [
    "RIG balloon burst and the tube came out at home, daughter didnt know to bring him in "
    "straight away (no written info in the discharge pack). tract had closed by the time he "
    "was seen.",
]

SURGICAL_PACK_LEFT_IN = [
    "vaginal pack left in after the repair, not on the count board, found by the GP practice "
    "nurse a week later when the woman came in with offensive discharge.",
]


@pytest.mark.parametrize("text", OTHER_PATIENTS_UNIT_GROUPS_UNKNOWN)
def test_other_patients_unit_with_groups_unknown_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OTHER_PATIENTS_UNIT_GROUPS_STATED)
def test_other_patients_unit_with_incompatible_groups_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", DAT_TURNED_POSITIVE)
def test_dat_turned_positive_after_incompatible_plasma_is_never_event(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", INCOMPATIBLE_PLASMA_SENT_BACK)
def test_incompatible_plasma_sent_back_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", RED_CELLS_GROUP_AFTER_UNIT)
def test_unit_group_after_unit_and_patient_group_on_report_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", RED_CELLS_COMPATIBLE_PAIR)
def test_compatible_pair_told_the_same_way_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NJ_FILED_AS_NG)
def test_nj_tube_filed_as_ng_never_event_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", NG_IN_BRONCHUS_CAUGHT)
def test_ng_tube_in_bronchus_caught_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", FILM_MISREAD_NEVER_IN_LUNG)
def test_film_misread_with_no_tube_ever_in_lung_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FILM_SHOWS_LUNG)
def test_tube_read_in_lung_and_removed_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", GASTROSTOMY_OUT_AT_HOME)
def test_discharge_pack_is_not_a_retained_object(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SURGICAL_PACK_LEFT_IN)
def test_surgical_pack_left_in_is_still_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
