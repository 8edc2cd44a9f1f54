"""Round 65, helper 3: never events told as learning, history or look-alikes.

- A towel of washing and dressing ("fell reaching for a towel", "dried herself with a towel")
  is a household towel, not a theatre towel left in: no never event 3. A towel found in the
  abdomen at a relook stays never event 3.
- A swab that "turned up" in the bin or on the floor is found outside the patient, as "found
  in the bin" was: no near miss 3. A swab missing at the count and then felt in the wound
  stays a near miss 3.
- A wrong-site procedure named only as the earlier event this one is likened to ("the same ID
  failures as our wrong pt procedure last year") is the comparison, not this report's event.
  A wrong level operated on last year and found now stays never event 1.
- A news story about a drug given into the spine at another hospital is that hospital's case
  (no never event 5). Vincristine given intrathecally here stays never event 5.
- Another trust's patient put on air is not a connection made here: air flowmeters found in
  the wall outlets "none connected to any patient" are a risk, no near miss 15. A patient on
  oxygen found on the air flowmeter stays never event 15.
- A red-cell unit told as "for a pt (still) in theatre" is that other patient's unit: its
  group is the unit's. A group A unit at the bedside of a group O patient, not spiked, is near
  miss 12 (not a wrong-patient procedure caught); a group O unit for an AB patient is
  compatible (null).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NONE_CASES = [
    # household towel
    "home care client fell in her bathroom late evening reaching for a towel. Found at 07:10 "
    "by the carer on the morning call lying on the bathroom floor, cold.",
    "pt had a fall in the shower room after drying herself with a towel, found by the HCA on "
    "the floor, no injury, obs stable.",
    # swab turned up outside the patient
    "lap appendix - 1 raytec missing at the closing count. abdomen re-inspected, x-ray "
    "requested, then the swab turned up in the clinical waste bin under the drapes.",
    # likened to an earlier wrong-site event
    "two ladies named Patel on ward 9. HCA gave bed 2's tea-time insulin-free meds to bed 3, no "
    "ID check done. not a never event but the same checking gaps as our wrong site procedure "
    "last month, learning shared.",
    # news story of another hospital's case
    "mum of an 8yo on chemo complained after seeing a news piece about vincristine being given "
    "into the spine at another hospital, wants reassurance it can't happen here. vincristine "
    "was given correctly IV via PICC but 2 hrs late.",
    # air flowmeters left in, none on a patient, another trust's event as the reason
    "after the never event at a neighbouring hospital where a patient was put on air instead "
    "of oxygen I walked the ward. 2 air flowmeters left plugged into wall outlets in side "
    "rooms 4 and 6 from earlier nebs. none were connected to any patient. both taken out.",
]

RETAINED_TOWEL = [
    "relook laparotomy day 3 for ongoing sepsis: a theatre towel found in the pelvis, left at "
    "the first operation. removed.",
]

SWAB_FELT_IN_WOUND = [
    "open appendicectomy - 1 small swab short at the first closing count. wound re-explored "
    "and the swab was found deep in the pelvis, removed before closure. count correct.",
]

WRONG_LEVEL_FOUND_NOW = [
    "MRI today shows the L3/4 decompression done last year was at the wrong level, the "
    "planned level was L4/5. pt listed for surgery.",
]

VINCRISTINE_INTRATHECAL_HERE = [
    "vincristine given intrathecally in theatre with the methotrexate by the registrar in "
    "error, realised straight away, pt transferred to PICU.",
]

OXYGEN_PT_ON_AIR = [
    "pt on 2L oxygen via nasal specs found with the specs connected to the air flowmeter at "
    "the wall, sats 84%. moved to the oxygen outlet.",
]

GROUP_A_UNIT_CAUGHT = [
    "theatre recovery 23:00. red cells brought for pt in bed 4 (O pos, post op bleed). "
    "bedside check: hospital no. did not match the tag; the unit was for a man still in "
    "theatre 2 who is A pos. not spiked, sent back to the lab.",
]

GROUP_O_UNIT_FOR_AB = [
    "recovery 23:00. red cells brought for our pt (group AB pos, bleeding). bedside check: "
    "the unit was for a man still in theatre 2 who is O pos. not spiked, sent back to the lab.",
]


@pytest.mark.parametrize("text", NONE_CASES)
def test_learning_history_and_look_alikes_are_no_never_event(text):
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RETAINED_TOWEL)
def test_theatre_towel_left_in_stays_never_event_3(text):
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", SWAB_FELT_IN_WOUND)
def test_swab_found_in_the_wound_stays_near_miss_3(text):
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", WRONG_LEVEL_FOUND_NOW)
def test_wrong_level_found_now_stays_never_event_1(text):
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", VINCRISTINE_INTRATHECAL_HERE)
def test_vincristine_intrathecal_here_stays_never_event_5(text):
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", OXYGEN_PT_ON_AIR)
def test_patient_on_air_stays_never_event_15(text):
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", GROUP_A_UNIT_CAUGHT)
def test_unit_for_patient_in_theatre_is_near_miss_12(text):
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", GROUP_O_UNIT_FOR_AB)
def test_group_o_unit_for_ab_patient_is_compatible(text):
    assert never_event_codes(text) == (None, None)
